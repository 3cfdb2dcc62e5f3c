package com.parashift.alfstream.protocol;

import java.util.Comparator;

/**
 * The order of a {@link TreePage}: a node before its children, children by name ({@link String#compareTo}), so a
 * tree path ({@code a/b/c}) sorts by its names one by one, a path before the paths below it. The repositories page
 * in it and the engine compares two repositories' pages in it.
 */
public final class TreeOrder {

    /** Sibling names. */
    public static final Comparator<String> NAMES = Comparator.naturalOrder();

    /** Tree paths below a root, {@code ""} (the root) first. */
    public static final Comparator<String> PATHS = TreeOrder::comparePaths;

    private TreeOrder() {
    }

    private static int comparePaths(String a, String b) {
        String[] left = a.isEmpty() ? new String[0] : a.split("/", -1);
        String[] right = b.isEmpty() ? new String[0] : b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = NAMES.compare(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
