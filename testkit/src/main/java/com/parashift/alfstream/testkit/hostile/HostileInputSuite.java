package com.parashift.alfstream.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Malformed and malicious requests against every endpoint of a repository, over real HTTP. Each case must be
 * answered with a 4xx (an apply of well-formed JSON may instead answer 200 with every item {@code FAILED}), never a
 * 5xx or a dropped connection, and must leave the whole repository as it was. Extend it with a
 * {@link HostileFixture}: the reference server in this module's tests, a real Alfresco elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputSuite {

    /** The suite proves nothing unless it is this big. */
    public static final int MIN_CASES = 250;

    private HostileFixture fixture;
    private Path directory;

    /** A fresh repository in {@code directory}, seeded as {@link Seed} describes. */
    protected abstract HostileFixture createFixture(Path directory) throws Exception;

    @BeforeAll
    void start() throws Exception {
        directory = Files.createTempDirectory("alfstream-hostile");
        fixture = createFixture(directory);
    }

    @AfterAll
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Every case of the catalogue, and last the unspoilt change they derive from, which must apply. */
    public static List<HostileCase> catalogue(Seed seed) {
        List<HostileCase> all = new ArrayList<>();
        all.addAll(EnvelopeCases.all(seed));
        all.addAll(ItemCases.all(seed));
        all.addAll(ScopeCases.all(seed));
        all.addAll(EndpointCases.all(seed));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() {
        List<HostileCase> cases = catalogue(fixture.seed());
        assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " cases");
        Stream<DynamicTest> hostile = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> refused(c)));
        return Stream.concat(hostile, Stream.of(DynamicTest.dynamicTest(
                "control: the unspoilt change is applied", this::theUnspoiltChangeApplies)));
    }

    private void refused(HostileCase c) throws IOException {
        String before = fixture.snapshot();
        RawHttp.Response response = send(c);
        String after = fixture.snapshot();
        int status = response.status();
        if (status == 200 && c.itemsMayFail()) {
            everyItemFailed(response.body());
        } else if (status < 400 || status >= 500) {
            fail("expected a 4xx, got " + status + ": " + abbreviate(response.body()));
        } else if (response.body().startsWith("{")) {
            JsonNode error = Changes.json().readTree(response.body());
            assertEquals(status, error.path("status").asInt(), "the error body carries the status");
            assertTrue(!error.path("message").asText().isBlank(), "the error body says why: " + response.body());
        }
        if (!before.equals(after)) {
            fail("the repository changed: " + difference(before, after));
        }
    }

    private static void everyItemFailed(String body) throws IOException {
        JsonNode items = Changes.json().readTree(body).get("items");
        assertTrue(items != null && items.size() > 0, "no items in " + abbreviate(body));
        boolean failedOne = false;
        for (JsonNode item : items) {
            String outcome = item.get("outcome").asText();
            if (outcome.equals("FAILED")) {
                failedOne = true;
                assertTrue(item.hasNonNull("message") && !item.get("message").asText().isBlank(), "no reason: " + item);
            } else if (!(outcome.equals("NOT_ATTEMPTED") && failedOne)) {
                fail("an item was not refused: " + item);
            }
        }
        assertTrue(failedOne, "nothing was refused: " + abbreviate(body));
    }

    private void theUnspoiltChangeApplies() throws IOException {
        String body = Changes.request(new Changes(fixture.seed()).create());
        RawHttp.Response response = send(HostileCase.request("control", "POST",
                com.parashift.alfstream.protocol.Protocol.APPLY, body));
        assertEquals(200, response.status(), response.body());
        assertEquals("APPLIED", Changes.json().readTree(response.body()).get("items").get(0).get("outcome").asText(),
                "the base of every spoilt change must be a change that applies: " + response.body());
    }

    private RawHttp.Response send(HostileCase c) throws IOException {
        String user = c.auth() == HostileCase.Auth.NONE ? null : fixture.user();
        String password = c.auth() == HostileCase.Auth.WRONG ? fixture.password() + "-wrong" : fixture.password();
        return RawHttp.send(fixture.url(), user, password, c.method(), c.path(), c.body(), c.declaredLength());
    }

    private static String difference(String before, String after) {
        int at = 0;
        while (at < Math.min(before.length(), after.length()) && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        return "before …" + before.substring(from, Math.min(before.length(), at + 200)) + "… after …"
                + after.substring(from, Math.min(after.length(), at + 200)) + "…";
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
