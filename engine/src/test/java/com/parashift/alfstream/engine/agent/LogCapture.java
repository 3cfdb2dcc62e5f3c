package com.parashift.alfstream.engine.agent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Captures what the test's SLF4J simple logger writes to standard error (it looks up System.err at each line). */
final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    LogCapture() {
        PrintStream both = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
                original.write(b);
            }
        }, true, StandardCharsets.UTF_8);
        System.setErr(both);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The captured lines that contain the token. */
    List<String> lines(String token) {
        return Arrays.stream(text().split("\n")).filter(line -> line.contains(token)).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
