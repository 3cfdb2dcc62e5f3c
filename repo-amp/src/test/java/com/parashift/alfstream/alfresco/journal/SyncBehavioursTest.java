package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.action.JobKind;
import com.parashift.alfstream.alfresco.action.SubtreeJobs;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.copy.DoNothingCopyBehaviourCallback;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.PermissionServicePolicies;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SyncBehavioursTest {

    private final PolicyComponent policies = mock(PolicyComponent.class);
    private final SyncMarker marker = mock(SyncMarker.class);
    private final ChangeRecorder recorder = mock(ChangeRecorder.class);
    private final SubtreeJobs jobs = mock(SubtreeJobs.class);
    private final SyncBehaviours behaviours = new SyncBehaviours(policies, marker, recorder, jobs);
    private final NodeRef folder = Fixtures.node("folder");
    private final NodeRef doc = Fixtures.node("doc");

    private ChildAssociationRef contains(NodeRef parent, NodeRef child) {
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, QName.createQName("x", "y"), child, true, -1);
    }

    private static Map<QName, Serializable> props(String state, Object... pairs) {
        Map<QName, Serializable> map = new HashMap<>();
        map.put(SyncContentModel.PROP_SYNC_STATE, state);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((QName) pairs[i], (Serializable) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void bindsEveryPolicyItNeeds() {
        behaviours.init();
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnCreateNodePolicy.QNAME),
                eq(ContentModel.TYPE_BASE), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(SyncContentModel.ASPECT_SYNC), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(ContentServicePolicies.OnContentUpdatePolicy.QNAME),
                eq(SyncContentModel.ASPECT_SYNC), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME),
                eq(SyncContentModel.ASPECT_SYNC), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnMoveNodePolicy.QNAME),
                eq(ContentModel.TYPE_BASE), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnAddAspectPolicy.QNAME), eq(behaviours),
                any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnRemoveAspectPolicy.QNAME), eq(behaviours),
                any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(PermissionServicePolicies.OnGrantLocalPermission.QNAME),
                eq(ContentModel.TYPE_BASE), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(PermissionServicePolicies.OnInheritPermissionsDisabled.QNAME),
                eq(ContentModel.TYPE_BASE), any(Behaviour.class));
        verify(policies).bindClassBehaviour(eq(CopyServicePolicies.OnCopyNodePolicy.QNAME),
                eq(SyncContentModel.ASPECT_SYNC), any(Behaviour.class));
    }

    @Test
    void aCopyNeverTakesTheSyncAspectAlong() {
        assertSame(DoNothingCopyBehaviourCallback.getInstance(),
                behaviours.getCopyCallback(SyncContentModel.ASPECT_SYNC, new CopyDetails()));
    }

    @Test
    void aWorkingCopyLeavesSyncAndItsCreationIsForgotten() {
        when(marker.isSynced(doc)).thenReturn(true);
        behaviours.onAddAspect(doc, ContentModel.ASPECT_WORKING_COPY);
        verify(recorder).forget(doc);
        verify(marker).unmark(doc);
        verify(recorder, never()).record(any(), any());
    }

    @Test
    void checkOutLocksAreNoChange() {
        when(marker.isActive(doc)).thenReturn(true);
        behaviours.onAddAspect(doc, QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "lockable"));
        behaviours.onUpdateProperties(doc, props("Active"), props("Active",
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "lockOwner"), "bob"));
        verify(recorder, never()).record(any(), any());
    }

    @Test
    void aChildCreatedUnderAnActiveFolderIsPutUnderSyncAndRecorded() {
        when(marker.isActive(folder)).thenReturn(true);
        behaviours.onCreateNode(contains(folder, doc));
        verify(marker).mark(doc, SyncState.Active, null);
        verify(recorder).record(doc, ChangeKind.CREATE);
    }

    @Test
    void aChildCreatedUnderAnInactiveFolderIsLeftAlone() {
        behaviours.onCreateNode(contains(folder, doc));
        verify(marker, never()).mark(any(), any(), any());
        verifyNoInteractions(recorder);
    }

    @Test
    void renditionsAreNeverSynced() {
        when(marker.isActive(doc)).thenReturn(true);
        behaviours.onCreateNode(new ChildAssociationRef(SyncBehaviours.ASSOC_RENDITION, doc,
                QName.createQName("x", "y"), Fixtures.node("thumb"), true, -1));
        verifyNoInteractions(recorder);
    }

    @Test
    void propertyChangesAreRecordedAndARenameIsAMove() {
        behaviours.onUpdateProperties(doc, props("Active", ContentModel.PROP_NAME, "a.txt"),
                props("Active", ContentModel.PROP_NAME, "a.txt", QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "title"), "T"));
        verify(recorder).record(doc, ChangeKind.UPDATE_PROPERTIES);
        behaviours.onUpdateProperties(doc, props("Active", ContentModel.PROP_NAME, "a.txt"),
                props("Active", ContentModel.PROP_NAME, "b.txt"));
        verify(recorder).record(doc, ChangeKind.MOVE);
    }

    @Test
    void bookkeepingAndAuditablePropertiesAreNotChanges() {
        behaviours.onUpdateProperties(doc, props("Inactive", ContentModel.PROP_MODIFIED, new Date(1)),
                props("Active", ContentModel.PROP_MODIFIED, new Date(2), SyncContentModel.PROP_LAST_SYNCED, new Date()));
        verifyNoInteractions(recorder);
    }

    @Test
    void inactiveNodesRecordNothing() {
        behaviours.onUpdateProperties(doc, props("Inactive", ContentModel.PROP_NAME, "a"),
                props("Inactive", ContentModel.PROP_NAME, "b"));
        behaviours.onContentUpdate(doc, false);
        behaviours.beforeDeleteNode(doc);
        behaviours.onGrantLocalPermission(doc, "bob", "Consumer");
        verifyNoInteractions(recorder);
    }

    @Test
    void activeNodesRecordContentDeletePermissionsAndAspects() {
        when(marker.isActive(doc)).thenReturn(true);
        behaviours.onContentUpdate(doc, false);
        behaviours.beforeDeleteNode(doc);
        behaviours.onInheritPermissionsDisabled(doc, false);
        behaviours.onAddAspect(doc, QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "titled"));
        behaviours.onAddAspect(doc, SyncContentModel.ASPECT_SYNC);
        behaviours.onRemoveAspect(doc, QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "hidden"));
        verify(recorder).record(doc, ChangeKind.UPDATE_CONTENT);
        verify(recorder).recordDelete(doc);
        verify(recorder).record(doc, ChangeKind.PERMISSIONS);
        verify(recorder).record(doc, ChangeKind.ASPECTS);
    }

    @Test
    void aNodeMovedIntoAnActiveFolderBeginsSyncingWithItsSubtree() {
        when(marker.isActive(folder)).thenReturn(true);
        behaviours.onMoveNode(contains(Fixtures.node("elsewhere"), doc), contains(folder, doc));
        verify(marker).mark(doc, SyncState.Active, null);
        verify(recorder).record(doc, ChangeKind.CREATE);
        verify(jobs).submitAfterCommit(JobKind.BEGIN, doc);
    }

    @Test
    void aSyncedNodeMovedIsAMove() {
        when(marker.isActive(doc)).thenReturn(true);
        behaviours.onMoveNode(contains(Fixtures.node("elsewhere"), doc), contains(folder, doc));
        verify(recorder).record(doc, ChangeKind.MOVE);
        verifyNoInteractions(jobs);
    }

    @Test
    void aSyncedNodeMovedOutOfTheSyncedTreeIsJournaledAsDeletedAndLeavesSync() {
        NodeRef outside = Fixtures.node("outside");
        when(marker.isActive(doc)).thenReturn(true);
        when(marker.isSynced(doc)).thenReturn(true);
        when(marker.isSynced(folder)).thenReturn(true);
        behaviours.onMoveNode(contains(folder, doc), contains(outside, doc));
        verify(recorder).recordDelete(doc);
        verify(marker).unmarkTree(doc);
        verify(recorder, never()).record(doc, ChangeKind.MOVE);
    }

    @Test
    void aNodeMovedBackInContinuesFromItsTombstone() {
        when(marker.isActive(folder)).thenReturn(true);
        behaviours.onMoveNode(contains(Fixtures.node("elsewhere"), doc), contains(folder, doc));
        InOrder order = inOrder(marker, recorder);
        order.verify(marker).mark(doc, SyncState.Active, null);
        order.verify(recorder).continueFromTombstone(doc);
        order.verify(recorder).record(doc, ChangeKind.CREATE);
    }
}
