package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A poison item: with errorQueue it is parked after N attempts while the others go on, and succeeds when retried
 * from the Karaf shell once its cause is gone; after switching etc/com.parashift.cfg to retry.strategy=none, a
 * poison item blocks the items behind it until its cause is removed.
 */
class ErrorQueueIT {

    @Test
    void poisonItemsAreParkedOrBlockAsTheRetryStrategySays() throws Exception {
        try (SyncSetup setup = new SyncSetup("error-queue")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            LocalEdits edit = ra.edit();
            String folder = edit.createFolder(ra.rootUuid(), "Contracts");
            edit.beginSync(folder);
            Map<String, String> errorQueue = Map.of("retry.strategy", "errorQueue", "retry.attempts", "2");
            Karaf karaf = setup.karaf("errors", a, b, errorQueue);
            karaf.start();
            karaf.awaitEngineStarted(0);
            SyncSetup.awaitSameTree(ra, rb, "the folder to reach B");

            // B already has a different document of the same name: A's cannot be created there
            String bFolder = rb.findByPath("/Company Home/Contracts").orElseThrow();
            String clash = rb.edit().createFile(bFolder, "contract.pdf", "B's own".getBytes(StandardCharsets.UTF_8));
            String poisoned = edit.createFile(folder, "contract.pdf", "A's".getBytes(StandardCharsets.UTF_8));
            edit.createFile(folder, "annex.pdf", "annex".getBytes(StandardCharsets.UTF_8));

            Await.until("annex.pdf to pass the poison item",
                    () -> rb.findByPath("/Company Home/Contracts/annex.pdf").isPresent(), SyncSetup.SYNC);
            karaf.awaitLog("ITEM-DROPPED", 0, SyncSetup.SYNC);
            Await.until("A's contract.pdf marked Error", () -> "Error".equals(state(ra, poisoned)), SyncSetup.SYNC);
            assertTrue(ra.read(poisoned).orElseThrow().properties().get("alfs:errorMessage").value().contains("already exists"));

            String errors = karaf.shell("alfstream:errors");
            assertTrue(errors.contains("/Company Home/Contracts/contract.pdf") && errors.contains("2 attempts"), errors);
            Matcher id = Pattern.compile("(?m)^(\\d+)\\t").matcher(errors);
            assertTrue(id.find(), "alfstream:errors lists the item's id: " + errors);

            rb.edit().delete(clash);
            String retried = karaf.shell("alfstream:retry " + id.group(1));
            assertTrue(retried.contains("applied"), retried);
            assertEquals("Active", state(ra, poisoned));
            assertTrue(karaf.shell("alfstream:errors").contains("error queue empty"));
            SyncSetup.awaitSameTree(ra, rb, "A's contract.pdf to arrive after the retry");

            // an item the operator decides not to sync is removed from the queue and not applied
            String bDraft = rb.edit().createFile(bFolder, "draft.pdf", "B's own".getBytes(StandardCharsets.UTF_8));
            String dropped = edit.createFile(folder, "draft.pdf", "A's".getBytes(StandardCharsets.UTF_8));
            Await.until("draft.pdf parked", () -> "Error".equals(state(ra, dropped)), SyncSetup.SYNC);
            Matcher draftId = Pattern.compile("(?m)^(\\d+)\\t.*draft\\.pdf").matcher(karaf.shell("alfstream:errors"));
            assertTrue(draftId.find(), "alfstream:errors lists draft.pdf");
            assertTrue(karaf.shell("alfstream:remove " + draftId.group(1)).contains("removed " + draftId.group(1)));
            assertTrue(karaf.shell("alfstream:errors").contains("error queue empty"));
            assertTrue(karaf.shell("alfstream:remove 999999").contains("no item 999999"));
            assertEquals("B's own", new String(rb.openContent(rb.findByPath("/Company Home/Contracts/draft.pdf")
                    .orElseThrow()).readAllBytes(), StandardCharsets.UTF_8), "a removed item is not applied");
            // the users settle it by hand: neither side keeps a draft
            rb.edit().delete(bDraft);
            edit.delete(dropped);

            // the operator switches to retry.strategy=none; Karaf picks the file up and restarts the agent
            long log = karaf.logLength();
            karaf.configure(SyncSetup.config(a, b, Map.of("retry.strategy", "none")));
            karaf.awaitLog("retry.strategy=none", log, SyncSetup.SYNC);
            String clash2 = rb.edit().createFile(bFolder, "offer.pdf", "B's own".getBytes(StandardCharsets.UTF_8));
            edit.createFile(folder, "offer.pdf", "A's".getBytes(StandardCharsets.UTF_8));
            edit.createFile(folder, "behind.pdf", "waits".getBytes(StandardCharsets.UTF_8));
            Await.until("the poison item to fail three times",
                    () -> count(karaf.logSince(log), "ITEM-FAILED") >= 3, SyncSetup.SYNC);
            assertTrue(rb.findByPath("/Company Home/Contracts/behind.pdf").isEmpty(), "behind.pdf waits");
            assertTrue(karaf.shell("alfstream:errors").contains("error queue empty"), "none never parks an item");
            rb.edit().delete(clash2);
            SyncSetup.awaitSameTree(ra, rb, "the blocked queue to flow once the cause is gone");
        }
    }

    private static String state(ReferenceRepository repository, String uuid) {
        return repository.read(uuid).orElseThrow().properties().get("alfs:syncState").value();
    }

    private static int count(String text, String token) {
        return text.split(token, -1).length - 1;
    }
}
