package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.converge.ConflictRule;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.DirectoryPort;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.repo.version.VersionPlan;
import com.parashift.alfstream.repo.version.VersionPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies one change inside the caller's transaction. The node is brought to the incoming snapshot (state
 * based, so applying twice is a no-op). A change with a version vector is decided by versions
 * ({@link VersionedApplier}); one from a sender without them by the later {@code cm:modified}.
 */
class ChangeApplier implements VersionedApplier.NodeWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeApplier.class);

    private final RepositoryPort repository;
    private final DirectoryPort directory;
    private final StagingArea staging;
    private final PeopleResolver people;
    private final GroupApplier groups;
    private final ApplyScope scope;
    private final VersionContents versionContents;
    private final VersionedApplier versioned;
    private final NameClashes names;

    ChangeApplier(RepositoryPort repository, DirectoryPort directory, StagingArea staging, boolean createMissingPeople) {
        this.repository = repository;
        this.directory = directory;
        this.staging = staging;
        this.people = new PeopleResolver(directory, createMissingPeople);
        this.scope = new ApplyScope(repository);
        this.groups = new GroupApplier(directory, people, scope);
        this.versionContents = new VersionContents(repository, staging);
        this.versioned = new VersionedApplier(repository, this);
        this.names = new NameClashes(repository);
    }

    ItemResult apply(Change change, String origin) {
        if (change.kind().isGroup()) {
            return groups.apply(change, origin);
        }
        if (change.node() != null && change.node().homeOwner() != null) {
            String home = people.homeFolder(change.node().homeOwner());
            return result(change, Outcome.SKIPPED, "the home folder of " + change.node().homeOwner()
                    + " is " + home + " here; its contents sync into it");
        }
        Optional<NodeSnapshot> current = repository.read(change.uuid());
        if (current.isPresent()) {
            scope.checkExisting(change.uuid());
        }
        if (current.isPresent() && repository.syncState(change.uuid()).orElse(null) == SyncState.Inactive) {
            return result(change, Outcome.SKIPPED, "syncing was stopped for this node here (alfs:syncState Inactive)");
        }
        if (change.kind() == ChangeKind.DELETE) {
            if (current.isEmpty()) {
                return result(change, Outcome.SKIPPED, "already absent");
            }
            if (change.version() != null) {
                return versioned.applyDelete(change, origin);
            }
            repository.delete(change.uuid(), origin, change.id());
            return result(change, Outcome.APPLIED, null);
        }
        if (change.node() == null) {
            return result(change, Outcome.SKIPPED, "the node no longer exists at its source");
        }
        NodeSnapshot incoming = withParent(change.node());
        if (current.isEmpty() || !incoming.parentUuid().equals(current.get().parentUuid())
                || !incoming.name().equals(current.get().name())) {
            scope.checkPlacement(incoming.uuid(), incoming.name(), incoming.type(), incoming.parentUuid());
        }
        Optional<NodeSnapshot> existing = current.map(SnapshotExporter::withoutSyncModel);
        if (change.version() != null) {
            return versioned.applyNode(change, incoming, current, existing, origin);
        }
        if (existing.isPresent()) {
            if (isNewer(existing.get(), incoming)) {
                return result(change, Outcome.SKIPPED, "the target's copy is newer (cm:modified)");
            }
            if (NodeStates.same(existing.get(), incoming)) {
                return result(change, Outcome.SKIPPED, "unchanged");
            }
        }
        write(change, incoming, current, origin);
        return result(change, Outcome.APPLIED, null);
    }

    /** Brings the node to the snapshot: content (when it differs), the node, its version history. */
    @Override
    public void write(Change change, NodeSnapshot incoming, Optional<NodeSnapshot> current, String origin) {
        ContentSource content = contentToWrite(incoming, current.map(NodeSnapshot::content).orElse(null));
        VersionPlan versions = versionPlan(incoming, current.map(NodeSnapshot::versions).orElse(null));
        names.makeRoom(incoming, origin, change.id());
        repository.write(incoming.withoutInline(), content, origin, change.id());
        repository.writeVersions(incoming.uuid(), versions, origin);
    }

    @Override
    public ContentSource incomingContent(NodeSnapshot incoming) {
        return contentToWrite(incoming, null);
    }

    private VersionPlan versionPlan(NodeSnapshot incoming, List<VersionSnapshot> existing) {
        List<VersionSnapshot> here = existing == null ? List.of() : existing;
        VersionPlan plan = VersionPlanner.plan(repository.instanceId(), here, incoming.versions(),
                version -> versionContents.of(incoming, here, version));
        if (!plan.skipped().isEmpty()) {
            LOG.info("VERSIONS-DIVERGED {} '{}': {}", incoming.uuid(), incoming.name(), plan.skipped());
        }
        return plan;
    }

    /** Resolves the node's parent here: by UUID, else by path (the top of a synced tree); checks its authorities. */
    private NodeSnapshot withParent(NodeSnapshot node) {
        checkAuthorities(node);
        return node.withParentUuid(resolveParent(node));
    }

    /** The parent here: the same UUID, else the same user's home folder (My Files), else the same path. */
    private String resolveParent(NodeSnapshot node) {
        if (node.parentUuid() != null && repository.read(node.parentUuid()).isPresent()) {
            return node.parentUuid();
        }
        if (node.parentHomeOwner() != null) {
            return people.homeFolder(node.parentHomeOwner());
        }
        return repository.findByPath(String.valueOf(node.parentPath())).orElseThrow(() -> new DependencyMissingException(
                "parent of '" + node.name() + "' does not exist here: no node " + node.parentUuid()
                        + " and nothing at " + node.parentPath()));
    }

    /** Every authority a permission names must exist here, or the node would look right and lock people out. */
    private void checkAuthorities(NodeSnapshot node) {
        if (node.permissions() == null) {
            return;
        }
        for (Permissions.AccessEntry entry : node.permissions().entries()) {
            if (!directory.authorityExists(entry.authority())) {
                throw new DependencyMissingException("permission of '" + node.name() + "' names " + entry.authority()
                        + ", which does not exist here (yet)");
            }
        }
    }

    private ContentSource contentToWrite(NodeSnapshot incoming, ContentDescriptor current) {
        ContentDescriptor wanted = incoming.content();
        if (wanted == null || (current != null && wanted.sha256() != null && wanted.sha256().equals(current.sha256()))) {
            return null;
        }
        if (wanted.inline() != null) {
            return InlineContent.verified(wanted);
        }
        return staging.find(wanted.sha256()).orElseThrow(() -> new SyncException(409,
                "content " + wanted.sha256() + " of '" + incoming.name() + "' was not staged"));
    }

    private static boolean isNewer(NodeSnapshot existing, NodeSnapshot incoming) {
        Instant mine = ConflictRule.modified(existing);
        Instant theirs = ConflictRule.modified(incoming);
        return mine != null && theirs != null && mine.isAfter(theirs);
    }

    static ItemResult result(Change change, Outcome outcome, String message) {
        return new ItemResult(change.id(), change.uuid(), outcome, message);
    }
}
