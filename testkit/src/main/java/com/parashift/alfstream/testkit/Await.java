package com.parashift.alfstream.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits on a condition, never on the clock alone: polls it until it holds or the deadline passes. */
public final class Await {

    private Await() {
    }

    /**
     * @param what      what is expected, for the failure message
     * @param condition the condition
     * @param timeout   the deadline
     * @param state     describes the state seen last, for the failure message
     * @throws AssertionError when the deadline passes
     */
    public static void until(String what, BooleanSupplier condition, Duration timeout, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + state.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        until(what, condition, timeout, () -> "(no detail)");
    }
}
