package org.alfresco.repo.policy;

import org.alfresco.service.namespace.NamespaceService;

public interface Policy {

    String NAMESPACE = NamespaceService.ALFRESCO_URI;
}
