package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.util.Content;

public interface WebScriptRequest {

    Match getServiceMatch();

    String getServicePath();

    String getURL();

    String getPathInfo();

    String getQueryString();

    String[] getParameterNames();

    String getParameter(String name);

    String[] getParameterValues(String name);

    String[] getHeaderNames();

    String getHeader(String name);

    String[] getHeaderValues(String name);

    String getContentType();

    Content getContent();

    String getFormat();
}
