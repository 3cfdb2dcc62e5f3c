package com.parashift.alfstream.benchmarks;

import com.parashift.alfstream.engine.SyncEngine;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Large files: files of the given sizes (generated as they are read, never whole in memory) are created on A and
 * brought under sync; the clock runs from the engine's start until B has imported them and both trees (with the
 * SHA-256 of every file) are identical. Reports MB/s and the peak heap used, against {@code -Xmx}: run with a
 * heap smaller than the largest file to show that content streams.
 */
final class LargeFileBenchmark {

    private static final long MB = 1024 * 1024;

    private final PrintStream out;
    private final Path data;
    private final List<Long> sizesMb;
    private final Map<String, String> settings;

    LargeFileBenchmark(PrintStream out, Path data, List<Long> sizesMb, Map<String, String> settings) {
        this.out = out;
        this.data = data;
        this.sizesMb = sizesMb;
        this.settings = settings;
    }

    /** Runs once and prints the summary line; answers whether the files moved without the heap holding them. */
    boolean run() throws Exception {
        try (Site site = Site.start(data, "large"); HeapSampler heap = HeapSampler.start()) {
            long createStart = System.nanoTime();
            int nodes = createFiles(site.repositoryA());
            double createSeconds = (System.nanoTime() - createStart) / 1e9;
            long totalMb = sizesMb.stream().mapToLong(Long::longValue).sum();
            long largest = sizesMb.stream().mapToLong(Long::longValue).max().orElse(0);

            long start = System.nanoTime();
            try (SyncEngine engine = site.startEngine(settings)) {
                Figures.awaitNanos("B to import " + nodes + " nodes", () -> site.imported.get() >= nodes, 1_800_000,
                        1_000_000);
                long identicalAt = Figures.awaitNanos("A and B to hold identical trees", site::identical, 60_000,
                        1_000_000);
                double seconds = (identicalAt - start) / 1e9;
                long peak = heap.peakMb();
                long max = HeapSampler.maxHeapMb();
                out.println(Figures.format("  files of %s MB created on A in %.1f s; engine moved %d MB to B in %.2f s;"
                                + " trees identical (SHA-256 of every file); error queue %d", sizesMb, createSeconds,
                        totalMb, seconds, engine.errorQueue().items().size()));
                return Figures.result(out, "throughput-large", Figures.format("%d MB in %d files at %.1f MB/s; peak"
                                + " heap used %d MB with a maximum heap of %d MB, largest file %d MB", totalMb,
                        sizesMb.size(), totalMb / seconds, peak, max, largest),
                        "peak heap < largest file", peak < largest);
            }
        }
    }

    private int createFiles(ReferenceRepository a) {
        LocalEdits edit = a.edit();
        String top = edit.createFolder(a.rootUuid(), "Large");
        for (int i = 0; i < sizesMb.size(); i++) {
            edit.createFile(top, "large-" + i + ".bin", new GeneratedContent(sizesMb.get(i) * MB, i),
                    "application/octet-stream");
        }
        edit.beginSync(top);
        return 1 + sizesMb.size();
    }
}
