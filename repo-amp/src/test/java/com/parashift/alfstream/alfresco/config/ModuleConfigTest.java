package com.parashift.alfstream.alfresco.config;

import com.parashift.alfstream.alfresco.group.GroupFilter;
import com.parashift.alfstream.alfresco.journal.AuditJournal;
import com.parashift.alfstream.alfresco.support.CronSetting;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import com.parashift.alfstream.alfresco.webscript.SyncWebScript;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;
import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.scheduling.quartz.JobDetailFactoryBean;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module's XML is well-formed and consistent: the Spring contexts reference only beans that exist (ours or
 * Alfresco's named ones) and classes that exist with the setters and constructors used; every placeholder has a
 * default; the model, audit application and webscript descriptors agree with the code.
 */
class ModuleConfigTest {

    static final String MODULE = "alfresco/module/alfstream-sync-repo/";
    static final String WEBSCRIPTS = "alfresco/extension/templates/webscripts/com/parashift/alfstream/sync/";

    /** Beans Alfresco defines that the module refers to. */
    static final Set<String> SHARE_FACING = Set.of("run.post", "site-status.get");
    static final Set<String> ALFRESCO_BEANS = Set.of("NodeService", "ContentService", "VersionService", "PermissionService",
            "AuthorityService", "PersonService", "SiteService", "ActionService", "LockService", "AuditService", "auditComponent", "TransactionService", "DictionaryService",
            "NamespaceService", "DescriptorService", "SearchService", "policyComponent", "policyBehaviourFilter",
            "dictionaryBootstrap", "schedulerFactory", "jobLockService");
    /** Abstract parent beans Alfresco and Surf define. */
    static final Set<String> ALFRESCO_PARENTS = Set.of("dictionaryModelBootstrap", "action-executer", "webscript");
    /** Alfresco classes the contexts instantiate directly. */
    static final Set<String> ALFRESCO_CLASSES = Set.of("org.alfresco.i18n.ResourceBundleBootstrapComponent");
    /** Placeholders Alfresco itself defines. */
    static final Set<String> ALFRESCO_PROPERTIES = Set.of("dir.root");

