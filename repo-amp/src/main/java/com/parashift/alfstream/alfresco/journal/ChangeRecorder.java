package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.support.TransactionResources;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.VersionVector;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;

import java.util.function.Supplier;

/**
 * Collects the changes of the current transaction and writes them to the journal just before it commits, still
 * inside it: a change and its entry commit or roll back together. The origin is the one being applied
 * ({@link OriginContext}) or else this instance. A change made here (no apply running) bumps this instance's
 * counter of the node's version vector ({@code alfs:version}) once, in the same transaction; a delete's entry
 * carries the version the node had, which is its tombstone.
 */
public class ChangeRecorder {

    private static final String KEY = ChangeRecorder.class.getName() + ".pending";

    private final AuditJournal journal;
    private final TransactionResources transaction;
    private final Supplier<String> instanceId;
    private final SyncMarker marker;
    private final NodeService nodeService;

    public ChangeRecorder(AuditJournal journal, TransactionResources transaction, Supplier<String> instanceId,
            SyncMarker marker, NodeService nodeService) {
        this.journal = journal;
        this.transaction = transaction;
        this.instanceId = instanceId;
        this.marker = marker;
        this.nodeService = nodeService;
    }

    public void record(NodeRef node, ChangeKind kind) {
        if (!StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef())) {
            return;
        }
        boolean local = OriginContext.current().isEmpty();
        VersionVector deleted = null;
        if (kind == ChangeKind.DELETE) {
            VersionVector version = marker.version(node);
            deleted = local ? version.bumped(instanceId.get()) : version;
        }
        pending().add(node.getId(), kind, OriginContext.current().orElseGet(instanceId), local, deleted);
    }

    /**
     * A node coming (back) under sync here continues from its last tombstone in this journal (it was deleted or
     * moved out before), so the other side, which holds that tombstone, sees its next version as newer.
     */
    public void continueFromTombstone(NodeRef node) {
        if (marker.version(node).isEmpty()) {
            journal.tombstone(node.getId()).ifPresent(tombstone -> marker.setVersion(node, tombstone));
        }
    }

    /**
     * Records the delete of a node and of every synced node below it, children first, each with its tombstone,
     * before Alfresco removes them: the other side deletes a folder only once what the deleter knew below it is
     * gone, and keeps it when something below was changed there meanwhile (modify beats delete).
     */
    public void recordDelete(NodeRef node) {
        PendingChanges pending = pending();
        if (pending.isDeleted(node.getId())) {
            return;
        }
        for (ChildAssociationRef child : nodeService.getChildAssocs(node)) {
            if (child.isPrimary() && marker.isActive(child.getChildRef())) {
                recordDelete(child.getChildRef());
            }
        }
        record(node, ChangeKind.DELETE);
    }

    /** Drops what this transaction recorded for the node so far (a working copy that was never a synced node). */
    public void forget(NodeRef node) {
        PendingChanges pending = transaction.get(KEY);
        if (pending != null) {
            pending.remove(node.getId());
        }
    }

    /**
     * Records a change of a user group ({@link ChangeKind#GROUP} or {@link ChangeKind#GROUP_DELETE}), named by its
     * authority name. A deletion outweighs the member changes Alfresco makes while deleting the group.
     */
    public void recordGroup(String name, ChangeKind kind) {
        pending().add(name, kind, OriginContext.current().orElseGet(instanceId));
    }

    /** Records that a group was created: this outweighs a deletion of the same name earlier in the transaction. */
    public void recordGroupCreated(String name) {
        pending().replace(name, ChangeKind.GROUP, OriginContext.current().orElseGet(instanceId));
    }

    private PendingChanges pending() {
        PendingChanges pending = transaction.get(KEY);
        if (pending == null) {
            PendingChanges created = new PendingChanges();
            transaction.bind(KEY, created);
            transaction.beforeCommit(() -> flush(created));
            pending = created;
        }
        return pending;
    }

    /** Writes the entries; a change recorded after this (by a later commit listener) starts a new batch. */
    void flush(PendingChanges pending) {
        transaction.unbind(KEY);
        for (PendingChanges.Pending change : pending.all()) {
            if (change.local() && !change.kind().isGroup() && change.kind() != ChangeKind.DELETE
                    && !change.kind().isInstruction()) {
                NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, change.uuid());
                if (marker.isSynced(node)) {
                    marker.setVersion(node, marker.version(node).bumped(instanceId.get()));
                }
            }
            journal.record(change.kind(), change.uuid(), change.origin(), change.deleted());
        }
    }
}
