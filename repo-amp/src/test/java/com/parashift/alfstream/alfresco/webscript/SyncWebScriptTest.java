package com.parashift.alfstream.alfresco.webscript;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.SyncAccess;
import com.parashift.alfstream.protocol.ChangeBatch;
import com.parashift.alfstream.protocol.ContentDescriptor;
import com.parashift.alfstream.repo.apply.StagingArea;
import com.parashift.alfstream.repo.export.ContentHandler;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.journal.ChangesHandler;
import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SyncWebScriptTest {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final WebScriptResponse res = mock(WebScriptResponse.class);
    private final WebScriptRequest req = mock(WebScriptRequest.class);

    SyncWebScriptTest() throws Exception {
        when(res.getOutputStream()).thenReturn(body);
    }

    private <W extends SyncWebScript> W as(String user, W script) {
        RunAs runAs = Fixtures.runAs(user);
        AuthorityService authorities = mock(AuthorityService.class);
        when(authorities.getAuthorities()).thenReturn("engine".equals(user) ? Set.of(SyncAccess.GROUP) : Set.of());
        script.setRunAs(runAs);
        script.setSyncAccess(new SyncAccess(authorities, runAs));
        return script;
    }

    private String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nonMembersGet403AndTheHandlerIsNeverCalled() throws Exception {
        ChangesHandler handler = mock(ChangesHandler.class);
        as("bob", new ChangesGet(handler)).execute(req, res);
        verify(res).setStatus(403);
        assertTrue(text().contains("\"status\":403") && text().contains("GROUP_ALFSTREAM_SYNC"), text());
        verifyNoInteractions(handler);
    }

    @Test
    void membersGetTheChangesAsJson() throws Exception {
        ChangesHandler handler = mock(ChangesHandler.class);
        when(req.getParameter("after")).thenReturn("5");
        when(handler.changes("5", null, null, null)).thenReturn(new ChangeBatch(1, 9, false, List.of()));
        as("engine", new ChangesGet(handler)).execute(req, res);
        verify(res).setStatus(200);
        verify(res).setContentType("application/json");
        assertEquals("{\"protocol\":1,\"high\":9,\"hasMore\":false,\"items\":[]}", text());
    }

    @Test
    void syncExceptionsKeepTheirStatusAndMessage() throws Exception {
        ChangesHandler handler = mock(ChangesHandler.class);
        when(handler.changes("x", null, null, null)).thenThrow(SyncException.badRequest("after: 'x' is not a whole number"));
        when(req.getParameter("after")).thenReturn("x");
        as("engine", new ChangesGet(handler)).execute(req, res);
        verify(res).setStatus(400);
        assertEquals("{\"status\":400,\"message\":\"after: 'x' is not a whole number\"}", text());
    }

    @Test
    void unexpectedFailuresAre500NamingTheCause() throws Exception {
        ChangesHandler handler = mock(ChangesHandler.class);
        when(handler.changes(null, null, null, null)).thenThrow(new IllegalStateException("database gone"));
        as("engine", new ChangesGet(handler)).execute(req, res);
        verify(res).setStatus(500);
        assertTrue(text().contains("IllegalStateException: database gone"), text());
    }

    @Test
    void contentOfAVersionStreamsWithItsChecksumHeader() throws Exception {
        ContentHandler handler = mock(ContentHandler.class);
        when(req.getServiceMatch()).thenReturn(new Match("/alfstream/sync/content/{uuid}", Map.of("uuid", "n1"), "x"));
        when(req.getParameter("version")).thenReturn("1.1");
        when(handler.open("n1", "1.1")).thenReturn(new ContentHandler.Content(
                new ContentDescriptor(3, "text/plain", "UTF-8", "abc123", null),
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8))));
        as("engine", new ContentGet(handler)).execute(req, res);
        verify(res).setHeader("X-Alfstream-Sha256", "abc123");
        verify(res).setHeader("Content-Length", "3");
        verify(res).setContentType("text/plain");
        assertEquals("abc", text());
    }

    @Test
    void stagingKeepsMatchingContentAndRefusesAMismatchWith422(@TempDir Path dir) throws Exception {
        StagingArea staging = new StagingArea(dir, Duration.ofHours(1));
        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Content content = mock(Content.class);
        when(content.getInputStream()).thenReturn(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));
        when(req.getContent()).thenReturn(content);
        when(req.getServiceMatch()).thenReturn(new Match("/alfstream/sync/staging/{sha256}", Map.of("sha256", sha), "x"));
        as("engine", new StagingPut(staging)).execute(req, res);
        verify(res).setStatus(204);
        assertTrue(staging.has(sha));

        WebScriptResponse second = mock(WebScriptResponse.class);
        when(second.getOutputStream()).thenReturn(new ByteArrayOutputStream());
        when(content.getInputStream()).thenReturn(new ByteArrayInputStream("abd".getBytes(StandardCharsets.UTF_8)));
        String other = "0".repeat(64);
        when(req.getServiceMatch()).thenReturn(new Match("/alfstream/sync/staging/{sha256}", Map.of("sha256", other), "x"));
        as("engine", new StagingPut(staging)).execute(req, second);
        verify(second).setStatus(422);
        verify(second, never()).setStatus(204);
        assertEquals(false, staging.has(other));
    }
}
