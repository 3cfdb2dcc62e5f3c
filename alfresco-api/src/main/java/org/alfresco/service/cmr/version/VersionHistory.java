package org.alfresco.service.cmr.version;

import java.io.Serializable;
import java.util.Collection;

/** Stand-in: the versions of a node. */
public interface VersionHistory extends Serializable {

    /** Every version, the most recent first. */
    Collection<Version> getAllVersions();
}
