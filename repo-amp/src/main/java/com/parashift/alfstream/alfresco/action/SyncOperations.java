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

    public void apply(JobKind kind, NodeRef node) {
        switch (kind) {
            case BEGIN -> begin(node);
            case STOP -> stop(node);
            case RETRY -> retry(node);
            default -> throw new IllegalArgumentException("unknown job kind " + kind);
        }
    }

    /** Under sync, Active, recorded for the initial sync. */
    public void begin(NodeRef node) {
        recordSiteGroups(node);
        marker.mark(node, SyncState.Active, null);
        recorder.record(node, ChangeKind.CREATE);
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
