package com.parashift.alfstream.alfresco.support;

import org.alfresco.service.cmr.security.AuthorityService;

/** Who may run the sync actions and call the sync endpoints: administrators and members of the sync group. */
public class SyncAccess {

    public static final String GROUP = "GROUP_ALFSTREAM_SYNC";

    private final AuthorityService authorityService;
    private final RunAs runAs;

    public SyncAccess(AuthorityService authorityService, RunAs runAs) {
        this.authorityService = authorityService;
        this.runAs = runAs;
    }

    public boolean isAllowed() {
        if (runAs.isSystem()) {
            return true;
        }
        String user = runAs.currentUser();
        // getAuthoritiesForUser is administrator-only on the public AuthorityService; getAuthorities (the current
        // user's own) is open to every user
        return user != null && (authorityService.isAdminAuthority(user)
                || authorityService.getAuthorities().contains(GROUP));
    }

    /** Refuses, naming the user and the group, unless the current user may; {@code what} says what was refused. */
    public void check(String what) {
        if (!isAllowed()) {
            throw new SyncAccessDeniedException("User '" + runAs.currentUser() + "' may not " + what
                    + ": only administrators and members of " + GROUP + " may. Ask an administrator to add you"
                    + " to the group.");
        }
    }
}
