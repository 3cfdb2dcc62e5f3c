package com.parashift.alfstream.engine.retry;

import com.parashift.alfstream.engine.config.RetryStrategyName;

/** What to do with an item that failed to apply: try again later, or give it up to the error queue. */
public interface RetryStrategy {

    enum Decision { RETRY_LATER, MOVE_TO_ERROR_QUEUE }

    /** @param attempts how many times the item has failed so far, at least 1 */
    Decision onFailure(int attempts);

    /**
     * Whether a failed change is set aside at once, so that changes of other nodes go on while it is retried;
     * otherwise it blocks the changes behind it until it applies.
     */
    boolean setsAside();

    static RetryStrategy of(RetryStrategyName name, int attempts) {
        return name == RetryStrategyName.none ? new BlockingRetry() : new ErrorQueueRetry(attempts);
    }
}
