package com.parashift.alfstream.repo.export;

import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.port.RepositoryPort;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SnapshotExporterTest {

    private static final String UUID = "6f1c3e2a-93b4-4c1d-8f6e-0a2b3c4d5e6f";

    private final RepositoryPort repository = mock(RepositoryPort.class);

    @Test
    void leavesOutTheSyncModelsOwnAspectsAndProperties() {
        when(repository.read(UUID)).thenReturn(Optional.of(node(null, List.of("cm:titled", "alfs:sync", "cm:auditable"),
                Map.of("cm:title", text("Plan"), "alfs:syncState", text("Error"), "alfs:errorMessage", text("disk full"),
                        "alfs:origin", text("B"), "cm:name", text("plan.txt")))));

        NodeSnapshot exported = new SnapshotExporter(repository, 1024).export(UUID).orElseThrow();

        assertEquals(List.of("cm:titled", "cm:auditable"), exported.aspects());
        assertEquals(Map.of("cm:title", text("Plan"), "cm:name", text("plan.txt")), exported.properties());
        assertEquals("plan.txt", exported.name());
        assertEquals(Permissions.INHERITED, exported.permissions());
    }

    @Test
    void carriesContentInlineUpToTheLimit() throws IOException {
        byte[] bytes = "sixteen bytes!!!".getBytes(StandardCharsets.UTF_8);
        when(repository.read(UUID)).thenReturn(Optional.of(node(descriptor(bytes), List.of(), Map.of())));
        when(repository.openContent(UUID)).thenAnswer(i -> new ByteArrayInputStream(bytes));

        ContentDescriptor content = new SnapshotExporter(repository, bytes.length).export(UUID).orElseThrow().content();

        assertArrayEquals(bytes, Base64.getDecoder().decode(content.inline()));
        assertEquals(sha256(bytes), content.sha256());
        assertEquals(bytes.length, content.size());
    }

    @Test
    void largerContentTravelsAsAStreamAndIsNotRead() throws IOException {
        byte[] bytes = "seventeen bytes!!".getBytes(StandardCharsets.UTF_8);
        when(repository.read(UUID)).thenReturn(Optional.of(node(descriptor(bytes), List.of(), Map.of())));

        ContentDescriptor content = new SnapshotExporter(repository, bytes.length - 1).export(UUID).orElseThrow().content();

        assertNull(content.inline());
        assertEquals(sha256(bytes), content.sha256());
        verify(repository, never()).openContent(anyString());
    }

    @Test
    void contentThatGrewSinceItWasDescribedIsNotInlined() throws IOException {
        byte[] described = "short".getBytes(StandardCharsets.UTF_8);
        byte[] now = "longer now".getBytes(StandardCharsets.UTF_8);
        when(repository.read(UUID)).thenReturn(Optional.of(node(descriptor(described), List.of(), Map.of())));
        when(repository.openContent(UUID)).thenAnswer(i -> new ByteArrayInputStream(now));

        assertNull(new SnapshotExporter(repository, 1024).export(UUID).orElseThrow().content().inline());
    }

    @Test
    void contentReplacedBySameSizedBytesIsNotInlinedUnderTheOldChecksum() throws IOException {
        byte[] described = "version A".getBytes(StandardCharsets.UTF_8);
        byte[] now = "version B".getBytes(StandardCharsets.UTF_8);
        when(repository.read(UUID)).thenReturn(Optional.of(node(descriptor(described), List.of(), Map.of())));
        when(repository.openContent(UUID)).thenAnswer(i -> new ByteArrayInputStream(now));

        ContentDescriptor content = new SnapshotExporter(repository, 1024).export(UUID).orElseThrow().content();

        assertNull(content.inline(), "bytes that do not match the SHA-256 they travel under would fail at the target");
        assertEquals(sha256(described), content.sha256());
    }

    @Test
    void anInlineDescriptorFromTheRepositoryIsNeverPassedOnAboveTheLimit() {
        byte[] bytes = "0123456789".getBytes(StandardCharsets.UTF_8);
        ContentDescriptor withInline = new ContentDescriptor(bytes.length, "text/plain", "UTF-8", sha256(bytes),
                Base64.getEncoder().encodeToString(bytes));
        when(repository.read(UUID)).thenReturn(Optional.of(node(withInline, List.of(), Map.of())));

        assertNull(new SnapshotExporter(repository, 4).export(UUID).orElseThrow().content().inline());
    }

    @Test
    void aNodeThatIsGoneExportsNothing() {
        when(repository.read(UUID)).thenReturn(Optional.empty());

        assertTrue(new SnapshotExporter(repository, 1024).export(UUID).isEmpty());
    }

    @Test
    void refusesANegativeInlineLimit() {
        assertThrows(IllegalArgumentException.class, () -> new SnapshotExporter(repository, -1));
    }

    private static NodeSnapshot node(ContentDescriptor content, List<String> aspects, Map<String, PropertyValue> props) {
        return new NodeSnapshot(UUID, "parent-uuid", "/Company Home/Projects", "plan.txt", "cm:content", aspects,
                props, content, Permissions.INHERITED, List.of());
    }

    private static PropertyValue text(String value) {
        return PropertyValue.of("d:text", value);
    }

    private static ContentDescriptor descriptor(byte[] bytes) {
        return new ContentDescriptor(bytes.length, "text/plain", "UTF-8", sha256(bytes), null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
