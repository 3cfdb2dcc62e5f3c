package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.support.SyncAccess;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.lock.LockService;
import org.alfresco.service.cmr.lock.LockStatus;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Each refusal of Share's requests names its cause with a status, a code and the product's sentence. */
class SyncChecksTest {

    private final SyncAccess access = mock(SyncAccess.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final PermissionService permissions = mock(PermissionService.class);
    private final LockService locks = mock(LockService.class);
    private final SyncChecks checks = new SyncChecks(access, nodeService, permissions, locks, Fixtures.runAs("alice"));
    private final NodeRef node = Fixtures.node("n");

    @BeforeEach
    void anAllowedUserOnAnUnlockedUnsyncedFolder() {
        when(access.isAllowed()).thenReturn(true);
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getProperty(node, ContentModel.PROP_NAME)).thenReturn("Projects");
        when(permissions.hasPermission(node, PermissionService.WRITE_PROPERTIES)).thenReturn(AccessStatus.ALLOWED);
        when(locks.getLockStatus(node)).thenReturn(LockStatus.NO_LOCK);
    }

    private void state(String state) {
        when(nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)).thenReturn(true);
        when(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE)).thenReturn(state);
    }

    private SyncRefusal refused(JobKind kind) {
        return assertThrows(SyncRefusal.class, () -> checks.check(kind, node));
    }

    @Test
    void whatMayRunReturnsTheName() {
        assertEquals("Projects", checks.check(JobKind.BEGIN, node));
        state("Error");
        assertEquals("Projects", checks.check(JobKind.RETRY, node));
        state("Active");
        assertEquals("Projects", checks.check(JobKind.STOP, node));
        assertEquals("Projects", checks.check(JobKind.RETRY, node), "a folder retries the items in Error below it");
    }

    @Test
    void aUserOutsideTheGroupIsRefusedFirst() {
        when(access.isAllowed()).thenReturn(false);
        SyncRefusal refusal = refused(JobKind.BEGIN);
        assertEquals(403, refusal.status());
        assertEquals("not-member", refusal.code());
        assertEquals("You are not a member of the group ALFSTREAM_SYNC: only its members and administrators may begin,"
                + " stop or retry syncing. Ask an administrator to add you to the group.", refusal.getMessage());
    }

    @Test
    void noPermissionLockedAndMissingNodesAreNamed() {
        when(permissions.hasPermission(node, PermissionService.WRITE_PROPERTIES)).thenReturn(AccessStatus.DENIED);
        assertEquals("no-permission", refused(JobKind.BEGIN).code());
        when(permissions.hasPermission(node, PermissionService.WRITE_PROPERTIES)).thenReturn(AccessStatus.ALLOWED);
        when(locks.getLockStatus(node)).thenReturn(LockStatus.LOCKED);
        SyncRefusal locked = refused(JobKind.RETRY);
        assertEquals(423, locked.status());
        assertEquals("Projects is locked by another user (checked out or being edited). Try again once it is unlocked.",
                locked.getMessage());
        when(nodeService.exists(node)).thenReturn(false);
        assertEquals(404, refused(JobKind.STOP).status());
    }

    @Test
    void theStateDecidesWhatIsTooLate() {
        state("Active");
        SyncRefusal again = refused(JobKind.BEGIN);
        assertEquals(409, again.status());
        assertEquals("Projects is already syncing.", again.getMessage());
        state("Inactive");
        assertEquals("not-syncing", refused(JobKind.STOP).code());
        assertEquals("not-syncing", refused(JobKind.RETRY).code());
    }
}
