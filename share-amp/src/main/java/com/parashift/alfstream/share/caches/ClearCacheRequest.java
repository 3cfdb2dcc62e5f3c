package com.parashift.alfstream.share.caches;

import java.util.Map;

import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;

/**
 * The body of {@code POST page/caches/clearcachepath}: {@code {"path": "...", "token": "..."}}. Either member may be
 * missing here; the webscript decides what a missing one means (no token: 403, no path: 400).
 */
final class ClearCacheRequest {

    private final String path;
    private final String token;

    private ClearCacheRequest(String path, String token) {
        this.path = path;
        this.token = token;
    }

    /**
     * @param json the request body
     * @return the request; a member that is absent or not a JSON string is null
     * @throws InvalidClearCacheRequestException when the body is not a JSON object
     */
    static ClearCacheRequest parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidClearCacheRequestException("the request body is empty; expected {\"path\": \"...\", \"token\": \"...\"}");
        }
        Object parsed;
        try {
            parsed = new JSONParser().parse(json);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidClearCacheRequestException("the request body is not valid JSON; expected {\"path\": \"...\", \"token\": \"...\"}");
        }
        if (!(parsed instanceof Map<?, ?> object)) {
            throw new InvalidClearCacheRequestException("the request body must be a JSON object {\"path\": \"...\", \"token\": \"...\"}");
        }
        return new ClearCacheRequest(stringMember(object, "path"), stringMember(object, "token"));
    }

    private static String stringMember(Map<?, ?> object, String name) {
        Object value = object.get(name);
        return value instanceof String s ? s : null;
    }

    String path() {
        return path;
    }

    String token() {
        return token;
    }

    @Override
    public String toString() {
        // never the token
        return "ClearCacheRequest[path=" + path + "]";
    }
}
