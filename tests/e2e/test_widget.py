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
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")


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
    expect(widget.get_by_test_id("tqa-retry")).to_be_visible()


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
    page.get_by_test_id("tqa-launcher").click()
    answer = ask(page, "How long will the treaty remain in force?")
    expect(answer).to_contain_text("20 years", timeout=ANSWER_MS)
    wait_idle(page)
    answer.get_by_test_id("tqa-citation").first.click()
    expect(answer.get_by_test_id("tqa-passage")).to_be_visible()
    shot = tmp_path / "widget.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("TREATY_QA_SAVE_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, REPO / "docs" / "widget.png")
