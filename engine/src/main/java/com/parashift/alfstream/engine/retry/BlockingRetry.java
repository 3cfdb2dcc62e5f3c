package com.parashift.alfstream.engine.retry;

/**
 * {@code retry.strategy=none}: an item is retried until it succeeds, with backoff, and the items behind it wait.
 * Order is kept at the price of a blocked queue; an operator sees ITEM-FAILED lines until the cause is removed.
 */
public final class BlockingRetry implements RetryStrategy {

    @Override
    public Decision onFailure(int attempts) {
        return Decision.RETRY_LATER;
    }

    @Override
    public boolean setsAside() {
        return false;
    }
}
