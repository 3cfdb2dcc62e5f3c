package com.parashift.alfstream.protocol;

import java.util.List;
import java.util.Map;

/**
 * A node as it travels whole: a sync that drops any part of it yields a node that looks right and is broken.
 *
 * @param uuid         the node UUID, kept on every instance
 * @param parentUuid   the primary parent's UUID
 * @param parentPath   the primary parent's display path (names from the root), used where the parent UUID is
 *                     unknown on the target (the top of a synced tree)
 * @param name         the node name ({@code cm:name})
 * @param type         the node type, prefixed ({@code cm:folder})
 * @param aspects      the aspects, prefixed
 * @param properties   the properties by prefixed name, typed
 * @param content      the content descriptor, {@code null} for a node without content
 * @param permissions  the inheritance flag and the locally set entries
 * @param associations peer associations to other nodes
 * @param homeOwner       set when the node is a user's home folder (My Files): the user's name. Home folders are
 *                        created per repository, so the target maps this node to the same user's home there
 * @param parentHomeOwner set when the parent is a user's home folder: the user's name, so the target puts the
 *                        node into that user's home whatever its UUID and path are there
 * @param versions        the version history here, oldest first; {@code null} when the sender does not send
 *                        histories (a peer older than version histories), empty for a node without one
 */
public record NodeSnapshot(
        String uuid,
        String parentUuid,
        String parentPath,
        String name,
        String type,
        List<String> aspects,
        Map<String, PropertyValue> properties,
        ContentDescriptor content,
        Permissions permissions,
        List<Association> associations,
        String homeOwner,
        String parentHomeOwner,
        List<VersionSnapshot> versions) {

    /** A node as a sender without version histories describes it. */
    public NodeSnapshot(String uuid, String parentUuid, String parentPath, String name, String type,
                        List<String> aspects, Map<String, PropertyValue> properties, ContentDescriptor content,
                        Permissions permissions, List<Association> associations, String homeOwner,
                        String parentHomeOwner) {
        this(uuid, parentUuid, parentPath, name, type, aspects, properties, content, permissions, associations,
                homeOwner, parentHomeOwner, null);
    }

    /** A node that is no user's home folder and whose parent is none either. */
    public NodeSnapshot(String uuid, String parentUuid, String parentPath, String name, String type,
                        List<String> aspects, Map<String, PropertyValue> properties, ContentDescriptor content,
                        Permissions permissions, List<Association> associations) {
        this(uuid, parentUuid, parentPath, name, type, aspects, properties, content, permissions, associations,
                null, null);
    }

    /** The same node under another parent UUID (the parent as resolved on the target). */
    public NodeSnapshot withParentUuid(String parent) {
        return new NodeSnapshot(uuid, parent, parentPath, name, type, aspects, properties, content, permissions,
                associations, homeOwner, parentHomeOwner, versions);
    }

    /** The same node with other content (for example without its inline bytes). */
    public NodeSnapshot withContent(ContentDescriptor newContent) {
        return new NodeSnapshot(uuid, parentUuid, parentPath, name, type, aspects, properties, newContent,
                permissions, associations, homeOwner, parentHomeOwner, versions);
    }

    /** The same node with other aspects and properties. */
    public NodeSnapshot withAspectsAndProperties(List<String> newAspects, Map<String, PropertyValue> newProperties) {
        return new NodeSnapshot(uuid, parentUuid, parentPath, name, type, newAspects, newProperties, content,
                permissions, associations, homeOwner, parentHomeOwner, versions);
    }

    /** The same node with another version history. */
    public NodeSnapshot withVersions(List<VersionSnapshot> newVersions) {
        return new NodeSnapshot(uuid, parentUuid, parentPath, name, type, aspects, properties, content,
                permissions, associations, homeOwner, parentHomeOwner, newVersions);
    }

    /** The same node with no inline bytes, neither in its content nor in its versions'. */
    public NodeSnapshot withoutInline() {
        return withContent(content == null ? null : content.withoutInline()).withVersions(versions == null ? null
                : versions.stream().map(v -> v.content() == null ? v : v.withContent(v.content().withoutInline()))
                        .toList());
    }

    /** Path of this node: parent path plus name. */
    public String path() {
        return ("/".equals(parentPath) ? "" : parentPath) + "/" + name;
    }
}
