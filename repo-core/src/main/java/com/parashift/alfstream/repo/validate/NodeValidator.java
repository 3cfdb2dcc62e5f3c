package com.parashift.alfstream.repo.validate;

import com.parashift.alfstream.protocol.Association;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.port.DictionaryPort;
import com.parashift.alfstream.repo.port.SyncModel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a node snapshot: names and ids by pattern, type, aspects, properties and associations against this
 * repository's dictionary, each value against its data type, sizes against {@link Limits}. The sync model's own
 * bookkeeping ({@code alfs:}) and system properties ({@code sys:}, but for the hidden aspect) never come from the
 * wire.
 */
final class NodeValidator {

    private static final int MAX_PATH_CHARS = 8_192;
    private static final java.util.Set<String> TEXTS = java.util.Set.of("d:text", "d:mltext");

    private final DictionaryPort dictionary;
    private final Limits limits;

    NodeValidator(DictionaryPort dictionary, Limits limits) {
        this.dictionary = dictionary;
        this.limits = limits;
    }

    void check(String uuid, NodeSnapshot node) {
        if (!uuid.equals(node.uuid())) {
            throw Refusal.of("node.uuid", "'" + Names.abbreviate(node.uuid()) + "' differs from uuid " + uuid);
        }
        if (node.parentUuid() != null) {
            Refusal.field("node.parentUuid", Names::checkUuid, node.parentUuid());
            if (node.parentUuid().equals(uuid)) {
                throw Refusal.of("node.parentUuid", "a node cannot be its own parent");
            }
        }
        if (node.parentPath() != null) {
            checkPath(node.parentPath());
        }
        Refusal.field("node.name", Names::checkNodeName, node.name());
        String type = Refusal.field("node.type", Names::checkQName, Refusal.required("node.type", node.type()));
        notBookkeeping("node.type", type);
        if (!dictionary.isType(type)) {
            throw Refusal.of("node.type", "'" + type + "' is not a type here");
        }
        checkAspects(node.aspects());
        checkProperties(node.properties());
        checkContent("node.content", node.content());
        checkVersions(node.versions());
        checkPermissions(node.permissions());
        checkAssociations(node.associations());
        if (node.homeOwner() != null) {
            Refusal.field("node.homeOwner", Names::checkUserName, node.homeOwner());
        }
        if (node.parentHomeOwner() != null) {
            Refusal.field("node.parentHomeOwner", Names::checkUserName, node.parentHomeOwner());
        }
    }

    private static void checkPath(String path) {
        Limits.atMost("node.parentPath", path.length(), MAX_PATH_CHARS);
        if (!path.startsWith("/")) {
            throw Refusal.of("node.parentPath", "'" + Names.abbreviate(path) + "' does not start with /");
        }
        if (path.equals("/")) {
            return;
        }
        for (String element : path.substring(1).split("/", -1)) {
            Refusal.field("node.parentPath", Names::checkNodeName, element);
        }
    }

    private void checkAspects(List<String> aspects) {
        if (aspects == null) {
            return;
        }
        Limits.atMost("node.aspects", aspects.size(), limits.maxAspects());
        for (int i = 0; i < aspects.size(); i++) {
            String field = "node.aspects[" + i + "]";
            String aspect = Refusal.field(field, Names::checkQName, Refusal.required(field, aspects.get(i)));
            notBookkeeping(field, aspect);
            if (!dictionary.isAspect(aspect)) {
                throw Refusal.of(field, "'" + aspect + "' is not an aspect here");
            }
        }
    }

    private void checkProperties(Map<String, PropertyValue> properties) {
        if (properties == null) {
            return;
        }
        Limits.atMost("node.properties", properties.size(), limits.maxProperties());
        for (Map.Entry<String, PropertyValue> property : properties.entrySet()) {
            String name = Refusal.field("node.properties", Names::checkQName, property.getKey());
            String field = "node.properties." + name;
            notBookkeeping(field, name);
            String declared = dictionary.propertyType(name)
                    .orElseThrow(() -> Refusal.of(field, "'" + name + "' is not a property here"));
            checkValue(field, declared, Refusal.required(field, property.getValue()));
        }
    }

