package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

public interface WebScriptResponse {

    String JSON_FORMAT = "json";
    String HEADER_LOCATION = "Location";

    void setStatus(int status);

    void setHeader(String name, String value);

    void addHeader(String name, String value);

    void setContentType(String contentType);

    void setContentEncoding(String contentEncoding);

    void setCache(Cache cache);

    Writer getWriter() throws IOException;

    OutputStream getOutputStream() throws IOException;

    void reset();
}
