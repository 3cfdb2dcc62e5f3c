package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

public interface PropertyDefinition extends ClassAttributeDefinition {

    @Override
    QName getName();

    DataTypeDefinition getDataType();

    boolean isMultiValued();

    boolean isProtected();

    /** The type or aspect that defines the property. */
    ClassDefinition getContainerClass();
}
