package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.repo.port.DictionaryPort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reference repository's data dictionary: the content models listed in {@code content-models.txt}. */
final class ReferenceDictionary implements DictionaryPort {

    private static final ReferenceDictionary MODELS = load("content-models.txt");

    private final Set<String> types = new HashSet<>();
    private final Set<String> aspects = new HashSet<>();
    private final Set<String> associations = new HashSet<>();
    private final Map<String, String> properties = new HashMap<>();

    static ReferenceDictionary models() {
        return MODELS;
    }

    private static ReferenceDictionary load(String resource) {
        ReferenceDictionary dictionary = new ReferenceDictionary();
        try (InputStream in = ReferenceDictionary.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                dictionary.define(line.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content models " + resource, e);
        }
        return dictionary;
    }

    private void define(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "type" -> types.add(words[1]);
            case "aspect" -> aspects.add(words[1]);
            case "association" -> associations.add(words[1]);
            case "property" -> properties.put(words[1], words[2]);
            default -> throw new IllegalArgumentException("content models: cannot read '" + line + "'");
        }
    }

    @Override
    public boolean isType(String type) {
        return types.contains(type);
    }

    @Override
    public boolean isAspect(String aspect) {
        return aspects.contains(aspect);
    }

    @Override
    public Optional<String> propertyType(String property) {
        return Optional.ofNullable(properties.get(property));
    }

    @Override
    public boolean isAssociation(String association) {
        return associations.contains(association);
    }
}
