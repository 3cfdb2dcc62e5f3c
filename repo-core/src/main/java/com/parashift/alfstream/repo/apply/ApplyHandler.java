package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.Holds;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DirectoryPort;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.validate.ChangeValidator;
import com.parashift.alfstream.repo.validate.Limits;
import com.parashift.alfstream.repo.validate.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST apply}: applies changes in order, each in a transaction of its own, and stops at the first
 * failure so that order is kept, or, when the request asks to go on past failures, leaves out only the changes
 * that depend on a failed one ({@link Holds}); a failed item leaves nothing written. A change that waits for something a later
 * change brings (its parent, say) is answered WAITING and the others go on; so does a change refused because it
 * would write outside the trees under sync here ({@link ApplyScope}). Every item is checked whole
 * ({@link ChangeValidator}) before anything of it is read or written. Applying the same change twice changes
 * nothing the second time.
 */
public class ApplyHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyHandler.class);

    private final RepositoryPort repository;
    private final ChangeApplier applier;
    private final ApplyListener listener;
    private final ChangeValidator validator;

    /**
     * @param createMissingPeople whether a user that a change needs (a home folder's owner, a group member) may
     *                            be created here; otherwise such a change fails naming the user
     */
    public ApplyHandler(RepositoryPort repository, DirectoryPort directory, StagingArea staging, ApplyListener listener,
                        boolean createMissingPeople) {
        this(repository, directory, staging, listener, createMissingPeople, Limits.DEFAULT);
    }

    /** @param limits how big an item may be ({@code alfstream.sync.limits.*}) */
    public ApplyHandler(RepositoryPort repository, DirectoryPort directory, StagingArea staging, ApplyListener listener,
                        boolean createMissingPeople, Limits limits) {
        this.repository = repository;
        this.applier = new ChangeApplier(repository, directory, staging, createMissingPeople);
        this.listener = listener;
        this.validator = new ChangeValidator(repository.dictionary(), limits);
    }

    public ApplyResult apply(ApplyRequest request) {
        checkRequest(request);
        return new ApplyResult(Protocol.VERSION, request.goesOnPastFailures()
                ? applyPastFailures(request) : applyUntilFailure(request));
    }

    private List<ItemResult> applyUntilFailure(ApplyRequest request) {
        List<ItemResult> results = new ArrayList<>(request.items().size());
        boolean failed = false;
        for (Change change : request.items()) {
            if (failed) {
                results.add(new ItemResult(change.id(), change.uuid(), Outcome.NOT_ATTEMPTED, "an earlier item failed"));
                continue;
            }
            ItemResult result = applyOne(change, request.origin());
            failed = result.outcome() == Outcome.FAILED && !result.message().startsWith(ApplyScope.OUT_OF_SCOPE);
            results.add(result);
        }
        return results;
    }

    /** Every item that does not depend on a failed one is applied; those that do are left out, naming it. */
    private List<ItemResult> applyPastFailures(ApplyRequest request) {
        List<ItemResult> results = new ArrayList<>(request.items().size());
        Holds holds = new Holds();
        for (Change change : request.items()) {
            Long blocker = holds.blocker(change);
            if (blocker != null) {
                holds.hold(change);
                results.add(new ItemResult(change.id(), change.uuid(), Outcome.NOT_ATTEMPTED,
                        "waits behind item " + blocker + ", which failed"));
                continue;
            }
            ItemResult result = applyOne(change, request.origin());
            if (result.outcome() == Outcome.FAILED) {
                holds.hold(change);
            }
            results.add(result);
        }
        return results;
    }

    /** The request as a whole: a problem here is a 400 and nothing is applied. */
    private void checkRequest(ApplyRequest request) {
        Json.checkProtocol(request.protocol());
        if (request.origin() == null || request.origin().isBlank()) {
            throw SyncException.badRequest("origin: missing; it names the instance the changes come from");
        }
        Refusal.field("origin", Names::checkOrigin, request.origin());
        if (request.origin().equals(repository.instanceId())) {
            throw SyncException.badRequest("origin: " + request.origin() + " is this repository itself;"
                    + " local and remote URL point at the same repository");
        }
        if (request.items() == null) {
            throw SyncException.badRequest("items: missing");
        }
        int max = validator.limits().maxItems();
        if (request.items().size() > max) {
            throw SyncException.badRequest("items: more than " + max + " (" + request.items().size() + ")");
        }
        for (int i = 0; i < request.items().size(); i++) {
            if (request.items().get(i) == null) {
                throw SyncException.badRequest("items[" + i + "]: null, expected a change");
            }
        }
    }

    private ItemResult applyOne(Change change, String sender) {
        try {
            validator.check(change);
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
        } catch (OutOfScopeException e) {
            LOG.warn("CHANGE-REFUSED {} {} {}: {}", change.id(), change.kind(), Names.abbreviate(change.uuid()),
                    e.getMessage());
            return new ItemResult(change.id(), change.uuid(), Outcome.FAILED, e.getMessage());
        } catch (SyncException e) {
            return failed(change, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("CHANGE-FAILED {} {} {}: {}", change.id(), change.kind(), Names.abbreviate(change.uuid()),
                    Names.abbreviate(e.toString()));
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

    private static ItemResult failed(Change change, String message) {
        LOG.info("CHANGE-FAILED {} {} {}: {}", change.id(), change.kind(), Names.abbreviate(change.uuid()), message);
        return new ItemResult(change.id(), change.uuid(), Outcome.FAILED, message);
    }
}
