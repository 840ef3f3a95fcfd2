// Browser tests for the Kansenbot widget: headless Chromium, playwright-core, node:test.
// Needs a running Kansenbot (WIDGET_TEST_URL); tests/channels/test_widget_browser.py starts one and runs this.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { chromium } from "playwright-core";

const URL_ = process.env.WIDGET_TEST_URL;
const SCREENSHOT = process.env.WIDGET_TEST_SCREENSHOT || "";
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const REPLY_MS = 20000;
let browser;

before(async () => {
  assert.ok(URL_, "set WIDGET_TEST_URL to a running Kansenbot");
  browser = await chromium.launch({
    executablePath: process.env.KANSENBOT_CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run"],
  });
});
after(async () => { await browser?.close(); });

// Every request the page makes, to prove the widget talks to its own server only.
async function openDemo(options = {}) {
  const context = await browser.newContext({ ...PHONE, locale: "nl-NL", ...options });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("websocket", (ws) => requests.push(ws.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(`${URL_}/webchat/`);
  return { context, page, requests, errors };
}

const widget = (page) => page.locator("#kansenbot-widget");
const log = (page) => widget(page).getByRole("log");
const botMessages = (page) => log(page).locator(".msg.bot .body");
const userMessages = (page) => log(page).locator(".msg.user .body");
const userBubbles = (page) => log(page).locator(".msg.user");

// The user messages this tab keeps in sessionStorage (what a next user of a shared computer could read).
async function storedUserTexts(page) {
  const raw = await page.evaluate(() => Object.values(sessionStorage));
  return raw.flatMap((value) => (JSON.parse(value).history || []).filter((m) => m.from === "user").map((m) => m.text));
}

const noPending = (page) => page.waitForFunction(() => !document.querySelector("#kansenbot-widget").shadowRoot
  .querySelector(".msg.user.pending"), null, { timeout: REPLY_MS });

async function waitForBot(page, count, pattern) {
  await page.waitForFunction(
    ([n, source]) => {
      const root = document.querySelector("#kansenbot-widget").shadowRoot;
      const bots = root.querySelectorAll(".msg.bot");
      return bots.length >= n && new RegExp(source).test(bots[n - 1].textContent);
    },
    [count, pattern.source],
    { timeout: REPLY_MS },
  );
  return botMessages(page).nth(count - 1);
}

test("ask a question, get a Dutch reply with a safe link, click a button", async () => {
  const { context, page, requests, errors } = await openDemo();
  const input = widget(page).getByRole("textbox", { name: "Typ je vraag" });
  await input.waitFor();
  await input.focus();
  assert.match(await widget(page).getByRole("region", { name: "Kansenbot" }).innerText(), /Je chat anoniem/);

  // A new conversation starts with the bot's welcome and its buttons.
  await waitForBot(page, 1, /Hoi! Ik ben Kansenbot/);
  const choices = widget(page).getByRole("group", { name: "Kies een antwoord" });
  assert.equal(await choices.getByRole("button").count(), 2);

  await input.fill("ik heb geen laptop");
  await widget(page).getByRole("button", { name: "Verstuur" }).click();
  const reply = await waitForBot(page, 2, /laptop lenen/);
  const link = reply.getByRole("link", { name: /leenlaptop aanvragen/ });
  assert.equal(await link.getAttribute("href"), "https://www.example.nl/leenlaptop");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await userMessages(page).last().innerText(), "ik heb geen laptop");

  // The buttons of the welcome are gone once the student typed; ask again for new ones.
  await input.fill("hoi");
  await input.press("Enter");
  await waitForBot(page, 3, /Hoi! Ik ben Kansenbot/);
  await choices.getByRole("button", { name: "Hulp bij Teams" }).waitFor();
  if (SCREENSHOT) {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  }
  await choices.getByRole("button", { name: "Hulp bij Teams" }).click();
  await waitForBot(page, 4, /stap voor stap uit hoe Teams werkt/);
  assert.equal(await userMessages(page).last().innerText(), "Hulp bij Teams");
  assert.equal(await widget(page).getByRole("group", { name: "Kies een antwoord" }).count(), 0);


  // Nothing third-party, no cookies, the session lives in this tab's sessionStorage.
  const origin = new URL(URL_);
  for (const url of requests) assert.equal(new URL(url).host, origin.host, `third-party request: ${url}`);
  assert.equal(await page.evaluate(() => document.cookie), "");
  const stored = await page.evaluate(() => Object.keys(sessionStorage));
  assert.equal(stored.length, 1);
  assert.equal((await context.cookies()).length, 0);
  assert.deepEqual(errors, []);

  // A reload in the same tab keeps the conversation; a new tab starts fresh.
  await page.reload();
  await waitForBot(page, 4, /stap voor stap/);
  const fresh = await context.newPage();
  await fresh.goto(`${URL_}/webchat/`);
  await waitForBot(fresh, 1, /Hoi! Ik ben Kansenbot/);
  assert.equal(await botMessages(fresh).count(), 1);
  await context.close();
});

test("the same by keyboard only, with focus handled", async () => {
  const { context, page } = await openDemo();
  const active = () => page.evaluate(() => {
    const el = document.querySelector("#kansenbot-widget").shadowRoot.activeElement;
    return el ? (el.getAttribute("aria-label") || el.textContent || el.id) : "";
  });
  await waitForBot(page, 1, /Hoi! Ik ben Kansenbot/);
  assert.equal(await active(), "", "a page that opens the chat does not steal the focus");

  await page.keyboard.press("Tab");
  assert.equal(await active(), "Wis gesprek", "Tab reaches the chat");
  await page.keyboard.press("Tab");
  assert.equal(await active(), "Chat sluiten");
  await page.keyboard.press("Enter");
  assert.equal(await active(), "Chat met Kansenbot", "closing returns focus to the launcher");
  assert.equal(await widget(page).getByRole("region").count(), 0);
  await page.keyboard.press("Enter");
  assert.equal(await active(), "kb-input", "opening puts focus in the text box");
  await page.keyboard.press("Escape");
  assert.equal(await active(), "Chat met Kansenbot", "Escape closes and returns focus to the launcher");
  await page.keyboard.press("Space");
  assert.equal(await active(), "kb-input");
  // On a phone the chat covers the page: Tab goes round inside it.
  await page.keyboard.press("Tab");
  assert.equal(await active(), "Verstuur");
  await page.keyboard.press("Tab");
  assert.equal(await active(), "Wis gesprek");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await active(), "Verstuur");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await active(), "kb-input");

  await page.keyboard.type("laptop");
  await page.keyboard.press("Enter");
  await waitForBot(page, 2, /laptop lenen/);

  await page.keyboard.type("hallo");
  await page.keyboard.press("Enter");
  await waitForBot(page, 3, /Hoi! Ik ben Kansenbot/);
  // Shift+Tab from the text box reaches the answer buttons (the last thing in the conversation).
  await page.keyboard.press("Shift+Tab");
  if ((await active()) !== "Hulp bij Teams") await page.keyboard.press("Shift+Tab");
  assert.equal(await active(), "Hulp bij Teams");
  await page.keyboard.press("Enter");
  await waitForBot(page, 4, /stap voor stap uit hoe Teams werkt/);
  assert.equal(await active(), "kb-input", "after a choice, focus returns to the text box");
  await context.close();
});

