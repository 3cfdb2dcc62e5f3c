package org.alfresco.service.cmr.site;

import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: the part of Alfresco's {@code SiteInfo} that the AMP uses. */
public interface SiteInfo {

    NodeRef getNodeRef();

    String getShortName();
}
