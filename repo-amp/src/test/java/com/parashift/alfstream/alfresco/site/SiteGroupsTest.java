package com.parashift.alfstream.alfresco.site;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.group.GroupFilter;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SiteGroupsTest {

    private final NodeService nodes = mock(NodeService.class);
    private final SiteService sites = mock(SiteService.class);
    private final AuthorityService authorities = mock(AuthorityService.class);
    private final SiteGroups siteGroups = new SiteGroups(nodes, sites, authorities, new GroupFilter(""));
    private final NodeRef siteNode = Fixtures.node("site");

    @Test
    void aSitesRoleGroupsComeBeforeTheSiteGroupThatNestsThem() {
        SiteInfo info = mock(SiteInfo.class);
        when(info.getShortName()).thenReturn("s");
        when(nodes.getType(siteNode)).thenReturn(SiteModel.TYPE_SITE);
        when(sites.getSite(siteNode)).thenReturn(info);
        when(sites.getSiteRoles("s")).thenReturn(List.of("SiteManager", "SiteConsumer", "SiteGhost"));
        when(sites.getSiteRoleGroup(any(), any())).thenAnswer(i -> "GROUP_site_s_" + i.getArgument(1));
        when(sites.getSiteGroup("s")).thenReturn("GROUP_site_s");
        when(authorities.authorityExists(any())).thenAnswer(i -> !"GROUP_site_s_SiteGhost".equals(i.getArgument(0)));

        assertEquals(List.of("GROUP_site_s_SiteManager", "GROUP_site_s_SiteConsumer", "GROUP_site_s"),
                siteGroups.of(siteNode));
    }

    @Test
    void otherNodesHaveNoGroups() {
        when(nodes.getType(siteNode)).thenReturn(ContentModel.TYPE_FOLDER);
        assertEquals(List.of(), siteGroups.of(siteNode));
        verifyNoInteractions(sites, authorities);
    }

    @Test
    void aSiteNodeTheSiteServiceDoesNotKnowHasNoGroups() {
        when(nodes.getType(siteNode)).thenReturn(SiteModel.TYPE_SITE);
        assertEquals(List.of(), siteGroups.of(siteNode));
    }
}
