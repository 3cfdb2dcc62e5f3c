package com.parashift.alfstream.share.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.config.Config;
import org.springframework.extensions.config.ConfigService;
import org.springframework.extensions.surf.ClusterService;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

class ClearCachePathWebScriptTest {

    private static final String TOKEN = "s3cr3t-token-for-tests-7c1e9a4b2d6f8";
    private static final String NEW_TOKEN = "new-token-0d9b3f5a7c2e4b6a8d1f3e5c";
    private static final String DASHBOARD = "alfresco/site-data/pages/site/marketing/dashboard.xml";
    private static final String OTHER_DASHBOARD = "alfresco/site-data/pages/site/sales/dashboard.xml";
    private static final String COMPONENT = "alfresco/site-data/components/page.component-1-1.site~marketing~dashboard.xml";

    private final ConfigService configService = mock(ConfigService.class);
    private final Config clearCacheConfig = mock(Config.class);
    private FakeRemotePersister persister;
    private final MutableClock clock = new MutableClock();
    private ClearCachePathWebScript webScript;

    @BeforeEach
    void setUp() {
        when(configService.getConfig("ClearCache")).thenReturn(clearCacheConfig);
        when(clearCacheConfig.getConfigElementValue("token")).thenReturn(TOKEN);
        persister = new FakeRemotePersister().cached(DASHBOARD).cached(OTHER_DASHBOARD).cached(COMPONENT);
        webScript = new ClearCachePathWebScript(clock);
        webScript.setConfigService(configService);
        webScript.setPersister(persister);
    }

    @Test
    void goodRequestDropsExactlyThatSiteDashboard() throws Exception {
        Answer answer = post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "\"}");

