package com.parashift.alfstream.alfresco.directory;

import com.parashift.alfstream.alfresco.journal.OriginContext;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.repo.port.DirectoryPort;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PersonService;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directory port over Alfresco's {@code AuthorityService} and {@code PersonService}. Group writes run with the
 * change's origin, so the group journal records where they came from and they do not echo back. Site groups are
 * created in the zones Alfresco's site service uses ({@code APP.SHARE}, {@code AUTH.ALF}), other groups in the
 * default zones.
 */
public class AlfrescoDirectory implements DirectoryPort {

    static final String SITE_GROUP_PREFIX = "GROUP_site_";

    private final AuthorityService authorityService;
    private final PersonService personService;
    private final HomeFolders homes;

    public AlfrescoDirectory(AuthorityService authorityService, PersonService personService, HomeFolders homes) {
        this.authorityService = authorityService;
        this.personService = personService;
        this.homes = homes;
    }

    @Override
    public Optional<GroupSnapshot> readGroup(String name) {
        if (!authorityService.authorityExists(name)) {
            return Optional.empty();
        }
        return Optional.of(new GroupSnapshot(name, authorityService.getAuthorityDisplayName(name), members(name)));
    }

    private List<String> members(String group) {
        return List.copyOf(new TreeSet<>(authorityService.getContainedAuthorities(null, group, true)));
    }

    @Override
    public void writeGroup(GroupSnapshot group, String origin, long originEntryId) {
        OriginContext.with(origin, () -> {
            String name = group.name();
            if (!authorityService.authorityExists(name)) {
                authorityService.createAuthority(AuthorityType.GROUP, authorityService.getShortName(name),
                        group.displayName(), zonesFor(name));
            } else if (group.displayName() != null
                    && !group.displayName().equals(authorityService.getAuthorityDisplayName(name))) {
                authorityService.setAuthorityDisplayName(name, group.displayName());
            }
            Set<String> wanted = new HashSet<>(group.members() == null ? List.of() : group.members());
            Set<String> current = new HashSet<>(authorityService.getContainedAuthorities(null, name, true));
            for (String member : new TreeSet<>(current)) {
                if (!wanted.contains(member)) {
                    authorityService.removeAuthority(name, member);
                }
            }
            for (String member : new TreeSet<>(wanted)) {
                if (!current.contains(member)) {
                    authorityService.addAuthority(name, member);
                }
            }
            return null;
        });
    }

    private Set<String> zonesFor(String name) {
        return name.startsWith(SITE_GROUP_PREFIX)
                ? Set.of(AuthorityService.ZONE_APP_SHARE, AuthorityService.ZONE_AUTH_ALFRESCO)
                : authorityService.getDefaultZones();
    }

    @Override
    public void deleteGroup(String name, String origin, long originEntryId) {
        OriginContext.with(origin, () -> {
            if (authorityService.authorityExists(name)) {
                authorityService.deleteAuthority(name);
            }
            return null;
        });
    }

    @Override
    public boolean authorityExists(String authority) {
        if (authority == null || authority.isBlank()) {
            return false;
        }
        if (authority.equals("GROUP_EVERYONE") || authority.startsWith("ROLE_")) {
            return true;
        }
        return authority.startsWith("GROUP_") ? authorityService.authorityExists(authority)
                : personService.personExists(authority);
    }

    @Override
    public Optional<String> homeFolder(String userName) {
        return homes.homeOf(userName).map(NodeRef::getId);
    }

    @Override
    public String createPerson(String userName) {
        return homes.createPerson(userName).getId();
    }
}
