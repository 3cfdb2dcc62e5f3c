package org.alfresco.service.namespace;

import java.util.Collection;

public interface NamespacePrefixResolver {

    String getNamespaceURI(String prefix);

    Collection<String> getPrefixes(String namespaceURI);

    Collection<String> getPrefixes();

    Collection<String> getURIs();
}
