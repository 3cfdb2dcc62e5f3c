package com.parashift.alfstream.protocol;

import java.util.Map;

/**
 * One synced node as {@code alfstream:verify} compares it: what must be equal on both sides of a sync.
 *
 * @param uuid    the node's UUID
 * @param path    the path below the tree's root, names joined by {@code /} ({@code ""} for the root itself)
 * @param type    the node type, prefixed
 * @param sha256  the SHA-256 of its content, {@code null} for a node without content
 * @param digest  the SHA-256 of everything else that travels (aspects, properties, permissions, associations,
 *                version labels), without the sync bookkeeping; equal on two repositories that agree
 * @param version the node's version vector, empty for none
 * @param detail  what the digest is made of, when asked for ({@code detail=true}), else {@code null}: verify shows
 *                from it which properties differ
 */
public record TreeEntry(String uuid, String path, String type, String sha256, String digest,
                        Map<String, Long> version, Map<String, Object> detail) {
}
