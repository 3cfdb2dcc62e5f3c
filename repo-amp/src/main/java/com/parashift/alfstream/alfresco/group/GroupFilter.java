package com.parashift.alfstream.alfresco.group;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which groups sync: every {@code GROUP_…} authority except {@code GROUP_EVERYONE} and the groups listed in
 * {@code alfstream.sync.groups.exclude} (by default Alfresco's built-in groups, which every repository has and
 * whose members are each repository's own business). Roles ({@code ROLE_…}) never sync.
 */
public class GroupFilter {

    private final Set<String> excluded;

    /** @param excluded comma-separated authority names ({@code GROUP_…}); blanks around names are ignored */
    public GroupFilter(String excluded) {
        this.excluded = excluded == null ? Set.of() : Arrays.stream(excluded.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.excluded.stream().filter(name -> !name.startsWith("GROUP_")).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("alfstream.sync.groups.exclude: '" + name
                    + "' is not a group's authority name (GROUP_…)");
        });
    }

    public boolean syncs(String authorityName) {
        return authorityName != null && authorityName.startsWith("GROUP_") && !"GROUP_EVERYONE".equals(authorityName)
                && !excluded.contains(authorityName);
    }

    public Set<String> excluded() {
        return excluded;
    }
}
