package com.parashift.alfstream.e2e;

import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.Permissions.AccessEntry;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.testkit.Await;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceDirectory;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import com.parashift.alfstream.testkit.server.ReferenceServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Share site arrives as a site (dashboard, wiki, discussions with their replies' references, groups and
 * permissions), a user's My Files arrives in the same user's home, groups follow incrementally with removals,
 * Share is told to drop its cached dashboard, and failures are mailed once per site.
 */
class SitesIT {

    private static final String TOKEN = "site-cache-token-4711-5b0e9c2a7d3f81e6";
    private static final String DASHBOARD = "<page><title>Marketing dashboard</title><template-instance>dashboard-2-columns-wide-right</template-instance></page>";

    @Test
    void aSiteMyFilesAndGroupsArriveCompleteAndFailuresAreMailedOncePerSite() throws Exception {
        try (SyncSetup setup = new SyncSetup("sites"); FakeShare share = new FakeShare()) {
            ReferenceServer a = setup.repository("A");
            ReferenceServer b = setup.repository("B", new ReferenceServer.Settings(share.url(), TOKEN, false, List.of()));
            ReferenceRepository ra = a.repository();
            ReferenceRepository rb = b.repository();
            ReferenceDirectory da = ra.directory();
            ReferenceDirectory db = rb.directory();
            for (ReferenceRepository r : List.of(ra, rb)) {
                r.edit().createFolder(r.rootUuid(), "Sites");
            }
            da.createPerson("alice", "alice@example.com");
            db.createPerson("alice", "Alice Smith", "alice@example.com");
            da.createPerson("bob", "bob@example.com");
            da.createPerson("admin", "admin@example.com");
            da.addAdministrator("admin");

            // the site's groups, a nested group, and a group outside the site
            da.createGroup("GROUP_site_marketing", "site_marketing");
            da.createGroup("GROUP_site_marketing_SiteManager", "site_marketing_SiteManager");
            da.createGroup("GROUP_site_marketing_SiteCollaborator", "site_marketing_SiteCollaborator");
            da.createGroup("GROUP_designers", "Designers");
            da.addMember("GROUP_designers", "alice");
            da.addMember("GROUP_site_marketing_SiteManager", "alice");
            da.addMember("GROUP_site_marketing_SiteCollaborator", "GROUP_designers");
            da.createGroup("GROUP_temp", "Temporary");

            LocalEdits edit = ra.edit();
            String site = site(ra, edit);
            edit.beginSync(site);
            String aliceHome = da.homeFolder("alice").orElseThrow();
            edit.createFile(aliceHome, "cv.pdf", "alice's cv".getBytes(StandardCharsets.UTF_8));
            edit.beginSync(aliceHome);
            String bobHome = da.homeFolder("bob").orElseThrow();
            String bobNotes = edit.createFile(bobHome, "notes.txt", "bob's notes".getBytes(StandardCharsets.UTF_8));
            edit.beginSync(bobHome);

            Karaf karaf = setup.karaf("sites", a, b, Map.of("retry.strategy", "errorQueue", "retry.attempts", "2"));
            karaf.start();
            karaf.awaitEngineStarted(0);

            String sitePath = "/Company Home/Sites/marketing";
            Await.until("the site to arrive whole", () -> ra.describeTree(site).equals(
                    rb.findByPath(sitePath).map(rb::describeTree).orElse(null)), SyncSetup.SYNC,
                    () -> "B has " + rb.findByPath(sitePath).map(rb::describeTree).orElse(null));
            assertEquals(ra.read(site).orElseThrow().permissions(), rb.read(site).orElseThrow().permissions(),
                    "the site's own permissions, inheritance off");
            assertEquals("PUBLIC", rb.read(site).orElseThrow().properties().get("st:siteVisibility").value());
            String dashboard = rb.findByPath(sitePath + "/surf-config/pages/site/marketing/dashboard.xml").orElseThrow();
            assertEquals(DASHBOARD, new String(rb.openContent(dashboard).readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(false, rb.read(rb.findByPath(sitePath + "/surf-config").orElseThrow()).orElseThrow()
                    .permissions().inherit(), "surf-config keeps its broken inheritance");
            String reply = rb.findByPath(sitePath + "/discussions/post-1/reply-1").orElseThrow();
            String post = rb.findByPath(sitePath + "/discussions/post-1/post-1").orElseThrow();
            assertEquals(post, rb.read(reply).orElseThrow().associations().get(0).targetUuid(),
                    "the reply still references the post it answers");
            for (String group : List.of("GROUP_site_marketing_SiteManager", "GROUP_site_marketing_SiteCollaborator", "GROUP_designers")) {
                assertEquals(da.readGroup(group), db.readGroup(group), group + " with its members");
            }

            // Share was told to drop its cached dashboard and components; it answered 503 first, so it was asked again
            Await.until("Share asked for the dashboard and, after its 503, again", () -> share.requests().size() >= 3
                    && share.requests().stream().anyMatch(r -> r.contains("/surf-config/pages/site/marketing/dashboard.xml\""))
                    && share.requests().stream().filter(r -> r.equals(share.requests().get(0))).count() == 2,
                    SyncSetup.SYNC, () -> share.requests().toString());
            assertTrue(share.requests().stream().allMatch(r -> r.startsWith("POST ") && r.contains("\"token\":\"" + TOKEN + "\"")),
                    "every request carries the token: " + share.requests());
            assertTrue(!karaf.logSince(0).contains(TOKEN), "the token is never logged");

            // My Files: alice's file arrives in alice's home on B, whatever it is called there
            String bAliceHome = db.homeFolder("alice").orElseThrow();
            Await.until("cv.pdf in alice's home on B", () -> rb.findByPath("/Company Home/User Homes/Alice Smith/cv.pdf").isPresent(), SyncSetup.SYNC);
            assertEquals(bAliceHome, rb.read(rb.findByPath("/Company Home/User Homes/Alice Smith/cv.pdf").orElseThrow()).orElseThrow().parentUuid());
            // bob has no account on B: his notes fail with a reason that names him
            Await.until("bob's notes in Error on A", () -> "Error".equals(state(ra, bobNotes)), SyncSetup.SYNC);
            assertTrue(ra.read(bobNotes).orElseThrow().properties().get("alfs:errorMessage").value().contains("user bob"));

            // groups follow incrementally, removals included
            da.removeMember("GROUP_designers", "alice");
            da.deleteGroup("GROUP_temp");
            Await.until("the removal to arrive", () -> db.readGroup("GROUP_designers").orElseThrow().members().isEmpty()
                    && db.readGroup("GROUP_temp").isEmpty(), SyncSetup.SYNC);

            // two documents of the site clash on B: one mail to the site's managers names both
            String bLibrary = rb.findByPath(sitePath + "/documentLibrary").orElseThrow();
            String library = ra.findByPath(sitePath + "/documentLibrary").orElseThrow();
            rb.edit().createFile(bLibrary, "brief.docx", "B".getBytes(StandardCharsets.UTF_8));
            rb.edit().createFile(bLibrary, "budget.xlsx", "B".getBytes(StandardCharsets.UTF_8));
            String brief = edit.createFile(library, "brief.docx", "A".getBytes(StandardCharsets.UTF_8));
            String budget = edit.createFile(library, "budget.xlsx", "A".getBytes(StandardCharsets.UTF_8));
            Await.until("both in Error on A", () -> "Error".equals(state(ra, brief)) && "Error".equals(state(ra, budget)), SyncSetup.SYNC);

            assertEquals(2, a.mailFailures(), "one mail for the site, one for bob's home outside sites");
            List<ReferenceDirectory.Mail> mail = da.sentMail();
            ReferenceDirectory.Mail siteMail = mail.stream().filter(m -> "marketing".equals(m.report().site())).findFirst().orElseThrow();
            assertEquals(List.of("alice@example.com"), siteMail.to(), "the site's managers");
            assertEquals(2, siteMail.report().items().size());
            assertTrue(siteMail.report().text().contains("brief.docx") && siteMail.report().text().contains("budget.xlsx")
                    && siteMail.report().text().contains("Retry Syncing"), siteMail.report().text());
            ReferenceDirectory.Mail other = mail.stream().filter(m -> m.report().site() == null).findFirst().orElseThrow();
            assertEquals(List.of("admin@example.com"), other.to(), "nodes outside sites mail the administrators");
            assertEquals(0, a.mailFailures(), "each failure is mailed once");
            SyncSetup.assertAppliedOnce(rb);
        }
    }

    /** A Share site as Share creates it: site node, containers, dashboard under surf-config, wiki, discussions. */
    private static String site(ReferenceRepository repo, LocalEdits edit) {
        String sites = repo.findByPath("/Company Home/Sites").orElseThrow();
        String site = edit.createNode(sites, "marketing", "st:site", null, null);
        edit.setProperty(site, "st:siteVisibility", PropertyValue.of("d:text", "PUBLIC"));
        edit.setProperty(site, "st:sitePreset", PropertyValue.of("d:text", "site-dashboard"));
        edit.setPermissions(site, new Permissions(false, List.of(
                new AccessEntry("GROUP_site_marketing_SiteManager", "SiteManager", true),
                new AccessEntry("GROUP_site_marketing_SiteCollaborator", "SiteCollaborator", true),
                new AccessEntry("GROUP_EVERYONE", "SiteConsumer", true))));
        for (String container : List.of("documentLibrary", "wiki", "discussions", "blog", "links", "calendar", "dataLists")) {
            String folder = edit.createFolder(site, container);
            edit.addAspect(folder, "st:siteContainer");
            edit.setProperty(folder, "st:componentId", PropertyValue.of("d:text", container));
        }
        String surf = edit.createFolder(site, "surf-config");
        edit.setPermissions(surf, new Permissions(false, List.of(
                new AccessEntry("GROUP_site_marketing_SiteManager", "SiteManager", true))));
        String pages = edit.createFolder(edit.createFolder(edit.createFolder(surf, "pages"), "site"), "marketing");
        edit.createFile(pages, "dashboard.xml", new ByteArrayInputStream(DASHBOARD.getBytes(StandardCharsets.UTF_8)), "text/xml");
        String components = edit.createFolder(surf, "components");
        edit.createFile(components, "page.component-1-1.site~marketing~dashboard.xml",
                new ByteArrayInputStream("<component><url>/components/dashlets/site-welcome</url></component>".getBytes(StandardCharsets.UTF_8)), "text/xml");
        String wiki = repo.findByPath("/Company Home/Sites/marketing/wiki").orElseThrow();
        edit.createNode(wiki, "Main_Page", "cm:content", new ByteArrayInputStream("Welcome".getBytes(StandardCharsets.UTF_8)), "text/html");
        String discussions = repo.findByPath("/Company Home/Sites/marketing/discussions").orElseThrow();
        String topic = edit.createNode(discussions, "post-1", "fm:topic", null, null);
        String post = edit.createNode(topic, "post-1", "fm:post", new ByteArrayInputStream("Launch plan?".getBytes(StandardCharsets.UTF_8)), "text/html");
        String reply = edit.createNode(topic, "reply-1", "fm:post", new ByteArrayInputStream("Next week.".getBytes(StandardCharsets.UTF_8)), "text/html");
        edit.addAssociation(reply, "cm:references", post);
        return site;
    }

    private static String state(ReferenceRepository repository, String uuid) {
        return repository.read(uuid).orElseThrow().properties().get("alfs:syncState").value();
    }
}
