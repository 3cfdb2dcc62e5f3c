package com.parashift.alfstream.testkit.fuzz;

import com.parashift.alfstream.protocol.VersionVector;

/**
 * One user action the fuzz made, as its oracle needs it.
 *
 * @param side    the repository it was made on
 * @param kind    what it was
 * @param uuid    the node acted on
 * @param version the node's version right after the action, read in its transaction (for a delete: its tombstone)
 * @param value   for an edit, the unique content or title it wrote; otherwise {@code null}
 */
record Event(String side, Kind kind, String uuid, VersionVector version, String value) {

    enum Kind { CREATE_FILE, CREATE_FOLDER, CONTENT, TITLE, RENAME, MOVE, DELETE_FILE, DELETE_FOLDER }

    boolean isEdit() {
        return kind == Kind.CONTENT || kind == Kind.TITLE;
    }

    boolean isDelete() {
        return kind == Kind.DELETE_FILE || kind == Kind.DELETE_FOLDER;
    }
}
