package com.parashift.alfstream.e2e.share;

import com.parashift.alfstream.testkit.alfresco.Browser;
import com.parashift.alfstream.testkit.alfresco.RealShare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real Share 23.4 with the Share AMP, in front of real Alfresco with the repository AMP, in headless chromium:
 * each scenario (a script under src/test/browser) as an administrator, a member of ALFSTREAM_SYNC and a site
 * collaborator outside it. Screenshots of a failed scenario are under target/browser-screenshots.
 */
class ShareBrowserIT {

    static ShareSite site;
    static Browser browser;

    @BeforeAll
    static void start() {
        assumeTrue(RealShare.available().isPresent(), RealShare.unavailableReason());
        site = new ShareSite(RealShare.instance());
        browser = Browser.fromSystemProperties();
    }

    private void run(String script, Map<String, Object> extra) {
        System.out.println(browser.run(script, Map.of("SCENARIO", site.json(extra))));
    }

    @Test
    void everyoneSeesTheLibrary() {
        site.admin.createFolder(site.documentLibrary, "Plain");
        run("smoke.js", Map.of("folders", Map.of("plain", "Plain")));
    }
}
