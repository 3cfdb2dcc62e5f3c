package com.parashift.alfstream.alfresco.action;

/** Retry Syncing ({@code alfstream-retry-sync}): Clears sync errors of the node and everything below it and syncs them again. */
public class RetrySyncingActionExecuter extends SyncActionExecuter {

    public static final String NAME = "alfstream-retry-sync";

    @Override
    protected JobKind kind() {
        return JobKind.RETRY;
    }

    @Override
    protected String title() {
        return "Retry Syncing";
    }
}
