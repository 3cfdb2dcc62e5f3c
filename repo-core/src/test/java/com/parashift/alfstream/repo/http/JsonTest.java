package com.parashift.alfstream.repo.http;

import com.parashift.alfstream.protocol.ApplyRequest;
import com.parashift.alfstream.protocol.StateRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    private static SyncException refused(String body) {
        return assertThrows(SyncException.class, () -> Json.read(body.getBytes(StandardCharsets.UTF_8), ApplyRequest.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"protocol\":1,\"protocol\":1,\"origin\":\"A\",\"items\":[]}",
            "{\"protocol\":1,\"origin\":\"A\",\"items\":[]} x",
            "{\"protocol\":1,\"origin\":\"A\",\"items\":[]}{}",
            "{\"protocol\":\"1\",\"origin\":\"A\",\"items\":[]}",
            "{\"protocol\":1.5,\"origin\":\"A\",\"items\":[]}",
            "{\"protocol\":null,\"origin\":\"A\",\"items\":[]}",
            "{\"protocol\":1,\"origin\":42,\"items\":[]}",
            "{\"protocol\":1,\"origin\":true,\"items\":[]}",
            "{\"protocol\":1,\"origin\":\"A\",\"items\":[{\"id\":\"1\"}]}",
            "{\"protocol\":1,\"origin\":\"A\",\"items\":[{\"kind\":0}]}",
            "{\"protocol\":1,\"origin\":\"A\",\"ignored\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],\"items\":[]}",
            "{\"protocol\":1,\"origin\":\"A\",\"items\":[",
    })
    void refusesWhatIsNotStrictlyARequestWith400(String body) {
        SyncException e = refused(body);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith("malformed JSON ApplyRequest"), e.getMessage());
    }

    @Test
    void namesTheFieldThatIsWrong() {
        SyncException e = refused("{\"protocol\":1,\"origin\":\"A\",\"items\":[{\"id\":1,\"node\":{\"name\":7}}]}");
        assertTrue(e.getMessage().contains("field items[0].node.name"), e.getMessage());
    }

    @Test
    void aBodyAboveTheLimitIs413() {
        byte[] body = new byte[(int) Json.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(body, (byte) ' ');
        SyncException e = assertThrows(SyncException.class, () -> Json.read(body, StateRequest.class));
        assertEquals(413, e.status());
    }

    @Test
    void unknownFieldsAreStillIgnoredForNewerPeers() {
        StateRequest request = Json.read("{\"protocol\":1,\"uuid\":\"a\",\"state\":\"Active\",\"future\":{\"x\":[1]}}"
                .getBytes(StandardCharsets.UTF_8), StateRequest.class);
        assertEquals("Active", request.state());
    }
}
