package com.parashift.alfstream.engine;

import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.testkit.server.EngineConfig;
import com.parashift.alfstream.testkit.server.ReferenceServer;

import java.nio.file.Path;
import java.util.Map;

/** Settings for an engine between two reference servers, as an operator writes them in etc/com.parashift.cfg. */
final class Peers {

    static final String USER = "sync";
    static final String PASSWORD = "s3cret-Pa55";

    private Peers() {
    }

    static Map<String, String> config(ReferenceServer local, ReferenceServer remote, Path persist) {
        Map<String, String> config = EngineConfig.between(local, remote, USER, PASSWORD);
        config.put(EngineSettings.PERSIST_FILE, persist.toString());
        config.put(EngineSettings.POLL_INTERVAL, "50");
        config.put(EngineSettings.RETRY_DELAY, "50");
        config.put(EngineSettings.RETRY_MAX_DELAY, "200");
        return config;
    }
}
