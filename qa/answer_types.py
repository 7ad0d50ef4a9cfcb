"""What kind of answer a question asks for, and whether a text holds one. Pure.

"When" wants a date, "which day of the week" a weekday, "how long" a duration, "what time
of day" a clock time, "how many drones" a count of drones, "how much money" a sum and
"what did Pezeshkian say" Pezeshkian saying something (not Putin speaking beside him). A
sentence that holds nothing of the asked-for kind cannot answer the question, however close
it is in meaning; the pipeline uses that to rank sentences and to abstain.
"""

from __future__ import annotations

import re

from qa.lists import list_counted
from qa.metonyms import SEATS
from qa.roles import country, is_country, other_role, same_country
from qa.terms import covered, stem, terms

# A year, as a run of digits: 1500–2099.
YEAR = r"(?:1[5-9]|20)\d\d"
_MONTHS = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "January 17", "17 January"
_MONTH_DAY = rf"\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTHS}\b"
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|once|twice|several|"
    r"a few|a dozen|a hundred|a thousand|scores of"
)
_OPENERS = (
    "The|A|An|In|At|On|To|For|From|By|With|This|These|Those|That|It|Its|Since|During|Both|"
    "Last|Next|When|After|Before|While|As|But|And|However|According|Under|Over|If"
)
_AGREEMENT = re.compile(
    r"\b(agreements?|treaty|treaties|deals?|pacts?|accords?|plan|programme|program|"
    r"conventions?|act|charter|protocol)\b",
    re.I,
)
_MEASURED = r"\b(\d+|one|two|three|four|five|ten|twenty)\s+(years?|months?|weeks?|days?|decades?)\b"
_MEASURED_RE = re.compile(_MEASURED, re.I)
_QUOTES = '“"«'
# Titles and groups that answer "who": "President …", "Western officials".
_TITLES = r"(?:President|Minister|Ambassador|officials?|leaders?)"
# "What did Pezeshkian say?": a capitalised name, not "he" or "the Kremlin".
_SPEAKER = r"(?P<speaker>(?!(?:The|It|He|She|They)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
# "Israel's government", "Iranian and Russian officials": names, and the body or group
# they make, which speaks as one.
_SPEAKERS = (
    r"(?P<speaker>(?!(?:The|It|He|She|They)\b)[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*"
    r"(?:\s+(?:government|leadership|ministry|parliament|administration|officials|leaders|"
    r"diplomats|ministers))?)"
)
# "What exact words …?", "… in quotation marks": words asked for as quoted, not reported.
_EXACT_ASKED = re.compile(
    r"\b(?:exact|precise|verbatim|quotation|quotes)\b|\bword\s+for\s+word\b", re.I
)
# "Whose visit …?" is answered by "Pezeshkian’s visit …".
_POSSESSIVE = re.compile(r"\b[A-Z][a-z]+[’']s\b")
_KIND_PATTERNS: dict[str, re.Pattern[str]] = {
    # A description that ranks or weighs what it describes: "most heavily sanctioned", "a
    # key partner", "destabilising forces".
    "description": re.compile(r"\b(?:most|least|key|major|leading|main|chief|heavily|largest|biggest|strongest|weakest|closest|staunch\w*|destabili[sz]ing|uncompromising)\b", re.I),
    "weekday": re.compile(rf"\b{_DAYS}\b", re.I),
    "provision": re.compile(r"\b(?:article|clause|section|paragraph|chapter)\s+(?:\d+|[IVXLC]+\b)", re.I),
    "month": re.compile(rf"\b{_MONTHS}\b", re.I),
    # Who gave a figure: "… TASS reported, citing …", "according to officials".
    "source": re.compile(r"\b(?:citing|according\s+to|quoting|reported|said|told|cited)\b", re.I),
    # "In what year …?" asks for a year, not "during his first term".
    "year": re.compile(rf"\b{YEAR}\b|\b(?:last|this|next|that|the same|the previous|the following) year\b", re.I),
    "date": re.compile(rf"\b(\d{{4}}|{_MONTHS}|{_DAYS}|last year|this year|yesterday|days? (before|after)|weeks? (before|after)|since|(?:first|second|third|last|previous) term|(?:years?|months?|weeks?|days?|decades?) ago)\b", re.I),
    "duration": re.compile(rf"{_MEASURED}|\b(?:days|weeks|months|years|decades)\b", re.I),
    # "On which day did he say it?" asks for a weekday or a day of a month.
    "day": re.compile(rf"\b{_DAYS}\b|{_MONTH_DAY}|\b(yesterday|today|tomorrow)\b", re.I),
    # "On what date …?" asks for a day of a month, not "days before Trump's return".
    "calendar": re.compile(rf"{_MONTH_DAY}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b", re.I),
    "currency": re.compile(r"[$€£¥₽]|\b(dollars?|euros?|rubles?|roubles?|rials?|yuan|renminbi|pounds? sterling|currenc(y|ies))\b", re.I),
    "clock": re.compile(r"\b\d{1,2}(:\d{2})\s*([ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\bo['’]clock\b|\b(morning|afternoon|evening|midnight|noon|overnight|dawn|dusk)\b", re.I),
    # A name is quoted, an acronym of three letters or more ("US" names a country, not a
    # deal), or several capitalised words that do not merely start the sentence ("Iran"
    # alone names a country, not a deal).
    "name": re.compile(r"[“\"«](?:[^”\"»\s]+\s+){0,5}[^”\"»\s]{3,}[”\"»]|(?<=[a-z,;:] )[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+)+|\b[A-Z]{3,}\b"),
    # "Five-letter acronym of the nuclear deal?" is answered only by letters written so.
    "acronym": re.compile(r"\b[A-Z]{3,}\b"),
    # "What was the temperature in Moscow that day?": a reading or the weather told.
    "weather": re.compile(r"°|\bdegrees?\b|\b(?:weather|temperatures?|sunny|sunshine|snow\w*|rain\w*|cloud\w*|freez\w*|frost\w*|cold|hot|warm|heat|wind|windy|storm\w*|fog\w*)\b", re.I),
    # "On what condition did Trump warn …?": a condition told as one.
    "condition": re.compile(r"\b(?:if|unless|provided\s+that|in\s+the\s+event|on\s+condition|in\s+exchange\s+for|as\s+long\s+as|should\s+(?-i:[A-Z]))\b", re.I),
    # "What penalty would a side face for leaving early?": a penalty told as one.
    "penalty": re.compile(r"\b(?:penalt(?:y|ies)|penali[sz]\w*|fines?|fined|punish\w*|forfeit\w*)\b", re.I),
    "money": re.compile(r"[$€£¥]\s?\d|\b\d[\d,.]*\s*(dollars?|euros?|rubles?|roubles?|rials?|yuan|pounds?)\b|\b(million|billion|trillion)\b", re.I),
    "number": re.compile(rf"\b\d[\d,.]*\b|\b({_NUMBER_WORDS})\b", re.I),
    # "70-year-old", "aged 70", "Pezeshkian, 70, said"
    "age": re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|\baged\s+\d{1,3}\b|[A-Z][a-z]+,\s+\d{1,3},", re.I),
    # Two capitalised words name someone unless the first merely starts the sentence
    # ("The Kremlin", "In Moscow").
    "person": re.compile(rf"\b(?!(?:{_OPENERS})\b)[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]{{2,}}))+\b|\b{_TITLES}\b"),
    # Not a month or a day ("in February"), nor an adjective ("to Western sanctions").
    "place": re.compile(
        rf"\b(in|at|to|from)\s+(the\s+)?(?!(?i:{_MONTHS}|{_DAYS})\b|(?:Western|Eastern|"
        r"Northern|Southern)\b)[A-Z][a-z]+"
    ),
}  # fmt: skip
# "when", "who" and "where" ask only where a sentence or clause starts: in "... was barely
# dry when which politician ..." the "when" is a conjunction.
_ASKS = r"(?:^\s*|[.?!,;:—–(]\s*|\b(?:and|or|but|so|since)\s+)"
# "… statement does the article quote from …", "… words does the piece attribute to …":
# someone's words, asked of the article (also read by `qa.premises` for their topic).
ARTICLE_QUOTES_FROM = (
    r"(?:statements?|quotes?|quotations?|remarks?|words|comments?)\s+(?:does|did)\s+"
    r"(?:the|this)\s+(?:article|piece|report|story)\s+"
    r"(?:quote|give|cite|attribute|report|carry)\s+(?:from|to|by|for)\s+"
)
# What a "name of the …" question may ask the name of: a person, not a deal.
_PERSON_NOUN = (
    r"(?:person|man|woman|minister|president|leader|ambassador|envoy|diplomat|official|"
    r"photographer|commander|general|negotiator|spokes(?:man|woman|person))"
)
# "Who took the photo?", "the photographer credit": a photograph's credit line answers.
_PHOTOGRAPHER = re.compile(
    r"\bphotographers?\b|\bphoto(?:graph)?\s+credit\b|\bcredit(?:ed)?\s+(?:for|on)\s+the\s+"
    r"(?:photo|photograph|picture|image)\b|\b(?:took|taken|shot|snapped)\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+)?"
    r"(?:photo|photograph|picture|image|pic)\b|\bwho\s+photographed\b",
    re.I,
)
_CREDIT = re.compile(
    r"\b(?:photo|photograph|picture|image)s?\s*(?:by|:)\s*[A-Z]|\bphotographed\s+by\s+[A-Z]|©|"
    r"\bcredit:\s*[A-Z]"
    # "[Vyacheslav Prokofyev/Pool via AFP]": a caption's credit, photographer and agency.
    r"|\[(?-i:[A-Z])[^\]/\n]{2,60}/[^\]\n]{2,40}\]",
    re.I,
)
# The kinds of thing a "which" question may ask for that a sentence naming one calls by
# its kind ("the energy company …", "the … air-defence system"), with the words that do.
_CLASSES = {
    "company": r"compan(?:y|ies)|firms?|corporations?|conglomerates?|enterprises?|giants?",
    "bank": r"banks?",
    "system": r"systems?",
    "alliance": r"alliances?|blocs?|coalitions?",
    # "In which hall of the Kremlin …?": not "at the Kremlin in Moscow".
    "hall": r"halls?|rooms?|chambers?",
    # "At which airport in Iraq …?": not "in Iraq".
    "airport": r"airports?|airfields?|air\s+bases?",
    # "From which base was the drone launched?": not "in a US drone strike in Iraq".
    "base": r"bases?",
}
_WHICH_CLASS = (
    r"\b(?:which|what)\s+(?:[\w’'-]+\s+){0,3}?(?P<cls>" + "|".join(_CLASSES.values()) + r")\b"
)
# Things asked for by their type ("What type of drone …?"), and a type named before one in
# a text: "“Shahed” drones", "the Su-35 jets", not "a US drone strike".
_MODELLED = r"drones?|missiles?|jets?|planes?|aircraft|rockets?|helicopters?"
_ASKS_MODEL = re.compile(
    rf"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:types?|models?|kinds?|makes?|sorts?|variants?)\s+of\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_MODELLED})\b"
    rf"|\b(?:what|which)\s+(?:[\w-]+\s+)?(?:{_MODELLED})\s+(?:types?|models?|makes?|variants?)\b",
    re.I,
)
_MODEL_NAMED = re.compile(
    rf"(?:[“\"](?P<quoted>[^”\"]{{2,30}})[”\"]|\b(?P<name>[A-Z][\w-]*\d[\w-]*|[A-Z][a-z][\w-]+))"
    rf"\s+(?:{_MODELLED})\b"
)
# "Which agency …?", "which outlet …?" and the sentences that name one ("the state-owned
# news agency TASS", "the wire service …").
_AGENCY_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:agency|agencies|outlets?|(?:news|wire)\s+services?)\b",
    re.I,
)
_EXPANSION_ASKED = re.compile(
    r"\b(?:stands?|stood)\s+for\b|\bshort\s+for\b|\bfull\s+form\b|\b(?:spell|spelt|spelled)\s+out\b"
    r"|\bexpan(?:d|sion\s+of)\b",
    re.I,
)
# An acronym a question asks about ("TASS", "AFP"), and the small words an expansion
# leaves out of it ("Agence France-Presse", "Islamic Revolutionary Guard Corps").
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_LEFT_OUT = frozenset({"of", "and", "the", "for", "on", "in", "de", "la", "du", "des", "&"})
_EXPANSION_WORD = re.compile(r"[A-Za-z][\w’'-]*|&")


