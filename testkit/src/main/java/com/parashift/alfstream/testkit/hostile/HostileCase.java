package com.parashift.alfstream.testkit.hostile;

import com.parashift.alfstream.protocol.Protocol;

import java.nio.charset.StandardCharsets;

/**
 * One malformed or malicious request and what a repository must answer: a 4xx, never a 5xx, and its state unchanged.
 *
 * @param name           what the case tries, shown as the test's name
 * @param method         the HTTP method
 * @param path           below the repository URL, as sent (escaped or deliberately not)
 * @param body           the bytes sent, or {@code null}
 * @param declaredLength the {@code Content-Length} declared, {@code -1} for the body's length
 * @param itemsMayFail   an apply whose items are refused one by one: a 200 is also right if every item is
 *                       {@code FAILED} (or not attempted after one)
 * @param auth           the credentials sent
 */
record HostileCase(String name, String method, String path, byte[] body, long declaredLength, boolean itemsMayFail,
                   Auth auth) {

    /** The credentials a case sends: the fixture's, a wrong password, or none. */
    enum Auth { GOOD, WRONG, NONE }

    static HostileCase get(String name, String path) {
        return new HostileCase(name, "GET", path, null, -1, false, Auth.GOOD);
    }

    static HostileCase request(String name, String method, String path, String body) {
        return new HostileCase(name, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), -1,
                false, Auth.GOOD);
    }

    static HostileCase bytes(String name, String method, String path, byte[] body) {
        return new HostileCase(name, method, path, body, -1, false, Auth.GOOD);
    }

    /** An apply of well-formed JSON whose items the target must refuse. */
    static HostileCase items(String name, String body) {
        return new HostileCase(name, "POST", Protocol.APPLY, body.getBytes(StandardCharsets.UTF_8), -1, true,
                Auth.GOOD);
    }

    HostileCase truncated(long declared) {
        return new HostileCase(name, method, path, body, declared, itemsMayFail, auth);
    }

    HostileCase as(Auth credentials) {
        return new HostileCase(name, method, path, body, declaredLength, itemsMayFail, credentials);
    }

    @Override
    public String toString() {
        return name;
    }
}
