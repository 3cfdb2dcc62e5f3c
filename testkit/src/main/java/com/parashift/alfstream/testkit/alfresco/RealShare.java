package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Share with the Share AMP, and the real repository behind it (instance {@code S} of {@link RealAlfresco},
 * so the Share tests disturb no other test), started once per JVM. Configured by system properties:
 * {@code share.war} (default: the {@code share-*.war} beside {@code alfresco.war}; the tests skip when there is
 * none) and {@code alfstream.share.amp} (the AMP under test).
 */
public final class RealShare {

    /** The repository and the Share in front of it. */
    public record Pair(AlfrescoServer repository, ShareServer share, String clearCacheToken) {
    }

    public static final String REPOSITORY = "S";
    private static final String TOKEN = "alfstream-share-test-token-" + Long.toHexString(System.nanoTime());
    private static Pair pair;

    private RealShare() {
    }

    /** The Share war to test, or empty when there is none (or no Alfresco war). */
    public static Optional<Path> available() {
        return RealAlfresco.available().flatMap(war -> RealAlfresco.beside(war, "share.war", "share-.*\\.war"))
                .filter(Files::isRegularFile);
    }

    public static String unavailableReason() {
        return "no Share war (share.war, or share-*.war beside alfresco.war) or no Alfresco war: the real-Share tests"
                + " are skipped. " + RealAlfresco.unavailableReason();
    }

    /**
     * The running pair, started on first use; {@code repositoryProperties} go into the repository's global
     * properties (they count on first use only).
     */
    public static synchronized Pair instance(Map<String, String> repositoryProperties) {
        if (pair == null) {
            Path war = available().orElseThrow(() -> new IllegalStateException(unavailableReason()));
            try {
                int port = Tomcat.freePort();
                Map<String, String> properties = new HashMap<>(repositoryProperties);
                properties.putAll(Map.of("share.host", "127.0.0.1", "share.port", String.valueOf(port),
                        "share.protocol", "http", "alfstream.sync.shareurl", "http://127.0.0.1:" + port + "/share",
                        "alfstream.sync.sharetoken", TOKEN));
                AlfrescoServer repository = RealAlfresco.instance(REPOSITORY, properties);
                Path work = Path.of(System.getProperty("real.alfresco.work", "target/real-alfresco")).toAbsolutePath();
                Path withAmp = Webapps.withAmps(war, RealAlfresco.mmt(RealAlfresco.available().orElseThrow()),
                        List.of(RealAlfresco.requiredFile("alfstream.share.amp")), work.resolve("share-with-amp.war"));
                ShareServer share = ShareServer.start(work.resolve("share"), withAmp,
                        RealAlfresco.requiredFile("tomcat.dist"), port, repository.url(), TOKEN);
                pair = new Pair(repository, share, TOKEN);
            } catch (IOException e) {
                throw new IllegalStateException("no free port for Share: " + e.getMessage(), e);
            }
        }
        return pair;
    }
}
