package com.parashift.alfstream.alfresco.directory;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.journal.OriginContext;
import com.parashift.alfstream.protocol.GroupSnapshot;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PersonService;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AlfrescoDirectoryTest {

    private final AuthorityService authorities = mock(AuthorityService.class);
    private final PersonService people = mock(PersonService.class);
    private final HomeFolders homes = mock(HomeFolders.class);
    private final AlfrescoDirectory directory = new AlfrescoDirectory(authorities, people, homes);

    @Test
    void readsAGroupWithItsImmediateMembersSorted() {
        when(authorities.authorityExists("GROUP_x")).thenReturn(true);
        when(authorities.getAuthorityDisplayName("GROUP_x")).thenReturn("X");
        when(authorities.getContainedAuthorities(null, "GROUP_x", true)).thenReturn(Set.of("zoe", "GROUP_y", "abe"));

        assertEquals(Optional.of(new GroupSnapshot("GROUP_x", "X", List.of("GROUP_y", "abe", "zoe"))),
                directory.readGroup("GROUP_x"));
        assertEquals(Optional.empty(), directory.readGroup("GROUP_missing"));
    }

    @Test
    void createsAMissingGroupInTheDefaultZonesAndAddsItsMembersUnderTheOrigin() {
        when(authorities.authorityExists("GROUP_team")).thenReturn(false);
        when(authorities.getShortName("GROUP_team")).thenReturn("team");
        when(authorities.getDefaultZones()).thenReturn(Set.of("APP.DEFAULT", "AUTH.ALF"));
        when(authorities.getContainedAuthorities(null, "GROUP_team", true)).thenReturn(Set.of());
        List<String> origins = new ArrayList<>();
        doAnswer(i -> origins.add(OriginContext.current().orElse("none"))).when(authorities).addAuthority(anyString(), anyString());

        directory.writeGroup(new GroupSnapshot("GROUP_team", "The team", List.of("bob", "GROUP_sub")), "inst-a", 7);

        verify(authorities).createAuthority(AuthorityType.GROUP, "team", "The team", Set.of("APP.DEFAULT", "AUTH.ALF"));
        verify(authorities).addAuthority("GROUP_team", "bob");
        verify(authorities).addAuthority("GROUP_team", "GROUP_sub");
        assertEquals(List.of("inst-a", "inst-a"), origins);
        assertTrue(OriginContext.current().isEmpty());
    }

    @Test
    void siteGroupsGoToTheZonesOfTheSiteService() {
        when(authorities.getShortName("GROUP_site_s_SiteManager")).thenReturn("site_s_SiteManager");
        when(authorities.getContainedAuthorities(null, "GROUP_site_s_SiteManager", true)).thenReturn(Set.of());

        directory.writeGroup(new GroupSnapshot("GROUP_site_s_SiteManager", "site_s_SiteManager", List.of()), "a", 1);

        verify(authorities).createAuthority(AuthorityType.GROUP, "site_s_SiteManager", "site_s_SiteManager",
                Set.of(AuthorityService.ZONE_APP_SHARE, AuthorityService.ZONE_AUTH_ALFRESCO));
        verify(authorities, never()).getDefaultZones();
    }

    @Test
    void bringsAnExistingGroupToTheSnapshotRemovingFirst() {
        when(authorities.authorityExists("GROUP_team")).thenReturn(true);
        when(authorities.getAuthorityDisplayName("GROUP_team")).thenReturn("Old name");
        when(authorities.getContainedAuthorities(null, "GROUP_team", true)).thenReturn(Set.of("ann", "bob"));

        directory.writeGroup(new GroupSnapshot("GROUP_team", "New name", List.of("bob", "cid")), "a", 1);

        InOrder order = inOrder(authorities);
        order.verify(authorities).setAuthorityDisplayName("GROUP_team", "New name");
        order.verify(authorities).removeAuthority("GROUP_team", "ann");
        order.verify(authorities).addAuthority("GROUP_team", "cid");
        verify(authorities, never()).createAuthority(any(), any(), any(), any());
        verify(authorities, never()).addAuthority("GROUP_team", "bob");
        verify(authorities, never()).removeAuthority("GROUP_team", "bob");
    }

    @Test
    void aFailingMemberChangeFailsTheWriteAndClearsTheOrigin() {
        when(authorities.authorityExists("GROUP_team")).thenReturn(true);
        when(authorities.getAuthorityDisplayName("GROUP_team")).thenReturn("T");
        when(authorities.getContainedAuthorities(null, "GROUP_team", true)).thenReturn(Set.of());
        doThrow(new IllegalStateException("no such authority")).when(authorities).addAuthority("GROUP_team", "ghost");

        assertThrows(IllegalStateException.class,
                () -> directory.writeGroup(new GroupSnapshot("GROUP_team", "T", List.of("ghost")), "a", 1));
        assertTrue(OriginContext.current().isEmpty());
    }

    @Test
    void deletesAGroupUnderTheOriginOnlyIfItExists() {
        when(authorities.authorityExists("GROUP_gone")).thenReturn(true);
        List<String> origins = new ArrayList<>();
        doAnswer(i -> origins.add(OriginContext.current().orElse("none"))).when(authorities).deleteAuthority("GROUP_gone");

        directory.deleteGroup("GROUP_gone", "inst-b", 3);
        directory.deleteGroup("GROUP_never", "inst-b", 4);

        assertEquals(List.of("inst-b"), origins);
        verify(authorities, never()).deleteAuthority("GROUP_never");
    }

    @Test
    void authoritiesAreGroupsUsersOrBuiltIn() {
        when(authorities.authorityExists("GROUP_x")).thenReturn(true);
        when(people.personExists("alice")).thenReturn(true);

        assertTrue(directory.authorityExists("GROUP_EVERYONE"));
        assertTrue(directory.authorityExists("ROLE_OWNER"));
        assertTrue(directory.authorityExists("GROUP_x"));
        assertFalse(directory.authorityExists("GROUP_y"));
        assertTrue(directory.authorityExists("alice"));
        assertFalse(directory.authorityExists("bob"));
        assertFalse(directory.authorityExists(""));
        verify(people, never()).personExists("GROUP_y");
    }

    @Test
    void homeFoldersAndNewPeopleGoThroughTheHomeFolders() {
        when(homes.homeOf("alice")).thenReturn(Optional.of(Fixtures.node("home-a")));
        when(homes.homeOf("bob")).thenReturn(Optional.empty());
        when(homes.createPerson("cid")).thenReturn(Fixtures.node("home-c"));

        assertEquals(Optional.of("home-a"), directory.homeFolder("alice"));
        assertEquals(Optional.empty(), directory.homeFolder("bob"));
        assertEquals("home-c", directory.createPerson("cid"));
    }
}
