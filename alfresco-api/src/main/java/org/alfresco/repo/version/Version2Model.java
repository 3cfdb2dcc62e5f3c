package org.alfresco.repo.version;

import org.alfresco.service.namespace.QName;

/** Stand-in: the names of the version store ({@code workspace://version2Store}) the AMP uses. */
public interface Version2Model extends VersionBaseModel {

    String NAMESPACE_URI = "http://www.alfresco.org/model/versionstore/2.0";
    String STORE_ID = "version2Store";
    String ASPECT_LOCALNAME_VERSION = "version";
    QName ASPECT_VERSION = QName.createQName(NAMESPACE_URI, ASPECT_LOCALNAME_VERSION);
    QName PROP_QNAME_VERSION_LABEL = QName.createQName(NAMESPACE_URI, PROP_VERSION_LABEL);
    String PROP_FROZEN_NODE_REF = "frozenNodeRef";
    QName PROP_QNAME_FROZEN_NODE_REF = QName.createQName(NAMESPACE_URI, PROP_FROZEN_NODE_REF);
}