def expands(text: str, acronym: str) -> bool:
    """Whether a text spells an acronym out: capitalised words whose first letters make it,
    with or without the small words between them ("Agence France-Presse (AFP)", where
    "France-Presse" gives "FP"; "Joint Comprehensive Plan of Action (JCPOA)").
    "the state-owned news agency TASS" says what TASS is, not what it stands for."""
    wanted = acronym.upper()
    capitals, every = "", ""  # the first letters without the small words, and with them
    for word in _EXPANSION_WORD.findall(text):
        if word.lower() in _LEFT_OUT:
            every += word[0].upper()
            continue
        if not word[0].isupper() or word.isupper():
            capitals = every = ""
            continue
        initials = "".join(part[0] for part in word.split("-") if part[:1].isupper())
        capitals, every = capitals + initials, every + initials
        if capitals.endswith(wanted) or every.endswith(wanted):
            return True
    return False


_KIND_QUESTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("clock", re.compile(r"\bwhat time\b|\btime of day\b|\bat what hour\b", re.I)),
    ("duration", re.compile(r"\bhow long\b|\b(?:term|length|lifespan|span)\b,?\s+in\s+(?:years|months)\b|\b(?:original|initial|full)\s+term\b|\bhow many (years?|months?|decades?)\b|\bnumber of (years|months|decades)\b|\bduration\b|\bhow much time\b|\b(?:term|period)\s+of\s+(?:action|validity|effect)\b|\bvalidity\s+(?:term|period)\b|\bopen[- ]ended\b|\b(?:set|fixed|limited)\s+(?:term|duration|lifespan|period)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?:which|what) )?day of (?:the )?week\b|\b(?:which|what) weekday\b", re.I)),
    ("day", re.compile(r"\b(?:which|what)\s+day\b(?!\s+of\s+(?:the\s+)?week)", re.I)),
    ("calendar", re.compile(r"\bday\s+and\s+month\b|\bmonth\s+and\s+day\b|\b(?:exact|precise|calendar|actual|real|correct|true)\s+date\b|\bwhat\s+(?:is\s+|was\s+)?(?:the\s+)?date\b|\bwhich\s+date\b|\bthe date of\b", re.I)),
    ("currency", re.compile(r"\b(?:which|what)\s+currenc(?:y|ies)\b", re.I)),
    ("year", re.compile(r"\b(?:what|which|exact|precise)\s+(?:year|yr)\b", re.I)),
    # "Where did that figure come from?" asks who gave it, not a place.
    ("source", re.compile(r"\bwhere\s+(?:did|does|do|has|have|had|is|was)\s+(?:that|the|this|those|these)\s+(?:[\w-]+\s+)?(?:figures?|numbers?|claims?|information|estimates?|reports?|data|quotes?|details?)\s+(?:come|came|coming|originate)\s+from\b", re.I)),
    # "In which month was he toppled?" asks for a month, not a year.
    ("month", re.compile(r"\b(?:which|what)\s+month\b", re.I)),
    ("date", re.compile(rf"{_ASKS}when\b|\bwhat (date|day|month)\b|\bwhich (date|day|month)\b|\bdat(e|es|ed|ing) (back )?(from|to)\b(?!\s+(?:the\s+)?(?:year\s+)?\d{{4}}\b)", re.I)),
    # "And what did Pezeshkian say?" goes on from the last answer and asks the same.
    ("speech", re.compile(rf"^\s*(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Aa]lso|[Tt]hen),?\s+)?[Ww]hat (?:exactly |precisely |actually |really )?(?:did|does|has|had) (?:the )?{_SPEAKERS} (?:say|said|tell|told|announce|claim|warn|add|stress)\b")),
    # "What exact words in quotation marks did Jalali use?": his words, quoted.
    # "Quote what Putin said at the news conference about …", "Quote the remark Hezbollah's
    # leadership made about …": what the speaker said.
    ("speech", re.compile(rf"^\W*(?:[Qq]uote|[Gg]ive\s+me|[Tt]ell\s+me)\s+(?:what|the\s+(?:remarks?|words|comments?|statements?))\s+(?:that\s+)?(?:the\s+)?{_SPEAKER}(?:[’']s\s+[a-z]+)?\s+(?:said|says|made|gave|used)\b")),
    # "What statement does the article quote from Trump reacting to …?": his words.
    ("speech", re.compile(rf"^\W*[Ww]hat\s+{ARTICLE_QUOTES_FROM}{_SPEAKER}\b")),
    # "What exact phrase did Iranian and Russian officials use …?": a group speaks too.
    ("quote", re.compile(rf"\b[Ww]hat\s+(?:exact\s+|precise\s+)?(?:words?|phrase|wording|term)\s+(?:in\s+quotation\s+marks\s+|in\s+quotes\s+)?(?:did|does|has|had)\s+{_SPEAKERS}\s+(?:use|say|choose|employ)\b")),
    # "How did the Russian leader characterise the pact?", "What did he call it?": words
    # someone used, best quoted.
    # Not "How does the piece characterise …?": the article's own words are not quoted; nor
    # "How did Trump handle the deal during his first term?": "term" the verb names a thing.
    ("portrayal", re.compile(r"^\W*how\s+(?:did|does|do|has|have|had|would|will)\s+(?!(?:the|this|that)\s+(?:piece|article|report|story|text|author|writer|journalist|coverage)\b).+?\s+(?:describe|characteri[sz]e|call|hail|sum(?:med)?\s+(?:it\s+|that\s+)?up|label|term(?=\s+(?:it|this|that|the|them|him|her)\b)|portray|depict)\b|^\W*what\s+(?:did|does|has|had)\s+.+?\s+call(?:ed)?\s+(?:it|the|this|that)\b", re.I)),
    # "How does the article characterise Russia and Iran …?": the article's own words for
    # them, a description ("two of the world’s most heavily sanctioned nations").
    ("description", re.compile(r"^\W*how\s+(?:does|did|do)\s+(?:the|this|that)\s+(?:piece|article|report|story|text|coverage)\s+(?:describe|characteri[sz]e|portray|depict|present|sum\s+up)\b", re.I)),
    # "What does TASS stand for?", "What is AFP short for?": the words an acronym is made of.
    ("expansion", _EXPANSION_ASKED),
    # Not "What does the acronym TASS stand for?", which asks what it is short for.
    ("acronym", re.compile(r"\b(?:acronyms?|abbreviations?|initialisms?)\b(?![^?]*?(?:\b(?:stands?|stood|short)\s+for\b|\bspell|\bexpan))", re.I)),
    # "What was the whether like?": the homophone, typed by ear.
    ("weather", re.compile(r"\bweather\b|\bthe\s+whether\s+(?:like|forecast|in|on|that)\b|\btemperatures?\b|\bhow (?:hot|cold|warm)\b|\bwas it (?:raining|snowing|sunny|cold|hot|warm|freezing)\b", re.I)),
    ("name", re.compile(rf"\b(official|full|formal|exact) (name|title|designation)\b(?! of (?:the |this |that |its |their )?(?:\w+ ){{0,3}}?{_PERSON_NOUN}\b)|\bby what (name|title|designation)\b|\bwhat (name|title|label)(?:, [^,?]{{1,40}},)? (did|does|do|has|have|had|was|were|is|are)\b|\bwhat (is|was) (the )?name(?: or (?:acronym|abbreviation|title|name))? of (the|this|that) (?!(?:\w+ ){{0,3}}?{_PERSON_NOUN}\b)|\bwhat (is|was|are|were) (it|they|(the|this|that)( [\w’'-]+){{1,7}}) (called|named)\s*(?:[?.,]|$)|\bcall(ed)?\b[^?]*\bofficially\b|\bofficially\b[^?]*\bcall(ed)?\b|\b(?:need|want|looking for|give me)\s+(?:the|its|their)\s+(?:name|title)(?:\s+of\s+(?:it|that|this|the\s+(?:treaty|deal|pact|agreement|accord)))?\b", re.I)),
    ("money", re.compile(r"\bhow much (money|cash|funding|investment)\b|\bwhat (?:unit )?(?:price|cost|fee)s?\b|\bwhat (?:is|was|were|are) the (?:unit )?(?:price|cost|fee)s?\b|\b(?:price|cost) per (?:unit|drone|piece|item)\b|\bhow much did .{1,60}? (?:pay|charge|spend)\b|\bwhat (?:did|does|do|will|would) .{1,60}? (?:pay|charge)\b|\bwhat (sum|amount of money)\b|\bhow much (is|was|will) .{0,80}?\b(worth|cost)\b|\bwhat (is|was|were) the (\w+ ){0,2}(value|volume|worth) of (\w+ ){0,2}(trade|exports|imports|investment|deal|contract)\b|\b(trade|exports|imports|investment|deal|contract)s? (is|was|were|are) worth\b|\bwhat (is|was|were|are) (\w+ ){0,3}(trade|exports|imports|investment|deal|contract)s? worth\b|\bin (dollars|euros|rubles|roubles|rials|us dollars)\b", re.I)),
    # "What share of …?", "By what percentage …?", "What volume of gas …?", "What trade
    # figure …?", "What level is the price cap set at?": an amount with its unit, not "two
    # of the world's … nations".
    ("amount", re.compile(r"\b(?:what|which)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:the\s+)?(?:[\w’'–-]+\s+){0,3}?(?:percentages?|percent|shares?|proportions?|volumes?|values?|amounts?|quantit(?:y|ies)|sums?|turnover|tonnage|levels?|rates?)\b|\b(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:(?:trade|export|import|sales|growth|exact|precise|dollar|euro|rouble|ruble|money|cash|monetary|financial)\s+)?figures?\b|\b(?:trade|export|import)s?\s+(?:volume|figure|turnover|value|balance)\b", re.I)),
    # "Which article of the treaty sets that out?", "Which clause covers defence?": a
    # numbered part of a text.
    ("provision", re.compile(r"\b(?:which|what)\s+(?:articles?|clauses?|sections?|provisions?|paragraphs?|chapters?)\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?(?:treaty|deal|pact|agreement|accord|text|document)\b|\b(?:which|what)\s+(?!(?:does|did|do|is|was|are|were|has|have|had|the|this|that)\b)(?:[\w-]+\s+){0,3}?(?:clause|section|paragraph|chapter)\b|\bwhat\s+(?:is|are|was|were)\s+the\s+(?:(?:specific|exact|precise|relevant|particular)\s+)?(?:articles?|clauses?|provisions?|sections?)\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?(?:treaty|deal|pact|agreement|accord|text|document|instrument)\b|\b(?:which|what)\s+(?:article|clause|section)\s+(?:number|no\b)", re.I)),
    # "Which Russian energy company …?", "Which air-defence system …?": a sentence that
    # names one says what it is.
    ("class", re.compile(_WHICH_CLASS, re.I)),
    # "What type of drone did the US use?", "Which US drone model …?": a named type.
    ("model", _ASKS_MODEL),
    ("condition", re.compile(r"\b(?:on|under|with)\s+(?:what|which)\s+(?:conditions?|circumstances?|terms?\s+and\s+conditions?)\b|\bwhat\s+(?:was|is|were|are)\s+the\s+conditions?\b", re.I)),
    ("penalty", re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:penalt(?:y|ies)|punishments?|fines?)\b", re.I)),
    ("age", re.compile(r"\bhow old\b|\b(what|which) age\b|\bat what age\b", re.I)),
    ("number", re.compile(r"\bhow (many|much)\b|\bwhat (number|percentage|amount)\b|\bthe (?:(?:total|exact|precise|overall) )?number of\b(?! (?:years|months|decades)\b)|\bthe population of\b|\bhow (big|large) is the population\b", re.I)),
    # "By whom was it signed?", "It was who that reported …?", "… was taken by whom?"
    ("person", re.compile(rf"{_ASKS}whom?\b|\bby whom\b|\bit (?:was|is) who\b|\b(?:is|was|by|to|with|from) who(?:m)?\s*\?|\bname (?:of|for) (?:the |this |that )?(?:[\w’'-]+ ){{0,3}}?{_PERSON_NOUN}\b|{_PHOTOGRAPHER.pattern}|\bwho (is|was|were|signed|said|reported|ordered|met)\b|\bwhose\b|\bwhich (two |three )?(officials?|presidents?|ministers?|leaders?|person|people|ambassadors?|agency|agencies|envoy|diplomat|general|commander|politicians?)\b|\bwhich (?:[\w-]+ ){{1,3}}?(?:agency|agencies)\b|\bwhich (?-i:[A-Z][\w’'-]*) (officials?|ministers?|spokes(?:man|woman|person)s?|diplomats?|envoys?|ambassadors?)\b|\bwhich spokes(?:man|woman|person)s?\b", re.I)),
    ("place", re.compile(rf"{_ASKS}where\b|\b(in )?(which|what) ([\w-]+ )?(city|cities|country|countries|place|places|capital|town|venue|site|location|region|province)\b|\b(at|in) (which|what) (event|occasion|setting)( or (venue|place))?\b", re.I)),
]  # fmt: skip
_KIND_QUESTIONS_SPEECH = [pattern for kind, pattern in _KIND_QUESTIONS if kind == "speech"]
_KIND_QUOTE = dict(_KIND_QUESTIONS)["quote"]
# Kinds whose absence from the evidence means the sources do not answer the question.
STRICT_KINDS = frozenset(
    {
        "weekday",
        "day",
        "calendar",
        "year",
        "date",
        "duration",
        "clock",
        "name",
        "money",
        "currency",
        "number",
        "speech",
        "age",
        "place",
        "amount",
        "class",
        "model",
        "month",
        "provision",
        "quote",
        "expansion",
        "acronym",
        "weather",
        "penalty",
        "condition",
    }
)

