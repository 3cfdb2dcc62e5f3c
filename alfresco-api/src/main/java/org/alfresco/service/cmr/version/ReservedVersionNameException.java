package org.alfresco.service.cmr.version;

import java.text.MessageFormat;

/** Stand-in: a version property name clashes with a reserved one. */
public class ReservedVersionNameException extends RuntimeException {

    private static final long serialVersionUID = 3690478030330015795L;

    private static final String MESSAGE = "The version property name {0} clashes with a reserved verison property name.";

    public ReservedVersionNameException(String propertyName) {
        super(MessageFormat.format(MESSAGE, new Object[]{propertyName}));
    }
}
