package org.alfresco.service.cmr.lock;

/** Stand-in: Alfresco's {@code LockStatus}. */
public enum LockStatus {
    NO_LOCK, LOCKED, LOCK_OWNER, LOCK_EXPIRED
}
