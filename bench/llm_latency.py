"""Latency of the local SmolLM2 chat model on short cited answers, at 1 and 2 torch threads."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "corpus" / "russia-iran-partnership-treaty.txt"
SYSTEM = "Answer the question using only the passages. Cite passages like [1]."
MAX_NEW_TOKENS = 48
# (question, a phrase of the paragraph that answers it); the next paragraph is the distractor.
QUESTIONS = [
    ("How long will the treaty remain in force?", "remain in force for 20 years"),
    ("Who signed the cooperation pact?", "have signed a cooperation pact"),
    ("What did Putin call the deal?", "real breakthrough"),
    ("Which areas does the treaty cover?", "covers areas from trade"),
    ("What is the current framework between the two countries based on?", "2001 agreement"),
    ("Who said the treaty is constructive in nature?", "constructive in nature"),
    ("What did Iran provide to Russia?", "Shahed"),
    ("What is a central focus of Putin's foreign policy?", "central focus"),
    ("When was the treaty signed relative to Trump's return?", "just days before"),
    ("How has Moscow viewed Iran since the invasion of Ukraine?", "key strategic partner"),
]


def paragraphs() -> list[str]:
    """The article's real paragraphs (captions and adverts dropped)."""
    lines = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if len(line) > 80]


def prompts() -> list[tuple[str, str]]:
    """(question, user message with two numbered passages) for every question."""
    paras = paragraphs()
    out = []
    for i, (question, phrase) in enumerate(QUESTIONS):
        at = next(n for n, p in enumerate(paras) if phrase in p)
        pair = [paras[at], paras[(at + 1) % len(paras)]]
        if i % 2:
            pair.reverse()
        passages = "\n".join(f"[{n}] {p}" for n, p in enumerate(pair, start=1))
        out.append((question, f"Passages:\n{passages}\n\nQuestion: {question}"))
    return out


def memory_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MiB, from /proc."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def quantile(values: list[float], q: float) -> float:
    """Linear-interpolated quantile (0..1) of the values."""
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def measure(threads: int) -> dict[str, Any]:
    """Load the model with `threads` torch threads and time the answers (streamed)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from langchain_core.messages import HumanMessage, SystemMessage

    from qa.llm import LocalChatModel

    rss_before, _ = memory_mb()
    started = time.perf_counter()
    model = LocalChatModel.load(max_new_tokens=MAX_NEW_TOKENS, threads=threads)
    load_s = time.perf_counter() - started
    rss_loaded, _ = memory_mb()

    def answer(user: str) -> tuple[float, float, int, str]:
        began = time.perf_counter()
        first, text, tokens = 0.0, "", 0
        for chunk in model.stream([SystemMessage(SYSTEM), HumanMessage(user)]):
            if chunk.content and not first:
                first = time.perf_counter() - began
            text += str(chunk.content)
            if chunk.usage_metadata:
                tokens = chunk.usage_metadata["output_tokens"]
        return time.perf_counter() - began, first, tokens, text

    items = prompts()
    warm_s, _, _, _ = answer(items[0][1])  # first call pays one-off start-up costs
    runs = [answer(user) for _, user in items]
    latencies = [r[0] for r in runs]
    _, rss_peak = memory_mb()
    return {
        "threads": threads,
        "load_s": load_s,
        "first_call_s": warm_s,
        "p50_s": statistics.median(latencies),
        "p95_s": quantile(latencies, 0.95),
        "ttft_p50_s": statistics.median(r[1] for r in runs),
        "tokens_per_s": sum(r[2] for r in runs) / sum(latencies),
        "mean_tokens": statistics.mean(r[2] for r in runs),
        "rss_before_mb": rss_before,
        "rss_loaded_mb": rss_loaded,
        "rss_peak_mb": rss_peak,
        "loadavg_1m": os.getloadavg()[0],
        "answers": [(q, r[3]) for (q, _), r in zip(items, runs, strict=True)],
    }


def main() -> None:
    """Measure each thread count in a fresh process (torch threads and RSS are per process)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--show-answers", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.threads[0])))
        return
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    print(f"SmolLM2-135M-Instruct Q4_1→float32, {len(QUESTIONS)} answers, "
          f"max_new_tokens={MAX_NEW_TOKENS}, greedy, streamed")  # fmt: skip
    header = (
        "threads  load_s  first_s  p50_s  p95_s  ttft_p50_s  tok/s  "
        "mean_tok  rss_loaded_MiB  rss_peak_MiB  loadavg"
    )
    print(header)
    print(f"(vCPUs: {os.cpu_count()}, 1-min load average before: {os.getloadavg()[0]:.2f})")
    for threads in args.threads:
        child = subprocess.run(
            [sys.executable, __file__, "--child", "--threads", str(threads)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{r['threads']:>7}  {r['load_s']:6.1f}  {r['first_call_s']:7.2f}  {r['p50_s']:5.2f}  "
            f"{r['p95_s']:5.2f}  {r['ttft_p50_s']:10.2f}  {r['tokens_per_s']:5.1f}  "
            f"{r['mean_tokens']:8.1f}  {r['rss_loaded_mb']:14.0f}  {r['rss_peak_mb']:12.0f}  "
            f"{r['loadavg_1m']:7.2f}"
        )
        if args.show_answers:
            for question, text in r["answers"]:
                print(f"    Q: {question}\n    A: {text!r}")


if __name__ == "__main__":
    main()
