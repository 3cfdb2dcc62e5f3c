/*
 * The document library's other views show the sync state too, to everyone, in every language the AMP ships: the
 * simple view (indicators, and the banner of a folder in Error), the table view (its indicators column) and the
 * gallery view (on the item itself, not only in the panel that opens on hover). Each user switches views as users
 * do, through the Options menu, and is put back on the detailed view at the end (Share keeps the choice).
 * setup.items: plain, active, broken (reason setup.reason), silent (no reason).
 */
"use strict";
const { setup, check, equal, scenario, login, open, doclib, waitFor, noJsErrors, CheckFailed } = require("./lib/share");
const { messages, LANGUAGES } = require("./lib/messages");

const it = setup.items;

/**
 * Chooses a view in the document list's Options menu, and waits until Share has chosen it. Every link and image
 * drawn so far is marked, so that itemState only reads items Share drew again for the new view.
 */
async function chooseView(page, view) {
  await page.evaluate(() => document.querySelectorAll("a, img").forEach((e) => { e.alfstreamDrawnBefore = true; }));
  const button = "[id$='-options-button'] button, button[id$='-options-button-button']";
  await waitFor(page, (sel) => document.querySelector(sel), "the Options menu", button);
  await page.click(button);
  const item = "[id$='-options-menu'] span.view." + view;
  await waitFor(page, (sel) => { const span = document.querySelector(sel); return span && span.offsetParent !== null; },
    "the " + view + " view in the Options menu", item);
  await page.click(item);
  await waitFor(page, (v) => {
    const list = Alfresco.util.ComponentManager.findFirst("Alfresco.DocumentList");
    return list && list.options.viewRendererName === v;
  }, "the " + view + " view chosen", view);
}

/**
 * Gives the page window.alfstreamFindItem(view, name): the visible element of the item of that name (simple and table
 * views: its row; gallery: its tile), drawn anew, or null.
 */
function installFinder() {
  window.alfstreamFindItem = (v, n) => {
    const shown = (e) => e.offsetParent !== null;
    const items = v === "gallery" ? [...document.querySelectorAll(".alf-gallery-item:not(.hidden)")] : [...document.querySelectorAll("tr.yui-dt-rec")];
    const item = items.find((i) => shown(i) && [...i.querySelectorAll(v === "gallery" ? ".alf-label a" : "*")]
      .some((e) => e.children.length === 0 && shown(e) && e.textContent.trim() === n));
    if (!item || ![...item.querySelectorAll("a, img")].some((e) => !e.alfstreamDrawnBefore)) {
      return null;
    }
    return v === "gallery" ? item.querySelector(".alf-gallery-item-thumbnail") : item;
  };
}

/**
 * What an item shows in the current view: the titles of the sync indicators a user sees on it without hovering,
 * and the banner text (null: none).
 */
async function itemState(page, view, name) {
  /* found and read in one go: Share may redraw the list between a wait and a later read (it once did) */
  let handle;
  try {
    handle = await page.waitForFunction((v, n) => {
      const item = window.alfstreamFindItem(v, n);
      if (item === null) {
        return null;
      }
      const images = [...item.querySelectorAll("img[alt^='alfstream-sync']")].filter((i) => i.offsetParent !== null);
      const banner = item.querySelector(".alfstream-sync-banner-text");
      return { indicators: images.map((i) => i.title), banner: banner && banner.offsetParent !== null ? banner.textContent : null };
    }, { timeout: 60000, polling: 250 }, view, name);
  } catch (e) {
    throw new CheckFailed("timed out waiting for " + view + ": the item " + name);
  }
  console.log("ok " + view + ": the item " + name);
  return handle.jsonValue();
}

async function checkView(page, view, where, msg) {
  await chooseView(page, view);
  const at = where + view + ": ";
  equal((await itemState(page, view, it.active)).indicators.join(), msg("status.alfstream-sync-active"), at + "Active");
  const broken = await itemState(page, view, it.broken);
  equal(broken.indicators.join(), msg("status.alfstream-sync-error", setup.reason), at + "Error with the reason");
  if (view === "simple") {
    equal(broken.banner, msg("banner.alfstream.sync-error", setup.reason), at + "the banner of the folder in Error");
  }
  equal((await itemState(page, view, it.silent)).indicators.join(), msg("status.alfstream-sync-error.no-reason"),
    at + "Error without a reason");
  equal((await itemState(page, view, it.plain)).indicators.join(), "", at + "no state on a folder that is not synced");
  check(!(await page.content()).includes("{node.properties"), at + "no raw placeholder anywhere on the page");
}

scenario("views", async (browser) => {
  for (const role of ["admin", "member", "outsider"]) {
    for (const lang of role === "member" ? LANGUAGES : ["en"]) {
      const msg = messages(lang), where = role + "/" + lang + ": ";
      const page = await login(browser, setup.users[role], lang);
      await open(page, doclib("/"));
      await page.evaluate(installFinder);
      try {
        for (const view of ["simple", "table", "gallery"]) {
          await checkView(page, view, where, msg);
        }
        noJsErrors(page);
      } finally {
        await chooseView(page, "detailed").catch((e) => console.log("could not go back to the detailed view: " + e.message));
      }
      await page.browserContext().close();
    }
  }
});
