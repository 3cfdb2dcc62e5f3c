package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.alfresco.site.SiteGroups;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * What Begin, Stop and Retry Syncing do to one node, inside the caller's transaction. A Share site brings its
 * user groups: they are journaled before the site node, because the site's permissions name them.
 */
public class SyncOperations {

    private final SyncMarker marker;
    private final ChangeRecorder recorder;
    private final SiteGroups siteGroups;

    public SyncOperations(SyncMarker marker, ChangeRecorder recorder, SiteGroups siteGroups) {
        this.marker = marker;
        this.recorder = recorder;
        this.siteGroups = siteGroups;
    }

    /** @return whether the tree is to be reconciled once the job is done ({@link #begin}) */
    public boolean apply(JobKind kind, NodeRef node) {
        switch (kind) {
            case BEGIN -> {
                return begin(node);
            }
            case STOP -> stop(node);
            case RETRY -> retry(node);
            default -> throw new IllegalArgumentException("unknown job kind " + kind);
        }
        return false;
    }

    /**
     * Under sync, Active, recorded for the initial sync.
     *
     * @return whether the node was under sync before (Begin Syncing after Stop from Syncing): then what was deleted
     *         or moved out below it meanwhile is for {@link #reconcile} to bring into line
     */
    public boolean begin(NodeRef node) {
        boolean again = marker.isSynced(node);
        recordSiteGroups(node);
        marker.mark(node, SyncState.Active, null);
        recorder.record(node, ChangeKind.CREATE);
        return again;
    }

    /**
     * Journals {@link ChangeKind#RECONCILE} for a tree begun again, after its whole walk: the engine then compares
     * the tree on both sides and deletes there what was deleted or moved out here while sync was stopped.
     */
    public void reconcile(NodeRef root) {
        if (marker.isSynced(root)) {
            recorder.record(root, ChangeKind.RECONCILE);
        }
    }

    /** Inactive; a node that was never under sync is left alone. */
    public void stop(NodeRef node) {
        if (marker.isSynced(node)) {
            marker.mark(node, SyncState.Inactive, null);
        }
    }

    /**
     * A node in Error: error cleared, Active again and recorded for a resync. Every other node (Active, Inactive,
     * never synced) is left as it is, its bookkeeping untouched, so retrying a folder retries only what failed.
     */
    public void retry(NodeRef node) {
        if (marker.isError(node)) {
            recordSiteGroups(node);
            marker.mark(node, SyncState.Active, null);
            recorder.record(node, ChangeKind.CREATE);
        }
    }

    private void recordSiteGroups(NodeRef node) {
        siteGroups.of(node).forEach(group -> recorder.recordGroup(group, ChangeKind.GROUP));
    }
}
