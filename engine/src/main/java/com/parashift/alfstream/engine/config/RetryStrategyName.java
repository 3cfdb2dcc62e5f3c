package com.parashift.alfstream.engine.config;

import java.util.Arrays;
import java.util.Optional;

/** The values of {@code retry.strategy}, spelled as Sling Content Distribution spells them. */
public enum RetryStrategyName {
    /** Retry forever with backoff, keeping order: a failing item blocks the items behind it. */
    none,
    /** After {@code retry.attempts} failures, move the item to the error queue and go on. */
    errorQueue;

    static Optional<RetryStrategyName> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.name().equals(text)).findFirst();
    }
}
