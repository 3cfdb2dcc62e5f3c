package com.parashift.alfstream.repo.http;

/** A request that cannot be served, with the HTTP status to answer and a message that names the cause. */
public class SyncException extends RuntimeException {

    private final int status;

    public SyncException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static SyncException badRequest(String message) {
        return new SyncException(400, message);
    }

    public static SyncException notFound(String message) {
        return new SyncException(404, message);
    }
}
