package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.repo.files.PartialFiles;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.RequestBody;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code PUT staging/{sha256}}: content streamed in ahead of the apply that uses it. The bytes go to a temporary
 * file while their SHA-256 is computed; only a stream whose checksum matches its name is kept, by an atomic
 * rename, so a broken or tampered transfer never reaches a node. Staged files are content-addressed, kept for
 * {@code ttl} and then purged. Temporary files of transfers that were killed half-way are removed at start-up and
 * on every transfer once idle for {@link #PARTIAL_IDLE} (a staging directory shared by a cluster may hold another
 * member's transfer in progress, so a fresh one is left alone).
 */
public class StagingArea {

    private static final Logger LOG = LoggerFactory.getLogger(StagingArea.class);

    /** How long a temporary file must have been left untouched before it counts as left over. */
    public static final Duration PARTIAL_IDLE = Duration.ofMinutes(30);

    private final Path directory;
    private final Duration ttl;

    public StagingArea(Path directory, Duration ttl) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.ttl = ttl;
        PartialFiles.sweep(this.directory, PARTIAL_IDLE);
    }

    /** Stores the stream under its SHA-256; a stream whose bytes do not match is refused with 422 and not kept. */
    public void stage(String sha256, InputStream body) throws IOException {
        Path target = directory.resolve(Names.checkSha256(sha256));
        Path temp = Files.createTempFile(directory, "incoming-", PartialFiles.SUFFIX);
        try {
            String actual;
            try (DigestInputStream in = new DigestInputStream(RequestBody.of(body), Sha256.digest());
                 OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
                actual = Sha256.hex(in.getMessageDigest());
            }
            if (!actual.equals(sha256)) {
                throw new SyncException(422, "checksum mismatch: expected SHA-256 " + sha256 + ", received "
                        + actual + " (" + Files.size(temp) + " bytes); nothing was kept");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.debug("CONTENT-STAGED {} ({} bytes)", sha256, Files.size(target));
        } finally {
            Files.deleteIfExists(temp);
        }
        purgeExpired();
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(directory.resolve(Names.checkSha256(sha256)));
    }

    /** The staged content with this SHA-256, if any. */
    public Optional<ContentSource> find(String sha256) {
        Path file = directory.resolve(Names.checkSha256(sha256));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(() -> Files.newInputStream(file));
    }

    private void purgeExpired() {
        PartialFiles.sweep(directory, PARTIAL_IDLE);
        Instant cutoff = Instant.now().minus(ttl);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("STAGING-PURGE-FAILED {}: {}", directory, e.getMessage());
        }
    }
}
