package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.journal.MoveRule;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * What a user does in the reference repository, as in Share: each call is one transaction, stamps
 * {@code cm:modified}, and is journaled when the node is under sync, bumping this repository's counter in the
 * node's version vector once per transaction. A node created under a synced folder is
 * synced too, as the repository AMP's behaviour does.
 */
public final class LocalEdits {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Who makes the local edits. */
    static final String USER = "admin";

    private final ReferenceRepository repo;

    LocalEdits(ReferenceRepository repo) {
        this.repo = repo;
    }

    public String createFolder(String parent, String name) {
        return createNode(parent, name, "cm:folder", null, null);
    }

    public String createFile(String parent, String name, byte[] content) {
        return createFile(parent, name, new ByteArrayInputStream(content), "application/octet-stream");
    }

    public String createFile(String parent, String name, InputStream content, String mimetype) {
        return createNode(parent, name, "cm:content", content, mimetype);
    }

    /** Creates a node of any type (a site, a wiki page, a discussion post…). */
    public String createNode(String parent, String name, String type, InputStream content, String mimetype) {
        String uuid = UUID.randomUUID().toString();
        return repo.inTransaction(() -> {
            Node parentNode = repo.tree().get(parent);
            Node node = repo.create(uuid, parent, name, type);
            node.aspects.add("cm:auditable");
            node.properties.put(SyncModel.PROP_NAME, PropertyValue.of("d:text", name));
            node.properties.put("cm:created", PropertyValue.of("d:datetime", now()));
            node.properties.put(SyncModel.PROP_MODIFIED, PropertyValue.of("d:datetime", now()));
            if (content != null) {
                node.content = repo.storeContent(content, mimetype, "UTF-8");
            }
            if (parentNode.isSyncActive()) {
                repo.markSynced(node);
            }
            repo.recordLocal(node, ChangeKind.CREATE);
            return uuid;
        });
    }

    public void updateContent(String uuid, InputStream content) {
        change(uuid, ChangeKind.UPDATE_CONTENT, node -> node.content = repo.storeContent(content,
                node.content == null ? "application/octet-stream" : node.content.mimetype(), "UTF-8"));
    }

    public void updateContent(String uuid, byte[] content) {
        updateContent(uuid, new ByteArrayInputStream(content));
    }

    public void setProperty(String uuid, String name, PropertyValue value) {
        change(uuid, ChangeKind.UPDATE_PROPERTIES, node -> node.properties.put(name, value));
    }

    public void addAspect(String uuid, String aspect) {
        change(uuid, ChangeKind.ASPECTS, node -> node.aspects.add(aspect));
    }

    public void setPermissions(String uuid, Permissions permissions) {
        change(uuid, ChangeKind.PERMISSIONS, node -> node.permissions = permissions);
    }

    public void addAssociation(String uuid, String type, String target) {
        change(uuid, ChangeKind.UPDATE_PROPERTIES, node -> node.associations.add(new Association(type, target)));
    }

    /**
     * Makes a version of the node as it is now (Alfresco: VersionService.createVersion, or the auto-version of a
     * content update); the node becomes versionable.
     */
    public void createVersion(String uuid, boolean major, String comment) {
        change(uuid, ChangeKind.UPDATE_PROPERTIES, node -> repo.versions().create(node, major, comment, USER, now(),
                repo.instanceId()));
    }

    /** Updates the content and makes a version of it, as an upload of a new version in Share does. */
    public void updateContentVersioned(String uuid, byte[] content, boolean major, String comment) {
        updateContent(uuid, content);
        createVersion(uuid, major, comment);
    }

    /** Deletes one version (Alfresco: VersionService.deleteVersion). */
    public void deleteVersion(String uuid, String label) {
        change(uuid, ChangeKind.UPDATE_PROPERTIES, node -> repo.versions().delete(node, label));
    }

    /** Reverts to a version and makes a new version of the result, as Alfresco's REST revert does. */
    public void revert(String uuid, String label, boolean major, String comment) {
        change(uuid, ChangeKind.UPDATE_CONTENT, node -> repo.versions().revert(node, label));
        createVersion(uuid, major, comment);
    }

    public void rename(String uuid, String name) {
        change(uuid, ChangeKind.MOVE, node -> {
            repo.checkFreeName(node.parent, name, uuid);
            node.name = name;
            node.properties.put(SyncModel.PROP_NAME, PropertyValue.of("d:text", name));
        });
    }

    /**
     * Moves a node, journaled as {@link MoveRule} says (what the AMP's move behaviour does): within the synced tree a
     * move; out of it a delete of the node and everything below it, which leave sync; a node that was never synced
     * moving into an Active folder comes under sync with its whole subtree, each journaled as created.
     */
    public void move(String uuid, String newParent) {
        repo.inTransaction(() -> {
            Node node = repo.tree().get(uuid);
            Node target = repo.tree().get(newParent);
            MoveRule.Outcome outcome = MoveRule.of(node.aspects.contains(SyncModel.ASPECT_SYNC), node.isSyncActive(),
                    repo.tree().get(node.parent).aspects.contains(SyncModel.ASPECT_SYNC),
                    target.aspects.contains(SyncModel.ASPECT_SYNC), target.isSyncActive());
            change(uuid, outcome == MoveRule.Outcome.MOVED ? ChangeKind.MOVE : null, moved -> {
                repo.checkFreeName(newParent, moved.name, uuid);
                moved.parent = newParent;
                repo.tree().indexChild(moved);
            });
            if (outcome == MoveRule.Outcome.MOVED_OUT) {
                repo.leaveSync(uuid);
            } else if (outcome == MoveRule.Outcome.MOVED_IN) {
                beginSync(uuid);
            }
            return null;
        });
    }

