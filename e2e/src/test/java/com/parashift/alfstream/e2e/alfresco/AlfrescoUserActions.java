package com.parashift.alfstream.e2e.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.contract.UserActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The journaling contract's user on real Alfresco: a member of {@code ALFSTREAM_SYNC} (not an administrator) who
 * works in their own My Files through the REST API and runs the sync actions as Share does. What only an
 * administrator may do (creating groups, a script in the Data Dictionary) is done as admin.
 */
final class AlfrescoUserActions implements UserActions {

    static final String SYNC_GROUP = "ALFSTREAM_SYNC";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AlfrescoRest admin;
    private final AlfrescoRest member;
    private final String memberId;

    private AlfrescoUserActions(AlfrescoRest admin, AlfrescoRest member, String memberId) {
        this.admin = admin;
        this.member = member;
        this.memberId = memberId;
    }

    /** A new member of the sync group on that Alfresco (the group is created when missing). */
    static AlfrescoUserActions newMember(AlfrescoServer server) {
        AlfrescoRest admin = AlfrescoRest.admin(server);
        ensureSyncGroup(admin);
        String id = "member-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createPerson(id, "Member-Pass-1");
        admin.addMember(SYNC_GROUP, id, "PERSON");
        return new AlfrescoUserActions(admin, admin.as(id, "Member-Pass-1"), id);
    }

    /** The administrator of that Alfresco, acting as the sync's user (for set-ups outside anyone's home). */
    static AlfrescoUserActions asAdmin(AlfrescoServer server) {
        AlfrescoRest admin = AlfrescoRest.admin(server);
        return new AlfrescoUserActions(admin, admin, "admin");
    }

    static void ensureSyncGroup(AlfrescoRest admin) {
        if (!admin.groupExists(SYNC_GROUP)) {
            admin.createGroup(SYNC_GROUP, "Alfstream Sync users");
        }
    }

    AlfrescoRest member() {
        return member;
    }

    @Override
    public String workspace() {
        return member.node("-my-").get("id").asText();
    }

    @Override
    public String createFolder(String parent, String name) {
        return member.createFolder(parent, name);
    }

    @Override
    public String createFile(String parent, String name, byte[] content) {
        return member.upload(parent, name, content);
    }

    @Override
    public void updateContent(String node, byte[] content) {
        member.updateContent(node, content);
    }

    @Override
    public void setTitle(String node, String title) {
        member.setProperties(node, Map.of("cm:title", title));
    }

    @Override
    public void rename(String node, String name) {
        member.rename(node, name);
    }

    @Override
    public void move(String node, String newParent) {
        member.move(node, newParent);
    }

    @Override
    public String copy(String node, String newParent) {
        return member.copy(node, newParent);
    }

    @Override
    public void delete(String node) {
        member.delete(node);
    }

    @Override
    public void restrictTo(String node, String authority) {
        member.setPermissions(node, false, List.of(Map.of("authorityId", authority, "name", "Consumer",
                "accessStatus", "ALLOWED")));
    }

    @Override
    public void beginSync(String folder) {
        runAndAwait("alfstream-begin-sync", folder);
    }

    @Override
    public void stopSync(String folder) {
        runAndAwait("alfstream-stop-sync", folder);
    }

    @Override
    public void retrySync(String node) {
        runAndAwait("alfstream-retry-sync", node);
    }

    /** Runs a sync action as Share does and waits until its background walk below the node has finished. */
    void runAndAwait(String action, String node) {
        Set<String> before = jobIds();
        AlfrescoRest.Answer answer = member.runAction(action, node);
        if (answer.status() != 200) {
            throw new AssertionError(action + " on " + node + " answered " + answer.status() + ": " + answer.body());
        }
        Await.until(action + " on " + node + " finished its background walk", () -> {
            for (JsonNode job : member.syncStatus().get("jobs")) {
                if (!before.contains(job.get("id").asText()) && node.equals(job.get("root").asText())) {
                    String state = job.get("state").asText();
                    if ("FAILED".equals(state)) {
                        throw new AssertionError(action + " failed in the background: " + job);
                    }
                    return "DONE".equals(state);
                }
            }
            return false;
        }, Duration.ofMinutes(5));
    }

