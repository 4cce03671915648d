"""The places stage: find place names in a text and resolve each to a gazetteer entry.

Candidates are capitalised word sequences whose transliteration key (see
:func:`eventcoder.gazetteer.name_key`) is a gazetteer name, longest first; a possessive
"'s" ends a sequence ("Afrin's entrance") unless the words on both sides of it are one
name the gazetteer holds whole ("Cox's Bazar"). Each is
resolved by scoring the entries that share its key:

* the countries the document names (``Iraq``, ``Iraqi``) and the countries of the
  other places it names;
* a division named right after it (``Multan (Multan, Punjab)``, ``Bennsh in Idleb
  province``, ``in Cuauhtemoc municipality, Chihuahua``): entries inside it win;
* a division word after it (``Idlib province`` is the province, ``Idlib`` the city);
* population, and whether the spelling matches the entry's own name exactly.

Words that are place names only by accident (``Monday``, ``Police``, ``Said``) are
dropped by a stop list (``data/place_stopwords.txt``) and by a test on common
English words. Modifiers around a mention set ACLED's ``geo_precision``: 1 for a
town, 2 for "near X", "outskirts of X", "X countryside", a district or a natural
feature, 3 for a province or a country.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from rapidfuzz.distance import Hamming, Levenshtein

from eventcoder.actors import (
    group_name_spans,
    one_word_group_countries,
    theatre,
    theatres,
)
from eventcoder.dates import date_words
from eventcoder.gazetteer import (
    DATA_DIR,
    DIVISION_WORDS,
    Gazetteer,
    former_division,
    haversine_km,
    is_capital,
    load_gazetteer,
    name_key,
    normalise,
    strip_division_words,
    token_key,
    tokens_key,
)
from eventcoder.mentions import (
    Chunks,
    Doc,
    Place,
    PlaceMention,
    doc_chunks,
    replace_doc,
    span_chunks,
)
from eventcoder.patterns import ascii_twin, first_letter_alternation
from eventcoder.registry import stage

STOPWORDS_PATH = DATA_DIR / "place_stopwords.txt"
ETHNONYMS_PATH = DATA_DIR / "ethnonyms.txt"
COUNTRY_CUES_PATH = DATA_DIR / "country_cues.tsv"
MAX_TOKENS = 6

# A word: letters and digits with inner apostrophes (Dar'a, Ta'izz); hyphens split words.
# A possessive "'s" is not part of the word ("Afrin's entrances").
_WORD = re.compile(r"[^\W_](?:[\w]|['\u2019\u02bc\u02bf\u02be](?=\w)(?!s\b))*")
# What may stand between two words of one name: spaces, a hyphen, nothing else.
_JOIN = re.compile(r"^(?:[ \t]{1,2}|\s?-\s?)$")
# Lower-case words allowed inside a name ("Rio de Janeiro", "Deir ez-Zor", "Bosnia and ...",
# "Gracias a Dios", "Khabb wa ash Shaaf": Arabic "wa", and).
_CONNECTORS = frozenset(
    "de del la las los da do das dos di du des le el al ad ar as ash az ez an at ed er es en "
    "et esh ech n ul ur us uz of and y e i a bin ibn bani beni bou ben abu um umm wa va".split()
)
# Connectors that are also English words: inside a name only after a generic first word.
_ENGLISH_CONNECTORS = frozenset("at as an us i e en a".split())
# Articles that may open a name in lower case: "al-Hasakeh", "as-Sweida", "el Fasher".
_ARTICLE_PREFIX = frozenset("al el ad ar as ash az ez an at ed er es".split())
_ARTICLE_ALONE = frozenset({"al", "el"})

# Words after a name: a division word, or a part of the place (countryside, outskirts).
_AFTER = re.compile(
    r"\s*(?P<word>governorate|province|district|state|region|oblast|raion|rayon|county|"
    r"department|municipality|prefecture|wilaya|division|sub-?district|nahiya|territory|lga|"
    r"subdivision|township|tehsil|upazila|sub-?county|chiefdom|commune|"
    r"local\s+government(?:\s+area)?|"
    r"countryside|outskirts|suburbs?|area|front|axis|surroundings|vicinity|environs|"
    r"mountains?|desert|valley|hills|city|town|village|camp)\b",
    re.IGNORECASE,
)
_ADMIN1_WORDS = frozenset(
    "governorate province state region oblast department prefecture wilaya territory".split()
)
_ADMIN2_WORDS = frozenset(
    "district raion rayon county municipality division subdistrict sub-district nahiya lga "
    "subdivision township tehsil upazila subcounty sub-county chiefdom commune".split()
)
_NEAR_AFTER = frozenset(
    "countryside outskirts suburb suburbs area front axis surroundings vicinity environs".split()
)
_TOWN_AFTER = frozenset("city town village camp".split())
# Lesser units named after their seat town, which the gazetteer's divisions do not reach.
_SEAT_UNIT_WORDS = frozenset(
    "subdivision township tehsil upazila subcounty sub-county commune".split()
)
# Words after a name that write it out as a division, or as the land around a town: what
# holds the places near it ("Dar'a countryside", "Kurunegala district").
_HELD_WORDS = _ADMIN1_WORDS | _ADMIN2_WORDS | {"countryside"}


@dataclass(slots=True)  # not frozen: a frozen init costs a call per field, per name
class _Span:
    start: int
    end: int
    text: str
    key: str
    tokens: int
    candidates: tuple[int, ...]
    sentence_initial: bool
    locative: bool
    partial: bool  # the capitalised run goes on after it ("Ain" of "Ain Zara")
    folded: str = ""  # normalised text
    holder: bool = False  # written after a comma or parenthesis: "..., Balkh"
    strong_locative: bool = False  # "in", "near", "at" right before it (not "of", "and")
    after_article: bool = False  # follows "X de" / "X del": maybe the tail of a longer name
    before_article: bool = False  # "de Y" follows: the head of a longer name ("San Luis de")
    tail: list[str] | None = None  # the words before it (``_tail_words``), where known

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, start: int, end: int, text: str, key: str, tokens: int, candidates: tuple[int, ...],
        sentence_initial: bool, locative: bool, partial: bool, folded: str = "",
        holder: bool = False, strong_locative: bool = False, after_article: bool = False,
        before_article: bool = False, tail: list[str] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.tokens = tokens
        self.candidates = candidates
        self.sentence_initial = sentence_initial
        self.locative = locative
        self.partial = partial
        self.folded = folded
        self.holder = holder
        self.strong_locative = strong_locative
        self.after_article = after_article
        self.before_article = before_article
        self.tail = tail


@dataclass(slots=True)
class _Context:
    """What the whole document says about where it is."""

    named: Counter[str]  # countries named (2) or referred to by a demonym (1)
    resolved: Counter[str]  # countries of the places a first pass resolved with confidence
    # countries the text names as the holder of a place ("..., Iraq")
    stated: set[str] = field(default_factory=set)
    # (country, admin1) of divisions written as a holder ("..., Rajouri, Jammu and Kashmir")
    stated_divisions: set[tuple[str, int]] = field(default_factory=set)
    # countries of the divisions and large towns the first pass resolved with confidence
    anchored: set[str] = field(default_factory=set)
    # countries a place is said to lie in: "in western Iraq", "..., Iraq"
    located: set[str] = field(default_factory=set)
    # (country, admin1) of the divisions that the groups named operate in ("the DPR")
    group_divisions: frozenset[tuple[str, int]] = frozenset()
    # entry -> what a namesake in those divisions gains by lying near the line of contact
    front: dict[int, float] = field(default_factory=dict)
    # entry -> what a village near that line gains back of the size a namesake of its own
    # division outweighs it by (see _front_sizes)
    front_sizes: dict[int, float] = field(default_factory=dict)
    # (country, admin1) of the places the first pass resolved with confidence: a division
    # named, or a town that lies in one ("Cordoba municipality, Veracruz ... Aquila village")
    divisions: Counter[tuple[str, int]] = field(default_factory=Counter)
    # countries of the places written with a division or part word after them, read with
    # confidence: "in Dar'a countryside", "Kurunegala district"
    held: set[str] = field(default_factory=set)
    # countries the text names by their names ("Israel"), not only by a people's ("Israeli")
    by_name: set[str] = field(default_factory=set)
    # countries whose own police the text names ("Nepal Armed Police", "Kenyan police")
    police: frozenset[str] = frozenset()
    # ``named`` as it weighs for a reading of a name against its namesakes abroad, where it
    # differs: less a state's forces that shell or strike ("Russian troops shelled ...":
    # who struck, not where; see _striking_forces)
    pointed: Counter[str] | None = None
    # what a reading in a country gains by the actors named: the country's own police, who
    # act at home (_POLICE_HOME_BONUS), an armed group active in a few countries
    # (_SEVERAL_GROUP_BONUS)
    home: dict[str, float] = field(default_factory=dict)
    text: str = ""  # the text itself


@functools.cache
def load_stopwords(path: Path = STOPWORDS_PATH) -> frozenset[str]:
    """The stop list: normalised names never resolved on their own."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(normalise(line))
    return frozenset(words)


PARTIES_PATH = DATA_DIR / "parties.json"


@functools.cache
def _party_index(path: Path = PARTIES_PATH) -> dict[str, list[tuple[str, str]]]:
    """The names of the political parties and movements of one country (``data/parties.json``,
    full names and aliases as written, not their abbreviations), by their first capitalised
    word: ``word -> [(name, country)]``, longest name first."""
    index: dict[str, list[tuple[str, str]]] = {}
    for party in json.loads(path.read_text(encoding="utf-8"))["parties"]:
        countries = party.get("countries") or []
        if len(countries) != 1:
            continue
        for name in [party["name"], *party.get("aliases", [])]:
            head = _CAPITALISED_WORD.search(name)
            if head is not None:
                index.setdefault(head.group(), []).append((name, countries[0]))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


@functools.cache
def load_ethnonyms(path: Path = ETHNONYMS_PATH) -> frozenset[str]:
    """Names of peoples that are also spelled like some town (``data/ethnonyms.txt``, and the
    ethnic groups of the actor lexicon), normalised."""
    actors = json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8"))
    words = {normalise(written) for written, _group, _source in actors["ethnic_groups"]["groups"]}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(normalise(line))
    return frozenset(words)


#: ``str.lower`` of the few texts in hand: the look for each pattern's words lowers a
#: document once, not once per pattern.
_lowered = functools.lru_cache(maxsize=4)(str.lower)


@functools.lru_cache(maxsize=64)
def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a pattern each match of which holds one of ``words`` (lower case) in some case
    may match in ``text``: told once per document, not searched for in each window. Text not
    ASCII always may (case-blind matching pairs some other letters with ASCII ones)."""
    if not text.isascii():
        return True
    lowered = _lowered(text)
    for word in words:
        if word in lowered:
            return True
    return False


def window_may_hold(window: str, words: tuple[str, ...]) -> bool:
    """:func:`may_hold` for a short stretch of text (a few words before a mention), looked
    at once: no cache, whose few places the document-wide looks keep."""
    if not window.isascii():
        return True
    lowered = window.lower()
    for word in words:
        if word in lowered:
            return True
    return False


# A state's institution owned by a place's name: "Moscow's Defence Ministry", "Kyiv's forces".
_GOVERNMENT_AFTER = re.compile(
    r"['\u2019]s[ \t]+(?i:(?:defen[cs]e|foreign|interior)[ \t]+minist(?:ry|er)|government|"
    r"military|armed[ \t]+forces|army|embassy|president|prime[ \t]+minister)\b")
# A common noun after a capitalised name that makes the name a people's: "a Roma camp",
# "Murle raiders"; not a division or town word ("Somali region", "Naga city").
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# A noun after a name that makes the whole a body named after a place, not the place of
# what is reported: "the Audi bank", "Badr organization", "al Sham Corps", "Kerman Coal Mine
# Company", "the Saba news agency".
_BODY_AFTER = re.compile(
    r"\)?[ \t]+(?:banks?|organi[sz]ations?|company|corps|news[ \t]+agency|newspapers?)\b",
    re.IGNORECASE,
)
# A noun after a name that makes the whole a street or square: "al Nour square", "Haifa
# Street". Many are named after people or after other towns, so the name is read as a town
# only where it has no other reading ("the Jezzine roundabout"). Roads and bridges are not
# among them: a road named after a town runs through it ("the Miniyeh highway").
_STREET_AFTER = re.compile(
    r"\)?[ \t]+(?:squares?|streets?|avenues?|roundabouts?|boulevards?|malls?|intersections?)\b",
    re.IGNORECASE,
)


# A street's word closing a name the gazetteer holds whole: "Church Street", "Mill Lane".
_STREET_END = re.compile(r"[ \t](?:Street|Avenue|Boulevard|Lane|Square)$")
# The words a street is told after and a town is not: "the market on Church Street", "shops
# along Mill Lane", and "the" of a street named as a landmark ("at the Church Street
# junction"); a town so named is told "in Kennett Square", "near Rich Square".
_ON_A_STREET = re.compile(r"\b(?:on|along|off|down|up|across|the)[ \t]+$", re.IGNORECASE)
_BODY_END = re.compile(
    r"\b(?:Banks?|Organi[sz]ations?|Company|Corps|Party|Front|Movement|Alliance|Army)$")
# The place a camp or a road lies in or near, after its word: "... in Dadaab", "... near
# Nyala" (group 1: one or two capitalised words).
_IN_PLACE = (r"[ \t]+(?:in|of|at|near|outside)[ \t]+(?:the[ \t]+)?"
             r"((?:['\u2018\u2019\u02bf](?=[A-Z]))?"  # an opening ayn: "in 'Ardamata"
             r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)")
# A camp named right after a name, then the place it lies in or near: "the Ifo refugee camp
# in Dadaab", "Kalma camp near Nyala". The camp's name is no town where the event is (only
# right after the name: "between Dadaab and Hagadera refugee camp in ..." names the town
# Dadaab).
_CAMP_IN_PLACE = re.compile(
    r"[ \t]+(?:(?i:refugee|IDP|displacement|displaced)[ \t]+)?(?i:camps?)" + _IN_PLACE
)
# A force's or body's word closing a run: "Nepal Armed Police", "Sindh Rangers", "Kano
# State Hisbah Corps" name who acted, not a place.
_FORCE_END = re.compile(
    r"\b(?:Police|Army|Forces?|Guards?|Rangers|Militias?|Gendarmerie|Corps|Brigades?|"
    r"Company|Party|Front|Movement|Alliance)$")
# A plural's possessive closing a run, then such a body: "the Kurdistan Workers' Party".
_BODY_AFTER_PLURAL = re.compile(r"['\u2019][ \t]+(?:Party|Front|Movement|Alliance|Army)\b")
# A road or bridge named after a town, then the place it runs through or lies near: "on
# Murree road in Rawalpindi city", "near Kalpi Bridge in Jalaun district", "at Tamba Bridge
# near Kisumu". The town it is named after is not where the event is.
_ROAD_IN_PLACE = re.compile(r"\)?[ \t]+(?i:roads?|highways?|bridges?|motorways?)" + _IN_PLACE)


# A road word after a name, or after a second name joined to it by a hyphen: "blocked the
# Rawah highway", "the Hit-Rawah road". A road is named after the towns it joins, so the
# name is a town's, as a locative word before it would say.
_NAMED_ROAD_AFTER = re.compile(
    r"(?:[ \t]*[-\u2013][ \t]*[A-Z][\w'\u2019]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?"
    r"[A-Z][\w'\u2019]*){0,2})?[ \t]+(?i:roads?|highways?|motorways?|expressways?|bridges?)\b"
)


def _known_name(gazetteer: Gazetteer, words: str) -> bool:
    """Whether a name of one or two words, or its first word, is a gazetteer name."""
    return gazetteer.has_key(name_key(words)) or gazetteer.has_key(name_key(words.split()[0]))


def _spelled_entry(gazetteer: Gazetteer, words: str) -> bool:
    """Whether an entry's own name is ``words``, letter for letter once folded."""
    folded = normalise(strip_division_words(words))
    return any(gazetteer.folded_name(i) == folded
               for i in gazetteer.candidates_for_key(name_key(words)))


def _names_facility(text: str, span: _Span, run_end: int, cands: Sequence[_Candidate],
                    gazetteer: Gazetteer) -> bool:
    """Whether a name is part of the name of a body, a street or a square (see
    ``_BODY_AFTER``, ``_STREET_AFTER``); ``run_end`` ends the capitalised run it is in."""
    if run_end > span.end and (_BODY_END.search(text, span.end, run_end)
                               or _BODY_AFTER_PLURAL.match(text, run_end)):
        return True  # "Kerman Coal Mine Company"
    if _STREET_END.search(text, span.start, span.end) and _ON_A_STREET.search(
            text, max(0, span.start - 8), span.start):
        # "the market on Church Street": a street of the town told, whatever village abroad
        # bears the street's name ("in Kennett Square, Pennsylvania" is the town)
        return True
    camp = _CAMP_IN_PLACE.match(text, span.end)
    if camp is not None and _spelled_entry(gazetteer, camp.group(1)):
        # "the Ifo refugee camp in Dadaab": the camp lies in Dadaab (a place the gazetteer
        # spells so; a loose reading abroad of an unknown town is none)
        return True
    for end in {span.end, run_end}:
        if _BODY_AFTER.match(text, end):
            return True
        road = _ROAD_IN_PLACE.match(text, end)
        if road is not None and _known_name(gazetteer, road.group(1)):
            # "the Murree road in Rawalpindi"; not "Banbridge Road in Laurencetown", where
            # the place it runs through is unknown and the town it leads to is the best clue.
            return True
        if _STREET_AFTER.match(text, end) and not _one_place(gazetteer, span, cands):
            return True
    return False


def _spelled_point(gazetteer: Gazetteer,
                   cands: Sequence[_Candidate]) -> tuple[float, float] | None:
    """The one point at which every reading of a name spelled as written lies, if there is
    one: a town and the divisions named after it and placed at it (the gazetteer places a
    district at its seat) are one place."""
    spelled = {gazetteer.coordinates_of(c.entry) for c in cands if c.exact}
    return next(iter(spelled)) if len(spelled) == 1 else None


def _one_place(gazetteer: Gazetteer, span: _Span, cands: Sequence[_Candidate]) -> bool:
    """Whether every reading of a name lies at the one point of its readings spelled as
    written: a town and a district or province named after it and placed at it, or a
    second record of the town, are one place, no other reading ("the Jezzine roundabout"
    where Jezzine is a town and its district); a reading spelled otherwise counts where it
    lies there too. A reading anywhere else, spelled as written or sharing only the name's
    key, is another place the street may be named after."""
    point = _spelled_point(gazetteer, cands)
    return point is not None and all(
        gazetteer.coordinates_of(entry) == point for entry in span.candidates)


def _inside_longer_run(span: _Span, starts: Sequence[int],
                       runs: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a span is part of a longer capitalised run ("Taiba" of "Lashkar-e-Taiba"),
    as a word of a group's name is: the gate before looking for groups' names."""
    i = bisect.bisect_right(starts, span.start) - 1
    return i >= 0 and runs[i][1] >= span.end and (runs[i][0] < span.start
                                                  or runs[i][1] > span.end)


def _run_ends(spans: Sequence[_Span], runs: Sequence[tuple[int, int, str]]) -> dict[int, int]:
    """Where the capitalised run holding each span ends, by the span's start."""
    ends: dict[int, int] = {}
    starts = [start for start, _, _ in runs]
    for span in spans:
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and runs[i][1] >= span.end:
            ends[span.start] = runs[i][1]
    return ends


def _towns_before_their_division(
    text: str, spans: Sequence[_Span], prepared: Sequence[Sequence[_Candidate]],
    runs: Sequence[tuple[int, int, str]],
) -> list[int]:
    """The positions of names that open a run of capitalised words closed, after one space,
    by the name of a first-level division that holds one of their readings as a town or
    district: "in Frederick Maryland", "Bakersfield California", written as "Frederick,
    Maryland" is, less the comma."""
    found: list[int] = []
    run_ends = {start: end for start, end, _ in runs}
    for position in range(len(spans) - 1):
        town, division = spans[position], spans[position + 1]
        if run_ends.get(town.start) != division.end or text[town.end:division.start] != " ":
            continue
        held = {(c.country, c.admin1) for c in prepared[position + 1] if c.feature == "admin1"}
        if held and any(c.feature in ("populated_place", "admin2")
                        and (c.country, c.admin1) in held for c in prepared[position]):
            found.append(position)
    return found


# A bracket closed, then a settlement's noun: "(Chin) village", "(Mro) hamlet".
_BRACKET_THEN_SETTLEMENT = re.compile(r"\)[ \t]+(?:village|hamlet|town|ward)s?\b")


def _names_people(text: str, span: _Span, ethnonyms: frozenset[str]) -> bool:
    """Whether a one-word name is a people's name qualifying the noun after it, or, in
    brackets after a village's name, the village ("Hpar Hpyo (Chin) village": of the two
    villages of the name, the one the Chin live in, not one in Chin State)."""
    if span.tokens != 1 or span.folded not in ethnonyms:
        return False
    if text[span.start - 1:span.start] == "(" and _BRACKET_THEN_SETTLEMENT.match(
            text, span.end):
        return True
    noun = _NOUN_AFTER.match(text, span.end)
    return noun is not None and noun.group(1) not in _DIVISION_NOUNS


# A state's own forces after a people's name: "Somali police", "Somali security forces".
_STATE_FORCE_AFTER = re.compile(
    r"[ \t]+(?i:police|army|troops|soldiers|military|navy|gendarmes|gendarmerie|"
    r"coast[ \t]?guards?|(?:armed|security|special|government|national)[ \t]+forces|forces)\b")


# Nouns after a people's name that make it the name of a place: "Somali region", "Naga city".
_DIVISION_NOUNS = frozenset(DIVISION_WORDS) | frozenset(
    "city town village zone area district county state province region governorate".split()
)


def _stop_phrase(folded: Sequence[str], i: int, stopwords: frozenset[str]) -> int:
    """The number of words of a multi-word stop phrase starting at word i (0 if none)."""
    for length in (3, 2):
        if i + length <= len(folded) and " ".join(folded[i : i + length]) in stopwords:
            return length
    return 0


@functools.cache
def country_adjectives() -> frozenset[str]:
    """Lower-case words that name a country's people or things ("iraqi", "syrian"), from the
    actor lexicon's country data."""
    countries = json.loads((DATA_DIR / "actor_countries.json").read_text(encoding="utf-8"))
    return frozenset(adjective.lower() for facts in countries["countries"].values()
                     for adjective in facts.get("adjectives", []))


def _continues(
    text: str,
    words: Sequence[tuple[int, int, str]],
    i: int,
    k: int,
    english: frozenset[str],
    stopwords: frozenset[str] = frozenset(),
) -> bool:
    """Whether the capitalised run goes on around words i..k: a longer name it is part of.

    A division or generic word after it ("Idlib Province", "Mosul Dam") and a sentence-
    case word or a compass word before it ("In Iraq", "Northern Aleppo") do not count.
    """
    n = len(words)
    if k + 1 < n:
        nxt = words[k + 1][2]
        if (
            nxt[0].isupper()
            and text[words[k][1] : words[k + 1][0]].isspace()
            and nxt.lower() not in _GENERIC_AFTER
            # "while in Iraq Iraqi forces ...": a comma left out before a country word
            and nxt.lower() not in country_adjectives()
        ):
            return True
        if _before_name_article(text, words, k):
            return True  # "San Luis" of "San Luis de Canete": the head of a longer name
        if (k + 2 < n and words[k + 1][2] in _ARTICLE_PREFIX
                and text[words[k][1]: words[k + 1][0]].isspace()
                and (text[words[k + 1][1]: words[k + 2][0]] == "-" or (
                    words[k + 1][2] in _ARTICLE_ALONE
                    and text[words[k + 1][1]: words[k + 2][0]] == " "))
                and words[k + 2][2][0].isupper()):
            # "Ayn" of "Ayn al-Hamra": the head of a name with an article inside (not "at"
            # of "Bete at Medio Atrato", an English word)
            return True
    if i > 0:
        prev = words[i - 1][2]
        lower = prev.lower()
        if (
            prev[0].isupper()
            and text[words[i - 1][1] : words[i][0]].isspace()
            and lower not in english
            and lower not in COMPASS
        ):
            return True
        if (
            i > 1
            and lower in _CONNECTORS
            and lower not in ("and", "of")
            and words[i - 2][2][0].isupper()
            and (lower not in _ENGLISH_CONNECTORS or words[i - 2][2].lower() in stopwords)
        ):
            # "Zor" of "Deir ez Zor", "Tutah" of "Bir at Tutah"; not "Haflong" of
            # "Dima Hasao at Haflong", where "at" is English.
            return True
    return False


def _after_name_article(words: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Whether words i.. follow "X de", "X del": perhaps the end of a longer name
    ("Norte" of "Zamboanga del Norte"), perhaps the place itself ("Canete" of "San Luis de
    Canete", where the gazetteer knows only "Canete")."""
    return i > 1 and words[i - 1][2].lower() in _NAME_ARTICLES and words[i - 2][2][0].isupper()


def _full_name_head(words: Sequence[tuple[int, int, str]], folded: Sequence[str],
                    token_keys: Sequence[Sequence[str]], i: int,
                    has_key: Callable[[str], bool]) -> int:
    """The number of words before the article where word i follows "de", "de la", "del"
    inside a person's full name: two or more capitalised words open the run before the
    article, and together they name no place ("Vicente Sainz de la Peña", not "San Luis de
    Canete", whose head is a town); 0 where it does not."""
    a = i
    while a > 0 and folded[a - 1] in _NAME_ARTICLES:
        a -= 1
    if a == i or a < 2 or any(not words[j][2][0].isupper() for j in range(a)):
        return 0
    return 0 if has_key(" ".join(t for j in range(a) for t in token_keys[j])) else a


def _before_name_article(text: str, words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether word k is followed by "de X", "del X": the head of a longer name the
    gazetteer lacks ("San Luis" of "San Luis de Canete", "San Juan" of "San Juan de
    Lurigancho"), not a place of its own."""
    return (
        k + 2 < len(words)
        and words[k + 1][2] in _NAME_ARTICLES
        and words[k + 2][2][0].isupper()
        and text[words[k][1] : words[k + 1][0]].isspace()
    )


#: Generic first words of Arabic place names ("Bir", "Ain", "Ras", ...), after which a
#: name's other words are read with the transliterations' variants of Arabic words.
_ARABIC_HEADS = frozenset(
    "bir ain ayn tal tell deir dayr ras khan kafr kfar umm abu beit bayt jabal jebel "
    "wadi hayy hay qasr".split())
#: A word ending in a vowel "e" written between two consonants ("Abed", "Naher", "Saqer").
_WRITTEN_E = re.compile(r"[bcdfghjklmnpqrstvwxz]e[bcdfghjklmnpqrstvwxz]$")


def _without_written_vowel(folded: Sequence[str], key: str) -> str:
    """The key of a name with the "e" dropped that transliterations write between the last
    two consonants of an Arabic word ("Abed" for 'Abd, "Naher" for Nahr, "Qaser" for Qasr);
    ``key`` where no word of the name has one."""
    words = [" ".join(w.split()) for w in folded]
    changed = [w[:-2] + w[-1] if len(w) > 3 and _WRITTEN_E.search(w) else w for w in words]
    if changed == words:
        return key
    return tokens_key(" ".join(changed).split())


# Articles inside names ("Zamboanga del Norte"); not "of" or "and", which join phrases.
_NAME_ARTICLES = frozenset("de del la las los da do das dos di du des le".split())
_GENERIC_AFTER = frozenset(DIVISION_WORDS) | frozenset(
    "city town village camp dam airport base front axis countryside outskirts suburbs area "
    "mountains mountain desert valley hills river lake bridge road highway market prison "
    "university hospital mosque church square district lga airbase refinery stadium crossing "
    "gate port police governor governorship council court checkpoint station local commune "
    "junction intersection roundabout"
    # lesser units named after their seat town: "Rathedaung Township"
    " township tehsil upazila subcounty sub-county"
    .split()
) | frozenset(
    "north south east west northern southern eastern western central".split()  # Imphal East
)
_TITLES = frozenset(
    "gen general lt col colonel maj major capt captain sgt mr mrs ms dr president minister "
    "commander sheikh shaykh imam governor mayor spokesman spokeswoman king prince emir "
    "brig adm admiral lieutenant sen senator rep ambassador secretary chairman chairwoman "
    "spokesperson premier chancellor pope bishop cardinal judge prosecutor inspector deputy "
    "professor prof mullah maulana ayatollah pastor rev reverend sir dame".split()
)


#: One or two capitalised given names right before an offset, on one line.
_GIVEN_NAMES = re.compile(r"(?:(?<=[^\S\n])|^)(?:[A-Z][a-z][\w'-]*[^\S\n]+){1,2}$")


def _may_follow_given_names(text: str, start: int) -> bool:
    """Whether ``_GIVEN_NAMES`` may match in ``text[start - 40:start]``: each match ends in
    blanks at ``start`` after a capitalised word ("Omar "), which the last word of the text
    before ``start`` then is. Most names follow "in", "near" or a comma and are not
    searched."""
    if start == 0 or not text[start - 1].isspace():
        return False
    words = text[max(0, start - 40):start].split()
    if not words:
        return False
    last = words[-1]
    return len(last) > 1 and "A" <= last[0] <= "Z" and "a" <= last[1] <= "z"


def _titled_given_names(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a person's surname: a title and given names open it
    ("Brigadier General Karim Dawood", "Col. Omar Hadi"), with no "in" or "near" before
    the title that would make the words a place named after a title ("in Imam Sahib")."""
    if not _may_follow_given_names(text, start):
        return False
    given = _GIVEN_NAMES.search(text, max(0, start - 40), start)
    while given is not None:
        before = _tail_words(text, given.start())
        if before and before[-1].rstrip(".,") in _TITLES:
            return len(before) < 2 or before[-2] not in _LOCATIVE_WORDS
        # "General Karim Dawood": the title may be the first of the capitalised words
        if given.end() - given.start() <= len(given.group().split()[0]) + 1:
            return False
        given = _GIVEN_NAMES.search(text, given.start() + len(given.group().split()[0]) + 1,
                                    start)
    return False


#: A speech verb and one capitalised given name right before an offset: "said Mary " of
#: "said Mary Njeri, whose husband was killed".
_SAID_GIVEN_NAME = re.compile(
    r"\b(?:said|says|told|added|recalled|according[ \t]+to)[ \t]+[A-Z][a-z][\w'-]*"
    r"(?:[ \t]+[A-Z][a-z][\w'-]*)?[ \t]+$")


def _named_after_speech(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the surname of a person named in full right after a
    speech verb ("said Mary Njeri, whose husband ...", "according to Ali Warsame, a
    farmer"): a person, not a town that shares the surname's spelling. A compass word before
    it is no given name ("said North Darfur's governor" names the state as one span)."""
    if not _may_follow_given_names(text, start):
        return False
    said = _SAID_GIVEN_NAME.search(text, max(0, start - 40), start)
    return said is not None and said.group().split()[-1].lower() not in COMPASS


#: How far back a surname alone looks for its bearer named in full: a report names a person
#: again within the same story, and a bound keeps the cost linear in a long text.
_SURNAME_LOOKBACK = 10_000


def _surname_told_before(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``start`` is the surname of a titled person named before it
    in full ("Brigadier General Karim Dawood said ...", then '"...," Dawood said'), or the
    given name by which a report tells him again ("Colonel Prawit Chaiyasit said ...", then
    '"...," Prawit said': in Thai usage a person goes by his given name), or of a person
    named in full after a speech verb ("said Abdul Basir Safi, a spokesman", then "Safi
    said")."""
    word = text[start:end]
    if " " in word:
        return False
    at = text.find(word, max(0, start - _SURNAME_LOOKBACK), start)
    while at >= 0:
        if (at + len(word) >= len(text) or not text[at + len(word)].isalnum()) and (
                _titled_given_names(text, at) or _titled_given_name(text, at, at + len(word))
                or _named_after_speech(text, at)):
            return True
        at = text.find(word, at + 1, start)
    return False


#: A capitalised name after a given name: "Chaiyasit" of "Colonel Prawit Chaiyasit".
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z][\w'-]*")


def _titled_given_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` opens a titled person's name of more words: a title
    before it and a name after ("Colonel Prawit Chaiyasit"), no "in" before the title."""
    if _NAME_AFTER.match(text, end) is None:
        return False
    before = _tail_words(text, start)
    return bool(before) and before[-1].rstrip(".,") in _TITLES and (
        len(before) < 2 or before[-2] not in _LOCATIVE_WORDS)


def _is_short_caps(word: str) -> bool:
    """US, UN, AT: capitals that open no place name and sit inside none."""
    return len(word) <= 3 and word.isupper()


def _is_acronym_like(word: str) -> bool:
    """ISIS, SDF, LoC, DoD: short words with inner capitals name groups and lines, not towns."""
    return len(word) <= 4 and any(ch.isupper() for ch in word[1:])


def _starts_sentence(before: str) -> bool:
    stripped = before.rstrip(" \t\"'\u201c(")
    return not stripped or stripped[-1] in ".!?\n:;"


_CAP = r"(?:[aeiou](?=[^\W\d_a-z]))?[^\W\d_a-z][\w]*(?:['\u2019\u02bc\u02bf\u02be](?!s\b)\w+)*"
_GLUE = r"(?:[ \t]{1,2}|[ \t]?-[ \t]?)"
# An ayn or hamza written as an apostrophe opening a word inside a name ("Tall 'Afar",
# "Bayt 'Amrah", "Jardas al 'Abid"): the word goes on the name; not a quoted word, whose
# closing mark follows it ("the so-called 'Desert' unit").
_AYN_OPENING = r"(?:['\u2019\u2018\u02bc\u02bf\u02be](?=[^\W\d_a-z]\w*+(?!['\u2019])))?"
# A run of capitalised words, with lower-case connectors inside and an article before:
# "Deir ez-Zor", "Rio de Janeiro", "al-Hasakeh", "Tuz Khurmatu".
# Linking words written only between hyphens inside one name, as French, English and German
# place names join their parts: "Port-au-Prince", "Boulogne-sur-Mer", "Rostov-on-Don",
# "Stratford-upon-Avon", "Frankfurt-am-Main". Set apart by spaces they are words of the
# sentence ("Kyiv on Monday"), so they join a name only between hyphens.
_HYPHEN_LINKS = ("au", "aux", "sur", "sous", "lez", "les", "on", "upon", "am", "im", "ob")
_RUN = re.compile(
    rf"(?:\b(?:al|el)[ \t-]|\b(?:ad|ar|as|ash|az|ez|an|at|ed|er|es)-)?{_CAP}"
    rf"(?:(?:{_GLUE}(?:(?:{'|'.join(sorted(_CONNECTORS, key=len, reverse=True))}){_GLUE})*"
    rf"|-(?:{'|'.join(sorted(_HYPHEN_LINKS, key=len, reverse=True))})-)"
    rf"{_AYN_OPENING}{_CAP})*"
)
# Where a run may start: a capital (any letter outside a-z), an "a" or "e" opening a word
# and perhaps an article ("al ", "el-", "ash-": a second letter, then a space or hyphen, or
# "h-"), or a lower-case vowel before a capital ("eThekwini", "iLembe", "uMzimkhulu"). One
# class first lets the regex engine skip to these in C; "and", "after", "east" are not tried.
_RUN_START = re.compile(
    r"[^\W\d_b-df-hj-np-tv-z](?<!\w[aeiou])(?:(?<![aeiou])|(?<=[ae])(?=[dlnrstz](?:[ \t-]|h-))"
    r"|(?=[^\W\d_a-z]))")
# The two for an ASCII text: the same matches, each character tested by a table look-up.
_ASCII_RUN, _ASCII_RUN_START = ascii_twin(_RUN), ascii_twin(_RUN_START)


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_RUN`` in ``text``, the same as ``_RUN.finditer`` gives, faster:
    the whole pattern is tried only where ``_RUN_START`` says a run may start."""
    if text.isascii():
        search, match = _ASCII_RUN_START.search, _ASCII_RUN.match
    else:
        search, match = _RUN_START.search, _RUN.match
    found = search(text)
    while found is not None:
        run = match(text, found.start())
        if run is None:
            found = search(text, found.start() + 1)
        else:
            yield run
            found = search(text, run.end())


class _Step(NamedTuple):
    """The longest gazetteer name that starts at one word of a run, relative to the run."""

    start: int
    end: int
    name: str  # normalised
    key: str
    tokens: int
    partial: bool
    after_article: bool
    before_article: bool
    resume: int  # the word after it


# One entry per word of a run: None (no name starts there), the word to resume at after a
# stop phrase ("Boko Haram"), or the name that starts there.
_Plan = tuple["_Step | int | None", ...]


def _capitalised(word: str) -> bool:
    """A capital first, or a lower-case prefix before one: "Durban", "eThekwini", "iLembe"."""
    return word[0].isupper() or (word[0].islower() and word[1:2].isupper())


@functools.lru_cache(maxsize=100_000)
def _word_facts(word: str) -> tuple[str, tuple[str, ...], bool]:
    """A word of a run, normalised; its tokens' keys; whether it is short capitals. Words
    recur across runs far more than runs do, so a new run mostly reads known words."""
    folded = normalise(word)
    return folded, tuple(token_key(t) for t in folded.split()), _is_short_caps(word)


#: Words that open a time at the start of a sentence ("In May", "On Monday", "Last March").
_BEFORE_A_DAY = frozenset({"in", "on", "at", "by", "since", "until", "last", "next", "early",
                           "late", "from", "during", "this"})


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Months and weekdays, folded as the words of a run are (``normalise``)."""
    from eventcoder.dates import date_words

    words = date_words()
    return frozenset(normalise(w) for w in (*words.months, *words.weekdays))


@functools.lru_cache(maxsize=100_000)
def _run_plan(gazetteer: Gazetteer, stopwords: frozenset[str], run: str) -> _Plan:
    """Where gazetteer names lie in a run of capitalised words: what depends on the run alone.

    Runs recur from document to document ("On", "Taliban", "Idleb"), so the words of a run
    are split, folded and looked up once; an empty plan means no name lies in the run.
    """
    has_key = gazetteer.has_key
    # (a run holds "'s " only where it joins a name the gazetteer has whole: "Cox's Bazar")
    word_re = _WORD_WITH_POSSESSIVE if "s " in run and ("'s " in run or "\u2019s " in run) \
        else _WORD
    words = [(m.start(), m.end(), m.group()) for m in word_re.finditer(run)]
    # The key of words i..k is that of their tokens (see tokens_key): each word's token
    # keys are computed once, not once per name that contains the word.
    # (a run holds a word: it starts with a letter)
    folded, token_keys, short_caps = zip(*[_word_facts(w) for _, _, w in words], strict=True)
    n = len(words)
    # A one-letter connector written as a capital inside a name ("Dasht I Archi") joins it as
    # its lower-case form does; it opens and closes none.
    inner_caps = [short_caps[j] and not (0 < j < n - 1 and len(words[j][2]) == 1
                                         and folded[j] in _CONNECTORS) for j in range(n)]
    plan: list[_Step | int | None] = [None] * n
    useful = False
    for i in range(n):
        start, _, word = words[i]
        stop = _stop_phrase(folded, i, stopwords) if n > 1 else 0
        if stop:
            plan[i] = i + stop  # "Boko Haram", "Mayi Mayi": never a place, nor a part of one
            useful = True
            continue
        if not (_capitalised(word) or (word in _ARTICLE_PREFIX and i + 1 < n and (
            word in _ARTICLE_ALONE or run[words[i][1] : words[i][1] + 1] == "-"
        ))) or (
            n > 1 and short_caps[i]
        ):
            continue
        for k in range(min(n - 1, i + MAX_TOKENS - 1), i - 1, -1):
            kword = words[k][2]
            if not _capitalised(kword) or (k > i and short_caps[k] and not _hyphen_tail(
                    run, words, k)):
                continue
            if k > i + 1 and any(inner_caps[i + 1 : k]):
                continue
            if k == i:
                keys = token_keys[i]
            else:
                keys = [t for j in range(i, k + 1) for t in token_keys[j]]
            if len(keys) > 1 and keys[0] == "al":
                keys = keys[1:]
            key = " ".join(keys)
            if not has_key(key) and k > i:
                # "Dashti Archi" for "Dasht-e Archi": the ezafe joined or apart
                key = gazetteer.persian_key(key) or key
                if not has_key(key) and folded[i] in _ARABIC_HEADS:
                    # "Bir al-Abed" for "Bi'r al 'Abd": a vowel written between the last
                    # two consonants of an Arabic word
                    key = _without_written_vowel(folded[i : k + 1], key)
            # (an exact test of the word's first letters first: most words open on neither)
            joined = _joined_article_key(gazetteer, folded[i]) if (
                k == i and folded[i].startswith(_JOINED_ARTICLE_HEADS)
                and not has_key(key)) else None
            if joined is not None:
                key = joined  # "Elwak" for "El Wak": the article joined to the name
            elif not has_key(key):
                if k == i or any(run[words[j][1] : words[j + 1][0]] != "-" for j in range(i, k)) \
                        and (k > i + 1 or has_key(" ".join(token_keys[i]))
                             or folded[i] in _CONNECTORS or folded[k] in _CONNECTORS):
                    continue
                # "Petion-Ville": the gazetteer writes some hyphenated names as one word; and
                # some two-word names ("Kalaban Coro" as "Kalabancoro"), whose first word is
                # no name of its own (the second alone would be a namesake elsewhere).
                key = token_key("".join(folded[i : k + 1]).replace(" ", ""))
                if not has_key(key):
                    continue
            name = " ".join(folded[i : k + 1])
            if name in stopwords:
                break
            if k > i and folded[i] in _BEFORE_A_DAY and folded[k] in _calendar_words():
                continue  # "In May, RSF fighters ...": a time, though "Yen My" sounds alike
            head = _full_name_head(words, folded, token_keys, i, has_key) if i == n - 1 else 0
            if head and not any(isinstance(step, _Step) and step.resume > head
                                for step in plan[:head]):
                # "Vicente Sainz de la Peña": a person's full name; neither the surname
                # after the article nor a name before it is a place
                plan[:head] = [None] * head
                break
            if k + 1 < n and _hyphen_joins_unknown(run, words, token_keys, k, has_key):
                # "Karachay-Cherkessia": the first part of a hyphenated name the gazetteer
                # lacks is no place of its own ("Karachay" is no Karachi), unless the other
                # part is a place too ("the Aleppo-Lattakia highway").
                continue
            if k == i and (
                len(name) < 3
                or _is_acronym_like(word)
                or (word.isupper() and len(word) <= 5)
                or name in _TITLES  # "Gen.", "Lt."
            ):
                break
            plan[i] = _Step(
                start=start,
                end=words[k][1],
                name=name,
                key=key,
                tokens=k - i + 1,
                partial=_continues(run, words, i, k, gazetteer.english_words, stopwords),
                after_article=_after_name_article(words, i),
                before_article=_before_name_article(run, words, k),
                resume=k + 1,
            )
            useful = True
            break
    for i in range(n - 1):
        first, then = plan[i], plan[i + 1]
        if (isinstance(first, _Step) and isinstance(then, _Step) and then.end > first.end
                and (folded[i] in _LEADING_PREPOSITIONS or folded[i] == "the")):
            # "In Salah al-Din, 30 operations ...": the preposition that opens a sentence,
            # not Algeria's In Salah, when the name after it reaches further; "The
            # Northern Ireland secretary": the article, not Sudan's "The Northern"
            plan[i] = None
        elif (isinstance(first, _Step) and isinstance(then, _Step) and then.end == first.end
                and words[i][2] == "At" and run[words[i][1]:words[i + 1][0]].isspace()):
            # "At Maru, a strike ...": the preposition, not the Arabic article of "at-Tall",
            # where the name after it is a place alone
            plan[i] = None
    return tuple(plan) if useful else ()


_LEADING_PREPOSITIONS = frozenset({"in", "at", "on", "from", "for", "by", "of", "to", "near"})


# The agent of a deed before a run of capitalised words: "organised by (the) ...".
_BY_BEFORE = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$")
# The words a second-level division is written with after its name.
_DISTRICT_WORD = (r"(?:district|raion|rayon|county|sub-?district|lga|territory|tehsil|department|"
                  r"cercle|township|woreda|zone)")
# The seat of a district told after the district's name: "Imam Sahib district center, ".
_SEAT_AFTER_DISTRICT = r"(?:[ \t]+(?:cent(?:er|re)|headquarters))?"
# A district word, then where the district lies: "Baqim district (", "Kalehe territory, ",
# "Kilbe woreda (", "Mamdi department (".
_DISTRICT_THEN_HOLDER = re.compile(
    rf"[ \t]+{_DISTRICT_WORD}{_SEAT_AFTER_DISTRICT}[ \t]*[,(][ \t]*",
    re.IGNORECASE,
)
# A name the gazetteer lacks, a district word, then the parenthesis of its holder:
# "Kamonia territory (", "Mayo-Sava department (", "Matupi township (", "Afdere zone (".
_UNKNOWN_DISTRICT_THEN_HOLDER = re.compile(
    rf"\b[A-Z][\w'\u2019-]*[ \t]+{_DISTRICT_WORD}[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
# The same with the district's country between: "Hays district in western Yemen (", up to
# the country's name, then from its end to the holder's start (``_COUNTRY_THEN_HOLDER``).
_DISTRICT_IN_COUNTRY = re.compile(
    r"[ \t]+(?:district|raion|rayon|county|sub-?district|lga|territory|tehsil)[ \t]+in[ \t]+"
    r"(?:(?:north|south|east|west|central|far)(?:ern|-?(?:east|west)(?:ern)?)?[ \t]+)?",
    re.IGNORECASE,
)
_COUNTRY_THEN_HOLDER = re.compile(r"[ \t]*\([ \t]*")


def _district_holder(text: str, spans: Sequence[_Span],
                     prepared: Sequence[Sequence[_Candidate]], p: int) -> bool:
    """Whether the name at ``p`` is written as the province holding a district named before
    it: "Baqim district (Sadah)", "Hays district in western Yemen (Al Hudaydah)"."""
    if not any(c.feature == "admin1" for c in prepared[p]):
        return False
    if p > 0 and _DISTRICT_THEN_HOLDER.fullmatch(
            text, spans[p - 1].end, spans[p].start) is not None:
        return True
    low = spans[p - 1].end if p > 0 else 0
    if text.endswith("(", low, spans[p].start) or text.endswith("( ", low, spans[p].start):
        # "Kamonia territory (Kasai)": a district the gazetteer lacks, named with its word
        # before the parenthesis, is held by a province all the same (not Japan's Kasai)
        found = _UNKNOWN_DISTRICT_THEN_HOLDER.search(text, max(low, spans[p].start - 80),
                                                     spans[p].start)
        if found is not None:
            return True
    if p < 2 or _COUNTRY_THEN_HOLDER.fullmatch(text, spans[p - 1].end, spans[p].start) is None \
            or _DISTRICT_IN_COUNTRY.fullmatch(text, spans[p - 2].end, spans[p - 1].start) is None:
        return False
    countries = {c.country for c in prepared[p - 1] if c.feature == "country"}
    return any(c.feature == "admin1" and c.country in countries for c in prepared[p])


def _nearest_namesake(
    gazetteer: Gazetteer, best: _Candidate, cands: Sequence[_Candidate], holder: _Candidate,
    front: dict[int, float] | None = None,
) -> _Candidate:
    """Of the towns that bear the chosen one's name in its province, the one nearest a
    district or town of that province written after it as where it lies: "Kamianka,
    Yasynuvata district, Donetsk oblast" is the Kamianka by Yasynuvata, not another one of
    the oblast's six. In a report of fighting along a line of contact, the line comes
    first (``front``: what each namesake gains by lying near it): "near Orikhove, Luhansk"
    is the village by the line, not the one nearest the city of Luhansk."""
    if holder.feature not in ("admin2", "populated_place") or (
            (holder.country, holder.admin1) != (best.country, best.admin1)):
        return best
    name = gazetteer.folded_name(best.entry)
    namesakes = [c for c in cands if c.feature == "populated_place" and c.country == best.country
                 and c.admin1 == best.admin1 and gazetteer.folded_name(c.entry) == name]
    if len(namesakes) < 2:
        return best
    anchor = gazetteer.place(holder.entry)

    def distance(cand: _Candidate) -> float:
        place = gazetteer.place(cand.entry)
        return (place.latitude - anchor.latitude) ** 2 + (
            (place.longitude - anchor.longitude) * math.cos(math.radians(anchor.latitude))) ** 2

    if front:
        return min(namesakes, key=lambda c: (-round(front.get(c.entry, 0.0), 2), distance(c)))
    return min(namesakes, key=distance)


def _seat_of_named_division(gazetteer: Gazetteer, best: _Candidate,
                            cands: Sequence[_Candidate]) -> _Candidate:
    """Of the towns a name written with "town" or "city" after it may be, the largest that
    lies in a division of that name (the division's seat, whatever the gazetteer calls
    it), where it is no smaller than the town chosen and lies in its country: "Vieques
    city" is the seat of the municipality of Vieques, not a smaller namesake hamlet
    elsewhere on the island; "Samarra city" is no Samara of another country."""
    named = {(c.country, c.admin1, c.admin2 if c.feature == "admin2" else _WILD)
             for c in cands if c.feature in ("admin1", "admin2") and c.country == best.country}
    if not named or (best.country, best.admin1, _WILD) in named or (
            best.country, best.admin1, best.admin2) in named:
        return best
    seats = [c for c in cands if c.feature == "populated_place" and (
        (c.country, c.admin1, _WILD) in named or (c.country, c.admin1, c.admin2) in named)]
    if not seats:
        return best
    seat = max(seats, key=lambda c: gazetteer.population_of(c.entry))
    if gazetteer.population_of(seat.entry) < gazetteer.population_of(best.entry):
        return best
    return seat


# Kinds of place whose point says where the text's other places lie: a province's or a
# country's point is no nearer the one namesake than the other.
_ANCHOR_FEATURES = frozenset({"populated_place", "admin2"})


def _tied_namesake_by_others(gazetteer: Gazetteer, best: _Candidate,
                             cands: Sequence[_Candidate], first: Sequence[_Candidate],
                             position: int) -> _Candidate:
    """Of towns that bear one name in one province with one population (the gazetteer
    files some twice, far apart, the town's size copied onto a village: Iran's Galugah),
    which the scores cannot tell apart, the one nearest the towns and districts the text
    names elsewhere ("Galugah near Babol" is the Galugah by Babol); with none, the one
    that seats a district of its name (Pakistan's Sahiwal, not the village of that name
    in Sargodha district); else the one record that says which district it lies in, the
    fuller record of the two (a bare twin is often a stub filed beside it: Tabuk of
    Kalinga, Galugah of Babol); with none of these, the first entry."""
    tied = [c for c in cands if c.feature == "populated_place" and c.country == best.country
            and c.admin1 == best.admin1 and c.base == best.base]
    if len(tied) < 2:
        return best
    entries = {c.entry for c in tied}
    anchors = [gazetteer.place(c.entry) for i, c in enumerate(first)
               if i != position and c.feature in _ANCHOR_FEATURES and c.country == best.country
               and c.entry not in entries]
    if anchors:
        def distance(cand: _Candidate) -> float:
            place = gazetteer.place(cand.entry)
            return min(haversine_km(place.latitude, place.longitude, a.latitude, a.longitude)
                       for a in anchors)

        return min(tied, key=distance)
    districts = {(c.country, c.admin1, c.admin2) for c in cands if c.feature == "admin2"}
    seats = [c for c in tied if (c.country, c.admin1, c.admin2) in districts]
    if len(seats) == 1:
        return seats[0]
    # The record that names its district says more of the town than a twin that names none.
    known = [c for c in tied if c.admin2 >= 0]
    return known[0] if len(known) == 1 else best


def _hyphen_tail(run: str, words: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether word k is one capital letter joined by a bare hyphen to the word before it:
    the last part of a name ("Mrauk-U"), not an acronym of its own."""
    return len(words[k][2]) == 1 and run[words[k - 1][1] : words[k][0]] == "-"


def _hyphen_joins_unknown(
    run: str,
    words: Sequence[tuple[int, int, str]],
    token_keys: Sequence[Sequence[str]],
    k: int,
    has_key: Callable[[str], bool],
) -> bool:
    """Whether word k is joined by a bare hyphen to a capitalised word after it that is
    no name the gazetteer knows: the two make one name ("Karachay-Cherkessia")."""
    nxt = words[k + 1][2]
    return (
        run[words[k][1] : words[k + 1][0]] == "-"
        and nxt[0].isupper()
        and not has_key(" ".join(token_keys[k + 1]))
    )


# A French or Spanish linking word between the parts of one hyphenated name: "-et-", "-sur-".
_LINKS = r"(?:et|sur|sous|de|du|des|la|le|les|lez|en|aux|au|y)"
_LINKED_AFTER = re.compile(rf"-{_LINKS}-[^\W\d_a-z]")
_LINKED_BEFORE = re.compile(rf"[^\W\d_]-{_LINKS}-$")
_LINKED_NAME = re.compile(rf"[^\W\d_][\w']*(?:-(?:{_LINKS}-)?[^\W\d_][\w']*)*")


def _hyphenated_start(text: str, start: int) -> int:
    """Where the hyphenated name holding the word at ``start`` begins."""
    first = start
    while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "-'"):
        first -= 1
    return first


# A capitalised name of words joined by bare hyphens: "Mayo-Sava", "Bui-Ndop-Kumbo".
_HYPHENATED_NAME = re.compile(r"[^\W\d_][\w']*(?:-[^\W\d_a-z][\w']*)+")
# What after a hyphenated name makes it one name: a word for the second-level division it
# is ("Mayo-Sava department") ...
_WHOLE_DIVISION_AFTER = re.compile(
    r"[ \t]+(?:department|division|sub-?division|district|county|prefecture|territory)\b",
    re.IGNORECASE)
# ... or, after "the", no noun of its own ("the Mayo-Sava, ...", "the Mayo-Sava on Monday"):
# "the Homs-Palmyra road", "the Kabul-Jalalabad highway" name a way between two places.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_NO_NOUN_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:in|on|at|of|near|and|or|since|during|for|with|from|to|when|where"
    r"|which|that|who|was|were|is|are|has|have|had)\b)")
# ... or the kind of settlement it is, after it or in apposition ("Tse-Ukpo village",
# "Tse-Ukpo, a village on the outskirts of X"): one place, not two towns joined.
_SETTLEMENT_AFTER = re.compile(
    r"(?:,[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?|[ \t]+)(?:village|town|hamlet|settlement|"
    r"community|locality)\b", re.IGNORECASE)


def _part_of_a_whole_hyphenated_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is a part of a longer hyphenated name written
    as one name: before a division word ("the Mayo-Sava department"), or after "the" with
    no noun after it ("in the Mayo-Sava"). Elsewhere the parts are read on their own: the
    ends of a road ("the Homs-Palmyra road"), two sides ("Mokolo-Kousseri clashes")."""
    first = _hyphenated_start(text, start)
    found = _HYPHENATED_NAME.match(text, first)
    if found is None or found.end() < end or (found.start(), found.end()) == (start, end):
        return False
    return bool(_WHOLE_DIVISION_AFTER.match(text, found.end())) or bool(
        _THE_BEFORE.search(text, max(0, first - 5), first)
        and _NO_NOUN_AFTER.match(text, found.end())) or bool(
        _SETTLEMENT_AFTER.match(text, found.end()))


def _linked_part(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether text[start:end] is a part of a hyphenated name whose parts a linking word
    joins ("Mbam-et-Inoubou"), or of any hyphenated name written first in a holder's
    brackets ("Kolo (Mayo-Tsanaga, Far North)"), which the gazetteer lacks whole."""
    if (not text.startswith("-", end) or _LINKED_AFTER.match(text, end) is None) and (
            # each match of _LINKED_BEFORE ends in a hyphen at ``start`` (or before a
            # line break there, which "$" passes over)
            not text.endswith(("-", "-\n"), 0, start)
            or _LINKED_BEFORE.search(text, max(0, start - 12), start) is None
    ) and not _in_bracketed_hyphen_name(
            text, start, end):
        return False
    first = _hyphenated_start(text, start)
    whole = _LINKED_NAME.match(text, first)
    if whole is None or whole.end() <= end and whole.start() >= start:
        return False
    name = whole.group()
    return not gazetteer.has_key(name_key(name)) and not gazetteer.has_key(
        name_key(re.sub(r"-(?:et|y)-", " and ", name)))  # "Saint-Pierre-et-Miquelon"


_OPENS_HOLDER = re.compile(r"\([ \t]*$")
_HYPHENATED_TO_COMMA = re.compile(r"(?:-[^\W\d_][\w']*)*[ \t]*,")


def _in_bracketed_hyphen_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a part of a hyphenated name that opens a holder's brackets
    and is followed by a comma and more: the lesser division of "(Mayo-Tsanaga, Far North)"."""
    first = _hyphenated_start(text, start)
    if _OPENS_HOLDER.search(text, max(0, first - 3), first) is None:
        return False
    if first == start and text[end : end + 1] != "-":
        return False
    return _HYPHENATED_TO_COMMA.match(text, end) is not None


# The Arabic words that open the name of an armed unit or group, after which a town's name
# says whom the unit was raised from ("Liwa Homs", "Jaish Manbij", "Kata'ib Raqqa").
_GROUP_WORDS = frozenset(
    "liwa liwaa jaish jaysh kataib katibat kateeba saraya jabhat faylaq failaq fawj firqat "
    "ahrar junud jund usbat tajammu".split())


def _opens_with_group_word(run: str) -> bool:
    """Whether a run of capitalised words is an armed group's name of the Arabic form
    "Liwa X", "Jaish X", "Kata'ib X": a word of ``_GROUP_WORDS`` and a name after it."""
    first, _, rest = run.partition(" ")
    if not rest:
        return False
    return first.lower().replace("'", "").replace("\u2019", "") in _GROUP_WORDS


def _runs_less_country_tails(text: str, gazetteer: Gazetteer
                             ) -> Iterator[tuple[int, int, str]]:
    """The runs of capitalised words of ``text`` as (start, end, text), a town's name and
    its country's written without a comma between them ("near Nakuru Kenya") split in two:
    the country's name closes the run, and the words before it name a place of that
    country. A name the gazetteer knows whole stays one ("Papua New Guinea")."""
    pending: tuple[int, int, str] | None = None
    for run in _runs(text):
        group = run.group()
        if pending is not None:
            joined = _possessive_name(text, gazetteer, pending, run.start(), run.end())
            yield joined or pending
            pending = None
            if joined is not None:
                continue
        if text.startswith(("'s ", "\u2019s "), run.end()):
            # "Cox's Bazar": a name that holds a possessive, read whole if the gazetteer
            # knows it so, with the run after it (told apart when the next run comes)
            pending = (run.start(), run.end(), group)
            continue
        cut = _country_tail(gazetteer, group) if " " in group else 0
        if cut:
            head = group[:cut].rstrip()
            yield run.start(), run.start() + len(head), head
            yield run.start() + cut, run.end(), group[cut:]
        else:
            yield run.start(), run.end(), group
    if pending is not None:
        yield pending


#: A word with its possessive, inside a name the gazetteer holds whole: "Cox's".
_WORD_WITH_POSSESSIVE = re.compile(r"[^\W_](?:[\w]|['\u2019\u02bc\u02bf\u02be](?=\w))*")


def _possessive_name(text: str, gazetteer: Gazetteer, before: tuple[int, int, str],
                     start: int, end: int) -> tuple[int, int, str] | None:
    """The run ``before`` and the run at ``start``, joined, where only "'s " stands between
    them and the last word of the one, its "'s" and the first words of the other are a name
    the gazetteer knows ("Cox's Bazar"); None where they are not."""
    if start != before[1] + 3:
        return None
    last = before[2].split()[-1]
    words = text[start:end].split()
    for n in range(min(3, len(words)), 0, -1):
        if gazetteer.has_key(name_key(f"{last}'s {' '.join(words[:n])}")):
            return before[0], end, text[before[0]:end]
    return None


@functools.lru_cache(maxsize=20_000)
def _country_tail(gazetteer: Gazetteer, run: str) -> int:
    """Where the name of a country that closes ``run`` starts, where the words before it
    name a place of that country and the whole run is no name of its own; 0 where not."""
    words = [m for m in _WORD.finditer(run)]
    if len(words) < 2:
        return 0
    adjectives = country_adjectives()
    for j in range(1, len(words)):
        tail = run[words[j].start():]
        if tail.lower() in adjectives or not all(w.group()[0].isupper() for w in words[j:]):
            continue
        iso = gazetteer.country_by_name(tail)
        if iso is None:
            continue
        # (the whole run's key asked only now: most runs close with no country's name)
        if gazetteer.has_key(name_key(run)):
            return 0
        head = run[:words[j].start()].rstrip(" \t-")
        return words[j].start() if any(
            gazetteer.country_code_of(i) == iso and gazetteer.feature_of(i) != "country"
            for i in gazetteer.candidates_for_key(name_key(head))) else 0
    return 0


TRIGGERS_PATH = DATA_DIR / "event_triggers.json"


@functools.cache
def _weapon_names(path: Path = TRIGGERS_PATH) -> re.Pattern[str]:
    """The weapon and platform names of the equipment list ("Grads", "Katyusha", "Tochka"),
    as one pattern a whole capitalised word must match."""
    with path.open(encoding="utf-8") as fh:
        patterns = json.load(fh)["equipment"]["patterns"].values()
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


#: The arm a weapon's name is told with: "Grad rockets", "a Smerch multiple rocket launcher",
#: "Shahed-type drones"
_ARM_AFTER = re.compile(r"(?:-type|-class|-made)?[ \t]+(?:multiple[ \t]+)?(?:rockets?|missiles?|"
                        r"launchers?|systems?|MLRS|drones?|UAVs?)\b", re.IGNORECASE)
#: A weapon's name told as what was fired: "fired Katyushas at", "firing a Tochka",
#: "shelled the town with Grad"
_FIRED_BEFORE = re.compile(r"\b(?:fir(?:ed|ing|es)|with|using)[ \t]+(?:a[ \t]+|an[ \t]+|"
                           r"\d+[ \t]+|two[ \t]+|three[ \t]+|several[ \t]+)?$", re.IGNORECASE)


#: Verbs whose object is a feast, a holy day or an anniversary, never a place: "a procession
#: marking Ashura", "crowds celebrating Eid", "to mark Nowruz".
_OCCASION_VERBS = frozenset(
    "mark marking celebrate celebrating commemorate commemorating observing".split())


def _occasion_named(text: str, start: int, tail: list[str]) -> bool:
    """Whether the name at ``start`` is, or ends, the name of a feast or a day that a verb
    before it marks ("marking Mawlid", "to mark Eid al-Adha": al-Adha with Eid before it),
    not a place; ``tail`` holds the words before it, as ``_tail_words`` gives them."""
    if not tail:
        return False
    if _cue_of(tail) in _OCCASION_VERBS:
        return True
    if len(tail) < 2 or tail[-2] not in _OCCASION_VERBS:
        return False
    before = text[max(0, start - 48):start].rstrip()
    return before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper()


#: Words one of which every match of ``_FIRED_BEFORE`` holds.
_FIRED_WORDS = ("fir", "with", "using")


def _fired_before(text: str, start: int) -> bool:
    """Whether ``_FIRED_BEFORE`` matches in the 24 characters before ``start``. Most names
    have none of its words there, which an ASCII window's lower-cased letters tell at
    once; a window with other letters is searched (case-blind matching pairs some of
    them with ASCII ones)."""
    low = max(0, start - 24)
    if not window_may_hold(text[low:start], _FIRED_WORDS):
        return False
    return _FIRED_BEFORE.search(text, low, start) is not None


def _compass_zone_between(text: str, start: int, end: int, run: str,
                          gazetteer: Gazetteer) -> bool:
    """Whether a run of capitalised words is a lesser division named with a compass word that
    the gazetteer lacks whole, written between a place and where that lies ("Lay Gayint,
    South Gondar, Amhara", "Ambo, West Shewa, Oromia"): a zone or district named after a
    town, not that town; what it holds is placed by the division after it. A compass part of
    a division the gazetteer knows ("North Mudug") is left to be read as that division."""
    if run.split(None, 1)[0].split("-", 1)[0] not in _COMPASS_TITLES:
        return False
    low = max(0, start - 3)
    opener = max(text.rfind(",", low, start), text.rfind("(", low, start))
    if opener < 0 or not text[max(0, opener - 2):opener].rstrip()[-1:].isalpha():
        return False
    zone = _COMPASS_ZONE_BETWEEN.match(text, opener)
    if zone is None or zone.end("zone") != end or gazetteer.has_key(name_key(run)):
        return False
    bare = run.split(None, 1)[-1] if " " in run else run.split("-", 1)[-1]
    # "Galkayo, North Mudug, Somalia": the part of a province named is in the province
    return gazetteer.country_by_name(bare) is None and not any(
        gazetteer.feature_of(entry) in ("admin1", "admin2")
        for entry in gazetteer.candidates_for_key(name_key(bare)))


#: Compass words as the first word of a zone's name, capitalised.
_COMPASS_TITLES = frozenset(
    "North South East West Central Upper Lower Northern Southern Eastern Western".split())


def _weapon_told(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` is a weapon's name told as a
    weapon, not a town of that name: "fired Grad rockets at", "fired a Tochka at" (the
    equipment list's names, with the arm after them or "fired", "with" or "using" before
    them)."""
    if _ARM_AFTER.match(text, end) is None and not _fired_before(text, start):
        return False
    return _weapon_names().fullmatch(text, start, end) is not None


def _find_spans(
    doc: Doc, gazetteer: Gazetteer, stopwords: frozenset[str]
) -> tuple[list[_Span], list[tuple[int, int, str]]]:
    """Longest gazetteer names within each run of capitalised words, left to right.

    Also returns every run as (start, end, text), where names the gazetteer lacks are sought.
    """
    text = doc.text
    sentence_starts = {start for start, _ in doc.sentences}
    spans: list[_Span] = []
    runs: list[tuple[int, int, str]] = []
    for offset, run_end, group in _runs_less_country_tails(text, gazetteer):
        runs.append((offset, run_end, group))
        if _opens_with_group_word(group):
            # "Kata'ib Raqqa fighters", "members of Liwa Homs": a town in an armed group's
            # name is where the group comes from, not where the event is
            continue
        if _compass_zone_between(text, offset, run_end, group, gazetteer):
            continue  # "Ambo, West Shewa, Oromia": a zone, not the town Shewa names
        if group[:9] in _SOLID_COMPASS_RUNS and (named := _solid_compass_division(
                text, offset, offset + 9, gazetteer, sentence_starts)) is not None:
            spans.append(named)  # "in the Southwest region": the South-West region
            continue
        plan = _run_plan(gazetteer, stopwords, group)
        if not plan:
            if text.startswith("-", run_end) and (
                    whole := _lower_hyphen_tail(text, offset, run_end, gazetteer,
                                                sentence_starts)) is not None:
                # "near Hpa-an": the run stops at the hyphen before a lower-case last part
                spans.append(whole)
                runs[-1] = (offset, whole.end, whole.text)
                continue
            if group.lower() in _COMPASS_NAME_WORDS and (
                    named := _compass_division_named(text, offset, run_end, gazetteer,
                                                     sentence_starts) or _compass_holder(
                        text, offset, run_end, gazetteer, sentence_starts)) is not None:
                # "in the Sud province", "(Ntuiwa, Sud)": a stop-listed compass word alone
                spans.append(named)
            continue
        n = len(plan)
        i = 0
        by_body = n >= 3 and _BY_BEFORE.search(text, max(0, offset - 12), offset) is not None
        while i < n:
            step = plan[i]
            if step is None:
                i += 1
                continue
            if isinstance(step, int):
                if i == 0 and step == n and (
                        named := (_compass_holder(text, offset, run_end, gazetteer,
                                                  sentence_starts)
                                  if group.lower().replace("-", " ") in _COMPASS_REGIONS
                                  else None) or _compass_division_named(
                            text, offset, run_end, gazetteer, sentence_starts)) is not None:
                    # "(Momo, North-West)", "in the South-West region", "the Centre-Nord
                    # region": a compass name as a holder, or with a division word after it
                    spans.append(named)
                i = step
                continue
            if by_body and step.partial:
                # "initiated by Don't Let Belgrade D(r)own": a place inside the name of the
                # movement or body that did it is not where it happened.
                i = step.resume
                continue
            start = offset + step.start
            tail = _tail_words(text, start)
            if tail and tail[-1].rstrip(".,") in _TITLES:
                i += 1  # "Gen. Michael", "President Barzani": a person
                continue
            if _titled_given_names(text, start) or _named_after_speech(text, start) or \
                    _surname_told_before(text, start, offset + step.end):
                # "Brigadier General Karim Dawood", and "Dawood" alone after it: the surname
                # of a titled person
                i += 1
                continue
            end = offset + step.end
            if "-" in group and _part_of_a_whole_hyphenated_name(text, start, end):
                # "in the Mayo-Sava department", "clashes in the Mayo-Sava on Monday": one
                # name the gazetteer lacks, not a town of each part's name (as "the Homs-
                # Palmyra road" is a road between two)
                i = step.resume
                continue
            if _linked_part(text, start, end, gazetteer):
                # "Mbam-et-Inoubou", "Bou-sur-Lac": a part of a name joined by a linking
                # word that the gazetteer lacks whole is no place of its own (a namesake
                # abroad); the whole is one name it does not know.
                i = step.resume
                continue
            if step.tokens == 1 and _weapon_told(text, start, end):
                # "fired Grad rockets at the city", "fired a Tochka": a weapon's name, not
                # the village of that name
                i = step.resume
                continue
            cue = _cue_of(tail)
            if _occasion_named(text, start, tail):
                # "a procession marking Ashura in Kitui", "rallies to mark Eid al-Adha": the
                # feast or the day marked, all the run's words, not a place of its name
                break
            if step.tokens > 1 and step.name.split(" ", 1)[0] in _TITLES and (
                    cue not in _STRONG_LOCATIVE_WORDS and _division_after(text, end) is None
                    and not _bearing_before(tail)):
                # "Sheikh Ali al-Sheikhani, a commander": a title and a name make a person;
                # a place so named ("in Sheikh Zuweid", "Sheikh Maqsoud district") has a
                # locative word before it or a place word after it.
                i += 1
                continue
            spans.append(
                _Span(
                    start=start,
                    end=end,
                    text=text[start:end],
                    key=step.key,
                    tokens=step.tokens,
                    candidates=_candidates(gazetteer, step.key),
                    sentence_initial=start in sentence_starts
                    or _starts_sentence(text[max(0, start - 8) : start]),
                    locative=cue in _LOCATIVE_WORDS,
                    strong_locative=cue in _STRONG_LOCATIVE_WORDS,
                    after_article=step.after_article,
                    before_article=step.before_article,
                    partial=step.partial,
                    folded=step.name,
                    tail=tail,
                )
            )
            i = step.resume
    return spans, runs


# A short lower-case last part of a name after a bare hyphen ("Hpa-an", "Pa-an"), not a
# word that makes a compound of a name ("Houthi-led", "state-run").
_LOWER_HYPHEN_TAIL = re.compile(r"-([a-z]{1,3})\b(?![-'\u2019])")
_COMPOUND_TAILS = frozenset({"led", "run", "era", "age", "old"})


def _lower_hyphen_tail(text: str, start: int, end: int, gazetteer: Gazetteer,
                       sentence_starts: set[int]) -> _Span | None:
    """A name whose last part is written in lower case after a bare hyphen, as Burmese
    names are transliterated ("near Hpa-an"), where the capitalised run before the hyphen
    is no name the gazetteer knows and the whole is."""
    tail = _LOWER_HYPHEN_TAIL.match(text, end)
    if tail is None or tail.group(1) in _COMPOUND_TAILS:
        return None
    words = text[start:tail.end()]
    key = name_key(words)
    candidates = _candidates(gazetteer, key)
    if not candidates:
        return None
    before = _tail_words(text, start)
    cue = _cue_of(before)
    folded = normalise(words)
    return _Span(start=start, end=tail.end(), text=words, key=key,
                 tokens=len(folded.replace("-", " ").split()), candidates=candidates,
                 sentence_initial=start in sentence_starts
                 or _starts_sentence(text[max(0, start - 8):start]),
                 locative=cue in _LOCATIVE_WORDS, partial=False, folded=folded,
                 strong_locative=cue in _STRONG_LOCATIVE_WORDS, tail=before)


# Compass names of regions that are stop-listed as macro-regions ("the North-West"), but
# that some countries give a first-level division ("(Momo, North-West)": Cameroon's).
_COMPASS_REGIONS = frozenset(
    {"north west", "north east", "south west", "south east", "northwest", "northeast",
     "southwest", "southeast"})
# What closes a holder: a parenthesis, a comma, a full stop, the end of the text.
_HOLDER_CLOSES = re.compile(r"[ \t]*(?:[),;]|\.(?!\w)|$)")


def _compass_holder(text: str, start: int, end: int, gazetteer: Gazetteer,
                    sentence_starts: set[int]) -> _Span | None:
    """A compass name of a region written where a holder goes, after a name and closing
    the phrase ("Bali town (Mezam, North-West)"), as the first-level divisions so named;
    elsewhere ("militants in the North-West") it is a macro-region and no place."""
    mark = _holder_mark_before(text, start)
    if mark < 0 or not _HOLDER_CLOSES.match(text, end) or not _BEFORE_CODE.search(
            text, max(0, mark - 40), mark):
        return None
    words = text[start:end]
    folded = normalise(words)
    key = _DIVISION_ONLY_KEY + name_key(words)
    candidates = _candidates(gazetteer, key)
    if not candidates:
        return None
    return _Span(start=start, end=end, text=words, key=key, tokens=len(folded.split()),
                 candidates=candidates, sentence_initial=start in sentence_starts,
                 locative=False, partial=False, folded=folded, holder=True)


# The division word after a compass name that makes it a division's: "the Sud province".
_COMPASS_DIVISION_AFTER = re.compile(r"[ \t]+(?:province|region|department)\b", re.IGNORECASE)


def _compass_division_named(text: str, start: int, end: int, gazetteer: Gazetteer,
                            sentence_starts: set[int]) -> _Span | None:
    """A stop-listed compass name with a division word after it ("in the Sud province",
    "the Nord region"), as the first-level divisions so named; alone ("the North") it is a
    part of a country and no place. Only the countries the text points to keep a reading
    (``_holders_in_held_country``)."""
    words = text[start:end]
    folded = normalise(words)
    if any(word not in _COMPASS_NAME_WORDS for word in folded.replace("-", " ").split()) \
            or _COMPASS_DIVISION_AFTER.match(text, end) is None:
        return None
    return _division_only_span(gazetteer, text, start, end, words, folded,
                               len(folded.split()), sentence_starts)


def _division_only_span(gazetteer: Gazetteer, text: str, start: int, end: int, name: str,
                        folded: str, tokens: int, sentence_starts: set[int]) -> _Span | None:
    """The span of text[start:end] read as the division ``name`` and as nothing else (its
    division-only key), or None where no division bears that name."""
    key = _DIVISION_ONLY_KEY + name_key(name)
    candidates = _candidates(gazetteer, key)
    if not candidates:
        return None
    tail = _tail_words(text, start)
    cue = _cue_of(tail)
    return _Span(start=start, end=end, text=text[start:end], key=key, tokens=tokens,
                 candidates=candidates, sentence_initial=start in sentence_starts,
                 locative=cue in _LOCATIVE_WORDS, partial=False, folded=folded,
                 strong_locative=cue in _STRONG_LOCATIVE_WORDS, tail=tail)


# Two compass points written as one word (nine letters each), as the press writes the
# divisions so named.
_SOLID_COMPASS_RUNS = {f"{a}{b}": f"{a}-{b.capitalize()}" for a in ("North", "South")
                       for b in ("east", "west")}


def _solid_compass_division(text: str, start: int, end: int, gazetteer: Gazetteer,
                            sentence_starts: set[int]) -> _Span | None:
    """Two compass points written as one word with a division word after it ("in the
    Southwest region", "Northwest Province"), as the first-level divisions GeoNames names
    with a hyphen or a space (Cameroon's North-West, South Africa's North-West): the press
    writes the one word as often. Without the division word it stays a word of direction or
    the name of a town ("Northwest" of North Carolina)."""
    hyphenated = _SOLID_COMPASS_RUNS.get(text[start:end])
    if hyphenated is None or _COMPASS_DIVISION_AFTER.match(text, end) is None:
        return None
    return _division_only_span(gazetteer, text, start, end, hyphenated,
                               normalise(hyphenated), 1, sentence_starts)


def _division_word(text: str, span: _Span) -> str | None:
    """A division or part word after a name ("Idlib province"), or ending it ("Borno State")."""
    found = _division_after(text, span.end)
    if found is None and span.tokens > 1:
        last_word = span.folded.rsplit(" ", 1)[-1]
        found = last_word if last_word in DIVISION_WORDS else None
    return found


def _division_after(text: str, end: int) -> str | None:
    following = text[end : end + 1]
    if not (following.isspace() or following.isalpha()):
        return None  # "Idlib,", "(Idlib)": ``_AFTER`` needs a space or a letter first
    m = _AFTER.match(text, end, min(len(text), end + 30))
    if m is None:
        return None
    word = m.group("word").lower()
    # "Damboa Local Government Area": Nigeria's second-level division, an LGA
    return "lga" if word.startswith("local") else word


# A division word that governs the names after it: "the province of Kirkuk", "in the
# governorates of Anbar, Salahuddin and Diyala".
# "within the sector of operations of Kirkuk": the command area named after the city, a
# province-wide sector, as the "operations command" of a province is
_GOVERNING = re.compile(
    r"\b(?P<word>governorate|province|state|region|oblast|district|county|department|"
    r"prefecture|wilaya|territory)(?P<plural>s)?[ \t]+of[ \t]+(?:the[ \t]+)?$"
    r"|\b(?P<sector>sector|area|zone)[ \t]+of[ \t]+(?:the[ \t]+)?operations[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# A plural division word after the last name of a list: "Anbar, Kirkuk and Diyala provinces".
_PLURAL_AFTER = re.compile(
    r"[ \t]+(?P<word>governorate|province|state|region|oblast|district|county|department|"
    r"prefecture|wilaya|territorie|territory)s\b",
    re.IGNORECASE,
)
# Between two names of one list: "Anbar, Kirkuk", "Kirkuk and Diyala", "Kirkuk, and Diyala".
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _after_of_or_the(text: str, start: int) -> bool:
    """Whether "of" or "the" and a space end the text before ``start`` (a line's end aside):
    what ``_GOVERNING`` needs to match there, tested first, as a search of that regex costs
    more than the rest of a list's reading."""
    before = text[max(0, start - 40) : start]
    if before.endswith("\n"):
        before = before[:-1]  # "$" matches before a final newline
    stripped = before.rstrip(" \t")
    if len(stripped) == len(before):
        return False
    tail = stripped[-3:].lower()
    return tail.endswith("of") or tail == "the"


def _listed_division_words(
    text: str, spans: Sequence[_Span], prepared: Sequence[Sequence[_Candidate]],
    divisions: list[str | None],
) -> None:
    """Give the names of a list the division word that governs it, where none follows a name
    itself: "in the provinces of Anbar, Salahuddin, Kirkuk and Diyala", "the province of
    Kirkuk", "Anbar, Kirkuk and Diyala provinces": each is the division, not a town of its
    name. A name one of whose readings is a country is left as it is ("Islamic State of
    Iraq")."""
    count = len(spans)
    position = 0
    while position < count:
        end = position  # the list runs from position to end
        while end + 1 < count and _LIST_SEPARATOR.fullmatch(
                text, spans[end].end, spans[end + 1].start):
            end += 1
        word: str | None = None
        first = spans[position].start
        governing = _GOVERNING.search(text, max(0, first - 40), first) if _after_of_or_the(
            text, first) else None
        if governing is not None and governing.group("sector"):
            if end == position and _named_like_its_province(prepared[position]):
                word = "province"
        elif governing is not None and (governing.group("plural") or end == position):
            word = governing.group("word").lower()
        elif end > position or divisions[end] is None:
            after = _PLURAL_AFTER.match(text, spans[end].end, spans[end].end + 16)
            if after is not None:
                word = after.group("word").lower().replace("territorie", "territory")
        if word is not None:
            for item in range(position, end + 1):
                if divisions[item] is None and all(
                        c.feature != "country" for c in prepared[item]):
                    divisions[item] = word
        position = end + 1


def _named_like_its_province(candidates: Sequence[_Candidate]) -> bool:
    """Whether a name, as written, is a province's own name and that of a town in it (a
    command's sector named after the city its province is named for)."""
    held = {(c.country, c.admin1) for c in candidates if c.feature == "admin1" and c.exact}
    return any(c.feature == "populated_place" and (c.country, c.admin1) in held
               for c in candidates)


# Division words of a district or province that may be named after its seat.
_SEAT_DIVISION_WORDS = frozenset(
    "district province governorate county municipality prefecture raion rayon".split()
)

_ANY = -3  # any division of a country: "Tripoli, Lebanon"
_WILD = -2  # a wildcard in (country, admin1, admin2) triples
_SPELLED = -4  # (country, admin1, _SPELLED): a reading spelled as written lies in admin1

# Two lower-case words between a place and its holder: "Shahpur sector area (Poonch ...".
_TWO_WORDS_TO_PARENTHESIS = r"\s+[a-z]+\s+[a-z]+\s*\(\s*"
# A lesser division named with a compass word and one or two capitalised words, as zones
# and districts are ("West Shewa", "South Gondar", "North-East Tolkhana").
_COMPASS_ZONE = (r"(?:North|South|East|West|Central|Upper|Lower)(?:ern)?"
                 r"(?:-?(?:[Ee]ast|[Ww]est)(?:ern)?)?[ \t-]"
                 # ("North Eastern" is a compass name of its own, no zone of a town's)
                 r"(?!(?:North|South|East|West|Central)(?:ern)?\b)"
                 r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?")
# The same, written between a place and where it lies: "Ambo, West Shewa, Oromia",
# "Chagni (Central Gondar, Amhara)".
_COMPASS_ZONE_BETWEEN = re.compile(
    rf"[,(][ \t]*(?P<zone>{_COMPASS_ZONE})[ \t]*[,(][ \t]*(?=[A-Z])")
# A capitalised name of one to three words.
_UNKNOWN_NAME = r"[A-Z][\w'\u2019]*(?:[ \t-][A-Z][\w'\u2019]*){0,2}"
# Between a place and the division holding it: "X, Y", "X (Y", "X town (Y", "X in Y".
# A name the gazetteer lacks between a place and its holder ("Logo (Mahagi, Ituri)", "in
# Istalif area of Sarband district, Kabul"), or a part word ("Taara in the western
# countryside of As-Sweida"): a place with such a holder the gazetteer does not put in it is
# placed at the holder.
_CHAIN_GAP = (
    rf"\s*(?:[A-Za-z]+\s*)?\(\s*{_UNKNOWN_NAME}\s*,\s*"
    r"|\s+(?:area|village|town|neighbou?rhood|locality)\s+(?:of|in)\s+"
    rf"{_UNKNOWN_NAME}(?:\s+(?:district|county|municipality|subdistrict))?\s*(?:,|\()\s*"
    r"|\s+(?:in|on|at)\s+the\s+(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?"
    r"\s+)?(?:countryside|outskirts|suburbs|vicinity|environs|periphery)\s+of\s+"
)
# Of those, the ones that write the holder as the place's own: "Logo (Mahagi, Ituri)", "X in
# the western countryside of Y" (not "Chang village in TakBai, Narathiwat", where the name
# between may be the place meant).
_CHAIN = re.compile(
    rf"(?:\s*(?:[A-Za-z]+\s*)?\(\s*{_UNKNOWN_NAME}\s*,\s*"
    r"|\s+(?:in|on|at)\s+the\s+(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?"
    r"\s+)?(?:countryside|outskirts|suburbs|vicinity|environs|periphery)\s+of\s+)$"
)
# A compass word before a holder names the part of it where the place lies, and the holder
# still holds it: "Gara in northern Iraq", "Marjayoun, south Lebanon", "in far western Syria".
_SIDE_OF_HOLDER = (
    r"(?:(?:(?:far|central)\s+)?(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?"
    r"\s+|central\s+)?")
# Sites named after a quarter or village of the town written after them ("the Sina'a prison
# in Hasakah", "Tamra market in Zalingei"): the town holds the name, no namesake abroad does.
_SITE_IN_HOLDER = r"(?:prisons?|jails?|hospitals?|airports?|markets?|checkpoints?)"
_LIST_GAP = re.compile(
    rf"(?:\s*(?:district{_SEAT_AFTER_DISTRICT}\s*|[A-Za-z]+(?:-?\d+)?\s*)?"
    rf"(?:,|\(|-)\s*(?:in\s+)?(?:the\s+)?{_SIDE_OF_HOLDER}"
    rf"|{_TWO_WORDS_TO_PARENTHESIS}"
    r"|\s+(?:(?:town|village|city|district|area|camp|neighbou?rhood|county|subdistrict)\s+)?"
    rf"(?:in|of)\s+(?:the\s+)?{_SIDE_OF_HOLDER}"
    # "the Sina'a prison in Hasakah": a site named after a place of the town it lies in
    rf"|\s+{_SITE_IN_HOLDER}\s+in\s+(?:the\s+)?{_SIDE_OF_HOLDER}|{_CHAIN_GAP}"
    # "Ambo, West Shewa, Oromia": a zone the gazetteer lacks between a town and its region
    rf"|\s*[,(]\s*{_COMPASS_ZONE}\s*(?:,|\()\s*)$"
)


# A capitalised word right after a name: it goes on ("Hassan Dabouq").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _where(cand: _Candidate) -> tuple[str, int]:
    """(country, admin1) of an entry; a country is (country, _ANY)."""
    if cand.feature == "country":
        return (cand.country, _ANY)
    return (cand.country, cand.admin1)


def _list_gaps(text: str, spans: Sequence[_Span]) -> list[bool]:
    """Whether what lies between each name and the next is a list's or a holder's gap
    (``_LIST_GAP``): read once per pair, where each name asks it of its neighbours."""
    return [_LIST_GAP.match(text, before.end, after.start) is not None
            for before, after in zip(spans, spans[1:], strict=False)]


# The gaps of a list of names: "Pokhara, Kathmandu, Damauli and Butwal". A name the gazetteer
# lacks ("Koura") is part of the gap between the two names around it.
_LIST_NAME = r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}"
_LIST_COMMA = re.compile(rf"[ \t]*,[ \t]*(?:{_LIST_NAME}[ \t]*,[ \t]*)*")
_LIST_AND = re.compile(rf"(?:[ \t]*,[ \t]*{_LIST_NAME})*[ \t]*,?[ \t]+(?:and|or)[ \t]+")


def _may_hold_list(text: str) -> bool:
    """Whether a text may hold a list ``_comma_list_items`` reads: every such list has a
    comma (``_LIST_COMMA``) and closes with "and" or "or" (``_LIST_AND``); the exact
    tests are the cheap gate before the gaps between names are matched."""
    return "," in text and ("and" in text or "or" in text)


def _comma_list_items(text: str, spans: Sequence[_Span]) -> set[int]:
    """The names followed by a comma of a list: names joined by bare commas, two commas or
    more, and closed by "and" or "or" ("marched in Pokhara, Kathmandu, Damauli and Butwal").

    Such a comma joins places of one rank; it does not write where the name before it lies
    ("Tyre, Tripoli" is no town of a Tripoli district). One comma before "and" is left as
    it is read: "Bama, Borno and Madagali, Adamawa" writes each town's state.
    """
    found: set[int] = set()
    run: list[int] = []
    commas = 0
    for position, (before, after) in enumerate(zip(spans, spans[1:], strict=False)):
        if _LIST_COMMA.fullmatch(text, before.end, after.start):
            run.append(position)
            commas += text.count(",", before.end, after.start)
            continue
        if run and run[-1] == position - 1 and _LIST_AND.fullmatch(
                text, before.end, after.start):
            within = text.count(",", before.end, after.start)
            if commas + within >= 2:
                found.update(run)
                if within:
                    found.add(position)
        run, commas = [], 0
    return found


def _following_divisions(
    text: str,
    spans: Sequence[_Span],
    prepared: Sequence[Sequence[_Candidate]],
    position: int,
    first: Sequence[_Candidate],
    listed: Sequence[bool],
    named: Counter[str] | None = None,
    sure: Sequence[bool] = (),
    gazetteer: Gazetteer | None = None,
) -> set[tuple[str, int]]:
    """Divisions named just after a mention: ``X, Y``, ``X (Z, Y)``, ``X in Y province``.

    Where a reading of Y holds a reading of X, those readings; otherwise where the
    first pass put Y (so that ``Bennsh in Idleb`` still points at Idlib). ``listed`` is
    :func:`_list_gaps` of ``spans``. A loose reading of Y (a spelling variant), written
    after a comma or parenthesis, in a country the text does not name, holds no X spelled
    as an entry's own name and read with confidence in another country (``sure``, the
    first pass's confidence in each reading): "Jakiri, Bui" is no Bowie of Maryland's.
    """
    found: set[tuple[str, int]] = set()
    fallback: set[tuple[str, int]] = set()
    mine: set[tuple[str, int]] | None = None
    offsets = (1, 2)
    if spans[position].before_article and position + 1 < len(spans) and _ARTICLE_GAP.fullmatch(
            text, spans[position].end, spans[position + 1].start):
        # "Machiques de Perija, Zulia state": the division after the whole name holds the
        # head ("Machiques") as it holds the name
        offsets = (2, 3)
    for offset in offsets:
        if position + offset >= len(spans):
            break
        other = spans[position + offset]
        if not listed[position + offset - 1] or (
                other.partial and _NAME_GOES_ON.match(text, other.end)):
            break  # "the Mayor of Tyr, Hassan Dabouq": a person's name holds no place
        if offset == 1 and other.key == spans[position].key and _province_after(
                spans, prepared, position, listed):
            # "Caldas (Caldas, Boyaca)": the town, then its municipality of the same
            # name, then the province; the province after the two says where both lie,
            # not the namesake municipalities of other provinces (Antioquia's Caldas)
            continue
        if mine is None:
            mine = {(c.country, c.admin1) for c in prepared[position]}
        if offset == 1 and gazetteer is not None and other.key != spans[position].key and (
                same := _own_town_again(gazetteer, prepared[position], prepared[position + 1])):
            return same
        countries = {c for c, _ in mine}
        # "Bolivar state": a first-level word after Y says its namesake districts are not meant
        first_level = _division_after(text, other.end) in _ADMIN1_WORDS
        for cand in prepared[position + offset]:
            if cand.feature == "admin2" and first_level:
                continue
            if cand.feature in ("admin1", "admin2"):
                if (cand.country, cand.admin1) in mine:
                    found.add((cand.country, cand.admin1))
            elif cand.feature == "country" and cand.country in countries:
                found.add((cand.country, _ANY))
        # The first reading of Y, where it is a division (or a town named like one), and
        # the divisions of that country Y also names: "(Khwlan, Sanaa)" is the governorate
        # around the capital, which GeoNames files under another division.
        best = first[position + offset]
        if sure and sure[position] and first[position].exact and not best.exact and (
                best.country != first[position].country) and not (
                named and named.get(best.country)) and _HOLDER_MARK.search(
                text, spans[position + offset - 1].end, other.start):
            continue  # a loose holder abroad: "Jakiri, Bui" is no Bowie of Maryland's
        if best.feature in ("admin1", "admin2", "country"):
            fallback.add(_where(best))
        elif best.feature == "populated_place" and best.admin1 >= 0 and named and (
                named.get(best.country)) and (
                _division_after(text, other.end) in _SEAT_DIVISION_WORDS):
            # "Houla in the Marjayoun District" of a text that names Lebanon: a district the
            # gazetteer knows only by its seat lies in the seat's province.
            fallback.add((best.country, best.admin1))
        else:
            for c in prepared[position + offset]:
                if c.feature in ("admin1", "admin2") and c.country == best.country:
                    fallback.add((c.country, c.admin1))
    # A division named just before ("in Chihuahua's Cuauhtemoc") counts too.
    if position > 0:
        prev = spans[position - 1]
        gap = text[prev.end : spans[position].start]
        if len(gap) <= 4 and ("'" in gap or "\u2019" in gap):
            mine = {(c.country, c.admin1) for c in prepared[position]}
            for cand in prepared[position - 1]:
                if cand.feature == "admin1" and (cand.country, cand.admin1) in mine:
                    found.add((cand.country, cand.admin1))
    if found:
        # "Karacali village of Siirt, Turkey": the country after the province holds the
        # name's readings in other provinces too, but the province says where in it
        within = {c for c, a1 in found if a1 != _ANY}
        if within:
            return {(c, a1) for c, a1 in found if a1 != _ANY or c not in within}
        held = {(c, a1) for c, a1 in fallback if a1 != _ANY and (c, _ANY) in found}
        if held:
            return held
    return found or fallback


def _own_town_again(gazetteer: Gazetteer, mine: Sequence[_Candidate],
                    nxt: Sequence[_Candidate]) -> set[tuple[str, int]]:
    """Where the town a name spells as written lies, where the name after it, not spelled
    alike, is another spelling of that same town ("Sirte, Sirt"): the town and the province
    of its name, which the second name stands for; a namesake abroad of like size that holds
    only a loose reading of the first name is not meant. A town spelled as written that is far
    smaller than another reading of the name ("Basra, Basrah": a village of Punjab's, not
    Iraq's city) says nothing. Empty where the second names no such town."""
    spelled = {c.entry for c in mine if c.exact and c.feature == "populated_place"}
    if not spelled:
        return set()
    same = {c.entry for c in nxt if c.entry in spelled and c.admin1 >= 0}
    if not same:
        return set()
    population = gazetteer.population_of
    largest = max(population(c.entry) for c in mine if c.feature == "populated_place")
    return {(c.country, c.admin1) for c in nxt if c.entry in same
            and population(c.entry) * _SPELLED_TOWN_SHARE >= largest}


# A town spelled as written is the one meant where the name after it spells it again (see
# ``_own_town_again``) if this many times its size reaches the name's largest town.
_SPELLED_TOWN_SHARE = 2


def _province_after(spans: Sequence[_Span], prepared: Sequence[Sequence[_Candidate]],
                    position: int, listed: Sequence[bool]) -> bool:
    """Whether the second name after a mention, in the same list or holder chain, is a
    division holding one of its readings ("Caldas (Caldas, Boyaca)": Boyaca)."""
    if position + 2 >= len(spans) or not (listed[position] and listed[position + 1]):
        return False
    mine = {(c.country, c.admin1) for c in prepared[position]}
    return any(c.feature in ("admin1", "admin2") and (c.country, c.admin1) in mine
               for c in prepared[position + 2])


# A comma or parenthesis between a name and its holder.
_HOLDER_MARK = re.compile(r"[,(]")
# An article inside a name between its head and its tail: "Machiques de Perija".
_ARTICLE_GAP = re.compile(rf"[ \t]+(?:{'|'.join(sorted(_NAME_ARTICLES))})[ \t]+")


def _preceding_places(
    spans: Sequence[_Span], prepared: Sequence[Sequence[_Candidate]], position: int,
    listed: Sequence[bool], gazetteer: Gazetteer | None = None,
) -> set[tuple[str, int, int]]:
    """Where the places named just before lie, for ``X, Y`` where Y is X's division.

    Returns (country, admin1, admin2) of each candidate of the one or two mentions
    before, plus (country, admin1, _WILD) and (country, _WILD, _WILD) wildcards.
    ``listed`` is :func:`_list_gaps` of ``spans``.
    """
    found: set[tuple[str, int, int]] = set()
    for back in (1, 2):
        if position - back < 0 or not listed[position - back]:
            break
        before: Sequence[_Candidate] = prepared[position - back][:40]
        if back == 1 and gazetteer is not None and spans[position - 1].key != (
                spans[position].key) and (
                same := _own_town_again(gazetteer, before, prepared[position])):
            # "Sirte, Sirt": the town spelled as written before, spelled otherwise again
            before = [c for c in before if (c.country, c.admin1) in same]
        for cand in before:
            if cand.feature == "country":
                continue
            found.add((cand.country, cand.admin1, cand.admin2))
            found.add((cand.country, cand.admin1, _WILD))
            found.add((cand.country, _WILD, _WILD))
            if cand.exact:
                found.add((cand.country, cand.admin1, _SPELLED))
    if not found or not any(_lies_in(c, found) for c in prepared[position]):
        # No reading of this name holds a reading of the one before ("Shakhta, Donetsk"
        # where the gazetteer knows only a Shakhta in Perm): the pair says nothing.
        return set()
    if len({c for c, a1, a2 in found if a1 == _WILD}) == 1:
        found.add((_ONE_COUNTRY, _WILD, _WILD))
    return found


def _lies_in(cand: _Candidate, preceding: set[tuple[str, int, int]]) -> bool:
    """Whether a reading of a name may hold (or sit beside) a reading of the name before it."""
    if cand.feature == "country":
        return (cand.country, _WILD, _WILD) in preceding
    if cand.feature == "admin2":
        return (cand.country, cand.admin1, cand.admin2) in preceding
    return cand.admin1 >= 0 and (cand.country, cand.admin1, _WILD) in preceding


_ONE_COUNTRY = "one country"  # marks places named before that all lie in one country


class _Candidate(NamedTuple):
    entry: int  # position in the gazetteer
    feature: str
    country: str
    admin1: int
    admin2: int
    base: float  # population, kind of entry and exact spelling: what needs no context
    exact: bool  # the name as written is the entry's own name, not a variant or alternate
    # what the entry lost as a loose reading abroad (by its sound key or an alternate name,
    # against one spelled as written): given back where the text points to its country
    lowered: float = 0.0


def _candidate(entry: int, feature: str, country: str, admin1: int, admin2: int, base: float,
               exact: bool, lowered: float) -> _Candidate:
    """A :class:`_Candidate` made as its generated ``__new__`` makes it, by ``tuple.__new__``:
    that ``__new__`` is Python written at import, which runs interpreted even in the compiled
    build (some 2,800 instructions a call), and a note's names make some eighteen."""
    return tuple.__new__(_Candidate, (entry, feature, country, admin1, admin2, base, exact,
                                      lowered))


def _prepare(gazetteer: Gazetteer, span: _Span) -> list[_Candidate]:
    """The entries a name may denote, with the part of their score that needs no context."""
    return list(_prepared(gazetteer, span.key, span.folded, span.tokens > 1))


@functools.lru_cache(maxsize=50_000)
def _prepared(
    gazetteer: Gazetteer, key: str, folded: str, several_words: bool, limit: int = 60
) -> tuple[_Candidate, ...]:
    found: list[_Candidate] = []
    ids = _candidates(gazetteer, key)[:limit]
    # A name this short is no short form of any town's: its entries' own names (decoded
    # and folded one by one, the cost of a name's first reading) are then not needed.
    may_be_short_form = len(folded) >= _SHORT_FORM_MIN_LETTERS
    other_spellings: list[int] = []
    article_dropped: list[int] = []
    article_added: list[int] = []
    exact_division_countries: set[str] = set()
    unspelled_towns: list[int] = []
    own_spellings: list[int] = []
    for index, (feature, country, a1, a2, population, own_key) in zip(
        ids, gazetteer.columns(ids), strict=True
    ):
        base = _log_population(population) + _FEATURE_PRIOR[feature]
        if feature == "natural" and several_words:
            base += 1.5
        # Only an entry whose own name has this key can be spelled exactly as written.
        exact = own_key == key and gazetteer.folded_name(index) == folded
        if exact or (feature == "populated_place" and may_be_short_form
                     and _short_form(folded, gazetteer.folded_name(index))):
            base += 1.5
        elif feature == "populated_place":
            unspelled_towns.append(len(found))
            if own_key == key and _article_dropped(folded, gazetteer.folded_name(index)):
                exact = True  # its own name less the article, as reports write it
                article_dropped.append(len(found))
            elif own_key == key and _article_added(folded, gazetteer.folded_name(index)):
                exact = True  # its own name with an article before it, as reports write it
                article_added.append(len(found))
            elif population >= _CITY_OF_MANY_SPELLINGS and \
                    Levenshtein.distance(folded, gazetteer.folded_name(index)) <= 2:
                other_spellings.append(len(found))
            if own_key == key:
                own_spellings.append(len(found))
        # a seat GeoNames lists with no population: given back where the text points to its
        # country (see _UNKNOWN_SEAT_WORTH)
        unknown_seat = population == 0 and feature == "populated_place" and (
            not gazetteer.is_register_village(index))
        found.append(_candidate(index, feature, country, a1, a2, base, exact,
                                _UNKNOWN_SEAT_WORTH if unknown_seat else 0.0))
        if exact and feature in ("admin1", "admin2"):
            exact_division_countries.add(country)
    seats: set[tuple[str, int]] = set()
    if exact_division_countries:
        _loose_namesakes_abroad(found, exact_division_countries)
        seats = _seat_of_spelled_division(found, unspelled_towns)
    _sound_alikes_abroad(gazetteer, found, seats)
    _populous_division_over_villages(gazetteer, found)
    _own_spelling_over_alternate(found, own_spellings)
    if other_spellings:
        _spell_as_written(found, other_spellings)
        _outsize_city_spelled_otherwise(gazetteer, found, other_spellings, folded)
    else:
        # A town's own name less its article counts as spelled as written, unless a large
        # town is spelled so but for a letter or two: "Unayzah" is rather the city GeoNames
        # calls Unaizah than a quarter called "Al 'Unayzah".
        if not any(c.exact for i, c in enumerate(found) if i not in article_added):
            # "al-Sinjar" is Sinjar; not where a town bears the name with its article, as
            # written ("Al Taif" is also a village of Sudan's, not only Saudi Arabia's Taif)
            article_dropped += article_added
        for position in article_dropped:
            cand = found[position]
            found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                         cand.admin2, cand.base + 1.5, cand.exact, cand.lowered)
    if len(found) > 1 and any(c.feature == "country" for c in found) and (
            not gazetteer.spells_country(folded)):
        # "protests in Samawa": a town of Iraq whose name sounds as Samoa's. Reports write
        # a country by one of its names; one only sounding like it is the other reading.
        found = [c for c in found if c.feature != "country"]
    _prefer_towns(found)
    return tuple(found)


def _loose_namesakes_abroad(found: list[_Candidate], countries: set[str]) -> None:
    """Lower the entries of other countries that share only the sound key of a name written
    letter for letter as a division's own: "Abyan" is Yemen's governorate, not Abidjan,
    "Sool" Somalia's region, not Seoul, "Takhar" Afghanistan's province, not Dakar, "Achin"
    an Afghan district, not Aachen. A province's or district's name is a well-known one
    (GeoNames gives many districts no population), and a report that spells it so means it; a
    namesake abroad spelled as written too (Bari, Italy and Somalia) keeps its chance, and
    so does one the text points to (the countries it names outweigh this), and a first-level
    division abroad known by that name in another of its languages ("Nord-Ouest" is Haiti's
    department and, in French, Cameroon's North-West region)."""
    for position, cand in enumerate(found):
        if cand.exact or cand.country in countries or cand.feature == "admin1":
            continue
        found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                     cand.admin2, cand.base - _LOOSE_ABROAD_PENALTY, cand.exact,
                                     cand.lowered + _LOOSE_ABROAD_PENALTY)


def _seat_of_spelled_division(found: list[_Candidate], unspelled: Sequence[int],
                              ) -> set[tuple[str, int]]:
    """Give a town the spelling's worth where a division of its country and province is
    spelled as written and the town answers to the name only by another spelling: the town
    the division is named after, spelled as reports spell the division. "Jenin" is the
    West Bank's governorate and its seat, which GeoNames calls Janin; a Polish village
    spelled "Jenin" is not the report's town. Only against a town abroad spelled as
    written; where a town of the division's country is spelled so, that town is the seat.
    Returns the provinces of such towns, whose
    towns are no sound-alikes abroad."""
    towns_spelled = {c.country for c in found if c.exact and c.feature == "populated_place"}
    if not towns_spelled:
        return set()  # no town spelled so abroad for the seat to lose to
    divisions = {(c.country, c.admin1, c.admin2 if c.feature == "admin2" else -1)
                 for c in found if c.exact and c.feature in ("admin1", "admin2")
                 and c.country not in towns_spelled}
    seats: set[tuple[str, int]] = set()
    for position in unspelled:
        cand = found[position]
        if cand.exact or ((cand.country, cand.admin1, cand.admin2) not in divisions
                          and (cand.country, cand.admin1, -1) not in divisions):
            continue
        seats.add((cand.country, cand.admin1))
        found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                     cand.admin2, cand.base + 1.5, cand.exact, cand.lowered)
    return seats


def _sound_alikes_abroad(gazetteer: Gazetteer, found: list[_Candidate],
                         seats: set[tuple[str, int]]) -> None:
    """Lower the towns of other countries that a name written letter for letter as a town's
    own reaches only by its sound key: "Qa'tabah" is Yemen's town, not Zambia's Kataba,
    "Wa'lan" no Australian Wallan, whatever their sizes. A city of 100,000 or more keeps
    its chance: it is written in many spellings, one of which a village elsewhere bears;
    so does the seat of a division spelled as written (``seats``: its country and
    province, see _seat_of_spelled_division)."""
    spelled = {c.country for c in found if c.exact and c.feature == "populated_place"}
    if not spelled:
        return
    for position, cand in enumerate(found):
        if cand.exact or cand.country in spelled or cand.feature != "populated_place":
            continue
        if gazetteer.population_of(cand.entry) >= _CITY_OF_MANY_SPELLINGS or (
                cand.country, cand.admin1) in seats:
            continue
        found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                     cand.admin2, cand.base - _SOUND_ALIKE_PENALTY, cand.exact,
                                     cand.lowered + _SOUND_ALIKE_PENALTY)


#: What a town GeoNames lists with no population is worth where the text points to its
#: country (its people, forces, police or a group of it named), over its score as a place
#: of no inhabitants: that of a town of 5,000. GeoNames' cities500 lists every place of 500
#: inhabitants or more and, whatever its size, every seat of a division; a place listed with
#: no population is such a seat (Aden's district of Al Mansurah), a town rather than a
#: hamlet. Where nothing points to its country it keeps its low score: a larger namesake
#: abroad is the likelier reading of a name with nothing else in the note. This is
#: ``_log_population(5_000) - _log_population(0)`` with the difference taken before the
#: scaling, which rounds one bit apart from it: kept as written, so scores stay as they were.
_UNKNOWN_SEAT_WORTH = (math.log10(5_000 + 10) - math.log10(10)) * 0.6


#: What a town abroad reached by its sound key alone loses to a town spelled as written:
#: the spelling's worth again.
_SOUND_ALIKE_PENALTY = 1.5


#: What an entry abroad loses to a division spelled as written: twice what the
#: spelling is worth, as GeoNames gives some divisions no population or only their seat's
#: (Yemen's Raymah none, against Lima, which one of its alternate names keys with it).
_LOOSE_ABROAD_PENALTY = 3.0


# A town this large is written in many transliterations (its own name but for a letter or
# two), all of them its own; one spelled exactly as written of a tenth of its size (the base
# of such a town) holds its spelling.
_CITY_OF_MANY_SPELLINGS = 100_000
_SPELLED_TOWN_BASE = math.log10(_CITY_OF_MANY_SPELLINGS // 10 + 10) * 0.6 + 1.5


def _spell_as_written(found: list[_Candidate], large: Sequence[int]) -> None:
    """Give the large towns at ``large`` the bonus of the spelling as written where only
    villages of their own country are spelled so: "Zaporizhzhia" is the city GeoNames calls
    Zaporizhzhya, not a hamlet of that spelling in another province; "Palmyra" is no
    Colombian Palmira for a Syrian's village spelled that way elsewhere."""
    spelled = [c for c in found if c.exact and c.feature == "populated_place"]
    if not spelled or any(c.base >= _SPELLED_TOWN_BASE for c in spelled):
        return
    countries = {c.country for c in spelled}
    for position in large:
        cand = found[position]
        if cand.country in countries:
            found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                         cand.admin2, cand.base + 1.5, cand.exact, cand.lowered)


def _own_spelling_over_alternate(found: list[_Candidate], own: Sequence[int]) -> None:
    """Between towns of about one size, prefer one whose own name is a spelling of the name
    as written (``own``: same key) to one that answers to it only by an alternate name:
    "Sloviansk" is the city GeoNames calls Slovyansk, not another city of its size that
    once bore a like name. Worth a town a third larger, no more."""
    if not own or len(own) == len(found):
        return
    for position in own:
        cand = found[position]
        found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                     cand.admin2, cand.base + _OWN_SPELLING_EDGE, cand.exact,
                                     cand.lowered)


#: What a town's own name spelled otherwise is worth against an alternate name: a third
#: more inhabitants (0.6 per tenfold).
_OWN_SPELLING_EDGE = 0.08


def _populous_division_over_villages(gazetteer: Gazetteer, found: list[_Candidate]) -> None:
    """Give a first-level division the spelling's worth where the name is one of its names
    in English and every town spelled as written lies in another country and is a village
    beside it: "Chechnya" is Russia's republic (GeoNames' Chechen), not a Ukrainian hamlet
    of that name. A report writes a division of that size by its name in the press; it
    names the country of a hamlet it means."""
    spelled = [c for c in found if c.exact and c.feature == "populated_place"]
    if not spelled:
        return
    countries = {c.country for c in spelled}
    largest = max(gazetteer.population_of(c.entry) for c in spelled)
    for position, cand in enumerate(found):
        if cand.exact or cand.feature != "admin1" or cand.country in countries or (
                gazetteer.population_of(cand.entry) < (largest + 1) * _VILLAGE_RATIO):
            continue
        found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                     cand.admin2, cand.base + 1.5, cand.exact, cand.lowered)


#: How many times the largest town spelled as written a division must hold to be what the
#: name means (see _populous_division_over_villages).
_VILLAGE_RATIO = 100


def _outsize_city_spelled_otherwise(gazetteer: Gazetteer, found: list[_Candidate],
                                    large: Sequence[int], written: str) -> None:
    """Give a large town at ``large`` (its own name but for a letter or two) the spelling's
    worth where every town abroad spelled as written is a fraction of its size: "Lugansk" is
    Luhansk, not a Kazakh village; "Derna" Libya's Darnah, not a Romanian village. A city is
    written in many transliterations, and a report that means a town of a twentieth of its
    size, spelled so, names that town's country; a namesake nearer its size keeps its
    spelling's worth.
    Only for a city whose name the written one gives letter for letter but for a letter or
    two in their places (g for h, e for a) and an Arabic final h: a letter more or fewer
    makes another name ("Bawku" is no Baku, "Tera" no Tehran). A town of a third country
    that answers to the name is a rival reading the city must outweigh as much: "Palmyra"
    is also Syria's Tadmur, a sixth of Colombia's Palmira, which stays a namesake.
    A city of a million or more that GeoNames knows by the name as written, letter for
    letter (``_known_as``: "Odessa" of Odesa, which a doubled letter keeps from being
    letters in place), need be only five times larger (``_EXONYM_RATIO``): Texas' Odessa
    is a ninth of it."""
    spelled = [c for c in found if c.exact and c.feature == "populated_place"]
    if not spelled:
        return
    countries = {c.country for c in spelled}
    for position in large:
        cand = found[position]
        if cand.country in countries:
            continue
        if _letters_in_place(written, gazetteer.folded_name(cand.entry)):
            ratio = _OUTSIZE_RATIO
        elif _known_as(gazetteer, cand.entry, written):
            ratio = _EXONYM_RATIO
        else:
            continue
        largest = max(gazetteer.population_of(c.entry) for c in found
                      if c.feature == "populated_place" and c.entry != cand.entry and (
                          c.exact or c.country not in countries))
        if gazetteer.population_of(cand.entry) < largest * ratio:
            continue
        found[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                     cand.admin2, cand.base + 1.5, cand.exact, cand.lowered)


CITY_EXONYMS_PATH = DATA_DIR / "city_exonyms.tsv"


@functools.cache
def _city_exonyms(path: Path = CITY_EXONYMS_PATH) -> dict[int, frozenset[str]]:
    """The spellings a city of a million or more is known by that are a town's own name
    abroad, by the city's GeoNames id (``data/city_exonyms.tsv``; see
    ``scripts/build_city_exonyms.py``)."""
    found: dict[int, set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "geonames_id\t")):
                continue
            gid, _, spelling = line.rstrip("\n").partition("\t")
            found.setdefault(int(gid), set()).add(spelling)
    return {gid: frozenset(spellings) for gid, spellings in found.items()}


def _known_as(gazetteer: Gazetteer, entry: int, written: str) -> bool:
    """Whether GeoNames gives the city at ``entry`` the name as written, letter for letter,
    among its alternate names ("Odessa" of Odesa; see ``_city_exonyms``)."""
    gid = gazetteer.place(entry).geonames_id
    return gid is not None and written in _city_exonyms().get(gid, frozenset())


#: How many times larger than every town spelled as written a city must be that GeoNames
#: gives the written spelling letter for letter as one of its names ("Odessa", Odesa of a
#: million people against Texas' Odessa of 114,000): a fifth of the size of a city spelled
#: otherwise (_OUTSIZE_RATIO), as the spelling is one the city is known by, no chance one.
_EXONYM_RATIO = 5


def _letters_in_place(written: str, own: str) -> bool:
    """Whether two spellings of a name differ only by a letter or two in the same places
    that transliterations put for one another (a vowel for a vowel, g for h, k for q), less
    an Arabic final h: "Derna" and "Darnah", "Lugansk" and "Luhansk", not "Boni" and
    "Bonn"."""
    written, own = written.removesuffix("h"), own.removesuffix("h")
    if len(written) != len(own) or Hamming.distance(written, own) > 2:
        return False
    return all(a == b or frozenset((a, b)) in _TRANSLITERATED_LETTERS
               for a, b in zip(written, own, strict=True))


#: Letters that transliterations of one name write for one another.
_TRANSLITERATED_LETTERS = frozenset(
    [frozenset(pair) for pair in ("ae", "ai", "ao", "au", "ay", "ei", "eo", "eu", "ey",
                                  "io", "iu", "iy", "ou", "uy", "oy", "gh", "kq", "ck",
                                  "cq", "jy", "vw", "zs")])


#: How many times larger than every town spelled as written a city spelled otherwise must
#: be to take the spelling's worth (see _outsize_city_spelled_otherwise).
_OUTSIZE_RATIO = 20


#: A short form must have this many letters: "Man" is no short form of "Mandalay".
_SHORT_FORM_MIN_LETTERS = 5


#: Words before a town's name that say it is a town ("Ciudad Lazaro Cardenas"), and the
#: honorific of Mexico's towns that the press never writes ("Heroica Matamoros" is
#: Matamoros, "Heroica Nogales" Nogales).
_CITY_PREFIXES = ("ciudad ", "cidade ", "heroica ciudad de ", "heroica ")


def _short_form(written: str, own: str) -> bool:
    """Whether a name as written is a town's own name less its tail or a "city" word before
    it, the way towns are called in reports: "Cintalapa" of "Cintalapa de Figueroa",
    "Khairpur" of "Khairpur Mir's", "Lazaro Cardenas" of "Ciudad Lazaro Cardenas". Such a
    spelling is as good as an exact one: the long name is the official one, the short one
    the one in use. Other words before a name make another place ("Great Yarmouth", "Jose
    Rizal"), so a name is no short form of those."""
    if len(written) < _SHORT_FORM_MIN_LETTERS or len(own) <= len(written):
        return False
    if own.startswith(written + " "):
        return True
    return own.endswith(" " + written) and own[: -len(written)] in _CITY_PREFIXES


def _article_dropped(written: str, own: str) -> bool:
    """Whether a name as written is a town's own name less the Arabic article it opens with:
    "Ayyat" of "Al 'Ayyat", "Dir'iyah" of "Ad Dir'iyah". Reports drop the article as often as
    they write it, so the rest spelled letter for letter is as good as the whole name."""
    if len(written) < _ARTICLE_DROPPED_MIN_LETTERS:
        return False
    article, _, rest = own.partition(" ")
    return rest == written and article in _ARTICLE_PREFIX


def _article_added(written: str, own: str) -> bool:
    """Whether a name as written is a town's own name with an Arabic article before it:
    "al-Sinjar" of Sinjar, "ar-Rawah" of Rawah. Reports add the article as often as they
    drop it; not a Spanish one ("El Carmen" is another town than Carmen)."""
    return _article_dropped(own, written) and written.partition(" ")[0] not in _SPANISH_ARTICLES


#: A shorter name less its article ("Ain", "Qal") is too common a word to stand for a town.
_ARTICLE_DROPPED_MIN_LETTERS = 4


_FEATURE_PRIOR = {
    "country": 4.0,
    "admin1": -0.8,
    "admin2": -1.2,
    "populated_place": 0.0,
    "natural": 1.5,  # curated or GeoNames' own mountains and deserts: well-known names
    "other": -1.0,
}


def _best_scored(
    cands: Sequence[_Candidate],
    context: _Context,
    top: int,
    *,
    following: set[tuple[str, int]],
    preceding: set[tuple[str, int, int]],
    division_word: str | None,
    holds_name: bool = False,
    word_written: bool = True,
) -> tuple[_Candidate, float, float]:
    """The best entry by score, its score and the runner-up's.

    A score is how likely an entry is what a name denotes, on a log-odds-like scale: the
    entry's own part (``base``), then the countries the text names and those of the other
    places, the divisions named next to the name, and a division word after it
    (``word_written``: as written, not read into a district's holder). This runs
    for every reading of every name, so what does not depend on the entry is read once.
    """
    if len(cands) == 1:
        # A sole reading wins outright, whatever its score: what callers read of the scores
        # is the margin, here infinite as if the runner-up scored -inf.
        return cands[0], math.inf, -math.inf
    named = (context.pointed or context.named).get if context.named else None
    home = context.home.get if context.home else None
    resolved = context.resolved.get if top > 0 else None
    group_divisions = context.group_divisions
    front = context.front
    front_sizes = context.front_sizes
    # Not for a name written where a holder goes ("Sirwah district west of Marib city
    # (Marib)"): that reads the division itself, not a namesake town in it.
    divisions = context.divisions.get if (
        top > 0 and context.divisions and not holds_name and not preceding) else None
    admin1_word = division_word in _ADMIN1_WORDS
    admin2_word = division_word in _ADMIN2_WORDS
    town_word = division_word in _TOWN_AFTER
    # Where a reading of the name before lies in a reading of this one, that pair decides
    # ("Paraje Nuevo, Cordoba" is the Veracruz town); the bonus is for names it lacks.
    one_country = bool(preceding) and (_ONE_COUNTRY, _WILD, _WILD) in preceding
    # A pair decides through a division that holds a reading of the name before:
    # "Marcus, Washington, United States", where the gazetteer knows Marcuses in other
    # states but none in Washington, says no more than a holder alone, and the state is
    # still read before the capital; only a division of a country where the name before
    # has readings, though ("Paraje Nuevo, Cordoba" is no Argentine province).
    pair_decides = bool(preceding) and any(
        c.feature in ("admin1", "admin2") and _lies_in(c, preceding) for c in cands)
    # A pair only through spelling variants of both names ("Boley" and "Savanna" of one
    # US state, for "Bole, Savannah") says nothing of the countries the holder may lie in.
    pair_countries = bool(preceding) and any(
        c.exact and c.feature != "country" and _lies_in(c, preceding) for c in cands)
    # "(Lavun, Niger)": a province spelled as written that holds a reading of the name
    # before it, spelled as written too, is where that name lies; a country of the same
    # name holding no reading of it is not (Nigeria's Niger state, not the Republic of Niger)
    spelled_holder = bool(preceding) and any(
        c.exact and c.feature == "admin1" and (c.country, c.admin1, _SPELLED) in preceding
        for c in cands)
    holder_divisions = frozenset(
        (c.country, c.admin1) for c in cands if c.feature == "admin1" and (
            not pair_countries or (c.country, _WILD, _WILD) in preceding)
    ) if holds_name and not pair_decides else frozenset()
    town_divisions = frozenset(
        (c.country, c.admin1) for c in cands if c.feature == "populated_place"
    ) if holds_name and not pair_decides else frozenset()
    # "Culianca, Sinaloa" is the state, spelled as written, not the town whose longer name
    # it opens (Sinaloa de Leyva): a town reached by a short form or an alternate name gains
    # nothing as a holder over its own province spelled exactly.
    exact_divisions = frozenset(
        (c.country, c.admin1) for c in cands if c.feature == "admin1" and c.exact
    ) if holder_divisions else frozenset()
    best_score = second = -math.inf
    best = cands[0]
    for cand in cands:
        feature = cand.feature
        country = cand.country
        a1 = cand.admin1
        score = cand.base
        if holder_divisions and (country, a1) in holder_divisions and (
                feature == "admin1" or feature == "populated_place" and (
                    cand.exact or (country, a1) not in exact_divisions)):
            # "Huanuquillo, Junin", "Culianca, Sinaloa": a name written as where the name
            # before it lies is a province (or its namesake town inside it) more often than
            # a town of that name elsewhere.
            score += _HOLDER_DIVISION_BONUS
        elif holds_name and not pair_decides and feature == "admin2" and (
                (country, a1) not in town_divisions) and (
                not preceding or (country, _WILD, _WILD) in preceding):
            # "Gaskinde (Pobe-Mengao, Soum)": so is a district, more often than a town of
            # that name abroad (not more than its namesake seat: "(Mergasur)")
            score += _HOLDER_DIVISION_BONUS
        if group_divisions and (country, a1) in group_divisions and feature != "admin1":
            # "the OSCE SMM observed explosions near Pisky": of the places so named in the
            # group's country, those in the divisions where it operates.
            score += _GROUP_DIVISION_BONUS
        if front:
            score += front.get(cand.entry, 0.0)
            if front_sizes and (not holder_divisions or (country, a1) in holder_divisions):
                score += front_sizes.get(cand.entry, 0.0)
        if divisions is not None and (feature != "admin1" or division_word is not None) \
                and a1 >= 0 and divisions((country, a1), 0) > 0:
            # of the namesakes in one country, those in a division the other places lie in;
            # the division itself too where a division word follows its name ("Mandera
            # county", then a town in it): the town of that name gains nothing over it
            score += _OTHER_DIVISION_BONUS
        if home is not None:
            # "Yemeni police arrested ... in Al Mansurah", "Taliban fighters attacked ...":
            # see _Context.home
            score += home(country, 0.0)
        if named is not None:
            pointed = named(country, 0)
            if pointed > 0:
                # "Iraqi police ... in Koya": where the text points to its country, a
                # reading loose only against a namesake abroad spelled as written is no
                # chance sound-alike; it gets back what it lost (see _Candidate.lowered)
                score += 2.0 * min(pointed, 2) + cand.lowered
        if resolved is not None:
            score += 3.0 * max(resolved(country, 0), 0) / top
        if following and (
                (a1 >= 0 and (country, a1) in following) or (country, _ANY) in following):
            score += 5.0
        if preceding:
            if feature == "admin1":
                if (country, a1, _WILD) in preceding:
                    score += 4.0
            elif feature == "admin2":
                if (country, a1, cand.admin2) in preceding:
                    score += 4.0
            elif feature == "country" and (country, _WILD, _WILD) in preceding:
                score += 4.0
            elif feature == "country" and spelled_holder:
                score -= _COUNTRY_HOLDING_NONE
            if one_country and (country, _WILD, _WILD) not in preceding:
                score -= 3.0
        if division_word is not None:
            if feature == "admin1" and admin1_word:
                score += 6.0
                if word_written and division_word in admin1_words_of(country):
                    # "Adamawa state" is Nigeria's state, not Cameroon's region so spelled
                    # but for a letter; "Punjab state" is India's, "Punjab province"
                    # Pakistan's: the word a country calls its divisions by names them.
                    score += _OWN_DIVISION_WORD_BONUS
            elif feature == "admin2" and (admin2_word or division_word == "territory"):
                # Congo's territories ("Beni territory") are second-level divisions
                score += 6.5
            elif feature == "admin1" and division_word == "county" and any(
                    c.feature == "populated_place" and c.country == country and c.admin1 == a1
                    for c in cands):
                # "Lamu County": where counties are a country's first-level divisions, the
                # county, not the namesake town inside it (a second-level division of that
                # name still comes first; a province abroad gains nothing: "Zabol county";
                # nor does a county for an older "district" of its seat)
                score += 4.0
            elif admin1_word and feature not in ("admin1", "admin2"):
                score -= 2.0
            elif town_word and feature == "populated_place":
                score += 1.0
        if score > best_score:
            best, second, best_score = cand, best_score, score
        elif score > second:
            second = score
    return best, best_score, second


# What a reading in the country whose own police the text names gains (on top of the
# country's people named): the spelling's worth. Police act at home, where a state's army,
# drones or warplanes may strike abroad; a village of no known population there then
# outweighs a town of some 50,000 abroad that nothing else in the text points to.
_POLICE_HOME_BONUS = 1.5


# What a reading in a country of an armed group the text names, active in a few
# countries, gains: what a country named once gains (a people's name, a group of one
# country). The group splits the text among its countries, but against a namesake in a
# country where it never acts each of them is as sure as one named: "Boko Haram fighters
# attacked Toro" is Nigeria's Toro, not a somewhat larger one of Colombia's.
_SEVERAL_GROUP_BONUS = 2.0


# What a country loses, written where a province spelled as written holds the name before it
# and the country holds none of its readings: as much as the province gains by holding it.
_COUNTRY_HOLDING_NONE = 4.0


# What a first-level division gains where the word written after it is the one its country
# calls its divisions by: more than a country the text names once (a people's name, as in
# "refugees from X crossed into Y state"), less than a division the text writes as holder.
_OWN_DIVISION_WORD_BONUS = 3.0


@functools.cache
def _admin1_words() -> dict[str, frozenset[str]]:
    """The words each country calls its first-level divisions by (ISO 3166-2 types in
    pycountry: Nigeria's and India's states, Pakistan's provinces, Egypt's governorates)."""
    import pycountry

    words: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            words.setdefault(sub.country_code, set()).add(str(sub.type).lower())
    return {country: frozenset(w) for country, w in words.items()}


def admin1_words_of(country: str) -> frozenset[str]:
    """The words ``country`` calls its first-level divisions by ("state", "province")."""
    return _admin1_words().get(country, frozenset())


# What a place gains in a first-level division where the text's other places lie: less than
# a country the text names, enough to choose among a country's namesakes.
_OTHER_DIVISION_BONUS = 1.5


# What a place in a division where a group the text names operates gains: about a
# millionfold of population, or an exact spelling and some: a village the register lists
# there, with no population, beats a town of ten thousand elsewhere spelled exactly as
# written ("the OSCE SMM ... near Kamyanka" is the Donetsk village, not Cherkasy's town).
_GROUP_DIVISION_BONUS = 4.0


# What a namesake in a division where a group the text names operates gains by lying on the
# line of contact, falling to nothing at _FRONT_REACH_KM from it: less than a country named
# or a holder written, about the worth of a village's population against an unknown one's,
# so it tells apart namesakes the other readings leave tied. A register village, with no
# population, stands at its hromada's seat, up to _SEAT_SLACK_KM from where it lies: it is
# taken that much nearer the line, and two such within that reach of it tie.
_FRONT_BONUS = 1.0
_FRONT_REACH_KM = 40.0
_SEAT_SLACK_KM = 20.0
# What such a village gains of the bonus: it may lie by the line, where a namesake whose own
# point lies within a few kilometres of the line surely does, and that one comes first.
_SEAT_FRONT_SHARE = 0.75


class _Line(NamedTuple):
    """A line of contact: its country, the months it held, its segments (lat, lon, lat, lon)
    drawn through its towns in order, and the first-level divisions it runs through."""

    country: str
    first: str  # "YYYY-MM"
    last: str
    segments: tuple[tuple[float, float, float, float], ...]
    divisions: frozenset[tuple[str, str]]


@functools.cache
def _line_table() -> tuple[_Line, ...]:
    """The lines of contact of ``data/line_of_contact.tsv`` (scripts/build_line_of_contact.py)."""
    points: dict[str, list[tuple[float, float]]] = {}
    facts: dict[str, tuple[str, str]] = {}
    divisions: dict[str, set[tuple[str, str]]] = {}
    with open(DATA_DIR / "line_of_contact.tsv", encoding="utf-8") as handle:
        for raw in handle:
            if raw.startswith("#") or raw.startswith("line\t") or not raw.strip():
                continue
            line, _order, _name, country, a1, lat, lon, _gid, period, *_rest = (
                raw.rstrip("\n").split("\t"))
            facts[line] = (country, period)
            divisions.setdefault(line, set()).add((country, a1))
            points.setdefault(line, []).append((float(lat), float(lon)))
    lines = []
    for line, along in points.items():
        country, period = facts[line]
        first, _, last = period.partition("/")
        lines.append(_Line(country, first, last, tuple(
            (a[0], a[1], b[0], b[1]) for a, b in zip(along, along[1:], strict=False)),
            frozenset(divisions[line])))
    return tuple(lines)


@functools.lru_cache(maxsize=256)
def _lines_then(published: str | None) -> tuple[
        dict[str, tuple[tuple[float, float, float, float], ...]], frozenset[tuple[str, str]]]:
    """The segments by country and the divisions of the lines that held in the month of
    ``published`` ("YYYY-MM-DD", "YYYY-MM", or a year "YYYY": the lines that held in some
    month of it); all lines where the date is not known, none where none held then."""
    month = published[:7] if published and len(published) >= 4 else None
    segments: dict[str, list[tuple[float, float, float, float]]] = {}
    divisions: set[tuple[str, str]] = set()
    for line in _line_table():
        if month is None or line.first[:len(month)] <= month <= line.last[:len(month)]:
            segments.setdefault(line.country, []).extend(line.segments)
            divisions |= line.divisions
    return {country: tuple(found) for country, found in segments.items()}, frozenset(divisions)


# A month and year, or a year alone, as a report dates what it tells: "On 8 May 2020",
# "in March 2023", "(2019)"; years of this century's second to fourth decades only, so that
# a count ("2000 rounds") is no date. Searched only in a report of a war along a line.
_MONTH_YEAR = re.compile(
    r"\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[ \t]+)?"
    r"(20[1-3][0-9])\b")


def _month_written(text: str) -> str | None:
    """The first month ("2020-05") or year ("2020") the text writes, as a date's prefix."""
    found = _MONTH_YEAR.search(text)
    if found is None:
        return None
    month = found.group(1)
    return f"{found.group(2)}-{date_words().months[month]:02d}" if month else found.group(2)


# Words of a report of fighting along a line of contact, whoever is named: "violated the
# ceasefire near ...", "on the frontline", "along the contact line". Each is an exact
# substring test, run only where the text names no group of such a war.
_LINE_WORDS = ("ceasefire", "cease-fire", "Ceasefire", "frontline", "front line", "front-line",
               "Frontline", "line of contact", "contact line")


def _km_to_line(lat: float, lon: float,
                segments: Sequence[tuple[float, float, float, float]]) -> float:
    """Kilometres from a point to the nearest of ``segments`` (flat within a few degrees)."""
    east = 111.32 * math.cos(math.radians(lat))
    best = math.inf
    for lat1, lon1, lat2, lon2 in segments:
        ax, ay = (lon1 - lon) * east, (lat1 - lat) * 110.57
        bx, by = (lon2 - lon) * east, (lat2 - lat) * 110.57
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else min(1.0, max(0.0, -(ax * dx + ay * dy) / length))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def _front_namesakes(gazetteer: Gazetteer, text: str, published: str | None,
                     prepared: Sequence[Sequence[_Candidate]],
                     groups: frozenset[tuple[str, int]]) -> dict[int, float]:
    """What each town gains by lying near the line of contact, where a group the text names
    fights along one ("the NAF fired at the governmental positions near Kamianka", "the SMM
    observed explosions near Vodiane"): of a name's namesakes in the divisions where the
    group operates, the one on or near the line is where the firing and the shelling are.
    A text that names no such group but tells of a ceasefire or a front line ("shelling
    violated the ceasefire near Vodiane, Donetsk oblast") reads so the namesakes in the
    divisions the line runs through. Only names with two or more such namesakes are
    weighed. The line is the one that held when the report was published (the line of
    2015-2022 for a report of 2020, the front of 2023 for one of late 2023), else in the
    month or year the text first writes ("On 8 May 2020"); with no date known, the nearest
    of all of them."""
    every_line = _lines_then(None)[0]
    group_named = any(country in every_line for country, _ in groups)
    if not group_named and not any(word in text for word in _LINE_WORDS):
        return {}  # the date is looked for only in a report of such a war
    lines, line_divisions = _lines_then(published or _month_written(text))
    if not group_named or not any(country in lines for country, _ in groups):
        groups = _division_ids(gazetteer, line_divisions)
    gains: dict[int, float] = {}
    for cands in prepared:
        near = [c for c in cands if c.feature == "populated_place" and c.country in lines
                and (c.country, c.admin1) in groups]
        if len(near) < 2:
            continue
        for cand in near:
            if cand.entry in gains:
                continue
            lat, lon = gazetteer.coordinates_of(cand.entry)
            km = _km_to_line(lat, lon, lines[cand.country])
            if not gazetteer.population_of(cand.entry):
                km = max(0.0, km - _SEAT_SLACK_KM)
            gains[cand.entry] = _FRONT_BONUS * _front_share(gazetteer, cand.entry) * max(
                0.0, 1.0 - km / _FRONT_REACH_KM)
    return gains


def _front_share(gazetteer: Gazetteer, entry: int) -> float:
    """The share of the line's bonus a namesake may gain: all of it for a town of known
    size, whose own point is known; ``_SEAT_FRONT_SHARE`` for a register village, known by
    no size and placed at its hromada's seat."""
    return 1.0 if gazetteer.population_of(entry) else _SEAT_FRONT_SHARE


# Of the namesakes of one oblast, up to this size a village or small town near the line of
# contact is no less likely meant in a report of the fighting than a larger one far from it.
_FRONT_SIZE_CAP = 20_000


def _front_sizes(gazetteer: Gazetteer, prepared: Sequence[Sequence[_Candidate]],
                 gains: dict[int, float]) -> dict[int, float]:
    """What each namesake near the line of contact gains back of the size a namesake of its
    own division outweighs it by, in proportion to its nearness to the line: the monitors'
    "explosions near Temriuk" are by the line, not at the oblast's larger Temriuk 60 km
    behind it, though the register knows no population for the village by the line. The
    size of a namesake counts up to that of a small town (``_FRONT_SIZE_CAP``), so a city
    still outweighs a village; a namesake in another division keeps its size's weight, so
    the line never outweighs the division a text writes."""
    sizes: dict[int, float] = {}
    for cands in prepared:
        near = [c for c in cands if c.entry in gains]
        if len(near) < 2:
            continue
        # namesakes: one name's spellings (Kalynivka, Kalinivka), not a longer name read
        # with it (a city's district, Kalynivskyi, for Kalynivka)
        namesake_and_size = {
            cand.entry: ((cand.country, cand.admin1, name_key(gazetteer.name_of(cand.entry))),
                         min(gazetteer.population_of(cand.entry), _FRONT_SIZE_CAP))
            for cand in near}
        largest: dict[tuple[str, int, str], int] = {}
        for key, size in namesake_and_size.values():
            largest[key] = max(largest.get(key, 0), size)
        for entry, (key, size) in namesake_and_size.items():
            lack = _log_population(largest[key]) - _log_population(size)
            if lack > 0 and gains[entry] > 0:
                # the gain divided by the bonus and the share is the nearness to the line
                sizes[entry] = lack * gains[entry] / (
                    _FRONT_BONUS * _front_share(gazetteer, entry))
    return sizes


@functools.lru_cache(maxsize=64)
def _division_ids(
    gazetteer: Gazetteer, divisions: frozenset[tuple[str, str]]
) -> frozenset[tuple[str, int]]:
    """(country, admin1) of first-level divisions given by (country, GeoNames name)."""
    found = set()
    for country, name in divisions:
        for i in gazetteer.candidates_for_key(name_key(strip_division_words(name))):
            if gazetteer.feature_of(i) == "admin1" and gazetteer.country_code_of(i) == country:
                found.add((country, gazetteer.admin1_of(i)))
                break
    return frozenset(found)


# What a division written as the holder of a name gains: enough to outweigh a town of that
# name abroad as large as the division's own towns.
_HOLDER_DIVISION_BONUS = 2.5
# A capitalised name, perhaps a place noun or a district's word, then a comma or
# parenthesis: "Huanuquillo, ", "Nelamangala town (", "Cordoba municipality, ".
_NAME_THEN_HOLDER = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:town|village|city|area|camp|locality|municipality|"
    r"district|county|subdistrict|sub-district|tehsil|lga|raion|rayon)"
    rf"{_SEAT_AFTER_DISTRICT})?[ \t]*[,(][ \t]*$"
)


# A list goes on after a name: "in Sidon, Tripoli, Matn and Zahle".
_LIST_GOES_ON = re.compile(
    r"[ \t]*(?:,|[ \t]and\b)[ \t]*([A-Z](?:\.[A-Z])+\.?|"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})"
)


def _holds_name(text: str, span: _Span, gazetteer: Gazetteer) -> bool:
    """Whether a name is written as where the capitalised name just before it lies: after
    it, and not one more item of a list of places ("Sidon, Tripoli, Matn"); a country may
    follow ("Culianca, Sinaloa, Mexico")."""
    if not span.holder or _NAME_THEN_HOLDER.search(
            text, max(0, span.start - 40), span.start) is None:
        return False
    return not _list_goes_on(text, span.end, gazetteer)


def _list_goes_on(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether another name, not a country, follows a name that ends at ``end``: "Tripoli"
    of "in Byblos, Tripoli, Jounieh and Zahle" (or of "(Mina, Tripoli, North)")."""
    more = _LIST_GOES_ON.match(text, end)
    return more is not None and _country_by_name(gazetteer, more.group(1)) is None


@functools.lru_cache(maxsize=4096)
def _log_population(population: int) -> float:
    return math.log10(population + 10) * 0.6


def _precision(feature: str, modifier: str | None) -> int:
    if feature in ("country", "admin1"):
        return 3
    if modifier is not None or feature in ("admin2", "natural"):
        return 2
    return 1


# A distance written as one word: "40km", "12kms"
_DISTANCE_WORD = re.compile(r"\d+(?:\.\d+)?(?:km|kms)")
# The units of a distance written apart from its figure: "10 Kms from", "ten kilometres from".
_DISTANCE_UNITS = frozenset(
    "km kms kilometre kilometres kilometer kilometers mile miles".split())


# A side of a town's countryside written after its name: "Homs' southern countryside",
# "Hama north-eastern countryside".
_SIDE_THEN_COUNTRYSIDE = re.compile(
    r"(?:['\u2019]s?)?[ \t]+(?P<side>(?:north|south|east|west)(?:[ \t-]?(?:east|west))?)"
    r"(?P<ern>ern)?[ \t]+countryside\b",
    re.IGNORECASE,
)


def _countryside_side(text: str, span: _Span, words: Sequence[str],
                      division_word: str | None) -> str | None:
    """The side of a town's countryside a report writes with a compass word before the name
    ("southern Homs countryside", "the South-Western Hama countryside") or after it ("Homs'
    southern countryside"), as the phrase "the southern countryside of" that says the same."""
    if division_word == "countryside" and words and words[-1] in COMPASS:
        side = words[-1]
        if len(words) >= 2 and words[-2] in ("north", "south") and (
                side.startswith(("east", "west"))):
            side = words[-2] + side  # "south-western", the hyphen read as a space
    else:
        after = _SIDE_THEN_COUNTRYSIDE.match(text, span.end, min(len(text), span.end + 40))
        if after is None:
            return None
        side = re.sub(r"[ \t-]", "", after.group("side").lower()) + (
            "ern" if after.group("ern") else "")
    return f"{side} countryside of" if side in COMPASS else None


def _modifier(text: str, span: _Span, division_word: str | None) -> str | None:
    words = list(span.tail) if span.tail is not None else _tail_words(text, span.start)
    while words and words[-1] in ("the", "a"):
        words.pop()
    side = _countryside_side(text, span, words, division_word)
    if side is not None:
        return side
    if len(words) >= 2 and words[-1] == "of" and words[-2] in PLACE_NOUNS:
        words = words[:-2]  # "near the town of X"
        while words and words[-1] in ("the", "a"):
            words.pop()
    words = _less_capital_title(words)
    if not words:
        return division_word if division_word in _NEAR_AFTER else None
    last = words[-1]
    if last in _NEAR_WORDS:
        return last
    if len(words) >= 2:
        pair = (words[-2], last)
        if pair in _NEAR_PAIRS:
            return " ".join(pair)
        if last in ("from", "of") and (pair[0] in _DISTANCE_UNITS
                                       or _DISTANCE_WORD.fullmatch(pair[0])):
            # "10 Kms from X", "about ten kilometres from X", "40km from X": some way off X,
            # the side not told
            return " ".join(pair)
        if (last == "from" and pair[0] == "away" and len(words) >= 3
                and (words[-3] in _DISTANCE_UNITS or _DISTANCE_WORD.fullmatch(words[-3]))):
            return " ".join(words[-3:])  # "15 km away from X"
        if last == "of" and words[-2] == "zone" and len(words) >= 3 and words[-3] in COMPASS:
            # "the West Zone of Rio de Janeiro": a side of a city, as its zones are named
            return " ".join(words[-3:])
        if last in ("of", "from") and words[-2] in _PART_NOUNS:
            phrase = words[-2:]
            if len(words) >= 3 and words[-3] in COMPASS:
                phrase = words[-3:]
                if len(words) >= 4 and words[-4] in ("north", "south") and (
                        phrase[0].startswith(("east", "west"))):
                    # "the south-western countryside of": one direction, written in two
                    phrase = [words[-4] + phrase[0], *phrase[1:]]
            return " ".join(phrase)
        if last in ("of", "from") and words[-2] in COMPASS:
            phrase = words[-2:]
            if len(words) >= 3 and words[-3] in ("km", "kilometres", "kilometers", "miles"):
                phrase = words[-4:] if len(words) >= 4 else words[-3:]
            elif len(words) >= 3 and _DISTANCE_WORD.fullmatch(words[-3]):
                phrase = words[-3:]  # "40km north of"
            return " ".join(phrase)
    if division_word in _NEAR_AFTER:
        return division_word
    return None


# What a capital is the capital of, written before the word: "the provincial capital X".
_CAPITAL_KINDS = frozenset(
    "provincial regional state district county national federal divisional".split())


def _less_capital_title(words: list[str]) -> list[str]:
    """The words before a name less a capital's title that opens it ("north of the capital
    Baghdad", "20 km from the provincial capital X"): the bearing is told from the city the
    title names, as it would be without the title."""
    if len(words) < 3 or words[-1] != "capital":
        return words
    end = len(words) - 1
    if words[end - 1] in _CAPITAL_KINDS:
        end -= 1
    if end >= 2 and words[end - 1] == "the" and words[end - 2] in ("of", "from"):
        return words[:end - 1]
    return words


def _tail_words(text: str, start: int) -> list[str]:
    """The last few words before an offset, lower-cased, hyphens as spaces; a mark that
    opens the name ("in 'Awaj": an ayn, or a quote) is not a word of its own."""
    before = text[max(0, start - 48) : start].rstrip(_OPENING_MARKS)
    return before.lower().replace("-", " ").split()[-6:]


_OPENING_MARKS = "'\"\u2018\u2019\u201c\u02bc\u02bf\u02be"


def _cue(text: str, start: int) -> str:
    """The word before an offset that may make what follows a place ("in", "near", "of")."""
    return _cue_of(_tail_words(text, start))


def _bearing_before(words: list[str]) -> bool:
    """Whether the words before a name end in a bearing from it ("10 km south of"): the name
    is a place's, whatever title it opens with. The words come with hyphens as spaces, so
    "north-east of" ends in "east of"."""
    return len(words) >= 2 and words[-1] == "of" and words[-2] in COMPASS


def _cue_of(words: list[str]) -> str:
    end = len(words)
    while end and words[end - 1] in ("the", "a"):
        end -= 1
    if end >= 2 and words[end - 1] == "of" and words[end - 2] in PLACE_NOUNS:
        return "in"  # "the town of X" is as good as "in X"
    return words[end - 1].strip(",(") if end else ""


@functools.lru_cache(maxsize=50_000)
def _country_by_name(gazetteer: Gazetteer, name: str) -> str | None:
    """The country a name or people's name written as one of its names denotes: "Samawa",
    which sounds as Samoa, is a town of Iraq, "Man" no Manx."""
    found = gazetteer.country_by_name(name)
    return found if found is not None and gazetteer.spells_country(name) else None


@functools.lru_cache(maxsize=100_000)
def _candidates(gazetteer: Gazetteer, key: str) -> tuple[int, ...]:
    if key.startswith(_JOINED_ARTICLE_KEY):
        return _article_named(gazetteer, key[len(_JOINED_ARTICLE_KEY):])
    if key.startswith(_CODE_KEY):
        return _code_entries(gazetteer, key[len(_CODE_KEY):])
    if key.startswith(_DIVISION_ONLY_KEY):
        feature_of = gazetteer.feature_of
        written = key[len(_DIVISION_ONLY_KEY):]
        ids = dict.fromkeys(gazetteer.candidates_for_key(written))
        french = " ".join(_FRENCH_COMPASS_KEYS.get(word, word) for word in written.split())
        if french != written:
            # "the East region" of a country that names its regions in French is its "Est"
            ids.update(dict.fromkeys(gazetteer.candidates_for_key(french)))
        return tuple(i for i in ids if feature_of(i) == "admin1")
    return tuple(gazetteer.candidates_for_key(key))


def _code_entries(gazetteer: Gazetteer, code: str) -> tuple[int, ...]:
    """The entries of a code written in capitals: the divisions whose code it is or that the
    press abbreviates so, else a country so written ("DRC")."""
    ids = gazetteer.division_codes.get(code, ())
    written = _abbreviations(gazetteer).get(code, ())
    if written:
        return (*ids, *(i for i in written if i not in ids))
    return ids or _country_abbreviation(gazetteer, code)


# The keys of English compass words and of the French ones that name first-level divisions
# in several countries ("Est", "Sud-Ouest", "Centre-Nord"), which English reports translate.
_FRENCH_COMPASS_KEYS = {
    name_key(english): name_key(french) for english, french in (
        ("north", "nord"), ("south", "sud"), ("east", "est"), ("west", "ouest"),
        ("center", "centre"))}


_CODE_KEY = "#"  # the key of a division code's span: "#UP"
# The key of a name written with its leading Arabic article joined: "%wak" for "Elwak"
_JOINED_ARTICLE_KEY = "%"
# A leading article joined to a name that opens with a consonant: "Elwak", "Alkhalis"
_JOINED_ARTICLE_HEADS = ("al", "el")  # what every such word opens on
_JOINED_LEADING_ARTICLE = re.compile(r"(?:al|el)(?=[b-df-hj-np-tv-z][a-z]{2})")


def _article_named(gazetteer: Gazetteer, key: str) -> tuple[int, ...]:
    """The entries of a key whose own name opens with an article apart ("El Wak")."""
    return tuple(i for i in gazetteer.candidates_for_key(key)
                 if gazetteer.folded_name(i).split(" ", 1)[0] in _ARTICLE_ALONE)


@functools.lru_cache(maxsize=20_000)
def _joined_article_key(gazetteer: Gazetteer, word: str) -> str | None:
    """The key of a one-word name the gazetteer lacks whose leading article a report joins
    to it ("Elwak" for El Wak, "Alkhalis" for Al-Khalis): read only as an entry whose own
    name writes the article apart, never as a namesake without one ("Wewak")."""
    if _JOINED_LEADING_ARTICLE.match(word) is None or " " in word:
        return None
    key = token_key(word[2:])
    return _JOINED_ARTICLE_KEY + key if _article_named(gazetteer, key) else None


# The key of a name read only as a first-level division: "@north west" (``_compass_holder``)
_DIVISION_ONLY_KEY = "@"
# A division's short code where a division goes: "Nigohan (UP)", "(Poonch district, J&K)",
# "Austin, TX." — after a capitalised name or a division word, and closing the phrase.
_CODE_SLOT = re.compile(
    r"[,(][ \t]?([A-Z](?:&?[A-Z]){1,3})(?=[ \t]*(?:[),;]|\.(?!\w)|$))"
)
# A dash after a parenthesis closes a dateline: "(AP) —", "(UPI) -".
_CREDIT_AFTER = re.compile(r"\)[ \t]*[-\u2013\u2014]")
# The word before a code: a name, a lower-case word (see ``_NOUNS_BEFORE_CODE``) or another
# code that opens the bracket, the lesser unit of a chain: "Idak area (NW, KP)".
_BEFORE_CODE = re.compile(
    r"(?:\b[A-Z][a-z'\u2019-]+|[a-z]{4,}|\([ \t]?[A-Z](?:&?[A-Z]){1,3})[ \t]*$")
# Last words of the names of parties, armed groups and agencies, whose acronym follows them.
_ORGANISATION_HEADS = frozenset({
    "party", "front", "army", "movement", "forces", "force", "group", "union", "council",
    "organization", "organisation", "brigade", "brigades", "units", "unit", "command",
    "agency", "ministry", "mission", "coalition", "alliance", "committee", "network",
    "service", "corps", "battalion", "regiment", "militia", "guard", "guards", "office",
})


DIVISION_ABBREVIATIONS_PATH = DATA_DIR / "division_abbreviations.tsv"


@functools.cache
def _abbreviations(gazetteer: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Abbreviations the press writes alone for a division or a country -> their entries:
    those of ``data/division_abbreviations.tsv`` ("KPK", "NWFP", "KRI") and the names of
    countries written in capitals ("DRC", "CAR")."""
    found: dict[str, tuple[int, ...]] = {}
    for line in DIVISION_ABBREVIATIONS_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "abbreviation\t")):
            continue
        code, country, name = line.split("\t")[:3]
        ids = tuple(i for i in gazetteer.candidates_for_key(name_key(name))
                    if gazetteer.country_code_of(i) == country
                    and gazetteer.feature_of(i) in ("admin1", "natural"))
        if ids:
            found[code] = ids[:1]
    return found


@functools.lru_cache(maxsize=4096)
def _country_abbreviation(gazetteer: Gazetteer, code: str) -> tuple[int, ...]:
    """The country entry of a country's name written in capitals ("DRC"), else nothing."""
    country = _country_by_name(gazetteer, code)
    if country is None:
        return ()
    ids = gazetteer.candidates_for_key(name_key(gazetteer.country_name(country)))
    return tuple(i for i in ids if gazetteer.feature_of(i) == "country"
                 and gazetteer.country_code_of(i) == country)


# An abbreviation where a place goes, outside a holder's slot: after a preposition of place
# ("in KP on Monday", "across the KRI", "from FATA,"), closing the phrase or before a word
# that does not make it a modifier ("in KP police custody" is read no place); or owning a
# place named after it ("KP's Tank district"). Only capitals, after a lower-case word.
_ABBREVIATION_SLOT = re.compile(
    r"(?:\b(?:[Ii]n|[Ii]nto|[Aa]cross|[Tt]hroughout|[Ff]rom|[Tt]o|[Nn]ear|[Oo]f|[Ww]ithin)"
    r"[ \t]+(?:the[ \t]+)?"
    r"(?P<after>[A-Z](?:&?[A-Z]){1,4})\b(?!&)(?=[ \t]*(?:[),;:]|\.(?!\w)|$)|[ \t]+(?:on|in|at|and|"
    r"since|during|after|before|last|this|earlier|where|when|while|over|for|near|amid|as|by|"
    r"following|was|were|is|are|has|had|said|overnight|today|yesterday|tonight)\b)"
    r"|(?<![\w&])(?P<owner>[A-Z](?:&?[A-Z]){1,4})['\u2019]s[ \t]+(?=[A-Z][a-z]))",
    re.MULTILINE,
)
#: Two capitals side by side (perhaps an ampersand between), as each abbreviation
#: ``_ABBREVIATION_SLOT`` reads begins: found by a search that skips to capitals.
_CAPITALS_PAIR = re.compile(r"[A-Z]&?[A-Z]")


def _abbreviation_spans(text: str, gazetteer: Gazetteer, taken: set[int]) -> list[_Span]:
    """Spans for abbreviations the press writes alone (``_abbreviations``) where a place
    goes (``_ABBREVIATION_SLOT``); a division's code of a standard alone is read only in a
    holder's slot ("Bannu, KP"), for most such codes spell other things too."""
    found: list[_Span] = []
    if _CAPITALS_PAIR.search(text) is None:
        return found  # no abbreviation written in capitals: a look cheaper than the slots'
    for m in _ABBREVIATION_SLOT.finditer(text):
        group = "after" if m.group("after") else "owner"
        code = m.group(group)
        start, end = m.span(group)
        if start in taken or not (code in _abbreviations(gazetteer) or (
                code not in gazetteer.division_codes and _country_abbreviation(gazetteer, code))):
            continue  # "in the US": a code of divisions elsewhere too, no country read alone
        key = _CODE_KEY + code
        found.append(_Span(start=start, end=end, text=code, key=key, tokens=1,
                           candidates=_candidates(gazetteer, key), sentence_initial=False,
                           locative=group == "after", partial=False, folded=code.lower()))
    return found


def _code_spans(text: str, gazetteer: Gazetteer) -> list[_Span]:
    """Spans for division codes in a holder's place (see ``_CODE_SLOT``).

    "Islamic State (IS)" defines an acronym: a code spelled by the initials of the
    words before it is no place.
    """
    found = []
    for m in _CODE_SLOT.finditer(text):
        code = m.group(1)
        ids = _candidates(gazetteer, _CODE_KEY + code)
        if not ids:
            continue
        head = text[max(0, m.start() - 60) : m.start()]
        before = _BEFORE_CODE.search(head)
        if before is None:
            continue
        word = before.group().strip()
        if word.islower() and word not in _NOUNS_BEFORE_CODE or (
                text[m.start()] == "(" and word.lower() in _ORGANISATION_HEADS):
            continue  # "Kurdistan Workers' Party (PKK)": a body's acronym, not a division
        if _CREDIT_AFTER.match(text, m.end(1)) or _country_by_name(gazetteer, word) is not None:
            # "Belem, Brazil (AP) —": the agency of a dateline, not a division; and no
            # division is written after its country.
            continue
        letters = code.replace("&", "")
        initials = "".join(w[0] for w in head.split() if w[0].isupper())
        if initials.endswith(letters):
            continue
        start, end = m.span(1)
        found.append(_Span(start=start, end=end, text=code, key=_CODE_KEY + code, tokens=1,
                           candidates=ids, sentence_initial=False, locative=False,
                           partial=False, folded=code.lower()))
    return found


def _codes_of_named_countries(
    spans: list[_Span], prepared: list[list[_Candidate]], named: Counter[str]
) -> tuple[list[_Span], list[list[_Candidate]]]:
    """Keep the readings of each division code that several countries use in the countries
    that the other names of the text may lie in or that it names; drop such a code none of
    whose readings does: "(Bengaluru Rural, KN)" after a town only India has is no Kinshasa."""
    countries = {c for c, n in named.items() if n > 0}
    for span, cands in zip(spans, prepared, strict=True):
        if not span.key.startswith(_CODE_KEY) or len({c.country for c in cands}) == 1:
            # a code of one country's division ("KP") says which country the other code of
            # its chain means: "(NW, KP)" is no German Land before Khyber Pakhtunkhwa
            countries.update(c.country for c in cands)
    if not countries:
        return spans, prepared
    kept_spans: list[_Span] = []
    kept: list[list[_Candidate]] = []
    for span, cands in zip(spans, prepared, strict=True):
        if span.key.startswith(_CODE_KEY) and len({c.country for c in cands}) > 1:
            # A code of one division alone ("J&K") stands on its own; one that several
            # countries use ("KN", "HP") needs the text to point to one of them.
            cands = [c for c in cands if c.country in countries]
            if not cands:
                continue
        kept_spans.append(span)
        kept.append(cands)
    return kept_spans, kept


#: At most this many characters from a name to the end of the holder after it.
_HOLDER_CHAIN_GAP = 40


def _holders_in_held_country(
    gazetteer: Gazetteer, spans: list[_Span], prepared: list[list[_Candidate]],
    named: Counter[str]
) -> tuple[list[_Span], list[list[_Candidate]]]:
    """Keep the readings of a compass name written as a holder (``_compass_holder``) in the
    countries where the name it follows may lie, or that the text names; drop one with none:
    "(Mezam, North-West)" after a Cameroonian town is Cameroon's region, "Zamfara,
    North-West" no region of South Africa's. Where neither points to a country, the one
    country whose division is spelled exactly as written keeps it."""
    kept_spans: list[_Span] = []
    kept: list[list[_Candidate]] = []
    for position, (span, cands) in enumerate(zip(spans, prepared, strict=True)):
        if span.key.startswith(_DIVISION_ONLY_KEY):
            countries = {c for c, n in named.items() if n > 0}
            for before in range(max(0, position - 2), position):
                if span.start - spans[before].end <= _HOLDER_CHAIN_GAP:
                    countries.update(c.country for c in prepared[before])  # "Jakiri (Bui, "
            held = [c for c in cands if c.country in countries]
            if not held and not countries:
                # "Zabrigu (Tobrimo Zukpari, North East)" after names no gazetteer holds, in
                # a text naming no country: the division whose own name is spelled as
                # written, where only one country's is ("North East" is Ghana's; Botswana
                # writes "North-East"); several countries' ("North-West") tell none
                spelled = [c for c in cands
                           if gazetteer.name_of(c.entry).casefold() == span.text.casefold()]
                if len({c.country for c in spelled}) == 1:
                    held = spelled
            cands = held
            if not cands:
                continue
        kept_spans.append(span)
        kept.append(cands)
    return kept_spans, kept


_STRONG_LOCATIVE_WORDS = frozenset("in near at outside around inside into towards toward".split())


_LOCATIVE_WORDS = frozenset(
    "in near at of from to outside around toward towards into across between and via through "
    "on inside within nearby reached entered captured stormed shelled targeted hit attacked "
    "struck bombed seized besieged raided overran ambushed burned torched looted bombarded "
    "invaded liberated recaptured retook occupied shelling".split()
)
_NEAR_WORDS = frozenset("near nearby around outside".split())
_NEAR_PAIRS = frozenset({("close", "to"), ("outside", "of"), ("km", "from"), ("km", "of")})
#: Nouns of a named place ("the village of Kajuru", "Diyala province").
PLACE_NOUNS = frozenset(
    "city town village province district governorate region area state municipality "
    "neighbourhood neighborhood suburb camp county".split()
)
#: Lower-case words after which a bracket or comma holds where the place lies: a division's
#: word ("Khyber district, KP") or the noun of a lesser place ("Idak area (KP)", "Lakkaro
#: tehsil (KPK)", "X village, UP").
_NOUNS_BEFORE_CODE = frozenset(DIVISION_WORDS) | PLACE_NOUNS | frozenset(
    "tehsil taluka taluk upazila township locality sector hamlet sub-district subdistrict "
    "sub-county subcounty".split())
_PART_NOUNS = frozenset(
    "outskirts suburbs suburb periphery surroundings vicinity edge countryside area environs "
    "desert mountains outskirt".split()
)
#: Compass words, as nouns and as adjectives: "north of", "the northern countryside of".
COMPASS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern".split()
)


def _fuzzy_in_divisions(
    gazetteer: Gazetteer, text: str, divisions: set[tuple[str, int]]
) -> int | None:
    """A town of the named divisions spelled like ``text`` (Bennsh ~ Binnish), if any."""
    return _fuzzy_town(gazetteer, name_key(text), tuple(sorted(divisions)[:3]))


@functools.lru_cache(maxsize=10_000)
def _fuzzy_town(
    gazetteer: Gazetteer, wanted: str, divisions: tuple[tuple[str, int], ...]
) -> int | None:
    """:func:`_fuzzy_in_divisions` by the name's key: a function of the key and the divisions
    alone, searched once per process (a name and its holder recur across reports)."""
    from rapidfuzz import fuzz, process

    best: tuple[float, int] | None = None
    for country, a1 in divisions:
        names, ids = gazetteer.towns_in_admin1(country, a1)
        if not names:
            continue
        hit = process.extractOne(wanted, names, scorer=fuzz.ratio, score_cutoff=82)
        if hit is None or hit[0][:1] != wanted[:1]:
            continue  # transliterations keep the first letter: Bennsh ~ Binnish, not ~ Yildiz
        if (villages := gazetteer.towns_in_admin1(country, a1, post_office=True)[0]) and (
                process.extractOne(wanted, villages, scorer=fuzz.ratio,
                                   score_cutoff=hit[1] + 1e-6) is not None):
            continue  # spelled nearer a village of a register: read by its name, not a slip
        if best is None or hit[1] > best[0]:
            best = (hit[1], ids[hit[2]])
    return best[1] if best else None


def _prefer_towns(cands: list[_Candidate]) -> None:
    """Lower a division that shares its name with a town inside it: "in Idlib" is the city."""
    towns = {(c.country, c.admin1) for c in cands if c.feature == "populated_place"}
    if not towns:
        return
    for position, cand in enumerate(cands):
        if cand.feature in ("admin1", "admin2") and (cand.country, cand.admin1) in towns:
            # Built directly: NamedTuple._replace costs several times more.
            cands[position] = _candidate(cand.entry, cand.feature, cand.country, cand.admin1,
                                         cand.admin2, cand.base - 2.0, cand.exact, cand.lowered)


# A place noun after a name, then where the place lies: "Man town (Tonkpi, ...", "Bird
# village, Kisumu": the name is that of the town, whatever else the word means.
_TOWN_NOUN_THEN_HOLDER = re.compile(r"[ \t]+(?:town|city|village)[ \t]*[(,][ \t]*[A-Z]")


# A speech verb right after a name: the name is a speaker's ("Ash Carter said").
_SAID_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated)\b")


def _divisions_holding_previous(
    text: str, span: _Span, cands: Sequence[_Candidate], spans: Sequence[_Span],
    prepared: Sequence[Sequence[_Candidate]],
) -> set[tuple[str, int]]:
    """The first-level readings of a name written with a division word as where the name
    just before it lies that hold one of that name's readings: "near Batouri, in the Est
    region" is the Cameroonian region that holds the town, though the gazetteer calls it
    "de l'Est" and spells "Est" exactly only for another country's region."""
    if not spans or _division_after(text, span.end) not in _ADMIN1_WORDS or (
            _LIST_GAP.match(text, spans[-1].end, span.start) is None):
        return set()
    before = {(c.country, c.admin1) for c in prepared[-1]
              if c.feature != "country" and c.admin1 >= 0}
    return {(c.country, c.admin1) for c in cands
            if c.feature == "admin1" and (c.country, c.admin1) in before}


def _common_word_place(gazetteer: Gazetteer, span: _Span, cands: Sequence[_Candidate],
                       text: str = "") -> bool:
    """Whether a common English word written as a name is used as a place here."""
    if text and _TOWN_NOUN_THEN_HOLDER.match(text, span.end):
        return True
    if text and _held_by_the_province_after(gazetteer, span, cands, text):
        return True
    for cand in cands:
        if cand.feature in ("country", "admin1"):
            return True
        if gazetteer.info(cand.entry).population >= 500_000:
            return True
    return not span.sentence_initial and span.strong_locative


# A comma or parenthesis after a name, then up to three capitalised words: the province
# written as where the name lies ("(Hit, Al-Anbar", "Bay, Bay region").
_PROVINCE_AFTER = re.compile(rf"[ \t]*[,(][ \t]*({_UNKNOWN_NAME})")


def _held_by_the_province_after(gazetteer: Gazetteer, span: _Span,
                                cands: Sequence[_Candidate], text: str) -> bool:
    """Whether a common word written as a name is a town or district of the province
    written right after it as where it lies: "(Hit, Al-Anbar)" is Iraq's Hit."""
    if not text.startswith((",", " (", "("), span.end):
        return False
    found = _PROVINCE_AFTER.match(text, span.end)
    if found is None:
        return False
    mine = {(c.country, c.admin1) for c in cands
            if c.feature in ("admin2", "populated_place") and c.exact}
    if not mine:
        return False
    words = re.split(r"[ \t-]", found.group(1))
    for size in range(len(words), 0, -1):
        for entry in gazetteer.candidates_for_key(name_key(" ".join(words[:size]))):
            if gazetteer.feature_of(entry) == "admin1" and (
                    gazetteer.country_code_of(entry), gazetteer.admin1_of(entry)) in mine:
                return True
    return False


def _confident(span: _Span, best: _Candidate, margin: float) -> bool:
    """Whether a first-pass reading is sure enough to lend its country to the others."""
    if best.feature in ("country", "admin1") or span.tokens > 1:
        return True
    if span.partial:
        return False
    return (len(span.candidates) == 1 or margin > 1.5) and (
        best.base >= _log_population(5000) or span.locative
    )


# A reading this populous, and at least this share of the name's most populous reading,
# counts for a country the names of a text agree on: a village that happens to share a
# name with a town says nothing of where the text is, nor does a town of 25,000 named
# after a capital of millions.
_AGREEING_POPULATION = 20_000
_AGREEING_SHARE = 0.1


def _sizeable_countries(gazetteer: Gazetteer, cands: Sequence[_Candidate]) -> set[str]:
    """The countries where a name has a sizeable reading (no country itself)."""
    sizes = [(c.country, gazetteer.population_of(c.entry)) for c in cands
             if c.feature != "country"]
    if not sizes:
        return set()
    floor = max(_AGREEING_POPULATION, _AGREEING_SHARE * max(size for _, size in sizes))
    return {country for country, size in sizes if size >= floor}


def _agreed_country(gazetteer: Gazetteer, spans: Sequence[_Span],
                    prepared: Sequence[Sequence[_Candidate]]) -> str | None:
    """The one country where more of the text's names (each counted once) have a sizeable
    reading than in any other, and at least two do; None where no country stands out.
    "Toledo and Granada": the Toledo of Ohio is the larger, but only Spain holds both
    names, and a report names the places of one country more often than two."""
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    for span, cands in zip(spans, prepared, strict=True):
        if span.partial or span.key in seen or span.key.startswith(_CODE_KEY):
            continue
        seen.add(span.key)
        for country in _sizeable_countries(gazetteer, cands):
            counts[country] += 1
    if not counts:
        return None
    most = max(counts.values())
    leaders = [country for country, n in counts.items() if n == most]
    return leaders[0] if most >= 2 and len(leaders) == 1 else None


# Between a name and where it lies: "X (Y", "X, Y", "X village (Y", "X Prison (Y".
_WORDS_TO_HOLDER = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s*[(,]\s*$")


def _code_of_one_country(span: _Span, cands: Sequence[_Candidate]) -> str | None:
    """The country of a division code written as a holder that only one country uses
    ("(Nalgoda, TS)": Telangana), as a division's name written exactly points to it; None
    for any other span, and for a code several countries use ("AP", "MP")."""
    if not span.key.startswith(_CODE_KEY) or not cands:
        return None
    country = cands[0].country
    return country if all(c.country == country for c in cands) else None


def _any_post_office(gazetteer: Gazetteer, prepared: Sequence[Sequence[_Candidate]]) -> bool:
    """Whether any of the readings is a post-office village. Only an entry of a country
    whose register has such villages (India's) can be one, so the entry itself is asked
    only there: most texts' names have no reading in that country, and most that do have
    no village among them, so the register's checks are spared."""
    countries = gazetteer.post_office_countries()
    for cands in prepared:
        for c in cands:
            if c.country in countries and gazetteer.is_post_office_village(c.entry):
                return True
    return False


def _written_with_its_word(gazetteer: Gazetteer, span: _Span, cand: _Candidate) -> bool:
    """Whether a division's name is written exactly, with its division's word ("Sagaing
    Region", "Chin State", as the division's alternate names give it): as good as its name
    alone for the country it points to."""
    if span.tokens < 2:
        return False
    bare = strip_division_words(span.text)
    return bare != span.text and normalise(bare) == gazetteer.folded_name(cand.entry)


def _register_villages_of_named(gazetteer: Gazetteer, text: str, spans: list[_Span],
                                prepared: list[list[_Candidate]], named: Counter[str],
                                ) -> tuple[list[_Span], list[list[_Candidate]]]:
    """Drop the post-office villages (register villages whose district is known: India's,
    Myanmar's) that the text gives no reason to read: those of a country the text does not
    point to, by its name, its people, its groups, a division of it written exactly (alone
    or with its word: "Sagaing Region") or a division code only it uses ("near Batasena" in
    a report from Afghanistan is no village of Odisha; "(Nalgoda, TS)" points to India as
    "Telangana" would); those written before a holder with no reading in their country ("X
    Prison (Omdurman)"; a town read only by its sound is no such holder); and, where the
    text names a district of the village's country, those outside every district it names
    ("Rampur village in Gaya, Bihar" is no Rampur of another district). A name left with no
    reading is no place, as it was before the register was added."""
    if all(prepared) and not _any_post_office(gazetteer, prepared):
        return spans, prepared  # no reading to drop
    districts: dict[str, set[tuple[int, int]]] = {}
    divided: set[str] = set()
    for span, cands in zip(spans, prepared, strict=True):
        for c in cands:
            if c.feature == "admin2":
                districts.setdefault(c.country, set()).add((c.admin1, c.admin2))
            if c.feature in ("admin1", "admin2") and (
                    c.exact or _written_with_its_word(gazetteer, span, c)):
                divided.add(c.country)
        code_country = _code_of_one_country(span, cands)
        if code_country is not None:
            divided.add(code_country)
    kept_spans: list[_Span] = []
    kept: list[list[_Candidate]] = []
    for position, (span, cands) in enumerate(zip(spans, prepared, strict=True)):
        if cands and not _any_post_office(gazetteer, (cands,)):
            kept_spans.append(span)  # no village among its readings: all kept
            kept.append(cands)
            continue
        holder: set[str] | None = None
        if position + 1 < len(spans) and _WORDS_TO_HOLDER.match(
                text, span.end, spans[position + 1].start):
            # (a holder read only by its sound, "Nabu Township" as Guinea's Nabou, says
            # nothing of where the village lies)
            holder = {c.country for c in prepared[position + 1]
                      if c.exact or c.feature != "populated_place"} or None
        # (a village spelled otherwise than written, sharing only the name's key, is no
        # reading where a town or division of the name is: "Bannu" is no "Baño")
        other_place = any(not gazetteer.is_post_office_village(c.entry) for c in cands)
        own_holder = _HOLDER_NAME_AFTER.match(text, span.end)
        own = [c for c in cands if not gazetteer.is_post_office_village(c.entry) or (
            (named[c.country] > 0 or c.country in divided)
            and (holder is None or c.country in holder)
            and (c.exact or not other_place)
            and (c.country not in districts or (c.admin1, c.admin2) in districts[c.country]
                 or own_holder is not None and _holder_of_the_village(
                     gazetteer, c, own_holder.group("holder"))))]
        if own:
            kept_spans.append(span)
            kept.append(own)
    return kept_spans, kept


#: The name written after a comma right after a place's: "Shariff Aguak, Maguindanao".
_HOLDER_NAME_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<holder>[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*){0,2})")


def _holder_of_the_village(gazetteer: Gazetteer, village: _Candidate, written: str) -> bool:
    """Whether the name written after a register village is its own district's or
    province's, whole or its first words ("Maguindanao" of "Maguindanao del Sur"): the
    village is then read where that holder says, whatever other district the text names
    (a row of a table, "15 Jun  Shariff Aguak, Maguindanao", below a release signed in a
    city of district rank elsewhere)."""
    place = gazetteer.place(village.entry)
    words = written.lower().split()
    return any(holder is not None and holder.lower().split()[:len(words)] == words
               for holder in (place.admin2, place.admin1))


def _slipped_country(
    gazetteer: Gazetteer,
    text: str,
    spans: list[_Span],
    prepared: list[list[_Candidate]],
    named: Counter[str],
    stated: set[str],
    by_name: set[str],
) -> tuple[list[_Span], list[list[_Candidate]]]:
    """Drop a country written after a town and its division ("Town, Division, Country")
    where neither has a reading in it and the two agree on another country, which is then
    the one stated: "in Hiran, Erbil, Yemen" is Iraq's village in Erbil. Where the division
    is no name the gazetteer keys but the one first-level division of another country by
    its letters ("Hula, Nabatiye, Pakistan": Lebanon's An Nabatiyah), that country is the
    one stated, and the division is read there as a spelling of its own. A summary's
    country word is a slip more often than both names are."""
    drop: set[int] = set()
    for position, span in enumerate(spans):
        if not span.holder:
            continue
        countries = {c.country for c in prepared[position] if c.feature == "country"}
        if len(countries) != 1:
            continue
        written = next(iter(countries))
        if _LIST_GOES_ON.match(text, span.end) is not None:
            continue  # "in Baqubah, Diyala, Syria and Turkey": a list of places, no holder
        other: str | None = None
        towns: Sequence[_Candidate] = ()
        match = _TOWN_DIVISION_BEFORE.search(text, max(0, span.start - 80), span.start)
        if match is None:
            continue
        if position > 0 and spans[position - 1].end == match.end(2):
            divisions = prepared[position - 1]
            if position > 1 and spans[position - 2].end == match.end(1) and not (
                    prepared[position - 2] and all(gazetteer.is_post_office_village(c.entry)
                                                   for c in prepared[position - 2])):
                # (a name whose only readings are villages of a register is read as one the
                # gazetteer lacks: such villages count only where the text points to their
                # country, which is what is asked here)
                towns = prepared[position - 2]
                other = _agreeing_country(towns, divisions, written)
            elif not _reads_in(divisions, written):
                # "I-n-Ouagar, Tahoua, Somalia": a town the gazetteer lacks, in a province
                # of one other country spelled as written
                held = {c.country for c in divisions if c.feature == "admin1" and c.exact}
                other = held.pop() if len(held) == 1 else None
        else:
            # the division no name the gazetteer keys, the town maybe none either
            if position > 0 and spans[position - 1].end == match.end(1):
                towns = prepared[position - 1]
            other = _division_of_another_country(gazetteer, match.group(2), written)
        if other is None or _reads_in(towns, written):
            continue
        drop.add(position)
        if written in by_name:
            # (read as the country written: "Niger" and "Colombia" also name divisions
            # and towns, and so were no country stated)
            named[written] -= 2
            if named[written] <= 0:
                del named[written]
            stated.discard(written)
            by_name.discard(written)
        named[other] += 2
        stated.add(other)
    if not drop:
        return spans, prepared
    kept = [p for p in range(len(spans)) if p not in drop]
    return [spans[p] for p in kept], [prepared[p] for p in kept]


# "Zanbirlo, Nabatiye, ": a name, then a division, each closed by a comma, before a country.
_TOWN_DIVISION_BEFORE = re.compile(
    r"([A-Z][\w'\u2019-]*)[ \t]*,[ \t]*([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}?)"
    r"(?:[ \t]+(?i:province|region|state|governorate))?[ \t]*,[ \t]*$")


def _agreeing_country(towns: Sequence[_Candidate], divisions: Sequence[_Candidate],
                      written: str) -> str | None:
    """The one country other than ``written`` where a reading of a town lies in a reading
    of the division written after it, where the division has no reading in ``written``."""
    held = {(c.country, c.admin1, c.admin2 if c.feature == "admin2" else _WILD)
            for c in divisions if c.feature in ("admin1", "admin2")}
    if not held or _reads_in(divisions, written):
        return None
    found = {c.country for c in towns if c.feature in ("populated_place", "admin2") and (
        (c.country, c.admin1, _WILD) in held or (c.country, c.admin1, c.admin2) in held)}
    return found.pop() if len(found) == 1 else None


def _reads_in(cands: Sequence[_Candidate], country: str) -> bool:
    """Whether a name has a reading in ``country`` that a summary may mean: a division of
    any spelling, or a town spelled as written (not a town only sounding like it)."""
    return any(c.country == country and (c.exact or c.feature in ("admin1", "admin2"))
               for c in cands)


def _division_of_another_country(gazetteer: Gazetteer, written: str,
                                 country: str) -> str | None:
    """The country of the one first-level division, of any country but ``country`` (none
    of whose divisions, present or former, the name is), whose letters a name no key holds
    gives but for its vowels ("Nabatiye": Lebanon's An Nabatiyah)."""
    if gazetteer.has_key(name_key(written)) or former_division(
            country, written) is not None or gazetteer.admin1(country, written) is not None:
        return None
    place = gazetteer.admin1_by_spelling(written, set(gazetteer.meta["country_names"].values()))
    return place.country if place is not None and place.country != country else None


def _register_villages_in_stated(gazetteer: Gazetteer, cands: list[_Candidate],
                                 stated: set[tuple[str, int]]) -> list[_Candidate]:
    """A post-office village lies in the first-level division the text writes as a holder
    when it writes one of its country, and one there spelled as written is the name's
    reading in that country (`X village (Y district, Bihar)`): its namesakes in
    other states are no reading. The village's only readings are kept, as no other is."""
    if not _any_post_office(gazetteer, (cands,)):
        return cands  # every reading kept
    countries = {country for country, _ in stated}
    # A post-office village of the name, spelled as written, in the state the text names:
    # then the name is that village, not a town of another state that shares its key or a
    # larger namesake there.
    inside = {c.country for c in cands if c.exact and (c.country, c.admin1) in stated
              and gazetteer.is_post_office_village(c.entry)}
    own = [c for c in cands if c.country not in countries or (c.country, c.admin1) in stated
           or c.country not in inside and not gazetteer.is_post_office_village(c.entry)]
    return own or cands


def resolve_spans(doc: Doc, gazetteer: Gazetteer) -> tuple[PlaceMention, ...]:
    """Resolve the candidate spans of a document into place mentions."""
    text = doc.text
    found, runs = _find_spans(doc, gazetteer, load_stopwords())
    if gazetteer.division_codes and ("(" in text or "," in text):
        coded = _code_spans(text, gazetteer)
        if coded:
            found = sorted([*found, *coded], key=lambda span: span.start)
    written = _abbreviation_spans(text, gazetteer, {span.start for span in found})
    if written:
        found = sorted([*found, *written], key=lambda span: span.start)
    if not found:
        theatre_named, group_divisions = theatre(text)
        return tuple(_misspelled_names(text, runs, [], gazetteer, set(theatre_named),
                                       groups=_division_ids(gazetteer, group_divisions)))
    named: Counter[str] = Counter()
    stated: set[str] = set()
    located: set[str] = set()
    struck_by: Counter[str] = Counter()  # peoples' names of a state's forces that strike
    ethnonyms = load_ethnonyms()
    run_ends = _run_ends(found, runs)
    as_division: Counter[str] = Counter()  # demonyms written as divisions ("Somali region")
    topics: set[int] = set()  # starts of countries named as a topic ("the war in Libya")
    across: set[str] = set()  # countries named across a border ("the border with Syria")
    across_end = -1  # where the last of them ends
    by_name: set[str] = set()
    spans: list[_Span] = []
    prepared: list[list[_Candidate]] = []
    group_spans: list[tuple[int, int, tuple[str, ...]]] | None = None  # groups' names
    run_starts = [start for start, _, _ in runs]
    for span in found:
        cands = _prepare(gazetteer, span)
        people = _peoples_place(gazetteer, text, span, cands)
        if people is not None:
            # "the Syrian town of", "a Lebanese village": a people's name, as good as a
            # country written as the place's holder ("X, Syria")
            named[people] += 1
            stated.add(people)
            continue
        if span.tokens == 1 and span.folded in gazetteer.common_words and (
            not span.key.startswith((_CODE_KEY, _DIVISION_ONLY_KEY))
        ):
            # "The" shares a key with "Thai", "Police" is a Polish town: a common word
            # counts only as the exact name of a country, a division or a large town.
            # (Not a compass word read as a division by the division word after it or its
            # place as a holder: "the East province" is the first-level division the
            # gazetteer calls "de l'Est", in the countries the text points to.)
            holding = _divisions_holding_previous(text, span, cands, spans, prepared)
            # ("Karen State": a division by a spelling of its own, written with its word)
            titled = any(c.feature == "admin1" for c in cands) and (
                _division_after(text, span.end) in _ADMIN1_WORDS)
            cands = [c for c in cands if gazetteer.folded_name(c.entry) == span.folded
                     or (c.country, c.admin1) in holding
                     or titled and c.feature == "admin1"]
            if not cands or not _common_word_place(gazetteer, span, cands, text):
                demonym = _country_by_name(gazetteer, span.text)
                if demonym and not _FOREIGN_BACKED.match(text, span.end) and (
                        _division_after(text, span.end) not in _ADMIN1_WORDS):
                    # "Syrian police", "a Malian trader": a people's name that is also an
                    # English word is still context, as any people's name is below
                    named[demonym] += 1
                    _striking_force_at(text, span.end, demonym, struck_by)
                continue
        if span.tokens > 1 and _SAID_AFTER.match(text, run_ends.get(span.start, span.end)) \
                and not any(c.feature in ("country", "admin1") or gazetteer.population_of(
                    c.entry) >= _NAMESAKE_POPULATION for c in cands):
            continue  # "Ash Carter said": a person's name, not a town sharing its words
        if _names_facility(text, span, run_ends.get(span.start, span.end), cands,
                           gazetteer):
            continue  # "al Nour square": named after a place
        if _names_people(text, span, ethnonyms):
            # "a Roma camp", "Somali refugees": a people, no place; a people's name that is
            # also a country's, written before a state's own forces ("Somali police", "Somali
            # troops"), is that state's, and says what country the text is about
            if _STATE_FORCE_AFTER.match(text, span.end) and not _FOREIGN_BACKED.match(
                    text, span.end):
                demonym = _country_by_name(gazetteer, span.text)
                if demonym:
                    named[demonym] += 1
                    _striking_force_at(text, span.end, demonym, struck_by)
            continue
        features = {c.feature for c in cands}
        if group_spans is None and _inside_longer_run(span, run_starts, runs):
            group_spans = group_name_spans(text)
        if group_spans and any(
                s <= span.start and span.end <= e and (len(area) > 1 or not any(
                    c.country in area and not gazetteer.is_post_office_village(c.entry)
                    for c in cands))
                for s, e, area in group_spans):
            # "Lashkar-e-Taiba militants", "the Islamic State in the Greater Sahara": a
            # word of an armed group's name with no reading where the group is active is
            # no place of the report (Japan's Chiba, Algeria's Sahara); "Donetsk" of the
            # Donetsk People's Republic still is; a post-office village of the word there,
            # with no population, is no reading: "Lashkar-e-Taiba" names no village Taiba.
            # A group active in several countries is named after where it began, not
            # where its members act: "Tren de Aragua members" places nothing in Aragua
            continue
        if span.tokens == 1 and _GROUP_MEMBERS_AFTER.match(text, span.end) and (
                _one_word_group_elsewhere(span, cands)):
            # "Fano fighters attacked ...": an armed group's name of one word, none of whose
            # readings lies where the group is active, is no place (Italy's Fano)
            continue
        if text.endswith(("of ", "for ", "the "), 0, span.start) and _ORGANISATION_BEFORE.search(
                text, max(0, span.start - 40), span.start):
            # "the Patriotic Union of Kurdistan", "Armed Forces of Ukraine": a body's name,
            # no place of the event; a country there still says what the text is about.
            if "country" in features:
                named[cands[0].country] += 1
            continue
        if _GOVERNMENT_AFTER.match(text, span.end):
            # "Moscow's Defence Ministry said ...": the capital stands for the state, whose
            # country the text is about, but nothing happened there
            named[cands[0].country] += 1
            continue
        if "country" in features and _FOREIGN_BACKED.match(text, span.end):
            continue  # "Iran-backed militants": a foreign sponsor, not where it happens
        if _EZAFE_AFTER.match(text, span.end) or text.endswith(_EZAFE_ENDS, 0, span.start):
            # "Maskan-e Mehr", a housing project: a Persian name joined by "-e" that the
            # gazetteer lacks whole is no place of either part's name ("Mazar-e Sharif",
            # which it knows, is one name and one span)
            continue
        if _BASED_AFTER.match(text, span.end):
            # "a Quetta-based firm", "Tirah-based militants": where a party comes from, not
            # where the report is; a name of one country still says what the text is about
            if len({c.country for c in cands}) == 1:
                named[cands[0].country] += 1
            continue
        if "country" in features and (_BORDER_WITH_BEFORE.search(
                text, max(0, span.start - 24), span.start) or (
                across_end >= 0 and _LIST_JOIN.fullmatch(text, across_end, span.start))):
            # "near Rawah, close to the border with Syria": the country across the border
            # is the one the place is not in; it neither places the event nor points the
            # names of the text to itself, nor does the next of a list of them ("the
            # borders with Turkey and Lebanon"). (A border is a country's, not a
            # province's: "the border with Niger" is no Nigerian state.)
            across.add(next(c.country for c in cands if c.feature == "country"))
            across_end = span.end
            continue
        if "country" in features and "admin1" not in features:
            if _TOPIC_BEFORE.search(text, max(0, span.start - 40), span.start):
                # "refugees rescued from the war in Libya": what the report is about, not
                # where; it counts as a people's name would, and lends no country
                named[cands[0].country] += 1
                topics.add(span.start)
                span.holder = _written_as_holder(text, span.start)
                spans.append(span)
                prepared.append(cands)
                continue
            named[cands[0].country] += 2
            by_name.add(cands[0].country)
            if _written_as_holder(text, span.start):
                stated.add(cands[0].country)  # "Balad, Salah ad Din, Iraq"
            elif _IN_COUNTRY.search(text, max(0, span.start - 24), span.start):
                located.add(cands[0].country)  # "an air base in western Iraq"
        demonym = _country_by_name(gazetteer, span.text) if span.tokens == 1 else None
        if demonym and _TOWN_NOUN_THEN_HOLDER.match(text, span.end):
            demonym = None  # "Man town (Tonkpi, Montagnes)": a town, not the Isle of Man
        if demonym and "admin1" in features and (
                _division_after(text, span.end) in _ADMIN1_WORDS):
            # "in Afdere zone (Somali region)": a people's name with a division word is
            # the division named after it (Ethiopia's Somali region), not the people's
            # country
            demonym = None
            as_division[span.text] += 1
        if demonym and "country" not in features:
            if not _FOREIGN_BACKED.match(text, span.end):
                named[demonym] += 1  # "Iraqi forces": context, not a place
                _striking_force_at(text, span.end, demonym, struck_by)
            continue
        span.holder = _written_as_holder(text, span.start)
        spans.append(span)
        prepared.append(cands)
    backed: Counter[str] | None = None
    from_abroad: Counter[str] | None = None
    striking: bool | None = None
    peoples = gazetteer.two_word_peoples()
    demonyms = gazetteer.demonyms
    words = _CAPITALISED_WORD.findall(text)
    for word in dict.fromkeys(words):  # each word once, in order; counted only if a demonym
        iso = demonyms.get(word.lower())
        if iso:
            count = words.count(word)
            if backed is None:
                backed = Counter(_BACKED_WORD.findall(text))
            count -= backed[word]  # "Saudi-led": a foreign party, not where the text is
            count -= as_division[word]
            if count > 0 and striking is None:
                striking = _tells_of_strikes(text)
            if count > 0 and striking:
                struck_by[iso] += min(count, _striking_forces(text, word))
            if count > 0:
                # "two Chinese engineers", "Ethiopian migrants": people from abroad, named
                # by their country because it is not the one they are in
                if from_abroad is None:
                    from_abroad = Counter(_FROM_ABROAD.findall(text))
                struck_by[iso] += min(count, from_abroad[word])
            if count > 0:
                named[iso] += count
                if _written_before_place_noun(text, word):
                    stated.add(iso)
        pairs = peoples.get(word)
        if pairs:
            _count_two_word_people(text, pairs, named)
    theatre_named, group_divisions, several_groups = theatres(text)
    group_ids = _division_ids(gazetteer, group_divisions)
    for country, count in theatre_named.items():  # Counter.update, less its isinstance test
        named[country] += count
    cued, cued_several = cued_countries(text, doc_chunks(doc)[2])
    for country in cued:  # "a ransom of 2 million naira": as good as a people's name
        named[country] += 1
    if cued_several:  # "tehsil officials": one of a few countries, as a group of a few
        several_groups = several_groups | cued_several
    if struck_by:
        # ("Russian troops" is also the Russian Armed Forces of the actor list)
        for country, count in list(struck_by.items()):
            struck_by[country] += min(count, theatre_named.get(country, 0))
    if not named and words:
        # "supporters of the Future Movement blocked roads in Tripoli": a party of one
        # country says where a text that names no country is
        parties = _party_index()
        for word in dict.fromkeys(words):
            for name, country in parties.get(word, ()):
                if name in text:
                    named[country] += 1
                    break
    if "," in text:
        # "in Hiran, Erbil, Yemen": a town and division that agree on one country outweigh
        # a country written after them that holds neither, a slip of the summary's
        spans, prepared = _slipped_country(gazetteer, text, spans, prepared, named, stated,
                                           by_name)
        if not spans:
            # ("Zanbirlo, Nabatiye, Pakistan": only the division, in its spelling, is left)
            misspelt = _misspelled_names(text, runs, [], gazetteer, set(named),
                                         groups=group_ids)
            _division_spellings(text, runs, misspelt, gazetteer, set(named))
            return tuple(misspelt)
    if across:
        prepared = [_on_this_side(cands, across) for cands in prepared]
    if spans:
        spans, prepared = _register_villages_of_named(gazetteer, text, spans, prepared, named)
    if not spans:
        return tuple(_misspelled_names(text, runs, [], gazetteer, set(named),
                                       groups=group_ids))
    # "Houthi forces", "the OSCE SMM": groups of one country place the text there too.
    if len(spans) > 1 and any(span.key.startswith(_CODE_KEY) for span in spans):
        spans, prepared = _codes_of_named_countries(spans, prepared, named)
        if not spans:
            return tuple(_misspelled_names(text, runs, [], gazetteer, set(named),
                                       groups=group_ids))
    if any(span.key.startswith(_DIVISION_ONLY_KEY) for span in spans):
        spans, prepared = _holders_in_held_country(gazetteer, spans, prepared, named)
        if not spans:
            return tuple(_misspelled_names(text, runs, [], gazetteer, set(named),
                                       groups=group_ids))
    before_division = _towns_before_their_division(text, spans, prepared, runs)
    for position in before_division:
        # "in Frederick Maryland": the town and the division holding it, written without
        # the comma, are read as "Frederick, Maryland" is, not as one longer name
        spans[position].partial = spans[position + 1].partial = False
        spans[position + 1].holder = True
    # First pass: each name on its own, with the countries the text names.
    police = _police_countries(gazetteer, text)
    if several_groups or cued or police:
        pointers = cued | several_groups | police
        if named.keys() <= pointers:
            prepared = [_in_one_of(cands, pointers) for cands in prepared]
    front = _front_namesakes(gazetteer, text, doc.document.published, prepared, group_ids)
    context = _Context(named=named, resolved=Counter(), stated=stated,
                       located=located | stated, by_name=by_name,
                       group_divisions=group_ids, police=police,
                       pointed=_less_striking_forces(named, struck_by),
                       home=_home_bonuses(police, several_groups),
                       text=text,
                       front=front,
                       front_sizes=_front_sizes(gazetteer, prepared, front) if front else {})
    first: list[_Candidate] = []
    sure: list[bool] = []  # whether each first-pass reading is confident (``_confident``)
    lent: dict[str, str] = {}  # key -> country it lent, so a repeated name counts once
    lent_division: dict[str, tuple[str, int]] = {}  # key -> the division it lent
    no_places: set[tuple[str, int]] = set()
    no_preceding: set[tuple[str, int, int]] = set()
    line = doc.document.metadata.get("dateline_span") if doc.document else None
    dateline = (line[0], line[1]) if line else None
    divisions = [_division_word(text, span) for span in spans]
    if "of" in text or "s " in text:
        _listed_division_words(text, spans, prepared, divisions)
    holds = [_holds_name(text, span, gazetteer) for span in spans]
    # "Baqim district (Sadah)", "Kalehe territory, South Kivu": what holds a district is a
    # province, not the province's namesake town, so it is scored as if written as one.
    scored_words = [
        "province" if word is None and _district_holder(text, spans, prepared, p) else word
        for p, word in enumerate(divisions)
    ]
    # Whether each name is followed by where it lies ("X, Y", "X (Y"): read by both passes.
    held_by_next = [_HOLDER_GAP.match(text, before.end, after.start) is not None
                    for before, after in zip(spans, spans[1:], strict=False)]
    in_list = _comma_list_items(text, spans) if _may_hold_list(text) else set()
    for position in in_list:
        held_by_next[position] = False
    for position in before_division:
        held_by_next[position] = True
    for position, (span, cands, division_word) in enumerate(
            zip(spans, prepared, divisions, strict=True)):
        best, best_score, second = _best_scored(
            cands, context, 0, following=no_places, preceding=no_preceding,
            division_word=scored_words[position], holds_name=holds[position],
            word_written=scored_words[position] == division_word,
        )
        first.append(best)
        sure.append(_confident(span, best, best_score - second))
        if span.holder and (best.feature == "admin1" or holds[position] and _seat_of_division(
                best, cands)):
            # "..., Jonglei"; "(Nasarawa)" read on its own as the state's namesake seat
            # states the state all the same
            context.stated_divisions.add((best.country, best.admin1))
        # "Sosnovskoye, Donetsk": a name followed by where it lies is read by that
        # holder, so on its own it is no evidence of the country.
        held = position + 1 < len(spans) and held_by_next[position]
        if division_word in _HELD_WORDS and best.feature != "country" and not span.partial and (
                best.exact or _confident(span, best, best_score - second)):
            context.held.add(best.country)  # "Dar'a countryside", "Kurunegala district"
        if span.key not in lent and not held and span.start not in topics and _confident(
                span, best, best_score - second):
            lent[span.key] = best.country
            context.resolved[best.country] += 1
            if best.admin1 >= 0:
                lent_division[span.key] = (best.country, best.admin1)
                context.divisions[best.country, best.admin1] += 1
            if _anchors(gazetteer, span, best, best_score - second, division_word) and not (
                    dateline is not None and dateline[0] <= span.start < dateline[1]):
                # (a dateline's town says where the report was filed from, not where its
                # events are: "NAIROBI, ... - ... near Baidoa" anchors nothing in Kenya)
                context.anchored.add(best.country)
    if not context.resolved and not any(n > 0 for n in named.values()) and not stated:
        # "roads were blocked around Toledo and Granada": where nothing else says where the
        # text is, two names that both have a sizeable reading in one country lie there.
        agreed = _agreed_country(gazetteer, spans, prepared)
        if agreed is not None:
            for span, cands in zip(spans, prepared, strict=True):
                if span.key not in lent and agreed in _sizeable_countries(gazetteer, cands):
                    lent[span.key] = agreed
                    context.resolved[agreed] += 1
    # Second pass: with the countries of the other places and the divisions next to each.
    mentions: list[PlaceMention] = []
    # The largest count of resolved places in one country, and what it falls to when one
    # name's own count is left out: computed once, not over every country per mention.
    counts = sorted(context.resolved.values(), reverse=True)
    most = counts[0] if counts else 0
    at_most = counts.count(most)
    runner_up = next((c for c in counts if c < most), 0)
    listed = _list_gaps(text, spans)
    for position in in_list:
        listed[position] = False
    for position in before_division:
        listed[position] = True
    for position, span in enumerate(spans):
        cands = prepared[position]
        division_word = divisions[position]
        following = _following_divisions(text, spans, prepared, position, first, listed,
                                         context.named, sure, gazetteer)
        preceding = _preceding_places(spans, prepared, position, listed, gazetteer)
        own = lent.get(span.key)
        own_division = lent_division.get(span.key)
        if own_division:
            context.divisions[own_division] -= 1
        top = most
        if own:
            context.resolved[own] -= 1  # a name is no evidence for itself
            if context.resolved[own] + 1 == most and at_most == 1:
                top = max(most - 1, runner_up)
        if context.stated_divisions:
            cands = _register_villages_in_stated(gazetteer, cands, context.stated_divisions)
        best, best_score, second = _best_scored(
            cands, context, top, following=following, preceding=preceding,
            division_word=scored_words[position], holds_name=holds[position],
            word_written=scored_words[position] == division_word,
        )
        if best.feature == "populated_place" and scored_words[position] in _TOWN_AFTER:
            best = _seat_of_named_division(gazetteer, best, cands)
        if second == best_score and best.feature == "populated_place":
            best = _tied_namesake_by_others(gazetteer, best, cands, first, position)
        district = None
        if position + 1 < len(spans) and first[position + 1].feature == "admin2" and (
                held_by_next[position]):
            district = first[position + 1].entry  # "Pipri, Kaushambi (UP)"
        if position + 1 < len(spans) and best.feature == "populated_place" and (
                held_by_next[position]):
            # ("near Orikhove, Luhansk" in a report of the fighting: the oblast, read as its
            # namesake seat, places no village; the line of contact does)
            best = _nearest_namesake(
                gazetteer, best, cands, first[position + 1],
                context.front if _seat_of_division(first[position + 1], prepared[position + 1])
                else None)
        if position + 1 < len(spans) and held_by_next[position] and _beside_holder(
                gazetteer, best, first[position + 1]):
            # "Lunsar, Port Loko, North-West": a town a few kilometres from the town or
            # district written as where it lies is the place meant, whatever division
            # codes the gazetteer gives the two after a redrawing of the provinces.
            following, near = set(), True
        else:
            near = False
        place, feature, reason = _check(gazetteer, span, best, cands, context, following,
                                        district, scored_words[position], near,
                                        not span.locative and _NAMED_ROAD_AFTER.match(
                                            text, span.end) is not None)
        if place is not None and feature == "populated_place" and not following \
                and _town_of_the_story_abroad(text, span, place.country, context):
            place, reason = None, _TOWN_OF_THE_STORY
        if near and place is not None:
            holder = gazetteer.place(first[position + 1].entry)
            if holder.admin1 is not None and holder.admin1 != place.admin1:
                # the province as the holder and the report place the town
                place = replace(place, admin1=holder.admin1)
        if place is not None and feature == "populated_place" and position + 1 < len(spans) \
                and gazetteer.population_of(best.entry) < _MISSPELT_TOWN \
                and _outside_written_district(text, spans, prepared, position, best):
            place, reason = None, _NO_ENTRY_IN_DIVISION
        if own:
            context.resolved[own] += 1
        if own_division:
            context.divisions[own_division] += 1
        if reason is None:
            reason = _reason(context, following, preceding, len(span.candidates))
        elif place is not None:
            second = -math.inf  # a spelling variant found by search
        modifier = _modifier(text, span, division_word) if feature != "country" else None
        if division_word in _ADMIN1_WORDS and feature == "admin1":
            modifier = modifier or division_word
        elif division_word in _ADMIN2_WORDS and feature in ("admin2", "populated_place"):
            # "in the Tal Afar district": the district the town is the seat of, not the town
            modifier = modifier or division_word
        margin = best_score - second
        mentions.append(
            PlaceMention(
                start=span.start,
                end=span.end,
                text=span.text,
                place=place,
                geo_precision=_precision(feature, modifier) if place is not None else 1,
                modifier=modifier,
                score=round(1.0 / (1.0 + math.exp(-margin)), 3) if math.isfinite(margin) else 1.0,
                reason=reason,
            )
        )
    if any(n > 0 for n in context.named.values()):
        _variants_in_pointed_country(text, spans, mentions, gazetteer, context, lent)
    if len(mentions) > 1 and "village" in text:
        _village_outside_written_district(text, spans, divisions, mentions)
    if len(mentions) > 1:
        _same_division_again(text, mentions)
    for position in range(len(spans) - 1):
        head, tail = mentions[position], mentions[position + 1]
        if (spans[position].before_article and spans[position + 1].after_article
                and head.place is not None and tail.place is not None
                and _ARTICLE_GAP.fullmatch(text, head.end, tail.start)):
            # "San Andres de Tuxtla, Veracruz": a saint's name has namesakes in every
            # province; the town after "de" says which, and the place is by it
            mentions[position] = PlaceMention(
                start=head.start, end=head.end, text=head.text, place=None,
                geo_precision=1, modifier=None, score=head.score,
                reason="the head of a longer name, placed by its tail")
    if "(" in text or "," in text:
        countries = {c for c, n in context.named.items() if n > 0} | {
            c for c, n in context.resolved.items() if n > 0}
        if countries:
            _division_spellings(text, runs, mentions, gazetteer, countries)
    if "(" in text or "," in text:
        _holder_spellings(text, runs, mentions, gazetteer)
    if len(mentions) > 1:
        _town_outside_written_holder(text, mentions, gazetteer)
    if len(mentions) > 1 and any(m.reason == _NO_ENTRY_IN_DIVISION for m in mentions):
        _district_spellings(text, mentions, runs, gazetteer)
    _place_at_holders(text, mentions, runs)
    if " of " in text or "," in text:
        _city_parts(text, mentions, gazetteer)
    if ("in " in text or "of " in text) and may_hold(text, _FEATURE_WORD_LIST):
        mentions.extend(_features_in_namesake_provinces(text, runs, mentions, gazetteer))
    if "sk" in text:
        _seat_named_districts(text, mentions, gazetteer)
    if len(mentions) < len(runs):
        split = _split_regions(text, runs, mentions, gazetteer)
        if split:
            mentions.extend(split)
            mentions.sort(key=lambda m: m.start)
    mentions.extend(_unknown_names(text, runs, mentions, gazetteer))
    if any(m.place is None for m in mentions):
        mentions.sort(key=lambda m: m.start)
        _unknown_heads(runs, mentions, text)
    if "illage" in text:
        mentions.sort(key=lambda m: m.start)
        _villages_read_whole(text, runs, mentions)
    unplaced = any(m.place is None for m in mentions) or len(mentions) < len(runs)
    if unplaced or any((m.reason or "").endswith(HOLDER_PLACED_REASON) for m in mentions):
        # (a name placed at its holder may be a town of a namesake holder: "Han Yunis, Gaza")
        mentions.sort(key=lambda m: m.start)
        line = doc.document.metadata.get("dateline_span") if doc.document else None
        placed = _placed_countries(context, mentions, (line[0], line[1]) if line else None)
        _kha_written_h(mentions, gazetteer, placed)
        _misspelt_before_country(text, mentions, gazetteer)
        if unplaced:
            misspelt = _misspelled_names(text, runs, mentions, gazetteer, placed,
                                         groups=context.group_divisions)
            if misspelt:
                _outside_misspelt_division(text, mentions, misspelt)
                # (the names inside a division's name read a letter off, or left
                # unresolved across it)
                mentions[:] = [m for m in mentions if not any(
                    d.start < m.end and m.start < d.end and (
                        m.place is None or d.start <= m.start and m.end <= d.end)
                    for d in misspelt)]
                mentions.extend(misspelt)
    mentions.sort(key=lambda m: m.start)
    if "road" in text or "way" in text or "between" in text or "route" in text:
        _road_ends_near(text, mentions, gazetteer)
    return tuple(mentions)


# Two ends of one road: "between X and Y", "the X-Y highway", "the road that connects X to
# Y", "the road from X to Y" (the text before the first end, the gap, the text after the
# second).
_BETWEEN_ENDS = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$")
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+(?:town|village|city)\s+of\s+)?")
_ROAD_BEFORE = re.compile(
    r"\b(?:road|highway|motorway|route|expressway)\s+(?:(?:that|which)\s+)?(?:(?:connects|"
    r"connecting|links|linking|joins|joining|runs|running|leads|leading)\s+)?(?:from\s+)?$")
_TO_GAP = re.compile(r"\s+(?:to|with|and)\s+")
_DASH_GAP = re.compile(r"\s?[-\u2013\u2014]\s?")
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|route|expressway)\b", re.IGNORECASE)
# How far apart the two ends of a road a report names may lie.
_ROAD_ENDS_KM = 300.0


def _road_ends(text: str, a: PlaceMention, b: PlaceMention) -> bool:
    """Whether ``a`` and ``b``, next to each other, are written as the two ends of a road."""
    before = text[max(0, a.start - 80):a.start]
    if _AND_GAP.fullmatch(text, a.end, b.start) and _BETWEEN_ENDS.search(before):
        return True
    if _TO_GAP.fullmatch(text, a.end, b.start) and _ROAD_BEFORE.search(before):
        return True
    return bool(_DASH_GAP.fullmatch(text, a.end, b.start) and _ROAD_AFTER.match(text, b.end))


def _road_ends_near(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """Of the towns that bear the name of one end of a road, the one nearest the other end,
    where the two readings lie too far apart for one road: "the road that connects Puerto
    Nuevo to Villa Clara" runs from the Puerto Nuevo by Villa Clara. The end read as the
    larger town stays, as the firmer reading. ``mentions`` is changed in place."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.place is None or b.place is None or "populated_place" not in (
                a.place.feature, b.place.feature) or "country" in (
                a.place.feature, b.place.feature) or not _road_ends(text, a, b):
            continue
        if km_apart(a.place, b.place) <= _ROAD_ENDS_KM:
            continue
        k = 1 if a.place.population >= b.place.population else 0
        end, anchor = mentions[i + k], (b.place if k == 0 else a.place)
        if end.place is None or end.place.feature != "populated_place":
            continue
        key = name_key(end.text)
        namesakes = [gazetteer.place(c) for c in gazetteer.candidates_for_key(key)
                     if gazetteer.feature_of(c) == "populated_place"]
        near = [n for n in namesakes if km_apart(n, anchor) <= _ROAD_ENDS_KM]
        # a town of the very name before one that bears it only as another name
        near = [n for n in near if name_key(n.name) == key] or near
        if not near:
            continue
        nearest = min(near, key=lambda n: km_apart(n, anchor))
        mentions[i + k] = replace(end, place=nearest, reason=(
            f"{end.reason}; the namesake nearest {anchor.name}, the road's other end"))


def _same_division_again(text: str, mentions: list[PlaceMention]) -> None:
    """A name read once as a first-level division and elsewhere in the text as a town that
    bears it only as another name, inside that division, is the division there too: "Bihar
    police ... (Jamui, Bihar)" is the state twice, not Bihar Sharif once. A town the
    division is written after as where it lies ("in Durango, Durango") stays the town."""
    divisions: dict[str, tuple[Place, int]] = {}  # key -> the division and where it is read
    for m in mentions:
        if m.place is not None and m.place.feature == "admin1":
            divisions[name_key(m.text)] = (m.place, m.start)  # the last reading
    if not divisions:
        return
    for i, m in enumerate(mentions):
        place = m.place
        if place is None or place.feature != "populated_place":
            continue
        key = name_key(m.text)
        found = divisions.get(key)
        if found is None or found[1] < m.start:
            # only a reading the report settles later ("Bihar police ... (Jamui, Bihar)");
            # a later town reading ("in Gaya, Bihar ... a note to the Bihar government")
            # tells of something else than the event placed first
            continue
        division = found[0]
        if name_key(place.name) == key or (
                (place.country, place.admin1) != (division.country, division.name)):
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and name_key(after.text) == key and _HOLDER_GAP.match(
                text, m.end, after.start) is not None:
            continue
        mentions[i] = PlaceMention(
            start=m.start, end=m.end, text=m.text, place=division,
            geo_precision=_precision("admin1", m.modifier), modifier=m.modifier,
            score=m.score, reason="the division the same name is read as elsewhere in the text")


def _placed_countries(context: _Context, mentions: Sequence[PlaceMention],
                      dateline: tuple[int, int] | None = None) -> set[str]:
    """The countries a text is placed in, for reading a misspelling: those it names, and
    those of the places it resolved in the end. A first-pass reading the checks then turned
    down ("Ahmad" for a hamlet in India, a surname for a Russian village) places nothing:
    a name one letter off a district there is no place of the text ("near Sarmada" in a
    report on Idlib is no Narmada of India). Where the text names towns or divisions of
    some of them (its dateline aside), those: "airstrikes in Bari region ... the
    partnership with the United States ... in Puntland" is no Portland of the United States."""
    countries = {c for c, n in context.named.items() if n > 0}
    countries.update(m.place.country for m in mentions if m.place is not None)
    local = {m.place.country for m in mentions
             if m.place is not None and m.place.feature != "country"
             and not (dateline is not None and dateline[0] <= m.start < dateline[1])}
    return local or countries


# A name this long, one letter off a town or division (after transliteration keys), where a
# place goes, is read as a misspelling of it: "Quamishli" for Qamishli.
_MISSPELLING_MIN_LETTERS = 7
# The towns a misspelling may stand for: this populous, in a country the text points to
# (anywhere where it points nowhere); a name right after "in", "near", "at" may stand for a
# smaller town ("in Ain Oussara", a town of 98,000 spelled "Ain Oussera").
_MISSPELT_TOWN = 100_000
_MISSPELT_TOWN_AFTER_LOCATIVE = 50_000
_MISSPELT_TOWN_SMALLEST = min(_MISSPELT_TOWN, _MISSPELT_TOWN_AFTER_LOCATIVE)
_KEY_LETTERS = "abcdfghijklmnprstuvxz"


# Place nouns after a name that write it as a spot of its own: a name the gazetteer lacks
# written so is an unknown place, not a misspelling of a populous town.
# (and Iraq's sub-districts, which the gazetteer's divisions do not reach: "in Al-Multaqa
# sub-district", "Al-Abbara nahiya")
_OWN_NAME_NOUNS = frozenset({"area", "village", "sub-district", "subdistrict", "nahiya"})
_UNKNOWN_NAMED_PLACE = "a named place not in the gazetteer, written with a place noun after it"


def _one_edit_keys(key: str) -> set[str]:
    """Strings one deletion, insertion, substitution or swap of neighbours away from a key."""
    found: set[str] = set()
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        if tail:
            found.add(head + tail[1:])
            if len(tail) > 1:
                found.add(head + tail[1] + tail[0] + tail[2:])
        for letter in _KEY_LETTERS:
            found.add(head + letter + tail)
            if tail:
                found.add(head + letter + tail[1:])
    found.discard(key)
    return found


@functools.lru_cache(maxsize=10_000)
def _known_one_edit_keys(gazetteer: Gazetteer, key: str) -> tuple[str, ...]:
    """The gazetteer keys one edit off ``key`` (``_one_edit_keys`` that the gazetteer
    holds), in the order a look-up over the variants gives them: some hundreds of strings
    built and looked up per key, once per process (an unknown name recurs across reports)."""
    return tuple(gazetteer.known_keys(_one_edit_keys(key)))


# What a division word after a name may be for the name still to need a place word before
# it: none, or a word of nearness ("X outskirts").
_NO_DIVISION_OR_NEAR = (None, *_NEAR_AFTER)


@functools.lru_cache(maxsize=50_000)
def _long_name(run: str, most_words: int = 3) -> str | None:
    """A run of capitalised words, normalised, where it is long enough to be read as a
    misspelling (``_MISSPELLING_MIN_LETTERS``, ``most_words`` words at most); None where it
    is not."""
    folded = normalise(run)
    if len(folded.replace(" ", "")) < _MISSPELLING_MIN_LETTERS or len(run.split()) > most_words:
        return None
    return folded


# How many words a name written with a first-level division's word after it may have to be
# read as a misspelling: provinces' names run to four or five ("Al Jabal al Akhdar").
_DIVISION_NAME_MOST_WORDS = 5


def _misspelled_names(
    text: str,
    runs: Sequence[tuple[int, int, str]],
    mentions: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    countries: set[str],
    *,
    groups: frozenset[tuple[str, int]] = frozenset(),
) -> list[PlaceMention]:
    """Names the gazetteer lacks, written where a place goes, that are one letter off the
    name of a division, or of a populous town, of a country the text points to ("in
    Quamishli city", "in Rural Damanscus"); where the text points to no country, a
    first-level division or a populous town anywhere, if all such lie in one country.
    After "near" or "in", a long name one letter off the one village of that name in the
    divisions where a group the text names operates ("the SMM observed explosions near
    Novoselivka Druha") is that village, whatever its size."""
    found: list[PlaceMention] = []
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    stopwords = load_stopwords()
    for start, end, run in runs:
        last = bisect.bisect_left(starts, end) - 1
        # A run that a name left unresolved covers ("Khyber Pakhtnunkhwa", "Nort Kivu"),
        # or a word of which was read, written with a first-level division's word after it
        # ("Gaza Stip governorate"), may still be a first-level division's name a letter
        # off, and nothing else
        division_only = last >= 0 and ends[last] > start
        if division_only and not _inside_run(
                mentions, last, start, end, resolved=" " in run and _division_after(
                    text, end) in _ADMIN1_WORDS):
            continue
        folded = _long_name(run)
        if folded is None and " " in run and _division_after(text, end) in _ADMIN1_WORDS:
            # "in V village, Al Jabal al Akhar province"
            folded = _long_name(run, _DIVISION_NAME_MOST_WORDS)
        if folded is None:
            continue
        after = last + 1
        noun = _division_after(text, end)
        name = run
        if noun is None and len(run.split()) > 1 and run.split()[-1].lower() in _ADMIN1_WORDS:
            # "of Galguduu Region": the name with its own word, capitalised
            name, noun = run.rsplit(None, 1)[0], run.split()[-1].lower()
        # "Daykndi province": a name written with a first-level division's word is read
        # only as a first-level division a letter off it, not as a town of that spelling
        # (and one written with a district's or a town's word is none: "X district")
        if division_only and (noun in _ADMIN2_WORDS or noun in _TOWN_AFTER):
            continue
        division_only = division_only or noun in _ADMIN1_WORDS
        holder = mentions[after].place if after < len(mentions) else None
        if holder is not None and _LIST_GAP.match(text, end, mentions[after].start) and not (
                noun in _ADMIN1_WORDS and holder.feature == "country"):
            # "Morideni (Logobou, Tapoa)": the holder places a village it lacks; but a
            # country holds no province it lacks ("Galguduu region, Somalia"): a province of
            # it spelled one letter off is meant
            continue
        strong = _cue(text, start) in _STRONG_LOCATIVE_WORDS
        if not strong and noun in _NO_DIVISION_OR_NEAR:
            continue
        if folded in stopwords:
            continue
        # A run holding an English word ("Red Crescent") is read only as a long province
        # name ("in Rural Damascis"), and only if a word of it is no English word
        english = sum(w.lower() in gazetteer.english_words for w in name.split())
        if english and " " in name and name.split(None, 1)[0].lower() in _ARTICLE_PREFIX:
            english -= 1  # "Al Hudanydah", "An Nabantiyah": an Arabic article, no English word
        if english and (not (strong or division_only) or english == len(name.split())):
            continue
        if gazetteer.country_by_name(run) is not None:
            continue  # "the Lebanese village of": a people's name, no village's
        key = name_key(name)
        if len(key.replace(" ", "")) < _MISSPELLING_MIN_LETTERS:
            continue
        if division_only:
            if gazetteer.has_key(key):
                continue  # "in Nord-Ouest": a name left unresolved as written, no slip
            # (in any country, if in none the text points to: a word of the name may have
            # been read in another, "Gaza" of "Gaza Stip governorate" as Mozambique's)
            entry = _misspelt_entry(gazetteer, key, countries, divisions_only=True,
                                    written=name)
            if entry is None and countries:
                entry = _misspelt_entry(gazetteer, key, set(), divisions_only=True,
                                        written=name)
            if entry is None and noun in _ADMIN1_WORDS:
                # "Santnder department": of provinces of several countries a letter off, the
                # one of the country that calls its provinces by the word written
                own = {country for _, feature, country, _ in _one_edit_entries(gazetteer, key)
                       if feature == "admin1" and noun in admin1_words_of(country)}
                if own:
                    entry = _misspelt_entry(gazetteer, key, own, divisions_only=True)
            if entry is not None:
                place = gazetteer.place(entry)
                found.append(PlaceMention(
                    start=start, end=end, text=run, place=place, geo_precision=3,
                    modifier=None, score=0.6,
                    reason=f"spelling variant of the division {place.name}, one letter off"))
            continue
        if english:
            entry = _misspelt_entry(gazetteer, key, countries) if (
                len(key) >= _MISSPELT_DIVISION_ANYWHERE) else None
            if entry is not None and gazetteer.feature_of(entry) == "admin1":
                place = gazetteer.place(entry)
                found.append(PlaceMention(
                    start=start, end=end, text=run, place=place,
                    geo_precision=_precision(place.feature, None), modifier=None, score=0.6,
                    reason=f"spelling variant of {place.name}, one letter off"))
            continue
        if noun in _OWN_NAME_NOUNS:
            # "in Lashora area", "in Kandiwali village": the report writes the name as that
            # of a place of its own, which the gazetteer lacks, not as a slip for a city's
            found.append(PlaceMention(
                start=start, end=end, text=run, place=None, geo_precision=1, modifier=None,
                score=0.5, reason=_UNKNOWN_NAMED_PLACE))
            continue
        entry = _misspelt_entry(gazetteer, key, countries,
                                _MISSPELT_TOWN_AFTER_LOCATIVE if strong else _MISSPELT_TOWN,
                                written=name)
        transliterated = False
        if entry is None and countries:
            entry = _transliterated_town(gazetteer, key, frozenset(countries))
            transliterated = entry is not None
        if entry is None and strong and groups:
            entry = _misspelt_village(gazetteer, key, groups)
        if entry is None:
            continue
        place = gazetteer.place(entry)
        if after < len(mentions) and _outside_next(text, end, mentions[after], place):
            continue  # "Karisyaka cemetery in Yenimahalle": a place of another division
        found.append(PlaceMention(
            start=start, end=end, text=run, place=place,
            geo_precision=_precision(place.feature, None), modifier=None, score=0.6,
            reason=(f"spelling variant of {place.name}, a word's opening Kh written H"
                    if transliterated else f"spelling variant of {place.name}, one letter off")))
    if len(found) > 1:
        # "the Pomushi camp in South Ethinopia Regional": nor is a name read a letter off a
        # town abroad, written in the division
        _outside_misspelt_division(text, found, found)
    return found


def _inside_run(mentions: Sequence[PlaceMention], last: int, start: int, end: int, *,
                resolved: bool) -> bool:
    """Whether the mentions that overlap a run from ``start`` to ``end`` (those up to
    ``last``) are all names left unresolved, as an unknown name of several words is; or,
    with ``resolved``, all lie inside the run, whatever they were read as."""
    position = last
    while position >= 0 and mentions[position].end > start:
        mention = mentions[position]
        if not (mention.place is None or resolved and start <= mention.start and (
                mention.end <= end)):
            return False
        position -= 1
    return True


def _misspelt_before_country(text: str, mentions: list[PlaceMention],
                             gazetteer: Gazetteer) -> None:
    """A name the gazetteer lacks, placed at the country written after it ("in Zaporizhia,
    Ukraine"), that is one letter off the one division or populous town of that country of
    such a name, is that place written otherwise, as it is where no country follows: the
    country confirms the reading, it does not stand in for it."""
    for position, mention in enumerate(mentions):
        holder = mention.place
        if holder is None or holder.feature != "country" or not (
                mention.reason or "").endswith(HOLDER_PLACED_REASON):
            continue
        if _long_name(mention.text) is None or any(
                w.lower() in gazetteer.english_words for w in mention.text.split()):
            continue
        key = name_key(mention.text)
        if len(key.replace(" ", "")) < _MISSPELLING_MIN_LETTERS:
            continue
        strong = _cue(text, mention.start) in _STRONG_LOCATIVE_WORDS
        entry = _misspelt_entry(gazetteer, key, {holder.country},
                                _MISSPELT_TOWN_AFTER_LOCATIVE if strong else _MISSPELT_TOWN)
        if entry is None or gazetteer.country_code_of(entry) != holder.country:
            continue
        place = gazetteer.place(entry)
        mentions[position] = replace(
            mention, place=place, geo_precision=_precision(place.feature, None), score=0.6,
            reason=f"spelling variant of {place.name}, one letter off, in the country named "
                   "next to it")


# What lies between a place and the division written as where it lies: "X camp in Y", "X, Y",
# "X village, Y".
_BEFORE_DIVISION_GAP = re.compile(
    r"(?:[ \t]+(?:town|city|village|area|camp))?(?:[ \t]+in|[ \t]*,)[ \t]+(?:the[ \t]+)?")


def _outside_misspelt_division(text: str, mentions: list[PlaceMention],
                               misspelt: Sequence[PlaceMention]) -> None:
    """A place written in a first-level division or a town that a misspelling names ("a
    border camp in Rural Damascis", "the V camp in Bangnhazi") whose entry lies in another
    country is left unresolved, as it is where the division is spelled right: the division
    places the event, not a namesake or a border camp's entry across the border."""
    for division in misspelt:
        held = division.place
        if held is None or held.feature not in ("admin1", "populated_place"):
            continue
        for position, mention in enumerate(mentions):
            if mention.end <= division.start and mention.place is not None and (
                    mention.place.country != held.country) and (
                    _BEFORE_DIVISION_GAP.fullmatch(text, mention.end, division.start)):
                mentions[position] = replace(mention, place=None, reason=_NO_ENTRY_IN_DIVISION)


def _kha_written_h(mentions: list[PlaceMention], gazetteer: Gazetteer,
                   countries: set[str]) -> None:
    """Place a name the gazetteer lacks at the one town of a country the text points to
    whose name opens a word in "Kh" where the report writes "H" ("Han Yunis" for Khan
    Yunis); see ``_transliterated_town``. A name placed at the division or country written
    next to it is that town where the town lies there."""
    for position, mention in enumerate(mentions):
        holder = mention.place
        if holder is None and not countries or holder is not None and not (
                holder.feature in _HOLDER_FEATURES or holder.feature == "populated_place"
        ) or holder is not None and not (mention.reason or "").endswith(HOLDER_PLACED_REASON):
            continue
        key = name_key(mention.text)
        if len(key.replace(" ", "")) < _MISSPELLING_MIN_LETTERS or "h" not in key:
            continue
        if holder is not None and holder.feature == "populated_place":
            # "Han Yunis, Gaza" with Gaza read as the city: the name may be the Strip's
            _kha_in_namesake_holder(mentions, position, gazetteer, key, holder)
            continue
        entry = _transliterated_town(gazetteer, key, frozenset(
            countries if holder is None else {holder.country}))
        place = gazetteer.place(entry) if entry is not None else None
        if holder is not None and (
                place is None
                or holder.feature == "admin1" and place.admin1 != holder.name
                or holder.feature == "admin2" and place.admin2 != holder.name):
            if holder.feature != "country":
                _kha_in_namesake_holder(mentions, position, gazetteer, key, holder)
            continue
        if place is None:
            continue
        mentions[position] = replace(
            mention, place=place, geo_precision=_precision(place.feature, mention.modifier),
            score=0.6, reason=f"spelling variant of {place.name}, a word's opening Kh written H")


def _kha_in_namesake_holder(mentions: list[PlaceMention], position: int,
                            gazetteer: Gazetteer, key: str, holder: Place) -> None:
    """Read "Han Yunis, Gaza" where the holder was read as a division no town of that
    spelling lies in (a Mozambican province, or the Gaza governorate): where the name is
    the one town, written with kha's "H", lying in a division of the holder's name in any
    country (the Gaza Strip, whose name opens with it, or a governorate), the pair says
    which Gaza: both are placed there, as "Khan Yunis, Gaza" is read."""
    after = position + 1
    if after >= len(mentions) or mentions[after].place != holder:
        return
    written = mentions[after].text
    holder_key = name_key(written)
    namesakes: dict[str, list[Place]] = {}
    for entry in gazetteer.candidates_for_key(holder_key):
        info = gazetteer.info(entry)
        if info.feature in _HOLDER_FEATURES:
            namesakes.setdefault(info.country, []).append(gazetteer.place(entry))
    if not namesakes:
        return
    town = _transliterated_town(gazetteer, key, frozenset(namesakes))
    if town is None:
        return
    place = gazetteer.place(town)
    # the holder's name, or the first words of the first-level division's ("Gaza" of the
    # Gaza Strip)
    prefix = holder_key + " "
    lies_in = [n for n in namesakes.get(place.country, ())
               if n.feature == "admin1" and n.name == place.admin1
               or n.feature == "admin2" and n.name == place.admin2]
    if not lies_in and place.admin1 and name_key(place.admin1).startswith(prefix):
        division = gazetteer.admin1(place.country, place.admin1)
        if division is not None:
            lies_in = [division]
    if not lies_in:
        return
    mentions[position] = replace(
        mentions[position], place=place,
        geo_precision=_precision(place.feature, mentions[position].modifier), score=0.6,
        reason=f"spelling variant of {place.name}, a word's opening Kh written H, in the "
               f"{written} written next to it")
    division = lies_in[0]
    mentions[after] = replace(
        mentions[after], place=division, geo_precision=_precision(division.feature, None),
        reason=f"{mentions[after].reason}; the {written} that holds {place.name}, "
               f"named before it")


# The towns a name with a word opening in "H" may stand for where the gazetteer writes it
# "Kh" (Arabic, Persian and Pashto kha, which English reports also write "H": "Han
# Yunis" for Khan Yunis): this populous, in a country the text points to. The keys
# already merge q/k, ou/u, ee/i and the like; only kha's "H" is one letter off.
_TRANSLITERATED_TOWN = 10_000


@functools.lru_cache(maxsize=10_000)
def _transliterated_town(gazetteer: Gazetteer, key: str,
                         countries: frozenset[str]) -> int | None:
    """The one town of ``countries`` (``_TRANSLITERATED_TOWN`` people at least) whose key
    is ``key`` with the "h" opening one of its words read as kha ("k" in a key); None
    where there is none, or several."""
    words = key.split(" ")
    variants = [" ".join([*words[:i], "k" + word[1:], *words[i + 1:]])
                for i, word in enumerate(words) if word.startswith("h") and len(word) > 2]
    found: set[int] = set()
    for variant in gazetteer.known_keys(variants):
        for entry in gazetteer.candidates_for_key(variant):
            info = gazetteer.info(entry)
            if info.feature == "populated_place" and info.country in countries and (
                    info.population >= _TRANSLITERATED_TOWN):
                found.add(entry)
    return found.pop() if len(found) == 1 else None




# How long a name read abroad must be (letters of its key) to be read as a slip for a town
# of the country the text points to: shorter ones are one letter off too many towns.
_VARIANT_MIN_LETTERS = 5


# Kinds of place that hold towns: a name of one tells where a town named beside it lies.
_HOLDER_FEATURES = frozenset({"country", "admin1", "admin2"})


def _variants_in_pointed_country(text: str, spans: Sequence[_Span],
                                 mentions: list[PlaceMention], gazetteer: Gazetteer,
                                 context: _Context, lent: dict[str, str]) -> None:
    """Read as a sizeable town of a country the text points to a name read as a small
    place abroad, spelled as written, where that town's name is one letter off: "Pakistani
    police said a bomb hit a market in Marda" is Mardan, not a village of that spelling in
    a country nothing else in the text points to. A town in the country of a division or
    country the text names elsewhere keeps its reading: a town written "in" a province of
    its own country, in a report of another country's drones, is that town, not one a letter
    off in the drones' country. ``mentions`` are those of ``spans``."""
    # ("Israeli jets struck a house in X": the striker's country, named by nothing else, is
    # no country a name of the text is read in as a slip for its towns)
    pointed = {c for c, n in (context.pointed or context.named).items() if n > 0}
    if not pointed:
        return
    for position, (span, mention) in enumerate(zip(spans, mentions, strict=False)):
        place = mention.place
        if place is None or place.feature != "populated_place" or (
                place.population >= _MISSPELT_TOWN_SMALLEST) or place.country in pointed:
            continue
        if context.resolved.get(place.country, 0) - (lent.get(span.key) == place.country) > 0:
            continue  # another place of the text lies in that country
        if any(other.place is not None and other.place.country == place.country
               and other.place.feature in _HOLDER_FEATURES
               for other in mentions if other is not mention):
            continue  # the text names a division or the country the town lies in
        if span.key.startswith((_CODE_KEY, _DIVISION_ONLY_KEY)) or (
                len(span.key.replace(" ", "")) < _VARIANT_MIN_LETTERS):
            continue
        strong = _cue(text, span.start) in _STRONG_LOCATIVE_WORDS
        entry = _misspelt_entry(gazetteer, span.key, pointed,
                                _MISSPELT_TOWN_AFTER_LOCATIVE if strong else _MISSPELT_TOWN)
        if entry is None:
            continue
        variant = gazetteer.place(entry)
        mentions[position] = replace(
            mention, place=variant, geo_precision=_precision(variant.feature, mention.modifier),
            score=0.6, reason=f"spelling variant of {variant.name}, one letter off, in the "
                              f"country the text points to (not {place.name}, {place.country})")


def _outside_next(text: str, end: int, nxt: PlaceMention, place: Place) -> bool:
    """Whether the place named right after a name ("X cemetery in Y") lies in another
    first-level division than ``place``."""
    other = nxt.place
    if other is None or nxt.start - end > 30 or "." in text[end:nxt.start]:
        return False
    division = other.name if other.feature == "admin1" else other.admin1
    mine = place.name if place.feature == "admin1" else place.admin1
    return other.country != place.country or (other.feature != "country" and division != mine)


# How long a name (its key, spaces included) must be to stand for a first-level division one
# edit off it in a country the text does not otherwise point to: "a border camp in Rural
# Damascis" is Syria's province though the camp's one entry lies in Jordan; a long name
# one letter off a province's is no chance match.
_MISSPELT_DIVISION_ANYWHERE = 12


def _misspelt_entry(gazetteer: Gazetteer, key: str, countries: set[str],
                    smallest: int = _MISSPELT_TOWN, *, divisions_only: bool = False,
                    written: str = "",
                    entries: tuple[tuple[int, str, str, int], ...] | None = None) -> int | None:
    """The one division or populous town (``smallest`` people at least) whose name is one
    edit off ``key`` (see ``_misspelled_names``); None where there is none, or several in
    different countries. With ``divisions_only``, the one first-level division. Where no
    name is one edit off the key, the ``written`` name with a letter dropped is looked up
    (``_letter_added_entries``); ``entries`` are those looked at in place of the key's."""
    best: tuple[tuple[bool, int], int] | None = None
    seen_countries: set[str] = set()
    for entry, feature, country, population in (
            _one_edit_entries(gazetteer, key) if entries is None else entries):
        if feature == "populated_place" and population < smallest or (
                divisions_only and feature != "admin1"):
            continue
        if countries:
            if country not in countries and not (
                    feature == "admin1" and len(key) >= _MISSPELT_DIVISION_ANYWHERE):
                continue
        elif feature == "admin2":
            continue
        seen_countries.add(country)
        rank = (feature == "populated_place", population)  # a town first
        if best is None or rank > best[0]:
            best = (rank, entry)
    if best is None and written and entries is None:
        return _misspelt_entry(gazetteer, key, countries, smallest,
                               divisions_only=divisions_only,
                               entries=_letter_added_entries(gazetteer, written))
    if best is None or len(seen_countries) != 1:
        return None
    return best[1]


# How long a name must be (letters of its key) to be read as a slip for a village of any
# size: one letter off a short name finds some village by chance.
_MISSPELT_VILLAGE_MIN_LETTERS = 9


def _misspelt_village(gazetteer: Gazetteer, key: str,
                      groups: frozenset[tuple[str, int]]) -> int | None:
    """The one town or village, of any size, whose name is one edit off a long ``key`` and
    that lies in one of ``groups`` (the divisions where a group the text names operates);
    None where there is none or several. Where the others are register villages, known by
    no size and placed at their hromada's seat, the one town of known size is meant, as a
    name spelled as written reads the town of known size before a register village."""
    if len(key.replace(" ", "")) < _MISSPELT_VILLAGE_MIN_LETTERS:
        return None
    found: set[int] = set()
    for variant in _known_one_edit_keys(gazetteer, key):
        for entry in gazetteer.candidates_for_key(variant):
            info = gazetteer.info(entry)
            if info.feature == "populated_place" and (
                    info.country, gazetteer.admin1_of(entry)) in groups:
                found.add(entry)
    if len(found) > 1:
        found = {entry for entry in found if gazetteer.population_of(entry)}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=10_000)
def _one_edit_entries(gazetteer: Gazetteer, key: str) -> tuple[tuple[int, str, str, int], ...]:
    """(entry, feature, country, population) of the divisions and populous towns whose keys
    are one edit off ``key``: what ``_misspelt_entry`` reads whatever the text's countries,
    found once per key (the same unknown name recurs across reports)."""
    return _slip_entries(gazetteer, _known_one_edit_keys(gazetteer, key))


@functools.lru_cache(maxsize=10_000)
def _letter_added_entries(gazetteer: Gazetteer, written: str
                          ) -> tuple[tuple[int, str, str, int], ...]:
    """What ``_one_edit_entries`` finds for the names the ``written`` one is with a letter
    of it dropped: a letter slipped between two that a key reads as one ("Bagnhdad",
    "Jubnbada", "Badaknhshan": gh, bb, kh split) leaves the key two edits off its own, one
    letter off as written. Looked up only where nothing is one edit off the key."""
    variants = {name_key(written[:at] + written[at + 1:])
                for at in range(1, len(written)) if written[at].isalpha()}
    return _slip_entries(gazetteer, gazetteer.known_keys(sorted(variants)))


def _slip_entries(gazetteer: Gazetteer, variants: Sequence[str]
                  ) -> tuple[tuple[int, str, str, int], ...]:
    """(entry, feature, country, population) of the divisions and populous towns of the
    keys ``variants``."""
    found = []
    for variant in variants:
        for entry in gazetteer.candidates_for_key(variant):
            info = gazetteer.info(entry)
            if info.feature not in ("admin1", "admin2", "populated_place"):
                continue
            if info.feature == "populated_place" and info.population < _MISSPELT_TOWN_SMALLEST:
                continue
            found.append((entry, info.feature, info.country, info.population))
    return tuple(found)


# A district named by the adjective of its seat, as Russian and Ukrainian districts are:
# "Zelenokumsky District" (of Zelenokumsk), "Buinaksky rayon", "Krasnodonskyi raion".
_ADJECTIVAL_DISTRICT = re.compile(
    r"\b(?P<stem>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:skiy|skii|skyi|skyy|sky|skoy|skoi|ski)"
    r"[ \t]+(?i:district|rayon|raion)\b"
)
_SEAT_DISTRICT_REASON = "a district named after its seat, not in the gazetteer; placed at the seat"


def _seat_spellings(stem: str) -> tuple[str, ...]:
    """The seat's names a district's adjective may come from: "Kizlyar-sky", "Zelenokum-sky"
    (Zelenokumsk), "Sergokal-insky" (Sergokala)."""
    spellings = [stem, stem + "sk"]
    if stem.endswith("in"):
        spellings.append(stem[:-2] + "a")
    return tuple(spellings)


def _seat_named_districts(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """Place a district the gazetteer lacks, named by the adjective of its seat ("the
    Zelenokumsky District of Stavropol"), at the seat: a town so named in a first-level
    division where another place of the text lies. Coders place such a district at its
    seat or near it."""
    divisions = {(m.place.country, m.place.admin1) for m in mentions
                 if m.place is not None and m.place.admin1 is not None}
    if not divisions:
        return
    for match in _ADJECTIVAL_DISTRICT.finditer(text):
        start, end = match.span()
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.place is not None and m.place.feature != "populated_place" for m in inside):
            continue  # a district the gazetteer knows ("Vyborgsky district")
        # (a village spelled like the adjective, "Bakhmutske", is no district)
        seat: Place | None = None
        for spelling in _seat_spellings(match.group("stem")):
            for entry in gazetteer.candidates_for_key(name_key(spelling)):
                place = gazetteer.place(entry)
                if place.feature == "populated_place" and (place.country, place.admin1) in (
                        divisions) and (seat is None or place.population > seat.population):
                    seat = place
        if seat is None:
            continue
        mentions[:] = [m for m in mentions if m not in inside]
        # The district as the report names it, at its seat's point: a district still, so
        # that a village named in it keeps its own name over the district's.
        written = match.group(0)
        district = replace(seat, name=written, feature="admin2", admin2=written,
                           population=0, geonames_id=None)
        mentions.append(PlaceMention(start=start, end=end, text=written, place=district,
                                     geo_precision=2, modifier=None, score=0.5,
                                     reason=f"{_SEAT_DISTRICT_REASON}, {seat.name}"))
        mentions.sort(key=lambda m: m.start)


# A lesser division written with its own word, then the division or town that holds it:
# "in Kandiwal district, Bamyan", "in the Kandiwal district of Bamyan", "Sirkot county
# (Kitui)", "Sirkot tehsil in Haripur". A name the gazetteer lacks written so is that
# division, placed at its holder.
_UNKNOWN_DIVISION_WORDS = frozenset(
    "district county tehsil taluka taluk lga payam upazila township commune chiefdom "
    "sub-county subcounty".split())
_DIVISION_THEN_HOLDER = re.compile(
    rf"[ \t]+(?:{'|'.join(sorted(_UNKNOWN_DIVISION_WORDS))})"
    r"[ \t]*(?:\(|\)?[ \t]*,|[ \t]of[ \t]|[ \t]in[ \t])[ \t]*",
    re.IGNORECASE)
# A village or town, then the district that holds it in brackets: "in Tolkhana village
# (Kelwani district), Kitui", "Tolkhana (Kelwani district, Kitui)". Where the gazetteer lacks
# both, the district, which a coder can place, is read as a place of the holder after it.
_NAME_THEN_BRACKET = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:village|town|hamlet))?[ \t]*\([ \t]*$")

# A name, then "in" and the town or division that holds it: "in Tarsheen in Kilifi",
# "shelled Tarsheen village in the Kitui countryside", "shelled Tarsheen in the southern
# countryside of Kilifi".
_IN_HOLDER_GAP = re.compile(
    r"[ \t]+(?P<noun>(?:town|village|area)[ \t]+)?in[ \t]+(?:the[ \t]+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)[ \t]+)?"
    r"(?:countryside[ \t]+of[ \t]+)?")
# The word before a name that makes it a building's or a body's, not a place's: "the"
# ("outside the Kasbah in Kilifi") or the capitalised head of a longer name ("managers of
# Zaintel Telecom in Kilifi").
_NAME_HEAD_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][\w'\u2019-]*)[ \t]+$")


def _in_holder(text: str, start: int, end: int, holder: PlaceMention) -> bool:
    """Whether a name is written "in" a town or division that holds it ("in Tarsheen in
    Kilifi", "the Tarsheen area in Kilifi"), not as a building or a body that "the" or
    another name opens."""
    if holder.place is None or holder.place.feature not in (
            "populated_place", "admin1", "admin2"):
        return False
    gap = _IN_HOLDER_GAP.fullmatch(text, end, holder.start)
    if gap is None:
        return False
    before = _NAME_HEAD_BEFORE.search(text, max(0, start - 30), start)
    return before is None or gap.group("noun") is not None and before.group(0)[0] in "Tt"


# "the Tolkhana area of Kandiwal district", "Tolkhana village of Kandiwal district": an area
# or a village written as a part of a division.
_AREA_OF_GAP = re.compile(r"[ \t]+(?:area|village|hamlet|locality)[ \t]+of[ \t]+(?:the[ \t]+)?")


def _area_of_division(text: str, end: int, holder: PlaceMention) -> bool:
    """Whether a name is written as an area of the division after it ("in the Tolkhana area of
    Kandiwal district, Bamyan"); an area of a town is the town's part, which the town
    places (see ``_city_parts``)."""
    if holder.place is None or _AREA_OF_GAP.fullmatch(text, end, holder.start) is None:
        return False
    return holder.place.feature in ("admin1", "admin2") or (
        _division_after(text, holder.end) in _ADMIN2_WORDS | _ADMIN1_WORDS)


# A name the verb before it acts on, with where it lies in brackets after it: "militants
# attacked Tolkhana (Kelwani, Kitui)", "the army retook Tolkhana village (Kitui)". The
# bracket writes it as a place as surely as "in" does; a name with capitals inside is a
# group's ("backed SPLA-IO (Kitui) fighters").
_BRACKETED_HOLDER = re.compile(r"[ \t]*(?:(?:town|village)[ \t]*)?\(")
_VERB_BEFORE = re.compile(r"\b[a-z]+ed[ \t]+$")
# A name with the word for a town or village after it, then where it lies: "militants
# occupied Tolkhana town, Kitui", "raided Tolkhana village (Kelwani". The word writes the
# name as a place, whatever word stands before it.
_PLACE_NOUN_THEN_HOLDER = re.compile(r"[ \t]+(?:town|village)[ \t]*[,(]")
_GROUP_CAPITALS = re.compile(r"[A-Z]{2}|[a-z][A-Z]")
# Verbs whose object is a place, never a person or a body: "forces shelled Tolkhana in
# Kitui" writes Tolkhana as a place of Kitui as surely as "in Tolkhana" would ("attacked"
# or "captured" may take a person: "captured Hassan in Kitui").
_PLACE_OBJECT_VERBS = frozenset(
    "shelled bombarded besieged stormed overran invaded shelling".split())
# "on the Tolkhana front (Kelwani, Kitui)", "on Tolkhana frontline in Kitui": a front
# named after the place it runs by.
_FRONT_THEN_HOLDER = re.compile(
    r"[ \t]+(?:front|frontline|front[ \t]line)[ \t]*"
    rf"(?:\([ \t]*(?:{_UNKNOWN_NAME}[ \t]*,[ \t]*)?|,|in[ \t])[ \t]*(?:the[ \t]+)?")
# "on the outskirts of Tolkhana in Kitui", "in the vicinity of Tolkhana (Kitui)": the
# surroundings of a place are written as near it.
_PART_OF_BEFORE = re.compile(
    r"\b(?:outskirts|vicinity|environs|surroundings|countryside|periphery)[ \t]+of[ \t]+$")


def _told_as_a_place(text: str, run: str, cue_at: int, end: int, holder_start: int) -> bool:
    """Whether the words around a name the gazetteer lacks tell it as a place: a strong
    locative before it ("in", "near"), a verb acting on it with where it lies in brackets
    after it, the word for a town or village after it with where it lies next, a district
    in brackets after a village's name, a verb whose object is only ever a place with "in"
    where it lies after it, "the outskirts of" before it, or "on" a front named after it."""
    cue = _cue(text, cue_at)
    if cue in _STRONG_LOCATIVE_WORDS:
        return True
    if cue in _PLACE_OBJECT_VERBS and _IN_HOLDER_GAP.fullmatch(text, end, holder_start):
        return True
    if _BRACKETED_HOLDER.match(text, end) and _VERB_BEFORE.search(
            text, max(0, cue_at - 30), cue_at) and not _GROUP_CAPITALS.search(run):
        return True
    if _PART_OF_BEFORE.search(text, max(0, cue_at - 40), cue_at):
        return True
    if _PLACE_NOUN_THEN_HOLDER.match(text, end) and not _GROUP_CAPITALS.search(run):
        return True
    if _NAME_THEN_BRACKET.search(text, max(0, cue_at - 40), cue_at) and (
            _DIVISION_THEN_HOLDER.fullmatch(text, end, holder_start)):
        return True
    return cue in ("on", "along") and _FRONT_THEN_HOLDER.fullmatch(
        text, end, holder_start) is not None


def _runs_outside(runs: Sequence[tuple[int, int, str]],
                  mentions: Sequence[PlaceMention]) -> list[tuple[int, int, str]]:
    """The runs of capitalised words no mention covers any of. Mentions come left to right
    and never overlap, so their ends rise with their starts: a run overlaps one iff the last
    mention starting before the run's end ends after its start."""
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    outside: list[tuple[int, int, str]] = []
    for start, end, run in runs:
        last = bisect.bisect_left(starts, end) - 1
        if last < 0 or ends[last] <= start:
            outside.append((start, end, run))
    return outside


# How the parts of a province that was split in two or more are named: "Maguindanao" is now
# Maguindanao del Norte and Maguindanao del Sur, "Waziristan" North and South Waziristan.
_SPLIT_FORMS = ("{} del Norte", "{} del Sur", "North {}", "South {}", "East {}", "West {}",
                "Northern {}", "Southern {}", "Eastern {}", "Western {}", "Nord-{}", "Sud-{}",
                "{} Norte", "{} Sur", "{}-Nord", "{}-Sud")
#: How the reason of a region read by the divisions it was split into opens.
SPLIT_REGION_REASON = "a region now split into divisions of its name"


def _form_word_keys(words: str) -> list[str]:
    return [token_key(token) for token in normalise(words).split()]


# Each form's words before and after the name, as token keys. Every form parts the name from
# its words by a blank or a hyphen, so the tokens of "North X" are those of "North" and of X:
# the key of each form of a name is composed from the name's own token keys, the name read
# once (see ``_split_form_keys``).
_SPLIT_FORM_WORD_KEYS = tuple(
    (_form_word_keys(form.partition("{}")[0]), _form_word_keys(form.partition("{}")[2]))
    for form in _SPLIT_FORMS)


def _split_regions(text: str, runs: Sequence[tuple[int, int, str]],
                   mentions: Sequence[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Read a name no entry bears, written where a place goes, that two or more districts of
    one province bear with a side added ("in Mamasapano, Maguindanao", the province split
    into Maguindanao del Norte and del Sur): the region of the old name, placed at the
    province that holds its parts (precision 3). Parts that are provinces of their own hold
    no one province, and the name is left as it is."""
    found: list[PlaceMention] = []
    stopwords = load_stopwords()
    for start, end, run in _runs_outside(runs, mentions):
        if len(run.split()) > 2 or normalise(run) in stopwords or (
                _holder_mark_before(text, start) < 0
                and _cue(text, start) not in _STRONG_LOCATIVE_WORDS):
            continue
        split = _split_province(gazetteer, run)
        if split is None:
            continue
        province, places = split
        named = ", ".join(sorted(p.name for p in places))
        found.append(PlaceMention(
            start=start, end=end, text=run, place=province, geo_precision=3, modifier=None,
            score=0.5, reason=f"{SPLIT_REGION_REASON} ({named}); placed at the province that "
                              "holds them"))
    return found


@functools.lru_cache(maxsize=20_000)
def _split_province(gazetteer: Gazetteer, run: str) -> tuple[Place, tuple[Place, ...]] | None:
    """The province that holds the districts a name no entry bears is the old name of ("North
    X" and "South X", "X del Norte" and "X del Sur"), and those districts; None where it is no
    such name. Asked once per name: a report's unknown names recur across a corpus."""
    run_keys = _form_word_keys(run)
    if gazetteer.candidates_for_key(_joined_key(run_keys)):
        return None
    parts: dict[int, Place] = {}
    for key in _split_form_keys(run_keys):
        for entry in gazetteer.candidates_for_key(key):
            info = gazetteer.info(entry)
            if info.feature in ("admin1", "admin2"):
                parts[entry] = gazetteer.place(entry)
    places = tuple(parts.values())
    if len(places) < 2 or any(p.feature != "admin2" for p in places) or len(
            {(p.country, p.admin1) for p in places}) != 1:
        return None
    country, admin1 = places[0].country, places[0].admin1
    province = next((gazetteer.place(e) for e in gazetteer.candidates_for_key(
        name_key(admin1 or "")) if gazetteer.info(e).feature == "admin1"
        and gazetteer.info(e).country == country
        and gazetteer.place(e).admin1 == admin1), None)
    if province is None:
        return None
    return province, places


def _joined_key(keys: list[str]) -> str:
    """A name's key from its tokens' keys: a leading article dropped, as
    :func:`~eventcoder.gazetteer.tokens_key` drops it."""
    if len(keys) > 1 and keys[0] == "al":
        return " ".join(keys[1:])
    return " ".join(keys)


def _split_form_keys(run_keys: list[str]) -> list[str]:
    """The key of each of ``_SPLIT_FORMS`` of a name, from the name's token keys: the same as
    :func:`~eventcoder.gazetteer.name_key` of the form written out, without reading the
    name again for each."""
    return [_joined_key(before + run_keys + after) for before, after in _SPLIT_FORM_WORD_KEYS]


def _unknown_names(
    text: str,
    runs: Sequence[tuple[int, int, str]],
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """Names the gazetteer lacks, written where a place goes and followed by where it lies.

    "in Dhabeji town (Thatta, Sindh)", "near Bariirre (Afgooye, Lower Shabelle)": the
    village is placed, as coders do, at the district or town named next to it, with
    precision 2; the reason says so. A name of several words one of which alone was a weak
    reading left unresolved ("at Garas Barey (Wanla Weyn, ...": Barey) is read whole the
    same way, and the weak reading of its word is dropped.
    """
    found: list[PlaceMention] = []
    stopwords = load_stopwords()
    position = 0
    if not any(m.place is not None for m in mentions):
        return found
    over_weak = _runs_over_weak(runs, mentions)
    replaced: set[int] = set()
    for start, end, run in sorted([*_runs_outside(runs, mentions), *over_weak]):
        # Cheap tests first: most runs are not followed by where they lie.
        while position < len(mentions) and mentions[position].start < end:
            position += 1
        if position >= len(mentions):
            break
        nxt = mentions[position]
        past_country = _holder_past_country(text, end, mentions, position)
        if past_country is not None:
            nxt = past_country
        if nxt.place is None:
            continue
        syllable = _LOWER_SYLLABLE_AFTER.match(text, end)
        if syllable is not None and syllable.end() <= nxt.start:
            # "in Ban Nong Sa-kae village (...": the name as written, its last syllable too
            end = syllable.end()
            run = text[start:end]
        words = run.split()
        # "in Kandiwal District of Bamyan": the division word capitalised with its name
        head = run[: run.rindex(words[-1])].rstrip() if len(words) > 1 and (
            words[-1].lower() in _UNKNOWN_DIVISION_WORDS) else ""
        if not (head and _DIVISION_THEN_HOLDER.fullmatch(text, start + len(head), nxt.start)
                or past_country is not None
                or _HOLDER_GAP.match(text, end, nxt.start)
                or _DIVISION_THEN_HOLDER.fullmatch(text, end, nxt.start)
                or _in_holder(text, start, end, nxt)
                or _area_of_division(text, end, nxt)
                or _CHAIN.match(text, end, nxt.start)
                or _FRONT_THEN_HOLDER.fullmatch(text, end, nxt.start)):
            continue
        if head:
            run, end, words = head, start + len(head), words[:-1]
        if len(words) > 1 and words[0].lower() in _LEADING_PREPOSITIONS and (
                text[:start].rstrip()[-1:] in ("", ".", "!", "?", ":")):
            # "In Kalaygai village (Khedir District, ...": the preposition opening a
            # sentence, capitalised, is no part of the name but its cue (inside a sentence,
            # a name opening with such a word, "At Tall Hamdan", is read whole); a colon
            # opens one too, after a date or a label ("01/05/2011: In Kalaygai, Khedir")
            start = end - len(run) + run.index(words[1], len(words[0]))
            run, words = text[start:end], words[1:]
        cue_at = start
        if len(words) > 1 and words[0].lower() in _VILLAGE_WORDS_BEFORE:
            # "in Barangay Tolkhana, Kelwani": the word for a village is no part of its name
            start = end - len(run) + run.index(words[1], len(words[0]))
            run, words = text[start:end], words[1:]
        if len(words) > 3 or past_country is None and not _told_as_a_place(
                text, run, cue_at, end, nxt.start):
            continue
        folded = normalise(run)
        # "in Al Tolkhana (Kelwani, Kitui)": an Arabic article before a word of the name is
        # no English "al" or "as"
        if folded in stopwords or any(
                w.lower() in gazetteer.english_words
                and not (i < len(words) - 1 and w.lower() in _ARTICLE_PREFIX)
                for i, w in enumerate(words)):
            continue
        if nxt.place.feature == "country" and former_division(nxt.place.country, run):
            continue  # "in the Dibis district of At Ta'mim, Iraq": a province of old, no village
        if over_weak and (start, end, run) in over_weak and not _firm_holder(nxt, mentions):
            continue
        if nxt.place.feature == "admin1" and _division_after(text, end) in _DISTRICT_WORDS:
            # "in Sriwah district, Marib governorate": a district of it spelled otherwise
            district = _district_spelled_in(gazetteer, run, nxt.place)
            if district is not None:
                found.append(_district_variant(start, end, run, district))
                continue
        variant = _variant_in_holder(gazetteer, run, nxt.place)
        if variant is not None:
            found.append(PlaceMention(
                start=start, end=end, text=run, place=variant, geo_precision=1,
                modifier=None, score=0.6,
                reason="spelling variant of a town in the division named next to it"))
            continue
        found.append(_placed_at_holder(start, end, run, nxt.place, "not in the gazetteer",
                                       side=_holder_side(nxt)))
        if over_weak and (start, end, run) in over_weak:
            replaced.update(id(m) for m in mentions if start <= m.start and m.end <= end)
    if replaced:
        mentions[:] = [m for m in mentions if id(m) not in replaced]
    return found


def _firm_holder(holder: PlaceMention, mentions: Sequence[PlaceMention]) -> bool:
    """Whether a holder is firm enough to read a name whose word alone was set aside as weak
    as a village of it: read in the country of the text's other places, and not a region
    read by the divisions it was split into (whose own division the report states)."""
    place = holder.place
    if place is None or place.feature == "country" or (
            holder.reason is not None and holder.reason.startswith(SPLIT_REGION_REASON)):
        return False
    return all(m.place.country == place.country for m in mentions
               if m.place is not None and m is not holder)


def _runs_over_weak(runs: Sequence[tuple[int, int, str]],
                    mentions: Sequence[PlaceMention]) -> list[tuple[int, int, str]]:
    """The runs of two or more capitalised words whose only mentions lie inside them and are
    weak readings left unresolved ("Garas Barey", where "Barey" alone was read and set
    aside): the whole run may be a name the gazetteer lacks."""
    if not any(m.place is None for m in mentions):
        return []
    starts = [m.start for m in mentions]
    found: list[tuple[int, int, str]] = []
    for start, end, run in runs:
        if " " not in run:
            continue
        lo = bisect.bisect_left(starts, start)
        if lo > 0 and mentions[lo - 1].end > start:
            continue
        hi = bisect.bisect_left(starts, end)
        inside = mentions[lo:hi]
        if inside and all(m.place is None and m.end <= end and m.reason is not None
                          and m.reason.startswith("weak") for m in inside):
            found.append((start, end, run))
    return found


# A name, its area word or none, then "in" its country with a side or none, and the
# bracket that says where in the country it lies: "Tolkhana area in northwestern Kenya
# (Mwingi, Kitui)".
_IN_COUNTRY_GAP = re.compile(
    r"[ \t]+(?:(?:area|region|village|town|locality)[ \t]+)?in[ \t]+(?:the[ \t]+)?"
    r"(?:(?:north|south|east|west|central|far)(?:ern|-?(?:east|west)(?:ern)?)?[ \t]+)?")


def _holder_past_country(text: str, end: int, mentions: Sequence[PlaceMention],
                         position: int) -> PlaceMention | None:
    """The place written in brackets after the country that a name ending at ``end`` is
    written in ("Tolkhana area in northwestern Kenya (Mwingi, Kitui)": Mwingi), where
    ``mentions[position]`` is that country; None where the words are not so written."""
    country = mentions[position]
    if (country.place is None or country.place.feature != "country"
            or position + 1 >= len(mentions)
            or _IN_COUNTRY_GAP.fullmatch(text, end, country.start) is None):
        return None
    holder = mentions[position + 1]
    if (holder.place is None or holder.place.feature == "country"
            or holder.place.country != country.place.country
            or _COUNTRY_THEN_HOLDER.fullmatch(text, country.end, holder.start) is None):
        return None
    return holder


def _variant_in_holder(gazetteer: Gazetteer, written: str, holder: Place) -> Place | None:
    """A town of the holder written after a name the gazetteer lacks, spelled nearly as
    written ("Nezahualcoyolt, Mexico", "Culianca, Sinaloa"): in the holder's district where
    the holder is a district or a town, in its province where it is a province."""
    if holder.feature == "country" or len(written) < _HOLDER_VARIANT_MIN_LETTERS:
        return None
    province = _admin1_index(gazetteer, holder)
    if province < 0:
        return None
    entry = _fuzzy_in_divisions(gazetteer, written, {(holder.country, province)})
    if entry is None:
        return None
    place = gazetteer.place(entry)
    if holder.feature != "admin1" and place.admin2 != holder.admin2:
        return None  # "Purudu (Nellore, AP)": no Puduru of another district
    return place


class _InOrder:
    """A document's place mentions, kept in the order of their starts, asked which overlap a
    span and which first starts at or after an offset by bisection of the starts, not by a
    pass over all of them for each name (the square of a long text's length). A mention
    overlapping ``[start, end)`` starts before ``end`` and, being no longer than the
    longest, after ``start - longest``."""

    __slots__ = ("mentions", "starts", "longest")

    def __init__(self, mentions: list[PlaceMention]) -> None:
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """The positions of the mentions with ``m.start < end`` and ``start < m.end``."""
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [i for i in range(lo, hi) if self.mentions[i].end > start]

    def first_from(self, at: int) -> PlaceMention | None:
        """The first mention starting at ``at`` or later."""
        k = bisect.bisect_left(self.starts, at)
        return self.mentions[k] if k < len(self.mentions) else None

    def replace(self, positions: list[int], mention: PlaceMention) -> None:
        """Put ``mention`` in place of those at ``positions``, after any starting with it."""
        for i in reversed(positions):
            del self.mentions[i]
            del self.starts[i]
        at = bisect.bisect_right(self.starts, mention.start)
        self.mentions.insert(at, mention)
        self.starts.insert(at, mention.start)
        self.longest = max(self.longest, mention.end - mention.start)


def _division_spellings(
    text: str,
    runs: Sequence[tuple[int, int, str]],
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
    countries: set[str],
) -> None:
    """Read as a first-level division a name the gazetteer lacks, written as where the name
    before it lies, whose consonant skeleton is that of a division of a country the text
    points to: "in Bir Tarfas (Almargeb)", "Qasr Akhyar, Aljfara" (Libya's al-Marqab and
    Jafara, in the spellings of its statistics office). A mention left unresolved inside
    the name ("Gharbi" of "Al Jabl Al Gharbi") gives way to it. ``mentions`` is changed in
    place and left in the order of their starts."""
    in_order: _InOrder | None = None  # made for the first name after a comma or bracket
    for start, end, run in runs:
        if _holder_mark_before(text, start) < 0:
            continue
        in_order = in_order or _InOrder(mentions)
        inside = in_order.overlapping(start, end)
        if any(mentions[i].place is not None for i in inside) or len(run.split()) > 4:
            continue
        place = gazetteer.admin1_by_spelling(run, countries)
        if place is None:
            continue
        outer = in_order.first_from(end)
        if outer is not None and outer.place is not None and _HOLDER_GAP.match(
                text, end, outer.start) and (outer.place.feature != "country"
                                             or outer.place.country != place.country):
            # "(Mambasa, Ituri)": a holder of its own follows, so the name is a district
            # or town of it, not a first-level division of another country
            continue
        in_order.replace(inside, PlaceMention(
            start=start, end=end, text=run, place=place, geo_precision=3, modifier=None,
            score=0.6, reason=f"spelling variant of the division {place.name}"))


# Between a holder and the division that holds it in turn: "(Nalgoda, TS)".
_OUTER_GAP = re.compile(r"[ \t]*,[ \t]*")
# A holder's name this short is read as a misspelling only one edit off a name of the
# division that holds it; longer ones by a fuzzy search of that division's towns.
_HOLDER_SPELLING_MIN_LETTERS = 5


# A name this long at least may be read as a misspelt town of the holder written after it:
# shorter ones are as often a hamlet the gazetteer lacks, a letter off a town nearby.
_HOLDER_VARIANT_MIN_LETTERS = 6


def _admin1_index(gazetteer: Gazetteer, place: Place) -> int:
    """The admin-name index of the first-level division ``place`` is or lies in (-1)."""
    for entry in gazetteer.candidates_for_key(name_key(place.name)):
        if gazetteer.place(entry).geonames_id == place.geonames_id:
            return gazetteer.admin1_of(entry)
    return -1


def _holder_spellings(
    text: str,
    runs: Sequence[tuple[int, int, str]],
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
) -> None:
    """Read a name the gazetteer lacks, written as the holder of a place and itself followed
    by the division that holds it, as the district or town of that division it is one
    letter, or a transliteration, off: "Damaracherla village (Nalgoda, TS)" is Nalgonda of
    Telangana, "(Noshehro Feroze, Sindh)" Naushahro Firoz. Only entries inside the division
    written after it count, so a slip is never read as a place elsewhere. Mentions left
    unresolved inside the name give way to it; ``mentions`` is changed in place."""
    in_order: _InOrder | None = None  # made for the first name between a holder's marks
    for start, end, run in runs:
        if _holder_mark_before(text, start) < 0:
            continue
        gap = _OUTER_GAP.match(text, end)
        if gap is None or len(run.split()) > 3:
            continue
        in_order = in_order or _InOrder(mentions)
        inside = in_order.overlapping(start, end)
        if any(mentions[i].place is not None for i in inside):
            continue
        outer = in_order.first_from(end)
        if outer is None or outer.start != gap.end() or outer.place is None or (
                outer.place.feature not in ("admin1", "admin2")):
            continue
        key = name_key(run)
        letters = len(key.replace(" ", ""))
        if letters < _HOLDER_SPELLING_MIN_LETTERS or normalise(run) in load_stopwords():
            continue
        division = outer.place.name if outer.place.feature == "admin1" else outer.place.admin1
        country = outer.place.country
        found: int | None = None
        found_rank: tuple[bool, int] = (False, 0)
        for variant in _known_one_edit_keys(gazetteer, key):
            for entry in gazetteer.candidates_for_key(variant):
                info = gazetteer.info(entry)
                if info.country != country or info.feature not in ("admin2", "populated_place") \
                        or gazetteer.is_post_office_village(entry):
                    continue
                place = gazetteer.place(entry)
                if place.admin1 != division or (
                        outer.place.feature == "admin2" and place.admin2 != outer.place.name):
                    continue
                rank = (info.feature == "populated_place", info.population)  # a town first
                if found is None or rank > found_rank:
                    found, found_rank = entry, rank
        if found is None and letters >= _MISSPELLING_MIN_LETTERS:
            admin1 = _admin1_index(gazetteer, outer.place)
            if admin1 >= 0:
                found = _fuzzy_town(gazetteer, key, ((country, admin1),))
        if found is None:
            continue
        place = gazetteer.place(found)
        in_order.replace(inside, PlaceMention(
            start=start, end=end, text=run, place=place,
            geo_precision=_precision(place.feature, None), modifier=None, score=0.6,
            reason=f"spelling variant of {place.name}, in the division named next to it"))


# Words that name a natural feature: a valley, a mountain range, a desert ("Wadi
# al-Zghaitoun", "Jabal Makhoul", "the Qandil Mountains", "the Zab river").
_FEATURE_WORDS = (r"wadi|valley|jabal|jebel|jabel|jbel|mount|mountains?|mt|hills?|ridge|desert|"
                  r"plains?|river|lake|marsh(?:es)?|basin|gorge|canyon|oasis|forest|island")
_FEATURE_NAME = re.compile(rf"(?:{_FEATURE_WORDS})\b|.*\b(?:{_FEATURE_WORDS})$", re.IGNORECASE)
# Words one of which every match of _FEATURE_WORDS holds (see may_hold): a text with none
# names no feature that _features_in_namesake_provinces reads.
_FEATURE_WORD_LIST = ("wadi", "valley", "jabal", "jebel", "jabel", "jbel", "mount", "mt",
                      "hill", "ridge", "desert", "plain", "river", "lake", "marsh", "basin",
                      "gorge", "canyon", "oasis", "forest", "island")
# What lies between the feature's name and the place it is said to be in: "Wadi X in ",
# "the X valley area of "; the group is a feature word written after the name.
_FEATURE_IN = re.compile(
    rf"(?:[ \t]+(?P<word>{_FEATURE_WORDS}))?(?:[ \t]+(?:area|region))?[ \t]*,?[ \t]+"
    r"(?:in|inside|of)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _features_in_namesake_provinces(
    text: str,
    runs: Sequence[tuple[int, int, str]],
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """A natural feature said to lie in a name that is both a city and the province it is
    the seat of ("strikes in Wadi al-Zghaitoun in Kirkuk", "the Wadi Hauran valley of
    Anbar"): a valley or a range lies in the province, not in the city, so the name is read
    as the province and the feature placed at it (precision 2, a part of a region), not at
    the city's point. Mentions read as the city are replaced in ``mentions``, those read
    inside a feature's name dropped; the mentions of the features the gazetteer lacks are
    returned."""
    found: list[PlaceMention] = []
    dropped: set[int] = set()
    starts = [m.start for m in mentions]
    for start, end, run in runs:
        gap = _FEATURE_IN.match(text, end)
        if gap is None or len(run.split()) > 4 or (
                gap.group("word") is None and _FEATURE_NAME.match(run) is None):
            continue
        i = bisect.bisect_left(starts, start)
        inside = range(i, bisect.bisect_left(starts, end, lo=i))
        own = mentions[i].place if len(inside) == 1 else None
        known = own is not None and own.feature == "natural" and (
            mentions[i].start == start and mentions[i].end == end)
        if not known and any(mentions[k].place is not None for k in inside):
            continue  # a name the gazetteer knows, and no feature: a town, a body
        j = bisect.bisect_left(starts, gap.end())
        if j >= len(mentions) or mentions[j].start != gap.end():
            continue
        city = mentions[j]
        if city.place is None or city.place.feature != "populated_place" or (
                _division_after(text, city.end) is not None):
            continue  # "in Kirkuk city", "in Kirkuk province": said outright
        province = _namesake_province(gazetteer, city.text, city.place)
        if province is None:
            continue
        mentions[j] = PlaceMention(
            start=city.start, end=city.end, text=city.text, place=province,
            geo_precision=3, modifier=None, score=city.score,
            reason="the province of this name, where a natural feature named in it lies")
        if not known:  # what was read inside its name ("al-Shay" of "Wadi al-Shay") goes
            dropped.update(inside)
            # a part of the province, as ACLED codes one: precision 2
            found.append(PlaceMention(
                start=start, end=end, text=run, place=province, geo_precision=2,
                modifier=None, score=0.5, reason=f"{NATURAL_FEATURE_REASON}; "
                f"placed at the province of {province.name}, named next to it"))
    for k in sorted(dropped, reverse=True):
        del mentions[k]
    return found


def _namesake_province(gazetteer: Gazetteer, written: str, city: Place) -> Place | None:
    """The first-level division of the city's country written like it that holds it (Kirkuk
    of Kirkuk, Idlib of Idlib); None where there is none."""
    for entry in gazetteer.candidates_for_key(name_key(written)):
        info = gazetteer.info(entry)
        if info.feature == "admin1" and info.country == city.country:
            province = gazetteer.place(entry)
            if province.admin1 == city.admin1:
                return province
    return None


def _placed_at_holder(start: int, end: int, text: str, holder: Place, why: str, *,
                      side: str | None = None) -> PlaceMention:
    """A name no entry fits, placed, as coders do, at the place named next to it as its
    holder: a town or district with precision 2, a province with precision 3. ``side`` is
    the side of the holder's countryside written for it ("southern countryside of"), where
    the name lies too."""
    precision = 2 if holder.feature in ("populated_place", "admin2") else 3
    return PlaceMention(start=start, end=end, text=text, place=holder, geo_precision=precision,
                        modifier=side, score=0.5,
                        reason=f"{why}; placed at {holder.name}{HOLDER_PLACED_REASON}")


def _holder_side(holder: PlaceMention) -> str | None:
    """The side of its countryside a holder is written with ("in the southern countryside of
    Kitui"): a name written in it lies on that side of the town, not at it."""
    modifier = holder.modifier
    if modifier is None or not modifier.endswith(" countryside of"):
        return None
    return modifier if modifier.count(" ") == 2 else None


# A town this large, whose name ends a longer one the gazetteer lacks, is what that name
# refers to: "San Luis de Canete" lies by Canete.
_NAMED_AFTER_TOWN = 10_000


# Why a mention is left unresolved when the division written next to it holds no entry of
# its name: the holder then places it.
_NO_ENTRY_IN_DIVISION = "no entry lies in the division named next to it"
#: How the reason of a name placed at the division or town written next to it ends.
HOLDER_PLACED_REASON = ", named next to it"
#: How the reason of a valley or a range the gazetteer lacks, placed at its province, opens.
NATURAL_FEATURE_REASON = "a natural feature not in the gazetteer"
_OUTSIDE_STATED_DIVISION = "weak: a small town outside the division the text states"


# A town, a district word, then the district holding it: "Kwal district (Bassa LGA, ".
_DISTRICT_GAP = re.compile(r"[ \t]+(?:district|ward|village|town)?[ \t]*\([ \t]*")


def _outside_written_district(text: str, spans: Sequence[_Span],
                              prepared: Sequence[Sequence[_Candidate]], position: int,
                              best: _Candidate) -> bool:
    """Whether a town's reading lies in another district of its province than the
    one written after it as its holder: "Kwal district (Bassa LGA, Plateau)" is no Kwal of
    Kanke LGA, though both lie in Plateau. The holder must be written as a district ("LGA",
    "district") and have a reading in the town's province."""
    if best.admin2 < 0 or best.admin1 < 0 or (
            _DISTRICT_GAP.fullmatch(text, spans[position].end, spans[position + 1].start)
            is None):
        return False
    nxt = spans[position + 1]
    if _division_after(text, nxt.end) not in _ADMIN2_WORDS:
        return False
    districts = [c for c in prepared[position + 1] if c.feature == "admin2"
                 and c.country == best.country and c.admin1 == best.admin1]
    return bool(districts) and all(c.admin2 != best.admin2 for c in districts) and (
        all(c.entry != best.entry for c in prepared[position + 1]))


# How far from the seat of the district a text writes a village of a neighbouring district
# may lie and still be the village meant: about a district's radius.
_VILLAGE_REACH_KM = 30.0
_VILLAGE_OF = re.compile(r"\bvillages?[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_OUTSIDE_WRITTEN_DISTRICT = "weak: a village read in another district than the one the text writes"


def _village_outside_written_district(text: str, spans: Sequence[_Span],
                                      divisions: Sequence[str | None],
                                      mentions: list[PlaceMention]) -> None:
    """Leave unresolved a village read in another district of its province, farther from
    the one district the text writes out as such than a district reaches: "in Calvillo
    municipality, Aguascalientes, residents of Asientos village" is a village of Calvillo
    the gazetteer lacks, not the namesake of a municipality across the state. A town (not
    written as a village) may be another place the report names."""
    districts = {m.place for m, word in zip(mentions, divisions, strict=False)
                 if m.place is not None and m.place.feature == "admin2"
                 and word in _ADMIN2_WORDS}
    if len(districts) != 1:
        return
    district = next(iter(districts))
    country, admin1, admin2 = district.country, district.admin1, district.admin2
    for i, (span, word) in enumerate(zip(spans, divisions, strict=False)):
        place = mentions[i].place
        if place is None or place.feature != "populated_place" or place.admin2 is None or (
                (place.country, place.admin1) != (country, admin1)) or place.admin2 == admin2:
            continue
        if place.population >= _MISSPELT_TOWN or km_apart(place, district) <= _VILLAGE_REACH_KM:
            continue  # (one just over the border may be the village meant)
        if word != "village" and not _VILLAGE_OF.search(text, max(0, span.start - 20),
                                                        span.start):
            continue
        mentions[i] = replace(mentions[i], place=None, geo_precision=1, modifier=None,
                              reason=_OUTSIDE_WRITTEN_DISTRICT)


def _town_outside_written_holder(text: str, mentions: list[PlaceMention],
                                 gazetteer: Gazetteer) -> None:
    """Read a small town written right before the district that holds it ("in Bariarpur
    village in Jamui, Bihar", "Tuddingan, Naguilian, La Union") inside that district: a
    reading in another district of the province, farther from it than a district reaches,
    is a namesake, not the place meant. Its namesake inside the district, or nearest it, is
    taken; where the gazetteer has none, the mention is left unresolved and placed at the
    district (see ``_place_at_holders``): Bariarpur of Jamui is a village the gazetteer
    lacks, not the town of Munger fifty kilometres away. The holder is a district, or,
    for a name written as a village, a town that is its district's seat and namesake but
    no province's ("Jamui" the town, not "Sadah"); a town that is its own district's seat
    is left as read, since districts are redrawn."""
    for i, mention in enumerate(mentions[:-1]):
        place, nxt = mention.place, mentions[i + 1]
        holder = nxt.place
        if place is None or holder is None or place.feature != "populated_place" or (
                place.admin2 is None or holder.admin2 is None
                or place.population >= _MISSPELT_TOWN
                or name_key(place.name) == name_key(place.admin2)):
            continue
        if holder.feature == "populated_place":
            # a district's seat and namesake (no province's: "Sadah") holds a village
            # ("Raghunathpur village in Bhagalpur"); a town so written may be another
            # place, "Hunkuyi (Lere, Kaduna)" a slip for the district
            if name_key(holder.name) != name_key(holder.admin2) or (
                    holder.admin1 is not None
                    and name_key(holder.name) == name_key(holder.admin1)) or not (
                    _VILLAGE_AFTER.match(text, mention.end)
                    or _VILLAGE_OF.search(text, max(0, mention.start - 20), mention.start)):
                continue
        elif holder.feature != "admin2":
            continue
        if (place.country, place.admin1) != (holder.country, holder.admin1) or (
                place.admin2 == holder.admin2 or km_apart(place, holder) <= _VILLAGE_REACH_KM):
            continue
        if not _holder_after(text, mention, nxt):
            continue
        inside: Place | None = None
        for entry in gazetteer.candidates_for_key(name_key(mention.text)):
            info = gazetteer.info(entry)
            if info.feature != "populated_place" or info.country != place.country:
                continue
            other = gazetteer.place(entry)
            if other.admin1 == place.admin1 and (
                    other.admin2 == holder.admin2
                    or km_apart(other, holder) <= _VILLAGE_REACH_KM) and (
                    inside is None or km_apart(other, holder) < km_apart(inside, holder)):
                inside = other
        if inside is not None:
            mentions[i] = replace(mention, place=inside,
                                  reason="the namesake in the district named next to it")
        else:
            mentions[i] = replace(mention, place=None, geo_precision=1, modifier=None,
                                  reason=_NO_ENTRY_IN_DIVISION)


# A part of a town, then the town: "the Marbella quarter of ", "the Old Port district of the
# city of ", "the Zaytun area of eastern ", "the Kadhimiya neighbourhood, ".
_PART_OF_CITY = re.compile(
    r"[ \t]+(?:(?:district|quarter|neighbou?rhood|suburb|ward|borough|area)[ \t]+of"
    r"[ \t]+(?:the[ \t]+)?(?:(?:city|town)[ \t]+of[ \t]+)?"
    r"(?:(?:north|south)?(?:east|west)?(?:ern)?[ \t]+|central[ \t]+)?"
    r"|(?:quarter|neighbou?rhood|suburb|area),[ \t]*(?:in[ \t]+)?)",
    re.IGNORECASE,
)
_AREA_OF = re.compile(r"[ \t]+area\b", re.IGNORECASE)
_DISTRICT_OF = re.compile(r"[ \t]+district[ \t]", re.IGNORECASE)
# How far a reading of a town's part may lie from the town: a large city's reach.
_CITY_PART_KM = 30.0


def _town_reach(town: Place) -> float:
    """How far from its point a town's own quarters lie, by its size: some 27 km for a city
    of seven million, 8 km for one of 650,000, 3 km for a town of 100,000."""
    return min(_CITY_PART_KM, max(3.0, math.sqrt(town.population) / 100))


def km_apart(a: Place, b: Place) -> float:
    dy = (b.latitude - a.latitude) * 111.2
    dx = (b.longitude - a.longitude) * 111.2 * math.cos(
        math.radians((a.latitude + b.latitude) / 2))
    return math.hypot(dx, dy)


def _namesake_seat(gazetteer: Gazetteer, division: Place) -> Place | None:
    """The largest town of a division's own name inside it (Izmir of the province Izmir)."""
    best: Place | None = None
    for index in gazetteer.candidates_for_key(name_key(division.name)):
        if gazetteer.feature_of(index) != "populated_place" or (
                gazetteer.country_code_of(index) != division.country):
            continue
        place = gazetteer.place(index)
        if place.admin1 == division.admin1 and name_key(place.name) == name_key(
                division.name) and (best is None or place.population > best.population):
            best = place
    return best


def _city_parts(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """Place a quarter or district written as part of the town named after it ("in the
    Sovetsky district of Omsk", "the Karsiyaka district of Izmir", where the province
    bears the town's name) at that town: where the quarter's own reading lies far from it,
    a namesake elsewhere (or a spelling variant of one), not the town's quarter, which the
    gazetteer lacks."""
    for i, mention in enumerate(mentions[:-1]):
        town = mentions[i + 1].place
        if town is None or town.feature == "country" or (
                _PART_OF_CITY.fullmatch(text, mention.end, mentions[i + 1].start) is None):
            continue
        part = mention.place
        if town.feature == "populated_place" and (part is None or part == town):
            # (a part already placed at the town written as its holder: "the X area, Y")
            across = _quarter_across_border(gazetteer, mention.text, town)
            if across is not None:
                mentions[i] = replace(mention, place=across, geo_precision=1, score=1.0,
                                      reason=_QUARTER_ACROSS_BORDER)
                continue
        if town.feature != "populated_place":
            # "the Mae Sai district of Chiang Rai" may be the province's district: only a
            # part read inside the seat's own reach is the town's
            town = _namesake_seat(gazetteer, town)
            if town is None or part is None or km_apart(part, town) > _town_reach(town):
                continue
        if part is not None and km_apart(part, town) <= _CITY_PART_KM:
            if part.feature == "populated_place" and part.country != town.country and (
                    km_apart(part, town) <= _town_reach(town)):
                # a quarter of a divided city that the gazetteer files in another country
                # (see _quarter_across_border): the quarter, in its own country
                continue
            if part.feature != "country" and part.name != town.name and (
                    part.population < town.population) and (
                    km_apart(part, town) <= _town_reach(town)):
                # the town's own part: the town is the place, the part as written its name
                mentions[i] = _placed_at_holder(mention.start, mention.end, mention.text,
                                                town, "a part of the town named after it")
            continue
        if part is not None and part.feature == "admin2" and part.admin1 == town.admin1 and (
                _DISTRICT_OF.match(text, mention.end) is not None):
            # "the Lam Sonthi district of Lop Buri": a district of the province that bears
            # the town's name, which is what the name after it names
            province = gazetteer.admin1(town.country, town.admin1) if town.admin1 else None
            if province is not None:
                mentions[i + 1] = replace(mentions[i + 1], place=province, geo_precision=3,
                                          reason="the province holding the district before it")
            continue
        why = "a part of the town named after it, read elsewhere" if part is not None else (
            mention.reason or "a part of the town named after it")
        if _AREA_OF.match(text, mention.end) is not None:
            # an area is no division of the town: the town is where it lies
            if part is not None:
                mentions[i] = replace(mention, place=None, score=0.0, reason=why)
            continue
        mentions[i] = _placed_at_holder(mention.start, mention.end, mention.text, town, why)


_QUARTER_ACROSS_BORDER = ("a part of the town named after it, which the gazetteer files in "
                          "another country")


def _quarter_across_border(gazetteer: Gazetteer, written: str, town: Place) -> Place | None:
    """The town of the name as written that lies within the reach of the town named after
    it as its part, but in another country of the gazetteer's: a quarter of a divided city
    ("the Beit Hanina neighbourhood of Jerusalem" is Bayt Hanina, which GeoNames files in
    the West Bank, seven kilometres from the city's point). The report places the event in the
    quarter, and so in the quarter's country, not in the city's; a name the text reads
    nowhere (no reading of its country is pointed to) is still that quarter, as the city
    written after it says where to look."""
    reach = _town_reach(town)
    found: Place | None = None
    for index in gazetteer.candidates_for_key(name_key(written)):
        if gazetteer.feature_of(index) != "populated_place" or (
                gazetteer.country_code_of(index) == town.country):
            continue
        place = gazetteer.place(index)
        if place.population < town.population and km_apart(place, town) <= reach and (
                found is None or km_apart(place, town) < km_apart(found, town)):
            found = place
    return found


# The words written with a second-level division's name ("Siwrah district (Marib)"), which
# the district words of a first-level division's name are not.
_DISTRICT_WORDS = frozenset({"district", "county", "municipality", "raion", "rayon"})
# "and" inside an Arabic or Persian name, which the gazetteer's spelling may drop: "Dand va
# Patan" is Dand Patan.
_INNER_AND = frozenset({"wa", "va"})


def _district_spelling_keys(written: str) -> list[str]:
    """The keys of the spellings of a district's name that an analyst reads a written name
    as: two neighbouring letters of a word swapped, its first letter kept ("Siwrah" is
    Sirwah), or an inner "wa"/"va" ("and") dropped ("Dand va Patan" is Dand Patan)."""
    words = normalise(written).split()
    keys: list[str] = []
    kept = [w for w in words if w not in _INNER_AND]
    if 1 < len(kept) < len(words):
        keys.append(name_key(" ".join(kept)))
    for k, word in enumerate(words):
        for i in range(1, len(word) - 1):
            if word[i] != word[i + 1]:
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                keys.append(name_key(" ".join([*words[:k], swapped, *words[k + 1:]])))
    return keys


def _district_spelled_in(gazetteer: Gazetteer, written: str, holder: Place) -> Place | None:
    """The one district of the first-level division ``holder`` whose name is ``written``
    spelled as :func:`_district_spelling_keys` reads it; None for none or several."""
    found = {entry for key in gazetteer.known_keys(_district_spelling_keys(written))
             for entry in gazetteer.candidates_for_key(key)
             if gazetteer.feature_of(entry) == "admin2"
             and gazetteer.country_code_of(entry) == holder.country
             and gazetteer.place(entry).admin1 == holder.name}
    return gazetteer.place(found.pop()) if len(found) == 1 else None


def _district_variant(start: int, end: int, written: str, district: Place) -> PlaceMention:
    """The mention of a district's name written otherwise, read as that district."""
    return PlaceMention(
        start=start, end=end, text=written, place=district, geo_precision=2, modifier=None,
        score=0.6, reason=f"spelling variant of {district.name}, in the division named next to it")


def _district_spellings(text: str, mentions: list[PlaceMention],
                        runs: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> None:
    """Read a name written with a district word before the province that holds it, which
    no entry of the province bears ("Siwrah district (Marib)", "Dand va Patan district,
    Paktia"), as the one district of that province spelled so with two neighbouring letters
    swapped or an inner "wa" ("and") dropped (Sirwah, Dand Patan): a slip of the keys or
    another transliteration, not a district the gazetteer lacks. Only districts of the
    province written after it count; with none, or with two, the name stays as it was (the
    province then places it). The name is read whole, as ``_place_at_holders`` reads it
    ("Patan" alone is the tail of "Dand va Patan"). ``mentions`` is changed in place."""
    read: list[PlaceMention] = []
    for i, mention in enumerate(mentions[:-1]):
        if mention.place is not None or mention.reason != _NO_ENTRY_IN_DIVISION:
            continue
        holder = mentions[i + 1].place
        if holder is None or holder.feature != "admin1" or (
                _division_after(text, mention.end) not in _DISTRICT_WORDS):
            continue
        start = _whole_name(text, runs, mentions, i)
        written = text[start:mention.end]
        place = _district_spelled_in(gazetteer, written, holder)
        if place is None:
            continue
        read.append(_district_variant(start, mention.end, written, place))
    if read:
        # each name read whole stands for the mentions inside it ("Dand", "Patan")
        mentions[:] = sorted([m for m in mentions if not any(
            r.start <= m.start and m.end <= r.end for r in read)] + read,
            key=lambda m: m.start)


def _place_at_holders(text: str, mentions: list[PlaceMention],
                      runs: Sequence[tuple[int, int, str]]) -> None:
    """Place each mention left unresolved because no entry of its name lies in the division
    written next to it ("Vodyane, Donetsk") at that holder. A name written in a district
    that is itself placed so ("Adu in Kwal district (Bassa LGA": Kwal at Bassa) is placed
    in a second pass, once its district is. A name that ends a longer one the gazetteer
    lacks keeps the whole name as written ("in Darra Adam Khel, Khyber Pakhtunkhwa" is no
    "Khel"; see ``_whole_name``)."""
    whole: list[PlaceMention] = []
    for second in (False, True):
        for i, mention in enumerate(mentions[:-1]):
            if mention.place is not None or mention.reason not in (
                    _NO_ENTRY_IN_DIVISION, _OUTSIDE_STATED_DIVISION):
                continue
            nxt = mentions[i + 1]
            past_country = None if second else _holder_past_country(
                text, mention.end, mentions, i + 1)
            if past_country is not None:
                nxt = past_country
            if nxt.place is None or nxt.place.feature == "country":
                continue
            in_district = _IN_GAP.match(text, mention.end, nxt.start) is not None and (
                _division_after(text, nxt.end) in _SEAT_DIVISION_WORDS)
            if second:
                if not in_district:
                    continue
            end = mention.end
            if (not second and not in_district and past_country is None
                    and not _holder_after(text, mention, nxt)):
                # "Ban Khok Sa-nga village (Rueso district, ...": the words of the name
                # after the mention, which the gazetteer lacks, stand before the holder
                end = _name_end(text, runs, mention, nxt.start)
                if end == mention.end or not _HOLDER_GAP.match(text, end, nxt.start):
                    continue
            start = _whole_name(text, runs, mentions, i)
            mentions[i] = _placed_at_holder(start, end, text[start:end], nxt.place,
                                            mention.reason, side=_holder_side(nxt))
            if start < mention.start or end > mention.end:
                whole.append(mentions[i])
    if whole:
        # the unresolved heads of a name now read whole ("Darra" of "Darra Adam Khel")
        mentions[:] = [m for m in mentions if m in whole or not any(
            w.start <= m.start and m.end <= w.end for w in whole)]


def _holder_after(text: str, mention: PlaceMention, nxt: PlaceMention) -> bool:
    """Whether the place named next is written as where the unresolved mention lies:
    "Vodyane, Donetsk", "Kwal district (Bassa LGA", "in Tarsheen in Kilifi", "the Vodyane
    front (Marinka, Donetsk)"."""
    return bool(
        _HOLDER_GAP.match(text, mention.end, nxt.start)
        or _DISTRICT_GAP.fullmatch(text, mention.end, nxt.start)
        and _division_after(text, nxt.end) in _ADMIN2_WORDS
        or _CHAIN.match(text, mention.end, nxt.start)
        or _DIVISION_THEN_HOLDER.fullmatch(text, mention.end, nxt.start)
        or _in_holder(text, mention.start, mention.end, nxt)
        and _division_after(text, nxt.end) not in _ADMIN2_WORDS
        or _FRONT_THEN_HOLDER.fullmatch(text, mention.end, nxt.start) is not None)


# A lower-case syllable that a hyphen joins to the last word of a name ("Sa-kae" of "Ban
# Nong Sa-kae"), which a run of capitalised words leaves out; not an English word making a
# compound of the name ("Quetta-based", "Saudi-led", "Yala-born").
_LOWER_SYLLABLE_AFTER = re.compile(
    r"-(?!(?:led|based|born|held|run|made|style|like|type|era|wide|free|bound|owned)\b)"
    r"[a-z]{1,5}(?![\w'\u2019-])")


def _name_end(text: str, runs: Sequence[tuple[int, int, str]], mention: PlaceMention,
              limit: int) -> int:
    """Where the name holding a mention ends, before ``limit``: the end of the run of
    capitalised words it opens or lies in, and a lower-case syllable joined to it by a
    hyphen ("Ban Nong Sa-kae"). The mention's own end where no run holds it."""
    at = bisect.bisect_right(runs, (mention.start, math.inf, "")) - 1
    if at < 0 or runs[at][1] < mention.end or runs[at][1] > limit:
        return mention.end
    end = runs[at][1]
    syllable = _LOWER_SYLLABLE_AFTER.match(text, end)
    return syllable.end() if syllable is not None and syllable.end() <= limit else end


# Words before a name that are not part of it: a preposition opening a sentence ("In Tall
# 'Afar"), the Philippines' words for a village or a part of one ("Barangay Dolos").
_VILLAGE_WORDS_BEFORE = frozenset({"barangay", "barangays", "brgy", "sitio", "purok"})
_OPENING_WORDS = _LEADING_PREPOSITIONS | {"the"} | _VILLAGE_WORDS_BEFORE
# What may join two runs of capitalised words inside one name, an article perhaps between:
# "Tall 'Afar", "Hammam al 'Alil".
_RUN_JOIN = re.compile(
    rf"(?:[ \t]+(?:{'|'.join(sorted(_ARTICLE_PREFIX))})[ \t-]?|[ \t]?)['\u2019\u02bf\u02bc]")


def _whole_name(text: str, runs: Sequence[tuple[int, int, str]],
                mentions: Sequence[PlaceMention], i: int) -> int:
    """Where the name of mention ``i`` starts, where it is the tail of a longer run of
    capitalised words after "in", "near" or "at" that no other mention reads ("in Darra Adam
    Khel, Khyber Pakhtunkhwa", "in Tall 'Afar, Ninawa"): the whole run, less the words
    before a name that are no part of it (``_OPENING_WORDS``). Otherwise the mention's own
    start."""
    mention = mentions[i]
    at = bisect.bisect_right(runs, (mention.start, math.inf, "")) - 1
    if at < 0 or runs[at][1] < mention.end:
        return mention.start
    first = at
    while first > 0 and _RUN_JOIN.fullmatch(text, runs[first - 1][1], runs[first][0]):
        first -= 1  # "Hammam al" and "'Alil"
    start = runs[first][0]
    if start >= mention.start:
        return mention.start
    words = [m for m in _WORD.finditer(text, start, mention.start)]
    while words and words[0].group().lower() in _OPENING_WORDS:
        words.pop(0)  # "In Tall 'Afar": the preposition opening a sentence
    words = words[_past_english_connector([w.group() for w in words]):]
    if not words or len(words) > 3 or not words[0].group()[0].isupper():
        return mention.start
    start = words[0].start()
    if any(m.place is not None for m in mentions[:i] if m.end > start):
        return mention.start  # a head read as a place of its own stands
    if _cue(text, start) not in _STRONG_LOCATIVE_WORDS:
        return mention.start
    return start


def _past_english_connector(words: Sequence[str]) -> int:
    """How many of a run's words come before its name, where a connector that is also an
    English word ("at", "as", "an") stands alone after more than one generic first word:
    "Boko Haram at Tilowa" names Tilowa, while "Bir at Tutah" is one name. 0 if none."""
    stopwords = load_stopwords()
    cut = 0
    for j in range(1, len(words)):
        if words[j] in _ENGLISH_CONNECTORS and not (
                j == 1 and normalise(words[0]) in stopwords):
            cut = j + 1
    return cut


# A hyphen between two capitalised words: where one name ends and the next begins.
_NAMES_JOINED = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019]*(-)(?=[A-Z])")


# A village's word, then where it lies: "Tonle Kraom village, " before its district.
_VILLAGE_THEN_HOLDER = re.compile(r"[ \t]+(?:village|hamlet)[ \t]*[,(][ \t]*")


def _unknown_heads(runs: Sequence[tuple[int, int, str]], mentions: list[PlaceMention],
                   text: str = "") -> None:
    """Read whole a name of two or three capitalised words none of which resolves, whose
    first word alone was a mention left unresolved ("in Ayn Sufayrah", "the Qabb Rimsh
    road"): the name the report writes is the whole one, which the gazetteer lacks, not a
    place called "Ayn" whose reading was set aside. Followed by the division its first word
    was looked for in, the name is placed there."""
    for i, mention in enumerate(mentions):
        if mention.place is not None:
            continue
        at = bisect.bisect_right(runs, (mention.start, math.inf, "")) - 1
        if at < 0 or runs[at][0] != mention.start or runs[at][1] <= mention.end:
            continue
        start, end, run = runs[at]
        joint = _NAMES_JOINED.search(run, mention.end - start)
        if joint is not None:
            # "the Qabb Rimsh-Shtaura road": two names joined, the first read whole
            end, run = start + joint.start(1), run[:joint.start(1)]
        elif (syllable := _LOWER_SYLLABLE_AFTER.match(text, end)) is not None:
            end, run = syllable.end(), text[start:syllable.end()]  # "Ban Khok Sa-nga"
        words = run.split()
        if not 1 < len(words) <= 3 or any(
                w[0].islower() and w.split("-", 1)[0] not in _ARTICLE_PREFIX for w in words):
            continue  # "Maariya and Jamla": two names
        if _past_english_connector(words):
            continue  # "Boko Haram at Tilowa": no name of three words
        if _FORCE_END.search(run):
            continue  # "Nepal Armed Police": a state's force, named after its country
        # the mentions are in the order of their starts: those inside the name come next
        stop = i
        while stop < len(mentions) and mentions[stop].start < end:
            stop += 1
        inside = mentions[i:stop]
        if any(m.place is not None or m.end > end for m in inside):
            continue
        whole = PlaceMention(start=start, end=end, text=run, place=None, geo_precision=1,
                             modifier=None, score=mention.score,
                             reason=f"not in the gazetteer, read whole (its first word "
                                    f"alone: {mention.reason})")
        holder = mentions[stop] if stop < len(mentions) else None
        if (text and holder is not None and holder.place is not None
                and holder.place.feature != "country"
                and _HOLDER_GAP.match(text, end, holder.start) and (
                    mention.reason == _NO_ENTRY_IN_DIVISION
                    or holder.place.feature == "admin2"
                    and _VILLAGE_THEN_HOLDER.match(text, end, holder.start))):
            # "in Loma Verdosa, Boyaca department": the whole name is placed, as one word
            # would be, at the division written next to it; so is a village told as lying
            # in a district ("Tonle Kraom village, Sesan district"), whatever its first word
            whole = _placed_at_holder(start, end, run, holder.place, _NO_ENTRY_IN_DIVISION)
        mentions[i:i + len(inside)] = [whole]


# A village word after a name ("Kampong Cham Thmei village"), or before it ("the village
# of Ban Nong Khai Noi", "Village Kampong Cham Thmei").
_VILLAGE_AFTER = re.compile(r"[ \t]+(?:village|hamlet)\b", re.IGNORECASE)
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)[ \t]+(?:of[ \t]+)?$", re.IGNORECASE)
_VILLAGE_WORDS = frozenset({"village", "hamlet"})
_VILLAGE_READ_WHOLE = "a village the gazetteer lacks, a known name the head of its own"


def _villages_read_whole(text: str, runs: Sequence[tuple[int, int, str]],
                         mentions: list[PlaceMention]) -> None:
    """Read whole a village's name of several capitalised words that opens with, or holds,
    a name the gazetteer knows ("Kampong Cham Thmei village, Stung Trang district"): the
    village is not the town or province its name holds, which lies elsewhere; the whole
    name, which the gazetteer lacks, is placed at the division written next to it, as any
    unknown village so written is."""
    for run_start, run_end, run in runs:
        words = [(m.start(), m.group()) for m in _WORD.finditer(run)]
        lead = 0
        while lead < len(words) and words[lead][1].lower() in _OPENING_WORDS | _VILLAGE_WORDS:
            lead += 1
        if len(words) - lead < 2:
            continue
        start = run_start + words[lead][0]
        if not (words[lead - 1][1].lower() in _VILLAGE_WORDS if lead else False
                or _VILLAGE_AFTER.match(text, run_end)
                or _VILLAGE_BEFORE.search(text, max(0, start - 20), start)):
            continue
        inside = [k for k, m in enumerate(mentions) if start <= m.start and m.end <= run_end]
        if (not inside or inside[-1] - inside[0] + 1 != len(inside)
                or any(mentions[k].start == start and mentions[k].end == run_end
                       for k in inside)
                or not any(mentions[k].place is not None for k in inside)
                or any(mentions[k].start < start < mentions[k].end for k in range(len(mentions)))):
            continue
        after = inside[-1] + 1
        holder = mentions[after] if after < len(mentions) else None
        beside = holder is not None and _HOLDER_GAP.match(text, run_end, holder.start) is not None
        if (holder is None or holder.place is None or holder.place.feature == "country"
                or not beside):
            if beside:
                continue
            elsewhere = {m.place.country for k, m in enumerate(mentions)
                         if m.place is not None and not inside[0] <= k < after}
            if elsewhere and not elsewhere & {
                    place.country for k in inside if (place := mentions[k].place) is not None}:
                # "in the village of Puerto San Salvador." with no holder written, in a
                # report whose other places all lie in another country: still not the
                # capital its name holds, a village the gazetteer lacks
                mentions[inside[0]:after] = [PlaceMention(
                    start=start, end=run_end, text=text[start:run_end], place=None,
                    reason=f"{_VILLAGE_READ_WHOLE}; no holder written beside it")]
            continue
        mentions[inside[0]:after] = [_placed_at_holder(
            start, run_end, text[start:run_end], holder.place, _VILLAGE_READ_WHOLE)]


# "X in the Y District": the holder written as a division, after "in".
_IN_GAP = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?$")


def _holder_mark_before(text: str, start: int) -> int:
    """Where the comma or parenthesis is that the name at ``start`` follows, no more than
    blanks between them and at most three characters back ("..., Iraq"); -1 where there
    is none. A string's own methods, not a search: this is asked of every
    name."""
    low = max(0, start - 3)
    before = text[low:start].rstrip()
    return low + len(before) - 1 if before and before[-1] in ",(" else -1


# What makes a country named after it the topic of a clause, not where the report is: "the
# war in Libya", "refugees from Syria", "fleeing the conflict in Yemen".
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:war|wars|conflict|crisis)\s+in|(?:refugees|migrants|returnees|asylum\s+seekers)"
    r"\s+(?:\w+\s+)?from|fle(?:e|d|eing)(?:\s+from)?)\s+(?:the\s+)?$",
    re.IGNORECASE)
# What joins the names of a list: "Turkey and Lebanon", "Mali, Niger, and Chad".
_LIST_JOIN = re.compile(r",?[ \t]+and[ \t]+|,[ \t]*")
# "close to the border with Syria", "along its frontier with Mali": the country on the other
# side of a border from the place told.
_BORDER_WITH_BEFORE = re.compile(
    r"\b(?:borders?|frontiers?|boundary)[ \t]+with[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def _on_this_side(cands: list[_Candidate], across: set[str]) -> list[_Candidate]:
    """The readings of a name outside the countries the text names across a border, where
    it has any: "near Khash, close to the border with Iran" is the town on this side of
    the border, not Iran's namesake."""
    kept = [c for c in cands if c.country not in across or c.feature == "country"]
    return kept or cands


def _in_one_of(cands: list[_Candidate], countries: frozenset[str]) -> list[_Candidate]:
    """The readings of a name in ``countries``, where it has any but a country's: a
    people, a currency or a local division's word (``cued_countries``), an armed group of a
    few countries or a country's own police, where the text names no other country, says
    the place is in one of them ("Abgaal herders clashed with farmers in Baki", "a ransom
    of 2 million shillings", "Somali police arrested ... in Baki": Somalia's Baki, not
    Azerbaijan's capital, as the Taliban's place is in Afghanistan or Pakistan); a namesake
    elsewhere, however large, is not meant, and the readings there are ranked as any
    are."""
    kept = [c for c in cands if c.country in countries or c.feature == "country"]
    return kept if len(kept) < len(cands) and any(
        c.feature != "country" for c in kept) else cands


# "the Iraqi city of", "a Syrian border village": a people's name before a settlement or
# division noun says in which country the place lies.
_PEOPLES_PLACE_NOUN = re.compile(
    r"[ \t]+(?:border[ \t]+|coastal[ \t]+|northern[ \t]+|southern[ \t]+|eastern[ \t]+|"
    r"western[ \t]+)?(?:towns?|villages?|city|cities|capital|provinces?|governorates?|"
    r"districts?|ports?)\b")


def _peoples_place(gazetteer: Gazetteer, text: str, span: _Span,
                   cands: Sequence[_Candidate]) -> str | None:
    """The country of a people's name written before a settlement or division noun ("the
    Syrian town of"), not a country's own name ("Djibouti city"); None for any other span."""
    if span.tokens != 1 or not _PEOPLES_PLACE_NOUN.match(text, span.end):
        return None
    if any(c.feature == "country" for c in cands) or _FOREIGN_BACKED.match(text, span.end):
        return None
    return _country_by_name(gazetteer, span.text)


def _written_before_place_noun(text: str, word: str) -> bool:
    """Whether ``word`` stands somewhere before a settlement or division noun."""
    at = text.find(word)
    while at >= 0:
        if _PEOPLES_PLACE_NOUN.match(text, at + len(word)):
            return True
        at = text.find(word, at + len(word))
    return False


# "in western Iraq", "inside Syria": the country a place of the text lies in.
_IN_COUNTRY = re.compile(
    r"\b(?:in|inside|across)\s+(?:the\s+)?(?:(?:north|south|east|west|central|far)"
    r"(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$", re.IGNORECASE)


def _seat_of_division(best: _Candidate, cands: Sequence[_Candidate]) -> bool:
    """Whether a town read for a name lies in the one first-level division of its country
    that bears the name too ("Nasarawa": the town and the state). Where the country has two
    ("Kyiv": the city and the oblast around it; "Lima"), which one is meant stays open."""
    divisions = [c.admin1 for c in cands if c.feature == "admin1" and c.country == best.country]
    return best.feature == "populated_place" and divisions == [best.admin1]


def _written_as_holder(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a comma or parenthesis: "..., Iraq"."""
    return _holder_mark_before(text, start) >= 0


# A capitalised name of a body that a place name ends: "Patriotic Union of", "Front for the
# Liberation of", "Communist Party of".
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:Union|Party|Front|Movement|Army|Council|Organi[sz]ation|Association|Alliance|"
    r"League|Federation|Congress|Liberation|Brigades?|Forces|Committee|Coalition|"
    r"Assembly)\s+(?:of|for)\s+(?:the\s+)?$"
)
# "X (Y", "X town (Y", "X village, Y": a place, then where it lies.
_HOLDER_GAP = re.compile(
    r"\s*(?:(?:town|village|city|area|camp|locality)\s*)?(?:\(|,)\s*$"
    rf"|{_TWO_WORDS_TO_PARENTHESIS}$"
    # "Lunsar town, Marampa subdivision (Port Loko, ...": a lesser unit the gazetteer
    # lacks between a town and where it lies
    r"|\s*(?:(?:town|village|city)\s*)?,\s*(?:in\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
    r"\s+(?:subdivision|sub-?county|chiefdom|commune|township|tehsil|upazila|payam|"
    r"sub-?district)\s*(?:\(|,)\s*$"
    # "Ambo, West Shewa, Oromia": a zone named with a compass word, which the gazetteer
    # lacks, between a town and its region (see ``_compass_zone_between``)
    rf"|\s*(?:(?:town|village|city)\s*)?[,(]\s*{_COMPASS_ZONE}\s*(?:\(|,)\s*$"
)


# "\b[A-Z][a-z]{2,}\b", written to start with a class, which the regex engine scans fast.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}\b")


# Below this, a town outside the division named next to it is a namesake, not the place meant
# ("Celaya, Queretaro" is no Celaya of Guanajuato, a city of 340,000); above it, a city of
# that name is more likely than a slip in the division's name ("Guadalajara, Sinaloa").
_NAMESAKE_POPULATION = 1_000_000


def _check(
    gazetteer: Gazetteer,
    span: _Span,
    best: _Candidate,
    cands: Sequence[_Candidate],
    context: _Context,
    following: set[tuple[str, int]],
    district: int | None = None,
    division_word: str | None = None,
    beside_holder: bool = False,
    road_after: bool = False,
) -> tuple[Place | None, str, str | None]:
    """Accept the best reading, swap it for a spelling variant, or leave the name unresolved.

    ``district`` is the entry of a second-level division written right after the name as
    where it lies: a spelling variant must lie in it, not only in its province.
    ``beside_holder``: the reading lies close to the place written as its holder, so the
    division the text states does not overrule it (see :func:`_beside_holder`).
    ``road_after``: a road word follows the name ("the Rawah highway"), a cue that it is a
    town's (see ``_NAMED_ROAD_AFTER``).
    """
    feature = best.feature
    where = _where(best)
    if following and feature != "country" and where not in following and (
        (best.country, _ANY) not in following
    ):
        # The division named next to it does not hold this entry: look for a
        # spelling variant among that division's towns before giving up.
        divisions = {(c, a) for c, a in following if a != _ANY}
        fuzzy = _fuzzy_in_divisions(gazetteer, span.text, divisions) if divisions else None
        if fuzzy is not None and district is not None and (
                gazetteer.place(fuzzy).admin2 != gazetteer.place(district).admin2):
            fuzzy = None  # "Pipri, Kaushambi": no Pipraich of another district
        if fuzzy is not None:
            return (
                gazetteer.place(fuzzy),
                "populated_place",
                "spelling variant of a town in the division named next to it",
            )
        if best.country not in {c for c, _ in following} or (
            divisions
            and feature == "populated_place"
            and gazetteer.population_of(best.entry) < _NAMESAKE_POPULATION
        ) or (divisions and feature == "admin2") or (
            divisions and feature == "admin1" and division_word in _ADMIN2_WORDS
        ):
            # a district of that name in another province is no town inside the one named
            # "Vodyane, Donetsk" where the gazetteer knows Vodyane only in Lviv: a village
            # it lacks, which the division named next to it places, not a namesake elsewhere.
            # A province's name written as a district's ("Kano district, Jigawa state") is
            # no province outside the one written after it.
            return None, feature, _NO_ENTRY_IN_DIVISION
    if not beside_holder and _outside_stated_division(gazetteer, best, cands, context):
        return None, feature, _OUTSIDE_STATED_DIVISION
    if where not in following and _article_dropped_abroad(gazetteer, span, best, context):
        spelled = next((c for c in cands if c.exact and c.feature == "populated_place"
                        and gazetteer.folded_name(c.entry) == span.folded), None)
        if spelled is not None:
            # "Al Busayrah": a smaller town spelled with its article, as written, before a
            # larger one abroad that only shares its key once the article is dropped
            return gazetteer.place(spelled.entry), spelled.feature, _SPELLED_WITH_ARTICLE
        with_article = _town_with_an_article(gazetteer, cands, context)
        if with_article is not None:
            # "Ar Rawda" for the gazetteer's "Ar Rawdah": a town whose own name has an
            # article as the written one does, in another transliteration, is the town
            # meant sooner than one abroad reached only once the article is dropped
            return (gazetteer.place(with_article.entry), with_article.feature,
                    _WITH_ARTICLE_OTHERWISE_SPELLED)
        return None, feature, "weak: read only without its article, in a country the text " \
            "does not point to"
    if where not in following and _loose_outside_held(gazetteer, best, context):
        return None, feature, "weak: a loose reading outside the country of a division the " \
            "text writes"
    if where not in following and _loose_reading_unsupported(gazetteer, best, cands, context,
                                                             span.folded) and not (
            _held_by_its_own_division(gazetteer, span, best, context)):
        spelled = _transliterated(gazetteer, span.folded, cands) if (
            span.strong_locative and not span.partial and not span.sentence_initial) else None
        if spelled is not None:
            return gazetteer.place(spelled.entry), spelled.feature, _TRANSLITERATED
        regions = [c for c in cands if c.feature == "admin1"]
        if len(regions) == 1 and not any(context.named.values()) and not any(
                n > 0 for n in context.resolved.values()):
            # "entering Bekaa", in a text that points to no country: a region's name read
            # loosely is the region sooner than a small town abroad that only sounds like it
            # (not where the text points elsewhere: "Bin Qasim Town" in a report from
            # Karachi is no Saudi province)
            return gazetteer.place(regions[0].entry), "admin1", _LOOSE_DIVISION
        return None, feature, _LOOSE_UNSUPPORTED
    if feature == "admin1" and where not in following and not span.holder and (
            _compass_division_unsupported(
                span, best, cands, context)):
        # (not a holder after a name: "Ndop, Nord-Ouest" is where Ndop lies)
        return None, feature, _COMPASS_DIVISION_UNSUPPORTED
    if (where not in following and feature == "admin2" and division_word in _ADMIN2_WORDS
            and _district_abroad(best, context)):
        return None, feature, "weak: a district abroad, in a country the text does not point to"
    if context.police and (
            division_word in _ADMIN2_WORDS or gazetteer.population_of(best.entry) == 0) and (
            _district_of_the_police_country(best, cands, context)) and not (
            context.police <= gazetteer.post_office_countries()):
        # (not where the gazetteer holds the register of the police's country's villages,
        # India's, Myanmar's, the Philippines': a place of that country would have a
        # reading, so "Filipino police ... (Bannu district)" is Pakistan's district)
        return None, feature, _DISTRICT_OF_THE_POLICE_COUNTRY
    if where not in following and _namesake_abroad(gazetteer, best, span, context, cands) and (
            not _held_by_its_own_division(gazetteer, span, best, context)):
        # (not where a division written next to it holds it: "El Callao, Bolivar state")
        return None, feature, "weak: a small namesake in a country the text does not point to"
    if span.before_article and where in following:
        # "Machiques" of "Machiques de Perija, Zulia state": the head of a longer name, in
        # the division written next to it
        return gazetteer.place(best.entry), feature, None
    if span.after_article and span.partial and where in following and (
            gazetteer.population_of(best.entry) >= _NAMED_AFTER_TOWN):
        # "Canete" of "San Luis de Canete, Lima": the gazetteer lacks the whole name, and
        # its tail is a town of the division written next to it, large enough for a
        # place to be named after it (not the hamlet "Micay" of "San Juan de Micay")
        return gazetteer.place(best.entry), feature, None
    if where in following and not (span.partial or span.after_article):
        # "(Magude, Maputo)", "Caimito, Sucre": the division written after a name, holding
        # it, is the cue that it is a place, however small
        return gazetteer.place(best.entry), feature, None
    if not _plausible(gazetteer, best, span, context, division_word, road_after) and (
            span.before_article or not _names_division(best, cands)):
        return None, feature, "weak: a rare name with no locative cue and no country context"
    return gazetteer.place(best.entry), feature, None


# "Saudi-led", "Iranian-backed": a foreign party, not where the text is.
_BACKED_SUFFIXES = r"led|backed|based|made|supported|funded|trained|aligned|allied|sponsored"
_FOREIGN_BACKED = re.compile(rf"-(?:{_BACKED_SUFFIXES})\b")
# The Persian ezafe joining the words of one name: "Maskan-e Mehr", "Pul-i Alam".
_EZAFE_AFTER = re.compile(r"-(?:e|i|ye|yi)[ \t]+[A-Z]")
_EZAFE_ENDS = ("-e ", "-i ", "-ye ", "-yi ")
# A place a party is based in: "a Quetta-based firm".
_BASED_AFTER = re.compile(r"-based\b")
_BACKED_WORD = re.compile(rf"\b([A-Z][a-z]{{2,}})(?=-(?:{_BACKED_SUFFIXES})\b)")
def _count_two_word_people(text: str, pairs: Sequence[tuple[str, str]],
                           named: Counter[str]) -> None:
    """Count the peoples' names of two words the text writes ("a South African soldier"),
    less those of a foreign party ("South African-backed")."""
    for name, iso in pairs:
        count = text.count(name)
        if count:
            count -= len(re.findall(rf"{name}-(?:{_BACKED_SUFFIXES})\b", text))
            if count > 0:
                named[iso] += count


# The members of an armed group, after its name: "Fano fighters", "Hezbollah militants".
_GROUP_MEMBERS_AFTER = re.compile(
    r"[ \t]+(?:fighters|militants|militia|militias|militiamen|rebels|insurgents|members|"
    r"gunmen|elements|combatants)\b")


def _one_word_group_elsewhere(span: _Span, cands: Sequence[_Candidate]) -> bool:
    """Whether a name of one word is an armed group's, none of whose readings lies in a
    country the group is active in."""
    area = one_word_group_countries(span.text)
    return bool(area) and not any(c.country in area for c in cands)


# Words of shelling and strikes, from afar or from the air: exact substring tests.
_STRIKE_WORDS = ("shell", "strike", "struck", "bomb", "missile", "rocket", "drone")
# A state's forces named by its people's name ("Russian troops", "Israeli artillery").
_FORCE_WORDS = (r"(?:troops|(?:[Aa]rmed[ \t]+)?[Ff]orces|army|military|soldiers|artillery|"
                r"warplanes?|(?:fighter[ \t]+)?jets?|aircraft|drones?|missiles?|helicopters?|"
                r"gunships?|air[ \t]?strikes?|shelling|navy|air[ \t]+force)\b")


_FORCE_AFTER = re.compile(r"[ \t]+" + _FORCE_WORDS)


# People a note names by their country because they are away from it: "two Chinese
# engineers", "a Turkish truck driver", "Ethiopian migrants", "three Pakistani nationals".
_FROM_ABROAD = re.compile(
    r"\b([A-Z][a-z]{2,})[ \t]+(?:nationals?|migrants?|refugees?|asylum[ \t]+seekers?|"
    r"expatriates?|engineers?|contractors?|tourists?|pilgrims?|truck[ \t]+drivers?|"
    r"lorry[ \t]+drivers?)\b")


def _less_striking_forces(named: Counter[str], struck_by: Counter[str]) -> Counter[str] | None:
    """The countries named, less the peoples' names of forces that shell or strike (see
    _striking_forces); None where there are none."""
    if not struck_by:
        return None
    pointed = Counter(named)
    pointed.subtract(struck_by)
    return pointed


def _home_bonuses(police: frozenset[str], groups: frozenset[str]) -> dict[str, float]:
    """What a reading in each country gains by the actors named: the country's own police
    (_POLICE_HOME_BONUS), an armed group active in a few countries (_SEVERAL_GROUP_BONUS)."""
    home = dict.fromkeys(groups, _SEVERAL_GROUP_BONUS) if groups else {}
    for country in police:
        home[country] = home.get(country, 0.0) + _POLICE_HOME_BONUS
    return home


class _Cue(NamedTuple):
    """A word of ``country_cues.tsv`` as a chunk of a text may hold it: its kind
    ("currency", "division", "people") and the countries it points to."""

    kind: str
    countries: frozenset[str]


# The marks a blank-separated chunk may hold before or after a word.
_MARKS_BEFORE = ("", "(", "\"", "'")
_MARKS_AFTER = ("", ".", ",", ";", ":", ")", "'s", "\"", "'")
# The words of a sum a currency is written after ("2 million naira"), besides figures.
_SUM_WORDS = frozenset("hundred thousand million billion lakh lakhs crore crores".split())


@functools.cache
def _country_cues(path: Path = COUNTRY_CUES_PATH) -> dict[str, _Cue]:
    """The chunks that hold a word of ``country_cues.tsv`` (the first of a cue of several
    words, "CFA" of "CFA francs"): a currency as listed, with marks after it ("naira."); a
    division word in lower case, capitalised or in capitals, with marks; a people as listed,
    with no mark after it (a noun follows)."""
    found: dict[str, _Cue] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, codes = line.split("\t")[:3]
        head = word.split()[0]
        cue = _Cue(kind, frozenset(codes.split(",")))
        forms = (head.lower(), head.capitalize(), head.upper()) if kind == "division" else (head,)
        for form in forms:
            for before in _MARKS_BEFORE:
                for after in _MARKS_AFTER if kind != "people" else ("",):
                    found[before + form + after] = cue
    return found


def cued_countries(text: str, chunks: Sequence[str] | None = None
                   ) -> tuple[frozenset[str], frozenset[str]]:
    """The countries a report's currencies, division words and peoples point to ("a ransom
    of 2 million naira", "the woreda administrator", "Hazara shopkeepers"): those a word of
    one country names, and those of the words of a few countries (see
    ``country_cues.tsv``). A careful reader places a town named alone, whose larger
    namesake lies abroad, in the country whose money, local government or people the
    report speaks of. A currency counts after a sum ("2 million", "50,000"), a people
    before a word in lower case ("Igbo traders", not "Naga City"). ``chunks`` are the
    text's blank-separated chunks, where read already (``mentions.doc_chunks``): a text
    none of whose chunks is a cue's word is looked at no further."""
    cues = _country_cues()
    words = text.split() if chunks is None else chunks
    if cues.keys().isdisjoint(words):
        return frozenset(), frozenset()
    one: set[str] = set()
    several: set[str] = set()
    for position, chunk in enumerate(words):
        cue = cues.get(chunk)
        if cue is None:
            continue
        if cue.kind == "currency":
            before = words[position - 1] if position else ""
            if not (any(letter.isdigit() for letter in before)
                    or before.lower().strip(".,") in _SUM_WORDS):
                continue  # "the naira fell": no sum
        elif cue.kind == "people" and not (
                position + 1 < len(words) and words[position + 1][:1].islower()):
            continue  # "in Naga City": a town's name
        (one if len(cue.countries) == 1 else several).update(cue.countries)
    return frozenset(one), frozenset(several)


def _striking_force_at(text: str, end: int, country: str, struck_by: Counter[str]) -> bool:
    """Whether the people's name ending at ``end`` names a state's forces in a report of
    strikes ("Russian troops shelled ..."; see _striking_forces); counted in ``struck_by``."""
    if _FORCE_AFTER.match(text, end) and _tells_of_strikes(text):
        struck_by[country] += 1
        return True
    return False


def _tells_of_strikes(text: str) -> bool:
    """Whether a text tells of shelling or strikes (exact substring tests)."""
    lowered = _lowered(text)
    return any(word in lowered for word in _STRIKE_WORDS)


def _striking_forces(text: str, word: str) -> int:
    """How often a people's name names a state's forces that strike ("Russian troops
    shelled Pokrovsk", "Israeli artillery shelled ..."): a state shells and strikes across
    its borders, so in a report of strikes its forces' people's name tells who struck, not
    where: it weighs nothing for a reading of its country against a namesake abroad (a
    country's police, which act at home, and a people's name elsewhere in the text still
    do). It still says what the text is about, so a loose reading in its country is read
    as before ("Libyan army units shelled farms in Wadi Kaam (Almargeb)").

    (The word's places are found by ``str.find`` and the forces after each matched by one
    compiled pattern: a pattern built per word would be compiled again for most texts.)"""
    count = 0
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before == "_"):  # the word starts a word
            found = _FORCE_AFTER.match(text, at + len(word))
            if found is not None:
                count += 1
                at = text.find(word, found.end())
                continue
        at = text.find(word, at + 1)
    return count


# Capitalised words that look like demonyms but name no country here.
_NOT_DEMONYMS = frozenset({"American"})


# The words of a division named by a compass point alone, in English or French:
# "Nord-Ouest", "Sud-Ouest", "Extreme-Nord", "Centre-Est".
_COMPASS_NAME_WORDS = frozenset(
    "north south east west central centre center far nord sud est ouest extreme".split()
)
_COMPASS_DIVISION_UNSUPPORTED = (
    "weak: a compass name of divisions of several countries, none of which the text points to")


def _compass_division_unsupported(
    span: _Span, best: _Candidate, cands: Sequence[_Candidate], context: _Context
) -> bool:
    """Whether a division named by a compass point alone ("Nord-Ouest"), which several
    countries have, is read in a country nothing else in the text points to: no country or
    people named, no other place read there, no group of the text operating there."""
    words = normalise(span.text).replace("-", " ").split()
    if not words or any(word not in _COMPASS_NAME_WORDS for word in words):
        return False
    if len({c.country for c in cands if c.feature == "admin1"}) < 2:
        return False
    country = best.country
    return not (context.named.get(country) or context.resolved.get(country, 0) > 0
                or country in context.stated or country in context.located
                or any(c == country for c, _ in context.group_divisions)
                or any(n > 0 for (c, _), n in context.divisions.items() if c == country))


def _reason(
    context: _Context,
    following: set[tuple[str, int]],
    preceding: set[tuple[str, int, int]],
    candidates: int,
) -> str:
    if candidates == 1:
        return "unique name"
    parts = []
    if following:
        parts.append("division named next to it")
    if preceding:
        parts.append("place named before it")
    if context.named:
        parts.append("countries named in the text")
    if context.resolved:
        parts.append("countries of the other places")
    parts.append("population")
    return f"{candidates} candidates; by " + ", ".join(parts)


# A town this small, in a country nothing else in the text points to, while the other
# places resolve to one country, is a namesake: "Mazen refugee camp near Kelly, Idleb" is
# not the Italian hamlet.
_NAMESAKE_ABROAD_POPULATION = 20_000
# A city this large, spelled as written, is what the head of a longer name refers to.
_PARTIAL_CITY_POPULATION = 1_000_000
_NAMED_COUNTRY_ABROAD_POPULATION = 250_000
_NAMED_COUNTRY_VARIANT_POPULATION = 2_000_000
# A town this large, read with confidence, anchors the text in its country.
_ANCHOR_POPULATION = 100_000


def _anchors(gazetteer: Gazetteer, span: _Span, best: _Candidate, margin: float,
             division_word: str | None) -> bool:
    """Whether a first-pass reading anchors the text in its country: a clear reading of a
    division written as one ("Jonglei state", "(Mahagi, Ituri)", "Central Equatoria") or
    of a large town."""
    if margin < 1.0:
        return False  # "Punjab": India's or Pakistan's
    if best.feature == "populated_place":
        return gazetteer.population_of(best.entry) >= _ANCHOR_POPULATION
    if best.feature not in ("admin1", "admin2"):
        return False
    return (division_word in DIVISION_WORDS or _words(span) > 1
            or span.holder or span.strong_locative)


def _words(span: _Span) -> int:
    """The words of a name, an article not counted: "al-Lami", "al Marjan" are one."""
    return span.tokens - (span.tokens > 1 and span.folded.split(" ", 1)[0] in _ARTICLE_PREFIX)


def _namesake_abroad(
    gazetteer: Gazetteer, best: _Candidate, span: _Span, context: _Context,
    cands: Sequence[_Candidate] = (),
) -> bool:
    country = best.country
    words = _words(span)
    if best.feature not in ("populated_place", "other"):
        return False
    if context.named.get(country) or context.resolved.get(country, 0) > 0:
        return False
    if words > 1:
        # "Ain al-Asad air base in western Iraq" is no village of that name in Israel: a
        # small place abroad under a text that names another country outright.
        population = gazetteer.population_of(best.entry)
        if any(c != country for c in context.located) and population < (
                _NAMESAKE_ABROAD_POPULATION):
            return True
        # "in Hanover Park" of a story filed from Cape Town that names South Africa and
        # reads its province or a city of it: a suburb the gazetteer lacks, no town of
        # that name in a country nothing in the text points to
        return not span.holder and population < _NAMED_COUNTRY_ABROAD_POPULATION and any(
            c != country for c in context.by_name & (context.anchored | context.located))
    named_elsewhere = any(c != country for c in context.stated)
    elsewhere = named_elsewhere or any(
        n > 0 for c, n in context.resolved.items() if c != country)
    if not elsewhere:
        return False
    # "Mela" of "Razghar Mela, ..., Pakistan" is no Milan, however large Milan is.
    population = gazetteer.population_of(best.entry)
    if population < _NAMESAKE_ABROAD_POPULATION or span.partial and (
            named_elsewhere or not best.exact or population < _PARTIAL_CITY_POPULATION):
        # (a city of a million spelled as written stands as the head of a longer name,
        # "Mosul al-Jadida", a quarter of it, unless the text names another country: "Aba
        # Khel, Khyber Pakhtunkhwa, Pakistan" is no Aba of Nigeria)
        return True
    if named_elsewhere and not best.exact and population < _NAMED_COUNTRY_VARIANT_POPULATION:
        # "Ali al-Lami" in a report from "..., Iraq" is no Fort-Lamy (N'Djamena): a city
        # abroad, reached only through a shared key, under a country the text never names.
        return True
    if not span.holder and any(c != country for c in context.anchored) and population < (
            _NAMED_COUNTRY_ABROAD_POPULATION if best.exact else _NAMED_COUNTRY_VARIANT_POPULATION
    ) and not _sole_city_of_name(gazetteer, best, span, cands, population):
        # "Taara in the western countryside of As-Sweida" is no Tara of Omsk, "Eastleigh
        # residents (Kamukunji, Nairobi)" no English town: a division or a city of another
        # country anchors the text, and nothing points to this one's.
        return True
    stated_elsewhere = named_elsewhere or any(c != country for c, _ in context.stated_divisions)
    if stated_elsewhere and not best.exact and population < _NAMED_COUNTRY_ABROAD_POPULATION:
        # "Sayga forest ... (Balcad, Middle Shabelle)" is no Singa of Sudan: the text writes
        # where it is, and the name shares only a key with the town abroad, not a spelling.
        return True
    # A text that names its country outright needs more than a mid-sized town abroad
    # ("the house of Hardan Khalaf Jasim" in a report from Iraq is no Syrian town).
    return named_elsewhere and population < _NAMED_COUNTRY_ABROAD_POPULATION


# A city this large, spelled as written and the only town of its name, is what the name
# means, not a namesake of some village the gazetteer lacks.
_SOLE_CITY_POPULATION = 100_000


def _sole_city_of_name(gazetteer: Gazetteer, best: _Candidate, span: _Span,
                       cands: Sequence[_Candidate], population: int) -> bool:
    """Whether ``best`` is a city of some size, spelled as written, and no other town
    shares its name: "near Baidoa" in a report from another country's capital is that city,
    since there is no smaller place of the name it could be."""
    if not best.exact or span.partial or population < _SOLE_CITY_POPULATION:
        return False
    return not any(c.entry != best.entry and c.feature == "populated_place" for c in cands)


def _district_abroad(best: _Candidate, context: _Context) -> bool:
    """Whether a second-level division abroad, written with its district word, is no place
    of a text anchored in another country: "in Nawa district", in a report whose provinces
    and districts all lie in Afghanistan, is no district of Cote d'Ivoire, whatever its
    size; nothing in the text (its name, its people, another of its places) points to that
    country."""
    country = best.country
    if context.named.get(country) or context.resolved.get(country, 0) > 0:
        return False
    return any(c != country for c, _ in context.stated_divisions) or any(
        c != country and context.resolved.get(c, 0) > 0 for c in context.anchored)


# A country's own police, named by the country or its people: "Nepal Armed Police", "the
# Kenyan police", "Iraqi Federal Police". Police keep order at home, so where they act is
# in their country. Read only back from each "police" of a text, over a few words.
_POLICE_KINDS = r"(?:[ \t]+(?:Armed|National|Federal|Border|Civil|Civilian))?[ \t]+$"
_POLICE_OWNER = re.compile(r"\b([A-Z][a-z]{2,})" + _POLICE_KINDS)
# A people's name of two words: "South African police".
_POLICE_OWNERS = re.compile(r"\b([A-Z][a-z]{2,}[ \t]+[A-Z][a-z]{2,})" + _POLICE_KINDS)
_POLICE_OWNER_REACH = 32
#: The word "police" itself, which every reading of _POLICE_OWNER stands before; its match
#: opens after the "P" (a pattern that opens on a fixed word is sought as fast as
#: ``str.find``; one that opens on "[Pp]" is tried at every character).
_POLICE_WORD = re.compile(r"olice(?<=[Pp]olice)(?!\w)")
_DISTRICT_OF_THE_POLICE_COUNTRY = (
    "weak: a district or village abroad, where the text names the police of another country")
# The police named as coders name a state's forces, with the country after them: "Police
# Forces of Somalia (2012-)", "Police Forces of the Democratic Republic of Congo".
_POLICE_FORCES_OF = re.compile(
    r"[ \t]+Forces[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'\u2019-]*){0,3})")


def _country_of_words(gazetteer: Gazetteer, words: str) -> str | None:
    """The country the words name, or the most of their opening words that name one
    ("Somalia (2012-) arrested": Somalia); None where none do."""
    parts = words.split()
    for count in range(len(parts), 0, -1):
        country = _country_by_name(gazetteer, " ".join(parts[:count]))
        if country is not None:
            return country
    return None


def _police_countries(gazetteer: Gazetteer, text: str) -> frozenset[str]:
    """The countries whose own police the text names (see ``_POLICE_OWNER``)."""
    found: set[str] = set()
    for word in _POLICE_WORD.finditer(text):
        forces_of = _POLICE_FORCES_OF.match(text, word.end())
        if forces_of is not None:
            owner = _country_of_words(gazetteer, forces_of.group(1))
            if owner is not None:
                found.add(owner)
                continue
        at = word.start() - 1
        match = _POLICE_OWNER.search(text, max(0, at - _POLICE_OWNER_REACH), at)
        if match is None:
            continue
        # "South Sudanese police" first as a pair: not Sudan's police
        pair = _POLICE_OWNERS.search(text, max(0, at - _POLICE_OWNER_REACH), at)
        country = _country_by_name(gazetteer, pair.group(1)) if pair else None
        if country is None:
            country = _country_by_name(gazetteer, match.group(1))
        if country is not None:
            found.add(country)
    return frozenset(found)


# ", Nabatiye, Pakistan", ", North Eastern Province, Nigeria": a division written after a
# town's name, then a country.
_DIVISION_THEN_COUNTRY = re.compile(
    r"[ \t]*,[ \t]*([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}?)"
    r"(?:[ \t]+(?i:province|region|state|governorate))?[ \t]*,[ \t]*[A-Z]")


def _held_by_its_own_division(gazetteer: Gazetteer, span: _Span, best: _Candidate,
                              context: _Context) -> bool:
    """Whether a town read in a country the text does not name is written "Town, Division,
    Country" with the division one of the town's own country (as the gazetteer or a former
    division list knows it), while the country written is another: town and division agree
    and outweigh a slip in the country's name ("in Dadaab, North Eastern Province,
    Nigeria" is Kenya's Dadaab; "Hula, Nabatiye, Pakistan" Lebanon's village)."""
    if not context.stated or best.country in context.stated:
        return False
    match = _DIVISION_THEN_COUNTRY.match(context.text, span.end)
    if match is None:
        return False
    written = match.group(1)
    return former_division(best.country, written) is not None or (
        gazetteer.admin1(best.country, written) is not None)


def _district_of_the_police_country(
    best: _Candidate, cands: Sequence[_Candidate], context: _Context
) -> bool:
    """Whether a name written with its district word, or read as a village of no known
    population, with no reading in the country whose police the text names, is a place of
    that country the gazetteer lacks rather than a namesake abroad: "a mob assaulted Nepal
    police personnel near Hardiya area (Bara district)" is no district of Sudan's nor a
    village of India's, though the text names Indians; nothing but that namesake places
    anything in its country (no place said to lie in it, no more of the other places read
    there than in the police's country: "the Nepal-India border" names both). (Where the
    gazetteer holds the police's country's register of villages, the caller reads the
    namesake: a place of that country would have a reading.)"""
    country = best.country
    if country in context.police or any(c.country in context.police for c in cands):
        return False
    resolved = context.resolved.get(country, 0)
    return country not in context.located and (
        resolved <= 0 or resolved <= max(context.resolved.get(c, 0) for c in context.police))


# How far a town may lie from the town or district seat written as its holder and still be
# the place meant when their division codes disagree: a district's radius or so.
_BESIDE_HOLDER_KM = 50.0


def _beside_holder(gazetteer: Gazetteer, best: _Candidate, holder: _Candidate) -> bool:
    """Whether a town read for a name lies within :data:`_BESIDE_HOLDER_KM` of the town or
    second-level division (placed at its seat) written right after it as where it lies,
    in the same country."""
    if best.feature != "populated_place" or holder.feature not in ("populated_place", "admin2"):
        return False
    if best.country != holder.country:
        return False
    lat1, lon1 = gazetteer.coordinates_of(best.entry)
    lat2, lon2 = gazetteer.coordinates_of(holder.entry)
    dy = (lat2 - lat1) * 111.2
    dx = (lon2 - lon1) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return dx * dx + dy * dy <= _BESIDE_HOLDER_KM * _BESIDE_HOLDER_KM


def _outside_stated_division(
    gazetteer: Gazetteer, best: _Candidate, cands: Sequence[_Candidate], context: _Context
) -> bool:
    """A small town read outside the one division of its country that the text writes as a
    holder, where no reading of the name lies in it: "Keri forests in Budhal, Rajouri,
    Jammu and Kashmir" is no Kheri of Uttar Pradesh."""
    stated = context.stated_divisions
    if not stated or best.feature != "populated_place":
        return False
    country = best.country
    mine = {a1 for c, a1 in stated if c == country}
    if len(mine) != 1 or best.admin1 in mine:
        return False
    if gazetteer.population_of(best.entry) >= _NAMESAKE_POPULATION:
        return False
    if any(c.country == country and c.admin1 in mine for c in cands):
        return False
    # "a drone attack on Sumy ..., the Sumy Oblast Military Administration said": the text
    # names the town's own division too, written with its division word
    own = gazetteer.place(best.entry).admin1
    return not (own and may_hold(context.text, (own.lower(),))
                and _written_with_division_word(context.text, own))


#: The words a first-level division is written with, after its name.
_OWN_DIVISION_WORDS = "Oblast|oblast|Province|province|Governorate|governorate|Region|region"


@functools.lru_cache(maxsize=64)
def _written_with_division_word(text: str, name: str) -> bool:
    """Whether the text writes the division ``name`` with its division word ("Sumy Oblast"):
    asked once per text and name, not for each reading of a town (a search of the whole
    text each time grows with the text's length times its towns)."""
    return re.search(rf"\b{re.escape(name)}\s+(?:{_OWN_DIVISION_WORDS})\b", text) is not None


def _article_dropped_abroad(
    gazetteer: Gazetteer, span: _Span, best: _Candidate, context: _Context
) -> bool:
    """A name written with an Arabic article ("al Abbarah") read as a town whose own name
    has none (Ibarra), reached only through a shared key, not large, in a country nothing
    else in the text points to: the article is part of a name the gazetteer lacks."""
    if best.exact or best.feature != "populated_place" or span.tokens < 2:
        return False
    article = span.folded.split(" ", 1)[0]
    if article not in _ARTICLE_PREFIX or article in _SPANISH_ARTICLES:
        return False
    if gazetteer.folded_name(best.entry).split(" ", 1)[0] in _ARTICLE_PREFIX:
        return False
    country = best.country
    if context.named.get(country) or context.resolved.get(country, 0) > 0:
        return False
    return gazetteer.population_of(best.entry) < _NAMED_COUNTRY_ABROAD_POPULATION


_SPELLED_WITH_ARTICLE = ("the town spelled as written, with its article; the reading "
                        "without it lies abroad")
_WITH_ARTICLE_OTHERWISE_SPELLED = ("a town whose own name has an article, spelled otherwise; "
                                   "the reading without it lies abroad")


def _town_with_an_article(gazetteer: Gazetteer, cands: Sequence[_Candidate],
                          context: _Context) -> _Candidate | None:
    """Of the readings of a name written with an Arabic article, the likeliest populated
    place whose own name opens with one too (not a Spanish "El"), or None: the same name
    in another transliteration, where the other readings are reached only without it. Not
    where the text points to another country ("al-Madham area near Haditha district" is a
    place of Haditha's country the gazetteer lacks)."""
    found = [c for c in cands if c.feature == "populated_place"
             and _opening_article(gazetteer.folded_name(c.entry)) is not None]
    if not found:
        return None
    best = max(found, key=lambda c: c.base)
    elsewhere = {c for c, n in context.named.items() if n > 0} | {
        c for c, n in context.resolved.items() if n > 0}
    return None if elsewhere - {best.country} else best


def _opening_article(folded: str) -> str | None:
    """The Arabic article a folded name opens with ("ar" of "ar rawdah"), or None; not a
    Spanish "El"."""
    first = folded.split(" ", 1)[0]
    return first if first in _ARTICLE_PREFIX and first not in _SPANISH_ARTICLES else None


# Articles that open Spanish names as well as Arabic ones ("El Refugio").
_SPANISH_ARTICLES = frozenset({"el", "es"})


def _loose_outside_held(gazetteer: Gazetteer, best: _Candidate, context: _Context) -> bool:
    """A town reached only through a shared key (not its own spelling), not large, in a
    country that no division or part the text writes out lies in, nor that the text names
    outright: "in rural Maariya and Tal Ahmar in Dar'a countryside" is no Maghar of Israel,
    whatever "Israeli airstrikes" says of who struck."""
    held = context.held
    if not held or best.exact or best.feature != "populated_place" or best.country in held:
        return False
    if best.country in context.by_name:
        return False
    return gazetteer.population_of(best.entry) < _NAMED_COUNTRY_ABROAD_POPULATION


_TOWN_OF_THE_STORY = ("weak: introduced as a town of the story, read only in a country "
                      "nothing in the text points to")
#: The words that introduce a place the reader is not expected to know: "the coastal town of".
_TOWN_WORDS = frozenset({"town", "village", "hamlet", "locality"})


def _town_of_the_story_abroad(text: str, span: _Span, country: str | None,
                              context: _Context) -> bool:
    """A name introduced as "the (coastal) town of X" in a story that names its countries,
    read only in another one that nothing in the text points to: "the insurgents overran
    the coastal town of Palma", in a story of Mozambique, is a town the gazetteer lacks
    there, no Palma of Spain."""
    if country is None or context.named.get(country) or context.resolved.get(country, 0) > 0 \
            or not context.by_name or country in context.located:
        return False
    words = span.tail if span.tail is not None else _tail_words(text, span.start)
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _TOWN_WORDS


_LOOSE_UNSUPPORTED = "weak: a loose reading, in a country nothing in the text points to"
_TRANSLITERATED = ("a loose reading; of the towns abroad that share its key, the one whose "
                   "name it is in another transliteration")
_LOOSE_DIVISION = ("a loose reading; of towns abroad nothing in the text points to and one "
                   "first-level division, the division")
_LOOSE_UNSUPPORTED_POPULATION = 100_000


def _loose_reading_unsupported(gazetteer: Gazetteer, best: _Candidate,
                               cands: Sequence[_Candidate], context: _Context,
                               written: str) -> bool:
    """A town reached only through a shared key, not large, where no reading of the name
    is spelled as written and its readings lie in several countries, none of which
    anything else in the text points to: the name is a place the gazetteer lacks, not
    whichever of the towns abroad that only sound like it is the most populous. A large
    city too, where a short name (``written``, folded) is more than a letter off its own
    and the text names other countries, their people or their places: "near Lyego" in a
    report of al-Shabaab's war is no Liège ("Hama" of Hamah, a letter off, stays the
    city)."""
    if best.feature != "populated_place" or any(c.exact for c in cands):
        return False
    if len({c.country for c in cands}) < 2:
        return False
    country = best.country
    if context.named.get(country) or context.resolved.get(country, 0) > 0 or (
            country in context.held or country in context.located):
        return False
    if gazetteer.population_of(best.entry) < _LOOSE_UNSUPPORTED_POPULATION:
        return True
    return 0 < len(written) <= _SHORT_LOOSE_NAME_LETTERS and (
        any(n > 0 for n in context.named.values())
        or any(n > 0 for n in context.resolved.values())) and Levenshtein.distance(
            written, gazetteer.folded_name(best.entry)) > 1


#: A name this short reaches a large city abroad by its sound key by chance ("Lyego").
_SHORT_LOOSE_NAME_LETTERS = 5


def _transliterated(gazetteer: Gazetteer, written: str,
                    cands: Sequence[_Candidate]) -> _Candidate | None:
    """Of readings that only share a name's key, the town (or else the district) whose own
    name is the name as written in another transliteration ("Washah" of Washhah, "Batouri"
    of Baturi, "Ilela" of Illela): the name is that place's, not that of a place the
    gazetteer lacks; of several, the likeliest, as for a name spelled as written."""
    mine = _transliteration(written)
    found = [c for c in cands if c.feature in ("populated_place", "admin2")
             and _transliteration(gazetteer.folded_name(c.entry)) == mine]
    if not found:
        return None
    return max(found, key=lambda c: (c.feature == "populated_place", c.base))


#: Ways one Arabic or African name is transliterated: a doubled letter single, "ou" as "u",
#: an ending "-iyah", "-iyeh", "-ieh" as "-iya".
_ONE_TRANSLITERATION = (
    (re.compile(r"([a-z])\1"), r"\1"), (re.compile("ou"), "u"),
    (re.compile(r"(?:iyah|iyeh|ieh|iye)\b"), "iya"),
    (re.compile(r"['\u2019\u02bc\u02bf\u02be`]"), ""),
)


def _transliteration(name: str) -> str:
    """A normalised name with the transliteration choices of ``_ONE_TRANSLITERATION`` made
    one way, so that two spellings of one name compare equal."""
    for pattern, replacement in _ONE_TRANSLITERATION:
        name = pattern.sub(replacement, name)
    return name


def _names_division(best: _Candidate, cands: Sequence[_Candidate]) -> bool:
    """Whether the name, as written, is also a first-level division of the reading's country
    ("(Kirundo)", "Culiacan, Sinaloa")."""
    return any(c.feature == "admin1" and c.country == best.country and c.exact for c in cands)


def _plausible(gazetteer: Gazetteer, best: _Candidate, span: _Span, context: _Context,
               division_word: str | None = None, road_after: bool = False) -> bool:
    """Keep a resolution unless it is a small place named without any supporting cue. A
    division word after the name ("Kurunegala district", "Kirkuk city") is such a cue, as
    a locative word before it is, and so is a road word after a town's name ("blocked the
    Rawah highway", "the Hit-Rawah road": roads are named after the towns they join)."""
    feature = best.feature
    population = gazetteer.population_of(best.entry)
    if feature == "country":
        return not span.partial or span.tokens > 1
    country = best.country
    supported = bool(context.named.get(country)) or context.resolved.get(country, 0) > 0
    if span.partial and (population < _PARTIAL_CITY_POPULATION or not best.exact) and not (
            best.exact and _told_as_village(span) and gazetteer.is_register_village(best.entry)):
        # "Ain" of "Ain Zara", "Erik" of "Michael Erik Kurilla"; "Tepe" of "Qara Tepe" is
        # no Taipei, which only shares its key. (A register's village after the word for a
        # village, "Barangay Magdawat", is named so; a town of its name, "Barangay San
        # Isidro", is not that town but a part of the municipality written after it.)
        return False
    if span.after_article and not supported and population < 1_000_000:
        return False  # "Norte" of "Zamboanga del Norte", with nothing else pointing there
    if feature in ("admin1", "natural") or span.tokens > 1 or supported:
        return True
    if span.locative or _division_cue(feature, division_word) or (
            best.exact and feature == "populated_place" and division_word in _SEAT_UNIT_WORDS
    ) or (road_after and feature == "populated_place"):
        # "Njinikom subdivision": a lesser unit the gazetteer lacks, named after its seat
        return population >= 1000 or not span.sentence_initial
    if normalise(span.text) in gazetteer.common_words:
        return population >= 500_000
    return population >= 20_000 and not span.sentence_initial


def _told_as_village(span: _Span) -> bool:
    """Whether the word before a name is the word for a village ("Barangay Magdawat",
    "Sitio X"), told so by the capitalised run it opens."""
    tail = span.tail
    return tail is not None and bool(tail) and tail[-1].rstrip(".") in _VILLAGE_WORDS_BEFORE


def _division_cue(feature: str, division_word: str | None) -> bool:
    """Whether the word after a name says it is a place of the reading's kind: a division
    word after a division ("Kurunegala district"), a town word after a town ("Koya city")."""
    if division_word is None:
        return False
    if feature in ("admin1", "admin2"):
        return division_word in DIVISION_WORDS or division_word in _ADMIN2_WORDS
    return feature == "populated_place" and division_word in _TOWN_AFTER


# The place of a dateline up to the date the document stage found after it: "KABUL, ",
# "Mogadishu, ", "WASHINGTON, D.C., " (a town, then perhaps its country or state).
_DATED_PLACE = re.compile(
    r"[ \t]*(?P<place>[A-Z][\w.'\-]*(?:[ \t]+[\w.'\-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[\w.'\-]+){0,3})?)[ \t]*,[ \t]*")
# A town and what holds it in a dateline's place: "STUTTGART, Germany", "TAMPA, Fla.".
_TOWN_THEN_HOLDER = re.compile(r"(?P<town>[^,]+?)[ \t]*(?:,[ \t]*(?P<holder>.+?))?[ \t]*")
#: A dateline's town reading in a country the rest of the text points to gains this much
#: (``_log_population`` gives 0.6 a power of ten: as much as 2,000 times the people).
_DATELINE_CONTEXT_BONUS = 2.0
#: A reading whose own name is the dateline's spelling gains this much ("NEW DELHI" is New
#: Delhi, not Delhi, which shares its key): a factor of 2,000 in population.
_DATELINE_EXACT_BONUS = 2.0
#: A dateline's town is a town of some size: with nothing written next to it and no country
#: of the text to hold it, a reading this small is no dateline's town ("EXCLUSIVE -").
_DATELINE_SMALLEST_TOWN = 10_000
#: The same for a dateline's word that is also a common word or never a place alone: only
#: a city ("WASHINGTON", not "BREAKING").
_DATELINE_SMALLEST_CITY = 100_000
_DATELINE_REASON = "dateline: where the report was filed from"


class _DatelinePlace(NamedTuple):
    """Where a dateline's place lies: its town, and what holds it if written."""

    town_start: int
    town_end: int
    holder_start: int  # -1 where no holder is written
    holder_end: int


def _dateline_place(doc: Doc) -> _DatelinePlace | None:
    """The town of the dateline the document stage found ("KABUL, Aug 21 (Reuters) -",
    "BAMAKO (AFP) -", "STUTTGART, Germany -"), and its country or state where written;
    None where the dateline has no place ("Published: 3 March 2023")."""
    metadata = doc.document.metadata
    line = metadata.get("dateline_span")
    if not isinstance(line, list) or len(line) != 2:
        return None
    text = doc.text
    start, end = int(line[0]), int(line[1])
    filed = metadata.get("filed_from")
    if isinstance(filed, str) and filed:
        place_start = text.find(filed, start, end)
        if place_start < 0:
            return None
        place_end = place_start + len(filed)
    else:
        dated = metadata.get("dateline")
        if not isinstance(dated, str) or not dated or not 0 <= start <= end - len(dated):
            return None
        found = _DATED_PLACE.fullmatch(text, start, end - len(dated))
        if found is None:
            return None
        place_start, place_end = found.span("place")
    parts = _TOWN_THEN_HOLDER.fullmatch(text, place_start, place_end)
    if parts is None:
        return None
    if parts.group("holder") is None:
        return _DatelinePlace(place_start, parts.end("town"), -1, -1)
    holder_start, holder_end = parts.span("holder")
    return _DatelinePlace(place_start, parts.end("town"), holder_start, holder_end)


def _dateline_holders(gazetteer: Gazetteer, written: str) -> tuple[set[str], set[tuple[str, int]]]:
    """The countries, and the (country, admin1) divisions, that the holder written in a
    dateline names ("Germany", "Kurdistan Region", "Khyber Pakhtunkhwa"); both empty
    where it names none the gazetteer knows ("Fla.")."""
    country = _country_by_name(gazetteer, written)
    if country is not None:
        return {country}, set()
    countries: set[str] = set()
    divisions: set[tuple[str, int]] = set()
    for entry in gazetteer.candidates_for_key(name_key(written)):
        info = gazetteer.info(entry)
        if info.name != normalise(strip_division_words(written)):
            continue  # the holder's own spelling, not a namesake sharing its key
        if info.feature == "admin1":
            divisions.add((info.country, info.admin1))
        elif info.feature in ("country", "natural"):
            countries.add(info.country)
    return countries, divisions


def _text_countries(gazetteer: Gazetteer, text: str, mentions: Sequence[PlaceMention],
                    skip: range) -> set[str]:
    """The countries the rest of a text points to: those of its places read outside the
    dateline, and the peoples it names ("the Afghan capital")."""
    countries = {m.place.country for m in mentions
                 if m.place is not None and m.start not in skip}
    demonyms = gazetteer.demonyms
    for word in set(_CAPITALISED_WORD.findall(text)):
        iso = demonyms.get(word.lower())
        if iso:
            countries.add(iso)
    return countries


def _dateline_town(doc: Doc, gazetteer: Gazetteer, mentions: tuple[PlaceMention, ...]
                   ) -> tuple[PlaceMention, ...]:
    """``mentions`` with the town of the document's dateline read as one.

    A dateline names a real town, whatever its case ("KABUL", "Mogadishu") and however
    short, so a name the run of capitals drops as an acronym or reads as weak is still a
    town here. Of its namesakes, those in the country or division written after it
    ("STUTTGART, Germany") are the only ones; the rest are scored by population, their
    own spelling, and whether the rest of the text points to their country. Nothing else
    about the reading depends on the text: the run plans stay free of context."""
    where = _dateline_place(doc)
    if where is None:
        return mentions
    text = doc.text
    town = text[where.town_start:where.town_end]
    folded = normalise(town)
    if not folded or _country_by_name(gazetteer, town) is not None:
        return mentions  # "IRAQ -": a country, which the stage reads already
    key = name_key(town)
    ids = gazetteer.candidates_for_key(key)
    if not ids and folded.endswith(" city"):
        key = name_key(town[: town.lower().rfind(" city")])  # "GAZA CITY" is Gaza
        ids = gazetteer.candidates_for_key(key)
    if not ids:
        return mentions
    holder_countries: set[str] = set()
    holder_divisions: set[tuple[str, int]] = set()
    if where.holder_start >= 0:
        holder_countries, holder_divisions = _dateline_holders(
            gazetteer, text[where.holder_start:where.holder_end])
    held = bool(holder_countries or holder_divisions)
    context = _text_countries(gazetteer, text, mentions, range(where.town_start, where.town_end))
    smallest = _DATELINE_SMALLEST_CITY if (
        folded in load_stopwords() or folded in gazetteer.common_words) else (
        _DATELINE_SMALLEST_TOWN)
    best = -1
    best_score = -math.inf
    second = -math.inf
    for feature_wanted in ("populated_place", "admin2", "admin1"):
        for entry in ids:
            info = gazetteer.info(entry)
            if info.feature != feature_wanted:
                continue
            if held and info.country not in holder_countries and (
                    (info.country, info.admin1) not in holder_divisions):
                continue
            in_context = info.country in context
            if not held and not in_context and info.population < smallest:
                continue  # "EXCLUSIVE -", a hamlet of that name: no dateline's town
            score = _log_population(info.population)
            if info.name == folded:
                score += _DATELINE_EXACT_BONUS
            if in_context:
                score += _DATELINE_CONTEXT_BONUS
            if score > best_score:
                best, best_score, second = entry, score, best_score
            elif score > second:
                second = score
        if best >= 0:
            break
    if best < 0:
        return mentions
    place = gazetteer.place(best)
    margin = best_score - second
    reading = PlaceMention(
        start=where.town_start, end=where.town_end, text=town, place=place,
        geo_precision=_precision(place.feature, None), modifier=None,
        score=round(1.0 / (1.0 + math.exp(-margin)), 3) if math.isfinite(margin) else 1.0,
        reason=_DATELINE_REASON)
    kept = [m for m in mentions if m.end <= where.town_start or m.start >= where.town_end]
    kept.append(reading)
    kept.sort(key=lambda m: m.start)
    return tuple(kept)


# A dash other than the hyphen written between two letters, as typesetting and word
# processors join the parts of one name: "Haut\u2013Uele", "Mbuji\u2011Mayi". The dash
# comes first, the letter before it is looked at behind it: the regex engine skips in C to
# the few dashes instead of trying a look-behind at every character.
_DASH_IN_WORD = re.compile(r"[\u2010-\u2013](?<=[^\W\d_].)(?=[^\W\d_])")


@stage("eventcoder.places.v1", requires=("text", "sentences"), assigns=("places",))
def find_places(doc: Doc) -> Doc:
    """Find place mentions in ``doc.text`` and resolve each to a gazetteer entry."""
    gazetteer = load_gazetteer()
    # A name joined by another dash is read as one joined by a hyphen (one character for
    # one, so every offset stays); the mentions keep the text as written.
    # (A text all ASCII holds none of those dashes: most hold none.)
    read = replace(doc, text=_DASH_IN_WORD.sub("-", doc.text)) if (
        not doc.text.isascii() and _DASH_IN_WORD.search(doc.text)) else doc
    agency = _dateline_agency(read) if "dateline_span" in doc.document.metadata else None
    if agency is not None:
        # "MOGADISHU (Hiiraan Online) -": the agency's name is no region the text states,
        # so it is not read at all (blanked, every offset kept), nor weighs on the others
        read = replace(read, text=re.sub(rf"\b{re.escape(agency)}\b",
                                         lambda m: " " * len(m.group()), read.text))
    mentions = resolve_spans(read, gazetteer)
    if "dateline_span" in doc.document.metadata:
        mentions = _dateline_town(read, gazetteer, mentions)
    if "(" in doc.text:
        mentions = _country_by_its_capital(read.text, gazetteer, mentions)
    if read is not doc:
        mentions = tuple(replace(m, text=doc.text[m.start:m.end]) for m in mentions)
    return replace_doc(doc, places=_natural_features_abroad(doc.text, mentions))


#: A way told as where people went, before a feature's name: "pursuing the attackers
#: towards the X mountains", "fled in the direction of the X forest".
_TOWARDS = re.compile(r"\b(?:towards?|in\s+the\s+direction\s+of)\s+(?:the\s+)?$",
                      re.IGNORECASE)


def _natural_features_abroad(text: str,
                             mentions: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """The mentions less a natural feature (a mountain range, a forest, a lake) in another
    country than every town and division the story names, all in one, where the story names
    that country nowhere or tells the feature as where people went: "pursuing the attackers
    towards the X mountains", in a story all of whose places are in Uganda, is no place of
    anything that happened abroad."""
    natural = [m for m in mentions if m.place is not None and m.place.feature == "natural"]
    if not natural:
        return mentions
    home = {m.place.country for m in mentions if m.place is not None
            and m.place.feature not in ("natural", "country")}
    if len(home) != 1:
        return mentions
    named = {m.place.country for m in mentions if m.place is not None
             and m.place.feature == "country"}
    abroad = {(m.start, m.end) for m in natural if m.place is not None
              and m.place.country not in home and (
                  m.place.country not in named
                  or _TOWARDS.search(text, max(0, m.start - 30), m.start) is not None)}
    if not abroad:
        return mentions
    return tuple(m for m in mentions if (m.start, m.end) not in abroad)


def _country_by_its_capital(text: str, gazetteer: Gazetteer,
                            mentions: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """A country's name with its capital in brackets after it, as two countries sharing a
    name are told apart (`Congo (Brazzaville)`, `Congo (Kinshasa)`), is one name: the
    country whose capital that is, and no place where anything happened in the capital."""
    out: list[PlaceMention] = []
    skip = -1
    for i, mention in enumerate(mentions):
        if i == skip:
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        place = mention.place
        inner = following.place if following is not None else None
        if following is not None and place is not None and inner is not None \
                and place.feature == "country" \
                and text[mention.end:following.start] == " (" \
                and text[following.end:following.end + 1] == ")" \
                and is_capital(inner.country, inner.name) \
                and re.search(rf"\b{re.escape(mention.text)}\b",
                              gazetteer.country_name(inner.country)):
            country = gazetteer.country(inner.country)
            if country is not None:
                mention = replace(mention, place=country)
            skip = i + 1
        out.append(mention)
    return tuple(out) if skip >= 0 else mentions


def _dateline_agency(doc: Doc) -> str | None:
    """The agency's name as the dateline writes it ("Hodeidah, Saba -" of the Saba News
    Agency): told again in the body ("a local source told Saba"), it is the agency, not a
    place of the same name."""
    span = doc.document.metadata.get("dateline_span")
    source = doc.document.source
    if not source or not isinstance(span, list) or len(span) != 2:
        return None
    dateline = doc.text[span[0]:span[1]]
    if len(source.split()) > 1 and source in dateline \
            and load_gazetteer().candidates_for_key(name_key(source.split()[0])):
        # "Diyala / Baghdad Today": a town's name opens the outlet's; the whole name is
        # the outlet ("told Baghdad Today"), the town alone is still a place
        return source
    first = source.split()[0]
    if first == doc.document.metadata.get("filed_from") or len(source.split()) < 2 or \
            not re.search(rf"\b{re.escape(first)}\b", dateline):
        return None
    return first


def resolve_place(name: str, *, countries: set[str] | None = None) -> Place | None:
    """The most likely place for a name alone, preferring the given countries (ISO alpha-2).

    A trailing division word picks the division: ``resolve_place("Idlib province")``
    is the province, ``resolve_place("Idlib")`` the city. With ``countries``, a place
    outside them is never returned.
    """
    gazetteer = load_gazetteer()
    words = normalise(name).split()
    division_word = words[-1] if len(words) > 1 and words[-1] in DIVISION_WORDS else None
    key = name_key(strip_division_words(name))
    candidates = tuple(gazetteer.candidates_for_key(key))
    if countries:
        candidates = tuple(i for i in candidates if gazetteer.country_code_of(i) in countries)
    if not candidates:
        return None
    span = _Span(0, len(name), name, key, len(words), candidates, False, True, False,
                 " ".join(words))
    context = _Context(named=Counter(countries or ()), resolved=Counter())
    best, _score_of_best, _second = _best_scored(
        _prepare(gazetteer, span), context, 0, following=set(), preceding=set(),
        division_word=division_word)
    return gazetteer.place(best.entry)


# ---------------------------------------------------------------------------------------------
# Sites: the building, venue or street within a town where a report places an event


SITE_WORDS_PATH = DATA_DIR / "site_words.json"


@dataclass(frozen=True, slots=True)
class SiteWords:
    """The words of ``data/site_words.json``: what a site phrase ends in or opens with."""

    heads: frozenset[str]
    prefixes: frozenset[str]
    prepositions: dict[str, tuple[tuple[str, ...], ...]]  # first word -> whole prepositions
    stop: frozenset[str]
    determiners: frozenset[str]
    care_heads: frozenset[str]
    care_verbs: frozenset[str]
    telling_words: frozenset[str]
    attack_nouns: frozenset[str]
    anaphoric_heads: frozenset[str]
    #: A head, a prefix or an anaphoric head as a whole word of lower-cased ASCII text:
    #: every site phrase holds one, so a sentence without one places nothing at a site.
    named_word: re.Pattern[str]


@functools.cache
def site_words(path: Path = SITE_WORDS_PATH) -> SiteWords:
    """Load ``data/site_words.json`` once per process."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    prepositions: dict[str, list[tuple[str, ...]]] = {}
    for phrase in raw["prepositions"]:
        phrase_words = tuple(str(phrase).split())
        prepositions.setdefault(phrase_words[0], []).append(phrase_words)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in raw[key])

    heads, prefixes, anaphoric = words("heads"), words("prefixes"), words("anaphoric_heads")
    named = first_letter_alternation(heads | prefixes | anaphoric)
    return SiteWords(
        heads=heads, prefixes=prefixes,
        prepositions={k: tuple(sorted(v, key=len, reverse=True))
                      for k, v in prepositions.items()},
        stop=words("stop"), determiners=words("determiners"), care_heads=words("care_heads"),
        care_verbs=words("care_verbs"), telling_words=words("telling_words"),
        attack_nouns=words("attack_nouns"), anaphoric_heads=anaphoric,
        named_word=re.compile(f"(?<![a-z])(?:{named})(?![a-z])"))


_SITE_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*|\d+|[^\w\s]")
#: Lower-case words inside a named site ("Calle del Correo", "Place de la Bastille").
_SITE_NAME_CONNECTORS = frozenset({"de", "del", "la", "le", "les", "du", "des", "di", "da",
                                   "al", "el", "von", "van"})


#: Marks that close a word ("Kabul,", "market."): each is one token of ``_SITE_TOKEN``.
_CLOSING_MARKS = ".,;:!?)\""


class _SiteTokens(NamedTuple):
    starts: list[int]
    ends: list[int]
    raw: list[str]
    folded: list[str]


def _site_tokens(text: str, start: int, end: int, chunks: Chunks | None = None
                 ) -> _SiteTokens:
    starts: list[int] = []
    ends: list[int] = []
    raw: list[str] = []
    # No token holds a blank, and the pattern looks neither behind nor ahead, so the tokens
    # are those of the blank-separated chunks (the whole text's ``chunks``, where given),
    # each read alone; a chunk of letters only is one word (every letter is in
    # "[^\W\d_]"), found without a match of the pattern.
    offsets, words = span_chunks(text, chunks, start, end)
    for at, chunk in zip(offsets, words, strict=True):
        pos = at + len(chunk)
        if chunk.isalpha():
            starts.append(at)
            ends.append(pos)
            raw.append(chunk)
            continue
        word = chunk.rstrip(_CLOSING_MARKS)
        if word.isalpha():
            # "Kabul," "market.": a word, then marks that are each a token of their own
            # (none of them goes on a word, as an apostrophe or a hyphen would)
            starts.append(at)
            raw.append(word)
            at += len(word)
            ends.append(at)
            for mark in chunk[len(word):]:
                starts.append(at)
                at += 1
                ends.append(at)
                raw.append(mark)
            continue
        for m in _SITE_TOKEN.finditer(text, at, pos):
            starts.append(m.start())
            ends.append(m.end())
            raw.append(m.group())
    # ASCII words fold by lower-casing alone; others lose their accents ("Cafeteria")
    return _SiteTokens(starts, ends, raw, _folded_site_words(raw))


def _folded_site_words(raw: list[str]) -> list[str]:
    """Each token lower-cased where it is ASCII, else ``normalise``d. Where all are ASCII,
    one ``lower`` of them joined by blanks, split again: no token holds a blank or is empty,
    and an ASCII letter lower-cases alone, whatever stands beside it."""
    joined = " ".join(raw)
    if joined.isascii():
        return joined.lower().split(" ") if raw else []
    return [w.lower() if w.isascii() else normalise(w) for w in raw]


def _capital(tok: _SiteTokens, k: int) -> bool:
    return k < len(tok.raw) and tok.raw[k][:1].isupper()


def _site_name_end(tok: _SiteTokens, k: int) -> int:
    """The end of the run of capitalised words (with "de", "del", ... inside) from ``k``."""
    n = len(tok.raw)
    while k < n:
        if _capital(tok, k):
            k += 1
            continue
        inner = k
        while inner < n and tok.folded[inner] in _SITE_NAME_CONNECTORS:
            inner += 1
        if inner == k or not _capital(tok, inner):
            break
        k = inner
    return k


def _site_at(tok: _SiteTokens, i: int) -> tuple[int, int] | None:
    """The token span of the site phrase that starts at token ``i`` ("the busy Mill Street
    bus station", "a bakery", "Rue Victor Hugo", "the same province"), or None."""
    words = site_words()
    folded, n = tok.folded, len(tok.folded)
    k = i
    determined = k < n and folded[k] in words.determiners
    if determined:
        k += 1
    if k >= n:
        return None
    if determined and folded[k] == "same" and k + 1 < n and \
            folded[k + 1] in words.anaphoric_heads:
        return (i, k + 2)  # "killed in the same province": where the event told before was
    if _capital(tok, k) and folded[k] in words.prefixes and _site_name_end(tok, k + 1) > k + 1:
        return (i, _site_name_end(tok, k + 1))  # "Rue Victor Hugo", "Cafe Lido"
    last: int | None = None
    j = k
    while j < n and j - k < 6:
        w = folded[j]
        if not tok.raw[j][:1].isalpha() and tok.raw[j] != "-":
            break
        if w in words.stop and not _capital(tok, j):
            break
        if w in words.heads:
            last = j
        j += 1
    if last is None:
        return None
    if not determined and last == k and not _capital(tok, k):
        return None  # a bare word: "in court", "at home", "in office" tell no site
    end = last + 1
    if _capital(tok, end):
        end = _site_name_end(tok, end)  # "the central street Rue Victor Hugo"
    return (i, end)


# Every byte but the small letters a-z, as a blank: what parts the runs of letters.
_NOT_SMALL_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@functools.cache
def _named_site_words() -> frozenset[bytes] | None:
    """The heads, prefixes and anaphoric heads as bytes, where each is small letters a-z
    alone (then ``named_word`` matches where one of them is a whole run of letters); None
    where not."""
    words = site_words()
    found = words.heads | words.prefixes | words.anaphoric_heads
    if not all(w.isascii() and w.isalpha() and w.islower() for w in found):
        return None
    return frozenset(w.encode("ascii") for w in found)


def _may_name_site(sentence: str) -> bool:
    """Whether ``site_words().named_word`` matches in an ASCII sentence, lower-cased. A
    match is a run of small letters with none beside it, one of the words: the sentence's
    runs of letters are compared with the words as a set (its bytes, lower-cased, every
    other byte made a blank, split), not searched for at each character (half the time)."""
    named = _named_site_words()
    if named is None:
        return site_words().named_word.search(sentence.lower()) is not None
    return not named.isdisjoint(
        sentence.encode("ascii").lower().translate(_NOT_SMALL_LETTER).split())


def _preposition_end(tok: _SiteTokens, i: int) -> int:
    """The token after a locative preposition that starts at ``i`` ("at", "in front of"),
    or -1."""
    for words in site_words().prepositions.get(tok.folded[i], ()):
        if tuple(tok.folded[i:i + len(words)]) == words:
            return i + len(words)
    return -1


def find_sites(text: str, start: int, end: int, chunks: Chunks | None = None
               ) -> list[tuple[int, int]]:
    """Character spans of the sites ``text[start:end]`` (a sentence) places something at:
    the buildings, venues, streets and parts of a town after a locative preposition ("at the
    busy Mill Street bus station", "on a pedestrian street", "throughout the village",
    "blasts at Mill Street and the Cavendish Road", "in the same province"), and a named
    site before an attack word ("the Lido cafe bombing").

    Where someone was treated ("taken to hospital", "died at the hospital") and where
    something was told ("told reporters at the ministry") are no sites. ``chunks``, where
    given, are the whole text's (``mentions.doc_chunks``)."""
    words = site_words()
    sentence = text[start:end]
    if sentence.isascii() and not _may_name_site(sentence):
        # A site phrase ends in a head ("bus station"), opens with a prefix ("Rue ...") or
        # is "the same province": a sentence with none of those words has no site. (Other
        # text folds its letters first; it is read whole.)
        return []
    tok = _site_tokens(text, start, end, chunks)
    folded, n = tok.folded, len(tok.folded)
    spans: list[tuple[int, int]] = []
    i = 0
    # Only a token that opens a preposition may open a site: those tokens are found in one
    # comprehension, and each is read as a token-by-token walk would reach it (a site found
    # moves the walk past its end, so a token inside it is not read again).
    prepositions = words.prepositions
    for at in [k for k, w in enumerate(folded) if w in prepositions]:
        if at < i:
            continue
        i = at
        after = _preposition_end(tok, i)
        if after < 0 or after >= n:
            continue
        before = folded[max(0, i - 6):i]
        site = _site_at(tok, after)
        if site is None or any(w in words.telling_words for w in before):
            continue
        found = [site]
        j = site[1]
        while j + 1 < n and folded[j] in {"and", ","}:
            more = _site_at(tok, j + 1 + (folded[j] == "," and folded[j + 1] == "and"))
            if more is None:
                break
            found.append(more)
            j = more[1]
        for lo, hi in found:
            head = folded[hi - 1]
            if head in words.care_heads and (
                    folded[lo] not in words.determiners
                    or any(w in words.care_verbs for w in folded[max(0, i - 4):i])):
                continue  # "detained in hospital", "died at the hospital": no attack's site
            spans.append((tok.starts[lo], tok.ends[hi - 1]))
        i = j
    attack_nouns = words.attack_nouns
    for k in [k for k in range(1, n) if folded[k] in attack_nouns]:
        if not _capital(tok, k - 1):
            continue
        # "The Cafe Lido bombing", "the Mill Street attack": a named site
        first = k - 1
        while first > 0 and (_capital(tok, first - 1) or (
                folded[first - 1] in _SITE_NAME_CONNECTORS and first - 1 > 0)):
            first -= 1
        named = range(first, k)
        if any(folded[x] in words.heads or folded[x] in words.prefixes for x in named) and \
                not any(s <= tok.starts[first] < e for s, e in spans):
            spans.append((tok.starts[first], tok.ends[k - 1]))
    spans.sort()
    return spans
