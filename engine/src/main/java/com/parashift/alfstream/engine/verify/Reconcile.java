package com.parashift.alfstream.engine.verify;

import com.parashift.alfstream.engine.client.PeerException;
import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.protocol.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * What the agent does with a {@code RECONCILE} entry (Begin Syncing again on a folder synced before): once every
 * change before it is applied, it verifies the folder on both sides and repairs by the sync's rules, so that what
 * was deleted or moved out while sync was stopped goes on the other side too. Each thing left is logged.
 */
public final class Reconcile {

    private static final Logger LOG = LoggerFactory.getLogger(Reconcile.class);

    private final String agent;
    private final RepositoryClient source;
    private final RepositoryClient target;
    private final Clock clock;

    public Reconcile(String agent, RepositoryClient source, RepositoryClient target, Clock clock) {
        this.agent = agent;
        this.source = source;
        this.target = target;
        this.clock = clock;
    }

    /**
     * Verifies and repairs the tree of the entry's node. A tree the source no longer syncs (stopped again, deleted)
     * is skipped with a log line; an unreachable or failing peer throws, so the poll backs off and comes back to it.
     */
    public void run(Change change) {
        Verification found;
        try {
            found = new TreeVerifier(source, target).verifyRoot(change.uuid());
        } catch (PeerException e) {
            if (e.status() == 404 || e.status() == 409) {
                LOG.warn("RECONCILE-SKIPPED agent {} {}: {}", agent, change.uuid(), LogText.clean(e.getMessage()));
                return;
            }
            throw e;
        }
        if (found.identical()) {
            LOG.info("RECONCILED agent {} {}: {} nodes, identical on both sides", agent, change.uuid(),
                    found.sourceNodes());
            return;
        }
        TreeRepair.Result repaired = new TreeRepair(source, target, clock).repair(found);
        LOG.info("RECONCILED agent {} {}: {} differences; {} nodes resent, {} deleted on the target, {} left", agent,
                change.uuid(), found.differences().size(), repaired.resent(), repaired.deleted(),
                repaired.left().size());
        repaired.left().forEach(line -> LOG.warn("RECONCILE-LEFT agent {} {}: {}", agent, change.uuid(),
                LogText.clean(line)));
    }
}
