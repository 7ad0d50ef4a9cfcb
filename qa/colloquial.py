"""Colloquial (and legal) English read in the plain words news writing uses. Pure.

People ask the way they talk: "who inked the deal?", "how long's it good for?", "when did
Russia go barging into Ukraine?", "what did the Kyiv lot make of it?". MiniLM matches
meaning only so far, and the rules that keep answers honest read words: a why-question's
act, what someone is asked to have said, a reaction. So the common idioms of British,
American and Australian speech for what news about a treaty tells (signing, meeting,
killing, invading, walking away from a deal, strengthening ties, reacting, commenting)
are written out in the news' own words before anything else reads the question.

A lawyer's register is read the same way: "the head of state who executed the
instrument" is the president who signed the treaty.

Only phrases that mean one thing in questions about the news are read: "took out" is a
killing only with someone to take out ("take out the drones" is left alone), and a bare
"do" is never an event.
"""

from __future__ import annotations

import re

# A name, capitalised whatever the case of the rest: "do Trump in", "the Kyiv lot".
_NAME = (
    r"(?-i:(?!(?:Which|What|Who|Where|When|How|Why|The|A|An)\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
# (pattern, plain words); each pattern is tried in order, case-insensitively.
_PHRASES: list[tuple[str, str]] = [
    # Contractions the other rules would not read: "how long's", "what've", "where'd".
    (r"\bhow long['’]s\b", "how long is"),
    (
        r"\b(what|who|where|when|how|why)['’]s (?=(?:been|got|gotten|happened|changed|become)\b)",
        r"\1 has ",
    ),
    (r"\b(what|who|where|when|how|why)['’]s\b", r"\1 is"),
    (r"\b(what|who|where|when|how|why)['’]d\b", r"\1 did"),
    (r"\b(it|they|he|she|that|this)['’]d\b", r"\1 would"),
    (r"\b(what|who|where|when|how|why|they|we|you)['’]ve\b", r"\1 have"),
    # Signing.
    (r"\bput (?:his|her|their|its|your|my|our) names? to\b", "signed"),
    (r"\bput pen to paper (?:on|for)\b", "signed"),
    (r"\bput pen to paper\b", "signed it"),
    (r"\bsigned on the dotted line (?:for|of)\b", "signed"),
    (r"\bgot inked\b", "was signed"),
    (r"\binked\b", "signed"),
    (r"\bink(?=\s+(?:the|this|that|a|an|it)\b)", "sign"),
    # A headline's words for a deal: "the tie-up", "sealed", "officially dubbed", its "fine
    # print", a "mutual-defence vow", a leader's "White House return".
    (r"\btie-ups?\b", "pact"),
    (
        r"\b((?:pact|deal|treaty|accord|agreement)s?(?:\s+(?:was|were|got|been|is|be))?)\s+sealed\b",
        r"\1 signed",
    ),
    (
        r"\bseal(ed|ing|s)?(?=\s+(?:the|this|that|a|an|their|its)\s+(?:[\w-]+\s+)?"
        r"(?:pact|deal|treaty|accord|agreement)\b)",
        r"sign\1",
    ),
    (r"\b(?:dubbed|billed\s+as|styled)\b", "called"),
    (r"\bfine\s+print\b", "details"),
    (r"\bunveiled\b", "disclosed"),
    (r"\bunveiling\b", "disclosing"),
    (r"\bunveil(s)?\b", r"disclose\1"),
    (
        r"\b(mutual[- ]defen[cs]e)\s+(?:vows?|pledges?|promises?|commitments?|guarantees?|pacts?)\b",
        r"\1 clause",
    ),
    (r"\b(?:White\s+House|Oval\s+Office)\s+return\b", "return to power"),
    (r"\breturn(ed|ing|s)?\s+to\s+the\s+(?:White\s+House|Oval\s+Office)\b", r"return\1 to power"),
    # An analyst's words for a treaty and its parts: "the bilateral instrument", its "formal
    # designation", "the venue of the summit", "the Russian MFA", "the IRGC", "a non-state
    # actor".
    (
        r"\b(the|this|that|its|their)\s+(?:bilateral|legal|international|new)\s+instrument\b",
        r"\1 treaty",
    ),
    (r"\b(?:formal|official|legal)\s+(?:designation|title|denomination)\b", "official name"),
    (r"\bwhat\s+(?:is|was)\s+the\s+venue\s+(?:of|for)\b", "where was"),
    (r"\bbilateral\s+(?:summit|meeting)\b", "meeting"),
    (r"\b(?:MFA|foreign\s+ministry)\s+(?:principal|chief|head|boss)\b", "foreign minister"),
    (r"\bMFA\b", "foreign ministry"),
    (r"\bIRGC\b", "Revolutionary Guards"),
    (r"\bnon-state\s+actors?\b", "group"),
    (r"\b(?:substantive|full|actual|precise)\s+(?:content|contents|text|terms)\b", "details"),
    # A treaty's legal words: "executed the instrument on behalf of the Russian Federation",
    # "the two heads of state", "when the pact was concluded", "the said instrument", "the
    # then President", "on the territory of which State".
    (r"\b(the|this|that)\s+(?:said|aforesaid|aforementioned|above-mentioned)\s+", r"\1 "),
    (
        r"\b(the)\s+then\s+(?=(?:[A-Z][\w-]*\s+){0,2}(?:president|minister|leader|ambassador)s?\b)",
        r"\1 ",
    ),
    (r"^(\W*)on\s+the\s+territory\s+of\b", r"\1In"),
    (r"\bon\s+the\s+territory\s+of\b", "in"),
    (r"\b(which|what)\s+(?-i:States)\b(?!\s+(?-i:[A-Z]))", r"\1 countries"),
    (r"\b(which|what)\s+(?-i:State)\b(?!\s+(?-i:[A-Z]))", r"\1 country"),
    # "the President of the United States" is the US president, "the President of Iran"
    # Iran's.
    (
        r"\bthe\s+(president|prime\s+minister|foreign\s+minister)\s+of\s+the\s+"
        r"(?:US|United\s+States(?:\s+of\s+America)?)\b",
        r"the US \1",
    ),
    (
        r"\bthe\s+(president|prime\s+minister|foreign\s+minister)\s+of\s+(?!the\b)"
        r"(?-i:([A-Z][a-z]+))\b(?!\s+(?-i:[A-Z]))",
        r"\2's \1",
    ),
    (r"\bheads of state\b", "presidents"),
    (r"\bhead of state\b", "president"),
    # "the head of the foreign affairs ministry of Russia" is its foreign minister.
    (
        r"\b(?:head|chief)\s+of\s+(?:the\s+)?(?:foreign(?:\s+affairs)?\s+ministry"
        r"|ministry\s+of\s+foreign\s+affairs)\b",
        "foreign minister",
    ),
    (
        r"\b(?:head|chief)\s+of\s+(?:the\s+)?(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b",
        "defence minister",
    ),
    (
        r"\b(?:execut|conclud)(?:ed)? (?=(?:the|this|that|their|its) (?:treaty|agreement|pact|instrument|accord|deal)\b)",
        "signed ",
    ),
    (
        r"\b((?:treaty|agreement|pact|instrument|accord|deal|it) (?:was|were)) (?:executed|concluded)\b",
        r"\1 signed",
    ),
    (r"\bthe instrument\b", "the treaty"),
    (r"\bcontracting (?:parties|states)\b", "countries"),
    (r"\bsignatory (?:states|parties|countries)\b", "countries"),
    # Meeting and talking it out.
    (r"\bgot together\b", "met"),
    (r"\bget(?:ting)? together\b", "meet"),
    # One country attacking another is invading it: "when did Russia attack Ukraine?".
    (
        r"\b(did|will|would)\s+(?!(?:he|she|they|it|you|we|i|anyone|someone)\b)([a-z][\w’'-]*)"
        r"\s+attack\s+(?!(?:him|her|them|it|us|me|you|anyone|someone)\b)(?=[a-z])",
        r"\1 \2 invade ",
    ),
    # "everything that's inside the treaty" is its details.
    (
        r"\b(?:everything|all|what)\s+(?:that['’]?s|thats|that\s+is|is)\s+(?:inside|in)\s+(?=(?:the|this|that|it)\b)",
        "the details of ",
    ),
    # Working together is cooperating; "what stuff" they work together on is what areas.
    (
        r"\bwhat (?:stuff|things)(?= (?:are|will|would|do|did|is) (?:they|the two|both)\b[^?]*\b(?:work(?:ing)? together|cooperat\w*) on\b)",
        "what areas",
    ),
    (r"\bwork(?:ing)? together on\b", "cooperate on"),
    (r"\bhash(?:ed)? (?:it|this|that|the \w+) out\b", "negotiated it"),
    (r"\bhash(?:ed)? out\b", "negotiated"),
    # Killing: "bumped off", "take the general out", "do Trump in".
    (r"\b(?:bump|knock)(?:ed)? off\b", "killed"),
    (rf"\b(?:bump|knock)ed ({_NAME}) off\b", r"killed \1"),
    (
        r"\b(?:take|took|taken|taking) out (?=(?:the|that|this|an?)\s+(?:\w+\s+)?(?:general|commander|leader|man|guy)\b)",
        "killed ",
    ),
    (
        rf"\b(?:take|took|taken|taking) ((?:the|that|this)\s+(?:\w+\s+)?(?:general|commander|leader|man|guy)|{_NAME}) out\b",
        r"kill \1",
    ),
    (rf"\b(?:do|did|done) ({_NAME}) in\b", r"kill \1"),
    (r"\brub(?:bed)? out\b", "killed"),
    # Invading.
    (r"\b(?:go|goes|went|gone|going)? ?(?:barg|storm|roll|charg)(?:e|ed|ing|s)? into\b", "invade"),
    # Ousting a leader.
    (r"\b(?:got|was|were|been|get) (?:turfed|kicked|booted|chucked|thrown) out\b", "was ousted"),
    (r"\b(?:turfed|kicked|booted|chucked|threw) out\b", "ousted"),
    # Walking away from a deal.
    (
        r"\b(?:binned|ditched|scrapped|dumped|trashed|tore up|ripped up|bailed on)\b",
        "withdrew from",
    ),
    (r"\b(?:walk(?:ed)? away from|pull(?:ed)? out of|back(?:ed)? out of)\b", "withdrew from"),
    # Strengthening, stepping up, cosying up.
    (r"\bbeef(?:ed|ing)? up\b", "strengthen"),
    (r"\bshor(?:e|ed|ing) up\b", "strengthen"),
    (r"\bramp(?:ed|ing)? up\b", "increase"),
    (r"\bstep(?:ped|ping)? up\b", "increase"),
    (r"\bcos(?:y|ying|ied)? up to\b|\bcoz(?:y|ying|ied)? up to\b", "build closer ties with"),
    # Reacting and commenting: "what did Kyiv make of it", "did the Yanks say owt".
    (r"\b(?:chim|weigh)(?:e|ed|ing|s)? in\b", "comment"),
    (r"\bhave to say\b", "say"),
    (r"\bhad to say\b", "said"),
    (r"\breckon(?:s)?\b", "think"),
    (r"\breckoned\b", "thought"),
    (r"\blet slip\b", "said"),
    (r"\b(?:had|has|have) come off\b", "had succeeded"),
    (r"\b(?:had|has|have|having) a go at\b", "criticised"),
    (r"\b(?:kept|keep|keeping|stayed|stay) mum\b", "stayed silent"),
    (r"\btag(?:ged|ging|s)? along with\b", "accompanied"),
    (r"\bowt\b", "anything"),
    (r"\bnowt\b", "nothing"),
    (r"\bsummat\b", "something"),
    # People and outfits: "the bloke from Iran", "the Kyiv lot", "which news lot".
    (r"\b(?:bloke|chap|fella|geezer|guy|dude)\b", "man"),
    (r"\b(?:blokes|chaps|fellas|geezers|guys|dudes)\b", "people"),
    (r"\bnews (?:lot|outfit|crowd|mob|people|guys|folks|shop)\b", "news agency"),
    (rf"\b({_NAME}) (?:lot|crowd|mob|folks|gang|bunch)\b", r"\1 officials"),
    # "Tehran's main man posted in Moscow" is its envoy there, not its leader.
    (
        r"\b(?:(?:main|top)\s+)?(?:man|guy|woman|person|rep|representative)\s+(?:posted|stationed|based)\s+(?:in|to)\b",
        "ambassador in",
    ),
    (r"\b(?:top dog|big cheese|head honcho|top man|top guy|big boss|top banana|boss)\b", "leader"),
    (r"\b(?:come|comes|coming) back to\b", "return to"),
    (r"\bcame back to\b", "returned to"),
    (rf"\b({_NAME}['’]s) (?:crew|team|people|folks|gang|lot|camp)\b", r"\1 officials"),
    (r"\b(which|what) (?:lot|crowd|mob|bunch|outfit)\b", r"\1 group"),
    (
        r"\b(?:in fancy terms|in official terms|officially speaking|formally speaking)\b",
        "officially",
    ),
    (r"\bthe yanks\b", "the US"),
    (r"\byanks\b", "Americans"),
    (r"\bthe russkies\b", "the Russians"),
    (r"\baussies\b", "Australians"),
    (r"\bpress (?:do|thing|event)\b", "news conference"),
    # Other words for the same things: "the accord", "the compact" is the treaty; a "wire
    # service" a news agency; a "joint press appearance" a joint news conference; a
    # country's "top diplomat" or "foreign affairs chief" its foreign minister.
    (r"\b(the|this|that|its|their|his|our)\s+(?:accord|compact)\b", r"\1 treaty"),
    (r"\ban\s+accord\b|\ba\s+compact\b", "a treaty"),
    (r"\b(?:news\s*)?wire\s+services\b|\bnewswires\b", "news agencies"),
    (r"\b(?:news\s*)?wire\s+service\b|\bnewswire\b", "news agency"),
    (
        r"\bpress\s+(?:appearance|conference|briefing|availability)s?\b",
        "news conference",
    ),
    (r"\b(?:top|chief|senior)\s+diplomat\b", "foreign minister"),
    (r"\bforeign[- ]affairs\s+(?:chief|boss|head)\b", "foreign minister"),
    # Filler that asks nothing: "the signing bit", "bother signing", "over in Tehran".
    (r"\b(the \w+) bit\b", r"\1"),
    (r"\bbother(?:ed)? to\b\s*", ""),
    (r"\bbother(?:ed)? (sign|meet|hold|visit|talk|go|travel|fly|wait)ing\b", r"\1"),
    (r"\bover in\b", "in"),
    (r"\bgood for\b(?=\W*$)", "valid for"),
    # Rare, old and informal question words in the common ones: "Whereabouts was Soleimani
    # killed?", "How come Hezbollah was weakened?", "What for did Trump warn …?", "Who all
    # signed it?", "How long ago did Moscow start …?", "Whence did TASS get …?". "To what
    # end" and "for what purpose" ask a use, which "why" would hold to a reason.
    (
        r"\b(?:whereabouts|where\s+at|whither)\b(?=\s+(?:in\b|did|do|does|was|were|is|are|has|have|had|will|would)\b)",
        "where",
    ),
    (r"\bwhence\b(?=\s+(?:did|do|does|was|were|is|are|has|have|had)\b)", "from where"),
    (r"\b(?:how\s+come|what\s+for|for\s+what\s+reason)\b(?=\s)", "why"),
    (r"\b(who|what)(?:\s+|-)all\b", r"\1"),
    (r"\bhow\s+long\s+ago\b", "when"),
    (r"\bhow\s+much\s+time\b", "how long"),
    (r"\bin\s+what\s+(?:manner|way)\b", "how"),
    (r"\bwherein\b", "in what"),
    (r"\bwhat\s+sort\s+of\b", "what kind of"),
    # "Since when has Jalali served as ambassador?" asks since when he has been one ("How
    # long has he served" is held to his service as it is).
    (
        r"\b(since\s+when)\s+(has|have|had)\s+([^?]{1,40}?)\s+served\s+as\b",
        r"\1 \2 \3 been",
    ),
]
_COMPILED = [(re.compile(pattern, re.I), plain) for pattern, plain in _PHRASES]
# "What did the Kyiv officials make of it?" asks how they reacted.
_MAKE_OF = re.compile(r"^(\W*)what\s+(did|do|does|will|would)\s+(.+?)\s+make\s+of\b", re.I)


def plainly(question: str) -> str:
    """The question with its colloquial phrases in plain words ("who inked the deal?" →
    "who signed the deal?", "What did Kyiv make of it?" → "How did Kyiv react to it?")."""
    text = question
    for pattern, plain in _COMPILED:
        text = pattern.sub(plain, text)
    text = _MAKE_OF.sub(lambda m: f"{m.group(1)}How {m.group(2)} {m.group(3)} react to", text)
    return " ".join(text.split())
