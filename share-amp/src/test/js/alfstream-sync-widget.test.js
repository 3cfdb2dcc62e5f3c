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
    insertBefore(child, before) {
      child.parentNode = this;
      const at = this.children.indexOf(before);
      this.children.splice(at < 0 ? 0 : at, 0, child);
    },
    removeChild(child) { this.children = this.children.filter((c) => c !== child); child.parentNode = null; },
  };
  return element;
}

/** A page with the widget loaded (at location: pathname + search); returns the fakes it talks to. */
function page(location, headers, gallery) {
  const fired = [], listeners = {}, posts = [], gets = [], messages = [], prompts = [], domListeners = {};
  let waitsOpen = 0;
  const domReady = [];
  const bd = fakeElement("div");
  bd.firstChild = null;
  const document = {
    body: fakeElement("body"),
    createElement: fakeElement,
    getElementById(id) {
      if (id === "bd") return bd;
      return bd.children.find((c) => c.id === id) || null;
    },
    addEventListener: (type, fn) => { domListeners[type] = fn; },
  };
  const sandbox = {
    document,
    window: { location: location || { pathname: "/share/page/site/s/documentlibrary", search: "" } },
    encodeURIComponent,
    decodeURIComponent,
    YAHOO: {
      Bubbling: { fire: (name, obj) => fired.push({ name, obj }), on: (name, fn) => { listeners[name] = fn; } },
      util: { Event: { onDOMReady: (fn) => { domReady.push(fn); } },
        Dom: { getElementsByClassName: (name) => (name === "node-header" && headers) || [] } },
    },
    Alfresco: {
      constants: { PROXY_URI: "/share/proxy/alfresco/", USERNAME: "alice@example.com", URL_RESCONTEXT: "/share/res/" },
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
        substituteDotNotation: (text, obj) => text.replace(/\{([^{}]+)\}/g, (m, path) =>
          String(path.split(".").reduce((o, k) => (o == null ? o : o[k]), obj))),
      },
      DocumentListGalleryViewRenderer: gallery,
    },
  };
  vm.createContext(sandbox);
  vm.runInContext(LOGIC, sandbox, { filename: "alfstream-sync-logic.js" });
  vm.runInContext(WIDGET, sandbox, { filename: "alfstream-sync.js" });
  const registered = (name) => fired.find((f) => f.name === "registerAction" && f.obj.actionName === name);
  return { fired, listeners, posts, gets, messages, prompts, bd, registered, domListeners, ready: () => domReady.forEach((fn) => fn()),
    waitsOpen: () => waitsOpen };
}

/** A click on an element of the page: the delegated listener looks for the Retry link from the target up. */
function click(p, element) {
  let prevented = false;
  p.domListeners.click({ type: "click", target: element, preventDefault: () => { prevented = true; } });
  return prevented;
}

