package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.repo.export.ContentHandler;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code GET alfstream/sync/content/{uuid}[?version=1.2]}: the node's content, or that of one of its versions,
 * streamed, its SHA-256 in {@code X-Alfstream-Sha256}.
 */
public class ContentGet extends SyncWebScript {

    private final ContentHandler handler;

    public ContentGet(ContentHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void handle(WebScriptRequest req, WebScriptResponse res) throws IOException {
        ContentHandler.Content content = handler.open(templateVar(req, "uuid"), req.getParameter(Protocol.VERSION_PARAMETER));
        try (InputStream in = content.stream()) {
            res.setStatus(200);
            res.setContentType(content.descriptor().mimetype());
            if (content.descriptor().encoding() != null) {
                res.setContentEncoding(content.descriptor().encoding());
            }
            res.setHeader(Protocol.SHA256_HEADER, content.descriptor().sha256());
            res.setHeader("Content-Length", Long.toString(content.descriptor().size()));
            OutputStream out = res.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }
}
