package com.parashift.alfstream.alfresco.action;

/** What a background job does to every node of a subtree. */
public enum JobKind {
    /** Put under sync (Active) and record for the initial sync. */
    BEGIN,
    /** Set Inactive: changes flow in neither direction. */
    STOP,
    /** Clear the error, set Active and record for a resync. */
    RETRY
}
