package com.parashift.alfstream.repo.port;

import java.util.Arrays;
import java.util.Optional;

/** The values of {@code alfs:syncState}, spelled as the content model constrains them. */
public enum SyncState {
    Active,
    Inactive,
    Error;

    public static Optional<SyncState> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
    }
}
