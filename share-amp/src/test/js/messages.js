// Test helper: the AMP's real message bundles, and a msg(key, args...) that substitutes {0}, {1}... as Share's
// Alfresco.util.message does in the browser.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const MESSAGES = path.join(__dirname, "../../main/amp/config/alfresco/web-extension/messages");

function loadBundle(locale) {
  const file = path.join(MESSAGES, locale ? `alfstream-sync_${locale}.properties` : "alfstream-sync.properties");
  const bundle = {};
  for (const raw of fs.readFileSync(file, "latin1").split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const eq = line.search(/[=:]/);
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim().replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    bundle[key] = value;
  }
  return bundle;
}

function format(template, args) {
  return template.replace(/\{(\d+)\}/g, (match, index) => (args[index] === undefined ? match : String(args[index])));
}

function msgFor(bundle) {
  return function msg(key, ...args) {
    if (!(key in bundle)) {
      throw new Error(`no message ${key}`);
    }
    return format(bundle[key], args);
  };
}

module.exports = { loadBundle, format, msgFor };
