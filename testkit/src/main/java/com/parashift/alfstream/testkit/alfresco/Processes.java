package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the helper commands a server set-up needs (MMT, keytool, initdb…) and fails naming what went wrong. */
final class Processes {

    private Processes() {
    }

    /** Runs {@code command} to its end and returns what it printed; fails with that output unless it exits 0. */
    static String run(Path dir, Map<String, String> env, Duration timeout, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (dir != null) {
                builder.directory(dir.toFile());
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not finish in " + timeout + ": " + String.join(" ", command));
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + " from " + String.join(" ", command)
                        + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    static String run(List<String> command) {
        return run(null, Map.of(), Duration.ofMinutes(10), command);
    }

    /** Stops a process by its PID: SIGTERM, then SIGKILL when it is still there after {@code grace}. */
    static void stop(long pid, Duration grace) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
