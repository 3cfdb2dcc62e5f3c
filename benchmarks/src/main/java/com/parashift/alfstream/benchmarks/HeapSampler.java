package com.parashift.alfstream.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the JVM's used heap every few milliseconds on a daemon thread and keeps the highest value seen. Used
 * heap includes garbage not yet collected, so the peak is an upper bound of what the work needed; with a small
 * {@code -Xmx} it shows that a file larger than the heap moves as a stream.
 */
final class HeapSampler implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static HeapSampler start() {
        return new HeapSampler();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakMb() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / MB;
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
