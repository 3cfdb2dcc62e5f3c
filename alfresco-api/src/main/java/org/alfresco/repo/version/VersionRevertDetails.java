package org.alfresco.repo.version;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Stand-in of Alfresco's interface of the same name: what is being reverted. */
public interface VersionRevertDetails {

    NodeRef getNodeRef();

    QName getNodeType();
}
