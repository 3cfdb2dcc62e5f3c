package com.parashift.alfstream.alfresco.site;

import com.parashift.alfstream.alfresco.group.GroupFilter;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;

import java.util.ArrayList;
import java.util.List;

/**
 * The user groups a Share site depends on: {@code GROUP_site_<shortName>} and its role groups
 * ({@code GROUP_site_<shortName>_SiteManager}, …). The site's permissions name them, so they travel before the
 * site's nodes; role groups come first because Alfresco nests them in the site group.
 */
public class SiteGroups {

    private final NodeService nodeService;
    private final SiteService siteService;
    private final AuthorityService authorityService;
    private final GroupFilter filter;

    public SiteGroups(NodeService nodeService, SiteService siteService, AuthorityService authorityService,
            GroupFilter filter) {
        this.nodeService = nodeService;
        this.siteService = siteService;
        this.authorityService = authorityService;
        this.filter = filter;
    }

    /** The site's existing groups, role groups first; empty if the node is not a site ({@code st:site}). */
    public List<String> of(NodeRef node) {
        if (!SiteModel.TYPE_SITE.equals(nodeService.getType(node))) {
            return List.of();
        }
        SiteInfo site = siteService.getSite(node);
        if (site == null) {
            return List.of();
        }
        String shortName = site.getShortName();
        List<String> groups = new ArrayList<>();
        for (String role : siteService.getSiteRoles(shortName)) {
            groups.add(siteService.getSiteRoleGroup(shortName, role));
        }
        groups.add(siteService.getSiteGroup(shortName));
        return groups.stream().distinct().filter(filter::syncs).filter(authorityService::authorityExists).toList();
    }
}
