package com.parashift.alfstream.testkit.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.parashift.alfstream.repo.http.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Alfresco's public REST API (v1) and the sync webscripts, as one user calls them: what a person does in Share or
 * a script does over HTTP. Every call fails with the status and body unless Alfresco answered 2xx; {@link #call}
 * returns the raw answer for tests that expect a refusal.
 */
public final class AlfrescoRest {

    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String API = "/api/-default-/public/alfresco/versions/1/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String url;
    private final String user;
    private final String authorization;

    public AlfrescoRest(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static AlfrescoRest admin(AlfrescoServer server) {
        return new AlfrescoRest(server.url(), "admin", "admin");
    }

    public AlfrescoRest as(String otherUser, String password) {
        return new AlfrescoRest(url, otherUser, password);
    }

    public String user() {
        return user;
    }

    // --- people and groups ---------------------------------------------------------------------------------

    public void createPerson(String id, String password) {
        ok(post(API + "people", json("id", id, "firstName", id, "lastName", "Tester", "email", id + "@example.com",
                "password", password)));
    }

    public boolean personExists(String id) {
        return get(API + "people/" + enc(id)).status() == 200;
    }

    /** Creates {@code GROUP_<id>} (an id without the prefix). */
    public void createGroup(String id, String displayName) {
        ok(post(API + "groups", json("id", id, "displayName", displayName)));
    }

    public void addMember(String groupId, String memberId, String memberType) {
        ok(post(API + "groups/GROUP_" + groupId + "/members", json("id", memberId, "memberType", memberType)));
    }

    public Answer removeMember(String groupId, String memberId) {
        return call("DELETE", API + "groups/GROUP_" + groupId + "/members/" + enc(memberId), null, null);
    }

    /**
     * The group's direct members' ids (user names, and {@code GROUP_…} for groups), or empty when there is no
     * such group. Read from the group webscript ({@code api/groups/{shortName}/children}): the public API's
     * {@code groups/{id}/members} answers an empty list on a repository without a search index
     * ({@code index.subsystem.name=noindex}), whatever the members.
     */
    public List<String> members(String groupId) {
        Answer answer = call("GET", "/service/api/groups/" + enc(groupId) + "/children", null, null);
        List<String> ids = new ArrayList<>();
        if (answer.status() == 200) {
            answer.json().at("/data").forEach(e -> ids.add("GROUP".equals(e.path("authorityType").asText())
                    ? e.path("fullName").asText() : e.path("shortName").asText()));
        }
        return ids;
    }

    public boolean groupExists(String groupId) {
        return call("GET", API + "groups/GROUP_" + groupId, null, null).status() == 200;
    }

    // --- nodes ---------------------------------------------------------------------------------------------

    /** {@code -root-}, {@code -my-}, {@code -shared-} or a node id; with aspect names, properties, path, permissions. */
    public JsonNode node(String id) {
        return ok(get(API + "nodes/" + id + "?include=aspectNames,properties,path,permissions")).json().get("entry");
    }

    public boolean exists(String id) {
        return get(API + "nodes/" + id).status() == 200;
    }

    /** The child of that name, or {@code null}. */
    public String childId(String parentId, String name) {
        Answer answer = get(API + "nodes/" + parentId + "?relativePath=" + enc(name));
        return answer.status() == 200 ? answer.json().at("/entry/id").asText() : null;
    }

    public List<JsonNode> children(String parentId) {
        List<JsonNode> list = new ArrayList<>();
        ok(get(API + "nodes/" + parentId + "/children?maxItems=1000&include=aspectNames,properties"))
                .json().at("/list/entries").forEach(e -> list.add(e.get("entry")));
        return list;
    }

    /** {@code relativePath} below {@code -root-} (Company Home), e.g. {@code Sites/eng/documentLibrary}. */
    public String idByPath(String relativePath) {
        Answer answer = get(API + "nodes/-root-?relativePath=" + enc(relativePath));
        return answer.status() == 200 ? answer.json().at("/entry/id").asText() : null;
    }

    public String createFolder(String parentId, String name) {
        return ok(post(API + "nodes/" + parentId + "/children", json("name", name, "nodeType", "cm:folder")))
                .json().at("/entry/id").asText();
    }

    /** Uploads a file the way Share does (multipart {@code filedata}): the node is versionable, version 1.0. */
    public String upload(String parentId, String name, byte[] bytes) {
        return upload(parentId, name, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    /** Uploads a file from disk (large content is streamed, never held in memory). */
    public String upload(String parentId, String name, Path file) {
        try {
            return upload(parentId, name, HttpRequest.BodyPublishers.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String upload(String parentId, String name, HttpRequest.BodyPublisher content) {
        String boundary = "----alfstream" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\""
                + name.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] nameField = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + name + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                content, HttpRequest.BodyPublishers.ofByteArray(nameField));
        return ok(send(request(API + "nodes/" + parentId + "/children")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build()))
                .json().at("/entry/id").asText();
    }

    /** A new version of the content ({@code majorVersion} false: a minor version, as Share's upload new version). */
    public void updateContent(String id, byte[] bytes) {
        updateContent(id, bytes, false, null);
    }

    /** A new version of the content, major or minor, with a version comment (or none). */
    public void updateContent(String id, byte[] bytes, boolean major, String comment) {
        ok(send(request(API + "nodes/" + id + "/content?majorVersion=" + major
                + (comment == null ? "" : "&comment=" + enc(comment)))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build()));
    }

    /** SHA-256 of the node's content (or of a version's: {@code nodes/{id}/versions/{v}}), streamed. */
    public String contentSha256(String nodePath) {
        try {
            HttpResponse<InputStream> response = HTTP.send(request(API + "nodes/" + nodePath + "/content").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET content of " + nodePath + ": " + response.statusCode());
                }
                MessageDigest digest = Sha256.digest();
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
                return Sha256.hex(digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public byte[] content(String id) {
        return bytes(API + "nodes/" + id + "/content");
    }

    /** The content of one version ({@code versionId} is its label). */
    public byte[] versionContent(String id, String versionId) {
        return bytes(API + "nodes/" + id + "/versions/" + versionId + "/content");
    }

    /** Reverts to a version, which makes a new version with that content, as Share's Revert does. */
    public void revert(String id, String versionId, boolean major, String comment) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("majorVersion", major);
        body.put("comment", comment);
        ok(post(API + "nodes/" + id + "/versions/" + versionId + "/revert", body.toString()));
    }

    public void deleteVersion(String id, String versionId) {
        ok(call("DELETE", API + "nodes/" + id + "/versions/" + versionId, null, null));
    }

    private byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void setProperties(String id, Map<String, Object> properties) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("properties", MAPPER.valueToTree(properties));
        ok(put(API + "nodes/" + id, body.toString()));
    }

    public void rename(String id, String newName) {
        ok(put(API + "nodes/" + id, json("name", newName)));
    }

    public void move(String id, String targetParentId) {
        ok(post(API + "nodes/" + id + "/move", json("targetParentId", targetParentId)));
    }

    public String copy(String id, String targetParentId) {
        return ok(post(API + "nodes/" + id + "/copy", json("targetParentId", targetParentId)))
                .json().at("/entry/id").asText();
    }

    public void delete(String id) {
        ok(call("DELETE", API + "nodes/" + id, null, null));
    }

    /** Breaks inheritance and sets local permissions, as the Manage Permissions page does. */
    public void setPermissions(String id, boolean inherit, List<Map<String, String>> locallySet) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode permissions = body.putObject("permissions");
        permissions.put("isInheritanceEnabled", inherit);
        permissions.set("locallySet", MAPPER.valueToTree(locallySet));
        ok(put(API + "nodes/" + id, body.toString()));
    }

    public List<JsonNode> versions(String id) {
        List<JsonNode> list = new ArrayList<>();
        Answer answer = get(API + "nodes/" + id + "/versions?maxItems=1000&include=properties");
        if (answer.status() == 200) {
            answer.json().at("/list/entries").forEach(e -> list.add(e.get("entry")));
        }
        return list;
    }

    /**
     * Locks the node for everyone but this user, as an editor that keeps a document open does (Alfresco's
     * {@code ALLOW_OWNER_CHANGES} lock, persistent); the node itself stays where it is, unlike a check-out.
     */
    public void lock(String id) {
        ok(post(API + "nodes/" + id + "/lock", json("type", "ALLOW_OWNER_CHANGES", "lifetime", "PERSISTENT")));
    }

    /** Share's site creation (its site service: site node, containers, groups, dashboard). */
    public void createSite(String shortName, String title) {
        ok(post(API + "sites", json("id", shortName, "title", title, "visibility", "PUBLIC")));
    }

    /** Share's wiki: creates or updates a page of the site. */
    public void wikiPage(String site, String title, String html) {
        ok(put("/service/slingshot/wiki/page/" + enc(site) + "/" + enc(title),
                json("pagecontent", html, "page", "wiki-page")));
    }

    /** Share's discussions: a new topic in the site; its node id. */
    public String discussionPost(String site, String title, String html) {
        return nodeIdOf(ok(post("/service/api/forum/site/" + enc(site) + "/discussions/posts",
                json("title", title, "content", html))).json().at("/item/nodeRef").asText());
    }

    /** A reply to a discussion post; its node id. */
    public String reply(String postId, String html) {
        return nodeIdOf(ok(post("/service/api/forum/post/node/workspace/SpacesStore/" + postId + "/replies",
                json("content", html))).json().at("/item/nodeRef").asText());
    }

    private static String nodeIdOf(String nodeRef) {
        return nodeRef.substring(nodeRef.lastIndexOf('/') + 1);
    }

    // --- the product -----------------------------------------------------------------------------------------

    /** Runs a sync action on a node as Share does (the action queue, synchronously). */
    public Answer runAction(String actionName, String nodeId) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("actionedUponNode", "workspace://SpacesStore/" + nodeId);
        body.put("actionDefinitionName", actionName);
        return call("POST", "/service/api/actionQueue?async=false", "application/json", body.toString());
    }

    public JsonNode syncStatus() {
        return ok(get("/service/alfstream/sync/status")).json();
    }

    public Answer syncGet(String pathAndQuery) {
        return get("/service/alfstream/sync/" + pathAndQuery);
    }

    // --- HTTP ------------------------------------------------------------------------------------------------

    public Answer get(String path) {
        return call("GET", path, null, null);
    }

    public Answer post(String path, String json) {
        return call("POST", path, "application/json", json);
    }

    public Answer put(String path, String json) {
        return call("PUT", path, "application/json", json);
    }

    public Answer call(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer ok(Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("Alfresco answered " + answer.status() + " to " + user + ": "
                    + (answer.body().length() > 2000 ? answer.body().substring(0, 2000) + "…" : answer.body()));
        }
        return answer;
    }

    private static String json(String... keysAndValues) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
