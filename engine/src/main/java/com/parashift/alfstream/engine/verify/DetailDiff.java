package com.parashift.alfstream.engine.verify;

import com.parashift.alfstream.engine.log.LogText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Says which parts of two nodes' digest details differ: property by property, the rest by part. */
final class DetailDiff {

    private static final int MAX_VALUE_CHARS = 60;

    private DetailDiff() {
    }

    static String describe(Map<String, Object> source, Map<String, Object> target) {
        if (source == null || target == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(source.keySet());
        keys.addAll(target.keySet());
        for (String key : keys) {
            Object here = source.get(key);
            Object there = target.get(key);
            if (Objects.equals(here, there)) {
                continue;
            }
            if (here instanceof Map<?, ?> left && there instanceof Map<?, ?> right) {
                TreeSet<Object> names = new TreeSet<>(java.util.Comparator.comparing(Objects::toString));
                names.addAll(left.keySet());
                names.addAll(right.keySet());
                for (Object name : names) {
                    if (!Objects.equals(left.get(name), right.get(name))) {
                        parts.add(name + " " + shown(left.get(name)) + " / " + shown(right.get(name)));
                    }
                }
            } else {
                parts.add(key + " " + shown(here) + " / " + shown(there));
            }
        }
        return String.join("; ", parts);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(none)";
        }
        Object shown = value instanceof Map<?, ?> map && map.containsKey("value") ? map.get("value") : value;
        return LogText.clean(abbreviate(String.valueOf(shown)));
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
