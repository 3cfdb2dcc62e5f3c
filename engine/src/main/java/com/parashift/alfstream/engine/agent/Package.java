package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.cursor.Cursor;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.engine.queue.ErrorItem;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of the changes of one batch read from the journal: the cursor moves past those applied (or skipped
 * as done), set aside or parked. A failed change is set aside when the retry strategy sets failures aside;
 * otherwise it is the blocker: it and the changes after it stay in front of the cursor.
 */
final class Package implements Delivery.Outcomes {

    private static final Logger LOG = LoggerFactory.getLogger(Package.class);

    private final String id;
    private final Cursor cursor;
    private final SetAside setAside;
    private final boolean setsFailuresAside;
    private final Clock clock;
    private final List<Change> answered = new ArrayList<>();
    private final List<Change> imported = new ArrayList<>();
    private final List<ErrorItem> aside = new ArrayList<>();
    private final List<ErrorItem> parked = new ArrayList<>();
    private Change blocker;
    private String blockReason;
    private int conflicts;

    Package(String id, Cursor cursor, SetAside setAside, boolean setsFailuresAside, Clock clock) {
        this.id = id;
        this.cursor = cursor;
        this.setAside = setAside;
        this.setsFailuresAside = setsFailuresAside;
        this.clock = clock;
    }

    @Override
    public boolean answered(Change change, ItemResult result) {
        answered.add(change);
        if (result.isConflict()) {
            conflicts++;
            LOG.warn("CONFLICT {} {} {}: {}", id, change.id(), LogText.clean(Transfer.pathOf(change)),
                    LogText.clean(result.message()));
        }
        if (result.outcome() == Outcome.FAILED && !setsFailuresAside) {
            blocker = change;
            blockReason = result.message();
            return false;
        }
        cursor.handled(change.id(), clock.millis());
        if (result.outcome() == Outcome.APPLIED || result.outcome() == Outcome.SKIPPED) {
            imported.add(change);
        } else if (result.outcome() == Outcome.WAITING) {
            aside.add(setAside.waiting(change, result.message()));
            LOG.info("ITEM-WAITING {} {} {}: {}", id, change.id(), LogText.clean(Transfer.pathOf(change)),
                    LogText.clean(result.message()));
        } else {
            ErrorItem item = setAside.afterFailure(change, result.message(), 1, clock.millis());
            (item.hold() == null ? parked : aside).add(item);
        }
        return true;
    }

    @Override
    public void held(Change change, long blockedBy) {
        cursor.handled(change.id(), clock.millis());
        aside.add(setAside.behind(change, blockedBy));
        LOG.info("ITEM-BEHIND {} {} {}: waits behind journal entry {}", id, change.id(),
                LogText.clean(Transfer.pathOf(change)), blockedBy);
    }

    /** The changes the remote answered, or whose content failed. */
    List<Change> answered() {
        return answered;
    }

    /** The changes the remote applied or skipped as done. */
    /** How many items met a conflict on the target (each resolved there, the loser kept as a copy). */
    int conflicts() {
        return conflicts;
    }

    List<Change> imported() {
        return imported;
    }

    List<ErrorItem> setAside() {
        return aside;
    }

    List<ErrorItem> parked() {
        return parked;
    }

    /** With {@code retry.strategy=none}: the change that failed and holds the cursor, else {@code null}. */
    Change blocker() {
        return blocker;
    }

    String blockReason() {
        return blockReason;
    }
}
