package com.parashift.alfstream.repo.version;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.VersionSnapshot;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionPlannerTest {

    @Test
    void aSenderWithoutHistoriesChangesNothing() {
        assertSame(VersionPlan.KEEP, VersionPlanner.plan("B", history("A", "1.0"), null, v -> null));
    }

    @Test
    void newVersionsAreCreatedInOrderWithTheirLabels() {
        VersionPlan plan = VersionPlanner.plan("B", history("A", "1.0"), history("A", "1.0", "1.1", "2.0"), v -> null);

        assertEquals(List.of(), plan.delete());
        assertEquals(List.of("1.1", "2.0"), plan.create().stream().map(VersionPlan.NewVersion::label).toList());
        assertEquals(List.of(), plan.skipped());
    }

    @Test
    void aVersionDeletedAtItsSourceIsDeletedAndTheRestKeepTheirLabels() {
        VersionPlan plan = VersionPlanner.plan("B", history("A", "1.0", "1.1", "1.2"), history("A", "1.0", "1.2"),
                v -> null);

        assertEquals(List.of("1.1"), plan.delete());
        assertEquals(List.of(), plan.create());
    }

    @Test
    void aVersionMadeHereIsNeverDeletedAndTheIncomingOnesAreNumberedAfterIt() {
        List<VersionSnapshot> here = List.of(version("A", "1.0", "x"), version("B", "1.1", "made on B"));
        List<VersionSnapshot> incoming = List.of(version("A", "1.0", "x"), version("A", "1.1", "made on A"));

        VersionPlan plan = VersionPlanner.plan("B", here, incoming, v -> null);

        assertEquals(List.of(), plan.delete());
        assertEquals(1, plan.create().size());
        assertEquals(null, plan.create().get(0).label(), "numbered here, after B's own 1.1");
        assertTrue(plan.skipped().get(0).contains("1.1"), plan.skipped().toString());
    }

    @Test
    void aVersionMissingInTheMiddleIsSkippedNotFailed() {
        VersionPlan plan = VersionPlanner.plan("B", history("B", "1.0", "1.2"), history("A", "1.0", "1.1", "1.2"),
                v -> null);

        assertEquals(List.of(), plan.create());
        assertEquals(1, plan.skipped().size());
    }

    @Test
    void aNodeNoLongerVersionableAtItsSourceLosesTheHistoryThatCameFromThere() {
        VersionPlan plan = VersionPlanner.plan("B", history("A", "1.0", "1.1"), List.of(), v -> null);

        assertEquals(List.of("1.0", "1.1"), plan.delete());
    }

    private static List<VersionSnapshot> history(String origin, String... labels) {
        return Arrays.stream(labels).map(label -> version(origin, label, label)).toList();
    }

    private static VersionSnapshot version(String origin, String label, String bytes) {
        return new VersionSnapshot(label, "MINOR", null, "admin", "2026-12-01T00:00:00Z", origin,
                new ContentDescriptor(bytes.length(), "text/plain", "UTF-8", sha(bytes), null));
    }

    private static String sha(String text) {
        return com.parashift.alfstream.repo.http.Sha256.hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
