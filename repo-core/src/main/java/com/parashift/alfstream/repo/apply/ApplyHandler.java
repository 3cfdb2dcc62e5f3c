package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DirectoryPort;
import com.parashift.alfstream.repo.port.RepositoryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST apply}: applies changes in order, each in a transaction of its own, and stops at the first
 * failure so that order is kept; a failed item leaves nothing written. A change that waits for something a later
 * change brings (its parent, say) is answered WAITING and the others go on. Applying the same change twice
 * changes nothing the second time.
 */
public class ApplyHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyHandler.class);

    private final RepositoryPort repository;
    private final ChangeApplier applier;
    private final ApplyListener listener;

    /**
     * @param createMissingPeople whether a user that a change needs (a home folder's owner, a group member) may
     *                            be created here; otherwise such a change fails naming the user
     */
    public ApplyHandler(RepositoryPort repository, DirectoryPort directory, StagingArea staging, ApplyListener listener,
                        boolean createMissingPeople) {
        this.repository = repository;
        this.applier = new ChangeApplier(repository, directory, staging, createMissingPeople);
        this.listener = listener;
    }

    public ApplyResult apply(ApplyRequest request) {
        Json.checkProtocol(request.protocol());
        if (request.origin() == null || request.origin().isBlank()) {
            throw SyncException.badRequest("origin: missing; it names the instance the changes come from");
        }
        if (request.origin().equals(repository.instanceId())) {
            throw SyncException.badRequest("origin: " + request.origin() + " is this repository itself;"
                    + " local and remote URL point at the same repository");
        }
        if (request.items() == null) {
            throw SyncException.badRequest("items: missing");
        }
        List<ItemResult> results = new ArrayList<>(request.items().size());
        boolean failed = false;
        for (Change change : request.items()) {
            if (failed) {
                results.add(new ItemResult(change.id(), change.uuid(), Outcome.NOT_ATTEMPTED, "an earlier item failed"));
                continue;
            }
            ItemResult result = applyOne(change, request.origin());
            failed = result.outcome() == Outcome.FAILED;
            results.add(result);
        }
        return new ApplyResult(Protocol.VERSION, results);
    }

    private ItemResult applyOne(Change change, String sender) {
        try {
            checkShape(change);
            String origin = change.origin() == null || change.origin().isBlank() ? sender : change.origin();
            ItemResult result = repository.inTransaction(() -> applier.apply(change, origin));
            if (result.outcome() == Outcome.APPLIED) {
                LOG.debug("CHANGE-APPLIED {} {} {} from {}", change.id(), change.kind(), change.uuid(), origin);
                if (change.node() != null) {
                    tellListener(change);
                }
            }
            return result;
        } catch (DependencyMissingException e) {
            LOG.debug("CHANGE-WAITING {} {} {}: {}", change.id(), change.kind(), change.uuid(), e.getMessage());
            return new ItemResult(change.id(), change.uuid(), Outcome.WAITING, e.getMessage());
        } catch (SyncException e) {
            return failed(change, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("CHANGE-FAILED {} {} {}: {}", change.id(), change.kind(), change.uuid(), e.toString());
            return failed(change, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The change is committed: whatever the listener does, it stays APPLIED. */
    private void tellListener(Change change) {
        try {
            listener.applied(change.node());
        } catch (RuntimeException e) {
            LOG.warn("APPLY-LISTENER-FAILED {} {}: {}", change.id(), change.uuid(), e.toString());
        }
    }

    private static void checkShape(Change change) {
        if (change.kind() == null) {
            throw SyncException.badRequest("kind: missing");
        }
        if (change.node() != null) {
            if (change.kind() == ChangeKind.DELETE) {
                throw SyncException.badRequest("a DELETE carries no node");
            }
            if (!change.uuid().equals(change.node().uuid())) {
                throw SyncException.badRequest("node.uuid " + change.node().uuid() + " differs from uuid " + change.uuid());
            }
        }
    }

    private static ItemResult failed(Change change, String message) {
        LOG.info("CHANGE-FAILED {} {} {}: {}", change.id(), change.kind(), change.uuid(), message);
        return new ItemResult(change.id(), change.uuid(), Outcome.FAILED, message);
    }
}
