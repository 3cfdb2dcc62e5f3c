package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.util.Map;

public class DeclarativeWebScript extends AbstractWebScript {

    @Override
    public final void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        throw new UnsupportedOperationException("stand-in");
    }

    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status) {
        return null;
    }

    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        return executeImpl(req, status);
    }

    protected void executeFinallyImpl(WebScriptRequest req, Status status, Cache cache, Map<String, Object> model) {
    }
}
