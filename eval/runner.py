"""Run eval cases against a pipeline (in-process or over HTTP) and the `treaty-qa eval` entry
points: `eval_main`, `validate_main` and the CI `gate`."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import httpx
from pydantic import BaseModel

from eval.baseline import BaselinePipeline
from eval.compare import (
    ConfigError,
    ConfigSpec,
    Resources,
    build_distractor_collection,
    plan_configs,
)
from eval.dataset import DatasetError, DatasetFileError, EvalCase, load_cases, read_cases, validate
from eval.metrics import RETRIEVAL_DEPTH, Scores, judge, score
from eval.report import CaseRow, ConfigResult, RunResult, format_table, write_report
from qa.retrieve import Passage
from qa.schemas import AskRequest, AskResponse, Turn

if TYPE_CHECKING:
    from qa.config import Settings

GATE: list[tuple[str, float, Callable[[Scores], float | None]]] = [
    ("answer_accuracy", 0.9, lambda s: s.answer_accuracy),
    ("citation_recall", 0.95, lambda s: s.citation_recall),
    ("citation_precision", 0.8, lambda s: s.citation_precision),
    ("abstention_recall", 0.9, lambda s: s.abstention_recall),
]
# The dev set is gated on the targets above (the CI gate) and on what the default
# mode measured, less about one question's worth (0.03 of precision): CI fails on any
# regression below either. The other sets are gated on their own such floors: the targets
# are not met on every one of them yet (README, "Measured").
# - treaty_dev.jsonl: 0.973 / 0.973 / 0.954 / 1.000 (Round 27; 0.959 / 0.959 / 0.922 / 1.000
#   when these floors were set).
REGRESSION_FLOOR: dict[str, float] = {
    "answer_accuracy": 0.94,
    "citation_recall": 0.95,
    "citation_precision": 0.88,
    "abstention_recall": 0.96,
}
# The other sets, by file name (accuracy / citation recall / citation precision /
# abstention recall):
# - treaty_heldout.jsonl: written apart from the dev set, but its failures have since been
#   read while building rules; 0.929 / 0.929 / 0.903 / 1.000.
# - treaty_fresh.jsonl: written blind to the system (0.714 / 0.857 / 0.774 / 0.583 at its
#   first run); now 1.000 / 1.000 / 0.970 / 1.000.
# - treaty_blind2.jsonl … treaty_blind17.jsonl: each written blind (a helper saw only the
#   article and the format) and committed before its first run. First run → now:
#   - blind2: 0.846 / 0.846 / 0.697 / 0.500 → 0.962 / 0.962 / 0.897 / 0.929;
#   - blind3: 0.846 / 0.846 / 0.735 / 0.571 → 1.000 / 0.962 / 0.875 / 0.929;
#   - blind4: 0.923 / 0.885 / 0.793 / 0.571 → 1.000 / 1.000 / 0.929 / 0.929;
#   - blind5: 0.769 / 0.808 / 0.719 / 0.929 → 0.962 / 0.962 / 0.875 / 1.000;
#   - blind6: 0.846 / 0.846 / 0.758 / 0.571 → 1.000 / 1.000 / 0.938 / 0.857;
#   - blind7: 0.962 / 0.962 / 0.788 / 0.786 → 1.000 / 1.000 / 0.964 / 0.929;
#   - blind8: 0.808 / 0.885 / 0.750 / 0.714 → 0.962 / 1.000 / 0.933 / 0.929;
#   - blind9: 0.885 / 0.885 / 0.742 / 0.786 → 0.962 / 0.962 / 0.862 / 0.857;
#   - blind10: 0.885 / 0.885 / 1.000 / 0.500 → 0.923 / 0.923 / 1.000 / 0.857;
#   - blind11: 0.962 / 0.923 / 0.857 / 0.857 → 0.962 / 0.923 / 0.889 / 1.000;
#   - blind12: 0.846 / 0.846 / 0.846 / 0.571 → 1.000 / 1.000 / 1.000 / 0.857;
#   - blind13: 1.000 / 1.000 / 0.963 / 0.357 (held back: the same after blind12's changes)
#     → 1.000 / 1.000 / 0.963 / 0.857;
#   - blind14: 0.923 / 0.885 / 0.885 / 0.714 → 0.962 / 0.923 / 0.889 / 1.000;
#   - blind15: 1.000 / 1.000 / 0.929 / 0.357 (held back: 0.429 after blind14's changes)
#     → 1.000 / 1.000 / 0.929 / 0.786;
#   - blind16: 0.962 / 0.962 / 0.962 / 0.786 (held back to the end)
#     → 1.000 / 1.000 / 0.963 / 0.857;
#   - blind17: 0.962 / 0.962 / 1.000 / 0.929, run once, on the round's final code, unread.
# Round 9 (first or held-back runs → the round's final code):
#   - blind18: 0.923 / 0.923 / 0.857 / 0.786 (held back: the same) → 0.962 / 0.962 / 0.926 / 1.000;
#   - blind19: 0.808 / 0.808 / 0.840 / 0.714 → 1.000 / 1.000 / 0.963 / 1.000;
#   - blind20: 0.692 / 0.692 / 1.000 / 0.571 → 0.846 / 0.846 / 0.815 / 0.571;
#   - blind21: 1.000 / 1.000 / 0.929 / 0.429 (held back: the same) → 1.000 / 1.000 / 0.929 / 1.000;
#   - blind22: 0.577 / 0.538 / 0.609 / 0.571 → 0.962 / 0.923 / 0.828 / 0.857;
#   - blind23: 0.885 / 0.846 / 0.846 / 0.786 (held back: the same) → 1.000 / 0.962 / 0.893 / 0.929;
#   - blind24: 0.769 / 0.769 / 0.769 / 0.500 → 0.923 / 0.923 / 0.889 / 1.000;
#   - blind25: 0.808 / 0.769 / 0.714 / 0.786 → 0.923 / 0.885 / 0.852 / 0.786;
#   - blind26: 0.962 / 0.962 / 1.000 / 0.643 (held back: 0.714) → 1.000 / 1.000 / 0.963 / 0.857;
#   - blind27: 0.923 / 0.885 / 0.852 / 0.571 and blind28: 0.962 / 0.885 / 0.885 / 0.714, each
#     run once, on the round's final code, unread.
# Round 10 (first or held-back runs → the round's final code); the floors of every set
# whose scores rose were raised to them, less about one question's worth:
#   - blind29: 0.923 / 0.923 / 0.960 / 0.714 → 0.962 / 0.962 / 1.000 / 0.857;
#   - blind30: 0.923 / 0.923 / 0.889 / 0.571 → 1.000 / 1.000 / 0.963 / 1.000;
#   - blind31: 0.769 / 0.731 / 0.704 / 0.500 (held back to the end)
#     → 0.808 / 0.769 / 0.714 / 0.643;
#   - blind32: 0.962 / 0.923 / 0.857 / 0.714 (held back to the end)
#     → 1.000 / 0.962 / 0.862 / 0.714;
#   - blind33: 1.000 / 1.000 / 1.000 / 0.786 → 1.000 / 1.000 / 1.000 / 0.929;
#   - blind34: 0.923 / 0.923 / 0.889 / 0.643 → 1.000 / 0.962 / 0.926 / 1.000;
#   - blind35: 0.885 / 0.885 / 0.920 / 0.643 → 0.885 / 0.885 / 0.920 / 0.786;
#   - blind36: 1.000 / 1.000 / 1.000 / 1.000, blind37: 1.000 / 0.962 / 0.926 / 0.857 and
#     blind38: 0.962 / 0.962 / 0.893 / 0.500, each run once, on the round's final code, unread.
# Round 11 (first runs, before any change → the round's final code); raised floors again:
#   - blind39: 1.000 / 1.000 / 1.000 / 0.714 → 1.000 / 1.000 / 1.000 / 0.929;
#   - blind40: 0.885 / 0.885 / 0.885 / 0.786 (held back to the end) → the same;
#   - blind41: 0.923 / 0.923 / 0.960 / 0.643 → 0.962 / 0.962 / 0.962 / 1.000;
#   - blind42: 0.885 / 0.885 / 0.852 / 0.571 → 1.000 / 1.000 / 0.897 / 0.714;
#   - blind37 and blind38, read in Round 11: abstention 0.857 → 1.000 and 0.500 → 0.857.
# Round 12 (first runs, before any change → the round's final code):
#   - blind43: 0.538 / 0.538 / 0.933 / 1.000 → 1.000 / 1.000 / 1.000 / 1.000;
#   - blind44: 1.000 / 1.000 / 1.000 / 0.429 → 1.000 / 1.000 / 1.000 / 0.786;
#   - blind45: 0.885 / 0.885 / 1.000 / 0.429 (held back to the end) → the same;
#   - blind46: 0.808 / 0.808 / 0.840 / 0.786 → 0.885 / 0.885 / 0.852 / 0.786;
#   - blind40, read in Round 12: 0.885 / 0.885 / 0.885 / 0.786 → 0.962 / 0.962 / 0.926 / 1.000.
# Round 13 (first runs, before any change → the round's final code):
#   - blind47: 0.808 / 0.769 / 0.769 / 0.714 → 0.962 / 0.923 / 0.750 / 0.857;
#   - blind48: 0.885 / 0.885 / 0.958 / 0.643 → 1.000 / 0.962 / 0.962 / 0.929;
#   - blind49: 0.885 / 0.962 / 0.962 / 0.929 → 0.962 / 1.000 / 0.964 / 0.929;
#   - blind50: 1.000 / 1.000 / 0.897 / 0.786 (held back to the end) → the same;
#   - blind45, read in Round 13: 0.885 / 0.885 / 1.000 / 0.429 → 1.000 / 1.000 / 1.000 / 0.857;
#   - blind44: abstention 0.786 → 0.857 (a keyword query for a clause);
#   - citation precision raised on blind11, blind15, blind19, blind27, blind32 and blind37
#     (a photo's credit line cited alone, a claim's question read with the claim).
# Round 14 (first runs, before any change → the round's final code):
#   - blind51: 0.923 / 0.923 / 0.960 / 0.786 → 1.000 / 1.000 / 1.000 / 1.000;
#   - blind52: 0.885 / 0.846 / 0.852 / 0.643 → 0.923 / 0.923 / 0.833 / 1.000;
#   - blind53: 0.731 / 0.808 / 0.880 / 0.857 → 1.000 / 1.000 / 0.971 / 1.000;
#   - blind54: 0.769 / 0.692 / 0.621 / 0.429 (held back to the end) → 0.808 / 0.731 / 0.633 / 0.429;
#   - blind50, read in Round 14: 1.000 / 1.000 / 0.897 / 0.786 → 1.000 / 1.000 / 0.929 / 1.000;
#   - raised where scores rose: held-out abstention 0.917 → 1.000 (languages of the text),
#     blind47 0.857 → 0.929 (a renewal interval), blind49 accuracy 0.962 → 1.000 (which came
#     first), citation precision on blind3, blind6, blind11, blind18, blind30 and blind31 (a
#     runner-up that misses the question's premise stays out).
# Round 15 (first runs, before any change → the round's final code):
#   - blind55: 0.846 / 0.846 / 0.759 / 0.429 → 0.923 / 0.923 / 0.800 / 0.929;
#   - blind56: 1.000 / 1.000 / 0.963 / 0.786 → 1.000 / 1.000 / 0.963 / 1.000;
#   - blind57: 0.885 / 0.885 / 0.885 / 0.500 → 1.000 / 1.000 / 1.000 / 1.000;
#   - blind58: 0.808 / 0.808 / 0.840 / 0.714 (held back to the end) → the same;
#   - blind54, read in Round 15: 0.808 / 0.731 / 0.633 / 0.429 → 1.000 / 0.923 / 0.800 / 0.929;
#   - raised where scores rose: fresh precision 0.970 → 1.000 (one holder named once),
#     blind20 0.885 / 0.885 / 0.821 / 0.786 → 0.923 / 0.923 / 0.828 / 0.857, blind25
#     accuracy 0.923 → 0.962 and abstention 0.857 → 0.929 ("Who is boss of Iran?", "Who
#     is president of Ukraine?"), blind35, blind45 and blind46 abstention (0.857 → 0.929,
#     0.857 → 0.929, 0.786 → 0.857), blind38 precision 0.893 → 0.926.
# Round 16 (first runs, before any change → the round's final code):
#   - blind59: 0.885 / 0.846 / 0.880 / 0.571 → 1.000 / 0.962 / 0.926 / 0.929;
#   - blind60: 0.962 / 0.962 / 0.926 / 0.571 → 1.000 / 1.000 / 0.963 / 0.929;
#   - blind61: 0.962 / 0.962 / 0.893 / 0.643 → 0.962 / 0.962 / 0.893 / 1.000;
#   - blind62: 0.923 / 0.923 / 0.857 / 0.857 (held back to the end) → the same;
#   - blind58, read in Round 16: 0.808 / 0.808 / 0.840 / 0.714 → 0.962 / 0.962 / 0.962 / 1.000;
#   - raised where scores rose: blind46 abstention 0.857 → 0.929 ("Which Western
#     governments in particular raised …?"), blind32 abstention 0.714 → 0.786 (a yes/no
#     question put as a statement: "Isn't it true that China signed on …?"), precision on blind22 (0.833 → 0.862) and
#     blind47 (0.750 → 0.774) ("in his own words" needs quotation marks, "What name did
#     officials use?" asks for a name).
# Round 17 (first runs, before any change → the round's final code):
#   - blind63: 1.000 / 1.000 / 0.963 / 0.714 → 1.000 / 1.000 / 0.963 / 0.857;
#   - blind64: 0.385 / 0.385 / 0.688 / 0.929 → 0.885 / 0.846 / 0.857 / 1.000;
#   - blind65: 0.923 / 0.885 / 0.885 / 0.857 (held back to the end) → the same;
#   - blind66: 0.923 / 0.923 / 0.857 / 0.643 → 1.000 / 1.000 / 0.897 / 0.929;
#   - blind62, read in Round 17: 0.923 / 0.923 / 0.857 / 0.857 → 0.962 / 0.962 / 0.912 / 1.000;
#   - raised where scores rose: blind42 precision 0.897 → 0.929 and abstention 0.714 →
#     0.857 (a preamble dropped before a question that stands on its own); precision on
#     blind2 (0.897 → 0.929), blind4 (0.929 → 0.963), blind16 (0.963 → 1.000) and blind49
#     (0.967 → 1.000) (a part of a compound question keeps or shares one sentence).
# Round 18 (first runs, before any change → the round's final code):
#   - blind67: 0.846 / 0.846 / 0.786 / 0.786 → 0.923 / 0.923 / 0.774 / 0.929;
#   - blind68: 1.000 / 0.950 / 0.905 / 0.950 → the same;
#   - blind69: 0.923 / 0.962 / 1.000 / 0.357 → 0.962 / 1.000 / 1.000 / 0.929;
#   - blind70: 0.923 / 0.923 / 0.923 / 0.786 (held back to the end) → the same;
#   - blind65, read in Round 18: 0.923 / 0.885 / 0.885 / 0.857 → 0.962 / 0.962 / 0.962 / 1.000;
#   - raised where scores rose: abstention on blind9 (0.929 → 1.000: "Why did the
#     outgoing US administration slap new sanctions …?") and blind33 (0.929 → 1.000:
#     "… such as gas pipelines or nuclear plants …"), blind6 precision 0.968 → 1.000.
# Round 19 (first runs, before any change → the round's final code):
#   - blind71: 0.962 / 0.923 / 0.923 / 0.786 (held back to the end) → the same;
#   - blind72: 0.538 / 0.846 / 1.000 / 0.929 → 0.962 / 1.000 / 1.000 / 0.929;
#   - blind73: 0.885 / 0.885 / 0.852 / 0.786 → 0.885 / 0.885 / 0.852 / 0.857;
#   - blind74: 0.885 / 0.885 / 0.920 / 0.571 → 0.962 / 0.962 / 0.926 / 0.929;
#   - blind70, read in Round 19: 0.923 / 0.923 / 0.923 / 0.786 → 1.000 / 1.000 / 0.963 / 0.929;
#   - raised where scores rose: blind29 accuracy and citation recall 0.962 → 1.000 ("What
#     is the formal name of the pact signed by Putin and Pezeshkian?"), blind63 abstention
#     0.857 → 0.929 ("Would the treaty survive a change of government in Iran?").
# Round 20 (first runs, before any change → the round's final code):
#   - blind75: 0.808 / 0.808 / 0.913 / 0.786 → 1.000 / 1.000 / 1.000 / 0.929;
#   - blind76: 0.846 / 0.808 / 0.778 / 0.786 → 0.923 / 0.885 / 0.885 / 0.929;
#   - blind77: 0.692 / 0.692 / 0.750 / 0.929 → 0.962 / 0.962 / 0.862 / 1.000;
#   - blind78: 1.000 / 0.962 / 0.926 / 0.929 (held back to the end) → 1.000 / 1.000 / 1.000 / 0.929;
#   - blind71, read in Round 20: 0.962 / 0.923 / 0.923 / 0.786 → 0.962 / 0.962 / 0.962 / 1.000;
#   - raised where scores rose, on blind2, blind3, blind5, blind22, blind23, blind25,
#     blind27, blind28, blind31, blind32, blind35, blind37, blind40, blind48, blind54,
#     blind55, blind62, blind66, blind68 and blind73: mostly citation recall and precision
#     where a photo question's gold takes the repeated caption's credit, now indexed and
#     cited, and accuracy or abstention where "Where did they sign it?", a deed of another
#     doer, or another country's agency or general is now read;
#   - **lowered**: blind8 citation precision 0.89 → 0.83. Its photo question's gold takes
#     the first caption's credit, which the repeated caption's now outranks, and one
#     answer gained a runner-up whose score the new chunk moved within reach.
# Round 21 (first runs, before any change → the round's final code):
#   - blind79: 0.923 / 0.923 / 0.889 / 0.286 → 1.000 / 1.000 / 0.929 / 0.929;
#   - blind80: 0.769 / 0.769 / 0.870 / 0.786 (held back until the readings were done:
#     the same at 9549ba5) → 0.923 / 0.923 / 0.923 / 0.929 after it was read;
#   - blind81: 0.962 / 0.962 / 0.926 / 0.786 → 0.962 / 0.962 / 0.926 / 0.929;
#   - blind82: 1.000 / 1.000 / 1.000 / 0.786 → 1.000 / 1.000 / 0.963 / 0.929;
#   - blind78, read in Round 21: 1.000 / 1.000 / 1.000 / 0.929 → 1.000 / 1.000 / 1.000 /
#     1.000 ("What post did Sergei Lavrov hold before becoming …?" is refused).
# Round 22 (first runs, before any change → the round's final code):
#   - blind83: 0.885 / 0.846 / 0.846 / 0.500 → 0.923 / 0.885 / 0.852 / 1.000;
#   - blind84: 0.923 / 0.923 / 0.923 / 0.857 → 1.000 / 1.000 / 0.963 / 1.000;
#   - blind85: 0.846 / 0.846 / 1.000 / 0.857 → 1.000 / 1.000 / 0.963 / 1.000;
#   - blind86: 1.000 / 1.000 / 1.000 / 0.571 (held back until the readings were done: the
#     same there) → 1.000 / 1.000 / 1.000 / 1.000 after it was read;
#   - raised where scores rose: abstention on blind31 (0.71 → 0.78), blind42 (0.78 → 0.85:
#     "Where was the Russian foreign minister when he made those remarks …?") and blind68
#     (0.90 → 0.95: "What was the name of the person accused of the alleged Iranian plot
#     …?").
# Round 23 (first runs, before any change → the round's final code):
#   - blind87: 0.923 / 0.885 / 0.885 / 0.500 → 1.000 / 0.962 / 0.962 / 0.857;
#   - blind88: 0.846 / 0.808 / 0.955 / 1.000 → 1.000 / 0.962 / 0.962 / 1.000;
#   - blind89: 0.923 / 0.923 / 0.960 / 0.643 (held back until the readings were done: the
#     same there) → 1.000 / 1.000 / 1.000 / 0.643 after it was read;
#   - blind90: 1.000 / 0.962 / 0.962 / 0.714 → 1.000 / 0.962 / 0.962 / 1.000;
#   - blind91 (a second code-switching set, written after blind87 was read and never read
#     itself): 0.846 / 0.846 / 0.957 / 0.714 before the round's changes → 1.000 / 0.962 /
#     0.893 / 0.929;
#   - second batch: blind92: 1.000 / 1.000 / 1.000 / 0.786 → 1.000 / 1.000 / 1.000 / 1.000;
#     blind93: 0.962 / 0.923 / 0.960 / 0.571 (held back until blind92's readings were done:
#     the same there) → 1.000 / 0.962 / 0.962 / 0.857 after it was read.
# Round 24 (first runs, before any change → the round's final code):
#   - blind94: 0.846 / 0.846 / 0.846 / 0.714 → 0.885 / 0.885 / 0.852 / 0.786;
#   - blind95: 0.962 / 0.962 / 0.962 / 0.643 (held back until the readings were done: the
#     same there) → 1.000 / 1.000 / 0.963 / 0.929 after it was read;
#   - blind96: 0.885 / 0.885 / 0.920 / 0.571 → 0.962 / 0.962 / 0.962 / 0.929;
#   - blind97: 0.769 / 0.769 / 0.909 / 0.643 → 0.885 / 0.885 / 0.920 / 1.000;
#   - second batch: blind98: 0.885 / 0.846 / 0.880 / 0.714 → 0.885 / 0.846 / 0.880 / 0.857;
#     blind99: 0.962 / 0.962 / 0.926 / 0.857 (held back until blind98's readings were
#     done: 0.962 / 0.962 / 0.926 / 0.929 there) → 1.000 / 1.000 / 0.929 / 0.929 after it
#     was read;
#   - raised where scores rose: abstention on blind42 (0.85 → 0.92: "Which rebel faction
#     led that offensive, and who was its commander at the time?").
# Round 25 (first runs, before any change → the round's final code):
#   - blind100: 1.000 / 1.000 / 0.963 / 0.643 → 1.000 / 1.000 / 0.963 / 1.000;
#   - blind101: 0.846 / 0.808 / 0.955 / 0.643 → 1.000 / 0.962 / 0.962 / 0.857;
#   - blind102: 0.846 / 0.846 / 0.917 / 0.571 → 0.962 / 0.962 / 0.962 / 1.000;
#   - blind103: 0.962 / 0.962 / 0.962 / 0.571 (held back until the readings were done:
#     0.962 / 0.962 / 0.962 / 0.643 there) → 1.000 / 1.000 / 1.000 / 0.929 after it was read;
#   - second batch: blind104: 0.846 / 0.846 / 0.880 / 0.643 → 0.923 / 0.923 / 0.889 / 0.857;
#     blind105: 0.962 / 0.923 / 0.889 / 0.643 (held back until blind104's readings were
#     done: the same there) → 0.962 / 0.923 / 0.889 / 0.857 after it was read;
#   - raised where scores rose: abstention on blind59, blind94 and blind98 (the weather and
#     what Trump did after taking office are refused now: 0.85 → 0.92, 0.71 → 0.85, 0.78 →
#     0.92).
# Round 26 (first runs, before any change → the round's final code):
#   - blind106: 1.000 / 1.000 / 1.000 / 0.714 → 1.000 / 1.000 / 1.000 / 1.000;
#   - blind107: 0.962 / 0.962 / 0.893 / 0.714 → 1.000 / 1.000 / 0.897 / 0.714;
#   - blind108: 1.000 / 1.000 / 1.000 / 0.857 (held back until the readings were done: the
#     same there) → 1.000 / 1.000 / 1.000 / 1.000 after it was read;
#   - blind109: 0.769 / 0.769 / 0.952 / 0.643 → 1.000 / 0.962 / 0.926 / 0.857;
#   - blind110: 0.885 / 0.846 / 0.923 / 0.643 → 1.000 / 1.000 / 0.966 / 0.929;
#   - blind111: 0.731 / 0.731 / 0.864 / 0.857 → 1.000 / 1.000 / 0.963 / 1.000;
#   - second batch, first run on the round's final code: blind112: 0.692 / 0.692 / 0.900 /
#     0.857 → 0.962 / 0.962 / 0.962 / 0.929 after it was read; blind113: 0.962 / 0.923 /
#     0.960 / 0.786, held back unread (the same after blind112's change);
#   - raised where scores rose: abstention on blind99 (0.85 → 0.92: "Who is Iran's foreign
#     minister who went along on this trip? The article names …, come on!").
# Round 27 (first runs, before any change → the round's final code):
#   - blind114: 0.885 / 0.885 / 0.958 / 1.000 → 0.962 / 0.962 / 1.000 / 1.000;
#   - blind115: 1.000 / 0.962 / 0.962 / 0.786 → 1.000 / 0.962 / 0.962 / 0.929;
#   - blind116: 0.962 / 0.962 / 0.926 / 0.857 → 1.000 / 1.000 / 0.963 / 0.929;
#   - blind117: 0.808 / 0.769 / 0.870 / 0.714 → 1.000 / 0.962 / 0.962 / 0.929;
#   - blind118: 0.962 / 0.962 / 0.962 / 0.714 → 1.000 / 1.000 / 1.000 / 0.929;
#   - blind119: 1.000 / 1.000 / 0.929 / 0.786 (held back until the readings were done: the
#     same there) → 1.000 / 1.000 / 0.963 / 1.000 after it was read;
#   - second batch, first run on the round's final code: blind120: 0.923 / 0.923 / 0.923 /
#     0.571 → 0.962 / 0.962 / 0.926 / 0.714 after it was read; blind121: 0.923 / 0.923 /
#     0.923 / 0.714, held back until blind120 was read (the same there), then read and left
#     for the next round;
#   - raised where scores rose: blind113, read this round (0.962 / 0.923 / 0.960 / 0.786 at
#     its first run on Round 26's final code → 1.000 / 0.962 / 0.962 / 1.000).
# Round 28 (first runs, on Round 27's final code → the round's final code, fbc49d5):
#   - blind122: 0.962 / 0.923 / 0.923 / 0.929 → 0.962 / 0.923 / 0.960 / 1.000;
#   - blind123: 0.615 / 0.615 / 0.696 / 0.714 → 0.923 / 0.923 / 0.857 / 0.714;
#   - blind124: 0.846 / 0.846 / 1.000 / 0.857, held back (some of its questions were seen
#     in a scan across the sets before its held-back run; no change was made for it) →
#     0.923 / 0.923 / 1.000 / 1.000 there, then read;
#   - blind125: 0.846 / 0.846 / 1.000 / 0.500 → 1.000 / 0.962 / 0.962 / 0.714;
#   - blind126: 0.962 / 0.962 / 1.000 / 0.786 → 1.000 / 1.000 / 1.000 / 0.929;
#   - blind127: 1.000 / 1.000 / 0.963 / 0.643, held back unread until the readings were done
#     (the same there), then read and left for the next round;
#   - raised where scores rose: blind121, read last round (0.923 / 0.923 / 0.923 / 0.714 →
#     1.000 / 1.000 / 0.963 / 1.000); abstention on blind16 (0.85 → 0.92), blind117
#     (0.85 → 0.92) and blind120 (0.64 → 0.71).
SET_FLOORS: dict[str, dict[str, float]] = {
    name: dict(
        zip(
            ("answer_accuracy", "citation_recall", "citation_precision", "abstention_recall"),
            floors,
            strict=True,
        )
    )
    for name, floors in {
        "treaty_heldout.jsonl": (0.89, 0.89, 0.87, 0.91),
        "treaty_fresh.jsonl": (0.96, 0.96, 0.96, 0.91),
        "treaty_blind2.jsonl": (0.92, 0.92, 0.92, 0.92),
        "treaty_blind3.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind4.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind5.jsonl": (0.96, 0.96, 0.86, 0.92),
        "treaty_blind6.jsonl": (0.96, 0.96, 0.96, 0.78),
        "treaty_blind7.jsonl": (0.96, 0.96, 0.93, 0.92),
        "treaty_blind8.jsonl": (0.92, 0.96, 0.83, 0.85),
        "treaty_blind9.jsonl": (0.92, 0.92, 0.89, 0.92),
        "treaty_blind10.jsonl": (0.92, 0.88, 0.96, 0.78),
        "treaty_blind11.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind12.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind13.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind14.jsonl": (0.96, 0.92, 0.92, 0.92),
        "treaty_blind15.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind16.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind17.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind18.jsonl": (0.96, 0.96, 0.96, 0.96),
        "treaty_blind19.jsonl": (0.96, 0.96, 0.96, 0.96),
        "treaty_blind20.jsonl": (0.88, 0.88, 0.78, 0.78),
        "treaty_blind21.jsonl": (0.96, 0.96, 0.92, 0.96),
        "treaty_blind22.jsonl": (0.96, 0.96, 0.82, 0.85),
        "treaty_blind23.jsonl": (0.96, 0.92, 0.88, 0.92),
        "treaty_blind24.jsonl": (0.96, 0.96, 0.92, 0.96),
        "treaty_blind25.jsonl": (0.92, 0.85, 0.84, 0.85),
        "treaty_blind26.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind27.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind28.jsonl": (0.96, 0.88, 0.88, 0.92),
        "treaty_blind29.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind30.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind31.jsonl": (0.80, 0.76, 0.70, 0.78),
        "treaty_blind32.jsonl": (0.96, 0.96, 0.88, 0.71),
        "treaty_blind33.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind34.jsonl": (0.96, 0.92, 0.89, 0.92),
        "treaty_blind35.jsonl": (0.88, 0.88, 0.92, 0.85),
        "treaty_blind36.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind37.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind38.jsonl": (0.92, 0.92, 0.88, 0.78),
        "treaty_blind39.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind40.jsonl": (0.96, 0.96, 0.88, 0.92),
        "treaty_blind41.jsonl": (0.92, 0.92, 0.92, 0.92),
        "treaty_blind42.jsonl": (0.96, 0.96, 0.88, 0.92),
        "treaty_blind43.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind44.jsonl": (0.96, 0.96, 0.96, 0.78),
        "treaty_blind45.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind46.jsonl": (0.84, 0.84, 0.81, 0.85),
        "treaty_blind47.jsonl": (0.92, 0.88, 0.73, 0.85),
        "treaty_blind48.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind49.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind50.jsonl": (0.96, 0.96, 0.89, 0.92),
        "treaty_blind51.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind52.jsonl": (0.88, 0.88, 0.80, 0.92),
        "treaty_blind53.jsonl": (0.96, 0.96, 0.94, 0.92),
        "treaty_blind54.jsonl": (0.96, 0.88, 0.76, 0.92),
        "treaty_blind55.jsonl": (0.92, 0.92, 0.76, 0.85),
        "treaty_blind56.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind57.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind58.jsonl": (0.92, 0.92, 0.92, 0.92),
        "treaty_blind59.jsonl": (0.96, 0.92, 0.88, 0.92),
        "treaty_blind60.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind61.jsonl": (0.92, 0.92, 0.85, 0.92),
        "treaty_blind62.jsonl": (0.92, 0.96, 0.90, 0.92),
        "treaty_blind63.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind64.jsonl": (0.84, 0.80, 0.81, 0.92),
        "treaty_blind65.jsonl": (0.92, 0.92, 0.92, 0.92),
        "treaty_blind66.jsonl": (0.96, 0.96, 0.85, 0.92),
        "treaty_blind67.jsonl": (0.88, 0.88, 0.73, 0.85),
        "treaty_blind68.jsonl": (0.95, 0.95, 0.96, 0.95),
        "treaty_blind69.jsonl": (0.92, 0.96, 0.96, 0.85),
        "treaty_blind70.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind71.jsonl": (0.92, 0.92, 0.92, 0.92),
        "treaty_blind72.jsonl": (0.92, 0.96, 0.96, 0.85),
        "treaty_blind73.jsonl": (0.92, 0.92, 0.82, 0.78),
        "treaty_blind74.jsonl": (0.92, 0.92, 0.88, 0.85),
        "treaty_blind75.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind76.jsonl": (0.88, 0.84, 0.84, 0.85),
        "treaty_blind77.jsonl": (0.92, 0.92, 0.82, 0.92),
        "treaty_blind78.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind79.jsonl": (0.96, 0.96, 0.88, 0.85),
        "treaty_blind80.jsonl": (0.88, 0.88, 0.88, 0.85),
        "treaty_blind81.jsonl": (0.92, 0.92, 0.88, 0.85),
        "treaty_blind82.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind83.jsonl": (0.88, 0.84, 0.81, 0.92),
        "treaty_blind84.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind85.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind86.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind87.jsonl": (0.96, 0.92, 0.92, 0.78),
        "treaty_blind88.jsonl": (0.96, 0.92, 0.92, 0.92),
        "treaty_blind89.jsonl": (0.96, 0.96, 0.96, 0.57),
        "treaty_blind90.jsonl": (0.96, 0.92, 0.92, 0.92),
        "treaty_blind91.jsonl": (0.96, 0.92, 0.85, 0.85),
        "treaty_blind92.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind93.jsonl": (0.96, 0.92, 0.92, 0.78),
        "treaty_blind94.jsonl": (0.84, 0.84, 0.81, 0.85),
        "treaty_blind95.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind96.jsonl": (0.92, 0.92, 0.92, 0.85),
        "treaty_blind97.jsonl": (0.84, 0.84, 0.88, 0.92),
        "treaty_blind98.jsonl": (0.84, 0.80, 0.84, 0.92),
        "treaty_blind99.jsonl": (0.96, 0.96, 0.88, 0.92),
        "treaty_blind100.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind101.jsonl": (0.96, 0.92, 0.92, 0.78),
        "treaty_blind102.jsonl": (0.92, 0.92, 0.92, 0.92),
        "treaty_blind103.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind104.jsonl": (0.88, 0.88, 0.84, 0.78),
        "treaty_blind105.jsonl": (0.92, 0.88, 0.84, 0.78),
        "treaty_blind106.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind107.jsonl": (0.96, 0.96, 0.85, 0.64),
        "treaty_blind108.jsonl": (0.96, 0.96, 0.96, 0.92),
        "treaty_blind109.jsonl": (0.96, 0.92, 0.88, 0.78),
        "treaty_blind110.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind111.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind112.jsonl": (0.92, 0.92, 0.92, 0.85),
        "treaty_blind113.jsonl": (0.96, 0.92, 0.92, 0.92),
        "treaty_blind114.jsonl": (0.92, 0.92, 0.96, 0.92),
        "treaty_blind115.jsonl": (0.96, 0.92, 0.92, 0.85),
        "treaty_blind116.jsonl": (0.96, 0.96, 0.92, 0.85),
        "treaty_blind117.jsonl": (0.96, 0.92, 0.92, 0.92),
        "treaty_blind118.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind119.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind120.jsonl": (0.92, 0.92, 0.88, 0.71),
        "treaty_blind121.jsonl": (0.96, 0.96, 0.92, 0.92),
        "treaty_blind122.jsonl": (0.92, 0.88, 0.92, 0.92),
        "treaty_blind123.jsonl": (0.88, 0.88, 0.81, 0.64),
        "treaty_blind124.jsonl": (0.88, 0.88, 0.96, 0.92),
        "treaty_blind125.jsonl": (0.96, 0.92, 0.92, 0.64),
        "treaty_blind126.jsonl": (0.96, 0.96, 0.96, 0.85),
        "treaty_blind127.jsonl": (0.96, 0.96, 0.92, 0.57),
    }.items()
}


class TargetError(RuntimeError):
    """Raised when a server answers an eval request with an error status."""


class PassageLike(Protocol):
    """What the eval reads from a retrieved passage."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...


