package com.parashift.alfstream.alfresco.retry;

import com.parashift.alfstream.alfresco.action.SyncOperations;
import com.parashift.alfstream.alfresco.adapter.ErrorNodes;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The automatic Retry Syncing ({@code alfstream.sync.autoretry.enabled}): every node in Error gets what the
 * Retry Syncing action does to a node (error cleared, Active, journaled for a resync), {@code batchSize} nodes per
 * transaction; a batch that fails is redone node by node, so one bad node costs only itself.
 */
public class AutoRetry {

    private static final Logger LOG = LoggerFactory.getLogger(AutoRetry.class);
    static final int MAX_PER_RUN = 10_000;

    private final boolean enabled;
    private final ErrorNodes errorNodes;
    private final SyncOperations operations;
    private final TransactionRunner transactions;
    private final int batchSize;

    public AutoRetry(boolean enabled, ErrorNodes errorNodes, SyncOperations operations,
            TransactionRunner transactions, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("alfstream.sync.batchSize must be 1 or more, was " + batchSize);
        }
        this.enabled = enabled;
        this.errorNodes = errorNodes;
        this.operations = operations;
        this.transactions = transactions;
        this.batchSize = batchSize;
        LOG.info("AUTO-RETRY-{}", enabled ? "ENABLED" : "DISABLED (alfstream.sync.autoretry.enabled=false)");
    }

    public boolean enabled() {
        return enabled;
    }

    /** One run; returns how many nodes were retried (0 when disabled). */
    public int run() {
        if (!enabled) {
            return 0;
        }
        List<NodeRef> nodes = transactions.readOnly(() -> errorNodes.inError(MAX_PER_RUN));
        int retried = 0;
        for (int from = 0; from < nodes.size(); from += batchSize) {
            List<NodeRef> batch = nodes.subList(from, Math.min(nodes.size(), from + batchSize));
            try {
                transactions.inNewTransaction(() -> {
                    batch.forEach(operations::retry);
                    return null;
                });
                retried += batch.size();
            } catch (RuntimeException e) {
                LOG.warn("AUTO-RETRY-BATCH-FAILED {}; retrying its {} nodes one by one", e.toString(), batch.size());
                for (NodeRef node : batch) {
                    retried += retryOne(node) ? 1 : 0;
                }
            }
        }
        if (!nodes.isEmpty()) {
            LOG.info("AUTO-RETRY {} of {} nodes in Error sent to sync again", retried, nodes.size());
        }
        return retried;
    }

    private boolean retryOne(NodeRef node) {
        try {
            transactions.inNewTransaction(() -> {
                operations.retry(node);
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warn("AUTO-RETRY-NODE-FAILED {}: {}", node, e.toString());
            return false;
        }
    }
}
