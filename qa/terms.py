"""Content terms of a text: lower-cased words minus stopwords, lightly stemmed. Pure."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from ingest.text import words

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "s",
        "t",
        "don",
        "isn",
        "aren",
        "wasn",
        "weren",
        "hasn",
        "haven",
        "hadn",
        "doesn",
        "didn",
        "won",
        "wouldn",
        "shan",
        "shouldn",
        "can't",
        "cannot",
        "let",
        "us",
        "tell",
        "say",
        "said",
        "says",
        "according",
        "did",
        "does",
        "do",
        "done",
        "get",
        "got",
        "go",
        "going",
        "went",
        "please",
        "article",
        "text",
        "treaty's",
        "whats",
        "what's",
        "who's",
    ]
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s")


def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'signed'/'signs'/'signing'."""
    word = word.removesuffix("'s").removesuffix("'")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in {"ies", "ied"} else base
    # "cite" and "citing" must meet at "cit"
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def terms(text: str) -> list[str]:
    """Stemmed content terms of a text, in order."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def idf_table(texts: Iterable[str]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term in a collection of texts."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update(set(terms(text)))
    return {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}


def unseen_idf(idf: dict[str, float]) -> float:
    """The idf given to a term the collection never contains."""
    return max(idf.values(), default=1.0) + 1.0


# Words news writing uses for one another (stems): a question's "envoy" is the article's
# "ambassador", its "top diplomat" a foreign minister, "speaking to reporters" a news
# conference. A question term is covered by the text's own word or by one of these; the
# relation runs one way ("diplomat" is covered by "minister", not "minister" by
# "ambassador").
EQUIVALENTS: dict[str, frozenset[str]] = {
    "envoy": frozenset({"ambassador"}),
    "ambassador": frozenset({"envoy"}),
    "diplomat": frozenset({"minister"}),
    "reporter": frozenset({"conferenc"}),
    "journalist": frozenset({"conferenc"}),
    "hail": frozenset({"prais"}),
    "talk": frozenset({"negoti"}),
    # To travel, fly or go somewhere is to visit it.
    "travel": frozenset({"visit", "trip"}),
    "fly": frozenset({"visit", "trip"}),
    "trip": frozenset({"visit"}),
    "negoti": frozenset({"talk"}),
    "busines": frozenset({"trad"}),
    # Whether something was "made public" or "disclosed" is what "undisclosed" answers;
    # a deal's "details" or "terms" are its "specifics".
    "public": frozenset({"disclos", "undisclos"}),
    "disclos": frozenset({"undisclos"}),
    "reveal": frozenset({"disclos", "undisclos"}),
    "publish": frozenset({"disclos", "undisclos", "public"}),
    "releas": frozenset({"disclos", "undisclos", "public"}),
    "detail": frozenset({"specific"}),
    # What is known of a deal is what has been disclosed.
    "know": frozenset({"disclos", "undisclos"}),
    "known": frozenset({"disclos", "undisclos"}),
    "term": frozenset({"specific"}),
    # Penalties one country imposes on another are sanctions; a reaction is a response.
    "penalty": frozenset({"sanction"}),
    "reaction": frozenset({"respons"}),
    "react": frozenset({"respons"}),
    # What alarms people worries them, is a concern, makes them fear.
    "worry": frozenset({"alarm", "concern", "fear"}),
    "concern": frozenset({"alarm", "worry", "fear"}),
    # So does what scares or frightens them, what they are afraid of.
    **{
        scared: frozenset({"alarm", "concern", "worry", "fear"})
        for scared in ("scar", "scary", "afraid", "frighten", "fear")
    },
    # To invade (to launch an assault on) a country is its invasion; a verb is its noun.
    "invad": frozenset({"invasion"}),
    "invasion": frozenset({"invad"}),
    "assault": frozenset({"invasion", "invad"}),
    # Bad things, problems, troubles and blows that befall a country are its setbacks.
    **{
        bad: frozenset({"setback"})
        for bad in ("bad", "problem", "troubl", "difficulty", "loss", "misfortun", "blow")
    },
    # The one who signs or distributes something is its signatory, signer, distributor.
    "signatory": frozenset({"sign"}),
    "signer": frozenset({"sign"}),
    "distributor": frozenset({"distribut"}),
    "decid": frozenset({"decision"}),
    "conclud": frozenset({"conclusion"}),
    # A killing is an assassination, a strike, a death.
    "kill": frozenset({"assassin", "assassinat", "strik", "death", "died", "dead"}),
    # To supply, deliver, ship, send or furnish something is to provide it ("give" is left
    # alone: "What term does the article give?" asks for no provision).
    **{
        given: frozenset({"provid"})
        for given in (
            "supply",
            "supp",
            "deliver",
            "shipp",
            "furnish",
            "send",
            "sent",
        )
    },
    # To oust, overthrow or depose a ruler is to topple him, in plain words or casual ones.
    **{
        ousted: frozenset({"toppl"})
        for ousted in ("oust", "overthrown", "overthrew", "overthrow", "depos", "turf", "boot")
    },
    # A deal's "duration" is how long it remains in force, its term.
    "dur": frozenset({"remain", "forc", "last", "term"}),
    # An analyst's words: a leader "eliminated" is killed, one "removed" from power toppled,
    # a group "degraded" weakened, a "conflict" a war.
    "eliminat": frozenset({"kill", "assassin", "assassinat", "strik", "death"}),
    "remov": frozenset({"toppl"}),
    "degrad": frozenset({"weaken"}),
    "conflict": frozenset({"war"}),
    "murder": frozenset({"assassin", "assassinat", "kill"}),
    "slain": frozenset({"assassin", "assassinat", "kill"}),
    # Ties are relations; to boost or bolster them is to enhance or strengthen them.
    "tie": frozenset({"rel", "relationship"}),
    "relationship": frozenset({"rel", "tie"}),
    "boost": frozenset({"enhanc", "strengthen"}),
    "bolster": frozenset({"enhanc", "strengthen"}),
    # States, nations and governments are what the article calls countries.
    "stat": frozenset({"country", "nation"}),
    "nation": frozenset({"country"}),
    # Countries that are friends are partners, allies.
    "friend": frozenset({"partner", "partnership", "ally"}),
    "government": frozenset({"country"}),
    # An arrangement or a framework between countries is an agreement.
    "arrangement": frozenset({"agreement", "framework", "treaty", "deal", "pact", "accord"}),
    # A treaty is a deal, a pact, an agreement, an accord.
    **{
        word: frozenset({"treaty", "deal", "pact", "agreement", "accord"} - {word})
        for word in ("treaty", "deal", "pact", "agreement", "accord")
    },
}


# A term this long that is one letter added, dropped, changed or two swapped away from a
# word of the text is taken for that word: casual questions misspell ("ambasador").
TYPO_MIN = 6


def covered(term: str, text_terms: set[str]) -> bool:
    """Whether the text has the term, one of its equivalents, or, for a term of
    `TYPO_MIN` letters or more, a word one slip away ("ambasador" for "ambassador")."""
    return (
        term in text_terms
        # "negotiate" and "negotiations" stem apart ("negotiat", "negoti").
        or (term.endswith("at") and term[:-2] in text_terms)
        or term + "at" in text_terms
        or not EQUIVALENTS.get(term, frozenset()).isdisjoint(text_terms)
        or (len(term) >= TYPO_MIN and any(one_slip(term, word) for word in text_terms))
    )


def one_slip(a: str, b: str) -> bool:
    """Whether two different words of the same first letter are one edit apart: a letter
    added, dropped or changed, or two neighbours swapped."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next(
        (k for k, (x, y) in enumerate(zip(short, long[: len(short)], strict=True)) if x != y),
        len(short),
    )
    return short[i:] == long[i + 1 :]


def coverage(question_terms: Iterable[str], text_terms: set[str], idf: dict[str, float]) -> float:
    """Share of the question's idf mass whose terms (or their equivalents) the text contains."""
    unseen = unseen_idf(idf)
    total = found = 0.0
    for term in set(question_terms):
        weight = idf.get(term, unseen)
        total += weight
        if covered(term, text_terms):
            found += weight
    return found / total if total else 0.0
