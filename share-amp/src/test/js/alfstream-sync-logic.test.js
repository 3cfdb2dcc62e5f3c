// What a user sees, decided by alfstream-sync-logic.js: which Alfstream actions a folder offers to whom, the
// error banner, and the messages after an action. Run by the Maven build: node --test.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const Logic = require("../../main/amp/web/alfstream/components/documentlibrary/alfstream-sync-logic.js");
const { loadBundle, msgFor } = require("./messages.js");

const en = msgFor(loadBundle());
const de = msgFor(loadBundle("de"));

const MEMBER = ["GROUP_EVERYONE", "GROUP_ALFSTREAM_SYNC"];
const OUTSIDER = ["GROUP_EVERYONE", "GROUP_SITE_ADMINISTRATORS"];

function folder(state, errorMessage) {
  const node = { nodeRef: "workspace://SpacesStore/f1", isContainer: true, aspects: ["cm:titled"], properties: { "cm:name": "Projects" } };
  if (state !== undefined) {
    node.aspects.push("alfs:sync");
    if (state !== null) node.properties["alfs:syncState"] = state;
  }
  if (errorMessage !== undefined) node.properties["alfs:errorMessage"] = errorMessage;
  return node;
}

test("a member sees Begin on an unsynced folder, Stop on an Active one, Retry on one in Error", () => {
  assert.deepEqual(Logic.availableActions(folder(), MEMBER), ["alfstream-begin-sync"]);
  assert.deepEqual(Logic.availableActions(folder("Active"), MEMBER), ["alfstream-stop-sync"]);
  assert.deepEqual(Logic.availableActions(folder("Error", "boom"), MEMBER), ["alfstream-retry-sync"]);
});

test("a stopped (Inactive) folder offers Begin, to resume syncing", () => {
  assert.deepEqual(Logic.availableActions(folder("Inactive"), MEMBER), ["alfstream-begin-sync"]);
});

test("an unknown state offers no action", () => {
  assert.deepEqual(Logic.availableActions(folder("Paused"), MEMBER), []);
  assert.deepEqual(Logic.availableActions(folder(null), MEMBER), [], "alfs:sync without a state");
  assert.deepEqual(Logic.availableActions(folder("active"), MEMBER), [], "states are matched exactly, as the evaluators do");
});

test("a user outside ALFSTREAM_SYNC sees none of the actions", () => {
  for (const node of [folder(), folder("Active"), folder("Error", "boom"), folder("Inactive")]) {
    assert.deepEqual(Logic.availableActions(node, OUTSIDER), []);
    assert.deepEqual(Logic.availableActions(node, []), []);
    assert.deepEqual(Logic.availableActions(node, null), []);
  }
});

test("administrators may sync too, as the repository allows", () => {
  assert.deepEqual(Logic.availableActions(folder(), ["GROUP_EVERYONE", "GROUP_ALFRESCO_ADMINISTRATORS"]), ["alfstream-begin-sync"]);
});

test("group membership is read from names or from Share's group objects", () => {
  assert.equal(Logic.isSyncMember([{ itemName: "GROUP_ALFSTREAM_SYNC", displayName: "Alfstream Sync" }]), true);
  assert.equal(Logic.isSyncMember([{ itemName: "GROUP_ALFSTREAM_SYNC_READERS" }]), false);
  assert.equal(Logic.isSyncMember(["ALFSTREAM_SYNC"]), false, "authority names carry the GROUP_ prefix");
});

test("a document offers Retry when it is in Error, and nothing else", () => {
  const doc = (state) => Object.assign(folder(state, state === "Error" ? "Disk full on B" : undefined), { isContainer: false });
  assert.deepEqual(Logic.availableActions(doc("Error"), MEMBER), ["alfstream-retry-sync"]);
  assert.deepEqual(Logic.availableActions(doc("Error"), OUTSIDER), []);
  for (const state of [undefined, "Active", "Inactive"]) {
    assert.deepEqual(Logic.availableActions(doc(state), MEMBER), [], String(state));
  }
  assert.equal(Logic.syncState(doc("Active")), "Active");
});

test("details pages show the state as the library's indicator says it, a missing reason in words", () => {
  assert.deepEqual(Logic.stateIndicator(folder("Active"), en), { state: "Active", icon: "alfstream-sync-active", label: "Synced" });
  assert.equal(Logic.stateIndicator(folder("Inactive"), de).label, "Synchronisierung inaktiv");
  assert.equal(Logic.stateIndicator(folder("Error", "Disk full on B"), en).label, "Syncing failed: Disk full on B");
  assert.equal(Logic.stateIndicator(folder("Error"), en).label, "Syncing failed. The repository gave no reason.");
  assert.equal(Logic.stateIndicator(folder(), en), null);
  assert.equal(Logic.stateIndicator(folder("Paused"), en), null);
});

test("the state needs the alfs:sync aspect", () => {
  const stale = folder();
  stale.properties["alfs:syncState"] = "Error";
  assert.equal(Logic.syncState(stale), null);
  assert.deepEqual(Logic.availableActions(stale, MEMBER), ["alfstream-begin-sync"]);
});

