package org.alfresco.service.cmr.repository;

public interface ContentAccessor {

    boolean isChannelOpen();

    ContentData getContentData();

    String getContentUrl();

    long getSize();

    String getMimetype();

    void setMimetype(String mimetype);

    String getEncoding();

    void setEncoding(String encoding);
}
