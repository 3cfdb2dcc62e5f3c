package com.parashift.alfstream.alfresco.action;

/**
 * Why a sync action does not run, as the user is told: an HTTP status, a stable code Share translates, the item's
 * name, and the sentence in English (what Share shows when it has no translation of the code).
 */
public class SyncRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String name;
    private final long count;

    public SyncRefusal(int status, String code, String name, String message) {
        this(status, code, name, -1, message);
    }

    public SyncRefusal(int status, String code, String name, long count, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = name;
        this.count = count;
    }

    public int status() {
        return status;
    }

    /** {@code not-member}, {@code no-permission}, {@code locked}, {@code already-syncing}, … */
    public String code() {
        return code;
    }

    /** The name of the item the action was asked for. */
    public String name() {
        return name;
    }

    /** How many items the question is about (the confirmation of Stop from Syncing), or -1. */
    public long count() {
        return count;
    }
}
