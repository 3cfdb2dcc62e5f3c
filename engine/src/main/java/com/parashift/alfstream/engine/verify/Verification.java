package com.parashift.alfstream.engine.verify;

import java.util.List;

/**
 * What {@code alfstream:verify} found in one synced tree.
 *
 * @param path        the tree's display path on the source (its root's UUID when it was named by that)
 * @param root        its root's UUID
 * @param sourceNodes how many nodes the source has in it
 * @param targetNodes how many the target has
 * @param differences the differences found, in tree order (at most {@link TreeVerifier#MAX_DIFFERENCES})
 * @param truncated   whether there were more
 */
public record Verification(String path, String root, long sourceNodes, long targetNodes,
                           List<Difference> differences, boolean truncated) {

    public boolean identical() {
        return differences.isEmpty();
    }
}
