package com.parashift.alfstream.e2e.alfresco;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
         * Whether anything was written, from Alfresco's own database: the last committed write transaction
         * ({@code alf_transaction}: every node, property, association, permission or group change commits one) and
         * the last audit entry (the journal); and the staging area's files. Reading the trees through the REST API
         * instead took about 6 s a case on 2 cores, 45 minutes for the suite.
         */
        @Override
        public String snapshot() {
            try (Connection db = DriverManager.getConnection(server.jdbcUrl(), "postgres",
                    AlfrescoServer.DATABASE_PASSWORD);
                 Statement statement = db.createStatement();
                 ResultSet row = statement.executeQuery("select (select coalesce(max(id), 0) from alf_transaction),"
                         + " (select coalesce(max(id), 0) from alf_audit_entry)")) {
                row.next();
                return "transaction " + row.getLong(1) + ", audit entry " + row.getLong(2) + ", staged "
                        + stagedFiles();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read Alfresco " + server.name() + "'s database: "
                        + e.getMessage(), e);
            }
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
