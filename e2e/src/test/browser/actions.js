/*
 * Running the actions as users do, and what Share tells them: Begin Syncing, Retry from a folder's banner (the
 * address stays), Retry on a document in Error, Stop from Syncing on a large folder (asks, saying how many), and
 * every refusal in the repository's own sentence: no permission on the folder (a group member who is only a site
 * consumer, in every language), already syncing (begun behind the user's back), a locked document, not a member of
 * the group. setup.items: begin, bannerRetry, mixed + docRetry,
 * big (setup.bigCount items), restricted, race, lockedDoc (in mixed).
 */
"use strict";
const { setup, check, equal, scenario, login, open, doclib, rowInfo, clickRowAction, waitForText, clickPromptButton,
  proxyPost, repositoryAsAdmin, waitFor, noJsErrors } = require("./lib/share");
const { messages, LANGUAGES } = require("./lib/messages");

const it = setup.items;

/** Waits until the list, redrawn after an action, shows the item with that indicator. */
async function shownAs(page, name, title) {
  await waitFor(page, (n, t) => { const a = [...document.querySelectorAll("h3.filename a")].find((x) => x.textContent === n);
    return a && [...a.closest("tr").querySelectorAll("div.status img")].some((i) => i.title === t); },
    name + " shown as \"" + title + "\"", name, title);
}

async function member(browser) {
  const en = messages("en");
  const page = await login(browser, setup.users.member, "en");
  await open(page, doclib("/"));

  await clickRowAction(page, it.begin, "alfstream-begin-sync");
  await waitForText(page, en("message.alfstream.begin-sync.success", it.begin));
  await shownAs(page, it.begin, en("status.alfstream-sync-active"));

  const before = page.url();
  const tr = await page.evaluateHandle((n) => [...document.querySelectorAll("h3.filename a")]
    .find((a) => a.textContent === n).closest("tr"), it.bannerRetry);
  await (await tr.$(".alfstream-sync-banner-retry")).click();
  await waitForText(page, en("message.alfstream.retry-sync.success", it.bannerRetry));
  equal(page.url(), before, "the banner's Retry keeps the user where they were");
  await waitFor(page, (n) => { const a = [...document.querySelectorAll("h3.filename a")].find((x) => x.textContent === n);
    return a && !a.closest("tr").querySelector(".alfstream-sync-banner-text"); }, "the banner of " + it.bannerRetry + " gone", it.bannerRetry);

  await clickRowAction(page, it.big, "alfstream-stop-sync");
  await waitForText(page, en("message.alfstream.refused.confirm-stop", it.big, setup.bigCount));
  await clickPromptButton(page, en("button.alfstream.stop-confirm"));
  await waitForText(page, en("message.alfstream.stop-sync.success", it.big));
  await shownAs(page, it.big, en("status.alfstream-sync-inactive"));

  equal((await repositoryAsAdmin("POST", "alfstream/sync/run", { nodeRef: setup.raceRef, action: "begin" })).status, 200,
    "an administrator begins syncing " + it.race + " behind the member's back");
  await clickRowAction(page, it.race, "alfstream-begin-sync");
  await waitForText(page, en("message.alfstream.refused.already-syncing", it.race));
  await clickPromptButton(page, "OK");

  await open(page, doclib("/" + it.mixed));
  await clickRowAction(page, it.docRetry, "alfstream-retry-sync");
  await waitForText(page, en("message.alfstream.retry-sync.success", it.docRetry));
  await shownAs(page, it.docRetry, en("status.alfstream-sync-active"));
  await clickRowAction(page, it.lockedDoc, "alfstream-retry-sync");
  await waitForText(page, en("message.alfstream.refused.locked", it.lockedDoc));
  noJsErrors(page);
  await page.browserContext().close();
}

async function reader(browser, lang) {
  const msg = messages(lang);
  const page = await login(browser, setup.users.reader, lang);
  await open(page, doclib("/"));
  await clickRowAction(page, it.restricted, "alfstream-begin-sync");
  await waitForText(page, msg("message.alfstream.refused.no-permission", it.restricted));
  await clickPromptButton(page, "OK");
  check((await rowInfo(page, it.restricted)).indicators.length === 0, lang + ": " + it.restricted + " shows no state: nothing began");
  noJsErrors(page);
  await page.browserContext().close();
}

async function outsider(browser) {
  const page = await login(browser, setup.users.outsider, "en");
  await open(page, doclib("/"));
  const answer = await proxyPost(page, "alfstream/sync/run", { nodeRef: setup.raceRef, action: "stop" });
  equal(answer.status, 403, "a refusal of a user outside the group is a 403");
  equal(JSON.parse(answer.text).message, messages("en")("message.alfstream.refused.not-member"),
    "in the product's own sentence, the one Share shows");
  check((await rowInfo(page, it.race)).indicators.length === 1, "the outsider still sees the state");
  await page.browserContext().close();
}

scenario("actions", async (browser) => {
  await member(browser);
  for (const lang of LANGUAGES) {
    await reader(browser, lang);
  }
  await outsider(browser);
});
