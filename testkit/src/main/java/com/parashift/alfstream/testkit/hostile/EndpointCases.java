package com.parashift.alfstream.testkit.hostile;

import com.parashift.alfstream.protocol.Protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad parameters and ids of the other endpoints: {@code GET changes}, {@code GET content/{uuid}},
 * {@code GET/PUT staging/{sha256}}, unknown endpoints and methods, missing credentials.
 */
final class EndpointCases {

    /** Ids a path segment must never let through, raw or escaped. */
    static final String[] TRAVERSALS = {"..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc", "a%00b",
            "%C3%28", "..%5C..%5Cwindows", "x%0D%0AX-Injected:%201", "%252e%252e", "~", "%20"};

    private final Seed seed;
    private final List<HostileCase> cases = new ArrayList<>();

    private EndpointCases(Seed seed) {
        this.seed = seed;
    }

    static List<HostileCase> all(Seed seed) {
        EndpointCases c = new EndpointCases(seed);
        c.changes();
        c.content();
        c.staging();
        c.tree();
        c.resend();
        c.other();
        return c.cases;
    }

    private void changes() {
        String[][] parameters = {
                {"after", "-1"}, {"after", "x"}, {"after", "9223372036854775808"}, {"after", "1e3"}, {"after", "%201"},
                {"after", "1.0"}, {"limit", "4294967297"}, {"limit", "0"}, {"limit", "-1"}, {"limit", "5001"},
                {"limit", "2147483648"}, {"limit", "1.5"}, {"limit", "0x10"}, {"holes", "5-3"}, {"holes", "a"},
                {"holes", "-1"}, {"holes", "1-"}, {"holes", "0"}, {"holes", "9223372036854775808"}, {"holes", "1-2-3"},
                {"exclude-origin", "..%2F..%2Fetc"}, {"exclude-origin", "a%20b"}, {"exclude-origin", "x%0D%0Ay"},
                {"exclude-origin", "o".repeat(65)},
        };
        for (String[] p : parameters) {
            cases.add(HostileCase.get("changes " + p[0] + "=" + p[1], Protocol.CHANGES + "?" + p[0] + "=" + p[1]));
        }
        cases.add(HostileCase.get("changes 10,001 holes", Protocol.CHANGES + "?holes=" + "1,".repeat(10_001) + "1"));
        cases.add(HostileCase.request("changes by POST", "POST", Protocol.CHANGES, "{}"));
    }

    private void content() {
        for (String id : TRAVERSALS) {
            cases.add(HostileCase.get("content of '" + id + "'", Protocol.CONTENT + id));
        }
        cases.add(HostileCase.get("content of a missing node", Protocol.CONTENT + "0badc0de-0000-4000-8000-00000000beef"));
        cases.add(HostileCase.get("content of a folder", Protocol.CONTENT + seed.syncedFolder()));
        cases.add(HostileCase.get("content of a file outside every synced tree", Protocol.CONTENT + seed.privateFile()));
        cases.add(HostileCase.get("content of a version of a file outside every synced tree", Protocol.CONTENT
                + seed.privateFile() + "?" + Protocol.VERSION_PARAMETER + "=1.0"));
        cases.add(HostileCase.get("content of an overlong uuid", Protocol.CONTENT + "x".repeat(65)));
        cases.add(HostileCase.get("content with a sub-path", Protocol.CONTENT + seed.syncedFile() + "/../x"));
        cases.add(HostileCase.get("content with nothing after the slash", Protocol.CONTENT));
        for (String label : new String[] {"..%2F..%2Fetc", "1.0%0D%0AX-Injected:%201", "x", "1", "9.9", "1.0.0", ""}) {
            cases.add(HostileCase.get("content of version '" + label + "'", Protocol.CONTENT + seed.syncedFile() + "?"
                    + Protocol.VERSION_PARAMETER + "=" + label));
        }
        cases.add(HostileCase.request("content by DELETE", "DELETE", Protocol.CONTENT + seed.syncedFile(), null));
        cases.add(HostileCase.request("content by PUT", "PUT", Protocol.CONTENT + seed.syncedFile(), "x"));
    }

