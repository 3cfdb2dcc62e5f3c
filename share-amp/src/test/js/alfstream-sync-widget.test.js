// alfstream-sync.js as Share runs it: loaded after alfstream-sync-logic.js into a page that has YUI's Bubbling
// events, Alfresco.util.Ajax and the PopupManager. Here these are recording fakes, so each test can check what the
// user would see (messages, prompts, the banner) and what Share would send to the repository.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { loadBundle, format, msgFor } = require("./messages.js");

const WEB = path.join(__dirname, "../../main/amp/web/alfstream/components/documentlibrary");
const LOGIC = fs.readFileSync(path.join(WEB, "alfstream-sync-logic.js"), "utf8");
const WIDGET = fs.readFileSync(path.join(WEB, "alfstream-sync.js"), "utf8");
const EN = loadBundle();

function fakeElement(tag) {
  const element = {
    tagName: tag, id: "", className: "", children: [], parentNode: null, anchors: null, _html: "",
    set innerHTML(html) {
      this._html = html;
      this.anchors = (html.match(/<a /g) || []).map(() => ({ onclick: null }));
    },
    get innerHTML() { return this._html; },
    getElementsByTagName(name) { return name === "a" ? this.anchors || [] : []; },
    insertBefore(child) { child.parentNode = this; this.children.unshift(child); },
    removeChild(child) { this.children = this.children.filter((c) => c !== child); child.parentNode = null; },
  };
  return element;
}

/** A page with the widget loaded; returns the fakes it talks to. */
function page() {
  const fired = [], listeners = {}, posts = [], gets = [], messages = [], prompts = [];
  let waitsOpen = 0;
  const bd = fakeElement("div");
  const document = {
    body: fakeElement("body"),
    createElement: fakeElement,
    getElementById(id) {
      if (id === "bd") return bd;
      return bd.children.find((c) => c.id === id) || null;
    },
  };
  const sandbox = {
    document,
    encodeURIComponent,
    YAHOO: { Bubbling: { fire: (name, obj) => fired.push({ name, obj }), on: (name, fn) => { listeners[name] = fn; } } },
    Alfresco: {
      constants: { PROXY_URI: "/share/proxy/alfresco/", USERNAME: "alice@example.com" },
      util: {
        Ajax: { jsonPost: (config) => posts.push(config), jsonGet: (config) => gets.push(config) },
        PopupManager: {
          displayMessage(config) {
            messages.push(config.text);
            if (config.displayTime === 0) waitsOpen++;
            return { destroy: () => { waitsOpen--; } };
          },
          displayPrompt: (config) => prompts.push(config),
        },
        message: (key, scope, args) => format(EN[key], args || []),
      },
    },
  };
  vm.createContext(sandbox);
  vm.runInContext(LOGIC, sandbox, { filename: "alfstream-sync-logic.js" });
  vm.runInContext(WIDGET, sandbox, { filename: "alfstream-sync.js" });
  const registered = (name) => fired.find((f) => f.name === "registerAction" && f.obj.actionName === name);
  return { fired, listeners, posts, gets, messages, prompts, bd, registered, waitsOpen: () => waitsOpen };
}

/** The document list component the action runs on: Share calls the action with this = the component. */
const docList = { msg: msgFor(EN) };

function record(state, reason, actions) {
  const node = { nodeRef: "workspace://SpacesStore/f1", isContainer: true, aspects: [], properties: { "cm:name": "Projects" } };
  if (state) {
    node.aspects.push("alfs:sync");
    node.properties["alfs:syncState"] = state;
  }
  if (reason) node.properties["alfs:errorMessage"] = reason;
  return { nodeRef: node.nodeRef, displayName: "Projects", node, actions: (actions || []).map((id) => ({ id })) };
}

test("the three actions named in the doclib config are registered with Share", () => {
  const p = page();
  for (const name of ["onActionAlfstreamBeginSync", "onActionAlfstreamStopSync", "onActionAlfstreamRetrySync"]) {
    assert.ok(p.registered(name), `registers ${name}`);
  }
  assert.ok(p.fired.find((f) => f.name === "registerRenderer" && f.obj.propertyName === "alfstreamSyncError"));
});

test("Begin Syncing runs the repository action synchronously and confirms it", () => {
  const p = page();
  const folder = record();
  p.registered("onActionAlfstreamBeginSync").obj.fn.call(docList, folder, {});

  assert.equal(p.posts.length, 1);
  const post = p.posts[0];
  assert.equal(post.url, "/share/proxy/alfresco/api/actionQueue?async=false");
  assert.deepEqual(JSON.parse(JSON.stringify(post.dataObj)),
    { actionedUponNode: "workspace://SpacesStore/f1", actionDefinitionName: "alfstream-begin-sync" });
  assert.equal(p.messages[0], "Please wait: Projects is being updated...");

  post.successCallback.fn.call(post.successCallback.scope, { json: {} });
  assert.equal(p.messages[1], "Syncing of Projects has begun.");
  assert.equal(p.waitsOpen(), 0, "the wait message is closed");
  assert.ok(p.fired.find((f) => f.name === "metadataRefresh" && f.obj === folder), "the list refreshes to show the new state");
});

