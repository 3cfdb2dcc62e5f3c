package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SubtreeWalkTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final SyncOperations operations = mock(SyncOperations.class);
    private final TransactionRunner transactions = Fixtures.transactions();
    private final NodeRef root = Fixtures.node("root");

    private void children(NodeRef parent, NodeRef... children) {
        List<ChildAssociationRef> assocs = new ArrayList<>();
        for (NodeRef child : children) {
            when(nodeService.exists(child)).thenReturn(true);
            assocs.add(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, QName.createQName("x", "y"),
                    child, true, -1));
        }
        when(nodeService.getChildAssocs(parent)).thenReturn(assocs);
    }

    @Test
    void walksTheWholeTreeInBatchesOfItsOwnTransactions() {
        NodeRef a = Fixtures.node("a");
        NodeRef b = Fixtures.node("b");
        NodeRef c = Fixtures.node("c");
        NodeRef a1 = Fixtures.node("a1");
        NodeRef a2 = Fixtures.node("a2");
        children(root, a, b, c);
        children(a, a1, a2);
        JobProgress progress = new JobProgress("j", JobKind.BEGIN, "root");

        new SubtreeWalk(nodeService, transactions, operations, 2).run(JobKind.BEGIN, root, progress);

        for (NodeRef node : List.of(a, b, c, a1, a2)) {
            verify(operations).apply(JobKind.BEGIN, node);
        }
        verify(operations, never()).apply(JobKind.BEGIN, root);
        verify(transactions, times(3)).inNewTransaction(any());
        assertEquals(5, progress.view().processed());
        assertEquals(0, progress.view().failed());
    }

    @Test
    void renditionsAndSecondaryChildrenAreSkipped() {
        NodeRef thumbnail = Fixtures.node("thumb");
        NodeRef linked = Fixtures.node("linked");
        when(nodeService.getChildAssocs(root)).thenReturn(List.of(
                new ChildAssociationRef(QName.createQName(NamespaceService.RENDITION_MODEL_1_0_URI, "rendition"),
                        root, QName.createQName("x", "t"), thumbnail, true, -1),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, root, QName.createQName("x", "l"), linked,
                        false, -1)));
        new SubtreeWalk(nodeService, transactions, operations, 10)
                .run(JobKind.STOP, root, new JobProgress("j", JobKind.STOP, "root"));
        verify(operations, never()).apply(any(), any());
    }

    @Test
    void aFailingBatchIsRedoneNodeByNodeAndOnlyTheBadNodeFails() {
        NodeRef good = Fixtures.node("good");
        NodeRef bad = Fixtures.node("bad");
        children(root, good, bad);
        children(good);
        doThrow(new IllegalStateException("integrity")).when(operations).apply(JobKind.RETRY, bad);
        JobProgress progress = new JobProgress("j", JobKind.RETRY, "root");

        new SubtreeWalk(nodeService, transactions, operations, 10).run(JobKind.RETRY, root, progress);

        verify(operations, times(2)).apply(JobKind.RETRY, good);
        assertEquals(1, progress.view().processed());
        assertEquals(1, progress.view().failed());
    }

    @Test
    void subtreeJobsStartOnlyAfterCommitAndShowProgress() {
        com.parashift.alfstream.alfresco.support.TransactionResources resources =
                mock(com.parashift.alfstream.alfresco.support.TransactionResources.class);
        List<Runnable> afterCommit = new ArrayList<>();
        org.mockito.Mockito.doAnswer(i -> afterCommit.add(i.getArgument(0))).when(resources).afterCommit(any());
        List<Runnable> executed = new ArrayList<>();
        java.util.concurrent.ExecutorService executor = mock(java.util.concurrent.ExecutorService.class);
        org.mockito.Mockito.doAnswer(i -> executed.add(i.getArgument(0))).when(executor).execute(any());
        children(root);
        SubtreeJobs jobs = new SubtreeJobs(nodeService, transactions, resources, Fixtures.runAs("admin"),
                operations, 5, executor);

        JobProgress job = jobs.submitAfterCommit(JobKind.BEGIN, root);
        assertEquals("QUEUED", jobs.jobs().get(0).state());
        assertEquals(0, executed.size());
        afterCommit.forEach(Runnable::run);
        executed.forEach(Runnable::run);
        assertEquals("DONE", jobs.jobs().get(0).state());
        assertEquals(job.id(), jobs.jobs().get(0).id());
        org.mockito.Mockito.verify(operations, org.mockito.Mockito.never()).reconcile(root);
    }

    @Test
    void aTreeBegunAgainIsReconciledOnceItsWalkIsDone() {
        com.parashift.alfstream.alfresco.support.TransactionResources resources =
                mock(com.parashift.alfstream.alfresco.support.TransactionResources.class);
        org.mockito.Mockito.doAnswer(i -> {
            ((Runnable) i.getArgument(0)).run();
            return null;
        }).when(resources).afterCommit(any());
        java.util.concurrent.ExecutorService executor = mock(java.util.concurrent.ExecutorService.class);
        org.mockito.Mockito.doAnswer(i -> {
            ((Runnable) i.getArgument(0)).run();
            return null;
        }).when(executor).execute(any());
        children(root);
        SubtreeJobs jobs = new SubtreeJobs(nodeService, transactions, resources, Fixtures.runAs("admin"),
                operations, 5, executor);

        jobs.submitAfterCommit(JobKind.BEGIN, root, true);

        org.mockito.Mockito.verify(operations).reconcile(root);
        assertEquals("DONE", jobs.jobs().get(0).state());
    }
}