function retryLink(nodeRef, name) {
  return { className: "alfstream-sync-banner-retry", getAttribute: (a) => ({ "data-noderef": nodeRef, "data-name": name })[a] };
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

test("Begin Syncing asks the repository's run endpoint and confirms it", () => {
  const p = page();
  const folder = record();
  p.registered("onActionAlfstreamBeginSync").obj.fn.call(docList, folder, {});

  assert.equal(p.posts.length, 1);
  const post = p.posts[0];
  assert.equal(post.url, "/share/proxy/alfresco/alfstream/sync/run");
  assert.deepEqual(JSON.parse(JSON.stringify(post.dataObj)),
    { nodeRef: "workspace://SpacesStore/f1", action: "begin", confirmed: false });
  assert.equal(p.messages[0], "Please wait: Projects is being updated...");

  post.successCallback.fn({ json: { status: 200 } });
  assert.equal(p.messages[1], "Syncing of Projects has begun.");
  assert.equal(p.waitsOpen(), 0, "the wait message is closed");
  assert.ok(p.fired.find((f) => f.name === "metadataRefresh" && f.obj === folder), "the list refreshes to show the new state");
});

test("a refused action shows the sentence naming the cause and changes nothing on screen", () => {
  const p = page();
  p.registered("onActionAlfstreamStopSync").obj.fn.call(docList, record("Active"), {});
  const post = p.posts[0];
  assert.equal(post.dataObj.action, "stop");

  post.failureCallback.fn({ json: { status: 423, code: "locked", name: "Projects", message: "Projects is locked ..." } });
  assert.equal(p.prompts.length, 1);
  assert.equal(p.prompts[0].title, "Stop from Syncing");
  assert.equal(p.prompts[0].text,
    "Projects is locked by another user (checked out or being edited). Try again once it is unlocked.");
  assert.equal(p.waitsOpen(), 0);
  assert.equal(p.fired.filter((f) => f.name === "metadataRefresh").length, 0);
});

test("Stop from Syncing on a large folder asks, and goes on only when confirmed", () => {
  const p = page();
  p.registered("onActionAlfstreamStopSync").obj.fn.call(docList, record("Active"), {});
  p.posts[0].failureCallback.fn({ json: { status: 409, code: "confirm-stop", name: "Projects", count: 250 } });
  const question = p.prompts[0];
  assert.equal(question.text, "Projects holds 250 items. Stop syncing all of them?");
  assert.deepEqual(question.buttons.map((b) => b.text).join("|"), "Stop Syncing|Cancel");

  question.buttons[1].handler.call({ destroy() {} });
  assert.equal(p.posts.length, 1, "Cancel sends nothing");
  question.buttons[0].handler.call({ destroy() {} });
  assert.equal(p.posts.length, 2);
  assert.equal(p.posts[1].dataObj.confirmed, true);
});

test("a failure without an answer still says what failed", () => {
  const p = page();
  p.registered("onActionAlfstreamRetrySync").obj.fn.call(docList, record("Error", "boom"), {});
  p.posts[0].failureCallback.fn({ serverResponse: { status: 0 } });
  assert.equal(p.prompts[0].text, "Could not retry syncing Projects.");
});

test("the document list banner shows the reason, and Retry where the row offers it; Retry keeps the page", () => {
  const p = page();
  const renderer = p.fired.find((f) => f.name === "registerRenderer").obj.renderer;

  const withRetry = renderer.call(docList, record("Error", "Quota exceeded on target", ["alfstream-retry-sync"]), "");
  assert.match(withRetry, /Syncing of this folder failed: Quota exceeded on target/);
  assert.match(withRetry, /data-noderef="workspace:\/\/SpacesStore\/f1" data-name="Projects">Retry Syncing</);
  assert.doesNotMatch(withRetry, /href/);

  const withoutRetry = renderer.call(docList, record("Error", "Quota exceeded on target", ["document-download"]), "");
  assert.match(withoutRetry, /Quota exceeded on target/);
  assert.doesNotMatch(withoutRetry, /Retry Syncing/);

  assert.equal(click(p, retryLink("workspace://SpacesStore/f1", "Projects")), true, "the click does not navigate");
  assert.deepEqual(JSON.parse(JSON.stringify(p.posts[0].dataObj)),
    { nodeRef: "workspace://SpacesStore/f1", action: "retry", confirmed: false });
  assert.equal(click(p, { className: "other", parentNode: null }), false, "other clicks are left alone");
  assert.equal(p.posts.length, 1);
});

test("a details page reads its node on load and shows the state and, for a folder in Error, the banner", () => {
  const p = page({ pathname: "/share/page/site/s/folder-details", search: "?nodeRef=workspace%3A%2F%2FSpacesStore%2Ff1" });
  p.ready();
  assert.equal(p.gets[0].url, "/share/proxy/alfresco/slingshot/doclib2/node/workspace/SpacesStore/f1");
  p.gets[0].successCallback.fn({ json: { item: { node: record("Error", "Target site swsdp does not exist").node } } });
  assert.equal(p.gets[1].url, "/share/proxy/alfresco/api/people/alice%40example.com?groups=true");
  p.gets[1].successCallback.fn({ json: { groups: [{ itemName: "GROUP_ALFSTREAM_SYNC" }] } });

  const details = p.bd.children[0];
  assert.equal(details.id, "alfstream-sync-details");
  assert.match(details.innerHTML, /indicators\/alfstream-sync-error-16.png/);
  assert.match(details.innerHTML, /Syncing failed: Target site swsdp does not exist/);
  assert.match(details.innerHTML, /Syncing of this folder failed: Target site swsdp does not exist/);
  assert.match(details.innerHTML, /data-noderef="workspace:\/\/SpacesStore\/f1" data-name="Projects">Retry Syncing</,
    "the node's ref and name come from item.node (the node webscript's item has no nodeRef of its own)");
});

test("a document's details page shows its state without a banner; a non-member sees no Retry", () => {
  const p = page({ pathname: "/share/page/site/s/document-details", search: "?nodeRef=workspace://SpacesStore/f1" });
  p.ready();
  const doc = record("Error");
  doc.node.isContainer = false;
  p.gets[0].successCallback.fn({ json: { item: doc } });
  p.gets[1].successCallback.fn({ json: { groups: [{ itemName: "GROUP_EVERYONE" }] } });
  assert.match(p.bd.children[0].innerHTML, /Syncing failed. The repository gave no reason./);
  assert.doesNotMatch(p.bd.children[0].innerHTML, /Retry|banner-text/);
});

test("after a refresh the details page replaces its state line instead of stacking a second one", () => {
  const p = page({ pathname: "/share/page/site/s/folder-details", search: "?nodeRef=workspace://SpacesStore/f1" });
  p.ready();
  p.gets[0].successCallback.fn({ json: { item: record("Error", "boom") } });
  p.gets[1].successCallback.fn({ json: { groups: ["GROUP_ALFSTREAM_SYNC"] } });
  assert.equal(p.bd.children.length, 1);

  p.listeners.metadataRefresh();
  p.gets[2].successCallback.fn({ json: { item: record() } });
  assert.equal(p.gets.length, 3, "group memberships are fetched once per page");
  assert.equal(p.bd.children.length, 0, "an unsynced folder shows nothing");
});

/** Share's node header: a div.node-header inside the component div (with the component's id) that Share refills. */
function nodeHeaderIn(bd) {
  const component = fakeElement("div"), header = fakeElement("div");
  component.id = "template_x002e_node-header_x002e_folder-details";
  header.className = "node-header";
  component.insertBefore(header);
  bd.insertBefore(component);
  return { component, header };
}

test("the state line goes before the node header's component, which Share rebuilds on metadataRefresh", () => {
  const headers = [];
  const p = page({ pathname: "/share/page/site/s/folder-details", search: "?nodeRef=workspace://SpacesStore/f1" },
    headers);
  const { component, header } = nodeHeaderIn(p.bd);
  headers.push(header);
  p.ready();
  p.gets[0].successCallback.fn({ json: { item: record("Error", "boom") } });
  p.gets[1].successCallback.fn({ json: { groups: ["GROUP_ALFSTREAM_SYNC"] } });
  assert.deepEqual(p.bd.children.map((c) => c.id), ["alfstream-sync-details", component.id]);
  assert.equal(header.children.length, 0, "nothing inside the header that Share refills");
});

test("only the latest read of the node is shown, whichever answer arrives last", () => {
  const p = page({ pathname: "/share/page/site/s/folder-details", search: "?nodeRef=workspace://SpacesStore/f1" });
  p.ready();
  p.listeners.metadataRefresh();
  p.gets[1].successCallback.fn({ json: { item: record() } });
  p.gets[2].successCallback.fn({ json: { groups: ["GROUP_ALFSTREAM_SYNC"] } });
  p.gets[0].successCallback.fn({ json: { item: record("Error", "stale") } });
  assert.equal(p.bd.children.length, 0, "the stale Error answer (read before the refresh) is not shown");
  assert.equal(p.gets.length, 3);
});

test("the document library is no details page: nothing is read on load", () => {
  const p = page();
  p.ready();
  assert.equal(p.gets.length, 0);
});

/** Share's gallery renderer as far as the widget uses it: items with a thumbnail, and its own renderCellStatus. */
function galleryRenderer() {
  const thumbnail = fakeElement("div");
  thumbnail.appendChild = (child) => { child.parentNode = thumbnail; thumbnail.children.push(child); };
  const Gallery = function () {};
  Gallery.prototype.renderCellStatus = function (scope, elCell) { elCell.innerHTML = "<div class=\"status\">...</div>"; };
  Gallery.prototype.getRowItem = () => ({ thumbnail });
  Gallery.prototype.getRowItemThumbnailElement = (item) => item.thumbnail;
  return { Gallery, thumbnail };
}

function galleryRecord(indicators, properties) {
  return { getData: () => ({ indicators, node: { properties: properties || {} } }) };
}

const ACTIVE = { id: "alfstream-sync-active", icon: "../../../alfstream/components/documentlibrary/indicators/alfstream-sync-active-16.png",
  label: "status.alfstream-sync-active" };
const ERROR = { id: "alfstream-sync-error", icon: "../../../alfstream/components/documentlibrary/indicators/alfstream-sync-error-16.png",
  label: "status.alfstream-sync-error", labelParams: ["{node.properties.alfs:errorMessage}"] };
const LOCKED = { id: "locked", icon: "lock-16.png", label: "status.locked" };

test("the gallery view shows the sync state on the item itself, with Share's own label as tooltip", () => {
  const { Gallery, thumbnail } = galleryRenderer();
  page(undefined, undefined, Gallery);
  const cell = fakeElement("td");
  new Gallery().renderCellStatus({ name: "Alfresco.DocumentList" }, cell, galleryRecord([LOCKED, ERROR], { "alfs:errorMessage": "Disk <full>" }));

  assert.equal(cell.innerHTML, "<div class=\"status\">...</div>", "Share's own rendering still runs");
  assert.equal(thumbnail.children.length, 1);
  const badge = thumbnail.children[0];
  assert.equal(badge.className, "alfstream-sync-gallery-state");
  assert.equal(badge.innerHTML, '<img src="/share/res/components/documentlibrary/indicators/../../../alfstream/components/' +
    'documentlibrary/indicators/alfstream-sync-error-16.png" title="Syncing failed: Disk &lt;full&gt;" alt="alfstream-sync-error" />',
    "only the sync indicator, its reason escaped");
});

test("a gallery item drawn again keeps one badge, and an item no longer synced none", () => {
  const { Gallery, thumbnail } = galleryRenderer();
  page(undefined, undefined, Gallery);
  const renderer = new Gallery();
  renderer.renderCellStatus({}, fakeElement("td"), galleryRecord([ACTIVE]));
  renderer.renderCellStatus({}, fakeElement("td"), galleryRecord([ACTIVE]));
  assert.equal(thumbnail.children.length, 1);
  assert.match(thumbnail.children[0].innerHTML, /title="Synced"/);
  renderer.renderCellStatus({}, fakeElement("td"), galleryRecord([LOCKED]));
  assert.equal(thumbnail.children.length, 0);
});

test("Share's gallery is extended once, however often the widget looks for it", () => {
  const { Gallery } = galleryRenderer();
  const p = page(undefined, undefined, Gallery);
  const extended = Gallery.prototype.renderCellStatus;
  p.ready();
  assert.equal(Gallery.prototype.renderCellStatus, extended, "looked for again on DOM ready: not wrapped twice");
  const { thumbnail } = galleryRenderer();
  Gallery.prototype.getRowItem = () => ({ thumbnail });
  new Gallery().renderCellStatus({}, fakeElement("td"), galleryRecord([ACTIVE]));
  assert.equal(thumbnail.children.length, 1, "one badge, not one per wrapper");
});
