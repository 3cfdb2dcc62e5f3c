package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Applies one change inside the caller's transaction. The node is brought to the incoming snapshot (state
 * based, so applying twice is a no-op); when both sides changed a node, the later {@code cm:modified} wins.
 */
class ChangeApplier {

    private final RepositoryPort repository;
    private final StagingArea staging;

    ChangeApplier(RepositoryPort repository, StagingArea staging) {
        this.repository = repository;
        this.staging = staging;
    }

    ItemResult apply(Change change, String origin) {
        Optional<NodeSnapshot> current = repository.read(change.uuid());
        if (current.isPresent() && isStopped(current.get())) {
            return result(change, Outcome.SKIPPED, "syncing was stopped for this node here (alfs:syncState Inactive)");
        }
        if (change.kind() == ChangeKind.DELETE) {
            if (current.isEmpty()) {
                return result(change, Outcome.SKIPPED, "already absent");
            }
            repository.delete(change.uuid(), origin, change.id());
            return result(change, Outcome.APPLIED, null);
        }
        if (change.node() == null) {
            return result(change, Outcome.SKIPPED, "the node no longer exists at its source");
        }
        NodeSnapshot incoming = withParent(change.node());
        Optional<NodeSnapshot> existing = current.map(SnapshotExporter::withoutSyncModel);
        if (existing.isPresent()) {
            if (isNewer(existing.get(), incoming)) {
                return result(change, Outcome.SKIPPED, "the target's copy is newer (cm:modified)");
            }
            if (sameState(existing.get(), incoming)) {
                return result(change, Outcome.SKIPPED, "unchanged");
            }
        }
        ContentSource content = contentToWrite(incoming, existing.map(NodeSnapshot::content).orElse(null));
        repository.write(withoutInline(incoming), content, origin, change.id());
        return result(change, Outcome.APPLIED, null);
    }

    /** Checks the node's name and resolves its parent here: by UUID, else by path (the top of a synced tree). */
    private NodeSnapshot withParent(NodeSnapshot node) {
        Names.checkNodeName(node.name());
        if (node.type() == null || node.type().isBlank()) {
            throw SyncException.badRequest("node.type: missing");
        }
        String parent = node.parentUuid() != null && repository.read(node.parentUuid()).isPresent()
                ? node.parentUuid()
                : repository.findByPath(String.valueOf(node.parentPath())).orElseThrow(() -> new SyncException(409,
                        "parent of '" + node.name() + "' does not exist here: no node " + node.parentUuid()
                                + " and nothing at " + node.parentPath()));
        return new NodeSnapshot(node.uuid(), parent, node.parentPath(), node.name(), node.type(), node.aspects(),
                node.properties(), node.content(), node.permissions(), node.associations());
    }

    private ContentSource contentToWrite(NodeSnapshot incoming, ContentDescriptor current) {
        ContentDescriptor wanted = incoming.content();
        if (wanted == null || (current != null && wanted.sha256() != null && wanted.sha256().equals(current.sha256()))) {
            return null;
        }
        Names.checkSha256(wanted.sha256());
        if (wanted.inline() != null) {
            byte[] bytes = decodeAndVerify(wanted);
            return () -> new ByteArrayInputStream(bytes);
        }
        return staging.find(wanted.sha256()).orElseThrow(() -> new SyncException(409,
                "content " + wanted.sha256() + " of '" + incoming.name() + "' was not staged"));
    }

    private static byte[] decodeAndVerify(ContentDescriptor content) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content.inline());
        } catch (IllegalArgumentException e) {
            throw SyncException.badRequest("content.inline is not base64: " + e.getMessage());
        }
        MessageDigest digest = StagingArea.sha256Digest();
        String actual = HexFormat.of().formatHex(digest.digest(bytes));
        if (!actual.equals(content.sha256()) || bytes.length != content.size()) {
            throw new SyncException(422, "checksum mismatch: expected SHA-256 " + content.sha256() + " ("
                    + content.size() + " bytes), received " + actual + " (" + bytes.length + " bytes)");
        }
        return bytes;
    }

    private static boolean isStopped(NodeSnapshot node) {
        PropertyValue state = node.properties() == null ? null : node.properties().get(SyncModel.PROP_SYNC_STATE);
        return state != null && SyncState.Inactive.name().equals(state.value());
    }

    private static boolean isNewer(NodeSnapshot existing, NodeSnapshot incoming) {
        Instant mine = modified(existing);
        Instant theirs = modified(incoming);
        return mine != null && theirs != null && mine.isAfter(theirs);
    }

    private static Instant modified(NodeSnapshot node) {
        PropertyValue value = node.properties() == null ? null : node.properties().get(SyncModel.PROP_MODIFIED);
        if (value == null || value.value() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.value()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Same node state, whatever the order of aspects and associations and however the parent path is spelled. */
    private static boolean sameState(NodeSnapshot existing, NodeSnapshot incoming) {
        return comparable(existing).equals(comparable(incoming));
    }

    private static List<Object> comparable(NodeSnapshot node) {
        return Arrays.asList(node.uuid(), node.parentUuid(), node.name(), node.type(),
                node.aspects() == null ? Set.of() : new HashSet<>(node.aspects()), node.properties(),
                node.content() == null ? null : node.content().withoutInline(), node.permissions(),
                node.associations() == null ? Set.of() : new HashSet<>(node.associations()));
    }

    private static NodeSnapshot withoutInline(NodeSnapshot node) {
        return node.content() == null || node.content().inline() == null ? node
                : new NodeSnapshot(node.uuid(), node.parentUuid(), node.parentPath(), node.name(), node.type(),
                        node.aspects(), node.properties(), node.content().withoutInline(), node.permissions(),
                        node.associations());
    }

    private static ItemResult result(Change change, Outcome outcome, String message) {
        return new ItemResult(change.id(), change.uuid(), outcome, message);
    }
}
