package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.Fixtures;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.site.SiteService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RecipientsTest {

    private final AuthorityService authorities = mock(AuthorityService.class);
    private final SiteService sites = mock(SiteService.class);
    private final PersonService people = mock(PersonService.class);
    private final NodeService nodes = mock(NodeService.class);
    private final Recipients recipients = new Recipients(authorities, sites, people, nodes);

    private void person(String user, String email) {
        NodeRef ref = Fixtures.node("person-" + user);
        when(people.getPersonOrNull(user)).thenReturn(ref);
        when(nodes.getProperty(ref, ContentModel.PROP_EMAIL)).thenReturn(email);
    }

    @Test
    void siteManagersAreTheUsersOfTheManagerRoleGroupNestedGroupsIncluded() {
        when(sites.getSiteRoleGroup("s", SiteModel.SITE_MANAGER)).thenReturn("GROUP_site_s_SiteManager");
        when(authorities.authorityExists("GROUP_site_s_SiteManager")).thenReturn(true);
        when(authorities.getContainedAuthorities(AuthorityType.USER, "GROUP_site_s_SiteManager", false))
                .thenReturn(Set.of("ann", "bob", "cid", "gone"));
        person("ann", "ann@example.com");
        person("bob", " ");
        person("cid", "cid@example.com ");

        assertEquals(List.of("ann@example.com", "cid@example.com"), recipients.siteManagers("s"));
    }

    @Test
    void administratorsAreTheMembersOfTheAdministratorsGroup() {
        when(authorities.authorityExists("GROUP_ALFRESCO_ADMINISTRATORS")).thenReturn(true);
        when(authorities.getContainedAuthorities(AuthorityType.USER, "GROUP_ALFRESCO_ADMINISTRATORS", false))
                .thenReturn(Set.of("admin"));
        person("admin", "admin@example.com");

        assertEquals(List.of("admin@example.com"), recipients.administrators());
    }

    @Test
    void aSiteWithoutManagerGroupHasNobody() {
        when(sites.getSiteRoleGroup("s", SiteModel.SITE_MANAGER)).thenReturn("GROUP_site_s_SiteManager");
        assertEquals(List.of(), recipients.siteManagers("s"));
        verify(authorities, never()).getContainedAuthorities(any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
    }
}
