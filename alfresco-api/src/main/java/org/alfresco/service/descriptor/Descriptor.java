package org.alfresco.service.descriptor;

public interface Descriptor {

    String getId();

    String getName();
}
