package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.repo.http.SyncException;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The reference repository's nodes as a tree: lookup by UUID, children, display paths, lookup by path. Not
 * thread-safe and not transactional by itself: the repository calls it under its lock and undoes its changes.
 */
final class NodeTree {

    private final Map<String, Node> nodes = new HashMap<>();
    /** Child UUIDs by parent UUID, a superset: {@link #children} filters out nodes since moved or deleted. */
    private final Map<String, Set<String>> childIndex = new HashMap<>();
    private final Node root;

    NodeTree(Node root) {
        this.root = root;
        nodes.put(root.uuid, root);
    }

    Node root() {
        return root;
    }

    /** The node, or {@code null}. */
    Node find(String uuid) {
        return nodes.get(uuid);
    }

    /** The node; a 404 naming the UUID if there is none. */
    Node get(String uuid) {
        Node node = nodes.get(uuid);
        if (node == null) {
            throw SyncException.notFound("no node " + uuid);
        }
        return node;
    }

    boolean contains(String uuid) {
        return nodes.containsKey(uuid);
    }

    Collection<Node> all() {
        return nodes.values();
    }

    /** Puts a node (new, or restored by a rollback) and indexes it under its parent. */
    void put(Node node) {
        nodes.put(node.uuid, node);
        indexChild(node);
    }

    void remove(String uuid) {
        nodes.remove(uuid);
    }

    List<String> children(String uuid) {
        return childIndex.getOrDefault(uuid, Set.of()).stream()
                .filter(c -> nodes.containsKey(c) && uuid.equals(nodes.get(c).parent)).sorted().toList();
    }

    /** Call after setting a node's parent. Never removes: a rolled-back move or delete needs the old entry. */
    void indexChild(Node node) {
        if (node.parent != null) {
            childIndex.computeIfAbsent(node.parent, p -> new HashSet<>()).add(node.uuid);
        }
    }

    String displayPath(String uuid) {
        Node node = get(uuid);
        return node.parent == null ? "/" + node.name : displayPath(node.parent) + "/" + node.name;
    }

    Optional<String> findByPath(String path) {
        String[] names = path.split("/");
        if (names.length < 2 || !names[1].equals(root.name)) {
            return Optional.empty();
        }
        String at = root.uuid;
        for (int i = 2; i < names.length && at != null; i++) {
            String name = names[i];
            at = children(at).stream().filter(c -> nodes.get(c).name.equals(name)).findFirst().orElse(null);
        }
        return Optional.ofNullable(at);
    }

    /** The short name of the site the node is in, or {@code null}. */
    String siteOf(String uuid) {
        for (Node at = nodes.get(uuid); at != null; at = at.parent == null ? null : nodes.get(at.parent)) {
            if (at.type.equals("st:site")) {
                return at.name;
            }
        }
        return null;
    }

    /** Each path below the node mapped to UUID, type and content SHA-256. */
    void describe(String uuid, String path, SortedMap<String, String> tree) {
        for (String child : children(uuid)) {
            Node node = nodes.get(child);
            String childPath = path + "/" + node.name;
            tree.put(childPath, node.uuid + " " + node.type + (node.content == null ? "" : " " + node.content.sha256()));
            describe(child, childPath, tree);
        }
    }
}
