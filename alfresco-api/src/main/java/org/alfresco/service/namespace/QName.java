package org.alfresco.service.namespace;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;

/**
 * Stand-in for Alfresco's qualified name: a value (namespace URI, local name), written {@code {uri}local}. Works as
 * a value so that code under test can build and compare names; prefix resolution asks the given resolver.
 */
public final class QName implements QNamePattern, Serializable, Cloneable, Comparable<QName> {

    private static final long serialVersionUID = 1L;

    public static final char NAMESPACE_PREFIX = ':';
    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';

    private final String namespaceURI;
    private final String localName;

    private QName(String namespaceURI, String localName) {
        this.namespaceURI = namespaceURI == null ? NamespaceService.DEFAULT_URI : namespaceURI;
        this.localName = localName;
    }

    public static QName createQName(String namespaceURI, String localName) {
        if (localName == null || localName.isEmpty()) {
            throw new IllegalArgumentException("A QName must have a local name");
        }
        return new QName(namespaceURI, localName);
    }

    public static QName createQName(String prefix, String localName, NamespacePrefixResolver prefixResolver) {
        String uri = prefixResolver.getNamespaceURI(prefix);
        if (uri == null) {
            throw new IllegalArgumentException("Namespace prefix " + prefix + " is not mapped to a namespace URI");
        }
        return createQName(uri, localName);
    }

    /** {@code prefix:local} resolved with the resolver. */
    public static QName createQName(String qname, NamespacePrefixResolver prefixResolver) {
        int colon = qname.indexOf(NAMESPACE_PREFIX);
        if (colon < 0) {
            return createQName(NamespaceService.DEFAULT_URI, qname);
        }
        return createQName(qname.substring(0, colon), qname.substring(colon + 1), prefixResolver);
    }

    /** {@code {uri}local}. */
    public static QName createQName(String qname) {
        if (qname.charAt(0) == NAMESPACE_BEGIN) {
            int end = qname.indexOf(NAMESPACE_END);
            return createQName(qname.substring(1, end), qname.substring(end + 1));
        }
        return createQName(NamespaceService.DEFAULT_URI, qname);
    }

    public static String createValidLocalName(String name) {
        return name;
    }

    public String getLocalName() {
        return localName;
    }

    public String getNamespaceURI() {
        return namespaceURI;
    }

    public String toPrefixString(NamespacePrefixResolver prefixResolver) {
        Collection<String> prefixes = prefixResolver.getPrefixes(namespaceURI);
        if (prefixes == null || prefixes.isEmpty()) {
            throw new IllegalArgumentException("Namespace URI " + namespaceURI + " has no prefix");
        }
        return prefixes.iterator().next() + NAMESPACE_PREFIX + localName;
    }

    @Override
    public boolean isMatch(QName qname) {
        return equals(qname);
    }

    @Override
    public boolean equals(Object object) {
        return object instanceof QName other && namespaceURI.equals(other.namespaceURI)
                && localName.equals(other.localName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespaceURI, localName);
    }

    @Override
    public int compareTo(QName qname) {
        int uri = namespaceURI.compareTo(qname.namespaceURI);
        return uri != 0 ? uri : localName.compareTo(qname.localName);
    }

    @Override
    public String toString() {
        return NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }
}
