package com.parashift.alfstream.alfresco.support;

import org.alfresco.repo.security.authentication.AuthenticationUtil;

import java.util.function.Supplier;

/** The current user and running as the system user: Alfresco's static helpers behind an object tests can mock. */
public class RunAs {

    public String currentUser() {
        return AuthenticationUtil.getRunAsUser();
    }

    public boolean isSystem() {
        return AuthenticationUtil.isRunAsUserTheSystemUser();
    }

    public <T> T system(Supplier<T> work) {
        return AuthenticationUtil.runAsSystem(work::get);
    }
}
