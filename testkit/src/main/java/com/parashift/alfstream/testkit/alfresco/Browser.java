package com.parashift.alfstream.testkit.alfresco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian {@code chromium} driven by a Node script (puppeteer-core) of a folder of browser scenarios:
 * chromium is installed with apt-get when missing (as root), the scripts' npm packages with {@code npm ci} when
 * their {@code node_modules} is missing. A scenario prints what it saw and exits 0, or saves a screenshot and
 * exits non-zero; {@link #run} fails with everything it printed.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Path scripts;
    private final Path screenshots;

    public Browser(Path scripts, Path screenshots) {
        this.scripts = scripts;
        this.screenshots = screenshots;
    }

    /** From the system properties {@code browser.scripts} and {@code browser.screenshots}. */
    public static Browser fromSystemProperties() {
        return new Browser(RealAlfresco.requiredFile("browser.scripts"),
                Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots")));
    }

    /** Runs {@code node <script>} with {@code env} (plus CHROMIUM and SCREENSHOTS); returns what it printed. */
    public String run(String script, Map<String, String> env) {
        prepare();
        Map<String, String> all = new HashMap<>(env);
        all.put("CHROMIUM", CHROMIUM.toString());
        all.put("SCREENSHOTS", screenshots.toAbsolutePath().toString());
        return Processes.run(scripts, all, Duration.ofMinutes(10), List.of("node", script));
    }

    private synchronized void prepare() {
        if (!Files.isExecutable(CHROMIUM) && Processes.isRoot()) {
            Processes.run(List.of("apt-get", "update", "-q"));
            Processes.run(null, Map.of("DEBIAN_FRONTEND", "noninteractive"), Duration.ofMinutes(15),
                    List.of("apt-get", "install", "-y", "-q", "chromium"));
        }
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("no " + CHROMIUM + "; install Debian's chromium package");
        }
        if (!Files.isDirectory(scripts.resolve("node_modules/puppeteer-core"))) {
            Processes.run(scripts, Map.of("PUPPETEER_SKIP_DOWNLOAD", "1"), Duration.ofMinutes(10),
                    List.of("npm", "ci", "--no-audit", "--no-fund"));
        }
    }
}
