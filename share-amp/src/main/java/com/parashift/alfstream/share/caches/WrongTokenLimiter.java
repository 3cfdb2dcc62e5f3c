package com.parashift.alfstream.share.caches;

import java.time.Clock;

/**
 * Limits guessing the token: after {@link #MAX_WRONG_PER_MINUTE} wrong tokens within a minute, every request is
 * answered 429 until that minute is over, whatever its token. The repository side retries a 429 with backoff.
 * Thread-safe; one per webscript, so one per Share instance.
 */
final class WrongTokenLimiter {

    static final int MAX_WRONG_PER_MINUTE = 10;
    private static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private long windowStart;
    private int wrong;

    WrongTokenLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Whether requests are refused now; if so, for how many more seconds (at least 1). */
    synchronized long blockedSeconds() {
        roll();
        if (wrong < MAX_WRONG_PER_MINUTE) {
            return 0;
        }
        return Math.max(1, (windowStart + WINDOW_MILLIS - clock.millis() + 999) / 1000);
    }

    synchronized void wrongToken() {
        roll();
        wrong++;
    }

    private void roll() {
        long now = clock.millis();
        if (now - windowStart >= WINDOW_MILLIS) {
            windowStart = now;
            wrong = 0;
        }
    }
}
