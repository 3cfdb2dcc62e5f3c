package org.alfresco.service.cmr.version;

import org.alfresco.repo.version.VersionBaseModel;
import org.alfresco.service.cmr.repository.NodeRef;

import java.io.Serializable;
import java.util.Date;

/** Stand-in: one version of a node, as the version service answers it (what the AMP uses). */
public interface Version extends Serializable {

    String PROP_DESCRIPTION = VersionBaseModel.PROP_DESCRIPTION;

    Date getFrozenModifiedDate();

    String getFrozenModifier();

    String getVersionLabel();

    VersionType getVersionType();

    String getDescription();

    Serializable getVersionProperty(String name);

    NodeRef getFrozenStateNodeRef();
}
