package com.parashift.alfstream.repo.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as a handler reads it: a body that breaks off (the peer closed early, sent less than its
 * {@code Content-Length}) is the peer's fault, a 400, not a failure of this repository.
 */
public final class RequestBody extends FilterInputStream {

    private RequestBody(InputStream in) {
        super(in);
    }

    public static InputStream of(InputStream in) {
        return new RequestBody(in);
    }

    @Override
    public int read() {
        try {
            return super.read();
        } catch (IOException e) {
            throw broken(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw broken(e);
        }
    }

    /** The 400 of a body that could not be read whole. */
    static SyncException broken(IOException e) {
        return SyncException.badRequest("the request body could not be read whole: " + Names.abbreviate(e.toString()));
    }
}
