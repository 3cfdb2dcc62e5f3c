package com.parashift.alfstream.protocol;

/** How one copy's version vector relates to another's. */
public enum VersionOrder {
    /** This copy is older: the other includes everything it has and more. */
    BEFORE,
    /** The same version. */
    EQUAL,
    /** This copy is newer. */
    AFTER,
    /** Each has changes the other lacks: both sides changed the node since they last agreed. */
    CONCURRENT
}