SPEECH_VERB = r"(?:said|says|told|tells|warned|warns|praised|called|calls|announced|added|stated|noted|stressed|described|claimed)"


def _speaker_said(text: str, question: str) -> bool:
    """Whether the text has the question's speaker saying something: "Pezeshkian said …",
    "… Lavrov said on Tuesday", "said Lavrov"; not "a news conference with Pezeshkian, Putin
    praised …", where Pezeshkian listens."""
    match = next((m for pattern in _KIND_QUESTIONS_SPEECH if (m := pattern.search(question))), None)
    return match is not None and speaks(match.group("speaker"), text)


def speaks(name: str, text: str) -> bool:
    """Whether the text has the named person saying something (the surname decides):
    "Pezeshkian said …", "… Lavrov said on Tuesday", "said Lavrov", "citing … Jalali",
    "Putin’s policy … what he calls …" (a "he" or "she" after the name)."""
    surname = re.escape(name.split()[-1])
    return bool(
        re.search(rf"\b{surname}(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?{SPEECH_VERB}\b", text)
        # "… Putin’s foreign policy as he seeks to challenge what he calls …"
        or re.search(rf"\b{surname}\b.*?\b(?:he|she)\s+{SPEECH_VERB}\b", text)
        # "said Lavrov"; "citing Iranian Ambassador to Russia Kazem Jalali"
        or re.search(
            rf"\b(?:{SPEECH_VERB}|citing|quoting|according to)\s+"
            rf"(?:[A-Z][\w-]+\s+|(?:to|of|for)\s+)*{surname}\b",
            text,
        )
    )


