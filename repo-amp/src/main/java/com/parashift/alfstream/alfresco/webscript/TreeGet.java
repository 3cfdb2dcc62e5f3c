package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.repo.verify.TreeHandler;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;

/** {@code GET alfstream/sync/tree?path=|root=&after=&limit=}: one page of a synced tree, for verify. */
public class TreeGet extends SyncWebScript {

    private final TreeHandler handler;

    public TreeGet(TreeHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        sendJson(res, 200, handler.page(req.getParameter("path"), req.getParameter("root"), req.getParameter("after"),
                req.getParameter("limit"), req.getParameter("detail")));
    }
}
