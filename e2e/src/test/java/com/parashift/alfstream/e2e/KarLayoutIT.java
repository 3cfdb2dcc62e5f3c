package com.parashift.alfstream.e2e;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KAR as an operator receives it: a features.xml, and every bundle it names inside, nothing to download. */
class KarLayoutIT {

    @Test
    void theKarCarriesItsFeatureAndEveryBundleTheFeatureNames() throws Exception {
        try (ZipFile kar = new ZipFile(Path.of(System.getProperty("alfstream.kar")).toFile())) {
            ZipEntry featuresEntry = kar.stream().filter(e -> e.getName().endsWith("-features.xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no features.xml in the KAR"));
            Document features = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(kar.getInputStream(featuresEntry));
            NodeList featureList = features.getElementsByTagName("feature");
            assertEquals("alfstream-sync", featureList.item(0).getAttributes().getNamedItem("name").getNodeValue());
            assertEquals(0, features.getElementsByTagName("repository").getLength(),
                    "the feature must not need another features repository (no network)");

            NodeList bundles = features.getElementsByTagName("bundle");
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < bundles.getLength(); i++) {
                String path = repositoryPath(bundles.item(i).getTextContent().trim());
                if (kar.getEntry(path) == null) {
                    missing.add(path);
                }
            }
            assertTrue(missing.isEmpty(), "bundles named by the feature but not in the KAR: " + missing);

            ZipEntry bundle = kar.stream().filter(e -> e.getName().contains("alfstream-karaf-feature") && e.getName().endsWith(".jar"))
                    .findFirst().orElseThrow();
            Manifest manifest = manifest(kar, bundle);
            assertEquals("com.parashift.alfstream.sync", manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
            String classPath = manifest.getMainAttributes().getValue("Bundle-ClassPath");
            for (String embedded : new String[]{"camel-core-engine", "camel-timer", "httpclient5", "jackson-databind", "h2-mvstore", "alfstream-engine"}) {
                assertTrue(classPath.contains("lib/" + embedded), "the bundle embeds " + embedded + ": " + classPath);
            }
            assertNotNull(manifest.getMainAttributes().getValue("Service-Component"), "the DS component is declared");
            assertTrue(!classPath.contains("slf4j-api"), "SLF4J comes from Karaf's pax-logging, not the bundle");
        }
    }

    private static String repositoryPath(String mvnUrl) {
        String[] parts = mvnUrl.substring("mvn:".length()).split("/");
        return "repository/" + parts[0].replace('.', '/') + "/" + parts[1] + "/" + parts[2] + "/" + parts[1] + "-" + parts[2] + ".jar";
    }

    private static Manifest manifest(ZipFile kar, ZipEntry bundle) throws IOException {
        try (InputStream in = kar.getInputStream(bundle); JarInputStream jar = new JarInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
            return jar.getManifest();
        }
    }
}
