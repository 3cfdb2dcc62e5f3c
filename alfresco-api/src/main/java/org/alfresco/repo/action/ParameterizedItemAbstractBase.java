package org.alfresco.repo.action;

import java.util.List;

import org.alfresco.service.cmr.action.ParameterDefinition;

public abstract class ParameterizedItemAbstractBase extends CommonResourceAbstractBase {

    protected abstract void addParameterDefinitions(List<ParameterDefinition> paramList);

    public void setAdhocPropertiesAllowed(boolean allowed) {
        throw new UnsupportedOperationException("stand-in");
    }
}