_AUX = r"has|have|had|does|do|did|is|are|was|were|will|would|can|could|should|in|of|to|on|for"
# "how many drones has …", "how much trade is …"; not "how much did it cost?", which
# counts no noun.
_COUNTED = re.compile(
    rf"\bhow (?:many|much(?!\s+(?:{_AUX})\b))\s+((?:[\w’'-]+\s+){{0,3}}?)[\w’'-]+?"
    rf"(?=\s+(?:{_AUX})\b|\s*[?,.;]|\s*$)",
    re.I,
)
# "How many people attended …?", where no auxiliary or end follows the noun: a plural (or
# "people") right before a verb in the past.
_COUNTED_DOING = re.compile(
    rf"\bhow many\s+(?:[\w’'-]+\s+){{0,2}}?(?P<noun>(?!(?:{_AUX}|its|this|thus|us)\b)"
    r"[\w’'-]+s|people|men|women|children)\s+[a-z]+ed\b",
    re.I,
)
_YEAR = re.compile(rf"^{YEAR}$")
_TIME_UNIT = re.compile(r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))")
_TOKEN = re.compile(r"[\w’'.,-]+")
_DAY_OF_MONTH = re.compile(_MONTH_DAY, re.I)


# Question words as casual questions misspell them ("wher did they sign").
_TYPOS = {
    "wher": "where", "whre": "where", "wehre": "where",
    "wat": "what", "wht": "what", "whta": "what", "waht": "what",
    "whn": "when", "wen": "when", "hw": "how", "hwo": "how",
    "wich": "which", "whcih": "which", "whihc": "which",
}  # fmt: skip
_TYPO = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in _TYPOS) + r")\b", re.I)


