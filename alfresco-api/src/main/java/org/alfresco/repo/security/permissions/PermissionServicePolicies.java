package org.alfresco.repo.security.permissions;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Stand-in: the permission policies; Alfresco invokes them for the node's type only (not its aspects). */
public interface PermissionServicePolicies {

    interface OnGrantLocalPermission extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onGrantLocalPermission");

        void onGrantLocalPermission(NodeRef nodeRef, String authority, String permission);
    }

    interface OnRevokeLocalPermission extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onRevokeLocalPermission");

        void onRevokeLocalPermission(NodeRef nodeRef, String authority, String permission);
    }

    interface OnInheritPermissionsEnabled extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onInheritPermissionsEnabled");

        void onInheritPermissionsEnabled(NodeRef nodeRef);
    }

    interface OnInheritPermissionsDisabled extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onInheritPermissionsDisabled");

        void onInheritPermissionsDisabled(NodeRef nodeRef, boolean async);
    }
}
