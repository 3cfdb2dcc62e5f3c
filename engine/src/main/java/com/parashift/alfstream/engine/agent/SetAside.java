package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.engine.queue.ErrorItem.Hold;
import com.parashift.alfstream.engine.retry.Backoff;
import com.parashift.alfstream.engine.retry.RetryStrategy;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.Holds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes set aside off the cursor's path, durably, in the store's waiting list: those that point at
 * something a later change brings ({@link Hold#WAITING}, tried on every poll, given up to the error queue after
 * {@code alfstream.sync.dependency.timeout}), those that failed ({@link Hold#FAILED}, retried with backoff until
 * the retry strategy parks them), and those behind a failed one ({@link Hold#BEHIND}: a later change of the same
 * node, or of a node whose parent it is), sent once it is applied or parked.
 */
final class SetAside {

    private static final Logger LOG = LoggerFactory.getLogger(SetAside.class);

    private final SyncStore store;
    private final Delivery delivery;
    private final RetryStrategy retry;
    private final Parking parking;
    private final Duration timeout;
    private final Backoff backoff;
    private final Clock clock;

    SetAside(SyncStore store, Delivery delivery, RetryStrategy retry, Parking parking, Duration timeout,
             Backoff backoff, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.retry = retry;
        this.parking = parking;
        this.timeout = timeout;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** The nodes that later changes wait behind: those of the failed changes set aside and of those behind them. */
    Holds holds() {
        Holds holds = new Holds();
        store.waiting().stream().filter(ErrorItem::holdsOthers).forEach(item -> holds.hold(item.change()));
        return holds;
    }

    /**
     * What becomes of a change that failed for the {@code attempts}'th time: set aside again to be retried after
     * the backoff, or, when the retry strategy gives it up, an error queue item (hold {@code null}).
     */
    ErrorItem afterFailure(Change change, String reason, int attempts, long since) {
        if (retry.onFailure(attempts) == RetryStrategy.Decision.MOVE_TO_ERROR_QUEUE) {
            return new ErrorItem(change, reason, attempts, clock.millis());
        }
        long delay = backoff.after(attempts).toMillis();
        LOG.warn("ITEM-FAILED {} {} (attempt {}): {}; set aside, retrying in {} ms", change.id(),
                LogText.clean(Transfer.pathOf(change)), attempts, LogText.clean(reason), delay);
        return new ErrorItem(change, reason, attempts, since, Hold.FAILED, clock.millis() + delay);
    }

    ErrorItem behind(Change change, long blocker) {
        return new ErrorItem(change, "waits behind journal entry " + blocker, 0, clock.millis(), Hold.BEHIND, 0);
    }

    ErrorItem waiting(Change change, String reason) {
        return new ErrorItem(change, reason, 0, clock.millis(), Hold.WAITING, 0);
    }

    /** Sends the set-aside changes that are due; returns those the remote took (applied or found done). */
    List<Change> retry(String origin, String packageId) {
        List<ErrorItem> items = store.waiting();
        if (items.isEmpty()) {
            return List.of();
        }
        long now = clock.millis();
        Holds holds = new Holds();
        List<Change> due = new ArrayList<>();
        Map<Long, ErrorItem> byId = new HashMap<>();
        for (ErrorItem item : items) {
            byId.put(item.id(), item);
            if (item.hold() == Hold.FAILED && item.retryAt() > now) {
                holds.hold(item.change());
            } else {
                due.add(item.change());
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<Change> taken = new ArrayList<>();
        List<ErrorItem> updated = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        List<ErrorItem> parked = new ArrayList<>();
        delivery.deliver(origin, due, holds, new Delivery.Outcomes() {
            @Override
            public boolean answered(Change change, ItemResult result) {
                ErrorItem item = byId.get(change.id());
                if (result.outcome() == Outcome.APPLIED || result.outcome() == Outcome.SKIPPED) {
                    removed.add(change.id());
                    taken.add(change);
                } else if (result.outcome() == Outcome.WAITING) {
                    stillWaiting(item, result.message(), updated, parked);
                } else {
                    ErrorItem next = afterFailure(change, result.message(), item.attempts() + 1, item.failedAt());
                    (next.hold() == null ? parked : updated).add(next);
                }
                return true;
            }

            @Override
            public void held(Change change, long blocker) {
                // it stays as it is, behind the change that failed
            }
        });
        store.updateSetAside(updated, removed, parked);
        parked.forEach(item -> parking.announce(item, packageId));
        return taken;
    }

    private void stillWaiting(ErrorItem item, String reason, List<ErrorItem> updated, List<ErrorItem> parked) {
        long since = item.hold() == Hold.WAITING || item.hold() == null ? item.failedAt() : clock.millis();
        ErrorItem again = new ErrorItem(item.change(), reason, item.attempts() + 1, since, Hold.WAITING, 0);
        boolean overdue = clock.millis() - since > timeout.toMillis();
        if (overdue && retry.onFailure(Integer.MAX_VALUE) == RetryStrategy.Decision.MOVE_TO_ERROR_QUEUE) {
            parked.add(new ErrorItem(item.change(), reason, again.attempts(), clock.millis()));
        } else {
            updated.add(again);
        }
    }
}
