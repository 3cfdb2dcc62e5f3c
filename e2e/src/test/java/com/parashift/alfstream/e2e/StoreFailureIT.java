package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The state store on a small file system of its own (a 2 MB tmpfs) that fills up: the agent stops with one
 * STORE-FAILED line, applies nothing while the disk is full, alfstream:status says why, and it goes on by itself
 * once space returns. Skipped where the machine refuses to mount a tmpfs (it needs root or CAP_SYS_ADMIN).
 */
class StoreFailureIT {

    @Test
    void aFullStateDiskStopsTheAgentUntilSpaceReturns() throws Exception {
        try (SyncSetup setup = new SyncSetup("store-failure")) {
            Path mount = Files.createDirectories(setup.work().resolve("state-disk"));
            String refused = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString());
            assumeTrue(refused == null, "mounting a tmpfs for the state store was refused, so the full disk cannot be"
                    + " staged here: " + refused);
            try {
                ReferenceServer a = setup.repository("A");
                ReferenceServer b = setup.repository("B");
                ReferenceRepository ra = a.repository();
                ReferenceRepository rb = b.repository();
                LocalEdits edit = ra.edit();
                String folder = edit.createFolder(ra.rootUuid(), "Ledger");
                edit.beginSync(folder);
                Karaf karaf = setup.karaf("store", a, b,
                        Map.of("alfstream.sync.persist.file", mount.resolve("alfstream-sync").toString()));
                karaf.start();
                karaf.awaitEngineStarted(0);
                SyncSetup.awaitSameTree(ra, rb, "the folder to reach B");

                Path filler = mount.resolve("filler");
                fill(filler);
                long log = karaf.logLength();
                edit.createFile(folder, "first.txt", "1".getBytes(StandardCharsets.UTF_8));
                karaf.awaitLog("STORE-FAILED", log, SyncSetup.SYNC);
                edit.createFile(folder, "while-full.txt", "2".getBytes(StandardCharsets.UTF_8));
                String status = karaf.shell("alfstream:status");
                assertTrue(status.contains("stopped: the state store cannot be written"), status);
                Thread.sleep(3_000); // several polls and reopen attempts, to show there is no line per attempt
                assertTrue(rb.findByPath("/Company Home/Ledger/while-full.txt").isEmpty(),
                        "nothing is applied while the state cannot be saved");
                assertEquals(1, count(karaf.logSince(log), "STORE-FAILED"), karaf.logSince(log));

                Files.delete(filler);
                karaf.awaitLog("STORE-RECOVERED", log, SyncSetup.SYNC);
                SyncSetup.awaitSameTree(ra, rb, "the changes made while the disk was full");
                Await.until("alfstream:status to say running again",
                        () -> shell(karaf, "alfstream:status").contains("running; cursor"), SyncSetup.SYNC);
            } finally {
                run("umount", "-l", mount.toString());
            }
        }
    }

    /** Writes zeros until the file system is full. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("space")) {
                throw full;
            }
        }
    }

    /** Runs a command; answers null when it succeeded, else what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? null : "exit " + process.exitValue() + ": " + out.strip();
    }

    private static String shell(Karaf karaf, String command) {
        try {
            return karaf.shell(command);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String text, String token) {
        return text.split(token, -1).length - 1;
    }
}
