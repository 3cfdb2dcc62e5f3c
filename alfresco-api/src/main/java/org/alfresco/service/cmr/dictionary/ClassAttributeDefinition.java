package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code ClassAttributeDefinition} (a property or an association) the AMP uses. */
public interface ClassAttributeDefinition {

    QName getName();
}
