package com.parashift.alfstream.repo.notify;

import java.util.List;

/**
 * One failure mail: the nodes of one site (or of no site) that went to Error, why, and how to retry.
 *
 * @param site  the site's short name, {@code null} for nodes outside sites
 * @param items the failed nodes
 */
public record FailureReport(String site, List<Item> items) {

    /** How to retry, as the mail says it. */
    public static final String HOW_TO_RETRY = "Fix the cause, then run Retry Syncing on the folder in Share, or wait"
            + " for the automatic retry if alfstream.sync.autoretry.enabled is true.";

    /**
     * @param path   the node's display path
     * @param reason why it failed
     */
    public record Item(String path, String reason) {
    }

    public String subject() {
        return "Alfstream Sync: " + items.size() + (items.size() == 1 ? " item" : " items") + " failed to sync"
                + (site == null ? "" : " in site " + site);
    }

    /** The plain-text body, for repositories without a mail template. */
    public String text() {
        StringBuilder text = new StringBuilder(subject()).append(":\n\n");
        items.forEach(item -> text.append("- ").append(item.path()).append(": ").append(item.reason()).append('\n'));
        return text.append('\n').append(HOW_TO_RETRY).append('\n').toString();
    }
}
