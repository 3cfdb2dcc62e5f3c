package com.parashift.alfstream.share.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The AMP's sources as the build packs them (src/main/amp), read the way Share reads them. */
final class AmpSources {

    static final Path AMP = Path.of("src/main/amp");
    static final Path CONFIG = AMP.resolve("config");
    static final Path WEB = AMP.resolve("web");
    static final Path WEB_EXTENSION = CONFIG.resolve("alfresco/web-extension");
    static final Path SHARE_CONFIG = WEB_EXTENSION.resolve("alfstream-sync-share-config.xml");
    static final Path SPRING_CONTEXT = WEB_EXTENSION.resolve("alfstream-sync-share-context.xml");
    static final Path MESSAGES = WEB_EXTENSION.resolve("messages");
    static final Path DOCLIB_WEB = WEB.resolve("alfstream/components/documentlibrary");
    /** where Share resolves doclib action icons and indicator icons from */
    static final Path SHARE_ACTION_ICONS = WEB.resolve("components/documentlibrary/actions");
    static final Path SHARE_INDICATOR_ICONS = WEB.resolve("components/documentlibrary/indicators");

    private AmpSources() {
    }

    /** Parses strictly (namespace aware, no DTDs, no external entities): fails on anything not well-formed. */
    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in, file.toUri().toString());
        }
    }

    static List<Element> elements(Document doc, String tag) {
        return elements(doc.getElementsByTagName(tag));
    }

    static List<Element> elements(Element parent, String tag) {
        return elements(parent.getElementsByTagName(tag));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The {@code <config evaluator="string-compare" condition="...">} section of a Share config file. */
    static Element configSection(Document doc, String condition) {
        return elements(doc, "config").stream()
                .filter(c -> "string-compare".equals(c.getAttribute("evaluator")) && condition.equals(c.getAttribute("condition")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no <config condition=\"" + condition + "\"> section"));
    }

    static Set<String> lines(String classpathResource) throws IOException {
        try (InputStream in = AmpSources.class.getResourceAsStream("/" + classpathResource)) {
            if (in == null) {
                throw new IOException("missing test resource " + classpathResource);
            }
            Set<String> lines = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        }
    }

    static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