# "What exactly did officials call it?" asks what "What did officials call it?" asks.
_AFTER_ASKING = re.compile(
    r"\b(?P<asking>what|who|whom|when|where|which|how|why)\s+(?:exactly|actually|really|"
    r"precisely)\b",
    re.I,
)


def spelled(question: str) -> str:
    """The question with its misspelt question words put right."""
    return _TYPO.sub(lambda m: _TYPOS[m.group(0).lower()], question)


def answer_kind(question: str) -> str | None:
    """The kind of answer a question asks for: clock, duration, weekday, day (a weekday or a
    day of a month), calendar (a day of a month), year, source (who gave a figure), month,
    date, speech, quote (the speaker's quoted words), portrayal, description (the
    article's own), name, money, currency, amount (with its unit), provision (a numbered
    part of a text), class (a company, a system, an alliance, a hall, an airport), model (a
    type of drone, missile or aircraft), age, number, person or place (None when it asks
    for something else).
    The question word that comes first decides: "Which city hosted them when they met?"
    asks for a place, except that a "when" narrowed later ("… at which date exactly?")
    asks for the narrower time; misspelt question words ("wher") are read right, and a
    word that only stresses the question ("What exactly …") is read past."""
    question = _AFTER_ASKING.sub(r"\g<asking>", spelled(question))
    found = [
        (match.start(), order, kind)
        for order, (kind, pattern) in enumerate(_KIND_QUESTIONS)
        if (match := pattern.search(question)) is not None
    ]
    if not found:
        return None
    kind = min(found)[2]
    # "When is it coming into force, at which date exactly?": the narrower time asked for.
    named = {k for _, _, k in found}
    return next((k for k in ("calendar", "year") if kind == "date" and k in named), kind)


def counted_noun(question: str) -> str | None:
    """What a "how many" or "how much" question counts ("How many drones has Iran sent?"
    -> "drone", "how much trade is there …" -> "trad", "How many people attended …?" ->
    "peopl")."""
    match = _COUNTED.search(question)
    if match is None:
        doing = _COUNTED_DOING.search(question)
        return stem(doing.group("noun").lower()) if doing else None
    phrase = match.group(0).split()[2:]
    return stem(phrase[-1].lower().strip("’'")) if phrase else None


def _counts(text: str, noun: str | None, asked: str) -> bool:
    """Whether the text holds a count (of `noun`, when given) that the question doesn't."""
    dates = [m.span() for m in _DAY_OF_MONTH.finditer(text)]
    found = list(_TOKEN.finditer(text))
    tokens = [m.group(0) for m in found]
    for i, (match, token) in enumerate(zip(found, tokens, strict=True)):
        value = token.strip(".,").lower()
        if not _KIND_PATTERNS["number"].fullmatch(value) or value in asked.split():
            continue
        if _YEAR.match(value):
            continue  # "2001" dates something; it counts nothing
        if any(start <= match.start() < end for start, end in dates):
            continue  # "January 17" is a day, not a count
        if noun is None:
            # "several" counts setbacks when asked how many; it is no population or sum,
            # and neither is "the two countries", which points at two already named.
            after_the = i > 0 and tokens[i - 1].lower() == "the"
            # "20 years" measures time; it counts no people.
            then = tokens[i + 1].lower().strip(".,") if i + 1 < len(tokens) else ""
            if value != "several" and not after_the and not _TIME_UNIT.fullmatch(then):
                return True
            continue
        if value in {"once", "twice", "thrice"} and noun == stem("times"):
            return True
        following = [stem(t.strip(".,’'").lower()) for t in tokens[i + 1 : i + 4]]
        if noun in following:
            return True
    return False


def counts_number(text: str, question: str) -> bool:
    """Whether the text gives a number that counts what a "how many" question counts."""
    return _counts(text, counted_noun(question), question.lower())


_QUOTED = re.compile(r"[“\"«][^”\"»]{3,}[”\"»]")
# "How did Pezeshkian characterise it?": who is asked to have portrayed it, by name.
_PORTRAYER = re.compile(
    rf"^\W*(?i:how\s+(?:did|does|has|had|would|will))\s+{_SPEAKER}\s+(?i:describe"
    r"|characteri[sz]e|call|hail|sum|label|term|portray|depict)\b"
)
_REPORTS_WORDS = re.compile(rf"\b{SPEECH_VERB}\b|\b(?:praise|hail|describe|call)s?\b", re.I)


def kind_strength(kind: str | None, text: str, question: str = "") -> float:
    """How well a text holds the asked-for kind: 1 for a measured answer, 0.5 for a vague
    one ("taken years" for "how long will it last?", where "20 years" is the answer), 0 for
    none (see `has_kind`)."""
    if not has_kind(kind, text, question):
        return 0.0
    if kind == "duration" and not _MEASURED_RE.search(text):
        return 0.5
    if kind == "portrayal" and not _QUOTED.search(text):
        return 0.5  # words reported, not quoted: "leaders praise deal"
    if kind == "name" and _AGREEMENT.search(question) and not _deal_named(text, question):
        return 0.5  # a quoted phrase or an acronym, not a deal's name: "TASS"
    return 1.0


def _deal_named(text: str, question: str) -> bool:
    """Whether the text names a deal by a name that says what it is: “comprehensive
    strategic partnership treaty”, "Joint Comprehensive Plan of Action"."""
    return any(
        _AGREEMENT.search(found) and found.lower() not in question.lower()
        for found in (m.group(0) for m in _KIND_PATTERNS["name"].finditer(text))
    )


_CITY = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:city|cities|towns?|villages?|capitals?)\b"
    r"|\bwhere\s+in\s+(?:the\s+)?[A-Z][\w-]*"
    # "Where exactly in Iraq did the strike happen?": a place within a country, named.
    r"|\bwhere\s+(?:exactly|precisely|specifically)\s+in\s+(?-i:[A-Z])[\w’'-]+",
    re.I,
)
# "Which venue in Tehran hosted …?": a building or a room, in the place named after it.
_VENUE = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:venues?|halls?|buildings?|palaces?|hotels?|rooms?)\b"
    r"(?:\s+in\s+(?P<where>(?-i:[A-Z])[\w’'-]+))?",
    re.I,
)
# Seats of power that are buildings, where things are signed: not cities.
_SEAT_BUILDINGS = frozenset({"Kremlin", "House", "Street", "Elysee", "Élysée"})


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_COUNTRIES = frozenset(country(name.split()[-1]) for name in SEATS.values())
_WHICH_COUNTRY = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:country|countries|nation|state)\b", re.I
)
_COUNTRY_NAME = re.compile(
    r"\b(?:"
    + "|".join(
        sorted({re.escape(n.removeprefix("the ")) for n in SEATS.values()}, key=len, reverse=True)
    )
    + r")\b"
)
_ROLE_WORD = re.compile(_TITLES)


def _is_state(name: str) -> bool:
    """Whether a capitalised word names a country, its people or its seat of government
    ("Iran", "Iranian", "Moscow", "Kremlin"), not a person or a thing of its own."""
    return name in SEATS or country(name) in _COUNTRIES


def _seat_of(place: str) -> str | None:
    """The country (folded, see `qa.roles.country`) whose capital or seat of power the
    place is: "Moscow" and "Kremlin" are Russia's; None for other places."""
    seat = SEATS.get(place)
    return country(seat.split()[-1]) if seat else None


