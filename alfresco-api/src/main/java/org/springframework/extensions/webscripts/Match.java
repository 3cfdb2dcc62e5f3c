package org.springframework.extensions.webscripts;

import java.util.Map;

/** Stand-in: the match of a request URL against a webscript's URL template; a plain value here. */
public final class Match {

    private final String templatePath;
    private final Map<String, String> templateVars;
    private final String matchPath;

    public Match(String templatePath, Map<String, String> templateVars, String matchPath) {
        this.templatePath = templatePath;
        this.templateVars = templateVars;
        this.matchPath = matchPath;
    }

    public String getTemplate() {
        return templatePath;
    }

    public Map<String, String> getTemplateVars() {
        return templateVars;
    }

    public String getPath() {
        return matchPath;
    }
}
