package com.parashift.alfstream.alfresco.retry;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.RunAs;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class AutoRetryJobTest {

    private static JobExecutionContext context(AutoRetry autoRetry, RunAs runAs) {
        JobExecutionContext context = mock(JobExecutionContext.class);
        JobDetail detail = mock(JobDetail.class);
        when(context.getJobDetail()).thenReturn(detail);
        when(detail.getJobDataMap()).thenReturn(new JobDataMap(Map.of("autoRetry", autoRetry, "runAs", runAs)));
        return context;
    }

    @Test
    void runsTheRetryAsTheSystemUserWhenEnabled() {
        AutoRetry autoRetry = mock(AutoRetry.class);
        when(autoRetry.enabled()).thenReturn(true);
        RunAs runAs = Fixtures.runAs("x");

        new AutoRetryJob().executeJob(context(autoRetry, runAs));

        verify(runAs).system(any());
        verify(autoRetry).run();
    }

    @Test
    void disabledItDoesNothing() {
        AutoRetry autoRetry = mock(AutoRetry.class);
        RunAs runAs = mock(RunAs.class);

        new AutoRetryJob().executeJob(context(autoRetry, runAs));

        verify(autoRetry, never()).run();
        verifyNoInteractions(runAs);
    }

    @Test
    void aFailedRunIsLoggedNotThrown() {
        AutoRetry autoRetry = mock(AutoRetry.class);
        when(autoRetry.enabled()).thenReturn(true);
        when(autoRetry.run()).thenThrow(new IllegalStateException("solr down"));

        assertDoesNotThrow(() -> new AutoRetryJob().executeJob(context(autoRetry, Fixtures.runAs("x"))));
        verify(autoRetry).run();
    }
}
