package com.parashift.alfstream.engine.cursor;

import com.parashift.alfstream.engine.cursor.Cursor.Hole;
import com.parashift.alfstream.protocol.IdRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorTest {

    private static final long T0 = 1_000_000L;

    @Test
    void handlingInOrderMovesTheHighMarkAndLeavesNoHole() {
        Cursor cursor = new Cursor(0, List.of());

        for (long id = 1; id <= 3; id++) {
            cursor.handled(id, T0);
        }

        assertEquals(3, cursor.high());
        assertEquals(List.of(), cursor.holeList());
    }

    @Test
    void aGapBecomesAHoleRememberingWhenItWasPassedOver() {
        Cursor cursor = new Cursor(2, List.of());

        cursor.handled(6, T0);

        assertEquals(6, cursor.high());
        assertEquals(List.of(new Hole(3, 5, T0)), cursor.holeList());
        assertEquals(List.of(new IdRange(3, 5)), cursor.holes());
    }

    @Test
    void isPendingForIdsAboveTheHighMarkAndInsideHolesOnly() {
        Cursor cursor = new Cursor(2, List.of());
        cursor.handled(6, T0);

        assertFalse(cursor.isPending(1));
        assertFalse(cursor.isPending(2));
        assertTrue(cursor.isPending(3));
        assertTrue(cursor.isPending(5));
        assertFalse(cursor.isPending(6));
        assertTrue(cursor.isPending(7));
    }

    @Test
    void fillingAHoleInTheMiddleSplitsItKeepingItsAge() {
        Cursor cursor = new Cursor(10, List.of(new Hole(3, 9, T0)));

        cursor.handled(5, T0 + 500);

        assertEquals(List.of(new Hole(3, 4, T0), new Hole(6, 9, T0)), cursor.holeList());
        assertFalse(cursor.isPending(5));
        assertEquals(10, cursor.high(), "filling a hole does not move the high mark");
    }

    @Test
    void fillingAHoleAtItsEndsShrinksItAndFillingItAllRemovesIt() {
        Cursor cursor = new Cursor(10, List.of(new Hole(3, 9, T0)));

        cursor.handled(3, T0);
        assertEquals(List.of(new Hole(4, 9, T0)), cursor.holeList());
        cursor.handled(9, T0);
        assertEquals(List.of(new Hole(4, 8, T0)), cursor.holeList());
        for (long id = 4; id <= 8; id++) {
            cursor.handled(id, T0);
        }
        assertEquals(List.of(), cursor.holeList());
    }

    @Test
    void handlingAnIdAlreadyHandledChangesNothing() {
        Cursor cursor = new Cursor(10, List.of(new Hole(3, 5, T0)));

        cursor.handled(7, T0 + 1);
        cursor.handled(2, T0 + 1);

        assertEquals(10, cursor.high());
        assertEquals(List.of(new Hole(3, 5, T0)), cursor.holeList());
    }

    @Test
    void expiryForgetsOnlyHolesOlderThanTheTimeoutAndReturnsThem() {
        Cursor cursor = new Cursor(20, List.of(new Hole(3, 4, T0), new Hole(8, 8, T0 + 1_000), new Hole(12, 15, T0 + 5_000)));

        List<Hole> expired = cursor.expire(T0 + 6_000, Duration.ofSeconds(5));

        assertEquals(List.of(new Hole(3, 4, T0)), expired, "older than 5 s; exactly 5 s is not yet expired");
        assertEquals(List.of(new Hole(8, 8, T0 + 1_000), new Hole(12, 15, T0 + 5_000)), cursor.holeList());
        assertFalse(cursor.isPending(3), "an expired hole is no longer asked for");
        assertTrue(cursor.isPending(8));
    }

    @Test
    void asksForAtMostTheRangesARequestMayCarryOldestIdsFirst() {
        Cursor cursor = new Cursor(0, List.of());
        for (long id = 2; id <= 2L * (IdRange.MAX_RANGES + 5); id += 2) {
            cursor.handled(id, T0);
        }

        List<IdRange> holes = cursor.holes();

        assertEquals(IdRange.MAX_RANGES + 5, cursor.holeList().size());
        assertEquals(IdRange.MAX_RANGES, holes.size());
        assertEquals(new IdRange(1, 1), holes.get(0));
        assertEquals(new IdRange(2L * IdRange.MAX_RANGES - 1, 2L * IdRange.MAX_RANGES - 1), holes.get(holes.size() - 1));
    }
}
