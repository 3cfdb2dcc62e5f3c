package com.parashift.alfstream.protocol;

/**
 * What happened. Node kinds travel with the node's whole current snapshot, except {@link #DELETE}; the group
 * kinds are about a user group, named by the change's {@code uuid} field, and {@link #GROUP} travels with the
 * group's snapshot.
 */
public enum ChangeKind {
    CREATE,
    UPDATE_PROPERTIES,
    UPDATE_CONTENT,
    MOVE,
    ASPECTS,
    PERMISSIONS,
    DELETE,
    GROUP,
    GROUP_DELETE,
    /**
     * Not a change to apply: Begin Syncing ran again on a folder that was synced before (stopped, then begun), after
     * journaling its whole tree. The engine applies everything before it, then compares the folder on both sides and
     * repairs what Begin Syncing cannot carry: what was deleted or moved out of it while it was stopped.
     */
    RECONCILE;

    /** Whether the engine acts on it itself instead of sending it to be applied ({@link #RECONCILE}). */
    public boolean isInstruction() {
        return this == RECONCILE;
    }

    public boolean isGroup() {
        return this == GROUP || this == GROUP_DELETE;
    }
}
