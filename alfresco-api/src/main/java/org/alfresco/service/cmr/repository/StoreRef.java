package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Stand-in: a store reference as a value, written {@code protocol://identifier}. */
public final class StoreRef implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PROTOCOL_WORKSPACE = "workspace";
    public static final String PROTOCOL_ARCHIVE = "archive";
    public static final String URI_FILLER = "://";

    public static final StoreRef STORE_REF_WORKSPACE_SPACESSTORE = new StoreRef(PROTOCOL_WORKSPACE, "SpacesStore");
    public static final StoreRef STORE_REF_ARCHIVE_SPACESSTORE = new StoreRef(PROTOCOL_ARCHIVE, "SpacesStore");

    private final String protocol;
    private final String identifier;

    public StoreRef(String protocol, String identifier) {
        if (protocol == null || identifier == null) {
            throw new IllegalArgumentException("a store reference needs a protocol and an identifier");
        }
        this.protocol = protocol;
        this.identifier = identifier;
    }

    public StoreRef(String string) {
        this(string.substring(0, string.indexOf(URI_FILLER)), string.substring(string.indexOf(URI_FILLER) + 3));
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIdentifier() {
        return identifier;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StoreRef other && protocol.equals(other.protocol) && identifier.equals(other.identifier);
    }

    @Override
    public int hashCode() {
        return protocol.hashCode() * 31 + identifier.hashCode();
    }

    @Override
    public String toString() {
        return protocol + URI_FILLER + identifier;
    }
}
