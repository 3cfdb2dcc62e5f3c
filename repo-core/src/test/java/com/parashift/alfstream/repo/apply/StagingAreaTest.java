package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagingAreaTest {

    @TempDir
    Path tmp;

    private Path directory;
    private StagingArea staging;

    @BeforeEach
    void create() throws IOException {
        directory = tmp.resolve("staging");
        staging = new StagingArea(directory, Duration.ofHours(1));
    }

    @Test
    void keepsAStreamWhoseBytesMatchItsSha256() throws IOException {
        byte[] bytes = "the quarterly report".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);

        staging.stage(sha, new ByteArrayInputStream(bytes));

        assertTrue(staging.has(sha));
        ContentSource source = staging.find(sha).orElseThrow();
        try (InputStream in = source.open()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertEquals(List.of(sha), files(), "only the staged file, no temporary file left");
    }

    @Test
    void refusesAStreamThatDoesNotMatchAndKeepsNothing() {
        byte[] expected = "what was sent".getBytes(StandardCharsets.UTF_8);
        byte[] received = "what arrived, tampered".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(expected);

        SyncException e = assertThrows(SyncException.class, () -> staging.stage(sha, new ByteArrayInputStream(received)));

        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("checksum mismatch") && e.getMessage().contains(sha256(received)),
                e.getMessage());
        assertFalse(staging.has(sha));
        assertTrue(staging.find(sha).isEmpty());
        assertEquals(List.of(), files(), "no temporary file left behind");
    }

    @Test
    void aStreamThatBreaksOffLeavesNoTemporaryFile() {
        String sha = sha256(new byte[10]);
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent >= 5) {
                    throw new IOException("connection reset");
                }
                sent++;
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (sent >= 5) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(length, 5 - sent);
                sent += n;
                return n;
            }
        };

        SyncException e = assertThrows(SyncException.class, () -> staging.stage(sha, breaking));
        assertEquals(400, e.status(), "a body that breaks off is the sender's fault");

        assertFalse(staging.has(sha));
        assertEquals(List.of(), files());
    }

    @Test
    void refusesAHostileSha256BeforeTouchingTheDisk() throws IOException {
        Path outside = tmp.resolve("passwd");
        for (String hostile : List.of("../../etc/passwd", "../passwd", "/etc/passwd", "A".repeat(64))) {
            SyncException e = assertThrows(SyncException.class,
                    () -> staging.stage(hostile, new ByteArrayInputStream(new byte[] {1})), hostile);
            assertEquals(400, e.status(), hostile);
            assertEquals(400, assertThrows(SyncException.class, () -> staging.has(hostile)).status());
            assertEquals(400, assertThrows(SyncException.class, () -> staging.find(hostile)).status());
        }
        assertFalse(Files.exists(outside));
        assertEquals(List.of(), files());
    }

    @Test
    void stagingPurgesFilesOlderThanTheirTimeToLive() throws IOException {
        byte[] old = "staged yesterday".getBytes(StandardCharsets.UTF_8);
        byte[] recent = "staged now".getBytes(StandardCharsets.UTF_8);
        staging.stage(sha256(old), new ByteArrayInputStream(old));
        Files.setLastModifiedTime(directory.resolve(sha256(old)), FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        staging.stage(sha256(recent), new ByteArrayInputStream(recent));

        assertFalse(staging.has(sha256(old)), "older than the one-hour ttl");
        assertTrue(staging.has(sha256(recent)));
    }

    @Test
    void stagingTheSameContentTwiceKeepsOneFile() throws IOException {
        byte[] bytes = "same".getBytes(StandardCharsets.UTF_8);
        staging.stage(sha256(bytes), new ByteArrayInputStream(bytes));
        staging.stage(sha256(bytes), new ByteArrayInputStream(bytes));

        assertEquals(List.of(sha256(bytes)), files());
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void partialFilesLeftByAKilledTransferAreRemovedAtStartUpOnceIdle() throws IOException {
        Path dir = tmp.resolve("leftovers");
        Files.createDirectories(dir);
        Path old = Files.writeString(dir.resolve("incoming-1.part"), "half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(StagingArea.PARTIAL_IDLE).minusSeconds(60)));
        Path fresh = Files.writeString(dir.resolve("incoming-2.part"), "another member's transfer in progress");
        Path staged = Files.writeString(dir.resolve("0".repeat(64)), "kept");

        new StagingArea(dir, Duration.ofHours(1));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "a fresh part may be a transfer in progress (shared staging directory)");
        assertTrue(Files.exists(staged));
    }
}
