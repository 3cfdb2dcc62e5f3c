package com.parashift.alfstream.testkit.content;

import java.io.InputStream;

/**
 * Deterministic bytes of any length, generated as they are read: a 50 MB test file without 50 MB in memory.
 * The same seed and length always give the same bytes.
 */
public final class GeneratedContent extends InputStream {

    private long remaining;
    private long state;

    public GeneratedContent(long length, long seed) {
        this.remaining = length;
        this.state = seed ^ 0x9E3779B97F4A7C15L;
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) (state & 0xFF);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining <= 0) {
            return -1;
        }
        int n = (int) Math.min(length, remaining);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) read();
        }
        return n;
    }
}
