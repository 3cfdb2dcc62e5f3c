package com.parashift.alfstream.testkit.hostile;

import com.parashift.alfstream.protocol.Protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies of {@code POST apply} and {@code POST state} that are broken as a whole: not JSON, JSON of the
 * wrong shape, duplicate keys, trailing garbage, truncation, deep nesting, wrong protocol versions and origins,
 * bytes that are no UTF-8, bodies too large.
 */
final class EnvelopeCases {

    private final Changes changes;
    private final Seed seed;
    private final List<HostileCase> cases = new ArrayList<>();

    private EnvelopeCases(Seed seed) {
        this.seed = seed;
        this.changes = new Changes(seed);
    }

    static List<HostileCase> all(Seed seed) {
        EnvelopeCases c = new EnvelopeCases(seed);
        c.apply();
        c.state();
        return c.cases;
    }

    private void apply() {
        String valid = Changes.request(changes.create());
        String item = changes.create().toString();
        String origin = "\"origin\":\"" + Changes.SENDER + "\"";
        post(Protocol.APPLY, "duplicate key protocol", "{\"protocol\":1,\"protocol\":1," + origin + ",\"items\":[]}");
        post(Protocol.APPLY, "duplicate key origin", "{\"protocol\":1," + origin + "," + origin + ",\"items\":[" + item + "]}");
        post(Protocol.APPLY, "duplicate key items", "{\"protocol\":1," + origin + ",\"items\":[],\"items\":[" + item + "]}");
        post(Protocol.APPLY, "duplicate key in an item", valid.replace("\"kind\":\"CREATE\"", "\"kind\":\"CREATE\",\"kind\":\"DELETE\""));
        post(Protocol.APPLY, "duplicate key in a node", valid.replace("\"name\":\"hostile\"", "\"name\":\"hostile\",\"name\":\"other\""));
        post(Protocol.APPLY, "duplicate property", valid.replace("\"properties\":{", "\"properties\":{\"cm:title\":{\"type\":\"d:mltext\",\"value\":\"a\"},\"cm:title\":{\"type\":\"d:mltext\",\"value\":\"b\"},"));
        post(Protocol.APPLY, "deep nesting (1000) in an ignored field", valid.replace("{\"protocol\":1,",
                "{\"ignored\":" + "[".repeat(1000) + "]".repeat(1000) + ",\"protocol\":1,"));
        post(Protocol.APPLY, "nesting 40 deep in an ignored field", valid.replace("{\"protocol\":1,",
                "{\"ignored\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + ",\"protocol\":1,"));
        post(Protocol.APPLY, "deep nesting in an ignored item field", valid.replace("\"kind\":\"CREATE\"",
                "\"x\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"kind\":\"CREATE\""));
        for (int cut : new int[] {1, 5, 12, 30, valid.length() / 3, valid.length() / 2, valid.length() - 10, valid.length() - 1}) {
            post(Protocol.APPLY, "truncated after " + cut + " characters", valid.substring(0, cut));
        }
        cases.add(HostileCase.request("declared length longer than the body", "POST", Protocol.APPLY, valid)
                .truncated(valid.length() + 100));
        for (String garbage : new String[] {" x", "{}", "]", "\u0000", " {\"protocol\":1}", "//comment", "\n,"}) {
            post(Protocol.APPLY, "trailing '" + ItemCases.printable(garbage) + "'", valid + garbage);
        }
        for (String items : new String[] {"[null]", "[null," + item + "]", "[" + item + ",null]", "null", "{}", "\"x\"",
                "42", "[[]]", "[42]", "[\"x\"]"}) {
            post(Protocol.APPLY, "items " + (items.length() > 20 ? items.substring(0, 20) + "…" : items),
                    "{\"protocol\":1," + origin + ",\"items\":" + items + "}");
        }
        post(Protocol.APPLY, "items missing", "{\"protocol\":1," + origin + "}");
        for (String protocol : new String[] {"\"1\"", "1.5", "2", "0", "-1", "null", "true", "1e0", "99999999999999999999",
                "1.0", "[1]"}) {
            post(Protocol.APPLY, "protocol " + protocol, valid.replace("\"protocol\":1", "\"protocol\":" + protocol));
        }
        post(Protocol.APPLY, "protocol missing", valid.replace("\"protocol\":1,", ""));
        for (String bad : new String[] {"../../etc", "", " ", "a b", "x\r\ny", "o".repeat(65), "A/../B", "%2e%2e",
                seed.instanceId()}) {
            post(Protocol.APPLY, "origin '" + ItemCases.printable(bad) + "'",
                    valid.replace(origin, "\"origin\":" + Changes.json().valueToTree(bad)));
        }
        post(Protocol.APPLY, "origin 42", valid.replace(origin, "\"origin\":42"));
        post(Protocol.APPLY, "origin missing", valid.replace(origin + ",", ""));
        for (String body : new String[] {"", "   ", "[]", "\"str\"", "null", "42", "true", "{", "}", "<xml/>",
                "protocol=1&origin=A"}) {
            post(Protocol.APPLY, "body '" + body + "'", body);
        }
        invalidUtf8(Protocol.APPLY, valid);
        cases.add(HostileCase.bytes("5001 items", "POST", Protocol.APPLY, manyItems(item, 5001)));
        cases.add(HostileCase.bytes("a body above 64 MB", "POST", Protocol.APPLY, padded(valid, 64 * 1024 * 1024 + 1024)));
        post(Protocol.APPLY, "a 20 MB string in an ignored field", valid.replace("{\"protocol\":1,",
                "{\"ignored\":\"" + "x".repeat(20 * 1024 * 1024) + "\",\"protocol\":1,"));
        post(Protocol.APPLY, "a number of 1000 digits in an ignored field", valid.replace("{\"protocol\":1,",
                "{\"ignored\":" + "9".repeat(1000) + ",\"protocol\":1,"));
    }

