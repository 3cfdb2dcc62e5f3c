package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * A typed property value. Exactly one of {@code value} and {@code values} is set: {@code values} for a
 * multi-valued property. Values are strings in the data type's canonical form (ISO-8601 for dates).
 *
 * @param type   the data type, prefixed ({@code d:text}, {@code d:datetime}, {@code d:long}, …)
 * @param value  a single value
 * @param values the values of a multi-valued property
 */
public record PropertyValue(String type, String value, List<String> values) {

    public static PropertyValue of(String type, String value) {
        return new PropertyValue(type, value, null);
    }

    public static PropertyValue ofAll(String type, List<String> values) {
        return new PropertyValue(type, null, List.copyOf(values));
    }
}
