package org.alfresco.service.cmr.security;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code PersonService} that the AMP uses. */
public interface PersonService {

    NodeRef getPersonOrNull(String userName);

    NodeRef getPerson(String userName, boolean autoCreateHomeFolderAndMissingPersonIfAllowed);

    boolean personExists(String userName);

    NodeRef createPerson(Map<QName, Serializable> properties);
}
