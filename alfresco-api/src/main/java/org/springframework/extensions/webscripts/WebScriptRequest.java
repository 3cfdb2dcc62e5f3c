package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.util.Content;

public interface WebScriptRequest {

    Match getServiceMatch();

    String getParameter(String name);

    String[] getParameterNames();

    String getHeader(String name);

    String getContentType();

    Content getContent();
}
