package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.journal.JournalEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The reference repository's change journal. Like Alfresco's audit log, ids are assigned at insert and an
 * entry becomes visible when its transaction commits, so entries can become visible out of id order; a test
 * makes that happen with {@link ReferenceRepository#delayJournal}. Guarded by the repository's lock.
 */
final class Journal {

    private final TreeMap<Long, JournalEntry> visible = new TreeMap<>();
    private long lastId;

    JournalEntry allocate(ChangeKind kind, String uuid, String origin) {
        return allocate(kind, uuid, origin, null);
    }

    /** @param deleted for a DELETE, the version the node had (its tombstone) */
    JournalEntry allocate(ChangeKind kind, String uuid, String origin, VersionVector deleted) {
        return new JournalEntry(++lastId, kind, uuid, origin, System.currentTimeMillis(), deleted);
    }

    void publish(List<JournalEntry> entries) {
        entries.forEach(e -> visible.put(e.id(), e));
    }

    long high() {
        return visible.isEmpty() ? 0 : visible.lastKey();
    }

    List<JournalEntry> read(long after, List<IdRange> holes, int limit) {
        // keyed by id: holes may overlap or repeat, and each entry is answered once
        TreeMap<Long, JournalEntry> inHoles = new TreeMap<>();
        for (IdRange hole : holes) {
            if (hole.from() <= after) {
                inHoles.putAll(visible.subMap(hole.from(), true, Math.min(hole.to(), after), true));
            }
        }
        List<JournalEntry> result = new ArrayList<>(inHoles.values());
        if (result.size() > limit) {
            return result.subList(0, limit);
        }
        for (JournalEntry entry : visible.tailMap(after, false).values()) {
            if (result.size() == limit) {
                break;
            }
            result.add(entry);
        }
        return result;
    }

    List<JournalEntry> all() {
        return new ArrayList<>(visible.values());
    }
}
