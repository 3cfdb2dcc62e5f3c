package com.parashift.alfstream.engine.cursor;

import com.parashift.alfstream.protocol.IdRange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the engine has read a repository's journal: every entry up to {@code high} is handled, except the ids
 * in {@code holes}. A hole is an id passed over because it was not visible yet (its transaction had not
 * committed, or it belongs to another audit application); the engine asks for holes again until they are
 * filled or older than the hole timeout. So an entry that becomes visible late is still applied, and a poll
 * stays cheap: it asks for what is new and for the holes, never re-reads a window.
 */
public final class Cursor {

    /** A range of ids not seen yet, and when it was first passed over (epoch ms). */
    public record Hole(long from, long to, long seenAt) {
    }

    private long high;
    private final TreeMap<Long, Hole> holes = new TreeMap<>();

    public Cursor(long high, List<Hole> holes) {
        this.high = high;
        holes.forEach(h -> this.holes.put(h.from(), h));
    }

    public long high() {
        return high;
    }

    public List<Hole> holeList() {
        return List.copyOf(holes.values());
    }

    /** The holes to ask for again, at most {@link IdRange#MAX_RANGES}, oldest ids first. */
    public List<IdRange> holes() {
        return holes.values().stream().limit(IdRange.MAX_RANGES).map(h -> new IdRange(h.from(), h.to())).toList();
    }

    /** Whether an entry with this id still has to be handled. */
    public boolean isPending(long id) {
        return id > high || holeAt(id) != null;
    }

    /** Marks an entry handled: applied, dropped as an echo, or moved to the error queue. */
    public void handled(long id, long now) {
        if (id > high) {
            if (id > high + 1) {
                holes.put(high + 1, new Hole(high + 1, id - 1, now));
            }
            high = id;
            return;
        }
        Hole hole = holeAt(id);
        if (hole != null) {
            holes.remove(hole.from());
            if (hole.from() < id) {
                holes.put(hole.from(), new Hole(hole.from(), id - 1, hole.seenAt()));
            }
            if (id < hole.to()) {
                holes.put(id + 1, new Hole(id + 1, hole.to(), hole.seenAt()));
            }
        }
    }

    /** Forgets holes passed over longer ago than the timeout; returns them, to be logged. */
    public List<Hole> expire(long now, Duration timeout) {
        List<Hole> expired = new ArrayList<>();
        holes.values().removeIf(h -> {
            boolean old = now - h.seenAt() > timeout.toMillis();
            if (old) {
                expired.add(h);
            }
            return old;
        });
        return expired;
    }

    private Hole holeAt(long id) {
        Map.Entry<Long, Hole> entry = holes.floorEntry(id);
        return entry != null && entry.getValue().to() >= id ? entry.getValue() : null;
    }
}
