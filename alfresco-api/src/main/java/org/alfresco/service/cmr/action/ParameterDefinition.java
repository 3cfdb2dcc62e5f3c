package org.alfresco.service.cmr.action;

import org.alfresco.service.namespace.QName;

public interface ParameterDefinition {

    String getName();

    QName getType();

    boolean isMandatory();

    String getDisplayLabel();

    boolean isMultiValued();

    String getParameterConstraintName();
}
