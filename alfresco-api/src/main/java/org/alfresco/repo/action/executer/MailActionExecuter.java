package org.alfresco.repo.action.executer;

import java.util.List;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;

/** Stand-in: Alfresco's {@code mail} action, for the names of its parameters. */
public class MailActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "mail";
    public static final String PARAM_TO_MANY = "to_many";
    public static final String PARAM_SUBJECT = "subject";
    public static final String PARAM_TEXT = "text";
    public static final String PARAM_TEMPLATE = "template";
    public static final String PARAM_TEMPLATE_MODEL = "template_model";

    @Override
    protected void executeImpl(Action ruleAction, NodeRef actionedUponNodeRef) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        throw new UnsupportedOperationException("stand-in");
    }
}
