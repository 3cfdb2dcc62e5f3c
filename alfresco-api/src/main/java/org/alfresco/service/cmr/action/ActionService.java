package org.alfresco.service.cmr.action;

import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: the part of Alfresco's {@code ActionService} that the AMP uses. */
public interface ActionService {

    Action createAction(String name);

    void executeAction(Action action, NodeRef actionedUponNodeRef, boolean checkConditions, boolean executeAsynchronously);
}
