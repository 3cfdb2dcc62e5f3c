package com.parashift.alfstream.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Small helpers the benchmarks share: percentiles, waiting on a condition, and the summary lines. */
final class Figures {

    private Figures() {
    }

    /** The nearest-rank percentile of the values, {@code p} in 0..100. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /**
     * Polls the condition every {@code pollNanos} until it holds; answers {@link System#nanoTime()} of the poll
     * that saw it hold.
     *
     * @throws IllegalStateException naming {@code what} when {@code timeoutMillis} passes first
     */
    static long awaitNanos(String what, BooleanSupplier condition, long timeoutMillis, long pollNanos) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(pollNanos);
        }
        return System.nanoTime();
    }

    /** Prints one summary line: {@code RESULT <name>: <figure> (target <target>: MET|NOT MET)}. */
    static boolean result(PrintStream out, String name, String figure, String target, boolean met) {
        out.println("RESULT " + name + ": " + figure + (target == null ? "" : " (target " + target + ": "
                + (met ? "MET" : "NOT MET") + ")"));
        return met;
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
