"""The chat widget in a real Chromium: embedded cross-origin, against the real service."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ANSWER_MS = 30_000
REPO = Path(__file__).resolve().parents[2]
STREAM_PATH = "**/v1/ask/stream"


class Server(Protocol):
    url: str


class StoppableServer(Server, Protocol):
    def stop(self) -> None: ...


def host_url(host: Server, api: str, **params: str) -> str:
    """The hostile third-party page, embedding the widget served by `api`."""
    return f"{host.url}/widget_host.html?{urlencode({'api': api, **params})}"


def ask(page: Page, question: str) -> Locator:
    """Types a question into the open panel, sends it, and returns the newest answer bubble."""
    page.get_by_test_id("tqa-input").fill(question)
    page.get_by_test_id("tqa-send").click()
    return page.get_by_test_id("tqa-answer").last


def wait_idle(page: Page) -> None:
    expect(page.get_by_role("log")).to_have_attribute("aria-busy", "false", timeout=ANSWER_MS)


def cors(status: int, body: str, content_type: str, **headers: str) -> dict[str, Any]:
    """route.fulfill arguments for a cross-origin reply the page is allowed to read."""
    allow = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Retry-After"}
    return {
        "status": status,
        "body": body,
        "headers": {**allow, **headers, "Content-Type": content_type},
    }


def sse(*events: tuple[str, object], sep: str = "\n") -> str:
    return "".join(f"event: {name}{sep}data: {json.dumps(data)}{sep}{sep}" for name, data in events)


def citation(n: int, text: str) -> dict[str, Any]:
    return {
        "n": n,
        "doc_id": "d1",
        "source": "https://example.org/a",
        "title": "A title",
        "text": text,
        "start": 0,
        "end": len(text),
        "score": 1.0,
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def widget(page: Page, live_server: Server, host_page_server: Server) -> Page:
    """The host page with the widget loaded from the live server and its panel open."""
    page.goto(host_url(host_page_server, live_server.url))
    page.get_by_test_id("tqa-launcher").click()
    expect(page.get_by_test_id("tqa-input")).to_be_focused()
    return page


def test_streamed_answer_cites_the_passage(widget: Page) -> None:
    answer = ask(widget, "How long will the treaty remain in force?")
    expect(answer).to_contain_text("20 years", timeout=ANSWER_MS)
    wait_idle(widget)
    cites = answer.get_by_test_id("tqa-citation")
    expect(cites.first).to_be_visible()
    passage = answer.get_by_test_id("tqa-passage")
    for i in range(cites.count()):
        cites.nth(i).click()
        expect(passage).to_be_visible()
        if "20 years" in passage.inner_text():
            break
    expect(passage).to_contain_text("20 years")
    expect(cites.first).to_have_attribute("aria-expanded", "true")
    expect(passage).to_contain_text("russia-iran-partnership-treaty")


def test_clicking_the_same_citation_again_closes_the_passage(widget: Page) -> None:
    answer = ask(widget, "How long will the treaty remain in force?")
    wait_idle(widget)
    cite = answer.get_by_test_id("tqa-citation").first
    cite.click()
    expect(answer.get_by_test_id("tqa-passage")).to_be_visible()
    cite.click()
    expect(answer.get_by_test_id("tqa-passage")).to_have_count(0)
    expect(cite).to_have_attribute("aria-expanded", "false")


def test_follow_up_question_sends_history(widget: Page) -> None:
    first = ask(widget, "Tell me about the Russia-Iran treaty.")
    wait_idle(widget)
    expect(first).not_to_contain_text("Pezeshkian")  # so the follow-up's answer is new
    with widget.expect_request(STREAM_PATH) as sent:
        answer = ask(widget, "Who signed it?")
    body = sent.value.post_data_json
    assert body is not None
    history = body["history"]
    assert [t["role"] for t in history] == ["user", "assistant"]
    assert history[0]["content"] == "Tell me about the Russia-Iran treaty."
    wait_idle(widget)
    assert any(name in answer.inner_text() for name in ("Pezeshkian", "Putin"))


def test_abstention_is_styled_differently(widget: Page) -> None:
    answer = ask(widget, "What is the capital of Australia?")
    wait_idle(widget)
    expect(answer).to_have_class(re.compile(r"\babstained\b"))
    expect(answer.locator("svg.info")).to_be_visible()


def test_keyboard_only_flow(page: Page, live_server: Server, host_page_server: Server) -> None:
    page.goto(host_url(host_page_server, live_server.url))
    launcher = page.get_by_test_id("tqa-launcher")
    page.keyboard.press("Tab")  # the host's only button is display:none, so the launcher is next
    expect(launcher).to_be_focused()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("aria-label", "Ask about the treaty")
    box = page.get_by_test_id("tqa-input")
    expect(box).to_be_focused()
    page.keyboard.type("How long will the treaty")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("remain in force?")
    expect(box).to_have_value("How long will the treaty\nremain in force?")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("tqa-answer").last).to_contain_text("20 years", timeout=ANSWER_MS)
    page.evaluate(
        "window.hostEscapes = 0;"
        "document.addEventListener('keydown', e => { if (e.key === 'Escape') hostEscapes++; })"
    )
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    assert page.evaluate("window.hostEscapes") == 0  # the host page's own Escape is not fired


def test_server_down_shows_error_with_retry(
    page: Page, stoppable_server: StoppableServer, host_page_server: Server
) -> None:
    page.goto(host_url(host_page_server, stoppable_server.url))
    page.get_by_test_id("tqa-launcher").click()
    stoppable_server.stop()
    ask(page, "How long will the treaty remain in force?")
    expect(page.get_by_test_id("tqa-error")).to_contain_text("Could not reach", timeout=ANSWER_MS)
    expect(page.get_by_test_id("tqa-retry")).to_be_visible()
    expect(page.get_by_test_id("tqa-answer")).to_have_count(0)


def test_retry_after_a_network_failure_answers(widget: Page) -> None:
    failures = iter([True])
    widget.route(STREAM_PATH, lambda r: r.abort() if next(failures, False) else r.fallback())
    ask(widget, "How long will the treaty remain in force?")
    expect(widget.get_by_test_id("tqa-error")).to_be_visible()
    widget.get_by_test_id("tqa-retry").click()
    expect(widget.get_by_test_id("tqa-answer").last).to_contain_text("20 years", timeout=ANSWER_MS)
    expect(widget.get_by_test_id("tqa-error")).to_have_count(0)


def test_rate_limit_shows_the_retry_after(widget: Page) -> None:
    problem = {"type": "about:blank", "title": "Too Many Requests", "status": 429, "detail": "slow"}
    reply = cors(429, json.dumps(problem), "application/problem+json", **{"Retry-After": "17"})
    widget.route(STREAM_PATH, lambda r: r.fulfill(**reply))
    ask(widget, "Anything?")
    error = widget.get_by_test_id("tqa-error")
    expect(error).to_contain_text("Too many questions")
    expect(error).to_contain_text("17 s")
    expect(widget.get_by_test_id("tqa-retry")).to_be_disabled()  # retrying now would fail


def test_retry_waits_out_the_retry_after_then_works(widget: Page) -> None:
    problem = {"type": "about:blank", "title": "Too Many Requests", "status": 429, "detail": "slow"}
    refused = iter([True])
    reply = cors(429, json.dumps(problem), "application/problem+json", **{"Retry-After": "2"})
    widget.route(
        STREAM_PATH, lambda r: r.fulfill(**reply) if next(refused, False) else r.fallback()
    )
    ask(widget, "How long will the treaty remain in force?")
    retry = widget.get_by_test_id("tqa-retry")
    expect(retry).to_be_disabled()
    expect(retry).to_contain_text("Retry in")
    expect(retry).to_be_enabled(timeout=5_000)
    retry.click()
    expect(widget.get_by_test_id("tqa-answer").last).to_contain_text("20 years", timeout=ANSWER_MS)


def test_server_error_event_is_shown(widget: Page) -> None:
    problem = {"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": "x"}
    body = sse(("token", {"delta": "Half an ans"}), ("error", problem))
    widget.route(STREAM_PATH, lambda r: r.fulfill(**cors(200, body, "text/event-stream")))
    ask(widget, "Anything?")
    expect(widget.get_by_test_id("tqa-error")).to_contain_text("Service Unavailable")
    expect(widget.get_by_test_id("tqa-answer")).to_have_count(0)


def test_silent_server_times_out(page: Page, live_server: Server, host_page_server: Server) -> None:
    page.route(STREAM_PATH, lambda _route: None)  # never answered
    page.goto(host_url(host_page_server, live_server.url, timeout_ms="1000"))
    page.get_by_test_id("tqa-launcher").click()
    ask(page, "Anything?")
    expect(page.get_by_test_id("tqa-error")).to_contain_text("too long")
    expect(page.get_by_test_id("tqa-retry")).to_be_visible()


def test_final_answer_replaces_the_streamed_draft(widget: Page) -> None:
    body = sse(
        ("token", {"delta": "Draft one "}),
        ("token", {"delta": "draft two [1]"}),
        ("citations", {"citations": [citation(1, "draft passage")]}),
        (
            "done",
            {
                "answer": "Grounded answer [2].",
                "citations": [citation(2, "grounded passage")],
                "abstained": False,
                "mode": "extractive",
                "degraded": False,
                "timings_ms": {},
            },
        ),
        sep="\r\n",
    )
    widget.route(STREAM_PATH, lambda r: r.fulfill(**cors(200, body, "text/event-stream")))
    answer = ask(widget, "Anything?")
    expect(answer).to_have_text("Grounded answer 2.")
    answer.get_by_test_id("tqa-citation").click()
    expect(answer.get_by_test_id("tqa-passage")).to_contain_text("grounded passage")


def test_server_text_is_never_parsed_as_html(widget: Page) -> None:
    evil = '<img src=x onerror="window.pwned=1"><b>bold</b>'
    done = {"answer": f"{evil} [1]", "citations": [citation(1, evil)], "abstained": False}
    body = sse(("done", {**done, "mode": "extractive", "degraded": False, "timings_ms": {}}))
    widget.route(STREAM_PATH, lambda r: r.fulfill(**cors(200, body, "text/event-stream")))
    answer = ask(widget, "Anything?")
    expect(answer).to_contain_text("<b>bold</b>")
    answer.get_by_test_id("tqa-citation").click()
    expect(answer.get_by_test_id("tqa-passage")).to_contain_text(
        '<img src=x onerror="window.pwned=1">'
    )
    expect(answer.locator("img, b")).to_have_count(0)
    assert widget.evaluate("window.pwned") is None


def test_conversation_survives_reload_and_new_chat_clears_it(widget: Page) -> None:
    answer = ask(widget, "How long will the treaty remain in force?")
    wait_idle(widget)
    expect(answer).to_contain_text("20 years")
    widget.reload()
    restored = widget.get_by_test_id("tqa-answer")
    expect(restored).to_have_count(1)
    expect(restored).to_contain_text("20 years")
    expect(restored.get_by_test_id("tqa-citation").first).to_be_visible()
    stored = widget.evaluate("JSON.parse(sessionStorage.getItem('treaty-qa-chat:v1'))")
    assert [m["role"] for m in stored["messages"]] == ["user", "assistant"]
    widget.get_by_role("button", name="New chat").click()
    expect(widget.get_by_test_id("tqa-answer")).to_have_count(0)
    stored = widget.evaluate("JSON.parse(sessionStorage.getItem('treaty-qa-chat:v1'))")
    assert stored["messages"] == []


def test_host_css_and_widget_css_stay_apart(widget: Page) -> None:
    red = "rgb(255, 0, 0)"
    expect(widget.get_by_test_id("tqa-launcher")).to_be_visible()
    expect(widget.get_by_test_id("tqa-send")).to_be_visible()
    answer = ask(widget, "How long will the treaty remain in force?")
    expect(answer).to_contain_text("20 years", timeout=ANSWER_MS)
    assert answer.evaluate("e => getComputedStyle(e).color") != red
    assert answer.evaluate("e => getComputedStyle(e).fontSize") != "40px"
    # The host keeps its own (hostile) look: nothing of the widget's CSS leaks out.
    host_text = widget.locator("#host-text")
    expect(host_text).to_have_css("color", red)
    expect(host_text).to_have_css("font-size", "40px")
    expect(host_text).to_have_css("margin-top", "3px")
    expect(widget.locator("#host-button")).to_have_css("display", "none")
    assert widget.evaluate("document.styleSheets.length") == 1
    assert widget.evaluate("document.querySelectorAll('style').length") == 1


def test_panel_is_full_width_on_a_phone(widget: Page) -> None:
    widget.set_viewport_size({"width": 360, "height": 740})
    box = widget.get_by_role("dialog").bounding_box()
    assert box is not None
    assert box["x"] == 0
    assert box["width"] == 360
    expect(widget.get_by_test_id("tqa-send")).to_be_in_viewport()
    widget.get_by_role("button", name="Close chat").click()
    expect(widget.get_by_role("dialog")).to_be_hidden()


def test_demo_page_screenshot(page: Page, live_server: Server, tmp_path: Path) -> None:
    page.goto(f"{live_server.url}/")
    expect(page).to_have_title("treaty-qa demo")
    expect(page.locator("article p").filter(has_text="20 years")).to_be_visible()
    expect(page.locator("article")).not_to_contain_text("Advertisement")
    answer_and_open_passage(page)
    shot = tmp_path / "widget.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("TREATY_QA_SAVE_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, REPO / "docs" / "widget.png")


def strict_csp_page(page: Page, host: Server, api: str, csp: str) -> list[str]:
    """Opens the host page under `csp`; returns the list collecting its console errors."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(host_url(host, api, csp=csp))
    return problems


