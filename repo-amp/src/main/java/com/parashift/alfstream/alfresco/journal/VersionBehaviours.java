package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ChangeKind;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.repo.version.VersionRevertCallback;
import org.alfresco.repo.version.VersionRevertDetails;
import org.alfresco.repo.version.VersionServicePolicies;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;

/**
 * Journals the deletion of a version as a change of its node: deleting a version (other than the head) touches
 * only the version store, so without this the node's history would travel only with its next change. A new
 * version changes the node's {@code cm:versionLabel}, which {@link SyncBehaviours} journals already. And a revert
 * leaves the sync aspect alone: a version freezes the node's {@code alfs:} bookkeeping with it, and restoring it
 * would take the node's version vector back to the old version's, so that the revert looked older than what the
 * other side holds and was never applied there (seen on real Alfresco).
 */
public class VersionBehaviours implements NodeServicePolicies.BeforeDeleteNodePolicy,
        VersionServicePolicies.OnRevertVersionPolicy {

    /** Keeps the sync aspect, its properties and associations as they are when a node is reverted. */
    private static final VersionRevertCallback KEEP_SYNC_STATE = new VersionRevertCallback() {
        @Override
        public RevertAspectAction getRevertAspectAction(QName aspectName, VersionRevertDetails details) {
            return RevertAspectAction.IGNORE;
        }

        @Override
        public RevertAssocAction getRevertAssocAction(QName assocName, VersionRevertDetails details) {
            return RevertAssocAction.IGNORE;
        }
    };

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final SyncMarker marker;
    private final ChangeRecorder recorder;

    public VersionBehaviours(PolicyComponent policyComponent, NodeService nodeService, SyncMarker marker,
            ChangeRecorder recorder) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.marker = marker;
        this.recorder = recorder;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, Version2Model.ASPECT_VERSION,
                new JavaBehaviour(this, "beforeDeleteNode"));
        policyComponent.bindClassBehaviour(VersionServicePolicies.OnRevertVersionPolicy.QNAME,
                SyncContentModel.ASPECT_SYNC, new JavaBehaviour(this, "getRevertVersionCallback"));
    }

    @Override
    public VersionRevertCallback getRevertVersionCallback(QName classRef, VersionRevertDetails details) {
        return KEEP_SYNC_STATE;
    }

    @Override
    public void beforeDeleteNode(NodeRef version) {
        Serializable versioned = nodeService.getProperty(version, Version2Model.PROP_QNAME_FROZEN_NODE_REF);
        if (versioned instanceof NodeRef node && marker.isActive(node)) {
            recorder.record(node, ChangeKind.UPDATE_PROPERTIES);
        }
    }
}
