package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * Changes to apply, in order. The target applies each in a transaction of its own, so a failed item leaves nothing
 * half-written. By default it stops at the first failure, so order is kept; with {@code continuePastFailures} it
 * leaves out only the changes that depend on a failed one ({@link Holds}) and applies the others.
 *
 * @param protocol             the protocol version
 * @param origin               instance id of the repository the changes were read from
 * @param items                the changes, in the order they must be applied
 * @param continuePastFailures whether to go on after a failed item ({@code null}: no); the items left out are
 *                             answered {@code NOT_ATTEMPTED}, naming the item they wait behind
 */
public record ApplyRequest(int protocol, String origin, List<Change> items, Boolean continuePastFailures) {

    /** A request that stops at the first failure. */
    public ApplyRequest(int protocol, String origin, List<Change> items) {
        this(protocol, origin, items, null);
    }

    public boolean goesOnPastFailures() {
        return Boolean.TRUE.equals(continuePastFailures);
    }
}
