package com.parashift.alfstream.protocol;

/**
 * A peer association from the node to another node (for example a discussion reply's {@code cm:references}).
 *
 * @param type       the association type, prefixed
 * @param targetUuid the target node's UUID
 */
public record Association(String type, String targetUuid) {
}
