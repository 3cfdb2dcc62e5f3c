package org.springframework.extensions.webscripts;

import java.io.IOException;

public interface WebScript {

    void execute(WebScriptRequest req, WebScriptResponse res) throws IOException;
}
