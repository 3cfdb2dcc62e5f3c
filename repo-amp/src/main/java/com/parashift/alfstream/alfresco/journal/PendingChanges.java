package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.protocol.ChangeKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of one transaction, one per node in the order first seen (parents before their children): every
 * change travels with the node's whole snapshot, so one entry per node and transaction is enough. The kind kept
 * is the strongest seen: a delete over everything, a create over any update, a move over other updates. Groups
 * are keyed by their authority name ({@code GROUP_…}), which no node UUID can be.
 */
class PendingChanges {

    record Pending(String uuid, ChangeKind kind, String origin) {
    }

    private final Map<String, Pending> byUuid = new LinkedHashMap<>();

    void add(String uuid, ChangeKind kind, String origin) {
        Pending existing = byUuid.get(uuid);
        if (existing == null || rank(kind) > rank(existing.kind())) {
            byUuid.put(uuid, new Pending(uuid, kind, origin));
        }
    }

    /** Replaces whatever was recorded for the id (a group created again after its deletion). */
    void replace(String uuid, ChangeKind kind, String origin) {
        byUuid.put(uuid, new Pending(uuid, kind, origin));
    }

    void remove(String uuid) {
        byUuid.remove(uuid);
    }

    List<Pending> all() {
        return new ArrayList<>(byUuid.values());
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
