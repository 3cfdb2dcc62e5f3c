package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.cursor.Cursor;
import com.parashift.alfstream.engine.cursor.StoreFailedException;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.engine.queue.ErrorQueue;
import com.parashift.alfstream.engine.retry.Backoff;
import com.parashift.alfstream.engine.retry.RetryStrategy;
import com.parashift.alfstream.engine.verify.Reconcile;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One agent: reads the local journal after the cursor, moves the changes to the remote, and saves the cursor
 * only after the remote applied them or they were set aside durably. A change that fails is set aside and retried
 * in the background (or, with {@code retry.strategy=none}, blocks the changes behind it); a remote that is down or
 * refuses the request makes the agent back off and try the same changes again; a state store that cannot be
 * written stops the agent until it can.
 */
public class SyncAgent {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

    private final EngineSettings settings;
    private final RepositoryClient local;
    private final RepositoryClient remote;
    private final SyncStore store;
    private final RetryStrategy retry;
    private final SyncEvents events;
    private final Clock clock;
    private final Backoff backoff;
    private final ErrorQueue errorQueue;
    private final Parking parking;
    private final Delivery delivery;
    private final SetAside setAside;
    private final PeerFailures peerFailures;
    private final Reconcile reconcile;
    private long conflicts;
    private Cursor cursor;
    private String storeFailure;
    private String localId;
    private String remoteId;
    private long notBefore;

    public SyncAgent(EngineSettings settings, RepositoryClient local, RepositoryClient remote, SyncStore store,
                     SyncEvents events, Clock clock) {
        this.settings = settings;
        this.local = local;
        this.remote = remote;
        Transfer transfer = new Transfer(local, remote);
        this.store = store;
        this.retry = RetryStrategy.of(settings.retryStrategy(), settings.retryAttempts());
        this.events = events;
        this.clock = clock;
        this.backoff = new Backoff(settings.retryDelay(), settings.retryMaxDelay());
        this.errorQueue = new ErrorQueue(this, store, transfer, local, this::localId, clock);
        this.parking = new Parking(settings.agent(), local, events);
        this.delivery = new Delivery(transfer, retry.setsAside());
        this.setAside = new SetAside(store, delivery, retry, parking, settings.dependencyTimeout(),
                new Backoff(settings.retryDelay(), settings.retryMaxDelay()), clock);
        this.peerFailures = new PeerFailures(settings.agent());
        this.reconcile = new Reconcile(settings.agent(), local, remote, clock);
    }

    /** One tick of the poll route: moves batches until the local journal has nothing more, or something fails. */
    public synchronized void poll() {
        if (clock.millis() < notBefore || !storeUsable()) {
            return;
        }
        try {
            identify();
            boolean more = true;
            while (more && !Thread.currentThread().isInterrupted()) {
                more = syncOneBatch();
            }
            String setAsidePackage = settings.agent() + "-set-aside";
            imported(setAsidePackage, setAside.retry(localId, setAsidePackage));
            peerFailures.succeeded();
        } catch (PeerException e) {
            long delay = backoff.next().toMillis();
            notBefore = clock.millis() + delay;
            peerFailures.failed(e, delay);
        } catch (StoreFailedException e) {
            storeFailed(e.getMessage());
        }
    }

    /** Whether the store can be used, reopening it after a failure; the cursor is read again from it then. */
    private boolean storeUsable() {
        try {
            if (!store.healthy() && !store.reopen()) {
                storeFailed(store.failure());
                return false;
            }
            if (cursor == null) {
                cursor = store.loadCursor();
            }
        } catch (StoreFailedException e) {
            storeFailed(e.getMessage());
            return false;
        }
        if (storeFailure != null) {
            LOG.info("STORE-RECOVERED agent {}: {} can be written again; going on from cursor {}", settings.agent(),
                    settings.persistFile(), cursor.high());
            storeFailure = null;
            backoff.reset();
        }
        return true;
    }

    private void storeFailed(String reason) {
        cursor = null;
        notBefore = clock.millis() + backoff.next().toMillis();
        if (storeFailure == null) {
            LOG.error("STORE-FAILED agent {}: {}; nothing is applied until the state can be written again",
                    settings.agent(), LogText.clean(reason));
        }
        storeFailure = reason;
    }

