package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * Changes to apply, in order. The target applies each in a transaction of its own and stops at the first
 * failure, so order is kept and a failed item leaves nothing half-written.
 *
 * @param protocol the protocol version
 * @param origin   instance id of the repository the changes were read from
 * @param items    the changes, in the order they must be applied
 */
public record ApplyRequest(int protocol, String origin, List<Change> items) {
}
