package org.alfresco.service.cmr.security;

public interface AccessPermission {

    String getPermission();

    AccessStatus getAccessStatus();

    String getAuthority();

    int getPosition();

    boolean isInherited();

    boolean isSetDirectly();
}
