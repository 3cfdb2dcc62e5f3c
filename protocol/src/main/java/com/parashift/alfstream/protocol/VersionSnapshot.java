package com.parashift.alfstream.protocol;

/**
 * One version of a node's version history as it travels. The receiver recreates it as the same version: same
 * label, type, comment, creator, date and content.
 *
 * @param label   the version label ({@code 1.0}, {@code 1.1}, {@code 2.0})
 * @param type    {@code MAJOR} or {@code MINOR}
 * @param comment the version comment, {@code null} for none
 * @param creator who made the version (Alfresco: the frozen {@code cm:modifier})
 * @param created when the version was made, ISO-8601 (Alfresco: the frozen {@code cm:modified})
 * @param origin  the instance id where the version was first made
 * @param content that version's content: SHA-256, size, mimetype, encoding, and the bytes inline when small;
 *                {@code null} for a version without content
 */
public record VersionSnapshot(String label, String type, String comment, String creator, String created,
                              String origin, ContentDescriptor content) {

    /** The same version with other content (for example without its inline bytes). */
    public VersionSnapshot withContent(ContentDescriptor newContent) {
        return new VersionSnapshot(label, type, comment, creator, created, origin, newContent);
    }
}
