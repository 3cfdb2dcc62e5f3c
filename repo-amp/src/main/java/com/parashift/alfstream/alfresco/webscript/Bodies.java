package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.repo.http.SyncException;
import org.springframework.extensions.webscripts.WebScriptRequest;

import java.io.InputStream;

/** Request bodies. */
final class Bodies {

    private Bodies() {
    }

    static InputStream open(WebScriptRequest req) {
        if (req.getContent() == null || req.getContent().getInputStream() == null) {
            throw SyncException.badRequest("no request body, expected JSON");
        }
        return req.getContent().getInputStream();
    }
}
