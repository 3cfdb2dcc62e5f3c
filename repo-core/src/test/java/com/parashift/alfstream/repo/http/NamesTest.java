package com.parashift.alfstream.repo.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"6f1c3e2a-93b4-4c1d-8f6e-0a2b3c4d5e6f", "abc", "Node-1"})
    void acceptsNodeUuids(String uuid) {
        assertEquals(uuid, Names.checkUuid(uuid));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../etc", "a/b", "-leading-dash", "with space", "a\u0000b"})
    void refusesWhatIsNotANodeUuid(String uuid) {
        SyncException e = assertThrows(SyncException.class, () -> Names.checkUuid(uuid));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().endsWith("is not a node UUID"), e.getMessage());
    }

    @Test
    void refusesAMissingOrOverlongUuid() {
        assertEquals(400, assertThrows(SyncException.class, () -> Names.checkUuid(null)).status());
        assertEquals(400, assertThrows(SyncException.class, () -> Names.checkUuid("a".repeat(65))).status());
    }

    @Test
    void acceptsOnlyLowerCaseHexSha256() {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertEquals(sha, Names.checkSha256(sha));
        for (String bad : new String[] {sha.toUpperCase(), sha.substring(1), sha + "0", "../../etc/passwd", ""}) {
            SyncException e = assertThrows(SyncException.class, () -> Names.checkSha256(bad), bad);
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains("is not a SHA-256"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "Über Straße 2026", "a", "name with.dots.v2.txt", "日本語の文書"})
    void acceptsNamesAUserGives(String name) {
        assertEquals(name, Names.checkNodeName(name));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            ".. => is a relative path element",
            ". => is a relative path element",
            "a/b => contains the character U+002F",
            "a\\b => contains the character U+005C",
            "C:drive => contains the character U+003A",
            "what? => contains the character U+003F",
            "x|y => contains the character U+007C",
            "ends with a dot. => ends with a dot or a space",
    })
    void refusesHostileNamesNamingTheProblem(String name, String problem) {
        SyncException e = assertThrows(SyncException.class, () -> Names.checkNodeName(name));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().endsWith(problem), e.getMessage());
    }

    @Test
    void refusesControlCharactersAndShowsThemHarmlessly() {
        SyncException e = assertThrows(SyncException.class, () -> Names.checkNodeName("bad\u0001name\nnext"));
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\u0001"),
                "control characters never reach a log line: " + e.getMessage());
        assertTrue(assertThrows(SyncException.class, () -> Names.checkNodeName("del\u007f"))
                .getMessage().contains("U+007F"));
    }

    @Test
    void refusesEmptyBlankTrailingSpaceAndOverlongNames() {
        assertTrue(assertThrows(SyncException.class, () -> Names.checkNodeName(null)).getMessage().endsWith("is empty"));
        assertTrue(assertThrows(SyncException.class, () -> Names.checkNodeName("  ")).getMessage().endsWith("is empty"));
        assertTrue(assertThrows(SyncException.class, () -> Names.checkNodeName("trailing "))
                .getMessage().endsWith("ends with a dot or a space"));
        assertEquals("n".repeat(255), Names.checkNodeName("n".repeat(255)));
        SyncException tooLong = assertThrows(SyncException.class, () -> Names.checkNodeName("n".repeat(256)));
        assertTrue(tooLong.getMessage().endsWith("is longer than 255 characters"), tooLong.getMessage());
        assertTrue(tooLong.getMessage().length() < 200, "the name is abbreviated in the message");
    }

    @Test
    void countsLengthInCodePointsSoA255EmojiNameIsAcceptedOnEverySide() {
        String emoji = "\uD83D\uDE00".repeat(255);
        assertEquals(510, emoji.length(), "UTF-16 units");
        assertEquals(emoji, Names.checkNodeName(emoji));
        assertTrue(assertThrows(SyncException.class, () -> Names.checkNodeName(emoji + "\uD83D\uDE00"))
                .getMessage().endsWith("is longer than 255 characters"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "report\u202Etxt.exe => contains the character U+202E",
            "\u2066isolate => contains the character U+2066",
            "rtl\u200Fmark => contains the character U+200F",
            "line\u2028sep => contains the character U+2028",
            "\uFEFFbom => contains the character U+FEFF",
            "star* => contains the character U+002A",
            "a>b => contains the character U+003E",
            "quote\" => contains the character U+0022",
    })
    void refusesBidiControlsAndEveryCharacterOfAlfrescosFilenameConstraint(String name, String problem) {
        String decoded = name.translateEscapes();
        SyncException e = assertThrows(SyncException.class, () -> Names.checkNodeName(decoded));
        assertTrue(e.getMessage().endsWith(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\u202E"), "a bidi override never reaches a log line");
    }

    @Test
    void refusesLoneSurrogates() {
        for (String name : new String[] {"\uD800", "x\uDC00y", "end\uD83D"}) {
            assertTrue(assertThrows(SyncException.class, () -> Names.checkNodeName(name)).getMessage()
                    .contains("lone surrogate"), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "", "a b", "x\r\ny", "A/B"})
    void refusesOriginsThatAreNoInstanceId(String origin) {
        assertEquals(400, assertThrows(SyncException.class, () -> Names.checkOrigin(origin)).status());
    }

    @Test
    void acceptsInstanceIdsAndPrefixedNames() {
        assertEquals("alfresco-b.example_1", Names.checkOrigin("alfresco-b.example_1"));
        assertEquals("cm:title", Names.checkQName("cm:title"));
        for (String bad : new String[] {"../../x", "42", "cm:", ":x", "CM:title", "cm:a b"}) {
            assertThrows(SyncException.class, () -> Names.checkQName(bad), bad);
        }
        for (String bad : new String[] {"text/plain\r\nX: 1", "", "../../x", "text"}) {
            assertThrows(SyncException.class, () -> Names.checkMimetype(bad), bad);
        }
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Names.checkMimetype("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }
}
