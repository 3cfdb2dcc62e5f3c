package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Tomcat 10.1 under a test server (Alfresco, Share): laid out from the distribution into a folder of its own,
 * HTTP and shutdown ports on loopback, run as a child process ({@code catalina.sh run}), waited for by a URL that
 * answers 200, and its log tail for failure messages.
 */
final class Tomcat {

    private final String name;
    private final Path home;
    private final int port;
    private Process process;

    private Tomcat(String name, Path home, int port) {
        this.name = name;
        this.home = home;
        this.port = port;
    }

    /** Copies the distribution into {@code home} (emptied first), with no webapps, listening on loopback only. */
    static Tomcat layOut(String name, Path dist, Path home, int port, int shutdownPort) throws IOException {
        deleteTree(home);
        Files.createDirectories(home);
        copyTree(dist, home);
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        deleteTree(home.resolve("webapps"));
        Path xml = home.resolve("conf/server.xml");
        String text = Files.readString(xml);
        String edited = text.replace("port=\"8005\"", "port=\"" + shutdownPort + "\" address=\"127.0.0.1\"")
                .replace("<Connector port=\"8080\"", "<Connector port=\"" + port + "\" address=\"127.0.0.1\""
                        + " maxHttpHeaderSize=\"32768\" URIEncoding=\"UTF-8\"");
        if (edited.equals(text)) {
            throw new IllegalStateException("conf/server.xml of this Tomcat has no port 8005 / Connector port 8080");
        }
        Files.writeString(xml, edited);
        return new Tomcat(name, home.toAbsolutePath(), port);
    }

    /** Starts {@code catalina.sh run} with these JVM options; stopped by {@link #stop()} or at JVM exit. */
    void launch(List<String> catalinaOpts) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/catalina.sh").toString(), "run")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/catalina.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CATALINA_HOME", home.toString());
        env.put("CATALINA_BASE", home.toString());
        env.put("CATALINA_PID", home.resolve("tomcat.pid").toString());
        env.put("CATALINA_OPTS", String.join(" ", catalinaOpts));
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-tomcat-" + name));
    }

    /** Returns once {@code path} (below the port's root) answers 200; fails with the log tail otherwise. */
    void awaitReady(String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + ") while starting; see "
                        + home.resolve("logs/catalina.out") + "\n" + logTail());
            }
            if (probe(root() + path) == 200) {
                return;
            }
            sleep(1000);
        }
        stop();
        throw new IllegalStateException(name + " was not ready after " + timeout + "; see " + home.resolve("logs")
                + "\n" + logTail());
    }

    private static int probe(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(10000);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The last lines Tomcat printed, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("logs/catalina.out"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no catalina.out: " + e.getMessage() + ")";
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    String root() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Stops Tomcat by its PID (SIGTERM, Tomcat's orderly shutdown; SIGKILL after a minute). */
    synchronized void stop() {
        if (process != null) {
            Processes.stop(process.pid(), Duration.ofSeconds(60));
            process = null;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
