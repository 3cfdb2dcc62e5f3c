package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A node of the reference repository. Mutable; guarded by the repository's lock. */
final class Node {

    final String uuid;
    String parent;
    String name;
    String type;
    final TreeSet<String> aspects = new TreeSet<>();
    final Map<String, PropertyValue> properties = new LinkedHashMap<>();
    ContentDescriptor content;
    Permissions permissions = Permissions.INHERITED;
    List<Association> associations = new ArrayList<>();
    /** The version history, oldest first. */
    final List<VersionSnapshot> versions = new ArrayList<>();

    Node(String uuid, String parent, String name, String type) {
        this.uuid = uuid;
        this.parent = parent;
        this.name = name;
        this.type = type;
    }

    Node copy() {
        Node copy = new Node(uuid, parent, name, type);
        copy.aspects.addAll(aspects);
        copy.properties.putAll(properties);
        copy.content = content;
        copy.permissions = permissions;
        copy.associations = new ArrayList<>(associations);
        copy.versions.addAll(versions);
        return copy;
    }

    /** Under sync and Active: its changes are journaled. */
    boolean isSyncActive() {
        PropertyValue state = properties.get(SyncModel.PROP_SYNC_STATE);
        return aspects.contains(SyncModel.ASPECT_SYNC) && state != null
                && SyncState.Active.name().equals(state.value());
    }
}
