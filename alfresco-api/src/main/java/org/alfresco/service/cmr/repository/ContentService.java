package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code ContentService} that the AMP uses. */
public interface ContentService {

    ContentReader getReader(NodeRef nodeRef, QName propertyQName);

    ContentReader getRawReader(String contentUrl);

    ContentWriter getWriter(NodeRef nodeRef, QName propertyQName, boolean update);
}