test("HTML and script in messages show as text", async () => {
  const { context, page, errors } = await openDemo();
  await waitForBot(page, 1, /Hoi!/);
  const attack = `<img src=x onerror="window.__kbXss=1"><script>window.__kbXss=2</script>`;
  const input = widget(page).getByRole("textbox", { name: "Typ je vraag" });
  await input.fill(attack);
  await input.press("Enter");
  await waitForBot(page, 2, /begrijp ik niet/);
  assert.equal(await userMessages(page).last().innerText(), attack);

  // A bot answer with markup and a javascript: link, as a badly edited response could contain.
  await input.fill("htmltest");
  await input.press("Enter");
  const reply = await waitForBot(page, 3, /<script>/);
  assert.match(await reply.innerText(), /^<img src=x onerror="window.__kbXss=1"><script>window.__kbXss=2<\/script><b>vet<\/b> \[klik\]\(javascript:alert\(1\)\)$/);
  assert.equal(await reply.getByRole("link").count(), 0);
  const injected = await page.evaluate(() => {
    const root = document.querySelector("#kansenbot-widget").shadowRoot;
    return root.querySelectorAll(".log img, .log script, .log b").length + document.querySelectorAll("body > img").length;
  });
  assert.equal(injected, 0);
  assert.equal(await page.evaluate(() => window.__kbXss), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("says when the bot is unreachable and sends what was typed once it is back", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "nl-NL" });
  const page = await context.newPage();
  let reachable = false;
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (reachable) ws.connectToServer(); else ws.close();
  });
  await page.route(/\/socket\.io\/.*transport=polling/, (route) => (reachable ? route.continue() : route.abort()));
  await page.goto(`${URL_}/webchat/`);
  await page.waitForFunction(() => /niet bereikbaar/.test(
    document.querySelector("#kansenbot-widget").shadowRoot.querySelector("[role=status]").textContent));
  const input = widget(page).getByRole("textbox", { name: "Typ je vraag" });
  await input.fill("laptop");
  await input.press("Enter");
  assert.match(await userBubbles(page).last().getAttribute("class"), /pending/);
  // Not yet sent, so not yet scrubbed by the server: it stays in memory, not in sessionStorage.
  assert.deepEqual(await storedUserTexts(page), []);

  // Closed meanwhile: the launcher says when answers came in.
  await widget(page).getByRole("button", { name: "Chat sluiten" }).click();
  reachable = true;
  await waitForBot(page, 2, /laptop lenen/); // the welcome first, then the answer to what was typed
  await widget(page).getByRole("button", { name: "Chat met Kansenbot · nieuw bericht" }).click();
  assert.match(await botMessages(page).first().innerText(), /Hoi! Ik ben Kansenbot/);
  await page.waitForFunction(() => !document.querySelector("#kansenbot-widget").shadowRoot
    .querySelector(".msg.user.pending"), null, { timeout: REPLY_MS });
  const statusText = await page.evaluate(() =>
    document.querySelector("#kansenbot-widget").shadowRoot.querySelector("[role=status]").textContent);
  assert.equal(statusText, "", "the unreachable notice is gone once connected");
  await context.close();
});

