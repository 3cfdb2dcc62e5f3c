package com.parashift.alfstream.e2e.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.RealShare;

import java.util.Map;

/**
 * The people and the site of the real-Share tests, made through the repository's REST API as an administrator
 * would: {@code member} (in ALFSTREAM_SYNC, the site's manager), {@code reader} (in ALFSTREAM_SYNC, but only a site
 * consumer: no permission to edit the site's folders), {@code outsider} (a site collaborator outside the group),
 * and the site with its document library. {@link #json} is the set-up the browser scenarios read.
 */
final class ShareSite {

    static final String PASSWORD = "Secret-123";
    static final String GROUP = "ALFSTREAM_SYNC";

    final RealShare.Pair pair;
    final AlfrescoRest admin;
    final String site;
    final String member;
    final String reader;
    final String outsider;
    final String documentLibrary;

    ShareSite(RealShare.Pair pair) {
        this.pair = pair;
        this.admin = AlfrescoRest.admin(pair.repository());
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        site = "alfs-" + suffix;
        member = "member-" + suffix;
        reader = "reader-" + suffix;
        outsider = "outsider-" + suffix;
        admin.createPerson(member, PASSWORD);
        admin.createPerson(reader, PASSWORD);
        admin.createPerson(outsider, PASSWORD);
        if (!admin.groupExists(GROUP)) {
            admin.createGroup(GROUP, "Alfstream Sync");
        }
        admin.addMember(GROUP, member, "PERSON");
        admin.addMember(GROUP, reader, "PERSON");
        admin.createSite(site, "Alfstream " + suffix);
        addToSite(member, "SiteManager");
        addToSite(reader, "SiteConsumer");
        addToSite(outsider, "SiteCollaborator");
        documentLibrary = admin.idByPath("Sites/" + site + "/documentLibrary");
    }

    private void addToSite(String user, String role) {
        AlfrescoRest.Answer answer = admin.post("/api/-default-/public/alfresco/versions/1/sites/" + site + "/members",
                "{\"id\":\"" + user + "\",\"role\":\"" + role + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot add " + user + " to " + site + ": " + answer.body());
        }
    }

    AlfrescoRest as(String user) {
        return admin.as(user, PASSWORD);
    }

    String folder(String parentId, String name) {
        return admin.createFolder(parentId, name);
    }

    String file(String parentId, String name) {
        return admin.upload(parentId, name, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Begin Syncing as admin, and waits until every given node below is Active (the background job reached it). */
    void begin(String folderId, String... below) {
        AlfrescoRest.Answer answer = admin.post("/service/alfstream/sync/run",
                "{\"nodeRef\":\"" + ref(folderId) + "\",\"action\":\"begin\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("Begin Syncing " + folderId + ": " + answer.status() + " " + answer.body());
        }
        for (String id : below) {
            awaitState(id, "Active");
        }
    }

    String state(String nodeId) {
        return admin.node(nodeId).at("/properties/alfs:syncState").asText(null);
    }

    String errorMessage(String nodeId) {
        return admin.node(nodeId).at("/properties/alfs:errorMessage").asText(null);
    }

    /** Polls until the node is in that state; fails naming the state it is in. */
    void awaitState(String nodeId, String state) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!state.equals(state(nodeId))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(nodeId + " is " + state(nodeId) + ", expected " + state);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String ref(String nodeId) {
        return "workspace://SpacesStore/" + nodeId;
    }

    /** Sets a node's sync state as the engine does (the state endpoint, as admin). */
    void setState(String nodeId, String state, String message) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("protocol", 1).put("uuid", nodeId).put("state", state);
        if (message != null) {
            body.put("message", message);
        }
        AlfrescoRest.Answer answer = admin.post("/service/alfstream/sync/state", body.toString());
        if (answer.status() != 204) {
            throw new IllegalStateException("state " + state + " on " + nodeId + ": " + answer.status() + " " + answer.body());
        }
    }

    /** The scenario set-up: Share's URL, the site, the users with their passwords, and the given extras. */
    String json(Map<String, Object> extra) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("share", pair.share().url());
        root.put("repository", pair.repository().url());
        root.put("site", site);
        ObjectNode users = root.putObject("users");
        users.putObject("admin").put("id", "admin").put("password", "admin");
        users.putObject("member").put("id", member).put("password", PASSWORD);
        users.putObject("reader").put("id", reader).put("password", PASSWORD);
        users.putObject("outsider").put("id", outsider).put("password", PASSWORD);
        extra.forEach((key, value) -> root.set(key, mapper.valueToTree(value)));
        return root.toString();
    }
}
