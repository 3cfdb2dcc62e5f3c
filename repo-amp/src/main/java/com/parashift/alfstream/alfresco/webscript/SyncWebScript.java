package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.SyncAccess;
import com.parashift.alfstream.alfresco.support.SyncAccessDeniedException;
import com.parashift.alfstream.protocol.ErrorBody;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Base of the sync endpoints: lets in administrators and members of {@code GROUP_ALFSTREAM_SYNC} only, then does
 * the work as the system user (the engine's account need not have rights on every synced folder), and answers
 * every failure with the protocol's JSON error body and the status the handler chose.
 */
public abstract class SyncWebScript extends AbstractWebScript {

    private static final Logger LOG = LoggerFactory.getLogger(SyncWebScript.class);

    private SyncAccess syncAccess;
    private RunAs runAs;

    /** Serves the request; runs as the system user after the access check. */
    protected abstract void handle(WebScriptRequest req, WebScriptResponse res) throws IOException;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            syncAccess.check("call the Alfstream Sync endpoints");
            runAs.system(() -> {
                try {
                    handle(req, res);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (SyncException e) {
            sendJson(res, e.status(), new ErrorBody(e.status(), e.getMessage()));
        } catch (SyncAccessDeniedException e) {
            LOG.info("SYNC-ENDPOINT-REFUSED {}", e.getMessage());
            sendJson(res, 403, new ErrorBody(403, e.getMessage()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            LOG.warn("SYNC-ENDPOINT-FAILED {}: {}", getClass().getSimpleName(), e.toString(), e);
            sendJson(res, 500, new ErrorBody(500, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    static void sendJson(WebScriptResponse res, int status, Object body) throws IOException {
        res.setStatus(status);
        res.setContentType(Protocol.JSON);
        res.setContentEncoding("UTF-8");
        Json.write(res.getOutputStream(), body);
    }

    static String templateVar(WebScriptRequest req, String name) {
        Map<String, String> vars = req.getServiceMatch().getTemplateVars();
        return vars == null ? null : vars.get(name);
    }

    public void setSyncAccess(SyncAccess syncAccess) {
        this.syncAccess = syncAccess;
    }

    public void setRunAs(RunAs runAs) {
        this.runAs = runAs;
    }
}
