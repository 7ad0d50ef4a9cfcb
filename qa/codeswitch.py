"""A question with words of other languages in it, read in English. Pure.

Bilingual askers mix their other language into English: "¿Cuándo did Putin and
Pezeshkian meet?", "Skol'ko Shahed drones has Iran supplied?", "In quale città was it
signed?", "Who was the vazir-e khareje of Iran present?". MiniLM is an English model and
reads such words as noise, and the checks that keep answers honest read a question by its
English words: "how many" asks for a count, "which city" for a place, "foreign minister"
for an office. So the words a question asks with are read in English first.

This is a glossary, not a translator: question words, the connectors and tags around
them, and the nouns a question about news of states and treaties asks with, in Spanish,
French, German, Italian, Portuguese, Dutch, Polish, and Russian, Persian, Turkish, Arabic
and Hindi as they are written in Latin letters. Words English also uses ("date",
"accord", "comment", "was") are not in it, and neither are words the documents
themselves use. Verbs, and languages written in their own scripts, are left to MiniLM;
a multilingual embedding model would read them, and the one this service ships is English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_GLOSSARY: dict[str, str] = {
    # when; since when
    "cuándo": "when", "cuando": "when", "quand": "when", "wann": "when", "quando": "when",
    "kogda": "when", "kab": "when", "ne zaman": "when", "chi vaght": "when",
    "che vaght": "when", "wanneer": "when", "kiedy": "when", "mata": "when",
    "seit wann": "since when", "desde cuándo": "since when", "desde cuando": "since when",
    "depuis quand": "since when", "da quando": "since when", "desde quando": "since when",
    # where
    "dónde": "where", "donde": "where", "où": "where", "dove": "where", "onde": "where",
    "gde": "where", "koja": "where", "kuja": "where", "nerede": "where", "ayna": "where",
    "kahan": "where", "kahaan": "where", "waar": "where", "gdzie": "where",
    # who
    "quién": "who", "quien": "who", "quiénes": "who", "qui": "who", "wer": "who",
    "chi": "who", "quem": "who", "kto": "who", "che kasi": "who", "kaun": "who",
    # what
    "qué": "what", "quoi": "what", "c'est quoi": "what is", "qu'est-ce que": "what",
    "was ist": "what is", "cosa": "what", "che cosa": "what", "o que": "what",
    "chto": "what", "shto": "what", "kya": "what", "madha": "what", "matha": "what",
    # why
    "por qué": "why", "porqué": "why", "por que": "why", "pourquoi": "why",
    "warum": "why", "wieso": "why", "weshalb": "why", "perché": "why", "perche": "why",
    "pochemu": "why", "zachem": "why", "chera": "why", "cheraa": "why", "neden": "why",
    "niçin": "why", "niye": "why", "limadha": "why", "limaza": "why", "kyon": "why",
    "kyun": "why", "waarom": "why", "dlaczego": "why",
    # how; how many, how much, how long, how old, how high
    "cómo": "how", "como": "how", "kak": "how", "chetor": "how", "chegune": "how",
    "nasıl": "how", "nasil": "how", "kayfa": "how", "kaise": "how",
    "cuántos": "how many", "cuántas": "how many", "cuantos": "how many",
    "cuantas": "how many", "cuánto": "how much", "cuanto": "how much",
    "combien de": "how many", "combien": "how many", "wie viele": "how many",
    "wie viel": "how much", "quanti": "how many", "quante": "how many",
    "quanto": "how much", "quantos": "how many", "quantas": "how many",
    "skol'ko": "how many", "skolko": "how many", "chand": "how many",
    "chandta": "how many", "kaç": "how many", "kac": "how many", "kitne": "how many",
    "kitna": "how much", "hoeveel": "how many",
    "wie lange": "how long", "cuánto tiempo": "how long", "cuanto tiempo": "how long",
    "combien de temps": "how long", "per quanto tempo": "how long",
    "quanto tempo": "how long", "skol'ko vremeni": "how long", "ne kadar süre": "how long",
    "wie alt": "how old", "kaç yaşında": "how old", "kac yasinda": "how old",
    "wie hoch": "how high",
    # which; in which
    "cuál": "which", "cual": "which", "cuáles": "which", "cuales": "which",
    "quel": "which", "quelle": "which", "quels": "which", "quelles": "which",
    "welche": "which", "welcher": "which", "welches": "which", "welchem": "which",
    "welchen": "which", "quale": "which", "quali": "which", "qual": "which",
    "quais": "which", "kakoy": "which", "kakaya": "which", "kakoye": "which",
    "kakiye": "which", "kakie": "which", "kodam": "which", "kodoom": "which",
    "hangi": "which", "ayy": "which", "ayyu": "which", "kaunsa": "which",
    "kaunsi": "which", "welk": "which", "welke": "which", "który": "which",
    "która": "which", "które": "which", "ktory": "which", "dar kodam": "in which",
    "fi ayy": "in which", "en qué": "in which",
    # yes or no
    "sí o no": "yes or no", "oui ou non": "yes or no", "ja oder nein": "yes or no",
    "sì o no": "yes or no", "da ili net": "yes or no",
    # words that only ask politely or fill ("…, bitte?", "ya'ni")
    "bitte": "", "por favor": "", "s'il vous plaît": "", "s'il vous plait": "",
    "s'il te plaît": "", "per favore": "", "pozhaluysta": "", "pozhaluista": "",
    "lotfan": "", "lütfen": "", "lutfen": "", "alsjeblieft": "", "proszę": "",
    "prosze": "", "ya'ni": "", "yani": "",
    # connectors
    "después de": "after", "despues de": "after", "après": "after", "apres": "after",
    "dopo": "after", "posle": "after", "ba'd az": "after",
    "antes de": "before", "avant": "before", "prima di": "before", "qabl az": "before",
    "entre": "between", "zwischen": "between", "mezhdu": "between", "tussen": "between",
    "między": "between", "und": "and", "mit": "with", "avec": "with",
    "según": "according to", "segun": "according to", "selon": "according to",
    "laut": "according to", "secondo": "according to", "po slovam": "according to",
    "volgens": "according to", "contra": "against", "contre": "against",
    "gegen": "against", "protiv": "against", "surtout": "especially",
    "besonders": "especially", "soprattutto": "especially", "especialmente": "especially",
    "osobenno": "especially", "también": "also", "tambien": "also", "aussi": "also",
    "auch": "also", "anche": "also", "também": "also", "exactamente": "exactly",
    "exactement": "exactly", "genau": "exactly", "esattamente": "exactly",
    "exatamente": "exactly", "tochno": "exactly", "kak on govorit": "as he says",
    "el año pasado": "last year", "l'année dernière": "last year",
    "l'an dernier": "last year", "letztes jahr": "last year", "l'anno scorso": "last year",
    "o ano passado": "last year", "v proshlom godu": "last year", "geçen yıl": "last year",
    # treaty, agreement, nuclear deal
    "tratado": "treaty", "traité": "treaty", "vertrag": "treaty", "trattato": "treaty",
    "dogovor": "treaty", "qarardad": "treaty", "gharardad": "treaty", "peyman": "treaty",
    "antlaşma": "treaty", "antlasma": "treaty", "muahede": "treaty", "verdrag": "treaty",
    "traktat": "treaty", "acuerdo": "agreement", "abkommen": "agreement",
    "vereinbarung": "agreement", "accordo": "agreement", "acordo": "agreement",
    "soglasheniye": "agreement", "soglashenie": "agreement", "anlaşma": "agreement",
    "anlasma": "agreement", "ittifaq": "agreement", "samjhauta": "agreement",
    "overeenkomst": "agreement", "umowa": "agreement", "porozumienie": "agreement",
    "acuerdo nuclear": "nuclear deal", "accord nucléaire": "nuclear deal",
    "atomabkommen": "nuclear deal", "accordo nucleare": "nuclear deal",
    "acordo nuclear": "nuclear deal", "yadernaya sdelka": "nuclear deal",
    "barjam": "nuclear deal",
    # places and kinds of place
    "ciudad": "city", "ville": "city", "stadt": "city", "città": "city", "citta": "city",
    "cidade": "city", "gorod": "city", "shahr": "city", "şehir": "city", "sehir": "city",
    "shahar": "city", "stad": "city", "miasto": "city", "hauptstadt": "capital",
    "capitale": "capital", "stolitsa": "capital", "paytakht": "capital",
    "başkent": "capital", "país": "country", "pais": "country", "pays": "country",
    "paese": "country", "paesi": "countries", "países": "countries",
    "paises": "countries", "strana": "country", "strany": "countries",
    "keshvar": "country", "ülke": "country", "ulke": "country",
    "ülkeler": "countries", "balad": "country", "desh": "country",
    # time
    "fecha": "date", "tarikh": "date", "tareekh": "date",
    "tarih": "date", "año": "year", "años": "years", "année": "year", "années": "years",
    "jahr": "year", "jahre": "years", "jahren": "years", "anno": "year", "anni": "years",
    "anos": "years", "yıl": "year", "yil": "year", "saal": "year", "jaar": "year",
    "jaren": "years",
    # offices and people
    "ministro de asuntos exteriores": "foreign minister",
    "ministro de relaciones exteriores": "foreign minister",
    "ministro de exteriores": "foreign minister",
    "ministre des affaires étrangères": "foreign minister",
    "ministre des affaires etrangeres": "foreign minister",
    "außenminister": "foreign minister", "aussenminister": "foreign minister",
    "ministro degli esteri": "foreign minister",
    "ministro degli affari esteri": "foreign minister",
    "ministro das relações exteriores": "foreign minister",
    "ministro dos negócios estrangeiros": "foreign minister",
    "ministr inostrannykh del": "foreign minister", "vazir-e khareje": "foreign minister",
    "vazire khareje": "foreign minister", "vazir khareje": "foreign minister",
    "vazir-e omur-e khareje": "foreign minister", "dışişleri bakanı": "foreign minister",
    "disisleri bakani": "foreign minister", "wazir al-kharijiya": "foreign minister",
    "wazir al-kharijiyya": "foreign minister", "videsh mantri": "foreign minister",
    "minister van buitenlandse zaken": "foreign minister",
    "minister spraw zagranicznych": "foreign minister",
    "ministro": "minister", "ministre": "minister", "vazir": "minister",
    "bakan": "minister", "wazir": "minister", "mantri": "minister",
    "presidente": "president", "président": "president", "präsident": "president",
    "praesident": "president", "prezident": "president", "cumhurbaşkanı": "president",
    "cumhurbaskani": "president", "rashtrapati": "president",
    "rais-e jomhur": "president", "ra'is-e jomhur": "president",
    "embajador": "ambassador", "ambassadeur": "ambassador", "botschafter": "ambassador",
    "ambasciatore": "ambassador", "embaixador": "ambassador", "posol": "ambassador",
    "safir": "ambassador", "safeer": "ambassador", "büyükelçi": "ambassador",
    "buyukelci": "ambassador", "ambasador": "ambassador",
    "fotógrafo": "photographer", "fotografo": "photographer",
    "photographe": "photographer", "fotograf": "photographer",
    "fotograaf": "photographer", "akkas": "photographer", "foto": "photo",
    "aliado": "ally", "allié": "ally", "verbündeter": "ally", "verbündete": "ally",
    "alleato": "ally", "soyuznik": "ally", "müttefik": "ally", "muttefik": "ally",
    "bondgenoot": "ally", "sojusznik": "ally",
    # things a question about states asks with
    "sanciones": "sanctions", "sanktionen": "sanctions", "sanzioni": "sanctions",
    "sanções": "sanctions", "sancoes": "sanctions", "sanktsii": "sanctions",
    "tahrim": "sanctions", "tahrimha": "sanctions", "yaptırımlar": "sanctions",
    "yaptirimlar": "sanctions", "uqubat": "sanctions", "sancties": "sanctions",
    "sankcje": "sanctions", "guerra": "war", "guerre": "war", "krieg": "war",
    "voyna": "war", "voina": "war", "savaş": "war", "savas": "war", "harb": "war",
    "oorlog": "war", "wojna": "war",
    "agencia de noticias": "news agency", "agence de presse": "news agency",
    "nachrichtenagentur": "news agency", "agenzia di stampa": "news agency",
    "agenzia stampa": "news agency", "agência de notícias": "news agency",
    "khabargozari": "news agency", "haber ajansı": "news agency",
    "haber ajansi": "news agency", "persbureau": "news agency",
    "agencja prasowa": "news agency", "agencia": "agency", "agence": "agency",
    "agentur": "agency", "agenzia": "agency", "agência": "agency",
    "agentstvo": "agency", "ajans": "agency", "agentschap": "agency",
    "agencja": "agency", "d'état": "state", "d'etat": "state", "estatal": "state",
    "amenaza": "threat", "drohung": "threat", "minaccia": "threat", "ameaça": "threat",
    "ameaca": "threat", "ugroza": "threat", "tahdid": "threat", "tehdit": "threat",
    "dhamki": "threat", "dreiging": "threat", "événement": "event",
    "evenement": "event", "evento": "event", "veranstaltung": "event",
    "ereignis": "event", "clave": "key", "clé": "key", "schlüssel": "key",
    "chiave": "key", "chave": "key", "klyuchevoy": "key", "ámbito": "area",
    "domaine": "area", "bereich": "area", "ambito": "area", "relaciones": "relations",
    "beziehungen": "relations", "relazioni": "relations", "relações": "relations",
    "relacoes": "relations", "otnosheniya": "relations", "ravabet": "relations",
    "ilişkiler": "relations", "iliskiler": "relations", "betrekkingen": "relations",
    "comercio": "trade", "handel": "trade", "commercio": "trade", "comércio": "trade",
    "torgovlya": "trade", "tejarat": "trade", "ticaret": "trade", "tijara": "trade",
    "drohnen": "drones", "droni": "drones", "firma": "signing",
    "unterzeichnung": "signing", "assinatura": "signing", "podpisanie": "signing",
    "imza": "signing", "emza": "signing", "nombre": "name", "nome": "name",
    "nazvaniye": "name", "naam": "name", "oficial": "official", "officiel": "official",
    "officielle": "official", "offiziell": "official", "offizielle": "official",
    "ufficiale": "official",
    "occidentales": "Western", "occidentaux": "Western", "westlichen": "Western",
    "westliche": "Western", "occidentali": "Western", "ocidentais": "Western",
    "zapadnye": "Western", "russe": "Russian", "russo": "Russian", "russa": "Russian",
    "ruso": "Russian", "rusa": "Russian", "russische": "Russian", "russischen": "Russian",
    "rossiyskiy": "Russian", "iraní": "Iranian", "iranien": "Iranian",
    "iranienne": "Iranian", "iraniano": "Iranian", "iraniana": "Iranian",
    "iranische": "Iranian", "iranischen": "Iranian", "ucraniano": "Ukrainian",
    "ukrainien": "Ukrainian", "ukrainienne": "Ukrainian", "ukrainische": "Ukrainian",
    "libanés": "Lebanese", "libanais": "Lebanese", "libanese": "Lebanese",
    "estadounidense": "American", "américain": "American", "amerikanische": "American",
    # states and cities as other languages spell them
    "rusia": "Russia", "russie": "Russia", "russland": "Russia", "rossiya": "Russia",
    "rosja": "Russia", "irán": "Iran", "moscú": "Moscow", "moscou": "Moscow",
    "moskau": "Moscow", "mosca": "Moscow", "moskou": "Moscow", "moskwa": "Moscow",
    "teherán": "Tehran", "téhéran": "Tehran", "teheran": "Tehran",
    "ucrania": "Ukraine", "ucraina": "Ukraine", "ukraina": "Ukraine",
    "ukrayna": "Ukraine", "oekraïne": "Ukraine", "siria": "Syria", "syrie": "Syria",
    "syrien": "Syria", "suriye": "Syria", "estados unidos": "the United States",
    "états-unis": "the United States", "etats-unis": "the United States",
    "vereinigte staaten": "the United States", "stati uniti": "the United States",
    "corea del norte": "North Korea", "corée du nord": "North Korea",
    "nordkorea": "North Korea", "corea del nord": "North Korea",
    "kuzey kore": "North Korea", "severnaya koreya": "North Korea",
    "chine": "China", "cina": "China", "kitay": "China", "çin": "China",
    "líbano": "Lebanon", "liban": "Lebanon", "libanon": "Lebanon",
    "irak": "Iraq", "israël": "Israel", "kreml": "Kremlin", "cremlino": "Kremlin",
}  # fmt: skip

_APOSTROPHE = "['’]"
_FOREIGN = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(
        re.escape(key).replace("'", _APOSTROPHE).replace(r"\ ", r"\s+")
        for key in sorted(_GLOSSARY, key=len, reverse=True)
    )
    + r")(?![\w’'-])",
    re.I,
)
# "¿Cuándo …?", "¡…!": the opening marks of Spanish.
_OPENING_MARKS = re.compile(r"[¿¡]")
# "…, ?" or "… ?" once "bitte" or "ya'ni" is gone.
_LEFT_BEHIND = re.compile(r"[\s,]+(?=[?.!]|$)")


def in_english(question: str, known: Callable[[str], bool] | None = None) -> str:
    """The question with the glossary's words of other languages read in English, but for
    the words `known` (whether the documents use a word) says the documents use; the
    question itself when it has none."""

    def english(match: re.Match[str]) -> str:
        found = match.group(0)
        key = re.sub(r"\s+", " ", found.lower().replace("’", "'"))
        if known is not None and " " not in key and known(key):
            return found
        word = _GLOSSARY[key]
        at_start = not question[: match.start()].strip(" ¿¡\"“'")
        return word[:1].upper() + word[1:] if at_start and word else word

    read = _FOREIGN.sub(english, question)
    if read == question and not _OPENING_MARKS.search(question):
        return question
    read = _LEFT_BEHIND.sub("", _OPENING_MARKS.sub("", read))
    return re.sub(r"\s{2,}", " ", read).strip()