    /** Deletes the node and everything below it; each synced node leaves a tombstone, children first. */
    public void delete(String uuid) {
        repo.inTransaction(() -> {
            repo.removeJournaled(uuid, null);
            return null;
        });
    }

    /**
     * Begin Syncing: the folder and everything below it become synced, each journaled for the initial sync. On a
     * folder synced before (begun again after Stop from Syncing), a {@code RECONCILE} entry follows, in a
     * transaction of its own, as the AMP journals it after its walk.
     */
    public void beginSync(String folder) {
        boolean again = repo.inTransaction(() -> {
            boolean syncedBefore = repo.tree().get(folder).aspects.contains(SyncModel.ASPECT_SYNC);
            // a site's groups first: the site's permissions name them
            if (repo.tree().get(folder).type.equals("st:site")) {
                repo.directory().groupsOfSite(repo.tree().get(folder).name)
                        .forEach(group -> repo.recordGroup(ChangeKind.GROUP, group, repo.instanceId()));
            }
            Deque<String> todo = new ArrayDeque<>();
            todo.add(folder);
            while (!todo.isEmpty()) {
                String uuid = todo.poll();
                Node node = repo.mutable(uuid);
                repo.markSynced(node);
                repo.recordLocal(node, ChangeKind.CREATE);
                todo.addAll(repo.tree().children(uuid));
            }
            return syncedBefore;
        });
        if (again) {
            repo.inTransaction(() -> {
                repo.record(repo.tree().get(folder), ChangeKind.RECONCILE, repo.instanceId());
                return null;
            });
        }
    }

    /**
     * Copies a node (not its children) as Alfresco's copy does: the copy gets a new UUID and never takes the sync
     * bookkeeping along; it syncs only when it lands in a synced folder.
     */
    public String copy(String uuid, String newParent) {
        String copyUuid = UUID.randomUUID().toString();
        return repo.inTransaction(() -> {
            Node source = repo.tree().get(uuid);
            repo.checkFreeName(newParent, source.name, null);
            Node copy = repo.create(copyUuid, newParent, source.name, source.type);
            source.aspects.stream().filter(a -> !SyncModel.isSyncModel(a)).forEach(copy.aspects::add);
            source.properties.forEach((name, value) -> {
                if (!SyncModel.isSyncModel(name)) {
                    copy.properties.put(name, value);
                }
            });
            copy.content = source.content;
            copy.properties.put(SyncModel.PROP_MODIFIED, PropertyValue.of("d:datetime", now()));
            if (repo.tree().get(newParent).isSyncActive()) {
                repo.markSynced(copy);
            }
            repo.recordLocal(copy, ChangeKind.CREATE);
            return copyUuid;
        });
    }

    /** Retry Syncing: every synced node below the folder Active again and journaled for a resync, as in the AMP. */
    public void retrySync(String folder) {
        repo.inTransaction(() -> {
            Deque<String> todo = new ArrayDeque<>();
            todo.add(folder);
            while (!todo.isEmpty()) {
                String uuid = todo.poll();
                Node node = repo.mutable(uuid);
                if (node.aspects.contains(SyncModel.ASPECT_SYNC)) {
                    repo.markSynced(node);
                    node.properties.remove(SyncModel.PROP_ERROR_MESSAGE);
                    repo.recordLocal(node, ChangeKind.CREATE);
                }
                todo.addAll(repo.tree().children(uuid));
            }
            return null;
        });
    }

    /** Stop from Syncing: the folder and everything below it become Inactive; their changes no longer flow. */
    public void stopSync(String folder) {
        repo.inTransaction(() -> {
            Deque<String> todo = new ArrayDeque<>();
            todo.add(folder);
            while (!todo.isEmpty()) {
                String uuid = todo.poll();
                repo.mutable(uuid).properties.put(SyncModel.PROP_SYNC_STATE,
                        PropertyValue.of("d:text", SyncState.Inactive.name()));
                todo.addAll(repo.tree().children(uuid));
            }
            return null;
        });
    }

    /** One edit in a transaction of its own, journaled as {@code kind} ({@code null}: not journaled). */
    private void change(String uuid, ChangeKind kind, java.util.function.Consumer<Node> edit) {
        repo.inTransaction(() -> {
            Node node = repo.mutable(uuid);
            edit.accept(node);
            node.properties.put(SyncModel.PROP_MODIFIED, PropertyValue.of("d:datetime", now()));
            if (kind != null) {
                repo.recordLocal(node, kind);
            }
            return null;
        });
    }


    private static String now() {
        return ISO.format(Instant.now());
    }
}
