package com.parashift.alfstream.repo.validate;

import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.protocol.NodeSnapshot;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.DictionaryPort;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeValidatorTest {

    /** cm:folder, cm:titled, cm:title (d:mltext), cm:modified (d:datetime), cm:references. */
    private static final DictionaryPort DICTIONARY = new DictionaryPort() {
        @Override
        public boolean isType(String type) {
            return type.equals("cm:folder");
        }

        @Override
        public boolean isAspect(String aspect) {
            return aspect.equals("cm:titled");
        }

        @Override
        public Optional<String> propertyType(String property) {
            return Optional.ofNullable(Map.of("cm:title", "d:mltext", "cm:modified", "d:datetime").get(property));
        }

        @Override
        public boolean isAssociation(String association) {
            return association.equals("cm:references");
        }
    };

    private final ChangeValidator validator = new ChangeValidator(DICTIONARY,
            new Limits(10, 3, 20, 2, 2, 2, 2, 2, 10));

    private static Change folder(Map<String, PropertyValue> properties, List<String> aspects) {
        NodeSnapshot node = new NodeSnapshot("u1", "p1", "/Company Home", "f", "cm:folder", aspects, properties, null,
                Permissions.INHERITED, List.of());
        return new Change(1, ChangeKind.CREATE, "u1", "A", 1, node);
    }

    private String refusal(Change change) {
        SyncException e = assertThrows(SyncException.class, () -> validator.check(change));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @Test
    void acceptsAChangeOfKnownNamesAndWellTypedValues() {
        assertDoesNotThrow(() -> validator.check(folder(Map.of("cm:title", PropertyValue.of("d:text", "T"),
                "cm:modified", PropertyValue.of("d:datetime", "2026-12-01T10:00:00Z")), List.of("cm:titled"))));
    }

    @Test
    void refusesNamesTheDictionaryDoesNotHaveAndBookkeeping() {
        assertEquals("node.properties.xx:evil: 'xx:evil' is not a property here",
                refusal(folder(Map.of("xx:evil", PropertyValue.of("d:text", "x")), List.of())));
        assertEquals("node.aspects[0]: the sync model's bookkeeping (alfs:sync) never travels",
                refusal(folder(Map.of(), List.of("alfs:sync"))));
        assertEquals("node.properties.alfs:errorMessage: the sync model's bookkeeping (alfs:errorMessage) never travels",
                refusal(folder(Map.of("alfs:errorMessage", PropertyValue.of("d:text", "<script>")), List.of())));
    }

    @Test
    void refusesValuesThatAreNoValueOfTheirTypeAndSizesAboveTheLimits() {
        assertEquals("node.properties.cm:modified: 'yesterday' is not a d:datetime",
                refusal(folder(Map.of("cm:modified", PropertyValue.of("d:datetime", "yesterday")), List.of())));
        assertEquals("node.properties.cm:title (characters): more than 20 (21)",
                refusal(folder(Map.of("cm:title", PropertyValue.of("d:mltext", "x".repeat(21))), List.of())));
        Map<String, PropertyValue> four = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            four.put("cm:title" + i, PropertyValue.of("d:text", "x"));
        }
        assertEquals("node.properties: more than 3 (4)", refusal(folder(four, List.of())));
    }

    @Test
    void refusesAGroupThatIsAMemberOfItself() {
        Change change = new Change(1, ChangeKind.GROUP, "GROUP_a", "A", 1, null,
                new GroupSnapshot("GROUP_a", "A", List.of("GROUP_a")));
        assertEquals("group.members[0]: a group cannot be a member of itself (GROUP_a)", refusal(change));
    }

    @Test
    void refusesNegativeIdsAndOriginsThatAreNoInstanceId() {
        Change negative = new Change(-1, ChangeKind.DELETE, "u1", "A", 1, null);
        assertEquals("id: must be 0 or more, was -1", refusal(negative));
        Change origin = new Change(1, ChangeKind.DELETE, "u1", "../../etc", 1, null);
        assertEquals("origin: '../../etc' is not an instance id (letters, digits, . _ -, at most 64)", refusal(origin));
    }
}
