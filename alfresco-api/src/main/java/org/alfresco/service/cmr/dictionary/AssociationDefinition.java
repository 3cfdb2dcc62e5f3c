package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code AssociationDefinition} that the AMP uses. */
public interface AssociationDefinition extends ClassAttributeDefinition {

    @Override
    QName getName();

    /** Whether it is a child association (else a peer association). */
    boolean isChild();
}
