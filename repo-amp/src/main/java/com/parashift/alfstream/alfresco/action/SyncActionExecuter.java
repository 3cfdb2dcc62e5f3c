package com.parashift.alfstream.alfresco.action;

import com.parashift.alfstream.alfresco.support.SyncAccess;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The three sync actions: refuse anyone but administrators and members of {@code GROUP_ALFSTREAM_SYNC} before
 * touching anything, apply the job to the node itself in the action's transaction, and queue the rest of the
 * subtree as a background job that starts once that transaction has committed.
 */
public abstract class SyncActionExecuter extends ActionExecuterAbstractBase {

    private static final Logger LOG = LoggerFactory.getLogger(SyncActionExecuter.class);

    private SyncAccess syncAccess;
    private NodeService nodeService;
    private SyncOperations syncOperations;
    private SubtreeJobs subtreeJobs;

    /** What the action does to each node. */
    protected abstract JobKind kind();

    /** The action, as a refusal names it ("run Begin Syncing"). */
    protected abstract String title();

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        syncAccess.check("run " + title() + " on " + actionedUponNodeRef);
        if (!nodeService.exists(actionedUponNodeRef)) {
            LOG.info("SYNC-ACTION-SKIPPED {} {}: no such node", kind(), actionedUponNodeRef);
            return;
        }
        boolean reconcile = syncOperations.apply(kind(), actionedUponNodeRef);
        JobProgress job = subtreeJobs.submitAfterCommit(kind(), actionedUponNodeRef, reconcile);
        LOG.info("SYNC-ACTION {} {} (subtree job {})", kind(), actionedUponNodeRef, job.id());
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // no parameters: the node the action runs on is all it needs
    }

    public void setSyncAccess(SyncAccess syncAccess) {
        this.syncAccess = syncAccess;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSyncOperations(SyncOperations syncOperations) {
        this.syncOperations = syncOperations;
    }

    public void setSubtreeJobs(SubtreeJobs subtreeJobs) {
        this.subtreeJobs = subtreeJobs;
    }
}