    private void staging() {
        String sha = seed.syncedFileSha256();
        String[] bad = {sha.toUpperCase(), sha.substring(1), sha + "0", "..%2F..%2Fetc%2Fpasswd", "", "%2e%2e",
                "../" + sha, sha + "%00", sha + ".part"};
        for (String id : bad) {
            cases.add(HostileCase.get("staging GET of '" + abbreviate(id) + "'", Protocol.STAGING + id));
            cases.add(HostileCase.request("staging PUT of '" + abbreviate(id) + "'", "PUT", Protocol.STAGING + id, "x"));
        }
        for (String id : TRAVERSALS) {
            cases.add(HostileCase.request("staging PUT of '" + id + "'", "PUT", Protocol.STAGING + id, "x"));
        }
        String other = "1".repeat(64);
        cases.add(HostileCase.request("staging PUT whose bytes do not match", "PUT", Protocol.STAGING + other, "not these"));
        cases.add(HostileCase.request("staging PUT of empty bytes under another hash", "PUT", Protocol.STAGING + other, ""));
        cases.add(HostileCase.request("staging PUT truncated", "PUT", Protocol.STAGING + other, "abc").truncated(1000));
        cases.add(HostileCase.request("staging PUT with the right hash but a truncated body", "PUT",
                Protocol.STAGING + com.parashift.alfstream.repo.http.Sha256.hex("complete body".getBytes()),
                "complete").truncated("complete body".length()));
        cases.add(HostileCase.request("staging DELETE", "DELETE", Protocol.STAGING + other, null));
    }

    private void tree() {
        String[] queries = {"", "?limit=0", "?limit=x", "?limit=1001", "?limit=-1", "?root=..%2F..%2Fetc",
                "?root=" + "x".repeat(65), "?root=0badc0de-0000-4000-8000-00000000beef", "?root=" + seed.privateFile(),
                "?root=" + seed.companyHome(), "?path=%2FCompany%20Home", "?path=%2FCompany%20Home%2F..%2F..",
                "?path=%2FCompany%20Home%2FNowhere", "?path=" + "x".repeat(5000)};
        for (String query : queries) {
            cases.add(HostileCase.get("tree" + abbreviate(query), Protocol.TREE + query));
        }
        cases.add(HostileCase.request("tree by POST", "POST", Protocol.TREE, "{}"));
    }

    private void resend() {
        String[] bodies = {"{}", "{\"protocol\":1}", "{\"protocol\":99,\"uuids\":[\"" + seed.syncedFile() + "\"]}",
                "{\"protocol\":1,\"uuids\":[]}", "{\"protocol\":1,\"uuids\":[\"..%2F..\"]}",
                "{\"protocol\":1,\"uuids\":[null]}", "{\"protocol\":1,\"uuids\":\"" + seed.syncedFile() + "\"}",
                "{\"protocol\":1,\"uuids\":[\"" + seed.syncedFile() + "\",\"" + seed.privateFile() + "\"]}",
                "{\"protocol\":1,\"uuids\":[\"" + seed.companyHome() + "\"]}", "not json",
                "{\"protocol\":1,\"uuids\":[" + ("\"" + seed.syncedFile() + "\",").repeat(1000) + "\""
                        + seed.syncedFile() + "\"]}"};
        for (String body : bodies) {
            cases.add(HostileCase.request("resend " + abbreviate(body), "POST", Protocol.RESEND, body));
        }
        cases.add(HostileCase.request("resend by GET", "GET", Protocol.RESEND, null));
    }

    private void other() {
        for (String path : new String[] {"/evil", "/../sync/apply", "/apply/../../x", "/status/x", "/", "/APPLY",
                "/apply%00", "/changes/../state"}) {
            cases.add(HostileCase.request("POST " + path, "POST", Protocol.BASE_PATH + path, "{}"));
        }
        for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH"}) {
            cases.add(HostileCase.request(method + " apply", method, Protocol.APPLY, "{}"));
        }
        cases.add(HostileCase.request("DELETE status", "DELETE", Protocol.STATUS, null));
        for (HostileCase.Auth auth : new HostileCase.Auth[] {HostileCase.Auth.WRONG, HostileCase.Auth.NONE}) {
            cases.add(HostileCase.request("delete of Company Home with " + auth + " credentials", "POST",
                    Protocol.APPLY, Changes.request(new Changes(seed).delete(seed.companyHome()))).as(auth));
            cases.add(HostileCase.get("changes with " + auth + " credentials", Protocol.CHANGES).as(auth));
            cases.add(HostileCase.request("staging PUT with " + auth + " credentials", "PUT",
                    Protocol.STAGING + "1".repeat(64), "x").as(auth));
        }
        cases.add(HostileCase.request("GET state", "GET", Protocol.STATE, null));
    }

    private static String abbreviate(String id) {
        return id.length() > 20 ? id.substring(0, 8) + "…" + id.substring(id.length() - 8) : id;
    }
}