_NOT_NAMES = rf"(?!(?:{_OPENERS}|He|She|They|We|I|You|Who|Which|What)\b)"
_SPEAKS = re.compile(
    rf"\b{_NOT_NAMES}(?P<who>[A-Z][a-z][\w’'-]*?)(?:[’']s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{SPEECH_VERB}\b"
    rf"|\b(?:{SPEECH_VERB}|according\s+to|citing|quoting)\s+{_NOT_NAMES}(?P<after>[A-Z][a-z][\w’'-]*)\b"
)
# "The leaders said …", "officials told …": a group speaking.
_GROUP_SPEAKS = re.compile(rf"\b{_TITLES}\s+(?:[a-z][\w-]*\s+){{0,2}}?{SPEECH_VERB}\b")
# "Who is quoted …?", "Who said …?", "Who called it …?": the answer is someone speaking.
_ASKS_SPEAKER = re.compile(
    rf"\bquoted\b|\bwho\s+(?:(?:is|was|were|has|had|have)\s+)?(?:\w+ly\s+)?"
    rf"(?:{SPEECH_VERB}|say|says|call|describe|quote)\b",
    re.I,
)


def _new_speaker(
    text: str, words: set[str], *, people_only: bool = False, groups: bool = True
) -> bool:
    """Whether someone the question (its `words`) does not name says something in the
    text; with `people_only`, someone other than a country or a seat of government ("the
    Kremlin said" answers "who is quoted …?", not "who signed it?"); without `groups`,
    not a group either ("officials said")."""
    for match in _SPEAKS.finditer(text):
        name = match.group("who") or match.group("after")
        if people_only and _is_state(name):
            continue
        if name.casefold() not in words:
            return True
    return groups and any(
        m.group(0).split()[0].casefold() not in words for m in _GROUP_SPEAKS.finditer(text)
    )


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_ASKED_WORD = re.compile(r"[\w’'-]+")


def _new_person(text: str, asked: str, groups: bool = True) -> bool:
    """Whether the text names someone the question does not. "Vladimir Putin" is not new
    to "Who photographed Putin?" (the surname decides: in "… to Russia Kazem Jalali" the
    match runs on from the place), a title before a name stands or falls with the name,
    and a bare "Western officials" is someone (unless `groups` is False: "Which president
    signed it?" asks for one person, not "officials")."""
    asked_words = set(_ASKED_WORD.findall(asked))
    if _new_speaker(text, asked_words, people_only=True, groups=groups):
        return True  # "Putin praised the deal …", "Pezeshkian said …": one name, speaking
    for match in _KIND_PATTERNS["person"].finditer(text):
        found = match.group(0)
        if _ROLE_WORD.fullmatch(found):
            if not groups and found.lower().endswith("s"):
                continue
            if not _NAME_AFTER.match(text, match.end()) and found.lower() not in asked_words:
                return True
            # "Which officials see …?" is answered by whose: "Western officials".
            owner = _OWNER_BEFORE.search(text, 0, match.start())
            if owner is not None and owner.group(1).lower() not in {w.lower() for w in asked_words}:
                return True
        elif found.split()[-1].lower() not in asked_words:
            return True
    return False


# "Western officials", "Ukrainian and Western officials": whose a group is, just before it.
_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:and\s+[A-Z][a-z]+\s+)?$")
# "Which president signed it?": one person by an office, whom a group does not name.
_ONE_OFFICE = (
    r"(?:president|minister|ambassador|envoy|leader|diplomat|commander|"
    r"general|politician|head|official|spokes(?:man|woman|person)|representative)\b(?!s)"
)
# "Who is the leader of Iran?", "who is Iran's president?": one holder of one office, whom
# "Iranian and Russian leaders" does not name.
_ONE_PERSON = re.compile(
    rf"\bwhich\s+(?:[\w-]+\s+)?{_ONE_OFFICE}"
    rf"|\bwho\s+(?:is|was|'s|’s)\s+(?:the\s+|[A-Z][a-z]+[’']s\s+)?(?:[\w-]+\s+)?{_ONE_OFFICE}",
    re.I,
)
_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.I)
_AGENCY = (
    r"(?:[Aa]genc(?:y|ies)|[Oo]utlets?|[Ss]ervices?|[Ww]ire|[Bb]ureau|[Dd]epartment|[Nn]ewspaper)"
)
_AGENCY_NAMED = re.compile(
    rf"\b{_AGENCY}\s+([A-Z][\w-]+)|\b([A-Z][a-z][\w-]*)\s+(?:news\s+)?{_AGENCY}\b|\b([A-Z]{{3,}})\b"
    # "Sputnik distributed the photo", "Reuters reported": a name doing what agencies do.
    r"|\b([A-Z][\w-]+)\s+(?:reported|distributed|published|carried|ran|released|broadcast)\b"
)
# "Ukrainian and Western officials": whose officials, by their adjectives.
_NATIONALS = re.compile(rf"\b([A-Z][a-z]+)(?:\s+and\s+[A-Z][a-z]+)?\s+{_TITLES}")
# An amount: a share, a multiple, a sum, a quantity with its unit.
_AMOUNT = re.compile(
    rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS}))\s*(?:%|percent\b|per\s+cent\b|times\b|fold\b|"
    r"billion\b|million\b|thousand\b|trillion\b|bn\b|tonnes\b|tons\b|barrels\b|cubic\b|"
    r"dollars\b|euros\b|roubles\b|rubles\b|rials\b)|[$€£]\s*\d|\b(?:twice|doubled|tripled|"
    r"quadrupled|halved)\b",
    re.I,
)


_FIGURE = re.compile(r"\bfigures?\b", re.I)
# "… give for the treaty's duration?", "… for how long it lasts?": a term of time.
_TERM = re.compile(
    r"\b(?:duration|term|long|lasts?(?!\s+(?:year|month|week))|valid\w*|in force|(?<!last )(?<!this )(?<!next )years?|months?)\b",
    re.I,
)


def _named_class(text: str, question: str) -> bool:
    """Whether the text calls something by the kind a "which" question asks for ("Which
    energy company …?": "… the company …", "the firm …")."""
    match = re.search(_WHICH_CLASS, question, re.I)
    if match is None:
        return True
    word = match.group("cls")
    words = next(w for w in _CLASSES.values() if re.fullmatch(w, word, re.I))
    return re.search(rf"\b(?:{words})\b", text, re.I) is not None


def _names_model(text: str) -> bool:
    """Whether the text names a type of drone, missile or aircraft ("self-detonating
    “Shahed” drones", "Su-35 jets"); a country's name or adjective says whose it is, not
    its type ("a US drone strike", "Iranian drones")."""
    for match in _MODEL_NAMED.finditer(text):
        if match.group("quoted"):
            return True
        if not _is_state(match.group("name")):
            return True
    return False


# "How does the article describe the “Shahed” drones …?": what is described, and the
# respect it is described in ("… in terms of Western sanctions").
_DESCRIBED = re.compile(
    r"\b(?:describe|characteri[sz]e|portray|depict|present|sum\s+up)\s+(?P<what>[^?—–;:]+?)"
    r"(?:\s+in\s+terms\s+of\s+(?P<respect>[^?—–;:]+?))?\s*(?:[?—–;:]|$)",
    re.I,
)


