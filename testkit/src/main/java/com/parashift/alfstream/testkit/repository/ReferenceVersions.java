package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;
import com.parashift.alfstream.repo.version.VersionPlan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

/**
 * Version histories of the reference repository, stored the way Alfresco's version store keeps them: each version
 * frozen with its label, type, comment, creator, date and content; labels numbered as Alfresco's serial label
 * policy numbers them; the live {@code cm:versionLabel} naming the head. Storage only: which versions to make is
 * decided by the shared rules of {@code repo-core}.
 */
final class ReferenceVersions {

    static final String PROP_VERSION_LABEL = "cm:versionLabel";
    static final String ASPECT_VERSIONABLE = "cm:versionable";

    private final BiFunction<InputStream, ContentDescriptor, ContentDescriptor> store;

    /** @param store writes bytes to the content store, described like the given descriptor */
    ReferenceVersions(BiFunction<InputStream, ContentDescriptor, ContentDescriptor> store) {
        this.store = store;
    }

    /** Applies a plan made by the shared rules; the versions keep the creator and date they travelled with. */
    void apply(Node node, VersionPlan plan, String origin) {
        node.versions.removeIf(v -> plan.delete().contains(v.label()));
        for (VersionPlan.NewVersion wanted : plan.create()) {
            VersionSnapshot version = wanted.version();
            ContentDescriptor content = wanted.content() == null ? node.content : stored(wanted, node.uuid);
            String label = wanted.label() != null ? wanted.label() : nextLabel(node, version.type());
            node.versions.add(new VersionSnapshot(label, version.type(), version.comment(), version.creator(),
                    version.created(), version.origin() == null ? origin : version.origin(), content));
        }
        headLabel(node);
    }

    /** A user makes a version of the node as it is now (Alfresco: VersionService.createVersion). */
    void create(Node node, boolean major, String comment, String creator, String created, String here) {
        node.aspects.add(ASPECT_VERSIONABLE);
        String type = major ? "MAJOR" : "MINOR";
        node.versions.add(new VersionSnapshot(nextLabel(node, type), type, comment, creator, created, here,
                node.content));
        headLabel(node);
    }

    /** Deletes a version; deleting the head reverts the live content to the new head, as Alfresco does. */
    void delete(Node node, String label) {
        if (!node.versions.removeIf(v -> v.label().equals(label))) {
            throw SyncException.notFound("node " + node.uuid + " has no version " + label);
        }
        if (!node.versions.isEmpty() && !label.equals(node.properties.get(PROP_VERSION_LABEL).value())) {
            return;
        }
        if (!node.versions.isEmpty()) {
            node.content = node.versions.get(node.versions.size() - 1).content();
        }
        headLabel(node);
    }

    /** The live content becomes that of a version (Alfresco: VersionService.revert); no version is made. */
    void revert(Node node, String label) {
        node.content = find(node, label).content();
    }

    static VersionSnapshot find(Node node, String label) {
        return node.versions.stream().filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow(() -> SyncException.notFound("node " + node.uuid + " has no version " + label));
    }

    private ContentDescriptor stored(VersionPlan.NewVersion wanted, String uuid) {
        ContentDescriptor expected = wanted.version().content();
        ContentDescriptor written;
        try (InputStream in = wanted.content().open()) {
            written = store.apply(in, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("reading version " + wanted.version().label() + " of " + uuid + " failed", e);
        }
        if (!written.sha256().equals(expected.sha256())) {
            throw new SyncException(422, "checksum mismatch in version " + wanted.version().label() + " of " + uuid
                    + ": expected SHA-256 " + expected.sha256() + ", wrote " + written.sha256());
        }
        return written;
    }

    /** Alfresco's serial label policy: a minor version increments the minor number, a major one the major. */
    private static String nextLabel(Node node, String type) {
        if (node.versions.isEmpty()) {
            return "MAJOR".equals(type) ? "1.0" : "0.1";
        }
        String[] head = node.versions.get(node.versions.size() - 1).label().split("\\.");
        int major = Integer.parseInt(head[0]);
        int minor = Integer.parseInt(head[1]);
        return "MAJOR".equals(type) ? (major + 1) + ".0" : major + "." + (minor + 1);
    }

    private static void headLabel(Node node) {
        if (node.versions.isEmpty()) {
            node.properties.remove(PROP_VERSION_LABEL);
        } else {
            node.properties.put(PROP_VERSION_LABEL,
                    PropertyValue.of("d:text", node.versions.get(node.versions.size() - 1).label()));
        }
    }
}
