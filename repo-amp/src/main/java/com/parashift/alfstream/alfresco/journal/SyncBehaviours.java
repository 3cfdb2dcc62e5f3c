package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.action.JobKind;
import com.parashift.alfstream.alfresco.action.SubtreeJobs;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.repo.journal.MoveRule;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.copy.DoNothingCopyBehaviourCallback;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.PermissionServicePolicies;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records every change of an Active {@code alfs:sync} node in the journal, in the transaction of the change, and
 * puts nodes created or moved under an Active synced folder under sync. Changes to the sync bookkeeping itself
 * ({@code alfs:} properties) and to what Alfresco updates by itself ({@code cm:modified}, …) are not changes.
 */
public class SyncBehaviours implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.OnMoveNodePolicy,
        NodeServicePolicies.BeforeDeleteNodePolicy, NodeServicePolicies.OnAddAspectPolicy,
        NodeServicePolicies.OnRemoveAspectPolicy, ContentServicePolicies.OnContentUpdatePolicy,
        PermissionServicePolicies.OnGrantLocalPermission, PermissionServicePolicies.OnRevokeLocalPermission,
        PermissionServicePolicies.OnInheritPermissionsEnabled, PermissionServicePolicies.OnInheritPermissionsDisabled,
        CopyServicePolicies.OnCopyNodePolicy {

    /** Renditions and thumbnails are made again by each repository; they never sync. */
    static final QName ASSOC_RENDITION = QName.createQName(NamespaceService.RENDITION_MODEL_1_0_URI, "rendition");

    private final PolicyComponent policyComponent;
    private final SyncMarker marker;
    private final ChangeRecorder recorder;
    private final SubtreeJobs jobs;

    public SyncBehaviours(PolicyComponent policyComponent, SyncMarker marker, ChangeRecorder recorder,
            SubtreeJobs jobs) {
        this.policyComponent = policyComponent;
        this.marker = marker;
        this.recorder = recorder;
        this.jobs = jobs;
    }

    public void init() {
        QName base = ContentModel.TYPE_BASE;
        QName sync = SyncContentModel.ASPECT_SYNC;
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, base, "onCreateNode");
        bind(NodeServicePolicies.OnMoveNodePolicy.QNAME, base, "onMoveNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, sync, "onUpdateProperties");
        bind(ContentServicePolicies.OnContentUpdatePolicy.QNAME, sync, "onContentUpdate");
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, sync, "beforeDeleteNode");
        // a copy never takes alfs:sync along: it syncs only when it lands in a synced folder (onCreateNode)
        bind(CopyServicePolicies.OnCopyNodePolicy.QNAME, sync, "getCopyCallback");
        // aspect policies are keyed by the aspect added or removed: only a service-wide binding sees them all
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, this, new JavaBehaviour(this, "onAddAspect"));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnRemoveAspectPolicy.QNAME, this,
                new JavaBehaviour(this, "onRemoveAspect"));
        // permission policies are invoked for the node's type only, never its aspects
        bind(PermissionServicePolicies.OnGrantLocalPermission.QNAME, base, "onGrantLocalPermission");
        bind(PermissionServicePolicies.OnRevokeLocalPermission.QNAME, base, "onRevokeLocalPermission");
        bind(PermissionServicePolicies.OnInheritPermissionsEnabled.QNAME, base, "onInheritPermissionsEnabled");
        bind(PermissionServicePolicies.OnInheritPermissionsDisabled.QNAME, base, "onInheritPermissionsDisabled");
    }

    private void bind(QName policy, QName className, String method) {
        policyComponent.bindClassBehaviour(policy, className, new JavaBehaviour(this, method));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef child = childAssocRef.getChildRef();
        if (ASSOC_RENDITION.equals(childAssocRef.getTypeQName()) || !isLive(child)) {
            return;
        }
        if (marker.isActive(child)) {
            recorder.record(child, ChangeKind.CREATE);
        } else if (!marker.isSynced(child) && marker.isActive(childAssocRef.getParentRef())) {
            marker.mark(child, SyncState.Active, null);
            recorder.record(child, ChangeKind.CREATE);
        }
    }

    @Override
    public void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef) {
        NodeRef node = newChildAssocRef.getChildRef();
        NodeRef target = newChildAssocRef.getParentRef();
        switch (MoveRule.of(marker.isSynced(node), marker.isActive(node), marker.isSynced(oldChildAssocRef.getParentRef()),
                marker.isSynced(target), marker.isActive(target))) {
            case MOVED -> recorder.record(node, ChangeKind.MOVE);
            case MOVED_OUT -> {
                recorder.recordDelete(node);
                marker.unmarkTree(node);
            }
            case MOVED_IN -> {
                marker.mark(node, SyncState.Active, null);
                recorder.continueFromTombstone(node);
                recorder.record(node, ChangeKind.CREATE);
                jobs.submitAfterCommit(JobKind.BEGIN, node);
            }
            case NONE -> {
            }
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (before.isEmpty() || !isLive(nodeRef) || !SyncState.Active.name().equals(after.get(SyncContentModel.PROP_SYNC_STATE))) {
            return;
        }
        Set<QName> changed = changedProperties(before, after);
        if (!changed.isEmpty()) {
            recorder.record(nodeRef, changed.contains(ContentModel.PROP_NAME) ? ChangeKind.MOVE
                    : ChangeKind.UPDATE_PROPERTIES);
        }
    }

    static Set<QName> changedProperties(Map<QName, Serializable> before, Map<QName, Serializable> after) {
        Set<QName> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> SyncContentModel.isLocalOnly(name) || SyncContentModel.isNotAChange(name)
                || NamespaceService.SYSTEM_MODEL_1_0_URI.equals(name.getNamespaceURI())
                || Objects.equals(before.get(name), after.get(name)));
        return names;
    }

    @Override
    public void onContentUpdate(NodeRef nodeRef, boolean newContent) {
        recordIfActive(nodeRef, ChangeKind.UPDATE_CONTENT);
    }

    @Override
    public void beforeDeleteNode(NodeRef nodeRef) {
        if (isLive(nodeRef) && marker.isActive(nodeRef)) {
            recorder.recordDelete(nodeRef);
        }
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails) {
        return DoNothingCopyBehaviourCallback.getInstance();
    }

    /**
     * A check-out's working copy is created as a copy in the same folder, then made a working copy: it leaves sync
     * there and then, and the creation recorded for it in this transaction is dropped. The checked-in result
     * travels as an edit of the original.
     */
    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (ContentModel.ASPECT_WORKING_COPY.equals(aspectTypeQName)) {
            recorder.forget(nodeRef);
            if (marker.isSynced(nodeRef)) {
                marker.unmark(nodeRef);
            }
            return;
        }
        aspectChanged(nodeRef, aspectTypeQName);
    }

    @Override
    public void onRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        aspectChanged(nodeRef, aspectTypeQName);
    }

    private void aspectChanged(NodeRef nodeRef, QName aspect) {
        if (!SyncContentModel.isLocalOnly(aspect)
                && !NamespaceService.SYSTEM_MODEL_1_0_URI.equals(aspect.getNamespaceURI())) {
            recordIfActive(nodeRef, ChangeKind.ASPECTS);
        }
    }

    @Override
    public void onGrantLocalPermission(NodeRef nodeRef, String authority, String permission) {
        recordIfActive(nodeRef, ChangeKind.PERMISSIONS);
    }

    @Override
    public void onRevokeLocalPermission(NodeRef nodeRef, String authority, String permission) {
        recordIfActive(nodeRef, ChangeKind.PERMISSIONS);
    }

    @Override
    public void onInheritPermissionsEnabled(NodeRef nodeRef) {
        recordIfActive(nodeRef, ChangeKind.PERMISSIONS);
    }

    @Override
    public void onInheritPermissionsDisabled(NodeRef nodeRef, boolean async) {
        recordIfActive(nodeRef, ChangeKind.PERMISSIONS);
    }

    /**
     * Only nodes of the live store journal: a version's frozen state in the version store carries the node's
     * {@code alfs:sync} aspect too, but it is no node of its own (its history travels with the node).
     */
    private static boolean isLive(NodeRef node) {
        return StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef());
    }

    private void recordIfActive(NodeRef nodeRef, ChangeKind kind) {
        if (isLive(nodeRef) && marker.isActive(nodeRef)) {
            recorder.record(nodeRef, kind);
        }
    }
}
