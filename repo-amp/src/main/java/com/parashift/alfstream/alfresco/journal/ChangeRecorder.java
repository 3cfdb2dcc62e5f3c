package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.support.TransactionResources;
import com.parashift.alfstream.protocol.ChangeKind;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;

import java.util.function.Supplier;

/**
 * Collects the changes of the current transaction and writes them to the journal just before it commits, still
 * inside it: a change and its entry commit or roll back together. The origin is the one being applied
 * ({@link OriginContext}) or else this instance.
 */
public class ChangeRecorder {

    private static final String KEY = ChangeRecorder.class.getName() + ".pending";

    private final AuditJournal journal;
    private final TransactionResources transaction;
    private final Supplier<String> instanceId;

    public ChangeRecorder(AuditJournal journal, TransactionResources transaction, Supplier<String> instanceId) {
        this.journal = journal;
        this.transaction = transaction;
        this.instanceId = instanceId;
    }

    public void record(NodeRef node, ChangeKind kind) {
        if (!StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef())) {
            return;
        }
        String origin = OriginContext.current().orElseGet(instanceId);
        PendingChanges pending = transaction.get(KEY);
        if (pending == null) {
            PendingChanges created = new PendingChanges();
            transaction.bind(KEY, created);
            transaction.beforeCommit(() -> flush(created));
            pending = created;
        }
        pending.add(node.getId(), kind, origin);
    }

    /** Writes the entries; a change recorded after this (by a later commit listener) starts a new batch. */
    void flush(PendingChanges pending) {
        transaction.unbind(KEY);
        for (PendingChanges.Pending change : pending.all()) {
            journal.record(change.kind(), change.uuid(), change.origin());
        }
    }
}
