package org.alfresco.service.cmr.security;

import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: the part of Alfresco's {@code PermissionService} that the AMP uses. */
public interface PermissionService {

    String GROUP_PREFIX = "GROUP_";
    String WRITE_PROPERTIES = "WriteProperties";

    AccessStatus hasPermission(NodeRef nodeRef, String permission);

    Set<AccessPermission> getAllSetPermissions(NodeRef nodeRef);

    void deletePermission(NodeRef nodeRef, String authority, String permission);

    void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow);

    void setInheritParentPermissions(NodeRef nodeRef, boolean inheritParentPermissions);

    boolean getInheritParentPermissions(NodeRef nodeRef);
}
