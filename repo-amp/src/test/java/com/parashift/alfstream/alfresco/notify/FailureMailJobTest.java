package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.repo.notify.FailureNotifier;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FailureMailJobTest {

    static JobExecutionContext context(Map<String, Object> data) {
        JobExecutionContext context = mock(JobExecutionContext.class);
        JobDetail detail = mock(JobDetail.class);
        when(context.getJobDetail()).thenReturn(detail);
        when(detail.getJobDataMap()).thenReturn(new JobDataMap(data));
        return context;
    }

    @Test
    void runsTheNotifierAsTheSystemUser() {
        FailureNotifier notifier = mock(FailureNotifier.class);
        RunAs runAs = Fixtures.runAs("ignored");

        new FailureMailJob().executeJob(context(Map.of("failureNotifier", notifier, "runAs", runAs)));

        verify(runAs).system(any());
        verify(notifier).run();
    }

    @Test
    void aFailedRunIsLoggedAndLeftForTheNextRun() {
        FailureNotifier notifier = mock(FailureNotifier.class);
        when(notifier.run()).thenThrow(new IllegalStateException("solr down"));

        assertDoesNotThrow(() -> new FailureMailJob().executeJob(
                context(Map.of("failureNotifier", notifier, "runAs", Fixtures.runAs("x")))));
        verify(notifier).run();
    }
}