def _describes(text: str, question: str) -> bool:
    """Whether the text describes what the question asks the article's description of: a
    thing it names ("drones"), or, when only names are asked about ("Russia and Iran"),
    them or their people; and in the respect asked, if one is ("sanctions")."""
    match = _DESCRIBED.search(question)
    if match is None:
        return True
    present = set(terms(text))
    # The head of the respect decides: "Western sanctions" is about sanctions, and so is
    # "their sanctions exposure", whose head only says it is a standing in it.
    respect = [t for t in terms(match.group("respect") or "") if t not in _STANDING]
    if respect and not covered(respect[-1], present):
        return False
    what = match.group("what")
    names = re.findall(r"[A-Z][\w-]+", what)
    things = [t for t in terms(re.sub(r"[A-Z][\w-]+|[“”\"]", " ", what)) if t not in _NO_THING]
    if things:
        return any(covered(t, present) for t in things)
    words = re.findall(r"[A-Z][\w-]+", text)
    return not names or any(same_country(n, w) or n == w for n in names for w in words)


# Heads of a respect that name a standing in something, not a thing: "sanctions exposure".
_STANDING = frozenset(terms("exposure status situation position record standing profile footing"))
# Words of a described thing's phrase that name no particular thing: "… drones Iran
# provided to Russia", "the two countries", "both sides".
_NO_THING = frozenset(
    terms(
        "provided supplied given sent used signed made the both two countries nations states "
        "sides parties partners pair signatories signatory"
    )
)


_OFFICE_BEFORE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Mm]inister|[Cc]onsul|[Rr]epresentative)s?\s*$"
)


def is_credit(text: str) -> bool:
    """Whether a text is a photograph's credit line ("(Photo by … / AFP", "[… via AFP]")."""
    return _CREDIT.search(text) is not None


def credits_photo(text: str, question: str) -> bool:
    """Whether a question asks who took a photograph and the text is its credit line."""
    return _PHOTOGRAPHER.search(question) is not None and is_credit(text)


# "Which Iranian ministers accompanied Pezeshkian?": an office asked for by its title.
_OFFICE_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had)\b)[\w-]+\s+){0,2}?"
    r"(?P<office>ministers?|ambassadors?)\b"
    # "Which Iranian president …?"; not "In which city the presidents was meet …?".
    r"|\b(?:which|what)\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?P<president>presidents?)\b",
    re.I,
)


def office_asked(question: str) -> str | None:
    """The title a "Which … minister(s) …?", "Which … ambassador …?" or "Which …
    president …?" question asks the answer to hold someone by, in the singular, or None:
    "Which ministers travelled with Pezeshkian?" is not answered by a sentence that names
    no minister, nor "Which Iranian president signed the 2001 agreement?" by one on the
    agreement that names no president."""
    match = _OFFICE_ASKED.search(question)
    if match is None:
        return None
    office: str = match.group("office") or match.group("president")
    return office.lower().removesuffix("s")


_NAME_OF_PERSON = re.compile(
    rf"\b(?:name|names|identity)\s+(?:of|for)\s+(?:the\s+|this\s+|that\s+)?(?:[\w’'-]+\s+){{0,3}}?{_PERSON_NOUN}\b"
    # "Which Kremlin spokesperson said …?": one person, whom only a name tells.
    r"|\bwhich\s+(?:[\w’'-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official)\b(?!s)",
    re.I,
)


def asks_name_of_person(question: str) -> bool:
    """Whether a question asks for someone's name in so many words ("What is the name of
    the Kremlin spokesperson who …?"), or for one official ("Which Kremlin spokesperson
    said …?"): a sentence naming no one cannot answer it."""
    return _NAME_OF_PERSON.search(question) is not None


def asks_agency(question: str) -> bool:
    """Whether a question asks which agency or outlet did something."""
    return _AGENCY_ASKED.search(question) is not None


# Whose agency: "Which US agency …?", "the Russian state agency Sputnik".
_AGENCY_OWNER = re.compile(
    rf"\b(?-i:([A-Z][a-z]+|US|UK))\s+(?:(?:state|state-owned|state-run|government|news|wire|"
    rf"intelligence|security|law-enforcement)\s+)*{_AGENCY}",
    re.I,
)


# Where the news agencies a report may cite without saying so are based: "the state-owned
# news agency TASS" is Russia's, which "Which Iranian news agency …?" does not ask for.
AGENCY_HOMES = {
    "TASS": "Russia", "Sputnik": "Russia", "RIA": "Russia", "Interfax": "Russia",
    "IRNA": "Iran", "Tasnim": "Iran", "Fars": "Iran", "Mehr": "Iran", "ISNA": "Iran",
    "AFP": "France", "Reuters": "Britain", "AP": "America", "Xinhua": "China",
    "Anadolu": "Turkey", "Yonhap": "Korea", "KCNA": "Korea",
}  # fmt: skip
_AGENCY_HOME = re.compile(r"\b(?:" + "|".join(AGENCY_HOMES) + r")\b")


# "Which Russian general was killed …?": someone asked for as his country's.
_NATIONAL_ASKED = re.compile(
    rf"\b(?:which|what)\s+(?-i:([A-Z][a-z]+|US|UK))\s+(?:[\w’'-]+\s+){{0,2}}?{_PERSON_NOUN}\b",
    re.I,
)
# "Iranian Revolutionary Guards commander Qasem Soleimani": whose someone is, told by the
# adjective that opens his titles.
_NATIONAL_TITLE = re.compile(r"\b([A-Z][a-z]+)\s+(?=[A-Z])")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]*")


def of_another_country(question: str, text: str) -> bool:
    """Whether someone asked for as one country's is told of only as another's: "Which
    Russian general was killed …?" is not answered by "… Iranian Revolutionary Guards
    commander Qasem Soleimani …", a text that never names Russia."""
    asked = _NATIONAL_ASKED.search(question)
    if asked is None or not is_country(nation := asked.group(1)):
        return False
    if any(is_country(w) and same_country(nation, w) for w in _CAPITALISED_WORD.findall(text)):
        return False
    return any(is_country(m.group(1)) for m in _NATIONAL_TITLE.finditer(text))


def names_agency(text: str, question: str) -> bool:
    """Whether the text names an agency the question does not, by its name or acronym
    ("the state agency Sputnik", "… / AFP"): "Trump ordered …" names none. Not another
    country's: "Which US agency announced it?" is not answered by "the Russian state agency
    Sputnik", nor "Which Iranian news agency …?" by "the state-owned news agency TASS"."""
    asked = [m.group(1) for m in _AGENCY_OWNER.finditer(question) if is_country(m.group(1))]
    told = [m.group(1) for m in _AGENCY_OWNER.finditer(text) if is_country(m.group(1))]
    told += [AGENCY_HOMES[m.group(0)] for m in _AGENCY_HOME.finditer(text)]
    if asked and told and not any(same_country(a, t) for a in asked for t in told):
        return False
    return any(
        found not in question for m in _AGENCY_NAMED.finditer(text) for found in m.groups() if found
    )