test("a refused action shows the repository's own message and changes nothing on screen", () => {
  const p = page();
  p.registered("onActionAlfstreamStopSync").obj.fn.call(docList, record("Active"), {});
  const post = p.posts[0];
  assert.equal(post.dataObj.actionDefinitionName, "alfstream-stop-sync");

  post.failureCallback.fn.call(post.failureCallback.scope, {
    json: { status: { code: 500 }, message: "06140007 Only members of the ALFSTREAM_SYNC group may stop syncing." },
  });
  assert.equal(p.prompts.length, 1);
  assert.equal(p.prompts[0].title, "Stop from Syncing");
  assert.equal(p.prompts[0].text,
    "Could not stop syncing Projects. The repository said: Only members of the ALFSTREAM_SYNC group may stop syncing.");
  assert.equal(p.waitsOpen(), 0);
  assert.equal(p.fired.filter((f) => f.name === "metadataRefresh").length, 0);
});

test("a failure without an answer still says what failed", () => {
  const p = page();
  p.registered("onActionAlfstreamRetrySync").obj.fn.call(docList, record("Error", "boom"), {});
  p.posts[0].failureCallback.fn({ serverResponse: { status: 0 } });
  assert.equal(p.prompts[0].text, "Could not retry syncing Projects.");
});

test("the document list banner shows the reason, and Retry where the row offers it", () => {
  const p = page();
  const renderer = p.fired.find((f) => f.name === "registerRenderer").obj.renderer;

  const withRetry = renderer.call(docList, record("Error", "Quota exceeded on target", ["alfstream-retry-sync"]), "");
  assert.match(withRetry, /Syncing of this folder failed: Quota exceeded on target/);
  assert.match(withRetry, /data-action="onActionAlfstreamRetrySync">Retry Syncing</);

  const withoutRetry = renderer.call(docList, record("Error", "Quota exceeded on target", ["document-download"]), "");
  assert.match(withoutRetry, /Quota exceeded on target/);
  assert.doesNotMatch(withoutRetry, /Retry Syncing/);
});

test("the folder details page of a folder in Error shows the banner; its Retry button retries", () => {
  const p = page();
  const folder = record("Error", "Target site swsdp does not exist");
  p.listeners.folderDetailsAvailable("folderDetailsAvailable", [null, { folderDetails: folder }]);

  assert.equal(p.gets.length, 1);
  assert.equal(p.gets[0].url, "/share/proxy/alfresco/api/people/alice%40example.com?groups=true");
  p.gets[0].successCallback.fn({ json: { groups: [{ itemName: "GROUP_ALFSTREAM_SYNC" }] } });

  const banner = p.bd.children[0];
  assert.equal(banner.id, "alfstream-sync-folder-banner");
  assert.match(banner.innerHTML, /Syncing of this folder failed: Target site swsdp does not exist/);
  assert.match(banner.innerHTML, />Retry Syncing</);

  assert.equal(banner.anchors[0].onclick(), false, "the link does not navigate");
  assert.equal(p.posts.length, 1);
  assert.equal(p.posts[0].dataObj.actionDefinitionName, "alfstream-retry-sync");
  assert.equal(p.posts[0].dataObj.actionedUponNode, "workspace://SpacesStore/f1");
});

test("a non-member reads the banner without the Retry button", () => {
  const p = page();
  p.listeners.folderDetailsAvailable("folderDetailsAvailable", [null, { folderDetails: record("Error", "boom") }]);
  p.gets[0].successCallback.fn({ json: { groups: [{ itemName: "GROUP_EVERYONE" }] } });
  assert.match(p.bd.children[0].innerHTML, /Syncing of this folder failed: boom/);
  assert.doesNotMatch(p.bd.children[0].innerHTML, /Retry/);
});

test("after a successful retry the refreshed page replaces the banner instead of stacking a second one", () => {
  const p = page();
  p.listeners.folderDetailsAvailable("folderDetailsAvailable", [null, { folderDetails: record("Error", "boom") }]);
  p.gets[0].successCallback.fn({ json: { groups: ["GROUP_ALFSTREAM_SYNC"] } });
  assert.equal(p.bd.children.length, 1);

  p.listeners.folderDetailsAvailable("folderDetailsAvailable", [null, { folderDetails: record("Active") }]);
  assert.equal(p.gets.length, 1, "group memberships are fetched once per page");
  assert.equal(p.bd.children.length, 0, "an Active folder has no banner");
});