    private static DefaultListableBeanFactory loadModuleContext() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        ALFRESCO_PARENTS.forEach(name -> {
            RootBeanDefinition parent = new RootBeanDefinition();
            parent.setAbstract(true);
            factory.registerBeanDefinition(name, parent);
        });
        new XmlBeanDefinitionReader(factory).loadBeanDefinitions("classpath:" + MODULE + "module-context.xml");
        return factory;
    }

    @Test
    void springContextsReferenceOnlyBeansAndClassesThatExist() throws Exception {
        DefaultListableBeanFactory factory = loadModuleContext();
        Set<String> defined = new HashSet<>(Arrays.asList(factory.getBeanDefinitionNames()));
        List<String> problems = new ArrayList<>();
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition bean = factory.getMergedBeanDefinition(name);
            if (bean.isAbstract()) {
                continue;
            }
            String className = bean.getBeanClassName();
            if (className == null) {
                // the class comes from an Alfresco parent bean (dictionaryModelBootstrap)
                assertTrue(ALFRESCO_PARENTS.contains(factory.getBeanDefinition(name).getParentName()), name);
                continue;
            }
            if (ALFRESCO_CLASSES.contains(className)) {
                continue;
            }
            Class<?> type = Class.forName(className);
            for (PropertyValue property : bean.getPropertyValues().getPropertyValues()) {
                if (BeanUtils.getPropertyDescriptor(type, property.getName()) == null
                        || BeanUtils.getPropertyDescriptor(type, property.getName()).getWriteMethod() == null) {
                    problems.add(name + ": " + type.getSimpleName() + " has no setter for " + property.getName());
                }
                checkReference(name, property.getValue(), defined, problems);
            }
            ConstructorArgumentValues args = bean.getConstructorArgumentValues();
            List<Object> values = new ArrayList<>();
            args.getIndexedArgumentValues().values().forEach(v -> values.add(v.getValue()));
            args.getGenericArgumentValues().forEach(v -> values.add(v.getValue()));
            values.forEach(v -> checkReference(name, v, defined, problems));
            if (bean.getFactoryMethodName() == null && !values.isEmpty() && Stream.of(type.getConstructors())
                    .mapToInt(Constructor::getParameterCount).noneMatch(c -> c == values.size())) {
                problems.add(name + ": " + type.getSimpleName() + " has no public constructor of " + values.size()
                        + " arguments");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(defined.containsAll(Set.of("alfstream-begin-sync", "alfstream-stop-sync",
                "alfstream-retry-sync", "alfstream.repository", "alfstream.syncBehaviours")));
    }

    private static void checkReference(String bean, Object value, Set<String> defined, List<String> problems) {
        if (value instanceof RuntimeBeanReference ref && !defined.contains(ref.getBeanName())
                && !ALFRESCO_BEANS.contains(ref.getBeanName())) {
            problems.add(bean + ": refers to undefined bean " + ref.getBeanName());
        }
        if (value instanceof TypedStringValue text) {
            Matcher placeholder = Pattern.compile("\\$\\{([^}]+)}").matcher(String.valueOf(text.getValue()));
            while (placeholder.find()) {
                if (!globalProperties().containsKey(placeholder.group(1))) {
                    problems.add(bean + ": placeholder ${" + placeholder.group(1) + "} has no default");
                }
            }
        }
    }

    static Properties globalProperties() {
        Properties properties = new Properties();
        try (InputStream in = resource(MODULE + "alfresco-global.properties")) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void everyModulePropertyIsPrefixedAndTheDocumentedDefaultsAreThere() {
        Properties properties = globalProperties();
        properties.stringPropertyNames().forEach(key -> assertTrue(key.startsWith("alfstream.sync."), key));
        assertEquals("false", properties.getProperty("alfstream.sync.autoretry.enabled"));
        assertEquals("0 0/15 * * * ?", properties.getProperty("alfstream.sync.autoretry.cronExpression"));
        assertEquals("http://localhost:8080/share", properties.getProperty("alfstream.sync.shareurl"));
        assertNotNull(properties.getProperty("alfstream.sync.sharetoken"));
        assertEquals("false", properties.getProperty("alfstream.sync.people.create"));
        assertEquals("", properties.getProperty("alfstream.sync.mail.to"));
        assertEquals("0 0/5 * * * ?", properties.getProperty("alfstream.sync.mail.cronExpression"));
        assertTrue(new GroupFilter(properties.getProperty("alfstream.sync.groups.exclude")).excluded()
                .containsAll(Set.of("GROUP_ALFRESCO_ADMINISTRATORS", "GROUP_EMAIL_CONTRIBUTORS",
                        "GROUP_SITE_ADMINISTRATORS", "GROUP_ALFRESCO_SEARCH_ADMINISTRATORS",
                        "GROUP_ALFRESCO_MODEL_ADMINISTRATORS", "GROUP_ALFRESCO_SYSTEM_ADMINISTRATORS")));
        Matcher nested = Pattern.compile("\\$\\{([^}]+)}").matcher(String.join(" ",
                properties.stringPropertyNames().stream().map(properties::getProperty).toList()));
        while (nested.find()) {
            assertTrue(ALFRESCO_PROPERTIES.contains(nested.group(1)), nested.group(1));
        }
    }

    @Test
    void theScheduledJobsAreLockedAlfrescoJobsOnValidSchedules() throws Exception {
        DefaultListableBeanFactory factory = loadModuleContext();
        Properties properties = globalProperties();
        List<String> jobs = new ArrayList<>();
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition bean = factory.getMergedBeanDefinition(name);
            if (JobDetailFactoryBean.class.getName().equals(bean.getBeanClassName())) {
                Class<?> job = Class.forName(String.valueOf(((TypedStringValue) bean.getPropertyValues()
                        .getPropertyValue("jobClass").getValue()).getValue()));
                assertTrue(AbstractScheduledLockedJob.class.isAssignableFrom(job), name);
                Map<?, ?> data = (Map<?, ?>) bean.getPropertyValues().getPropertyValue("jobDataAsMap").getValue();
                Set<String> keys = new HashSet<>();
                data.keySet().forEach(k -> keys.add(String.valueOf(((TypedStringValue) k).getValue())));
                assertTrue(keys.containsAll(Set.of("jobLockService", "name", "runAs")), name + " " + keys);
                jobs.add(job.getSimpleName());
            }
            if (CronSetting.class.getName().equals(bean.getBeanClassName())) {
                List<Object> args = new ArrayList<>();
                bean.getConstructorArgumentValues().getGenericArgumentValues()
                        .forEach(v -> args.add(((TypedStringValue) v.getValue()).getValue()));
                String property = String.valueOf(args.get(0));
                assertEquals("${" + property + "}", args.get(1), name);
                CronSetting.check(property, properties.getProperty(property));
            }
        }
        assertEquals(Set.of("FailureMailJob", "AutoRetryJob"), new HashSet<>(jobs));
    }

    @Test
    void theModelDeclaresTheNamesTheCodeUses() throws Exception {
        Document model = parse(MODULE + "model/alfstream-sync-model.xml");
        Element namespace = (Element) model.getElementsByTagName("namespace").item(0);
        assertEquals(SyncModel.URI, namespace.getAttribute("uri"));
        assertEquals(SyncModel.PREFIX, namespace.getAttribute("prefix"));
        Element allowed = (Element) model.getElementsByTagName("list").item(0);
        List<String> values = new ArrayList<>();
        NodeList valueNodes = allowed.getElementsByTagName("value");
        for (int i = 0; i < valueNodes.getLength(); i++) {
            values.add(valueNodes.item(i).getTextContent().trim());
        }
        assertEquals(Arrays.stream(SyncState.values()).map(Enum::name).toList(), values);
        List<String> names = new ArrayList<>();
        NodeList properties = model.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            names.add(((Element) properties.item(i)).getAttribute("name"));
        }
        for (var field : SyncContentModel.class.getFields()) {
            if (field.getName().startsWith("PROP_")) {
                String local = ((org.alfresco.service.namespace.QName) field.get(null)).getLocalName();
                assertTrue(names.contains("alfs:" + local), "model lacks alfs:" + local);
            }
        }
        assertEquals("alfs:sync", ((Element) model.getElementsByTagName("aspect").item(0)).getAttribute("name"));
        assertNotNull(resource(MODULE + "messages/alfstream-sync-model.properties"));
        assertNotNull(resource(MODULE + "messages/alfstream-sync-actions.properties"));
    }

    @Test
    void theAuditApplicationMatchesTheJournal() throws Exception {
        Document audit = parse(MODULE + "audit/alfstream-sync-audit.xml");
        Element application = (Element) audit.getElementsByTagName("Application").item(0);
        assertEquals(AuditJournal.APPLICATION, application.getAttribute("name"));
        assertEquals(AuditJournal.ROOT_PATH, "/" + application.getAttribute("key"));
        assertEquals(AuditJournal.ROOT_PATH,
                ((Element) audit.getElementsByTagName("PathMap").item(0)).getAttribute("source"));
        List<String> keys = new ArrayList<>();
        NodeList paths = audit.getElementsByTagName("AuditPath");
        for (int i = 0; i < paths.getLength(); i++) {
            keys.add(((Element) paths.item(i)).getAttribute("key"));
        }
        assertEquals(List.of(AuditJournal.KEY_KIND, AuditJournal.KEY_UUID, AuditJournal.KEY_ORIGIN,
                AuditJournal.KEY_VERSION), keys);
    }

    @Test
    void everyDescriptorHasItsControllerBeanAndEveryControllerItsDescriptor() throws Exception {
        DefaultListableBeanFactory factory = loadModuleContext();
        Path dir = Path.of(System.getProperty("amp.config", "src/main/amp/config")).resolve(WEBSCRIPTS);
        Set<String> described = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".desc.xml")).toList()) {
                String id = file.getFileName().toString().replace(".desc.xml", "");
                Document desc = parse(WEBSCRIPTS + file.getFileName());
                assertTrue(texts(desc, "url").get(0).startsWith("/alfstream/sync/"), id);
                assertEquals(List.of("user"), texts(desc, "authentication"), id);
                String bean = "webscript.com.parashift.alfstream.sync." + id;
                assertTrue(factory.containsBeanDefinition(bean), "no bean " + bean);
                Class<?> type = Class.forName(factory.getMergedBeanDefinition(bean).getBeanClassName());
                // the engine's endpoints let in sync accounts only; Share's two check their users themselves
                assertTrue(SyncWebScript.class.isAssignableFrom(type) || SHARE_FACING.contains(id), bean);
                described.add(bean);
            }
        }
        Set<String> controllers = new HashSet<>();
        for (String name : factory.getBeanDefinitionNames()) {
            if (name.startsWith("webscript.com.parashift")) {
                controllers.add(name);
            }
        }
        assertEquals(controllers, described);
        assertEquals(11, described.size());
    }

    @Test
    void moduleContextOnlyImports() throws Exception {
        Document context = parse(MODULE + "module-context.xml");
        assertEquals(0, context.getElementsByTagName("bean").getLength());
        assertEquals(4, context.getElementsByTagName("import").getLength());
    }

    private static List<String> texts(Document document, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    static Document parse(String resource) throws Exception {
        try (InputStream in = resource(resource)) {
            assertNotNull(in, resource);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    static InputStream resource(String name) {
        return ModuleConfigTest.class.getClassLoader().getResourceAsStream(name);
    }
}
