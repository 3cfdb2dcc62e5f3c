package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.Permissions.AccessEntry;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessPermission;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class PermissionsMapperTest {

    private final PermissionService service = mock(PermissionService.class);
    private final PermissionsMapper mapper = new PermissionsMapper(service);
    private final NodeRef node = Fixtures.node("n");

    private static AccessPermission permission(String authority, String name, AccessStatus status, boolean direct) {
        AccessPermission p = mock(AccessPermission.class);
        when(p.getAuthority()).thenReturn(authority);
        when(p.getPermission()).thenReturn(name);
        when(p.getAccessStatus()).thenReturn(status);
        when(p.isSetDirectly()).thenReturn(direct);
        return p;
    }

    @Test
    void readsTheFlagAndOnlyTheEntriesSetOnTheNodeSorted() {
        when(service.getInheritParentPermissions(node)).thenReturn(false);
        Set<AccessPermission> set = Set.of(
                permission("GROUP_site_x_SiteManager", "SiteManager", AccessStatus.ALLOWED, true),
                permission("bob", "Consumer", AccessStatus.DENIED, true),
                permission("GROUP_EVERYONE", "Read", AccessStatus.ALLOWED, false));
        when(service.getAllSetPermissions(node)).thenReturn(set);
        assertEquals(new Permissions(false, List.of(
                new AccessEntry("GROUP_site_x_SiteManager", "SiteManager", true),
                new AccessEntry("bob", "Consumer", false))), mapper.read(node));
    }

    @Test
    void writesOnlyWhatDiffers() {
        when(service.getInheritParentPermissions(node)).thenReturn(true);
        Set<AccessPermission> set = Set.of(
                permission("alice", "Collaborator", AccessStatus.ALLOWED, true),
                permission("bob", "Consumer", AccessStatus.ALLOWED, true));
        when(service.getAllSetPermissions(node)).thenReturn(set);

        mapper.write(node, new Permissions(false, List.of(new AccessEntry("alice", "Collaborator", true),
                new AccessEntry("carol", "Contributor", true))));

        verify(service).setInheritParentPermissions(node, false);
        verify(service).deletePermission(node, "bob", "Consumer");
        verify(service).setPermission(node, "carol", "Contributor", true);
        verify(service, never()).setPermission(eq(node), eq("alice"), eq("Collaborator"), anyBoolean());
    }

    @Test
    void noPermissionsInTheSnapshotKeepsTheNodes() {
        mapper.write(node, null);
        verifyNoMoreInteractions(service);
    }
}
