package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.karaf.SyncComponent;

import java.util.function.Function;

/** What the alfstream:* commands share. */
final class Commands {

    private Commands() {
    }

    /**
     * Runs the action on the running engine and prints its answer to the session's console (Karaf binds
     * {@code System.out} to it; a returned value is not printed in batch mode).
     */
    static Object withEngine(SyncComponent component, Function<SyncEngine, String> action) {
        System.out.println(component.engine().map(action)
                .orElseGet(() -> "the sync agent is not running: " + component.problem()));
        return null;
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + id + "' is not an error queue id; alfstream:errors lists them");
        }
    }
}
