package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One real Alfresco Content Services in a Tomcat of its own: its own folder, HTTP and shutdown ports on loopback,
 * database, {@code dir.root} and metadata keystore, started as a child process and stopped by its PID. The folder
 * (with {@code logs/} and {@code alfresco.log}) is kept after the run, for reading when a test failed.
 */
public final class AlfrescoServer implements AutoCloseable {

    /** Where the parts come from: a war with the AMPs already installed, Tomcat, and the jars Tomcat needs. */
    public record Parts(Path war, Path tomcat, Path jdbcDriver, Path serializer) {
    }

    private static final String STORE_PASSWORD = "alfstream-test-keystore";
    /** The password Alfresco is given for its database (the test cluster trusts loopback and ignores it). */
    public static final String DATABASE_PASSWORD = "alfresco";

    private final String name;
    private final Path home;
    private final int port;
    private final Tomcat tomcat;
    private String jdbcUrl;

    private AlfrescoServer(String name, Path home, int port, Tomcat tomcat) {
        this.name = name;
        this.home = home;
        this.port = port;
        this.tomcat = tomcat;
    }

    /**
     * Lays out the instance in {@code home} (emptied first), creates its database and starts it; returns once
     * Alfresco answers its readiness probe. {@code extra} goes into its {@code alfresco-global.properties}.
     */
    public static AlfrescoServer start(String name, Path home, Parts parts, PostgresServer db, Map<String, String> extra) {
        try {
            int port = Tomcat.freePort();
            AlfrescoServer server = new AlfrescoServer(name, home.toAbsolutePath(), port,
                    Tomcat.layOut("Alfresco " + name, parts.tomcat(), home, port, Tomcat.freePort()));
            server.layOut(parts, db, extra);
            server.launch();
            server.tomcat.awaitReady("/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-",
                    Duration.ofMinutes(Long.getLong("real.alfresco.startMinutes", 15)));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up Alfresco " + name + ": " + e.getMessage(), e);
        }
    }

    private void layOut(Parts parts, PostgresServer db, Map<String, String> extra) throws IOException {
        Path webapp = home.resolve("webapps/alfresco");
        Webapps.unpack(parts.war(), webapp);
        Files.copy(parts.jdbcDriver(), home.resolve("lib").resolve(parts.jdbcDriver().getFileName()));
        Files.copy(parts.serializer(), webapp.resolve("WEB-INF/lib").resolve(parts.serializer().getFileName()));
        Processes.run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genseckey",
                "-alias", "metadata", "-keyalg", "DESede", "-storetype", "JCEKS", "-keystore",
                home.resolve("keystore").toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD));
        String database = "alf_" + name.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + port;
        db.createDatabase(database);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("dir.root", home.resolve("alf_data").toString());
        props.put("db.driver", "org.postgresql.Driver");
        jdbcUrl = db.jdbcUrl(database);
        props.put("db.url", jdbcUrl);
        props.put("db.username", "postgres");
        props.put("db.password", DATABASE_PASSWORD);
        props.put("db.pool.max", "40");
        props.put("alfresco.host", "127.0.0.1");
        props.put("alfresco.port", String.valueOf(port));
        props.put("index.subsystem.name", "noindex");
        for (String off : List.of("messaging.subsystem.autoStart", "events.subsystem.autoStart", "repo.event2.enabled",
                "transform.service.enabled", "local.transform.service.enabled", "legacy.transform.service.enabled",
                "heartbeat.enabled", "ftp.enabled", "cifs.enabled", "imap.server.enabled", "email.server.enabled",
                "csrf.filter.enabled", "system.usages.enabled", "replication.enabled")) {
            props.put(off, "false");
        }
        props.putAll(extra);
        Files.writeString(webapp.resolve("WEB-INF/classes/alfresco-global.properties"), props.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\")).collect(Collectors.joining("\n", "", "\n")));
    }

    private void launch() throws IOException {
        tomcat.launch(List.of("-Xms512m", "-Xmx2g", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dencryption.keystore.type=JCEKS", "-Dencryption.cipherAlgorithm=DESede/CBC/PKCS5Padding",
                "-Dencryption.keyAlgorithm=DESede", "-Dencryption.keystore.location=" + home.resolve("keystore"),
                "-Dmetadata-keystore.password=" + STORE_PASSWORD, "-Dmetadata-keystore.aliases=metadata",
                "-Dmetadata-keystore.metadata.password=" + STORE_PASSWORD,
                "-Dmetadata-keystore.metadata.algorithm=DESede"));
    }

    /**
     * Its database, for a test that checks that nothing was written (user {@code postgres}, password
     * {@link #DATABASE_PASSWORD}).
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The last lines Tomcat printed, for a failure message. */
    public String logTail() {
        return tomcat.logTail();
    }

    public String name() {
        return name;
    }

    /** {@code http://127.0.0.1:<port>/alfresco} */
    public String url() {
        return "http://127.0.0.1:" + port + "/alfresco";
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    public long pid() {
        return tomcat.pid();
    }

    /** Stops Tomcat by its PID (SIGTERM, Tomcat's orderly shutdown; SIGKILL after a minute). */
    @Override
    public void close() {
        tomcat.stop();
    }
}
