package org.alfresco.repo.security.authentication;

/** Stand-in: the static run-as helpers the AMP uses. */
public class AuthenticationUtil {

    public interface RunAsWork<Result> {

        Result doWork() throws Exception;
    }

    public static String getRunAsUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static String getFullyAuthenticatedUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static boolean isRunAsUserTheSystemUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static String getSystemUserName() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static <R> R runAs(RunAsWork<R> runAsWork, String uid) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static <R> R runAsSystem(RunAsWork<R> runAsWork) {
        throw new UnsupportedOperationException("stand-in");
    }
}
