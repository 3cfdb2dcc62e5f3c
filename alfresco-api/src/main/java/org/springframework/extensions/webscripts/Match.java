package org.springframework.extensions.webscripts;

import java.util.Map;

public class Match {

    public Map<String, String> getTemplateVars() {
        throw new UnsupportedOperationException("stand-in");
    }
}
