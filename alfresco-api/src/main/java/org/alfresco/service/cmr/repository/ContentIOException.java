package org.alfresco.service.cmr.repository;

public class ContentIOException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentIOException(String msg) {
        super(msg);
    }

    public ContentIOException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
