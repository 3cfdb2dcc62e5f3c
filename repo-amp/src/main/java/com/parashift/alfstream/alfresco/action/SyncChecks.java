package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.SyncAccess;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.lock.LockService;
import org.alfresco.service.cmr.lock.LockStatus;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;

/**
 * Whether the current user may run Begin, Stop or Retry Syncing on a node now, checked before anything changes;
 * each refusal is a {@link SyncRefusal} naming the cause. Reads the node as the system user (a user who may not
 * even read it is told so by name), asks the permission and lock services about the current user.
 */
public class SyncChecks {

    private final SyncAccess syncAccess;
    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final LockService lockService;
    private final RunAs runAs;

    public SyncChecks(SyncAccess syncAccess, NodeService nodeService, PermissionService permissionService,
            LockService lockService, RunAs runAs) {
        this.runAs = runAs;
        this.syncAccess = syncAccess;
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.lockService = lockService;
    }

    /** @return the node's name, for the messages; throws {@link SyncRefusal} when the action may not run */
    public String check(JobKind kind, NodeRef node) {
        if (!syncAccess.isAllowed()) {
            throw new SyncRefusal(403, "not-member", null, "You are not a member of the group "
                    + SyncAccess.GROUP.substring("GROUP_".length()) + ": only its members and administrators may"
                    + " begin, stop or retry syncing. Ask an administrator to add you to the group.");
        }
        if (!nodeService.exists(node)) {
            throw new SyncRefusal(404, "not-found", null, "This item does not exist any more.");
        }
        String name = runAs.system(() -> (String) nodeService.getProperty(node, ContentModel.PROP_NAME));
        if (permissionService.hasPermission(node, PermissionService.WRITE_PROPERTIES) != AccessStatus.ALLOWED) {
            throw new SyncRefusal(403, "no-permission", name, "You have no permission to change the syncing of "
                    + name + ": it needs permission to edit its properties.");
        }
        if (lockService.getLockStatus(node) == LockStatus.LOCKED) {
            throw new SyncRefusal(423, "locked", name, name + " is locked by another user (checked out or being"
                    + " edited). Try again once it is unlocked.");
        }
        runAs.system(() -> {
            checkState(kind, node, name);
            return null;
        });
        return name;
    }

    private void checkState(JobKind kind, NodeRef node, String name) {
        String state = nodeService.hasAspect(node, SyncContentModel.ASPECT_SYNC)
                ? String.valueOf(nodeService.getProperty(node, SyncContentModel.PROP_SYNC_STATE)) : null;
        boolean stopped = state == null || SyncState.Inactive.name().equals(state);
        if (kind == JobKind.BEGIN && !stopped) {
            throw new SyncRefusal(409, "already-syncing", name, name + " is already syncing.");
        }
        if (kind != JobKind.BEGIN && stopped) {
            throw new SyncRefusal(409, "not-syncing", name, name + " is not syncing.");
        }
    }
}
