package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.repo.journal.ChangesHandler;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;

/** {@code GET alfstream/sync/changes?after=&holes=&limit=}: journal entries with the nodes' snapshots. */
public class ChangesGet extends SyncWebScript {

    private final ChangesHandler handler;

    public ChangesGet(ChangesHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        sendJson(res, 200, handler.changes(req.getParameter("after"), req.getParameter("holes"),
                req.getParameter("limit"), req.getParameter("exclude-origin")));
    }
}
