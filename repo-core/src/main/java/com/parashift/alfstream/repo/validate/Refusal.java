package com.parashift.alfstream.repo.validate;

import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;

import java.util.function.UnaryOperator;

/** The 400 of a field that is not what the protocol allows: {@code <field>: <problem>}. */
public final class Refusal {

    private Refusal() {
    }

    static SyncException of(String field, String problem) {
        return SyncException.badRequest(field + ": " + problem);
    }

    /** Runs a check of {@link Names}, prefixing its message with the field. */
    public static String field(String field, UnaryOperator<String> check, String value) {
        try {
            return check.apply(value);
        } catch (SyncException e) {
            throw of(field, e.getMessage());
        }
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw of(field, "missing");
        }
        return value;
    }
}
