package com.parashift.alfstream.repo.export;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.apply.ApplyScope;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.validate.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code GET content/{uuid}[?version=1.2]}: a node's content, or that of one version of its history, as a stream,
 * with its SHA-256 in a header. Only nodes inside a tree under sync here are served ({@link ApplyScope}): the
 * journal lists no others, and the endpoints read as the system user.
 */
public class ContentHandler {

    /** An open content stream and what it is; the caller copies the stream to the response and closes it. */
    public record Content(ContentDescriptor descriptor, InputStream stream) {
    }

    private final RepositoryPort repository;

    public ContentHandler(RepositoryPort repository) {
        this.repository = repository;
    }

    public Content open(String uuid) throws IOException {
        ContentDescriptor descriptor = syncedNode(uuid).content();
        if (descriptor == null) {
            throw SyncException.notFound("node " + uuid + " has no content");
        }
        return new Content(descriptor.withoutInline(), repository.openContent(uuid));
    }

    /** @param label a version of the node's history; {@code null}: the node's live content */
    public Content open(String uuid, String label) throws IOException {
        if (label == null) {
            return open(uuid);
        }
        Refusal.field("version", Names::checkVersionLabel, label);
        NodeSnapshot node = syncedNode(uuid);
        ContentDescriptor descriptor = (node.versions() == null ? List.<VersionSnapshot>of() : node.versions())
                .stream().filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow(() -> SyncException.notFound("node " + uuid + " has no version " + label))
                .content();
        if (descriptor == null) {
            throw SyncException.notFound("version " + label + " of node " + uuid + " has no content");
        }
        return new Content(descriptor.withoutInline(), repository.openVersionContent(uuid, label));
    }

    private NodeSnapshot syncedNode(String uuid) {
        Names.checkUuid(uuid);
        NodeSnapshot node = repository.read(uuid).orElseThrow(() -> SyncException.notFound("no node " + uuid));
        if (!ApplyScope.isInsideSyncedTree(repository, uuid)) {
            // 404, as for a node that is gone: to the engine both are about this item only
            throw SyncException.notFound("node " + uuid + " is not inside a tree under sync here: content is served"
                    + " for synced nodes only");
        }
        return node;
    }
}
