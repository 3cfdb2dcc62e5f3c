package com.parashift.alfstream.repo.verify;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.TreeEntry;
import com.parashift.alfstream.protocol.TreeOrder;
import com.parashift.alfstream.protocol.TreePage;
import com.parashift.alfstream.repo.apply.ApplyScope;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.RepositoryPort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET tree?path=|root=&after=&limit=}: a synced tree in pages, in {@link TreeOrder}, so that two repositories' pages can be compared side by side without either side's whole
 * tree in memory. A page resumes after the path the previous one ended with, looking up only the folders on that
 * path again.
 */
public class TreeHandler {

    public static final int MAX_LIMIT = 1_000;
    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_PATH_CHARS = 4_000;

    private static final Comparator<RepositoryPort.Child> CHILDREN = Comparator.comparing(RepositoryPort.Child::name,
            TreeOrder.NAMES);

    private final RepositoryPort repository;

    public TreeHandler(RepositoryPort repository) {
        this.repository = repository;
    }

    /** Parses the request parameters, as both the webscript and the reference server receive them. */
    public TreePage page(String path, String root, String after, String limit) {
        return page(path, root, after, limit, null);
    }

    /** @param detail {@code "true"}: each entry carries what its digest is made of */
    public TreePage page(String path, String root, String after, String limit, String detail) {
        int max;
        try {
            max = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw SyncException.badRequest("limit: not a number: '" + Names.abbreviate(limit) + "'");
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw SyncException.badRequest("limit: must be between 1 and " + MAX_LIMIT + ", was " + max);
        }
        String rootUuid = rootOf(path, root);
        boolean withDetail = "true".equals(detail);
        return repository.inTransaction(() -> page(rootUuid, after == null ? null : segments(after), max, withDetail));
    }

    private String rootOf(String path, String root) {
        if (root != null && !root.isBlank()) {
            Names.checkUuid(root);
            if (repository.read(root).isEmpty()) {
                throw SyncException.notFound("no node " + root + " here");
            }
            checkSynced(root, root);
            return root;
        }
        if (path == null || path.isBlank()) {
            throw SyncException.badRequest("give the tree's root: path (a display path) or root (a UUID)");
        }
        if (!path.startsWith("/") || path.length() > MAX_PATH_CHARS) {
            throw SyncException.badRequest("path: must be a display path starting with '/' of at most "
                    + MAX_PATH_CHARS + " characters, was '" + Names.abbreviate(path) + "'");
        }
        String uuid = repository.findByPath(path).orElseThrow(() ->
                SyncException.notFound("no node at " + Names.abbreviate(path) + " here"));
        checkSynced(uuid, path);
        return uuid;
    }

    private void checkSynced(String uuid, String named) {
        if (!ApplyScope.isInsideSyncedTree(repository, uuid)) {
            throw new SyncException(409, Names.abbreviate(named) + " is not inside a synced folder here");
        }
    }

    private TreePage page(String root, List<String> after, int limit, boolean detail) {
        List<TreeEntry> entries = new ArrayList<>();
        if (after == null) {
            entries.add(entry(root, "", detail));
        }
        walk(root, "", after, 0, entries, limit, detail);
        String next = entries.size() < limit ? null : entries.get(entries.size() - 1).path();
        return new TreePage(Protocol.VERSION, root, entries, next);
    }

    /**
     * Adds the nodes below {@code folder} that come after {@code after} in tree order, until the page is full.
     *
     * @param after the path to resume after, or {@code null} for the whole subtree; {@code depth} of its segments
     *              lead to {@code folder}
     */
    private void walk(String folder, String prefix, List<String> after, int depth, List<TreeEntry> entries,
                      int limit, boolean detail) {
        List<RepositoryPort.Child> children = new ArrayList<>(repository.syncedChildren(folder));
        children.sort(CHILDREN);
        String bound = after == null || after.size() <= depth ? null : after.get(depth);
        for (RepositoryPort.Child child : children) {
            if (entries.size() >= limit) {
                return;
            }
            int order = bound == null ? 1 : TreeOrder.NAMES.compare(child.name(), bound);
            if (order < 0) {
                continue;
            }
            String path = prefix.isEmpty() ? child.name() : prefix + "/" + child.name();
            if (order > 0) {
                entries.add(entry(child.uuid(), path, detail));
                walk(child.uuid(), path, null, depth + 1, entries, limit, detail);
            } else {
                walk(child.uuid(), path, after, depth + 1, entries, limit, detail);
            }
        }
    }

    private TreeEntry entry(String uuid, String path, boolean detail) {
        Optional<NodeSnapshot> read = repository.read(uuid);
        NodeSnapshot node = read.orElseThrow(() -> new IllegalStateException("node " + uuid + " vanished"));
        return new TreeEntry(uuid, path, node.type(), node.content() == null ? null : node.content().sha256(),
                NodeDigest.of(node), repository.version(uuid).counters(), detail ? NodeDigest.canonical(node) : null);
    }

    /** The names of a tree path; names hold no {@code /} in Alfresco. */
    static List<String> segments(String path) {
        return path.isEmpty() ? List.of() : Arrays.asList(path.split("/", -1));
    }
}
