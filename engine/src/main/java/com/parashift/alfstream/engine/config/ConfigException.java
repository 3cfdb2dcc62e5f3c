package com.parashift.alfstream.engine.config;

/** A setting that is missing or malformed: names the key and the problem, never the value of a secret. */
public class ConfigException extends RuntimeException {

    private final String key;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
