package com.parashift.alfstream.engine.log;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTextTest {

    @Test
    void controlAndBidiCharactersAreEscapedAndPlainTextIsKept() {
        assertEquals("a\\u000d\\u000aINFO forged", LogText.clean("a\r\nINFO forged"));
        assertEquals("tab\\u0009esc\\u001b[31m", LogText.clean("tab\tesc\u001b[31m"));
        assertEquals("\\u202etxt.exe", LogText.clean("\u202etxt.exe"));
        assertEquals("Größe – café/日本.txt", LogText.clean("Größe – café/日本.txt"));
        assertEquals("null", LogText.clean(null));
    }

    @Test
    void longTextIsCutSayingHowMuchWasLeftOut() {
        String cleaned = LogText.clean("x".repeat(2_000_000));
        assertTrue(cleaned.startsWith("x".repeat(LogText.MAX) + "…(1999500 more characters)"), cleaned.substring(490));
        assertEquals(LogText.MAX + "…(1999500 more characters)".length(), cleaned.length());
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "x".repeat(LogText.MAX - 1) + "😀" + "tail";
        String cleaned = LogText.clean(text);
        assertTrue(cleaned.startsWith("x".repeat(LogText.MAX - 1) + "…"), cleaned);
    }
}
