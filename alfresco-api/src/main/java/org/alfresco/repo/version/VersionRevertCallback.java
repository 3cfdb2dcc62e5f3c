package org.alfresco.repo.version;

import org.alfresco.service.namespace.QName;

/** Stand-in of Alfresco's interface of the same name: how a revert treats an aspect or an association. */
public interface VersionRevertCallback {

    enum RevertAspectAction {
        REVERT,
        IGNORE
    }

    RevertAspectAction getRevertAspectAction(QName aspectName, VersionRevertDetails details);

    enum RevertAssocAction {
        REVERT,
        IGNORE
    }

    RevertAssocAction getRevertAssocAction(QName assocName, VersionRevertDetails details);
}
