package com.parashift.alfstream.engine.queue;

import com.parashift.alfstream.engine.agent.Transfer;
import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.StateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The error queue as an operator uses it: list the items, retry one (it leaves the queue when the remote applies
 * it, and its source node is Active again), or remove one. Runs under the agent's lock, never beside a poll.
 */
public class ErrorQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorQueue.class);

    private final Object lock;
    private final SyncStore store;
    private final Transfer transfer;
    private final RepositoryClient local;
    private final Supplier<String> origin;
    private final Clock clock;

    public ErrorQueue(Object lock, SyncStore store, Transfer transfer, RepositoryClient local, Supplier<String> origin,
                      Clock clock) {
        this.lock = lock;
        this.store = store;
        this.transfer = transfer;
        this.local = local;
        this.origin = origin;
        this.clock = clock;
    }

    public List<ErrorItem> items() {
        synchronized (lock) {
            return store.errorQueue();
        }
    }

    /** Tries the item again; answers what happened, in words for the operator. */
    public String retry(long id) {
        synchronized (lock) {
            ErrorItem item = store.errorItem(id).orElse(null);
            if (item == null) {
                return "no item " + id + " in the error queue";
            }
            String from = origin.get();
            if (from == null) {
                return "not connected to the local repository yet; try again shortly";
            }
            String failure;
            try {
                transfer.stageContent(item.change());
                ItemResult result = transfer.apply(from, List.of(item.change()), false).items().get(0);
                boolean done = result.outcome() == ApplyResult.Outcome.APPLIED
                        || result.outcome() == ApplyResult.Outcome.SKIPPED;
                failure = done ? null : result.outcome() + ": " + result.message();
            } catch (PeerException e) {
                failure = e.getMessage();
            }
            String path = Transfer.pathOf(item.change());
            if (failure != null) {
                store.updateErrorItem(new ErrorItem(item.change(), failure, item.attempts() + 1, clock.millis()));
                LOG.warn("ERROR-QUEUE-RETRY-FAILED {} {}: {}", id, LogText.clean(path), LogText.clean(failure));
                return "retry of " + id + " (" + path + ") failed: " + failure;
            }
            store.removeErrorItem(id);
            markActive(item);
            LOG.info("ERROR-QUEUE-RETRIED {} {} applied", id, LogText.clean(path));
            return "retried " + id + " (" + path + "): applied";
        }
    }

    /** Retries every item; answers one line per item. */
    public List<String> retryAll() {
        synchronized (lock) {
            return store.errorQueue().stream().map(item -> retry(item.id())).toList();
        }
    }

    public boolean remove(long id) {
        synchronized (lock) {
            boolean removed = store.removeErrorItem(id);
            if (removed) {
                LOG.info("ERROR-QUEUE-REMOVED {}", id);
            }
            return removed;
        }
    }

    private void markActive(ErrorItem item) {
        try {
            local.setState(new StateRequest(Protocol.VERSION, item.change().uuid(), "Active", null));
        } catch (PeerException e) {
            LOG.warn("SYNC-STATE-FAILED could not mark {} Active again: {}", LogText.clean(item.change().uuid()),
                    LogText.clean(e.getMessage()));
        }
    }
}
