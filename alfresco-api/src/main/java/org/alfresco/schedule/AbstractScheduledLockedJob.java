package org.alfresco.schedule;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Stand-in: Alfresco's Quartz job that runs {@link #executeJob} on one cluster member at a time, holding a lock of
 * the {@code jobLockService} found in the job data map (named by its {@code name} entry).
 */
public abstract class AbstractScheduledLockedJob extends QuartzJobBean {

    @Override
    protected final synchronized void executeInternal(JobExecutionContext jobContext) throws JobExecutionException {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract void executeJob(JobExecutionContext jobContext) throws JobExecutionException;
}
