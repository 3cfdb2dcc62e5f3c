package com.parashift.alfstream.e2e.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A tree in real Alfresco as a user compares two copies: per path below the root, the node's UUID, type, aspects,
 * properties, permissions and the SHA-256 of its content, read through the REST API. What each repository keeps
 * for itself (the sync bookkeeping, system properties, check-out locks) is left out.
 */
final class RealTree {

    private static final Set<String> OWN_PROPERTIES = Set.of("cm:lastThumbnailModification");

    private RealTree() {
    }

    static SortedMap<String, String> describe(AlfrescoRest rest, String rootId) {
        SortedMap<String, String> tree = new TreeMap<>();
        walk(rest, rootId, "", tree);
        return tree;
    }

    private static void walk(AlfrescoRest rest, String id, String path, SortedMap<String, String> tree) {
        JsonNode node;
        try {
            node = rest.node(id);
        } catch (IllegalStateException e) {
            if (!path.isEmpty() && e.getMessage().contains("answered 404")) {
                return; // deleted between its parent's listing and this read (sync still at work): not there
            }
            throw e;
        }
        StringBuilder text = new StringBuilder(id).append(' ').append(node.get("nodeType").asText());
        Set<String> aspects = new TreeSet<>();
        node.path("aspectNames").forEach(a -> {
            if (kept(a.asText())) {
                aspects.add(a.asText());
            }
        });
        text.append(" aspects=").append(aspects);
        SortedMap<String, String> properties = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (kept(p.getKey()) && !OWN_PROPERTIES.contains(p.getKey())) {
                properties.put(p.getKey(), p.getValue().toString());
            }
        }
        text.append(" properties=").append(properties);
        JsonNode permissions = node.path("permissions");
        text.append(" inherit=").append(permissions.path("isInheritanceEnabled").asText("true"))
                .append(" local=").append(localPermissions(permissions));
        if (node.path("isFile").asBoolean()) {
            text.append(" size=").append(node.at("/content/sizeInBytes").asLong())
                    .append(" sha256=").append(rest.contentSha256(id));
        }
        tree.put(path.isEmpty() ? "/" : path, text.toString());
        if (node.path("isFolder").asBoolean()) {
            for (JsonNode child : rest.children(id)) {
                walk(rest, child.get("id").asText(), path + "/" + child.get("name").asText(), tree);
            }
        }
    }

    private static Set<String> localPermissions(JsonNode permissions) {
        Set<String> entries = new TreeSet<>();
        permissions.path("locallySet").forEach(e -> entries.add(e.path("authorityId").asText() + ":"
                + e.path("name").asText() + ":" + e.path("accessStatus").asText()));
        return entries;
    }

    private static boolean kept(String name) {
        return !name.startsWith("alfs:") && !name.startsWith("sys:") && !name.equals("cm:lockable")
                && !name.startsWith("cm:lock") && !name.equals("cm:checkedOut") && !name.equals("rn:renditioned");
    }

    /** The first path where the two trees differ, for a failure message. */
    static String firstDifference(SortedMap<String, String> a, SortedMap<String, String> b) {
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!e.getValue().equals(b.get(e.getKey()))) {
                return e.getKey() + "\n  A=" + e.getValue() + "\n  B=" + b.get(e.getKey());
            }
        }
        return b.keySet().stream().filter(k -> !a.containsKey(k)).findFirst().map(k -> k + " only on B").orElse("none");
    }
}
