package com.parashift.alfstream.alfresco.notify;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.alfresco.adapter.NodePaths;
import com.parashift.alfstream.repo.notify.FailureReport;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FailureMailTest {

    static final String OVERRIDE = "/Company Home/Data Dictionary/Email Templates/alfstream-failure-email.ftl";

    private final ActionService actions = mock(ActionService.class);
    private final NodePaths paths = mock(NodePaths.class);
    private final Map<String, Serializable> parameters = new HashMap<>();
    private final Action action = mock(Action.class);
    private final FailureReport report = new FailureReport("s", List.of(
            new FailureReport.Item("/Company Home/Sites/s/documentLibrary/a.txt", "quota exceeded")));

    FailureMailTest() {
        when(actions.createAction(MailActionExecuter.NAME)).thenReturn(action);
        org.mockito.Mockito.doAnswer(i -> parameters.put(i.getArgument(0), i.getArgument(1)))
                .when(action).setParameterValue(any(), any());
    }

    @Test
    void sendsThroughTheMailActionWithTheShippedTemplateAndTheReportAsModel() {
        new FailureMail(actions, paths, OVERRIDE).send(List.of("ann@example.com", "cid@example.com"), report);

        assertEquals(List.of("ann@example.com", "cid@example.com"), parameters.get(MailActionExecuter.PARAM_TO_MANY));
        assertEquals("Alfstream Sync: 1 item failed to sync in site s", parameters.get(MailActionExecuter.PARAM_SUBJECT));
        assertEquals(FailureMail.TEMPLATE, parameters.get(MailActionExecuter.PARAM_TEMPLATE));
        @SuppressWarnings("unchecked")
        Map<String, Serializable> model = (Map<String, Serializable>) parameters.get(MailActionExecuter.PARAM_TEMPLATE_MODEL);
        assertEquals("s", model.get("site"));
        assertEquals(List.of(Map.of("path", "/Company Home/Sites/s/documentLibrary/a.txt", "reason", "quota exceeded")),
                model.get("items"));
        assertEquals(FailureReport.HOW_TO_RETRY, model.get("howToRetry"));
        assertFalse(parameters.containsKey(MailActionExecuter.PARAM_TEXT));
        verify(actions).executeAction(action, null, false, false);
    }

    @Test
    void anAdministratorsTemplateInTheDataDictionaryWins() {
        NodeRef override = Fixtures.node("template");
        when(paths.find(OVERRIDE)).thenReturn(Optional.of(override));

        new FailureMail(actions, paths, OVERRIDE).send(List.of("a@b"), report);

        assertEquals(override, parameters.get(MailActionExecuter.PARAM_TEMPLATE));
    }

    @Test
    void withoutAnyTemplateTheReportGoesAsPlainText() {
        new FailureMail(actions, paths, "", false).send(List.of("a@b"), report);

        assertEquals(report.text(), parameters.get(MailActionExecuter.PARAM_TEXT));
        assertFalse(parameters.containsKey(MailActionExecuter.PARAM_TEMPLATE));
    }

    @Test
    void aMailThatCannotBeSentFailsTheCaller() {
        doThrow(new IllegalStateException("Failed to send email to:a@b")).when(actions)
                .executeAction(eq(action), isNull(), anyBoolean(), anyBoolean());
        assertThrows(IllegalStateException.class, () -> new FailureMail(actions, paths, OVERRIDE).send(List.of("a@b"), report));
    }

    @Test
    void theShippedTemplateUsesTheModel() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FailureMail.TEMPLATE)) {
            assertNotNull(in, FailureMail.TEMPLATE);
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String name : List.of("${subject}", "site", "items as item", "${item.path}", "${item.reason}",
                    "${howToRetry}")) {
                assertTrue(template.contains(name), name);
            }
        }
    }
}
