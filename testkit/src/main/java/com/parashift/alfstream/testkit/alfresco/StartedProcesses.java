package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * The servers a test run started, by PID, in a file of its work folder: a run that was killed before its shutdown
 * hooks ran leaves them running, and the next run stops exactly those (a PID is only signalled while its command
 * line still names the marker it was started with, so a reused PID is left alone).
 */
final class StartedProcesses {

    private final Path file;

    StartedProcesses(Path file) {
        this.file = file;
    }

    /** Stops what an earlier run left running, then forgets it. */
    void stopLeftovers() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2) {
                    long pid = Long.parseLong(parts[0]);
                    ProcessHandle.of(pid).filter(h -> commandLine(h).contains(parts[1]))
                            .ifPresent(h -> Processes.stop(pid, Duration.ofSeconds(30)));
                }
            }
            Files.delete(file);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Remembers a server: its PID and a string its command line contains. */
    void add(long pid, String marker) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + " " + marker + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commandLine(ProcessHandle handle) {
        try {
            return String.join(" ", List.of(new String(Files.readAllBytes(Path.of("/proc", String.valueOf(handle.pid()),
                    "cmdline"))).replace('\0', ' ')));
        } catch (IOException e) {
            return handle.info().commandLine().orElse("");
        }
    }
}
