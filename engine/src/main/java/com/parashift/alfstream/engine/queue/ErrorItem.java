package com.parashift.alfstream.engine.queue;

import com.parashift.alfstream.protocol.Change;

/**
 * A change off the cursor's path: set aside (then {@code hold} says why) or given up on and kept in the error
 * queue ({@code hold} is {@code null}) until it is retried or removed.
 *
 * @param change   the change, as it was read from the local journal
 * @param reason   why the last attempt failed, or what it waits for
 * @param attempts how many attempts were made
 * @param failedAt when it was set aside or moved to the error queue, epoch ms
 * @param hold     why a set-aside change is held; {@code null} in the error queue
 * @param retryAt  for {@link Hold#FAILED}: not before this time, epoch ms
 */
public record ErrorItem(Change change, String reason, int attempts, long failedAt, Hold hold, long retryAt) {

    /** Why a change is set aside. */
    public enum Hold {
        /** It points at something a later change brings (a parent, a group); tried again on every poll. */
        WAITING,
        /** The remote refused it, or its content could not be read; retried with backoff after {@code retryAt}. */
        FAILED,
        /** A change of a node (or of a child of a node) that has a failed change before it; waits behind it. */
        BEHIND
    }

    /** An item of the error queue. */
    public ErrorItem(Change change, String reason, int attempts, long failedAt) {
        this(change, reason, attempts, failedAt, null, 0);
    }

    public long id() {
        return change.id();
    }

    /** Whether later changes of this node and of its children must wait behind this one. */
    public boolean holdsOthers() {
        return hold == Hold.FAILED || hold == Hold.BEHIND;
    }
}
