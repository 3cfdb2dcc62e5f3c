package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * @param inherit whether the node inherits its parent's permissions
 * @param entries the locally set entries
 */
public record Permissions(boolean inherit, List<AccessEntry> entries) {

    /** Inherits everything, sets nothing. */
    public static final Permissions INHERITED = new Permissions(true, List.of());

    /**
     * @param authority  a user name or {@code GROUP_…}
     * @param permission the permission or role name ({@code Consumer}, {@code SiteManager}, …)
     * @param allowed    allowed or denied
     */
    public record AccessEntry(String authority, String permission, boolean allowed) {
    }
}
