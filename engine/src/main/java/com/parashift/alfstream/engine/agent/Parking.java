package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.event.SyncEvents;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.StateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Says that a change was given up to the error queue (the store has it already): an ITEM-DROPPED line, a DROPPED
 * event, and the source node marked {@code alfs:syncState=Error} with the reason through the local endpoint.
 */
final class Parking {

    private static final Logger LOG = LoggerFactory.getLogger(Parking.class);

    private final String agent;
    private final RepositoryClient local;
    private final SyncEvents events;

    Parking(String agent, RepositoryClient local, SyncEvents events) {
        this.agent = agent;
        this.local = local;
        this.events = events;
    }

    void announce(ErrorItem item, String packageId) {
        Change change = item.change();
        LOG.warn("ITEM-DROPPED {} {} {} moved to the error queue after {} attempts: {}", packageId, change.id(),
                LogText.clean(Transfer.pathOf(change)), item.attempts(), LogText.clean(item.reason()));
        events.publish(SyncEvents.Type.DROPPED, agent, packageId, List.of(Transfer.pathOf(change)));
        if (change.kind().isGroup()) {
            return;
        }
        try {
            local.setState(new StateRequest(Protocol.VERSION, change.uuid(), "Error", item.reason()));
        } catch (PeerException e) {
            LOG.warn("SYNC-STATE-FAILED could not mark {} as Error on the local repository: {}",
                    LogText.clean(change.uuid()), LogText.clean(e.getMessage()));
        }
    }
}
