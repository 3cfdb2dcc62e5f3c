package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Karaf killed with kill -9 in the middle of a sync of 1,000 files: nothing lost, nothing applied twice. */
class CrashIT {

    @Test
    void killNineInTheMiddleOfAThousandFilesLosesAndDoublesNothing() throws Exception {
        try (SyncSetup setup = new SyncSetup("crash")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            LocalEdits edit = ra.edit();
            String bulk = edit.createFolder(ra.rootUuid(), "Bulk");
            for (int folder = 0; folder < 10; folder++) {
                String f = edit.createFolder(bulk, "folder-" + folder);
                for (int i = 0; i < 100; i++) {
                    edit.createFile(f, "file-" + i + ".txt", ("file " + folder + "/" + i).getBytes(StandardCharsets.UTF_8));
                }
            }
            edit.beginSync(bulk);

            // small batches, so that the kill lands between batches and inside one
            Karaf karaf = setup.karaf("crash", a, b, Map.of("alfstream.sync.batch.size", "20"));
            karaf.start();
            Await.until("some of the 1,000 files to arrive on B",
                    () -> rb.describeTree(rb.rootUuid()).size() > 150, Karaf.START);
            karaf.kill();
            int arrived = rb.describeTree(rb.rootUuid()).size();
            if (arrived >= 1011) {
                throw new AssertionError("the sync finished before the kill; the test proves nothing");
            }

            long log = karaf.logLength();
            karaf.start();
            karaf.awaitEngineStarted(log);
            SyncSetup.awaitSameTree(ra, rb, "the rest of the 1,000 files after the restart");
            SyncSetup.assertAppliedOnce(rb);
        }
    }
}
