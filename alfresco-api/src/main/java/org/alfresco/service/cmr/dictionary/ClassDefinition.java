package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code ClassDefinition} (a type or an aspect) that the AMP uses. */
public interface ClassDefinition {

    QName getName();

    boolean isAspect();
}
