"""What a question takes for granted, and whether the answering sentence grants it. Pure.

"Why did China sign the treaty?" takes for granted that China signed it; a sentence about
the signing that never names China gives Russia's and Iran's reasons, if any, not China's
(and "How did Ukraine react to it?" is not answered by a sentence that never names Ukraine).
"Why did Lavrov criticise the treaty?" takes for granted that he criticised it; his quote
calling it constructive is not an answer. "What did Pezeshkian say about the Shahed
drones?" takes for granted that he spoke about them; his remark on trade is not an
answer, however close in meaning. "Does the treaty contain a mutual defence clause?"
asks for a sentence about such a clause, and "Who signed the 2001 agreement?" for one
about 2001. Each is checked against the sentence the
answer comes from, not its whole document: the article names China elsewhere, and
Pezeshkian speaks in it, just not about drones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from qa.answer_types import ARTICLE_QUOTES_FROM, SPEECH_VERB, YEAR, of_another_country, speaks
from qa.chronology import DEAL_TERMS, periods, years
from qa.framing import QUESTION_WORD, SENTENCE_END, capitalised
from qa.mentions import proper_nouns
from qa.metonyms import SEATS, as_countries, seat_country
from qa.roles import country, is_country, same_country
from qa.terms import covered, terms

_NAME = (
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:(?:,\s*|,?\s+and\s+)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)*"
)
# "Why did China sign …", "Why has Sergei Lavrov …": a named subject, not "the leaders".
# "Why North Korea has signed …?" keeps a second language's word order: no auxiliary first
# ("Why also China has signed …?", an adverb first).
_WHY = re.compile(
    r"^\W*why\s+(?:(?:also|else|then|exactly|really|actually)\s+)?(?:(?:did|does|do|has|have|had|is|are|was|were|would|will|could|should)\s+"
    r"|(?=(?:the\s+)?[A-Z]))",
    re.I,
)
# "When …", "On what date …", "In which year …": a question about a time (case as the
# pattern using it reads it).
_WHEN_OPENING = r"(?:when|(?:on|in|at|by)?\s*(?:what|which)\s+(?:exact\s+)?(?:date|day|year|month))"
_WHEN_ASKED = rf"^\W*{_WHEN_OPENING}\s+"
# "When did Trump …?", "On what date will Trump be inaugurated?": a named subject is asked
# about at a time; a sentence that dates something else, never naming him, does not answer.
# "In what year does the article say Trump withdrew?" asks the same of Trump.
_WHEN = re.compile(
    _WHEN_ASKED + r"(?:(?:does|did)\s+(?:the\s+)?(?:article|piece|report|story)\s+(?:say|said)\s+"
    r"(?:that\s+)?(?=(?-i:[A-Z]))|(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+|(?=[A-Z]))",
    re.I,
)
# "Where did Assad go after his fall?": a named subject asked about at a place, as a
# when-question asks about him at a time.
_WHERE = re.compile(
    r"^\W*(?:where|in\s+(?:which|what)\s+(?:country|city|town|place|region))\s+"
    r"(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?=(?:the\s+)?[A-Z])",
    re.I,
)
_AFTER_CLAUSE = re.compile(r"\b(?:after|before|since|following|once|when|while)\b", re.I)
_STATIONED = frozenset(terms("posted based stationed serving serves located now"))
# "How long has Kazem Jalali served as ambassador?": a named subject asked about for a
# time, as a when-question asks about him at one.
_HOW_LONG = re.compile(
    r"^\W*how\s+(?:long|many\s+(?:years|months|weeks|days|hours|decades))\s+"
    r"(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?=[A-Z])",
    re.I,
)
# An office names whoever holds it: "served as Iran's ambassador", "become president" tell
# nothing of what he did.
_OFFICES = frozenset(
    terms("minister president ambassador envoy leader commander spokesman spokeswoman official")
)
# What a question may call the deal.
_DEAL = r"(?:treaty|agreement|deal|pact|accord|partnership)"
# Words after "how long is" that name no thing: "How many years is valid this treaty?",
# "How long's the thing meant to be good for?".
_NOT_THINGS = (
    r"it|they|he|she|we|you|this|that|these|those|thing|things|stuff|one|valid|effective|"
    r"binding|good|going|supposed|expected|meant|set|likely|due|able|in|still|already"
)
# "Which group led the offensive?", "Who leads that group now?": who led something is told
# by a sentence that says so ("led by", "its leader"), not one naming a group beside it.
_LED = re.compile(
    # "After Assad was toppled, who is now leading Syria?": after a clause that sets the time.
    r"^\W*(?:(?:after|since|before|when|once|now\s+that)\s+[^,?]{1,60},\s*)?"
    r"(?:who|which\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    # "Who was the commander who led the offensive …?"
    r"(?:(?:is|was|are|were)\s+the\s+(?:[\w’'-]+\s+){1,3}?(?:who|that)\s+)?"
    # "Who is said to have organised the plot?"
    r"(?:(?:is|was|are|were)\s+(?:said|reported|believed|thought|alleged|accused)\s+to\s+have\s+)?"
    r"(?:(?:now|currently|actually)\s+)?"
    r"(?:led|leads|heads|headed|spearhead(?:s|ed)|masterminded|orchestrated|organi[sz]ed|"
    r"commands|commanded"
    # "Who is heading Hezbollah these days?", "who is now leading Syria?"
    r"|(?:is|are|was|were)\s+(?:(?:now|currently)\s+)?(?:leading|heading|commanding))\b"
    r"(?!\s+to\b)",
    re.I,
)
_LEADS = re.compile(
    r"\b(?:led|leads?|leader\w*|head\w*|spearhead\w*|mastermind\w*|orchestrat\w*|organi[sz]\w*|"
    r"command\w*)\b",
    re.I,
)
# "How many years did they negotiate the treaty?": what they did for so long must be told;
# lasting, remaining or being in force is the treaty's term, told by any sentence on it.
# "How long …?", "Exactly how many years …?": a question about a time something took.
_HOW_LONG_ASKED = (
    r"^\W*(?:[Ee]xactly\s+|[Pp]recisely\s+|[Rr]oughly\s+)?[Hh]ow\s+"
    r"(?:long|many\s+(?:years|months|weeks|days|hours|decades)"
)
_HOW_LONG_DONE = re.compile(
    _HOW_LONG_ASKED + r"(?:\s+exactly)?)\s+"
    r"(?:did|does|do|has|have|had|will|would)\s+"
    r"(?:they|he|she|we|you|the\s+two\s+\w+|[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)\s+"
    r"(?!(?:last|remain|stay|run|apply|continue|be|hold|go|keep|agree|expect|say|plan|intend|"
    r"want|hope|sign|mean|commit)\b)(?P<done>[a-z][\w-]+)\b"
)
# Words that mark out a deal other than the new treaty: "the old agreement", "the
# multinational deal", "the 2001 accord".
_OLD = frozenset({"old", "older", "earlier", "previous", "prior", "former", "original", "existing"})
# What tells of an old deal: its year or its age, and a deal (or the framework) at all.
_DATED = re.compile(rf"\b(?:{YEAR}|{'|'.join(sorted(_OLD))}|framework)\b", re.I)
_A_DEAL = re.compile(rf"\b{_DEAL}s?\b|\bframework\b", re.I)
_OTHER_DEAL = re.compile(
    rf"\b(?:the|that|this|an?)\s+(?P<mod>{'|'.join(sorted(_OLD))}|multinational|nuclear|{YEAR})\s+"
    rf"(?:[\w-]+\s+)?{_DEAL}s?\b",
    re.I,
)
# "What post did Lavrov hold before becoming foreign minister?": what someone was before
# a post, told only by a sentence on an earlier time ("former", "previously", "until").
_BEFORE_BECOMING = re.compile(
    r"\b(?:before|prior\s+to|until)\s+(?:becoming|being\s+(?:named|appointed|elected|made)|"
    r"(?:he|she|they)\s+(?:became|was\s+(?:named|appointed|elected)))\b",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:former(?:ly)?|previous(?:ly)?|earlier|before|prior|until|once|ex-|"
    r"had\s+(?:been|served))",
    re.I,
)
# "What did Trump do about the treaty after taking office?", "How has he responded since
# his inauguration?": what someone did once in office, told only by a sentence on what
# came after it ("just days before Trump's return to power" tells of the time before).
_AFTER_TAKING_OFFICE = re.compile(
    r"^\W*(?:what|how)\b[^?]*?\b(?:do|did|does|done|doing|respond\w*|react\w*|handl\w*)\b"
    r"[^?]*?\b(?:after|since|once)\s+(?:(?:he|she|they)\s+(?:took|take|takes)\s+office|"
    r"taking\s+office|(?:being|(?:he|she|they)\s+(?:was|were|is|are)|getting)\s+sworn\s+in|"
    r"(?:his|her|the|their)\s+(?:inauguration|swearing[- ]in|return)|"
    r"returning\s+to\s+(?:power|office|the\s+White\s+House)|(?:he|she|they)\s+returned)",
    re.I,
)
_LATER = re.compile(
    r"\b(?:after|since|once)\b[^.;]*?\b(?:office|sworn|inaugur\w*|return\w*|power)\b", re.I
)
# "Russia's own partnership treaty with North Korea": a deal with a country that is not
# one of the document's parties.
_DEAL_WITH = re.compile(
    rf"\b{_DEAL}s?\s+(?:(?:signed|struck|agreed|reached)\s+)?with\s+"
    r"(?P<other>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)",
    re.I,
)
# "What did the 2001 agreement between Russia and Iran say?": what a deal says, asked of
# the deal itself; told only by a sentence in which the deal says, covers or provides
# something ("a multinational deal that provided Iran with sanctions relief"), not by one
# that says no more than that it exists ("a 2001 agreement that has been periodically
# renewed").
_WHAT_DEAL_SAYS = re.compile(
    r"^\W*what\s+(?:exactly\s+)?(?:did|does|do|has|had)\s+(?:the|that|this|their|its)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_DEAL}\b"
    # "What do the treaty's undisclosed clauses say about mutual defence?"
    r"(?:[’']s\s+(?:[\w-]+\s+)?(?:clauses?|provisions?|terms|text|articles?|sections?))?"
    r"(?:\s+(?:between|of|with)\s+[^?]+?)?\s+"
    r"(?:say|state|contain|include|provide|cover|stipulate|require|set\s+out|establish|"
    r"guarantee)\b",
    re.I,
)
_DEAL_SAYS = re.compile(
    rf"\b{_DEAL}s?\b[”\"»]?\s+(?:[\w’'-]+\s+){{0,4}}?(?:says?|said|states?|stated|contain\w*|"
    r"includ\w*|provid\w*|cover\w*|stipulat\w*|requir\w*|sets?\s+out|establish\w*|commit\w*|"
    r"oblig\w*|guarantee\w*|enhanc\w*|is\s+aimed|aims?)\b",
    re.I,
)
# "In which month does the article say he was toppled?": what he underwent or did must be
# told by the sentence that dates it ("… meet at the Kremlin on January 17" dates no fall).
_WHEN_DONE = re.compile(
    _WHEN_ASKED + r"(?:(?:does|did)\s+(?:the\s+)?(?:article|piece|report|story)\s+(?:say|said)\s+)?"
    r"(?:(?:did|was|were|has|had)\s+(?:he|she)\s+(?:been\s+)?|(?:he|she)\s+(?:was|(?:has|had)\s+been)\s+)"
    # Speaking is told by "said", which names no deed of its own (see `qa.terms`).
    r"(?!(?:make|made|do|done|get|got|give|given|have|take|taken|go|gone|speak|spoke|spoken|"
    r"say|said|talk|talked|comment|commented|remark|remarked)\b)(?P<done>[a-z][\w-]+)\b",
    re.I,
)
# "When was the Sputnik news agency founded?": how something began, which a sentence that
# names it on another day ("… distributed by … Sputnik, … on January 17, 2025") does not tell.
_WHEN_FOUNDED = re.compile(
    _WHEN_ASKED + r"(?:was|were|is|are|had|has)\s+(?:been\s+)?[^?]{2,80}?\s+"
    r"(?P<done>founded|established|created|formed|set\s+up|launched|built|born|incorporated)\b",
    re.I,
)
# "How many years did negotiations on the treaty last?": a thing asked about for a time,
# which a sentence must name ("Negotiations … have taken years"), not only time another
# thing ("The treaty is expected to remain in force for 20 years").
_HOW_LONG_THING = re.compile(
    _HOW_LONG_ASKED + r")\s+(?:(?:in\s+(?:total|all)|altogether|overall|exactly|roughly)\s+)?"
    r"(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?:the\s+)?"
    # "the treaty negotiations" times the talks, not the treaty.
    rf"(?:(?:new\s+)?{_DEAL}\s+(?=(?:negotiations|talks)\b))?"
    rf"(?!(?:{_NOT_THINGS}|{_DEAL}s?)\b)(?P<what>[a-z][\w-]+)\b"
)
# "How long is the deal for?", "how long will it last": the deal's term, which a sentence
# on how long the talks took does not tell ("Negotiations … have taken years").
_HOW_LONG_DEAL = re.compile(
    _HOW_LONG_ASKED + r")\s+(?:is|was|will|would|does|do)\s+(?:it|(?:the|this|that)\s+(?:new\s+)?"
    rf"{_DEAL})\b(?![’']s\b|\s+(?:negotiat|talk|process))",
    re.I,
)
_TALKS = re.compile(r"\b(?:negotiations|talks)\b", re.I)
_IN_FORCE = re.compile(r"\b(?:in\s+force|remain\w*|last\w*|valid\w*|expir\w*|term)\b", re.I)
# "In which year did formal negotiations on the new treaty begin?": talks asked when they
# began or ended, which the sentence must name ("Negotiations … have taken years"), not
# only date another thing ("a 2001 agreement"). Talks only: "When did the war in Ukraine
# begin?" is dated by "Russia’s invasion of Ukraine in February 2022".
_WHEN_THING = re.compile(
    _WHEN_ASKED
    + r"(?:did|does|do|will|would|has|have|had)\s+(?:the|those|these|that|this|their)?\s*"
    r"(?:(?:formal|official|actual|first|bilateral|treaty)\s+)*"
    r"(?P<what>negotiations?|talks|discussions|consultations|ratification|drafting)\b"
    r"[^?]*?\s(?:begin|start|commence|open|end|finish|conclude)\b",
    re.I,
)
# "In what year did Russia and Iran begin negotiating the new treaty?": the talks, as
# `_WHEN_THING` asks of them, with the parties named.
_WHEN_BEGUN = re.compile(
    rf"^\W*(?i:{_WHEN_OPENING})\s+"
    r"(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]+(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]+)?\s+"
    r"(?:begin|start|commence|open|end|finish|conclude)\w*\s+"
    r"(?P<what>negotiat\w*|talks|talking|discuss\w*|consult\w*|drafting)\b"
)
# "the new treaty", "this deal": the one the document is about.
_THE_DEAL = re.compile(r"\b(?:the|this)\s+(?:new\s+)?(?:treaty|deal|pact|accord)\b", re.I)
_DEAL_AFTER = re.compile(rf"(?:[’']s)?\s+(?:new\s+)?{_DEAL}\b", re.I)
# "On what date did the alleged Iranian plot to kill Trump come to light?": a thing asked
# when it happened, which the sentence must mostly name ("… meet at the Kremlin on January
# 17, 2025" dates no plot).
_WHEN_IT_HAPPENED = re.compile(
    _WHEN_ASKED
    + r"(?:did|does|do|will|would)\s+(?:the|that|this)\s+(?P<what>(?:[\w’'-]+\s+){1,7}?)"
    r"(?:come\s+to\s+light|come\s+out|emerge|surface|happen|occur|take\s+place|become\s+"
    r"(?:public|known))\b",
    re.I,
)
_SUBJECT = re.compile(_NAME)  # case matters here: "China", not "the leaders"
# "Did Trump cancel the treaty …?", "Has China joined it?": whether a named subject did
# something (the subject is read with `_THE_NAME` and `_SUBJECT`, case as they read it).
_DID = re.compile(
    r"^\W*(?:did|does|do|has|have|had|will|would|is|are|was|were)(?:n['’]t)?\s+", re.I
)
# "the European Union", "the US", "the Israeli government", not "the leaders": a name
# (one word only when it owns nothing: "the Kremlin's tilt" is asked about as a tilt).
# "the outgoing Biden administration" as much as "the Biden administration", and "the
# once-and-future American president" as "the American president".
_THE_NAME = re.compile(
    r"the\s+(?:(?:outgoing|incoming|new|former|previous|current|then|[a-z]+(?:-[a-z]+)+)\s+)?"
    r"(?=[A-Z][\w’'-]*\s+[A-Z]|[A-Z][\w-]*\b(?![’']s))"
)
# "How did Ukraine's government react to …?", "How has Washington responded?": a reaction
# is asked of a named subject, who must be in the answer as much as a why-question's.
_REACTION = re.compile(
    r"^\W*(?:how\s+(?:(?:did|does|do|has|have|had|will|would|might)\s+(?=.+?\s+"
    r"(?:react|respond|repl(?:y|ie)|receive|greet|welcome)\w*\b)"
    # "How was reacting the European Union …?", "How the EU reacted …?"
    r"|(?:was|were|is|are)\s+(?:react|respond)ing\s+(?:to\s+(?:it|this|that)\s+)?"
    r"|(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:react|respond)\w*\b))"
    # "How did Iran retaliate?", "Has China said anything about the treaty?", "Has
    # Canberra criticised the pact?"
    r"|how\s+(?:did|does|do|has|have|had|will|would|might)\s+(?=(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*\s+(?:retaliat|hit\s+back|strike\s+back)\w*)"
    # "Didn't Iran deny sending drones?", "Has Tehran confirmed it?"
    r"|(?:has|have|did|does|do)(?:n['’]t)?\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+"
    r"(?:said|say|comment\w*|respond\w*|react\w*|spoken|speak|criticis\w*|criticiz\w*|"
    r"condemn\w*|welcom\w*|denounc\w*|object\w*|protest\w*|den(?:y|ied|ies)|confirm\w*|"
    r"admit\w*|acknowledg\w*)\b)"
    # "What was Zelenskyy's reaction to …?"
    r"|what\s+(?:was|is|were|has\s+been)\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"[’']s\s+(?:official\s+|first\s+|initial\s+|public\s+)?(?:reaction|response|reply|"
    # "What was Trump's official statement reacting to the signing?"
    r"(?:statement|comment|remarks?)\s+(?:reacting|responding|in\s+(?:response|reaction)|on\s+the)"
    r")\b)"
    # "What did China think of the treaty?", "How does Beijing feel about it?": what a
    # named subject thinks is asked as a reaction, told only by what it did or said.
    r"|(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?=(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*\s+(?:think\s+(?:of|about)|make\s+of|feel\s+about)\b))",
    re.I,
)
# A pronoun, or a sentence that opens on a role ("The US president-elect, who …").
_REFERS_BACK = re.compile(
    r"\b(?:he|she|his|her|him|they|their|them)\b|"
    r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:president|president-elect|leader|minister|ambassador|"
    r"envoy|spokes(?:man|woman|person)|commander|chief)\b",
    re.I,
)
# A reaction done rather than said: outrage, a condemnation, a welcome.
_DEEDS = (
    r"in response|in reaction|respond\w*|react\w*|outrage\w*|welcom\w*|condemn\w*|"
    r"criticis\w*|criticiz\w*|protest\w*|reject\w*|denounc\w*|applaud\w*|alarm\w*|vow\w*|"
    r"pledg\w*|retaliat\w*"
)
_REACTS_DEED = re.compile(rf"\b(?:{_DEEDS})\b", re.I)
# What someone declares besides saying it: praise, a warning, a denial, a confirmation.
_DECLARES = r"prais\w*|hail\w*|warn\w*|den(?:y|ied|ies|ial)|confirm\w*|admit\w*|acknowledg\w*"
# Any reaction: a deed, words said or quoted, or declared.
_REACTS = re.compile(rf"\b{SPEECH_VERB}\b|[“\"«]|\b(?:{_DEEDS}|{_DECLARES})\b", re.I)
# Who says something: the words before a speech verb ("Iranian officials said",
# "Lavrov said on Tuesday") or after one ("said Lavrov", "according to Western officials").
_SPEAKER_WORDS = re.compile(
    rf"(?:[\w’'-]+\s+){{1,4}}?(?:{SPEECH_VERB}|{_DECLARES})\b"
    rf"|\b(?:{SPEECH_VERB}|according\s+to|citing|quoting)(?:\s+[\w’'-]+){{1,5}}"
)
# What a question asks someone to have said: "When did Lavrov make those comments?".
_SPEECH = re.compile(
    r"\b(?:say|said|says|saying|tell|told|speak\w*|spoke\w*|comment\w*|remark\w*|statement\w*|"
    r"word|words|warn\w*|claim\w*|describ\w*|call\w*|prais\w*|announc\w*|quot\w*|"
    r"criticis\w*|criticiz\w*|declar\w*|insist\w*|note|noted|stress\w*)\b",
    re.I,
)
# "What did Pezeshkian say about the Shahed drones?", "What did Trump say at the signing
# ceremony?": the topic, or the occasion, runs to the end or to a phrase that sets the
# scene ("… when reporters asked him", "… in Moscow").
_SAID_ABOUT = re.compile(
    r"^\W*what\s+(?:(?:did|does|has|had)\s+.+?\s+(?:say|said|tell|told|announce|claim|warn)"
    # "What statement does the article quote from Trump reacting to the treaty?"
    rf"|{ARTICLE_QUOTES_FROM}.+?"
    # "What the treaty says about …?", "What is saying the treaty about …?": the word order
    # of someone writing in a second language.
    r"|(?:is\s+)?(?:the|this|that|its)\s+(?:new\s+)?(?:treaty|agreement|deal|pact|accord|text)\s+"
    r"(?:says|said|is\s+saying)|(?:is\s+saying|says)\s+(?:the|this|that)\s+(?:new\s+)?"
    r"(?:treaty|agreement|deal|pact|accord|text))"
    r"\s+(?:\w+\s+)?(?:about|at|during|regarding|concerning|"
    # "What did Trump say in response to the signing of the treaty?"
    r"in\s+(?:response|reaction|reply)\s+to|(?:reacting|responding|replying)\s+to)\s+"
    r"(?P<topic>.+?)(?=\s+(?:when|while|at|during|after|before|in|on)\s|[?.!]|$)",
    re.I,
)
# Words said or thought, or declared: what someone who speaks in a sentence is told to do.
_SAYS_OR_THINKS = re.compile(
    rf"(?:{_SPEECH.pattern}|\b(?:{_DECLARES}|think\w*|thought|believ\w*|consider\w*|view\w*|"
    r"see|saw|seen|regard\w*|feel\w*|felt|want\w*|hope\w*|expect\w*)\b)",
    re.I,
)
# "Why has Putin made closer ties a focus …?": a verb that tells little of the deed.
_LIGHT_VERB = re.compile(
    r"(?:make|made|makes|making|have|has|had|having|get|got|gets|take|took|takes|do|did|does|"
    r"done|be|been|is|are|was|were|become|became|keep|kept|put|give|gave|given|let)\b",
    re.I,
)
# Where words were posted or printed rather than said: a tweet, a post, an interview.
_CHANNEL = re.compile(
    r"\b(?:tweet\w*|twitter|telegram|instagram|facebook|tiktok|social\s+media|(?:on|via)\s+X|"
    r"blog\s+post|press\s+release|op-ed|podcast|posted\s+online|posted\s+on)\b",
    re.I,
)
# Where words were said out of public view.
_IN_PRIVATE = re.compile(
    r"\b(?:in\s+private|privately|behind\s+closed\s+doors|in\s+secret|secretly|off\s+the\s+"
    r"record|one[- ]on[- ]one|face[- ]to[- ]face|t[êe]te[- ][àa][- ]t[êe]te|(?:on|by)\s+(?:the\s+)?"
    r"(?:tele)?phone|(?:tele)?phone\s+call)\b",
    re.I,
)
# "Why did Russia and Iran …?" is answered by "Both countries have …".
_SEVERAL = re.compile(r",|\band\b")
_BOTH = re.compile(r"\b(?:both|the two|the pair)\b", re.I)
_WHETHER = re.compile(r"^(?:whether|if)\s+(?:or\s+not\s+)?", re.I)
_INDIRECT = re.compile(r"(?:how|what|why|when|where|who|whom|which|whether|if)\b", re.I)
# "Does the treaty contain a mutual defence clause …?": what a deal is asked to contain;
# so is "The treaty includes a mutual defence clause …?" (a claim to confirm, "Isn't it
# the case that …" unframed) and "Is there a mutual defence clause …?" ("Are there …
# provisions?").
# "the Russia Iran treaty", "the Russian-Iranian pact": the parties named before the deal.
_PARTIES = r"(?-i:[A-Z][\w’'-]*)(?:[\s–-]+(?:and\s+)?(?-i:[A-Z][\w’'-]*))*"
# "the pact Putin and Pezeshkian signed on January 17, 2025", "the treaty signed in Moscow":
# which deal, said by its signing, between the deal and what it is asked to hold.
_SIGNED_CLAUSE = (
    r"(?:that\s+)?(?:(?:[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?|they|the\s+two\s+"
    r"(?:leaders|presidents|countries|sides))\s+)?(?:signed|inked|sealed|concluded|agreed)"
    r"(?:\s+(?:by|on|in|at|last)\s+[^?]{1,50}?)?"
)
_PROVIDES = re.compile(
    r"^\W*(?:(?:does|do|did|will|would|could|can)\s+(?:the|this|that|their|its|it|"
    r"(?=(?:new\s+)?(?:treaty|agreement|deal|pact|accord)\b))\s*"
    rf"(?:new\s+)?(?:{_PARTIES}\s+)?(?:treaty|agreement|deal|pact|accord|partnership|text|document)?"
    rf"(?:\s+{_SIGNED_CLAUSE})?\s+"
    r"(?:contain|include|cover|oblige|obligate|commit|require|provide|guarantee|allow|ban|"
    r"let|permit|enable|authori[sz]e|"
    r"forbid|set up|establish|create|mention|have|has|address(?:e)?|tackle|touch(?:e)? on|"
    r"foresee|envisage|stipulate)s?"
    r"|(?:the|this|that|their|its)\s+(?:new\s+)?(?:treaty|agreement|deal|pact|accord|text|"
    r"document)\s+"
    r"(?:contains|includes|covers|obliges|commits|requires|provides|guarantees|sets up|"
    r"establishes|creates|has|foresees|envisages|stipulates)"
    # "Is the document foreseeing mutual military help?": a translation's progressive.
    r"|(?:is|are)\s+(?:the|this|that|their|its)\s+(?:new\s+)?(?:treaty|agreement|deal|pact|"
    r"accord|text|document)\s+(?:containing|including|covering|providing|guaranteeing|"
    r"foreseeing|envisaging|stipulating|requiring|obliging)"
    r"|(?P<there>(?:is|are)\s+there)(?:\s+(?:a|an|any))?(?=[^?]*\b(?:clause|provision|article|obligation|"
    r"commitment|guarantee|pledge)s?\b))\s+"
    r"(?:for\s+)?(?P<what>.+?)[?.!]*$",
    re.I,
)
# "Are there any specific oil or gas projects in it?": what the deal is asked to hold.
_THERE_IN = re.compile(
    r"^\W*(?P<there>(?:is|are)\s+there)\s+(?:a\s+|an\s+|any\s+)?"
    r"(?:(?:anything|something|mention|(?:a\s+)?word)\s+(?:about|on|of|regarding)\s+)?"
    r"(?P<what>.+?)\s+in\s+(?:it|the|this|that)"
    rf"\s*(?:new\s+)?(?:{_DEAL}|text|document)?\s*[?.!]*$",
    re.I,
)
# "Did they agree anything about a gas pipeline?": what the parties are asked to have
# agreed on.
_AGREED = re.compile(
    r"^\W*(?:did|have|has|will)\s+(?:they|the two(?:\s+\w+)?|both(?:\s+\w+)?|the leaders)\s+"
    r"(?:agree|sign|settle|decide|commit)\w*\s+(?:to\s+|on\s+)?(?:anything|something)?\s*"
    r"(?:about|on|over|regarding|concerning)\s+(?P<what>.+?)[?.!]*$",
    re.I,
)
# "What weapons did Russia promise to give Iran under the new pact?": what a party is asked
# to have promised under the deal.
_PROMISED = re.compile(
    r"^\W*(?:what|which)\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:did|does|has|have|will|would|is|are)\s+.+?\s+"
    r"(?:promise|pledge|agree|commit|offer|undertake|get|getting|receiv)\w*\b.*?\bunder\s+"
    rf"(?:the|this|that|their|its)\s+(?:new\s+)?{_DEAL}\b",
    re.I,
)
# "Does it actually commit Russia to defend Iran if Iran is attacked?"
_COMMITS = re.compile(
    r"^\W*(?:does|did|will|would|could)\s+(?:it|the\s+[\w-]+|this\s+[\w-]+|that\s+[\w-]+)\s+"
    r"(?:actually\s+|really\s+|also\s+|in\s+fact\s+)?(?:commit|oblige|obligate|require|bind|force)s?\s+"
    r"(?P<what>.+?)[?.!]*$",
    re.I,
)
# "Does the treaty mean Russia has to defend Iran if Iran gets attacked?", "When did
# Russia agree to come to Iran's defence …?": what a party is asked to be bound to.
_BOUND = re.compile(
    r"^\W*(?:does|did|will|would)\s+(?:the|this|that|it)\s*(?:new\s+)?(?:treaty|agreement|"
    r"deal|pact|accord)?\s+mean\s+(?:that\s+)?.+?\s+(?:has|have|had|must|will\s+have|"
    r"would\s+have|is\s+obliged|are\s+obliged)\s+to\s+(?P<what>.+?)[?.!—–]*$"
    r"|\b(?:did|has|have|will|would)\s+(?-i:(?:the\s+)?[A-Z][\w’'-]*)\s+(?:agree|promise|pledge|"
    r"commit|undertake)\w*\s+to\s+(?P<agreed>[^?—–;]+)",
    re.I,
)
# "Did they promise to fight together if someone attacks them?": what the parties are asked
# to have pledged (agreeing to an act is `_AGREED`'s, and names no subject of its own).
_PLEDGED = re.compile(
    r"^\W*(?:did|have|has|will|would)\s+(?:they|both(?:\s+\w+)?|the\s+two(?:\s+\w+)?|"
    r"the\s+leaders)\s+(?:promise|pledge|vow|swear|undert(?:ake|ook))\w*\s+to\s+(?P<what>[^?—–;]+)",
    re.I,
)
# "Under the treaty, is Russia obliged to come to Iran's defence if it is attacked?"
_OBLIGED = re.compile(
    r"^\W*(?:under\s+[^,]+,\s*)?(?:is|are|was|were|will|would)\s+.+?\s+"
    r"(?:obliged|obligated|required|bound|committed|compelled)\s+to\s+(?P<what>.+?)[?.!]*$",
    re.I,
)
# "Which clause of the treaty obliges Russia to defend Iran?": the part of a deal asked for.
_CLAUSE = re.compile(
    r"^\W*(?:which|what)\s+(?:clause|article|provision|section|paragraph|chapter|part)s?\s+"
    r"(?:of\s+(?:the|this|that|their|its)\s+(?:new\s+)?[\w-]+\s+)?"
    r"(?:(?:contain|include|cover|oblige|obligate|commit|require|provide|guarantee|allow|ban|"
    r"forbid|establish|create|mention)s?|deals?\s+with|(?:spell|set)s?\s+(?:out|up))\s+"
    r"(?:for\s+)?(?P<what>.+?)[?.!]*$",
    re.I,
)
# "What does the treaty's mutual defence clause oblige …?", "the wording of the mutual
# defence clause": a part of the deal named by what it is about ("article", "section" and
# "chapter" are left out: "the news article", "a new chapter in relations").
_NAMED_PART = re.compile(
    rf"\b(?:the|its|this|that|their)\s+(?:{_DEAL}[’']s\s+)?"
    r"(?P<what>(?:[\w-]+\s+){1,3}?)(?:clause|provision)s?\b",
    re.I,
)
# "Will Russia help Iran build nuclear power plants under the treaty?": what a party is
# asked to do under the deal, names and all (a sentence on the deal that tells of none of
# it does not say).
_UNDER_DEAL = re.compile(
    r"^\W*(?:will|would|does|do|did|can|could|is|are|has|have|must|shall)\s+"
    r"(?P<what>(?-i:[A-Z])[^?]+?)\s+under\s+(?:the|this|that|their|its)\s+(?:new\s+)?"
    rf"(?:{_PARTIES}\s+)?{_DEAL}\b",
    re.I,
)
# "the North–South transport corridor covered by the treaty": what the deal is said to cover.
_COVERED_BY = re.compile(
    r"\b(?:the|a|an|any)\s+(?P<what>(?:[\w–-]+\s+){0,3}?[\w–-]+)\s+(?:covered|included|"
    r"contained|set\s+out|provided\s+for|established|created|agreed)\s+(?:by|in|under)\s+"
    rf"(?:the|this|that|their|its)\s+(?:new\s+)?{_DEAL}\b",
    re.I,
)
# "What limits on enrichment does the treaty impose on Tehran?": what the deal's terms are
# asked to be about ("enrichment"; "What areas does it cover?" asks for the areas).
_WHAT_PROVIDES = re.compile(
    r"^\W*(?:what|which)\s+(?:limits?|restrictions?|provisions?|rules?|clauses?|commitments?|"
    r"obligations?|guarantees?|terms?)\s+(?:on|for|about|regarding|concerning|over)\s+"
    r"(?P<what>.+?)\s+(?:does|do|did|will|would)\s+(?:the|this|that|their|its)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_DEAL}\s+"
    r"(?:contain|include|cover|impose|set|require|provide|guarantee|allow|ban|forbid|establish|"
    r"create|mention|specify|lay out|set out|spell out)\b",
    re.I,
)
# "What do the treaty's undisclosed clauses say about mutual defence?": what the deal's
# words are asked to be about.
_SAYS_ABOUT = re.compile(
    r"^\W*what\s+(?:exactly\s+)?(?:did|does|do|will|would)\s+(?:the|that|this|their|its)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_DEAL}\b"
    r"(?:[’']s\s+(?:[\w-]+\s+)?(?:clauses?|provisions?|terms|text|articles?|sections?))?\s+"
    r"(?:say|state|stipulate|specify)\s+(?:about|on|regarding|concerning)\s+(?P<what>[^?]+)",
    re.I,
)
# "What specific mutual defence obligations does the treaty impose …?", "What energy
# projects, such as new gas pipelines, will the treaty launch?": what the deal's terms,
# or what it sets going, are asked to be about ("What areas does it cover?" asks for the
# areas).
_WHAT_TERMS = re.compile(
    r"^\W*(?:what|which)\s+(?:specific\s+|particular\s+|exact\s+|new\s+)?(?P<what>[^?]*?\b"
    r"(?:obligations?|commitments?|guarantees?|provisions?|clauses?|projects?|programmes?|"
    r"programs?|pipelines?|plants?|bases?|weapons?|facilities|investments?)\b[^?]*?),?\s+"
    r"(?:does|do|did|will|would|is|are)\s+(?:it|(?:the|this|that|their|its)\s+(?:new\s+)?"
    rf"{_DEAL})\s+(?:impose|contain|include|create|set\s+(?:up|out)|lay\s+out|spell\s+out|"
    r"establish|launch|fund|build|start|"
    r"require|provide|guarantee|specify|mention|cover|deliver|bring)\b",
    re.I,
)
# The words that say what kind of term a question asks about, not what it is about.
_TERM_WORDS = frozenset(
    terms(
        "obligations commitments guarantees provisions clauses projects programmes programs "
        "specific particular exact new such"
    )
)
# The kinds of term among them, and the words that ask for particular ones.
_TERM_KINDS = _TERM_WORDS - frozenset(terms("specific particular exact new such"))
_SPECIFIC = re.compile(r"\b(?:specific|particular|exact|precise|concrete)\b", re.I)
# "How does the treaty address Iran's nuclear programme?": what the deal is asked to deal with.
_ADDRESSES = re.compile(
    r"^\W*how\s+(?:does|do|did|will|would)\s+(?:the|this|that|their|its|it)\s*(?:new\s+)?"
    rf"(?:{_DEAL})?\s+(?:address|handle|deal\s+with|treat|tackle|approach|regulate|affect)\s+"
    r"(?P<what>.+?)[?.!]*$",
    re.I,
)
# "Why did Putin fly to Tehran …?", "Why did Trump have Soleimani killed in Syria?": where
# someone is asked to have gone, or something to have happened.
_WENT_TO = re.compile(
    r"\b(?:(?:fly|flew|flown|travel\w*|go|went|gone|come|came|head\w*|journey\w*)\s+to|"
    r"visit\w*|trip\s+to|in)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_DONE_IN = re.compile(
    r"\b(?:sign\w*|met|meet\w*|held|hold\w*|kill\w*|fl(?:y|ew|own)|travel\w*|go|went|gone|"
    r"visit\w*|arriv\w*|gather\w*)\s+(?:[\w’'-]+\s+){0,2}?(?:in|to|at)\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
# "What was that nuclear deal Trump ditched called?", "What is the name of the deal Trump
# left?": what a name is asked of, as the question tells of it.
_CALLED = re.compile(
    r"^\W*what(?:[’']s|\s+(?:is|was|are|were))\s+(?:(?:the|that|this)\s+(?P<what>[^?,;]+?)\s+"
    r"(?:called|named)\b|the\s+(?:(?:official|full|formal|exact)\s+)?name\s+of\s+"
    r"(?:the|that|this)\s+(?P<of>[^?,;]+))",
    re.I,
)
# "Who was arrested for the plot?": what someone is asked to have undergone, which the
# sentence must tell ("killed" by an assassination); being quoted, named or credited is
# told by the words or the credit themselves.
_UNDERWENT = re.compile(
    # "Which Hezbollah leader was killed …?" as much as "Who was killed …?".
    r"^\W*(?:who(?:\s+(?!(?:was|were|is|are|has|have|had|got|will)\b)[\w-]+)?|"
    r"which(?:\s+[\w-]+){1,3}?)\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|will\s+be)\s+"
    r"(?!(?:quot|cit|credit|nam|call|pictur|shown|seen|photograph|describ|report)\w*\b)"
    r"(?P<what>[a-z]+(?:ed|en))\b",
    re.I,
)
# "Which country mediated the negotiations?": what the country is asked to have done,
# which the sentence must tell.
# "List the ministers who attended the signing ceremony": the people asked for by what
# they did, as much.
_WHICH_DID = re.compile(
    r"^\W*(?:which\s+|(?:list|name)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?)(?:[\w-]+\s+)?"
    r"(?:country|countries|nation|nations|state|states|government|governments|group|groups|"
    r"ministers?|officials?|people|person|leaders?|diplomats?|spokes(?:man|woman|person)s?|"
    r"politicians?|commanders?|sides?|part(?:y|ies))\s+"
    # "Which side first proposed the treaty?", "Which Western governments in particular
    # raised those concerns?"
    r"(?:(?:first|initially|originally|actually|really|specifically|exactly|precisely|"
    r"in\s+particular)\s+)?"
    # "Which countries other than Western ones criticised …?"
    # Not "Which countries besides Iran has Putin focused on …?", which asks what Putin did.
    r"(?:(?:other\s+than|besides|apart\s+from|except)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|did|does|do)\b)[\w-]+\s+){1,3}?)?(?:who\s+|that\s+)?"
    r"(?!(?:was|were|is|are|has|have|had|did|does|do)\b)"
    # "Which Russian minister called the treaty constructive?" is told by his words, said.
    r"(?!(?:call|describ|prais|term|label|characteri[sz]|dubb|quot|nam|report|claim|stat|"
    r"announc|declar|hail|welcom|stress|insist|not|comment|remark|talk|voic)ed\b)"
    r"(?P<what>[a-z]+ed)\b(?!\s+by\b)",
    re.I,
)
# "Name the three other countries that signed the treaty alongside Russia and Iran": other
# countries than those the question names, which the sentence must name.
_OTHER_COUNTRIES = re.compile(
    r"\b(?:other|more|additional|further)\s+(?:\w+\s+)?(?:countries|nations|states)\b", re.I
)
# "Who did not attend the signing ceremony?", "Which commitment is missing from the
# treaty?": a question about what is not so, in the clause it asks in …
_ASKS_NOT = re.compile(
    r"^\W*(?:what|who|whom|which|where|when|why|how|is|are|was|were|does|do|did|has|have|had)\b"
    r"[^;:—–?]*?(?:\b(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should)\s+"
    r"(?:\w+\s+)?not\b|\b\w+n['’]t\b|\bnever\b|\bmissing\b|\blacking\b|\babsent\b|"
    r"\b(?:left|leave|leaves|leaving)\s+out\b|\bexclud(?:e|es|ed|ing)\b|\bomit(?:s|ted|ting)?\b)",
    re.I,
)
# "Which of Tehran's setbacks was not about Syria?": one of several, told apart by what it
# is not about.
_WHICH_OF_NOT = re.compile(
    r"^\W*which\s+(?:one\s+)?of\b[^?]*?\b(?:was|is|were|are)(?:n['’]t|\s+not)\s+"
    r"(?:about|in|from|over|related\s+to|linked\s+to|connected\s+to|involving|to\s+do\s+with)\b",
    re.I,
)
# A list of several ("These included a Syrian opposition offensive …, and the weakening
# …"), or several announced ("Tehran faced several foreign policy setbacks").
_LISTED = re.compile(
    r"\b(?:included?|including|among\s+them|such\s+as|several|various|a\s+range\s+of)\b"
    r"|,[^,]+,?\s+and\s",
    re.I,
)
# … which a sentence answers only by saying what is not: "the specifics remain
# undisclosed", "Trump withdrew from a multinational deal".
_SAYS_NOT = re.compile(
    r"\b(?:not|no|never|none|nothing|without|lack\w*|un(?:disclosed|known|named|specified|clear)|"
    r"withdr\w*|exclud\w*|absent|missing|fail\w*|refus\w*|declin\w*|reject\w*|den(?:y|ied|ies)|"
    r"\w+n['’]t|instead|rather\s+than|other\s+than|except\w*|apart\s+from|only)\b",
    re.I,
)
# "What were Pezeshkian's exact words …?", "Quote Lavrov verbatim": someone's own words,
# which a sentence gives only in quotation marks ("Pezeshkian said the two countries were
# entering a new chapter" reports his words in its own).
_EXACT_WORDS = re.compile(
    r"\b(?:exact|precise|actual|very|own)\s+(?:words?|wording|phrasing|quotes?|quotation)\b|"
    r"\bverbatim\b|\bword\s+for\s+word\b|\bdirect(?:ly)?\s+quot\w*|\bquote\s+(?:him|her|them)\b",
    re.I,
)
_QUOTATION = re.compile(r"[“”\"«»]")
# "What does the treaty oblige Russia to do …?", "what would the pact require Iran to do":
# a duty the deal lays on someone, which a sentence must state as one.
_DUTY_ASKED = re.compile(
    r"\bwhat\s+(?:does|do|did|will|would|could|might)\s+(?:the|this|that|it|its)\s*(?:new\s+)?"
    rf"(?:{_DEAL}\s+)?(?:oblige|obligate|require|commit|bind|force)\s+.+?\s+to\s+do\b",
    re.I,
)
_DUTY = re.compile(
    r"\b(?:oblig\w*|commit\w*|requir\w*|bound|must|shall|pledg\w*|undert(?:ake|akes|ook)|"
    r"dut(?:y|ies))\b",
    re.I,
)
# "What is the largest category of goods traded …?", "What was the first-ever treaty …?":
# a superlative the sentence must state too, not only the thing it is said of ("Both
# countries have increased their trade activities" ranks no goods). Not "main", "chief",
# "top" or "only", which questions use for emphasis ("the only news agency the article
# cites", "his chief praise").
_MOST_ASKED = re.compile(
    r"\b(?:first[- ]ever|very\s+first|earliest|largest|biggest|greatest|highest|deadliest|"
    r"heaviest|longest|tallest|smallest|youngest|richest|poorest|busiest|coldest|hottest|"
    r"(?:single\s+)?most\s+(?:important|significant|common|frequent|valuable|"
    r"powerful|senior|influential|serious|costly|damaging|populous|expensive|famous|visited)|"
    # "What's the best pizza in Moscow?"; not "the best way to describe", "best describes"
    r"the\s+(?:best|worst)(?!\s+(?:way|ways|describes?|summari[sz]\w*|fits?|matches?|answer|"
    r"option|choice|word|term|phrase)\b))\b",
    re.I,
)
_MOST = re.compile(
    r"\b(?:first|earliest|oldest|original|largest|biggest|greatest|highest|deadliest|heaviest|"
    r"longest|tallest|smallest|youngest|richest|poorest|busiest|coldest|hottest|most|top|"
    r"leading|record|main|chief|primary|principal|key|major|largely|mostly|best|worst)\b",
    re.I,
)
# "Is the 2001 agreement the only one ever renewed?": that nothing else is so, asked as
# yes or no, must be stated ("the only", "the sole", "alone"); not "Which is the only
# agreement …?", which asks which it is.
_ONLY_ASKED = re.compile(
    r"^\W*(?:is|was|are|were|did|does|do|has|have|had)\b[^?]*\b(?:the\s+only|the\s+sole|"
    r"only\s+one)\b",
    re.I,
)
_ONLY = re.compile(r"\b(?:only|sole|solely|alone|exclusively|single|unique)\b", re.I)
# "Who was Pezeshkian's predecessor?", "Who became Syria's leader after Assad was
# toppled?", "Who took over …?": someone taking an office from another, which a sentence
# on the toppling does not tell.
_SUCCESSION_ASKED = re.compile(
    r"\b(?:predecessors?|successors?|succeeded\s+(?-i:[A-Z])|replaced|took\s+over|take\s+over|"
    r"(?:became|become|becomes)\s+(?:[\w’'-]+\s+){0,3}?(?:leader|president|ruler|head|"
    r"prime\s+minister)\b[^?]*\b(?:after|when|once)\b|came\s+to\s+power\s+after)",
    re.I,
)
_SUCCESSION = re.compile(
    r"\b(?:predecessors?|successors?|succeed\w*|replac\w*|took\s+over|takes?\s+over|"
    r"became|elected|sworn\s+in|took\s+power|came\s+to\s+power|new\s+(?:leader|president|"
    r"government|ruler))\b",
    re.I,
)
# "Where will the next summit be held?": a meeting still to come, which a sentence on the
# last one does not tell of.
_NEXT_ASKED = re.compile(
    r"\b(?:next|upcoming|future|forthcoming)\s+(?:[\w-]+\s+)?(?:summit|meeting|visit|round|"
    r"talks|session|trip|conference)\b",
    re.I,
)
_AHEAD = re.compile(r"\b(?:next|upcoming|future|forthcoming|will|plann?\w*|schedul\w*|due)\b", re.I)
# "What is its chief military commitment, such as a mutual defence clause?": the example
# the question gives must be told of.
_ASKED_BEFORE = re.compile(r"\b(?:did|does|do|has|have|had)\b", re.I)
_SUCH_AS = re.compile(
    r"\b(?:such\s+as|for\s+example|for\s+instance|e\.g\.)\s*,?\s*(?P<example>[^?;,]+)", re.I
)
# "Which countries did he mean by 'our friends'?", "Did he name any of those friends?":
# whom or what a phrase someone used stands for …
_MEANT = re.compile(
    r"^\W*(?:who|whom|which|what)\b[^?]*?\b(?:did|does|do)\s+(?:he|she|they|(?-i:[A-Z][\w’'-]*))\s+"
    r"(?:really\s+|actually\s+)?mean\b"
    r"|\bsay\s+(?:which|who|whom|what)\s+(?:[\w-]+\s+)?(?:he|she|they)\s+meant\b"
    r"|\b(?:name|identify|specify|list)\s+(?:any|which|all)\s+(?:of\s+)?(?:those|these|the|his|her|its|their)\b",
    re.I,
)
# … which a sentence tells only by naming them: "our friends, such as …", "a new chapter
# in relations, especially in trade".
_EXPLAINS = re.compile(
    r"\b(?:such\s+as|including|namely|i\.e\.|that\s+is|in\s+particular|among\s+them|"
    r"especially|particularly|notably)\b",
    re.I,
)
# "What is the range of the Shahed drones?": a measure the sentence must name to give it
# ("a range of areas" is no drone's range, but a sentence on drones without one has none).
_MEASURES = (
    r"range|speed|cost|price|size|capacity|weight|length|budget|payload|altitude|height|area|"
    r"salary|yield|death\s+toll|population"
)
# "What is the range and payload of …?" asks the first as the sentence must name it.
_MEASURE = re.compile(
    rf"^\W*what\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?(?P<what>{_MEASURES})"
    rf"(?:\s+(?:and|or)\s+(?:the\s+)?(?:\w+\s+)?(?:{_MEASURES}))?\s+of\b",
    re.I,
)
# What gives a reason, a purpose or a condition: "in response to Western sanctions", "as
# he seeks to challenge …", "a move that has alarmed Western officials who see …", "if an
# alleged plot had succeeded". "In 2020, Trump ordered the assassination …, sparking
# outrage" tells what happened and what followed, not why.
_REASON = re.compile(
    r"\b(?:because|in\s+(?:response|reaction|retaliation|return|exchange)\s+(?:to|for)|"
    r"due\s+to|owing\s+to|thanks\s+to|in\s+order\s+to|so\s+(?:that|as\s+to)|aim(?:s|ed)?\s+(?:at|to)|"
    r"amid|as\s+(?:he|she|it|they|we)\s+\w+|seek(?:s|ing)?\s+to|(?:comes?|came)\s+after|"
    r"following|after|before|if|unless|who\s+(?:see|saw|fear|feared|view|viewed|consider)|"
    r"fear(?:s|ed|ing)?\s+that|a\s+move\s+that|to\s+(?:counter|challenge|end|avoid|offset|"
    r"evade|circumvent|strengthen|deepen|boost|secure|protect)|since|given|meant\s+to|"
    r"intended\s+to|designed\s+to|purpose|reason|goal|motive)\b",
    re.I,
)
# The procedures of treaty law, each with the words a sentence that tells of it uses.
# News prose has no paraphrase for a depositary or a reservation: a question about one is
# answered only by a sentence that names it ("Where are the instruments of ratification
# to be exchanged?" is not answered by "The treaty is expected to remain in force for 20
# years").
_PROCEDURES: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(asked, re.I), re.compile(told, re.I))
    for asked, told in [
        (r"\bratif\w*", r"\bratif\w*"),
        (r"\bdepositar\w*", r"\bdepositar\w*"),
        (r"\breservations?\b", r"\breservations?\b"),
        (
            r"\b(?:denounc\w*|denunciation|terminat\w*)",
            r"\b(?:denounc\w*|denunciation|terminat\w*|withdr\w*)",
        ),
        (r"\bnotice\b", r"\bnotice\b"),
        (r"\b(?:disputes?|arbitrat\w*)\b", r"\b(?:disputes?|arbitrat\w*)\b"),
        (r"\bannex(?:es)?\b", r"\bannex(?:es)?\b"),
        (r"\bprotocols?\b", r"\bprotocols?\b"),
        (r"\bamend\w*", r"\bamend\w*"),
        (r"\bauthentic\w*|\blanguages?\b", r"\bauthentic\w*|\blanguages?\b"),
        (
            r"\b(?:enter\w*|entry|come|comes|came|coming)\s+into\s+(?:force|effect)\b|\btakes?\s+effect\b",
            r"\binto\s+(?:force|effect)\b|\btakes?\s+effect\b",
        ),
        (r"\bexpir\w*", r"\bexpir\w*|\bin\s+force\s+for\b|\bvalid\s+for\b|\blast\w*\s+for\b"),
        (r"\b(?:extension|extended|renewal|prolong\w*)\b", r"\b(?:exten\w*|renew\w*|prolong\w*)"),
        # "When was it last renewed?", "Does it renew automatically?": not told by an
        # agreement "periodically renewed".
        (
            r"\b(?:last|latest|most\s+recent(?:ly)?)\s+(?:renew\w*|exten\w*|prolong\w*)",
            r"\b(?:last|latest|most\s+recent\w*)\s+(?:renew\w*|exten\w*|prolong\w*)",
        ),
        (r"\bcountersign\w*", r"\bcountersign\w*"),
        (r"\bautomatic\w*", r"\bautomatic\w*"),
        # "At what intervals was it renewed?" is not told by "periodically renewed".
        (r"\bintervals?\b", r"\bintervals?\b|\bevery\s+(?:\w+\s+)?(?:years?|months?|decades?)\b"),
        (r"\bsuspen\w*", r"\bsuspen\w*"),
        (r"\bbreach\w*", r"\bbreach\w*|\bviolat\w*"),
    ]
]
# "What happens if Trump attacks Iran?", "What would happen if the treaty were broken?"
_WHAT_IF = re.compile(
    r"^\W*what\s+(?:happens|will\s+happen|would\s+happen|could\s+happen|happened)\s+"
    r"(?:if|when|in\s+case)\s+(?P<condition>.+?)[?.!]*$",
    re.I,
)
# Kinds of weapon: a question that names one is not answered by a sentence on another.
# "Aircraft" names no kind: a drone is one.
_ARMS = re.compile(
    r"\b(unmanned\s+(?:aerial\s+)?(?:aircraft|vehicle)|uav|drone|missile|rocket|jet|fighter|"
    r"plane|helicopter|tank|warship|submarine|bomb|troop|soldier)s?\b",
    re.I,
)
_ARMS_KIND = {
    "jet": "plane",
    "fighter": "plane",
    "rocket": "missile",
    "uav": "drone",
    "soldier": "troop",
}
_WORD = re.compile(r"[\w’'-]+")
# A name's word, with the particle some names start with ("al-Assad", "el-Sisi").
_CAPITAL_WORD = re.compile(r"\b(?:al-|el-|ad-|as-|ash-)?[A-Z][\w’'-]*")
_YEAR = re.compile(rf"\b{YEAR}\b")
# Of what a subject is asked about doing, at least this share of the words must be in the
# sentence; of a topic, more than this share.
SHARE = 0.5


def asked_subject(question: str) -> str | None:
    """The named subject of a why-question ("China" in "Why did China sign it?"), of a
    question on a reaction ("Ukraine's" in "How did Ukraine's government react?"), or of
    one asking when, how long or where ("Assad" in "Where did Assad go after his fall?")."""
    opening = (
        _WHY.match(question)
        or _REACTION.match(question)
        or _WHEN.match(question)
        or _HOW_LONG.match(question)
        or _WHERE.match(question)
    )
    subject = _subject_at(question, opening.end()) if opening else None
    return subject.group(0) if subject else None


# "China signed on to this treaty as well?" (what is left of "Isn't it true that …"): a
# yes/no question put as a statement, its subject first and then what it did.
_CLAIMED = re.compile(
    rf"^\W*(?=[^?]*\?\s*$)(?![^?]*\b(?:{QUESTION_WORD})\b)(?=(?:the\s+)?[A-Z])",
    re.I,
)
_DONE = re.compile(
    r"\s+(?:(?:already|also|really|actually|just|recently|reportedly)\s+)?"
    r"(?:[a-z]+ed|has|have|had|will|would|is|are|was|were|did|does|can|could|sent|gave|sold|"
    r"took|made|met|said|told|paid|won|got|went|left|began|withdrew|led|held|became|came|"
    r"wrote|spoke|fought|brought|sought|struck|chose|flew|ran|drew|threw)\b"
)


def _did(question: str) -> tuple[str, str] | None:
    """The named subject of a yes/no question on what someone did ("Trump" in "Did Trump
    cancel the treaty?", "China" in "China signed on to this treaty as well?") and what
    follows it; None for another question, or when the subject is unnamed ("Did they …?")
    or is the deal ("Did the Russia Iran treaty …?")."""
    opening = _DID.match(question)
    claimed = None if opening else _CLAIMED.match(question)
    start = opening or claimed
    subject = _subject_at(question, start.end()) if start else None
    # A statement's subject must be followed by what it did ("China signed …?").
    if subject is None or (claimed and not _DONE.match(question, subject.end())):
        return None
    return subject.group(0), question[subject.end() :]


def _subject_at(question: str, start: int) -> re.Match[str] | None:
    """The name a question's subject starts with at `start` ("the European Union" read as
    "European Union"); None for a description ("the leaders"), a pronoun, or names before
    a deal: "When was the Russia Iran treaty signed?" asks about the treaty, not Russia."""
    if (article := _THE_NAME.match(question, start)) is not None:
        start = article.end()
    subject = _SUBJECT.match(question, start)
    if subject is None or subject.group(0).split()[0] in {"The", "It", "They", "He", "She"}:
        return None
    if _DEAL_AFTER.match(question, subject.end()):
        return None
    return subject


# "What led to the success of the offensive?", "What caused …", "What was the reason
# for …": a why-question.
_CAUSED = re.compile(
    r"^\W*what\s+(?:led\s+to|caused|prompted|triggered|motivated|drove|was\s+the\s+"
    r"(?:reason|cause|motive|motivation)\s+(?:for|of|behind))\b",
    re.I,
)


def asks_reason(question: str) -> bool:
    """Whether a question asks why ("Why did they sign it?", "What led to …?")."""
    return _WHY.match(question) is not None or _CAUSED.match(question) is not None


def asks_reaction(question: str) -> bool:
    """Whether a question asks how someone reacted ("How did Trump react …?")."""
    return _REACTION.match(question) is not None


# "Why does the treaty contain a mutual defence clause …?": a reason asked for a provision.
_WHY_LEAD = re.compile(
    r"^\W*why\s+(?P<rest>(?:does|do|did|will|would|the|this|that|its)\b.+)$", re.I | re.S
)


def provision(question: str) -> list[str]:
    """The terms of what a "Does the treaty include …?" question asks the text to contain,
    an "Is Russia obliged to …?" one to commit someone to, or a "Which clause of the treaty
    covers …?" one to be in a part of the deal; "Why does the treaty contain …?" asks as
    much of it as "Does the treaty contain …?"."""
    if (why := _WHY_LEAD.match(question)) is not None:
        return provision(capitalised(why.group("rest")))
    match = (
        _PROVIDES.match(question)
        or _OBLIGED.match(question)
        or _COMMITS.match(question)
        or _CLAUSE.match(question)
        or _WHAT_PROVIDES.match(question)
        or _AGREED.match(question)
        or _PROMISED.match(question)
        or _BOUND.search(question)
        or _COVERED_BY.search(question)
        or _UNDER_DEAL.match(question)
        or _THERE_IN.match(question)
        or _PLEDGED.match(question)
        or _SAYS_ABOUT.match(question)
    )
    if match is None and (kind := _WHAT_TERMS.match(question)) is not None:
        return [t for t in terms(kind.group("what")) if t not in _TERM_WORDS]
    if match is None and (dealt := _ADDRESSES.match(question)) is not None:
        # "Iran's nuclear programme" is about nuclear work, whoever's: a sentence on
        # another deal's nuclear terms that names Iran does not cover it.
        what = dealt.group("what")
        owners = _name_terms(what)
        return [t for t in terms(what) if t not in owners]
    if match is None:
        # "Regarding the security provisions of the pact, what does the treaty’s mutual
        # defence clause oblige …?": every part of the deal the question names.
        return [t for m in _NAMED_PART.finditer(question) for t in terms(m.group("what"))]
    asked = terms(match.group("what") or match.groupdict().get("agreed") or "")
    # "Is there a clause on energy?" asks about energy.
    if match.groupdict().get("there"):
        return [t for t in asked if t not in _TERM_WORDS]
    return asked


# "Quote what Putin said at the news conference about the Shahed drones.", "Quote the
# remark Hezbollah's leadership made about the pact.": what the remark is asked to be about.
_QUOTE_ABOUT = re.compile(
    r"^\W*(?:quote|give\s+me|tell\s+me)\s+(?:what|the\s+(?:remarks?|words|comments?|statements?))"
    r"\s+.+?\s+(?:said|says|made|gave|used)\b[^?.!]*?\s(?:about|regarding|concerning)\s+"
    r"(?P<topic>[^?.!]+)",
    re.I,
)


def speech_topic(question: str) -> list[str]:
    """The terms of what a "What did X say about …?" question asks about ("Quote what X
    said about …" too), or of the occasion in "What did X say at …?"."""
    match = _SAID_ABOUT.match(question) or _QUOTE_ABOUT.match(question)
    if match is None:
        return []
    # "… about whether the treaty contains a mutual defence clause" names what his words
    # must be about, "… about how long it would last" asks a question and names no topic.
    topic = _WHETHER.sub("", match.group("topic"))
    return [] if _INDIRECT.match(topic) else terms(topic)


def _names_place(place: str, text: str) -> bool:
    """Whether the text names the place, or the country whose capital or seat it is
    ("Moscow" by "Russia"), by the word itself: a demonym is not a place."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return any(
        all(w.casefold() in words for w in _WORD.findall(name))
        for name in (place, SEATS.get(place, place))
    )


# Words that tell of no deed: "build a new plant" is not told by "a news conference".
_VAGUE = frozenset(terms("new old even still"))


def _deeds(text: str) -> list[str]:
    """The terms of what someone is asked about doing, names and offices aside: "When did
    Pezeshkian become president?" asks about becoming, not about a president."""
    names = _name_terms(text)
    return [t for t in terms(text) if t not in names and t not in _OFFICES and t not in _VAGUE]


def _name_terms(text: str) -> set[str]:
    """The terms of the capitalised words of a text: its names ("Iran's" in "Iran's nuclear
    programme", "US" in "pull the US out")."""
    return {t for name in _CAPITAL_WORD.findall(text) for t in terms(name)}


def _unnamed(text: str, context: str) -> str | None:
    """The names of `text` that `context` does not name, or None when it names them all."""
    absent = [name for name in proper_nouns(text) if not _names(name, context)]
    return " ".join(absent) if absent else None


def _reacted(subject: str, text: str) -> bool:
    """Whether the text tells of the subject's reaction: a deed ("sparking outrage in Iran",
    "Ukraine condemned …"), or words the subject (its people, its officials) said or is
    quoted in; Putin's quoted words beside a list that names North Korea are not North
    Korea's."""
    if _REACTS_DEED.search(text):
        return True
    if not _REACTS.search(text):
        return False
    words = [w for w in _WORD.findall(subject) if w[0].isupper()]
    # "… Putin’s foreign policy as he seeks to challenge what he calls …" has him speak
    # ("… North Korea has been a focus of Putin’s policy as he …" does not have Korea).
    if any(
        re.search(rf"\b{re.escape(w)}[’']s\b.*?\b(?:he|she)\s+{SPEECH_VERB}\b", text) for w in words
    ):
        return True
    for match in _SPEAKER_WORDS.finditer(text):
        if any(
            w.casefold() == n.casefold() or same_country(w, n)
            for n in words
            for w in _WORD.findall(match.group(0))
        ):
            return True
    return False


# "… respond to the signing of the treaty?", "… react to the assassination of Qasem
# Soleimani?": what a reaction is asked to be to.
_REACTED_TO = re.compile(
    r"\b(?:react(?:ed|ing|ion)?|respon(?:d|ded|ding|se)|repl(?:y|ied|ying))\s+to\s+"
    r"(?P<what>[^?]+)",
    re.I,
)


_DEAL_WORD = re.compile(rf"\b{_DEAL}s?\b", re.I)
# "Will this treaty make war more likely?", "Is this deal good for Europe?": what the deal
# itself is asked to do or to be.
_DEAL_DOES = re.compile(
    rf"^\W*(?:will|would|does|did|can|could|might|may|is|was)\s+(?:this|the|that|their)\s+"
    rf"(?:new\s+)?{_DEAL}\s+(?P<rest>[^?]+)",
    re.I,
)
_DEAL_OR_SIGNING = re.compile(rf"\b(?:{_DEAL}|sign(?:ed|ing)?)\b", re.I)


def _reacted_to(question: str, context: str) -> str | None:
    """What a reaction is asked to be to, when the context tells of none of it (a word, a
    name, or a deal or its signing for either: "the signing" is told of by "praised the
    deal"); None when it does, or when nothing is named."""
    asked = _REACTED_TO.search(question)
    if asked is None:
        return None
    what = asked.group("what")
    wanted = set(terms(what))
    if not wanted or wanted & set(terms(context)):
        return None
    if _DEAL_OR_SIGNING.search(what) and _DEAL_OR_SIGNING.search(context):
        return None
    if any(_names(name, context) for name in proper_nouns(what)):
        return None
    return what


def asks_what_deal_says(question: str) -> bool:
    """Whether a question asks what a deal says ("What does the treaty cover?")."""
    return _WHAT_DEAL_SAYS.match(question) is not None


def asks_deal_term(question: str) -> bool:
    """Whether a question asks how long the deal is for ("How long is the deal?")."""
    return _HOW_LONG_DEAL.match(question) is not None


def asks_which_did(question: str) -> bool:
    """Whether a question asks which group, country or person did something ("Which
    Iran-aligned group was weakened …?"): a sentence must tell of the deed."""
    return _WHICH_DID.match(question) is not None or _WHICH_UNDERWENT.match(question) is not None


# "Which Iran-aligned group was weakened …?": which one something was done to.
_WHICH_UNDERWENT = re.compile(
    r"^\W*which\s+(?:[\w-]+\s+){0,2}?(?:country|countries|nation|nations|state|states|"
    r"group|groups|people|person|leaders?|presidents?|rulers?|officials?|commanders?|allies|"
    r"ally)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+\w+(?:ed|en)\b",
    re.I,
)


def names_other_deal(question: str) -> bool:
    """Whether a question is about a deal other than the new treaty ("the old agreement")."""
    return _OTHER_DEAL.search(question) is not None


def other_deal(text: str) -> str | None:
    """The deal other than the new treaty a text names, as "the" one: "a 2001 agreement
    that has been renewed" names "the 2001 agreement"; None when it names none."""
    found = _OTHER_DEAL.search(text)
    if found is None:
        return None
    return "the " + found.group(0).split(maxsplit=1)[1]


def _tells_deal(mod: str, text: str) -> bool:
    """Whether the text is about the deal a modifier marks out: an old one by its year or
    its age ("a 2001 agreement", "an earlier accord"), any other by the modifier itself."""
    if mod.casefold() in _OLD:
        return _DATED.search(text) is not None and _A_DEAL.search(text) is not None
    return re.search(rf"\b{re.escape(mod)}\b", text, re.I) is not None


# The United States, as the news names it: "the US", "U.S.", "American".
_UNITED_STATES = re.compile(r"\b(?:United\s+States(?:\s+of\s+America)?|America)\b")
_US_NAMED = re.compile(r"\bU\.?S\.?(?![\w.])|\bUSA\b|\bAmericans?\b")


def _names(subject: str, text: str) -> bool:
    """Whether the text names any part of the subject: the word itself (its possessive
    too), or, for a country, its name or demonym ("Iranian" names Iran; "the US" the
    United States). Only countries are matched by their stem: "Assad" is not named by
    "assassination"."""
    if _UNITED_STATES.search(subject) and _US_NAMED.search(text):
        return True
    # "al-Assad" names Assad.
    words = {p for w in _WORD.findall(text) for p in (_bare(w), *_bare(w).split("-"))}
    for part in _WORD.findall(subject):
        if part == "and":
            continue
        # "the Moscow-Tehran accord" names Russia and Iran by their capitals.
        if any(
            (seated := seat_country(seat)) is not None and _names(seated, text)
            for seat in (part, *part.split("-"))
        ):
            return True
        bare = _bare(part)
        # "the West" is named by "Western officials", a people by its adjective.
        if bare in words or any(bare + end in words for end in _ADJECTIVE_ENDINGS):
            return True
        # Only by another country word: "a" in "across a range" does not name America.
        if is_country(part) and any(same_country(w, part) and is_country(w) for w in words):
            return True
    return False


_ADJECTIVE_ENDINGS = ("ern", "ian", "an", "n", "ese", "i")


def _bare(word: str) -> str:
    """A word folded, without its possessive: "Putin’s" is "putin"."""
    return word.casefold().replace("’", "'").removesuffix("'s")


# "Once the treaty was published later, did it include a mutual defence clause?": a time
# clause set before the question; the question after it takes as much for granted.
_TIME_LEAD = re.compile(
    # "During the week of his inauguration, just after the signing, how did …?"
    r"^\W*(?:(?:once|after|when|now\s+that|by\s+the\s+time|as\s+soon\s+as|during|"
    r"(?:just|shortly|soon|right|days|weeks)\s+(?:after|before))\s+[^,?]{3,80},\s*){1,3}"
    r"(?P<rest>(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|what|which|"
    r"who|where|when|why|how)\b[^?]*\?)\s*$",
    re.I,
)


# "What is the exact date of Trump's inauguration?" takes for granted what "When was Trump's
# inauguration?" does.
_DATE_OF = re.compile(
    r"^\W*what\s+(?:is|was)\s+the\s+(?:(?:exact|precise|actual|real|specific)\s+)?"
    r"(?:date|day)\s+of\s+(?P<what>[^?]+?)\s*[?.!]*$",
    re.I,
)


def unmet_premise(
    question: str, sentence: str, before: str = "", parties: str | None = None
) -> str | None:
    """What the question takes for granted that the sentence does not grant, or None (see
    `_unmet_premise`); after a time clause set before it, what the question after the
    clause takes for granted too, for "the date of" something what "when was" it does,
    and after sentences of the asker's own, what the question they end with does."""
    unmet = _unmet_premise(question, sentence, before, parties)
    if unmet is None and (lead := _TIME_LEAD.match(question)) is not None:
        rest = lead.group("rest")
        return _unmet_premise(rest[:1].upper() + rest[1:], sentence, before, parties)
    if unmet is None and (dated := _DATE_OF.match(question)) is not None:
        return _unmet_premise(f"When was {dated.group('what')}?", sentence, before, parties)
    # "Since the treaty is so 'comprehensive', it obviously makes Russia defend Iran, right?
    # Does it contain a mutual defence clause?": the question the asker ends with takes as
    # much for granted after what they say first as alone.
    *said, asked = SENTENCE_END.split(question.strip())
    if unmet is None and said and asked.endswith("?"):
        return _unmet_premise(asked, sentence, before, parties)
    return unmet


def _unmet_premise(
    question: str, sentence: str, before: str = "", parties: str | None = None
) -> str | None:
    """What the question takes for granted that the sentence does not grant, or None:
    - the named subject of a why-, when-, how-long- or reaction question that neither it
      nor the sentence `before` it (when it points back: "The US president-elect …" after
      a sentence on Trump) names; a country may be named by its demonym, "Russia and
      Iran" as "both countries", and the `parties` to the document's deal (the pair its
      title names) by the deal: "Negotiations for the new treaty …" tells of theirs;
    - what that subject is asked about doing (names and offices aside), when the sentence
      tells of none of it; half its words and all its names when the sentence gives his
      own words and he is asked why; a reaction, when the sentence tells of none;
    - a place a why-question says something was done in; a procedure of treaty law; what
      someone is asked to have undergone or a measure asked of something; the names a
      name is asked of, or a remark asked to be about;
    - the topic of a remark or of a provision (more than half its words);
    - for a why-question, a reason (or the asked speaker's own words);
    - a reaction of the subject, not words someone else says beside its name;
    - someone's exact words, in quotation marks; who gave to whom, the way round asked;
    - what something is asked to have affected ("What effect did X have on Y?");
    - another deal than the new treaty ("the old agreement"), who led something, what
      "they" or "he" did at or for the time asked, the thing a how-long question times,
      the talks a when-question asks the start or end of, and how something began
      ("When was the agency founded?")."""
    present = set(terms(sentence))
    if _YEAR.search(sentence):
        present.add("year")  # "the year of the agreement" is told by "a 2001 agreement"
    subject = asked_subject(question)
    why = asks_reason(question)
    deeds: list[str] = []  # what the subject is asked about doing
    # The sentence before counts when this one points back at someone: "The US
    # president-elect …" after a sentence on Trump; not "The Kremlin …".
    context = f"{before} {sentence}" if _REFERS_BACK.search(sentence) else sentence
    # "Why did Putin fly to Tehran …?", "why did they sign it in Saint Petersburg?": a place
    # the sentence (or the one it points back to) never names ("Iranian President" is no
    # place; "… killed in Syria?" is not answered by Iraq). Without a named subject, only
    # where something was done: "the change of leadership in Washington" is no place the
    # question says anything happened.
    went = (_WENT_TO if subject is not None else _DONE_IN).search(question)
    if why and went and not _names_place(went.group("place"), context):
        return went.group("place")
    if subject is not None:
        several = _SEVERAL.search(subject) is not None
        if not (
            _names(subject, context)
            or (several and _BOTH.search(sentence))
            or (parties and _THE_DEAL.search(sentence) and _names(subject, parties))
        ):
            return subject
        rest = question[question.index(subject) + len(subject) :]
        told = set(terms(context))
        # "Why did Lavrov criticise the treaty as a mistake?" against "'… is constructive,'
        # Lavrov said": the sentence gives his words, so what he is asked about doing must
        # be in it, half its words and all its names.
        if not several and why and speaks(subject, sentence):
            done = terms(rest)
            if done and sum(t in present for t in done) < SHARE * len(done):
                return " ".join(done)
            # "Why did Lavrov sign the treaty himself on Tuesday?" is not answered by what
            # he said on Tuesday: a deed asked of him that is no saying or thinking must be
            # told of.
            if (
                done
                and done[0] not in present
                and not _SAYS_OR_THINKS.match(rest.strip())
                and not _LIGHT_VERB.match(rest.strip())
            ):
                return done[0]
            # "Why did Lavrov say the treaty was aimed against the United States?": whom
            # his words are asked to be about must be in them.
            if (absent := _unnamed(rest, sentence)) is not None:
                return absent
        # "When will Trump be inaugurated?" is not dated by "In 2020, Trump ordered …": a
        # sentence that names him dates what he did only when it tells of it, in a word at
        # least ("When did Trump return?": "Trump’s return to power"; names and offices
        # aside: "When did Pezeshkian become president?" is not told by "President …"),
        # or has him speak when he is asked about speaking ("When did Lavrov make those
        # comments?": "… Lavrov said on Tuesday"; not "… did Trump pull out of the deal?"
        # by "Trump warned …"). How long he did something is asked the same way.
        # "In which country is Assad living now after being toppled?" asks where he lives:
        # the deed is the main clause's, not the time it is set after.
        where = _WHERE.match(question) is not None
        deeds = _deeds(_AFTER_CLAUSE.split(rest)[0] if where else rest)
        said = speaks(subject, context) and _SPEECH.search(rest) is not None
        timed = _WHEN.match(question) or _HOW_LONG.match(question) or where
        when = not several and timed and not said
        # Where someone is posted or based is where his office is: "Where is Jalali
        # posted?" is told by "Ambassador to Russia Kazem Jalali".
        if where:
            deeds = [t for t in deeds if t not in _STATIONED]
        if when and (untold := _untold(deeds, told)) is not None:
            return untold
        # "How did Trump react when he heard the treaty had been signed?" is not answered by
        # "The treaty was signed just days before Trump's return": the sentence must tell
        # of a reaction (words said, outrage, a response), not only name him.
        if asks_reaction(question) and not _reacted(subject, sentence):
            return "a reaction"
        # "How did the Ukrainian government respond to the signing of the treaty?" is not
        # answered by words Ukrainian officials said of drones: what the reaction is asked
        # to be to must be told of too.
        if asks_reaction(question) and (untold := _reacted_to(question, context)) is not None:
            return untold
        # "Why has North Korea signed this treaty with Russia and Iran?" is not answered by
        # "Building closer ties with Iran, China, and North Korea …": the sentence names
        # the subject but tells of nothing it is asked about doing, names aside.
        if why and (untold := _untold(deeds, told)) is not None:
            return untold
    # "In which city did they sign the old agreement?", "What was the name of the
    # multinational deal …?": another deal than the new treaty, which the sentence must be
    # about ("a 2001 agreement", "a multinational deal").
    if (other := _OTHER_DEAL.search(question)) is not None and not _tells_deal(
        other.group("mod"), sentence
    ):
        return other.group(0)
    # "When did Russia sign its own partnership treaty with North Korea?" is not told by a
    # sentence on the treaty with Iran: a deal with someone not party to the document's
    # deal must be told of with them.
    if (
        parties
        and (other_party := _DEAL_WITH.search(question)) is not None
        # A country or its capital: "the treaty with Putin" is the document's own deal.
        and any(
            is_country(word) or seat_country(word) is not None
            for word in other_party["other"].split()
        )
        and not _names(other_party["other"], parties)
        and not _names(other_party["other"], context)
    ):
        return other_party["other"]
    if _WHAT_DEAL_SAYS.match(question) and not _DEAL_SAYS.search(sentence):
        return "what the deal says"
    if _BEFORE_BECOMING.search(question) and not _EARLIER.search(sentence):
        return "before becoming"
    if _AFTER_TAKING_OFFICE.match(question) and not _LATER.search(sentence):
        return "after taking office"
    if _LED.match(question) and not _LEADS.search(sentence):
        return "who led it"
    # "What did Putin say to Pezeshkian in private before the signing ceremony?" is not
    # answered by what he said at the news conference, nor "What did Putin tweet after
    # signing?" by what he said in Moscow.
    for setting in (_IN_PRIVATE, _CHANNEL):
        if (setting_asked := setting.search(question)) and not setting.search(context):
            return setting_asked.group(0)
    if (
        deed := _HOW_LONG_DONE.match(question)
        or _WHEN_DONE.match(question)
        or _WHEN_FOUNDED.match(question)
    ) and (untold := _untold(terms(deed.group("done")), present)) is not None:
        return untold
    if (
        thing := _HOW_LONG_THING.match(question)
        or _WHEN_THING.match(question)
        or _WHEN_BEGUN.match(question)
    ) and (untold := _untold(terms(thing.group("what")), present)) is not None:
        return untold
    if (
        _HOW_LONG_DEAL.match(question)
        and _TALKS.search(sentence)
        and not _IN_FORCE.search(sentence)
    ):
        return "the deal's term"
    happened = _WHEN_IT_HAPPENED.match(question)
    if happened and not _covers(set(terms(context)), asked := terms(happened.group("what"))):
        return " ".join(asked)
    # "Where are the instruments of ratification to be exchanged?"
    for asked_for, telling in _PROCEDURES:
        if (procedure := asked_for.search(question)) and not telling.search(context):
            return procedure.group(0)
    # "What happens if Trump attacks Iran?" is not answered by what Trump warned would
    # happen if a plot had succeeded: the sentence must tell of what the condition says
    # happens, names aside.
    if (supposed := _WHAT_IF.match(question)) is not None:
        condition = supposed.group("condition")
        names = _name_terms(condition)
        deeds = [t for t in terms(condition) if t not in names]
        if (untold := _untold(deeds, present)) is not None:
            return untold
    if _reversed(question, context):
        return "who gave to whom"
    # "Which Russian general was killed …?" is not answered by "… Iranian Revolutionary
    # Guards commander Qasem Soleimani …".
    if of_another_country(question, context):
        return "whose they are"
    # "Which Russian ally did Hezbollah topple in Syria?" is not answered by "… an offensive
    # that toppled President Bashar al-Assad, … and the weakening of … Hezbollah".
    if (done_to := _DONE_TO.match(question)) is not None and (
        (agent := _subject_at(question, done_to.end())) is not None
        and _done_by_another(agent.group(0), _VERB.match(question, agent.end()), context)
    ):
        return f"what {agent.group(0)} did"
    # "Did Iran give Russia ballistic missiles?" is not answered by a sentence on drones.
    asked_arms = _arms(question)
    if asked_arms and (told_arms := _arms(context)) and asked_arms.isdisjoint(told_arms):
        return " or ".join(sorted(asked_arms))
    # "Did Trump cancel the treaty after he became president again?" is not answered by
    # "The treaty was signed just days before Trump's return": whether a named subject did
    # something is told by a sentence that tells of it, in a word at least (names, offices
    # and the deal aside), or has him speak when he is asked about speaking.
    if subject is None and (did := _did(question)) is not None:
        doer, rest = did
        # Whom it is asked of, too: "Did Washington impose new sanctions on them?" is not
        # answered by "… in response to Western sanctions". A capital stands for its country.
        if not any(
            _names(d, context) for d in (doer, SEATS.get(doer, doer).removeprefix("the "))
        ) and not (parties and _THE_DEAL.search(sentence) and _names(doer, parties)):
            return doer
        deeds = [t for t in _deeds(rest) if t not in DEAL_TERMS]
        said = speaks(doer, context) and _SPEECH.search(rest) is not None
        if not said and (untold := _untold(deeds, set(terms(context)))) is not None:
            return untold
        # "Has Putin signed a similar pact with North Korea?": with whom, too (not names
        # offered as alternatives: "… with China and North Korea, or with India?").
        if " or " not in rest and (absent := _unnamed(rest, context)) is not None:
            return absent
    # "Will this treaty make war more likely?" is not answered by what Lavrov said it aims
    # at: what the deal is asked to do or be is told of, in a word at least (names and the
    # deal aside).
    # Not options offered: "Is the treaty open-ended, or does it have a set term?".
    if (does := _DEAL_DOES.match(question)) is not None and " or " not in does.group("rest"):
        deeds = [t for t in _deeds(does.group("rest")) if t not in DEAL_TERMS]
        if (untold := _untold(deeds, set(terms(context)))) is not None:
            return untold
    # "Who was arrested …?", "What is the range of …?": the sentence must tell it.
    for asked_of in (
        _UNDERWENT.match(question),
        _MEASURE.match(question),
        _WHICH_DID.match(question),
    ):
        if asked_of and (untold := _untold(terms(asked_of.group("what")), present)) is not None:
            return untold
    if _EXACT_WORDS.search(question) and not _QUOTATION.search(sentence):
        return "their own words"
    # "What does the treaty oblige Russia to do in response?" asks for a duty, which a
    # sentence on what they did "in response" does not state.
    if _DUTY_ASKED.search(question) and not _DUTY.search(context):
        return "a duty"
    # "Whom exactly did Lavrov mean by 'our friends'?" is not answered by his words that
    # say "our friends" and name none of them.
    if _MEANT.search(question) and not _EXPLAINS.search(context):
        return "whom it means"
    # "What did Lavrov say the treaty is not aimed against?" is not answered by what he
    # said it is aimed at.
    # "Which of Tehran's setbacks last year was not about Syria?" picks from a list: a
    # sentence that lists them answers it.
    if (
        _ASKS_NOT.match(question)
        and not _SAYS_NOT.search(context)
        and not (_WHICH_OF_NOT.match(question) and _LISTED.search(context))
    ):
        return "what is not so"
    if _OTHER_COUNTRIES.search(question) and not _countries(context) - _countries(question):
        return "other countries"
    # "What was that nuclear deal Trump ditched called?" is not answered by the name of a
    # deal in a sentence that never names Trump.
    called = _CALLED.match(question)
    if called and (absent := _unnamed(called.group("what") or called.group("of"), context)):
        return absent
    if (most := _MOST_ASKED.search(question)) is not None and not _MOST.search(context):
        return most.group(0)
    if _ONLY_ASKED.search(question) and not _ONLY.search(context):
        return "the only one"
    if _SUCCESSION_ASKED.search(question) and not _SUCCESSION.search(context):
        return "who succeeded whom"
    if (coming := _NEXT_ASKED.search(question)) is not None and not _AHEAD.search(context):
        return coming.group(0)
    # Only of what is asked for: "In what year did Tehran suffer the setbacks, such as
    # Assad's toppling, …?" gives an example of a premise the next sentence tells of.
    if (
        (such := _SUCH_AS.search(question)) is not None
        and not _ASKED_BEFORE.search(question, 0, such.start())
        and (untold := _untold(terms(such.group("example")), present)) is not None
    ):
        return untold
    asked = topic(question)
    if asked and not _covers(present, asked):
        return " ".join(asked)
    # "What specific military provisions does it contain?" asks what the deal holds, which
    # a sentence on the deal tells: not "… threatened swift military action".
    # Asked for "specific" ones, it must name what kind of term they are: "… covers areas
    # from trade and military cooperation …" names no military provision.
    if (terms_asked := _WHAT_TERMS.match(question)) is not None:
        if not _DEAL_WORD.search(context):
            return "the deal"
        kinds = [t for t in terms(terms_asked.group("what")) if t in _TERM_KINDS]
        if _SPECIFIC.search(question) and kinds and not any(t in present for t in kinds):
            return " ".join(kinds)
    # "What did Pezeshkian say about how Trump's return would affect relations?" is not
    # answered by words of his that never name Trump, though what he is asked about is a
    # question ("how …") and no topic.
    remark = _SAID_ABOUT.match(question)
    if remark and (absent := _unnamed(remark.group("topic"), context)):
        return absent
    # "Why did negotiations drag on for years?" is not answered by "Negotiations … have
    # taken years": the sentence (or the one it points back to) must give a reason, unless
    # it gives the words someone is asked why he said ("Why did Lavrov call it
    # constructive?": his words are his reason).
    own_words = subject is not None and speaks(subject, context) and bool(_SPEECH.search(question))
    # "What led to the success of the Syrian opposition offensive?": what is asked about is
    # the whole question when it names no subject.
    if subject is None and _CAUSED.match(question):
        deeds = _deeds(question)
    if why and not own_words and not _gives_reason(context, deeds):
        return "a reason"
    return None


_CONDITION = frozenset({"if", "unless"})


def _gives_reason(text: str, deeds: Sequence[str] = ()) -> bool:
    """Whether the text gives a reason (see `_REASON`). A condition gives one only for what
    it is the condition of: "Trump warned … if an alleged Iranian plot to kill him had
    succeeded" says why Trump warned, not why Iran wanted to kill him, so a condition that
    comes before every word of the asked `deeds` its sentence holds gives no reason for them."""
    found = [m for m in _REASON.finditer(text) if not deeds or _of_deed(text, m.start(), deeds)]
    if any(m.group(0).casefold() not in _CONDITION for m in found):
        return True
    if not found or not deeds:
        return bool(found)
    opened = max(text.rfind(". ", 0, found[0].start()) + 1, 0)
    before, told = set(terms(text[opened : found[0].start()])), set(terms(text[opened:]))
    return any(covered(t, before) for t in deeds) or not any(covered(t, told) for t in deeds)


# "a multinational deal that provided Iran with sanctions relief …": a relative clause,
# which tells of what it describes.
_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:[\w’'-]+\s+){0,2}?(?:[a-z]+ed|has|have|had|is|are|was|were|will|would)\b",
    re.I,
)


def _of_deed(text: str, at: int, deeds: Sequence[str]) -> bool:
    """Whether what gives a reason at `at` gives it for the asked `deeds`: not when a
    relative clause comes between the last word of them before it and it. "Trump withdrew
    from a multinational deal that provided Iran with sanctions relief in exchange for
    nuclear restrictions" gives what the deal traded, not why Trump withdrew."""

    def of_deed(word: re.Match[str]) -> bool:
        return any(covered(d, set(terms(word.group(0)))) for d in deeds)

    last = None
    for word in _WORD.finditer(text, 0, at):
        if of_deed(word):
            last = word.end()
    if last is not None:
        return _RELATIVE.search(text, last, at) is None
    # Before every word of them: "In response to …, they …" gives a reason for what its
    # own sentence tells, not for what the next one does.
    end = text.find(". ", at)
    return any(of_deed(word) for word in _WORD.finditer(text, at, len(text) if end < 0 else end))


# "Iran has already provided Russia with drones", "What did Russia supply to Iran?": who
# gives and who is given, each a capitalised name.
_GIVES = (
    r"(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|g[ai]v(?:e|es|en|ing)|send(?:s|ing)?|"
    r"sent|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|transferr?(?:s|ed|ing)?|ship(?:s|ped|ping)?)"
)
_TRANSFER = re.compile(
    r"(?P<giver>(?-i:[A-Z])[\w’'-]+)\s+(?:(?:has|have|had|will|would|did|does|do|already|also|"
    rf"reportedly)\s+){{0,3}}{_GIVES}\b\s+(?:(?:the|a|an|some|any)\s+)?"
    r"(?:(?P<taker>(?-i:[A-Z])[\w’'-]+)\b|(?:[\w’'“”\"-]+\s+){0,4}?to\s+(?P<to>(?-i:[A-Z])[\w’'-]+))",
    re.I,
)


def _reversed(question: str, text: str) -> bool:
    """Whether the text has the giver and the given the other way round from the question:
    "What did Russia supply to Iran?" is not answered by "Iran has provided Russia with
    drones"."""
    asked, told = _TRANSFER.search(question), _TRANSFER.search(text)
    if asked is None or told is None:
        return False
    asked_to, told_to = asked["taker"] or asked["to"], told["taker"] or told["to"]
    return (
        _same_name(asked["giver"], told_to)
        and _same_name(asked_to, told["giver"])
        and not _same_name(asked["giver"], told["giver"])
    )


# "Which Russian ally did Hezbollah topple …?", "What did Iran give Russia?": what or whom
# a named subject is asked to have done something to …
_DONE_TO = re.compile(
    r"^\W*(?:which|what|whom|who)\s+(?:[\w’'-]+\s+){0,4}?(?:did|does|has|have|had)\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# … and the deed, a verb after the subject.
_VERB = re.compile(r"\s+(?:(?:already|also|really|actually|just|first)\s+)?(?P<verb>[a-z]{4,})\b")
# "… toppled by the offensive": the doer after the deed.
_BY = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?by\s+(?P<doer>[^,;.]{1,60})")


def _done_by_another(doer: str, verb: re.Match[str] | None, text: str) -> bool:
    """Whether the text tells of the deed asked about (a form of its verb: "toppled" of
    "topple", not "commander" of "command") as done by someone else it names: a name
    stands in the clause right before the deed, and the doer asked about is named neither
    before the deed nor after a "by" that follows it. A text that tells of no such deed, or
    names no one else doing it ("Both countries have increased …"), says nothing either
    way."""
    if verb is None or (deed := verb.group("verb").lower()) in _NO_DEEDS:
        return False
    stem = deed[:-1] if deed.endswith("e") else deed
    told = re.search(rf"\b{re.escape(stem)}(?:e|es|ed|d|s|ing)?\b", text, re.I)
    if told is None:
        return False
    doer = as_countries(doer)
    before = text[: told.start()]
    clause = _CLAUSE_START.split(before)[-1].casefold()
    others = [n for n in proper_nouns(before) if not _names(doer, n)]
    if not any(re.search(rf"\b{re.escape(n)}\b", clause) for n in others):
        return False
    by = _BY.match(text, told.end())
    # A capital stands for its country: "Tehran faced …" tells of what Iran did.
    return not (
        _names(doer, as_countries(before)) or (by and _names(doer, as_countries(by.group("doer"))))
    )


# Words after a subject that are no deed of its own: "has Putin been trying to …".
_NO_DEEDS = frozenset({"been", "being", "having", "getting", "trying", "going", "done", "made"})
# Where a clause starts: "…, a key ally, and the weakening of …".
_CLAUSE_START = re.compile(r"[,;:—–]|\b(?:and|but|while|though)\b")


def _same_name(a: str, b: str) -> bool:
    return a.casefold() == b.casefold() or (is_country(a) and same_country(a, b))


def _arms(text: str) -> set[str]:
    """The kinds of weapon a text names, each by one word: "fighter jets" are planes,
    "unmanned aerial vehicles" drones."""
    kinds = set()
    for match in _ARMS.finditer(text):
        word = match.group(1).lower()
        kinds.add("drone" if word.startswith("unmanned") else _ARMS_KIND.get(word, word))
    return kinds


def _countries(text: str) -> set[str]:
    """The countries a text names, by name, demonym or seat, folded (see `qa.roles.country`):
    "Iranian President …" and "Moscow" give "iran" and "russ"."""
    found = set()
    for word in _CAPITAL_WORD.findall(text):
        named = SEATS.get(word, word).split()[-1]
        if is_country(named):
            found.add(country(named)[:3])
    return found


def _untold(done: list[str], told: set[str]) -> str | None:
    """The terms of what was done, when the text tells of none of them (itself or as an
    equivalent); None when it tells of one, or nothing was asked."""
    return " ".join(done) if done and not any(covered(t, told) for t in done) else None


def _covers(present: set[str], asked: list[str]) -> bool:
    """Whether more than half the asked terms are present (the one, if only one), each
    itself or as an equivalent: "nuclear cooperation" is not covered by "military
    cooperation"."""
    return sum(covered(t, present) for t in asked) > SHARE * len(asked)


def unstated_years(
    question: str, sentence: str, before: str = "", now: date | None = None
) -> list[str]:
    """The years a question names that neither the sentence nor the one `before` it does:
    "Who signed the 2001 agreement?" is not answered by a sentence on the 2025 signing,
    though its document mentions 2001 elsewhere. A relative year is read against the
    document's present `now`: "last year" states 2024 in an article of January 2025. A
    sentence that tells of a deal and dates nothing tells of the document's own year:
    "What did officials call the pact signed on January 17, 2025?" is answered by
    "Iranian and Russian officials said the “… treaty” covers …" in an article of that
    year."""
    text = f"{before} {sentence}"
    stated = set(_YEAR.findall(text)) | {str(year) for year in years(text, now)}
    if (
        now is not None
        and not stated
        and ((_A_DEAL.search(sentence) and _A_DEAL.search(question)) or _at_present(question, now))
    ):
        stated.add(str(now.year))
    return [year for year in _YEAR.findall(question) if year not in stated]


def _at_present(question: str, now: date) -> bool:
    """Whether every time the question gives is the document's present, to the month: "On
    January 17, 2025, what did Pezeshkian say …?" of an article of that day, whose
    sentences that date nothing tell of it. Not "in 2025", which may be any time of it."""
    times = periods(question, now)
    return bool(times) and all(
        p.start <= now <= p.end and (p.end - p.start).days <= 31 for p in times
    )


def other_day(question: str, sentence: str, before: str = "", now: date | None = None) -> bool:
    """Whether the question asks of a day the sentence does not tell of, when the sentence
    names its days: "What did Lavrov say on the Wednesday before the signing?" is not
    answered by what he "said on Tuesday"."""
    asked = [p for p in periods(question, now) if p.start == p.end]
    told = [p for p in periods(f"{before} {sentence}", now) if p.start == p.end]
    return bool(asked and told) and not any(p in told for p in asked)


# "What effect did the signing have on the value of Iran's currency?": what something is
# asked to have affected, which the sentence must tell of.
_EFFECT_ON = re.compile(
    r"\b(?:effects?|impacts?|influence|consequences?|bearing)\b[^?]*?\s+(?:on|upon)\s+"
    r"(?P<topic>[^?]+?)\s*(?:[?.!]|$)",
    re.I,
)


def effect_topic(question: str) -> list[str]:
    """The terms of what a "What effect did X have on …?" question asks to be affected."""
    match = _EFFECT_ON.search(question)
    return terms(match.group("topic")) if match else []


def topic(question: str) -> list[str]:
    """The terms of what a question asks a remark or a deal to be about, or something to
    have affected (see `speech_topic`, `provision` and `effect_topic`); empty for other
    questions."""
    # Each word once: "… to Iran's defence if Iran is attacked" does not ask about Iran twice.
    asked = speech_topic(question) or provision(question) or effect_topic(question)
    return list(dict.fromkeys(asked))
