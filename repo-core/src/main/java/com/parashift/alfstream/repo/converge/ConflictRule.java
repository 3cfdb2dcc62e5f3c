package com.parashift.alfstream.repo.converge;

import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.port.SyncModel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * Who wins when both sides changed a node since they last agreed (concurrent version vectors). Every side
 * decides alike from the two versions alone, so both end with the same winner: the later {@code cm:modified}
 * wins; equal (or missing) times, the version whose author id sorts last wins. A version's author is the
 * repository that made the changes the other version lacks ({@link VersionVector#authorAgainst}).
 */
public final class ConflictRule {

    private static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COPY_MILLIS = DateTimeFormatter.ofPattern("SSS").withZone(ZoneOffset.UTC);

    private ConflictRule() {
    }

    /** One side's version of the node. */
    public record Side(NodeSnapshot node, VersionVector version, String author) {
    }

    /** The two versions, the winner first. */
    public record Decision(Side winner, Side loser) {
    }

    public static Decision decide(NodeSnapshot local, VersionVector localVersion, NodeSnapshot incoming,
                                  VersionVector incomingVersion) {
        Side here = new Side(local, localVersion, String.valueOf(localVersion.authorAgainst(incomingVersion)));
        Side there = new Side(incoming, incomingVersion, String.valueOf(incomingVersion.authorAgainst(localVersion)));
        Comparator<Side> order = Comparator.comparing((Side s) -> modified(s.node()),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Side::author);
        return order.compare(here, there) >= 0 ? new Decision(here, there) : new Decision(there, here);
    }

    /**
     * The losing copy's name: {@code report (conflict on B 2026-12-01 10-22-05).docx}, the author and the
     * loser's {@code cm:modified} (UTC), before the extension; with the milliseconds
     * ({@code 10-22-05.123}) when they are not 0, so that two losing versions of one node from one author get two
     * names that each side computes alike. A folder or a name without extension gets it at the end.
     */
    public static String copyName(Side loser, boolean folder) {
        String name = loser.node().name();
        Instant time = modified(loser.node());
        String millis = time == null || time.getNano() / 1_000_000 == 0 ? "" : "." + COPY_MILLIS.format(time);
        String tag = " (conflict on " + loser.author() + (time == null ? "" : " " + COPY_TIME.format(time) + millis)
                + ")";
        int dot = name.lastIndexOf('.');
        if (folder || dot <= 0) {
            return name + tag;
        }
        return name.substring(0, dot) + tag + name.substring(dot);
    }

    /** The same copy name with a part of its UUID added, for when the plain one is taken. */
    public static String copyNameWithId(Side loser, boolean folder, String copyUuid) {
        String plain = copyName(loser, folder);
        String id = " " + copyUuid.substring(0, 8) + ")";
        int close = plain.lastIndexOf(')');
        return plain.substring(0, close) + id + plain.substring(close + 1);
    }

    /**
     * The copy's UUID: the same on every side for the same losing state (node, author, name, {@code cm:modified},
     * content), so two sides make one copy, even when they saw that state under two versions (one of them had
     * merged it once already); the copy then takes the newer of the two versions.
     */
    public static String copyUuid(Side loser) {
        NodeSnapshot node = loser.node();
        String state = node.uuid() + ":" + loser.author() + ":" + node.name() + ":" + modified(node) + ":"
                + (node.content() == null ? "" : node.content().sha256());
        return java.util.UUID.nameUUIDFromBytes(("conflict-copy:" + state)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** The node's {@code cm:modified}, or {@code null} when it has none that parses. */
    public static Instant modified(NodeSnapshot node) {
        PropertyValue value = node == null || node.properties() == null ? null
                : node.properties().get(SyncModel.PROP_MODIFIED);
        if (value == null || value.value() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.value()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
