package com.parashift.alfstream.repo.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code *.part} files a write leaves behind when it is killed half-way (kill -9, a full disk, a dropped
 * connection): bytes are always streamed to such a file first and renamed into place only once complete, so a
 * {@code .part} file that nobody has touched for a while is garbage. Removed at start-up and on a timer.
 */
public final class PartialFiles {

    public static final String SUFFIX = ".part";

    private static final Logger LOG = LoggerFactory.getLogger(PartialFiles.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alfstream-partial-files");
        thread.setDaemon(true);
        return thread;
    });

    private PartialFiles() {
    }

    /**
     * Deletes the {@code .part} files of the directory last modified longer ago than {@code idle}.
     *
     * @return how many were deleted
     */
    public static int sweep(Path directory, Duration idle) {
        Instant cutoff = Instant.now().minus(idle);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                if (!Files.getLastModifiedTime(file).toInstant().isAfter(cutoff) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (NoSuchFileException e) {
            return removed;
        } catch (IOException e) {
            LOG.warn("PARTIAL-SWEEP-FAILED {}: {}", directory, e.toString());
        }
        if (removed > 0) {
            LOG.info("PARTIAL-FILES-REMOVED {} in {}", removed, directory);
        }
        return removed;
    }

    /**
     * Sweeps the directory every {@code period} for files idle longer than {@code idle}, on one shared daemon
     * thread; the task ends by itself once the directory is gone.
     */
    public static void sweepEvery(Path directory, Duration period, Duration idle) {
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(TIMER.scheduleWithFixedDelay(() -> {
            if (!Files.isDirectory(directory)) {
                task.get().cancel(false);
                return;
            }
            sweep(directory, idle);
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
    }
}
