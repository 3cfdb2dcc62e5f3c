package com.parashift.alfstream.alfresco.journal;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.TransactionResources;
import com.parashift.alfstream.protocol.ChangeKind;
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
import static org.mockito.Mockito.verifyNoInteractions;

class ChangeRecorderTest {

    private final AuditJournal journal = mock(AuditJournal.class);
    private final TransactionResources transaction = mock(TransactionResources.class);
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Runnable> beforeCommit = new ArrayList<>();
    private final ChangeRecorder recorder = new ChangeRecorder(journal, transaction, () -> "HERE");

    ChangeRecorderTest() {
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
        order.verify(journal).record(ChangeKind.CREATE, "folder", "HERE");
        order.verify(journal).record(ChangeKind.UPDATE_CONTENT, "doc", "HERE");
        verify(journal, times(2)).record(any(), any(), any());
        verify(transaction, times(1)).beforeCommit(any());
    }

    @Test
    void aDeleteWinsOverEverything() {
        recorder.record(Fixtures.node("n"), ChangeKind.CREATE);
        recorder.record(Fixtures.node("n"), ChangeKind.DELETE);
        recorder.record(Fixtures.node("n"), ChangeKind.MOVE);
        commit();
        verify(journal).record(ChangeKind.DELETE, "n", "HERE");
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
        order.verify(journal).record(ChangeKind.GROUP, "GROUP_site_s_SiteManager", "HERE");
        order.verify(journal).record(ChangeKind.CREATE, "site", "HERE");
        order.verify(journal).record(ChangeKind.GROUP, "GROUP_other", "THERE");
        verify(journal, times(3)).record(any(), any(), any());
    }

    @Test
    void aGroupDeletionOutweighsTheMemberChangesOfTheDeletionButNotARecreation() {
        recorder.recordGroup("GROUP_a", ChangeKind.GROUP_DELETE);
        recorder.recordGroup("GROUP_a", ChangeKind.GROUP);
        recorder.recordGroup("GROUP_b", ChangeKind.GROUP_DELETE);
        recorder.recordGroupCreated("GROUP_b");
        commit();

        verify(journal).record(ChangeKind.GROUP_DELETE, "GROUP_a", "HERE");
        verify(journal).record(ChangeKind.GROUP, "GROUP_b", "HERE");
        verify(journal, times(2)).record(any(), any(), any());
    }

    @Test
    void changesBeingAppliedCarryTheirOrigin() {
        OriginContext.with("THERE", () -> {
            recorder.record(Fixtures.node("n"), ChangeKind.UPDATE_PROPERTIES);
            return null;
        });
        commit();
        verify(journal).record(ChangeKind.UPDATE_PROPERTIES, "n", "THERE");
    }

    @Test
    void aChangeAfterTheFlushStartsANewBatch() {
        recorder.record(Fixtures.node("a"), ChangeKind.CREATE);
        commit();
        recorder.record(Fixtures.node("b"), ChangeKind.CREATE);
        commit();
        verify(journal).record(ChangeKind.CREATE, "b", "HERE");
        verify(transaction, times(2)).beforeCommit(any());
    }

    @Test
    void nodesOutsideTheWorkspaceStoreAreNotJournalled() {
        recorder.record(new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "n"), ChangeKind.DELETE);
        verify(transaction, never()).bind(any(), any());
    }
}
