package com.parashift.alfstream.testkit.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of an engine that syncs one reference server to another, as an operator writes them in
 * {@code etc/com.parashift.cfg}: the two endpoints and their credentials; everything else at its default.
 */
public final class EngineConfig {

    private EngineConfig() {
    }

    /** A new, modifiable map: callers add their own settings (persist file, poll interval, retry strategy…). */
    public static Map<String, String> between(ReferenceServer local, ReferenceServer remote, String user, String password) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("alfstream.local.url", local.url());
        config.put("alfstream.local.username", user);
        config.put("alfstream.local.password", password);
        config.put("alfstream.remote.url", remote.url());
        config.put("alfstream.remote.username", user);
        config.put("alfstream.remote.password", password);
        return config;
    }
}
