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
        List<Association> associations) {

    /** Path of this node: parent path plus name. */
    public String path() {
        return ("/".equals(parentPath) ? "" : parentPath) + "/" + name;
    }
}
