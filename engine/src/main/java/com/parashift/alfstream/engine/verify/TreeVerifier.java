package com.parashift.alfstream.engine.verify;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.protocol.TreeEntry;
import com.parashift.alfstream.protocol.TreeOrder;
import com.parashift.alfstream.protocol.TreePage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a synced tree on the source with the target's copy: both sides' pages are read side by side in
 * {@link TreeOrder} and merged, so neither tree is held in memory, only the differences (at most
 * {@link #MAX_DIFFERENCES}). A node found at two different paths is reported once, as moved.
 */
public final class TreeVerifier {

    public static final int MAX_DIFFERENCES = 10_000;
    /** How many property differences are explained property by property (two more requests each). */
    static final int MAX_DETAILS = 20;
    private static final int PAGE = 200;

    private final RepositoryClient source;
    private final RepositoryClient target;

    public TreeVerifier(RepositoryClient source, RepositoryClient target) {
        this.source = source;
        this.target = target;
    }

    /** @param path the tree's display path on the source ({@code /Company Home/Projects}) */
    public Verification verify(String path) {
        return verify(path, source.tree(path, null, null, PAGE));
    }

    /** The tree whose root has this UUID (on both sides). */
    public Verification verifyRoot(String root) {
        return verify(root, source.tree(null, root, null, PAGE));
    }

    private Verification verify(String named, TreePage first) {
        Pages from = new Pages(source, first);
        Pages to = new Pages(target, targetFirstPage(from.root));
        Map<String, TreeEntry> onlySource = new LinkedHashMap<>();
        Map<String, TreeEntry> onlyTarget = new LinkedHashMap<>();
        List<Difference> found = new ArrayList<>();
        boolean truncated = false;
        TreeEntry s = from.next();
        TreeEntry t = to.next();
        while (s != null || t != null) {
            if (found.size() + onlySource.size() + onlyTarget.size() >= MAX_DIFFERENCES) {
                truncated = true;
                break;
            }
            int order = s == null ? 1 : t == null ? -1 : TreeOrder.PATHS.compare(s.path(), t.path());
            if (order == 0 && s.uuid().equals(t.uuid())) {
                compare(s, t, found);
            }
            if (order < 0 || order == 0 && !s.uuid().equals(t.uuid())) {
                onlySource.put(s.uuid(), s);
            }
            if (order > 0 || order == 0 && !s.uuid().equals(t.uuid())) {
                onlyTarget.put(t.uuid(), t);
            }
            if (order <= 0) {
                s = from.next();
            }
            if (order >= 0) {
                t = to.next();
            }
        }
        for (TreeEntry moved : List.copyOf(onlySource.values())) {
            TreeEntry there = onlyTarget.remove(moved.uuid());
            if (there != null) {
                onlySource.remove(moved.uuid());
                found.add(new Difference(Difference.Kind.MOVED, moved, there));
                compare(moved, there, found);
            }
        }
        onlySource.values().forEach(e -> found.add(new Difference(Difference.Kind.MISSING_ON_TARGET, e, null)));
        onlyTarget.values().forEach(e -> found.add(new Difference(Difference.Kind.ONLY_ON_TARGET, null, e)));
        found.sort(Comparator.comparing(Difference::path, TreeOrder.PATHS));
        List<Difference> explained = new ArrayList<>(found.size());
        int details = 0;
        for (Difference d : found) {
            explained.add(d.kind() == Difference.Kind.PROPERTIES && details++ < MAX_DETAILS ? explain(d) : d);
        }
        return new Verification(named, from.root, from.count, to.count, explained, truncated);
    }

    /** The difference with the names of what differs, read from both sides' detail of that one node. */
    private Difference explain(Difference d) {
        Map<String, Object> here = source.tree(null, d.source().uuid(), null, 1, true).entries().get(0).detail();
        Map<String, Object> there = target.tree(null, d.target().uuid(), null, 1, true).entries().get(0).detail();
        return d.withDetail(DetailDiff.describe(here, there));
    }

    private TreePage targetFirstPage(String root) {
        try {
            return target.tree(null, root, null, PAGE);
        } catch (PeerException e) {
            if (e.status() == 404) {
                return new TreePage(0, root, List.of(), null);
            }
            throw e;
        }
    }

    private static void compare(TreeEntry s, TreeEntry t, List<Difference> found) {
        if (!Objects.equals(s.type(), t.type())) {
            found.add(new Difference(Difference.Kind.TYPE, s, t));
        }
        if (!Objects.equals(s.sha256(), t.sha256())) {
            found.add(new Difference(Difference.Kind.CONTENT, s, t));
        }
        if (!Objects.equals(s.digest(), t.digest())) {
            found.add(new Difference(Difference.Kind.PROPERTIES, s, t));
        }
    }

    /** One side's tree, read a page at a time. */
    private static final class Pages {
        private final RepositoryClient repository;
        private final String root;
        private Iterator<TreeEntry> page;
        private String next;
        private long count;

        Pages(RepositoryClient repository, TreePage first) {
            this.repository = repository;
            this.root = first.root();
            this.page = first.entries().iterator();
            this.next = first.next();
        }

        TreeEntry next() {
            while (!page.hasNext() && next != null) {
                TreePage read = repository.tree(null, root, next, PAGE);
                page = read.entries().iterator();
                next = read.next();
            }
            if (!page.hasNext()) {
                return null;
            }
            count++;
            return page.next();
        }
    }
}
