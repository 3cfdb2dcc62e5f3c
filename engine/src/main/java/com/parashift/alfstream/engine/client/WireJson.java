package com.parashift.alfstream.engine.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's one JSON mapping of the protocol types, for the wire and for the changes it keeps in its store:
 * absent fields left out, unknown ones ignored.
 */
public final class WireJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WireJson() {
    }
}
