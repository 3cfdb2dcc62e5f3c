package com.parashift.alfstream.repo.port;

import com.parashift.alfstream.repo.notify.FailureReport;

import java.util.List;

/** What failure mail needs: the nodes gone to Error and not yet reported, who manages their site, and mail. */
public interface NotificationPort {

    /** A node in Error that nobody was told about yet. */
    record FailedNode(String uuid, String path, String site, String reason) {
    }

    /** Nodes in {@code Error} not yet reported, at most {@code max}. */
    List<FailedNode> unreportedFailures(int max);

    /** Marks the nodes as reported, so the next run does not mail them again. */
    void markReported(List<String> uuids);

    /** E-mail addresses of the site's managers; empty if it has none with an address. */
    List<String> siteManagerEmails(String site);

    /** E-mail addresses of the repository's administrators. */
    List<String> administratorEmails();

    /** Sends the report through the repository's own mail service and template. */
    void sendFailureMail(List<String> recipients, FailureReport report);
}
