package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.repo.http.SyncException;

/**
 * A change cannot be applied yet because something it points at does not exist here: its parent, a nested group,
 * an authority its permissions name, the target of a peer association. The change is state based, so the thing
 * it needs comes with a later journal entry; the engine keeps the change aside and tries it again.
 */
public class DependencyMissingException extends SyncException {

    public DependencyMissingException(String message) {
        super(409, message);
    }
}
