package com.parashift.alfstream.e2e;

import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.content.GeneratedContent;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Peers that misbehave, in a real Karaf: a node whose content the local repository cannot send is parked while
 * the others go on; a remote that starts refusing the credentials gives one PEER-AUTH-FAILED line and one
 * PEER-AUTH-RECOVERED line, not one per retry; a password given as ENC(...) from alfstream:encrypt works, and one
 * that cannot be decrypted is a CONFIG-INVALID line that shows no secret.
 */
class PeerFailuresIT {

    @Test
    void poisonedContentRefusedCredentialsAndEncryptedPasswords() throws Exception {
        try (SyncSetup setup = new SyncSetup("peer-failures")) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B");
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            LocalEdits edit = ra.edit();
            String folder = edit.createFolder(ra.rootUuid(), "Media");
            edit.beginSync(folder);
            Karaf karaf = setup.karaf("peers", a, b, Map.of("retry.attempts", "2"));
            karaf.start();
            karaf.awaitEngineStarted(0);
            SyncSetup.awaitSameTree(ra, rb, "the folder to reach B");

            // a mimetype the local repository cannot put in a header: GET content answers 500 for this node only
            edit.createFile(folder, "broken.bin", new GeneratedContent(100_000, 1), "text/plain\r\nX-Forged: yes");
            edit.createFile(folder, "fine.bin", new GeneratedContent(100_000, 2), "application/octet-stream");
            Await.until("fine.bin to pass the broken node",
                    () -> rb.findByPath("/Company Home/Media/fine.bin").isPresent(), SyncSetup.SYNC);
            karaf.awaitLog("ITEM-DROPPED", 0, SyncSetup.SYNC);
            assertTrue(karaf.shell("alfstream:errors").contains("/Company Home/Media/broken.bin"));

            // B starts refusing the sync user's password, then takes it again
            int port = b.port();
            String bUrl = b.url();
            b.close();
            long log = karaf.logLength();
            try (ReferenceServer refusing = new ReferenceServer(rb, setup.work().resolve("repo-B"), port, SyncSetup.USER,
                    "Changed-By-Someone-9")) {
                karaf.shell("log:set DEBUG com.parashift.alfstream.engine.agent.PeerFailures");
                edit.createFile(folder, "waits.txt", "w".getBytes(StandardCharsets.UTF_8));
                karaf.awaitLog("PEER-AUTH-FAILED", log, SyncSetup.SYNC);
                // retries with backoff (their DEBUG lines), and no further WARN line
                Await.until("three retries", () -> count(karaf.logSince(log), "PEER-AUTH-RETRY") >= 3, SyncSetup.SYNC);
            }
            String failing = karaf.logSince(log);
            assertEquals(1, count(failing, "PEER-AUTH-FAILED"), failing);
            assertTrue(failing.contains("PEER-AUTH-FAILED default remote " + bUrl), failing);
            try (ReferenceServer back = new ReferenceServer(rb, setup.work().resolve("repo-B"), port, SyncSetup.USER,
                    SyncSetup.PASSWORD)) {
                karaf.awaitLog("PEER-AUTH-RECOVERED", log, SyncSetup.SYNC);
                Await.until("waits.txt to arrive once the password is taken again",
                        () -> rb.findByPath("/Company Home/Media/waits.txt").isPresent(), SyncSetup.SYNC);
                assertEquals(1, count(karaf.logSince(log), "PEER-AUTH-FAILED"));

                // the operator encrypts the password with alfstream:encrypt and puts ENC(...) in the configuration
                String encrypted = karaf.shell("alfstream:encrypt " + SyncSetup.PASSWORD);
                Matcher enc = Pattern.compile("ENC\\([A-Za-z0-9+/=]+\\)").matcher(encrypted);
                assertTrue(enc.find(), encrypted);
                long restart = karaf.logLength();
                Map<String, String> config = new HashMap<>(SyncSetup.config(a, back, Map.of()));
                config.put("alfstream.remote.password", enc.group());
                karaf.configure(config);
                karaf.awaitEngineStarted(restart);
                edit.createFile(folder, "after-encryption.txt", "e".getBytes(StandardCharsets.UTF_8));
                Await.until("a change to arrive with the encrypted password",
                        () -> rb.findByPath("/Company Home/Media/after-encryption.txt").isPresent(), SyncSetup.SYNC);

                long broken = karaf.logLength();
                config.put("alfstream.remote.password", "ENC(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)");
                karaf.configure(config);
                karaf.awaitLog("CONFIG-INVALID alfstream.remote.password: ENC(...) cannot be decrypted", broken,
                        SyncSetup.SYNC);
                String all = karaf.logSince(0);
                assertFalse(all.contains(SyncSetup.PASSWORD), "no password in the log");
                assertFalse(all.contains("X-Forged: yes"), "no raw peer text in the log");
            }
        }
    }

    private static int count(String text, String token) {
        return text.split(token, -1).length - 1;
    }
}
