package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One real Share in a Tomcat of its own on loopback, talking to one repository: the war (with the Share AMP
 * already installed by MMT) unpacked, a {@code share-config-custom.xml} naming the repository's endpoints and the
 * cache-clearing token, started as a child process and stopped by its PID. The folder is kept after the run.
 */
public final class ShareServer implements AutoCloseable {

    private final Tomcat tomcat;
    private final Path home;

    private ShareServer(Tomcat tomcat, Path home) {
        this.tomcat = tomcat;
        this.home = home;
    }

    /**
     * Lays out Share in {@code home} (emptied first) on {@code port} and starts it; returns once its login page
     * answers. {@code repositoryUrl} is {@code http://host:port/alfresco}.
     */
    public static ShareServer start(Path home, Path war, Path tomcatDist, int port, String repositoryUrl,
            String clearCacheToken) {
        try {
            Tomcat tomcat = Tomcat.layOut("Share", tomcatDist, home, port, Tomcat.freePort());
            Path webapp = home.resolve("webapps/share");
            Webapps.unpack(war, webapp);
            Path extension = webapp.resolve("WEB-INF/classes/alfresco/web-extension");
            Files.createDirectories(extension);
            Files.writeString(extension.resolve("share-config-custom.xml"), config(repositoryUrl, clearCacheToken));
            tomcat.launch(List.of("-Xms256m", "-Xmx1g", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                    "-Dfile.encoding=UTF-8"));
            tomcat.awaitReady("/share/page/type/login", Duration.ofMinutes(Long.getLong("real.share.startMinutes", 8)));
            return new ShareServer(tomcat, home.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up Share: " + e.getMessage(), e);
        }
    }

    /** The endpoints Share's own {@code share-config-custom.xml.sample} names, pointed at the repository. */
    static String config(String repositoryUrl, String clearCacheToken) {
        String services = repositoryUrl + "/s";
        return """
                <alfresco-config>
                   <config evaluator="string-compare" condition="Remote">
                      <remote>
                         <endpoint>
                            <id>alfresco-noauth</id>
                            <name>Alfresco - unauthenticated access</name>
                            <connector-id>alfresco</connector-id>
                            <endpoint-url>%1$s</endpoint-url>
                            <identity>none</identity>
                         </endpoint>
                         <endpoint>
                            <id>alfresco</id>
                            <name>Alfresco - user access</name>
                            <connector-id>alfresco</connector-id>
                            <endpoint-url>%1$s</endpoint-url>
                            <identity>user</identity>
                         </endpoint>
                         <endpoint>
                            <id>alfresco-feed</id>
                            <name>Alfresco Feed</name>
                            <connector-id>http</connector-id>
                            <endpoint-url>%1$s</endpoint-url>
                            <basic-auth>true</basic-auth>
                            <identity>user</identity>
                         </endpoint>
                         <endpoint>
                            <id>alfresco-api</id>
                            <parent-id>alfresco</parent-id>
                            <name>Alfresco Public API - user access</name>
                            <connector-id>alfresco</connector-id>
                            <endpoint-url>%2$s/api</endpoint-url>
                            <identity>user</identity>
                         </endpoint>
                      </remote>
                   </config>
                   <config evaluator="string-compare" condition="ClearCache">
                      <token>%3$s</token>
                   </config>
                </alfresco-config>
                """.formatted(services, repositoryUrl, clearCacheToken);
    }

    /** {@code http://127.0.0.1:<port>/share} */
    public String url() {
        return tomcat.root() + "/share";
    }

    public Path home() {
        return home;
    }

    public String logTail() {
        return tomcat.logTail();
    }

    /** Stops Tomcat by its PID. */
    @Override
    public void close() {
        tomcat.stop();
    }
}
