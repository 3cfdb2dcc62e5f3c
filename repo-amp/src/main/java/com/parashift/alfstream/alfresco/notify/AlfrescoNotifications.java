package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.adapter.ErrorNodes;
import com.parashift.alfstream.alfresco.adapter.NodePaths;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.repo.notify.FailureReport;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The notification port over Alfresco: failed nodes from the index, checked in the database; each node's site
 * from the site service; "reported" is {@code alfs:errorReported} on the node, cleared when it leaves Error.
 */
public class AlfrescoNotifications implements com.parashift.alfstream.repo.port.NotificationPort {

    private final ErrorNodes errorNodes;
    private final NodeService nodeService;
    private final NodePaths paths;
    private final SiteService siteService;
    private final SyncMarker marker;
    private final Recipients recipients;
    private final FailureMail mail;

    public AlfrescoNotifications(ErrorNodes errorNodes, NodeService nodeService, NodePaths paths,
            SiteService siteService, SyncMarker marker, Recipients recipients, FailureMail mail) {
        this.errorNodes = errorNodes;
        this.nodeService = nodeService;
        this.paths = paths;
        this.siteService = siteService;
        this.marker = marker;
        this.recipients = recipients;
        this.mail = mail;
    }

    @Override
    public List<FailedNode> unreportedFailures(int max) {
        return errorNodes.notReported(max).stream()
                .map(node -> new FailedNode(node.getId(), paths.displayPath(node), site(node), reason(node)))
                .sorted(Comparator.comparing(FailedNode::path))
                .toList();
    }

    private String site(NodeRef node) {
        SiteInfo site = siteService.getSite(node);
        return site == null ? null : site.getShortName();
    }

    private String reason(NodeRef node) {
        Serializable message = nodeService.getProperty(node, SyncContentModel.PROP_ERROR_MESSAGE);
        return message == null || message.toString().isBlank() ? "unknown" : message.toString();
    }

    @Override
    public void markReported(List<String> uuids) {
        for (String uuid : uuids) {
            NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, uuid);
            if (marker.isSynced(node)) {
                marker.markReported(node);
            }
        }
    }

    @Override
    public List<String> siteManagerEmails(String site) {
        return recipients.siteManagers(site);
    }

    @Override
    public List<String> administratorEmails() {
        return recipients.administrators();
    }

    @Override
    public void sendFailureMail(List<String> to, FailureReport report) {
        mail.send(to, report);
    }
}
