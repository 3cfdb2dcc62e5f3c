package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.repo.notify.FailureNotifier;
import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failure mail on Alfresco's scheduler ({@code alfstream.sync.mail.cronExpression}), on one cluster member at a
 * time: one run of {@link FailureNotifier} as the system user. Job data: {@code failureNotifier}, {@code runAs}
 * (and {@code jobLockService}, {@code name} for the lock).
 */
public class FailureMailJob extends AbstractScheduledLockedJob {

    private static final Logger LOG = LoggerFactory.getLogger(FailureMailJob.class);

    @Override
    public void executeJob(JobExecutionContext context) {
        JobDataMap data = context.getJobDetail().getJobDataMap();
        FailureNotifier notifier = (FailureNotifier) data.get("failureNotifier");
        RunAs runAs = (RunAs) data.get("runAs");
        try {
            int mails = runAs.system(notifier::run);
            LOG.debug("FAILURE-MAIL-RUN {} mails", mails);
        } catch (RuntimeException e) {
            // the nodes stay unreported: the next run mails them
            LOG.error("FAILURE-MAIL-RUN-FAILED {}; the next run tries again", e.toString(), e);
        }
    }
}
