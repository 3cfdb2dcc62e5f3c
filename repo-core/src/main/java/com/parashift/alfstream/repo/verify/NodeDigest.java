package com.parashift.alfstream.repo.verify;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.repo.port.SyncModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest {@code alfstream:verify} compares: the SHA-256 of what of a node travels besides its place, type and
 * content, in a canonical order, leaving out what each repository keeps for itself, as the changes leave it out
 * ({@link SnapshotExporter#withoutSyncModel}), and what Alfresco sets by itself on each side, whose change alone is
 * no change ({@link SyncModel#isNotAChange}: a folder's {@code cm:modified} moves when a child is deleted there).
 */
public final class NodeDigest {

    private NodeDigest() {
    }

    public static String of(NodeSnapshot read) {
        return Sha256.hex(Sha256.digest().digest(Json.bytes(canonical(read))));
    }

    /** What the digest is made of, in its order. */
    public static Map<String, Object> canonical(NodeSnapshot read) {
        NodeSnapshot node = SnapshotExporter.withoutSyncModel(read);
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("aspects", node.aspects().stream().sorted().toList());
        Map<String, PropertyValue> properties = new TreeMap<>(node.properties());
        properties.keySet().removeIf(SyncModel::isNotAChange);
        canonical.put("properties", properties);
        canonical.put("inherits", node.permissions() == null || node.permissions().inherit());
        canonical.put("permissions", node.permissions() == null ? List.of()
                : node.permissions().entries().stream().map(Object::toString).sorted().toList());
        canonical.put("associations", node.associations() == null ? List.of()
                : node.associations().stream().map(Object::toString).sorted().toList());
        canonical.put("home", node.homeOwner());
        canonical.put("content", node.content() == null ? null
                : node.content().mimetype() + " " + node.content().encoding() + " " + node.content().size());
        List<String> versions = new ArrayList<>();
        if (node.versions() != null) {
            for (VersionSnapshot version : node.versions()) {
                versions.add(version.label() + " " + (version.content() == null ? "-" : version.content().sha256()));
            }
        }
        canonical.put("versions", versions);
        return canonical;
    }
}
