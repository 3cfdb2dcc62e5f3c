package com.parashift.alfstream.repo.export;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a node into the snapshot that travels: the sync model's own bookkeeping is left out (each side keeps
 * its own), and content up to {@code inlineLimit} bytes rides inline so small documents need no second request.
 */
public class SnapshotExporter {

    /** Default for the most bytes of content carried inline in a change. */
    public static final int DEFAULT_INLINE_LIMIT = 64 * 1024;

    private final RepositoryPort repository;
    private final int inlineLimit;

    public SnapshotExporter(RepositoryPort repository, int inlineLimit) {
        if (inlineLimit < 0) {
            throw new IllegalArgumentException("inline limit must be 0 or more, was " + inlineLimit);
        }
        this.repository = repository;
        this.inlineLimit = inlineLimit;
    }

    public Optional<NodeSnapshot> export(String uuid) {
        return repository.read(uuid).map(node -> withInline(withoutSyncModel(node)));
    }

    /** The snapshot less what stays on each side: the sync model and check-out locks ({@link SyncModel#isLocalOnly}). */
    public static NodeSnapshot withoutSyncModel(NodeSnapshot node) {
        List<String> aspects = node.aspects().stream().filter(a -> !SyncModel.isLocalOnly(a)).toList();
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        node.properties().forEach((name, value) -> {
            if (!SyncModel.isLocalOnly(name)) {
                properties.put(name, value);
            }
        });
        return node.withAspectsAndProperties(aspects, properties).withoutInline();
    }

    private NodeSnapshot withInline(NodeSnapshot node) {
        NodeSnapshot withContent = node.withContent(inline(node.content(), () -> repository.openContent(node.uuid()),
                node.uuid()));
        if (node.versions() == null) {
            return withContent;
        }
        String live = node.content() == null ? null : node.content().sha256();
        return withContent.withVersions(node.versions().stream()
                .map(v -> v.content() == null || v.content().sha256().equals(live) ? v
                        : v.withContent(inline(v.content(), () -> repository.openVersionContent(node.uuid(), v.label()),
                                node.uuid() + " version " + v.label())))
                .toList());
    }

    /**
     * The descriptor with the bytes inline when they are small enough; the bytes of a version equal to the live
     * content are not sent twice (the receiver takes the live content).
     */
    private ContentDescriptor inline(ContentDescriptor content, ContentSource opener, String what) {
        if (content == null || content.size() > inlineLimit) {
            return content;
        }
        byte[] bytes;
        try (InputStream in = opener.open()) {
            bytes = in.readNBytes(inlineLimit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content of " + what + " failed", e);
        }
        if (bytes.length != content.size() || !Sha256.hex(bytes).equals(content.sha256())) {
            // the content changed since the descriptor was read: let it travel as a stream, verified there
            return content;
        }
        return new ContentDescriptor(content.size(), content.mimetype(), content.encoding(), content.sha256(),
                Base64.getEncoder().encodeToString(bytes));
    }
}
