package org.alfresco.service.namespace;

import java.util.regex.Pattern;

/** Stand-in: matches the namespace URI and the local name against regular expressions. */
public class RegexQNamePattern implements QNamePattern {

    public static final QNamePattern MATCH_ALL = new RegexQNamePattern(".*", ".*");

    private final Pattern uri;
    private final Pattern localName;

    public RegexQNamePattern(String namespaceUriRegex, String localNameRegex) {
        this.uri = Pattern.compile(namespaceUriRegex);
        this.localName = Pattern.compile(localNameRegex);
    }

    @Override
    public boolean isMatch(QName qname) {
        return uri.matcher(qname.getNamespaceURI()).matches() && localName.matcher(qname.getLocalName()).matches();
    }
}
