package com.parashift.alfstream.share.amp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AMP the build produced, opened the way MMT opens it: layout, module identity, and only our jar in lib/. */
class AmpLayoutIT {

    private static Path amp;
    private static List<String> entries;

    @BeforeAll
    static void open() throws IOException {
        String file = System.getProperty("alfstream.amp.file");
        assertNotNull(file, "run by failsafe, which names the built AMP");
        amp = Path.of(file);
        assertTrue(Files.isRegularFile(amp), "the build produced " + amp);
        entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
        }
    }

    @Test
    void moduleIdentityIsWhatMmtReads() throws IOException {
        Properties module = properties("module.properties");
        assertEquals("alfstream-sync-share", module.getProperty("module.id"));
        assertEquals(System.getProperty("alfstream.amp.module.version"), module.getProperty("module.version"));
        assertTrue(module.getProperty("module.version").matches("\\d+(\\.\\d+){1,2}"), "MMT wants a plain version: " + module.getProperty("module.version"));
        assertTrue(module.getProperty("module.repo.version.min").matches("\\d+\\.\\d+(\\.\\d+)*"));
        assertFalse(module.getProperty("module.title").isBlank());
        assertTrue(module.values().stream().noneMatch(v -> v.toString().contains("${")), "module.properties is filtered: " + module);
    }

    @Test
    void webResourcesAreMappedToTheWebappRoot() throws IOException {
        Properties mapping = properties("file-mapping.properties");
        assertEquals("/", mapping.getProperty("/web"));
        assertEquals("true", mapping.getProperty("include.default"));
    }

    @Test
    void configAndWebHoldWhatShareLoads() {
        for (String expected : List.of(
                "config/alfresco/web-extension/alfstream-sync-share-context.xml",
                "config/alfresco/web-extension/alfstream-sync-share-config.xml",
                "config/alfresco/web-extension/messages/alfstream-sync.properties",
                "config/alfresco/web-extension/messages/alfstream-sync_de.properties",
                "config/alfresco/site-webscripts/com/parashift/alfstream/share/caches/clearcachepath.post.desc.xml",
                "web/alfstream/components/documentlibrary/alfstream-sync-logic.js",
                "web/alfstream/components/documentlibrary/alfstream-sync.js",
                "web/alfstream/components/documentlibrary/alfstream-sync.css",
                "web/alfstream/components/documentlibrary/actions/alfstream-retry-sync-16.png",
                "web/alfstream/components/documentlibrary/indicators/alfstream-sync-error-16.png")) {
            assertTrue(entries.contains(expected), "the AMP holds " + expected);
        }
        assertFalse(entries.stream().anyMatch(e -> e.endsWith("share-config-custom.xml")),
                "never shadow the administrator's share-config-custom.xml");
        assertTrue(entries.stream().allMatch(e -> e.startsWith("config/") || e.startsWith("web/") || e.startsWith("lib/")
                || e.equals("module.properties") || e.equals("file-mapping.properties")), "nothing outside the AMP layout: " + entries);
    }

    @Test
    void libHoldsOnlyOurJarWithOurClassesAndNoStandIns() throws IOException {
        List<String> jars = entries.stream().filter(e -> e.startsWith("lib/") && !e.endsWith("/")).toList();
        assertEquals(List.of("lib/" + System.getProperty("alfstream.amp.jar")), jars);

        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(amp.toFile());
                ZipInputStream jar = new ZipInputStream(zip.getInputStream(zip.getEntry(jars.get(0))))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    classes.add(e.getName());
                }
            }
        }
        assertTrue(classes.contains("com/parashift/alfstream/share/caches/ClearCachePathWebScript.class"));
        assertTrue(classes.stream().allMatch(c -> c.startsWith("com/parashift/alfstream/share/")),
                "no stand-ins (org/springframework/...) or other classes in our jar: " + classes);
        assertFalse(entries.stream().anyMatch(e -> e.contains("alfresco-api") || e.contains("share-api") || e.contains("json-simple")
                || e.contains("slf4j")), "provided dependencies are not packaged");
    }

    private static Properties properties(String entry) throws IOException {
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            assertNotNull(e, "the AMP holds " + entry);
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(e)) {
                p.load(in);
            }
            return p;
        }
    }
}
