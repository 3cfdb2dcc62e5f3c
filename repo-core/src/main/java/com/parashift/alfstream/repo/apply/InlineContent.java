package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.ContentSource;

import java.io.ByteArrayInputStream;
import java.util.Base64;

/** Content that rides inline in a change: decoded and checked against its SHA-256 and size before it is used. */
final class InlineContent {

    private InlineContent() {
    }

    static ContentSource verified(ContentDescriptor content) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content.inline());
        } catch (IllegalArgumentException e) {
            throw SyncException.badRequest("content.inline is not base64: " + e.getMessage());
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(content.sha256()) || bytes.length != content.size()) {
            throw new SyncException(422, "checksum mismatch: expected SHA-256 " + content.sha256() + " ("
                    + content.size() + " bytes), received " + actual + " (" + bytes.length + " bytes)");
        }
        return () -> new ByteArrayInputStream(bytes);
    }
}
