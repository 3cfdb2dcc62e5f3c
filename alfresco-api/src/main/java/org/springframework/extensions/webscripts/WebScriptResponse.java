package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

public interface WebScriptResponse {

    void setStatus(int status);

    void setHeader(String name, String value);

    void addHeader(String name, String value);

    void setContentType(String contentType);

    void setContentEncoding(String contentEncoding);

    Writer getWriter() throws IOException;

    OutputStream getOutputStream() throws IOException;
}
