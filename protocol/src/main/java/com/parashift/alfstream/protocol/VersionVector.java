package com.parashift.alfstream.protocol;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A node's version vector: for each repository, how many of the node's changes made there this copy includes.
 * Immutable. Stored on each side as {@code alfs:version} ({@link #format()}: {@code A=3;B=1}) and carried on the
 * wire as {@code "version": {"A": 3, "B": 1}}. Two copies compare as equal, one before the other, or concurrent.
 */
public final class VersionVector {

    public static final VersionVector EMPTY = new VersionVector(Map.of());

    private final TreeMap<String, Long> counters;

    private VersionVector(Map<String, Long> counters) {
        this.counters = new TreeMap<>(counters);
    }

    /**
     * @throws IllegalArgumentException naming the entry when a repository id is blank or a counter not 1 or more
     */
    public static VersionVector of(Map<String, Long> counters) {
        if (counters == null || counters.isEmpty()) {
            return EMPTY;
        }
        counters.forEach((id, count) -> {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a repository id is blank");
            }
            if (count == null || count < 1) {
                throw new IllegalArgumentException("the counter of " + id + " must be 1 or more, was " + count);
            }
        });
        return new VersionVector(counters);
    }

    /** Reads {@link #format()}; {@code null} or blank is the empty vector. */
    public static VersionVector parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        Map<String, Long> counters = new TreeMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("version '" + text + "': '" + part + "' is not id=counter");
            }
            try {
                counters.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("version '" + text + "': '" + part + "' is not id=counter", e);
            }
        }
        return of(counters);
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        counters.forEach((id, count) -> text.append(text.isEmpty() ? "" : ";").append(id).append('=').append(count));
        return text.toString();
    }

    public Map<String, Long> counters() {
        return Collections.unmodifiableMap(counters);
    }

    public long counter(String repositoryId) {
        return counters.getOrDefault(repositoryId, 0L);
    }

    public boolean isEmpty() {
        return counters.isEmpty();
    }

    /** This vector with the repository's counter one higher: a change made there. */
    public VersionVector bumped(String repositoryId) {
        TreeMap<String, Long> next = new TreeMap<>(counters);
        next.merge(repositoryId, 1L, Long::sum);
        return new VersionVector(next);
    }

    /** The least vector that includes both. */
    public VersionVector merged(VersionVector other) {
        TreeMap<String, Long> next = new TreeMap<>(counters);
        other.counters.forEach((id, count) -> next.merge(id, count, Math::max));
        return new VersionVector(next);
    }

    /** How this copy relates to {@code other}. */
    public VersionOrder compareTo(VersionVector other) {
        boolean less = false;
        boolean greater = false;
        TreeMap<String, Long> ids = new TreeMap<>(counters);
        ids.putAll(other.counters);
        for (String id : ids.keySet()) {
            long mine = counter(id);
            long theirs = other.counter(id);
            less |= mine < theirs;
            greater |= mine > theirs;
        }
        if (less && greater) {
            return VersionOrder.CONCURRENT;
        }
        return less ? VersionOrder.BEFORE : greater ? VersionOrder.AFTER : VersionOrder.EQUAL;
    }

    /**
     * The repository that made this copy's changes the other lacks: of the repositories whose counter here is
     * higher than in {@code other}, the id that sorts last; {@code null} if there is none.
     */
    public String authorAgainst(VersionVector other) {
        String author = null;
        for (Map.Entry<String, Long> entry : counters.entrySet()) {
            if (entry.getValue() > other.counter(entry.getKey())) {
                author = entry.getKey();
            }
        }
        return author;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionVector other && counters.equals(other.counters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counters);
    }

    @Override
    public String toString() {
        return "{" + format() + "}";
    }
}
