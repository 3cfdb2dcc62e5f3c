package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.ApplyResult;
import com.parashift.alfstream.protocol.ApplyResult.ItemResult;
import com.parashift.alfstream.protocol.ApplyResult.Outcome;
import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.protocol.Protocol;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Apply writes only inside trees under sync on the target, never system nodes; a refused item does not stop the rest. */
class ApplyScopeTest {

    @TempDir
    Path tmp;

    private ReferenceRepository b;
    private ApplyHandler apply;
    private String projects;
    private String privateFolder;
    private String dataDictionary;
    private String sites;

    @BeforeEach
    void aTargetWithASyncedFolderAndSystemFolders() throws IOException {
        b = new ReferenceRepository("B", tmp.resolve("b"));
        apply = new ApplyHandler(b, b.directory(), new StagingArea(tmp.resolve("staging"), Duration.ofHours(1)),
                ApplyListener.NONE, false);
        LocalEdits edit = b.edit();
        sites = edit.createFolder(b.rootUuid(), "Sites");
        dataDictionary = edit.createFolder(b.rootUuid(), "Data Dictionary");
        projects = edit.createFolder(b.rootUuid(), "Projects");
        edit.beginSync(projects);
        privateFolder = edit.createFolder(b.rootUuid(), "Private");
    }

    @Test
    void aDeleteOfCompanyHomeOrOfANodeNotUnderSyncIsRefusedAndTheRestOfTheBatchGoesOn() {
        String inProjects = b.edit().createFolder(projects, "old");
        ApplyResult result = send(delete(b.rootUuid()), delete(privateFolder), delete(sites), delete(inProjects));

        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.APPLIED), outcomes(result));
        assertTrue(result.items().get(0).message().startsWith("out of scope: /Company Home is the repository's root"),
                result.items().get(0).message());
        assertTrue(result.items().get(1).message().contains("/Company Home/Private is not inside a tree under sync"),
                result.items().get(1).message());
        assertTrue(result.items().get(2).message().contains("/Company Home/Sites is a system folder"));
        assertTrue(b.read(privateFolder).isPresent() && b.read(sites).isPresent() && b.read(b.rootUuid()).isPresent());
        assertTrue(b.read(inProjects).isEmpty(), "the delete inside the synced tree went on");
    }

    @Test
    void aNewSyncedTopArrivesByPathAnywhereButInDataDictionary() {
        ApplyResult result = send(folder("top-1", "11111111-0000-4000-8000-000000000001", "no-such-parent",
                        "/Company Home"),
                folder("evil", "11111111-0000-4000-8000-000000000002", dataDictionary, "/Company Home/Data Dictionary"),
                folder("site", "11111111-0000-4000-8000-000000000003", "no-such-parent", "/Company Home/Sites"));

        assertEquals(List.of(Outcome.APPLIED, Outcome.FAILED, Outcome.APPLIED), outcomes(result));
        assertTrue(result.items().get(1).message().contains("would be created in Data Dictionary"),
                result.items().get(1).message());
    }

    @Test
    void aNodeNotUnderSyncIsNeitherOverwrittenNorMovedIntoASyncedTree() {
        String secret = b.edit().createFolder(privateFolder, "secret");
        ApplyResult result = send(folder("secret", secret, projects, "/Company Home/Projects"));

        assertEquals(Outcome.FAILED, result.items().get(0).outcome());
        assertEquals(privateFolder, b.read(secret).orElseThrow().parentUuid());
    }

    @Test
    void builtInGroupsAreNeverWritten() {
        Change admins = new Change(1, ChangeKind.GROUP, "GROUP_ALFRESCO_ADMINISTRATORS", "A", 1, null,
                new GroupSnapshot("GROUP_ALFRESCO_ADMINISTRATORS", "admins", List.of()));
        ItemResult result = send(admins).items().get(0);
        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.message().contains("built-in groups"), result.message());
        assertTrue(b.directory().readGroup("GROUP_ALFRESCO_ADMINISTRATORS").isEmpty());
    }

    @Test
    void aGroupCannotBecomeAMemberOfItselfThroughANestedGroup() {
        b.directory().createGroup("GROUP_outer", "Outer");
        b.directory().createGroup("GROUP_inner", "Inner");
        b.directory().addMember("GROUP_outer", "GROUP_inner");
        Change cycle = new Change(1, ChangeKind.GROUP, "GROUP_inner", "A", 1, null,
                new GroupSnapshot("GROUP_inner", "Inner", List.of("GROUP_outer")));

        ItemResult result = send(cycle).items().get(0);

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.message().contains("cannot be a member of itself"), result.message());
        assertEquals(List.of(), b.directory().readGroup("GROUP_inner").orElseThrow().members());
    }

    private ApplyResult send(Change... items) {
        return apply.apply(new ApplyRequest(Protocol.VERSION, "A", List.of(items)));
    }

    private static Change delete(String uuid) {
        return new Change(1, ChangeKind.DELETE, uuid, "A", 1, null);
    }

    private static Change folder(String name, String uuid, String parentUuid, String parentPath) {
        NodeSnapshot node = new NodeSnapshot(uuid, parentUuid, parentPath, name, "cm:folder", List.of(),
                Map.of("cm:name", PropertyValue.of("d:text", name)), null, Permissions.INHERITED, List.of());
        return new Change(1, ChangeKind.CREATE, uuid, "A", 1, node);
    }

    private static List<Outcome> outcomes(ApplyResult result) {
        return result.items().stream().map(ItemResult::outcome).toList();
    }
}