test("falls back to long-polling where a network blocks WebSockets", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "nl-NL" });
  const page = await context.newPage();
  let attempts = 0;
  await page.routeWebSocket(/\/socket\.io\//, (ws) => { attempts += 1; ws.close(); });
  await page.goto(`${URL_}/webchat/`);
  await waitForBot(page, 1, /Hoi! Ik ben Kansenbot/);
  const input = widget(page).getByRole("textbox", { name: "Typ je vraag" });
  await input.fill("laptop");
  await input.press("Enter");
  await waitForBot(page, 2, /laptop lenen/);
  await page.waitForFunction(() => !document.querySelector("#kansenbot-widget").shadowRoot
    .querySelector(".msg.user.pending"), null, { timeout: REPLY_MS });
  assert.equal(attempts, 1, "one failed WebSocket attempt, then polling sticks");
  await context.close();
});

test("meets basic contrast and target-size rules on a phone", async () => {
  const { context, page } = await openDemo();
  await waitForBot(page, 1, /Hoi!/);
  const report = await page.evaluate(() => {
    const root = document.querySelector("#kansenbot-widget").shadowRoot;
    const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const bg = (el) => {
      for (let e = el; e; e = e.parentElement || e.getRootNode().host) {
        const c = getComputedStyle(e).backgroundColor;
        if (c && !/rgba\(.*, 0\)$/.test(c) && c !== "transparent") return c;
      }
      return "rgb(255, 255, 255)";
    };
    const out = [];
    for (const el of root.querySelectorAll("h2, header p, .wipe, .msg, .choice, .go, input, .status:not(:empty), a")) {
      const s = getComputedStyle(el);
      const [l1, l2] = [lum(rgb(s.color)), lum(rgb(bg(el)))].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const box = el.getBoundingClientRect();
      out.push({ what: el.className || el.tagName, ratio, height: box.height, button: el.matches("button, .choice") });
    }
    return out;
  });
  for (const item of report) {
    assert.ok(item.ratio >= 4.5, `${item.what}: contrast ${item.ratio.toFixed(2)} < 4.5`);
    if (item.button) assert.ok(item.height >= 44, `${item.what}: target ${item.height}px < 44px`);
  }
  await context.close();
});

test("when the bot cannot be reached, 113 and 112 show as links a phone can call", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "nl-NL" });
  const page = await context.newPage();
  await page.routeWebSocket(/\/socket\.io\//, (ws) => ws.close());
  await page.route(/\/socket\.io\/.*transport=polling/, (route) => route.abort());
  await page.goto(`${URL_}/webchat/`);
  await page.waitForFunction(() => /niet bereikbaar/.test(
    document.querySelector("#kansenbot-widget").shadowRoot.querySelector("[role=status]").textContent));
  const status = await page.evaluate(() => {
    const el = document.querySelector("#kansenbot-widget").shadowRoot.querySelector("[role=status]");
    return { text: el.textContent, links: [...el.querySelectorAll("a")].map((a) => a.getAttribute("href")) };
  });
  assert.match(status.text, /113/);
  assert.match(status.text, /112/);
  assert.ok(status.links.includes("tel:112") && status.links.includes("tel:113"), status.links.join(" "));
  await context.close();
});

