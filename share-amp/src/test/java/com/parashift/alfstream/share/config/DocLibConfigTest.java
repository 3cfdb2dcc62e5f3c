package com.parashift.alfstream.share.config;

import static com.parashift.alfstream.share.config.AmpSources.configSection;
import static com.parashift.alfstream.share.config.AmpSources.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The document library configuration: well-formed, and naming only evaluators, actions, functions and files that
 * exist (in Share or in this AMP), with the rules the issue asks for.
 */
class DocLibConfigTest {

    private static final Set<String> SHARE_ACTION_GROUPS = Set.of("document-browse", "document-details", "folder-browse",
            "folder-details", "document-link-browse", "document-link-details", "folder-link-browse", "folder-link-details");

    private static Document config;
    private static Set<String> ampEvaluators;
    private static Set<String> shareEvaluators;
    private static Map<String, Element> actions;

    @BeforeAll
    static void load() throws Exception {
        config = AmpSources.xml(AmpSources.SHARE_CONFIG);
        ampEvaluators = SpringContextTest.beanIds(AmpSources.xml(AmpSources.SPRING_CONTEXT)).stream()
                .filter(id -> id.startsWith("evaluator."))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        shareEvaluators = AmpSources.lines("share-builtin-evaluators.txt");
        actions = new LinkedHashMap<>();
        for (Element action : elements(configSection(config, "DocLibActions"), "action")) {
            if (action.getParentNode() instanceof Element parent && parent.getTagName().equals("actions")) {
                actions.put(action.getAttribute("id"), action);
            }
        }
    }

    @Test
    void everyEvaluatorNamedExistsInShareOrInTheAmp() {
        Set<String> named = new TreeSet<>();
        for (Element evaluator : elements(config, "evaluator")) {
            named.add(evaluator.getTextContent().trim());
        }
        for (Element banner : elements(config, "banner")) {
            named.add(banner.getAttribute("evaluator"));
        }
        assertFalse(named.isEmpty());
        for (String name : named) {
            assertTrue(ampEvaluators.contains(name) || shareEvaluators.contains(name), "unknown evaluator " + name);
        }
    }

    @Test
    void theThreeActionsRunTheRepositoryActionsOfTheSameName() {
        assertEquals(List.of("alfstream-begin-sync", "alfstream-stop-sync", "alfstream-retry-sync"), List.copyOf(actions.keySet()));
        for (Map.Entry<String, Element> action : actions.entrySet()) {
            assertEquals("javascript", action.getValue().getAttribute("type"));
            assertEquals(action.getKey(), param(action.getValue(), "action"));
        }
    }

    @Test
    void beginWithoutSyncAspectOrWhenStoppedStopOnlyWhenActiveRetryOnlyOnErrorAndAllOnlyForMembers() {
        assertEquals(Map.of("evaluator.alfstream.sync.canBegin", false, "evaluator.alfstream.sync.isSyncMember", false),
                evaluators(actions.get("alfstream-begin-sync")));
        assertEquals(Map.of("evaluator.alfstream.sync.isActive", false, "evaluator.alfstream.sync.isSyncMember", false),
                evaluators(actions.get("alfstream-stop-sync")));
        assertEquals(Map.of("evaluator.alfstream.sync.isError", false, "evaluator.alfstream.sync.isSyncMember", false),
                evaluators(actions.get("alfstream-retry-sync")));
    }

