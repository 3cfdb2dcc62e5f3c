package com.parashift.alfstream.repo.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.protocol.Protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The one JSON mapping of the wire protocol: absent fields are left out, unknown ones ignored. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    /** Reads a request body; malformed JSON is a 400 that says where. */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw SyncException.badRequest("empty request body, expected a JSON " + type.getSimpleName());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw SyncException.badRequest("malformed JSON " + type.getSimpleName() + ": " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    public static <T> T read(byte[] bytes, Class<T> type) {
        return read(new java.io.ByteArrayInputStream(bytes), type);
    }

    public static void write(OutputStream out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Refuses a message of a protocol version this side does not speak. */
    public static void checkProtocol(int version) {
        if (version != Protocol.VERSION) {
            throw SyncException.badRequest("protocol version " + version + " is not supported, this side speaks "
                    + Protocol.VERSION);
        }
    }
}
