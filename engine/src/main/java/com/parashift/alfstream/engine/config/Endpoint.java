package com.parashift.alfstream.engine.config;

import java.net.URI;

/**
 * A repository the engine talks to: its URL and credentials.
 *
 * @param name     {@code local} or {@code remote}, for messages
 * @param url      the Alfresco URL, e.g. {@code http://host:8080/alfresco}
 * @param username the user
 * @param password the password; never printed
 */
public record Endpoint(String name, URI url, String username, String password) {

    @Override
    public String toString() {
        return name + " " + url + " as " + username;
    }
}
