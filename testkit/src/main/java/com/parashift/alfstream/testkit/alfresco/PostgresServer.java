package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own for the tests: initdb into a fresh folder, loopback only on a free port, trust
 * authentication, stopped by the postmaster's PID. Debian's {@code postgresql} package is installed with apt-get
 * when the machine has no PostgreSQL. As root, the cluster runs as the {@code postgres} user (initdb refuses root).
 */
public final class PostgresServer implements AutoCloseable {

    private final Path data;
    private final int port;
    private final Path bin;
    private long pid;

    private PostgresServer(Path data, int port, Path bin) {
        this.data = data;
        this.port = port;
        this.bin = bin;
    }

    public static PostgresServer start(int port) {
        Path bin = binaries();
        try {
            Path data = Files.createTempDirectory("alfstream-pg-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (Processes.isRoot()) {
                Processes.run(List.of("chown", "postgres:postgres", data.toString()));
            }
            PostgresServer server = new PostgresServer(data, port, bin);
            server.asOwner(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(),
                    "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"));
            server.asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(),
                    "-l", data.resolve("postgres.log").toString(), "-w", "-t", "120", "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"));
            server.pid = Long.parseLong(Files.readAllLines(data.resolve("db/postmaster.pid")).get(0).trim());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up PostgreSQL: " + e.getMessage(), e);
        }
    }

    public long pid() {
        return pid;
    }

    public Path dataDirectory() {
        return data;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates an empty UTF-8 database. */
    public void createDatabase(String name) {
        asOwner(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "postgres", "-E", "UTF8", "-T", "template0", name));
    }

    private void asOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (Processes.isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Processes.run(data.getParent(), Map.of(), Duration.ofMinutes(3), full);
    }

    /** The folder holding initdb, pg_ctl and createdb; installs Debian's package when there is none. */
    private static Path binaries() {
        Path found = findBinaries();
        if (found == null && Processes.isRoot()) {
            Processes.run(List.of("apt-get", "update", "-q"));
            Processes.run(null, Map.of("DEBIAN_FRONTEND", "noninteractive"), Duration.ofMinutes(10),
                    List.of("apt-get", "install", "-y", "-q", "postgresql"));
            found = findBinaries();
        }
        if (found == null) {
            throw new IllegalStateException("no PostgreSQL here (looked for /usr/lib/postgresql/*/bin/initdb);"
                    + " install Debian's postgresql package");
        }
        return found;
    }

    private static Path findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Path::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Fast shutdown of the postmaster by its PID (SIGINT), then its folder is removed. */
    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(handle -> {
            Processes.run(List.of("kill", "-INT", String.valueOf(pid)));
            try {
                handle.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
        Processes.run(List.of("rm", "-rf", data.toString()));
    }
}
