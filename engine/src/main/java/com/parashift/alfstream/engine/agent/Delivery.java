package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.ContentChangedException;
import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.Holds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends changes to the remote in journal order, content first. When failures are set aside, the remote goes on
 * past a change it refuses and leaves out only the changes that depend on it ({@link Holds}, the same rule as
 * here), so one request carries a chunk whatever fails in it. Otherwise the remote stops at the first change it
 * refuses (the ones after it come back {@code NOT_ATTEMPTED}), and the caller decides whether the rest is sent
 * again at once. Changes that depend on a refused or held change are reported held instead of being sent. A change
 * whose content cannot be read or staged counts as refused.
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    /**
     * The smallest request after a failure: smaller ones would cost a round trip each, larger ones make the
     * remote read more changes it does not attempt. Measured with the failures benchmark (docs/benchmarks.md).
     */
    private static final int MIN_AFTER_FAILURE = 16;

    /** What the caller does with each change. */
    interface Outcomes {

        /**
         * The remote's answer for the change ({@code FAILED} too when its content could not be staged).
         *
         * @return whether the changes after a refused one are still to be sent; when not, those not reported yet
         *         stay where they are
         */
        boolean answered(Change change, ItemResult result);

        /** The change depends on the earlier change {@code blocker}, which failed or is held, and waits behind it. */
        void held(Change change, long blocker);
    }

    private final Transfer transfer;
    private final boolean pastFailures;

    /** @param pastFailures whether the remote goes on past refused changes (the retry strategy sets them aside) */
    Delivery(Transfer transfer, boolean pastFailures) {
        this.transfer = transfer;
        this.pastFailures = pastFailures;
    }

    /** Delivers the changes; a change that fails is added to {@code holds}, so that its dependents stay back. */
    void deliver(String origin, List<Change> changes, Holds holds, Outcomes outcomes) {
        List<Change> send = new ArrayList<>();
        boolean goOn = true;
        for (Change change : changes) {
            if (!goOn) {
                break;
            }
            if (!isHeld(change, holds, outcomes)) {
                try {
                    transfer.stageContent(change);
                    send.add(change);
                } catch (ContentChangedException e) {
                    // not a failure: the content edit is journaled too, and that later entry brings the new bytes
                    goOn = outcomes.answered(change, new ItemResult(change.id(), change.uuid(), Outcome.SKIPPED,
                            "superseded: " + e.getMessage() + "; a later change carries the new content"));
                } catch (PeerException e) {
                    if (!e.isAboutTheItem()) {
                        throw e;
                    }
                    holds.hold(change);
                    goOn = outcomes.answered(change, new ItemResult(change.id(), change.uuid(), Outcome.FAILED,
                            e.getMessage()));
                }
            }
        }
        List<Change> queue = send;
        int size = queue.size();
        while (!queue.isEmpty()) {
            List<Change> chunk = new ArrayList<>(size);
            int taken = 0;
            while (taken < queue.size() && chunk.size() < size) {
                Change change = queue.get(taken++);
                if (!isHeld(change, holds, outcomes)) {
                    chunk.add(change);
                }
            }
            queue = queue.subList(taken, queue.size());
            if (chunk.isEmpty()) {
                continue;
            }
            Map<Long, ItemResult> results = new HashMap<>();
            LOG.debug("APPLY-SENT {} changes, {} after them", chunk.size(), queue.size());
            transfer.apply(origin, chunk, pastFailures).items().forEach(r -> results.put(r.id(), r));
            List<Change> again = new ArrayList<>();
            boolean refused = false;
            for (Change change : chunk) {
                ItemResult result = results.get(change.id());
                if (result == null || result.outcome() == Outcome.NOT_ATTEMPTED) {
                    again.add(change);
                    continue;
                }
                if (result.outcome() == Outcome.FAILED) {
                    holds.hold(change);
                    refused = true;
                }
                goOn &= outcomes.answered(change, result);
            }
            if (!goOn || (!refused && !again.isEmpty())) {
                // stopped by the caller, or the remote left changes out without saying why: they stay for later
                return;
            }
            again.addAll(queue);
            queue = again;
            size = refused && !pastFailures ? Math.max(MIN_AFTER_FAILURE, size / 2) : Math.min(queue.size() + 1, size * 2);
        }
    }

    private static boolean isHeld(Change change, Holds holds, Outcomes outcomes) {
        Long blocker = holds.blocker(change);
        if (blocker == null) {
            return false;
        }
        holds.hold(change);
        outcomes.held(change, blocker);
        return true;
    }
}
