package com.parashift.alfstream.alfresco.retry;

import com.parashift.alfstream.alfresco.support.RunAs;
import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic retry on Alfresco's scheduler ({@code alfstream.sync.autoretry.cronExpression}), on one cluster
 * member at a time, as the system user. Job data: {@code autoRetry}, {@code runAs} (and {@code jobLockService},
 * {@code name} for the lock). Does nothing unless {@code alfstream.sync.autoretry.enabled=true}.
 */
public class AutoRetryJob extends AbstractScheduledLockedJob {

    private static final Logger LOG = LoggerFactory.getLogger(AutoRetryJob.class);

    @Override
    public void executeJob(JobExecutionContext context) {
        JobDataMap data = context.getJobDetail().getJobDataMap();
        AutoRetry autoRetry = (AutoRetry) data.get("autoRetry");
        if (!autoRetry.enabled()) {
            return;
        }
        RunAs runAs = (RunAs) data.get("runAs");
        try {
            runAs.system(autoRetry::run);
        } catch (RuntimeException e) {
            LOG.error("AUTO-RETRY-RUN-FAILED {}; the next run tries again", e.toString(), e);
        }
    }
}