    private void state() {
        String uuid = seed.syncedFile();
        String valid = "{\"protocol\":1,\"uuid\":\"" + uuid + "\",\"state\":\"Error\",\"message\":\"hostile\"}";
        for (String bad : new String[] {"../../etc", "..", "a/b", "", "x".repeat(65), "GROUP_x", "%2e%2e"}) {
            post(Protocol.STATE, "state of uuid '" + bad + "'", valid.replace(uuid, bad));
        }
        post(Protocol.STATE, "state of a missing node", valid.replace(uuid, "0badc0de-0000-4000-8000-00000000beef"));
        post(Protocol.STATE, "state of Company Home", valid.replace(uuid, seed.companyHome()));
        post(Protocol.STATE, "state of a node not under sync", valid.replace(uuid, seed.privateFile()));
        for (String state : new String[] {"Broken", "active", "", "ERROR"}) {
            post(Protocol.STATE, "state '" + state + "'", valid.replace("\"Error\"", "\"" + state + "\""));
        }
        post(Protocol.STATE, "state null", valid.replace("\"Error\"", "null"));
        post(Protocol.STATE, "state 1", valid.replace("\"Error\"", "1"));
        post(Protocol.STATE, "state protocol \"1\"", valid.replace("\"protocol\":1", "\"protocol\":\"1\""));
        post(Protocol.STATE, "state protocol 1.5", valid.replace("\"protocol\":1", "\"protocol\":1.5"));
        post(Protocol.STATE, "state protocol missing", valid.replace("\"protocol\":1,", ""));
        post(Protocol.STATE, "state message of 2 MB", valid.replace("\"hostile\"", "\"" + "m".repeat(2 * 1024 * 1024) + "\""));
        post(Protocol.STATE, "state message a number", valid.replace("\"hostile\"", "42"));
        post(Protocol.STATE, "state duplicate key", valid.replace("\"state\":\"Error\"", "\"state\":\"Error\",\"state\":\"Active\""));
        post(Protocol.STATE, "state trailing garbage", valid + "x");
        post(Protocol.STATE, "state truncated", valid.substring(0, valid.length() / 2));
        post(Protocol.STATE, "state empty body", "");
        post(Protocol.STATE, "state deep nesting", valid.replace("{\"protocol\":1,", "{\"x\":" + "[".repeat(2000)
                + "]".repeat(2000) + ",\"protocol\":1,"));
        invalidUtf8(Protocol.STATE, valid);
    }

    private void post(String path, String name, String body) {
        cases.add(HostileCase.request(path.substring(path.lastIndexOf('/') + 1) + ": " + name, "POST", path, body));
    }

    /** Bytes that are no UTF-8 where the JSON has a string. */
    private void invalidUtf8(String path, String valid) {
        String where = path.equals(Protocol.APPLY) ? "hostile" : "Error";
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (byte[] b : bad) {
            String[] parts = valid.split(where, 2);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
            body.writeBytes(b);
            body.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
            cases.add(HostileCase.bytes(path.substring(path.lastIndexOf('/') + 1) + ": invalid UTF-8 "
                    + java.util.HexFormat.of().formatHex(b), "POST", path, body.toByteArray()));
        }
    }

    private static byte[] manyItems(String item, int count) {
        StringBuilder body = new StringBuilder("{\"protocol\":1,\"origin\":\"" + Changes.SENDER + "\",\"items\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append(item);
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid request padded with whitespace to {@code size} bytes. */
    private static byte[] padded(String valid, int size) {
        byte[] json = valid.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, size - json.length, json.length);
        return body;
    }
}
