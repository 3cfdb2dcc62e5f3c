package com.parashift.alfstream.protocol;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionVectorTest {

    @Test
    void aChangeOnOneSideIsNewerThanWhatItStartedFrom() {
        VersionVector start = VersionVector.parse("A=1");
        VersionVector edited = start.bumped("B");
        assertEquals(VersionOrder.AFTER, edited.compareTo(start));
        assertEquals(VersionOrder.BEFORE, start.compareTo(edited));
        assertEquals(VersionOrder.EQUAL, edited.compareTo(VersionVector.parse("B=1;A=1")));
        assertEquals("A=1;B=1", edited.format());
    }

    @Test
    void changesOnBothSidesSinceTheyAgreedAreConcurrentAndTheMergeIncludesBoth() {
        VersionVector agreed = VersionVector.parse("A=2;B=1");
        VersionVector onA = agreed.bumped("A");
        VersionVector onB = agreed.bumped("B");
        assertEquals(VersionOrder.CONCURRENT, onA.compareTo(onB));
        VersionVector merged = onA.merged(onB);
        assertEquals("A=3;B=2", merged.format());
        assertEquals(VersionOrder.AFTER, merged.compareTo(onA));
        assertEquals(VersionOrder.AFTER, merged.compareTo(onB));
        assertEquals("A", onA.authorAgainst(onB));
        assertEquals("B", onB.authorAgainst(onA));
    }

    @Test
    void badTextOrCountersAreRefusedNamingThePart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionVector.parse("A=x"));
        assertTrue(e.getMessage().contains("'A=x' is not id=counter"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VersionVector.of(Map.of("A", 0L)));
        assertEquals(VersionVector.EMPTY, VersionVector.parse(""));
    }

    /** Seeded: the order is a partial order, and formatting round-trips. */
    @Test
    void randomVectorsCompareConsistently() {
        Random random = new Random(20261202L);
        List<VersionVector> vectors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            VersionVector v = VersionVector.EMPTY;
            for (int j = random.nextInt(6); j > 0; j--) {
                v = v.bumped(String.valueOf((char) ('A' + random.nextInt(3))));
            }
            vectors.add(v);
        }
        for (VersionVector x : vectors) {
            assertEquals(x, VersionVector.parse(x.format()));
            for (VersionVector y : vectors) {
                VersionOrder xy = x.compareTo(y);
                VersionOrder yx = y.compareTo(x);
                assertEquals(switch (xy) {
                    case BEFORE -> VersionOrder.AFTER;
                    case AFTER -> VersionOrder.BEFORE;
                    default -> xy;
                }, yx, x + " against " + y);
                assertEquals(xy == VersionOrder.EQUAL, x.equals(y));
                VersionOrder merged = x.merged(y).compareTo(x);
                assertTrue(merged == VersionOrder.AFTER || merged == VersionOrder.EQUAL);
            }
        }
    }
}
