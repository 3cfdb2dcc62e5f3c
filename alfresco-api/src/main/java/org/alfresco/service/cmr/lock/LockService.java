package org.alfresco.service.cmr.lock;

import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: the part of Alfresco's {@code LockService} that the AMP uses. */
public interface LockService {
    LockStatus getLockStatus(NodeRef nodeRef);
}