    @Test
    void actionsAreOfferedInTheDocumentListAndOnTheFolderDetailsPage() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Element group : elements(configSection(config, "DocLibActions"), "actionGroup")) {
            assertTrue(SHARE_ACTION_GROUPS.contains(group.getAttribute("id")), "unknown action group " + group.getAttribute("id"));
            Set<String> ids = new LinkedHashSet<>();
            for (Element action : elements(group, "action")) {
                assertTrue(actions.containsKey(action.getAttribute("id")), "action group names undefined action " + action.getAttribute("id"));
                ids.add(action.getAttribute("id"));
            }
            groups.put(group.getAttribute("id"), ids);
        }
        assertEquals(actions.keySet(), groups.get("folder-browse"));
        assertEquals(actions.keySet(), groups.get("folder-details"));
    }

    @Test
    void actionFunctionsAreRegisteredByTheClientSideCode() throws Exception {
        String logic = AmpSources.text(AmpSources.DOCLIB_WEB.resolve("alfstream-sync-logic.js"));
        String widget = AmpSources.text(AmpSources.DOCLIB_WEB.resolve("alfstream-sync.js"));
        assertTrue(widget.contains("YAHOO.Bubbling.fire(\"registerAction\""));
        for (Element action : actions.values()) {
            String function = param(action, "function");
            assertTrue(logic.contains("functionName: \"" + function + "\""), "no client-side function " + function);
        }
        assertTrue(widget.contains("propertyName: \"alfstreamSyncError\""), "the banner renderer is registered");
        String banner = elements(config, "banner").get(0).getTextContent().trim();
        assertEquals("{alfstreamSyncError}", banner);
    }

    @Test
    void everyIndicatorShowsTheSyncStateWithAnIconThatShips() {
        Map<String, List<String>> evaluatorsById = new LinkedHashMap<>();
        for (Element indicator : elements(configSection(config, "DocumentLibrary"), "indicator")) {
            Path icon = AmpSources.SHARE_INDICATOR_ICONS.resolve(indicator.getAttribute("icon")).normalize();
            assertTrue(icon.startsWith(AmpSources.WEB.resolve("alfstream")) && Files.isRegularFile(icon), "indicator icon missing: " + icon);
            evaluatorsById.put(indicator.getAttribute("id"),
                    elements(indicator, "evaluator").stream().map(e -> e.getTextContent().trim()).toList());
        }
        // an Error with a reason shows it; one without shows words of its own, never the raw placeholder
        assertEquals(Map.of("alfstream-sync-active", List.of("evaluator.alfstream.sync.isActive"),
                "alfstream-sync-inactive", List.of("evaluator.alfstream.sync.isInactive"),
                "alfstream-sync-error", List.of("evaluator.alfstream.sync.isError", "evaluator.alfstream.sync.hasReason"),
                "alfstream-sync-error-no-reason", List.of("evaluator.alfstream.sync.isError",
                        "evaluator.alfstream.sync.noReason")), evaluatorsById);
    }

    @Test
    void everyActionIconShips() {
        for (Element action : actions.values()) {
            Path icon = AmpSources.SHARE_ACTION_ICONS.resolve(action.getAttribute("icon") + "-16.png").normalize();
            assertTrue(icon.startsWith(AmpSources.WEB.resolve("alfstream")) && Files.isRegularFile(icon), "action icon missing: " + icon);
        }
    }

    @Test
    void clientSideDependenciesShipInTheAmp() {
        Element custom = configSection(config, "DocLibCustom");
        List<Element> files = new java.util.ArrayList<>(elements(custom, "js"));
        files.addAll(elements(custom, "css"));
        assertEquals(3, files.size());
        for (Element file : files) {
            String src = file.getAttribute("src");
            assertFalse(src.startsWith("/"), "Share prefixes /res/ itself: " + src);
            assertTrue(Files.isRegularFile(AmpSources.WEB.resolve(src)), "missing " + src);
        }
        List<String> js = elements(custom, "js").stream().map(e -> e.getAttribute("src")).toList();
        assertTrue(js.indexOf("alfstream/components/documentlibrary/alfstream-sync-logic.js")
                < js.indexOf("alfstream/components/documentlibrary/alfstream-sync.js"), "the logic loads before the widget that uses it");
    }

    @Test
    void theAmpNeverSetsTheClearCacheTokenItself() {
        assertTrue(elements(config, "config").stream().noneMatch(c -> "ClearCache".equals(c.getAttribute("condition"))),
                "the token belongs in the administrator's share-config-custom.xml");
    }

    private static String param(Element action, String name) {
        return elements(action, "param").stream()
                .filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getTextContent().trim())
                .findFirst()
                .orElseThrow(() -> new AssertionError("action " + action.getAttribute("id") + " has no param " + name));
    }

    /** evaluator name to whether it is negated */
    private static Map<String, Boolean> evaluators(Element action) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (Element evaluator : elements(action, "evaluator")) {
            result.put(evaluator.getTextContent().trim(), "true".equals(evaluator.getAttribute("negate")));
        }
        return result;
    }
}
