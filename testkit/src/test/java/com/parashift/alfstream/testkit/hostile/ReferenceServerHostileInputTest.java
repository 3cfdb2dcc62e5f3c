package com.parashift.alfstream.testkit.hostile;

import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.repo.http.Json;
import com.parashift.alfstream.repo.http.Sha256;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The hostile-input suite against the reference server, over real HTTP on loopback. */
class ReferenceServerHostileInputTest extends HostileInputSuite {

    private static final String PASSWORD = "hostile-suite-password";
    private static final byte[] PLAN = "the plan".getBytes(StandardCharsets.UTF_8);

    @Override
    protected HostileFixture createFixture(Path directory) throws IOException {
        ReferenceRepository repository = new ReferenceRepository("B", directory.resolve("repository"));
        ReferenceServer server = new ReferenceServer(repository, directory, 0, "admin", PASSWORD);
        return new Fixture(repository, server, directory, seed(repository));
    }

    private static Seed seed(ReferenceRepository repository) {
        LocalEdits edit = repository.edit();
        String root = repository.rootUuid();
        String sites = edit.createFolder(root, "Sites");
        String surfConfig = edit.createFolder(sites, "surf-config");
        String dataDictionary = edit.createFolder(root, "Data Dictionary");
        String userHome = repository.directory().createPerson("alice", "alice@example.com");
        String userHomes = repository.findByPath("/Company Home/User Homes").orElseThrow();
        String projects = edit.createFolder(root, "Projects");
        edit.beginSync(projects);
        String plan = edit.createFile(projects, "plan.txt", PLAN);
        String privateFolder = edit.createFolder(root, "Private");
        String privateFile = edit.createFile(privateFolder, "secret.txt", "secret".getBytes(StandardCharsets.UTF_8));
        repository.directory().createGroup("GROUP_sales", "Sales");
        repository.directory().createGroup("GROUP_team", "Team");
        repository.directory().addMember("GROUP_sales", "GROUP_team");
        repository.directory().addMember("GROUP_team", "alice");
        return new Seed("B", root, sites, surfConfig, dataDictionary, userHomes, userHome, "alice", projects, plan,
                Sha256.hex(PLAN), privateFolder, privateFile, "GROUP_sales", "GROUP_team");
    }

    private record Fixture(ReferenceRepository repository, ReferenceServer server, Path directory, Seed seed)
            implements HostileFixture {

        @Override
        public URI url() {
            return URI.create(server.url());
        }

        @Override
        public String user() {
            return "admin";
        }

        @Override
        public String password() {
            return PASSWORD;
        }

        @Override
        public String snapshot() {
            List<Object> state = new ArrayList<>();
            List<String> uuids = new ArrayList<>(List.of(repository.rootUuid()));
            repository.describeTree(repository.rootUuid()).values().forEach(v -> uuids.add(v.split(" ")[0]));
            for (String uuid : uuids) {
                NodeSnapshot node = repository.read(uuid).orElseThrow();
                state.add(node.withAspectsAndProperties(node.aspects().stream().sorted().toList(),
                        new java.util.TreeMap<>(node.properties())));
            }
            state.add(repository.directory().allGroups());
            state.add(repository.journalHigh());
            state.add(repository.appliedCounts());
            state.add(files(directory));
            return new String(Json.bytes(state), StandardCharsets.UTF_8);
        }

        /** Every file below the data directory (content store and staging), with its size. */
        private static List<String> files(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                return files.filter(Files::isRegularFile).map(f -> directory.relativize(f) + " " + size(f)).sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
