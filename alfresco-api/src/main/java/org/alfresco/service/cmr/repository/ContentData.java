package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Locale;

/** Stand-in: the value of a {@code d:content} property. */
public class ContentData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String contentUrl;
    private final String mimetype;
    private final long size;
    private final String encoding;
    private final Locale locale;

    public ContentData(String contentUrl, String mimetype, long size, String encoding) {
        this(contentUrl, mimetype, size, encoding, null);
    }

    public ContentData(String contentUrl, String mimetype, long size, String encoding, Locale locale) {
        this.contentUrl = contentUrl;
        this.mimetype = mimetype;
        this.size = size;
        this.encoding = encoding;
        this.locale = locale;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public String getMimetype() {
        return mimetype;
    }

    public long getSize() {
        return size;
    }

    public String getEncoding() {
        return encoding;
    }

    public Locale getLocale() {
        return locale;
    }
}