def answer_and_open_passage(page: Page) -> None:
    page.get_by_test_id("tqa-launcher").click()
    answer = ask(page, "How long will the treaty remain in force?")
    expect(answer).to_contain_text("20 years", timeout=ANSWER_MS)
    wait_idle(page)
    answer.get_by_test_id("tqa-citation").first.click()
    expect(answer.get_by_test_id("tqa-passage")).to_be_visible()


def test_widget_keeps_its_styles_under_a_csp_without_unsafe_inline(
    page: Page, live_server: Server, host_page_server: Server
) -> None:
    api = live_server.url
    csp = f"default-src 'none'; script-src {api}; connect-src {api}; style-src 'self'"
    problems = strict_csp_page(page, host_page_server, api, csp)
    launcher = page.get_by_test_id("tqa-launcher")
    expect(launcher).to_have_css("position", "fixed")
    expect(launcher).to_have_css("background-color", "rgb(29, 78, 216)")
    answer_and_open_passage(page)
    box = page.get_by_role("dialog").bounding_box()
    assert box is not None
    assert box["width"] == 380
    assert box["x"] + box["width"] == 1280 - 20  # docked at the bottom right, not in the page flow
    assert not [p for p in problems if "Content Security Policy" in p], problems


def test_widget_works_when_the_host_enforces_trusted_types(
    page: Page, live_server: Server, host_page_server: Server
) -> None:
    api = live_server.url
    csp = (
        f"default-src 'none'; script-src {api}; connect-src {api}; style-src 'self';"
        " require-trusted-types-for 'script'; trusted-types 'none'"
    )
    problems = strict_csp_page(page, host_page_server, api, csp)
    expect(page.get_by_test_id("tqa-launcher")).to_be_visible()
    answer_and_open_passage(page)
    assert not problems, problems


