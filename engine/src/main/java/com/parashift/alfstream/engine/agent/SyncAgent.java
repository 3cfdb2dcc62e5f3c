package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.cursor.Cursor;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.engine.queue.ErrorQueue;
import com.parashift.alfstream.engine.retry.Backoff;
import com.parashift.alfstream.engine.retry.RetryStrategy;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One agent: reads the local journal after the cursor, moves the changes to the remote, and saves the cursor
 * only after the remote applied them. A change that fails is retried or moved to the error queue by the retry
 * strategy; a remote that is down or refuses the request makes the agent back off and try the same changes again.
 */
public class SyncAgent {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

    private final EngineSettings settings;
    private final RepositoryClient local;
    private final RepositoryClient remote;
    private final Transfer transfer;
    private final SyncStore store;
    private final RetryStrategy retry;
    private final SyncEvents events;
    private final Clock clock;
    private final Backoff backoff;
    private final Map<Long, Integer> attempts = new HashMap<>();
    private final Cursor cursor;
    private final ErrorQueue errorQueue;
    private final Parking parking;
    private final WaitingChanges waiting;
    private String localId;
    private String remoteId;
    private long notBefore;

    public SyncAgent(EngineSettings settings, RepositoryClient local, RepositoryClient remote, SyncStore store,
                     SyncEvents events, Clock clock) {
        this.settings = settings;
        this.local = local;
        this.remote = remote;
        this.transfer = new Transfer(local, remote);
        this.store = store;
        this.retry = RetryStrategy.of(settings.retryStrategy(), settings.retryAttempts());
        this.events = events;
        this.clock = clock;
        this.backoff = new Backoff(settings.retryDelay(), settings.retryMaxDelay());
        this.cursor = store.loadCursor();
        this.errorQueue = new ErrorQueue(this, store, transfer, local, this::localId, clock);
        this.parking = new Parking(settings.agent(), store, local, events);
        this.waiting = new WaitingChanges(store, transfer, retry, parking, settings.dependencyTimeout(), clock);
    }

    /** One tick of the poll route: moves batches until the local journal has nothing more, or something fails. */
    public synchronized void poll() {
        if (clock.millis() < notBefore) {
            return;
        }
        try {
            identify();
            boolean more = true;
            while (more && !Thread.currentThread().isInterrupted()) {
                more = syncOneBatch();
            }
            String waitingPackage = settings.agent() + "-waiting";
            imported(waitingPackage, waiting.retry(localId, waitingPackage));
        } catch (PeerException e) {
            long delay = backoff.next().toMillis();
            notBefore = clock.millis() + delay;
            LOG.warn("{} agent {}: {}; retrying in {} ms", e.status() == 0 ? "PEER-UNREACHABLE" : "PEER-ERROR",
                    settings.agent(), e.getMessage(), delay);
        }
    }

    private void identify() {
        if (localId != null) {
            return;
        }
        Status localStatus = local.status();
        Status remoteStatus = remote.status();
        for (Status status : List.of(localStatus, remoteStatus)) {
            if (status.protocol() != Protocol.VERSION) {
                throw new PeerException(400, "repository " + status.instanceId() + " speaks protocol "
                        + status.protocol() + ", this engine speaks " + Protocol.VERSION, null);
            }
        }
        if (localStatus.instanceId().equals(remoteStatus.instanceId())) {
            throw new PeerException(400, "alfstream.local.url and alfstream.remote.url reach the same repository "
                    + localStatus.instanceId(), null);
        }
        localId = localStatus.instanceId();
        remoteId = remoteStatus.instanceId();
        LOG.info("AGENT-CONNECTED {}: local {} ({}), remote {} ({}), cursor {}", settings.agent(), localId,
                local.endpoint().url(), remoteId, remote.endpoint().url(), cursor.high());
    }

