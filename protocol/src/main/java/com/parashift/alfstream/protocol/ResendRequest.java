package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * Asks a repository to journal nodes anew as its own changes, each with its counter of the node's version bumped,
 * so that the next poll carries their whole current state to the other side and it wins over what is there.
 *
 * @param protocol the protocol version
 * @param uuids    the nodes, each inside a synced tree here
 */
public record ResendRequest(int protocol, List<String> uuids) {
}