    private void checkValue(String field, String declared, PropertyValue value) {
        if (value.type() != null && !compatible(value.type(), declared)) {
            throw Refusal.of(field, "type '" + Names.abbreviate(value.type()) + "' differs from " + declared
                    + " declared here");
        }
        if (value.value() != null && value.values() != null) {
            throw Refusal.of(field, "carries both value and values");
        }
        List<String> values = value.values() != null ? value.values()
                : value.value() == null ? List.of() : List.of(value.value());
        Limits.atMost(field, values.size(), limits.maxValues());
        for (String text : values) {
            if (text == null) {
                throw Refusal.of(field, "a value is null");
            }
            Limits.atMost(field + " (characters)", text.length(), limits.maxValueChars());
            String problem = ValueCheck.problem(declared, text);
            if (problem != null) {
                throw Refusal.of(field, problem);
            }
        }
    }

    /** The wire's data type may differ from the declared one only as text and multilingual text do. */
    private static boolean compatible(String wire, String declared) {
        return wire.equals(declared) || declared.equals("d:any")
                || (TEXTS.contains(wire) && TEXTS.contains(declared));
    }

    private static void notBookkeeping(String field, String name) {
        if (SyncModel.isSyncModel(name)) {
            throw Refusal.of(field, "the sync model's bookkeeping (" + name + ") never travels");
        }
        if (SyncModel.isSystemOnly(name)) {
            throw Refusal.of(field, "the system model (" + name + ") never travels");
        }
    }

    private static void checkContent(String field, ContentDescriptor content) {
        if (content == null) {
            return;
        }
        if (content.size() < 0) {
            throw Refusal.of(field + ".size", "must be 0 or more, was " + content.size());
        }
        Refusal.field(field + ".sha256", Names::checkSha256, content.sha256());
        Refusal.field(field + ".mimetype", Names::checkMimetype, content.mimetype());
        if (content.encoding() != null) {
            Refusal.field(field + ".encoding", Names::checkEncoding, content.encoding());
        }
    }

    private static void checkVersions(List<VersionSnapshot> versions) {
        if (versions == null) {
            return;
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            String field = "node.versions[" + i + "]";
            VersionSnapshot version = Refusal.required(field, versions.get(i));
            String label = Refusal.field(field + ".label", Names::checkVersionLabel,
                    Refusal.required(field + ".label", version.label()));
            if (!labels.add(label)) {
                throw Refusal.of(field + ".label", label + " appears twice in the history");
            }
            checkContent(field + ".content", version.content());
        }
    }

    private void checkPermissions(Permissions permissions) {
        if (permissions == null || permissions.entries() == null) {
            return;
        }
        List<Permissions.AccessEntry> entries = permissions.entries();
        Limits.atMost("node.permissions.entries", entries.size(), limits.maxEntries());
        for (int i = 0; i < entries.size(); i++) {
            String field = "node.permissions.entries[" + i + "]";
            Permissions.AccessEntry entry = Refusal.required(field, entries.get(i));
            String authority = Refusal.required(field + ".authority", entry.authority());
            if (authority.startsWith("GROUP_")) {
                Refusal.field(field + ".authority", Names::checkGroupName, authority);
            } else if (authority.startsWith("ROLE_")) {
                Refusal.field(field + ".authority", Names::checkPermission, authority);
            } else {
                Refusal.field(field + ".authority", Names::checkUserName, authority);
            }
            Refusal.field(field + ".permission", Names::checkPermission, entry.permission());
        }
    }

    private void checkAssociations(List<Association> associations) {
        if (associations == null) {
            return;
        }
        Limits.atMost("node.associations", associations.size(), limits.maxAssociations());
        for (int i = 0; i < associations.size(); i++) {
            String field = "node.associations[" + i + "]";
            Association association = Refusal.required(field, associations.get(i));
            String type = Refusal.field(field + ".type", Names::checkQName, association.type());
            if (!dictionary.isAssociation(type)) {
                throw Refusal.of(field + ".type", "'" + type + "' is not an association here");
            }
            Refusal.field(field + ".targetUuid", Names::checkUuid, association.targetUuid());
        }
    }
}
