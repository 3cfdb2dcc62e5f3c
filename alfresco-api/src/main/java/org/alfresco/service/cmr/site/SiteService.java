package org.alfresco.service.cmr.site;

import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: the part of Alfresco's {@code SiteService} that the AMP uses. */
public interface SiteService {

    SiteInfo getSite(NodeRef nodeRef);
    SiteInfo getSite(String shortName);
    String getMembersRole(String shortName, String authorityName);

    List<String> getSiteRoles(String shortName);

    String getSiteGroup(String shortName);

    String getSiteRoleGroup(String shortName, String role);
}
