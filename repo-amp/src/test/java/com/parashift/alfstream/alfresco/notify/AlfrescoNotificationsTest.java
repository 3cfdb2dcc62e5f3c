package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.adapter.ErrorNodes;
import com.parashift.alfstream.alfresco.adapter.NodePaths;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.model.SyncMarker;
import com.parashift.alfstream.repo.notify.FailureReport;
import com.parashift.alfstream.repo.port.NotificationPort.FailedNode;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AlfrescoNotificationsTest {

    private final ErrorNodes errorNodes = mock(ErrorNodes.class);
    private final NodeService nodes = mock(NodeService.class);
    private final NodePaths paths = mock(NodePaths.class);
    private final SiteService sites = mock(SiteService.class);
    private final SyncMarker marker = mock(SyncMarker.class);
    private final Recipients recipients = mock(Recipients.class);
    private final FailureMail mail = mock(FailureMail.class);
    private final AlfrescoNotifications notifications = new AlfrescoNotifications(errorNodes, nodes, paths, sites,
            marker, recipients, mail);

    @Test
    void failedNodesCarryTheirPathSiteAndReasonSortedByPath() {
        NodeRef inSite = Fixtures.node("in-site");
        NodeRef outside = Fixtures.node("outside");
        when(errorNodes.notReported(50)).thenReturn(List.of(inSite, outside));
        when(paths.displayPath(inSite)).thenReturn("/Company Home/Sites/s/documentLibrary/a.txt");
        when(paths.displayPath(outside)).thenReturn("/Company Home/Shared/b.txt");
        SiteInfo site = mock(SiteInfo.class);
        when(site.getShortName()).thenReturn("s");
        when(sites.getSite(inSite)).thenReturn(site);
        when(nodes.getProperty(inSite, SyncContentModel.PROP_ERROR_MESSAGE)).thenReturn("quota exceeded");

        assertEquals(List.of(
                new FailedNode("outside", "/Company Home/Shared/b.txt", null, "unknown"),
                new FailedNode("in-site", "/Company Home/Sites/s/documentLibrary/a.txt", "s", "quota exceeded")),
                notifications.unreportedFailures(50));
    }

    @Test
    void marksOnlyNodesThatAreStillSynced() {
        when(marker.isSynced(Fixtures.node("a"))).thenReturn(true);

        notifications.markReported(List.of("a", "deleted"));

        verify(marker).markReported(Fixtures.node("a"));
        verify(marker, never()).markReported(Fixtures.node("deleted"));
    }

    @Test
    void recipientsAndMailGoToTheirClasses() {
        when(recipients.siteManagers("s")).thenReturn(List.of("m@x"));
        when(recipients.administrators()).thenReturn(List.of("admin@x"));
        FailureReport report = new FailureReport(null, List.of());

        assertEquals(List.of("m@x"), notifications.siteManagerEmails("s"));
        assertEquals(List.of("admin@x"), notifications.administratorEmails());
        notifications.sendFailureMail(List.of("admin@x"), report);
        verify(mail).send(List.of("admin@x"), report);
    }
}
