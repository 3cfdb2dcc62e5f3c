package com.parashift.alfstream.repo.verify;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.ResendRequest;
import com.parashift.alfstream.protocol.ResendResult;
import com.parashift.alfstream.repo.apply.ApplyScope;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.repo.validate.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST resend}: journals nodes anew as this repository's changes, each in a transaction of its own, with
 * this repository's counter of the node's version bumped, so that the next poll carries its whole current state to
 * the other side and the other side's apply takes it as newer than what it holds (or, where the other side changed
 * the node too, as a conflict its rules settle without losing either edit). A request naming a node outside every
 * synced tree is refused whole (409) before anything is journaled; a node gone or stopped meanwhile is left out and
 * listed. {@code alfstream:verify --repair} sends
 * what differs this way through the ordinary queue, retries and error handling.
 */
public class ResendHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ResendHandler.class);
    public static final int MAX_NODES = 1_000;

    private final RepositoryPort repository;

    public ResendHandler(RepositoryPort repository) {
        this.repository = repository;
    }

    public ResendResult resend(ResendRequest request) {
        Json.checkProtocol(request.protocol());
        if (request.uuids() == null || request.uuids().isEmpty()) {
            throw SyncException.badRequest("uuids: give the nodes to journal anew");
        }
        if (request.uuids().size() > MAX_NODES) {
            throw SyncException.badRequest("uuids: at most " + MAX_NODES + " at once, were " + request.uuids().size());
        }
        request.uuids().forEach(uuid -> Refusal.field("uuids", Names::checkUuid, uuid));
        repository.inTransaction(() -> {
            for (String uuid : request.uuids()) {
                if (repository.read(uuid).isPresent() && !ApplyScope.isInsideSyncedTree(repository, uuid)) {
                    throw new SyncException(409, "uuids: " + uuid + " is not inside a synced folder here; nothing"
                            + " was journaled");
                }
            }
            return null;
        });
        List<String> journaled = new ArrayList<>();
        List<ResendResult.Refused> refused = new ArrayList<>();
        for (String uuid : request.uuids()) {
            String problem = repository.inTransaction(() -> {
                Optional<NodeSnapshot> node = repository.read(uuid);
                if (node.isEmpty()) {
                    return "no such node here";
                }
                if (!ApplyScope.isInsideSyncedTree(repository, uuid)) {
                    return "no longer inside a synced folder here";
                }
                Optional<SyncState> state = repository.syncState(uuid);
                if (state.orElse(null) != SyncState.Active) {
                    return "its sync state here is " + state.map(Enum::name).orElse("none") + ", not Active";
                }
                repository.setVersion(uuid, repository.version(uuid).bumped(repository.instanceId()));
                repository.journalHere(uuid);
                return null;
            });
            if (problem == null) {
                journaled.add(uuid);
            } else {
                refused.add(new ResendResult.Refused(uuid, problem));
            }
        }
        LOG.info("RESEND {} nodes journaled anew, {} refused", journaled.size(), refused.size());
        return new ResendResult(journaled, refused);
    }
}
