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
    GROUP_DELETE;

    public boolean isGroup() {
        return this == GROUP || this == GROUP_DELETE;
    }
}
