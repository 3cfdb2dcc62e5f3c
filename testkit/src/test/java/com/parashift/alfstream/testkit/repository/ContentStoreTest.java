package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.files.PartialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentStoreTest {

    @TempDir
    Path tmp;

    @Test
    void partialFilesOfAKilledWriteAreRemovedAtStartUpAndContentIsKept() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("content"));
        Path part = Files.writeString(dir.resolve("write-123.part"), "half a file");
        Path kept = Files.writeString(dir.resolve("0".repeat(64)), "complete");

        ContentStore store = new ContentStore(dir);

        assertFalse(Files.exists(part), "a .part file at start-up is a write that was killed");
        assertTrue(Files.exists(kept));
        ContentDescriptor written = store.put(new ByteArrayInputStream("bytes".getBytes(StandardCharsets.UTF_8)),
                "text/plain", "UTF-8");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(PartialFiles.SUFFIX)).count());
        }
        assertTrue(Files.exists(dir.resolve(written.sha256())));
    }

    @Test
    void theTimerSweepsOnlyPartialFilesIdleLongerThanTheLimit() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("swept"));
        Path idle = Files.writeString(dir.resolve("write-1.part"), "left over");
        Files.setLastModifiedTime(idle, FileTime.from(Instant.now().minus(ContentStore.PARTIAL_IDLE).minusSeconds(1)));
        Path busy = Files.writeString(dir.resolve("write-2.part"), "being written");

        assertEquals(1, PartialFiles.sweep(dir, ContentStore.PARTIAL_IDLE));

        assertFalse(Files.exists(idle));
        assertTrue(Files.exists(busy));
        assertEquals(0, PartialFiles.sweep(tmp.resolve("gone"), Duration.ZERO), "a missing directory is no error");
    }
}
