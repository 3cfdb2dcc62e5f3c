package com.parashift.alfstream.repo.converge;

import com.parashift.alfstream.protocol.VersionVector;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ConflictRuleTest {

    private static final VersionVector ON_A = VersionVector.parse("A=3;B=1");
    private static final VersionVector ON_B = VersionVector.parse("A=2;B=2");

    private static NodeSnapshot report(String modified) {
        return new NodeSnapshot("n1", "p", "/Company Home/Sales", "report.docx", "cm:content", List.of(),
                Map.of("cm:modified", PropertyValue.of("d:datetime", modified)), null, Permissions.INHERITED,
                List.of());
    }

    @Test
    void theLaterModifiedWinsWhicheverSideDecides() {
        NodeSnapshot a = report("2026-12-01T10:22:05.100Z");
        NodeSnapshot b = report("2026-12-01T10:22:06.000Z");

        ConflictRule.Decision onA = ConflictRule.decide(a, ON_A, b, ON_B);
        ConflictRule.Decision onB = ConflictRule.decide(b, ON_B, a, ON_A);

        assertSame(b, onA.winner().node());
        assertSame(b, onB.winner().node());
        assertEquals("A", onA.loser().author());
        assertEquals("report (conflict on A 2026-12-01 10-22-05.100).docx", ConflictRule.copyName(onA.loser(), false));
    }

    @Test
    void equalTimesGoToTheAuthorWhoseIdSortsLast() {
        NodeSnapshot a = report("2026-12-01T10:22:05.000Z");
        NodeSnapshot b = report("2026-12-01T10:22:05.000Z");
        assertEquals("B", ConflictRule.decide(a, ON_A, b, ON_B).winner().author());
        assertEquals("B", ConflictRule.decide(b, ON_B, a, ON_A).winner().author());
    }

    @Test
    void theCopyUuidFollowsFromTheLosingStateSoBothSidesMakeTheSameCopy() {
        ConflictRule.Side loser = new ConflictRule.Side(report("2026-12-01T10:22:05Z"), ON_A, "A");
        ConflictRule.Side sameStateOtherVersion = new ConflictRule.Side(report("2026-12-01T10:22:05Z"),
                VersionVector.parse("A=3;B=2"), "A");
        ConflictRule.Side laterState = new ConflictRule.Side(report("2026-12-01T10:22:06Z"), ON_A, "A");
        String uuid = ConflictRule.copyUuid(loser);
        assertEquals(uuid, ConflictRule.copyUuid(sameStateOtherVersion));
        assertNotEquals(uuid, ConflictRule.copyUuid(laterState));
        assertEquals("report.docx (conflict on A 2026-12-01 10-22-05)", ConflictRule.copyName(loser, true));
        assertEquals("report (conflict on A 2026-12-01 10-22-05 " + uuid.substring(0, 8) + ").docx",
                ConflictRule.copyNameWithId(loser, false, uuid));
    }
}
