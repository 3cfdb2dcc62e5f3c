package com.parashift.alfstream.engine.log;

/**
 * Text that came from a peer (a message, a path, a name), made safe for one log line: control characters (CR, LF,
 * TAB, ESC…) and invisible format characters (bidi overrides) become {@code \\uXXXX}, and the text is cut at
 * {@value #MAX} characters, saying how much was left out. A forged line or a megabyte message cannot reach the log.
 */
public final class LogText {

    /** The most characters of peer text a log line carries. */
    public static final int MAX = 500;

    private LogText() {
    }

    public static String clean(Object text) {
        if (text == null) {
            return "null";
        }
        String raw = text.toString();
        int end = Math.min(raw.length(), MAX);
        if (end < raw.length() && Character.isHighSurrogate(raw.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 32);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (raw.length() > end) {
            out.append("…(").append(raw.length() - end).append(" more characters)");
        }
        return out.toString();
    }
}
