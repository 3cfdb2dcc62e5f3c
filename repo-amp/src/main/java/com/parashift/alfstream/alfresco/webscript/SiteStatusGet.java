package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.alfresco.site.SiteSyncStatus;
import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.SyncAccess;
import com.parashift.alfstream.protocol.ErrorBody;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.IOException;

/**
 * {@code GET alfstream/sync/sites/{site}/status}: the site's synced roots and its items in Error, for the site's
 * "Sync status" dashlet. For the site's managers, administrators and members of ALFSTREAM_SYNC; {@code canRetry}
 * says whether this user may retry (administrators and group members).
 */
public class SiteStatusGet extends AbstractWebScript {

    static final String MANAGER = "SiteManager";

    private final SiteSyncStatus status;
    private final SiteService siteService;
    private final SyncAccess syncAccess;
    private final RunAs runAs;

    public SiteStatusGet(SiteSyncStatus status, SiteService siteService, SyncAccess syncAccess, RunAs runAs) {
        this.status = status;
        this.siteService = siteService;
        this.syncAccess = syncAccess;
        this.runAs = runAs;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String shortName = SyncWebScript.templateVar(req, "site");
        String user = runAs.currentUser();
        boolean canRetry = syncAccess.isAllowed();
        Object answer = runAs.system(() -> {
            SiteInfo site = siteService.getSite(shortName);
            if (site == null) {
                return new ErrorBody(404, "There is no site " + shortName + ".");
            }
            if (!canRetry && !MANAGER.equals(siteService.getMembersRole(shortName, user))) {
                return new ErrorBody(403, "Only the managers of " + shortName + " and members of " + SyncAccess.GROUP
                        + " may see its sync status.");
            }
            return status.of(shortName, site.getNodeRef(), canRetry);
        });
        SyncWebScript.sendJson(res, answer instanceof ErrorBody error ? error.status() : 200, answer);
    }
}
