package com.parashift.alfstream.engine.retry;

import java.time.Duration;

/** Exponential backoff between {@code retry.delay} and {@code retry.maxDelay}. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    public Duration next() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    /** The delay after the {@code failures}'th failure of one item: {@code retry.delay} doubled per failure. */
    public Duration after(int failures) {
        Duration delay = initial;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public void reset() {
        next = initial;
    }
}