@runtime_checkable
class Target(Protocol):
    """A question-answering system under test (QAPipeline, HttpTarget, BaselinePipeline)."""

    def ask(self, request: AskRequest) -> AskResponse: ...

    def retrieve(
        self, question: str, history: Sequence[Turn] = (), top_k: int | None = None
    ) -> Sequence[PassageLike]: ...


class HttpReply(Protocol):
    """The parts of an httpx response the eval reads."""

    @property
    def is_error(self) -> bool: ...

    @property
    def status_code(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def content(self) -> bytes: ...


class HttpClient(Protocol):
    """An httpx-style client whose base_url is the server (httpx.Client, TestClient)."""

    def post(self, url: str, *, json: object = None) -> HttpReply: ...


class _RetrieveReply(BaseModel):
    passages: list[Passage]


class HttpTarget:
    """A running server reached through an HTTP client whose base_url is the server."""

    def __init__(self, client: HttpClient) -> None:
        self.client = client

    def _post(self, path: str, body: object) -> bytes:
        response = self.client.post(path, json=body)
        if response.is_error:
            raise TargetError(f"POST {path} -> {response.status_code}: {response.text[:300]}")
        return response.content

    def ask(self, request: AskRequest) -> AskResponse:
        """POST /v1/ask."""
        return AskResponse.model_validate_json(
            self._post("/v1/ask", request.model_dump(mode="json", exclude_none=True))
        )

    def retrieve(
        self, question: str, history: Sequence[Turn] = (), top_k: int | None = None
    ) -> list[Passage]:
        """POST /v1/retrieve."""
        body: dict[str, object] = {
            "question": question,
            "history": [t.model_dump() for t in history],
        }
        if top_k is not None:
            body["top_k"] = top_k
        return _RetrieveReply.model_validate_json(self._post("/v1/retrieve", body)).passages


def _error_response() -> AskResponse:
    return AskResponse(answer="", citations=[], abstained=False, mode="extractive")


def evaluate_case(case: EvalCase, target: Target) -> CaseRow:
    """Ask one question, retrieve the top 10 for it, and judge the answer."""
    error: str | None = None
    started = time.perf_counter()
    try:
        response = target.ask(AskRequest(question=case.question, history=case.history))
        wall_ms = (time.perf_counter() - started) * 1000
        passages = list(target.retrieve(case.question, case.history, top_k=RETRIEVAL_DEPTH))
    except Exception as exc:  # recorded in the row: one bad question must not end the run
        error = f"{type(exc).__name__}: {exc}"
        wall_ms = (time.perf_counter() - started) * 1000
        response, passages = _error_response(), []
    return CaseRow(
        id=case.id,
        question=case.question,
        answerable=case.answerable,
        expected=case.answers,
        answer=response.answer,
        abstained=response.abstained,
        mode="error" if error else response.mode,
        citations=response.citations,
        retrieved=[p.id for p in passages],
        verdict=judge(case, response, [p.text for p in passages]),
        timings_ms=response.timings_ms,
        wall_ms=round(wall_ms, 2),
        error=error,
    )


def run_eval(
    cases: Sequence[EvalCase],
    target: Target | HttpClient,
    *,
    on_row: Callable[[CaseRow], None] | None = None,
) -> RunResult:
    """Evaluate every case against a pipeline, or a server through an httpx-style client."""
    system = target if isinstance(target, Target) else HttpTarget(target)
    rows: list[CaseRow] = []
    for case in cases:
        rows.append(evaluate_case(case, system))
        if on_row:
            on_row(rows[-1])
    ok = [row for row in rows if row.error is None]
    scores = score(
        [row.verdict for row in rows], [row.timings_ms for row in ok], errors=len(rows) - len(ok)
    )
    return RunResult(scores=scores, rows=rows)


def gate(scores: Scores, minimums: dict[str, float] | None = None) -> list[str]:
    """Failures against the targets, or against `minimums` when given (empty: passed)."""
    failures = []
    for name, target, get in GATE:
        minimum = target if minimums is None else minimums[name]
        value = get(scores)
        if value is None:
            failures.append(f"{name} is undefined: no cases or citations to measure it on")
        elif value < minimum:
            failures.append(f"{name} {value:.3f} < {minimum}")
    return failures


def validate_main(path: Path, corpus: Path) -> int:
    """`treaty-qa eval validate FILE`: print every bad line and problem; 0 when there are
    none, 1 when there are some, 2 when the file or the corpus cannot be read."""
    from ingest.load import load_corpus

    try:
        cases, bad_lines = read_cases(path)
        documents = load_corpus([corpus]).documents
    except (DatasetFileError, FileNotFoundError) as exc:
        print(f"treaty-qa eval validate: {exc}", file=sys.stderr)
        return 2
    for bad_line in bad_lines:
        print(bad_line, file=sys.stderr)
    problems = validate(cases, {d.source: d.text for d in documents})
    for problem in problems:
        print(f"{path}: {problem}")
    found = [f"{len(bad_lines)} bad line(s)"] if bad_lines else []
    found += [f"{len(problems)} problem(s)"] if problems else []
    verdict = ", ".join(found) or "ok"
    print(f"{path}: {len(cases)} cases, {len(documents)} corpus documents: {verdict}")
    return 1 if found else 0


def _run_config(
    cases: Sequence[EvalCase],
    spec: ConfigSpec,
    settings: Settings,
    resources: Resources,
    *,
    distractors: str | None = None,
) -> ConfigResult:
    from tqdm import tqdm

    target = resources.target(spec, settings)
    label = f"{spec.label} +{distractors}" if distractors else spec.label
    try:
        with tqdm(total=len(cases), desc=label, unit="q", leave=False, file=sys.stderr) as bar:

            def advance(_: CaseRow) -> None:
                bar.update()

            run = run_eval(cases, target, on_row=advance)
    finally:
        if isinstance(target, BaselinePipeline):
            target.close()
    return ConfigResult(
        name=f"{spec.name}@{distractors}" if distractors else spec.name,
        label=label,
        retrieval=spec.retrieval,
        llm_mode=spec.llm_mode,
        collection="(temporary)" if spec.baseline else settings.collection,
        scores=run.scores,
        rows=run.rows,
    )


def _run_in_process(
    cases: Sequence[EvalCase], specs: Sequence[ConfigSpec], distractors: str | None, base: Settings
) -> list[ConfigResult]:
    resources = Resources.load(base)
    results = [_run_config(cases, spec, base, resources) for spec in specs]
    if distractors == "wiki":
        wiki = build_distractor_collection(resources, base)
        results += [
            _run_config(cases, spec, wiki, resources, distractors="wiki")
            for spec in specs
            if not spec.baseline  # the tutorial builds its own index; distractors would re-embed
        ]
    return results


def _run_http(cases: Sequence[EvalCase], url: str, settings: Settings) -> ConfigResult:
    keys = [k.get_secret_value() for k in settings.api_keys]
    headers = {"Authorization": f"Bearer {keys[0]}"} if keys else {}
    timeout = httpx.Timeout(settings.llm_timeout_s + 30)
    with httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout) as client:
        run = run_eval(cases, client)
    modes = sorted({row.mode for row in run.rows if row.error is None})
    return ConfigResult(
        name="http",
        label=f"server {url}",
        retrieval="server",
        llm_mode="/".join(modes) or "?",
        collection="server",
        scores=run.scores,
        rows=run.rows,
    )