    /** Moves one batch; says whether to go on at once. */
    private boolean syncOneBatch() {
        cursor.expire(clock.millis(), settings.holeTimeout()).forEach(h -> LOG.warn(
                "HOLE-EXPIRED agent {}: journal ids {}-{} never became visible; given up", settings.agent(),
                h.from(), h.to()));
        ChangeBatch batch = local.changes(cursor.high(), cursor.holes(), settings.batchSize(), remoteId);
        List<Change> pending = batch.items().stream().filter(c -> cursor.isPending(c.id())).toList();
        if (pending.isEmpty()) {
            backoff.reset();
            return false;
        }
        String packageId = settings.agent() + "-" + pending.get(0).id() + "-" + pending.get(pending.size() - 1).id();
        events.publish(SyncEvents.Type.CREATED, settings.agent(), packageId, paths(pending));

        List<Change> send = new ArrayList<>();
        Change failed = null;
        String reason = null;
        for (Change change : pending) {
            if (isEcho(change)) {
                continue;
            }
            try {
                transfer.stageContent(change);
            } catch (PeerException e) {
                if (!e.isAboutTheItem()) {
                    throw e;
                }
                failed = change;
                reason = e.getMessage();
                break;
            }
            send.add(change);
        }
        events.publish(SyncEvents.Type.QUEUED, settings.agent(), packageId, paths(send));
        LOG.debug("PACKAGE-QUEUED {} {} items", packageId, send.size());

        Map<Long, ItemResult> results = new HashMap<>();
        if (!send.isEmpty()) {
            ApplyResult result = transfer.apply(localId, send);
            result.items().forEach(r -> results.put(r.id(), r));
            events.publish(SyncEvents.Type.DISTRIBUTED, settings.agent(), packageId, paths(send));
        }

        List<Change> imported = new ArrayList<>();
        List<ErrorItem> nowWaiting = new ArrayList<>();
        int echoes = 0;
        for (Change change : pending) {
            if (change == failed) {
                break;
            }
            if (isEcho(change)) {
                echoes++;
                cursor.handled(change.id(), clock.millis());
                continue;
            }
            ItemResult r = results.get(change.id());
            if (r == null || r.outcome() == ApplyResult.Outcome.NOT_ATTEMPTED) {
                break;
            }
            if (r.outcome() == ApplyResult.Outcome.FAILED) {
                failed = change;
                reason = r.message();
                break;
            }
            attempts.remove(change.id());
            cursor.handled(change.id(), clock.millis());
            if (r.outcome() == ApplyResult.Outcome.WAITING) {
                nowWaiting.add(new ErrorItem(change, r.message(), 0, clock.millis()));
            } else {
                imported.add(change);
            }
        }
        store.save(cursor, nowWaiting);
        nowWaiting.forEach(item -> LOG.info("ITEM-WAITING {} {} {}: {}", packageId, item.id(),
                Transfer.pathOf(item.change()), item.reason()));
        imported(packageId, imported);
        LOG.info("PACKAGE-IMPORTED {}: {} applied, {} waiting, {} echoes dropped, {} of {}; cursor {}", packageId,
                imported.size(), nowWaiting.size(), echoes, failed == null ? "none failed" : "1 failed",
                pending.size(), cursor.high());
        if (failed != null) {
            return onFailure(failed, reason, packageId);
        }
        backoff.reset();
        return batch.hasMore();
    }

    /** Events for applied changes; parked changes of the same nodes that they make moot leave the queues. */
    private void imported(String packageId, List<Change> imported) {
        if (imported.isEmpty()) {
            return;
        }
        store.removeSuperseded(imported).forEach(item -> LOG.info(
                "PARKED-SUPERSEDED {} {}: a later change of it was applied", item.id(), Transfer.pathOf(item.change())));
        events.publish(SyncEvents.Type.IMPORTED, settings.agent(), packageId, paths(imported));
    }

    /** Applies the retry strategy to a failed change; says whether the agent goes on at once. */
    private boolean onFailure(Change change, String reason, String packageId) {
        int attempt = attempts.merge(change.id(), 1, Integer::sum);
        if (retry.onFailure(attempt) == RetryStrategy.Decision.RETRY_LATER) {
            long delay = backoff.next().toMillis();
            notBefore = clock.millis() + delay;
            LOG.warn("ITEM-FAILED {} {} {} (attempt {}): {}; retrying in {} ms", packageId, change.id(),
                    Transfer.pathOf(change), attempt, reason, delay);
            return false;
        }
        attempts.remove(change.id());
        cursor.handled(change.id(), clock.millis());
        parking.park(new ErrorItem(change, reason, attempt, clock.millis()), cursor, packageId);
        return true;
    }

    private boolean isEcho(Change change) {
        return remoteId.equals(change.origin());
    }

    private static List<String> paths(List<Change> changes) {
        return changes.stream().map(Transfer::pathOf).toList();
    }

    /** The error queue, operated under this agent's lock. */
    public ErrorQueue errorQueue() {
        return errorQueue;
    }

    /** The local repository's instance id once connected, else {@code null}. */
    private synchronized String localId() {
        return localId;
    }

    /** The cursor's position, for status. */
    public synchronized long cursorHigh() {
        return cursor.high();
    }
}
