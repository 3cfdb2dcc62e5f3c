package com.parashift.alfstream.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

/**
 * Builds apply requests as JSON trees: a well-formed change that the target would apply (a new folder in the
 * synced folder), which each case then spoils in one way.
 */
final class Changes {

    /** The sender's instance id: neither the target's nor a malformed one. */
    static final String SENDER = "hostile-peer";
    static final String NEW_UUID = "0badc0de-0000-4000-8000-000000000001";
    static final String MODIFIED = "2026-12-01T00:00:00Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Seed seed;

    Changes(Seed seed) {
        this.seed = seed;
    }

    static ObjectMapper json() {
        return JSON;
    }

    /** A CREATE of the folder {@code /Company Home/Projects/hostile}: applied, if nothing spoils it. */
    ObjectNode create() {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", 1).put("kind", "CREATE").put("uuid", NEW_UUID).put("origin", SENDER).put("time", 1);
        ObjectNode node = item.putObject("node");
        node.put("uuid", NEW_UUID).put("parentUuid", seed.syncedFolder()).put("parentPath", "/Company Home/Projects")
                .put("name", "hostile").put("type", "cm:folder");
        node.putArray("aspects").add("cm:auditable");
        ObjectNode properties = node.putObject("properties");
        property(properties, "cm:name", "d:text", "hostile");
        property(properties, "cm:modified", "d:datetime", MODIFIED);
        node.putObject("permissions").put("inherit", true).putArray("entries");
        node.putArray("associations");
        return item;
    }

    /** A change of an existing node: its snapshot as {@link #create()} has it, with that node's UUID and kind. */
    ObjectNode of(String kind, String uuid, String parentUuid, String name) {
        ObjectNode item = create().put("kind", kind).put("uuid", uuid);
        ObjectNode node = (ObjectNode) item.get("node");
        node.put("uuid", uuid).put("parentUuid", parentUuid).put("name", name);
        property((ObjectNode) node.get("properties"), "cm:name", "d:text", name);
        return item;
    }

    ObjectNode delete(String uuid) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", 1).put("kind", "DELETE").put("uuid", uuid).put("origin", SENDER).put("time", 1);
        return item;
    }

    ObjectNode group(String name, List<String> members) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", 1).put("kind", "GROUP").put("uuid", name).put("origin", SENDER).put("time", 1);
        ObjectNode group = item.putObject("group").put("name", name).put("displayName", name);
        ArrayNode list = group.putArray("members");
        members.forEach(list::add);
        return item;
    }

    /** The base change with its node spoilt by {@code spoil}. */
    ObjectNode spoiltNode(Consumer<ObjectNode> spoil) {
        ObjectNode item = create();
        spoil.accept((ObjectNode) item.get("node"));
        return item;
    }

    static void property(ObjectNode properties, String name, String type, String value) {
        properties.putObject(name).put("type", type).put("value", value);
    }

    static ObjectNode properties(ObjectNode node) {
        return (ObjectNode) node.get("properties");
    }

    /** {@code {"protocol": 1, "origin": …, "items": [...]}} */
    static String request(JsonNode... items) {
        ObjectNode request = JSON.createObjectNode().put("protocol", 1).put("origin", SENDER);
        ArrayNode list = request.putArray("items");
        for (JsonNode item : items) {
            list.add(item);
        }
        return request.toString();
    }
}
