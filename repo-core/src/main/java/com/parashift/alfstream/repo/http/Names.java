package com.parashift.alfstream.repo.http;

import java.util.regex.Pattern;

/** Checks of identifiers that arrive from outside, before they reach a repository or a file name. */
public final class Names {

    private static final Pattern UUID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern GROUP = Pattern.compile("GROUP_[^/\\\\\\p{Cntrl}\"*?<>|]{1,250}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Names() {
    }

    public static String checkUuid(String uuid) {
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            throw SyncException.badRequest("'" + abbreviate(uuid) + "' is not a node UUID");
        }
        return uuid;
    }

    /** A group's authority name: {@code GROUP_} and a name without path or control characters. */
    public static String checkGroupName(String name) {
        if (name == null || !GROUP.matcher(name).matches()) {
            throw SyncException.badRequest("'" + abbreviate(name) + "' is not a group name (GROUP_…)");
        }
        return name;
    }

    public static String checkSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw SyncException.badRequest("'" + abbreviate(sha256) + "' is not a SHA-256 in lower-case hex");
        }
        return sha256;
    }

    /**
     * A node name must be a single path element that Alfresco accepts: not blank, not {@code .} or {@code ..},
     * no {@code / \ : * ? " < > |}, no control characters, not ending in a dot or a space.
     */
    public static String checkNodeName(String name) {
        String problem = nodeNameProblem(name);
        if (problem != null) {
            throw SyncException.badRequest("node name '" + abbreviate(name) + "' " + problem);
        }
        return name;
    }

    private static String nodeNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "is empty";
        }
        if (name.length() > 255) {
            return "is longer than 255 characters";
        }
        if (name.equals(".") || name.equals("..")) {
            return "is a relative path element";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0) {
                return "contains the character U+" + String.format("%04X", (int) c);
            }
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return "ends with a dot or a space";
        }
        return null;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
