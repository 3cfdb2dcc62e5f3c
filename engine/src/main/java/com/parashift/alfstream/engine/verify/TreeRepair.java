package com.parashift.alfstream.engine.verify;

import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.ResendRequest;
import com.parashift.alfstream.protocol.ResendResult;
import com.parashift.alfstream.protocol.TreeEntry;
import com.parashift.alfstream.protocol.VersionOrder;
import com.parashift.alfstream.protocol.VersionVector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings the target's copy of a tree to the source, by the sync's own rules, so that no edit is lost:
 * <ul>
 *   <li>a node that is missing on the target, or differs there, is journaled anew on the source with its version
 *       bumped ({@code POST resend}); the next poll carries it through the queue, retries and error handling as any
 *       change, and the target takes it as newer, or, where the target changed the node too, as a conflict whose
 *       loser is kept as a conflict copy;</li>
 *   <li>unless the target's version is newer than the source's: that edit was made on the target, and only the
 *       reverse direction of a two-way sync may carry it; it is left, and reported;</li>
 *   <li>a node only on the target is deleted there when the target never changed it (its version holds no counter
 *       of the target): the source deleted it, or it left the source's tree, while sync was stopped. One the target
 *       made or changed is left, and reported. Deletes go deepest first, each a {@code DELETE} of the very version
 *       the target holds, so a change made there meanwhile wins (modify beats delete).</li>
 * </ul>
 */
public final class TreeRepair {

    private static final Logger LOG = LoggerFactory.getLogger(TreeRepair.class);
    private static final int RESEND_BATCH = 500;

    /**
     * What a repair did.
     *
     * @param resent  nodes journaled anew on the source
     * @param deleted nodes deleted on the target
     * @param left    what was left as it is, each with the reason
     */
    public record Result(int resent, int deleted, List<String> left) {
    }

    private final RepositoryClient source;
    private final RepositoryClient target;
    private final Clock clock;

    public TreeRepair(RepositoryClient source, RepositoryClient target, Clock clock) {
        this.source = source;
        this.target = target;
        this.clock = clock;
    }

    public Result repair(Verification verification) {
        String sourceId = source.status().instanceId();
        String targetId = target.status().instanceId();
        List<String> left = new ArrayList<>();
        Set<String> resend = new LinkedHashSet<>();
        List<Change> deletes = new ArrayList<>();
        for (Difference difference : verification.differences()) {
            if (difference.kind() == Difference.Kind.ONLY_ON_TARGET) {
                TreeEntry there = difference.target();
                if (VersionVector.of(there.version()).counter(targetId) > 0) {
                    left.add(there.path() + ": made or changed on the target (" + targetId + "); left for the"
                            + " reverse direction");
                } else {
                    deletes.add(0, new Change(0, ChangeKind.DELETE, there.uuid(), sourceId, clock.millis(), null,
                            null, there.version()));
                }
            } else if (difference.target() != null && VersionVector.of(difference.target().version())
                    .compareTo(VersionVector.of(difference.source().version())) == VersionOrder.AFTER) {
                left.add(difference.path() + ": newer on the target (" + VersionVector.of(difference.target()
                        .version()).format() + "); left for the reverse direction");
            } else {
                resend.add(difference.source().uuid());
            }
        }
        int deleted = deletes.isEmpty() ? 0 : delete(deletes, left);
        int resent = 0;
        List<String> uuids = List.copyOf(resend);
        for (int from = 0; from < uuids.size(); from += RESEND_BATCH) {
            ResendResult result = source.resend(new ResendRequest(Protocol.VERSION,
                    uuids.subList(from, Math.min(uuids.size(), from + RESEND_BATCH))));
            resent += result.journaled().size();
            result.refused().forEach(r -> left.add(r.uuid() + ": not resent: " + r.reason()));
        }
        LOG.info("REPAIR {}: {} nodes resent from {}, {} deleted on {}, {} left", verification.path(), resent,
                source.peer(), deleted, target.peer(), left.size());
        return new Result(resent, deleted, left);
    }

    private int delete(List<Change> deletes, List<String> left) {
        ApplyResult result = target.apply(new ApplyRequest(Protocol.VERSION, deletes.get(0).origin(), deletes, true));
        int deleted = 0;
        for (ApplyResult.ItemResult item : result.items()) {
            if (item.outcome() == ApplyResult.Outcome.APPLIED) {
                deleted++;
            } else {
                left.add(item.uuid() + ": not deleted on the target: " + item.outcome()
                        + (item.message() == null ? "" : " (" + item.message() + ")"));
            }
        }
        return deleted;
    }
}
