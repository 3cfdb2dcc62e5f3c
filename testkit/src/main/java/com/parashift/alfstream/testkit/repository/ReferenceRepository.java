package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.journal.JournalEntry;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.NotificationPort;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.repo.version.VersionPlan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The reference repository: the repository port in memory, content on disk. Transactions are real (all or
 * nothing, journal entries visible at commit); what an Alfresco user does in Share is in {@link #edit()}.
 */
public class ReferenceRepository implements RepositoryPort {

    public static final String ROOT_NAME = "Company Home";

    private final String instanceId;
    private final ContentStore contentStore;
    private final ReentrantLock lock = new ReentrantLock();
    private final NodeTree tree;
    private final Journal journal = new Journal();
    private final Map<String, Integer> applied = new ConcurrentHashMap<>();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private final ReferenceDirectory directory = new ReferenceDirectory(this);
    private final ThreadLocal<List<JournalEntry>> held = new ThreadLocal<>();
    private final Map<String, VersionVector> tombstones = new HashMap<>();
    private final ReferenceVersions versions = new ReferenceVersions(
            (in, like) -> storeContent(in, like.mimetype(), like.encoding()));

    /** The work of one transaction: what to undo on failure and the journal entries to publish on commit. */
    private static final class Tx {
        final Map<String, Node> before = new HashMap<>();
        final List<JournalEntry> entries = new ArrayList<>();
        final List<Runnable> undo = new ArrayList<>();
        /** Nodes whose version this transaction bumped already: one bump per node and transaction. */
        final java.util.Set<String> bumped = new java.util.HashSet<>();
    }

    public ReferenceRepository(String instanceId, Path dataDirectory) throws IOException {
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.contentStore = new ContentStore(dataDirectory.resolve("content"));
        String root = UUID.nameUUIDFromBytes(("root-" + instanceId).getBytes()).toString();
        this.tree = new NodeTree(new Node(root, null, ROOT_NAME, "cm:folder"));
    }

    /** People, groups and failure mail of this repository. */
    public ReferenceDirectory directory() {
        return directory;
    }

    /** What a user does in Share: create, edit, move, delete, begin and stop syncing. */
    public LocalEdits edit() {
        return new LocalEdits(this);
    }

    public String rootUuid() {
        return tree.root().uuid;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    // ---- transactions -------------------------------------------------------------------------------------

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (current.get() != null) {
                return work.get();
            }
            Tx tx = new Tx();
            current.set(tx);
            try {
                T result = work.get();
                List<JournalEntry> hold = held.get();
                if (hold != null) {
                    hold.addAll(tx.entries);
                } else {
                    journal.publish(tx.entries);
                }
                return result;
            } catch (RuntimeException | Error e) {
                for (int i = tx.undo.size() - 1; i >= 0; i--) {
                    tx.undo.get(i).run();
                }
                tx.before.forEach((uuid, node) -> {
                    if (node == null) {
                        tree.remove(uuid);
                    } else {
                        tree.put(node);
                    }
                });
                throw e;
            } finally {
                current.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Until the returned handle is released, journal entries committed by this thread keep their ids but stay
     * invisible, as the entries of a slow Alfresco transaction do.
     */
    public Runnable holdJournal() {
        List<JournalEntry> hold = new ArrayList<>();
        held.set(hold);
        return () -> {
            held.remove();
            lock.lock();
            try {
                journal.publish(hold);
            } finally {
                lock.unlock();
            }
        };
    }

    /** Records the node's state before the running transaction first changes it. */
    Node mutable(String uuid) {
        Tx tx = requireTx();
        Node node = tree.get(uuid);
        tx.before.putIfAbsent(uuid, node.copy());
        return node;
    }

    Node create(String uuid, String parent, String name, String type) {
        Tx tx = requireTx();
        checkFreeName(parent, name, uuid);
        Node node = new Node(uuid, parent, name, type);
        tx.before.putIfAbsent(uuid, null);
        tree.put(node);
        return node;
    }

    void remove(String uuid) {
        Tx tx = requireTx();
        for (String child : tree.children(uuid)) {
            remove(child);
        }
        tx.before.putIfAbsent(uuid, tree.get(uuid).copy());
        tree.remove(uuid);
    }

    /** Changes a group inside the running transaction: {@code change} now, {@code undo} if it rolls back. */
    void putGroup(String name, Runnable change, Runnable undo) {
        Tx tx = requireTx();
        change.run();
        tx.undo.add(undo);
    }

    /** Adds a journal entry for a group: every group change is journaled. */
    void recordGroup(ChangeKind kind, String name, String origin) {
        requireTx().entries.add(journal.allocate(kind, name, origin));
    }

    void countApplied(String origin, long originEntryId) {
        applied.merge(origin + ":" + originEntryId, 1, Integer::sum);
    }

    /** Nodes in Error whose failure was not reported yet. */
    List<NotificationPort.FailedNode> failedNodes(int max, String reportedProperty) {
        return inTransaction(() -> tree.all().stream()
                .filter(n -> ReferenceDirectory.isError(n) && !n.properties.containsKey(reportedProperty))
                .sorted(java.util.Comparator.comparing(n -> tree.displayPath(n.uuid)))
                .limit(max)
                .map(n -> new NotificationPort.FailedNode(n.uuid, tree.displayPath(n.uuid), tree.siteOf(n.uuid),
                        n.properties.get(SyncModel.PROP_ERROR_MESSAGE) == null ? "unknown"
                                : n.properties.get(SyncModel.PROP_ERROR_MESSAGE).value()))
                .toList());
    }

    /** Adds a journal entry for the node if it is under sync and Active; a delete leaves a tombstone. */
    void record(Node node, ChangeKind kind, String origin) {
        if (kind == ChangeKind.DELETE && node.aspects.contains(SyncModel.ASPECT_SYNC)) {
            keepTombstone(node.uuid, versionOf(node));
        }
        if (node.isSyncActive()) {
            requireTx().entries.add(journal.allocate(kind, node.uuid, origin,
                    kind == ChangeKind.DELETE ? versionOf(node) : null));
        }
    }

    /**
     * A change a user made here: journaled as {@link #record} does, with this repository's counter of the node's
     * version bumped first (once per transaction), as the AMP does in the journaling transaction.
     */
    void recordLocal(Node node, ChangeKind kind) {
        if (node.isSyncActive() && requireTx().bumped.add(node.uuid)) {
            node.properties.put(SyncModel.PROP_VERSION,
                    PropertyValue.of("d:text", versionOf(node).bumped(instanceId).format()));
        }
        record(node, kind, instanceId);
    }

    /**
     * Puts the node under sync, Active. A node that was synced here before and deleted or moved out continues
     * from its tombstone, so that the other side, which holds that tombstone, sees its next version as newer.
     */
    void markSynced(Node node) {
        node.aspects.add(SyncModel.ASPECT_SYNC);
        node.properties.put(SyncModel.PROP_SYNC_STATE, PropertyValue.of("d:text", SyncState.Active.name()));
        VersionVector tombstone = tombstones.get(node.uuid);
        if (tombstone != null && versionOf(node).isEmpty()) {
            node.properties.put(SyncModel.PROP_VERSION, PropertyValue.of("d:text", tombstone.format()));
        }
    }

    /**
     * The node and everything below it leave sync (moved out of the synced tree): each synced node is journaled as
     * deleted, children first, with its tombstone, and loses the sync aspect and its properties.
     */
    void leaveSync(String uuid) {
        for (String child : tree.children(uuid)) {
            leaveSync(child);
        }
        Node node = mutable(uuid);
        if (node.aspects.contains(SyncModel.ASPECT_SYNC)) {
            recordLocal(node, ChangeKind.DELETE);
            node.aspects.remove(SyncModel.ASPECT_SYNC);
            node.properties.keySet().removeIf(SyncModel::isSyncModel);
        }
    }

    /** Deletes the node and its subtree, journaling each synced node's delete, children first. */
    void removeJournaled(String uuid, String origin) {
        Node node = tree.get(uuid);
        for (String child : tree.children(uuid)) {
            removeJournaled(child, origin);
        }
        if (origin == null) {
            recordLocal(mutable(uuid), ChangeKind.DELETE);
        } else {
            record(node, ChangeKind.DELETE, origin);
        }
        remove(uuid);
    }

    /** Sets ({@code null}: drops) the node's tombstone inside the running transaction. */
    private void keepTombstone(String uuid, VersionVector version) {
        VersionVector before = version == null ? tombstones.remove(uuid) : tombstones.put(uuid, version);
        requireTx().undo.add(() -> {
            if (before == null) {
                tombstones.remove(uuid);
            } else {
                tombstones.put(uuid, before);
            }
        });
    }

    private static VersionVector versionOf(Node node) {
        PropertyValue value = node.properties.get(SyncModel.PROP_VERSION);
        return VersionVector.parse(value == null ? null : value.value());
    }

    void checkFreeName(String parent, String name, String uuid) {
        for (String sibling : tree.children(parent)) {
            Node other = tree.get(sibling);
            if (other.name.equals(name) && !other.uuid.equals(uuid)) {
                throw new SyncException(409, "a different node named '" + name + "' already exists in "
                        + tree.displayPath(parent) + " (" + other.uuid + ")");
            }
        }
    }

    private Tx requireTx() {
        Tx tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("not in a transaction");
        }
        return tx;
    }

    /** The nodes, for the directory and the local edits; only under this repository's lock. */
    NodeTree tree() {
        return tree;
    }

    ContentDescriptor storeContent(InputStream in, String mimetype, String encoding) {
        try {
            return contentStore.put(in, mimetype, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException("writing content failed", e);
        }
    }

    /**
     * The tree below a node as a user compares two sides: each path below it mapped to the node's UUID, type and
     * content SHA-256. Two sides hold the same tree when these maps are equal.
     */
    public SortedMap<String, String> describeTree(String uuid) {
        lock.lock();
        try {
            SortedMap<String, String> described = new TreeMap<>();
            tree.describe(uuid, "", described);
            return described;
        } finally {
            lock.unlock();
        }
    }

    // ---- the port -----------------------------------------------------------------------------------------

    @Override
    public List<JournalEntry> journal(long after, List<IdRange> holes, int limit) {
        lock.lock();
        try {
            return journal.read(after, holes, limit);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long journalHigh() {
        lock.lock();
        try {
            return journal.high();
        } finally {
            lock.unlock();
        }
    }

    /** Every visible journal entry, for tests. */
    public List<JournalEntry> journalEntries() {
        lock.lock();
        try {
            return journal.all();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<NodeSnapshot> read(String uuid) {
        lock.lock();
        try {
            Node node = tree.find(uuid);
            if (node == null) {
                return Optional.empty();
            }
            String parentPath = node.parent == null ? "/" : tree.displayPath(node.parent);
            return Optional.of(new NodeSnapshot(node.uuid, node.parent, parentPath, node.name, node.type,
                    List.copyOf(node.aspects), new HashMap<>(node.properties), node.content, node.permissions,
                    List.copyOf(node.associations), directory.ownerOfHome(node.uuid),
                    node.parent == null ? null : directory.ownerOfHome(node.parent), List.copyOf(node.versions)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<String> findByPath(String path) {
        lock.lock();
        try {
            return tree.findByPath(path);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public InputStream openContent(String uuid) throws IOException {
        ContentDescriptor content;
        lock.lock();
        try {
            content = tree.get(uuid).content;
        } finally {
            lock.unlock();
        }
        if (content == null) {
            throw SyncException.notFound("node " + uuid + " has no content");
        }
        return contentStore.open(content.sha256());
    }

    @Override
    public void write(NodeSnapshot snapshot, ContentSource content, String origin, long originEntryId) {
        inTransaction(() -> {
            Node node = tree.contains(snapshot.uuid()) ? mutable(snapshot.uuid()) : null;
            checkParent(snapshot);
            ChangeKind kind = kindOf(node, snapshot, content != null);
            if (node == null) {
                node = create(snapshot.uuid(), snapshot.parentUuid(), snapshot.name(), snapshot.type());
            } else {
                checkFreeName(snapshot.parentUuid(), snapshot.name(), snapshot.uuid());
            }
            node.parent = snapshot.parentUuid();
            tree.indexChild(node);
            node.name = snapshot.name();
            node.type = snapshot.type();
            node.aspects.clear();
            node.aspects.addAll(snapshot.aspects());
            node.aspects.add(SyncModel.ASPECT_SYNC);
            PropertyValue version = node.properties.get(SyncModel.PROP_VERSION);
            node.properties.clear();
            node.properties.putAll(snapshot.properties());
            if (version != null) {
                node.properties.put(SyncModel.PROP_VERSION, version);
            }
            node.properties.put(SyncModel.PROP_SYNC_STATE, PropertyValue.of("d:text", SyncState.Active.name()));
            node.properties.put(SyncModel.PROP_ORIGIN, PropertyValue.of("d:text", origin));
            node.permissions = snapshot.permissions() == null ? Permissions.INHERITED : snapshot.permissions();
            node.associations = new ArrayList<>(snapshot.associations() == null ? List.of() : snapshot.associations());
            node.content = contentOf(snapshot.content(), content, node.content);
            record(node, kind, origin);
            countApplied(origin, originEntryId);
            return null;
        });
    }

    /** The parent must exist here, and must not be the node itself or below it: that would cut a loop. */
    private void checkParent(NodeSnapshot snapshot) {
        if (snapshot.parentUuid() == null || !tree.contains(snapshot.parentUuid())) {
            throw new SyncException(409, "parent of '" + snapshot.name() + "' does not exist here: no node "
                    + snapshot.parentUuid());
        }
        for (String at = snapshot.parentUuid(); at != null; at = tree.get(at).parent) {
            if (at.equals(snapshot.uuid())) {
                throw new SyncException(409, "cannot move '" + snapshot.name() + "' into itself or below it ("
                        + tree.displayPath(snapshot.parentUuid()) + ")");
            }
        }
    }

    private ContentDescriptor contentOf(ContentDescriptor wanted, ContentSource source, ContentDescriptor current) {
        if (wanted == null) {
            return null;
        }
        if (source == null) {
            return current == null ? null
                    : new ContentDescriptor(current.size(), wanted.mimetype(), wanted.encoding(), current.sha256(), null);
        }
        ContentDescriptor written;
        try (InputStream in = source.open()) {
            written = storeContent(in, wanted.mimetype(), wanted.encoding());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content to write failed", e);
        }
        if (!written.sha256().equals(wanted.sha256())) {
            throw new SyncException(422, "checksum mismatch: expected SHA-256 " + wanted.sha256() + ", wrote "
                    + written.sha256());
        }
        return written;
    }

    private static ChangeKind kindOf(Node node, NodeSnapshot snapshot, boolean newContent) {
        if (node == null) {
            return ChangeKind.CREATE;
        }
        if (!Objects.equals(node.parent, snapshot.parentUuid()) || !node.name.equals(snapshot.name())) {
            return ChangeKind.MOVE;
        }
        return newContent ? ChangeKind.UPDATE_CONTENT : ChangeKind.UPDATE_PROPERTIES;
    }

    @Override
    public void writeVersions(String uuid, VersionPlan plan, String origin) {
        inTransaction(() -> {
            versions.apply(mutable(uuid), plan, origin);
            return null;
        });
    }

    @Override
    public InputStream openVersionContent(String uuid, String label) throws IOException {
        ContentDescriptor content;
        lock.lock();
        try {
            content = ReferenceVersions.find(tree.get(uuid), label).content();
        } finally {
            lock.unlock();
        }
        if (content == null) {
            throw SyncException.notFound("version " + label + " of " + uuid + " has no content");
        }
        return contentStore.open(content.sha256());
    }

    /** Version histories, for the local edits. */
    ReferenceVersions versions() {
        return versions;
    }

    @Override
    public void delete(String uuid, String origin, long originEntryId) {
        inTransaction(() -> {
            removeJournaled(uuid, origin);
            countApplied(origin, originEntryId);
            return null;
        });
    }

    @Override
    public VersionVector version(String uuid) {
        lock.lock();
        try {
            Node node = tree.find(uuid);
            return node == null ? VersionVector.EMPTY : versionOf(node);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setVersion(String uuid, VersionVector version) {
        inTransaction(() -> {
            mutable(uuid).properties.put(SyncModel.PROP_VERSION, PropertyValue.of("d:text", version.format()));
            // a node created again (modify beat delete) is no longer deleted here
            keepTombstone(uuid, null);
            return null;
        });
    }

    @Override
    public Optional<VersionVector> tombstone(String uuid) {
        lock.lock();
        try {
            return Optional.ofNullable(tombstones.get(uuid));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void journalHere(String uuid) {
        inTransaction(() -> {
            record(tree.get(uuid), ChangeKind.UPDATE_PROPERTIES, instanceId);
            return null;
        });
    }

    @Override
    public boolean hasSyncedChildren(String uuid) {
        lock.lock();
        try {
            return tree.children(uuid).stream().anyMatch(child -> tree.get(child).aspects.contains(SyncModel.ASPECT_SYNC));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Child> syncedChildren(String uuid) {
        lock.lock();
        try {
            return tree.children(uuid).stream().map(tree::get).filter(n -> n.aspects.contains(SyncModel.ASPECT_SYNC))
                    .map(n -> new Child(n.uuid, n.name)).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<SyncState> syncState(String uuid) {
        lock.lock();
        try {
            Node node = tree.find(uuid);
            PropertyValue state = node == null || !node.aspects.contains(SyncModel.ASPECT_SYNC) ? null
                    : node.properties.get(SyncModel.PROP_SYNC_STATE);
            return state == null ? Optional.empty() : SyncState.parse(state.value());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setState(String uuid, SyncState state, String message) {
        inTransaction(() -> {
            Node node = mutable(uuid);
            node.aspects.add(SyncModel.ASPECT_SYNC);
            node.properties.put(SyncModel.PROP_SYNC_STATE, PropertyValue.of("d:text", state.name()));
            if (state == SyncState.Error && message != null) {
                node.properties.put(SyncModel.PROP_ERROR_MESSAGE, PropertyValue.of("d:text", message));
            } else {
                node.properties.remove(SyncModel.PROP_ERROR_MESSAGE);
                node.properties.remove(SyncModel.PROP_ERROR_REPORTED);
            }
            return null;
        });
    }

    @Override
    public ReferenceDictionary dictionary() {
        return ReferenceDictionary.models();
    }

    @Override
    public List<Lineage> lineage(String uuid) {
        lock.lock();
        try {
            List<Lineage> lineage = new ArrayList<>();
            for (Node at = tree.find(uuid); at != null; at = at.parent == null ? null : tree.find(at.parent)) {
                lineage.add(new Lineage(at.uuid, at.name, at.type, at.aspects.contains(SyncModel.ASPECT_SYNC)));
            }
            return lineage;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long count(SyncState state) {
        lock.lock();
        try {
            return tree.all().stream()
                    .filter(n -> n.aspects.contains(SyncModel.ASPECT_SYNC))
                    .map(n -> n.properties.get(SyncModel.PROP_SYNC_STATE))
                    .filter(v -> v != null && state.name().equals(v.value()))
                    .count();
        } finally {
            lock.unlock();
        }
    }

    /** How often each change (origin:entry id) was written here by apply; a sync that applies twice shows a 2. */
    public Map<String, Integer> appliedCounts() {
        return Map.copyOf(applied);
    }
}
