package com.parashift.alfstream.alfresco.support;

/** The current user is neither an administrator nor a member of {@code GROUP_ALFSTREAM_SYNC}. */
public class SyncAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncAccessDeniedException(String message) {
        super(message);
    }
}
