package com.parashift.alfstream.repo.journal;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.VersionVector;

/**
 * One entry of the change journal.
 *
 * @param id     assigned at insert, before commit: entries may become visible out of id order
 * @param kind   what happened
 * @param uuid   the node
 * @param origin the instance id where the change was first made
 * @param time   epoch milliseconds
 * @param deleted for a {@code DELETE}, the version the node had when it was deleted (its tombstone); otherwise
 *                {@code null}: the change carries the node's current version
 */
public record JournalEntry(long id, ChangeKind kind, String uuid, String origin, long time, VersionVector deleted) {

    /** An entry of a change that is no delete. */
    public JournalEntry(long id, ChangeKind kind, String uuid, String origin, long time) {
        this(id, kind, uuid, origin, time, null);
    }
}
