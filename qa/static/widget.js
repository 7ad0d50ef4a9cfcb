/* treaty-qa chat widget. Embed with:
 *   <script src="https://HOST/widget.js" data-api="https://HOST" defer></script>
 * Optional: data-title (panel heading), data-api-key (sent as X-API-Key),
 * data-timeout-ms (give up when the server is silent this long; default 60000).
 * Everything the server sends is untrusted: it only ever reaches the page as textContent.
 * Works under a strict host Content-Security-Policy (no 'unsafe-inline' styles, Trusted Types):
 * no innerHTML, no <style> element, no style attributes; the host must allow HOST in
 * script-src and connect-src. */
(() => {
  "use strict";
  const TAG = "treaty-qa-chat";
  if (customElements.get(TAG)) return;

  const STORAGE_KEY = "treaty-qa-chat:v1";
  const HISTORY_TURNS = 10;
  const MAX_STORED = 50;
  const DEFAULT_TIMEOUT_MS = 60_000;
  const DEFAULT_TITLE = "Ask about the treaty";
  const QUESTION_LIMIT = 2000; // characters (code points), as the server counts them
  const TURN_LIMIT = 8000; // the server's limit on one history turn
  const LAUNCHER_ICON = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z";
  const INFO_ICON = "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z";
  const MARKER = /\[(\d+)\]/g;
  const FULL_SCREEN = "(max-width: 480px)"; // the panel covers the page: it is then a modal dialog
  const SVG_NS = "http://www.w3.org/2000/svg";
  const script = document.currentScript;
  const scriptOrigin = script?.src ? new URL(script.src, location.href).origin : "";

  const CSS = `
    :host { all: initial !important; --accent: var(--tqa-accent, #1d4ed8); }
    *, *::before, *::after { box-sizing: border-box; }
    .launcher, .panel {
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1f2328; letter-spacing: normal; text-align: left; text-transform: none;
      position: fixed; z-index: 2147483000;
    }
    button { font: inherit; color: inherit; cursor: pointer; }
    :focus-visible { outline: 3px solid #0b2e7a; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
    .launcher {
      right: 20px; bottom: 20px; width: 56px; height: 56px; border: 0; border-radius: 50%;
      display: grid; place-items: center; background: var(--accent); color: #fff;
      box-shadow: 0 6px 18px rgba(0, 0, 0, .25);
    }
    .launcher svg { width: 28px; height: 28px; fill: currentColor; }
    .panel {
      right: 20px; bottom: 88px; width: 380px; max-width: calc(100vw - 40px);
      height: min(600px, calc(100vh - 110px)); display: flex; flex-direction: column;
      background: #fff; border: 1px solid #d0d7de; border-radius: 12px; overflow: hidden;
      box-shadow: 0 12px 32px rgba(0, 0, 0, .18);
    }
    .panel[hidden] { display: none; }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: var(--accent); color: #fff; }
    h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 600; color: inherit; }
    header button { background: transparent; border: 1px solid rgba(255, 255, 255, .6); border-radius: 6px; padding: 3px 9px; font-size: 14px; }
    header .close { border: 0; font-size: 22px; line-height: 1; padding: 2px 8px; }
    .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
    .hint { margin: auto 0; color: #57606a; font-size: 14px; text-align: center; }
    .msg { max-width: 88%; margin: 0; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
    .user { align-self: flex-end; background: var(--accent); color: #fff; }
    .assistant { align-self: flex-start; background: #f3f4f6; color: #1f2328; }
    .assistant.abstained { background: #fff; border: 1px dashed #8c959f; color: #57606a; font-style: italic; }
    .info { display: inline-block; width: 16px; height: 16px; margin: 0 6px -3px 0; fill: #57606a; }
    .dots::after { content: "…"; content: "…" / ""; animation: blink 1s steps(2) infinite; }
    @keyframes blink { 50% { opacity: .2; } }
    .cite {
      margin: 0 1px; padding: 1px 5px; border: 1px solid var(--accent); border-radius: 8px;
      background: #fff; color: var(--accent); font-size: 12px; font-style: normal; line-height: 1; vertical-align: super;
    }
    .cite[aria-expanded="true"] { background: var(--accent); color: #fff; }
    .passage {
      margin: 8px 0 0; padding: 8px 10px; border-left: 3px solid var(--accent); background: #fff;
      color: #1f2328; font-size: 14px; font-style: normal; white-space: normal;
    }
    .passage p { margin: 0 0 4px; }
    .passage blockquote { margin: 0 0 4px; white-space: pre-wrap; }
    .passage .src { color: #57606a; font-size: 13px; }
    .passage a { color: var(--accent); }
    .error { align-self: stretch; margin: 0; padding: 8px 12px; border: 1px solid #cf222e; border-radius: 8px; background: #ffebe9; color: #82071e; }
    .error p { margin: 0 0 6px; }
    .error button { padding: 4px 12px; border: 1px solid #82071e; border-radius: 6px; background: #fff; color: #82071e; }
    form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #d0d7de; background: #fff; }
    textarea {
      flex: 1; min-height: 44px; max-height: 120px; padding: 8px; resize: none; font: inherit; color: #1f2328;
      background: #fff; border: 1px solid #8c959f; border-radius: 8px;
    }
    .send { padding: 0 16px; border: 0; border-radius: 8px; background: var(--accent); color: #fff; font-weight: 600; }
    .send[aria-disabled="true"] { opacity: .55; cursor: progress; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media ${FULL_SCREEN} {
      .panel { inset: 0; width: 100%; max-width: none; height: 100%; border: 0; border-radius: 0; }
    }
    @media (prefers-reduced-motion: reduce) { .dots::after { animation: none; } }`;

  /** Builds an element; attrs go through setAttribute, children are nodes or plain text. */
  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, v);
    el.append(...children);
    return el;
  }

  function icon(d, cls = null) {
    const svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    if (cls) svg.setAttribute("class", cls);
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    svg.append(path);
    return svg;
  }

  let sharedSheet = null;
  /** The widget's CSS as a constructed stylesheet: a host CSP without 'unsafe-inline' blocks a
   * <style> element (even in a shadow root) but not adoptedStyleSheets. */
  function adoptStyles(root) {
    try {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sharedSheet];
    } catch {
      root.append(h("style", {}, CSS)); // browsers without constructable stylesheets
    }
  }

  /** The panel's static DOM, built node by node: innerHTML would throw under Trusted Types. */
  function buildUi(root) {
    const ui = {
      launcher: h("button", {
        class: "launcher", type: "button", "data-testid": "tqa-launcher", "aria-expanded": "false",
        "aria-controls": "panel",
      }, icon(LAUNCHER_ICON)),
      title: h("h2", { id: "title" }),
      clear: h("button", {
        class: "new", type: "button", "data-testid": "tqa-new", "aria-label": "New chat: clear this conversation",
      }, "New chat"),
      close: h("button", { class: "close", type: "button", "data-testid": "tqa-close", "aria-label": "Close chat" }, "\u00d7"),
      log: h("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions text" }),
      input: h("textarea", {
        id: "input", "data-testid": "tqa-input", rows: "2", placeholder: "Ask a question…", "aria-describedby": "keys",
      }),
      send: h("button", { class: "send", type: "submit", "data-testid": "tqa-send", "aria-label": "Send question" }, "Send"),
    };
    ui.form = h("form", {},
      h("label", { class: "sr", for: "input" }, "Your question"),
      ui.input,
      h("span", { class: "sr", id: "keys" }, "Enter sends, Shift+Enter adds a new line, Escape closes the chat."),
      ui.send);
    ui.panel = h("section", { class: "panel", id: "panel", role: "dialog", "aria-modal": "false", hidden: "" },
      h("header", {}, ui.title, ui.clear, ui.close), ui.log, ui.form);
    root.append(ui.launcher, ui.panel);
    return ui;
  }

  /** An error the panel can explain: a title, an optional detail and the wait the server asked for.
   * `retryable` is false when sending the same question again can only fail the same way. */
  class ChatError extends Error {
    constructor(title, detail = "", retryAfter = null, { retryable = true } = {}) {
      super(title);
      this.detail = detail;
      this.retryAfter = retryAfter;
      this.retryable = retryable;
    }
  }

  function retryAfterSeconds(value) {
    if (!value) return null;
    if (/^\d+$/.test(value.trim())) return Number(value);
    const when = Date.parse(value);
    return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - Date.now()) / 1000));
  }

  async function errorFromResponse(res) {
    let problem = {};
    try { problem = await res.json(); } catch { /* not problem+json: fall back to the status */ }
    const detail = typeof problem.detail === "string" ? problem.detail : "";
    const s = res.status;
    if (s === 429) {
      const wait = retryAfterSeconds(res.headers.get("Retry-After"));
      return new ChatError("Too many questions at once.", detail, wait);
    }
    if (s === 401 || s === 403) return new ChatError("This site is not allowed to use the Q&A service.", detail);
    if (s === 503) return new ChatError("The Q&A service is temporarily unavailable.", detail);
    if (s >= 500) return new ChatError(`The server failed to answer (error ${s}).`, detail);
    const title = typeof problem.title === "string" ? problem.title : `Request failed (${s}).`;
    // The request itself was refused (e.g. 422): the question has to be changed, not re-sent.
    return new ChatError(title, detail, null, { retryable: ![400, 413, 422].includes(s) });
  }

  function parseEvent(block) {
    let event = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    try {
      return { event, data: JSON.parse(data.join("\n")) };
    } catch {
      throw new ChatError("The server sent a response the chat could not read.");
    }
  }

  /** Yields {event, data} from a text/event-stream body; onChunk is called as bytes arrive. */
  async function* readEvents(body, onChunk) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        onChunk();
        // Normalise CRLF/CR line ends, keeping a trailing CR whose LF may be in the next chunk.
        buffer = (buffer + value).replace(/\r\n|\r(?!$)/g, "\n");
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const parsed = parseEvent(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (parsed) yield parsed;
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }

  /** A stored turn the server will accept as history; anything else (another version, another
   * script on the page) is dropped rather than sent, where it would get every question a 422. */
  function isTurn(m) {
    return m != null && (m.role === "user" || m.role === "assistant")
      && typeof m.content === "string" && m.content.length <= TURN_LIMIT;
  }

  function loadState() {
    try {
      const state = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "{}");
      return { open: state.open === true, messages: Array.isArray(state.messages) ? state.messages.filter(isTurn) : [] };
    } catch {
      return { open: false, messages: [] };
    }
  }

  class TreatyQaChat extends HTMLElement {
    #ui;
    #messages = [];
    #controller = null;
    #busy = false;
    #uid = 0;
    #failure = null; // the error box on screen and the question bubble it belongs to
    #fullScreen = matchMedia(FULL_SCREEN);

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      adoptStyles(root);
      const ui = (this.#ui = buildUi(root));
      ui.launcher.addEventListener("click", () => (ui.panel.hidden ? this.open() : this.close()));
      ui.close.addEventListener("click", () => this.close());
      ui.clear.addEventListener("click", () => this.clear());
      ui.panel.addEventListener("keydown", (e) => {
        // The widget's Escape closes the widget only: a host page's own dialog stays open.
        if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); this.close(); }
        else if (e.key === "Tab" && this.#fullScreen.matches) this.#wrapTab(e);
      });
      this.#fullScreen.addEventListener?.("change", () => this.#markModal());
      ui.input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); ui.form.requestSubmit(); }
      });
      ui.form.addEventListener("submit", (e) => {
        e.preventDefault();
        const question = ui.input.value.trim();
        if (!question || this.#busy) return;
        const length = [...question].length;
        if (length > QUESTION_LIMIT) {
          // Never cut a question short (no maxlength either: a paste would be truncated silently).
          this.#dropFailure();
          this.#showError(new ChatError("Your question is too long.",
            `It has ${length.toLocaleString("en")} characters; the limit is ${QUESTION_LIMIT.toLocaleString("en")}. Shorten it and send it again.`,
            null, { retryable: false }), question, null);
          return;
        }
        ui.input.value = "";
        this.#ask(question);
      });
    }

    connectedCallback() {
      const title = this.getAttribute("heading") || DEFAULT_TITLE;
      this.#ui.title.textContent = title;
      this.#ui.panel.setAttribute("aria-label", title);
      this.#ui.launcher.setAttribute("aria-label", `Chat: ${title}`);
      const state = loadState();
      this.#messages = state.messages;
      this.#renderAll();
      if (state.open) this.open({ focus: false });
    }

    disconnectedCallback() {
      this.#controller?.abort();
    }

    get #api() {
      return (this.getAttribute("api") ?? scriptOrigin).replace(/\/+$/, "");
    }

    get #timeoutMs() {
      const ms = Number(this.getAttribute("timeout-ms"));
      return ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
    }

    /** Full screen, the panel hides the page, so focus must not wander off into it. */
    #markModal() {
      this.#ui.panel.setAttribute("aria-modal", String(this.#fullScreen.matches));
    }

    #wrapTab(e) {
      const { clear: first, send: last } = this.#ui;
      const at = this.shadowRoot.activeElement;
      if (e.shiftKey && at === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && at === last) { e.preventDefault(); first.focus(); }
    }

    open({ focus = true } = {}) {
      this.#markModal();
      this.#ui.panel.hidden = false;
      this.#ui.launcher.setAttribute("aria-expanded", "true");
      this.#ui.log.scrollTop = this.#ui.log.scrollHeight;
      if (focus) this.#ui.input.focus();
      this.#save();
    }

    close() {
      this.#ui.panel.hidden = true;
      this.#ui.launcher.setAttribute("aria-expanded", "false");
      this.#ui.launcher.focus();
      this.#save();
    }

    clear() {
      this.#controller?.abort();
      this.#messages = [];
      this.#save();
      this.#renderAll();
      this.#ui.input.focus();
    }

    #save() {
      try {
        const messages = this.#messages.slice(-MAX_STORED);
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ open: !this.#ui.panel.hidden, messages }));
      } catch { /* storage full or blocked: the chat still works, it just won't survive a reload */ }
    }

    #setBusy(busy) {
      this.#busy = busy;
      this.#ui.send.setAttribute("aria-disabled", String(busy));
      this.#ui.log.setAttribute("aria-busy", String(busy));
    }

    #renderAll() {
      const { log } = this.#ui;
      this.#failure = null;
      log.replaceChildren();
      if (!this.#messages.length) {
        log.append(h("p", { class: "hint" }, "Ask a question. Every answer links to the exact passages it is based on."));
      }
      for (const m of this.#messages) {
        if (m.role === "user") this.#addUser(m.content);
        else this.#finish(this.#addAnswer(), m);
      }
    }

    #append(node) {
      this.#ui.log.querySelector(".hint")?.remove();
      this.#ui.log.append(node);
      this.#ui.log.scrollTop = this.#ui.log.scrollHeight;
      return node;
    }

    #addUser(text) {
      return this.#append(h("p", { class: "msg user" }, h("span", { class: "sr" }, "You: "), text));
    }

    #addAnswer() {
      const bubble = h("div", { class: "msg assistant", "data-testid": "tqa-answer" });
      // Read out as "Answering" (aria-label on a plain span is ignored by screen readers).
      bubble.append(h("span", { class: "text" }, h("span", { class: "dots" }, h("span", { class: "sr" }, "Answering"))));
      return this.#append(bubble);
    }

    /** True when the log shows its end, so growing content should keep it in view. */
    #atBottom() {
      const { log } = this.#ui;
      return log.scrollHeight - log.scrollTop - log.clientHeight < 24;
    }

    /** Scrolls the log just enough to show `node`'s bottom, never past its top. */
    #reveal(node) {
      const { log } = this.#ui;
      const view = log.getBoundingClientRect();
      const box = node.getBoundingClientRect();
      if (box.bottom > view.bottom) log.scrollTop += Math.max(0, Math.min(Math.ceil(box.bottom - view.bottom), Math.floor(box.top - view.top)));
    }

    /** Writes the answer text, turning [n] markers into footnote buttons for known citations. */
    #renderText(bubble, text, citations) {
      const byN = new Map(citations.map((c) => [c.n, c]));
      const parts = [];
      let last = 0;
      for (const m of text.matchAll(MARKER)) {
        const cite = byN.get(Number(m[1]));
        if (!cite) continue;
        parts.push(text.slice(last, m.index), this.#citeButton(bubble, cite));
        last = m.index + m[0].length;
      }
      parts.push(text.slice(last));
      const follow = this.#atBottom(); // a reader who scrolled up to read is not pulled down
      bubble.querySelector(".text").replaceChildren(...parts);
      if (follow) this.#ui.log.scrollTop = this.#ui.log.scrollHeight;
    }

    #citeButton(bubble, cite) {
      const button = h("button", {
        class: "cite", type: "button", "data-testid": "tqa-citation", "data-n": cite.n,
        "aria-expanded": "false", "aria-label": `Source ${cite.n}: ${cite.title || cite.source || "passage"}`,
      }, String(cite.n));
      button.addEventListener("click", () => this.#togglePassage(bubble, cite));
      return button;
    }

    #togglePassage(bubble, cite) {
      let box = bubble.querySelector(".passage");
      const showing = box && box.dataset.n === String(cite.n);
      box?.remove();
      for (const b of bubble.querySelectorAll(".cite")) {
        b.setAttribute("aria-expanded", String(!showing && b.dataset.n === String(cite.n)));
      }
      if (showing) return;
      const id = `passage-${++this.#uid}`;
      // Only http(s) addresses become links: a "javascript:" url from a document's metadata
      // must never be clickable.
      const link = [cite.url, cite.source].find((u) => /^https?:\/\//i.test(u || ""));
      const source = link
        ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, cite.source || link)
        : cite.source || "";
      box = h("div", { class: "passage", id, "data-testid": "tqa-passage", "data-n": cite.n, role: "note" },
        h("p", {}, h("strong", {}, `[${cite.n}] ${cite.title || "Passage"}`)),
        h("blockquote", {}, cite.text || ""),
        h("p", { class: "src" }, "Source: ", source));
      bubble.append(box);
      this.#reveal(box);
      for (const b of bubble.querySelectorAll(".cite")) b.setAttribute("aria-controls", id);
    }

    #finish(bubble, result) {
      const citations = Array.isArray(result.citations) ? result.citations : [];
      bubble.classList.toggle("abstained", result.abstained === true);
      this.#renderText(bubble, String(result.answer ?? result.content ?? ""), citations);
      if (result.abstained) bubble.prepend(icon(INFO_ICON, "info"), h("span", { class: "sr" }, "No answer found: "));
    }

    /** Shows why `question` (on screen as `userBubble`, or null if never sent) got no answer. */
    #showError(err, question, userBubble) {
      const box = h("div", { class: "error", role: "alert", "data-testid": "tqa-error" });
      box.append(h("p", {}, h("strong", {}, err.message)));
      if (err.detail) box.append(h("p", {}, err.detail));
      if (err.retryAfter != null) box.append(h("p", {}, `Please wait ${err.retryAfter} s before retrying.`));
      if (err.retryable) {
        const retry = h("button", { type: "button", "data-testid": "tqa-retry", "aria-label": "Retry the question" }, "Retry");
        retry.addEventListener("click", () => {
          if (retry.disabled) return;
          box.remove();
          this.#failure = null;
          this.#ui.input.focus();
          this.#ask(question, userBubble);
        });
        if (err.retryAfter > 0) this.#holdRetry(retry, box, err.retryAfter);
        box.append(retry);
      } else if (!this.#ui.input.value.trim()) {
        this.#ui.input.value = question; // it must be edited, so it goes back where it can be
        if (this.shadowRoot.activeElement) this.#ui.input.focus(); // unless the reader is elsewhere
      }
      this.#failure = { box, userBubble };
      this.#append(box);
    }

    /** Keeps Retry disabled, counting down, for the wait the server asked for (Retry-After):
     * retrying earlier could only be refused again. */
    #holdRetry(retry, box, seconds) {
      let left = seconds;
      const tick = () => {
        if (!box.isConnected && left < seconds) return; // the error was dismissed
        if (left <= 0) {
          retry.disabled = false;
          retry.textContent = "Retry";
          return;
        }
        retry.disabled = true;
        retry.textContent = `Retry in ${left} s`;
        left -= 1;
        setTimeout(tick, 1000);
      };
      tick();
    }

    /** A failed question is only on screen, never in the stored history: drop it when moving on. */
    #dropFailure() {
      if (!this.#failure) return;
      this.#failure.box.remove();
      this.#failure.userBubble?.remove();
      this.#failure = null;
    }

    async #ask(question, userBubble = null) {
      this.#dropFailure();
      userBubble ??= this.#addUser(question);
      const bubble = this.#addAnswer();
      const history = this.#messages.slice(-HISTORY_TURNS).map(({ role, content }) => ({ role, content }));
      const controller = new AbortController();
      this.#controller = controller;
      this.#setBusy(true);
      let timedOut = false;
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => { timedOut = true; controller.abort(); }, this.#timeoutMs);
      };
      arm();
      try {
        const headers = { "Content-Type": "application/json", Accept: "text/event-stream" };
        const key = this.getAttribute("api-key");
        if (key) headers["X-API-Key"] = key;
        const res = await fetch(`${this.#api}/v1/ask/stream`, {
          method: "POST", headers, body: JSON.stringify({ question, history }), signal: controller.signal,
        });
        if (!res.ok) throw await errorFromResponse(res);
        if (!res.body) throw new ChatError("The server sent an empty response.");
        let text = "";
        let citations = [];
        let result = null;
        for await (const { event, data } of readEvents(res.body, arm)) {
          if (event === "token") {
            text += typeof data.delta === "string" ? data.delta : "";
            this.#renderText(bubble, text, citations);
          } else if (event === "citations") {
            citations = Array.isArray(data.citations) ? data.citations : [];
            this.#renderText(bubble, text, citations);
          } else if (event === "error") {
            throw new ChatError(data.title || "The server could not answer.", data.detail || "");
          } else if (event === "done") {
            result = data;
            break;
          }
        }
        if (!result) throw new ChatError("The answer was cut off before it finished.");
        this.#finish(bubble, result);
        this.#messages.push(
          { role: "user", content: question },
          { role: "assistant", content: String(result.answer ?? ""), citations: result.citations ?? [],
            abstained: result.abstained === true });
        this.#save();
      } catch (err) {
        bubble.remove();
        if (controller.signal.aborted && !timedOut) return; // cancelled by "New chat" or removal
        if (timedOut) this.#showError(new ChatError("The server took too long to answer."), question, userBubble);
        else if (err instanceof ChatError) this.#showError(err, question, userBubble);
        else this.#showError(new ChatError("Could not reach the Q&A service.", "Check your connection and try again."), question, userBubble);
      } finally {
        clearTimeout(timer);
        if (this.#controller === controller) {
          this.#controller = null;
          this.#setBusy(false);
        }
      }
    }
  }

  customElements.define(TAG, TreatyQaChat);

  // Loaded through the embedding <script> tag: mount one widget configured by its data-* attributes.
  if (script?.src && !document.querySelector(TAG)) {
    const el = document.createElement(TAG);
    const d = script.dataset;
    el.setAttribute("api", d.api ?? scriptOrigin);
    if (d.title) el.setAttribute("heading", d.title);
    if (d.apiKey) el.setAttribute("api-key", d.apiKey);
    if (d.timeoutMs) el.setAttribute("timeout-ms", d.timeoutMs);
    const mount = () => document.body.append(el);
    if (document.body) mount();
    else document.addEventListener("DOMContentLoaded", mount, { once: true });
  }
})();
