/*
 * The labels the AMP ships, read from its own bundles, so the scenarios check what each language really says:
 * the global bundle (messages/alfstream-sync*.properties) and the dashlet's (alfstream-sync-status.get*.properties).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const AMP = path.join(__dirname, "../../../../../share-amp/src/main/amp/config/alfresco");
const GLOBAL = path.join(AMP, "web-extension/messages/alfstream-sync");
const DASHLET = path.join(AMP, "site-webscripts/com/parashift/alfstream/share/dashlets/alfstream-sync-status.get");
const LANGUAGES = ["en", "de", "fr"];

function load(base, lang) {
  const file = base + (lang === "en" ? "" : "_" + lang) + ".properties";
  const bundle = {};
  for (const raw of fs.readFileSync(file, "latin1").split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    bundle[line.slice(0, eq).trim()] = line.slice(eq + 1).trim()
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  }
  return bundle;
}

/** msg(key, args...) in that language, from the global bundle then the dashlet's; a missing key fails. */
function messages(lang) {
  const bundle = Object.assign(load(DASHLET, lang), load(GLOBAL, lang));
  return (key, ...args) => {
    if (!(key in bundle)) throw new Error("no message " + key + " in " + lang);
    return bundle[key].replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  };
}

module.exports = { messages, LANGUAGES };
