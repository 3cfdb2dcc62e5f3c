package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.repo.apply.ApplyHandler;
import com.parashift.alfstream.repo.http.Json;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.InputStream;

/** {@code POST alfstream/sync/apply}: applies changes in order, each in a transaction of its own. */
public class ApplyPost extends SyncWebScript {

    private final ApplyHandler handler;

    public ApplyPost(ApplyHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        ApplyRequest request;
        try (InputStream in = Bodies.open(req)) {
            request = Json.read(in, ApplyRequest.class);
        }
        sendJson(res, 200, handler.apply(request));
    }
}
