package com.parashift.alfstream.testkit.contract;

import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.repo.port.SyncModel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the snapshots that the contract writes: a node as another repository sends it. */
final class SnapshotBuilder {

    private final String uuid;
    private String parentUuid;
    private String parentPath;
    private String name;
    private String type;
    private final List<String> aspects;
    private final Map<String, PropertyValue> properties;
    private ContentDescriptor content;
    private Permissions permissions;
    private List<Association> associations;

    private SnapshotBuilder(NodeSnapshot node) {
        uuid = node.uuid();
        parentUuid = node.parentUuid();
        parentPath = node.parentPath();
        name = node.name();
        type = node.type();
        aspects = new ArrayList<>(node.aspects());
        properties = new LinkedHashMap<>(node.properties());
        content = node.content();
        permissions = node.permissions();
        associations = new ArrayList<>(node.associations());
    }

    static SnapshotBuilder from(NodeSnapshot node) {
        return new SnapshotBuilder(node);
    }

    /** A new document of {@code type} with only its name set. */
    static SnapshotBuilder create(String uuid, NodeSnapshot parent, String name, String type) {
        Map<String, PropertyValue> properties = Map.of(SyncModel.PROP_NAME, PropertyValue.of("d:text", name));
        return new SnapshotBuilder(new NodeSnapshot(uuid, parent.uuid(), parent.path(), name, type, List.of(),
                properties, null, Permissions.INHERITED, List.of()));
    }

    SnapshotBuilder parent(NodeSnapshot parent) {
        parentUuid = parent.uuid();
        parentPath = parent.path();
        return this;
    }

    SnapshotBuilder name(String newName) {
        name = newName;
        properties.put(SyncModel.PROP_NAME, PropertyValue.of("d:text", newName));
        return this;
    }

    SnapshotBuilder text(String property, String value) {
        properties.put(property, PropertyValue.of("d:text", value));
        return this;
    }

    SnapshotBuilder property(String property, PropertyValue value) {
        properties.put(property, value);
        return this;
    }

    SnapshotBuilder without(String propertyOrAspect) {
        properties.remove(propertyOrAspect);
        aspects.remove(propertyOrAspect);
        return this;
    }

    SnapshotBuilder aspect(String aspect) {
        aspects.add(aspect);
        return this;
    }

    /** Content described by these bytes. */
    SnapshotBuilder content(byte[] bytes, String mimetype) {
        content = new ContentDescriptor(bytes.length, mimetype, "UTF-8", sha256(bytes), null);
        return this;
    }

    SnapshotBuilder permissions(Permissions value) {
        permissions = value;
        return this;
    }

    SnapshotBuilder association(String assocType, String target) {
        associations.add(new Association(assocType, target));
        return this;
    }

    NodeSnapshot build() {
        return new NodeSnapshot(uuid, parentUuid, parentPath, name, type, List.copyOf(aspects),
                new LinkedHashMap<>(properties), content, permissions, List.copyOf(associations));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
