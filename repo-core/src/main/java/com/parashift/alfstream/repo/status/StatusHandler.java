package com.parashift.alfstream.repo.status;

import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.StateRequest;
import com.parashift.alfstream.protocol.Status;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.repo.validate.Limits;
import com.parashift.alfstream.repo.validate.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** {@code GET status} (what this repository is) and {@code POST state} (set a node's sync state). */
public class StatusHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StatusHandler.class);

    private final RepositoryPort repository;
    private final int maxMessageChars;

    public StatusHandler(RepositoryPort repository) {
        this(repository, Limits.DEFAULT);
    }

    /** @param limits {@code maxMessageChars} bounds the message of {@code POST state} */
    public StatusHandler(RepositoryPort repository, Limits limits) {
        this.repository = repository;
        this.maxMessageChars = limits.maxMessageChars();
    }

    public Status status() {
        return new Status(Protocol.VERSION, repository.instanceId(), repository.journalHigh(),
                repository.count(SyncState.Active) + repository.count(SyncState.Error),
                repository.count(SyncState.Error));
    }

    public void setState(StateRequest request) {
        Json.checkProtocol(request.protocol());
        Refusal.field("uuid", Names::checkUuid, request.uuid());
        SyncState state = SyncState.parse(request.state()).orElseThrow(() -> SyncException.badRequest(
                "state: '" + Names.abbreviate(request.state()) + "' is not one of Active, Inactive, Error"));
        if (request.message() != null && request.message().length() > maxMessageChars) {
            throw SyncException.badRequest("message: more than " + maxMessageChars + " characters ("
                    + request.message().length() + ")");
        }
        repository.inTransaction(() -> {
            List<RepositoryPort.Lineage> lineage = repository.lineage(request.uuid());
            if (lineage.isEmpty()) {
                throw SyncException.notFound("no node " + request.uuid());
            }
            if (!lineage.get(0).synced()) {
                throw new SyncException(409, "node " + request.uuid() + " is not under sync here; its sync state"
                        + " cannot be set");
            }
            repository.setState(request.uuid(), state, request.message());
            return null;
        });
        LOG.info("SYNC-STATE {} {}{}", request.uuid(), state,
                request.message() == null ? "" : ": " + Names.abbreviate(request.message()));
    }
}