def eval_main(
    *,
    questions: Path,
    url: str | None,
    modes: list[str],
    compare: bool,
    configs: list[str] | None,
    distractors: str | None,
    out: Path,
    limit: int | None,
    settings: Settings,
) -> int:
    """`treaty-qa eval`: run the configurations, write the report, print the table. Returns 0,
    or 1 when nothing could run or every question of a configuration failed."""
    from ingest.embed import EmbeddingModelMissingError
    from ingest.store import StoreUnavailableError

    try:
        cases = load_cases(questions)[:limit]
    except DatasetError as exc:
        print(f"treaty-qa eval: {exc}", file=sys.stderr)
        return 2
    try:
        if distractors not in (None, "wiki"):
            raise ConfigError(f"unknown distractor set {distractors!r}: use 'wiki'")
        if url:
            if compare or configs or distractors:
                raise ConfigError(
                    "--compare, --configs and --distractors run in-process: drop --url"
                )
            results = [_run_http(cases, url, settings)]
        else:
            specs = plan_configs(
                compare=compare,
                configs=configs,
                modes=modes,
                openai_ready=bool(settings.llm_base_url),
            )
            results = _run_in_process(cases, specs, distractors, settings)
    except (ConfigError, EmbeddingModelMissingError, StoreUnavailableError) as exc:
        print(f"treaty-qa eval: {exc}", file=sys.stderr)
        return 1
    print(format_table(results))
    failures = gate(results[0].scores)
    print(f"gate ({results[0].label}): " + ("pass" if not failures else "; ".join(failures)))
    try:
        files = write_report(results, out, dataset=str(questions))
    except OSError as exc:  # --out was checked before the run; this is what changed since
        print(f"treaty-qa eval: cannot write the report in {out}: {exc}", file=sys.stderr)
        return 1
    print(f"report: {files.markdown}")
    broken = False
    for result in results:
        if result.scores.errors:
            first = next(row.error for row in result.rows if row.error)
            print(
                f"treaty-qa eval: {result.label}: {result.scores.errors} of {result.scores.cases} "
                f"questions failed; first: {first}",
                file=sys.stderr,
            )
            broken = broken or result.scores.errors == result.scores.cases
    return 1 if broken else 0
