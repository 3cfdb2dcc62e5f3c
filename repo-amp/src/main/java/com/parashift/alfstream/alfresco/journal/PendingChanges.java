package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.VersionVector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of one transaction, one per node in the order first seen (parents before their children), node
 * deletes last, children before their parent (a delete applies on the other side once what it knew below is gone): every
 * change travels with the node's whole snapshot, so one entry per node and transaction is enough. The kind kept
 * is the strongest seen: a delete over everything, a create over any update, a move over other updates. Groups
 * are keyed by their authority name ({@code GROUP_…}), which no node UUID can be.
 */
class PendingChanges {

    /**
     * @param local   made here by a user (no apply running): the node's version is bumped before commit
     * @param deleted for a delete, the version the node had (its tombstone), read before it went
     */
    record Pending(String uuid, ChangeKind kind, String origin, boolean local, VersionVector deleted) {
    }

    private final Map<String, Pending> byUuid = new LinkedHashMap<>();
    private final List<String> deleteOrder = new ArrayList<>();

    void add(String uuid, ChangeKind kind, String origin) {
        add(uuid, kind, origin, false, null);
    }

    void add(String uuid, ChangeKind kind, String origin, boolean local, VersionVector deleted) {
        Pending existing = byUuid.get(uuid);
        if (existing == null || rank(kind) > rank(existing.kind())) {
            byUuid.put(uuid, new Pending(uuid, kind, origin, local || existing != null && existing.local(), deleted));
            if (kind == ChangeKind.DELETE) {
                deleteOrder.add(uuid);
            }
        }
    }

    /** Whether the node's delete was recorded already in this transaction. */
    boolean isDeleted(String uuid) {
        Pending pending = byUuid.get(uuid);
        return pending != null && pending.kind() == ChangeKind.DELETE;
    }

    /** Replaces whatever was recorded for the id (a group created again after its deletion). */
    void replace(String uuid, ChangeKind kind, String origin) {
        byUuid.put(uuid, new Pending(uuid, kind, origin, false, null));
    }

    void remove(String uuid) {
        byUuid.remove(uuid);
        deleteOrder.remove(uuid);
    }

    /** Everything but node deletes in the order first seen, then the deletes in the order recorded (children first). */
    List<Pending> all() {
        List<Pending> all = new ArrayList<>();
        byUuid.values().stream().filter(p -> p.kind() != ChangeKind.DELETE).forEach(all::add);
        deleteOrder.stream().map(byUuid::get).forEach(all::add);
        return all;
    }

    private static int rank(ChangeKind kind) {
        return switch (kind) {
            case DELETE, GROUP_DELETE -> 4;
            case CREATE -> 3;
            case MOVE -> 2;
            case UPDATE_CONTENT -> 1;
            default -> 0;
        };
    }
}
