package com.parashift.alfstream.share.caches;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.json.simple.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.extensions.config.ConfigService;
import org.springframework.extensions.surf.ClusterMessageAware;
import org.springframework.extensions.surf.ClusterService;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /share/page/caches/clearcachepath} with {@code {"path": "...", "token": "..."}}: drops the Surf cache
 * entry of one path so that the next page load reads the object (e.g. a site dashboard) from the repository again.
 * <ul>
 * <li>200: the entry is gone (whether or not it was cached);</li>
 * <li>400: the body is not a JSON object, or the path is missing or not a Surf object path;</li>
 * <li>403: the token is missing or wrong, or no usable token is configured (at least 32 characters, not the old
 * default); nothing is cleared;</li>
 * <li>429: more than {@value WrongTokenLimiter#MAX_WRONG_PER_MINUTE} wrong tokens within the last minute; every
 * request is refused until the minute is over ({@code Retry-After});</li>
 * <li>500: this Share's persister cannot drop a single path (see the log).</li>
 * </ul>
 * Bean {@code webscript.com.parashift.alfstream.share.caches.clearcachepath.post}. The token is read from the
 * config service on every request and is never logged.
 */
public class ClearCachePathWebScript extends AbstractWebScript {

    static final int MAX_BODY_CHARS = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ClearCachePathWebScript.class);

    private ConfigService configService;
    private ClusterMessageAware persister;
    private ClusterService clusterService;
    private volatile SurfObjectCache cache;
    private final WrongTokenLimiter limiter;

    public ClearCachePathWebScript() {
        this(Clock.systemUTC());
    }

    ClearCachePathWebScript(Clock clock) {
        this.limiter = new WrongTokenLimiter(clock);
    }

    public void setConfigService(ConfigService configService) {
        this.configService = configService;
    }

    /** Share's remote model object persister, {@code webframework.slingshot.persister.remote}. */
    public void setPersister(ClusterMessageAware persister) {
        this.persister = persister;
        this.cache = null;
    }

    /** Optional: the Share cluster service, so that every node of a Share cluster drops the entry. */
    public void setClusterService(ClusterService clusterService) {
        this.clusterService = clusterService;
        this.cache = null;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        long blocked = limiter.blockedSeconds();
        if (blocked > 0) {
            res.setHeader("Retry-After", Long.toString(blocked));
            answer(res, 429, "too many wrong tokens; try again in " + blocked + " s", null);
            return;
        }
        ClearCacheRequest request;
        try {
            request = ClearCacheRequest.parse(readBody(req));
        } catch (InvalidClearCacheRequestException e) {
            answer(res, Status.STATUS_BAD_REQUEST, e.getMessage(), null);
            return;
        }

        SharedToken expected = SharedToken.fromConfig(configService);
        if (!expected.isConfigured()) {
            LOG.warn("CLEARCACHE-DENIED no usable token is configured: set <config evaluator=\"string-compare\""
                    + " condition=\"ClearCache\"><token>...</token></config> in share-config-custom.xml to at least {}"
                    + " random characters (the same as alfstream.sync.sharetoken)", SharedToken.MIN_LENGTH);
            answer(res, Status.STATUS_FORBIDDEN, "clearing Share caches is not enabled: no ClearCache token of at least "
                    + SharedToken.MIN_LENGTH + " characters is configured", null);
            return;
        }
        if (!expected.matches(request.token())) {
            limiter.wrongToken();
            LOG.warn("CLEARCACHE-DENIED missing or wrong token");
            answer(res, Status.STATUS_FORBIDDEN, "missing or wrong token", null);
            return;
        }

        String cacheKey;
        try {
            cacheKey = SurfCacheKey.fromRequestPath(request.path());
        } catch (InvalidClearCacheRequestException e) {
            answer(res, Status.STATUS_BAD_REQUEST, e.getMessage(), null);
            return;
        }

        SurfObjectCache objectCache;
        try {
            objectCache = objectCache();
        } catch (IllegalArgumentException e) {
            LOG.error("CLEARCACHE-UNSUPPORTED {}", e.getMessage());
            answer(res, Status.STATUS_INTERNAL_SERVER_ERROR, "this Share cannot drop a single cached path; see the Share log", null);
            return;
        }
        objectCache.drop(cacheKey);
        LOG.info("CLEARCACHE-PATH dropped {}", cacheKey);
        answer(res, Status.STATUS_OK, "dropped the cached object of " + cacheKey, cacheKey);
    }

    private SurfObjectCache objectCache() {
        SurfObjectCache current = cache;
        if (current == null) {
            current = new SurfObjectCache(persister, clusterService);
            cache = current;
        }
        return current;
    }

    private static String readBody(WebScriptRequest req) throws IOException {
        Content content = req.getContent();
        if (content == null) {
            return null;
        }
        try (Reader reader = content.getReader()) {
            if (reader == null) {
                return null;
            }
            StringBuilder body = new StringBuilder();
            char[] buffer = new char[4096];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                body.append(buffer, 0, n);
                if (body.length() > MAX_BODY_CHARS) {
                    throw new InvalidClearCacheRequestException("the request body is larger than " + MAX_BODY_CHARS + " characters");
                }
            }
            return body.toString();
        }
    }

    private static void answer(WebScriptResponse res, int status, String message, String cleared) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        if (cleared != null) {
            body.put("cleared", cleared);
        }
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentEncoding("UTF-8");
        res.getWriter().write(JSONObject.toJSONString(body));
    }
}
