package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.repo.apply.StagingArea;
import com.parashift.alfstream.repo.http.SyncException;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.InputStream;

/** {@code PUT alfstream/sync/staging/{sha256}}: content streamed in ahead of the apply; kept only if it matches. */
public class StagingPut extends SyncWebScript {

    private final StagingArea staging;

    public StagingPut(StagingArea staging) {
        this.staging = staging;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        Content body = req.getContent();
        if (body == null) {
            throw SyncException.badRequest("no request body: PUT the content to stage");
        }
        try (InputStream in = body.getInputStream()) {
            staging.stage(templateVar(req, "sha256"), in);
        }
        res.setStatus(204);
    }
}
