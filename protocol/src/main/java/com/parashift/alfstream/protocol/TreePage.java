package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * A page of a synced tree, in tree order: a node before its children, children by name.
 *
 * @param protocol the protocol version
 * @param root     the UUID of the tree's root
 * @param entries  the nodes of the page
 * @param next     the {@code after} of the next page, {@code null} after the last
 */
public record TreePage(int protocol, String root, List<TreeEntry> entries, String next) {
}
