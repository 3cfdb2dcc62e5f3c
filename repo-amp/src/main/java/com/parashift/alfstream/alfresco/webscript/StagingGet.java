package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.repo.apply.StagingArea;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** {@code GET alfstream/sync/staging/{sha256}}: 204 if that content is staged, 404 if not. */
public class StagingGet extends SyncWebScript {

    private final StagingArea staging;

    public StagingGet(StagingArea staging) {
        this.staging = staging;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) {
        res.setStatus(staging.has(templateVar(req, "sha256")) ? 204 : 404);
    }
}
