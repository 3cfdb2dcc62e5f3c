package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ChangeKind;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

import java.io.Serializable;

/**
 * Journals the deletion of a version as a change of its node: deleting a version (other than the head) touches
 * only the version store, so without this the node's history would travel only with its next change. A new
 * version changes the node's {@code cm:versionLabel}, which {@link SyncBehaviours} journals already.
 */
public class VersionBehaviours implements NodeServicePolicies.BeforeDeleteNodePolicy {

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
    }

    @Override
    public void beforeDeleteNode(NodeRef version) {
        Serializable versioned = nodeService.getProperty(version, Version2Model.PROP_QNAME_FROZEN_NODE_REF);
        if (versioned instanceof NodeRef node && marker.isActive(node)) {
            recorder.record(node, ChangeKind.UPDATE_PROPERTIES);
        }
    }
}
