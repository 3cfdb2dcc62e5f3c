package org.alfresco.service.cmr.security;

import java.util.Set;

/** Stand-in: the part of Alfresco's {@code AuthorityService} that the AMP uses. */
public interface AuthorityService {

    boolean hasAdminAuthority();

    boolean isAdminAuthority(String authorityName);

    Set<String> getAuthoritiesForUser(String userName);
}
