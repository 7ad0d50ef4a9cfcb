"""A learner's English read in standard grammar ("what china said about this treaty").
Pure.

Readers who learnt English late type the question they mean with the grammar of their
own language: the auxiliary left out ("what zelensky say about …", "how many pages the
treaty have"), "how much" for a count ("how much year …"), a bare verb for the past
("who take the photo"), the question word where the answer goes ("joint news conference
was which day of week"), the auxiliary after the subject ("what Trump was say about …",
"Russia will build … because of this treaty?", "treaty have clause for …?"), the subject
before the question word ("China how react to …?") and a bare verb after "was" ("who
was arrest"); a question asked inside a sentence keeps a statement's order ("how many
years the negotiations lasted"), a doer may be asked in the passive ("By whom was the
photograph taken?", read "Who took the photograph?") and someone by what was done to
them ("the name of the person accused of …", read "Who was accused of …?"). MiniLM reads
them well enough; the rules that keep answers honest do not: "What did China say about
…?" is held to China's words, "what china said about …" was answered with Lavrov's. So
these few shapes are read in standard grammar before anything else reads the question;
everything else is left as typed.
"""

from __future__ import annotations

import re

from qa.framing import QUESTION_WORD

# Nouns counted with "how much" in place of "how many".
_COUNTED = r"years?|months?|weeks?|days?|decades?|articles?|pages?|drones?|countries|country"
_HOW_MUCH = re.compile(rf"\bhow\s+much\s+(?P<noun>{_COUNTED})\b", re.I)
# "what china said about", "what the kremlin say about", "what Trump was say about".
_SAID_ABOUT = re.compile(
    r"^(?P<wh>\W*(?:what|how))\s+(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)??)\s+"
    # "what Trump was say about": an auxiliary after the subject, not before it.
    r"(?:(?:was|is|were|are|did|does|do)\s+)?"
    r"(?P<verb>said|say|says|thought|think|thinks)\s+(?P<rest>(?:about|of)\b.*)$",
    re.I | re.S,
)
# "what did China say about …" has its auxiliary; "what was said about …" its subject.
_NOT_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|it|its)\b",
    re.I,
)
_INFINITIVE = {"said": "say", "says": "say", "thought": "think", "thinks": "think"}
# "who take the photo": a bare verb after "who" asks about a past deed.
_PAST = {
    "take": "took", "sign": "signed", "say": "said", "give": "gave", "meet": "met",
    "write": "wrote", "make": "made", "call": "called", "order": "ordered", "kill": "killed",
    "send": "sent", "report": "reported", "distribute": "distributed", "praise": "praised",
    "warn": "warned", "topple": "toppled", "provide": "provided", "threaten": "threatened",
}  # fmt: skip
_WHO_BARE = re.compile(rf"^(?P<who>\W*who)\s+(?P<verb>{'|'.join(_PAST)})\s+(?=\S)", re.I)
# "how many pages the treaty have", "how many articles it contain"; in the order of a
# question asked inside a sentence, "how many pages the treaty text runs to", "how many
# years the treaty negotiations lasted".
_HOW_MANY_HAVE = re.compile(
    r"^(?P<what>\W*how\s+many(?:\s+(?!(?:the|it|they|does|do|did|is|are|was|were|has|have|"
    r"will|would|can|could)\b)[\w’'-]+){1,4}?)\s+(?P<subject>the(?:\s+[\w’'-]+){1,3}?|it|they)"
    r"\s+(?P<verb>have|has|contains?|includes?|covers?|runs?|lasts?|lasted|took|takes?|ran)\b",
    re.I,
)
# The auxiliary and the bare verb a verb of `_HOW_MANY_HAVE` is asked with.
_ASKED_WITH = {
    "has": ("does", "have"), "contains": ("does", "contain"), "includes": ("does", "include"),
    "covers": ("does", "cover"), "runs": ("does", "run"), "lasts": ("does", "last"),
    "takes": ("does", "take"), "lasted": ("did", "last"), "took": ("did", "take"),
    "ran": ("did", "run"),
}  # fmt: skip
# "joint news conference was which day of week": the question word where the answer goes.
_FRONTED = re.compile(
    rf"^(?P<subject>(?!\W*(?:{QUESTION_WORD}|is|are|was|were|do|does|did)\b)[^?]{{3,60}}?)\s+"
    rf"(?P<verb>was|is|were|are)\s+(?P<wh>(?:which|what|when|where|who)\b[^?]*?)\s*\??\s*$",
    re.I | re.S,
)


