package org.alfresco.repo.version;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Stand-in of Alfresco's interface of the same name: the version service's policies (those the AMP binds). */
public interface VersionServicePolicies {

    /** Asked for every type and aspect of a node before it is reverted. */
    interface OnRevertVersionPolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "getRevertVersionCallback");

        VersionRevertCallback getRevertVersionCallback(QName classRef, VersionRevertDetails copyDetails);
    }
}
