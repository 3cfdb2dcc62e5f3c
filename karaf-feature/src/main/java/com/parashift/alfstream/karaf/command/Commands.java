package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.karaf.SyncComponent;

import java.util.function.Function;

/** What the alfstream:* commands share. */
final class Commands {

    private Commands() {
    }

    static String withEngine(SyncComponent component, Function<SyncEngine, String> action) {
        return component.engine().map(action)
                .orElseGet(() -> "the sync agent is not running: " + component.problem());
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + id + "' is not an error queue id; alfstream:errors lists them");
        }
    }
}
