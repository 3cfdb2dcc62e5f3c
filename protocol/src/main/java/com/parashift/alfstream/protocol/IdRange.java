package com.parashift.alfstream.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive range of journal entry ids, written {@code 5-7} or {@code 10}; a list of them is written
 * comma-separated, as the {@code holes} parameter of a changes request. The engine asks again for ids it has not
 * seen below its cursor: entries of transactions that had not committed when it read past them.
 */
public record IdRange(long from, long to) {

    /** The most ranges a request may carry. */
    public static final int MAX_RANGES = 10_000;

    public IdRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("bad id range " + from + "-" + to);
        }
    }

    public boolean contains(long id) {
        return id >= from && id <= to;
    }

    @Override
    public String toString() {
        return from == to ? Long.toString(from) : from + "-" + to;
    }

    public static String format(List<IdRange> ranges) {
        return String.join(",", ranges.stream().map(IdRange::toString).toList());
    }

    /**
     * Parses {@code 5-7,10}; blank or {@code null} is no range.
     *
     * @throws IllegalArgumentException naming the malformed part
     */
    public static List<IdRange> parse(String text) {
        List<IdRange> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ranges;
        }
        for (String part : text.split(",")) {
            if (ranges.size() == MAX_RANGES) {
                throw new IllegalArgumentException("more than " + MAX_RANGES + " ranges");
            }
            try {
                int dash = part.indexOf('-');
                long from = Long.parseLong(dash < 0 ? part.trim() : part.substring(0, dash).trim());
                long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1).trim());
                ranges.add(new IdRange(from, to));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + part + "' is not an id or an id range like 5-7");
            }
        }
        return ranges;
    }
}
