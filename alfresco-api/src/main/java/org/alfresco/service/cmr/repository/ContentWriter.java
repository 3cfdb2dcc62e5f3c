package org.alfresco.service.cmr.repository;

import java.io.InputStream;
import java.io.OutputStream;

public interface ContentWriter extends ContentAccessor {

    ContentReader getReader() throws ContentIOException;

    boolean isClosed();

    OutputStream getContentOutputStream() throws ContentIOException;

    void putContent(InputStream is) throws ContentIOException;

    void putContent(String content) throws ContentIOException;
}
