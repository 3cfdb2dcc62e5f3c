/*
 * What every browser scenario needs: headless Debian chromium (puppeteer-core), a fresh profile, Share's form
 * login in a given language, the CSRF header of Share's POSTs, checks that say what was expected, and screenshots
 * of every open page when a scenario fails. The IT passes the set-up as JSON in SCENARIO.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require("puppeteer-core");

const setup = JSON.parse(process.env.SCENARIO || "{}");

class CheckFailed extends Error {}

function check(condition, what) {
  if (!condition) {
    throw new CheckFailed(what);
  }
  console.log("ok " + what);
}

function equal(actual, expected, what) {
  check(actual === expected, what + ": expected " + JSON.stringify(expected) + ", was " + JSON.stringify(actual));
}

/** Runs body(browser) in a fresh chromium; on failure screenshots every page and exits 1. */
async function scenario(name, body) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "alfstream-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--user-data-dir=" + profile, "--window-size=1400,1000"],
    defaultViewport: { width: 1400, height: 1000 }
  });
  let failed = null;
  try {
    await body(browser);
  } catch (e) {
    failed = e;
    const dir = process.env.SCREENSHOTS || "target/browser-screenshots";
    fs.mkdirSync(dir, { recursive: true });
    const pages = await browser.pages();
    for (let i = 0; i < pages.length; i++) {
      const file = path.join(dir, name + "-" + i + ".png");
      await pages[i].screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log("screenshot " + file + " of " + pages[i].url());
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failed) {
    console.log("FAILED " + name + ": " + (failed instanceof CheckFailed ? failed.message : failed.stack));
    process.exit(1);
  }
  console.log("PASSED " + name);
}

/** A new page logged in to Share as user (one of setup.users), in language lang ("en", "de", "fr"). */
async function login(browser, user, lang) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(180000);
  page.setDefaultTimeout(60000);
  page.jsErrors = [];
  page.on("pageerror", (e) => page.jsErrors.push(String(e)));
  page.on("dialog", (d) => d.dismiss());
  await page.setExtraHTTPHeaders({ "Accept-Language": lang || "en" });
  await page.goto(setup.share + "/page/type/login", { waitUntil: "networkidle2" });
  await page.type("input[name=username]", user.id);
  await page.type("input[name=password]", user.password);
  await Promise.all([page.waitForNavigation({ waitUntil: "domcontentloaded" }), page.keyboard.press("Enter")]);
  check(!page.url().includes("error=true"), "Share login of " + user.id);
  return page;
}

/** Opens a Share page (below /share/page/) and waits until the network is quiet. */
async function open(page, pagePath) {
  await page.goto(setup.share + "/page/" + pagePath, { waitUntil: "load" });
}

/** The document library of the set-up's site, in the folder of that path ("/" the root). */
function doclib(folderPath, view) {
  return "site/" + setup.site + "/documentlibrary" + (view ? "?view=" + view : "") + "#filter=path|" +
    encodeURIComponent(folderPath) + "|&page=1";
}

/** A POST through Share's proxy to the repository, as the logged-in user, with the CSRF header Share wants. */
async function proxyPost(page, service, body) {
  return page.evaluate(async (url, json) => {
    const cookie = document.cookie.split("; ").find((c) => c.startsWith("Alfresco-CSRFToken="));
    const token = cookie ? decodeURIComponent(cookie.substring("Alfresco-CSRFToken=".length)) : "";
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json",
      "Alfresco-CSRFToken": token }, body: JSON.stringify(json), credentials: "same-origin" });
    return { status: response.status, text: await response.text() };
  }, setup.share + "/proxy/alfresco/" + service, body);
}

/** Waits for a condition in the page, failing with what was expected. */
async function waitFor(page, fn, what, ...args) {
  try {
    await page.waitForFunction(fn, { timeout: 60000, polling: 250 }, ...args);
  } catch (e) {
    throw new CheckFailed("timed out waiting for " + what);
  }
  console.log("ok " + what);
}

function noJsErrors(page) {
  equal(page.jsErrors.join("\n"), "", "JavaScript errors on " + page.url());
}

