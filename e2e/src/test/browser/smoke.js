/* Share is up with the AMP: every user logs in and sees the site's document library without a JavaScript error. */
"use strict";
const { setup, scenario, login, open, doclib, waitFor, noJsErrors } = require("./lib/share");

scenario("smoke", async (browser) => {
  for (const role of ["admin", "member", "outsider"]) {
    const page = await login(browser, setup.users[role], "en");
    await open(page, doclib("/"));
    await waitFor(page, (name) => [...document.querySelectorAll(".filename a")].some((a) => a.textContent === name),
      role + " sees folder " + setup.folders.plain, setup.folders.plain);
    noJsErrors(page);
  }
});
