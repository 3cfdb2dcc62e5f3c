package org.alfresco.repo.version;

/** Stand-in: the version store's common names the AMP uses. */
public interface VersionBaseModel {

    String PROP_DESCRIPTION = "description";
    String PROP_VERSION_LABEL = "versionLabel";
    String PROP_VERSION_TYPE = "versionType";
}
