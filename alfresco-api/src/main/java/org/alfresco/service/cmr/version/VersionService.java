package org.alfresco.service.cmr.version;

import org.alfresco.service.cmr.repository.AspectMissingException;
import org.alfresco.service.cmr.repository.NodeRef;

import java.io.Serializable;
import java.util.Map;

/** Stand-in: the version service methods the AMP uses, with Alfresco's signatures. */
public interface VersionService {

    Version createVersion(NodeRef nodeRef, Map<String, Serializable> versionProperties)
            throws ReservedVersionNameException, AspectMissingException;

    VersionHistory getVersionHistory(NodeRef nodeRef) throws AspectMissingException;

    void deleteVersion(NodeRef nodeRef, Version version);
}