test("a folder in Error shows the reason and, to members, Retry Syncing", () => {
  const banner = Logic.errorBanner(folder("Error", "Remote repository unreachable (HTTP 503)"), true, en);
  assert.equal(banner.text, "Syncing of this folder failed: Remote repository unreachable (HTTP 503)");
  assert.equal(banner.retryLabel, "Retry Syncing");

  const html = Logic.errorBannerHtml(banner, "workspace://SpacesStore/f1", "Projects");
  assert.match(html, /Syncing of this folder failed: Remote repository unreachable \(HTTP 503\)/);
  assert.match(html, /<a role="button" tabindex="0" class="alfstream-sync-banner-retry" data-noderef="workspace:\/\/SpacesStore\/f1" data-name="Projects">Retry Syncing<\/a>/);
  assert.doesNotMatch(html, /href=/, "following the link never changes the page's address");
});

test("the banner offers no Retry to a user who may not retry", () => {
  const banner = Logic.errorBanner(folder("Error", "boom"), false, en);
  assert.equal(banner.retryLabel, null);
  assert.doesNotMatch(Logic.errorBannerHtml(banner), /<a /);
});

test("the banner speaks German from the German bundle", () => {
  const banner = Logic.errorBanner(folder("Error", "Zeit\u00fcberschreitung"), true, de);
  assert.equal(banner.text, "Die Synchronisierung dieses Ordners ist fehlgeschlagen: Zeit\u00fcberschreitung");
  assert.equal(banner.retryLabel, "Synchronisierung wiederholen");
});

test("without a reason the banner says so", () => {
  for (const reason of [undefined, "", "   "]) {
    const banner = Logic.errorBanner(folder("Error", reason), true, en);
    assert.equal(banner.text, "Syncing of this folder failed. The repository gave no reason.");
  }
});

test("no banner on active, inactive or unsynced folders, nor on documents", () => {
  for (const node of [folder(), folder("Active"), folder("Inactive"), Object.assign(folder("Error", "x"), { isContainer: false })]) {
    assert.equal(Logic.errorBanner(node, true, en), null);
    assert.equal(Logic.errorBannerHtml(Logic.errorBanner(node, true, en)), "");
  }
});

test("a reason holding markup is shown as text, never run", () => {
  const html = Logic.errorBannerHtml(Logic.errorBanner(folder("Error", '<img src=x onerror="alert(1)">'), false, en));
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
});

test("after an action the user reads what happened, with the repository's reason on failure", () => {
  const begin = Logic.ACTIONS.begin;
  assert.equal(Logic.actionResultText(begin, "success", "Projects", null, en), "Syncing of Projects has begun.");
  assert.equal(Logic.actionResultText(Logic.ACTIONS.stop, "success", "Projects", null, en), "Projects is no longer synced.");
  assert.equal(Logic.actionResultText(Logic.ACTIONS.retry, "success", "Projects", null, en), "Syncing of Projects is being retried.");

  const refused = { status: 403, code: "not-member", message: "You are not a member of the group ALFSTREAM_SYNC: ..." };
  assert.equal(Logic.actionResultText(begin, "failure", "Projects", refused, en),
    "You are not a member of the group ALFSTREAM_SYNC: only its members and administrators may begin, stop or retry syncing. Ask an administrator to add you to the group.");
  assert.equal(Logic.actionResultText(begin, "failure", "Projekte", { status: 409, code: "already-syncing", name: "Projekte" }, de),
    "Projekte wird bereits synchronisiert.");
  const unknown = { status: 500, code: "failed", message: "The repository could not do it: disk full" };
  assert.equal(Logic.actionResultText(begin, "failure", "Projects", unknown, en), "The repository could not do it: disk full");
  assert.equal(Logic.actionResultText(begin, "failure", "Projects", { message: "05220001 Access denied" }, en), "Access denied");
  assert.equal(Logic.actionResultText(begin, "failure", "Projects", null, en), "Could not begin syncing Projects.");
  assert.equal(Logic.actionResultText(begin, "failure", "Projects", { message: 42 }, en), "Could not begin syncing Projects.");
});

test("Stop from Syncing on a large folder asks first, saying how many items", () => {
  const question = { status: 409, code: "confirm-stop", name: "Projects", count: 250, message: "Projects holds 250 items. Stop syncing all of them?" };
  assert.equal(Logic.needsConfirmation(question), true);
  assert.equal(Logic.needsConfirmation({ code: "locked" }), false);
  assert.equal(Logic.needsConfirmation(null), false);
  assert.equal(Logic.refusalText(question, en), question.message, "the repository's sentence, word for word");
  assert.equal(Logic.refusalText(question, msgFor(loadBundle("fr"))), "Projects contient 250 \u00e9l\u00e9ments. Arr\u00eater la synchronisation de tous ?");
});

test("every action has its label and messages in English and German", () => {
  for (const action of Object.values(Logic.ACTIONS)) {
    for (const msg of [en, de]) {
      assert.ok(msg(action.label));
      assert.ok(msg(action.successMessage, "X").includes("X"));
      assert.ok(msg(action.failureMessage, "X").includes("X"));
    }
  }
  assert.equal(en(Logic.ACTIONS.begin.label), "Begin Syncing");
  assert.equal(en(Logic.ACTIONS.stop.label), "Stop from Syncing");
  assert.equal(en(Logic.ACTIONS.retry.label), "Retry Syncing");
});

test("actions are found by Share id or by function name", () => {
  assert.equal(Logic.actionFor("alfstream-stop-sync"), Logic.ACTIONS.stop);
  assert.equal(Logic.actionFor("onActionAlfstreamRetrySync"), Logic.ACTIONS.retry);
  assert.equal(Logic.actionFor("document-delete"), null);
});
