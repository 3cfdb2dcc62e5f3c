package com.parashift.alfstream.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark main:
 * {@code java -Xmx256m -jar alfstream-benchmarks.jar [all|throughput|large|latency|failures|converge] [--docs 10000]
 * [--folders 100] [--rounds 3] [--large 200,50,50] [--changes 200] [--mixed 1000] [--failing 100] [--seeds 20]
 * [--actions 2000] [--data DIR] [--set key=value]…}.
 * Prints a {@code RESULT} line per figure; exits 0 when every target is met, 3 when one is not.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        PrintStream out = System.out;
        int first = args.length > 0 && !args[0].startsWith("--") ? 1 : 0;
        String which = first == 1 ? args[0] : "all";
        if (!List.of("all", "throughput", "large", "latency", "failures", "converge").contains(which)) {
            throw new IllegalArgumentException("unknown benchmark '" + which
                    + "'; use all, throughput, large, latency, failures or converge");
        }
        Map<String, String> options = new HashMap<>();
        Map<String, String> settings = new HashMap<>();
        for (int i = first; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected an option and its value, like --docs 10000, got " + args[i]);
            }
            if (args[i].equals("--set")) {
                String[] pair = args[i + 1].split("=", 2);
                settings.put(pair[0], pair.length > 1 ? pair[1] : "");
            } else {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        Path data = options.containsKey("data") ? Path.of(options.get("data"))
                : Files.createTempDirectory("alfstream-bench-");
        out.println("Alfstream Sync benchmarks, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "; Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + HeapSampler.maxHeapMb() + " MB; data in " + data.toAbsolutePath()
                + (settings.isEmpty() ? "" : "; settings " + settings));
        boolean met = true;
        if (which.equals("all") || which.equals("throughput")) {
            met &= new ThroughputBenchmark(out, data, integer(options, "docs", 10_000), integer(options, "folders", 100),
                    integer(options, "rounds", 3), settings).run();
        }
        if (which.equals("all") || which.equals("large")) {
            List<Long> sizes = Arrays.stream(options.getOrDefault("large", "200,50,50").split(","))
                    .map(String::trim).map(Long::parseLong).toList();
            met &= new LargeFileBenchmark(out, data, sizes, settings).run();
        }
        if (which.equals("all") || which.equals("latency")) {
            met &= new LatencyBenchmark(out, data, integer(options, "changes", 200), settings).run();
        }
        if (which.equals("all") || which.equals("failures")) {
            met &= new FailuresBenchmark(out, data, integer(options, "mixed", 1_000), integer(options, "failing", 100),
                    integer(options, "rounds", 3), settings).run();
        }
        if (which.equals("all") || which.equals("converge")) {
            met &= new ConvergenceBenchmark(out, data, integer(options, "seeds", 20), integer(options, "actions", 2_000),
                    settings).run();
        }
        if (!options.containsKey("data")) {
            Files.deleteIfExists(data);
        }
        out.println(met ? "ALL TARGETS MET" : "A TARGET WAS NOT MET");
        System.exit(met ? 0 : 3);
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
