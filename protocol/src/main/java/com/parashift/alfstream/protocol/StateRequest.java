package com.parashift.alfstream.protocol;

/**
 * Sets the sync state of a node on its own repository, for example {@code Error} with the reason when the
 * engine gave up on one of its changes.
 *
 * @param protocol the protocol version
 * @param uuid     the node
 * @param state    {@code Active}, {@code Inactive} or {@code Error}
 * @param message  the reason, for {@code Error}
 */
public record StateRequest(int protocol, String uuid, String state, String message) {
}
