package com.parashift.alfstream.alfresco.journal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The origin of the change the current thread is writing: set while a change from another instance is applied,
 * so that the journal records where it came from and the engine does not hand it back (echo suppression).
 */
public final class OriginContext {

    private static final ThreadLocal<String> ORIGIN = new ThreadLocal<>();

    private OriginContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(ORIGIN.get());
    }

    public static <T> T with(String origin, Supplier<T> work) {
        String previous = ORIGIN.get();
        ORIGIN.set(origin);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ORIGIN.remove();
            } else {
                ORIGIN.set(previous);
            }
        }
    }
}
