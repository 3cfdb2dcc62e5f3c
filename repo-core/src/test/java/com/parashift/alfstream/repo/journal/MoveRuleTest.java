package com.parashift.alfstream.repo.journal;

import org.junit.jupiter.api.Test;

import static com.parashift.alfstream.repo.journal.MoveRule.Outcome.MOVED;
import static com.parashift.alfstream.repo.journal.MoveRule.Outcome.MOVED_IN;
import static com.parashift.alfstream.repo.journal.MoveRule.Outcome.MOVED_OUT;
import static com.parashift.alfstream.repo.journal.MoveRule.Outcome.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MoveRuleTest {

    @Test
    void aMoveWithinTheSyncedTreeIsAMove() {
        assertEquals(MOVED, MoveRule.of(true, true, true, true, true));
    }

    @Test
    void aMoveOutOfTheSyncedTreeIsADeleteThereButTheTopOfATreeMovesWithIt() {
        assertEquals(MOVED_OUT, MoveRule.of(true, true, true, false, false));
        assertEquals(MOVED, MoveRule.of(true, true, false, false, false), "the top of a synced tree");
    }

    @Test
    void aNodeThatWasNotSyncedComesUnderSyncInAnActiveFolderOnly() {
        assertEquals(MOVED_IN, MoveRule.of(false, false, false, true, true));
        assertEquals(NONE, MoveRule.of(false, false, false, true, false), "into a stopped folder");
        assertEquals(NONE, MoveRule.of(false, false, false, false, false));
        assertEquals(NONE, MoveRule.of(true, false, true, false, false), "a stopped node stays as it is");
    }
}
