/*
 * The Sync status site dashlet: offered in Customize Dashboard and added there by the site's manager; for the
 * manager it lists the synced roots and the items in Error with reasons and ages, Retry per item and Retry all, in every language; an outsider reads the repository's refusal.
 * setup.items: dashRoot (a folder with dashA and dashB in Error, reasons setup.dashReasons).
 */
"use strict";
const { setup, check, equal, scenario, login, open, waitFor, waitForText } = require("./lib/share");
const { messages, LANGUAGES } = require("./lib/messages");

const it = setup.items;
const URL = "/com/parashift/alfstream/share/dashlets/alfstream-sync-status";

/**
 * The site's manager adds the dashlet as Share's Customize Dashboard lets a keyboard user do it: Add Dashlets, focus
 * Sync status in the list offered, Enter (Share copies it into the first column with room), OK (Share's own save,
 * which then opens the dashboard).
 */
async function addToDashboard(browser) {
  const page = await login(browser, setup.users.admin, "en");
  await open(page, "site/" + setup.site + "/customise-site-dashboard");
  await waitFor(page, () => document.querySelector("button[id$='-addDashlets-button-button']"), "the Add Dashlets button");
  await page.click("button[id$='-addDashlets-button-button']");
  const offered = "li.availableDashlet input[name=dashleturl][value='" + URL + "']";
  await waitFor(page, (sel) => { const input = document.querySelector(sel);
    return input && input.parentNode.offsetParent !== null && input.parentNode.innerText.includes("Sync status"); },
    "Sync status offered in the Add Dashlets list", offered);
  await page.focus("li.availableDashlet:has(input[name=dashleturl][value='" + URL + "']) a");
  await page.keyboard.press("Enter");
  await waitFor(page, (url) => document.querySelector("ul.usedList li.usedDashlet input[name=dashleturl][value='" + url + "']"),
    "Sync status placed in a column of the dashboard", URL);
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("button[id$='-save-button-button']")]);
  check(/\/site\/[^/]+\/dashboard/.test(page.url()), "Share saved the dashboard and opened it: " + page.url());
  await waitForText(page, messages("en")("header"));
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
