package com.parashift.alfstream.protocol;

/**
 * What a node's content is. The bytes travel separately as a stream, except small content, which may ride
 * inline (base64) in the change itself.
 *
 * @param size     bytes
 * @param mimetype the mimetype
 * @param encoding the character encoding
 * @param sha256   SHA-256 of the bytes, lower-case hex; the receiver verifies it before it commits
 * @param inline   the bytes, base64, for small content only; otherwise {@code null}
 */
public record ContentDescriptor(long size, String mimetype, String encoding, String sha256, String inline) {

    public ContentDescriptor withoutInline() {
        return inline == null ? this : new ContentDescriptor(size, mimetype, encoding, sha256, null);
    }
}
