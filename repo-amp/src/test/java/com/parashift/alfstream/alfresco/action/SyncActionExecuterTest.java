package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.SyncAccess;
import com.parashift.alfstream.alfresco.support.SyncAccessDeniedException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SyncActionExecuterTest {

    private final NodeRef folder = Fixtures.node("folder-1");
    private final AuthorityService authorities = mock(AuthorityService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final SyncOperations operations = mock(SyncOperations.class);
    private final SubtreeJobs jobs = mock(SubtreeJobs.class);

    private SyncActionExecuter executer(JobKind kind, String user) {
        SyncActionExecuter executer = switch (kind) {
            case BEGIN -> new BeginSyncingActionExecuter();
            case STOP -> new StopSyncingActionExecuter();
            case RETRY -> new RetrySyncingActionExecuter();
        };
        executer.setSyncAccess(new SyncAccess(authorities, Fixtures.runAs(user)));
        executer.setNodeService(nodeService);
        executer.setSyncOperations(operations);
        executer.setSubtreeJobs(jobs);
        return executer;
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void refusesNonMembersAndChangesNothing(JobKind kind) {
        when(authorities.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE"));
        SyncActionExecuter executer = executer(kind, "bob");
        SyncAccessDeniedException e = assertThrows(SyncAccessDeniedException.class,
                () -> executer.executeImpl(mock(Action.class), folder));
        assertTrue(e.getMessage().contains("GROUP_ALFSTREAM_SYNC"), e.getMessage());
        verifyNoInteractions(nodeService, operations, jobs);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void membersGetTheNodeDoneNowAndTheSubtreeQueued(JobKind kind) {
        when(authorities.getAuthorities()).thenReturn(Set.of(SyncAccess.GROUP));
        when(nodeService.exists(folder)).thenReturn(true);
        boolean again = kind == JobKind.BEGIN;
        when(operations.apply(kind, folder)).thenReturn(again);
        when(jobs.submitAfterCommit(kind, folder, again)).thenReturn(new JobProgress("job-1", kind, folder.getId()));
        executer(kind, "alice").executeImpl(mock(Action.class), folder);
        verify(operations).apply(kind, folder);
        verify(jobs).submitAfterCommit(kind, folder, again);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void aMissingNodeIsLeftAlone(JobKind kind) {
        when(authorities.isAdminAuthority("admin")).thenReturn(true);
        executer(kind, "admin").executeImpl(mock(Action.class), folder);
        verifyNoInteractions(operations, jobs);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void actionNamesAreTheOnesTheShareAmpCalls(JobKind kind) {
        String expected = switch (kind) {
            case BEGIN -> BeginSyncingActionExecuter.NAME;
            case STOP -> StopSyncingActionExecuter.NAME;
            case RETRY -> RetrySyncingActionExecuter.NAME;
        };
        assertEquals("alfstream-" + kind.name().toLowerCase() + "-sync", expected);
    }
}
