package org.alfresco.service.cmr.security;

import java.util.Set;

/** Stand-in: the part of Alfresco's {@code AuthorityService} that the AMP uses. */
public interface AuthorityService {

    String ZONE_APP_DEFAULT = "APP.DEFAULT";

    String ZONE_APP_SHARE = "APP.SHARE";

    String ZONE_AUTH_ALFRESCO = "AUTH.ALF";

    boolean hasAdminAuthority();

    boolean isAdminAuthority(String authorityName);

    /** The authorities of the current (run-as) user, nested groups included; allowed for every user. */
    Set<String> getAuthorities();

    String createAuthority(AuthorityType type, String shortName, String authorityDisplayName, Set<String> authorityZones);

    void addAuthority(String parentName, String childName);

    void removeAuthority(String parentName, String childName);

    void deleteAuthority(String name);

    Set<String> getContainedAuthorities(AuthorityType type, String name, boolean immediate);

    String getShortName(String name);

    boolean authorityExists(String name);

    String getAuthorityDisplayName(String name);

    void setAuthorityDisplayName(String authorityName, String authorityDisplayName);

    Set<String> getDefaultZones();
}
