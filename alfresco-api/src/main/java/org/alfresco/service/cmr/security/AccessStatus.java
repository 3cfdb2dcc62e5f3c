package org.alfresco.service.cmr.security;

public enum AccessStatus {
    DENIED, ALLOWED, UNDETERMINED
}
