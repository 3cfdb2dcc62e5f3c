/*
 * The details pages of a folder and a document in Error: the state with its reason beside the header, the banner
 * of the folder with Retry for members (the address stays), Retry Syncing among the page's actions; in every
 * language; an outsider reads the state without Retry. setup.items: detailsFolder, detailsDoc; setup.refs of both.
 */
"use strict";
const { setup, equal, check, scenario, login, open, waitFor, waitForText, noJsErrors } = require("./lib/share");
const { messages, LANGUAGES } = require("./lib/messages");

const it = setup.items;

async function details(page, kind, ref) {
  await open(page, "site/" + setup.site + "/" + kind + "-details?nodeRef=" + ref);
  await waitFor(page, () => document.getElementById("alfstream-sync-details"), "the sync state on the " + kind + " details page");
  return page.evaluate(() => {
    const d = document.getElementById("alfstream-sync-details");
    const banner = d.querySelector(".alfstream-sync-banner-text");
    return { state: d.querySelector(".alfstream-sync-details-state").textContent, banner: banner ? banner.textContent : null,
      retryLink: !!d.querySelector(".alfstream-sync-banner-retry"), retryAction: !!document.querySelector("div.alfstream-retry-sync a") };
  });
}

scenario("details", async (browser) => {
  for (const role of ["member", "admin", "outsider"]) {
    for (const lang of role === "member" ? LANGUAGES : ["en"]) {
      const msg = messages(lang), where = role + "/" + lang + ": ", allowed = role !== "outsider";
      const page = await login(browser, setup.users[role], lang);
      const folder = await details(page, "folder", setup.refs.detailsFolder);
      equal(folder.state, msg("status.alfstream-sync-error", setup.reason), where + "folder state with the reason");
      equal(folder.banner, msg("banner.alfstream.sync-error", setup.reason), where + "folder banner");
      equal(folder.retryLink, allowed, where + "Retry link in the banner");
      equal(folder.retryAction, allowed, where + "Retry Syncing among the folder's actions");
      const doc = await details(page, "document", setup.refs.detailsDoc);
      equal(doc.state, msg("status.alfstream-sync-error.no-reason"), where + "document state without a reason");
      equal(doc.banner, null, where + "no banner on a document");
      equal(doc.retryAction, allowed, where + "Retry Syncing among the document's actions");
      noJsErrors(page);
      await page.browserContext().close();
    }
  }
  const page = await login(browser, setup.users.member, "en");
  await details(page, "folder", setup.refs.detailsFolder);
  const before = page.url();
  await page.click("#alfstream-sync-details .alfstream-sync-banner-retry");
  await waitForText(page, messages("en")("message.alfstream.retry-sync.success", it.detailsFolder));
  await waitFor(page, () => { const d = document.getElementById("alfstream-sync-details");
    return d && d.textContent.includes("Synced"); }, "the folder Active again on its details page");
  equal(page.url(), before, "Retry on the details page keeps the address");
  check(!(await page.content()).includes("{node.properties"), "no raw placeholder");
});
