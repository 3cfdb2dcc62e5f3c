package com.parashift.alfstream.engine.verify;

import com.parashift.alfstream.protocol.TreeEntry;

/**
 * One way the target's copy of a synced tree differs from the source's.
 *
 * @param kind   what differs
 * @param source the node on the source, {@code null} when it is only on the target
 * @param target the node on the target, {@code null} when it is missing there
 * @param detail  for {@link Kind#PROPERTIES}, which of them differ (source / target), when known
 */
public record Difference(Kind kind, TreeEntry source, TreeEntry target, String detail) {

    public Difference(Kind kind, TreeEntry source, TreeEntry target) {
        this(kind, source, target, null);
    }

    public Difference withDetail(String text) {
        return new Difference(kind, source, target, text);
    }

    public enum Kind {
        /** On the source, not on the target. */
        MISSING_ON_TARGET("missing on the target"),
        /** On the target, not on the source. */
        ONLY_ON_TARGET("only on the target"),
        /** The same node at two different paths (moved or renamed on one side). */
        MOVED("at another path on the target"),
        TYPE("type differs"),
        CONTENT("content differs"),
        PROPERTIES("properties, aspects, permissions or versions differ");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The path the difference is shown at: the source's, else the target's. */
    public String path() {
        return source != null ? source.path() : target.path();
    }

    public String uuid() {
        return source != null ? source.uuid() : target.uuid();
    }
}
