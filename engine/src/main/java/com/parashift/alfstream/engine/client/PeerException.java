package com.parashift.alfstream.engine.client;

/**
 * A repository did not do what was asked: unreachable (status 0), refused the credentials, or answered an
 * error. The message names the repository, the status and the cause; never a password.
 */
public class PeerException extends RuntimeException {

    private final int status;

    public PeerException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when the repository could not be reached. */
    public int status() {
        return status;
    }

    /** The failure is about the item asked for (its content changed, vanished or arrived broken), not the peer. */
    public boolean isAboutTheItem() {
        return status == 404 || status == 409 || status == 422;
    }
}
