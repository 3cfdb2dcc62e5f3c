package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.alfresco.action.JobKind;
import com.parashift.alfstream.alfresco.action.SubtreeCount;
import com.parashift.alfstream.alfresco.action.SyncChecks;
import com.parashift.alfstream.alfresco.action.SyncRefusal;
import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.SyncException;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code POST alfstream/sync/run}: Begin, Stop or Retry Syncing on one node as the current user, the way Share runs
 * them. Every refusal is a 4xx with the product's own sentence and a code ({@link SyncChecks}); Stop from Syncing
 * on a folder holding more than {@code alfstream.sync.stop.confirmAbove} items answers 409 {@code confirm-stop}
 * with the count until it is sent again with {@code "confirmed": true}.
 */
public class SyncRunPost extends AbstractWebScript {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunPost.class);
    private static final long COUNT_CAP = 1_000_000;

    /**
     * The request: the node, {@code begin} / {@code stop} / {@code retry}, and whether a large stop was confirmed
     * (left out or {@code null}: not confirmed).
     */
    public record RunRequest(String nodeRef, String action, Boolean confirmed) {
    }

    /** Every answer: the status, a code for refusals, the sentence, the item's name and a count where one applies. */
    public record RunAnswer(int status, String code, String message, String name, Long count) {
    }

    private final SyncChecks checks;
    private final SubtreeCount count;
    private final ActionService actionService;
    private final TransactionRunner transactions;
    private final RunAs runAs;
    private final long confirmAbove;

    public SyncRunPost(SyncChecks checks, SubtreeCount count, ActionService actionService,
            TransactionRunner transactions, RunAs runAs, long confirmAbove) {
        this.checks = checks;
        this.count = count;
        this.actionService = actionService;
        this.transactions = transactions;
        this.runAs = runAs;
        this.confirmAbove = confirmAbove;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        RunAnswer answer;
        try {
            answer = run(read(req));
        } catch (SyncRefusal e) {
            LOG.info("SYNC-RUN-REFUSED {} {}: {}", runAs.currentUser(), e.code(), e.getMessage());
            answer = new RunAnswer(e.status(), e.code(), e.getMessage(), e.name(), e.count() < 0 ? null : e.count());
        } catch (SyncException e) {
            answer = new RunAnswer(e.status(), "bad-request", e.getMessage(), null, null);
        } catch (RuntimeException e) {
            LOG.warn("SYNC-RUN-FAILED {}: {}", runAs.currentUser(), e.toString(), e);
            answer = new RunAnswer(500, "failed", "The repository could not do it: " + e.getMessage(), null, null);
        }
        SyncWebScript.sendJson(res, answer.status(), answer);
    }

    private static RunRequest read(WebScriptRequest req) {
        try (InputStream in = Bodies.open(req)) {
            RunRequest request = Json.read(in, RunRequest.class);
            if (request.nodeRef() == null || !NodeRef.isNodeRef(request.nodeRef())) {
                throw SyncException.badRequest("nodeRef: expected workspace://SpacesStore/<id>, was "
                        + request.nodeRef());
            }
            return request;
        } catch (IOException e) {
            throw SyncException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    private RunAnswer run(RunRequest request) {
        JobKind kind = kind(request.action());
        NodeRef node = new NodeRef(request.nodeRef());
        String name = transactions.readOnly(() -> checks.check(kind, node));
        if (kind == JobKind.STOP && !Boolean.TRUE.equals(request.confirmed()) && confirmAbove >= 0) {
            long items = transactions.readOnly(() -> runAs.system(() -> count.below(node, COUNT_CAP)));
            if (items > confirmAbove) {
                throw new SyncRefusal(409, "confirm-stop", name, items, name + " holds " + items
                        + " items. Stop syncing all of them?");
            }
        }
        String actionName = "alfstream-" + kind.name().toLowerCase(Locale.ROOT) + "-sync";
        transactions.inNewTransaction(() -> {
            actionService.executeAction(actionService.createAction(actionName), node, false, false);
            return null;
        });
        LOG.info("SYNC-RUN {} {} {}", runAs.currentUser(), actionName, node);
        return new RunAnswer(200, null, null, name, null);
    }

    private static JobKind kind(String action) {
        for (JobKind kind : JobKind.values()) {
            if (kind.name().equalsIgnoreCase(String.valueOf(action))) {
                return kind;
            }
        }
        throw SyncException.badRequest("action: expected begin, stop or retry, was " + action);
    }
}
