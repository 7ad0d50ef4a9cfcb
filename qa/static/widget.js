/* treaty-qa chat widget. Embed with:
 *   <script src="https://HOST/widget.js" data-api="https://HOST" defer></script>
 * Optional: data-title (panel heading), data-api-key (sent as X-API-Key),
 * data-timeout-ms (give up when the server is silent this long; default 60000).
 * Everything the server sends is untrusted: it only ever reaches the page as textContent. */
(() => {
  "use strict";
  const TAG = "treaty-qa-chat";
  if (customElements.get(TAG)) return;

  const STORAGE_KEY = "treaty-qa-chat:v1";
  const HISTORY_TURNS = 10;
  const MAX_STORED = 50;
  const DEFAULT_TIMEOUT_MS = 60_000;
  const DEFAULT_TITLE = "Ask about the treaty";
  const MARKER = /\[(\d+)\]/g;
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
    .dots::after { content: "…"; animation: blink 1s steps(2) infinite; }
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
    @media (max-width: 480px) {
      .panel { inset: 0; width: 100%; max-width: none; height: 100%; border: 0; border-radius: 0; }
    }
    @media (prefers-reduced-motion: reduce) { .dots::after { animation: none; } }`;

  // Static markup only: no server or page text goes through innerHTML.
  const TEMPLATE = `<style>${CSS}</style>
    <button class="launcher" type="button" data-testid="tqa-launcher" aria-expanded="false" aria-controls="panel">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"/></svg>
    </button>
    <section class="panel" id="panel" role="dialog" aria-modal="false" hidden>
      <header>
        <h2 id="title"></h2>
        <button class="new" type="button" data-testid="tqa-new" aria-label="New chat: clear this conversation">New chat</button>
        <button class="close" type="button" data-testid="tqa-close" aria-label="Close chat">&times;</button>
      </header>
      <div class="log" role="log" aria-live="polite" aria-relevant="additions text"></div>
      <form>
        <label class="sr" for="input">Your question</label>
        <textarea id="input" data-testid="tqa-input" rows="2" maxlength="2000"
          placeholder="Ask a question…" aria-describedby="keys"></textarea>
        <span class="sr" id="keys">Enter sends, Shift+Enter adds a new line, Escape closes the chat.</span>
        <button class="send" type="submit" data-testid="tqa-send" aria-label="Send question">Send</button>
      </form>
    </section>`;

  /** Builds an element; attrs go through setAttribute, children are nodes or plain text. */
  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, v);
    el.append(...children);
    return el;
  }

  function infoIcon() {
    const svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "info");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z");
    svg.append(path);
    return svg;
  }

  /** An error the panel can explain: a title, an optional detail and the wait the server asked for. */
  class ChatError extends Error {
    constructor(title, detail = "", retryAfter = null) {
      super(title);
      this.detail = detail;
      this.retryAfter = retryAfter;
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
    return new ChatError(typeof problem.title === "string" ? problem.title : `Request failed (${s}).`, detail);
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

  function loadState() {
    try {
      const state = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "{}");
      return { open: state.open === true, messages: Array.isArray(state.messages) ? state.messages : [] };
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

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      root.innerHTML = TEMPLATE;
      const $ = (sel) => root.querySelector(sel);
      this.#ui = {
        launcher: $(".launcher"), panel: $(".panel"), title: $("#title"), log: $(".log"),
        form: $("form"), input: $("textarea"), send: $(".send"), clear: $(".new"), close: $(".close"),
      };
      const ui = this.#ui;
      ui.launcher.addEventListener("click", () => (ui.panel.hidden ? this.open() : this.close()));
      ui.close.addEventListener("click", () => this.close());
      ui.clear.addEventListener("click", () => this.clear());
      ui.panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape") { e.preventDefault(); this.close(); }
      });
      ui.input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); ui.form.requestSubmit(); }
      });
      ui.form.addEventListener("submit", (e) => {
        e.preventDefault();
        const question = ui.input.value.trim();
        if (!question || this.#busy) return;
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

    open({ focus = true } = {}) {
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
      bubble.append(h("span", { class: "text" }, h("span", { class: "dots", "aria-label": "Answering" })));
      return this.#append(bubble);
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
      bubble.querySelector(".text").replaceChildren(...parts);
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
      const source = /^https?:\/\//i.test(cite.source || "")
        ? h("a", { href: cite.source, target: "_blank", rel: "noopener noreferrer" }, cite.source)
        : cite.source || "";
      box = h("div", { class: "passage", id, "data-testid": "tqa-passage", "data-n": cite.n, role: "note" },
        h("p", {}, h("strong", {}, `[${cite.n}] ${cite.title || "Passage"}`)),
        h("blockquote", {}, cite.text || ""),
        h("p", { class: "src" }, "Source: ", source));
      bubble.append(box);
      for (const b of bubble.querySelectorAll(".cite")) b.setAttribute("aria-controls", id);
    }

    #finish(bubble, result) {
      const citations = Array.isArray(result.citations) ? result.citations : [];
      bubble.classList.toggle("abstained", result.abstained === true);
      this.#renderText(bubble, String(result.answer ?? result.content ?? ""), citations);
      if (result.abstained) bubble.prepend(infoIcon(), h("span", { class: "sr" }, "No answer found: "));
    }

    #showError(err, question) {
      const box = h("div", { class: "error", role: "alert", "data-testid": "tqa-error" });
      box.append(h("p", {}, h("strong", {}, err.message)));
      if (err.detail) box.append(h("p", {}, err.detail));
      if (err.retryAfter != null) box.append(h("p", {}, `Please wait ${err.retryAfter} s before retrying.`));
      const retry = h("button", { type: "button", "data-testid": "tqa-retry", "aria-label": "Retry the question" }, "Retry");
      retry.addEventListener("click", () => {
        box.remove();
        this.#ui.input.focus();
        this.#ask(question, { retry: true });
      });
      box.append(retry);
      this.#append(box);
    }

    async #ask(question, { retry = false } = {}) {
      // A failed question is only on screen, never in the stored history: drop it when moving on.
      const stale = this.#ui.log.querySelector(".error");
      if (stale) { stale.previousElementSibling?.remove(); stale.remove(); }
      if (!retry) this.#addUser(question);
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
        if (timedOut) this.#showError(new ChatError("The server took too long to answer."), question);
        else if (err instanceof ChatError) this.#showError(err, question);
        else this.#showError(new ChatError("Could not reach the Q&A service.", "Check your connection and try again."), question);
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
