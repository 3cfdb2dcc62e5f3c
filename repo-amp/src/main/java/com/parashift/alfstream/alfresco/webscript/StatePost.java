package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.protocol.StateRequest;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.status.StatusHandler;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.InputStream;

/** {@code POST alfstream/sync/state}: sets a node's sync state, for example Error with the reason. */
public class StatePost extends SyncWebScript {

    private final StatusHandler handler;

    public StatePost(StatusHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        StateRequest request;
        try (InputStream in = Bodies.open(req)) {
            request = Json.read(in, StateRequest.class);
        }
        handler.setState(request);
        res.setStatus(204);
    }
}
