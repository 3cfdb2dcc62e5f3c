package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

import java.text.MessageFormat;

/** Stand-in: an operation needs an aspect the node does not have. */
public class AspectMissingException extends RuntimeException {

    private static final long serialVersionUID = 3257852099244210228L;

    private static final String ERROR_MESSAGE = "The {0} aspect is missing from this node (id: {1}).  "
            + "It is required for this operation.";

    public AspectMissingException(QName missingAspect, NodeRef nodeRef) {
        super(MessageFormat.format(ERROR_MESSAGE, new Object[]{missingAspect.toString(), nodeRef.getId()}));
    }
}
