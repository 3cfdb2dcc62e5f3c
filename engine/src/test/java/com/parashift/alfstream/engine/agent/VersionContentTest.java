package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versions too large to ride inline in a change travel as streams, like live content: the agent stages each
 * version's bytes from A's content endpoint ({@code ?version=}) before the apply, so B recreates the whole history.
 */
class VersionContentTest {

    private static final int LARGE = SnapshotExporter.DEFAULT_INLINE_LIMIT * 2 + 17;

    @RegisterExtension
    final AgentSite site = new AgentSite();

    @Test
    void aHistoryOfLargeVersionsArrivesWholeOnB() throws IOException {
        String folder = site.syncedFolder("Large versions");
        LocalEdits edit = site.a.repository().edit();
        String doc = edit.createFile(folder, "drawing.bin", large('1'));
        edit.createVersion(doc, true, null);
        edit.updateContentVersioned(doc, large('2'), false, "second");
        edit.updateContentVersioned(doc, large('3'), true, "third");

        site.start(Map.of()).poll();

        ReferenceRepository a = site.a.repository();
        ReferenceRepository b = site.b.repository();
        assertTrue(b.read(doc).isPresent(), "the document on B");
        assertEquals(List.of("1.0", "1.1", "2.0"), labels(b, doc));
        for (String label : labels(a, doc)) {
            assertArrayEquals(bytes(a, doc, label), bytes(b, doc, label), "the bytes of version " + label);
        }
        assertArrayEquals(large('1'), bytes(b, doc, "1.0"), "the first version is not the live content");
        assertTrue(site.store.waiting().isEmpty() && site.store.errorQueue().isEmpty(), "nothing failed");
    }

    private static byte[] large(char fill) {
        byte[] bytes = new byte[LARGE];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    private static List<String> labels(ReferenceRepository repo, String doc) {
        return repo.read(doc).orElseThrow().versions().stream().map(VersionSnapshot::label).toList();
    }

    private static byte[] bytes(ReferenceRepository repo, String doc, String label) throws IOException {
        try (InputStream in = repo.openVersionContent(doc, label)) {
            return in.readAllBytes();
        }
    }
}
