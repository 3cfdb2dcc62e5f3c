package com.parashift.alfstream.share.config;

import static com.parashift.alfstream.share.config.AmpSources.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Spring context of the AMP: its beans name only Share's own beans and classes or the AMP's. */
class SpringContextTest {

    /** Share beans the AMP refers to (Share 7.4 / 23.x: surf and slingshot application contexts). */
    private static final Set<String> SHARE_BEANS = Set.of("web.config", "webframework.slingshot.persister.remote", "webscript");
    /** Share / Surf classes the AMP instantiates directly. */
    private static final Set<String> SHARE_CLASSES = Set.of(
            "org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent",
            "org.springframework.extensions.config.ConfigBootstrap",
            "org.alfresco.web.evaluator.StringEqualsComparator");

    private static Document context;
    private static Set<String> ampBeans;
    private static Set<String> shareEvaluators;

    @BeforeAll
    static void load() throws Exception {
        context = AmpSources.xml(AmpSources.SPRING_CONTEXT);
        ampBeans = beanIds(context);
        shareEvaluators = AmpSources.lines("share-builtin-evaluators.txt");
    }

    static Set<String> beanIds(Document doc) {
        return elements(doc, "bean").stream()
                .map(b -> b.getAttribute("id"))
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void parentsAndReferencesAreShareBeansOrTheAmps() {
        for (Element bean : elements(context, "bean")) {
            String parent = bean.getAttribute("parent");
            if (!parent.isEmpty()) {
                assertTrue(known(parent), bean.getAttribute("id") + ": unknown parent " + parent);
            }
        }
        for (Element ref : elements(context, "ref")) {
            assertTrue(known(ref.getAttribute("bean")), "unknown bean " + ref.getAttribute("bean"));
        }
        for (Element property : elements(context, "property")) {
            if (property.hasAttribute("ref")) {
                assertTrue(known(property.getAttribute("ref")), "unknown bean " + property.getAttribute("ref"));
            }
        }
    }

    @Test
    void classesAreShareClassesOrTheAmpsOwn() throws Exception {
        for (Element bean : elements(context, "bean")) {
            String type = bean.getAttribute("class");
            if (type.isEmpty()) {
                continue;
            }
            if (type.startsWith("com.parashift.")) {
                assertNotNull(Class.forName(type));
            } else {
                assertTrue(SHARE_CLASSES.contains(type), "unknown class " + type);
            }
        }
    }

    @Test
    void evaluatorsReadTheSyncAspectStateAndGroup() {
        assertEquals(List.of("alfs:sync"), values(bean("evaluator.alfstream.sync.notSynced"), "aspects"));
        assertEquals("true", property(bean("evaluator.alfstream.sync.notSynced"), "negateOutput").getAttribute("value"));
        assertEquals(List.of("evaluator.alfstream.sync.notSynced", "evaluator.alfstream.sync.isInactive"),
                elements(property(bean("evaluator.alfstream.sync.canBegin"), "evaluators"), "ref").stream()
                        .map(ref -> ref.getAttribute("bean")).toList(), "Begin where nothing syncs or syncing was stopped");
        assertEquals(List.of("GROUP_ALFSTREAM_SYNC", "GROUP_ALFRESCO_ADMINISTRATORS"),
                values(bean("evaluator.alfstream.sync.isSyncMember"), "groups"));
        Map<String, String> states = Map.of("evaluator.alfstream.sync.isActive", "Active",
                "evaluator.alfstream.sync.isInactive", "Inactive", "evaluator.alfstream.sync.isError", "Error");
        for (Map.Entry<String, String> state : states.entrySet()) {
            Element evaluator = bean(state.getKey());
            assertEquals("evaluator.doclib.action.value", evaluator.getAttribute("parent"));
            assertEquals("node.properties.alfs:syncState", property(evaluator, "accessor").getAttribute("value"));
            Element comparator = elements(property(evaluator, "comparator"), "bean").get(0);
            assertEquals(state.getValue(), property(comparator, "value").getAttribute("value"));
            assertEquals("false", property(comparator, "caseInsensitive").getAttribute("value"),
                    "states match exactly, as the client-side logic does (Share compares ignoring case by default)");
        }
    }

    @Test
    void messagesAndDocLibConfigAreRegisteredFromFilesThatShip() {
        String bundle = values(bean("alfstream.sync.share.resources"), "resourceBundles").get(0);
        assertTrue(Files.isRegularFile(AmpSources.CONFIG.resolve(bundle.replace('.', '/') + ".properties")),
                "bundle " + bundle);
        for (String config : values(bean("alfstream.sync.share.config"), "configs")) {
            assertTrue(config.startsWith("classpath:"));
            assertTrue(Files.isRegularFile(AmpSources.CONFIG.resolve(config.substring("classpath:".length()))), config);
        }
        assertEquals("web.config", property(bean("alfstream.sync.share.config"), "configService").getAttribute("ref"));
    }

    @Test
    void clearCacheWebScriptBeanMatchesItsDescriptor() throws Exception {
        Path descriptor = AmpSources.CONFIG.resolve(
                "alfresco/site-webscripts/com/parashift/alfstream/share/caches/clearcachepath.post.desc.xml");
        Document desc = AmpSources.xml(descriptor);
        assertEquals("/caches/clearcachepath", elements(desc, "url").get(0).getTextContent().trim());
        assertEquals("none", elements(desc, "authentication").get(0).getTextContent().trim(), "the token is the authentication");

        Element bean = bean("webscript.com.parashift.alfstream.share.caches.clearcachepath.post");
        assertEquals("webscript", bean.getAttribute("parent"));
        Class<?> type = Class.forName(bean.getAttribute("class"));
        assertTrue(AbstractWebScript.class.isAssignableFrom(type));
        assertEquals("web.config", property(bean, "configService").getAttribute("ref"));
        assertEquals("webframework.slingshot.persister.remote", property(bean, "persister").getAttribute("ref"));
        for (Element property : elements(bean, "property")) {
            String setter = "set" + Character.toUpperCase(property.getAttribute("name").charAt(0)) + property.getAttribute("name").substring(1);
            assertTrue(java.util.Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(setter::equals), "no " + setter);
        }
    }

    private static boolean known(String bean) {
        return ampBeans.contains(bean) || shareEvaluators.contains(bean) || SHARE_BEANS.contains(bean);
    }

    private static Element bean(String id) {
        return elements(context, "bean").stream()
                .filter(b -> id.equals(b.getAttribute("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bean " + id));
    }

    private static Element property(Element bean, String name) {
        return elements(bean, "property").stream()
                .filter(p -> p.getParentNode() == bean && name.equals(p.getAttribute("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("bean has no property " + name));
    }

    private static List<String> values(Element bean, String propertyName) {
        return elements(property(bean, propertyName), "value").stream().map(v -> v.getTextContent().trim()).toList();
    }
}
