package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.files.PartialFiles;
import com.parashift.alfstream.repo.http.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.time.Duration;

/**
 * Content on disk, one file per distinct content, named by its SHA-256. Streams in and out; never buffers whole.
 * Bytes go to a {@code .part} file first; those a killed write left behind are removed at start-up (this process
 * owns the directory, so all of them) and every {@link #SWEEP_PERIOD} once idle for {@link #PARTIAL_IDLE}.
 */
final class ContentStore {

    static final Duration SWEEP_PERIOD = Duration.ofMinutes(10);
    static final Duration PARTIAL_IDLE = Duration.ofHours(1);

    private final Path directory;

    ContentStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
        PartialFiles.sweep(this.directory, Duration.ZERO);
        PartialFiles.sweepEvery(this.directory, SWEEP_PERIOD, PARTIAL_IDLE);
    }

    /** Streams the bytes to disk and describes them. */
    ContentDescriptor put(InputStream in, String mimetype, String encoding) throws IOException {
        Path temp = Files.createTempFile(directory, "write-", PartialFiles.SUFFIX);
        try {
            String sha256;
            long size;
            try (DigestInputStream digesting = new DigestInputStream(in, Sha256.digest());
                 OutputStream out = Files.newOutputStream(temp)) {
                size = digesting.transferTo(out);
                sha256 = Sha256.hex(digesting.getMessageDigest());
            }
            Files.move(temp, directory.resolve(sha256), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return new ContentDescriptor(size, mimetype, encoding, sha256, null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(directory.resolve(sha256));
    }
}
