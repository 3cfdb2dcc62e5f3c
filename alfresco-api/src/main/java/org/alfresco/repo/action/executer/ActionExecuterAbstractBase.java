package org.alfresco.repo.action.executer;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: Alfresco runs {@link #execute} in a transaction, which calls {@link #executeImpl}. */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase {

    protected boolean publicAction = true;

    public void init() {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setPublicAction(boolean publicAction) {
        this.publicAction = publicAction;
    }

    public void setApplicableTypes(String[] applicableTypes) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void execute(Action action, NodeRef actionedUponNodeRef) {
        throw new UnsupportedOperationException("stand-in");
    }

    protected abstract void executeImpl(Action action, NodeRef actionedUponNodeRef);
}
