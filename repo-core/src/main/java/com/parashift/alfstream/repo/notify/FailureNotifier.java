package com.parashift.alfstream.repo.notify;

import com.parashift.alfstream.repo.port.NotificationPort;
import com.parashift.alfstream.repo.port.NotificationPort.FailedNode;
import com.parashift.alfstream.repo.port.RepositoryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mails the failures of one run: one mail per site to its managers, naming every item of that site and the
 * reason, however many files failed; nodes outside sites (and sites without a manager's address) go to the
 * configured address or to the administrators. A node is reported once.
 */
public class FailureNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(FailureNotifier.class);
    private static final int MAX_PER_RUN = 1_000;

    private final RepositoryPort repository;
    private final NotificationPort notifications;
    private final List<String> fallbackRecipients;

    /**
     * @param fallbackRecipients where mail for nodes outside sites goes; empty for the administrators
     */
    public FailureNotifier(RepositoryPort repository, NotificationPort notifications, List<String> fallbackRecipients) {
        this.repository = repository;
        this.notifications = notifications;
        this.fallbackRecipients = List.copyOf(fallbackRecipients);
    }

    /** One run: reports every failure not reported yet; returns how many mails were sent. */
    public int run() {
        List<FailedNode> failures = repository.inTransaction(() -> notifications.unreportedFailures(MAX_PER_RUN));
        Map<String, List<FailedNode>> bySite = new LinkedHashMap<>();
        failures.forEach(f -> bySite.computeIfAbsent(f.site() == null ? "" : f.site(), s -> new ArrayList<>()).add(f));
        int mails = 0;
        for (Map.Entry<String, List<FailedNode>> entry : bySite.entrySet()) {
            String site = entry.getKey().isEmpty() ? null : entry.getKey();
            List<FailedNode> nodes = entry.getValue();
            FailureReport report = new FailureReport(site,
                    nodes.stream().map(n -> new FailureReport.Item(n.path(), n.reason())).toList());
            List<String> to = recipients(site);
            if (to.isEmpty()) {
                LOG.warn("FAILURE-MAIL-NO-RECIPIENT {} failures{} have nobody to mail; set alfstream.sync.mail.to",
                        nodes.size(), site == null ? "" : " in site " + site);
                continue;
            }
            repository.inTransaction(() -> {
                notifications.sendFailureMail(to, report);
                notifications.markReported(nodes.stream().map(FailedNode::uuid).toList());
                return null;
            });
            mails++;
            LOG.info("FAILURE-MAIL-SENT {} items{} to {} recipients", nodes.size(),
                    site == null ? "" : " of site " + site, to.size());
        }
        return mails;
    }

    private List<String> recipients(String site) {
        List<String> managers = site == null ? List.of() : notifications.siteManagerEmails(site);
        if (!managers.isEmpty()) {
            return managers;
        }
        return fallbackRecipients.isEmpty() ? notifications.administratorEmails() : fallbackRecipients;
    }
}