test("a message refused as too long stays in the box, with 113 and 112 next to the refusal", async () => {
  const { context, page, errors } = await openDemo();
  await waitForBot(page, 1, /Hoi! Ik ben Kansenbot/);
  const input = widget(page).getByRole("textbox", { name: "Typ je vraag" });
  const limit = await page.evaluate(async () => {
    const js = await (await fetch("/webchat/kansenbot-widget.js")).text();
    return Number(/\/\*kansenbot:max-len\*\/(\d+)\//.exec(js)[1]);
  });
  const story = "ik heb geen laptop en thuis is het druk. ".repeat(Math.ceil(limit / 40)) + "ik wil niet meer leven";
  await input.fill(story);
  await input.press("Enter");
  const status = await page.evaluate(() => {
    const el = document.querySelector("#kansenbot-widget").shadowRoot.querySelector("[role=status]");
    return { text: el.textContent, links: [...el.querySelectorAll("a")].map((a) => a.getAttribute("href")) };
  });
  assert.match(status.text, /te lang/);
  assert.ok(status.links.includes("tel:112") && status.links.includes("tel:113"), status.links.join(" "));
  assert.equal(await input.inputValue(), story, "the refused text must not be lost");
  assert.equal(await userMessages(page).count(), 0, "nothing was sent");
  assert.deepEqual(errors, []);
  await context.close();
});

test("stores only the scrubbed text, and 'Wis gesprek' wipes the tab and starts a new conversation", async () => {
  const { context, page, errors } = await openDemo();
  const input = widget(page).getByRole("textbox", { name: "Typ je vraag" });
  await waitForBot(page, 1, /Hoi! Ik ben Kansenbot/);
  const typed = "laptop, bel me op 06-12345678 of mail jan.jansen@example.nl";
  await input.fill(typed);
  await input.press("Enter");
  await waitForBot(page, 2, /./);
  await noPending(page);

  // On screen while the tab is open: what was typed. In sessionStorage: what the server stored.
  assert.equal(await userMessages(page).last().innerText(), typed);
  const everything = JSON.stringify(await page.evaluate(() => Object.entries(sessionStorage)));
  for (const secret of ["12345678", "jan.jansen"]) assert.ok(!everything.includes(secret), secret);
  const [kept] = await storedUserTexts(page);
  assert.match(kept, /\[TELEFOON\]/);
  assert.match(kept, /\[EMAIL\]/);
  await page.reload();
  await waitForBot(page, 2, /./);
  assert.equal(await userMessages(page).last().innerText(), kept, "after a reload the page shows the stored text");
  const oldSession = await page.evaluate(() => JSON.parse(Object.values(sessionStorage)[0]).session);

  // A visible, labelled button with a 44 px target, used by keyboard.
  const wipe = widget(page).getByRole("button", { name: "Wis gesprek" });
  assert.equal(await wipe.innerText(), "Wis gesprek");
  const box = await wipe.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `target ${box.width}x${box.height}`);
  await wipe.focus();
  await page.keyboard.press("Enter");
  await waitForBot(page, 1, /Hoi! Ik ben Kansenbot/);
  assert.equal(await userMessages(page).count(), 0, "the old transcript is gone from the page");
  assert.equal(await botMessages(page).count(), 1);
  assert.match(await widget(page).getByRole("status").innerText(), /gewist/);
  const after = await page.evaluate(() => Object.values(sessionStorage));
  assert.equal(after.length, 1);
  const fresh = JSON.parse(after[0]);
  assert.ok(fresh.session && fresh.session !== oldSession, "a new session id");
  assert.ok(!after[0].includes("TELEFOON"), "the old transcript is gone from storage");
  assert.deepEqual(fresh.history.map((m) => m.from), ["bot"], "only the new welcome is kept");
  assert.equal(await page.evaluate(() => document.querySelector("#kansenbot-widget").shadowRoot.activeElement?.id), "kb-input");

  // The new conversation works, and a reload shows only the new one.
  await input.fill("laptop");
  await input.press("Enter");
  await waitForBot(page, 2, /laptop lenen/);
  await noPending(page);
  assert.equal(await page.evaluate(() => document.querySelector("#kansenbot-widget").shadowRoot
    .querySelector("[role=status]").textContent), "", "the notice goes once the student writes again");
  await page.reload();
  await waitForBot(page, 2, /laptop lenen/);
  assert.deepEqual(await storedUserTexts(page), ["laptop"]);
  assert.deepEqual(errors, []);
  await context.close();
});
