package com.parashift.alfstream.alfresco.model;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SyncMarkerTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final BehaviourFilter filter = mock(BehaviourFilter.class);
    private final SyncMarker marker = new SyncMarker(nodeService, filter);
    private final NodeRef node = Fixtures.node("n");

    @Test
    void addsTheAspectWithAuditableAndVersionableOff() {
        marker.mark(node, SyncState.Error, "quota exceeded");
        InOrder order = inOrder(filter, nodeService);
        order.verify(filter).disableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        order.verify(nodeService).addAspect(eq(node), eq(SyncContentModel.ASPECT_SYNC), argThat(p -> p.size() == 3
                && "Error".equals(p.get(SyncContentModel.PROP_SYNC_STATE))
                && "quota exceeded".equals(p.get(SyncContentModel.PROP_ERROR_MESSAGE))
                && p.get(SyncContentModel.PROP_ERROR_SINCE) instanceof Date));
        order.verify(filter).enableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
    }

    @Test
    void updatesTheStateOfASyncedNodeAndClearsTheError() {
        when(nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)).thenReturn(true);
        marker.mark(node, SyncState.Active, "ignored");
        Map<Object, Serializable> expected = new HashMap<>();
        expected.put(SyncContentModel.PROP_SYNC_STATE, "Active");
        expected.put(SyncContentModel.PROP_ERROR_MESSAGE, null);
        expected.put(SyncContentModel.PROP_ERROR_REPORTED, false);
        expected.put(SyncContentModel.PROP_ERROR_SINCE, null);
        verify(nodeService).addProperties(eq(node), eq((Map) expected));
    }

    @Test
    void anErrorIsMarkedMailedAndSettingErrorAgainKeepsTheMark() {
        when(nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)).thenReturn(true);
        marker.markReported(node);
        verify(nodeService).addProperties(node, Map.of(SyncContentModel.PROP_ERROR_REPORTED, true));
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE)).thenReturn("Error");
        marker.mark(node, SyncState.Error, "again");
        Map<Object, Serializable> expected = new HashMap<>();
        expected.put(SyncContentModel.PROP_SYNC_STATE, "Error");
        expected.put(SyncContentModel.PROP_ERROR_MESSAGE, "again");
        verify(nodeService).addProperties(eq(node), eq((Map) expected));
    }

    @Test
    void behavioursComeBackOnEvenWhenTheWriteFails() {
        doThrow(new IllegalStateException("locked")).when(nodeService).addAspect(any(), any(), any());
        assertThrows(IllegalStateException.class, () -> marker.mark(node, SyncState.Active, null));
        verify(filter).enableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        verify(filter).enableBehaviour(node, ContentModel.ASPECT_VERSIONABLE);
    }

    @Test
    void activeMeansTheAspectAndTheActiveState() {
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)).thenReturn(true);
        when(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE)).thenReturn("Active");
        assertTrue(marker.isActive(node));
        when(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE)).thenReturn("Inactive");
        assertFalse(marker.isActive(node));
        assertTrue(marker.isSynced(node));
    }
}
