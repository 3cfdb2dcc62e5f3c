package com.parashift.alfstream.e2e.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.RealShare;

import java.util.Map;

/**
 * The people and the site of the real-Share tests, made through the repository's REST API as an administrator
 * would: {@code member} (in ALFSTREAM_SYNC, the site's manager), {@code outsider} (a site collaborator outside the
 * group), and the site with its document library. {@link #json} is the set-up the browser scenarios read.
 */
final class ShareSite {

    static final String PASSWORD = "Secret-123";
    static final String GROUP = "ALFSTREAM_SYNC";

    final RealShare.Pair pair;
    final AlfrescoRest admin;
    final String site;
    final String member;
    final String outsider;
    final String documentLibrary;

    ShareSite(RealShare.Pair pair) {
        this.pair = pair;
        this.admin = AlfrescoRest.admin(pair.repository());
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        site = "alfs-" + suffix;
        member = "member-" + suffix;
        outsider = "outsider-" + suffix;
        admin.createPerson(member, PASSWORD);
        admin.createPerson(outsider, PASSWORD);
        if (!admin.groupExists(GROUP)) {
            admin.createGroup(GROUP, "Alfstream Sync");
        }
        admin.addMember(GROUP, member, "PERSON");
        admin.createSite(site, "Alfstream " + suffix);
        addToSite(member, "SiteManager");
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
        users.putObject("outsider").put("id", outsider).put("password", PASSWORD);
        extra.forEach((key, value) -> root.set(key, mapper.valueToTree(value)));
        return root.toString();
    }
}
