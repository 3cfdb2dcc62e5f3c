package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.adapter.NodePaths;
import com.parashift.alfstream.repo.notify.FailureReport;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;

/**
 * Sends a failure report with Alfresco's {@code mail} action, in the caller's transaction (a failure to send rolls
 * it back, so the nodes stay unreported and the next run tries again). The body comes from a FreeMarker template:
 * the one an administrator put at {@code alfstream.sync.mail.templateOverride} (in the Data Dictionary), else the
 * one the AMP ships; the plain-text report if neither is there.
 */
public class FailureMail {

    /** The template the AMP ships, as Alfresco's classpath template loader finds it. */
    public static final String TEMPLATE = "alfresco/module/alfstream-sync-repo/templates/alfstream-failure-email.ftl";

    private static final Logger LOG = LoggerFactory.getLogger(FailureMail.class);

    private final ActionService actionService;
    private final NodePaths paths;
    private final String overridePath;
    private final boolean shipped;

    public FailureMail(ActionService actionService, NodePaths paths, String overridePath) {
        this(actionService, paths, overridePath, FailureMail.class.getClassLoader().getResource(TEMPLATE) != null);
    }

    FailureMail(ActionService actionService, NodePaths paths, String overridePath, boolean shipped) {
        this.actionService = actionService;
        this.paths = paths;
        this.overridePath = overridePath == null ? "" : overridePath.trim();
        this.shipped = shipped;
    }

    public void send(java.util.List<String> recipients, FailureReport report) {
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, new ArrayList<>(recipients));
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, report.subject());
        Optional<Serializable> template = template();
        if (template.isPresent()) {
            mail.setParameterValue(MailActionExecuter.PARAM_TEMPLATE, template.get());
            mail.setParameterValue(MailActionExecuter.PARAM_TEMPLATE_MODEL, model(report));
        } else {
            LOG.warn("FAILURE-MAIL-NO-TEMPLATE neither {} nor {} exists; sending the plain-text report",
                    overridePath, TEMPLATE);
            mail.setParameterValue(MailActionExecuter.PARAM_TEXT, report.text());
        }
        actionService.executeAction(mail, null, false, false);
    }

    /** The administrator's template (a node), else the shipped one (a classpath location). */
    Optional<Serializable> template() {
        if (!overridePath.isEmpty()) {
            Optional<NodeRef> override = paths.find(overridePath);
            if (override.isPresent()) {
                return Optional.of(override.get());
            }
        }
        return shipped ? Optional.of(TEMPLATE) : Optional.empty();
    }

    /** What the template sees: {@code site} (blank outside sites), {@code items} (path, reason), {@code howToRetry}. */
    static HashMap<String, Serializable> model(FailureReport report) {
        ArrayList<HashMap<String, String>> items = new ArrayList<>();
        for (FailureReport.Item item : report.items()) {
            HashMap<String, String> entry = new HashMap<>();
            entry.put("path", item.path());
            entry.put("reason", item.reason() == null ? "" : item.reason());
            items.add(entry);
        }
        HashMap<String, Serializable> model = new HashMap<>();
        model.put("site", report.site() == null ? "" : report.site());
        model.put("items", items);
        model.put("count", items.size());
        model.put("subject", report.subject());
        model.put("howToRetry", FailureReport.HOW_TO_RETRY);
        return model;
    }
}
