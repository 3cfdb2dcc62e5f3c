package com.parashift.alfstream.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdRangeTest {

    @Test
    void parsesRangesAndSingleIdsAndFormatsThemBack() {
        List<IdRange> ranges = IdRange.parse("5-7,10,12-12");

        assertEquals(List.of(new IdRange(5, 7), new IdRange(10, 10), new IdRange(12, 12)), ranges);
        assertEquals("5-7,10,12", IdRange.format(ranges));
        assertEquals(ranges, IdRange.parse(IdRange.format(ranges)));
    }

    @Test
    void toleratesSpacesAroundNumbers() {
        assertEquals(List.of(new IdRange(5, 7), new IdRange(10, 10)), IdRange.parse(" 5 - 7 , 10 "));
    }

    @Test
    void blankOrMissingIsNoRange() {
        assertEquals(List.of(), IdRange.parse(null));
        assertEquals(List.of(), IdRange.parse(""));
        assertEquals(List.of(), IdRange.parse("   "));
        assertEquals("", IdRange.format(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "5-", "-3", "7-5", "0", "5-x", "1.5", "99999999999999999999"})
    void aMalformedPartIsNamedInTheError(String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdRange.parse("1-2," + part + ",9"));

        assertTrue(e.getMessage().contains("'" + part + "'"), e.getMessage());
        assertFalse(e.getMessage().contains("'1-2'"), "the good part is not blamed: " + e.getMessage());
    }

    @Test
    void refusesMoreRangesThanARequestMayCarry() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= IdRange.MAX_RANGES + 1; i++) {
            text.append(i * 2L).append(',');
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdRange.parse(text.toString()));
        assertTrue(e.getMessage().contains("more than " + IdRange.MAX_RANGES), e.getMessage());
        assertEquals(IdRange.MAX_RANGES, IdRange.parse(text.substring(0, text.lastIndexOf(",", text.length() - 2))).size());
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        IdRange range = new IdRange(5, 7);
        assertFalse(range.contains(4));
        assertTrue(range.contains(5));
        assertTrue(range.contains(7));
        assertFalse(range.contains(8));
    }

    @Test
    void aRangeStartsAtOneAndDoesNotRunBackwards() {
        assertThrows(IllegalArgumentException.class, () -> new IdRange(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new IdRange(5, 4));
    }
}
