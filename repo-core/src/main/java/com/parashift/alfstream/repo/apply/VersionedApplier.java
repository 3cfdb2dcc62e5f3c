package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.repo.converge.ConflictRule;
import com.parashift.alfstream.protocol.VersionOrder;
import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.port.RepositoryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Applies a change that carries a version vector by comparing it with the target's: newer applies, older or
 * equal is skipped, concurrent is a conflict ({@link ConflictRule}: the winner is applied or kept, the loser kept
 * as a conflict copy beside it). Deletes compare with the node's version too, and modify beats delete. Every
 * conflict is logged as {@code CONFLICT} and answered with a message starting {@value #CONFLICT}.
 */
final class VersionedApplier {

    /** How an item's message starts when apply met a conflict; the engine counts these. */
    static final String CONFLICT = ItemResult.CONFLICT;

    private static final Logger LOG = LoggerFactory.getLogger(VersionedApplier.class);

    /** What writing a node brings to the snapshot: content, version history, the node itself. */
    interface NodeWriter {
        void write(Change change, NodeSnapshot incoming, Optional<NodeSnapshot> current, String origin);

        ContentSource incomingContent(NodeSnapshot incoming);
    }

    private final RepositoryPort repository;
    private final NodeWriter writer;
    private final ConflictCopies copies;

    VersionedApplier(RepositoryPort repository, NodeWriter writer) {
        this.repository = repository;
        this.writer = writer;
        this.copies = new ConflictCopies(repository);
    }

    ItemResult applyNode(Change change, NodeSnapshot incoming, Optional<NodeSnapshot> current,
                         Optional<NodeSnapshot> existing, String origin) {
        VersionVector theirs = VersionVector.of(change.version());
        if (current.isEmpty()) {
            return create(change, incoming, theirs, origin);
        }
        VersionVector mine = repository.version(change.uuid());
        VersionOrder order = theirs.compareTo(mine);
        if (order == VersionOrder.EQUAL) {
            return ChangeApplier.result(change, Outcome.SKIPPED, "unchanged");
        }
        if (order == VersionOrder.BEFORE) {
            return ChangeApplier.result(change, Outcome.SKIPPED, "the target's copy is newer (version "
                    + mine.format() + " includes " + theirs.format() + ")");
        }
        if (NodeStates.same(existing.get(), incoming)) {
            if (order == VersionOrder.AFTER) {
                repository.setVersion(change.uuid(), theirs);
            } else {
                // both made the same change: the merged version is news to the other side as well
                repository.setVersion(change.uuid(), theirs.merged(mine));
                repository.journalHere(change.uuid());
            }
            return ChangeApplier.result(change, Outcome.SKIPPED, "unchanged");
        }
        if (order == VersionOrder.AFTER) {
            writer.write(change, incoming, current, origin);
            repository.setVersion(change.uuid(), theirs);
            return ChangeApplier.result(change, Outcome.APPLIED, null);
        }
        return conflict(change, incoming, current, existing.get(), mine, theirs, origin);
    }

    private ItemResult create(Change change, NodeSnapshot incoming, VersionVector theirs, String origin) {
        Optional<VersionVector> tombstone = repository.tombstone(change.uuid());
        VersionOrder order = tombstone.map(theirs::compareTo).orElse(VersionOrder.AFTER);
        if (order == VersionOrder.BEFORE || order == VersionOrder.EQUAL) {
            return ChangeApplier.result(change, Outcome.SKIPPED, "deleted here (tombstone "
                    + tombstone.get().format() + ")");
        }
        writer.write(change, incoming, Optional.empty(), origin);
        repository.setVersion(change.uuid(), theirs);
        if (order == VersionOrder.CONCURRENT) {
            String message = "modify beats delete: '" + incoming.name() + "' " + theirs.format()
                    + " was changed at " + origin + " while deleted here " + tombstone.get().format()
                    + "; created again";
            LOG.warn("CONFLICT {} {}", change.uuid(), message);
            return ChangeApplier.result(change, Outcome.APPLIED, CONFLICT + message);
        }
        return ChangeApplier.result(change, Outcome.APPLIED, null);
    }

    private ItemResult conflict(Change change, NodeSnapshot incoming, Optional<NodeSnapshot> current,
                                NodeSnapshot existing, VersionVector mine, VersionVector theirs, String origin) {
        ConflictRule.Decision decision = ConflictRule.decide(existing, mine, incoming, theirs);
        boolean incomingWins = decision.winner().node() == incoming;
        // beside the losing version, where it was: that follows from the losing version alone, as the copy's UUID does
        String parent = decision.loser().node().parentUuid();
        ContentSource loserContent = decision.loser().node().content() == null ? null
                : incomingWins ? () -> repository.openContent(change.uuid()) : writer.incomingContent(incoming);
        String copyName = copies.keep(decision.loser(), parent, loserContent, change.id());
        if (incomingWins) {
            writer.write(change, incoming, current, origin);
        }
        // the resolution must reach the other side even when it never sees this conflict itself (its change was read
        // before, and its content had changed by the time it was fetched): journal it as this side's
        repository.setVersion(change.uuid(), mine.merged(theirs));
        repository.journalHere(change.uuid());
        String message = "'" + existing.name() + "' changed on both sides: " + decision.winner().author() + " "
                + decision.winner().version().format() + " wins over " + decision.loser().author() + " "
                + decision.loser().version().format() + ", kept as '" + copyName + "'";
        LOG.warn("CONFLICT {} {}", change.uuid(), message);
        return ChangeApplier.result(change, Outcome.APPLIED, CONFLICT + message);
    }

    ItemResult applyDelete(Change change, String origin) {
        VersionVector deleted = VersionVector.of(change.version());
        VersionVector mine = repository.version(change.uuid());
        VersionOrder order = mine.compareTo(deleted);
        if (order == VersionOrder.AFTER) {
            return ChangeApplier.result(change, Outcome.SKIPPED, "the target's version " + mine.format()
                    + " is newer than the deleted one " + deleted.format());
        }
        if (order == VersionOrder.CONCURRENT || repository.hasSyncedChildren(change.uuid())) {
            String why = order == VersionOrder.CONCURRENT ? "changed here (" + mine.format() + ")"
                    : "its children here were changed or created since";
            String message = "modify beats delete: deleted at " + origin + " " + deleted.format() + " but " + why
                    + "; kept";
            if (order != VersionOrder.CONCURRENT) {
                // the other side no longer has it: a change of it here, newer than nothing the deleter knew, so
                // that it comes back there (modify beats delete)
                repository.setVersion(change.uuid(), mine.bumped(repository.instanceId()));
                repository.journalHere(change.uuid());
            }
            LOG.warn("CONFLICT {} {}", change.uuid(), message);
            return ChangeApplier.result(change, Outcome.SKIPPED, CONFLICT + message);
        }
        repository.setVersion(change.uuid(), deleted);
        repository.delete(change.uuid(), origin, change.id());
        return ChangeApplier.result(change, Outcome.APPLIED, null);
    }
}