def test_log_follows_a_long_streamed_answer_to_its_end(widget: Page) -> None:
    long_answer = " ".join(f"Sentence {i} of a very long answer." for i in range(120)) + " [1]"
    tokens = [("token", {"delta": word + " "}) for word in long_answer.split(" ")[:200]]
    done = {"answer": long_answer, "citations": [citation(1, "p")], "abstained": False}
    body = sse(*tokens, ("done", {**done, "mode": "extractive", "degraded": False}))
    widget.route(STREAM_PATH, lambda r: r.fulfill(**cors(200, body, "text/event-stream")))
    ask(widget, "Anything?")
    wait_idle(widget)
    log = widget.get_by_role("log")
    gap = "l => l.scrollHeight - l.scrollTop - l.clientHeight"
    assert log.evaluate("l => l.scrollHeight > 2 * l.clientHeight")
    assert log.evaluate(gap) < 2
    expect(widget.get_by_test_id("tqa-citation").last).to_be_in_viewport(ratio=1)


def test_opening_a_passage_scrolls_it_into_view(widget: Page) -> None:
    replies = iter(
        [
            "Background. " * 300,
            "Short answer [1].",
        ]
    )

    def reply(route: Any) -> None:
        text = next(replies)
        cites = [citation(1, "The cited passage, " * 12)] if "[1]" in text else []
        done = {"answer": text, "citations": cites, "abstained": False, "mode": "extractive"}
        route.fulfill(
            **cors(200, sse(("token", {"delta": text}), ("done", done)), "text/event-stream")
        )

    widget.route(STREAM_PATH, reply)
    ask(widget, "First?")
    wait_idle(widget)
    answer = ask(widget, "Second?")
    wait_idle(widget)
    cite = answer.get_by_test_id("tqa-citation")
    expect(cite).to_be_in_viewport(ratio=1)
    cite.press("Enter")  # keyboard, so no test-driver scrolling is involved
    passage = answer.get_by_test_id("tqa-passage")
    expect(passage).to_be_in_viewport(ratio=1)