        assertEquals(200, answer.status);
        assertEquals(DASHBOARD, answer.json.get("cleared"));
        assertFalse(persister.cache.containsKey(DASHBOARD), "the marketing dashboard must be read again");
        assertEquals(List.of(OTHER_DASHBOARD, COMPONENT), List.copyOf(persister.cache.keySet()), "nothing else is dropped");
    }

    @Test
    void persisterPathAndFullRepositoryPathNameTheSameEntry() throws Exception {
        assertEquals(200, post("{\"path\": \"/" + DASHBOARD + "\", \"token\": \"" + TOKEN + "\"}").status);
        assertFalse(persister.cache.containsKey(DASHBOARD));

        persister.cached(DASHBOARD);
        Answer answer = post("{\"path\": \"/Company Home/Sites/marketing/surf-config/pages/site/marketing/dashboard.xml\", \"token\": \""
                + TOKEN + "\"}");
        assertEquals(200, answer.status);
        assertFalse(persister.cache.containsKey(DASHBOARD));
        assertTrue(persister.cache.containsKey(OTHER_DASHBOARD));
    }

    @Test
    void wrongTokenIsForbiddenAndClearsNothing() throws Exception {
        Answer answer = post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "x\"}");

        assertEquals(403, answer.status);
        assertEquals(3, persister.cache.size());
        assertTrue(persister.messages.isEmpty());
        assertFalse(answer.body.contains(TOKEN), "the answer never repeats a token");
    }

    @Test
    void missingTokenIsForbiddenAndClearsNothing() throws Exception {
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\"}").status);
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": null}").status);
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": 42}").status);
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"\"}").status);
        assertTrue(persister.messages.isEmpty());
    }

    @Test
    void wrongTokenWithoutPathIsForbiddenNotBadRequest() throws Exception {
        assertEquals(403, post("{\"token\": \"guess\"}").status);
    }

    @Test
    void noConfiguredTokenRefusesEveryRequest() throws Exception {
        when(clearCacheConfig.getConfigElementValue("token")).thenReturn(null);
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"\"}").status);
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"null\"}").status);

        when(clearCacheConfig.getConfigElementValue("token")).thenReturn("   ");
        Answer answer = post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"   \"}");
        assertEquals(403, answer.status);
        assertTrue(((String) answer.json.get("message")).contains("no ClearCache token"));
        assertEquals(3, persister.cache.size());
    }

    @Test
    void aShortTokenOrTheOldDefaultIsNoTokenAndRefusesEveryRequest() throws Exception {
        for (String configured : new String[] {"alfstream-default-token", "x".repeat(31), "  short  "}) {
            when(clearCacheConfig.getConfigElementValue("token")).thenReturn(configured);
            Answer answer = post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \""
                    + configured.trim() + "\"}");
            assertEquals(403, answer.status, configured);
            assertTrue(((String) answer.json.get("message")).contains("at least 32"), (String) answer.json.get("message"));
        }
        assertEquals(3, persister.cache.size());
    }

    @Test
    void tenWrongTokensInAMinuteAnswer429ToEveryoneUntilTheMinuteIsOver() throws Exception {
        String wrong = "{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"guess\"}";
        String right = "{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "\"}";
        for (int i = 0; i < WrongTokenLimiter.MAX_WRONG_PER_MINUTE; i++) {
            assertEquals(403, post(wrong).status, "guess " + (i + 1));
        }
        assertEquals(429, post(wrong).status);
        assertEquals(429, post(right).status, "even the right token waits: guessing must not pay");
        assertEquals(3, persister.cache.size());

        clock.advance(60_000);
        assertEquals(200, post(right).status, "the next minute lets the right token in again");
    }

    @Test
    void tokenIsReadOnEveryRequestSoAChangedConfigApplies() throws Exception {
        when(clearCacheConfig.getConfigElementValue("token")).thenReturn(NEW_TOKEN);
        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "\"}").status);
        assertEquals(200, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + NEW_TOKEN + "\"}").status);
    }

    @Test
    void malformedJsonIsBadRequest() throws Exception {
        for (String body : new String[] {"{\"path\": ", "path=x&token=y", "[\"surf-config/pages/x.xml\"]", "\"text\"", "", "   "}) {
            Answer answer = post(body);
            assertEquals(400, answer.status, "body: " + body);
            assertTrue(((String) answer.json.get("message")).contains("JSON") || ((String) answer.json.get("message")).contains("empty"),
                    "says what is wrong: " + answer.json.get("message"));
        }
        assertTrue(persister.messages.isEmpty());
    }

    @Test
    void noBodyIsBadRequest() throws Exception {
        WebScriptRequest req = mock(WebScriptRequest.class);
        when(req.getContent()).thenReturn(null);
        assertEquals(400, execute(req).status);
    }

    @Test
    void missingOrUnusablePathWithGoodTokenIsBadRequest() throws Exception {
        String[] bodies = {
            "{\"token\": \"" + TOKEN + "\"}",
            "{\"path\": \"\", \"token\": \"" + TOKEN + "\"}",
            "{\"path\": 7, \"token\": \"" + TOKEN + "\"}",
            "{\"path\": \"pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "\"}",
            "{\"path\": \"surf-config/pages/site/../../../dashboard.xml\", \"token\": \"" + TOKEN + "\"}",
            "{\"path\": \"surf-config/pages/site/marketing/\", \"token\": \"" + TOKEN + "\"}",
        };
        for (String body : bodies) {
            Answer answer = post(body);
            assertEquals(400, answer.status, "body: " + body);
            assertTrue(((String) answer.json.get("message")).contains("`path`"), "names the field: " + answer.json.get("message"));
        }
        assertEquals(3, persister.cache.size());
    }

    @Test
    void oversizedBodyIsBadRequest() throws Exception {
        String body = "{\"path\": \"surf-config/" + "a".repeat(ClearCachePathWebScript.MAX_BODY_CHARS) + ".xml\", \"token\": \"" + TOKEN + "\"}";
        assertEquals(400, post(body).status);
        assertEquals(3, persister.cache.size());
    }

    @Test
    void clusteredShareTellsTheOtherNodes() throws Exception {
        ClusterService cluster = mock(ClusterService.class);
        webScript.setClusterService(cluster);

        assertEquals(200, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "\"}").status);

        Map<String, java.io.Serializable> expected = Map.of("paths", new java.util.ArrayList<>(List.of(DASHBOARD)));
        verify(cluster).publishClusterMessage(eq("path-cache-invalidation"), eq(expected));
    }

    @Test
    void deniedRequestIsNotPublishedToTheCluster() throws Exception {
        ClusterService cluster = mock(ClusterService.class);
        webScript.setClusterService(cluster);

        assertEquals(403, post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"nope\"}").status);

        verify(cluster, never()).publishClusterMessage(anyString(), any());
    }

    @Test
    void persisterThatCannotDropOnePathGivesServerErrorNotSilence() throws Exception {
        FakeRemotePersister odd = new FakeRemotePersister() {
            @Override
            public String getClusterMessageType() {
                return "something-else";
            }
        }.cached(DASHBOARD);
        webScript.setPersister(odd);

        Answer answer = post("{\"path\": \"surf-config/pages/site/marketing/dashboard.xml\", \"token\": \"" + TOKEN + "\"}");

        assertEquals(500, answer.status);
        assertTrue(odd.cache.containsKey(DASHBOARD));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends java.time.Clock {
        private long millis = 1_000_000;

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    // --- helpers

    private record Answer(int status, String body, JSONObject json) {
    }

    private Answer post(String body) throws IOException {
        WebScriptRequest req = mock(WebScriptRequest.class);
        Content content = mock(Content.class);
        when(req.getContent()).thenReturn(content);
        when(content.getReader()).thenReturn(new StringReader(body));
        return execute(req);
    }

    private Answer execute(WebScriptRequest req) throws IOException {
        WebScriptResponse res = mock(WebScriptResponse.class);
        StringWriter out = new StringWriter();
        when(res.getWriter()).thenReturn(out);
        int[] status = {-1};
        org.mockito.Mockito.doAnswer(inv -> {
            status[0] = inv.getArgument(0);
            return null;
        }).when(res).setStatus(org.mockito.ArgumentMatchers.anyInt());

        webScript.execute(req, res);

        verify(res).setContentType("application/json");
        JSONObject json;
        try {
            json = (JSONObject) new JSONParser().parse(out.toString());
        } catch (org.json.simple.parser.ParseException e) {
            throw new AssertionError("the answer is not JSON: " + out, e);
        }
        assertEquals((long) status[0], json.get("status"), "the body repeats the status");
        return new Answer(status[0], out.toString(), json);
    }
}
