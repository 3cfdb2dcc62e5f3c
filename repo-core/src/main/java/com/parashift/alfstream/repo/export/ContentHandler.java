package com.parashift.alfstream.repo.export;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.http.Names;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.RepositoryPort;

import java.io.IOException;
import java.io.InputStream;

/** {@code GET content/{uuid}}: a node's content as a stream, with its SHA-256 in a header. */
public class ContentHandler {

    /** An open content stream and what it is; the caller copies the stream to the response and closes it. */
    public record Content(ContentDescriptor descriptor, InputStream stream) {
    }

    private final RepositoryPort repository;

    public ContentHandler(RepositoryPort repository) {
        this.repository = repository;
    }

    public Content open(String uuid) throws IOException {
        Names.checkUuid(uuid);
        ContentDescriptor descriptor = repository.read(uuid)
                .orElseThrow(() -> SyncException.notFound("no node " + uuid))
                .content();
        if (descriptor == null) {
            throw SyncException.notFound("node " + uuid + " has no content");
        }
        return new Content(descriptor.withoutInline(), repository.openContent(uuid));
    }
}
