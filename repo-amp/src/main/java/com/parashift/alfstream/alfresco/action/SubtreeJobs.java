package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.TransactionResources;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs subtree jobs in the background, one at a time, once the transaction that asked for them has committed
 * (so the job sees the root as the action left it, and nothing runs for an action that rolled back). Keeps the
 * most recent jobs for the status endpoint.
 */
public class SubtreeJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SubtreeJobs.class);

    static final QName ASSOC_RENDITION = QName.createQName(NamespaceService.RENDITION_MODEL_1_0_URI, "rendition");
    private static final int KEPT = 20;

    private final TransactionResources transaction;
    private final RunAs runAs;
    private final SubtreeWalk walk;
    private final TransactionRunner transactions;
    private final SyncOperations operations;
    private final Deque<JobProgress> recent = new ArrayDeque<>();
    private final ExecutorService executor;

    public SubtreeJobs(NodeService nodeService, TransactionRunner transactions, TransactionResources transaction,
            RunAs runAs, SyncOperations operations, int batchSize) {
        this(nodeService, transactions, transaction, runAs, operations, batchSize,
                Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "alfstream-sync-subtree");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    SubtreeJobs(NodeService nodeService, TransactionRunner transactions, TransactionResources transaction,
            RunAs runAs, SyncOperations operations, int batchSize, ExecutorService executor) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("alfstream.sync.batchSize must be 1 or more, was " + batchSize);
        }
        this.transaction = transaction;
        this.runAs = runAs;
        this.walk = new SubtreeWalk(nodeService, transactions, operations, batchSize);
        this.transactions = transactions;
        this.operations = operations;
        this.executor = executor;
    }

    /** Queues a job over the children of {@code root}; it starts after the current transaction commits. */
    public JobProgress submitAfterCommit(JobKind kind, NodeRef root) {
        return submitAfterCommit(kind, root, false);
    }

    /** @param reconcile whether to journal {@code RECONCILE} for the root once the walk is done (a tree begun again) */
    public JobProgress submitAfterCommit(JobKind kind, NodeRef root, boolean reconcile) {
        JobProgress progress = new JobProgress(UUID.randomUUID().toString(), kind, root.getId());
        synchronized (recent) {
            recent.addFirst(progress);
            while (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
        transaction.afterCommit(() -> executor.execute(() -> run(kind, root, progress, reconcile)));
        LOG.info("SUBTREE-QUEUED {} {} below {}", progress.id(), kind, root);
        return progress;
    }

    void run(JobKind kind, NodeRef root, JobProgress progress, boolean reconcile) {
        try {
            runAs.system(() -> {
                walk.run(kind, root, progress);
                if (reconcile) {
                    transactions.inNewTransaction(() -> {
                        operations.reconcile(root);
                        return null;
                    });
                }
                return null;
            });
            progress.finished("DONE");
            LOG.info("SUBTREE-DONE {} {} below {}: {}", progress.id(), kind, root, progress.view());
        } catch (RuntimeException e) {
            progress.finished("FAILED");
            LOG.error("SUBTREE-FAILED {} {} below {}: {}", progress.id(), kind, root, e.toString(), e);
        }
    }

    /** The most recent jobs, newest first. */
    public List<JobProgress.View> jobs() {
        synchronized (recent) {
            return recent.stream().map(JobProgress::view).toList();
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
