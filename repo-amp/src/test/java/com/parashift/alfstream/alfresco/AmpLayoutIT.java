package com.parashift.alfstream.alfresco;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opens the AMP the build produced and checks the layout MMT installs from. */
class AmpLayoutIT {

    private static final String MODULE = "config/alfresco/module/alfstream-sync-repo/";

    private final Path amp = Path.of(System.getProperty("amp.file", "target/missing.amp"));
    private final String version = System.getProperty("amp.version", "?");

    private List<String> entries() throws IOException {
        assertTrue(Files.isRegularFile(amp), "no AMP at " + amp);
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }
        return names;
    }

    @Test
    void moduleDescriptorIsFiltered() throws IOException {
        Properties module = new Properties();
        try (ZipFile zip = new ZipFile(amp.toFile()); InputStream in = zip.getInputStream(zip.getEntry("module.properties"))) {
            module.load(in);
        }
        assertEquals("alfstream-sync-repo", module.getProperty("module.id"));
        assertEquals(version, module.getProperty("module.version"));
        assertEquals("7.4", module.getProperty("module.repo.version.min"));
        module.stringPropertyNames().forEach(key ->
                assertTrue(!module.getProperty(key).contains("${"), key + " not filtered"));
    }

    @Test
    void configurationIsWhereAlfrescoLooksForIt() throws IOException {
        List<String> entries = entries();
        for (String expected : List.of("file-mapping.properties", MODULE + "module-context.xml",
                MODULE + "alfresco-global.properties", MODULE + "context/bootstrap-context.xml",
                MODULE + "context/service-context.xml", MODULE + "context/webscript-context.xml",
                MODULE + "model/alfstream-sync-model.xml", MODULE + "audit/alfstream-sync-audit.xml",
                MODULE + "messages/alfstream-sync-model.properties",
                "config/alfresco/extension/templates/webscripts/com/parashift/alfstream/sync/changes.get.desc.xml")) {
            assertTrue(entries.contains(expected), "AMP lacks " + expected);
        }
    }

    @Test
    void libHoldsOurJarsOnlyNeverTheStandInsNorWhatAlfrescoShips() throws IOException {
        List<String> jars = entries().stream().filter(e -> e.startsWith("lib/") && e.endsWith(".jar"))
                .map(e -> e.substring(4)).sorted().toList();
        assertEquals(List.of("alfstream-protocol-" + version + ".jar", "alfstream-repo-amp-" + version + ".jar",
                "alfstream-repo-core-" + version + ".jar"), jars);
    }

    @Test
    void theModuleJarCarriesClassesNotConfiguration() throws IOException {
        Path jar = amp.resolveSibling("alfstream-repo-amp-" + version + ".jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("alfresco/")),
                    "configuration in the jar would be loaded twice");
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith("AlfrescoRepository.class")));
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("org/alfresco/")), "stand-ins in the jar");
        }
    }
}
