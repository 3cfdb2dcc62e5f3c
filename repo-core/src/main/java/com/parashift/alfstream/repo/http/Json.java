package com.parashift.alfstream.repo.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.parashift.alfstream.protocol.Protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one JSON mapping of the wire protocol. Absent fields are left out and unknown ones ignored (a newer peer may
 * add fields), but otherwise it is strict: duplicate keys, trailing tokens, a number where text is expected (or
 * text or a fraction where a number is), {@code null} for a number, nesting deeper than {@value #MAX_DEPTH} and a
 * body above {@link #MAX_BODY_BYTES} are refused with a 400 (413 for the size) that names the field.
 */
public final class Json {

    /** The largest request body: a full batch of changes with inline content fits many times over. */
    public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    /** The longest JSON string: inline content is limited by the sender's inline limit, values by {@code Limits}. */
    public static final int MAX_STRING_CHARS = 16 * 1024 * 1024;

    private static final JsonMapper MAPPER = strictMapper();

    private Json() {
    }

    private static JsonMapper strictMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(40)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.Enum}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail);
        }
        return mapper;
    }

    /** Reads a request body; malformed JSON is a 400 that says which field and where. */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(new BoundedInputStream(RequestBody.of(in), MAX_BODY_BYTES), type);
            if (value == null) {
                throw SyncException.badRequest("empty request body, expected a JSON " + type.getSimpleName());
            }
            return value;
        } catch (BoundedInputStream.TooLargeException e) {
            throw new SyncException(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof BoundedInputStream.TooLargeException) {
                throw new SyncException(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
            }
            throw SyncException.badRequest("malformed JSON " + type.getSimpleName() + field(e) + ": "
                    + Names.abbreviate(firstLine(e.getOriginalMessage()), 240) + where(e.getLocation()));
        } catch (IOException e) {
            throw RequestBody.broken(e);
        }
    }

    public static <T> T read(byte[] bytes, Class<T> type) {
        return read(new ByteArrayInputStream(bytes), type);
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
            throw SyncException.badRequest("protocol: version " + version + " is not supported, this side speaks "
                    + Protocol.VERSION);
        }
    }

    /** The field the parser was in, as {@code items[0].node.type}. */
    private static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : ", field " + Names.abbreviate(path.toString());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
