package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * Outcome of an apply request, one result per requested item, in the same order.
 *
 * @param protocol the protocol version
 * @param items    the per-item outcomes
 */
public record ApplyResult(int protocol, List<ItemResult> items) {

    public enum Outcome {
        /** Written on the target. */
        APPLIED,
        /** Nothing to do: already there, stale, or the node no longer exists at the source. */
        SKIPPED,
        /** Not applied; {@code message} says why; nothing of it was written. */
        FAILED,
        /**
         * Not applied yet: something it points at (its parent, a nested group, an authority, an association
         * target) does not exist here; a later change brings it. Nothing of it was written; the items after it
         * were tried.
         */
        WAITING,
        /** Not tried because an earlier item failed. */
        NOT_ATTEMPTED
    }

    /**
     * @param id      the journal entry id of the change on the source
     * @param uuid    the node UUID
     * @param outcome what happened
     * @param message why, for SKIPPED and FAILED; starts with {@link #CONFLICT} when apply met a conflict (both
     *                sides changed the node), whatever the outcome
     */
    public record ItemResult(long id, String uuid, Outcome outcome, String message) {

        /** How the message of an item that met a conflict starts. */
        public static final String CONFLICT = "conflict: ";

        /** Whether apply met a conflict with this item (and resolved it as the message says). */
        public boolean isConflict() {
            return message != null && message.startsWith(CONFLICT);
        }
    }
}
