package com.parashift.alfstream.engine.agent;

import com.parashift.alfstream.engine.client.RepositoryClient;
import com.parashift.alfstream.engine.verify.Difference;
import com.parashift.alfstream.engine.verify.TreeRepair;
import com.parashift.alfstream.engine.verify.TreeVerifier;
import com.parashift.alfstream.engine.verify.Verification;
import com.parashift.alfstream.engine.verify.VerifyReport;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code alfstream:verify} and {@code --repair} between two reference repositories, A syncing to B: what a user
 * did while sync was stopped, and what B did on its own, found and brought into line by the sync's rules.
 */
class VerifyRepairTest {

    private static final String PATH = "/Company Home/Projects";

    @RegisterExtension
    final AgentSite site = new AgentSite();
    private RepositoryClient a;
    private RepositoryClient b;

    @BeforeEach
    void start() throws Exception {
        site.start(Map.of());
        a = site.client(site.settings.local());
        b = site.client(site.settings.remote());
    }

    @Test
    void beginSyncingAgainAfterStopBringsDeletesRenamesAndEditsMadeWhileStopped() throws IOException {
        String folder = site.syncedFolder("Projects");
        LocalEdits edit = site.a.repository().edit();
        String plans = edit.createFolder(folder, "Plans");
        String plan = edit.createFile(plans, "plan.txt", bytes("plan"));
        String gone = edit.createFile(folder, "gone.txt", bytes("soon deleted"));
        String renamed = edit.createFile(folder, "draft.txt", bytes("draft"));
        String edited = edit.createFile(folder, "notes.txt", bytes("first notes"));
        site.agent.poll();
        Verification synced = verify();
        assertTrue(synced.identical(), VerifyReport.text(synced, null));
        assertEquals(6, synced.sourceNodes());
        assertEquals(6, synced.targetNodes());

        edit.stopSync(folder);
        edit.delete(gone);
        edit.delete(plans);
        edit.rename(renamed, "final.txt");
        edit.updateContent(edited, bytes("notes edited while stopped"));
        edit.beginSync(folder);
        site.agent.poll();

        Verification after = verify();
        assertTrue(after.identical(), VerifyReport.text(after, null));
        ReferenceRepository onB = site.b.repository();
        assertFalse(onB.read(gone).isPresent(), "deleted while stopped, gone from B too");
        assertFalse(onB.read(plans).isPresent());
        assertFalse(onB.read(plan).isPresent());
        assertEquals("final.txt", onB.read(renamed).orElseThrow().name());
        assertArrayEquals(bytes("notes edited while stopped"), content(onB, edited));
    }

    @Test
    void repairDeletesOnBWhatAStoppedFolderLostAndListsWhatItCannotResend() throws IOException {
        String folder = site.syncedFolder("Projects");
        LocalEdits edit = site.a.repository().edit();
        String gone = edit.createFile(folder, "gone.txt", bytes("soon deleted"));
        String kept = edit.createFile(folder, "kept.txt", bytes("v1"));
        site.agent.poll();
        edit.stopSync(folder);
        edit.delete(gone);
        edit.updateContent(kept, bytes("v2, while stopped"));
        site.agent.poll();

        Verification found = verify();
        String report = VerifyReport.text(found, null);
        assertEquals(Set.of(gone), uuidsOf(found, Difference.Kind.ONLY_ON_TARGET), report);
        assertEquals(Set.of(kept), uuidsOf(found, Difference.Kind.CONTENT), report);
        assertTrue(report.contains("gone.txt") && report.contains("only on the target"), report);
        assertTrue(report.contains("run alfstream:verify --repair"), report);

        TreeRepair.Result repaired = new TreeRepair(a, b, site.clock).repair(found);
        String text = VerifyReport.text(found, repaired);
        assertEquals(1, repaired.deleted(), text);
        assertEquals(0, repaired.resent(), text);
        assertTrue(text.contains(kept + ": not resent: its sync state here is Inactive, not Active"), text);
        assertFalse(site.b.repository().read(gone).isPresent());
    }

    @Test
    void whatBLostIsResentAndWhatBMadeOrChangedItselfIsLeftAndReported() throws IOException {
        String folder = site.syncedFolder("Projects");
        LocalEdits onA = site.a.repository().edit();
        String lost = onA.createFile(folder, "lost.txt", bytes("as on A"));
        String theirs = onA.createFile(folder, "theirs.txt", bytes("as on A"));
        site.agent.poll();
        // on B: a file deleted while B's folder was stopped; then an edit and a new file of B's own
        LocalEdits onB = site.b.repository().edit();
        onB.stopSync(folder);
        onB.delete(lost);
        onB.beginSync(folder);
        onB.updateContent(theirs, bytes("B's own edit"));
        onB.setProperty(theirs, "cm:title", com.parashift.alfstream.protocol.PropertyValue.of("d:text", "B's title"));
        String madeOnB = onB.createFile(folder, "made-on-B.txt", bytes("B's file"));

        Verification found = verify();
        String before = VerifyReport.text(found, null);
        assertEquals(Set.of(lost), uuidsOf(found, Difference.Kind.MISSING_ON_TARGET), before);
        assertEquals(Set.of(theirs), uuidsOf(found, Difference.Kind.CONTENT), before);
        assertEquals(Set.of(madeOnB), uuidsOf(found, Difference.Kind.ONLY_ON_TARGET), before);
        assertTrue(before.contains("cm:title (none) / B's title"), before);

        TreeRepair.Result repaired = new TreeRepair(a, b, site.clock).repair(found);
        String text = VerifyReport.text(found, repaired);
        assertEquals(1, repaired.resent(), text);
        assertEquals(0, repaired.deleted(), text);
        assertTrue(text.contains("made-on-B.txt: made or changed on the target (B)"), text);
        assertTrue(text.contains("theirs.txt: newer on the target"), text);
        site.agent.poll();

        ReferenceRepository b = site.b.repository();
        assertArrayEquals(bytes("as on A"), content(b, lost), "the file B lost is back");
        assertArrayEquals(bytes("B's own edit"), content(b, theirs), "B's edit is kept");
        assertArrayEquals(bytes("B's file"), content(b, madeOnB), "B's file is kept");
        Verification later = verify();
        assertEquals(Set.of(theirs, madeOnB), later.differences().stream().map(Difference::uuid)
                .collect(Collectors.toSet()), VerifyReport.text(later, null));
    }

    @Test
    void aPathThatIsNotSyncedIsRefusedWithItsCause() {
        site.a.repository().edit().createFolder(site.a.repository().rootUuid(), "Plain");
        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> new TreeVerifier(a, b).verify("/Company Home/Plain"));
        assertTrue(refused.getMessage().contains("is not inside a synced folder"), refused.getMessage());
    }

    private Verification verify() {
        return new TreeVerifier(a, b).verify(PATH);
    }

    private static Set<String> uuidsOf(Verification v, Difference.Kind kind) {
        return v.differences().stream().filter(d -> d.kind() == kind).map(Difference::uuid).collect(Collectors.toSet());
    }

    private static byte[] content(ReferenceRepository repository, String uuid) throws IOException {
        try (InputStream in = repository.openContent(uuid)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
