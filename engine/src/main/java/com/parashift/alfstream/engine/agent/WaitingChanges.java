package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.engine.retry.RetryStrategy;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes set aside because they point at something a later change brings (a parent, a nested group). Each
 * poll tries them again; one still waiting after {@code alfstream.sync.dependency.timeout} goes to the error queue,
 * unless the retry strategy is {@code none}, which keeps it waiting.
 */
final class WaitingChanges {

    private final SyncStore store;
    private final Transfer transfer;
    private final RetryStrategy retry;
    private final Parking parking;
    private final Duration timeout;
    private final Clock clock;

    WaitingChanges(SyncStore store, Transfer transfer, RetryStrategy retry, Parking parking, Duration timeout,
                   Clock clock) {
        this.store = store;
        this.transfer = transfer;
        this.retry = retry;
        this.parking = parking;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Tries the waiting changes again; returns those the remote took (applied or found done). */
    List<Change> retry(String origin, String packageId) {
        List<ErrorItem> waiting = store.waiting();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemResult> results = new HashMap<>();
        List<Change> send = new ArrayList<>();
        for (ErrorItem item : waiting) {
            try {
                transfer.stageContent(item.change());
                send.add(item.change());
            } catch (PeerException e) {
                if (!e.isAboutTheItem()) {
                    throw e;
                }
                results.put(item.id(), new ItemResult(item.id(), item.change().uuid(), Outcome.FAILED, e.getMessage()));
            }
        }
        if (!send.isEmpty()) {
            transfer.apply(origin, send).items().forEach(r -> results.put(r.id(), r));
        }
        List<Change> taken = new ArrayList<>();
        for (ErrorItem item : waiting) {
            ItemResult r = results.get(item.id());
            Outcome outcome = r == null ? Outcome.NOT_ATTEMPTED : r.outcome();
            if (outcome == Outcome.APPLIED || outcome == Outcome.SKIPPED) {
                store.removeWaiting(item.id());
                taken.add(item.change());
            } else if (outcome != Outcome.NOT_ATTEMPTED) {
                ErrorItem again = new ErrorItem(item.change(), r.message(), item.attempts() + 1, item.failedAt());
                boolean overdue = clock.millis() - item.failedAt() > timeout.toMillis();
                if (overdue && retry.onFailure(Integer.MAX_VALUE) == RetryStrategy.Decision.MOVE_TO_ERROR_QUEUE) {
                    parking.parkWaiting(again, packageId);
                } else {
                    store.updateWaiting(again);
                }
            }
        }
        return taken;
    }
}
