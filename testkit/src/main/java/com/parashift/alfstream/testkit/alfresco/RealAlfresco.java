package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real Alfrescos of a test run, started once per JVM and shared by every test class: a PostgreSQL of their
 * own and one Alfresco per name ("A", "B"), each with the repository AMP installed by the real MMT. Configured by
 * system properties (the e2e module's pom sets them):
 * <ul>
 *   <li>{@code alfresco.war}: the Alfresco war to test against (default: {@code ../shared/alfresco/alfresco-23.4.0.67.war}
 *       of the checkout); when it does not exist, {@link #available()} is empty and the real-Alfresco tests skip;</li>
 *   <li>{@code alfresco.mmt}: its Module Management Tool (default: the {@code alfresco-mmt-*.jar} beside the war);</li>
 *   <li>{@code alfresco.share.services.amp}: the repository AMP Share needs, installed too when present (default:
 *       the {@code alfresco-share-services-*.amp} beside the war);</li>
 *   <li>{@code alfstream.repo.amp}, {@code tomcat.dist}, {@code jdbc.driver}, {@code xalan.serializer},
 *       {@code real.alfresco.work}: the AMP under test, Tomcat, the jars it needs, and where instances live;</li>
 *   <li>{@code real.alfresco.startMinutes}: how long an instance may take to start (default 15).</li>
 * </ul>
 */
public final class RealAlfresco {

    private static final Map<String, AlfrescoServer> SERVERS = new HashMap<>();
    /** Why an instance could not be started: later tests fail at once with the same cause. */
    private static final Map<String, RuntimeException> FAILED = new HashMap<>();
    private static PostgresServer postgres;
    private static Path preparedWar;

    private RealAlfresco() {
    }

    /** The war to test against, or empty (with the reason on standard error) when there is none. */
    public static Optional<Path> available() {
        String war = System.getProperty("alfresco.war", "");
        if (war.isBlank() || !Files.isRegularFile(Path.of(war))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(war));
    }

    /** Why the real-Alfresco tests do not run, for a JUnit assumption. */
    public static String unavailableReason() {
        return "no Alfresco war at alfresco.war='" + System.getProperty("alfresco.war", "") + "': the real-Alfresco"
                + " tests are skipped (give -Dalfresco.war=/path/to/alfresco.war to run them)";
    }

    /** The running instance of that name, started (with {@code extra} global properties) on first use. */
    public static synchronized AlfrescoServer instance(String name, Map<String, String> extra) {
        AlfrescoServer server = SERVERS.get(name);
        if (FAILED.containsKey(name)) {
            throw new IllegalStateException("Alfresco " + name + " failed to start earlier in this run",
                    FAILED.get(name));
        }
        if (server == null) {
            Path war = available().orElseThrow(() -> new IllegalStateException(unavailableReason()));
            StartedProcesses started = new StartedProcesses(work().resolve("started.pids"));
            if (postgres == null) {
                started.stopLeftovers();
                postgres = PostgresServer.start(freePort());
                started.add(postgres.pid(), postgres.dataDirectory().toString());
                Runtime.getRuntime().addShutdownHook(new Thread(RealAlfresco::stopAll, "stop-real-alfresco"));
            }
            try {
                server = AlfrescoServer.start(name, work().resolve("alfresco-" + name), parts(war), postgres, extra);
            } catch (RuntimeException e) {
                FAILED.put(name, e);
                throw e;
            }
            started.add(server.pid(), server.home().toString());
            SERVERS.put(name, server);
        }
        return server;
    }

    public static AlfrescoServer instance(String name) {
        return instance(name, Map.of());
    }

    private static AlfrescoServer.Parts parts(Path war) {
        if (preparedWar == null) {
            List<Path> amps = new ArrayList<>();
            amps.add(requiredFile("alfstream.repo.amp"));
            beside(war, "alfresco.share.services.amp", "alfresco-share-services.*\\.amp").ifPresent(amps::add);
            preparedWar = Webapps.withAmps(war, mmt(war), amps, work().resolve("alfresco-with-amps.war"));
        }
        return new AlfrescoServer.Parts(preparedWar, requiredFile("tomcat.dist"), requiredFile("jdbc.driver"),
                requiredFile("xalan.serializer"));
    }

    static Path mmt(Path war) {
        return beside(war, "alfresco.mmt", "alfresco-mmt.*\\.jar").orElseThrow(() -> new IllegalStateException(
                "no alfresco-mmt-*.jar beside " + war + "; give its Module Management Tool with"
                        + " -Dalfresco.mmt=/path/to/alfresco-mmt.jar"));
    }

    /** The file the system property names, else the first file beside the war whose name matches. */
    public static Optional<Path> beside(Path war, String property, String pattern) {
        String given = System.getProperty(property, "");
        if (!given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        try (Stream<Path> files = Files.list(war.toAbsolutePath().getParent())) {
            return files.filter(p -> p.getFileName().toString().matches(pattern)).sorted().findFirst();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + war.getParent() + ": " + e.getMessage(), e);
        }
    }

    static Path requiredFile(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank() || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("system property " + property + " must name an existing file, is '"
                    + value + "'");
        }
        return Path.of(value);
    }

    private static Path work() {
        return Path.of(System.getProperty("real.alfresco.work", "target/real-alfresco")).toAbsolutePath();
    }

    /** Stops one instance that no later test needs (an instance of its own for one test class), freeing its memory. */
    public static synchronized void stop(String name) {
        AlfrescoServer server = SERVERS.remove(name);
        if (server != null) {
            server.close();
        }
    }

    /** Stops every instance, then PostgreSQL; at JVM exit at the latest. */
    public static synchronized void stopAll() {
        SERVERS.values().forEach(AlfrescoServer::close);
        SERVERS.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static int freePort() {
        try {
            return Tomcat.freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
