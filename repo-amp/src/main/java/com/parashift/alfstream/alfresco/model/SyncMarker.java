package com.parashift.alfstream.alfresco.model;

import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the sync bookkeeping ({@code alfs:sync} and its properties) on a node without touching what the user
 * sees: {@code cm:modified} and versions stay as they were, so the bookkeeping is never mistaken for an edit.
 */
public class SyncMarker {

    private final NodeService nodeService;
    private final BehaviourFilter behaviourFilter;

    public SyncMarker(NodeService nodeService, BehaviourFilter behaviourFilter) {
        this.nodeService = nodeService;
        this.behaviourFilter = behaviourFilter;
    }

    /**
     * Sets the state; the error message is kept for {@code Error} and cleared otherwise. Leaving {@code Error}
     * clears the failure mail's mark, so a later failure is mailed again; a node set to Error again keeps it, so
     * one failure is mailed once. {@code alfs:errorSince} is when the node went to Error (kept while it stays).
     */
    public void mark(NodeRef node, SyncState state, String message) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(SyncContentModel.PROP_SYNC_STATE, state.name());
        properties.put(SyncContentModel.PROP_ERROR_MESSAGE, state == SyncState.Error ? message : null);
        if (state != SyncState.Error) {
            properties.put(SyncContentModel.PROP_ERROR_REPORTED, Boolean.FALSE);
            properties.put(SyncContentModel.PROP_ERROR_SINCE, null);
        } else if (!isError(node)) {
            properties.put(SyncContentModel.PROP_ERROR_SINCE, new Date());
        }
        write(node, properties);
    }

    /** Takes the node out of sync altogether: the aspect and its properties go, with no edit recorded. */
    public void unmark(NodeRef node) {
        withoutEditBehaviours(node, () -> nodeService.removeAspect(node, SyncContentModel.ASPECT_SYNC));
    }

    /** Takes the node and every synced node below it out of sync (moved out of the synced tree). */
    public void unmarkTree(NodeRef node) {
        for (var child : nodeService.getChildAssocs(node)) {
            if (child.isPrimary() && isSynced(child.getChildRef())) {
                unmarkTree(child.getChildRef());
            }
        }
        if (isSynced(node)) {
            unmark(node);
        }
    }

    /** Marks the node's current error as mailed. */
    public void markReported(NodeRef node) {
        write(node, Map.of(SyncContentModel.PROP_ERROR_REPORTED, Boolean.TRUE));
    }

    /** Records a change applied from another instance: Active, with its origin and when. */
    public void markApplied(NodeRef node, String origin, long originEntryId) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(SyncContentModel.PROP_SYNC_STATE, SyncState.Active.name());
        properties.put(SyncContentModel.PROP_ERROR_MESSAGE, null);
        properties.put(SyncContentModel.PROP_ERROR_REPORTED, Boolean.FALSE);
        properties.put(SyncContentModel.PROP_ERROR_SINCE, null);
        properties.put(SyncContentModel.PROP_ORIGIN, origin);
        properties.put(SyncContentModel.PROP_ORIGIN_ENTRY_ID, originEntryId);
        properties.put(SyncContentModel.PROP_LAST_SYNCED, new Date());
        write(node, properties);
    }

    /** Whether the node is under sync and Active: only such nodes journal their changes. */
    public boolean isActive(NodeRef node) {
        return nodeService.exists(node) && nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)
                && SyncState.Active.name().equals(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE));
    }

    /** Whether the node is under sync and in Error. */
    public boolean isError(NodeRef node) {
        return isSynced(node)
                && SyncState.Error.name().equals(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE));
    }

    public boolean isSynced(NodeRef node) {
        return nodeService.exists(node) && nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC);
    }

    /** The node's version vector ({@code alfs:version}); empty when it has none or does not exist. */
    public VersionVector version(NodeRef node) {
        if (!nodeService.exists(node)) {
            return VersionVector.EMPTY;
        }
        Serializable value = nodeService.getProperty(node, SyncContentModel.PROP_VERSION);
        return VersionVector.parse(value == null ? null : value.toString());
    }

    /** Sets the node's version vector, as bookkeeping (no new cm:modified, no new version). */
    public void setVersion(NodeRef node, VersionVector version) {
        write(node, Map.of(SyncContentModel.PROP_VERSION, version.format()));
    }

    /** Writes bookkeeping properties with the auditable and versionable behaviours off for this node. */
    public void write(NodeRef node, Map<QName, Serializable> properties) {
        withoutEditBehaviours(node, () -> {
            if (nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)) {
                nodeService.addProperties(node, properties);
            } else {
                nodeService.addAspect(node, SyncContentModel.ASPECT_SYNC, properties);
            }
        });
    }

    private void withoutEditBehaviours(NodeRef node, Runnable work) {
        behaviourFilter.disableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        behaviourFilter.disableBehaviour(node, ContentModel.ASPECT_VERSIONABLE);
        try {
            work.run();
        } finally {
            behaviourFilter.enableBehaviour(node, ContentModel.ASPECT_VERSIONABLE);
            behaviourFilter.enableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        }
    }
}
