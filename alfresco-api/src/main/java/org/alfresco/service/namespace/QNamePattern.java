package org.alfresco.service.namespace;

public interface QNamePattern {

    boolean isMatch(QName qname);
}
