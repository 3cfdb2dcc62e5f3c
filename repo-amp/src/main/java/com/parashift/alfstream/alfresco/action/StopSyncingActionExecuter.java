package com.parashift.alfstream.alfresco.action;

/** Stop from Syncing ({@code alfstream-stop-sync}): Stops syncing the node and everything below it. */
public class StopSyncingActionExecuter extends SyncActionExecuter {

    public static final String NAME = "alfstream-stop-sync";

    @Override
    protected JobKind kind() {
        return JobKind.STOP;
    }

    @Override
    protected String title() {
        return "Stop from Syncing";
    }
}
