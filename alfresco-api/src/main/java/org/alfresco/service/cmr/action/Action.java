package org.alfresco.service.cmr.action;

import org.alfresco.service.cmr.repository.NodeRef;

public interface Action extends ParameterizedItem {

    NodeRef getNodeRef();

    String getActionDefinitionName();

    String getTitle();
}
