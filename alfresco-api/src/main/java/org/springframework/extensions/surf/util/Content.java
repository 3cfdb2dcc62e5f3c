package org.springframework.extensions.surf.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

public interface Content {

    String getContent() throws IOException;

    String getMimetype();

    String getEncoding();

    long getSize();

    InputStream getInputStream();

    Reader getReader() throws IOException;
}
