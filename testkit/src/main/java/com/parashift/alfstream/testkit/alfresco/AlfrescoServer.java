package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    private final String name;
    private final Path home;
    private final int port;
    private final int shutdownPort;
    private Process process;

    private AlfrescoServer(String name, Path home, int port, int shutdownPort) {
        this.name = name;
        this.home = home;
        this.port = port;
        this.shutdownPort = shutdownPort;
    }

    /**
     * Lays out the instance in {@code home} (emptied first), creates its database and starts it; returns once
     * Alfresco answers its readiness probe. {@code extra} goes into its {@code alfresco-global.properties}.
     */
    public static AlfrescoServer start(String name, Path home, Parts parts, PostgresServer db, Map<String, String> extra) {
        try {
            deleteTree(home);
            Files.createDirectories(home);
            AlfrescoServer server = new AlfrescoServer(name, home.toAbsolutePath(), freePort(), freePort());
            server.layOut(parts, db, extra);
            server.launch();
            server.awaitReady(Duration.ofSeconds(Long.getLong("real.alfresco.startSeconds", 360)));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up Alfresco " + name + ": " + e.getMessage(), e);
        }
    }

    private void layOut(Parts parts, PostgresServer db, Map<String, String> extra) throws IOException {
        copyTree(parts.tomcat(), home);
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        deleteTree(home.resolve("webapps"));
        Path webapp = home.resolve("webapps/alfresco");
        Webapps.unpack(parts.war(), webapp);
        Files.copy(parts.jdbcDriver(), home.resolve("lib").resolve(parts.jdbcDriver().getFileName()));
        Files.copy(parts.serializer(), webapp.resolve("WEB-INF/lib").resolve(parts.serializer().getFileName()));
        editServerXml();
        Processes.run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genseckey",
                "-alias", "metadata", "-keyalg", "DESede", "-storetype", "JCEKS", "-keystore",
                home.resolve("keystore").toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD));
        String database = "alf_" + name.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + port;
        db.createDatabase(database);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("dir.root", home.resolve("alf_data").toString());
        props.put("db.driver", "org.postgresql.Driver");
        props.put("db.url", db.jdbcUrl(database));
        props.put("db.username", "postgres");
        props.put("db.password", "alfresco");
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

    private void editServerXml() throws IOException {
        Path xml = home.resolve("conf/server.xml");
        String text = Files.readString(xml);
        String edited = text.replace("port=\"8005\"", "port=\"" + shutdownPort + "\" address=\"127.0.0.1\"")
                .replace("<Connector port=\"8080\"", "<Connector port=\"" + port + "\" address=\"127.0.0.1\""
                        + " maxHttpHeaderSize=\"32768\" URIEncoding=\"UTF-8\"");
        if (edited.equals(text)) {
            throw new IllegalStateException("conf/server.xml of this Tomcat has no port 8005 / Connector port 8080");
        }
        Files.writeString(xml, edited);
    }

    private void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/catalina.sh").toString(), "run")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/catalina.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CATALINA_HOME", home.toString());
        env.put("CATALINA_BASE", home.toString());
        env.put("CATALINA_PID", home.resolve("tomcat.pid").toString());
        env.put("CATALINA_OPTS", String.join(" ", "-Xms512m", "-Xmx2g", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dencryption.keystore.type=JCEKS", "-Dencryption.cipherAlgorithm=DESede/CBC/PKCS5Padding",
                "-Dencryption.keyAlgorithm=DESede", "-Dencryption.keystore.location=" + home.resolve("keystore"),
                "-Dmetadata-keystore.password=" + STORE_PASSWORD, "-Dmetadata-keystore.aliases=metadata",
                "-Dmetadata-keystore.metadata.password=" + STORE_PASSWORD,
                "-Dmetadata-keystore.metadata.algorithm=DESede"));
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-alfresco-" + name));
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Alfresco " + name + " exited (" + process.exitValue()
                        + ") while starting; see " + home.resolve("logs/catalina.out") + "\n" + logTail());
            }
            if (probe() == 200) {
                return;
            }
            sleep(1000);
        }
        close();
        throw new IllegalStateException("Alfresco " + name + " was not ready after " + timeout + "; see "
                + home.resolve("logs") + "\n" + logTail());
    }

    private int probe() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url()
                    + "/api/-default-/public/alfresco/versions/1/probes/-ready-").toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(10000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The last lines Tomcat printed, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("logs/catalina.out"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no catalina.out: " + e.getMessage() + ")";
        }
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
        return process.pid();
    }

    /** Stops Tomcat by its PID (SIGTERM, Tomcat's orderly shutdown; SIGKILL after a minute). */
    @Override
    public synchronized void close() {
        if (process != null) {
            Processes.stop(process.pid(), Duration.ofSeconds(60));
            process = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