    private Set<String> jobIds() {
        Set<String> ids = new HashSet<>();
        member.syncStatus().get("jobs").forEach(job -> ids.add(job.get("id").asText()));
        return ids;
    }

    @Override
    public void markError(String node, String reason) {
        String body = MAPPER.createObjectNode().put("protocol", 1).put("uuid", node).put("state", "Error")
                .put("message", reason).toString();
        AlfrescoRest.Answer answer = admin.post("/service/alfstream/sync/state", body);
        if (answer.status() / 100 != 2) {
            throw new AssertionError("POST state answered " + answer.status() + ": " + answer.body());
        }
    }

    /** The documents are made inside Alfresco by a script action (the REST API makes about 6 a second). */
    @Override
    public void createTree(String parent, int folders, int filesPerFolder) {
        String scripts = admin.idByPath("Data Dictionary/Scripts");
        String script = "for (var f = 0; f < " + folders + "; f++) { var folder = document.createFolder('folder-' + f);"
                + " for (var d = 0; d < " + filesPerFolder + "; d++) {"
                + " folder.createFile('doc-' + d + '.txt').content = 'document ' + d; } }";
        String scriptId = admin.upload(scripts, "alfstream-tree-" + UUID.randomUUID() + ".js",
                script.getBytes(StandardCharsets.UTF_8));
        String body = MAPPER.createObjectNode().put("actionedUponNode", "workspace://SpacesStore/" + parent)
                .put("actionDefinitionName", "script").set("parameterValues", MAPPER.createObjectNode()
                        .put("script-ref", "workspace://SpacesStore/" + scriptId)).toString();
        AlfrescoRest.Answer answer = admin.post("/service/api/actionQueue?async=false", body);
        if (answer.status() != 200) {
            throw new AssertionError("the script action answered " + answer.status() + ": " + answer.body());
        }
    }

    @Override
    public boolean isSyncActive(String node) {
        JsonNode state = admin.node(node).path("properties").get("alfs:syncState");
        return state != null && "Active".equals(state.asText());
    }

    @Override
    public void createGroupWithMember(String groupId, String memberId) {
        admin.createGroup(groupId, groupId);
        admin.addMember(groupId, memberId, "PERSON");
    }

    @Override
    public String user() {
        return memberId;
    }

    @Override
    public List<Change> changesAfter(long after) {
        return changesAfter(member, after);
    }

    /** The journal of that Alfresco after an entry id, as the engine reads it, read as that user. */
    static List<Change> changesAfter(AlfrescoRest member, long after) {
        List<Change> all = new ArrayList<>();
        long cursor = after;
        while (true) {
            AlfrescoRest.Answer answer = member.syncGet("changes?after=" + cursor + "&limit=1000");
            if (answer.status() != 200) {
                throw new AssertionError("GET changes answered " + answer.status() + ": " + answer.body());
            }
            ChangeBatch batch = Json.read(answer.body().getBytes(StandardCharsets.UTF_8), ChangeBatch.class);
            all.addAll(batch.items());
            if (!batch.hasMore() || batch.items().isEmpty()) {
                return all;
            }
            cursor = batch.items().get(batch.items().size() - 1).id();
        }
    }

    /** The target of a node's {@code cm:references} association (a discussion reply's post), or {@code null}. */
    static String referencesOf(AlfrescoRest rest, String node) {
        for (JsonNode target : rest.get("/api/-default-/public/alfresco/versions/1/nodes/" + node
                + "/targets?where=(assocType='cm:references')").json().at("/list/entries")) {
            return target.at("/entry/id").asText();
        }
        return null;
    }

    @Override
    public long journalHigh() {
        return member.syncStatus().get("journalHigh").asLong();
    }
}
