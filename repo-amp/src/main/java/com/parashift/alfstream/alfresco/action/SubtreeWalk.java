package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.support.TransactionRunner;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Applies a job to every node below a root, breadth first, {@code batchSize} nodes per transaction, so a tree of
 * any size neither times out a request nor holds one long transaction. A batch that fails is redone node by node,
 * so one bad node costs only itself.
 */
class SubtreeWalk {

    private static final Logger LOG = LoggerFactory.getLogger(SubtreeWalk.class);

    private final NodeService nodeService;
    private final TransactionRunner transactions;
    private final SyncOperations operations;
    private final int batchSize;

    SubtreeWalk(NodeService nodeService, TransactionRunner transactions, SyncOperations operations, int batchSize) {
        this.nodeService = nodeService;
        this.transactions = transactions;
        this.operations = operations;
        this.batchSize = batchSize;
    }

    void run(JobKind kind, NodeRef root, JobProgress progress) {
        progress.running();
        Deque<NodeRef> pending = new ArrayDeque<>(transactions.readOnly(() -> children(nodeService, root)));
        while (!pending.isEmpty()) {
            List<NodeRef> batch = new ArrayList<>(batchSize);
            while (batch.size() < batchSize && !pending.isEmpty()) {
                batch.add(pending.poll());
            }
            try {
                pending.addAll(transactions.inNewTransaction(() -> applyAll(kind, batch)));
                progress.processed(batch.size());
            } catch (RuntimeException e) {
                LOG.warn("SUBTREE-BATCH-FAILED {} {}: {}; retrying its {} nodes one by one", progress.id(), kind,
                        e.toString(), batch.size());
                for (NodeRef node : batch) {
                    applyOne(kind, node, progress, pending);
                }
            }
        }
    }

    private void applyOne(JobKind kind, NodeRef node, JobProgress progress, Deque<NodeRef> pending) {
        try {
            pending.addAll(transactions.inNewTransaction(() -> applyAll(kind, List.of(node))));
            progress.processed(1);
        } catch (RuntimeException e) {
            progress.failed(1);
            LOG.warn("SUBTREE-NODE-FAILED {} {} {}: {}", progress.id(), kind, node, e.toString());
        }
    }

    /** Applies the job to the nodes and returns their children, to be done next. */
    private List<NodeRef> applyAll(JobKind kind, List<NodeRef> nodes) {
        List<NodeRef> next = new ArrayList<>();
        for (NodeRef node : nodes) {
            if (nodeService.exists(node)) {
                operations.apply(kind, node);
                next.addAll(children(nodeService, node));
            }
        }
        return next;
    }

    /** Primary children, renditions left out. */
    static List<NodeRef> children(NodeService nodeService, NodeRef node) {
        List<NodeRef> children = new ArrayList<>();
        for (ChildAssociationRef assoc : nodeService.getChildAssocs(node)) {
            if (assoc.isPrimary() && !SubtreeJobs.ASSOC_RENDITION.equals(assoc.getTypeQName())) {
                children.add(assoc.getChildRef());
            }
        }
        return children;
    }
}
