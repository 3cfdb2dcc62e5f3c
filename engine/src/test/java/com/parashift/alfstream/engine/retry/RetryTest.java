package com.parashift.alfstream.engine.retry;

import com.parashift.alfstream.engine.config.RetryStrategyName;
import com.parashift.alfstream.engine.retry.RetryStrategy.Decision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryTest {

    @Test
    void backoffDoublesUpToTheMaximumAndStartsOverAfterReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1_000));

        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            delays.add(backoff.next().toMillis());
        }
        backoff.reset();

        assertEquals(List.of(100L, 200L, 400L, 800L, 1_000L, 1_000L), delays);
        assertEquals(100, backoff.next().toMillis());
    }

    @Test
    void backoffWithEqualBoundsStaysPut() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertEquals(Duration.ofSeconds(2), backoff.next());
        assertEquals(Duration.ofSeconds(2), backoff.next());
    }

    @Test
    void errorQueueGivesUpAfterTheConfiguredAttempts() {
        RetryStrategy strategy = RetryStrategy.of(RetryStrategyName.errorQueue, 3);

        assertEquals(Decision.RETRY_LATER, strategy.onFailure(1));
        assertEquals(Decision.RETRY_LATER, strategy.onFailure(2));
        assertEquals(Decision.MOVE_TO_ERROR_QUEUE, strategy.onFailure(3));
        assertEquals(Decision.MOVE_TO_ERROR_QUEUE, strategy.onFailure(4));
    }

    @Test
    void errorQueueWithOneAttemptGivesUpAtTheFirstFailure() {
        assertEquals(Decision.MOVE_TO_ERROR_QUEUE, new ErrorQueueRetry(1).onFailure(1));
    }

    @Test
    void errorQueueNeedsAtLeastOneAttempt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ErrorQueueRetry(0));
        assertTrue(e.getMessage().contains("retry.attempts"), e.getMessage());
    }

    @Test
    void noneNeverGivesUp() {
        RetryStrategy strategy = RetryStrategy.of(RetryStrategyName.none, 3);

        for (int attempts : new int[] {1, 3, 4, 1_000_000}) {
            assertEquals(Decision.RETRY_LATER, strategy.onFailure(attempts), "after " + attempts + " failures");
        }
    }
}
