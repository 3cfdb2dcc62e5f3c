package com.parashift.alfstream.engine.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.engine.config.Endpoint;
import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.ErrorBody;
import com.parashift.alfstream.protocol.IdRange;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.protocol.ResendRequest;
import com.parashift.alfstream.protocol.ResendResult;
import com.parashift.alfstream.protocol.StateRequest;
import com.parashift.alfstream.protocol.TreePage;
import com.parashift.alfstream.protocol.Status;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** Talks wire protocol v1 to one repository (the AMP's webscripts or the reference repository). */
public class RepositoryClient implements AutoCloseable {

    private static final ObjectMapper JSON = WireJson.MAPPER;

    private final Endpoint endpoint;
    private final String authorization;
    private final CloseableHttpClient http;

    public RepositoryClient(Endpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (endpoint.username() + ":" + endpoint.password()).getBytes(StandardCharsets.UTF_8));
        Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(16).setMaxConnPerRoute(16)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** This repository in messages: {@code <local|remote> <url>}. */
    public String peer() {
        return endpoint.name() + " " + endpoint.url();
    }

    public Status status() {
        return json(new HttpGet(url(Protocol.STATUS)), Status.class);
    }

    /** Journal entries after the cursor; those that came from {@code excludeOrigin} come back as bare stubs. */
    public ChangeBatch changes(long after, List<IdRange> holes, int limit, String excludeOrigin) {
        String query = "?after=" + after + "&limit=" + limit
                + "&exclude-origin=" + URLEncoder.encode(excludeOrigin, StandardCharsets.UTF_8)
                + (holes.isEmpty() ? "" : "&holes=" + URLEncoder.encode(IdRange.format(holes), StandardCharsets.UTF_8));
        return json(new HttpGet(url(Protocol.CHANGES) + query), ChangeBatch.class);
    }

    public ApplyResult apply(ApplyRequest request) {
        HttpPost post = new HttpPost(url(Protocol.APPLY));
        post.setEntity(jsonEntity(request));
        return json(post, ApplyResult.class);
    }

    /**
     * One page of a synced tree, named by its display path here ({@code path}) or by its root's UUID
     * ({@code root}, the other one {@code null}), after the tree path {@code after} ({@code null}: from the root).
     */
    public TreePage tree(String path, String root, String after, int limit) {
        return tree(path, root, after, limit, false);
    }

    /** @param detail whether each entry is to carry what its digest is made of */
    public TreePage tree(String path, String root, String after, int limit, boolean detail) {
        StringBuilder query = new StringBuilder("?limit=").append(limit);
        if (detail) {
            query.append("&detail=true");
        }
        if (path != null) {
            query.append("&path=").append(URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
        if (root != null) {
            query.append("&root=").append(URLEncoder.encode(root, StandardCharsets.UTF_8));
        }
        if (after != null) {
            query.append("&after=").append(URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        return json(new HttpGet(url(Protocol.TREE) + query), TreePage.class);
    }

    public ResendResult resend(ResendRequest request) {
        HttpPost post = new HttpPost(url(Protocol.RESEND));
        post.setEntity(jsonEntity(request));
        return json(post, ResendResult.class);
    }

    public void setState(StateRequest request) {
        HttpPost post = new HttpPost(url(Protocol.STATE));
        post.setEntity(jsonEntity(request));
        execute(post, response -> null);
    }

    public boolean isStaged(String sha256) {
        HttpGet get = new HttpGet(url(Protocol.STAGING + sha256));
        return Boolean.TRUE.equals(execute(get, response -> true, 404));
    }

    /**
     * Streams the content of a node or of one of its versions from this repository into the target's staging
     * area, never holding it whole.
     *
     * @param label the version's label; {@code null}: the node's live content
     */
    public void copyContent(String uuid, String label, String sha256, long size, RepositoryClient target) {
        try {
            readContent(uuid, label, sha256, size, target);
        } catch (PeerException e) {
            if (e.status() >= 500 && peer().equals(e.peer())) {
                // this repository answers its other requests: the fault is this node's content (a broken mimetype…)
                throw new PeerException(e.status(), e.peer(), e.getMessage(), e, true);
            }
            throw e;
        }
    }

    private void readContent(String uuid, String label, String sha256, long size, RepositoryClient target) {
        String path = Protocol.CONTENT + uuid + (label == null ? ""
                : "?" + Protocol.VERSION_PARAMETER + "=" + URLEncoder.encode(label, StandardCharsets.UTF_8));
        execute(new HttpGet(url(path)), response -> {
            String announced = response.getFirstHeader(Protocol.SHA256_HEADER) == null ? null
                    : response.getFirstHeader(Protocol.SHA256_HEADER).getValue();
            if (announced != null && !announced.equals(sha256)) {
                throw new ContentChangedException(peer(), endpoint.name() + " content of " + uuid + " changed since it"
                        + " was listed (SHA-256 " + announced + ", expected " + sha256 + ")");
            }
            HttpEntity entity = response.getEntity();
            try (InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
                target.stage(sha256, in, size);
            }
            return null;
        });
    }

    private void stage(String sha256, InputStream in, long size) {
        HttpPut put = new HttpPut(url(Protocol.STAGING + sha256));
        put.setEntity(new InputStreamEntity(in, size, ContentType.APPLICATION_OCTET_STREAM));
        execute(put, response -> null);
    }

    private String url(String path) {
        return endpoint.url() + path;
    }

    private static HttpEntity jsonEntity(Object body) {
        try {
            return new ByteArrayEntity(JSON.writeValueAsBytes(body), ContentType.APPLICATION_JSON);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T json(HttpUriRequestBase request, Class<T> type) {
        return execute(request, response -> {
            try (InputStream in = response.getEntity().getContent()) {
                return JSON.readValue(in, type);
            } catch (IOException e) {
                throw new PeerException(502, peer(), endpoint.name() + " " + endpoint.url() + " answered " + request.getPath()
                        + " with something that is not a " + type.getSimpleName() + ": " + LogText.clean(e.getMessage()), e, false);
            }
        });
    }

    @FunctionalInterface
    private interface Body<T> {
        T read(ClassicHttpResponse response) throws IOException;
    }

    /** Runs a request; any status but 2xx (or {@code tolerated}, answered {@code null}) is a PeerException. */
    private <T> T execute(HttpUriRequestBase request, Body<T> body, int... tolerated) {
        request.setHeader("Authorization", authorization);
        try {
            return http.execute(request, response -> {
                int code = response.getCode();
                for (int ok : tolerated) {
                    if (code == ok) {
                        return null;
                    }
                }
                if (code >= 200 && code < 300) {
                    return body.read(response);
                }
                throw new PeerException(code, peer(), describe(request, code, errorMessage(response)), null, false);
            });
        } catch (PeerException e) {
            throw e;
        } catch (IOException e) {
            throw new PeerException(0, peer(), endpoint.name() + " repository " + endpoint.url() + " unreachable ("
                    + request.getMethod() + " " + request.getPath() + "): " + LogText.clean(e), e, false);
        }
    }

    private String describe(HttpUriRequestBase request, int code, String message) {
        String what = code == 401 || code == 403
                ? "refused the credentials of user '" + endpoint.username() + "' (" + code + ")"
                : "answered " + code;
        return endpoint.name() + " repository " + endpoint.url() + " " + what + " to " + request.getMethod() + " "
                + request.getPath().replaceFirst("\\?.*", "") + (message == null ? "" : ": " + message);
    }

    private static String errorMessage(ClassicHttpResponse response) {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes(8192);
            try {
                return LogText.clean(JSON.readValue(bytes, ErrorBody.class).message());
            } catch (IOException notJson) {
                return LogText.clean(new String(bytes, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