def has_kind(kind: str | None, text: str, question: str = "") -> bool:
    """Whether a text contains something of the asked-for kind that the question does not
    already say (True when no kind is asked)."""
    if kind is None:
        return True
    asked = question.lower()
    if kind == "number":
        # "How much has trade grown?" asks an amount: "two of the world's … nations" counts
        # nations, it measures no growth.
        if _HOW_MUCH.search(question) and _AMOUNT.search(text) is None:
            return False
        # "How many areas does it cover?" is answered by a list of them too (`qa.lists`).
        return counts_number(text, question) or list_counted(question, text) is not None
    if kind == "speech":
        return _speaker_said(text, question)
    if kind == "expansion":
        # "What does the acronym stand for?" names none to hold the text to.
        acronym = _ACRONYM.search(question)
        return acronym is None or expands(text, acronym.group(0))
    if kind == "description":
        return _KIND_PATTERNS[kind].search(text) is not None and _describes(text, question)
    if kind == "quote":
        quoted = _KIND_QUOTE.search(question)
        # "What phrase did Pezeshkian use …?" is answered by "Pezeshkian said the two
        # countries were entering a new chapter …"; "What exact words …?" by quoted ones.
        return (
            quoted is not None
            and (_QUOTED.search(text) is not None or not _EXACT_ASKED.search(question))
            and speaks(quoted.group("speaker"), text)
        )
    if kind == "portrayal":
        said = _QUOTED.search(text) is not None or _REPORTS_WORDS.search(text) is not None
        # "How did Pezeshkian characterise it?" is answered by his words, not by Putin's
        # "at a news conference with Pezeshkian".
        portrayer = _PORTRAYER.search(question)
        # Nor is "How did the Russian president characterise it?" by his foreign minister's.
        return (
            said
            and (portrayer is None or speaks(portrayer.group("speaker"), text))
            and not other_role(question, text)
        )
    if kind == "person":
        if _PHOTOGRAPHER.search(question):
            return _CREDIT.search(text) is not None
        if _ASKS_SPEAKER.search(question):
            # "Who is quoted calling the deal a breakthrough?": someone saying something.
            return _new_speaker(text, set(_ASKED_WORD.findall(asked)))
        if asks_agency(question):
            return names_agency(text, question)
        if of_another_country(question, text):
            return False
        whose = "whose" in asked.split() and (
            _POSSESSIVE.search(text) is not None
            # "Whose officials say …?": "… according to Ukrainian and Western officials"
            or any(m.group(1).lower() not in asked for m in _NATIONALS.finditer(text))
        )
        return whose or _new_person(text, asked, groups=_ONE_PERSON.search(question) is None)
    if kind == "amount":
        # "What figure does it give for the treaty's term?" is answered by "20 years".
        figure = _FIGURE.search(question) is not None and _TERM.search(question) is not None
        return any(
            m.group(0).lower() not in asked
            for pattern in ((_AMOUNT, _MEASURED_RE) if figure else (_AMOUNT,))
            for m in pattern.finditer(text)
        )
    if kind == "condition":
        # "if" is no word the question could already say of the answer.
        return _KIND_PATTERNS[kind].search(text) is not None
    if kind == "class":
        return _named_class(text, question)
    if kind == "model":
        return _names_model(text)
    found = [
        m.group(0)
        for m in _KIND_PATTERNS[kind].finditer(text)
        # "Iranian Ambassador to Russia" is an office, not a place anything happened.
        if not (kind == "place" and _OFFICE_BEFORE.search(text, 0, m.start()))
    ]
    new = [f for f in found if f.lower() not in asked]
    if kind == "place" and (city := _CITY.search(question)) is not None:
        # "In which Iraqi city …?" is not answered by "in Iraq", nor by another country.
        named = {country(w) for w in _CAPITALISED.findall(question[: city.end()])}
        new = [f for f in new if country(f.split()[-1]) not in named | _COUNTRIES]
        # "In which Iranian city …?" is not answered by "in Moscow" either: a capital
        # belongs to its own country.
        if nations := named & _COUNTRIES:
            new = [f for f in new if _seat_of(f.split()[-1]) in nations | {None}]
    if kind == "place" and (venue := _VENUE.search(question)) is not None:
        # "Which venue hosted the signing?" is answered by a building ("at the Kremlin"), not
        # by a country or a city ("to Russia", "in Moscow"); "Which venue in Tehran …?" by
        # one a sentence that names Tehran gives.
        new = [f for f in new if (w := f.split()[-1]) in _SEAT_BUILDINGS or not _is_state(w)]
        where = venue.group("where")
        if where and not re.search(rf"\b{re.escape(where)}", text):
            return False
    if kind == "place" and _WHICH_COUNTRY.search(question):
        # "… after a war with which country?" is answered by "a war with Israel".
        new += [m.group(0) for m in _COUNTRY_NAME.finditer(text) if m.group(0).lower() not in asked]
    if kind == "name" and _AGREEMENT.search(question):
        # The name of a deal is quoted, an acronym, or says what it is ("Joint Comprehensive
        # Plan of Action"): "Masoud Pezeshkian" names the man who signed it.
        new = [f for f in new if f[0] in _QUOTES or f.isupper() or _AGREEMENT.search(f)]
    elif kind == "name" and (noun := named_noun(question)) is not None:
        # "What was the name of the Revolutionary Guards unit that Soleimani commanded?" is
        # not answered by "… Revolutionary Guards commander Qasem Soleimani": no unit is named.
        return names_thing(text, question, noun)
    return bool(new)


# "the name of the Revolutionary Guards unit that …", "the name or acronym of the agency
# …": the thing named, its noun the last lower-case word before what says which it is.
_NAME_OF = re.compile(
    r"\bname(?:\s+or\s+(?:acronym|abbreviation|title))?\s+of\s+(?:the|this|that|its|their)\s+"
    r"(?P<phrase>[^?,.;:]+)",
    re.I,
)
_PHRASE_ENDS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "with",
        "in",
        "on",
        "at",
        "by",
        "from",
        "to",
        "for",
        "of",
        "after",
        "before",
        "during",
        "and",
        "or",
        "was",
        "were",
        "is",
        "are",
        "did",
        "does",
        "has",
        "had",
        "have",
        "when",
        "where",
    ]
)


def named_noun(question: str) -> str | None:
    """The noun of a thing whose name a question asks, neither a person nor a deal: "unit"
    in "What was the name of the Revolutionary Guards unit that Soleimani commanded?";
    None for any other question."""
    match = _NAME_OF.search(question)
    if match is None:
        return None
    phrase: str = match.group("phrase")
    if _AGREEMENT.search(phrase.split(" that ")[0]):
        return None
    noun: str | None = None
    for i, word in enumerate(phrase.split()):
        folded = word.lower()
        if folded in _PHRASE_ENDS or (i and folded.endswith("ed")) or (noun and word[0].isupper()):
            break
        if word[0].islower():
            noun = folded
    if noun is None or re.fullmatch(_PERSON_NOUN, noun):
        return None
    return noun


# Capitalised words beside a noun that name no thing: "In Moscow, …", "The …".
_NOT_A_NAME = frozenset(["the", "a", "an", "in", "on", "at", "of", "and", "this", "that", "it"])
_QUOTE_MARKS = "“”\"‘’'«»"


def names_thing(text: str, question: str, noun: str) -> bool:
    """Whether a text gives a name to a thing of the noun, one the question does not say:
    "the state agency Sputnik", "the … Hezbollah group", "“Shahed” drones"."""
    forms = {noun, noun.removesuffix("s"), f"{noun}s"}
    words = text.split()
    asked = question.lower()
    for i, word in enumerate(words):
        if word.strip(_QUOTE_MARKS + ",.;:").lower() not in forms:
            continue
        for j in (i - 1, i + 1):
            if j < 0 or j >= len(words):
                continue
            beside = words[j].strip(_QUOTE_MARKS + ",.;:()[]")
            if j == 0 or not beside[:1].isupper() or beside.lower() in asked:
                continue
            if beside.lower() not in _NOT_A_NAME:
                return True
    return False