def test_overlong_question_is_kept_for_editing_and_not_sent(widget: Page) -> None:
    sent: list[str] = []
    widget.on("request", lambda r: sent.append(r.url) if "/v1/ask" in r.url else None)
    question = "Is the treaty " + "very " * 396 + "long???"  # 2,000 + 1 characters
    assert len(question) == 2001
    box = widget.get_by_test_id("tqa-input")
    box.fill(question)  # as a paste would: nothing is cut off silently
    expect(box).to_have_value(question)
    box.press("Enter")
    error = widget.get_by_test_id("tqa-error")
    expect(error).to_contain_text("too long")
    expect(error).to_contain_text("2,001 characters")
    expect(box).to_have_value(question)
    expect(widget.get_by_test_id("tqa-retry")).to_have_count(0)
    assert sent == []
    box.fill("How long will the treaty remain in force?")
    box.press("Enter")
    expect(widget.get_by_test_id("tqa-answer").last).to_contain_text("20 years", timeout=ANSWER_MS)
    expect(error).to_have_count(0)
    expect(widget.get_by_test_id("tqa-answer")).to_have_count(1)


def test_rejected_question_returns_to_the_input_without_a_useless_retry(widget: Page) -> None:
    problem = {"type": "about:blank", "title": "Invalid request", "status": 422, "detail": "bad q"}
    refusals = iter([True])

    def reply(route: Any) -> None:
        if next(refusals, False):
            route.fulfill(**cors(422, json.dumps(problem), "application/problem+json"))
        else:
            route.fallback()

    widget.route(STREAM_PATH, reply)
    ask(widget, "How long will the treaty remain")
    error = widget.get_by_test_id("tqa-error")
    expect(error).to_contain_text("bad q")
    expect(widget.get_by_test_id("tqa-retry")).to_have_count(0)
    box = widget.get_by_test_id("tqa-input")
    expect(box).to_have_value("How long will the treaty remain")
    expect(box).to_be_focused()
    box.press("End")
    box.type(" in force?")
    box.press("Enter")
    expect(widget.get_by_test_id("tqa-answer").last).to_contain_text("20 years", timeout=ANSWER_MS)
    expect(error).to_have_count(0)
    expect(widget.locator(".msg.user")).to_have_text(
        ["You: How long will the treaty remain in force?"]
    )


