package com.parashift.alfstream.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * The one rule of which changes wait behind a failed one: the nodes that later changes must wait behind are those
 * of failed changes and of the changes waiting behind them. A change depends on a held node when it is a change of
 * that node, or its node's parent is that node (so also a move into it). The engine holds by it what it sends, and
 * the remote by it what it leaves out of a request that goes on past failures.
 */
public final class Holds {

    private final Map<String, Long> blockers = new HashMap<>();

    /** Holds the change's node: later changes of it, or of its children, wait behind this change. */
    public void hold(Change change) {
        blockers.merge(change.uuid(), change.id(), Math::min);
    }

    /** The journal id of the earlier change this one must wait behind, or {@code null} if it may go. */
    public Long blocker(Change change) {
        Long same = earlier(change.uuid(), change.id());
        if (same != null || change.node() == null || change.node().parentUuid() == null) {
            return same;
        }
        return earlier(change.node().parentUuid(), change.id());
    }

    private Long earlier(String uuid, long id) {
        Long blocker = blockers.get(uuid);
        return blocker != null && blocker < id ? blocker : null;
    }
}
