package com.parashift.alfstream.engine.client;

/**
 * A repository did not do what was asked: unreachable (status 0), refused the credentials, or answered an
 * error. The message names the repository, the status and the cause; never a password.
 */
public class PeerException extends RuntimeException {

    private final int status;
    private final String peer;
    private final boolean aboutTheItem;

    public PeerException(int status, String message, Throwable cause) {
        this(status, null, message, cause, false);
    }

    /**
     * @param peer         which repository failed, as {@code <local|remote> <url>}, or {@code null}
     * @param aboutTheItem whether the failure concerns the item asked for whatever the status
     */
    public PeerException(int status, String peer, String message, Throwable cause, boolean aboutTheItem) {
        super(message, cause);
        this.status = status;
        this.peer = peer;
        this.aboutTheItem = aboutTheItem;
    }

    /** The HTTP status, or 0 when the repository could not be reached. */
    public int status() {
        return status;
    }

    /** Which repository failed, {@code <local|remote> <url>}, or {@code null} when it is not known. */
    public String peer() {
        return peer;
    }

    /** The peer refused the credentials (401) or the user's rights (403). */
    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }

    /**
     * The failure is about the item asked for (its content changed, vanished, arrived broken, or could not be
     * read), not the peer.
     */
    public boolean isAboutTheItem() {
        return aboutTheItem || status == 404 || status == 409 || status == 422;
    }
}