    private void identify() {
        if (localId != null) {
            return;
        }
        Status localStatus = local.status();
        Status remoteStatus = remote.status();
        for (Status status : List.of(localStatus, remoteStatus)) {
            if (status.protocol() != Protocol.VERSION) {
                throw new PeerException(400, "repository " + LogText.clean(status.instanceId()) + " speaks protocol "
                        + status.protocol() + ", this engine speaks " + Protocol.VERSION, null);
            }
        }
        if (localStatus.instanceId().equals(remoteStatus.instanceId())) {
            throw new PeerException(400, "alfstream.local.url and alfstream.remote.url reach the same repository "
                    + LogText.clean(localStatus.instanceId()), null);
        }
        localId = localStatus.instanceId();
        remoteId = remoteStatus.instanceId();
        LOG.info("AGENT-CONNECTED {}: local {} ({}), remote {} ({}), cursor {}", settings.agent(),
                LogText.clean(localId), local.endpoint().url(), LogText.clean(remoteId), remote.endpoint().url(),
                cursor.high());
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
        int instruction = firstInstruction(pending);
        if (instruction == 0) {
            reconcile.run(pending.get(0));
            cursor.handled(pending.get(0).id(), clock.millis());
            store.save(cursor);
            return true;
        }
        boolean stopsBeforeInstruction = instruction > 0;
        if (stopsBeforeInstruction) {
            // everything before it is applied first: the instruction runs as the next batch
            pending = pending.subList(0, instruction);
        }
        String packageId = settings.agent() + "-" + pending.get(0).id() + "-" + pending.get(pending.size() - 1).id();
        events.publish(SyncEvents.Type.CREATED, settings.agent(), packageId, paths(pending));

        List<Change> send = new ArrayList<>();
        int echoes = 0;
        for (Change change : pending) {
            if (remoteId.equals(change.origin())) {
                echoes++;
                cursor.handled(change.id(), clock.millis());
            } else {
                send.add(change);
            }
        }
        events.publish(SyncEvents.Type.QUEUED, settings.agent(), packageId, paths(send));
        LOG.debug("PACKAGE-QUEUED {} {} items", packageId, send.size());
        Package outcome = new Package(packageId, cursor, setAside, retry.setsAside(), clock);
        delivery.deliver(localId, send, setAside.holds(), outcome);
        if (!outcome.answered().isEmpty()) {
            events.publish(SyncEvents.Type.DISTRIBUTED, settings.agent(), packageId, paths(outcome.answered()));
        }
        store.save(cursor, outcome.setAside(), outcome.parked());
        conflicts += outcome.conflicts();
        outcome.parked().forEach(item -> parking.announce(item, packageId));
        imported(packageId, outcome.imported());
        LOG.info("PACKAGE-IMPORTED {}: {} applied, {} set aside, {} parked, {} echoes dropped, {} of {}; cursor {}",
                packageId, outcome.imported().size(), outcome.setAside().size(), outcome.parked().size(), echoes,
                outcome.blocker() == null ? "none blocking" : "1 blocking", pending.size(), cursor.high());
        if (outcome.blocker() != null) {
            return blocked(outcome.blocker(), outcome.blockReason(), packageId);
        }
        backoff.reset();
        return batch.hasMore() || stopsBeforeInstruction;
    }

    /** The index of the first change the engine acts on itself ({@link ChangeKind#isInstruction}), or -1. */
    private int firstInstruction(List<Change> pending) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).kind().isInstruction() && !remoteId.equals(pending.get(i).origin())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code retry.strategy=none}: the failed change holds the cursor; the agent backs off and tries it again. */
    private boolean blocked(Change change, String reason, String packageId) {
        int attempt = store.countFailure(change.id());
        long delay = backoff.next().toMillis();
        notBefore = clock.millis() + delay;
        LOG.warn("ITEM-FAILED {} {} {} (attempt {}): {}; retrying in {} ms", packageId, change.id(),
                LogText.clean(Transfer.pathOf(change)), attempt, LogText.clean(reason), delay);
        return false;
    }

    /** Events for applied changes; parked changes of the same nodes that they make moot leave the queues. */
    private void imported(String packageId, List<Change> imported) {
        if (imported.isEmpty()) {
            return;
        }
        store.removeSuperseded(imported).forEach(item -> LOG.info(
                "PARKED-SUPERSEDED {} {}: a later change of it was applied", item.id(),
                LogText.clean(Transfer.pathOf(item.change()))));
        events.publish(SyncEvents.Type.IMPORTED, settings.agent(), packageId, paths(imported));
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

    /** The cursor's position, for status; -1 while the state store cannot be read. */
    public synchronized long cursorHigh() {
        return cursor == null ? -1 : cursor.high();
    }

    /** How many changes met a conflict on the remote since the agent started (each logged as CONFLICT). */
    public synchronized long conflictCount() {
        return conflicts;
    }

    /** How many changes are set aside (waiting, failed and retried, or behind a failed one). */
    public synchronized int setAsideCount() {
        return store.waiting().size();
    }

    /** Why the state store cannot be written, or {@code null} when it can. */
    public synchronized String storeFailure() {
        return storeFailure;
    }
}
