package com.parashift.alfstream.repo.version;

import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.port.ContentSource;

import java.util.List;

/**
 * What apply does to a node's version history here, after the node itself was written: versions to delete (by
 * label), then versions to create, in order. Whatever it does, the node's live version label ends up naming the
 * head of its history here, so that Alfresco's own versioning keeps working on it.
 *
 * @param delete  labels of versions to delete here (deleted at their source)
 * @param create  versions to create here, oldest first
 * @param skipped why incoming versions were left out (two-way: both sides made versions), for the log; empty
 *                when the history here becomes the incoming one
 */
public record VersionPlan(List<String> delete, List<NewVersion> create, List<String> skipped) {

    /** Nothing to delete or create: the sender sends no histories. */
    public static final VersionPlan KEEP = new VersionPlan(List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return delete.isEmpty() && create.isEmpty();
    }

    /**
     * A version to create.
     *
     * @param version the version as it travels
     * @param label   the label it must get here, or {@code null} to let the repository number it (when the
     *                incoming label is already taken here by a version made here)
     * @param content its bytes, or {@code null} when they are the node's live content as just written
     */
    public record NewVersion(VersionSnapshot version, String label, ContentSource content) {
    }
}
