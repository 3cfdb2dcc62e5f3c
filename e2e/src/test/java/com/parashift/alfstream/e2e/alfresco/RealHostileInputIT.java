package com.parashift.alfstream.e2e.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.parashift.alfstream.testkit.alfresco.AlfrescoRest;
import com.parashift.alfstream.testkit.alfresco.AlfrescoServer;
import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import com.parashift.alfstream.testkit.hostile.HostileFixture;
import com.parashift.alfstream.testkit.hostile.HostileInputSuite;
import com.parashift.alfstream.testkit.hostile.Seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hostile-input suite against the repository AMP in real Alfresco: every malformed or malicious request is a
 * 4xx naming its cause, and leaves what it aimed at (the system folders, the synced and the private trees, the
 * groups, the journal, the staging area) as it was. The engine's account is a member of ALFSTREAM_SYNC, not an
 * administrator.
 */
class RealHostileInputIT extends HostileInputSuite {

    private static final String USER = "hostile-engine";
    private static final String PASSWORD = "Hostile-Pass-9";

    @Override
    protected HostileFixture createFixture(Path directory) {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        AlfrescoServer server = RealAlfresco.instance(RealJournalingIT.INSTANCE);
        AlfrescoRest admin = AlfrescoRest.admin(server);
        AlfrescoUserActions.ensureSyncGroup(admin);
        if (!admin.personExists(USER)) {
            admin.createPerson(USER, PASSWORD);
            admin.addMember(AlfrescoUserActions.SYNC_GROUP, USER, "PERSON");
        }
        return new Fixture(server, admin, seed(server, admin));
    }

    private static Seed seed(AlfrescoServer server, AlfrescoRest admin) {
        String root = admin.node("-root-").get("id").asText();
        String projects = admin.idByPath("Projects");
        if (projects == null) {
            projects = admin.createFolder(root, "Projects");
            admin.upload(projects, "plan.txt", "the plan".getBytes(StandardCharsets.UTF_8));
            String priv = admin.createFolder(root, "Private");
            admin.upload(priv, "secret.txt", "secret".getBytes(StandardCharsets.UTF_8));
            admin.createPerson("hostile-alice", "Alice-Pass-3");
            admin.createGroup("hostile-sales", "Sales");
            admin.createGroup("hostile-team", "Team");
            admin.addMember("hostile-sales", "GROUP_hostile-team", "GROUP");
            admin.addMember("hostile-team", "hostile-alice", "PERSON");
            AlfrescoUserActions.asAdmin(server).beginSync(projects);
        }
        String plan = admin.childId(projects, "plan.txt");
        String priv = admin.idByPath("Private");
        return new Seed(admin.syncStatus().get("instanceId").asText(), root, admin.idByPath("Sites"),
                admin.idByPath("Sites/surf-config"), admin.idByPath("Data Dictionary"), admin.idByPath("User Homes"),
                admin.idByPath("User Homes/hostile-alice"), "hostile-alice", projects, plan,
                admin.contentSha256(plan), priv, admin.childId(priv, "secret.txt"), "GROUP_hostile-sales",
                "GROUP_hostile-team");
    }

    private record Fixture(AlfrescoServer server, AlfrescoRest admin, Seed seed) implements HostileFixture {

        @Override
        public URI url() {
            return URI.create(server.url());
        }

        @Override
        public String user() {
            return USER;
        }

        @Override
        public String password() {
            return PASSWORD;
        }

        /**
         * What the cases aim at: the system folders' children, the synced and private trees whole, the seeded
         * user's home, the groups, the journal's high-water mark and the staging area's files.
         */
        @Override
        public String snapshot() {
            List<String> state = new ArrayList<>();
            for (String folder : List.of(seed.companyHome(), seed.sites(), seed.dataDictionary(), seed.userHomes())) {
                state.add(folder + " " + childNames(folder));
            }
            state.add(RealTree.describe(admin, seed.syncedFolder()).toString());
            state.add(RealTree.describe(admin, seed.privateFolder()).toString());
            state.add(RealTree.describe(admin, seed.userHome()).toString());
            state.add(RealTree.describe(admin, seed.surfConfig()).toString());
            state.add(admin.members("hostile-sales") + " " + admin.members("hostile-team"));
            state.add(String.valueOf(admin.syncStatus().get("journalHigh").asLong()));
            state.add(stagedFiles());
            return String.join("\n", state);
        }

        private List<String> childNames(String folder) {
            List<String> names = new ArrayList<>();
            for (JsonNode child : admin.children(folder)) {
                names.add(child.get("name").asText() + "=" + child.get("id").asText());
            }
            return names.stream().sorted().toList();
        }

        private String stagedFiles() {
            Path staging = server.home().resolve("alf_data/alfstream-sync/staging");
            if (!Files.exists(staging)) {
                return "[]";
            }
            try (Stream<Path> files = Files.walk(staging)) {
                return files.filter(Files::isRegularFile).map(f -> staging.relativize(f).toString()).sorted().toList()
                        .toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
