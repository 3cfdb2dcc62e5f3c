package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.repo.http.SyncException;

/**
 * A change that would touch a node apply may not write here: outside every synced tree, or a system node. The
 * item is refused ({@code FAILED}, nothing written) and the rest of the batch goes on.
 */
class OutOfScopeException extends SyncException {

    OutOfScopeException(String message) {
        super(403, message);
    }
}
