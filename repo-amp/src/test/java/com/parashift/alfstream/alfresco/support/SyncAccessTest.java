package com.parashift.alfstream.alfresco.support;

import com.parashift.alfstream.alfresco.Fixtures;
import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SyncAccessTest {

    private final AuthorityService authorities = mock(AuthorityService.class);

    @Test
    void membersOfTheGroupMay() {
        when(authorities.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", SyncAccess.GROUP));
        assertTrue(new SyncAccess(authorities, Fixtures.runAs("alice")).isAllowed());
    }

    @Test
    void administratorsMay() {
        when(authorities.isAdminAuthority("admin")).thenReturn(true);
        assertTrue(new SyncAccess(authorities, Fixtures.runAs("admin")).isAllowed());
    }

    @Test
    void theSystemUserMay() {
        RunAs runAs = Fixtures.runAs("System");
        when(runAs.isSystem()).thenReturn(true);
        assertDoesNotThrow(() -> new SyncAccess(authorities, runAs).check("sync"));
    }

    @Test
    void othersAreRefusedWithTheirNameAndTheGroup() {
        when(authorities.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE"));
        SyncAccess access = new SyncAccess(authorities, Fixtures.runAs("bob"));
        assertFalse(access.isAllowed());
        SyncAccessDeniedException e = assertThrows(SyncAccessDeniedException.class,
                () -> access.check("run Begin Syncing"));
        assertTrue(e.getMessage().contains("'bob' may not run Begin Syncing"), e.getMessage());
        assertTrue(e.getMessage().contains(SyncAccess.GROUP), e.getMessage());
    }
}
