package com.parashift.alfstream.protocol;

/** What happened to a node. Every kind but {@link #DELETE} travels with the node's whole current snapshot. */
public enum ChangeKind {
    CREATE,
    UPDATE_PROPERTIES,
    UPDATE_CONTENT,
    MOVE,
    ASPECTS,
    PERMISSIONS,
    DELETE
}
