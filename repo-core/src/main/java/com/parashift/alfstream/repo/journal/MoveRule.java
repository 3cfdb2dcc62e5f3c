package com.parashift.alfstream.repo.journal;

/**
 * What a move of a node journals, for the repository AMP's move behaviour and the reference repository alike:
 * inside a synced tree it is a move; out of it, the node and everything below it leave sync and are journaled as
 * deleted (each with its tombstone), so the other side deletes them; into a synced tree, a node that was not
 * synced comes under sync with its whole subtree, each journaled as created. The top of a synced tree (its old
 * parent not synced) moves with its tree wherever it goes.
 */
public final class MoveRule {

    /** What the move is for sync. */
    public enum Outcome {
        /** Journal a move. */
        MOVED,
        /** Journal a delete of the node and of every synced node below it, children first; then unmark them. */
        MOVED_OUT,
        /** Mark the node and its subtree synced and journal each as created. */
        MOVED_IN,
        /** Nothing to journal. */
        NONE
    }

    private MoveRule() {
    }

    /**
     * @param nodeSynced      the node carries {@code alfs:sync}
     * @param nodeActive      ... and is Active
     * @param oldParentSynced the folder it left carries {@code alfs:sync}
     * @param newParentSynced the folder it went to carries {@code alfs:sync} (in any state)
     * @param newParentActive ... and is Active
     */
    public static Outcome of(boolean nodeSynced, boolean nodeActive, boolean oldParentSynced, boolean newParentSynced,
                             boolean newParentActive) {
        if (nodeActive) {
            return !oldParentSynced || newParentSynced ? Outcome.MOVED : Outcome.MOVED_OUT;
        }
        return !nodeSynced && newParentActive ? Outcome.MOVED_IN : Outcome.NONE;
    }
}