# "Russia will build a power plant in Iran because of this treaty?": a yes/no question in
# the word order of a statement, its auxiliary after the subject.
_STATED = re.compile(
    rf"^(?P<lead>\W*)(?P<subject>(?!(?:{QUESTION_WORD}|is|are|was|were|do|does|did|has|have|"
    r"had|will|would|can|could|there|it|this|that)\b)(?:(?:the|this)\s+)?[\w’'-]+)\s+"
    r"(?P<aux>will|would|can|could|has|have|had|is|are|was|were)\s+"
    r"(?P<rest>(?![^?]*\b(?:" + QUESTION_WORD + r")\b)[^?]+\?)\s*$",
    re.I | re.S,
)
# "treaty have clause for mutual defense?": a deal's verb with no auxiliary before it.
_DEAL_HAS = re.compile(
    r"^(?P<lead>\W*)(?P<subject>(?:(?:the|this)\s+)?(?:new\s+)?(?:treaty|agreement|deal|pact|"
    r"accord))\s+(?P<verb>have|has|got|include|includes|contain|contains|cover|covers|mention|"
    r"mentions)\s+(?P<rest>(?![^?]*\b(?:" + QUESTION_WORD + r")\b)[^?]+\?)\s*$",
    re.I | re.S,
)
# "China how react to the treaty?": the subject before the question word.
_SUBJECT_FIRST = re.compile(
    r"^(?P<lead>\W*)(?P<subject>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)\s+"
    r"(?P<wh>how|why|when|where)\s+(?P<verb>(?!(?:is|are|was|were|do|does|did|has|have|had|"
    r"will|would|can|could|long|much|many|far|often|old)\b)(?![a-z]+ed\b)[a-z]+)\b",
    re.S,
)
# "Who police was arrest …?": a bare verb after "was" for its participle.
_PARTICIPLE = {
    "arrest": "arrested", "kill": "killed", "sign": "signed", "topple": "toppled",
    "renew": "renewed", "attack": "attacked", "invade": "invaded", "weaken": "weakened",
    "order": "ordered", "threaten": "threatened", "negotiate": "negotiated",
    "ratify": "ratified", "publish": "published", "sanction": "sanctioned", "give": "given",
    "take": "taken", "write": "written", "send": "sent", "hold": "held", "use": "used",
    "assassinate": "assassinated", "elect": "elected", "accuse": "accused", "target": "targeted",
}  # fmt: skip
# "By whom was the photograph taken?", "Who was the treaty signed by?": the doer asked in
# the passive, read in the active ("Who took the photograph?"), where the checks that a
# photo's credit or a signer answers look for it. A participle's past where it differs.
_PAST_OF = {
    "taken": "took", "given": "gave", "written": "wrote", "shown": "showed", "seen": "saw",
    "chosen": "chose", "spoken": "spoke", "drawn": "drew", "known": "knew", "begun": "began",
    "done": "did", "driven": "drove", "broken": "broke", "forgotten": "forgot",
}  # fmt: skip
_DONE_BY = (
    r"(?P<object>[^?]+?)\s+(?P<verb>[a-z]+(?:ed|en)|made|held|led|met|said|sent|shot|brought|"
    r"built|told|won|struck|paid|put|set|cut|hit|read|caught|taught|bought|thought|found)"
)
# The auxiliaries of a past passive: "was taken", "has been signed".
_PASSIVE = r"(?:was|were|has\s+been|have\s+been|had\s+been)"
_BY_WHOM = re.compile(
    rf"^(?P<lead>\W*)by\s+whom\s+{_PASSIVE}\s+{_DONE_BY}"
    r"(?P<rest>(?:\s+(?!by\b)[^?]*)?)\s*\?\s*$",
    re.I | re.S,
)
_WHO_BY = re.compile(
    rf"^(?P<lead>\W*)who(?:m)?\s+{_PASSIVE}\s+{_DONE_BY}"
    r"(?P<rest>(?:\s+(?!by\b)[^?]*?)?)\s+by\s*\?\s*$",
    re.I | re.S,
)
# "What was the name of the person accused of …?", "Who is the man who was charged …?":
# whoever underwent something, asked by a noun that says only that it is someone.
_SOMEONE_DONE = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?P<lead>\W*)(?:who\s+(?:is|was)|what\s+(?:is|was)\s+the\s+name\s+of)"
    r"\s+(?:the\s+)?"
    r"(?:person|man|woman|individual|suspect)\s+(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?"
    r"(?P<done>[a-z]+ed)\b(?P<rest>[^?]*)\?\s*$",
    re.I | re.S,
)
_WAS_BARE = re.compile(rf"\b(?P<was>was|were)\s+(?P<verb>{'|'.join(_PARTICIPLE)})\b", re.I)
# "This treaty got mutual defence clause or not?": "got" for "has", as many Englishes say.
_BASE = {"has": "have", "got": "have", "includes": "include", "contains": "contain",
         "covers": "cover", "mentions": "mention"}  # fmt: skip


