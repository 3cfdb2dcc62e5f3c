package org.alfresco.service.descriptor;

public interface DescriptorService {

    Descriptor getServerDescriptor();

    Descriptor getCurrentRepositoryDescriptor();
}
