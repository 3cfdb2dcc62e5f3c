package com.parashift.alfstream.alfresco.group;

import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.protocol.ChangeKind;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Journals user groups: a group created, renamed (display name), given or deprived of a member, or deleted is one
 * {@code GROUP} / {@code GROUP_DELETE} entry named by the group's authority name, in the transaction of the change
 * and with its origin, like a node's change. Groups are {@code cm:authorityContainer} nodes; their members are
 * {@code cm:member} child associations. Alfresco's built-in groups ({@link GroupFilter}) are each repository's own.
 */
public class GroupBehaviours implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.BeforeDeleteNodePolicy,
        NodeServicePolicies.OnCreateChildAssociationPolicy, NodeServicePolicies.OnDeleteChildAssociationPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final ChangeRecorder recorder;
    private final GroupFilter filter;

    public GroupBehaviours(PolicyComponent policyComponent, NodeService nodeService, ChangeRecorder recorder,
            GroupFilter filter) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.recorder = recorder;
        this.filter = filter;
    }

    public void init() {
        QName group = ContentModel.TYPE_AUTHORITY_CONTAINER;
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, group,
                new JavaBehaviour(this, "onCreateNode"));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, group,
                new JavaBehaviour(this, "onUpdateProperties"));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, group,
                new JavaBehaviour(this, "beforeDeleteNode"));
        policyComponent.bindAssociationBehaviour(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME, group,
                ContentModel.ASSOC_MEMBER, new JavaBehaviour(this, "onCreateChildAssociation"));
        policyComponent.bindAssociationBehaviour(NodeServicePolicies.OnDeleteChildAssociationPolicy.QNAME, group,
                ContentModel.ASSOC_MEMBER, new JavaBehaviour(this, "onDeleteChildAssociation"));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        String name = groupName(childAssocRef.getChildRef());
        if (name != null) {
            recorder.recordGroupCreated(name);
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (before.isEmpty() || Objects.equals(before.get(ContentModel.PROP_AUTHORITY_DISPLAY_NAME),
                after.get(ContentModel.PROP_AUTHORITY_DISPLAY_NAME))) {
            return;
        }
        record(nameOf(after.get(ContentModel.PROP_AUTHORITY_NAME)), ChangeKind.GROUP);
    }

    @Override
    public void onCreateChildAssociation(ChildAssociationRef childAssocRef, boolean isNewNode) {
        record(groupName(childAssocRef.getParentRef()), ChangeKind.GROUP);
    }

    @Override
    public void onDeleteChildAssociation(ChildAssociationRef childAssocRef) {
        record(groupName(childAssocRef.getParentRef()), ChangeKind.GROUP);
    }

    @Override
    public void beforeDeleteNode(NodeRef nodeRef) {
        record(groupName(nodeRef), ChangeKind.GROUP_DELETE);
    }

    private void record(String name, ChangeKind kind) {
        if (name != null) {
            recorder.recordGroup(name, kind);
        }
    }

    /** The group's authority name if the node is a group that syncs, else {@code null}. */
    private String groupName(NodeRef node) {
        if (node == null || !nodeService.exists(node)) {
            return null;
        }
        return nameOf(nodeService.getProperty(node, ContentModel.PROP_AUTHORITY_NAME));
    }

    private String nameOf(Serializable name) {
        return name instanceof String text && filter.syncs(text) ? text : null;
    }
}
