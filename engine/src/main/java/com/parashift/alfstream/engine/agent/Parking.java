package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.cursor.Cursor;
import com.parashift.alfstream.engine.cursor.SyncStore;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.StateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Gives changes up to the error queue, durably, and says so: an ITEM-DROPPED line, a DROPPED event, and the
 * source node marked {@code alfs:syncState=Error} with the reason through the local endpoint.
 */
final class Parking {

    private static final Logger LOG = LoggerFactory.getLogger(Parking.class);

    private final String agent;
    private final SyncStore store;
    private final RepositoryClient local;
    private final SyncEvents events;

    Parking(String agent, SyncStore store, RepositoryClient local, SyncEvents events) {
        this.agent = agent;
        this.store = store;
        this.local = local;
        this.events = events;
    }

    /** Parks a change the agent read just now; the cursor, already past it, is saved in the same commit. */
    void park(ErrorItem item, Cursor cursor, String packageId) {
        store.moveToErrorQueue(item, cursor);
        announce(item, packageId);
    }

    /** Parks a change that waited too long for its parent or group. */
    void parkWaiting(ErrorItem item, String packageId) {
        store.moveWaitingToErrorQueue(item);
        announce(item, packageId);
    }

    private void announce(ErrorItem item, String packageId) {
        Change change = item.change();
        LOG.warn("ITEM-DROPPED {} {} {} moved to the error queue after {} attempts: {}", packageId, change.id(),
                Transfer.pathOf(change), item.attempts(), item.reason());
        events.publish(SyncEvents.Type.DROPPED, agent, packageId, List.of(Transfer.pathOf(change)));
        if (change.kind().isGroup()) {
            return;
        }
        try {
            local.setState(new StateRequest(Protocol.VERSION, change.uuid(), "Error", item.reason()));
        } catch (PeerException e) {
            LOG.warn("SYNC-STATE-FAILED could not mark {} as Error on the local repository: {}", change.uuid(),
                    e.getMessage());
        }
    }
}
