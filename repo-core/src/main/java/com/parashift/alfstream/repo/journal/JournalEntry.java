package com.parashift.alfstream.repo.journal;

import com.parashift.alfstream.protocol.ChangeKind;

/**
 * One entry of the change journal.
 *
 * @param id     assigned at insert, before commit: entries may become visible out of id order
 * @param kind   what happened
 * @param uuid   the node
 * @param origin the instance id where the change was first made
 * @param time   epoch milliseconds
 */
public record JournalEntry(long id, ChangeKind kind, String uuid, String origin, long time) {
}
