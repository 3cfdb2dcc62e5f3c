package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.protocol.ResendRequest;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.verify.ResendHandler;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.InputStream;

/** {@code POST alfstream/sync/resend}: journals nodes anew, for repair. */
public class ResendPost extends SyncWebScript {

    private final ResendHandler handler;

    public ResendPost(ResendHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        ResendRequest request;
        try (InputStream in = Bodies.open(req)) {
            request = Json.read(in, ResendRequest.class);
        }
        sendJson(res, 200, handler.resend(request));
    }
}
