package org.alfresco.service.cmr.security;

/** Stand-in: the authority types the AMP names (Alfresco's enum has more, with prefix helpers). */
public enum AuthorityType {
    GROUP,
    USER
}
