package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Apache Karaf as an operator runs it: a copy of the distribution from Maven Central, its SSH and JMX
 * ports moved to free loopback ports, {@code etc/com.parashift.cfg} written, the KAR dropped into
 * {@code deploy/}, started as its own process with {@code bin/karaf server}.
 */
public final class Karaf implements AutoCloseable {

    public static final Duration START = Duration.ofSeconds(300);
    /** The line Karaf's features service logs once the boot features are installed. */
    private static final Pattern BOOTED = Pattern.compile("org\\.apache\\.karaf\\.features\\.core - [^|]*\\| Done\\.");

    private final Path home;
    private final int sshPort;
    private Process process;
    /** What {@link #configure} and {@link #deployKar} were given before the start, to put in once Karaf has booted. */
    private String pendingConfiguration;
    private boolean pendingKar;

    public Karaf(Path home) throws IOException {
        this.home = home;
        copyTree(Path.of(System.getProperty("karaf.dist")), home);
        this.sshPort = freePort();
        edit("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + sshPort);
        edit("etc/org.apache.karaf.shell.cfg", "sshHost = 0.0.0.0", "sshHost = 127.0.0.1");
        edit("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = 1099", "rmiRegistryPort = " + freePort());
        edit("etc/org.apache.karaf.management.cfg", "rmiServerPort = 44444", "rmiServerPort = " + freePort());
        edit("etc/users.properties", "#karaf = karaf,_g_:admingroup", "karaf = karaf,_g_:admingroup");
        edit("etc/users.properties", "#_g_\\:admingroup", "_g_\\:admingroup");
    }

    public Path home() {
        return home;
    }

    /**
     * Writes {@code etc/com.parashift.cfg} atomically, as an operator's editor would save it; before {@link #start}
     * only once Karaf has booted (see there).
     */
    public void configure(Map<String, String> settings) throws IOException {
        StringBuilder text = new StringBuilder("# Alfstream Sync\n");
        settings.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        if (process == null) {
            pendingConfiguration = text.toString();
        } else {
            writeConfiguration(text.toString());
        }
    }

    private void writeConfiguration(String text) throws IOException {
        Path temp = home.resolve("com.parashift.cfg.tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, home.resolve("etc/com.parashift.cfg"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops the KAR into {@code deploy/}; before {@link #start} only once Karaf has booted (see there). */
    public void deployKar() throws IOException {
        if (process == null) {
            pendingKar = true;
        } else {
            copyKar();
        }
    }

    private void copyKar() throws IOException {
        Files.copy(Path.of(System.getProperty("alfstream.kar")), home.resolve("deploy/alfstream-sync.kar"));
    }

    public void start() throws IOException {
        home.resolve("bin/karaf").toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().put("KARAF_HOME", home.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_MAX_MEM", "512m");
        process = builder.start();
        // a test JVM that is stopped (Ctrl-C, a CI time-out) takes its Karaf with it instead of leaving it running
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        }));
        if (pendingConfiguration != null || pendingKar) {
            // what was configured and deployed before the start goes in once Karaf has booted, as an operator does
            // with a running Karaf: on a loaded machine, Karaf 4.4.6 was seen to empty an etc/com.parashift.cfg it
            // found while booting, and to leave a KAR that was in deploy/ at boot uninstalled
            Await.until("Karaf booted (" + log() + ")", () -> BOOTED.matcher(logSince(0)).find(), START,
                    () -> tail(logSince(0)));
            if (pendingConfiguration != null) {
                writeConfiguration(pendingConfiguration);
                pendingConfiguration = null;
            }
            if (pendingKar) {
                copyKar();
                pendingKar = false;
            }
        }
    }

    /** Waits until the engine logged ENGINE-STARTED since the given log length. */
    public void awaitEngineStarted(long sinceLogLength) {
        awaitLog("ENGINE-STARTED", sinceLogLength, START);
    }

    public void awaitLog(String token, long sinceLogLength, Duration timeout) {
        Await.until("'" + token + "' in " + log(), () -> logSince(sinceLogLength).contains(token), timeout,
                () -> tail(logSince(sinceLogLength)));
    }

    /** The Karaf log written so far after a position (0 for all of it). */
    public String logSince(long position) {
        try {
            Path log = log();
            if (!Files.exists(log)) {
                return "";
            }
            byte[] bytes = Files.readAllBytes(log);
            int from = (int) Math.min(position, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long logLength() {
        try {
            return Files.exists(log()) ? Files.size(log()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** Runs Karaf shell commands through {@code bin/client} and returns what they printed. */
    public String shell(String commands) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-h", "127.0.0.1", "-u", "karaf", "-p", "karaf", "-r", "30", "-b")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        client.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(90, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("bin/client did not finish: " + out);
        }
        return out;
    }

    /** Stops Karaf the way an operator does (SIGTERM to the launcher), and waits for the JVM to end. */
    public void stop() throws InterruptedException {
        if (process != null) {
            List<ProcessHandle> all = processes();
            all.forEach(ProcessHandle::destroy);
            awaitGone(all, Duration.ofSeconds(60));
        }
    }

    /** {@code kill -9} of Karaf's JVM and its launcher: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        if (process != null) {
            List<ProcessHandle> all = processes();
            all.forEach(ProcessHandle::destroyForcibly);
            awaitGone(all, Duration.ofSeconds(30));
        }
    }

    /** The launcher and Karaf's JVM, listed before anything is signalled: an orphaned JVM is no descendant. */
    private List<ProcessHandle> processes() {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    }

    private void awaitGone(List<ProcessHandle> all, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : all) {
            long left = Math.max(1, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " of this Karaf has no line '" + from + "'");
        }
        Files.writeString(path, text.replace(from, to));
    }

    private static String tail(String text) {
        return text.length() > 3000 ? "…" + text.substring(text.length() - 3000) : text;
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
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
