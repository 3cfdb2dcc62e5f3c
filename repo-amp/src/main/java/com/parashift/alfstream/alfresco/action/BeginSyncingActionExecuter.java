package com.parashift.alfstream.alfresco.action;

/** Begin Syncing ({@code alfstream-begin-sync}): Puts the node and everything below it under sync. */
public class BeginSyncingActionExecuter extends SyncActionExecuter {

    public static final String NAME = "alfstream-begin-sync";

    @Override
    protected JobKind kind() {
        return JobKind.BEGIN;
    }

    @Override
    protected String title() {
        return "Begin Syncing";
    }
}
