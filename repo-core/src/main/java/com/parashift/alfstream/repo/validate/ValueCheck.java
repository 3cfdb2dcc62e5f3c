package com.parashift.alfstream.repo.validate;

import com.parashift.alfstream.repo.http.Names;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Whether a property value, as the wire carries it, is a value of its data type. */
final class ValueCheck {

    private static final Pattern NODE_REF = Pattern.compile("[a-z]{1,32}://[A-Za-z0-9_.-]{1,64}/[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8}){0,3}");

    private ValueCheck() {
    }

    /** The problem with the value, or {@code null} if it is one of its type. */
    static String problem(String dataType, String value) {
        String local = dataType.substring(dataType.indexOf(':') + 1);
        try {
            switch (local) {
                case "int" -> Integer.parseInt(value);
                case "long" -> Long.parseLong(value);
                case "float", "double" -> {
                    if (!Double.isFinite(Double.parseDouble(value))) {
                        return notA(dataType, value);
                    }
                }
                case "boolean" -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return notA(dataType, value);
                    }
                }
                case "date", "datetime" -> instant(value);
                case "qname" -> Names.checkQName(value);
                case "noderef", "category" -> {
                    if (!NODE_REF.matcher(value).matches()) {
                        return notA(dataType, value);
                    }
                }
                case "locale" -> {
                    if (!LOCALE.matcher(value).matches()) {
                        return notA(dataType, value);
                    }
                }
                case "content" -> {
                    return "content travels as the node's content, never as a property";
                }
                default -> {
                    return null;
                }
            }
        } catch (RuntimeException e) {
            return notA(dataType, value);
        }
        return null;
    }

    private static void instant(String value) {
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            OffsetDateTime.parse(value);
        }
    }

    private static String notA(String dataType, String value) {
        return "'" + Names.abbreviate(value) + "' is not a " + dataType;
    }
}
