/*
 * The Sync status site dashlet: offered in Customize Dashboard; added to the site's dashboard (the request the
 * Customize Dashboard page itself sends); for the manager it lists the synced roots and the items in Error with
 * reasons and ages, Retry per item and Retry all, in every language; an outsider reads the repository's refusal.
 * setup.items: dashRoot (a folder with dashA and dashB in Error, reasons setup.dashReasons).
 */
"use strict";
const { setup, check, equal, scenario, login, open, waitFor, waitForText } = require("./lib/share");
const { messages, LANGUAGES } = require("./lib/messages");

const it = setup.items;
const URL = "/com/parashift/alfstream/share/dashlets/alfstream-sync-status";

async function addToDashboard(browser) {
  const page = await login(browser, setup.users.admin, "en");
  await open(page, "site/" + setup.site + "/customise-site-dashboard");
  await waitFor(page, () => [...document.querySelectorAll("button")].some((b) => b.textContent.trim() === "Add Dashlets"),
    "the Add Dashlets button");
  await page.evaluate(() => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add Dashlets").click());
  await waitFor(page, () => document.body.innerText.includes("Sync status"), "Sync status offered in Customize Dashboard");
  const status = await page.evaluate(async (share, site, url) => {
    const layout = Alfresco.util.ComponentManager.findFirst("Alfresco.CustomiseDashlets").options.currentLayout;
    const cookie = document.cookie.split("; ").find((c) => c.startsWith("Alfresco-CSRFToken="));
    const response = await fetch(share + "/service/components/dashboard/customise-dashboard", { method: "POST",
      headers: { "Content-Type": "application/json", "Alfresco-CSRFToken": decodeURIComponent(cookie.split("=")[1]) },
      body: JSON.stringify({ dashboardPage: "site/" + site + "/dashboard", templateId: layout.templateId,
        dashlets: [{ url, regionId: "component-1-1" }] }) });
    return response.status;
  }, setup.share, setup.site, URL);
  equal(status, 200, "the dashlet is saved on the site's dashboard");
  await page.browserContext().close();
}

async function dashlet(browser, role, lang) {
  const page = await login(browser, setup.users[role], lang);
  await open(page, "site/" + setup.site + "/dashboard");
  const msg = messages(lang);
  await waitForText(page, msg("header"));
  return { page, msg };
}

scenario("dashlet", async (browser) => {
  await addToDashboard(browser);
  for (const lang of LANGUAGES) {
    const { page, msg } = await dashlet(browser, "member", lang);
    await waitFor(page, () => document.querySelector(".alfstream-sync-status-errors"), lang + ": the items in Error");
    const text = await page.evaluate(() => document.querySelector(".alfstream-sync-status-body").innerText);
    for (const reason of setup.dashReasons) {
      check(text.includes(reason), lang + ": the reason \"" + reason + "\" is listed");
    }
    check(text.includes(it.dashRoot) && text.includes(msg("state.Active")), lang + ": the synced root with its state");
    check(text.includes(msg("age.now")) || /\d/.test(text), lang + ": the age of each error");
    check(text.includes(msg("retry-all")), lang + ": Retry all");
    await page.browserContext().close();
  }
  const { page, msg } = await dashlet(browser, "member", "en");
  await waitFor(page, () => document.querySelector(".alfstream-sync-status-retry"), "a Retry button per item");
  await page.click(".alfstream-sync-status-retry[data-name='" + it.dashA + "']");
  await waitForText(page, messages("en")("message.alfstream.retry-sync.success", it.dashA));
  await waitFor(page, (n) => !document.querySelector(".alfstream-sync-status-retry[data-name='" + n + "']"),
    it.dashA + " no longer in Error", it.dashA);
  check(await page.$(".alfstream-sync-status-retry[data-name='" + it.dashB + "']"), it.dashB + " still in Error");
  await page.click(".alfstream-sync-status-retry-all");
  await waitForText(page, msg("no-errors"));
  await page.browserContext().close();

  const outsider = await dashlet(browser, "outsider", "en");
  await waitForText(outsider.page, "Only the managers of " + setup.site);
});
