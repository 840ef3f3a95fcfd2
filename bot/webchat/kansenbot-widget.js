/*! Kansenbot web widget: plain JavaScript, no framework, no third-party requests, no cookies.
 * Embed: <script src="https://bot.school.nl/webchat/kansenbot-widget.js" data-school="voorbeeld-roc" defer></script>
 * Options (data-*): server (default: where this file comes from), school, open ("true": start open),
 * start-payload (sent once when a new conversation starts, default "/greet").
 * Talks to Rasa's socket.io channel with a minimal Engine.IO 4 / Socket.IO 5 client over WebSocket.
 * Bot and user text is always set with textContent, never parsed as HTML.
 * What is kept in sessionStorage is never what the student typed: the server acknowledges each message
 * with the text as it entered Kansenbot (personal data replaced, e.g. [TELEFOON]) and only that is stored.
 * The screen shows what was typed while the tab is open. "Wis gesprek" wipes the tab's copy and starts
 * a new conversation (docs/channels.md). */
(function () {
  "use strict";
  if (window.KansenbotWidget) return;

  var script = document.currentScript || document.querySelector('script[src*="kansenbot-widget"]');
  var attr = function (name, fallback) {
    var v = script && script.getAttribute("data-" + name);
    return v === null || v === undefined || v === "" ? fallback : v;
  };
  var SERVER = attr("server", script && script.src ? new URL(script.src, location.href).origin : location.origin).replace(/\/+$/, "");
  var SCHOOL = attr("school", "");
  var START_PAYLOAD = attr("start-payload", "/greet");
  var KEY = "kansenbot:" + SERVER;
  // The longest message the server handles; the server puts its own setting here when it serves this file.
  var MAX_LEN = /*kansenbot:max-len*/2000/*kansenbot:max-len-end*/;
  // 113 and 112 for when Kansenbot cannot be reached or a message is refused as too long (a student in
  // crisis must still see them, also when the story got long). The server
  // puts the line from data/knowledge/crisis.yml here when it serves this file; the copy below is the same
  // (tests/channels/test_crisis_channels.py checks it), for a widget hosted elsewhere.
  var CRISIS = /*kansenbot:crisis*/"Gaat het niet goed: bel [113](tel:113) of chat op [113.nl](https://www.113.nl). In gevaar: bel [112](tel:112)."/*kansenbot:crisis-end*/;
  var KEEP = 60; // messages kept for this tab, so a page reload does not wipe the conversation

  var T = {
    open: "Chat met Kansenbot",
    title: "Kansenbot",
    anon: "Je chat anoniem. Typ liever geen naam of nummer.",
    close: "Chat sluiten",
    log: "Gesprek met Kansenbot",
    label: "Typ je vraag",
    placeholder: "Typ je vraag…",
    send: "Verstuur",
    choices: "Kies een antwoord",
    you: "Jij",
    bot: "Kansenbot",
    connecting: "Verbinden met Kansenbot…",
    offline: "Kansenbot is nu niet bereikbaar. We proberen het steeds opnieuw. Wat je typt, versturen we zodra het weer lukt.",
    waiting: "nog niet verstuurd",
    typing: "Kansenbot typt…",
    tooLong: "Je bericht is te lang. Maak het korter dan " + MAX_LEN + " tekens.",
    newTab: "(opent in een nieuw tabblad)",
    unread: "nieuw bericht",
    wipe: "Wis gesprek",
    wiped: "Het gesprek is gewist. Je begint opnieuw."
  };

  // ---- storage: sessionStorage only (one browser tab; gone when the tab closes, on a shared PC too).
  // Stored: the session id, the bot's messages and buttons, and the user's messages as the server
  // acknowledged them (scrubbed). Not stored: what was typed, and messages not yet sent (kept in memory
  // only, so a reload while offline loses them: the price of keeping typed text out of storage).
  var store = {
    get: function () {
      try { return JSON.parse(sessionStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
    },
    set: function (s) {
      try { sessionStorage.setItem(KEY, JSON.stringify(s)); } catch (e) { /* private mode: memory only */ }
    },
    clear: function () {
      try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
    }
  };
  var state = store.get();
  state.history = (state.history || []).filter(function (m) { return typeof m.text === "string"; });
  var queue = []; // messages not yet acknowledged, with what was typed: memory only
  var save = function () {
    state.history = state.history.slice(-KEEP);
    store.set({ session: state.session, open: state.open, choices: state.choices,
      history: state.history.filter(function (m) { return typeof m.text === "string"; }) });
  };
  var newId = function () {
    var a = new Uint8Array(12);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  };

  // ---- minimal Socket.IO v5 client (Engine.IO v4) over WebSocket, or HTTP long-polling where a
  // school network blocks WebSockets. on.open(): connected; on.event(name, data); on.close(wasOpen).
  function Socket(base, polling, on) {
    var self = this, ws = null, sid = "", alive = false, opened = false, timer, limit = 45000;
    var ackId = 0, acks = {}, outbox = [], posting = false;
    var url = function (transport) {
      return base + "/socket.io/?EIO=4&transport=" + transport + (sid ? "&sid=" + sid : "") + "&t=" + Date.now().toString(36);
    };
    function heartbeat() { clearTimeout(timer); timer = setTimeout(self.close, limit); }
    function engine(d) {
      var t = d.charAt(0);
      if (t === "0") { var o = JSON.parse(d.slice(1)); sid = o.sid; limit = o.pingInterval + o.pingTimeout; heartbeat(); raw("40"); }
      else if (t === "2") { heartbeat(); raw("3"); } // ping -> pong
      else if (t === "1") self.close();
      else if (t === "4") packet(d.slice(1));
    }
    function raw(text) {
      if (ws) ws.send(text);
      else if (alive) { outbox.push(text); post(); }
    }
    function post() {
      if (posting || !outbox.length) return;
      posting = true;
      var body = outbox.join("\x1e");
      outbox = [];
      fetch(url("polling"), { method: "POST", body: body, credentials: "omit", headers: { "Content-Type": "text/plain;charset=UTF-8" } })
        .then(function (r) { if (!r.ok) throw r.status; posting = false; post(); })
        .catch(function () { posting = false; self.close(); });
    }
    function poll() {
      if (!alive) return;
      fetch(url("polling"), { credentials: "omit", cache: "no-store" })
        .then(function (r) { if (!r.ok) throw r.status; return r.text(); })
        .then(function (text) { text.split("\x1e").forEach(function (d) { if (alive) engine(d); }); poll(); })
        .catch(function () { self.close(); });
    }
    function packet(p) {
      var t = p.charAt(0), rest = p.slice(1), i = 0;
      if (t === "0") { opened = true; on.open(); return; }
      if (t === "1" || t === "4") { self.close(); return; }
      while (i < rest.length && rest.charAt(i) >= "0" && rest.charAt(i) <= "9") i++;
      var id = i ? parseInt(rest.slice(0, i), 10) : null, body;
      try { body = JSON.parse(rest.slice(i)); } catch (e) { return; }
      if (t === "2" && Array.isArray(body)) on.event(body[0], body[1]);
      else if (t === "3" && acks[id]) { var cb = acks[id]; delete acks[id]; cb(body[0]); }
    }
    self.connect = function () {
      alive = true;
      if (polling) { poll(); return; }
      try { ws = new WebSocket(url("websocket").replace(/^http/, "ws")); } catch (e) { setTimeout(self.close, 0); return; }
      ws.onmessage = function (m) { engine(String(m.data)); };
      ws.onclose = function () { ws = null; self.close(); };
    };
    self.emit = function (name, data, ack) {
      if (!alive || !opened) return false;
      var id = "";
      if (ack) { id = ++ackId; acks[id] = ack; }
      raw("42" + id + JSON.stringify([name, data]));
      return true;
    };
    self.close = function () {
      if (!self.detach()) return;
      on.close(opened);
    };
    // Stop without reporting a lost connection (the student wiped the conversation).
    self.detach = function () {
      if (!alive) return false;
      if (opened && !ws) raw("1"); // polling: tell the server this session's socket is gone
      alive = false;
      clearTimeout(timer);
      acks = {};
      if (ws) { var w = ws; ws = null; w.onclose = null; w.close(); }
      return true;
    };
  }

  // ---- DOM helpers: nodes and text only, never markup
  function h(tag, props, kids) {
    var el = document.createElement(tag);
    for (var k in props || {}) {
      if (k === "text") el.textContent = props[k];
      else if (k === "on") for (var e in props.on) el.addEventListener(e, props.on[e]);
      else el.setAttribute(k, props[k]);
    }
    (kids || []).forEach(function (c) { if (c) el.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return el;
  }

  var SAFE = { "https:": 1, "http:": 1, "mailto:": 1, "tel:": 1 };
  function safeHref(raw) {
    try {
      var u = new URL(raw);
      return SAFE[u.protocol] ? u.href : null;
    } catch (e) { return null; }
  }
  // Markdown links [label](url) and bare URLs become links when their scheme is safe; all else is text.
  var LINK = /\[([^\]\n]{1,200})\]\(([^)\s]{1,2000})\)|((?:https?:\/\/|mailto:|tel:)[^\s<>"')\]]+)/g;
  function richText(text) {
    var frag = document.createDocumentFragment(), last = 0, m;
    text = String(text);
    LINK.lastIndex = 0;
    while ((m = LINK.exec(text))) {
      var url = m[2] || m[3], label = m[1] || m[3], href = safeHref(url);
      var trail = "";
      if (m[3]) { var tm = /[.,;:!?]+$/.exec(url); if (tm) { trail = tm[0]; url = url.slice(0, -trail.length); label = url; href = safeHref(url); } }
      frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (href) {
        var a = h("a", { href: href, rel: "noopener noreferrer", text: label });
        if (/^https?:/.test(href)) { a.target = "_blank"; a.appendChild(h("span", { "class": "sr", text: " " + T.newTab })); }
        frag.appendChild(a);
      } else frag.appendChild(document.createTextNode(m[0].slice(0, m[0].length - trail.length)));
      if (trail) frag.appendChild(document.createTextNode(trail));
      last = m.index + m[0].length;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  var CSS =
    ":host{all:initial}" +
    "*{box-sizing:border-box}" +
    ".kb{font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b1b1b}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    "button,input{font:inherit}" +
    ":focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}" +
    ".launch{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;align-items:center;gap:8px;" +
    "min-height:48px;padding:12px 20px;border:2px solid #fff;border-radius:999px;background:#00566b;color:#fff;" +
    "font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.3)}" +
    ".launch:hover{background:#004152}" +
    ".panel{position:fixed;inset:0;z-index:2147483001;display:flex;flex-direction:column;background:#fff}" +
    ".panel[hidden],.launch[hidden]{display:none}" +
    "header{display:flex;align-items:flex-start;gap:12px;padding:12px 12px 12px 16px;background:#00566b;color:#fff}" +
    "header h2{margin:0;font-size:1.125rem;line-height:1.3}" +
    "header p{margin:2px 0 0;font-size:.875rem}" +
    ".x{margin-left:auto;min-width:44px;min-height:44px;border:0;border-radius:8px;background:transparent;color:#fff;" +
    "font-size:1.5rem;line-height:1;cursor:pointer}" +
    ".x:hover,.wipe:hover{background:#004152}header :focus-visible{outline-color:#fff}" +
    ".wipe{margin-left:auto;min-height:44px;min-width:44px;padding:0 12px;border:2px solid #fff;border-radius:8px;" +
    "background:transparent;color:#fff;font-size:.875rem;font-weight:600;white-space:nowrap;cursor:pointer}" +
    ".wipe+.x{margin-left:0}.wipe,.x{flex-shrink:0}header>div{flex:1;min-width:0}" +
    ".status{margin:0;padding:8px 16px;font-size:.875rem;background:#fff4ce;color:#1b1b1b;border-bottom:1px solid #d6c27a}" +
    ".status:empty{display:none}" +
    ".log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:8px;overscroll-behavior:contain}" +
    ".msg{max-width:85%;padding:10px 14px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere}" +
    ".bot{align-self:flex-start;background:#eef2f3;border-bottom-left-radius:4px}" +
    ".user{align-self:flex-end;background:#00566b;color:#fff;border-bottom-right-radius:4px}" +
    ".user a{color:#fff}.bot a{color:#00566b;font-weight:600}" +
    ".pending{opacity:.85}.pending::after{content:' · " + T.waiting + "';font-size:.75rem}" +
    ".typing{align-self:flex-start;font-size:.875rem;color:#4a4a4a;font-style:italic}" +
    ".choices{display:flex;flex-wrap:wrap;gap:8px;align-self:flex-start;max-width:100%}" +
    ".choice{min-height:44px;padding:8px 16px;border:2px solid #00566b;border-radius:999px;background:#fff;color:#00566b;" +
    "font-weight:600;cursor:pointer;text-align:left}" +
    ".choice:hover{background:#e3f0f2}" +
    "form{display:flex;gap:8px;padding:12px;border-top:1px solid #c9d1d3;background:#fff}" +
    "input{flex:1;min-width:0;min-height:48px;padding:10px 14px;border:2px solid #5f6b6d;border-radius:24px;color:#1b1b1b;background:#fff}" +
    ".go{min-height:48px;padding:0 18px;border:0;border-radius:24px;background:#00566b;color:#fff;font-weight:600;cursor:pointer}" +
    ".go:hover{background:#004152}" +
    "@media (min-width:600px){.panel{inset:auto 16px 16px auto;width:380px;height:min(620px,calc(100vh - 32px));" +
    "border-radius:16px;overflow:hidden;box-shadow:0 8px 32px rgba(0,0,0,.3)}}" +
    "@media (prefers-reduced-motion:no-preference){.log{scroll-behavior:smooth}}" +
    "@media (forced-colors:active){.msg,.choice,.launch,.go{border:1px solid CanvasText}}";

  // ---- UI
  var host = h("div", { id: "kansenbot-widget", lang: "nl" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var launcher = h("button", { "class": "launch", type: "button", "aria-expanded": "false", "aria-controls": "kb-panel", text: T.open });
  var closeBtn = h("button", { "class": "x", type: "button", "aria-label": T.close, title: T.close, text: "×" });
  var wipeBtn = h("button", { "class": "wipe", type: "button", text: T.wipe });
  var status = h("p", { "class": "status", role: "status" });
  var log = h("div", { "class": "log", role: "log", "aria-live": "polite", "aria-label": T.log, tabindex: "0" });
  // No maxlength: the browser would silently cut a pasted story at its end, where a crisis is often told.
  // The submit handler refuses a too-long message instead, keeps it in the box and shows 113 and 112.
  var input = h("input", { type: "text", id: "kb-input", autocomplete: "off", placeholder: T.placeholder, enterkeyhint: "send" });
  var form = h("form", { novalidate: "" }, [
    h("label", { "class": "sr", "for": "kb-input", text: T.label }), input,
    h("button", { "class": "go", type: "submit", text: T.send })
  ]);
  var panel = h("section", { "class": "panel", id: "kb-panel", "aria-labelledby": "kb-title", hidden: "" }, [
    h("header", {}, [h("div", {}, [h("h2", { id: "kb-title", text: T.title }), h("p", { text: T.anon })]), wipeBtn, closeBtn]),
    status, log, form
  ]);
  root.appendChild(h("style", { text: CSS }));
  root.appendChild(h("div", { "class": "kb" }, [launcher, panel]));

  var typing = null, choices = null;

  // m.stored: the text to keep in sessionStorage (null: not yet known, filled in from the server's ack).
  function addMessage(m, restoring) {
    if (typing) { typing.remove(); typing = null; }
    var who = m.from === "user" ? T.you : T.bot;
    var body = h("span", { "class": "body" });
    body.appendChild(richText(m.text));
    var el = h("div", { "class": "msg " + (m.from === "user" ? "user" : "bot") }, [h("span", { "class": "sr", text: who + ": " }), body]);
    if (m.pending) el.classList.add("pending");
    m.el = el;
    log.appendChild(el);
    if (!restoring) { state.history.push({ from: m.from, text: "stored" in m ? m.stored : m.text, id: m.id }); save(); }
    if (!restoring && panel.hidden && m.from !== "user") launcher.textContent = T.open + " · " + T.unread;
    log.scrollTop = log.scrollHeight;
    return el;
  }

  function showChoices(list) {
    if (choices) { choices.remove(); choices = null; }
    if (!list || !list.length) return;
    choices = h("div", { "class": "choices", role: "group", "aria-label": T.choices });
    list.forEach(function (b) {
      var title = String(b.title || b.payload || ""), payload = String(b.payload || b.title || "");
      var url = /^https?:\/\//.test(payload) && safeHref(payload);
      var btn = url
        ? h("a", { "class": "choice", href: url, target: "_blank", rel: "noopener noreferrer", text: title })
        : h("button", { "class": "choice", type: "button", text: title, on: { click: function () {
          showChoices(null);
          send(payload, title, title); // a button's title is Kansenbot's own copy
          input.focus();
        } } });
      choices.appendChild(btn);
    });
    log.appendChild(choices);
    log.scrollTop = log.scrollHeight;
  }

  function onBot(data) {
    if (!data || typeof data !== "object") return;
    var text = typeof data.text === "string" ? data.text : "";
    var att = data.attachment;
    if (!text && att && att.payload && typeof att.payload.src === "string") text = att.payload.src;
    if (text) addMessage({ from: "bot", text: text });
    var list = data.quick_replies || data.buttons;
    if (Array.isArray(list) && list.length) { state.choices = list; save(); showChoices(list); }
  }

  // ---- connection, session and the outbox (nothing typed is lost while offline)
  var sock = null, ready = false, retries = 0, retryTimer = null, started = false, wiped = false;
  // WebSocket first; if it never opens, try long-polling at once; keep whichever worked.
  var polling = false, proven = false;

  // Status text may hold [label](tel:...) links (the crisis numbers): built with richText, never as HTML.
  function setStatus(text) {
    if (status.getAttribute("data-text") === text) return;
    status.setAttribute("data-text", text);
    status.textContent = "";
    if (text) status.appendChild(richText(text));
  }

  function connect() {
    clearTimeout(retryTimer);
    if (sock) return;
    sock = new Socket(SERVER, polling, {
      open: function () { sock.emit("session_request", { session_id: state.session || null }); },
      event: function (name, data) {
        if (name === "session_confirm") {
          var fresh = !state.session;
          state.session = String(data);
          save();
          ready = true; proven = true; retries = 0; setStatus(wiped ? T.wiped : "");
          if (fresh && START_PAYLOAD) queue.unshift({ id: newId(), text: START_PAYLOAD, hidden: true });
          flush();
        } else if (name === "bot_uttered") onBot(data);
      },
      close: function (wasOpen) {
        sock = null; ready = false;
        queue.forEach(function (q) { q.sent = false; });
        if (!proven && !wasOpen) {
          polling = !polling;
          if (polling) { retryTimer = setTimeout(connect, 0); return; }
        }
        setStatus(T.offline + " " + CRISIS);
        var delay = Math.min(30000, 1000 * Math.pow(2, retries++)) * (0.75 + Math.random() * 0.5);
        retryTimer = setTimeout(connect, delay);
      }
    });
    if (!status.textContent) setStatus(T.connecting);
    sock.connect();
  }

  function flush() {
    if (!ready) return;
    queue.forEach(function (q) {
      if (q.sent) return;
      var ok = sock.emit("user_uttered", {
        message: q.text, session_id: state.session, message_id: q.id, metadata: SCHOOL ? { school: SCHOOL } : {}
      }, function (ack) {
        if (ack && ack.ok === false && ack.error === "no_session") { q.sent = false; if (sock) sock.close(); return; }
        queue = queue.filter(function (x) { return x.id !== q.id; });
        state.history.forEach(function (m) {
          if (m.id === q.id && m.text === null) m.text = ack && typeof ack.text === "string" ? ack.text : null;
        });
        save();
        var el = log.querySelector('[data-id="' + q.id + '"]');
        if (el) el.classList.remove("pending");
        if (typing && !queue.some(function (x) { return x.sent; })) { typing.remove(); typing = null; }
      });
      if (ok) q.sent = true;
    });
    if (queue.some(function (q) { return q.sent && !q.hidden; }) && !typing) {
      typing = h("p", { "class": "typing", "aria-hidden": "true", text: T.typing });
      log.appendChild(typing);
      log.scrollTop = log.scrollHeight;
    }
  }

  // shown: what the screen shows; stored: what sessionStorage may keep (null: the server's ack says).
  function send(payload, shown, stored) {
    var q = { id: newId(), text: payload };
    queue.push(q);
    if (shown) {
      addMessage({ from: "user", text: shown, stored: stored, id: q.id, pending: true }).setAttribute("data-id", q.id);
    }
    save();
    connect();
    flush();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    if (text.length > MAX_LEN) { setStatus(T.tooLong + " " + CRISIS); return; }  // the text stays in the box
    input.value = "";
    showChoices(null);
    state.choices = null;
    if (wiped) { wiped = false; setStatus(""); }
    send(text, text, null);
  });

  // "Wis gesprek": for a shared computer. The tab's copy goes (screen, sessionStorage, unsent messages)
  // and a new conversation starts under a new session id; the old one cannot be reopened from here.
  function wipe() {
    if (sock) { var old = sock; sock = null; old.detach(); }
    clearTimeout(retryTimer);
    ready = false; retries = 0;
    queue = [];
    store.clear();
    state = { history: [], open: true };
    while (log.firstChild) log.removeChild(log.firstChild);
    typing = null; choices = null;
    wiped = true;
    setStatus(T.wiped);
    started = true;
    save();
    connect();
    input.value = "";
    input.focus();
  }
  wipeBtn.addEventListener("click", wipe);

  // Opened by the student: focus goes to the text box. Opened by the page (data-open, a reload): focus
  // stays where it is, so a screen-reader user is not pulled into the chat on page load.
  function open(focus) {
    panel.hidden = false; launcher.hidden = true; launcher.textContent = T.open;
    launcher.setAttribute("aria-expanded", "true");
    state.open = true; save();
    if (!started) { started = true; connect(); }
    if (focus !== false) input.focus();
  }
  function close() {
    panel.hidden = true; launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    state.open = false; save();
    launcher.focus();
  }
  launcher.addEventListener("click", function () { open(); });
  closeBtn.addEventListener("click", close);
  // On a phone the chat covers the page, so Tab cycles inside it instead of into the hidden page.
  var phone = window.matchMedia ? window.matchMedia("(max-width: 599px)") : { matches: false };
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { close(); return; }
    if (e.key !== "Tab" || !phone.matches) return;
    var all = panel.querySelectorAll("button, a[href], input, [tabindex]");
    var first = all[0], last = all[all.length - 1], now = root.activeElement;
    if (e.shiftKey && now === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && now === last) { e.preventDefault(); first.focus(); }
  });
  window.addEventListener("online", function () { if (!sock) { retries = 0; connect(); } });

  // Restore this tab's conversation (page reloads keep it; a new tab starts fresh).
  state.history.forEach(function (m) {
    var el = addMessage({ from: m.from, text: m.text }, true);
    if (m.id) el.setAttribute("data-id", m.id);
  });
  if (state.choices) showChoices(state.choices);

  function mount() {
    document.body.appendChild(host);
    if (state.open || attr("open", "") === "true") open(false);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
  window.KansenbotWidget = { open: function () { open(); }, close: close };
})();
