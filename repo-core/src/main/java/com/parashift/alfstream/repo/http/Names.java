package com.parashift.alfstream.repo.http;

import java.util.regex.Pattern;

/**
 * Checks of identifiers and names that arrive from outside, before they reach a repository, a file name, a header
 * or a log line. Every check answers 400 with a message that names the offending value, abbreviated and with
 * control characters made harmless.
 */
public final class Names {

    /** The longest node name, counted in Unicode code points (characters as a user sees them, emoji as one). */
    public static final int MAX_NAME_CODE_POINTS = 255;

    private static final Pattern UUID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern GROUP = Pattern.compile("GROUP_[^/\\\\\\p{Cntrl}\"*?<>|]{1,250}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ORIGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** A prefixed name as the protocol carries it: {@code cm:title}, {@code st:siteVisibility}. */
    private static final Pattern QNAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}:[A-Za-z_][A-Za-z0-9_.-]{0,99}");
    /** The longest user name, as Alfresco's authority table holds it. */
    private static final int MAX_USER_CHARS = 100;
    /** A mimetype {@code type/subtype} and an optional parameter; nothing that could break a header. */
    private static final Pattern MIMETYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION_LABEL = Pattern.compile("[0-9]{1,9}\\.[0-9]{1,9}");
    private static final Pattern ENCODING = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,39}");
    /** A permission or role name: {@code Consumer}, {@code SiteManager}, {@code ReadProperties}. */
    private static final Pattern PERMISSION = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");
    /** What Alfresco's {@code cm:filename} constraint (contentModel.xml) refuses anywhere in a name. */
    private static final String ALFRESCO_FORBIDDEN = "\"*\\><?/:|";

    private Names() {
    }

    public static String checkUuid(String uuid) {
        return check(uuid, UUID, "is not a node UUID");
    }

    /** A group's authority name: {@code GROUP_} and a name without path or control characters. */
    public static String checkGroupName(String name) {
        return check(name, GROUP, "is not a group name (GROUP_…)");
    }

    /** A version label as Alfresco numbers versions: {@code 1.0}, {@code 1.1}, {@code 2.0}. */
    public static String checkVersionLabel(String label) {
        return check(label, VERSION_LABEL, "is not a version label like 1.0 or 2.3");
    }

    public static String checkSha256(String sha256) {
        return check(sha256, SHA256, "is not a SHA-256 in lower-case hex");
    }

    /** An instance id, as {@code origin} and {@code exclude-origin} carry it. */
    public static String checkOrigin(String origin) {
        return check(origin, ORIGIN, "is not an instance id (letters, digits, . _ -, at most 64)");
    }

    /** A prefixed name of a type, aspect, property, association or data type. */
    public static String checkQName(String qname) {
        return check(qname, QNAME, "is not a prefixed name like cm:title");
    }

    /**
     * A user name as Alfresco accepts one (anything that is no group or role: mail addresses, {@code DOMAIN\\user})
     * and that is safe to show and look up: not blank, no blanks around it, no {@code /}, no control, bidi or lone
     * surrogate characters, at most 100 characters.
     */
    public static String checkUserName(String user) {
        if (user == null || user.isBlank() || !user.strip().equals(user) || user.length() > MAX_USER_CHARS
                || user.startsWith("GROUP_") || user.startsWith("ROLE_") || user.indexOf('/') >= 0
                || unsafeCharacter(user, "") != null) {
            throw SyncException.badRequest("'" + abbreviate(user) + "' is not a user name");
        }
        return user;
    }

    public static String checkMimetype(String mimetype) {
        return check(mimetype, MIMETYPE, "is not a mimetype like text/plain");
    }

    public static String checkEncoding(String encoding) {
        return check(encoding, ENCODING, "is not a character encoding like UTF-8");
    }

    public static String checkPermission(String permission) {
        return check(permission, PERMISSION, "is not a permission or role name");
    }

    private static String check(String value, Pattern pattern, String problem) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw SyncException.badRequest("'" + abbreviate(value) + "' " + problem);
        }
        return value;
    }

    /**
     * A node name must be a single path element that Alfresco accepts (its {@code cm:filename} constraint: none of
     * {@code " * \ > < ? / : |}, not ending in a dot or a space) and that shows as what it is: no control
     * characters, no bidirectional overrides or isolates (they make {@code exe.txt} read {@code txt.exe}), no lone
     * surrogates, not blank, not {@code .} or {@code ..}, at most {@value #MAX_NAME_CODE_POINTS} characters counted
     * as code points, so a name of emoji counts as long on every side.
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
        if (name.equals(".") || name.equals("..")) {
            return "is a relative path element";
        }
        String unsafe = unsafeCharacter(name, ALFRESCO_FORBIDDEN);
        if (unsafe != null) {
            return unsafe;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_CODE_POINTS) {
            return "is longer than " + MAX_NAME_CODE_POINTS + " characters";
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return "ends with a dot or a space";
        }
        return null;
    }

    /** A lone surrogate, a control, bidi or separator character, or one of {@code forbidden}; {@code null} if none. */
    private static String unsafeCharacter(String text, String forbidden) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !isPaired(text, i)) {
                return "contains a lone surrogate U+" + hex(c);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
                continue;
            }
            if (Character.isISOControl(c) || forbidden.indexOf(c) >= 0 || isBidiControl(c)
                    || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return "contains the character U+" + hex(c);
            }
        }
        return null;
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm. */
    private static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** The text made safe for a message or a log line: control characters shown as {@code ?}, at most 80 long. */
    public static String abbreviate(String text) {
        return abbreviate(text, 80);
    }

    /** The text made safe for a message or a log line, at most {@code max} characters long. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "null";
        }
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]", "?");
        return clean.length() > max ? clean.substring(0, max) + "…" : clean;
    }
}