module.exports = { setup, check, equal, scenario, login, open, doclib, proxyPost, waitFor, noJsErrors, CheckFailed };

/* ---- the document library, its rows, and what Share tells the user ---- */

/** The row of the item of that name in the document list (detailed view), waited for. */
async function row(page, name) {
  await waitFor(page, (n) => [...document.querySelectorAll("h3.filename a")].some((a) => a.textContent === n),
    "row " + name, name);
  return page.evaluateHandle((n) => [...document.querySelectorAll("h3.filename a")]
    .find((a) => a.textContent === n).closest("tr"), name);
}

/** What a row shows: indicator titles, banner text, the banner's Retry link (with its href, if any). */
async function rowInfo(page, name) {
  const tr = await row(page, name);
  return tr.evaluate((r) => {
    const link = r.querySelector(".alfstream-sync-banner-retry");
    const banner = r.querySelector(".alfstream-sync-banner-text");
    return {
      indicators: [...r.querySelectorAll("div.status img")].map((i) => i.title),
      banner: banner ? banner.textContent : null,
      retryLink: link ? { text: link.textContent, href: link.getAttribute("href") } : null
    };
  });
}

/** The action ids (div classes) Share offers on a row, the More... menu included. */
async function rowActions(page, name) {
  const tr = await row(page, name);
  await tr.hover();
  await tr.waitForSelector("div.action-set");
  return tr.evaluate((r) => [...r.querySelectorAll("div.action-set div[class]")].map((d) => d.className)
    .filter((c) => c !== "more-actions hidden" && c !== "more-actions" && c !== "internal-show-more"));
}

/**
 * Runs an action of a row: hover (Share draws the row's actions then), open More... if the action is in it, click the
 * action. The links are clicked as elements, not at a point of the screen: Share may redraw the row meanwhile, and a
 * click at the old point once landed on Edit Properties. A row redrawn before the click is found again.
 */
async function clickRowAction(page, name, actionId) {
  for (let attempt = 1; ; attempt++) {
    try {
      const tr = await row(page, name);
      await tr.hover();
      await tr.waitForSelector("div.action-set div." + actionId + " a", { timeout: 15000 });
      const clicked = await tr.evaluate((r, id) => {
        const more = r.querySelector(".more-actions");
        if (!r.isConnected) {
          return false;
        }
        if (more && more.querySelector("div." + id) && more.classList.contains("hidden")) {
          r.querySelector("a.show-more").click();
        }
        const link = r.querySelector("div.action-set div." + id + " a");
        if (!link || link.offsetParent === null) {
          return false;
        }
        link.click();
        return true;
      }, actionId);
      if (!clicked) {
        throw new Error("the row changed before " + actionId + " could be clicked");
      }
      return;
    } catch (e) {
      if (attempt >= 3 || e instanceof CheckFailed) {
        throw e;
      }
      console.log("row " + name + " was redrawn (" + e.message + "), finding it again");
    }
  }
}

/** Waits until the page shows that text (a message, a prompt, a label). */
async function waitForText(page, text) {
  await waitFor(page, (t) => document.body.innerText.includes(t), "the text \"" + text + "\"", text);
}

/** Clicks the button of Share's prompt dialog with that label. */
async function clickPromptButton(page, label) {
  await waitFor(page, (l) => [...document.querySelectorAll("#prompt button")].some((b) => b.textContent.trim() === l),
    "a prompt button \"" + label + "\"", label);
  await page.evaluate((l) => [...document.querySelectorAll("#prompt button")].find((b) => b.textContent.trim() === l).click(), label);
}

/** A call of the repository's REST API as admin, bypassing Share (to change something behind the user's back). */
async function repositoryAsAdmin(method, service, body) {
  const response = await fetch(setup.repository + "/service/" + service, { method,
    headers: { "Content-Type": "application/json", Authorization: "Basic " + Buffer.from("admin:admin").toString("base64") },
    body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, text: await response.text() };
}

Object.assign(module.exports, { row, rowInfo, rowActions, clickRowAction, waitForText, clickPromptButton, repositoryAsAdmin });