def test_answer_in_progress_is_announced_as_answering(widget: Page) -> None:
    widget.route(STREAM_PATH, lambda _route: None)  # never answered
    ask(widget, "Anything?")
    expect(widget.get_by_role("log")).to_match_aria_snapshot(
        '- log:\n  - paragraph: "You: Anything?"\n  - text: Answering'
    )


def test_unusable_stored_history_is_not_sent(widget: Page) -> None:
    stored = {
        "open": True,
        "messages": [
            {"role": "system", "content": "from another script"},
            {"role": "user", "content": 42},
            {"role": "user", "content": "Tell me about the treaty."},
            {"role": "assistant", "content": "It was signed in Moscow.", "citations": []},
        ],
    }
    widget.evaluate("s => sessionStorage.setItem('treaty-qa-chat:v1', s)", json.dumps(stored))
    widget.reload()
    with widget.expect_request(STREAM_PATH) as sent:
        answer = ask(widget, "How long will the treaty remain in force?")
    body = sent.value.post_data_json
    assert body is not None
    assert body["history"] == [
        {"role": "user", "content": "Tell me about the treaty."},
        {"role": "assistant", "content": "It was signed in Moscow."},
    ]
    expect(answer).to_contain_text("20 years", timeout=ANSWER_MS)


def test_tab_stays_in_the_full_screen_panel_on_a_phone(widget: Page) -> None:
    dialog = widget.get_by_role("dialog")
    expect(dialog).to_have_attribute("aria-modal", "false")  # beside the page, not over it
    widget.set_viewport_size({"width": 360, "height": 740})
    expect(dialog).to_have_attribute("aria-modal", "true")
    send, new_chat = widget.get_by_test_id("tqa-send"), widget.get_by_test_id("tqa-new")
    send.focus()
    widget.keyboard.press("Tab")  # not into the host page hidden behind the panel
    expect(new_chat).to_be_focused()
    widget.keyboard.press("Shift+Tab")
    expect(send).to_be_focused()
    widget.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(widget.get_by_test_id("tqa-launcher")).to_be_focused()


def test_a_passage_links_its_documents_address_and_never_a_script_url(widget: Page) -> None:
    linked = {
        **citation(1, "linked passage"),
        "source": "story.txt",
        "url": "https://example.org/s",
    }
    scripted = {**citation(2, "scripted passage"), "source": "x.txt", "url": "javascript:alert(1)"}
    done = {"answer": "One [1]. Two [2].", "citations": [linked, scripted], "abstained": False}
    body = sse(("done", {**done, "mode": "extractive", "degraded": False, "timings_ms": {}}))
    widget.route(STREAM_PATH, lambda r: r.fulfill(**cors(200, body, "text/event-stream")))
    answer = ask(widget, "Anything?")
    cites = answer.get_by_test_id("tqa-citation")
    passage = answer.get_by_test_id("tqa-passage")
    cites.first.click()
    expect(passage.get_by_role("link", name="story.txt")).to_have_attribute(
        "href", "https://example.org/s"
    )
    cites.nth(1).click()
    expect(passage).to_contain_text("x.txt")
    expect(passage.get_by_role("link")).to_have_count(0)
