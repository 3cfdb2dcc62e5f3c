package com.parashift.alfstream.engine.retry;

/**
 * {@code retry.strategy=errorQueue}: after {@code retry.attempts} failures an item moves to the error queue, its
 * source node is marked {@code alfs:syncState=Error} with the reason, and the items behind it go on.
 */
public final class ErrorQueueRetry implements RetryStrategy {

    private final int maxAttempts;

    public ErrorQueueRetry(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry.attempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    @Override
    public Decision onFailure(int attempts) {
        return attempts >= maxAttempts ? Decision.MOVE_TO_ERROR_QUEUE : Decision.RETRY_LATER;
    }

    @Override
    public boolean setsAside() {
        return true;
    }
}
