package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;

import java.util.List;

/**
 * Where the bytes of an incoming version come from: inline in the change; the node's live content when the
 * SHA-256 is the same (no copy); a version here with the same bytes (a revert at the source makes one); the
 * staging area. A version whose bytes are none of these fails the change, naming the node and the label.
 */
final class VersionContents {

    private final RepositoryPort repository;
    private final StagingArea staging;

    VersionContents(RepositoryPort repository, StagingArea staging) {
        this.repository = repository;
        this.staging = staging;
    }

    /** @return the bytes, or {@code null} when they are the node's live content (or the version has none) */
    ContentSource of(NodeSnapshot incoming, List<VersionSnapshot> existing, VersionSnapshot version) {
        ContentDescriptor wanted = version.content();
        if (wanted == null) {
            return null;
        }
        Names.checkSha256(wanted.sha256());
        if (incoming.content() != null && wanted.sha256().equals(incoming.content().sha256())) {
            return null;
        }
        if (wanted.inline() != null) {
            return InlineContent.verified(wanted);
        }
        for (VersionSnapshot mine : existing) {
            if (mine.content() != null && wanted.sha256().equals(mine.content().sha256())) {
                return () -> repository.openVersionContent(incoming.uuid(), mine.label());
            }
        }
        return staging.find(wanted.sha256()).orElseThrow(() -> new SyncException(409, "version " + version.label()
                + " of '" + incoming.name() + "' (" + incoming.uuid() + ") cannot be recreated: its content "
                + wanted.sha256() + " was neither inline nor staged"));
    }
}
