package com.parashift.alfstream.engine.queue;

import com.parashift.alfstream.protocol.Change;

/**
 * A change the engine gave up on after {@code retry.attempts}, kept in the error queue until it is retried or
 * removed.
 *
 * @param change   the change, as it was read from the local journal
 * @param reason   why the last attempt failed
 * @param attempts how many attempts were made
 * @param failedAt when it was moved to the error queue, epoch ms
 */
public record ErrorItem(Change change, String reason, int attempts, long failedAt) {

    public long id() {
        return change.id();
    }
}
