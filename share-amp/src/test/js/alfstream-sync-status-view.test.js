// What the Sync status dashlet shows (alfstream-sync-status-view.js) from the repository's site report, with the
// dashlet's real labels. Run by the Maven build: node --test.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const View = require("../../main/amp/web/alfstream/components/dashlets/alfstream-sync-status-view.js");
const { format } = require("./messages.js");

const DASHLET = path.join(__dirname, "../../main/amp/config/alfresco/site-webscripts/com/parashift/alfstream/share/dashlets");

function dashletMsg(locale) {
  const bundle = {};
  const file = path.join(DASHLET, "alfstream-sync-status.get" + (locale ? "_" + locale : "") + ".properties");
  for (const line of fs.readFileSync(file, "latin1").split(/\r?\n/)) {
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    bundle[line.slice(0, eq)] = line.slice(eq + 1).replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  }
  return (key, ...args) => {
    assert.ok(key in bundle, "no dashlet message " + key);
    return format(bundle[key], args);
  };
}

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const ROOT = { nodeRef: "workspace://SpacesStore/r", name: "Projects", path: "/documentLibrary/Projects", folder: true,
  state: "Active", lastSynced: NOW - 3 * 3600000, items: 3, errors: 2 };
const report = (canRetry) => ({ site: "s", canRetry, truncated: false, scanned: 10, roots: [ROOT], errors: [
  { nodeRef: "workspace://SpacesStore/a", name: "plan.docx", path: "/documentLibrary/Projects/plan.docx", folder: false,
    message: "Disk full on B", since: NOW - 5 * 60000, root: ROOT.nodeRef },
  { nodeRef: "workspace://SpacesStore/b", name: "<b>x</b>", path: "/documentLibrary/Projects/x", folder: false,
    message: null, since: null, root: ROOT.nodeRef }] });

test("the dashlet lists the roots and the items in Error with reasons, ages and Retry", () => {
  const html = View.html(report(true), "/share/page/site/s/", NOW, dashletMsg());
  assert.match(html, /href="\/share\/page\/site\/s\/folder-details\?nodeRef=workspace%3A%2F%2FSpacesStore%2Fr"[^>]*>Projects</);
  assert.match(html, /<td>Active<\/td><td>3<\/td><td>2<\/td><td>3 h ago<\/td>/);
  assert.match(html, /document-details\?nodeRef=workspace%3A%2F%2FSpacesStore%2Fa[^>]*>plan.docx<\/a><\/td><td>Disk full on B<\/td><td>5 min ago<\/td>/);
  assert.match(html, /The repository gave no reason./);
  assert.match(html, /&lt;b&gt;x&lt;\/b&gt;/, "names from the repository are escaped");
  assert.equal((html.match(/class="alfstream-sync-status-retry"/g) || []).length, 2);
  assert.match(html, /Retry all/);
});

test("a user who may not retry sees no Retry buttons", () => {
  const html = View.html(report(false), "/share/page/site/s/", NOW, dashletMsg());
  assert.doesNotMatch(html, /<button/);
});

test("an empty site, a site without errors and a truncated walk say so, in German too", () => {
  assert.match(View.html({ roots: [], errors: [] }, "/", NOW, dashletMsg()), /Nothing in this site is synced./);
  const clean = Object.assign(report(true), { errors: [], truncated: true, scanned: 20000 });
  const de = View.html(clean, "/", NOW, dashletMsg("de"));
  assert.match(de, /Kein Element hat einen Fehler./);
  assert.match(de, /Nur die ersten 20000 Elemente der Site wurden gelesen./);
  assert.match(View.html(clean, "/", NOW, dashletMsg("fr")), /Aucun \u00e9l\u00e9ment n\u2019est en erreur./);
});

test("ages read as people say them", () => {
  const msg = dashletMsg();
  assert.equal(View.age(NOW - 10000, NOW, msg), "just now");
  assert.equal(View.age(NOW - 2 * 86400000, NOW, msg), "2 days ago");
  assert.equal(View.age(null, NOW, msg), null);
});

test("Retry all retries each root holding an item in Error once", () => {
  const targets = View.retryAllTargets(report(true));
  assert.equal(targets.length, 1);
  assert.equal(targets[0].nodeRef, ROOT.nodeRef);
});