# "What did China officially say …?", "Has Iran ever sent missiles?": a word that only
# stresses the verb, which the rules reading "did China say" would stop at. Not "actually"
# or "really", which set the answer against a claim ("Draft quotes Putin calling the deal
# a 'historic milestone.' What did he actually call it?").
_STRESSED = re.compile(
    r"\b(?P<aux>did|does|do|has|have|had|will|would)\s+"
    r"(?P<subject>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
    r"(?:officially|publicly|formally|ever|specifically)\s+(?=[a-z])",
    re.I,
)


def standard(question: str) -> str:
    """The question in standard grammar, or as typed when none of the shapes is in it."""
    question = _STRESSED.sub(lambda m: f"{m['aux']} {m['subject']} ", question)
    if (passive := _BY_WHOM.match(question) or _WHO_BY.match(question)) is not None:
        verb = passive["verb"].lower()
        question = (
            f"{passive['lead']}Who {_PAST_OF.get(verb, verb)} {passive['object']}{passive['rest']}?"
        )
    # Also after what the asker says first: "I'm a reporter. What was the name of …?"
    if (someone := _SOMEONE_DONE.search(question)) is not None:
        question = (
            f"{question[: someone.start()]}{someone['lead']}Who was {someone['done']}"
            f"{someone['rest']}?"
        )
    text = _HOW_MUCH.sub(lambda m: f"how many {_plural(m.group('noun'))}", question)
    if (said := _SAID_ABOUT.match(text)) is not None and not _NOT_SUBJECT.search(said["who"]):
        verb = _INFINITIVE.get(said["verb"].lower(), said["verb"].lower())
        text = f"{said['wh']} did {said['who']} {verb} {said['rest']}"
    if (bare := _WHO_BARE.match(text)) is not None:
        text = f"{bare['who']} {_PAST[bare['verb'].lower()]} {text[bare.end() :]}"
    if (have := _HOW_MANY_HAVE.match(text)) is not None:
        aux, verb = _ASKED_WITH.get(have["verb"].lower(), ("does", have["verb"].lower()))
        text = f"{have['what']} {aux} {have['subject']} {verb}{text[have.end() :]}"
    if (fronted := _FRONTED.match(text)) is not None:
        text = f"{fronted['wh']} {fronted['verb']} {fronted['subject'].strip()}?"
    if (first := _SUBJECT_FIRST.match(text)) is not None:
        text = (
            f"{first['lead']}{first['wh'].capitalize()} did {first['subject']} "
            f"{first['verb']}{text[first.end() :]}"
        )
    text = _WAS_BARE.sub(lambda m: f"{m['was']} {_PARTICIPLE[m['verb'].lower()]}", text)
    if (has := _DEAL_HAS.match(text)) is not None:
        verb = _BASE.get(has["verb"].lower(), has["verb"].lower())
        subject = has["subject"].lower()
        if not subject.startswith(("the ", "this ")):
            subject = f"the {subject}"
        text = f"{has['lead']}Does {subject} {verb} {has['rest']}"
    elif (stated := _STATED.match(text)) is not None:
        subject = stated["subject"]
        if not subject[:1].isupper() or subject.split()[0].lower() in {"the", "this"}:
            subject = subject[:1].lower() + subject[1:]
        text = f"{stated['lead']}{stated['aux'].capitalize()} {subject} {stated['rest']}"
    return text


def _plural(noun: str) -> str:
    noun = noun.lower()
    if noun == "country":
        return "countries"
    return noun if noun.endswith("s") else f"{noun}s"
