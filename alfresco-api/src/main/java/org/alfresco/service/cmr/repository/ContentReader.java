package org.alfresco.service.cmr.repository;

import java.io.InputStream;

public interface ContentReader extends ContentAccessor {

    boolean exists();

    long getLastModified();

    boolean isClosed();

    InputStream getContentInputStream() throws ContentIOException;
}
