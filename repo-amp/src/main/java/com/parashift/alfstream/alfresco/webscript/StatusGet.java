package com.parashift.alfstream.alfresco.webscript;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.parashift.alfstream.alfresco.action.JobProgress;
import com.parashift.alfstream.alfresco.action.SubtreeJobs;
import com.parashift.alfstream.protocol.Status;
import com.parashift.alfstream.repo.status.StatusHandler;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET alfstream/sync/status}: the protocol's status, plus {@code jobs}: the progress of the recent Begin /
 * Stop / Retry Syncing background jobs (readers of the plain status ignore the extra field).
 */
public class StatusGet extends SyncWebScript {

    /** The status with the jobs beside its fields. */
    public record StatusWithJobs(@JsonUnwrapped Status status, List<JobProgress.View> jobs) {
    }

    private final StatusHandler handler;
    private final SubtreeJobs jobs;

    public StatusGet(StatusHandler handler, SubtreeJobs jobs) {
        this.handler = handler;
        this.jobs = jobs;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        sendJson(res, 200, new StatusWithJobs(handler.status(), jobs.jobs()));
    }
}
