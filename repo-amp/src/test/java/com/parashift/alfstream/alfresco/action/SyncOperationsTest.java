package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.journal.ChangeRecorder;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.alfresco.site.SiteGroups;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SyncOperationsTest {

    private final SyncMarker marker = mock(SyncMarker.class);
    private final ChangeRecorder recorder = mock(ChangeRecorder.class);
    private final SiteGroups siteGroups = mock(SiteGroups.class);
    private final SyncOperations operations = new SyncOperations(marker, recorder, siteGroups);
    private final NodeRef site = Fixtures.node("site");

    @Test
    void beginSyncingASiteJournalsItsGroupsBeforeItsNode() {
        when(siteGroups.of(site)).thenReturn(List.of("GROUP_site_s_SiteManager", "GROUP_site_s"));

        operations.apply(JobKind.BEGIN, site);

        InOrder order = inOrder(recorder, marker);
        order.verify(recorder).recordGroup("GROUP_site_s_SiteManager", ChangeKind.GROUP);
        order.verify(recorder).recordGroup("GROUP_site_s", ChangeKind.GROUP);
        order.verify(marker).mark(site, SyncState.Active, null);
        order.verify(recorder).record(site, ChangeKind.CREATE);
    }

    @Test
    void beginSyncingAFolderSyncedBeforeAsksForAReconcileWhichIsJournaledAsItsOwnEntry() {
        when(marker.isSynced(site)).thenReturn(false);
        assertFalse(operations.apply(JobKind.BEGIN, site), "a first Begin Syncing");
        when(marker.isSynced(site)).thenReturn(true);
        assertTrue(operations.apply(JobKind.BEGIN, site), "Begin Syncing after Stop from Syncing");
        assertFalse(operations.apply(JobKind.STOP, site));

        operations.reconcile(site);
        verify(recorder).record(site, ChangeKind.RECONCILE);
    }

    @Test
    void retryJournalsTheGroupsAgainOnlyForNodesInError() {
        when(siteGroups.of(site)).thenReturn(List.of("GROUP_site_s"));
        when(marker.isError(site)).thenReturn(false);
        operations.apply(JobKind.RETRY, site);
        verify(recorder, never()).recordGroup(any(), any());
        verify(marker, never()).mark(any(), any(), any());

        when(marker.isError(site)).thenReturn(true);
        operations.apply(JobKind.RETRY, site);
        verify(recorder).recordGroup("GROUP_site_s", ChangeKind.GROUP);
        verify(recorder).record(site, ChangeKind.CREATE);
    }

    @Test
    void stopJournalsNothing() {
        when(marker.isSynced(site)).thenReturn(true);
        operations.apply(JobKind.STOP, site);
        verify(marker).mark(site, SyncState.Inactive, null);
        verify(recorder, never()).recordGroup(any(), any());
        verify(recorder, never()).record(any(), any());
    }
}
