package org.alfresco.repo.copy;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Stand-in: the copy policy the AMP binds to (what a copy of a node takes of an aspect). */
public interface CopyServicePolicies {

    interface OnCopyNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "getCopyCallback");

        CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails);
    }
}
