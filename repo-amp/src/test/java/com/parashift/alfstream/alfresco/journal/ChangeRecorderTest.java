package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.TransactionResources;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.protocol.VersionVector;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verifyNoInteractions;

class ChangeRecorderTest {

    private final AuditJournal journal = mock(AuditJournal.class);
    private final TransactionResources transaction = mock(TransactionResources.class);
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Runnable> beforeCommit = new ArrayList<>();
    private final SyncMarker marker = mock(SyncMarker.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final ChangeRecorder recorder = new ChangeRecorder(journal, transaction, () -> "HERE", marker, nodeService);

    ChangeRecorderTest() {
        when(marker.version(any())).thenReturn(VersionVector.EMPTY);
        doAnswer(i -> resources.get(i.getArgument(0))).when(transaction).get(any());
        doAnswer(i -> resources.put(i.getArgument(0), i.getArgument(1))).when(transaction).bind(any(), any());
        doAnswer(i -> resources.remove(i.getArgument(0))).when(transaction).unbind(any());
        doAnswer(i -> beforeCommit.add(i.getArgument(0))).when(transaction).beforeCommit(any());
    }

    private void commit() {
        List<Runnable> listeners = new ArrayList<>(beforeCommit);
        beforeCommit.clear();
        listeners.forEach(Runnable::run);
    }

    @Test
    void writesOneEntryPerNodeAtCommitWithTheStrongestKind() {
        recorder.record(Fixtures.node("folder"), ChangeKind.CREATE);
        recorder.record(Fixtures.node("doc"), ChangeKind.UPDATE_PROPERTIES);
        recorder.record(Fixtures.node("folder"), ChangeKind.UPDATE_PROPERTIES);
        recorder.record(Fixtures.node("doc"), ChangeKind.UPDATE_CONTENT);
        verifyNoInteractions(journal);

        commit();

        InOrder order = inOrder(journal);
        order.verify(journal).record(ChangeKind.CREATE, "folder", "HERE", null);
        order.verify(journal).record(ChangeKind.UPDATE_CONTENT, "doc", "HERE", null);
        verify(journal, times(2)).record(any(), any(), any(), any());
        verify(transaction, times(1)).beforeCommit(any());
    }

    @Test
    void aDeleteWinsOverEverything() {
        recorder.record(Fixtures.node("n"), ChangeKind.CREATE);
        recorder.record(Fixtures.node("n"), ChangeKind.DELETE);
        recorder.record(Fixtures.node("n"), ChangeKind.MOVE);
        commit();
        verify(journal).record(ChangeKind.DELETE, "n", "HERE", VersionVector.parse("HERE=1"));
    }

    @Test
    void groupsAreJournaledByNameAfterWhatCameBeforeThem() {
        recorder.recordGroup("GROUP_site_s_SiteManager", ChangeKind.GROUP);
        recorder.record(Fixtures.node("site"), ChangeKind.CREATE);
        recorder.recordGroup("GROUP_site_s_SiteManager", ChangeKind.GROUP);
        OriginContext.with("THERE", () -> {
            recorder.recordGroup("GROUP_other", ChangeKind.GROUP);
            return null;
        });
        commit();

        InOrder order = inOrder(journal);
        order.verify(journal).record(ChangeKind.GROUP, "GROUP_site_s_SiteManager", "HERE", null);
        order.verify(journal).record(ChangeKind.CREATE, "site", "HERE", null);
        order.verify(journal).record(ChangeKind.GROUP, "GROUP_other", "THERE", null);
        verify(journal, times(3)).record(any(), any(), any(), any());
    }

    @Test
    void aGroupDeletionOutweighsTheMemberChangesOfTheDeletionButNotARecreation() {
        recorder.recordGroup("GROUP_a", ChangeKind.GROUP_DELETE);
        recorder.recordGroup("GROUP_a", ChangeKind.GROUP);
        recorder.recordGroup("GROUP_b", ChangeKind.GROUP_DELETE);
        recorder.recordGroupCreated("GROUP_b");
        commit();

        verify(journal).record(ChangeKind.GROUP_DELETE, "GROUP_a", "HERE", null);
        verify(journal).record(ChangeKind.GROUP, "GROUP_b", "HERE", null);
        verify(journal, times(2)).record(any(), any(), any(), any());
    }

    @Test
    void changesBeingAppliedCarryTheirOrigin() {
        OriginContext.with("THERE", () -> {
            recorder.record(Fixtures.node("n"), ChangeKind.UPDATE_PROPERTIES);
            return null;
        });
        commit();
        verify(journal).record(ChangeKind.UPDATE_PROPERTIES, "n", "THERE", null);
    }

    @Test
    void aChangeAfterTheFlushStartsANewBatch() {
        recorder.record(Fixtures.node("a"), ChangeKind.CREATE);
        commit();
        recorder.record(Fixtures.node("b"), ChangeKind.CREATE);
        commit();
        verify(journal).record(ChangeKind.CREATE, "b", "HERE", null);
        verify(transaction, times(2)).beforeCommit(any());
    }

    @Test
    void aChangeMadeHereBumpsThisInstancesCounterOnceBeforeTheEntryIsWritten() {
        NodeRef doc = Fixtures.node("doc");
        when(marker.isSynced(doc)).thenReturn(true);
        when(marker.version(doc)).thenReturn(VersionVector.parse("HERE=2;THERE=5"));
        recorder.record(doc, ChangeKind.UPDATE_PROPERTIES);
        recorder.record(doc, ChangeKind.UPDATE_CONTENT);
        commit();

        InOrder order = inOrder(marker, journal);
        order.verify(marker).setVersion(doc, VersionVector.parse("HERE=3;THERE=5"));
        order.verify(journal).record(ChangeKind.UPDATE_CONTENT, "doc", "HERE", null);
        verify(marker, times(1)).setVersion(any(), any());
    }

    @Test
    void aChangeBeingAppliedKeepsTheVersionItCameWith() {
        NodeRef doc = Fixtures.node("doc");
        when(marker.isSynced(doc)).thenReturn(true);
        OriginContext.with("THERE", () -> {
            recorder.record(doc, ChangeKind.UPDATE_CONTENT);
            return null;
        });
        commit();
        verify(marker, never()).setVersion(any(), any());
    }

    @Test
    void aFolderDeleteJournalsEverySyncedNodeBelowItChildrenFirstEachWithItsTombstone() {
        NodeRef folder = Fixtures.node("folder");
        NodeRef doc = Fixtures.node("doc");
        NodeRef rendition = Fixtures.node("rendition");
        when(marker.version(folder)).thenReturn(VersionVector.parse("HERE=1"));
        when(marker.version(doc)).thenReturn(VersionVector.parse("HERE=1;THERE=2"));
        when(marker.isActive(doc)).thenReturn(true);
        when(nodeService.getChildAssocs(folder)).thenReturn(List.of(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder, ContentModel.ASSOC_CONTAINS, doc, true, 0),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder, ContentModel.ASSOC_CONTAINS, rendition, true, 1)));
        recorder.recordDelete(folder);
        recorder.recordDelete(doc);
        commit();

        InOrder order = inOrder(journal);
        order.verify(journal).record(ChangeKind.DELETE, "doc", "HERE", VersionVector.parse("HERE=2;THERE=2"));
        order.verify(journal).record(ChangeKind.DELETE, "folder", "HERE", VersionVector.parse("HERE=2"));
        verify(journal, times(2)).record(any(), any(), any(), any());
    }

    @Test
    void nodesOutsideTheWorkspaceStoreAreNotJournalled() {
        recorder.record(new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "n"), ChangeKind.DELETE);
        verify(transaction, never()).bind(any(), any());
    }
}
