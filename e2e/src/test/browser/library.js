/*
 * The document library shows every state to everyone, in every language the AMP ships: the indicator (an Error
 * without a reason in words, never a raw placeholder), the banner of a folder in Error with Retry for members only
 * (a link without href), and the actions each user is offered per state, on folders and on a document in Error.
 * setup.items: plain, active, broken (reason setup.reason), silent (no reason), mixed (a folder holding
 * setup.items.brokenDoc in Error with setup.docReason).
 */
"use strict";
const { setup, check, equal, scenario, login, open, doclib, rowInfo, rowActions, noJsErrors } = require("./lib/share");
const { messages, LANGUAGES } = require("./lib/messages");

const it = setup.items;
const SYNC_ACTIONS = ["alfstream-begin-sync", "alfstream-stop-sync", "alfstream-retry-sync"];

async function checkRoot(page, role, lang) {
  const msg = messages(lang), member = role !== "outsider", where = role + "/" + lang + ": ";
  await open(page, doclib("/"));
  equal((await rowInfo(page, it.active)).indicators.join(), msg("status.alfstream-sync-active"), where + "Active indicator");
  const broken = await rowInfo(page, it.broken);
  equal(broken.indicators.join(), msg("status.alfstream-sync-error", setup.reason), where + "Error indicator with the reason");
  equal(broken.banner, msg("banner.alfstream.sync-error", setup.reason), where + "banner of the folder in Error");
  if (member) {
    equal(broken.retryLink && broken.retryLink.text, msg("actions.alfstream.retry-sync"), where + "banner's Retry link");
    equal(broken.retryLink.href, null, where + "the Retry link has no href, so it never changes the address");
  } else {
    equal(broken.retryLink, null, where + "no Retry link for a user outside the group");
  }
  const silent = await rowInfo(page, it.silent);
  equal(silent.indicators.join(), msg("status.alfstream-sync-error.no-reason"), where + "Error without a reason");
  equal(silent.banner, msg("banner.alfstream.sync-error.no-reason"), where + "banner without a reason");
  check(!(await page.content()).includes("{node.properties"), where + "no raw placeholder anywhere on the page");

  const expected = { [it.plain]: "alfstream-begin-sync", [it.active]: "alfstream-stop-sync", [it.broken]: "alfstream-retry-sync" };
  for (const name of Object.keys(expected)) {
    const offered = (await rowActions(page, name)).filter((a) => SYNC_ACTIONS.includes(a));
    equal(offered.join(), member ? expected[name] : "", where + "sync actions offered on " + name);
  }
}

async function checkDocument(page, role, lang) {
  const msg = messages(lang), member = role !== "outsider", where = role + "/" + lang + ": ";
  await open(page, doclib("/" + it.mixed));
  const doc = await rowInfo(page, it.brokenDoc);
  equal(doc.indicators.join(), msg("status.alfstream-sync-error", setup.docReason), where + "document in Error");
  equal(doc.banner, null, where + "documents carry no banner");
  const offered = (await rowActions(page, it.brokenDoc)).filter((a) => SYNC_ACTIONS.includes(a));
  equal(offered.join(), member ? "alfstream-retry-sync" : "", where + "Retry Syncing on the document in Error");
}

scenario("library", async (browser) => {
  for (const role of ["admin", "member", "outsider"]) {
    for (const lang of role === "member" ? LANGUAGES : ["en"]) {
      const page = await login(browser, setup.users[role], lang);
      await checkRoot(page, role, lang);
      await checkDocument(page, role, lang);
      noJsErrors(page);
      await page.browserContext().close();
    }
  }
});
