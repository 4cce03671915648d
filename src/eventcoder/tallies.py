"""Tallies: aggregates a reporter claims over a period and area, and their consistency.

A monthly press release ("a total of 48 operations in Iraq and Syria ... in
February") is not an incident: its numbers are tallies, each with a reporter,
a period, an area (ISO codes), a metric, an optional qualifier ("partnered",
"anti-ISIS") and party, and a ``parent`` when it breaks down another tally
("In Iraq, 33 partnered operations" is a part of the 48). For every total with
parts a :class:`~eventcoder.records.Consistency` finding says whether the parts
add up, and when they do not, explains how, looking for a subset of the parts
(a qualifier, an area) that does match the total. A mismatch is reported, never
resolved. A party that names nobody ("killing 19 members of the organization",
"arresting 37 others") stands for the armed group the operations were against, so
that its parts can be found; each figure takes the place of its own clause. The reporter
is the body the report says told the figures; where it tells none, a line of its own that
names the bulletin's issuer ("Issued by the Office of the Governor of ...", "This report was
produced by OCHA ...") gives it, else the body of the contact the bulletin closes with ("For
further information, please contact: Jane Roe, Head of Office, OCHA Chad, roe@un.org").

The events stage calls :func:`is_tally_sentence` / :func:`tally_spans` so that
the same numbers are not coded twice, once as a tally and once as an event.

The stage reads the mentions the earlier stages found (places, actors, dates,
quantities). Where a mention stage found nothing (a short note, or a pipeline
run without it), small fallbacks read digits, number words and month names
directly, so a tally is never lost for want of a mention.
"""

from __future__ import annotations

import calendar
import itertools
import json
import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from eventcoder.actors import (
    MEMBER_OF,
    NAMED_GROUP_KINDS,
    resolve_actor,
    teller_name,
    unidentified_group_in,
)
from eventcoder.casualties import (
    ADDITIVE,
    captive_heads,
    headline_end,
    sentence_of,
    told_as_former,
)
from eventcoder.gazetteer import load_gazetteer, outlet_country
from eventcoder.mentions import ActorMention, DateMention, Doc, PlaceMention, replace_doc
from eventcoder.patterns import literal_alternation as _alternation
from eventcoder.places import km_apart
from eventcoder.quantities import FREED_BEFORE, ordinal_value, parse_number
from eventcoder.records import Consistency, Evidence, Record, Tally, Verdict
from eventcoder.registry import stage
from eventcoder.revisions import BRINGING_PART, BRINGS_TO_PART
from eventcoder.windows import overlapping, starting_in

log = logging.getLogger(__name__)

EXTRACTOR = "eventcoder.tallies.v1"

#: Metrics that count people (their items carry a party), as opposed to activities.
_FATES = ("killed", "wounded", "detained", "abducted")
#: "112 ISIS members killed or detained" counts two fates together ("killed_or_detained");
#: killed or wounded together are casualties.
#: People who gave themselves up ("37 rebels surrendered") are counted like the fates.
CASUALTY_METRICS = frozenset({*_FATES, "casualties", "victims", "surrendered"} | {
    f"{a}_or_{b}" for i, a in enumerate(_FATES) for b in _FATES[i + 1:]} - {"killed_or_wounded"})

#: Activities whose counts make a sentence a tally by themselves ("48 operations").
_ACTIVITY_METRICS = frozenset(
    {"operations", "raids", "strikes", "sorties", "patrols", "engagements", "interdictions"}
)

#: Things counted whose parts may be told by kind ("61 were weapons depots").
COUNTED_THINGS = _ACTIVITY_METRICS | {"targets", "attacks", "incidents"}

#: Actor kinds that are counted in a tally rather than issuing it.
_NON_REPORTER_KINDS = frozenset(
    {"rebel_group", "political_militia", "identity_militia", "civilians", "protesters",
     "rioters", "unidentified_armed_group"}
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The tallies lexicon (``data/tally_metrics.json``), compiled once per process."""

    activity_nouns: dict[str, str]
    casualty_verbs: dict[str, str]
    casualty_gerunds: dict[str, str]
    animal_words: frozenset[str]
    people_words: frozenset[str]  # "fighters", "members": nouns of people counted
    activity_re: re.Pattern[str]
    passive_re: re.Pattern[str]
    coordinated_re: re.Pattern[str]
    active_before_re: re.Pattern[str]
    located_passive_re: re.Pattern[str]
    relative_passive_re: re.Pattern[str]
    party_after_re: re.Pattern[str]
    total_re: re.Pattern[str]
    period_re: re.Pattern[str]
    continuation_re: re.Pattern[str]
    also_verb_re: re.Pattern[str]
    trigger_re: re.Pattern[str]  # any word a counted figure needs: a cheap gate per sentence
    activity_plural_re: re.Pattern[str]  # "operations", "strikes": counts that make a tally
    gate_words: frozenset[str]  # one word of every cue: a text with none of them holds no tally
    # The same tests for ASCII text lowercased, where they find what the case-blind ones find
    # at the same offsets, several times faster (no case folding per character).
    lower_trigger_re: re.Pattern[str]  # trigger_re
    lower_cue_re: re.Pattern[str]  # activity_plural_re, total_re or period_re
    # lower_cue_re's matches after a non-word character: every cue starts with a letter or
    # digit, so this and a match at the text's start find what a search of lower_cue_re
    # does; the engine skips in C to the characters between words, not trying every one
    lower_cue_after_re: re.Pattern[str]
    lower_total_re: re.Pattern[str]  # total_re
    lower_period_re: re.Pattern[str]  # period_re


def _metric_of_verb(lex: Lexicon, verb: str) -> str:
    """The metric of a casualty verb as a pattern found it, its words joined by any run of
    whitespace ("rendered  ineffective", two spaces apart)."""
    return lex.casualty_verbs[" ".join(verb.lower().split())]


# Words that end a modifier or party phrase: prepositions, conjunctions, auxiliaries.
_STOP = (
    r"(?:of|in|on|at|and|or|the|a|an|were|was|are|is|be|been|being|have|has|had|to|from|by|"
    r"with|for|during|per|which|that|including|while|after|before|since|across|near|into|"
    r"against|over|as|resulting|result|conducted|carried|out|killing|wounding|no|last|past|"
    r"this|next|yesterday|today|earlier|later|alone|each|respectively|among|under|according|"
    r"said|says|who|whom|whose|where|when|since|until|through|throughout|inside|outside|"
    r"within|so)"
)
_WORD = r"[A-Za-z\u00c0-\u024f][\w\u2019'/.-]*"
_MOD = rf"(?:(?!{_STOP}\b){_WORD}\s+)"
# "members of the Islamic State", "terrorists from the PKK/YPG": the group a count is of
# ("soldiers from the army" were wounded in the operations, not counted by group)
_FROM_GROUP = "|".join(rf"(?<={head}\s)" for head in (
    "terrorists", "militants", "fighters", "members", "elements", "insurgents", "operatives"))
# ("arrested 64 suspects between March 3 and March 9": the days the count covers, no party)
_WHEN_WORD = "|".join(["between", "amid", *calendar.day_name,
                       *(m for m in calendar.month_name if m)])
# ("11 IS militants were killed": the group's short name in capitals before a noun is no
# verb)
_PARTY_WORD = (rf"(?:(?!(?:{_STOP}|{_WHEN_WORD})\b){_WORD}|(?-i:IS)(?=\s+[a-z])|"
               rf"(?:of|(?:{_FROM_GROUP})from)(?:\s+the)?(?=\s+[A-Z]))")
# ("two of their soldiers had died": a bare "had" only before a verb that takes no object)
_AUX = r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been|got|reportedly|" \
    r"also|all|later|subsequently|either|allegedly|" \
    r"(?:had|have|has)(?=\s+(?:died|lost\s+their|laid\s+down|embraced)\b))\s+)"
#: Where some counted people were, told between them and their verb: "in northern Iraq".
_LOCATED = r"(?:in|inside|across|near|around)(?:\s+[\w\u2019'-]+){1,4}?"
_APPROX = (
    r"(?:(?:at\s+least|an\s+estimated|estimated|about|around|approximately|some|nearly|"
    r"almost|more\s+than|over|up\s+to|roughly|a\s+further|another|an\s+additional)\s+)?"
)


@cache
def lexicon() -> Lexicon:
    """Load and compile the tallies lexicon (once per process)."""
    raw = json.loads(resources.files("eventcoder.data").joinpath("tally_metrics.json").read_text())
    nouns: dict[str, str] = raw["activity_nouns"]
    verbs: dict[str, str] = raw["casualty_verbs"]
    gerunds: dict[str, str] = raw["casualty_gerunds"]
    noun_alt = _alternation(list(nouns))
    verb_alt = _alternation(list(verbs))
    # ("surrendered 40 rifles": what was handed over, not people)
    active = [*gerunds, *[v for v in verbs
                          if v not in {"dead", "hurt", "slain", "in custody", "surrendered"}]]
    active_alt = _alternation(active)
    lower_trigger = _by_first_char([
        *_lower_alternatives([*nouns, *verbs, *active]),
        "deaths?", "killings?", "arrests?", "detention", "captures?", "abduction", "kidnapping",
        # ("The number of detainees, 48, was unchanged": the fate by the people's noun)
        "detainees?", "arrestees?", "captives?",
        "injur(?:y|ies)", "neutrali[sz]ation", "elimination", "surrender",
        # ("The correct number is 16": a corrected figure of a count told before)
        r"correct\s+(?:number|figure|count|total)",
        # ("11 of the 52 were U.S.-only", "the rest were partnered": kinds of a count)
        "partnered", "unilateral", r"(?:u\.s\.|us)-only",
    ])
    lower_cue = _by_first_char(_lower_alternatives([
        *[n for n, m in nouns.items() if m in _ACTIVITY_METRICS],
        *raw["total_cues"], *raw["period_cues"],
    ]))
    return Lexicon(
        activity_nouns={k.lower(): v for k, v in nouns.items()},
        casualty_verbs=verbs,
        casualty_gerunds=gerunds,
        animal_words=frozenset(w.lower() for w in raw["animal_words"]),
        people_words=frozenset(w.lower() for w in raw["people_words"]),
        activity_re=re.compile(
            # ("19 air and ground operations": two modifiers joined)
            rf"\s+(?P<mods>{_MOD}{{0,3}}?(?:{_MOD}and\s+{_MOD})?)(?P<noun>{noun_alt})\b(?!-)",
            re.IGNORECASE
        ),
        passive_re=re.compile(
            # "No US or partner forces were injured": "or" joins the people of one count
            rf"\s+(?P<party>(?:{_PARTY_WORD}\s+(?:or\s+)?){{0,5}}?){_AUX}{{0,3}}"
            rf"(?P<verb>{verb_alt})\b",
            re.IGNORECASE,
        ),
        coordinated_re=re.compile(
            rf"\s+(?P<party>(?:{_PARTY_WORD}\s+){{0,4}}?{_PARTY_WORD})\s+and\s+"
            # "11 officers and soldiers embraced shahadat": an intransitive verb needs no aux
            rf"(?:[\w\u2019'-]+\s+){{1,5}}?(?:{_AUX}{{1,3}}|(?=(?:embraced|died|lost\s+their|"
            rf"laid\s+down|surrendered)\b))(?P<verb>{verb_alt})\b",
            re.IGNORECASE,
        ),
        active_before_re=re.compile(
            # 'had "neutralized" five PKK terrorists': a verb the teller's words quote
            rf"(?:\b(?P<verb>{active_alt})[\"\u201d\u2019']?|(?P<noun>deaths?|killings?|arrests?|detention|"
            # ("accepted the surrender of 37 members": those who gave themselves up)
            rf"capture|abduction|kidnapping|injur(?:y|ies)|neutrali[sz]ation|elimination|"
            rf"surrender)"
            # ("neutralized total 23 terrorist", as a translation drops the article)
            rf"\s+of)\s+(?:(?:a\s+)?total(?:\s+of)?\s+)?"
            rf"{_APPROX}$",
            re.IGNORECASE,
        ),
        located_passive_re=re.compile(
            # "12 PKK/YPG terrorists in northern Iraq and 7 in northern Syria were
            # neutralised": the party, where they were, parts by place, then the verb
            rf"\s+(?P<party>(?:{_PARTY_WORD}\s+){{0,4}}?{_PARTY_WORD})\s+{_LOCATED}"
            rf"(?:(?:,\s*|,?\s+and\s+)\(?[\d,]+\)?\s+(?:others?\s+|more\s+)?{_LOCATED})*"
            rf"\s+{_AUX}{{1,3}}(?P<verb>{verb_alt})\b",
            re.IGNORECASE,
        ),
        relative_passive_re=re.compile(
            # "5 terrorists who were persuaded by ... have surrendered", "12 militants who
            # attacked the post were killed": a clause about the people between them and the
            # verb. The verb needs its auxiliary (or is one that takes no object), so a verb of
            # the clause ("who killed two guards were arrested") is not taken for the count's;
            # no number in the clause, which would be a count of its own. ("The two sides
            # stressed that ... are eliminated": a verb before "that", no people.)
            rf"\s+(?P<party>(?:{_PARTY_WORD}\s+){{0,3}}?{_PARTY_WORD})(?<![a-z]ed)\s+(?:who|that)\s+"
            rf"[^.;:!?\d]{{1,120}}?\s+(?:{_AUX}{{1,3}}|(?:(?:have|has|had)\s+)?(?=(?:surrendered|"
            rf"died|embraced|laid\s+down|lost\s+their)\b))(?P<verb>{verb_alt})\b",
            re.IGNORECASE,
        ),
        party_after_re=re.compile(rf"\s+(?P<party>(?:{_PARTY_WORD}\s+){{0,3}}{_PARTY_WORD})\b"),
        total_re=re.compile(rf"\b(?:{_alternation(raw['total_cues'])})\b", re.IGNORECASE),
        period_re=re.compile(rf"\b(?:{_alternation(raw['period_cues'])})\b", re.IGNORECASE),
        continuation_re=re.compile(
            rf"\b(?:{_alternation(raw['continuation_cues'])})\b", re.IGNORECASE
        ),
        also_verb_re=re.compile(rf"\s+(?:or|and|nor)\s+(?P<verb>{verb_alt})\b", re.IGNORECASE),
        trigger_re=re.compile(
            rf"\b(?:{noun_alt}|{verb_alt}|{active_alt}|deaths?|killings?|arrests?|detention|"
            rf"captures?|detainees?|arrestees?|captives?|"
            rf"abduction|kidnapping|injur(?:y|ies)|neutrali[sz]ation|elimination|surrender|"
            rf"correct\s+(?:number|figure|count|total)|partnered|unilateral|(?:U\.S\.|US)-only)\b",
            re.IGNORECASE,
        ),
        gate_words=frozenset(
            max(re.findall(r"[a-z0-9]+", phrase.lower()), key=len)
            for phrase in [*raw["total_cues"], *raw["period_cues"],
                           *[n for n, m in nouns.items() if m in _ACTIVITY_METRICS]]
        ),
        activity_plural_re=re.compile(
            rf"\b(?:{_alternation([n for n, m in nouns.items() if m in _ACTIVITY_METRICS])})\b",
            re.IGNORECASE,
        ),
        lower_trigger_re=re.compile(rf"\b(?:{lower_trigger})\b"),
        lower_cue_re=re.compile(rf"\b(?:{lower_cue})\b"),
        lower_cue_after_re=re.compile(rf"\W(?:{lower_cue})\b"),
        lower_total_re=re.compile(
            rf"\b(?:{_by_first_char(_lower_alternatives(raw['total_cues']))})\b"),
        lower_period_re=re.compile(
            rf"\b(?:{_by_first_char(_lower_alternatives(raw['period_cues']))})\b"),
    )


def _lower_alternatives(words: Sequence[str]) -> list[str]:
    """The alternatives of :func:`_alternation` for the phrases lowercased."""
    return [re.escape(w).replace(r"\ ", r"\s+") for w in sorted({w.lower() for w in words})]


def _by_first_char(alternatives: Sequence[str]) -> str:
    """An alternation of the same regexes grouped by their first (literal) character:
    'a(?:nnual|ll)|d(?:eaths?|uring...)'. It matches what the flat one does, but a position
    where no alternative starts is left after one test per group, not one per alternative."""
    groups: dict[str, list[str]] = {}
    flat: list[str] = []
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if first.isalnum() and first.isascii() and rest[:1] not in {"?", "*", "+", "{"}:
            groups.setdefault(first, []).append(rest)
        else:
            flat.append(alternative)
    grouped = [
        f"{first}(?:{'|'.join(sorted(set(rests), key=len, reverse=True))})"
        for first, rests in sorted(groups.items())
    ]
    return "|".join([*grouped, *flat])


# --- numbers -------------------------------------------------------------------------------

_DIGITS = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/]|[.,]\d)")
_NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "dozens": 24,
}
_WORD_NUMBER = re.compile(
    r"\b(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?P<unit>one|two|three|"
    r"four|five|six|seven|eight|nine)\b|\b(?P<word>zero|no|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)\b",
    re.IGNORECASE,
)
# The same, for ASCII text lower-cased: the same matches, without case folding per character.
_LOWER_WORD_NUMBER = re.compile(_WORD_NUMBER.pattern)


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int
    value: int
    rough: bool = False  # "about 1,500", as the quantities stage read it
    floor: bool = False  # "more than 100", "at least 60": a lower bound


# "revised the number of ISIS operatives killed in February from": a count changed, the
# range after it the old figure and the new
_REVISED_FROM = re.compile(
    r"\b(?:revis|rais|lower|correct|updat|increas|ros|risen|climb|jump|cut|reduc|amend)\w*\b"
    r"[^.;]*\bfrom\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _numbers(doc: Doc, start: int, end: int, lowered: str | None = None) -> list[_Number]:
    """Numbers in ``text[start:end]``: the quantities stage's, then digits and number words."""
    found: dict[int, _Number] = {}
    text = doc.text
    # "the March 28 raid": the day of a date counts nothing
    # ("and in April 19.": the month's name is the date, the figure a count)
    dated = [(d.start, d.end if (pair := month_then_count(text, d)) is None
              else pair.start("num")) for d in starting_in(doc.dates, start, end)]
    for q in starting_in(doc.quantities, start, end + 1):
        # Vague amounts ("multiple", "numerous") have a coding convention, not a stated count.
        # ("on Aug. 14 corrected its July operations summary": the day, read as a quantity)
        if start <= q.start and q.end <= end and (
            any(c.isdigit() for c in q.text) or _WORD_NUMBER.search(q.text)
        ) and not any(s <= q.start < e for s, e in dated):
            value = q.value if q.value is not None else q.low
            revised = _REVISED_FROM.search(doc.text, max(start, q.start - 120), q.start) \
                if q.high is not None and q.low is not None and q.high != q.low else None
            last = list(_DIGITS.finditer(doc.text, q.start, q.end)) if revised else []
            if q.high is not None and len(last) > 1:
                # "revised the number ... from 22 to 25": the figure it came to, the one it
                # replaces no count, not a range of the two
                found[last[-1].start()] = _Number(last[-1].start(), q.end, q.high)
            elif value is not None:
                found[q.start] = _Number(q.start, q.end, value, q.qualifier == "approximately",
                                         q.qualifier == "at_least")
    for m in _DIGITS.finditer(text, start, end):
        if not any(n.start <= m.start() < n.end for n in found.values()) and not any(
                s <= m.start() < e for s, e in dated) and not _PERCENT_AFTER.match(
                text, m.end()):
            found[m.start()] = _Number(m.start(), m.end(), int(m.group(1).replace(",", "")))
    words = _WORD_NUMBER if lowered is None else _LOWER_WORD_NUMBER
    for m in words.finditer(text if lowered is None else lowered, start, end):
        if any(n.start <= m.start() < n.end for n in found.values()) or any(
                s <= m.start() < e for s, e in dated) or _PERCENT_AFTER.match(text, m.end()):
            continue
        if m.group("tens"):
            value = _NUMBER_WORDS[m.group("tens").lower()] + _NUMBER_WORDS[m.group("unit").lower()]
        else:
            value = _NUMBER_WORDS[m.group("word").lower()]
        found[m.start()] = _Number(m.start(), m.end(), value)
    for key in [k for k, n in found.items() if 1900 <= n.value <= 2100
                and _YEAR_DIGITS.fullmatch(text, n.start, n.end)
                and _YEAR_BEFORE.search(text, max(start, n.start - 20), n.start)]:
        del found[key]  # "First quarter 2025 strike summary": the year, no count
    if text.find("one", start, end) >= 0:  # (an exact test before the pattern)
        for m in _NONE_OF_A_FATE.finditer(text, start, end):
            # "and that none were killed", "none of its personnel were hurt": a nil count
            found.setdefault(m.start(), _Number(m.start(), m.end(), 0))
    if found:
        for m in _NONE_IN_A_LIST.finditer(text, min(found), end):
            # "22 died in Macomia district, nine in Muidumbe and none in Palma": a part of
            # the same list, a place where the count was nil
            found[m.start("none")] = _Number(m.start("none"), m.end("none"), 0)
    return [found[k] for k in sorted(found)]


#: A share, not a count: "Nearly 60 percent of those killed", "12 per cent", "40%".
_PERCENT_AFTER = re.compile(r"\s*%|\s*(?:per[\s-]*cent|percent)\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
#: What may stand before a year named with no date of its own: "First quarter 2025", "FY
#: 2024", "since 2019", "March 2023", "19 april 2025" (not "a total of 2000", a count).
_YEAR_BEFORE = re.compile(
    r"(?:\b(?i:quarter|half|year|fiscal|FY|since|Q[1-4]|H[12])"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?"
    # a translation that keeps the French or Spanish small letter: "the 19 april 2025"
    # (not "may", a verb before a count: "may 2000 have fled")
    r"|\b(?:" + "|".join(m.lower() for m in calendar.month_name[1:] if m != "May") + "),?"
    r")[ \t]+$")

#: "none" as the subject of a fate: "and that none were killed", "None of its soldiers
#: was hurt" (not "None of the raids was conducted near the border": no fate).
_NONE_OF_A_FATE = re.compile(
    r"\b[Nn]one(?=(?:\s+of\s+(?:its|their|our|his|the|them|these|those)(?:\s+[\w-]+){0,3}?)?"
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:reportedly\s+|seriously\s+)?"
    r"(?:killed|wounded|injured|hurt|harmed|detained|arrested|captured|abducted|kidnapped)\b)")
_NONE_IN_A_LIST = re.compile(
    r"(?:,|\band|\bwhile|\bbut)\s+(?P<none>none)(?=\s+(?:in|near|around|across|inside)\s+"
    r"(?:the\s+)?[A-Z])")


# --- items: one counted figure in a sentence --------------------------------------------------


@dataclass(slots=True)
class TallyItem:
    """One counted figure in a tally sentence, before context (period, area) is filled in."""

    start: int
    end: int
    value: int
    metric: str
    sentence: int
    qualifier: str | None = None
    party_text: str | None = None
    party_span: tuple[int, int] | None = None
    party: str | None = None
    total: bool = False
    area: list[str] = field(default_factory=list)
    area_names: list[str] = field(default_factory=list)
    # the provinces those places lie in: "Hawija district" is of Kirkuk, "Mosul" of Nineveh
    area_divisions: list[str] = field(default_factory=list)
    area_label: str | None = None
    area_spans: list[tuple[int, int]] = field(default_factory=list)
    period: tuple[date, date] | None = None
    period_span: tuple[int, int] | None = None
    # "In August alone" after "since the start of 2024" in a text of no date: the month's
    # year taken from the period told before (a period of no year known is None, its words
    # in ``period_span``)
    period_year_inferred: bool = False
    reporter: str | None = None
    also: str | None = None  # "killed or injured": a second metric with the same count
    party_resolved: bool = False  # party is a canonical actor name, not the words as written
    party_group: bool = False  # that actor is a named group or force, not a class of people
    # "143 killed, including 41 civilians, among them 9 children": a count of some of the
    # people of another item (``within``; None until found when told in a later sentence)
    subset: bool = False
    within: TallyItem | None = None
    # "5,183 civilian casualties (1,659 killed and 3,524 injured)": a count of one fate of
    # the casualties of ``within``, the killed and the wounded together making them up
    fate_of: bool = False
    # "Of the 43, 17 were killed in Mir Ali": the count of the item it is some of
    of_value: int | None = None
    # "Of the suspects detained, 34 were picked up in Lamu": some of the last count of its
    # fate told before, by place
    of_fate: bool = False
    # "14 in Macomia and nine in Mocimboa da Praia, 23 in all": the sum of the counts of
    # its fate told before it in its sentence, over all their places
    sums_told: bool = False
    # "about 1,500", "nearly 40": a figure told roughly
    rough: bool = False
    # "more than 100", "at least 60": a figure the count exceeds or meets, not its size
    floor: bool = False
    # "nine in Spinwam", "- Muidumbe: 11 ...": its place is a name the gazetteer lacks
    unplaced: bool = False
    # "as follows: Kirkuk (9), Diyala (7)": a part whose place is written before it, set
    # when it is read
    place_first: bool = False
    # "and 114 in airstrikes": a part by how it came about, of the whole's place, not of a
    # place the part before it names
    by_means: bool = False
    # "25 were killed by the army and 15 by the air force": the words of the force that
    # dealt the fate counted, told with it (a part of a count by that force)
    force: str | None = None
    # "74 Taliban and ISIS-K insurgents": the named sides a count of people is of together
    sides: tuple[str, ...] = ()
    # "| Anbar | 12 | 4 | 9 |": a figure of a table's cell, counted as its label says
    cell: bool = False
    # "11 of the 52 were partnered": of a count told by its figure alone, whose metric (set
    # when the count is found) the part takes
    metric_of_whole: bool = False
    # "in Kirkuk and Diyala, with 19 and 14 respectively": a part of ``within`` whose place
    # is the place of the same rank among the whole's
    respective: bool = False
    # "Of these, 142 were killed in ...": told in a sentence that opens on a count told
    # before it, so of no total told after it
    of_told_before: bool = False
    # "The correct figure is 27": a correction's figure, which replaces the last count of
    # its kind told in a sentence before it
    correction: bool = False
    # "Nine were U.S.-only operations." after "carried out 40 operations": a kind of the last
    # count of operations told before, whose metric it takes when that count is found
    of_last_count: bool = False
    # "the figure for the militants killed was wrong. The correct figure is 11": a
    # correction whose people are named, which replaces the count of those people
    correction_named: bool = False
    # "and the rest were partnered": the whole less the kinds told, a figure the report
    # does not write, so no breakdown it completes can disagree with its whole
    rest: bool = False
    # "In April, it conducted 12.": a count of what the last count of operations before it
    # counted, its noun left out
    metric_of_last: bool = False
    # "The correct figure for Diyala is 16": a correction of the count of one place, which
    # replaces the part told for that place (by its name as written)
    correction_place: str | None = None
    #: "said 23, not 14 as initially reported, were killed": a figure told with the one it
    #: replaces beside it, the count told before again where one of its figure was told
    restated: bool = False
    #: A toll brought to this figure past one day's incident, with no period told
    #: ("killed 10 ... on Monday, raising the toll to 50"): counted up to that day, from
    #: a start the report does not give.
    running: bool = False
    #: "Of the 40 terrorists killed, 25 were ...": the whole its parts are told of, its
    #: figure written only there; no count of its own where a sentence before told it
    fronted_whole: bool = False


_GENERIC_QUALIFIERS = frozenset(
    {"more", "additional", "other", "separate", "different", "new", "total", "such", "further",
     "successful", "recorded", "reported", "documented", "confirmed", "individual"}
)


def _clean_qualifier(mods: str) -> str | None:
    words = [w for w in mods.split() if w.lower() not in _GENERIC_QUALIFIERS]
    return " ".join(words) or None


def _is_animal(party: str | None) -> bool:
    if not party:
        return False
    words = [w.strip(".,").lower() for w in party.split()]
    animals = lexicon().animal_words
    return any(w in animals for w in words) or " ".join(words[-2:]) in animals


def _fronted_whole(text: str, lex: Lexicon, fronted_count: re.Match[str], value: int,
                   index: int) -> TallyItem | None:
    """"Of the 40 terrorists killed, 25 were killed by the army": the count its parts are
    of, told by the words that open the sentence with its fate ("killed", "arrested") after
    the figure, and the people counted where named before the fate; None where no fate is
    told ("Of the 43, ..."), the metric of the whole then being unknown."""
    words = text[fronted_count.end("num"):text.index(",", fronted_count.end("num"))].split()
    if not words or (metric := lex.casualty_verbs.get(words[-1].lower())) is None:
        return None
    whole = TallyItem(fronted_count.start("num"), fronted_count.end("num"), value, metric,
                      index)
    whole.fronted_whole = True
    if len(words) == 2 and words[0].lower() in lex.people_words:
        at = text.index(words[0], fronted_count.end("num"))
        whole.party_text, whole.party_span = words[0], (at, at + len(words[0]))
    return whole


def parse_items(doc: Doc, index: int, lowered: str | None = None) -> list[TallyItem]:
    """The counted figures of one sentence: '48 operations', '22 ISIS operatives killed', ...

    ``lowered``, when given, is ``doc.text.lower()`` of an ASCII text (for a faster gate).
    """
    lex = lexicon()
    start, end = doc.sentences[index]
    text = doc.text
    if ("|" in text[start:end] or "\t" in text[start:end] or (
            _SPACED_ROW.match(text, start, end) is not None)) and (
            row := _table_row_items(doc, lex, index)):
        return row
    if ("/" in text[start:end] or "|" in text[start:end] or text.startswith(
            ("Total", "TOTAL", "Grand"), start)) and (
            cells := _labelled_cells_items(doc, lex, index)):
        return cells
    if (text.find("Total", start, end) >= 0 or text.find("TOTAL", start, end) >= 0) and (
            run_on := _run_on_table_items(doc, lex, index)):
        return run_on
    if text.startswith(("Of", "Among", "From"), start) and (
            parts := _of_these_by_place(doc, index)):
        return parts
    items: list[TallyItem] = []
    if lowered is not None:
        if not lex.lower_trigger_re.search(lowered, start, end) and (
                lowered.find("toll", start, end) < 0):
            return _elided_count(doc, index) or _bare_row(doc, index)
    elif not lex.trigger_re.search(text, start, end) and _TOLL.search(text, start, end) is None:
        return _elided_count(doc, index) or _bare_row(doc, index)
    numbers = _numbers(doc, start, end, lowered)
    of_value: int | None = None
    fronted_whole: TallyItem | None = None
    if numbers and (fronted_count := _FRONTED_COUNT.match(text, start, end)) and (
            fronted_count.end("num") == numbers[0].end):
        # "Of the 43, 17 were killed in Mir Ali, 15 in Datta Khel": parts of the 43
        of_value = numbers.pop(0).value
        fronted_whole = _fronted_whole(text, lex, fronted_count, of_value, index)
    fronted_fate = _FRONTED_FATE.match(text, start, end) if of_value is None else None
    of_fate = lex.casualty_verbs.get(fronted_fate.group("verb").lower()) \
        if fronted_fate is not None else None
    replaced_end = -1
    for k_number, number in enumerate(numbers):
        if _SERIES_MEMBER.search(text, max(start, number.start - 40), number.start):
            continue  # "in one of three related attacks": the incident's place in a series
        if _EXAMINED.search(text, max(start, number.start - 40), number.start):
            continue  # "after an assessment of two strikes near Jilib": what was looked into
        if _in_a_ratio(text, number.start, number.end, start, end):
            continue  # "seven in ten of those killed": a share, neither figure a count
        if _whole_of_a_share(doc, number, start):
            continue  # "two-thirds of the 45 operations" after "45 operations": the whole
        if (_REPLACED_BEFORE.search(text, max(start, number.start - 40), number.start)
                or _REPLACED_AFTER.match(text, number.end, end)
                or replaced_end >= 0 and _REPLACED_LIST_GOES_ON.fullmatch(
                    text, replaced_end, number.start)) and (
                _REVISION.search(text, start, number.start)
                or (index > 0 and _REVISION.search(text, *doc.sentences[index - 1]))
                or _REVISION.search(text, *doc.sentences[0])):
            # the figure a revision replaces, and those listed with it ("up from the 27
            # killed and 40 detained it reported")
            replaced_end = number.end
            continue
        replaced_end = -1
        if items and items[-1].start <= number.start < items[-1].end or (
                k_number and (partitive := _PARTITIVE.match(text, numbers[k_number - 1].end,
                                                            number.start)) is not None
                and not text[partitive.end():number.start].strip()):
            # "Four of the 38 operations", "70 of the 52 were": the whole's figure, no count
            continue
        in_turn = _respective_whole(text, numbers, k_number, items, end) if items else None
        if in_turn is not None:
            # "killed 33 ... in Kirkuk and Diyala, with 19 and 14 respectively": parts of the
            # count told before, one of each of its places in turn
            respective = TallyItem(number.start, number.end, number.value, in_turn.metric,
                                   index)
            respective.party_text, respective.party_span = in_turn.party_text, in_turn.party_span
            respective.qualifier = in_turn.qualifier
            respective.subset, respective.within, respective.respective = True, in_turn, True
        item = respective if in_turn is not None else _kind_part_of_a_figure(
            text, number, end, index, of_value) or _kind_listed_item(
            text, number, start, end, index, items) or _accounted_item(
            doc, number, start, end, index, items) or _item_at(
            doc, lex, number, start, end, index) or _label_row_item(
            doc, lex, number, start, end, index)
        if item is not None and _is_rate(text, item, start, end):
            continue  # "more than 100 operations were conducted daily": a rate, not a count
        if item is not None and _NOT_AS_TOLD.match(text, number.end, end):
            item.restated = True
        if (item is not None and _MORE_AFTER.match(text, number.end)
                and _REVISED_BEFORE.search(text, start, number.start)):
            continue  # "raised to 25 ..., after confirming three more deaths": in the 25
        if item is None and not items and (
                fronted := _FRONTED_PARTITIVE.match(text, start, number.start)) is not None:
            # "Of the operations, 8,543 were carried out in Khyber Pakhtunkhwa": some of the
            # count of that noun told before, by place
            host = TallyItem(fronted.start("noun"), fronted.end("noun"), 0,
                             lex.activity_nouns[fronted.group("noun").lower()], index)
            item = _elliptic_item(doc, number, end, index, host) or _kind_item(
                text, number, end, index, host.metric)
            if item is not None and not _PLACE_AFTER.match(text, number.end, end):
                # "Of the strikes, 11 were conducted in collective self-defense": of a kind
                item.subset, item.within = True, None
        if item is None and not items and of_value is None and _KIND_OF_LAST_OPENS.fullmatch(
                text, start, number.start) and (kind_of := _KIND_AFTER.match(
                text, kind_at := _kind_of_them_end(text, number.end, end), end)) is not None:
            # "Nine were U.S.-only operations.", "Of these, 11 were U.S.-only", "Eleven of
            # them were unilateral": some of the count of operations told before, of a kind
            item = TallyItem(number.start, kind_of.end(), number.value, "operations", index,
                             qualifier=_kind_told_after(text, kind_at, end))
            item.subset, item.of_last_count = True, True
        if item is None and items and items[-1].metric in _ACTIVITY_METRICS and not items[
                -1].subset and (kind_of_them := _KIND_OF_THEM.match(text, number.end, end)):
            # "40 operations ..., nine of them U.S.-only, the rest partnered": some of the
            # count just told, of a kind
            item = TallyItem(number.start, kind_of_them.end(), number.value, items[-1].metric,
                             index, qualifier="partnered" if kind_of_them.group("partnered")
                             else "unilateral" if kind_of_them.group("alone")
                             else " ".join(kind_of_them.group("with").lower().split())
                             if kind_of_them.group("with") else "US-only")
            item.subset, item.within = True, items[-1]
        if item is None and (correct := _CORRECT_NUMBER_BEFORE.search(
                text, max(start, number.start - 70), number.start)) is not None:
            # "An earlier version ... said 14 airstrikes ... The correct number is 16"
            item = _corrected_count(doc, lex, number, index, correct.start(),
                                    of_a_place=correct.group("place") is not None)
            if item is not None:
                item.correction = True
                item.correction_place = correct.group("place")
        if item is None and items and (
                items[-1].metric in CASUALTY_METRICS and items[-1].party_text is not None
                and not items[-1].subset and _ONE_VERB_GOES_ON.fullmatch(
                    text, items[-1].end, number.start) is not None) and (
                people := lex.party_after_re.match(text, number.end, end)) is not None and (
                people.group("party").split()[-1].lower() in lex.people_words):
            # "killed 58 al-Shabaab fighters and 6 ISIS-Somalia members": a second count of
            # the same fate, of other people, the verb told once
            item = TallyItem(number.start, people.end("party"), number.value,
                             items[-1].metric, index)
            item.party_text, item.party_span = people.group("party"), people.span("party")
        if item is None and items and items[-1].party_text is None and _RESPECTIVE.fullmatch(
                text, items[-1].end, number.start) and _RESPECTIVELY.search(
                text, number.end, end):
            # "killed 12 and 19 ISIS members in Iraq and Syria respectively": the second count
            # of the same fate, whose people the first shares
            item = TallyItem(number.start, number.end, number.value, items[-1].metric, index)
            if (people := lex.party_after_re.match(text, number.end, end)) is not None:
                item.party_text, item.party_span = people.group("party"), people.span("party")
                item.end = people.end("party")
        if item is None and items and (summed := _SUMMED_AFTER.match(text, number.end, end)
                                       or _SUMMED_BEFORE.search(text, start, _figure_at(
                                           text, number))):
            # "killed 14 insurgents in Macomia and nine in Mocimboa da Praia, 23 in all"
            lead_in = len(summed.group()) - len(summed.group().lstrip(",; \t\n"))
            # ("bringing the combined total for the two operations to 40": the operations
            # summed over are named, not counted)
            items[:] = [i for i in items if not summed.start() <= i.start < summed.end()
                        or i.start >= number.start] or items
            item = TallyItem(min(number.start, summed.start() + lead_in),
                             max(number.end, summed.end()), number.value, items[-1].metric,
                             index)
            item.party_text, item.party_span = items[-1].party_text, items[-1].party_span
            item.total = item.sums_told = True
        if item is None and (_PLACE_AFTER.match(text, number.end, end) or _BRACKETED_ALONE.match(
                text, number.end) and text.startswith("(", max(0, number.start - 1))):
            # (and "the arrests (27), and 14 wanted were arrested": the count of that fate,
            # in brackets, no place after it)
            item = _part_by_place_told_after_its_fate(text, lex, number, start, index, items)
        # (after the parts of a count, "64 operations, 27 in February and 37 in March, and
        # in Syria 48": the next count is of the whole's kind, not a part)
        told_last = items[-1].within if items and items[-1].subset else (
            items[-1] if items else None)
        if item is None and told_last is not None and (_MONTH_FIRST_PART.search(
                text, items[-1].end, number.start) is not None or (
                (place_first := _PLACE_FIRST_PART.search(text, items[-1].end, number.start))
                is not None and any(p.start == place_first.start("place") and p.place
                                    is not None for p in starting_in(
                                        doc.places, place_first.start("place"),
                                        place_first.end("place"))))) and not any(
                c.isdigit() for c in text[items[-1].end:number.start]) and (
                _BARE_FIGURE_ENDS.match(text, number.end, end) is not None):
            # "In March, it conducted 44 operations, and in April 39": the same count over
            # the next month (or in the next place: "and in Syria 18"), its noun left out
            item = TallyItem(number.start, number.end, number.value, told_last.metric, index)
            item.qualifier = told_last.qualifier
            item.party_text, item.party_span = told_last.party_text, told_last.party_span
        if item is None and items:
            # "22 ... were killed near Mucojo in Macomia district and 16 near Quiterajo":
            # parts by place, though the gazetteer lacks a place
            item = _elliptic_item(doc, number, end, index, items[-1],
                                  names=of_value is not None or _PLACE_AFTER.match(
                                      text, items[-1].end, number.start) is not None)
        if item is None and items and items[-1].subset and items[-1].within is None and (
                items[-1].qualifier and items[-1].metric in COUNTED_THINGS):
            # "Of the targets destroyed, 61 were weapons depots, 48 were vehicles"
            item = _kind_item(text, number, end, index, items[-1].metric)
            if item is not None:
                item.subset = True
        if item is None and items:
            item = _place_first_item(doc, lex, number, index, items)
            if item is not None and items[-1].metric_of_last and items[-1].place_first:
                item.metric_of_last = True  # the next row of a list of the count before
        if item is None and not items and text.startswith("(", max(0, number.start - 1)):
            item = _row_of_the_count_before(doc, number, index, start)
        if item is None and not items and _REMAINING_OPENS.match(text, start, number.start) \
                and (_ELLIPTIC.match(text, number.end, end) is not None
                     or _DONE_IN.match(text, number.end, end) is not None):
            # "The remaining 35 took place in Iraq": the rest of the operations told of in
            # the sentence before, their noun left out (found when the sentences are read
            # together)
            item = TallyItem(number.start, number.end, number.value, "operations", index)
            item.metric_of_last = True
        if item is None and of_value is not None:
            # "Of the 58 killed, 23 were members of the Amniyat wing and 19 were commanders":
            # who some of the counted were
            item = _were_item(doc, lex, number, end, index)
        if item is None and of_value is not None and fronted_count is not None and (
                (fate := lex.casualty_verbs.get(text[fronted_count.end("num"):number.start]
                                                .strip(" ,").lower())) is not None) and (
                where := _WERE_IN.match(text, number.end, end)) is not None:
            # "Of the 19 killed, 12 were in Syria": some of the dead, by place
            item = TallyItem(number.start, where.end(), number.value, fate, index)
        if item is None and not items and of_fate is not None and (
                where := _WERE_IN.match(text, number.end, end)) is not None:
            # "Of those killed, 6 were in the Hamrin mountains": some of the last count of
            # that fate, by place
            item = TallyItem(number.start, where.end(), number.value, of_fate, index)
        if item is None and not items and of_fate is not None and fronted_fate is not None and (
                number.start == fronted_fate.end()) and (
                    item := _were_item(doc, lex, number, end, index)) is not None:
            # "Of the detained, 6 were described as leaders of cells": some of the last count
            # of that fate, by who they were
            item.metric = of_fate
        if item is None and not items and (
                fated := _FATE_INCLUDED.search(text, max(start, number.start - 60),
                                               number.start)) is not None and (
                fated.group("verb").lower() in lex.casualty_verbs) and _PLACE_AFTER.match(
                text, number.end, end):
            # "The terrorists killed included 130 in Khyber Pakhtunkhwa and 82 in
            # Balochistan": parts by place of the count of that fate told before
            item = TallyItem(number.start, number.end, number.value,
                             _metric_of_verb(lex, fated.group("verb")), index)
            item.party_text, item.party_span = fated.group("party"), fated.span("party")
        if item is None and not items and (
                noun := _NOUN_INCLUDED.search(text, max(start, number.start - 60),
                                              number.start)) is not None and (
                _PLACE_AFTER.match(text, number.end, end)):
            # "The arrests included 118 in Nineveh, 74 in Kirkuk and 55 in Anbar", "The raids
            # included 11 in Rafah, 9 in Sheikh Zuweid": parts by place of the count of that
            # fate or deed told before
            k = " ".join(noun.group("noun").lower().split())
            item = TallyItem(number.start, number.end, number.value,
                             _FATE_OF_NOUN.get(k) or lex.activity_nouns[k], index)
        if item is None:
            item = _subset_item(doc, lex, number, (start, end), index, items)
        if item is None and (apposed := _APPOSED_BEFORE.search(
                text, max(start, number.start - 40), number.start)) is not None and (
                verb := _APPOSED_VERB.match(text, number.end, end)) is not None and (
                apposed_fate := _apposed_fate(lex, verb.group("verb"))) is not None:
            # "Most of the dead, 41, were killed in the Middle Juba region": some of the
            # count told before, how many said between commas
            item = TallyItem(apposed.start(), verb.end(), number.value, apposed_fate, index)
            if not _PLACE_AFTER.match(text, verb.end(), end):
                item.subset, item.within = True, None  # (by place, a part like any other)
                fronted = _FATE_FRONTED_BEFORE_SHARE.match(text, start, apposed.end())
                fate = lex.casualty_verbs.get(fronted.group("verb").lower()) \
                    if fronted is not None else None
                if fate is not None:
                    # "Of those neutralised, roughly a third, 14, died": of the last count
                    # of the neutralised
                    item.metric, item.of_fate = fate, True
        if item is None:
            continue
        if item.party_span is not None and item.metric in CASUALTY_METRICS:
            _join_sides(doc, item, end)
        item.rough = number.rough or _ROUGHLY.search(
            text, max(start, number.start - 20), number.start) is not None
        item.floor = number.floor or _AT_LEAST.search(
            text, max(start, number.start - 20), number.start) is not None
        if _is_animal(item.party_text):
            log.debug("animal casualty not counted: %r", text[item.start : item.end])
            continue
        whole = _whole_of_the_part(text, number, item, end)
        if whole is not None and whole > item.value:
            # "Four of the 38 operations were U.S.-only strikes": some of the 38 told before
            item.subset, item.within, item.of_value = True, None, whole
            if item.metric in _ACTIVITY_METRICS and item.qualifier is None:
                item.qualifier = _kind_told_after(text, item.end, end)
        elif of_value is not None and of_value > item.value:
            item.subset, item.within, item.of_value = True, None, of_value
        elif of_fate is not None and fronted_fate is not None and item.metric == of_fate and (
                item.start >= fronted_fate.end()):
            item.subset, item.within, item.of_fate = True, None, True
        elif (not item.subset and item.metric in CASUALTY_METRICS and not item.party_text
              and _OF_THEM.match(text, number.end, end)):
            # "11 of them were neutralized in northern Iraq": some of the count told before
            item.subset, item.within = True, None
        previous = items[-1] if items else None
        if previous is not None and not item.subset and item.metric == previous.metric and (
                item.metric in CASUALTY_METRICS) and _INCLUDING_JUST_BEFORE.fullmatch(
                text, previous.end, number.start):
            # "14 soldiers including 2 officers embraced shahadat": some of the 14
            item.subset, item.within = True, previous
        elif (previous is not None and not item.subset and item.metric == previous.metric
                and item.metric not in CASUALTY_METRICS
                and _SUBSET_CUE.search(text, max(start, number.start - 40), number.start)):
            # "19 missions, including 6 unilateral operations": some of the 19
            item.subset, item.within = True, previous
        elif not item.subset and item.metric in _ACTIVITY_METRICS and (
                kinds_of := _kinds_listed_after(text, items, number.start)) is not None:
            # "16 operations in October: 12 partnered raids and 4 unilateral strikes": the
            # operations by kind
            item.subset, item.within = True, kinds_of
        if item.also and item.also != item.metric and item.value and {
                item.metric, item.also} <= set(_FATES):
            # "112 ISIS members killed or detained": one count of both fates together
            first, second = sorted((item.metric, item.also), key=_FATES.index)
            item.metric = "casualties" if (first, second) == ("killed", "wounded") else \
                f"{first}_or_{second}"
            item.also = None
        items.append(item)
        if item.also and item.also != item.metric:
            # "No civilians were killed or injured": none of either
            items.append(replace(item, metric=item.also, also=None, area=[], area_names=[],
                                 area_divisions=[], area_spans=[]))
    if (told := next((i for i in reversed(items) if i.metric in _ACTIVITY_METRICS), None)) \
            is not None and told.value and (
            (one_more := _ONE_MORE.search(text, told.end, end)) is not None) and (
            ordinal_value(one_more.group("rank")) == told.value + 1):
        # "Two strikes near Jilib ... killed 9 fighters, and a third near Bulo Burte": one
        # more of the same kind, a part of its own
        more = TallyItem(one_more.start("more"), one_more.end("rank"), 1, told.metric,
                         index)
        more.qualifier = told.qualifier
        items.append(more)
        items.sort(key=lambda i: i.start)
    if of_value is not None and fronted_whole is not None and items:
        items.insert(0, fronted_whole)
    if items and _BY_QUARTER_OPENS.match(text, start, items[0].start) is not None and (
            _ORDINAL_QUARTER.search(text, start, end) is not None) and (
            _MONTH_NAMED.search(text, start, end) is None):
        # "By quarter, troops killed 31 rebels in the first quarter, 28 in the second ...":
        # the count of each fate told before, broken down by quarters told by their rank
        # alone (quarters told by their months are read by their periods)
        for item in items:
            if not item.subset and item.within is None:
                item.subset, item.of_fate = True, True
    if of_value is None and fronted_fate is None and items and (
            people := _FRONTED_PEOPLE.match(text, start, items[0].start)) is not None and (
            people.group("people").lower().split()[-1] not in lex.casualty_verbs) and (
            people.group("people").lower().split()[-1] not in _NO_PEOPLE) and (
            items[0].metric in CASUALTY_METRICS and not items[0].party_text):
        # "Of the terrorists, 61 were killed in ...": the people the figures are of, named
        # before them, not those of the next count told
        for item in items:
            if item.party_text or item.metric not in CASUALTY_METRICS:
                break
            item.party_text = people.group("people")
            item.party_span = (people.start("people"), people.end("people"))
    # "22 ISIS operatives killed and 25 detained": an item with no party takes the last one's.
    # "killing 4 and detaining 25 ISIS suspects": one with none before a party takes the next's.
    # "neutralised 41 terrorists and arrested 67 others": the others are of the same party.
    # "neutralised 71 terrorists and arrested 80 suspects, while ... neutralised 18 and
    # arrested 66": the last party of the same fate first.
    casualty_items = [i for i in items if i.metric in CASUALTY_METRICS]
    for order in (casualty_items, casualty_items[::-1]):
        last_party: tuple[str, tuple[int, int] | None] | None = None
        same_fate: dict[str, tuple[str, tuple[int, int] | None]] = {}
        for item in order:
            if item.subset and item.party_text and order is casualty_items:
                # "41 members ... were captured, including 6 leaders, and 3 others were
                # killed": the others are of the 41, not of the leaders among them
                continue
            if item.party_text and not ADDITIVE.issuperset(item.party_text.lower().split()):
                last_party = same_fate[item.metric] = (item.party_text, item.party_span)
            elif last_party is not None and item.value == 0 and order is casualty_items:
                # "three of its members were wounded and none were killed": the nil is of
                # the people just counted, not of the last count of its fate
                item.party_text, item.party_span = last_party
            elif last_party is not None:
                item.party_text, item.party_span = same_fate.get(item.metric, last_party)
    return items


#: "11 of the 52 were partnered": the whole's figure alone, a verb after it.
_BARE_WHOLE_AFTER_PARTITIVE = re.compile(
    r"\s+(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?=\s+(?:were|was)\b)")


#: The figure a correction gives, the count named before it: "The correct number is 16".
_CORRECT_NUMBER_BEFORE = re.compile(
    r"\b(?:correct|right|actual|accurate|revised|updated|corrected)\s+(?:number|figure|count|"
    r"total)\s+"
    # ("The correct figure for Diyala is 16": the count of one place of a breakdown)
    r"(?:(?:for|in)\s+(?:the\s+)?(?P<place>(?-i:[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2}))"
    r"(?:\s+(?:province|governorate|region|district|state))?\s+)?"
    r"(?:is|was|stands\s+at|should\s+(?:be|have\s+been)|should\s+read)\s+$",
    re.IGNORECASE)


#: The count a correction names in words: "the figure for the militants killed was wrong",
#: "the number of raids".
_CORRECTION_NAMES = re.compile(
    r"\b(?:number|figure|count|toll|tally)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<party>(?:[\w-]+\s+){0,3}?[\w-]+?)\s+(?P<verb>[a-z]+ed)\b"
    r"(?=[^.;]{0,40}?\b(?:wrong|incorrect|inaccurate|misstated|in\s+error|mistaken)\b)",
    re.IGNORECASE)


def _named_correction(doc: Doc, lex: Lexicon, number: _Number, index: int,
                      cue: int) -> TallyItem | None:
    """"The ministry later said the figure for the militants killed was wrong. The correct
    figure is 11": 11 militants killed, as the sentence before (or its own) names them."""
    for k in (index, index - 1):
        if k < 0:
            continue
        s_start, s_end = doc.sentences[k]
        named = _CORRECTION_NAMES.search(doc.text, s_start, cue if k == index else s_end)
        fate = lex.casualty_verbs.get(named.group("verb").lower()) if named else None
        if named is not None and fate is not None:
            item = TallyItem(number.start, number.end, number.value, fate, index)
            item.party_text, item.party_span = named.group("party"), named.span("party")
            item.correction_named = True
            return item
    return None


def _corrected_count(doc: Doc, lex: Lexicon, number: _Number, index: int,
                     cue: int, *, of_a_place: bool = False) -> TallyItem | None:
    """The count a correction's figure is of: that of the last figure told before it, in
    its sentence or the two before ("said 14 airstrikes were conducted ... The correct
    number is 16" is 16 airstrikes), with its kind and people; none where that figure
    counts nothing this reads ("misstated the number ... as 18. The correct figure is 8").
    With ``of_a_place`` ("The correct figure for Diyala is 16"), the figures told last may
    be a breakdown's bare parts ("with 19 and 14 respectively"): the count they break down,
    the last figure before them that counts something, gives the kind."""
    if (named := _named_correction(doc, lex, number, index, cue)) is not None:
        return named
    for k in range(index, max(-1, index - 3), -1):
        s_start, s_end = doc.sentences[k]
        told = _numbers(doc, s_start, cue if k == index else s_end)
        if not told:
            continue
        earlier = _item_at(doc, lex, told[-1], s_start, s_end, k)
        if earlier is None and of_a_place:
            earlier = next((e for n in reversed(told[:-1])
                            if (e := _item_at(doc, lex, n, s_start, s_end, k)) is not None),
                           None)
        if earlier is None:
            return None
        item = TallyItem(number.start, number.end, number.value, earlier.metric, index)
        item.qualifier, item.party_text = earlier.qualifier, earlier.party_text
        item.party_span = earlier.party_span
        return item
    return None


def _kind_part_of_a_figure(text: str, number: _Number, end: int, index: int,
                           of_value: int | None) -> TallyItem | None:
    """"11 of the 52 were partnered", "Of the 52, 11 were U.S.-only": how many of a count
    told by its figure alone were of a kind; the count, and so the metric, is found later by
    its value."""
    at, whole_value = number.end, of_value
    partitive = _PARTITIVE.match(text, at, end)
    if partitive is not None:
        whole = _BARE_WHOLE_AFTER_PARTITIVE.match(text, partitive.end(), end)
        if whole is None:
            return None
        at, whole_value = whole.end(), int(whole.group("whole").replace(",", ""))
    if whole_value is None or whole_value <= number.value:
        return None
    kind = _kind_told_after(text, at, end)
    if kind is None:
        return None
    item = TallyItem(number.start, at, number.value, "operations", index, qualifier=kind)
    item.subset, item.of_value, item.metric_of_whole = True, whole_value, True
    return item


def _whole_of_the_part(text: str, number: _Number, item: TallyItem, end: int) -> int | None:
    """The figure of the whole a part is told of with it: 38 in "Four of the 38 operations"
    (the part's item runs over it); None where no figure stands after "of the"."""
    at = number.end + 1 if text.startswith(")", number.end) else number.end
    partitive = _PARTITIVE.match(text, at, end)
    if partitive is None:
        return None
    whole = _WHOLE_AFTER_PARTITIVE.match(text, partitive.end(), end)
    if whole is None or whole.end() > item.end:
        return None
    return int(whole.group("whole").replace(",", ""))


def _kinds_listed_after(text: str, items: list[TallyItem], at: int) -> TallyItem | None:
    """The count of operations whose kinds are listed after a colon or a dash and go on at
    ``at`` ("carried out 16 operations ...: 12 partnered raids and 4 unilateral strikes"),
    each kind a count of its own activity."""
    host = next((i for i in reversed(items) if i.metric == "operations" and not i.subset),
                None)
    if host is None:
        return None
    listed = items[items.index(host) + 1:]
    if any(i.within is not host or i.metric not in _ACTIVITY_METRICS for i in listed):
        return None
    opens = _KINDS_OPEN.match(text, host.end, listed[0].start if listed else at)
    return host if opens is not None else None


#: What opens a list of kinds after a count: "... in northeast Syria in October: ", " - ".
_KINDS_OPEN = re.compile(r"[^.;:\n\u2014]{0,80}?(?::|\u2014|\s-)\s*$")


#: A cell of a table a scraper flattened into a line, its columns split by bars or tabs.
_CELL = re.compile(r"[^|\t\n]+")
_CELL_FIGURE = re.compile(r"[ \t]*(?P<num>\d{1,3}(?:,\d{3})+|\d+)[ \t]*")
#: A cell with no figure in a row of figures: "-", "\u2014", "n/a" (none, or none given).
_BLANK_CELL = re.compile(r"[ \t]*(?:[-\u2013\u2014]|n/?a|N/?A)[ \t]*")
#: A cell of the rule under a Markdown table's headings: "---", ":--:".
_RULE_CELL = re.compile(r"[ \t]*:?-{2,}:?[ \t]*")
_HEADING_WORD = re.compile(r"[\w'-]+")
_TOTAL_LABEL = re.compile(r"[ \t]*(?:(?:[Gg]rand[ \t]+)?[Tt]otals?|TOTALS?|[Aa]ll|ALL)[ \t]*")


#: A row of a table whose columns ran together into spaces when it was scraped to text:
#: "Syria 6 2 0", "Deir ez-Zor 11 4 7" (a label of words, then two figures or more).
_SPACED_ROW = re.compile(r" *[A-Za-z][^\d\n|\t]*?(?: +\d{1,3}(?:,\d{3})+| +\d+){2,} *")
_SPACED_ROW_CELL = re.compile(r"[A-Za-z][^\d\n|\t]*?(?= +\d)|\d{1,3}(?:,\d{3})+|\d+")
#: Its line of headings: words parted by runs of spaces, or by one space where no run is.
_SPACED_HEADING = re.compile(r" *[A-Za-z][\w'. -]*")
_WIDE_CELL = re.compile(r"\S+(?: \S+)*")
_WORD_CELL = re.compile(r"\S+")


def _cells(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The cells of a line written as "Iraq | 21 | 9 | 14" or with tabs between (none for a
    line of fewer than three cells)."""
    line = text[start:end]
    if "\n" in line.strip():
        return []
    if line.count("|") < 2 and line.strip(" ").count("\t") < 2:
        return _spaced_cells(text, start, end)
    return [c for c in _CELL.finditer(text, start, end) if c.group().strip()]


def _spaced_cells(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The cells of a line of a table scraped to text with spaces between its columns:
    "Iraq 14 9 3" under "Country Operations Killed Detained" (a line is a row only under
    a line of headings as many, see ``_table_heading``)."""
    stop = end
    while stop > start and text[stop - 1] in " \t\r\n":
        stop -= 1
    if stop - start > 80 or "|" in text[start:stop] or "\t" in text[start:stop]:
        return []
    if _SPACED_ROW.fullmatch(text, start, stop):
        return list(_SPACED_ROW_CELL.finditer(text, start, stop))
    if not _SPACED_HEADING.fullmatch(text, start, stop):
        return []
    cells = list((_WIDE_CELL if "  " in text[start:stop].strip() else _WORD_CELL).finditer(
        text, start, stop))
    return cells if len(cells) >= 3 else []


def _table_heading(doc: Doc, index: int, width: int) -> int | None:
    """The line of headings (no figures) over a flattened table row of ``width`` cells."""
    for k in range(index - 1, max(-1, index - 12), -1):
        above = _cells(doc.text, *doc.sentences[k])
        if len(above) != width:
            return None
        if all(_RULE_CELL.fullmatch(c.group()) for c in above):
            continue  # "|---|---|": the rule under a Markdown table's headings
        if not any(_CELL_FIGURE.fullmatch(c.group()) for c in above):
            return k
    return None


def _with_table_headings(doc: Doc, items: list[TallyItem],
                         spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The headings over the rows of a table whose figures were read ("ISIS operatives
    killed | ISIS operatives detained"): words of the tally, no incident of their own."""
    added: list[tuple[int, int]] = []
    for index in sorted({i.sentence for i in items}):
        cells = _cells(doc.text, *doc.sentences[index])
        if len(cells) >= 3 and (k := _table_heading(doc, index, len(cells))) is not None:
            added.append(doc.sentences[k])
    return tuple(sorted({*spans, *added}))


#: "The total includes 14 terrorists whose deaths were first announced ...": what a
#: count told before already holds.
_COUNT_INCLUDES = re.compile(
    r"\W*(?:The|This|That|These|Those)\s+(?:\w+\s+){0,2}?(?:total|totals|figure|figures|"
    r"tally|toll|count|counts|number|numbers)\s+(?:also\s+)?includ(?:e|es|ed)\b")


def _with_counts_included(doc: Doc, items: list[TallyItem],
                          spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """A sentence right after the counts that says what they include ("The total includes
    14 terrorists whose deaths were first announced in a Feb. 12 release"): more of the
    counts told before, no incident of the day it names."""
    told = {i.sentence for i in items}
    added = [doc.sentences[k] for k in range(1, len(doc.sentences))
             if k not in told and any(t in told for t in (k - 1, k - 2))
             and _COUNT_INCLUDES.match(doc.text, *doc.sentences[k])]
    return tuple(sorted({*spans, *added}))


def _counted_as(text: str, lex: Lexicon, label: re.Match[str], figure: re.Match[str],
                index: int) -> TallyItem | None:
    """The figure of a table's cell counted as its label (a column's heading or a row's
    first cell) says: "Partnered operations", "ISIS operatives killed", "Killed" alone."""
    words = list(_HEADING_WORD.finditer(text, label.start(), label.end()))
    value = int(figure.group("num").replace(",", ""))
    noun = next((w for w in words if w.group().lower() in lex.activity_nouns), None)
    if noun is not None:
        item = TallyItem(figure.start("num"), figure.end("num"), value,
                         lex.activity_nouns[noun.group().lower()], index)
        item.qualifier = _clean_qualifier(text[label.start():noun.start()].lower())
        item.cell = True
        return item
    if words and words[-1].group().lower() in lex.casualty_verbs:
        item = TallyItem(figure.start("num"), figure.end("num"), value,
                         lex.casualty_verbs[words[-1].group().lower()], index)
        item.cell = True
        if len(words) > 1:
            item.party_span = (words[0].start(), words[-2].end())
            item.party_text = text[words[0].start():words[-2].end()]
        # (a label "Killed" alone: those the operations were against)
        return item
    return None


#: A line of labelled figures split by slashes or bars, maybe opened by the place, side or
#: total it is of: "Iraq: Operations: 71 / ISIS killed: 22 / Detained: 35", "Total -
#: Operations: 112 / ...", "Friendly forces | Killed: 4 | Wounded: 9".
_LABELLED_CELLS = re.compile(
    r"[ \t]*(?:(?P<head>[A-Z][\w'.-]*(?:[ \t]+[\w'.-]+){0,2}?)[ \t]*[:\u2013\u2014|-][ \t]*"
    r"(?=[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?[ \t]*:))?"
    r"(?:[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?[ \t]*:[ \t]*\d[\d,]*[ \t]*[/|][ \t]*)+"
    r"[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?[ \t]*:[ \t]*\d[\d,]*[ \t]*[.;]?[ \t]*")
_LABELLED_CELL = re.compile(
    r"(?P<label>[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?)[ \t]*:[ \t]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]*(?:[/|]|[.;]?[ \t]*$))")
_WHOLE = re.compile(r".+")
#: A row's label that names a side, not a place: "Friendly forces", "Own troops".
_SIDE_HEAD = re.compile(r"\b(?:forces|troops|soldiers|units|side|army|personnel)$",
                        re.IGNORECASE)
#: "Total terrorists killed: 26" under rows of labelled figures: the total of one of their
#: labels, on a line of its own.
_TOTAL_CELL_LINE = re.compile(
    r"[ \t]*(?:Grand[ \t]+)?(?:Total|TOTAL)[ \t]+(?P<label>[\w'-]+(?:[ \t]+[\w'-]+){0,3}?)"
    r"[ \t]*:[ \t]*(?P<num>\d{1,3}(?:,\d{3})+|\d+)[ \t]*[.;]?[ \t]*")


def _labelled_cells_items(doc: Doc, lex: Lexicon, index: int) -> list[TallyItem]:
    """"Iraq: Operations: 71 / ISIS killed: 22 / Detained: 35": a row of figures each counted
    as its label says, in the place the line opens with; a line opened by "Total" holds the
    totals, of the places of the rows above it."""
    text = doc.text
    start, end = doc.sentences[index]
    row = _LABELLED_CELLS.fullmatch(text, start, end)
    if row is None:
        return _total_of_labelled_rows(doc, lex, index)
    head = row.group("head")
    place = _place_in_cell(doc, row) if head is not None else None
    if place is not None and place.end > row.end("head"):
        place = None
    total = head is not None and _TOTAL_LABEL.fullmatch(head) is not None
    # (the places of the rows above a "Total" row: its totals' area)
    rows_above = list(dict.fromkeys(
        p.place.country for k in range(max(0, index - 12), index)
        if (above := _LABELLED_CELLS.fullmatch(text, *doc.sentences[k])) is not None
        and above.group("head") is not None
        and (p := _place_in_cell(doc, above)) is not None and p.place is not None
        and p.end <= above.end("head"))) if total and place is None else []
    items: list[TallyItem] = []
    for cell in _LABELLED_CELL.finditer(text, row.end("head") if head else start, end):
        label = _WHOLE.match(text, cell.start("label"), cell.end("label"))
        assert label is not None
        item = _counted_as(text, lex, label, cell, index)
        if item is None:
            continue
        named = next((i for i in items if i.party_text and i.metric in CASUALTY_METRICS), None)
        if item.party_text is None and item.metric in CASUALTY_METRICS and head is not None \
                and place is None and not total and _SIDE_HEAD.search(head) is not None:
            # "Friendly forces | Killed: 4 | Wounded: 9": the side the row is of
            item.party_text, item.party_span = head, row.span("head")
        elif item.party_text is None and item.metric in CASUALTY_METRICS and named is not None:
            # "ISIS killed: 22 / Detained: 35": a fate told alone is of the people the row
            # named for the fate before it
            item.party_text, item.party_span = named.party_text, named.party_span
        item.total = total
        if place is not None:
            item.place_first = True
            _set_area(item, [place])
        elif total:
            item.area = list(rows_above)
        items.append(item)
    return items


def _total_of_labelled_rows(doc: Doc, lex: Lexicon, index: int) -> list[TallyItem]:
    """"Total terrorists killed: 26" on a line of its own under rows of labelled figures
    ("Diffa region | Terrorists killed: 9 | Arrested: 3"): the total of that label, of the
    places of the rows above it; no total where no such row is above it."""
    text = doc.text
    line = _TOTAL_CELL_LINE.fullmatch(text, *doc.sentences[index])
    if line is None:
        return []
    rows_above = [row for k in range(max(0, index - 12), index)
                  if (row := _LABELLED_CELLS.fullmatch(text, *doc.sentences[k])) is not None]
    if not rows_above:
        return []
    label = _WHOLE.match(text, line.start("label"), line.end("label"))
    assert label is not None
    item = _counted_as(text, lex, label, line, index)
    if item is None:
        return []
    item.total = True
    item.area = list(dict.fromkeys(
        p.place.country for row in rows_above if row.group("head") is not None
        and (p := _place_in_cell(doc, row)) is not None and p.place is not None
        and p.end <= row.end("head")))
    return [item]


def _place_in_cell(doc: Doc, cell: re.Match[str]) -> PlaceMention | None:
    return next((p for p in starting_in(doc.places, cell.start(), cell.end() + 1)
                 if p.place is not None and p.end <= cell.end()), None)


def _table_row_items(doc: Doc, lex: Lexicon, index: int) -> list[TallyItem]:
    """"Country | Partnered operations | ISIS operatives killed", then "Iraq | 21 | 9 | 14":
    a row of a table flattened into text, each figure counted as its column's heading says
    ("21 partnered operations", "9 ISIS operatives killed"), in the place the row opens
    with; a row labelled "Total" holds the totals. A table laid the other way ("... | Iraq |
    Syria | Total", then "Partnered operations | 17 | 23 | 40") counts each figure as its
    row's label says, in the place of its column."""
    text = doc.text
    cells = _cells(text, *doc.sentences[index])
    if len(cells) < 3 or _CELL_FIGURE.fullmatch(cells[0].group()) is not None or not all(
            _CELL_FIGURE.fullmatch(c.group()) or _BLANK_CELL.fullmatch(c.group())
            for c in cells[1:]) or all(_BLANK_CELL.fullmatch(c.group()) for c in cells[1:]):
        return []
    above = _table_heading(doc, index, len(cells))
    if above is None:
        return []
    heading = _cells(text, *doc.sentences[above])
    columns_of_places = all(_place_in_cell(doc, h) is not None
                            or _TOTAL_LABEL.fullmatch(h.group()) is not None
                            for h in heading[1:])
    if columns_of_places:
        return _column_place_items(doc, lex, index, cells, heading)
    total = _TOTAL_LABEL.fullmatch(cells[0].group()) is not None
    place = _place_in_cell(doc, cells[0])
    items: list[TallyItem] = []
    for cell, head in zip(cells[1:], heading[1:], strict=True):
        figure = _CELL_FIGURE.fullmatch(text, cell.start(), cell.end())
        if figure is None:
            continue  # "-": no figure given
        item = _counted_as(text, lex, head, figure, index)
        if item is None:
            continue
        item.total = total
        if place is not None:
            item.place_first = True
            _set_area(item, [place])
        elif total:
            # "Total 20 11 3" under rows "Iraq 14 9 3" and "Syria 6 2 0": of every place
            # the rows above it are of
            item.area = list(dict.fromkeys(
                p.place.country for k in range(above + 1, index)
                for row in _cells(text, *doc.sentences[k])[:1]
                if (p := _place_in_cell(doc, row)) is not None and p.place is not None))
        items.append(item)
    return items


#: A table a scraper ran into one line with single spaces: "Province Operations Killed
#: Arrested Anbar 14 3 9 Diyala 11 2 7 Total 25 5 16" (the headings, then each row's label
#: and as many figures as there are headings of figures).
_RUN_ON_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\w,])|\d+(?![\w,])|[A-Za-z][\w'-]*")
_RUN_ON_CLOSE = re.compile(r"[ \t]*[.;]?[ \t]*$")
#: Its last row's label: every such table holds "Total" or "TOTAL" (the reading's gate).
_RUN_ON_TOTAL = re.compile(r"(?:Grand )?Totals?|(?:GRAND )?TOTALS?")


def _run_on_table_items(doc: Doc, lex: Lexicon, index: int) -> list[TallyItem]:
    """"... Province Operations Killed Arrested Anbar 14 3 9 Diyala 11 2 7 Total 25 5 16": a
    table run into one line, each figure counted as its column's heading says, in the place
    its row opens with; the "Total" row holds the totals, of the places of the rows above
    it. Read only where every row, the "Total" row last, holds as many figures as there
    are headings of figures, so that no sentence of prose is taken for a table."""
    text = doc.text
    start, end = doc.sentences[index]
    tokens = list(_RUN_ON_TOKEN.finditer(text, start, end))
    first = next((k for k, t in enumerate(tokens) if t.group()[0].isdigit()), None)
    if first is None:
        return []
    width = next((k for k in range(first, len(tokens)) if not tokens[k].group()[0].isdigit()),
                 len(tokens)) - first
    if width < 2:
        return []
    # the headings of figures: the ``width`` words just before the first row's label, each
    # a count's noun or fate; the label the words between them and the figures
    first_cell = _CELL_FIGURE.match(text, tokens[first].start()) or tokens[first]
    heads: list[re.Match[str]] = []
    k = 0  # the token after the headings: the first row's label
    for lead in range(first - width - 1, -1, -1):
        words = tokens[lead:lead + width]
        if all(w.group()[0].isupper() and _counted_as(text, lex, w, first_cell, index)
               is not None for w in words) and all(
                text[a.end():b.start()] == " " for a, b in zip(
                    tokens[lead:first], tokens[lead + 1:first + 1], strict=False)):
            heads, k = words, lead + width
            break
    if not heads:
        return []
    rows: list[tuple[int, int, list[re.Match[str]]]] = []
    while k < len(tokens):
        label_start = k
        while k < len(tokens) and not tokens[k].group()[0].isdigit():
            k += 1
        figures = tokens[k:k + width]
        if k == label_start or len(figures) < width or any(
                not f.group()[0].isdigit() for f in figures) or (
                k + width < len(tokens) and tokens[k + width].group()[0].isdigit()):
            return []
        rows.append((tokens[label_start].start(), tokens[k - 1].end(), figures))
        k += width
    if len(rows) < 3 or _RUN_ON_TOTAL.fullmatch(text, rows[-1][0], rows[-1][1]) is None or (
            _RUN_ON_CLOSE.fullmatch(text, rows[-1][2][-1].end(), end) is None):
        return []
    items: list[TallyItem] = []
    countries: list[str] = []
    for label_start, label_end, figures in rows:
        total = label_start == rows[-1][0]
        label = _WHOLE.match(text, label_start, label_end)
        assert label is not None
        place = None if total else _place_in_cell(doc, label)
        if place is not None and place.place is not None and (
                place.place.country not in countries):
            countries.append(place.place.country)
        for head, figure in zip(heads, figures, strict=True):
            cell = _CELL_FIGURE.match(text, figure.start(), figure.end())
            item = _counted_as(text, lex, head, cell, index) if cell is not None else None
            if item is None:
                return []
            item.total = total
            if place is not None:
                item.place_first = True
                _set_area(item, [place])
            elif total:
                item.area, item.place_first = list(countries), True
            items.append(item)
    return items


def _column_place_items(doc: Doc, lex: Lexicon, index: int, cells: list[re.Match[str]],
                        heading: list[re.Match[str]]) -> list[TallyItem]:
    """The figures of a row "Daesh killed | 4 | 9 | 13" under "... | Iraq | Syria | Total":
    each counted as the row's label says, in its column's place, the "Total" column of
    every place of the others."""
    text = doc.text
    places = [_place_in_cell(doc, h) for h in heading[1:]]
    every = list(dict.fromkeys(p.place.country for p in places
                               if p is not None and p.place is not None))
    items: list[TallyItem] = []
    for cell, place in zip(cells[1:], places, strict=True):
        figure = _CELL_FIGURE.fullmatch(text, cell.start(), cell.end())
        if figure is None:
            continue  # "-": no figure given
        item = _counted_as(text, lex, cells[0], figure, index)
        if item is None:
            return []
        if place is not None:
            item.place_first = True
            _set_area(item, [place])
        else:
            item.total, item.place_first = True, True
            item.area = list(every)
        items.append(item)
    return items


_ROUGHLY = re.compile(
    r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|close\s+to|"
    r"an\s+estimated|estimated)\s+$", re.IGNORECASE)

#: Words before a number that make it a lower bound of the count ("more than 100 operations")
_AT_LEAST = re.compile(r"\b(?:over|more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|"
                       r"no\s+(?:fewer|less)\s+than)\s+$", re.IGNORECASE)

#: What a figure after them counts is what was looked into, no count of the period: "an
#: assessment of two strikes", "a review of 14 incidents", "an investigation into 3 raids".
_EXAMINED = re.compile(
    r"\b(?:assessments?|reviews?|investigations?|examinations?|inquir(?:y|ies)|probes?)\s+"
    r"(?:of|into)\s+(?:the\s+)?$", re.IGNORECASE)
#: Words before a number that place one incident in a series ("one of three related attacks",
#: "the third of 16 bombings"): the number counts the series, not a tally of the period.
_SERIES_MEMBER = re.compile(
    r"\b(?:one|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|"
    r"\d+(?:st|nd|rd|th))\s+(?:of|in)\s+(?:the\s+|a\s+(?:series|wave|string)\s+of\s+)?$",
    re.IGNORECASE,
)


_RATIO_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
#: "seven in ten of those killed", "one out of five were": a share told as a ratio.
_RATIO_BEFORE = re.compile(rf"\b{_RATIO_WORD}\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+{_RATIO_WORD}\b", re.IGNORECASE)
#: What follows a ratio's second figure: the people it is of, or what they were.
_RATIO_OF = re.compile(r"\s+(?:of\s+(?:the|those|them|these|all)|were|was|had|have)\b",
                       re.IGNORECASE)


def _in_a_ratio(text: str, at: int, until: int, start: int, end: int) -> bool:
    """Whether the figure at ``at`` is a term of a ratio ("seven in ten of those killed
    died in Syria", "one out of five were civilians"), not a count (not "killed 3 in 10
    days": days follow, not the people it is of)."""
    if text.find(" in ", max(0, at - 4), until + 4) < 0 and text.find(
            " out of ", max(0, at - 8), until + 8) < 0:
        return False
    before = _RATIO_BEFORE.search(text, max(start, at - 20), at)
    if before is not None:
        return _RATIO_OF.match(text, until, end) is not None
    after = _RATIO_AFTER.match(text, until, end)
    return after is not None and _RATIO_OF.match(text, after.end(), end) is not None


#: A share of a whole told with the whole's figure: "nearly two-thirds of the 45
#: operations", "40 percent of the 52 detained", "half of all 30 raids".
_SHARE_OF_THE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|tenths?|percent|per\s+cent|most|majority|bulk)"
    r"\s+of\s+(?:all\s+)?(?:the|these|those|its)?\s*$|%\s+of\s+(?:all\s+)?(?:the|these|"
    r"those|its)?\s*$", re.IGNORECASE)


def _whole_of_a_share(doc: Doc, number: _Number, start: int) -> bool:
    """Whether a figure is the whole a share is of, told again ("with nearly two-thirds of
    the 45 operations taking place in Iraq" after "carried out forty-five operations"):
    the count told before, not one of the place the share is in."""
    text = doc.text
    if text.find(" of ", max(0, number.start - 24), number.start) < 0 or (
            _SHARE_OF_THE.search(text, max(start, number.start - 40), number.start) is None):
        return False
    return any(n.value == number.value for n in _numbers(doc, 0, number.start)
               if n.end <= number.start - 4)


_TOLL = re.compile(r"\btoll\b", re.IGNORECASE)
#: "Most of the dead, 41, were killed in ...": a share of a count told before, then its figure
_APPOSED_BEFORE = re.compile(
    r"\b(?:most|many|some|(?:nearly\s+|almost\s+|about\s+|more\s+than\s+)?half|the\s+bulk|"
    r"the\s+majority)\s+of\s+(?:the|these|those|them)(?:\s+[a-z]+)?\s*,\s*$"
    # "Of those neutralised, roughly a third, 14, died in air strikes": the share named
    # after the count it is of
    r"|\b(?:Of|Among)\s+(?:the|these|those)(?:\s+[a-z]+){1,2}\s*,\s*(?:(?:roughly|about|"
    r"nearly|almost|around|some|more\s+than)\s+)?(?:a\s+third|a\s+quarter|two-thirds|"
    r"three-quarters|half|most|many|some)\s*,\s*$", re.IGNORECASE)
#: An item that opens on its share: "More than half of the detainees, 39, ...".
_APPOSED_SHARE = re.compile(
    r"(?:most|many|some|(?:nearly\s+|almost\s+|about\s+|more\s+than\s+)?half|the\s+bulk|"
    r"the\s+majority)\s+of\s+(?:the|these|those|them)(?:\s+[a-z]+)?\s*,\s*\d", re.IGNORECASE)
#: "Of those neutralised, roughly a third, ...": the fate of the count a share is of.
_FATE_FRONTED_BEFORE_SHARE = re.compile(
    r"\W*(?:Of|Among)\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<verb>[a-z]+)\s*,")
_APPOSED_VERB = re.compile(
    r"\s*,\s*(?:(?:were|was|had\s+been|have\s+been)\s+(?=[a-z])|(?=died\b|perished\b))"
    r"(?P<verb>killed|wounded|injured|arrested|detained|captured|seized|died|perished)\b",
    re.IGNORECASE)
#: The fates of the verbs of ``_APPOSED_VERB`` that the lexicon's casualty verbs lack:
#: people seized are held ("39, were seized in Syria"), people who perished are dead.
#: ("seized" is no casualty verb elsewhere: "seized 14 weapons caches" counts no people.)
_APPOSED_FATES = {"seized": "detained", "perished": "killed"}


def _apposed_fate(lex: Lexicon, verb: str) -> str | None:
    """The fate a figure told between commas is told with ("39, were seized"): the
    lexicon's, else ``_APPOSED_FATES``'s; a verb of neither is of no known fate, no
    killing (every verb ``_APPOSED_VERB`` reads has one, as a test keeps true)."""
    word = verb.lower()
    return lex.casualty_verbs.get(word) or _APPOSED_FATES.get(word)


#: A line of a summary that labels its one figure: "Terrorists killed: twenty-two",
#: "Operations conducted: 112".
_LABEL_ROW = re.compile(
    # (a bullet may open the line: "- Killed: 14")
    r"[ \t]*(?:[-*\u2022\u2013\u2014][ \t]+)?"
    r"(?P<label>[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?)[ \t]*:[ \t]*$")
_LABEL_ROW_END = re.compile(r"[ \t]*[.;]?[ \t]*$")
_LABELLED_LINE = re.compile(r"[ \t]*[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3}?[ \t]*:[ \t]*[^:\n]+")


def _activity_noun(nouns: dict[str, str], first: str, second: str | None) -> str | None:
    """The activity noun two words open with ("security incidents"), else the first word
    alone ("operations"): its key in ``nouns``, or None."""
    if second is not None and (pair := f"{first} {second}") in nouns:
        return pair
    return first if first in nouns else None


def _label_row_item(doc: Doc, lex: Lexicon, number: _Number, start: int, end: int,
                    index: int) -> TallyItem | None:
    """"Terrorists killed: twenty-two" as a line of its own: the words before the colon say
    who befell what ("Terrorists killed") or what was counted ("Operations conducted")."""
    text = doc.text
    row = _LABEL_ROW.fullmatch(text, start, number.start)
    if row is None or _LABEL_ROW_END.fullmatch(text, number.end, end) is None:
        return None
    words = row.group("label").split()
    # "Security incidents recorded": the noun may be of two words
    noun = _activity_noun(lex.activity_nouns, words[0].lower(),
                          words[1].lower() if len(words) > 1 else None)
    if noun is not None:
        item = TallyItem(number.start, number.end, number.value, lex.activity_nouns[noun],
                         index)
        rest = words[len(noun.split()):-1]
        item.qualifier = _clean_qualifier(" ".join(rest)) if rest else None
        return item
    verb = words[-1].lower()
    if verb not in lex.casualty_verbs:
        return None
    item = TallyItem(number.start, number.end, number.value, lex.casualty_verbs[verb], index)
    if len(words) < 2:
        # "- Killed: 14": a fate told alone, of nobody the line names
        return item
    party_start = row.start("label")
    party_end = party_start + len(" ".join(words[:-1]))
    item.party_text = text[party_start:party_end]
    item.party_span = (party_start, party_end)
    return item
#: Operations told against someone before the counts: "52 operations against ISIS, killing".
#: Or the campaign they were part of: "results of the week in the campaign against Daesh".
_AGAINST_A_GROUP = re.compile(
    r"\b(?:operations?|raids|strikes|missions|campaign|fight|war|offensive)\s+against\s+\S")
#: Words between "against" and the group's name: "against the remnants of Daesh".
_REMNANTS_OF = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?of\s+(?:the\s+)?")
#: "Of these, 1,905 were in ...": a sentence opened on the count told before it.
_OF_THESE_OPENS = re.compile(r"(?:Of|Among|From)\s+(?:these|those|them)\s*,\s*")
#: "12 were in Syria": where some of a count told before were.
_WERE_IN = re.compile(r"\s+(?:were|was)(?=\s+(?:in|inside|near|across)\s+(?:the\s+)?[A-Z])")
_FRONTED_COUNT = re.compile(
    r"\W*(?:Of|Among)\s+(?:the|these|those)\s+(?P<num>[\d,]*\d|[a-z]+(?:-[a-z]+)?)"
    r"(?=(?:\s+[a-z]+){0,2},\s)")
#: "Of the suspects detained, 34 were ...", "Among the insurgents killed, 22 ...": parts of
#: the count of that fate told before.
_FRONTED_FATE = re.compile(
    # ("Of those killed, 198 died in ...": those of the fate told before)
    r"\W*(?:Of|Among)\s+(?:(?:the|these|those)\s+(?:[a-z][\w-]*\s+){1,2}?|(?:those|the)\s+)"
    r"(?P<verb>[a-z]+(?:\s+up)?)\s*,\s")
#: People of a count, then those included among them, before the verb: "14 soldiers
#: including 2 officers embraced shahadat".
_INCLUDED_INSIDE = re.compile(
    r"\s+(?P<party>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*),?\s+including\s+(?P<inner>[\w,]+)"
    r"(?=\s+[a-z])")
_INCLUDING_JUST_BEFORE = re.compile(r",?\s+including\s+")
#: The included people set off by commas: "14 soldiers, including 2 officers, were martyred".
_INCLUDED_CLOSED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,(?=\s)")
#: "Two strikes ... and a third near Bulo Burte": one more of the count told just before.
_ONE_MORE = re.compile(r"(?:,\s*|\s)(?:and|while)\s+"
                       r"(?P<more>a\s+(?P<rank>second|third|fourth|fifth))"
                       r"(?=\s+(?:near|in|on|at|against|targeted|struck|hit|,))")
#: "Of the terrorists, 61 were killed ...": the people the figures after it are of.
#: "By quarter,", "Quarter by quarter,": a sentence of parts, by quarter, of counts told
#: before.
_BY_QUARTER_OPENS = re.compile(r"\W*(?:By\s+quarter|Quarter\s+by\s+quarter)\s*,\s")
#: "in the first quarter": a quarter told by its rank.
_ORDINAL_QUARTER = re.compile(r"\b(?:first|second|third|fourth|last)\s+quarter\b")
_MONTH_NAMED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b")
_FRONTED_PEOPLE = re.compile(
    r"\W*(?:Of|Among)\s+(?:the|these|those)\s+(?P<people>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s*,\s*$")
#: Words after "Of the" that name no people: "Of the total, 26 operations ...".
_NO_PEOPLE = frozenset({"total", "rest", "remainder", "number", "figure", "sum", "count",
                        "toll", "tally", "above", "latter", "former"})
_FRONTED_PARTITIVE = re.compile(
    # "Of the June operations, 29 were ...": a month or kind may name the operations meant
    # ("From the number of strikes, 21 were delivered in ...", as translations write it)
    r"\W*(?:(?:Of|Among)\s+(?:the|these|those|all\s+the)|From\s+(?:the\s+)?(?:total\s+)?"
    r"number\s+of(?:\s+(?:the|these|those))?)\s+(?:[\d,]+\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|[a-z]+(?:-[a-z]+)?)\s+)?(?P<noun>operations|missions|raids|"
    r"strikes|airstrikes|air\s+strikes|attacks|sorties|patrols|targets)(?:\s+[a-z]+){0,2},\s+$")
# "61 were weapons depots, 48 were vehicles": what kind some of the counted things were
_WERE_KIND = re.compile(
    r"\s+(?:were|was)\s+(?P<kind>[a-z][a-z -]{0,30}?)(?=\s*(?:[,;.]|\band\b|$))")
# "8,543 were carried out in Khyber Pakhtunkhwa", "4,976 in Balochistan": a part by place
#: The people of a fate some of whom are told next: "The terrorists killed included".
_FATE_INCLUDED = re.compile(
    r"\b(?:the|those)\s+(?P<party>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<verb>[a-z]+)\s+"
    r"(?:included|include|includes)\s+$", re.IGNORECASE)
#: "The arrests included", "Those deaths included", "The raids included", "These operations
#: include": the count of a fate or a deed told by its noun.
_NOUN_INCLUDED = re.compile(
    r"\b(?:the|these|those)\s+(?:[a-z][\w-]*\s+)?(?P<noun>arrests|detentions|captures|deaths|"
    r"killings|operations|missions|raids|strikes|airstrikes|air\s+strikes|sorties|patrols)\s+"
    r"(?:included|include|includes)\s+$", re.IGNORECASE)
#: The same, as translated releases write it, the fate's word before its people and the
#: figure in brackets after: "the killed terrorists was distributed by (5) in Anbar", "the
#: killed terrorists were (5) in Anbar", "and the arrests (17) in Nineveh".
_NOT_A_PARTY_WORD = r"(?!(?:was|were|is|are|distributed)\b)"
_FATE_FIRST_DISTRIBUTED = re.compile(
    # ("the killed were (4) in Kirkuk": the fate's word alone, its people left out)
    r"\b(?:the|those)\s+(?P<verb>killed|arrested|detained|wounded|injured)\s+"
    rf"(?:(?P<party>{_NOT_A_PARTY_WORD}[a-z][\w-]*(?:\s+{_NOT_A_PARTY_WORD}[a-z][\w-]*)?)\s+)?"
    r"(?:(?:was|were|is|are)\s+)?(?:distributed\s+(?:by|as|among|between|over|on)\s+)?\(?$",
    re.IGNORECASE)
_FATE_NOUN_DISTRIBUTED = re.compile(
    r"\b(?:the|these|those)\s+(?P<noun>arrests|detentions|captures|deaths|killings)\s+"
    r"(?:(?:was|were|is|are)\s+)?(?:distributed\s+(?:by|as|among|between|over|on)\s+)?\(?$",
    re.IGNORECASE)
#: A bracketed figure closed with no word after it in its clause: "the arrests (27),".
_BRACKETED_ALONE = re.compile(r"\)\s*(?:[,;.]|\band\b|$)")
#: Arms handed over, not people: "the surrender of 40 rifles".
_ARMS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:rifles?|weapons?|guns?|arms|firearms|"
                         r"rounds|pistols?|grenades?|vehicles?)\b", re.IGNORECASE)
_FATE_OF_NOUN = {"arrests": "detained", "detentions": "detained", "captures": "detained",
                 "deaths": "killed", "killings": "killed", "detainees": "detained",
                 "arrestees": "detained", "captives": "detained", "fatalities": "killed",
                 "casualties": "casualties"}
_PLACE_AFTER = re.compile(r"[^,;]{0,40}?\b(?:in|across|inside)\s+(?:the\s+)?[A-Z]")
_RATE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:daily|per\s+day|each\s+day|every\s+day|per\s+week|"
    r"per\s+month|"
    # (not "in a week of operations", "within a day": the stretch the count is of)
    r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bduring\s)(?<!\bafter\s)"
    r"a\s+(?:day|week|month))\b(?!-)", re.IGNORECASE)  # not "a week-long"
_RATE_BEFORE = re.compile(r"\b(?:on\s+average|an\s+average\s+of|average\s+of)\b[^.;]*$",
                          re.IGNORECASE)


def _part_by_place_told_after_its_fate(text: str, lex: Lexicon, number: _Number, start: int,
                                       index: int, items: list[TallyItem]
                                       ) -> TallyItem | None:
    """"the killed terrorists was distributed by (5) in Anbar and (3) in Kirkuk, and the
    arrests (17) in Nineveh": a part, by place, of the count of that fate told before,
    as translated releases word it."""
    after = items[-1].end if items else start
    window = max(start, after, number.start - 60)
    # (the figure's closing bracket goes with it: "(5) in Anbar" is placed as "5 in Anbar")
    closed = number.end + 1 if text.startswith(")", number.end) else number.end
    fated = _FATE_FIRST_DISTRIBUTED.search(text, window, number.start)
    if fated is not None and fated.group("verb").lower() in lex.casualty_verbs:
        item = TallyItem(number.start, closed, number.value,
                         _metric_of_verb(lex, fated.group("verb")), index)
        if fated.group("party") is not None:
            item.party_text, item.party_span = fated.group("party"), fated.span("party")
        return item
    noun = _FATE_NOUN_DISTRIBUTED.search(text, window, number.start)
    if noun is not None:
        return TallyItem(number.start, closed, number.value,
                         _FATE_OF_NOUN[noun.group("noun").lower()], index)
    return None


def _is_rate(text: str, item: TallyItem, start: int, end: int) -> bool:
    """"On average, more than 100 operations were conducted daily": a figure per day."""
    return bool(_RATE_AFTER.match(text, item.end, end)) or bool(
        _RATE_BEFORE.search(text, max(start, item.start - 60), item.start))


# "including 41 civilians", "among them 9 children", "the toll also includes 28 ..."; and
# "..., from them 2 leaders", a translation's word for "of them" after a comma.
_SUBSET_CUE = re.compile(
    r"(?:\b(?:including|includ(?:es|ed|e)|among\s+(?:them|whom|those|the\s+dead)|"
    r"of\s+(?:whom|them))|,\s*(?:from\s+(?:whom|them)|of\s+which))"
    r"\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# "37 members of factions and jihadist groups": a group the actor list cannot name
_UNNAMED_GROUPS = re.compile(r"[a-z][a-z -]{0,40}?(?=\s*(?:[,;:.)]|\band\s+\d|$))")
#: A sentence opening on the rest of a count: "The remaining 35 took place in Iraq".
_REMAINING_OPENS = re.compile(r"\W*The\s+(?:remaining|other)\s+$")
#: "were conducted in Iraq": the rest of the operations, where they were done
_DONE_IN = re.compile(r"\s+(?:were|was)\s+(?:conducted|carried\s+out)\s+in\s+(?:the\s+)?[A-Z]")
# "the remaining 193 were combatants", "the other 40 were soldiers": the rest of a count
_REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the|other)\s+$", re.IGNORECASE)
# (and "6 were described as senior leaders", "were identified as", "were believed to be":
# who they were, as the teller put it)
_WERE_PARTY = re.compile(r"\s+(?:were|are)\s+(?:all\s+)?(?:(?:described|identified|named|"
                         r"confirmed|listed)\s+as\s+|(?:believed|said|thought|reported)\s+"
                         r"to\s+(?:be|have\s+been)\s+)?(?=[a-z])")
_LIST_OPENS = re.compile(r"[^\S\n]*:\s*(?:namely\s+)?")
_LIST_COMMA = re.compile(r"[^,;:.]{0,60}?[,;]\s*(?:and\s+)?")


#: What opens rows of places with bracketed figures without a colon: ", in Iraq (17)".
_ROWS_OPEN = re.compile(r"[^.;:()\d]{0,40}?(?:,\s*|\s)(?:in|across|inside)\s+(?:the\s+)?$",
                        re.IGNORECASE)
#: Between two counts of people one verb governs: "58 fighters and 6 members".
_ONE_VERB_GOES_ON = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as|plus)\s+")
#: Counts told in turn, their places after them in the same order: "12 and 19 ... in Iraq and
#: Syria respectively".
_RESPECTIVE = re.compile(r"\s*(?:,|,?\s+and)\s+")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: A place and the figure of its row after it: "Kirkuk (9)", "Diyala 7".
_FIGURE_OF_PLACE = re.compile(r"[ \t]*\(?$")
#: What joins the rows of such a list: ", ", " and ".
_ROWS_JOINED = re.compile(r"\s*(?:,|;|and|,\s*and)\s*$")


def _place_of_figure(doc: Doc, lead: int, stop: int, after: int = -1) -> PlaceMention | None:
    """The place right before a figure at ``lead`` ("Kirkuk (9)", "Est (16)"), after
    ``after``, with only what may stand between a place and its figure up to ``stop``."""
    return next((p for p in overlapping(doc.places, max(after, lead - 60), lead)
                 if p.place is not None and after < p.start and p.end <= lead
                 and _FIGURE_OF_PLACE.fullmatch(doc.text, p.end, stop)), None)


_IN_THE = re.compile(r"\s+(?:in|inside|near|across)\s+(?:the\s+)?")


def _place_told_at(doc: Doc, at: int) -> PlaceMention | None:
    """The place found in the gazetteer whose name is told from ``at``."""
    return next((p for p in starting_in(doc.places, at, at + 1) if p.place is not None), None)


def _place_right_after(doc: Doc, at: int, stop: int) -> PlaceMention | None:
    """The place told right after ``at`` by "in", "near", ...: " in Khyber Pakhtunkhwa"."""
    lead = _IN_THE.match(doc.text, at, stop)
    return _place_told_at(doc, lead.end()) if lead is not None else None


#: The next part by place after one: ", 1,372 in Balochistan", " and 19 in Iraq".
_NEXT_BY_PLACE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
                            r"(?=\s+(?:in|inside|near|across)\s)")
_PARTS_END = re.compile(r"\s*[.;]?\s*$")


def _of_these_by_place(doc: Doc, index: int) -> list[TallyItem]:
    """"... 3,410 operations in the quarter. Of these, 1,905 were in Khyber Pakhtunkhwa and
    1,372 in Balochistan.": some of the count told last before, by place, its noun left out
    (found when the sentences are read together); so the place before each figure, as
    translations write it ("From these, in the north of Iraq 61, in the north of Syria 29
    terrorist neutralized made."). Only a sentence of such parts and nothing else, so that
    no other reading of its figures is lost."""
    text = doc.text
    start, end = doc.sentences[index]
    opens = _OF_THESE_OPENS.match(text, start, end)
    if opens is None:
        return []
    numbers = {n.start: n for n in _numbers(doc, start, end)}
    items: list[TallyItem] = []
    at = opens.end()
    place_first = _PLACE_THEN_FIGURE.match(text, at, end) is not None
    while True:
        place: PlaceMention | None
        if place_first:
            lead = _PLACE_THEN_FIGURE.match(text, at, end)
            place = _place_told_at(doc, lead.end()) if lead is not None else None
            figure = _FIGURE_AFTER_PLACE.match(text, place.end, end) if place else None
            number = numbers.get(figure.start("num")) if figure is not None else None
            if number is None or place is None:
                break
        else:
            more = _NEXT_BY_PLACE.match(text, at, end) if items else None
            number = numbers.get(at) if not items else (
                numbers.get(more.start("num")) if more is not None else None)
            if number is None:
                break
            where = _WERE_IN.match(text, number.end, end) if not items else None
            place = _place_right_after(doc, where.end() if where is not None else number.end,
                                       end)
            if place is None or (not items and where is None):
                return []
        item = TallyItem(number.start, number.end, number.value, "operations", index)
        item.metric_of_last = item.place_first = True
        item.of_told_before = True
        _set_area(item, [place])
        items.append(item)
        at = number.end if place_first else place.end
    closes = _PLACE_FIRST_PARTS_END if place_first else _PARTS_END
    return items if items and closes.fullmatch(text, at, end) else []


#: "in the north of Iraq 61": a place, then its figure, as translations write parts.
_PLACE_THEN_FIGURE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)?(?:in|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|"
    r"cent(?:re|er))(?:ern|ral)?\s+(?:of\s+)?)?(?=[A-Z])")
_FIGURE_AFTER_PLACE = re.compile(r"\s+\(?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\)?(?!\w)")
#: What may close them: the noun and verb left over ("29 terrorist neutralized made.").
_PLACE_FIRST_PARTS_END = re.compile(r"\)?(?:\s+[a-z][\w-]*){0,4}\s*[.;]?\s*$")


def _row_of_the_count_before(doc: Doc, number: _Number, index: int, start: int
                             ) -> TallyItem | None:
    """"By region, the toll is as follows: Centre-Nord (19), Est (16) and ...": after a
    colon, a list of places each with its figure in brackets, in a sentence that counts
    nothing of its own: parts of the count told before, its noun and people found when the
    sentences are read together."""
    text = doc.text
    if not text.startswith(")", number.end):
        return None
    colon = text.rfind(":", start, number.start)
    if colon < 0:
        return None
    lead = number.start - 1
    place = _place_of_figure(doc, lead, lead + 1, colon)
    if place is None or text[colon + 1:place.start].strip():
        return None
    item = TallyItem(lead, number.end + 1, number.value, "killed", index)
    item.metric_of_last = item.place_first = True
    _set_area(item, [place])
    return item


def _place_first_item(doc: Doc, lex: Lexicon, number: _Number, index: int,
                      items: list[TallyItem]) -> TallyItem | None:
    """"the killing of (27) terrorist ..., and were distributed the killed as follows:
    Kirkuk (9), Diyala (7), Salah al-Din (6) and Anbar (5)": after a colon, a list of places
    each followed by its part of a count told before, the one the words before the colon
    name ("the killed"), else the last."""
    text = doc.text
    bracketed = text.startswith("(", max(0, number.start - 1)) and text.startswith(")", number.end)
    lead = number.start - 1 if bracketed else number.start
    place = _place_of_figure(doc, lead, lead + (1 if bracketed else 0))
    if place is None:
        return None
    previous = items[-1]
    listed = previous.place_first and _ROWS_JOINED.fullmatch(
        text, previous.end, place.start) is not None
    hosts = [i for i in items if not i.place_first]
    colon = text.rfind(":", hosts[-1].end if hosts else previous.end, place.start)
    if not listed and colon < 0 and bracketed and _ROWS_OPEN.fullmatch(
            text, hosts[-1].end if hosts else previous.end, place.start):
        # "detained 44 ISIS members in May, in Iraq (17) and Syria (27)": rows opened by
        # "in", each place's figure in brackets
        colon = place.start - 1
    if not listed and (colon < 0 or text[colon + 1:place.start].strip()):
        return None
    if listed:
        host = next((i for i in reversed(hosts) if i.metric == previous.metric), previous)
        metric = previous.metric
    else:
        named = lex.trigger_re.search(text, hosts[-1].end, colon) if hosts else None
        word = named.group().lower() if named is not None else ""
        metric = lex.casualty_verbs.get(word) or lex.activity_nouns.get(word) or (
            hosts[-1].metric if hosts else previous.metric)
        host = next((i for i in reversed(hosts) if i.metric == metric), previous)
    item = TallyItem(lead, number.end + (1 if bracketed else 0), number.value, metric, index)
    item.party_text, item.party_span = host.party_text, host.party_span
    item.qualifier = host.qualifier
    item.place_first = True
    _set_area(item, [place])
    return item


# "ISIS-Somalia accounted for 139 of the dead": the side some of a count told before were of;
# "and al-Shabaab for the remaining 72": the side of the rest
_ACCOUNTED_BEFORE = re.compile(
    r"\s+(?:accounted|accounting|accounts)\s+for\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+)?\(?$", re.IGNORECASE)
_FOR_THE_REST_BEFORE = re.compile(
    r"\s+for\s+the\s+(?:remaining|other|rest\s+of\s+the)\s+\(?$", re.IGNORECASE)
_OF_THE_COUNTED = re.compile(
    r"\)?\s+of\s+(?:the|those|them)\b(?:\s+(?P<noun>dead|killed|deaths|fatalities|"
    r"casualties|wounded|injured|arrested|detained|arrests|detainees))?", re.IGNORECASE)
_FATE_NOUNS = {"dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed",
               "casualties": "casualties", "wounded": "wounded", "injured": "wounded",
               "arrested": "detained", "detained": "detained", "arrests": "detained",
               "detainees": "detained"}


# What may stand between a side and "accounted for": nothing, or the rest of a hyphenated name
# ("ISIS-Somalia")
_SIDE_TO_CUE = re.compile(r"(?:-[A-Z][\w]*)?[\s,]*")


def _accounted_item(doc: Doc, number: _Number, s_start: int, s_end: int, index: int,
                    items: list[TallyItem]) -> TallyItem | None:
    """"ISIS-Somalia accounted for 139 of the dead, ... and al-Shabaab for the remaining
    72": some of a count of people told before, by the side they were of."""
    text = doc.text
    rest = _FOR_THE_REST_BEFORE.search(text, max(s_start, number.start - 30), number.start)
    cue = rest or _ACCOUNTED_BEFORE.search(text, max(s_start, number.start - 40), number.start)
    if cue is None:
        return None
    side = next((a for a in reversed(list(starting_in(doc.actors, max(s_start, cue.start() - 60),
                                                      cue.start())))
                 if a.end <= cue.start()
                 and _SIDE_TO_CUE.fullmatch(text, a.end, cue.start())), None)
    if side is None or side.generic:
        return None
    of = _OF_THE_COUNTED.match(text, number.end, s_end)
    previous = next((i for i in reversed(items) if i.metric in CASUALTY_METRICS), None)
    if rest is not None and (previous is None or not previous.subset):
        return None  # "for the remaining 72" goes on with a side told before in the sentence
    if of is None and rest is None:
        return None
    noun = of.group("noun") if of is not None else None
    metric = _FATE_NOUNS[noun.lower()] if noun else (
        previous.metric if previous is not None else "killed")
    item = TallyItem(side.start, of.end() if of is not None else number.end, number.value,
                     metric, index)
    item.party_text, item.party_span = side.text, (side.start, side.end)
    item.subset = True
    item.within = previous.within if rest is not None and previous is not None else None
    return item


_SIDES_JOINED = re.compile(r"\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?")


def _join_sides(doc: Doc, item: TallyItem, s_end: int) -> None:
    """"killing 74 Taliban and ISIS-K insurgents": one count of the men of two named groups,
    its party both of them."""
    assert item.party_span is not None
    first = [a for a in overlapping(doc.actors, *item.party_span) if a.kind in NAMED_GROUP_KINDS]
    joined = _SIDES_JOINED.match(doc.text, item.party_span[1], s_end)
    if not first or joined is None:
        return
    second = next((a for a in starting_in(doc.actors, joined.end(), joined.end() + 1)
                   if a.kind in NAMED_GROUP_KINDS and a.name != first[0].name), None)
    if second is None or second.end > s_end:
        return
    item.party_span = (item.party_span[0], second.end)
    item.party_text = doc.text[item.party_span[0]:second.end]
    item.end = max(item.end, second.end)
    item.sides = (first[0].name, second.name)


def _remaining_item(doc: Doc, lex: Lexicon, number: _Number, index: int,
                    previous: TallyItem) -> TallyItem | None:
    """"the dead included 119 civilians, while the remaining 193 were combatants": the rest
    of the count the previous figure is some of, and who they were."""
    text = doc.text
    were = _WERE_PARTY.match(text, number.end)
    party = lex.party_after_re.match(text, were.end() - 1) if were is not None else None
    if party is None or lex.trigger_re.match(text, party.start("party")):
        return None
    host: TallyItem | None = previous
    while host is not None and host.subset:
        host = host.within  # the rest of the whole, not of a group named in it
    item = TallyItem(number.start, party.end("party"), number.value, previous.metric, index)
    item.party_text = party.group("party")
    item.party_span = (party.start("party"), party.end("party"))
    item.subset, item.within = True, host
    return item


#: "Among the targets destroyed were": the kinds of some of the targets counted, listed next.
_KINDS_AMONG = re.compile(
    r"\W*(?:Among|Of)\s+(?:the|these|those)\s+(?:\d[\d,]*\s+)?(?:targets|sites|facilities)"
    r"(?:\s+(?:destroyed|hit|struck|engaged|eliminated))?\s+(?:were|was|included)\s+$")
#: The kind after a number of such a list, up to the next of the list.
_LISTED_KIND = re.compile(
    r"\s+(?!(?:were|was)\b)(?P<kind>[a-z][a-z -]{0,30}?)(?=\s*(?:[,;.]|\band\b|$))")
_NEXT_OF_THE_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _kind_listed_item(text: str, number: _Number, s_start: int, s_end: int, index: int,
                      items: list[TallyItem]) -> TallyItem | None:
    """"Among the targets destroyed were 41 firing positions, 18 weapons depots and 9
    command posts": some of the targets counted before, each of one kind."""
    listed = bool(items) and items[-1].metric == "targets" and items[-1].subset and bool(
        items[-1].qualifier) and _NEXT_OF_THE_LIST.fullmatch(
        text, items[-1].end, number.start) is not None
    if not listed and (items or _KINDS_AMONG.fullmatch(text, s_start, number.start) is None):
        return None
    kind = _LISTED_KIND.match(text, number.end, s_end)
    if kind is None:
        return None
    item = TallyItem(number.start, kind.end("kind"), number.value, "targets", index)
    item.qualifier = kind.group("kind")
    item.subset = True
    return item


def _kind_item(text: str, number: _Number, s_end: int, index: int,
               metric: str) -> TallyItem | None:
    """"Of the targets destroyed, 61 were weapons depots": some of a count, of one kind."""
    kind = _WERE_KIND.match(text, number.end, s_end)
    if kind is None or metric not in COUNTED_THINGS:
        return None
    item = TallyItem(number.start, kind.end("kind"), number.value, metric, index)
    item.qualifier = kind.group("kind")
    return item


def _were_item(doc: Doc, lex: Lexicon, number: _Number, s_end: int,
               index: int) -> TallyItem | None:
    """"Of the 58 killed, 23 were members of al-Shabaab's Amniyat wing": some of a count told
    before, named by who they were (the count and its fate are found later, by its value)."""
    text = doc.text
    were = _WERE_PARTY.match(text, number.end, s_end)
    party = lex.party_after_re.match(text, were.end() - 1, s_end) if were is not None else None
    if party is None or lex.trigger_re.match(text, party.start("party")):
        return None
    end = party.end("party")
    if text.endswith(" of", party.start("party"), end):
        end -= 3
    link = MEMBER_OF.match(text, end, s_end)
    group = next(iter(starting_in(doc.actors, link.end(), link.end() + 1)), None) \
        if link is not None else None
    if group is not None:
        end = group.end  # "members of al-Shabaab's Amniyat wing": of al-Shabaab
    item = TallyItem(number.start, end, number.value, "killed", index)
    item.party_text, item.party_span = text[party.start("party"):end], (party.start("party"),
                                                                       end)
    return item


# "Among the dead were four members of the army and three of the Hashd": some of the dead of
# a count told before
_DEAD_LISTED = re.compile(
    r"\s*(?:among\s+(?:the\s+(?:dead|victims|killed)|those\s+killed)\s+(?:were|was)|"
    r"the\s+(?:dead|victims)\s+(?:included|include))\s+(?:also\s+)?(?:at\s+least\s+|some\s+)?",
    re.IGNORECASE)
# "..., and 53 members of regime forces": the next of a list of subsets.
_NEXT_SUBSET = re.compile(r"(?:,\s*|\s+)(?:and|as\s+well\s+as|plus)\s+(?:at\s+least\s+)?$",
                          re.IGNORECASE)


#: A comma between two counts of one list, and what follows a count the list goes on after.
_BARE_COMMA = re.compile(r"\s*,\s*")
_LIST_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _list_goes_on(doc: Doc, previous: TallyItem, number: _Number, party_end: int,
                  s_end: int) -> bool:
    """"among them 7 leaders, 12 fighters and 8 facilitators": a count after a comma alone,
    in a list of the kinds of some of a count that goes on with another count after it."""
    if not _BARE_COMMA.fullmatch(doc.text, previous.end, number.start):
        return False
    after = _LIST_NEXT.match(doc.text, party_end, s_end)
    return after is not None and any(
        n.start == after.end() for n in _numbers(doc, after.end(), s_end))


def _subset_item(doc: Doc, lex: Lexicon, number: _Number, sentence: tuple[int, int],
                 index: int, items: list[TallyItem]) -> TallyItem | None:
    """A count of some of the people of an earlier figure: "killed 143, including 41
    civilians, among them 9 children, and 53 soldiers" (41 and 53 of the 143, 9 of the 41)."""
    text = doc.text
    s_start, s_end = sentence
    previous = items[-1] if items else None
    if previous is not None and previous.metric in CASUALTY_METRICS and _REMAINING.search(
            text, max(s_start, number.start - 20), number.start):
        return _remaining_item(doc, lex, number, index, previous)
    # "among them (12) accused", as translated releases write numbers
    bracketed = text.startswith(")", number.end) and text.startswith("(", max(0, number.start - 1))
    lead, at = (number.start - 1, number.end + 1) if bracketed else (number.start, number.end)
    party = lex.party_after_re.match(text, at, s_end)
    cued = _SUBSET_CUE.search(text, max(s_start, lead - 40), lead) is not None
    if party is None and cued and (were := _WERE_PARTY.match(text, at, s_end)) is not None:
        # "212 people ..., of whom 87 were civilians": who some of them were
        party = lex.party_after_re.match(text, were.end() - 1, s_end)
        if party is not None and lex.trigger_re.match(text, party.start("party")):
            party = None  # ("of whom 22 were detained in Nineveh": a fate, read elsewhere)
    if party is None:
        return None
    host: TallyItem | None
    # "the remaining 193 were combatants: 88 members of ..., 41 fighters of ...": a list of
    # the groups of a count, after a colon
    listed = previous is not None and previous.subset and previous.within is not None and (
        ":" in text[previous.within.end:previous.start])
    if cued or (
            previous is None and _DEAD_LISTED.fullmatch(text, s_start, number.start)) or (
            previous is not None and previous.metric in CASUALTY_METRICS
            and _LIST_OPENS.fullmatch(text, previous.end, number.start)):
        host = previous
    elif previous is not None and previous.subset and number.start - previous.end < 60 and (
            _NEXT_SUBSET.search(text, previous.end, number.start) or listed and (
                _LIST_COMMA.fullmatch(text, previous.end, number.start))
            or _list_goes_on(doc, previous, number, party.end("party"), s_end)):
        # a sibling of the previous subset: the outer one's when that one was nested
        host = previous.within
        if not listed and (host is not None and host.subset and host.within is not None
                           and "," in text[previous.end:number.start]):
            # "among them 9 children, and 53 soldiers": the comma closes the inner list;
            # "among them 29 children and 16 women" goes on with it
            host = host.within
    else:
        return None
    if host is not None and host.metric not in CASUALTY_METRICS:
        return None
    if host is None and _TOLL.search(text, s_start, number.start) is None and not (
            _DEAD_LISTED.match(text, s_start, number.start)):
        return None
    end = party.end("party")
    if text.endswith(" of", party.start("party"), end):
        end -= 3  # "members of" before "the Syrian Democratic Forces"
    link = MEMBER_OF.match(text, end, s_end)
    group = next(iter(starting_in(doc.actors, link.end(), link.end() + 1)), None) \
        if link is not None else None
    if group is not None:
        end = group.end  # "53 members of regime forces": of the forces
    elif link is not None and (unnamed := _UNNAMED_GROUPS.match(text, link.end(), s_end)):
        end = unnamed.end()  # "37 members of factions and jihadist groups"
    item = TallyItem(lead, end, number.value,
                     host.metric if host is not None else "killed", index)
    item.party_text, item.party_span = text[party.start("party"):end], (party.start("party"),
                                                                       end)
    item.subset, item.within = True, host
    return item


# "23 in all", "61 altogether": a bare number that sums the counts told before it
_SUMMED_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b",
                           re.IGNORECASE)
def _figure_at(text: str, number: _Number) -> int:
    """Where the digits of a number start: "a total of 13" read as one quantity is 13."""
    digits = _LAST_DIGITS.search(text, number.start, number.end)
    return digits.start() if digits is not None else number.start


_LAST_DIGITS = re.compile(r"[\d,]*\d\)?$")
# "..., for a total of 13", "making a total of 13": the same, the cue before it; "...,
# bringing the total for the month to 31", "bringing the overall number to 31": the figure
# the counts before it are brought to, with no noun of its own
_SUMMED_BEFORE = re.compile(
    # ("giving a combined total of 41": the counts of two forces or places summed)
    r"[,;]?\s+(?:(?:for|making|with|giving|bringing\s+(?:it|the\s+total)\s+to)\s+a\s+"
    r"(?:combined\s+|overall\s+|grand\s+)?total\s+of"
    r"|(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:total|overall|combined)"
    r"(?:\s+(?:number|figure|tally|total))?"
    # ("bringing the combined total for the two operations to", "taking the total this
    # month to", "raising the total since January to")
    r"(?:\s+(?:(?:for|of|in|during|over)\s+)?(?:the|this|that)\s+(?:(?:two|three|both)\s+)?"
    r"(?:month|week|fortnight|quarter|year|period|operations|offensives|phases)"
    r"|\s+since\s+[A-Z][a-z]+)?\s+to)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|at\s+least\s+)?\(?$",
    re.IGNORECASE)

_ELLIPTIC = re.compile(
    r"\s+(?:others?\s+|more\s+|of\s+(?:them|these|those|which)\s+)?"
    # ("21 were delivered in province Idlib": the deed of the count told again)
    r"(?:(?:were|was|took\s+place|came|happened)\s+(?:(?:carried\s+out|conducted|delivered|"
    r"launched|executed|performed)\s+)?)?"
    r"(?:in|across|inside|near|around|outside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    # ("in region Hakurk", as a translation drops the "of")
    r"(?:ern)?\s+)?(?:(?:city|town|village|province|governorate|district|region|area)\s+"
    r"(?:of\s+(?:the\s+)?)?)?(?:[A-Z]|(?:north|south)(?:-?(?:east|west))?\b|east\b|west\b|cent(?:re|er)\b)"
)
#: How a part of a count of casualties came about: "in ground operations", "in airstrikes
#: carried out with partners", "by roadside bombs", "during clashes".
_ELLIPTIC_MEANS = re.compile(
    r"\s+(?:(?:were|was)\s+)?(?:killed\s+|died\s+|wounded\s+|injured\s+)?(?:in|by|during)\s+"
    r"(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:air\s*strikes|strikes|raids|ambushes|clashes|"
    r"shelling|bombings|bombs|operations|offensives|attacks|fighting|battles)\b", re.IGNORECASE)
#: What those held after a count are held for, its fate told with the count before: " for
#: kidnapping", " for cattle rustling", " over the attack".
_ELLIPTIC_CHARGE = re.compile(r"\s+(?:for|over)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\b")
#: The fate of those held told with what for: "were arrested for", "detained over".
_HELD_FOR = re.compile(r"\b(?:arrested|detained|held|apprehended|charged)\s+(?:for|over)\s",
                       re.IGNORECASE)
#: A count's fate dealt by a force named after it: " were killed by the army", " by the".
#: The fates a force is told to have dealt a count: "25 (were) killed by the army", "the air
#: force killed 15".
_DEALT = r"(?:killed|neutrali[sz]ed|eliminated|wounded|injured|captured|arrested|detained)"
_BY_FORCE_AFTER = re.compile(
    rf"\s+(?:(?:were|was)\s+)?(?:{_DEALT}\s+)?by\s+(?P<force>(?:the\s+)?)", re.IGNORECASE)


def _force_named_after(doc: Doc, at: int, stop: int) -> ActorMention | None:
    """The force a count's fate is said to be dealt by right after its figure ("25 were
    killed by the army"), if an actor is named there: the mark of a part by who dealt it."""
    by = _BY_FORCE_AFTER.match(doc.text, at, stop)
    if by is None:
        return None
    # (the actor's words may hold the article: "the army")
    return next((a for a in starting_in(doc.actors, by.start("force"), by.end() + 1)
                 if a.name and a.end <= stop), None)


# "from them 15 in region X", "of them 9 in Y": some of the count before, the cue first
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:from|of)\s+(?:among\s+)?(?:them|these|those|whom)[\s,]*$", re.IGNORECASE)

# "five were carried out by US forces alone", "three were unilateral": more of the last noun
#: "201 were led by Mozambican forces and 117 by the mission's own contingents": the
#: second part by its doer alone, the verb left out (after a part told "led by", see
#: ``_DONE_BY``).
_ELLIPTIC_BY = re.compile(r"\s+by\s+(?=the\s|its\s|their\s|[A-Z])")
_DONE_BY = re.compile(r"\b(?:led|conducted|carried\s+out|mounted|executed|performed|flown)\s+by\b",
                      re.IGNORECASE)
_ELLIPTIC_DONE = re.compile(
    r"\s+(?:others?\s+|more\s+)?(?:(?:were|was)\s+(?:(?:carried|mounted)\s+out|conducted|led|"
    r"executed|performed|flown|unilateral|partnered)|targeted|struck|hit)\b"
    # "4 were U.S.-only strikes": the release's own label of the kind
    r"|\s+(?:were|was)\s+(?:U\.S\.|US|American)-only(?!\w)"
    # "30 were partnered with Iraqi forces and 22 with the SDF": the second with a partner
    r"|\s+with\s+(?:the\s+)?(?-i:(?=[A-Z]))", re.IGNORECASE)

#: What a part of a count of operations says of its kind, up to the end of its clause.
_KIND_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?P<partnered>partnered|conducted\s+with\s+partners|combined)\b"
    r"|\s+(?:were|was)\s+(?:(?:carried|mounted)\s+out|conducted|led|executed|performed)\s+"
    r"(?:by|solely\s+by|only\s+by)\s+(?P<by>[^,;]{1,40}?)\s+(?:alone|only|unilaterally)\b"
    r"|\s+(?:were|was)\s+(?P<alone>unilateral)\b"
    r"|\s+(?:were|was)\s+(?P<own>(?:U\.S\.|US|American)-only)(?!\w)"
    r"|\s+(?:were|was)\s+(?:conducted|carried\s+out)\s+in\s+(?P<defence>(?:collective\s+)?"
    r"self-defen[cs]e)", re.IGNORECASE)
_OWN_COUNTRY = re.compile(r"(?:the\s+)?(?:U\.S\.|US|American|United\s+States)(?!\w)")
#: A kind told of some of a count with no verb: "40 operations, nine of them U.S.-only".
_KIND_OF_THEM = re.compile(
    r"\s+of\s+(?:them|these|those)\s+(?:(?P<partnered>partnered)|(?P<alone>unilateral)|"
    r"(?:U\.S\.|US|American)-only|"
    # ("19 operations ..., nine of them with air support from partners": of a kind told by
    # what they were carried out with)
    r"(?P<with>with\s+(?:[a-z-]+\s+){0,2}?(?:support|backing|cover)))(?!\w)", re.IGNORECASE)


def _kind_told_after(text: str, at: int, end: int) -> str | None:
    """"were partnered with the SDF" is partnered; "were conducted by U.S. forces alone" is
    US-only, as the command's own releases label them ("were U.S.-only strikes"); "were
    unilateral" is unilateral."""
    m = _KIND_AFTER.match(text, at, end)
    if m is None:
        return None
    if m.group("partnered"):
        return "partnered"
    if m.group("defence"):
        return " ".join(m.group("defence").lower().split())
    if m.group("own") or m.group("by") and _OWN_COUNTRY.match(m.group("by")):
        return "US-only"
    return "unilateral"


#: What may open a sentence before a kind of the count told before: "Of these, 11 were
#: U.S.-only" (or nothing: "Nine were U.S.-only operations").
_KIND_OF_LAST_OPENS = re.compile(
    r"[\s\"\u201c]*(?:(?:Of|Among)\s+(?:these|those|them|which)\s*,\s*)?", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)(?=\s)", re.IGNORECASE)


def _kind_of_them_end(text: str, at: int, end: int) -> int:
    """Where the kind told of a figure starts: after "of them" in "Eleven of them were"."""
    of_them = _OF_THEM_AFTER.match(text, at, end)
    return of_them.end() if of_them is not None else at


#: A month's name, as a part of a count month by month is told ("and in April 39").
_MONTH_WORD = "(?:" + "|".join(calendar.month_name[1:]) + ")"
#: A part of a count told after the month it is of, the noun left out: "..., and in April
#: 39" after "In March, it conducted 44 operations".
_MONTH_FIRST_PART = re.compile(
    r"(?:,\s*|\s+)(?:and|while|but)\s+(?:(?:in|during)\s+)?(?:the\s+month\s+of\s+)?" +
    _MONTH_WORD +
    r"(?:\s+(?:19|20)\d\d)?\s*,?\s*$")
#: The same, after the place it is of: "..., and in Syria 18" after "In Iraq, it conducted
#: 30 operations" (the place a name the gazetteer knows, read where it is used).
_PLACE_FIRST_PART = re.compile(
    r"(?:,\s*|\s+)(?:and|while|but)\s+(?:in|inside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)?)\s*,?\s*$")
_BARE_FIGURE_ENDS = re.compile(r"\s*(?:[.;,)\"\u201d]|$)")
#: "..., and in April 19.": after "and in", a month's name and a figure that ends its clause
#: are the month and its count, not a day ("on April 19" tells a day).
_MONTH_THEN_COUNT_BEFORE = re.compile(
    r"(?:,\s*|\s+)(?:and|while|but)\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?$")
_MONTH_THEN_COUNT = re.compile(_MONTH_WORD + r"\s+(?P<num>\d{1,2})")


def month_then_count(text: str, d: DateMention) -> re.Match[str] | None:
    """The month's name and the count of "and in April 19." read as one date (a day of the
    month), or None where the words are no such pair."""
    if d.date_start is None or d.date_start != d.date_end:
        return None
    m = _MONTH_THEN_COUNT.fullmatch(text, d.start, d.end)
    if m is None or _BARE_FIGURE_ENDS.match(text, d.end) is None or (
            _MONTH_THEN_COUNT_BEFORE.search(text, max(0, d.start - 30), d.start) is None):
        return None
    return m

#: A count of what was counted before, the noun left out: "In April, it conducted 12.",
#: "The task force carried out nine more in Diyala." (the figure the verb's object, and
#: nothing after it but where or when).
_ELIDED_COUNT = re.compile(
    r"\b(?P<verb>conducted|carried\s+out|launched|mounted|executed)\s+(?:another\s+|a\s+further\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)(?:\s+(?:more|others?))?"
    r"(?:\s+(?:in|during|across|inside|near)\s+[^,.;:\d]{1,40})?(?:\s+so\s+far)?"
    # ("In March, it conducted 44, and in April 39": more counts of the same, month by month)
    # ("and in the month of April 39", as translated releases write)
    r"(?P<more>(?:\s*,?\s*(?:and\s+|while\s+)?(?:(?:in|during)\s+)?"
    r"(?:the\s+month\s+of\s+)?" + _MONTH_WORD +
    r"(?:\s+(?:19|20)\d\d)?\s*,?\s+(?:\d{1,3}(?:,\d{3})+|\d+)"
    r"|\s*,?\s*(?:and\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:in|during)\s+" + _MONTH_WORD +
    r"(?:\s+(?:19|20)\d\d)?"
    # ("In Iraq, it conducted 30, and in Syria 18": more counts of the same, place by place)
    r"|\s*,?\s*(?:and\s+|while\s+)?(?:in|inside)\s+(?:the\s+)?[A-Z][\w'\-]+"
    r"(?:\s+[A-Z][\w'\-]+){0,2}\s*,?\s+(?:\d{1,3}(?:,\d{3})+|\d+))*)"
    # ("..., it said", "..., the command added": who told it, after the count)
    r"(?:\s*,\s*(?:it|they|he|she|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added))?"
    r"[\s\"\u201d]*[.;]?[\s\"\u201d]*$")
_ELIDED_VERBS = ("conducted", "carried out", "launched", "mounted", "executed")


#: A bulleted row of a figure and its place alone, under a count told before it: "- Anbar:
#: 2", "- Iraq: 12", "- 8 in Kirkuk".
_BARE_ROW = re.compile(
    r"[ \t]*[-*\u2022\u2013\u2014][ \t]*(?:(?P<label>[A-Z][^\n:\d]{0,40}?)[ \t]*:[ \t]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)|(?P<num2>\d{1,3}(?:,\d{3})+|\d+)[ \t]+in[ \t]+"
    r"(?:the[ \t]+)?(?P<label2>[A-Z][^\n:\d]{0,40}?))[ \t]*[.;,]?[ \t]*$")


def _bare_row(doc: Doc, index: int) -> list[TallyItem]:
    """"Iraqi forces killed 10 ISIS members in Iraq in September:" then the rows "- Anbar: 2",
    "- Kirkuk: 8": each row's figure, of the place it names, is a part of the count the list
    is told under, its noun and people found when the sentences are read together. Only a
    row opened by a bullet, after a line that ends with a colon or another such row."""
    start, end = doc.sentences[index]
    text = doc.text
    head = start
    while head < end and text[head] in " \t\n":
        head += 1
    if head >= end or text[head] not in "-*\u2022\u2013\u2014" or index == 0:
        return []
    m = _BARE_ROW.fullmatch(text, head, end)
    if m is None:
        return []
    before = text[doc.sentences[index - 1][0]:doc.sentences[index - 1][1]].rstrip()
    if not (before.endswith(":") or _BARE_ROW.fullmatch(before.lstrip())):
        return []
    num = "num" if m.group("num") else "num2"
    label = "label" if m.group("label") else "label2"
    place = next((p for p in overlapping(doc.places, m.start(label), m.end(label))
                  if p.place is not None and p.start == m.start(label)
                  and p.end == m.end(label)), None)
    if place is None:
        return []
    item = TallyItem(m.start(num), m.end(num), int(m.group(num).replace(",", "")), "killed",
                     index)
    item.metric_of_last = item.place_first = True
    _set_area(item, [place])
    noun = _noun_of_the_list(before) if before.endswith(":") else None
    if noun is not None:
        # "By county, the incidents recorded were as follows:": the rows count incidents,
        # not the last figure told before the list
        item.metric, item.metric_of_last = noun, False
    return [item]


#: The words of a list's opening line that name what its rows count, with no figure and no
#: fate: "the incidents recorded were as follows:", "The operations by province:".
_LIST_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]ll)\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?")


def _noun_of_the_list(line: str) -> str | None:
    """The activity a list's opening line names as what its rows count ("the incidents
    recorded were as follows:"), where the line holds no figure and no fate."""
    if any(c.isdigit() for c in line):
        return None
    lex = lexicon()
    if lex.passive_re.search(line) or any(
            w.lower() in lex.casualty_verbs or w.lower() in lex.casualty_gerunds
            for w in re.findall(r"[A-Za-z]+", line)):
        return None
    nouns = lex.activity_nouns
    for m in _LIST_NOUN.finditer(line):
        first, second = m.group("first"), m.group("second")
        # ("the security incidents", "the incidents recorded", "the armed attacks")
        for noun in (_activity_noun(nouns, first, second), second):
            if noun is not None and noun in nouns:
                return nouns[noun]
    return None


def _elided_count(doc: Doc, index: int) -> list[TallyItem]:
    """"In April, it conducted 12.": a count whose noun is that of the count of operations
    told before (found when the sentences are read together); none in a sentence that
    holds no such verb."""
    start, end = doc.sentences[index]
    text = doc.text
    if not any(text.find(verb, start, end) >= 0 for verb in _ELIDED_VERBS):
        return []
    m = _ELIDED_COUNT.search(text, start, end)
    if m is None:
        return []
    numbers = _numbers(doc, start, end)
    number = next((n for n in numbers if n.start == m.start("num") and n.value > 0), None)
    if number is None:
        return []
    item = TallyItem(m.start("verb"), number.end, number.value, "operations", index)
    item.metric_of_last = True
    items = [item]
    for more in numbers:
        if m.start("more") <= more.start < m.end("more") and more.value > 0 and (
                _DIGITS.fullmatch(doc.text, more.start, more.end)):
            # "In March, it conducted 44, and in April 39": the next month's count of the same
            part = TallyItem(more.start, more.end, more.value, "operations", index)
            part.metric_of_last = True
            items.append(part)
    return items


#: What opens a run of bare figures told of a whole's places in turn: "..., with 19 and 14
#: respectively", "(19 and 14, respectively)".
_RESPECTIVE_OPEN = re.compile(r"(?:[,;]\s*(?:with\s+)?|\s+with\s+|\s*\(\s*|\s[-\u2013\u2014]\s*|"
                              r"\s*[\u2013\u2014]\s*)$", re.IGNORECASE)
_RESPECTIVE_CLOSE = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _respective_whole(text: str, numbers: Sequence[_Number], k: int, items: list[TallyItem],
                      end: int) -> TallyItem | None:
    """The count a run of bare figures closed by "respectively" breaks down by place: in
    "killed 33 ... in Kirkuk and Diyala, with 19 and 14 respectively" the 33."""
    first = k
    while first > 0 and _RESPECTIVE.fullmatch(text, numbers[first - 1].end,
                                              numbers[first].start):
        first -= 1
    last = k
    while last + 1 < len(numbers) and _RESPECTIVE.fullmatch(text, numbers[last].end,
                                                            numbers[last + 1].start):
        last += 1
    if last == first or not _RESPECTIVE_CLOSE.match(text, numbers[last].end, end):
        return None
    begin = max(0, numbers[first].start - 12)
    if not _RESPECTIVE_OPEN.search(text, begin, numbers[first].start):
        return None
    whole = next((i for i in reversed(items) if not i.respective), None)
    if whole is None or whole.subset or whole.end > numbers[first].start:
        return None
    return whole


def _elliptic_item(
    doc: Doc, number: _Number, s_end: int, index: int, previous: TallyItem, *,
    names: bool = False,
) -> TallyItem | None:
    """'14 airstrikes in Lower Shabelle, 9 in Middle Juba': a count that takes the last noun.
    With ``names``, in a sentence of parts by place, a name the gazetteer lacks will do."""
    at = number.end
    if doc.text.startswith(")", at) and doc.text.startswith("(", max(0, number.start - 1)):
        at += 1  # "(15) accused in Nineveh, (9) in Kirkuk", as translated releases write
    done = _ELLIPTIC_DONE.match(doc.text, at, s_end) or (
        _ELLIPTIC_BY.match(doc.text, at, s_end)
        if _DONE_BY.search(doc.text, previous.start, number.start) else None)
    if done is not None and previous.metric in _ACTIVITY_METRICS:
        # "26 of the missions were partnered ..., while five were carried out by US forces
        # alone": the rest of the same count
        item = TallyItem(number.start, done.end(), number.value, previous.metric, index)
        item.qualifier = _kind_told_after(doc.text, number.end, s_end) or (
            previous.qualifier if not previous.subset or done.group().lstrip().lower(
            ).startswith("with") else None)
        item.subset, item.within = previous.subset, previous.within
        return item
    means = _ELLIPTIC_MEANS.match(doc.text, at, s_end)
    if means is not None and previous.metric in CASUALTY_METRICS and (
            _ELLIPTIC_MEANS.match(doc.text, previous.end, s_end) is not None) and (
            _PART_GOES_ON.search(doc.text, previous.end, number.start)):
        # "198 died in ground operations ..., and 114 in airstrikes": the same fate, by the
        # means of the one before
        item = TallyItem(number.start, means.end(), number.value, previous.metric, index)
        item.party_text, item.party_span = previous.party_text, previous.party_span
        item.subset, item.within = previous.subset, previous.within
        item.by_means = True
        return item
    charge = _ELLIPTIC_CHARGE.match(doc.text, at, s_end)
    if charge is not None and previous.metric == "detained" and (
            _PART_GOES_ON.search(doc.text, previous.end, number.start)) and (
            _HELD_FOR.search(doc.text, doc.sentences[index][0], number.start) is not None):
        # "11 were arrested for banditry, 9 for kidnapping": those held, by what for
        item = TallyItem(number.start, charge.end(), number.value, previous.metric, index)
        item.party_text, item.party_span = previous.party_text, previous.party_span
        item.subset, item.within = previous.subset, previous.within
        return item
    force = _force_named_after(doc, at, s_end)
    told_before = _force_named_after(doc, previous.end, number.start) if (
        force is not None and previous.force is None) else None
    if force is not None and previous.metric in CASUALTY_METRICS and (
            _PART_GOES_ON.search(doc.text, previous.end, number.start)) and (
            previous.force is not None or told_before is not None):
        # "Of the 40 killed, 25 were killed by the army and 15 by the air force": the same
        # fate, dealt by another force, as the one before
        item = TallyItem(number.start, force.end, number.value, previous.metric, index)
        item.party_text, item.party_span = previous.party_text, previous.party_span
        item.subset, item.within = previous.subset, previous.within
        item.force = doc.text[force.start:force.end].lower()
        if told_before is not None:
            previous.force = doc.text[told_before.start:told_before.end].lower()
        return item
    m = _ELLIPTIC.match(doc.text, at, s_end)
    if _period_told_after(doc, at, s_end) or _part_of_year_told_after(
            doc, number.start, at, s_end):
        # "84 operations from January to March, 79 from April to June": the same count over
        # the next stretch of the period ("22 in February": a month, no place)
        m = m or _ELLIPTIC_LEAD.match(doc.text, at, s_end)
        names = True
    if not m or not names and not any(
            at <= p.start < m.end() + 40 for p in doc.places) and doc.places and (
            # "and 397 in the North Central": a zone of the country, no place
            _ZONE.match(doc.text, m.start() + 1) is None):
        return None
    lead = number.start - (at - number.end)
    item = TallyItem(lead, at, number.value, previous.metric, index)
    item.qualifier = previous.qualifier
    item.party_text, item.party_span = previous.party_text, previous.party_span
    if (_PARTITIVE.match(doc.text, at, s_end) or _PARTITIVE_BEFORE.search(
            doc.text, max(0, lead - 25), lead)) and previous.value > number.value:
        # "147 combat engagements ..., 38 of them in the Pokrovsk direction": some of those
        item.subset, item.within = True, previous
    elif not previous.subset and previous.value > number.value and (
            _APPOSED_PART.fullmatch(doc.text, previous.end, lead)):
        # "the deaths of 31 ISIS militants, 19 in Iraq and 12 in Syria", "64 operations, 27
        # in February and 37 in March": the count just told, broken down by place or month
        # right after its noun
        item.subset, item.within = True, previous
    elif (previous.subset and previous.within is not None
          and previous.within.value > number.value
          and _PART_GOES_ON.search(doc.text, previous.end, lead)):
        # "41 ... neutralised, 29 of them in northern Iraq and 12 in northern Syria": the
        # next part of the same whole
        item.subset, item.within = True, previous.within
    return item


#: Between a count's people and the first of its parts by place: "31 ISIS militants, 19 in
#: Iraq ...", "31 ISIS militants (19 in Iraq ...".
_APPOSED_PART = re.compile(r"\s*(?:,|\(|:|\s[-\u2013\u2014])\s*")

#: What may stand between a count that takes the last noun and the period it is told over.
_ELLIPTIC_LEAD = re.compile(r"\s+(?:more\s+|others?\s+)?(?:(?:were|was)\s+)?(?:(?:in|during)\s+)?")


def _period_told_after(doc: Doc, at: int, s_end: int) -> bool:
    """"79 from April to June", "71 in the third quarter": a count told over a stretch of
    days (more than one) that starts right after it."""
    lead = _ELLIPTIC_LEAD.match(doc.text, at, s_end)
    begin = lead.end() if lead is not None else at
    return any(d.start in (begin, at + 1) and d.date_start is not None
               and d.date_end is not None and d.date_start != d.date_end
               and not _is_relative(doc, (d.start, d.end))
               for d in starting_in(doc.dates, at, s_end))


#: A quarter or half of the year told right after a count: "9 in the second quarter", "301
#: in the second" where the sentence has named the quarters before.
_PART_OF_YEAR_AFTER = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:(?:were|was|died|killed)\s+)?(?:in|during)\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)(?P<part>\s+(?:quarter|half)\b)?",
    re.IGNORECASE)


#: What sets a figure against the count told: "up from 14", "compared with 9", "against 31".
_COMPARED_FIGURE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|than)\s+$", re.IGNORECASE)


def _part_of_year_told_after(doc: Doc, begin: int, at: int, s_end: int) -> bool:
    """"9 in the second quarter", "336 in the third" after "287 ... in the first quarter": a
    count over the next part of the year, told with no date of its own; not the figure a
    count is compared with ("up from 14 in the first quarter")."""
    m = _PART_OF_YEAR_AFTER.match(doc.text, at, s_end)
    if m is None or _COMPARED_FIGURE.search(doc.text, max(0, begin - 20), begin):
        return False
    if m.group("part"):
        return True
    # the ordinal alone stands for a quarter or half the sentence named before it
    i = sentence_of(at, doc.sentences)
    told = doc.text[doc.sentences[i][0] if 0 <= i < len(doc.sentences) else at:at].lower()
    return "quarter" in told or "half" in told


# The list of a whole's parts goes on: "29 of them in A and 12 ...", "..., 12 ...".
_PART_GOES_ON = re.compile(r"(?:,|\band)\s*\(?$")


_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\s+(?:were|was|had|have)\b",
                      re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|these|those|them)(?=\s)", re.IGNORECASE)
#: "Four of the 38 operations", "12 of the 40 militants killed": the figure of the whole
#: some of which are counted, between the partitive and the noun.
_WHOLE_AFTER_PARTITIVE = re.compile(r"\s+(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?=\s+[A-Za-z])")


_MORE_AFTER = re.compile(r"\s+(?:more|additional|further)\b", re.IGNORECASE)
_REVISED_BEFORE = re.compile(r"\b(?:raised|revised|rose|risen|increased|up\s+from|"
                             r"correct(?:s|ed)?)\b",
                             re.IGNORECASE)
# "corrected the number ... to 24, after it had earlier reported 22 killed", "24 killed, not
# 22", "down from 30": the figure a revision replaces, no count of its own
_REVISION = re.compile(r"\b(?:earlier\s+version|correct(?:ed|s|ion)|revis(?:ed|es|ion)|"
                       r"rais(?:ed|es)|lower(?:ed|s)|"
                       r"updat(?:ed|es)|amend(?:ed|s))\b", re.IGNORECASE)
#: The words before a figure a count replaces: "up from 26", "down from the 30", and the
#: same after a comma and "not": ", not 14 as first reported", ", not the 14 ...". One
#: source for the patterns below that read such a figure.
_UP_OR_DOWN_FROM = r"\b(?:up|down)\s+from(?:\s+the)?"
_COMMA_NOT = r",\s+not\s+(?:the\s+)?"
_REPLACED_BEFORE = re.compile(
    r"(?:" + _UP_OR_DOWN_FROM + r"|\b(?:earlier|previously|initially|first|originally)"
    r"\s+(?:reported|announced|gave|given|said|put\s+it\s+at)|\binstead\s+of|\bnot|"
    # "An earlier version of this release said 14 airstrikes"
    r"\b(?:earlier|previous|original|first)\s+(?:version|release|statement|report)\b"
    r"[^.;\d]{0,30}?\b(?:said|stated|reported|gave|listed|had)|"
    r"\brather\s+than)\s+$", re.IGNORECASE)
_REPLACED_LIST_GOES_ON = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s*(?:,\s*(?:and\s+)?|and\s+)",
                                    re.IGNORECASE)
#: A figure set right between commas after the right one: "23, not 14 as initially
#: reported, were killed" (the verb after it is the right figure's).
_NOT_AS_TOLD = re.compile(
    _COMMA_NOT + r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:as|it)\s+[a-z ]{1,40}?)?,(?=\s)")
_REPLACED_AFTER = re.compile(
    r"\s+(?:as|it\s+had|it)\s+(?:previously|earlier|first|initially|originally)?\s*"
    r"(?:reported|announced|said|stated)\b", re.IGNORECASE)
# "raised to 25 the number of ISIS operatives killed", "lowered to 12 the number of ...":
# a revised count told before the people it counts
# ("bringing to 50 the number killed this month": the fate right after "the number")
_RAISED_TO_THE_NUMBER = re.compile(r"\s+the\s+(?:total\s+)?number(?:\s+of)?(?=\s)",
                                   re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


#: Words telling that people held were set free, after the people: "5 kidnapped citizens
#: released", "12 abducted farmers who were freed".
_FREED_AFTER = re.compile(
    r"(?:\s+(?!and\b|or\b)[a-z][\w-]*){0,3}?\s+(?:(?:who\s+)?(?:were|was|have\s+been|had\s+been|"
    r"are|being)\s+)?(?:released|freed|rescued|liberated|set\s+free)\b")


def _lost_no_people(lex: Lexicon, verb: str, party: str) -> bool:
    """Whether ``verb`` is "lost" of no people: "the army lost 12 soldiers" counts its dead,
    "lost 40 vehicles" or "lost 3 positions" counts no one."""
    words = party.lower().split()
    return verb.lower() == "lost" and not (words and words[-1] in lex.people_words)


def _item_at(
    doc: Doc, lex: Lexicon, number: _Number, s_start: int, s_end: int, index: int
) -> TallyItem | None:
    text = doc.text
    word = text[number.start : number.end].lower()
    # An article is a count only before a noun or verb it counts ("an operation").
    weak = word in {"a", "an", "no"}
    at, lead = number.end, number.start
    if text.startswith(")", at) and text.startswith("(", max(0, number.start - 1)):
        at, lead = at + 1, lead - 1  # "(6) terrorists", as translated releases write numbers
    if (struck := _NOT_AS_TOLD.match(text, at, s_end)) is not None:
        at = struck.end()  # "23, not 14 as initially reported, were killed": the 23 were
    partitive = _PARTITIVE.match(text, at, s_end)
    if partitive is not None:
        at = partitive.end()  # "18 of these operations", "Fourteen of the insurgents"
        if (whole := _WHOLE_AFTER_PARTITIVE.match(text, at, s_end)) is not None:
            at = whole.end()  # "Four of the 38 operations": the noun after the whole's figure
    elif (raised := _RAISED_TO_THE_NUMBER.match(text, at, s_end)) is not None and (
            _TO_BEFORE.search(text, max(s_start, lead - 8), lead)):
        at = raised.end()  # "raised to 25 the number of ISIS operatives killed"
    m = lex.activity_re.match(text, at, s_end)
    if m:
        metric = lex.activity_nouns[" ".join(m.group("noun").lower().split())]
        if weak and word != "no" and m.group("noun").lower().endswith("s"):
            return None
        if metric == "victims" and FREED_BEFORE.search(text, max(s_start, lead - 60), lead):
            return None  # "rescued 12 kidnapped victims": people set free, not harmed
        mods = m.group("mods").strip()
        item = TallyItem(number.start, m.end(), number.value, metric, index)
        if metric in CASUALTY_METRICS:
            if mods:
                item.party_text = mods
                item.party_span = (m.start("mods"), m.start("mods") + len(mods))
            else:
                after = re.match(r"\s+(?:to|among|of)\s+", text[m.end() : s_end])
                if after:
                    p = lex.party_after_re.match(text, m.end() + after.end() - 1, s_end)
                    if p:
                        item.party_text = p.group("party")
                        item.party_span = (p.start("party"), p.end("party"))
        else:
            item.qualifier = _clean_qualifier(mods)
            if partitive is not None and not mods and not lex.activity_re.match(
                    text, m.end(), s_end):
                # "Twenty-six of the missions were partnered ...": some of a count told
                # before, found when the sentence is placed among the others
                item.subset = True
                item.qualifier = _kind_told_after(text, m.end(), s_end)
        return item
    for regex in (lex.passive_re, lex.coordinated_re):
        m = regex.match(text, at, s_end)
        if m:
            if FREED_BEFORE.search(text, max(s_start, lead - 60), lead):
                # "rescued 11 kidnapped hostages": people set free, not taken
                return None
            metric = _metric_of_verb(lex, m.group("verb"))
            if _lost_no_people(lex, m.group("verb"), m.group("party")):
                return None  # "40 vehicles were lost": things, no dead
            if metric in {"abducted", "detained"} and not m.group("party").strip() and (
                    _FREED_AFTER.match(text, m.end(), s_end)):
                # "5 kidnapped citizens released": those set free, not a count of the taken
                return None
            item = TallyItem(number.start, m.end(), number.value, metric, index)
            party = m.group("party").strip()
            if party:
                item.party_text = party
                item.party_span = (m.start("party"), m.start("party") + len(party))
                joined = _JOINED_PEOPLE.match(text, item.party_span[1], s_end) \
                    if regex is lex.coordinated_re else None
                if joined is not None and parse_number(joined.group("more")) is None:
                    # "137 officers and soldiers had been martyred": one count of both
                    item.party_span = (item.party_span[0], joined.end("more"))
                    item.party_text = text[item.party_span[0]:item.party_span[1]]
            if weak and not party:
                return None
            also = lex.also_verb_re.match(text, m.end(), s_end)
            if also:
                item.also = _metric_of_verb(lex, also.group("verb"))
            return item
    if not weak and (inside := _INCLUDED_INSIDE.match(text, at, s_end)) is not None and (
            parse_number(inside.group("inner")) is not None) and ((
                (m := lex.passive_re.match(text, inside.end("inner"), s_end)) is not None
                and m.group("party").strip()) or (
                (closed := _INCLUDED_CLOSED.match(text, inside.end("inner"), s_end))
                is not None and (m := lex.passive_re.match(text, closed.end(), s_end))
                is not None and not m.group("party").strip())):
        assert m is not None
        # "14 soldiers including 2 officers embraced shahadat": the 14 are of the verb told
        # after the people included among them, who are a count of their own
        item = TallyItem(number.start, inside.end("party"), number.value,
                         _metric_of_verb(lex, m.group("verb")), index)
        item.party_text = inside.group("party")
        item.party_span = (inside.start("party"), inside.end("party"))
        return item
    m = lex.located_passive_re.match(text, at, s_end)
    if m and not FREED_BEFORE.search(text, max(s_start, lead - 60), lead) and (
            weak is False or word == "no"):
        item = TallyItem(number.start, m.end("party"), number.value,
                         _metric_of_verb(lex, m.group("verb")), index)
        item.party_text = m.group("party")
        item.party_span = (m.start("party"), m.end("party"))
        return item
    m = lex.relative_passive_re.match(text, at, s_end)
    if m and not weak and not FREED_BEFORE.search(text, max(s_start, lead - 60), lead):
        item = TallyItem(number.start, m.end(), number.value,
                         _metric_of_verb(lex, m.group("verb")), index)
        item.party_text = m.group("party")
        item.party_span = (m.start("party"), m.end("party"))
        return item
    if weak:
        return None
    if _TIMES_AFTER.match(text, at, s_end):
        hit = _ATTACKED_BEFORE.search(text, max(s_start, lead - 40), lead)
        # "U.S. forces have been attacked at least 46 times since Oct. 17"
        return None if hit is None else TallyItem(hit.start(), text.index("times", at) + 5,
                                                  number.value, "attacks", index)
    before = text[max(s_start, lead - 60) : lead]
    b = lex.active_before_re.search(before)
    if b:
        verb = (b.group("verb") or "").lower()
        if verb:
            metric = lex.casualty_gerunds.get(verb) or _metric_of_verb(lex, verb)
        else:
            metric = lex.activity_nouns.get(b.group("noun").lower(), "killed")
            if b.group("noun").lower().startswith("capture"):
                metric = "detained"
            elif b.group("noun").lower() == "surrender":
                if _ARMS_AFTER.match(text, at, s_end):
                    return None  # "the surrender of 40 rifles": arms handed over, no people
                metric = "surrendered"
        item = TallyItem(lead - len(before) + b.start(), number.end, number.value,
                         metric, index)
        p = lex.party_after_re.match(text, at, s_end) or _OWN_AFTER.match(text, at, s_end) \
            or _FROM_THE_PEOPLE.match(text, at, s_end)
        if _lost_no_people(lex, verb, p.group("party") if p else ""):
            return None  # "lost 40 vehicles": things, no dead
        if p:
            item.party_text = p.group("party")
            item.party_span = (p.start("party"), p.end("party"))
            item.end = p.end("party")
        return item
    verb_first = _verb_first_before().search(text, max(s_start, lead - 80), lead) if (
        _VERB_FIRST_AFTER.match(text, number.end, s_end)) else None
    if verb_first is not None:
        # "were neutralized terrorists 43, of which 17 in ...": the count of the verb and
        # people told before it
        if verb_first.group("noun") is not None:
            counted_noun = " ".join(verb_first.group("noun").lower().split())
            return TallyItem(verb_first.start("noun"), number.end, number.value,
                             lex.activity_nouns[counted_noun], index)
        item = TallyItem(verb_first.start("verb"), number.end, number.value,
                         _metric_of_verb(lex, verb_first.group("verb")), index)
        item.party_text = verb_first.group("party")
        item.party_span = (verb_first.start("party"), verb_first.end("party"))
        return item
    counted = _number_to_before(False).search(text, max(s_start, lead - 160), lead) or (
        _number_to_before(True).search(text, max(s_start, lead - 160), lead))
    if counted is not None and counted.group("put") and _WHEN_PUT_BEFORE.search(
            text, max(s_start, counted.start() - 60), counted.start()):
        # "updates the figure given on Tuesday, when the command put the number ... at 29":
        # the figure of an earlier telling, revised away
        counted = None
    if counted is None and _UNCHANGED_AFTER.match(text, number.end, s_end):
        # "The number of ISIS fighters detained ... during the month, 33, is unchanged": the
        # count a revision keeps, its figure set off by commas
        counted = _number_apposed_before().search(text, max(s_start, lead - 160), lead)
    if counted is not None:
        # "corrected the number of ISIS operatives killed in its January operations ... to
        # 24": a count brought to the figure, its people named before it
        verb = counted.group("verb") or counted.groupdict().get("verb_alone") or ""
        noun = counted.groupdict().get("fate_noun")
        item = TallyItem(counted.start(), number.end, number.value,
                         _FATE_OF_NOUN[noun.lower()] if noun else _metric_of_verb(lex, verb),
                         index)
        if counted.group("party") is not None:
            item.party_text = counted.group("party")
            item.party_span = (counted.start("party"), counted.end("party"))
        return item
    kept = _activity_number_before().search(text, max(s_start, lead - 120), lead) or (
        _activity_revised_to_before().search(text, max(s_start, lead - 120), lead))
    if kept is not None and not _CHANGE_AFTER.match(text, number.end):
        # "The number of operations remained at 38": a count of operations, kept at the figure
        return TallyItem(kept.start(), number.end, number.value,
                         lex.activity_nouns[" ".join(kept.group("noun").lower().split())], index)
    # "the death toll among regime forces ... has risen to 317 since January"; "bringing
    # total Russian personnel losses since February 24, 2022 to approximately": the dead (and
    # for losses, the wounded) of that side, counted to the figure
    for cue, metric in ((_TOLL_BEFORE, "killed"), (_TOLL_BROUGHT_BEFORE, "killed"),
                        (_LOSSES_BEFORE, "casualties")):
        found = cue.search(text, max(s_start, lead - 160), lead)
        if found is not None:
            item = TallyItem(found.start(), number.end, number.value, metric, index)
            if found.group("party"):
                item.party_text = found.group("party")
                item.party_span = (found.start("party"), found.end("party"))
            return item
    return None


#: "were martyred (4) from our heroes", as translated releases write: the teller's own
_OWN_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?P<party>(?:its|their|our)\s+[\w-]+)",
                        re.IGNORECASE)
#: "the killing of (73) from the terrorist elements", as translated releases write "73 of":
#: the people counted, named after "from" in the plural ("5 from the organization" are of
#: the group, named elsewhere)
_FROM_THE_PEOPLE = re.compile(
    r"\s+from\s+(?:the\s+)?(?P<party>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)"
    r"(?=\s*(?:[,;.]|and\b|$))")
#: A count of people lost brought to a figure ("bringing total Russian personnel losses since
#: the invasion to approximately", "their combat losses now stand at"), the figure right after.
_LOSSES_BEFORE = re.compile(
    r"\b(?:total\s+)?(?P<party>(?:[A-Z][\w'-]*\s+){1,3})?(?:personnel|combat|human|troop)\s+"
    r"losses(?:\s+(?:in|from|since|across|during|over)\b[^.;:]{0,80}?)?"
    r"\s+(?:(?:has|had|have|now)\s+)*(?:to|at|reached|(?:stand|stood|stands)\s+at|"
    r"(?:risen|rose|climbed|increased)\s+to)\s+"
    r"(?:(?:about|around|approximately|some|nearly|almost|more\s+than|over)\s+)?\(?$")

_TIMES_AFTER = re.compile(r"\s+times\b")
_JOINED_PEOPLE = re.compile(
    r"\s+and\s+(?P<more>[a-z-]+(?:\s+[a-z-]+)?)"
    r"(?=\s+(?:had|have|has|were|was|are|is|embraced|died|lost\s+their|laid\s+down)\b)")
#: A verb of attack counted by "times": the count is of attacks.
_ATTACKED_BEFORE = re.compile(
    r"\b(?:attacked|targeted|struck|hit|shelled|bombed|rocketed)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some|around)\s+)?$")


def _number_of(fate_first: bool) -> str:
    """A regex of "the number of" a count's people and their fate ("the number of ISIS
    operatives killed"), or with ``fate_first`` the fate before the people ("the number of
    arrested suspects"), in groups ``party`` and ``verb``."""
    verbs = _alternation(list(lexicon().casualty_verbs))
    people = r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?"
    counted = rf"(?P<verb>{verbs})\s+(?P<party>{people})" if fate_first else (
        rf"(?P<party>{people})\s+(?P<verb>{verbs})\b")
    # ("revised its figure for al-Shabaab fighters killed ... to 23": the count by its figure)
    # ("the total of terrorists neutralised ... is now 46": the total by its own word)
    return (rf"(?:\b(?:(?:the\s+)?(?:total\s+)?(?:number|tally|count)\s+of|the\s+total\s+of|"
            rf"(?:the|its|their)\s+(?:[\w-]+\s+)?(?:figure|count|tally|toll)\s+for)\s+{counted}"
            # ("The total number killed in Iraq and Syria was revised from 24 to 26": the
            # people left out, those the release counts)
            + ("" if fate_first else
               # ("The number detained in Syria was 19, not 16": "the" is enough)
               # ("bringing the total killed this month to 50": "the total" is enough too)
               rf"|\b(?:(?:the\s+(?:total\s+)?|total\s+)number|the\s+(?:overall\s+)?total)"
               rf"\s+(?P<verb_alone>{verbs})\b"
               # ("The number of detainees, 48, was unchanged": the fate by its noun)
               # (not "the number of detainees handed over ... to 612": those held who were
               # then released, transferred, freed, a count of another thing)
               r"|\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<fate_noun>(?:detainees|"
               r"arrestees|captives)\b(?!\s+[a-z]+ed\b)|arrests|detentions|captures|deaths|"
               r"killings|fatalities|casualties)\b") + ")")


#: An earlier telling a figure "put at" is of: "when the command put the number ... at 29".
_WHEN_PUT_BEFORE = re.compile(r"\bwhen\s+(?:[\w'\u2019-]+\s+){0,5}$", re.IGNORECASE)


@cache
def _number_to_before(fate_first: bool) -> re.Pattern[str]:
    """A count brought to a figure: "corrected the number of ISIS operatives killed in ...
    to", "the number of ISIS members detained ... remained at", the figure right after it.
    With ``fate_first``, the fate told before the people: "the number of arrested suspects
    reached", "number of neutralized terrorist ... reached to" (as translated)."""
    return re.compile(
        # ("put the number of suspects arrested during the month at 80": the figure the teller
        # puts it at)
        r"(?:\b(?P<put>put|puts|putting)\s+)?" + _number_of(fate_first) +
        # (not across the next count: "... from 18 to 21, and the number of ... detained")
        r"(?:(?:(?!\bnumber\s+of\b)[^.;:]){0,100}?\s+"
        # ("The number of ISIS operatives killed in Syria in July was 13, not 11"; "is now
        # 19, not 16": a later release's figure for the period)
        r"(?:to|(?:remained|remains|stood|stands)\s+at|reached|(?:was|is)(?:\s+now)?|"
        r"(?(put)at|(?!)))|\s+at)"
        # ("put the number of suspects arrested during the month at around 80": a rounded
        # figure)
        r"(?:\s+(?:about|around|some|nearly|almost|approximately|roughly))?\s+\(?$",
        re.IGNORECASE)


@cache
def _verb_first_before() -> re.Pattern[str]:
    """A count whose verb and people come before its figure, as machine translations of
    releases write them: "were neutralized terrorists 43", "were killed of the terrorists of
    ISIS 26", "were delivered strikes 34" (the figure right after, in group ``party`` the
    people, in ``noun`` the thing counted)."""
    lex = lexicon()
    verbs = _alternation(list(lex.casualty_verbs))
    nouns = _alternation([n for n, m in lex.activity_nouns.items() if m in _ACTIVITY_METRICS])
    not_a_place = r"(?!(?:in|on|at|during|near|by|after|since|as|when|while|over|for|with|to)\b)"
    return re.compile(
        rf"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?P<verb>{verbs})\s+"
        rf"(?:(?:of|from)\s+(?:the\s+)?)?{not_a_place}(?P<party>(?:[A-Za-z][\w'-]*\s+){{0,3}}?"
        rf"[A-Za-z][\w'-]*s(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*)?)|(?:delivered|carried\s+out|"
        rf"conducted|executed|launched|implemented|performed)\s+(?P<noun>{nouns}))\s+\(?$",
        re.IGNORECASE)


#: What ends a figure told after its verb and people: "terrorists 43, of which ...".
_VERB_FIRST_AFTER = re.compile(r"\)?\s*(?:[,;.]|(?:and|in|during|on|against)\b|$)")


#: What a revision says of a count it keeps: ", 33, is unchanged", ", 33, remains the same".
_UNCHANGED_AFTER = re.compile(
    r"\)?\s*,\s+(?:is|was|remains|remained|stays|stayed)\s+(?:unchanged|the\s+same|unaltered|"
    r"as\s+(?:previously|first|earlier)\s+(?:reported|announced))\b", re.IGNORECASE)


@cache
def _number_apposed_before() -> re.Pattern[str]:
    """A count whose figure follows between commas: "The number of ISIS fighters detained
    in Iraq during the month,", the figure right after it."""
    return re.compile(
        _number_of(False) + r"(?:(?!\bnumber\s+of\b)[^.;:,]){0,100}?\s*,\s+\(?$",
        re.IGNORECASE)


@cache
def _activity_number_before() -> re.Pattern[str]:
    """A count of operations brought to or kept at a figure: "The number of operations
    remained at", the figure right after it."""
    nouns = _alternation(list(lexicon().activity_nouns))
    return re.compile(
        rf"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?:[A-Za-z][\w'-]*\s+){{0,2}}?"
        # ("the number of operations conducted during the month remained at")
        rf"(?P<noun>{nouns})(?:\s+(?:conducted|carried\s+out|executed|launched|mounted))?"
        # ("the number of operations in Syria was 17, not 15 as previously reported")
        rf"(?:\s+(?:in|during|over|throughout)\s+[^.;:,]{{1,40}}?)?"
        # ("... in March is now 27, not 25": a later release's figure for the period)
        rf"\s+(?:(?:has|had|have)\s+)?(?:(?:remained|remains|stood|stands)\s+at|"
        rf"(?:was|is)(?:\s+now)?|"
        rf"(?:rose|risen|increased|grew|fell|dropped|was\s+revised|were\s+revised)\s+to|"
        rf"reached)\s+\(?$",
        re.IGNORECASE)


@cache
def _activity_revised_to_before() -> re.Pattern[str]:
    """A count of operations a revision brings to a figure: "updated its count of
    airstrikes in Somalia in March to", the figure right after it."""
    nouns = _alternation(list(lexicon().activity_nouns))
    return re.compile(
        rf"\b(?:updated|revised|raised|lowered|corrected|amended|brought)\s+(?:its|their|the)\s+"
        rf"(?:total\s+)?(?:number|count|tally|figure)\s+(?:of|for)\s+"
        rf"(?:[A-Za-z][\w'-]*\s+){{0,2}}?(?P<noun>{nouns})"
        rf"(?:\s+(?:in|during|over|throughout|for)\s+[^.;:,]{{1,40}}?)?\s+to\s+\(?$",
        re.IGNORECASE)


#: A figure that tells a change, not a count: "The number of arrests was 12 per cent higher".
_CHANGE_AFTER = re.compile(r"\s*%|\s+(?:per\s*cent|percent|times|more|fewer|higher|lower|"
                           r"less)\b", re.IGNORECASE)


#: A death toll brought up to a figure ("the death toll among regime forces in the desert has
#: risen to"), the figure right after it.
_TOLL_BEFORE = re.compile(
    r"\b(?:death|fatality)\s+toll(?:\s+among\s+(?P<party>[^,.;:]{1,60}?))?"
    r"(?:\s+(?:in|from|since|across|on|during)\b[^.;:]{0,80}?)?"
    r"\s+(?:(?:has|had|have|now)\s+)*(?:risen|rose|climbed|reached|increased|jumped|stands|"
    r"stood|hit)(?:\s+(?:to|at))?\s*\(?$",
    re.IGNORECASE,
)
#: A toll brought up to a figure by what was told before it: "bringing the death toll this
#: month to", "raising the toll in the state to", the figure right after it.
_TOLL_BROUGHT_BEFORE = re.compile(
    rf"\b(?:{BRINGING_PART})\s+(?:the|its|their)\s+"
    # ("pushing the army's toll this month to")
    r"(?:[\w-]+['\u2019]s\s+)?(?:overall\s+|total\s+)?(?:(?:death|fatality)\s+)?toll"
    r"(?:\s+among\s+(?P<party>[^,.;:]{1,60}?))?"
    r"(?:\s+(?:in|from|since|across|on|during|this|for|over)\b[^.;:]{0,80}?)?\s+to\s*\(?$",
    re.IGNORECASE,
)


# --- sentences: which ones are tallies -------------------------------------------------------

_AREA_INTRO = re.compile(
    r"^\W*(?:(?:while|whereas|meanwhile|and|but)\W+)?(?:in|across|throughout|within|for)\s+",
    re.IGNORECASE,
)
#: A line of a list: "- 6 ISIS operatives killed", "2) 17 detained", "1- Killing 4 ...".
_LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u25aa\u25cf]\s+|\d{1,2}[.)]\s+|"
                        r"\d{1,2}\s*-\s*(?=[A-Za-z]))\S")
#: A heading line a list hangs from: "Iraq:", "In Syria:".
_HEADING = re.compile(r"\s*(?:In\s+)?[^\W\d][^:\n]{1,40}:\s*$")


def _intro_countries(doc: Doc, first: int, tallied: list[int]) -> list[PlaceMention]:
    """The countries named in the lines of no figures before the first placed tally
    sentence, when there are two or more of them (a report "on operations in Iraq and
    Syria")."""
    places = [p for k in range(first) if k not in tallied
              for p in _places_in(doc, *doc.sentences[k], [])
              if p.place is not None and p.place.feature == "country"]
    return places if len({p.place.country for p in places if p.place}) > 1 else []


def _intro_country(doc: Doc, first: int, tallied: list[int]) -> str | None:
    """The one country of the places named in the lines of no figures before the first
    tally sentence, or None where they name none or several."""
    countries = {p.place.country for k in range(first) if k not in tallied
                 for p in _places_in(doc, *doc.sentences[k], []) if p.place is not None}
    return countries.pop() if len(countries) == 1 else None


def _heading_places(doc: Doc, index: int) -> list[PlaceMention]:
    """The places of the heading a list item hangs from ("Iraq:" above "- 6 killed")."""
    for k in range(index - 1, -1, -1):
        start, end = doc.sentences[k]
        line = doc.text[start:end]
        if _HEADING.match(line):
            return _places_in(doc, start, end, [])
        if not _LIST_ITEM.match(line):
            break
    return []


@dataclass(frozen=True, slots=True)
class _SentenceReading:
    index: int
    items: tuple[TallyItem, ...]
    strong: bool
    weak: bool
    day_only: bool
    total_cue: bool


def _one_day(doc: Doc, d: DateMention) -> bool:
    """A date of one day: 'on Monday', or a night that straddles midnight ('Friday night');
    a day of the week in a report of no known date is one day too, whichever it was."""
    if d.date_start is None or d.date_end is None:
        return d.date_start is None and d.date_end is None and d.time_precision == 1
    if d.date_start == d.date_end:
        return True
    return ((d.date_end - d.date_start).days == 1 and d.time_precision == 1
            and "night" in doc.text[d.start:d.end].lower())


def _day_only(doc: Doc, start: int, end: int) -> bool:
    """A sentence dated to a single day only, like an incident report ('on Monday')."""
    spans = [d for d in starting_in(doc.dates, start, end)
             if (d.date_start is not None or d.time_precision == 1)
             and not _told_on(doc, start, d)]
    if not spans:
        return False
    return all(_one_day(doc, d) for d in spans)


def _after_a_days_incident(doc: Doc, index: int) -> bool:
    """Whether the sentence before ``index`` tells an incident of one day ("On Sunday,
    troops repelled an attack on their base in Damboa, killing nine"), with no period cue:
    "the fighting" a sentence then names is that incident's."""
    if index == 0:
        return False
    start, end = doc.sentences[index - 1]
    return _day_only(doc, start, end) and _period_cue(doc.text, start, end) is None


# "between Monday and Wednesday": the days of one operation, as an incident report tells
# them, not a period a count is kept over
_WEEKDAY_SPAN = re.compile(
    r"(?i:(?:between|from)\s+)?(?i:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:-|\u2013|and|to|"
    r"until|till|through)\s*(?i:mon|tues|wednes|thurs|fri|satur|sun)day")


# "Around 12 March 2021 (between 9 March - 12 March)": the days a day told roughly may have
# been, in brackets after it; one incident's uncertain date, not a period a count is kept over
_BRACKET_AFTER_DAY = re.compile(r"[ \t]*\([ \t]*$")


# "Clashes from 10-12 March killed 4 soldiers in ...", "fighting between 3 and 5 May":
# the days one fight lasted, as an incident report tells them, not a period a count is kept
# over
_FIGHT_OF_DAYS = re.compile(
    r"\b(?:clashes|fighting|battles?|confrontations|firefights?|skirmishes|exchanges?\s+of\s+"
    r"fire)\b", re.IGNORECASE)


def _days_of_one_fight(doc: Doc, period: tuple[tuple[date, date], tuple[int, int]],
                       start: int, end: int) -> bool:
    """The few days (four at most) a fight lasted, told with the fight in the sentence."""
    (first, last), _ = period
    return (last - first).days <= 3 and _FIGHT_OF_DAYS.search(doc.text, start, end) is not None


def _bounds_a_day(doc: Doc, start: int, end: int) -> bool:
    """The period at ``start:end`` only bounds a day told just before it, in brackets."""
    opened = _BRACKET_AFTER_DAY.search(doc.text, max(0, start - 3), start)
    if opened is None or not doc.text.startswith(")", end):
        return False
    return any(d.end == opened.start() and _one_day(doc, d) for d in doc.dates)


# "In a statement on Saturday, the ministry said ...", "said on Monday": the day of the
# telling, not of an incident
# "the figure given on Tuesday", "the count it issued on Monday": the day a figure was told
_TOLD_ON = re.compile(
    r"\b(?:said|says|announced|stated|statement|reported|disclosed|added|confirmed|given|"
    r"gave|issued)"
    r"(?:\s+(?!that\b)\w+){0,2}?\s+on\s+$"
    # "an army spokesman said Sunday": the day, with no "on", right after the verb
    r"|\b(?:said|says|announced|stated|reported|added|confirmed)\s+$"
    # "Briefing journalists in Abuja on Thursday, the general said ...": the day of a
    # briefing, where the figures were told
    # "according to figures it published last month": when the figures were made public
    r"|\b(?:published|made\s+public)\s+(?:(?:in|during)\s+)?$"
    r"|\b(?:briefing|briefed|addressing|addressed|told)\s+(?:journalists|reporters|newsmen|"
    r"the\s+press)(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+on\s+$", re.IGNORECASE)


# "reported on March 3": a date the dates stage read with the telling verb in its span
_TOLD_IN_THE_DATE = re.compile(
    r"(?:said|announced|stated|reported|disclosed|added|confirmed|given|gave|issued)\s",
    re.IGNORECASE)


def _told_on(doc: Doc, s_start: int, d: DateMention) -> bool:
    """Whether a date of the sentence opening at ``s_start`` is the day something was told."""
    return _TOLD_IN_THE_DATE.match(d.text) is not None or _TOLD_ON.search(
        doc.text, max(s_start, d.start - 40), d.start) is not None or dates_a_release(
        doc.text, max(s_start, d.start - 12), d.start, d.end)


def dates_a_release(text: str, begin: int, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` is the day of a release it names: "first
    announced in a Feb. 12 release", "its March 3 statement" (``begin`` bounds the look
    back)."""
    return _RELEASE_OF_THE_DAY.match(text, end) is not None and _A_RELEASE_BEFORE.search(
        text, max(begin, start - 12), start) is not None


# "first announced in a Feb. 12 release", "its March 3 statement": the day of a release
_RELEASE_OF_THE_DAY = re.compile(
    r"[ \t]+(?:press[ \t]+)?(?:release|statement|update|bulletin|announcement|report)s?\b",
    re.IGNORECASE)
_A_RELEASE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)[ \t]+$", re.IGNORECASE)


_SENTENCE_CLOSE = frozenset('.!?"\u201d')


def _incident_report(doc: Doc) -> bool:
    """A report whose lead tells of one day ('05/30/2011: On Monday, ...'): its totals ('a total
    of 21 civilians were killed in the three bombings') count the incident, not a period."""
    first = next((d for d in doc.dates if d.date_start is not None), None)
    if first is None or not _one_day(doc, first):
        return False
    # The lead: a headline and the first sentence, past a dateline line ("Baghdad / INA").
    lead_end = next((end for start, end in doc.sentences[1:]
                     if doc.text[start:end].rstrip()[-1:] in _SENTENCE_CLOSE),
                    doc.sentences[0][1] if doc.sentences else 0)
    if _STRETCH_OF_OPERATIONS.search(doc.text, 0, max(80, lead_end)):
        return False  # "killed 27 fighters in a week of operations, ... said on Saturday"
    # "announced on Tuesday the results of the operations during the month of October":
    # the day of the telling, before the period told of
    return first.start < max(80, lead_end) and not any(
        d.start < max(80, lead_end) and d.date_start is not None and not _one_day(doc, d)
        for d in doc.dates)


# "in a week of operations", "during a two-week offensive", "over ten days of raids": a
# stretch of operations whose counts the report tells, not one incident
_STRETCH_OF_OPERATIONS = re.compile(
    r"\b(?:in|during|over|after|throughout)\s+(?:a|one|the|two|three|four|ten|\d+)[\s-]+"
    r"(?:(?:day|week|fortnight|month)s?|weeks?-long|months?-long)\s+(?:of\s+)?"
    r"(?:(?:military|security|clearance|joint|ground|air)\s+)?"
    r"(?:operations|offensives?|raids|fighting|strikes|clearance|sweeps)\b", re.IGNORECASE)


# One incident as the subject or the setting of a toll: "a bombing at a wedding ... killed 63",
# "a roadside bomb killed two soldiers ... last week" (one device, one act, dated to a period),
# "were killed in an attack on ...", "militants attacked a checkpoint ..., killing one".
_ONE_INCIDENT = re.compile(
    r"\b(?:a|an|the|one|that|this)\s+(?:[\w-]+\s+){0,2}?(?:bombing|attack|blast|explosion|"
    r"airstrike|air\s+strike|drone\s+strike|ambush|raid|assault|shooting|massacre|"
    r"suicide\s+bombing|bomb|car\s+bomb|suicide\s+bomber|(?:improvised\s+)?explosive\s+device|"
    r"IED|grenade|"
    r"landmine|land\s+mine|mine|mortar\s+(?:round|shell)|rocket|missile)\b"
    r"(?!\s+(?:on|against)\s+(?:\w+\s+){0,3}?(?:bases|positions|targets))"
    r"|\b(?:attacked|ambushed|stormed|overran|raided|bombed|shelled)\s+(?:a|an|one)\s"
    r"(?!(?:total|number|series|string|wave)\b)"
    # "were killed ... in an ANA operation in Maiwand district": one operation, not one of
    # many days ("a three-day operation" is a stretch of days)
    r"|\bin\s+(?:a|an)\s+(?:(?![\w-]+-(?:day|week|month)\b)[\w-]+\s+){0,2}?operation\b(?!s)"
    # "assaults on the camp and a nearby post killed 38 soldiers": each act on a site of
    # its own, two incidents told together, not a count over the month
    r"|\b(?:attacks|assaults|raids|ambushes|bombings)\s+on\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"and\s+(?:on\s+)?(?:the|a|an)\s",
    re.IGNORECASE,
)


# One count of one spot or one band of attackers: "Gunmen killed two soldiers near Beni
# last week" is an incident dated to a week, not a count over it; nor is a count "at a
# cattle market", "at a wedding": one gathering or building, struck once.
_ONE_SPOT = re.compile(
    r"\bnear\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z]"
    r"|\bat\s+an?\s+(?:[\w-]+\s+){0,2}?(?:market|school|church|mosque|wedding|funeral|"
    r"hospital|hotel|restaurant|bar|nightclub|stadium|rally|bus\s+station|bus\s+stop|"
    r"checkpoint|police\s+station|army\s+post)\b"
    r"|\bin\s+the\s+(?:village|town|hamlet|locality)\s+of\s+[A-Z]"
    r"|\b(?:[Gg]unm[ae]n|[Aa]ttackers|[Aa]ssailants|[Bb]andits|[Kk]idnappers|"
    r"[Aa]\s+suicide\s+bomber)\b")


# "recovered 63 assorted weapons ... during the period", "seventeen gunmen who attacked a
# post ... were killed during the week": more of what a tally counts, over the tally's own
# period (in lower case)
THE_PERIOD = re.compile(
    r"\b(?:during|in|within|over|throughout)\s+the\s+(?:same\s+)?(?:period|week|fortnight|"
    r"month)(?:\s+under\s+review)?\b(?!\s+(?:of|before|after|when|that)\b)")


# "during the fighting", "in these operations", "during the intense exchange of fire": the
# operations a count was told of
_OF_THE_OPERATIONS = re.compile(
    r"\b(?:during|in|throughout|(?:over|in)\s+the\s+course\s+of)\s+(?:the|these|those)\s+"
    r"(?:same\s+|intense\s+|heavy\s+|ensuing\s+)?(?:operations|fighting|clashes|raids|"
    r"offensive|missions|battles|engagements|exchanges?\s+of\s+fire)\b",
    re.IGNORECASE)


#: A figure a count replaces, told beside it: "up from 26", ", not 14 as first reported"
#: (the words before the figure are ``_REPLACED_BEFORE``'s and ``_NOT_AS_TOLD``'s; here the
#: figure may close the sentence: ", not 14 as first reported.").
_FIGURE_REPLACED = re.compile(
    _UP_OR_DOWN_FROM + r"\s+\d|" + _COMMA_NOT + r"\d[\d,]*\s+as\b", re.IGNORECASE)


#: A sentence opened on the operations the sentence before told of: "During these
#: operations, ...", "As a result of these raids, ...".
_THESE_OPERATIONS_OPEN = re.compile(
    r"\W*(?:During|In|Throughout|(?:As\s+a\s+result|In\s+the\s+course)\s+of)\s+(?:these|those)\s+"
    r"(?:operations|raids|strikes|missions|offensives)\b")


#: "during the four-day operation", "over the three days of the offensive": the days of an
#: operation whose stretch the sentence before tells, all of them.
_OF_THE_DAYS_OF_THE_OPERATION = re.compile(
    r"\b(?:during|over|throughout)\s+the\s+(?:(?:[a-z]+|\d+)-day\s+(?:joint\s+)?"
    r"(?:operation|offensive|campaign)|(?:[a-z]+|\d+)\s+days\s+of\s+the\s+(?:joint\s+)?"
    r"(?:operation|offensive|campaign))\b")


def _tells_a_stretch(doc: Doc, index: int) -> bool:
    """Say whether sentence ``index`` tells a stretch of days ("during the period of 15 to 21
    September"), not one day."""
    period = _sentence_period(doc, *doc.sentences[index])
    return period is not None and period[0][0] != period[0][1] and not _bounds_a_day(
        doc, *period[1])


# "more than 31,000 people had been wounded": a toll that has built up, told with no day.
_PERFECT_TOLL = re.compile(
    r"\b(?:have|has|had)\s+been\s+(?:killed|wounded|injured|detained|arrested)\b",
    re.IGNORECASE)


def _sums_after_parts(items: list[TallyItem], cue: int) -> None:
    """"12 terrorists in northern Iraq and 7 in northern Syria were neutralised, bringing
    the number neutralised this week to 19": a figure after a total's cue that is the sum of
    two or more counts of its fate told before the cue sums them, over all their places."""
    for k, item in enumerate(items):
        if item.start < cue or item.sums_told:
            continue
        parts = [p for p in items[:k] if p.end <= cue and p.metric == item.metric
                 and not p.subset]
        if len(parts) > 1 and sum(p.value for p in parts) == item.value:
            item.total = item.sums_told = True


_PARTITIVE_ITEM = re.compile(r"\(?[\w,-]+\)?\s+of\s+(?:the|these|those)\s+[a-z]")


def _listed_under_a_period(doc: Doc, index: int) -> bool:
    """"the outcome of the operations of the security forces during the past week, as
    follows:" above "1- Killing 4 terrorists in Wadi Houran": a line of a list that a line
    naming a period opens with a colon is a count over that period."""
    text = doc.text
    k = index
    while k >= 0 and (_LIST_ITEM.match(text, *doc.sentences[k])
                      or _LABELLED_LINE.fullmatch(text, *doc.sentences[k])
                      or "/" in text[slice(*doc.sentences[k])]
                      and _LABELLED_CELLS.fullmatch(text, *doc.sentences[k])):
        k -= 1
    if k == index or k < 0:
        return False
    start, end = doc.sentences[k]
    if not text[start:end].rstrip().endswith(":"):
        return False
    period = _sentence_period(doc, start, end)
    return period is not None and period[0][0] != period[0][1]


#: A line that sums up the rows above it: "Total - 33 operations; 3 killed", "Totals for the
#: quarter: 147 operations, ...".
_TOTAL_ROW = re.compile(r"[ \t]*(?:[Gg]rand\s+)?[Tt]otals?\b(?:[ \t]+(?:for|in|of|during)[ \t]"
                        r"[^:\n\d]{1,30})?[ \t]*[-\u2013\u2014:][ \t]*\(?\d")


#: "one of the deadliest attacks", "one of the worst massacres": a comparison, no count
_ONE_OF_THE_MOST = re.compile(
    r"one\s+of\s+the\s+(?:[a-z]+est|worst|most\s+[a-z]+)\s", re.IGNORECASE)


def _of_the_captives(item: TallyItem) -> bool:
    """Whether a counted figure is of people held by their takers ("one hostage")."""
    words = (item.party_text or "").lower().split()
    return bool(words) and words[-1] in captive_heads()


def _read_sentence(doc: Doc, index: int, lowered: str | None = None) -> _SentenceReading:
    lex = lexicon()
    start, end = doc.sentences[index]
    items = parse_items(doc, index, lowered)
    if items and any(i.value == 1 for i in items):
        items = [i for i in items if not (i.value == 1 and _ONE_OF_THE_MOST.match(
            doc.text, i.start))]
    if not items:  # neither strong nor weak: the rest of the reading is never looked at
        return _SentenceReading(index, (), False, False, False, False)
    if all(i.metric in CASUALTY_METRICS and _of_the_captives(i) for i in items) and any(
            c.kind == "abducted" and c.end <= start and (c.count or 0) >= max(
                i.value for i in items) for c in doc.casualties):
        # "Assailants abducted two aid workers ... One hostage was killed and the other was
        # released in November 2017": the fate of the captives of the abduction told
        # before (no more than were taken), whenever told, not a count over the month
        return _SentenceReading(index, (), False, False, False, False)
    sentence = doc.text[start:end]
    # in ASCII text the lower-cased patterns find what the case-blind ones do, several times
    # faster (no case folding per character)
    low_sentence = lowered[start:end] if lowered is not None else None
    cue = lex.total_re.search(sentence) if low_sentence is None \
        else lex.lower_total_re.search(low_sentence)
    # ("Total terrorists killed: 26": the total row of a table of labelled figures)
    total_cue = cue is not None or bool(_TOTAL_ROW.match(sentence)) or (
        len(items) == 1 and items[0].cell and items[0].total)
    # ("Gunmen killed 10 people in ... on Monday, raising the toll to 50": the figure
    # brought to, past the incident's own, is a running total)
    brought = "ing" in sentence and "to" in sentence and _brought_past_the_incident(
        doc, start, items)
    total_cue = total_cue or brought
    if cue is not None:
        _sums_after_parts(items, start + cue.start())
    period = _sentence_period(doc, start, end)
    # "Friday night" spans two days but tells one; "since Oct. 17" runs on to the telling
    multi_day = period is not None and period[0][0] != period[0][1] and not any(
        d.start == period[1][0] and _one_day(doc, d) and d.date_end == period[0][1]
        and d.date_start == period[0][0]
        for d in doc.dates) and not _WEEKDAY_SPAN.fullmatch(doc.text, *period[1]) and not (
        _bounds_a_day(doc, *period[1])) and not _days_of_one_fight(doc, period, start, end)
    day_only = _day_only(doc, start, end) and not multi_day
    activity = any(
        i.metric in _ACTIVITY_METRICS and (i.value != 1) for i in items
    )
    period_cue = _period_cue(sentence, 0, len(sentence), low_sentence) is not None
    if total_cue and not (period_cue or multi_day or activity) and all(
            i.metric in CASUALTY_METRICS for i in items) and _incident_report(doc) and not brought:
        total_cue = False  # the toll of the incident the report opens with
    if activity and period is None and not (total_cue or period_cue) and not any(
            i.metric == "engagements" for i in items) and _incident_report(doc):
        # "The Africa Command said it conducted two airstrikes in support of the operation":
        # in a report that opens with one day, a count with no period of its own is that day's.
        activity = False
    # (an incident told well after the figures is what changed them: "raised to 25 the
    # number ... killed ... in February, after confirming three more deaths from a raid")
    # ("seventeen gunmen who attacked a police post ... were killed during the week": the
    # period told before, so a count of it, whatever incident it names)
    of_the_period = period_cue and THE_PERIOD.search(
        low_sentence if low_sentence is not None else sentence.lower()) is not None
    if not total_cue and not activity and not of_the_period and (_ONE_INCIDENT.search(
            sentence, 0, items[0].end - start + 60) or (
            len(items) == 1 and _ONE_SPOT.search(sentence, 0, items[0].end - start + 40))) and (
            not _brought_to_later(sentence, start, items)):
        # "Last month, a bombing at a wedding in Kabul killed 63 people": the toll of one
        # incident dated to a month, an event told for context, not a count over the month.
        return _SentenceReading(index, (), False, False, False, False)
    strong = bool(items) and (
        total_cue
        or period_cue
        or multi_day
        # ("... conducted during the period of 15 to 21 September several operations ...
        # During these operations, were neutralized terrorists 43": the operations of the
        # stretch the sentence before tells)
        or (not day_only and period is None and index > 0 and (
            _THESE_OPERATIONS_OPEN.match(sentence) is not None
            or _OF_THE_DAYS_OF_THE_OPERATION.search(sentence) is not None
            # ("In April, the joint forces carried out operations in Borno State. Of the
            # 40 terrorists killed, 25 ...": the whole of the stretch told just before)
            or any(i.fronted_whole for i in items))
            and _tells_a_stretch(doc, index - 1))
        or (activity and not day_only)
        # ("• On 4 March, in Banibangou, troops ... neutralised 5 terrorists": a line of the
        # list with a day of its own tells of that day's operation)
        or (not day_only and _listed_under_a_period(doc, index))
    )
    weak = bool(items) and not day_only and (
        bool(_AREA_INTRO.match(sentence))
        # "21 of the fighters were killed in Helmand": some of a count told before
        or any(i.metric in CASUALTY_METRICS and _PARTITIVE_ITEM.match(doc.text, i.start)
               for i in items)
        or bool(_PERFECT_TOLL.search(sentence))
        # "Two soldiers lost their lives during the fighting": losses of the operations
        # counted before (not after "On Sunday, troops repelled an attack on their base":
        # the fighting of that day's incident)
        or bool(_OF_THE_OPERATIONS.search(sentence)) and not _after_a_days_incident(doc, index)
        or bool(lex.continuation_re.search(sentence))
        or len(items) >= 2
        # "Of the 19 killed, 12 were in Syria": some of a count told before
        or any(i.of_value is not None for i in items)
        # "Of the detained, 6 were leaders": some of the last count of that fate
        or any(i.of_fate for i in items)
        # "More than half of the detainees, 39, were seized in Syria": the same
        or any(_APPOSED_SHARE.match(doc.text, i.start) for i in items)
        # "Iraqi counter-terrorism units accounted for 30 arrests": some of a count before
        or any(_ACCOUNTED_BEFORE.search(doc.text, max(start, i.start - 40), i.start)
               for i in items)
        or bool(_LIST_ITEM.match(sentence))
        # "The correct figure for Diyala is 16": a part of a breakdown told before, set right;
        # "The correct figure is 11": the count told before it, set right
        or any(i.correction for i in items)
        # "The number of detainees, 48, was unchanged": a count a revision keeps
        or any(_UNCHANGED_AFTER.match(doc.text, i.end) for i in items)
        # "arrested 31 suspects, up from 26 given on Friday", "23, not 14 as initially
        # reported, were killed": a count beside the figure it replaces
        or bool(_FIGURE_REPLACED.search(sentence))
    )
    return _SentenceReading(index, tuple(items), strong, weak, day_only, total_cue)


#: How far (in sentences) a breakdown may sit from the aggregate it belongs to.
CONTEXT_WINDOW = 8


_GATE_WORD = re.compile(r"[a-z0-9]+")


def _could_hold_tallies(doc: Doc, lowered: str | None = None) -> bool:
    """A cheap test that rules out most incident reports before any sentence is read.

    ``lowered``, when given, is ``doc.text.lower()`` of an ASCII text: a cue found there is
    one the case-blind tests find, and its longest word is then one of ``gate_words``.
    """
    if any(d.date_start is not None and d.date_end is not None and d.date_start != d.date_end
           for d in doc.dates):
        return True
    text = doc.text
    if any(opens_a_period(text, d.start) for d in doc.dates):
        return True
    # (the case-blind pattern's "week" as reports write it: "week", "Week", "WEEK")
    if ("eek" in text or "EEK" in text) and any(
            _WEEK_ENDING.search(text, max(0, d.start - 40), d.start) for d in doc.dates):
        return True  # "killed 23 insurgents in the week to June 14": a week's count
    if _fiscal_year(text, 0, len(text)) is not None or _part_code_match(text, 0, len(text)):
        return True
    lex = lexicon()
    if lowered is not None:
        if lex.lower_cue_re.match(lowered) or lex.lower_cue_after_re.search(lowered):
            return True
    elif not lex.gate_words.isdisjoint(_GATE_WORD.findall(text.lower())) and (
        lex.activity_plural_re.search(text) or lex.total_re.search(text)
        or lex.period_re.search(text)
    ):
        return True
    if ("toll" in text or "Toll" in text or "TOLL" in text) and _BROUGHT_TOLL.search(text):
        return True  # "raising the toll to 50": a running total, maybe past an incident's
    return not doc.dates and bool(_MONTH_RE.search(text))


#: A toll brought to a figure (", raising the death toll to 50"), read only in a text that
#: holds "toll" (every match does).
_BROUGHT_TOLL = re.compile(
    rf"\b(?:{BRINGING_PART})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?toll\s+to\b",
    re.IGNORECASE)


def _readings(doc: Doc) -> list[_SentenceReading]:
    """The tally sentences of a document, in order, with their items."""
    text = doc.text
    lowered = text.lower() if text.isascii() else None
    if not _could_hold_tallies(doc, lowered):
        return []
    readings = [_read_sentence(doc, i, lowered) for i in range(len(doc.sentences))]
    strong = [r.index for r in readings if r.strong]
    if not strong:
        return []
    # Sentences dated to one day tell of an incident; the figures of a weak sentence just
    # after one ("... an airstrike near Jilib on Jan. 20. The strike killed three
    # militants and no civilians were injured") are its toll, not a breakdown.
    # A day on which the figures were told ("disclosed this at a news conference on
    # Thursday") is no incident.
    incidents = [i for i, (start, end) in enumerate(doc.sentences)
                 if not readings[i].strong and _day_only(doc, start, end)
                 and not _TELLING_OCCASION.search(doc.text, start, end)
                 ] if any(r.weak for r in readings) else []
    chosen: list[_SentenceReading] = []
    for r in readings:
        if r.strong:
            chosen.append(r)
            continue
        if (r.items and not r.day_only and chosen and chosen[-1].index == r.index - 1
                and _ALSO.search(doc.text, *doc.sentences[r.index])):
            # "... four in Uruzgan, the ministry said. Two soldiers were also killed.": more
            # of the same count
            chosen.append(r)
            continue
        if (r.items and not r.day_only and chosen and (
                chosen[-1].index == r.index - 1 and (
                    _nil_beside_losses(doc, r) or _losses_of_another_side(chosen[-1], r))
                or chosen[-1].index == r.index - 2 and not readings[r.index - 1].items
                and not _after_a_days_incident(doc, r.index)
                # (not after a line whose toll was read as one incident's: "repelled an
                # attack on a checkpoint ..., killing 4 insurgents. Two soldiers were
                # wounded.": that incident's)
                and not any(True for _ in starting_in(doc.casualties,
                                                      *doc.sentences[r.index - 1])))
                and _bare_losses(doc, r)):
            # "... killed in operations in Lower Shabelle over the past two weeks. The
            # operations took place around Afgoye and Marka. Three soldiers were wounded.":
            # more of the period's count, a line on where the operations were between;
            # "Nobody from the partner forces was killed, though two soldiers were
            # wounded", right after the counts: the period's losses (not after a line that
            # tells one day's incident, "On Sunday, troops repelled an attack ...": its own)
            chosen.append(r)
            continue
        if (r.items and not r.day_only and chosen and chosen[-1].index == r.index - 1 and (
                _bare_losses(doc, r) and r.index + 1 < len(readings)
                and _nil_alone(doc, readings[r.index + 1])
                or _nil_alone(doc, r) and _bare_losses(doc, readings[r.index - 1]))):
            # "Two coalition soldiers were wounded. No coalition personnel were killed.",
            # right after the counts: the period's losses and the nil beside them, told in
            # two sentences
            chosen.append(r)
            continue
        if (r.items and not r.day_only and chosen and chosen[-1].index == r.index - 1
                and _sums_to_a_count(doc, r.index, chosen[-1].items)):
            # "arrested seven wanted persons ... in Kirkuk and Nineveh during last week. ...
            # arrested four suspects in Kirkuk and three in the city of Mosul": the count of
            # the sentence before, broken down
            chosen.append(r)
            continue
        if r.items and not r.day_only and chosen and (
                _of_the_counted(doc, r.index, chosen)):
            # "conducted 9 strikes ... between Aug. 12 and Aug. 18", a line for each strike
            # by day, then "The strikes killed an estimated 11 ISIS fighters": what all the
            # strikes counted did, not the last line's
            chosen.append(r)
            continue
        if not r.weak:
            continue
        # ``strong`` ascends: the first strong sentence at or after ``index - window``
        # is the only one that may lie within the window.
        k = bisect_left(strong, r.index - CONTEXT_WINDOW)
        if k >= len(strong) or strong[k] > r.index + CONTEXT_WINDOW:
            continue
        nearest = min(abs(strong[j] - r.index) for j in (k, k + 1) if j < len(strong))
        before = bisect_left(incidents, r.index)
        if before and r.index - incidents[before - 1] <= nearest:
            continue
        chosen.append(r)
    return _with_enclosed(readings, _with_parts_told_before(readings, chosen))


#: A sentence whose subject is all of a kind of activity counted before: "The strikes
#: killed an estimated 11 ISIS fighters.", "These operations also led to ...".
_THE_COUNTED_DID = re.compile(
    r"[\s\"\u201c]*(?:The|These|Those|All\s+(?:the|of\s+the))\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:also\s+|reportedly\s+)?(?:killed|wounded|injured|left|resulted|led|detained)\b")


def _of_the_counted(doc: Doc, index: int, chosen: Sequence[_SentenceReading]) -> bool:
    """Whether the sentence tells what all the operations (strikes, raids) of a count told
    in a chosen sentence did: "The strikes killed ...", the count being of strikes."""
    start, end = doc.sentences[index]
    m = _THE_COUNTED_DID.match(doc.text, start, end)
    if m is None:
        return False
    metric = lexicon().activity_nouns.get(m.group("noun").lower())
    return metric is not None and metric in _ACTIVITY_METRICS and any(
        i.metric == metric and i.value > 1 and not i.subset for c in chosen if c.strong
        for i in c.items)


def _with_parts_told_before(
    readings: list[_SentenceReading], chosen: list[_SentenceReading]
) -> list[_SentenceReading]:
    """Add the sentence before a total that its figures, with those of the total's own
    sentence, add up to: "troops killed 23 militants in North Waziristan on Tuesday. A
    further 14 were killed in Khyber on Thursday and 24 more in Kech on Friday, bringing to
    61 the number of militants killed since Monday". The last figure of a fate sums them."""
    taken = {r.index for r in chosen}
    added: list[_SentenceReading] = []
    for r in chosen:
        if not r.total_cue or r.index == 0 or r.index - 1 in taken:
            continue
        before = readings[r.index - 1]
        for metric in {i.metric for i in r.items if i.metric in CASUALTY_METRICS}:
            own = [i for i in r.items if i.metric == metric and not i.subset]
            told = [i for i in before.items if i.metric == metric and not i.subset]
            if len(own) < 2 or not told:
                continue
            last, parts = own[-1], own[:-1]
            if sum(i.value for i in parts) != last.value and sum(
                    i.value for i in [*told, *parts]) == last.value:
                last.total = last.sums_told = True
                added.append(before)
                taken.add(before.index)
                break
    if not added:
        return chosen
    return sorted([*chosen, *added], key=lambda r: r.index)


def _bare_losses(doc: Doc, reading: _SentenceReading) -> bool:
    """Whether a sentence only counts some people of some fate ("Three soldiers were
    wounded."), with no day, place or incident of its own."""
    start, end = doc.sentences[reading.index]
    # (not "No US forces were injured": a nil told of the teller's own forces is no count,
    # unless losses are told beside it: "Nobody ... was killed, though two ... wounded")
    return all(i.metric in CASUALTY_METRICS for i in reading.items) and any(
        i.value > 0 for i in reading.items) and not (
        starting_in(doc.dates, start, end) or any(start <= p.start < end for p in doc.places)
        or _ONE_INCIDENT.search(doc.text, start, end) or _ONE_SPOT.search(doc.text, start, end)
        or _INCIDENT_HOW.search(doc.text, start, end))


def _losses_of_another_side(before: _SentenceReading, reading: _SentenceReading) -> bool:
    """Whether a sentence counts people of a fate that no count of the sentence before has
    ("Of those killed, 19 died in Hiraan and 8 in Middle Shabelle. Two soldiers were
    wounded."): the period's losses, not some of the dead told before ("Two of them were
    commanders")."""
    return all(i.party_text is not None and i.metric != b.metric
               for i in reading.items for b in before.items)


def _nil_beside_losses(doc: Doc, reading: _SentenceReading) -> bool:
    """Whether a sentence tells that nobody of one side met a fate beside a count of others
    ("Nobody from the partner forces was killed, though two soldiers were wounded"): the
    period's losses, not some of the dead told before ("Among those killed were two")."""
    start, end = doc.sentences[reading.index]
    return bool(_NIL_OPENS.match(doc.text, start)) or any(
        start <= m.start < end and m.qualifier == "zero" for m in doc.casualties)


def _nil_alone(doc: Doc, reading: _SentenceReading) -> bool:
    """Whether a sentence only tells that nobody of one side met a fate ("No coalition
    personnel were killed."), with no day or place of its own."""
    start, end = doc.sentences[reading.index]
    return bool(reading.items) and all(
        i.metric in CASUALTY_METRICS and i.value == 0 for i in reading.items) and bool(
        _NIL_OPENS.match(doc.text, start)) and not (
        starting_in(doc.dates, start, end) or any(start <= p.start < end for p in doc.places))


#: A sentence that opens on nobody: "Nobody from the partner forces", "No one", "None of".
_NIL_OPENS = re.compile(r"\s*(?:Nobody|No\s+one|None|No)\b")


def _sums_to_a_count(doc: Doc, index: int, before: Sequence[TallyItem]) -> bool:
    """Whether two or more counts of people of one fate in sentence ``index`` add up to a
    figure of that fate told before."""
    start, end = doc.sentences[index]
    sums: dict[str, list[int]] = {}
    for m in doc.casualties:
        if start <= m.start < end and m.count is not None and m.qualifier != "zero":
            sums.setdefault(m.kind, []).append(m.count)
    return any(len(values) > 1 and any(b.metric == kind and b.value == sum(values)
                                       for b in before)
               for kind, values in sums.items())


def _with_enclosed(
    readings: list[_SentenceReading], chosen: list[_SentenceReading]
) -> list[_SentenceReading]:
    """Add the figures of a sentence told between two tally sentences of the same release.

    "During the operations, partner forces seized 14 weapons caches. Two Syrian Democratic
    Forces members were wounded. No U.S. personnel were killed or wounded.": a count with no
    cue of its own, read between two counts of the period, is one more of them; left out it
    would become an incident dated to the day of the release.
    """
    taken = {r.index for r in chosen}
    enclosed = [r for r in readings
                if r.items and not r.day_only and r.index not in taken
                and r.index - 1 in taken and r.index + 1 in taken]
    if not enclosed:
        return chosen
    return sorted([*chosen, *enclosed], key=lambda r: r.index)


_ALSO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)
_TELLING_OCCASION = re.compile(
    r"\b(?:disclosed|announced|revealed|said|stated)\s+this\b|\b(?:news|press)\s+"
    r"(?:conference|briefing)\b|\b(?:briefing|told|briefed)\s+(?:journalists|reporters|"
    r"the\s+press)\b"
    # ("An earlier version of this story ... said 14 insurgents had been killed": what a
    # story said before it was set right, no incident of the day of its telling)
    r"|\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+(?:story|report|article|"
    r"release)\b", re.IGNORECASE)


def tally_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences whose figures are tallies, not single events.

    The events stage skips numbers inside these spans so that "22 ISIS operatives
    killed ... in February" is coded once, as a tally. Needs ``doc.sentences``; uses
    ``doc.dates``, ``doc.quantities`` when present.
    """
    if doc.tally_sentences is not None:
        return list(doc.tally_sentences)
    return [doc.sentences[r.index] for r in _readings(doc)]


def is_tally_sentence(doc: Doc, start: int, end: int) -> bool:
    """Say whether the span [start, end) lies in a tally sentence (see :func:`tally_spans`)."""
    return any(s <= start and end <= e for s, e in tally_spans(doc))


# --- context: period, area, party, reporter ---------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_RE = re.compile(
    r"\b(?:in|during|for|throughout|over|of|since)\s+(?:the\s+month\s+of\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)"  # "its release of March 12": a day, not the month
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
)


#: A month whose counts are told as its own: "March's figures", "than March's, when".
_MONTH_POSSESSIVE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)['\u2019]s\b(?P<year>)")
#: Counts told of a period named just before: "than in March, when 61 operations killed 37".
_WHEN_AFTER = re.compile(r"(?:['\u2019]s)?\s*,?\s+when\b")


#: A row of a list labelled by a month: "- January: 11 airstrikes", "March - 6 raids".
_MONTH_ROW = re.compile(
    r"[ \t]*(?:[-\u2013\u2014\u2022*\u25aa\u25cf][ \t]+)?(?P<month>[A-Z][a-z]+)\.?[ \t]*"
    r"(?::|[-\u2013\u2014][ \t])[ \t]*\(?\d")


def _month_row(doc: Doc, start: int, end: int,
               context: tuple[tuple[date, date], tuple[int, int]] | None
               ) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """The month a row of a list is labelled by, in the period the list is told under."""
    m = _MONTH_ROW.match(doc.text, start, end)
    if m is None or context is None or m.group("month").lower() not in _MONTHS:
        return None
    month = _MONTHS[m.group("month").lower()]
    (first, last), _span = context
    for year in range(first.year, last.year + 1):
        stretch = _month_period(month, year)
        if first <= stretch[0] and stretch[1] <= last and stretch != (first, last):
            return stretch, m.span("month")
    return None


def _month_period(month: int, year: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


_MONTH_NAME = re.compile(
    r"(?:the\s+month\s+of\s+)?(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)")


def _yearless_period(doc: Doc, start: int, end: int
                     ) -> tuple[int | None, tuple[int, int]] | None:
    """A period the sentence counts over that the dates stage could not fix, for want of a
    year or of the day of the telling ("In August alone", "during the past week" in a text
    with neither): its span, and the month's number where it is one month."""
    for d in starting_in(doc.dates, start, end):
        if d.date_start is None and d.time_precision >= 2 and not _compared_with(
                doc.text, start, d.start) and not _told_on(doc, start, d):
            m = _MONTH_NAME.fullmatch(d.text)
            return (_MONTHS[m.group("month").lower()] if m else None), (d.start, d.end)
    return None


def _year_of(period: tuple[tuple[date, date], tuple[int, int]] | None) -> int | None:
    """The one calendar year a period lies in, if it lies in one."""
    if period is None or period[0][0].year != period[0][1].year:
        return None
    return period[0][0].year


def _period_basis(doc: Doc, item: TallyItem) -> str:
    """Where the year of an item's period came from, as an event's ``date_basis`` says it:
    a date the dates stage read (its basis; "relative" is stated, as for events: "during
    the past week" is written out, counted back from the telling), a year written in the
    words, or a month whose year was taken from the publication date or another period."""
    if item.period is None:
        return "unknown"
    if item.period_year_inferred or item.period_span is None:
        return "year_inferred"
    at, until = item.period_span
    for d in starting_in(doc.dates, at, until):
        if d.date_start is not None:
            return "stated" if d.basis in {"stated", "relative"} else d.basis
    if _YEAR_DIGITS.search(doc.text, at, until) is None and _MONTH_NAME.search(
            doc.text, at, until) is not None:
        return "year_inferred"
    return "stated"


def _period_end_told(doc: Doc, item: TallyItem) -> bool:
    """Whether the end of the item's period is known: not "since the start of 2024" in a
    text with no date of the telling, which runs on to a day it does not give."""
    return doc.published is not None or item.period_span is None or _SINCE.search(
        doc.text, max(0, item.period_span[0] - 30), item.period_span[0]) is None


def _fallback_period(
    doc: Doc, start: int, end: int
) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """A month name or relative period cue, for documents the dates stage found nothing in."""
    text = doc.text
    published = doc.published
    # (not "than in May": the period of another count, set against the one told; but "than
    # in March, when 61 operations killed 37": the counts told of it. And "March's figures")
    m = next((m for regex in (_MONTH_RE, _MONTH_POSSESSIVE) for m in regex.finditer(
        text, start, end) if not _compared_with(text, start, m.start())
        or _WHEN_AFTER.match(text, m.end(), end)), None)
    if m:
        month = _MONTHS[m.group("month").lower().rstrip(".")]
        if m.group("year"):
            year = int(m.group("year"))
        elif published is not None:
            year = published.year if month <= published.month else published.year - 1
        else:
            return None
        return _month_period(month, year), (m.start("month"), m.end())
    if published is None:
        return None
    cue = _period_cue(text, start, end)
    if not cue or _TOLD_ON.search(text, max(start, cue.start() - 40), cue.start()):
        # (not "the figures it published last month": when a count was told)
        return None
    phrase = cue.group().lower()
    span = (cue.start(), cue.end())
    hours = _HOURS.search(phrase)
    if hours is not None:
        # "during the past 48 hours", counted back from the day it was told if the sentence
        # names one ("announced on Sunday"), else from publication
        told = [d.date_start for d in starting_in(doc.dates, start, end)
                if d.date_start is not None and d.date_start == d.date_end]
        last = told[0] if told else published
        days = max(1, -(-int(hours.group(1)) // 24))
        return (last - timedelta(days=days - 1 if days > 1 else 0), last), span
    if "year" in phrase or "since january" in phrase:
        return (date(published.year, 1, 1), published), span
    if "week" in phrase or "seven days" in phrase or "7 days" in phrase:
        return (published - timedelta(days=7), published), span
    if phrase in {"last month", "previous month"}:
        last = published.replace(day=1) - timedelta(days=1)
        return _month_period(last.month, last.year), span
    if "the month" in phrase and not any(w in phrase for w in ("past", "last", "this")):
        # "during the month" after "operations against ISIS in May": that month
        # (not "since January" of a running total told beside it: that opens a longer period)
        named = [d for d in doc.dates if d.start < start and d.date_start and d.date_end
                 and d.time_precision == 3 and (d.date_end - d.date_start).days < 31
                 and not _SINCE.search(text, max(0, d.start - 30), d.start)]
        if named and named[-1].date_start and named[-1].date_end:
            return (named[-1].date_start, named[-1].date_end), span
    if "month" in phrase or "30 days" in phrase:
        return (published - timedelta(days=30), published), span
    return None


_HOURS = re.compile(r"(\d+) hours")
# "at the weekly cattle market", "the annual festival": a thing held every week, no period a
# count is kept over; "its weekly bulletin", "the monthly report" tell a count of the period
_CUE_ADJECTIVE = frozenset({"weekly", "monthly", "quarterly", "annual"})
_OF_A_REPORT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:reports?|bulletins?|updates?|briefings?|summar(?:y|ies)|"
    r"statements?|releases?|reviews?|tall(?:y|ies)|figures|data|assessments?|brief|press|"
    r"round-?ups?|results|outcomes?|operations|statistics|count|toll)\b", re.IGNORECASE)


def _period_cue(text: str, start: int, end: int,
                lowered: str | None = None) -> re.Match[str] | None:
    """The first cue of a period in ``text[start:end]`` ("during the past week", "its weekly
    bulletin"), not an adjective of something held every week. ``lowered``, when given, is
    ``text.lower()`` of an ASCII text: the case-blind pattern is then searched lower-cased."""
    lex = lexicon()
    cues = (lex.period_re.finditer(text, start, end) if lowered is None
            else lex.lower_period_re.finditer(lowered, start, end))
    for cue in cues:
        if cue.group().lower() not in _CUE_ADJECTIVE or _OF_A_REPORT.match(text, cue.end()):
            return cue
    return None


#: "during fiscal year 2023", "in FY2024", "in fiscal 2022": a year of the accounts of the
#: US government, whose commands count their strikes by it.
_FISCAL_YEAR = re.compile(
    r"\b(?:(?i:fiscal)\s+(?:(?i:year)\s+)?|FY[ \t]?)(?P<year>(?:19|20)\d\d|\d\d)\b")


def _fiscal_year(text: str, start: int, end: int
                 ) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"fiscal year 2023" runs from 1 October 2022 to 30 September 2023, as the US
    government's does (a year of two numbers, "2022-23", is another country's and read as
    no period here)."""
    if text.find("FY", start, end) < 0 and text.isascii() and (
            "fiscal" not in text[start:end].lower()):
        return None  # neither "FY" nor "fiscal" in some case: no match, found faster
    m = _FISCAL_YEAR.search(text, start, end)
    if m is None or text.startswith(("-", "/", "\u2013"), m.end()):
        return None
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    return (date(year - 1, 10, 1), date(year, 9, 30)), m.span()


#: "in Q1 2024", "H2 2023": a quarter or half of a year by its short name.
_PART_CODE = re.compile(r"\b(?P<part>[QH])(?P<n>[1-4])[ \t]+(?P<year>(?:19|20)\d\d)\b")
#: The start of every match of ``_PART_CODE``: a search that skips to the capitals, where
#: the pattern's word boundary has the whole pattern tried at every character.
_PART_CODE_HEAD = re.compile(r"[QH][1-4][ \t]")


def _part_code_match(text: str, start: int, end: int) -> re.Match[str] | None:
    if _PART_CODE_HEAD.search(text, start, end) is None:
        return None
    return _PART_CODE.search(text, start, end)


def _part_code(text: str, start: int, end: int
               ) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"Q1 2024" is January to March 2024, "H2 2023" July to December 2023."""
    m = _part_code_match(text, start, end)
    if m is None:
        return None
    size = 3 if m.group("part") == "Q" else 6
    n, year = int(m.group("n")), int(m.group("year"))
    if n > 12 // size:
        return None  # (no "H3")
    first = (n - 1) * size + 1
    return (date(year, first, 1), _month_period(first + size - 1, year)[1]), m.span()


def _sentence_period(
    doc: Doc, start: int, end: int, *, of_the_compared: bool = False
) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """The widest dated period in a sentence: 'in February' over 'on Friday'. With
    ``of_the_compared``, the span is a clause of a figure compared with ("than the 198
    killed in 2021"), whose period is its own."""
    if (fiscal := _fiscal_year(doc.text, start, end)) is not None:
        return fiscal
    if (part := _part_code(doc.text, start, end)) is not None:
        return part
    best: tuple[tuple[date, date], tuple[int, int]] | None = None
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    for d in starting_in(doc.dates, start, end):
        if d.date_start is not None and d.date_end is not None:
            if line and line[0] <= d.start < line[1]:
                continue  # "GAZA, Nov 22 (Reuters) -": when the report was filed
            if _COMPARED_SINCE.search(doc.text, max(start, d.start - 120), d.start):
                continue  # "the highest for any six-month period since records began in 2009"
            if _told_on(doc, start, d):
                continue  # "the 27 killed it reported on March 3": when a figure was told
            if not of_the_compared and _compared_with(doc.text, start, d.start) and not (
                    _WHEN_AFTER.match(doc.text, d.end, end)):
                continue  # "a lower tempo than in May": the period a count is set against
            if (pair := month_then_count(doc.text, d)) is not None:
                # "and in April 19.": April, its count 19
                month = _month_period(d.date_start.month, d.date_start.year)
                width = (month[1] - month[0]).days
                if best is None or width > (best[0][1] - best[0][0]).days:
                    best = (month, (d.start, pair.start("num")))
                continue
            first_day = d.date_start
            if first_day == d.date_end and _WEEK_ENDING.search(
                    doc.text, max(start, d.start - 40), d.start):
                # "in the week ending January 2": the seven days up to that day
                first_day = d.date_end - timedelta(days=6)
            width = (d.date_end - first_day).days
            if doc.published is not None and d.date_start <= doc.published and _SINCE.search(
                    doc.text, max(start, d.start - 30), d.start):
                # "since Oct. 7": a day that opens a period running on to the telling
                width = (doc.published - d.date_start).days
            if best is None or width > (best[0][1] - best[0][0]).days:
                best = ((first_day, d.date_end), (d.start, d.end))
            if (joined := _months_joined(doc, d, start, end)) is not None and (
                    best is None or (joined[0][1] - joined[0][0]).days
                    > (best[0][1] - best[0][0]).days):
                best = joined
    if best is not None and doc.published is not None:
        (first, last), (at, until) = best
        since = _SINCE.search(doc.text, max(start, at - 30), at)
        if since is not None:
            # "since March", "since the beginning of 2023": from then to the telling; "since
            # the end of 2022" from that end
            if since.group("end") or doc.text[at:until].lower().startswith(("the end", "end")):
                first = last
            if first <= doc.published:
                return (first, doc.published), (at, until)
    elif best is not None and _SINCE.search(doc.text, max(start, best[1][0] - 30), best[1][0]):
        # "since the start of 2024" with no date of the telling: it runs on to a day the text
        # does not give (no period end is written out; the year it opens bounds it here)
        (first, last), span = best
        return (first, max(last, date(first.year, 12, 31))), span
    if best is not None and best[0][0] != best[0][1]:
        return _narrow_to_part_of_year(doc, start, end, best)
    told_year = _part_of_the_year(doc, start, end)
    if told_year is not None:
        return told_year
    if (doc.text.find("uarter", start, end) >= 0  # ("quarter", "Quarter", "QUARTER")
            or doc.text.find("UARTER", start, end) >= 0) and (
            quarter := _the_quarter(doc, start, end)) is not None:
        return quarter
    # Only a day ("on Monday", the release date) or nothing: a period cue may still be there.
    fallback = _fallback_period(doc, start, end)
    if fallback is not None and (not doc.dates or fallback[0][0] != fallback[0][1]):
        return fallback
    return best


_MONTHS_AND = re.compile(r"\s+(?:and|through|to)\s+|\s*[-\u2013]\s*")


def _months_joined(doc: Doc, d: DateMention, start: int, end: int
                   ) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"in March and April": the two months told together, one stretch from the first day
    of the first to the last of the second (only months that follow one another)."""
    if d.date_start is None or d.date_end is None or d.date_start.day != 1 or (
            d.date_end + timedelta(days=1)).day != 1:
        return None
    joiner = _MONTHS_AND.match(doc.text, d.end, end)
    if joiner is None:
        return None
    following = next((n for n in starting_in(doc.dates, joiner.end(), end)
                      if n.start == joiner.end()), None)
    if following is None or following.date_start is None or following.date_end is None or (
            following.date_start != d.date_end + timedelta(days=1)) or (
            following.date_end + timedelta(days=1)).day != 1:
        return None
    return (d.date_start, following.date_end), (d.start, following.end)


_WEEK_ENDING = re.compile(r"\bweek\s+(?:ending|ended|that\s+ended|to|through)\s+(?:on\s+)?"
                          r"(?:[A-Z][a-z]+day,?\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+(?:beginning|start|(?P<end>end))\s+of\s+)?$",
                    re.IGNORECASE)
_SINCE_DAY = re.compile(r"\bsince\s+$", re.IGNORECASE)


def opens_a_period(text: str, start: int) -> bool:
    """Say whether the date at ``start`` follows "since": "since Oct. 17" is the first day
    of a period that runs on to the telling, not the day of an incident."""
    return _SINCE_DAY.search(text, max(0, start - 8), start) is not None


# "than in May", "compared with the previous month", "up from 31 in March": the period
# another count was kept over, which the count told is measured against
_COMPARED_WITH = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|as\s+against)\s+(?:(?:in|during|for|over)\s+)?$",
    re.IGNORECASE)


#: The figure a count is set against, told with its own period after it: "compared with 212
#: in the same period last year", "down from 91 in the first six months of 2023", or a
#: period alone ("more than in the same period last year"); not "more than 40 militants in
#: May": "than" there is of the count itself.
_COMPARED_FIGURE_IN = re.compile(
    r"\b(?:(?:compared\s+(?:with|to)|as\s+against|against|(?:up|down)\s+from|than\s+the|"
    r"(?:percent|per\s+cent)\s+(?:on|over)\s+the)\s+"
    r"(?:some\s+|about\s+|around\s+)?\d[\d,]*(?:\s+[a-z-]+){0,3}?|than)\s+(?:in|during|for|over)\s+"
    r"(?:the\s+)?(?:same\s+(?:period|months?|weeks?|quarter)\s+(?:of\s+|in\s+)?)?"
    r"(?:(?:first|last|previous|past)\s+(?:[a-z]+\s+)?(?:months?|weeks?|quarter|half)\s+"
    r"(?:of\s+)?)?$", re.IGNORECASE)


def _compared_with(text: str, begin: int, at: int) -> bool:
    """Whether the date at ``at`` is the period of a count the one told is set against."""
    if _COMPARED_WITH.search(text, max(begin, at - 40), at) is not None:
        return True
    opens = max(begin, at - 80)
    window = text[opens:at]
    low = window.lower()
    # (every match holds "than", or a digit and "compared", "against" or "from": a cheap
    # test first)
    if not ("than" in low or any(c.isdigit() for c in window) and (
            "compared" in low or "against" in low or "from" in low or "cent" in low)):
        return False
    m = _COMPARED_FIGURE_IN.search(window)
    # (a clause that opens on the figure compared with, "up from 31 in January", read
    # apart: the period is that figure's own)
    return m is not None and bool(text[begin:opens + m.start()].strip(" \t,;"))


_COMPARED_SINCE = re.compile(
    r"\b(?:highest|lowest|most|fewest|worst|deadliest|largest|biggest|smallest|record)\b"
    r"[^.;]{0,80}\bsince\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# (and "since the beginning of the year", "so far this year": up to the telling from a
# start of their own, whatever period the report told before)
_COUNTED_BACK = re.compile(r"\b(?:past|last|previous)\s+(?:(?:\d+|[a-z-]+)\s+"
                           r"(?:hours|days|weeks|months)|"
                           r"(?:week|fortnight|month)(?!\s+of\b))\b|\bsince\s+(?:the\s+"
                           r"(?:beginning|start)\s+of\s+the\s+year|january)\b|"
                           r"\bso\s+far\s+this\s+year\b|\byear[\s-]to[\s-]date\b",
                           re.IGNORECASE)


#: A period named by pointing back at one told before: "the number neutralised that week
#: stands at 52" after "the figure released for the previous week, from 5 to 11 March".
_THAT_PERIOD = re.compile(r"\bthat\s+(?:week|fortnight|month|quarter)\b", re.IGNORECASE)
#: How many sentences back a period pointed at may have been told.
_THAT_PERIOD_REACH = 3


def _period_pointed_back_to(
    doc: Doc, index: int
) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"... stands at 52" in a sentence that says "that week": the stretch of days the
    nearest sentence before it names (a sentence with no figures of its own, so no reading
    carried it), not the period the report counts over. A stretch written out ("from 5 to
    11 March") is the one pointed at before a relative one ("the previous week")."""
    start, end = doc.sentences[index]
    if _THAT_PERIOD.search(doc.text, start, end) is None:
        return None
    for k in range(index - 1, max(-1, index - 1 - _THAT_PERIOD_REACH), -1):
        s_start, s_end = doc.sentences[k]
        stated = [((d.date_start, d.date_end), (d.start, d.end))
                  for d in starting_in(doc.dates, s_start, s_end)
                  if d.date_start is not None and d.date_end is not None
                  and d.date_start != d.date_end and d.basis != "relative"
                  and not _told_on(doc, s_start, d)]
        if stated:
            return stated[-1]
        period = _sentence_period(doc, s_start, s_end)
        if period is not None and period[0][0] != period[0][1]:
            return period
    return None


def _is_relative(doc: Doc, span: tuple[int, int]) -> bool:
    """Say whether a period was written relative to some time ('during the month')."""
    if any(d.start == span[0] and d.basis == "relative"
           for d in starting_in(doc.dates, span[0], span[0] + 1)):
        return True
    return bool(lexicon().period_re.fullmatch(doc.text[span[0] : span[1]]))


_PART_OF_YEAR = re.compile(
    r"\b(?P<which>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<part>quarter|half)\b"
    r"|\b(?P<lead>first|last)\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|[2-9]|1[01])\s+months\b",
    re.IGNORECASE,
)
_HALF_OF_MONTH = re.compile(
    r"\b(?P<which>first|second|last)\s+half\s+of\s+(?:the\s+month\s+of\s+)?$", re.IGNORECASE)
_MONTHS_COUNT = {
    **{word: n for n, word in enumerate(("two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven"), start=2)},
    **{str(n): n for n in range(2, 12)}}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "last": 0}


def _narrow_to_part_of_year(
    doc: Doc, start: int, end: int, best: tuple[tuple[date, date], tuple[int, int]]
) -> tuple[tuple[date, date], tuple[int, int]]:
    """'the first quarter of 2024': a whole year narrowed to the quarter or half named."""
    (first, last), span = best
    half = _HALF_OF_MONTH.search(doc.text, max(start, span[0] - 30), span[0])
    if half is not None and first.day == 1 and last == _month_period(first.month,
                                                                     first.year)[1]:
        # "in the first half of October": the 1st to the 15th; the second half the rest
        if half.group("which").lower() == "first":
            return (first, first.replace(day=15)), (half.start(), span[1])
        return (first.replace(day=16), last), (half.start(), span[1])
    m = _PART_OF_YEAR.search(doc.text, start, end)
    if m is not None and (glossed := _quarter_glossed_by_months(doc.text, m, best)) is not None:
        return glossed
    # the whole of a year, or "this year" up to the telling
    whole = (last.month, last.day) == (12, 31) or last == doc.published
    if not m or (first.month, first.day) != (1, 1) or not whole or first.year != last.year:
        return best
    if m.group("months"):
        # "the first six months of 2023", "the last three months of 2022"
        months = _MONTHS_COUNT[m.group("months").lower()]
        low = 1 if m.group("lead").lower() == "first" else 13 - months
        return ((date(first.year, low, 1), _month_period(low + months - 1, first.year)[1]),
                (min(span[0], m.start()), max(span[1], m.end())))
    size = 3 if m.group("part").lower() == "quarter" else 6
    count = 12 // size
    n = _ORDINAL[m.group("which").lower()] or count
    if n > count:
        return best
    begin = date(first.year, (n - 1) * size + 1, 1)
    stop = _month_period((n - 1) * size + size, first.year)[1]
    return (begin, stop), (min(span[0], m.start()), max(span[1], m.end()))


#: What stands between a quarter's name and the months that gloss it: "First quarter
#: (January to March)", "Second half (July-December)": a bracket, then the first month and
#: its link when the text spells the stretch out.
_GLOSS_OPENS = re.compile(r"\s*\(\s*(?:[A-Z][a-z]+\.?(?:\s+(?:to|through)\s+|\s*[-\u2013]\s*))?$")


def _quarter_glossed_by_months(
    text: str, m: re.Match[str], best: tuple[tuple[date, date], tuple[int, int]]
) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"First quarter (January to March): 38 operations": the quarter or half the months in
    brackets gloss, of their year, where the month read lies inside it (a year-end review
    whose quarters are its lines); not the last month alone."""
    (first, last), span = best
    if not m.group("part") or first.year != last.year or not (
            m.end() <= span[0] <= m.end() + 40) or not _GLOSS_OPENS.fullmatch(
                text, m.end(), span[0]):
        return None
    size = 3 if m.group("part").lower() == "quarter" else 6
    n = _ORDINAL[m.group("which").lower()] or 12 // size
    low = (n - 1) * size + 1
    if n > 12 // size or not (low <= first.month and last.month <= low + size - 1):
        return None
    return (date(first.year, low, 1), _month_period(low + size - 1, first.year)[1]), (
        m.start(), span[1])


_OF_THE_YEAR = re.compile(r"\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)
_OF_SOMETHING = re.compile(r"\s+(?:of|in)\b", re.IGNORECASE)


def _year_told_before(doc: Doc, at: int) -> tuple[int, ...]:
    """The year a report counts over, where it has named a whole calendar year before ``at``
    ("conducted 1,214 operations in 2019"): the year its "first three months of the year"
    are of, whenever the review was told."""
    for d in reversed(doc.dates):
        if d.start >= at or d.date_start is None or d.date_end is None:
            continue
        first, last = d.date_start, d.date_end
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and (
                first.year == last.year):
            return (first.year,)
    return ()


def _part_of_the_year(
    doc: Doc, start: int, end: int
) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"in the first quarter of the year": the quarter of the year of the telling, or of the
    year before where that quarter has not begun yet."""
    published = doc.published
    if published is None:
        return None
    for m in _PART_OF_YEAR.finditer(doc.text, start, end):
        told = _OF_THE_YEAR.match(doc.text, m.end(), end)
        if told is None and m.group("part") and not _OF_SOMETHING.match(doc.text, m.end(), end):
            if (m.group("which") or "").lower() == "last" and m.group("part").lower() == "quarter":
                # "during the last quarter", of no year: the quarter before the telling's
                # (see _the_quarter), not the year's fourth
                continue
            told = m  # "kill 142 militants in first quarter": a quarter of no other thing
        if told is None:
            continue
        for year in (*_year_told_before(doc, m.start()), published.year, published.year - 1):
            whole = ((date(year, 1, 1), date(year, 12, 31)), (m.start(), told.end()))
            narrowed = _narrow_to_part_of_year(doc, m.start(), told.end(), whole)
            if narrowed is not whole and narrowed[0][0] <= published:
                return narrowed
    return None


#: A quarter told by no ordinal and of no year: "in the quarter", "during the past
#: quarter", "over the last quarter" (not "the quarter ending March 31", "the last quarter of
#: 2023": those name their own).
_THE_QUARTER = re.compile(
    r"\b(?:in|during|over|for|throughout|across)\s+the\s+(?:(?:past|last|previous|"
    r"preceding|latest|just[\s-]ended)\s+)?quarter\b(?!\s+(?:of|ending|ended|to|through|"
    r"from|that)\b|[\s-]+\d)", re.IGNORECASE)


def _the_quarter(doc: Doc, start: int, end: int
                 ) -> tuple[tuple[date, date], tuple[int, int]] | None:
    """"Altogether, 61 militants were killed in the quarter", in a release of early April:
    the last quarter of the year that ended before the telling (January to March), not the
    month told before it; with no day of the telling, the quarter of the last month the
    report named before."""
    m = _THE_QUARTER.search(doc.text, start, end)
    if m is None:
        return None
    if doc.published is not None:
        month = doc.published.month - (doc.published.month - 1) % 3  # the telling's quarter
        first = date(doc.published.year, month, 1)
        first = date(first.year - 1, 10, 1) if month == 1 else first.replace(month=month - 3)
    else:
        told = [d.date_start for d in doc.dates if d.start < m.start() and d.date_start]
        if not told:
            return None
        first = date(told[-1].year, told[-1].month - (told[-1].month - 1) % 3, 1)
    return (first, _month_period(first.month + 2, first.year)[1]), m.span()


def _places_in(
    doc: Doc, start: int, end: int, exclude: list[tuple[int, int]]
) -> list[PlaceMention]:
    return [
        p
        for p in starting_in(doc.places, start, end + 1)
        if start <= p.start and p.end <= end and p.place is not None
        and not any(s <= p.start < e for s, e in exclude)
    ]


def _set_area(item: TallyItem, places: list[PlaceMention]) -> None:
    countries: list[str] = []
    names: list[str] = []
    divisions: list[str] = []
    for p in places:
        assert p.place is not None
        if p.place.country not in countries:
            countries.append(p.place.country)
        if p.place.feature != "country" and p.place.name not in names:
            names.append(p.place.name)
            division = p.place.name if p.place.feature == "admin1" else p.place.admin1
            if division and division not in divisions:
                divisions.append(division)
    item.area = countries
    item.area_names = names
    item.area_divisions = divisions
    item.area_label = " and ".join(dict.fromkeys(p.text for p in places))
    item.area_spans = [(p.start, p.end) for p in places]


_TRAILING_AREA = re.compile(
    r"\s*(?:[\w\u2019'-]+\s+){0,8}?(?:in|across|throughout|inside)\s", re.IGNORECASE
)
# "44 operations the U.S. military said it carried out against the group in Iraq and
# Syria": where the teller says the counted were done, after a clause of its telling
_TOLD_DONE_IN = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[\w.\u2019'-]+\s+){1,5}?(?:said|says|reported)\s+"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:[\w-]+\s+){1,6}?"
    r"(?:in|across|throughout|inside)\s")
# "Balochistan - 384 operations, 21 terrorists killed": a row of a table by place (not an
# upper-case dateline, "KABUL -")
#: What may open a row of a list before its label: "- Macomia: 17 insurgents killed".
_BULLETS = " \t-\u2013\u2014\u2022*\u25aa\u25cf"
_LIST_LABEL = re.compile(
    r"[ \t]*[-\u2013\u2014\u2022*\u25aa\u25cf][ \t]+(?P<name>[A-Z][\w\u2019'-]+"
    r"(?:[ \t]+[\w\u2019'-]+){0,3}?)[ \t]*:[ \t]*$")
#: (a gloss in brackets may stand between the label and its mark: "Far North (Operation
#: Emergence 4): 14 neutralised", the force or operation of the row's place)
_ROW_LABEL = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?[-\u2013\u2014:|][ \t]*")
_NEAR = re.compile(r"\s+(?:near|around)\s", re.IGNORECASE)
# A place the figure is located in: "In Kirkuk, 9 ...", "the province of Idlib", "Kabul, where".
# ("In Sector 1 (Cameroon), troops conducted 15 operations": a numbered sector or zone of a
# force that spans countries, the country it lies in told in brackets)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|across|throughout|inside|of|at|for|and)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+(?:(?:\d{1,2}|[ivx]{1,4})\s*\(\s*)?)?$",
    re.IGNORECASE,
)
#: What tells a place as the neighbour of the area counted in, not the area: "the counties
#: bordering Somalia", "along the border with Mali" (not "neighbouring Niger": that is in it).
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:border(?:ing|s)|(?:the\s+)?border\s+(?:with|of)|adjoining|adjacent\s+to)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
_LOCATIVE_AFTER = re.compile(r"[\s,]*(?:where|with|alone|province|region|state|district)\b",
                             re.IGNORECASE)
# "Speaking at a weekly news briefing in Ankara, ...": where the figures were told
_TOLD_AT = re.compile(
    r"\b(?:briefing|conference|meeting|summit|speech|interview|ceremony|reporters|"
    r"journalists|speaking)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "across the three countries", "in both countries": the countries named before, together
_COUNTRIES_TOLD = re.compile(
    r"\s*(?:[\w\u2019'-]+\s+){0,8}?(?:in|across|throughout)\s+(?:the\s+|all\s+)?"
    r"(?:both|two|three|four|five|six|\d)\s+(?:countries|nations)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r"[,;:]|\s(?:and|while|whereas)\s+(?:in|across|the\s+(?:others?|rest|remaining))\s",
    re.IGNORECASE)


# "killed 35 terrorists and arrested 50": figures of one clause, not "28 ..., including 19"
_JOINED = re.compile(r",|\band\b")
_CONSISTING_OF = re.compile(r"\s+(?:consisting|made\s+up)\s+of\s+", re.IGNORECASE)
_NOT_JOINED = re.compile(
    r"[;:]|\b(?:includ\w*|among|of\s+(?:them|whom|those|which)|while|whereas)\b",
    re.IGNORECASE)
_LISTED_PLACE = re.compile(r"\s*(?:and\s+)?")


_SHARE_BEFORE = re.compile(
    r"\b(?:half|third|quarter|thirds|most|majority|bulk|percent|cent)\s+of\s+(?:them|those|"
    r"these|whom|which)(?:\s+(?:were|was))?\s+(?:in|across|inside)\s+(?:the\s+)?$",
    re.IGNORECASE)


def _listed_by_place(first: TallyItem, second: TallyItem) -> bool:
    """Two figures in turn of a list by place: "27 in Kirkuk, 21 in Diyala", "27 of them in
    Syria and 17 in Iraq" (not "25 operations in Iraq, where eight were killed")."""
    if first.area_names and second.area_names:
        return first.area_names != second.area_names
    return bool(first.area_spans and second.area_spans and first.metric == second.metric
                and first.area_spans != second.area_spans)


_CLAUSE_BREAK = re.compile(r"[;:]|,\s")


def _places_at(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    """The places named at the spans, in their order, those the gazetteer knows: fewer
    than the spans where one is of no place ("in the North East", a zone of a country)."""
    return [p for span in spans for p in starting_in(doc.places, span[0], span[0] + 1)
            if (p.start, p.end) == span and p.place is not None]


def _respective_areas(doc: Doc, items: Sequence[TallyItem], end: int) -> None:
    """"killed 12 and 19 ISIS members in Iraq and Syria respectively": the places the last
    count took, one to each count in turn."""
    text = doc.text
    last = len(items) - 1
    while last > 0:
        first = last
        while first > 0 and items[first - 1].metric == items[last].metric and (
                _RESPECTIVE.fullmatch(text, items[first - 1].end, items[first].start)):
            first -= 1
        spans = items[last].area_spans
        if first < last and len(spans) == last - first + 1 and _RESPECTIVELY.search(
                text, spans[-1][1], min(end, spans[-1][1] + 20)):
            places = _places_at(doc, spans)
            if len(places) == len(spans):
                for item, place in zip(items[first:last + 1], places, strict=True):
                    _set_area(item, [place])
        last = first - 1


def _assign_areas(doc: Doc, reading: _SentenceReading) -> None:
    """Give each item its area: places right after it ('48 operations in Iraq and Syria'),
    or just before it ('In Kirkuk, 9 suspects'), or the sentence's."""
    start, end = doc.sentences[reading.index]
    actor_spans = [(a.start, a.end) for a in starting_in(doc.actors, start, end)]
    party_spans = [i.party_span for i in reading.items if i.party_span]
    # (the places of a list's rows, "as follows: Kirkuk (9), Diyala (7)", are the rows')
    row_spans = [span for i in reading.items if i.place_first for span in i.area_spans]
    exclude = actor_spans + party_spans + row_spans
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    if line:
        exclude.append((line[0], line[1]))  # "ERBIL, Kurdistan Region -": where it was filed
    text = doc.text
    # "arrested 148 people ..., nearly half of them in Nineveh": where a share of the count
    # was, not the count's area
    exclude.extend((p.start, p.end) for p in starting_in(doc.places, start, end)
                   if _SHARE_BEFORE.search(text, max(start, p.start - 60), p.start))
    # "The Defence Headquarters in Abuja said ... troops neutralised 27": where the teller
    # sits, not where the figures were
    exclude.extend((p.start, p.end) for p in starting_in(doc.places, start, end)
                   if p.place is not None and p.place.feature != "country"
                   and _SEAT_BEFORE.search(text, max(start, p.start - 40), p.start))
    # "corrects the number ... to 31, after partner forces confirmed three more detentions
    # in Syria": where the added ones were, not the place of the count they are in
    exclude.extend((number.end, clause.start() if clause is not None else end)
                   for number in _numbers(doc, start, end)
                   if _MORE_AFTER.match(text, number.end)
                   and _REVISED_BEFORE.search(text, start, number.start)
                   for clause in [_CLAUSE_BREAK.search(text, number.end, end)])
    # "in the counties bordering Somalia", "along the border with Mali": the neighbour the
    # area is told by, not the area
    exclude.extend((p.start, p.end) for p in starting_in(doc.places, start, end)
                   if _NEIGHBOUR_BEFORE.search(text, max(start, p.start - 30), p.start))
    # A sentence's area is the places it locates something in, not every word that
    # resolved to a place ("The" is a country code).
    sentence_places = [p for p in _places_in(doc, start, end, exclude)
                       if _LOCATIVE_BEFORE.search(text, max(start, p.start - 25), p.start)
                       and not _TOLD_AT.search(text, max(start, p.start - 40), p.start)
                       # "and Iraq accounted for 64 percent of the operations": a share
                       and not _ACCOUNTED_AFTER.match(text, p.end)]
    items = reading.items
    from_sentence: list[TallyItem] = []
    in_country: set[int] = set()  # the items a country named for them alone places
    # "Iraq - 12 partnered operations; 3 ISIS killed; 9 ISIS detained": a row of a table
    # by place, whose label is the place of every figure of the row
    row = next((p for p in _places_in(doc, start, end, exclude)
                if not text[start:p.start].strip(_BULLETS) and not p.text.isupper()
                and _ROW_LABEL.match(text, p.end) is not None
                and bool(items) and _ROW_LABEL.fullmatch(text, p.end, items[0].start)), None)
    # "- Muidumbe: 11 insurgents killed": a row of a list labelled by a name the gazetteer
    # lacks is still that place's part
    label = _LIST_LABEL.match(text, start, items[0].start) if row is None and items else None
    if label is not None and label.group("name").lower() in _MONTHS:
        label = None  # "- January: 11 airstrikes": a month of the period, no place
    if label is not None and any(
            s < label.end("name") and label.start("name") < e for s, e in
            [(d.start, d.end) for d in starting_in(doc.dates, start, end)]
            + [(a.start, a.end) for a in starting_in(doc.actors, start, end)]):
        label = None
    for k, item in enumerate(items):
        if item.place_first or item.by_means or item.respective:
            continue  # placed when read, or of the place of the whole
        if label is not None:
            item.area_names, item.area_label = [label.group("name")], label.group("name")
            item.area_spans = [(label.start("name"), label.end("name"))]
            item.unplaced = not any(p.place is not None for p in starting_in(
                doc.places, label.start("name"), label.end("name")))
            continue
        if item.sums_told:
            # the countries of the counts it sums, no one place of them
            item.area = list(dict.fromkeys(code for other in items[:k]
                                           if other.metric == item.metric for code in other.area))
            continue
        stop = items[k + 1].start if k + 1 < len(items) else end
        trailing: list[PlaceMention] = []
        # ("and 16 near Quiterajo": a part by a place right after it)
        if _TRAILING_AREA.match(text, item.end, stop) or _NEAR.match(text, item.end, stop) or (
                _TOLD_DONE_IN.match(text, item.end, stop)):
            clause = _CLAUSE_END.search(text, item.end, stop)
            clause_end = clause.start() if clause else stop
            trailing = _places_in(doc, item.end, clause_end, exclude)
            while trailing and clause is not None and clause.group() == "," and (
                    listed := _LISTED_PLACE.match(text, clause.end(), stop)) and any(
                    p.place is not None
                    for p in starting_in(doc.places, listed.end(), listed.end() + 1)):
                # "in the provinces of Nineveh, Kirkuk, Salah al-Din and Anbar": one area
                clause = _CLAUSE_END.search(text, listed.end(), stop)
                clause_end = clause.start() if clause else stop
                trailing = _places_in(doc, item.end, clause_end, exclude)
            if not trailing and _COUNTRIES_TOLD.match(text, item.end, clause_end) and len(
                    told := [p for p in sentence_places if p.place is not None
                             and p.place.feature == "country"]) > 1:
                # "39 operations across the three countries": every country the sentence
                # names, not the last of them
                _set_area(item, told)
                continue
            if not trailing and (named := _unplaced_name(doc, item.end, clause_end)):
                # "15 in Datta Khel and nine in Spinwam": a place the gazetteer lacks still
                # names the part
                item.area_names, item.area_label = [named[0]], named[0]
                item.area_spans, item.unplaced = [named[1]], True
                continue
            if not trailing and (zone := _ZONE.search(text, item.end, clause_end)):
                # "arrested 50 suspects in the North East between May 5 and May 11"
                item.area_names, item.area_label = [zone.group("zone")], zone.group("zone")
                item.area_spans = [(zone.start("zone"), zone.end("zone"))]
                continue
        if trailing:
            _set_area(item, trailing)
            if not item.area_names:
                in_country.add(k)
            continue
        begin = items[k - 1].end if k > 0 else start
        # (not the place of the figure before: "15 in Salah al-Din, resulted in the killing
        # of 12" is no count of Salah al-Din's)
        told_before = items[k - 1].area_spans if k > 0 else []
        before = [p for p in _places_in(doc, begin, item.start, exclude)
                  if not _TOLD_AT.search(text, max(begin, p.start - 40), p.start)
                  and (p.start, p.end) not in told_before]
        leading = [p for p in before
                   if _LOCATIVE_BEFORE.search(text, max(begin, p.start - 25), p.start)
                   or _LOCATIVE_AFTER.match(text, p.end, item.start)
                   or (_ROW_LABEL.fullmatch(text, p.end, item.start) is not None
                       and not text[start:p.start].strip() and not p.text.isupper())]
        if leading:
            # The nearest place before the figure, with places joined to it by "and".
            group = [leading[-1]]
            for place in reversed(before[:before.index(leading[-1])]):
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[place.end : group[0].start]):
                    group.insert(0, place)
                else:
                    break
            _set_area(item, group)
            if not item.area_names:
                in_country.add(k)
        elif row is not None:
            _set_area(item, [row])
        elif k > 0 and items[k - 1].area and _IN_WHICH.fullmatch(text, begin, item.start):
            # "and in al-Hasakah 6 operations in which 12 were captured": those of the
            # operations, where they were
            previous = items[k - 1]
            item.area, item.area_names = list(previous.area), list(previous.area_names)
            item.area_divisions = list(previous.area_divisions)
            item.area_label, item.area_spans = previous.area_label, list(previous.area_spans)
        elif k > 0 and items[k - 1].area and not re.search(r"[;:]", text[begin : item.start]) \
                and not (k > 1 and items[k - 1].metric != item.metric
                         and _listed_by_place(items[k - 2], items[k - 1])):
            # (not after a list by place of another count: "27 in Kirkuk, 21 in Diyala and 15
            # in Salah al-Din, resulted in the killing of 12" is of none of them alone, nor
            # "27 of them in Syria and 17 in Iraq, in a total of 58 operations")
            # "31 civilians were killed and 60 injured", "In Iraq, 18 operations, and killed
            # 4": no place between them, the same place.
            previous = items[k - 1]
            item.area, item.area_names = list(previous.area), list(previous.area_names)
            item.area_divisions = list(previous.area_divisions)
            item.area_label, item.area_spans = previous.area_label, list(previous.area_spans)
        elif sentence_places and not (
                _zone_before(text, start, item.start) is not None
                and all(p.start > item.end for p in sentence_places)):
            # (not "in the North East neutralised 19 ..., while 212 ... surrendered ... in
            # Borno": the zone told before the figure is its place, the later one another's)
            _set_area(item, sentence_places)
            from_sentence.append(item)
        if not item.area_names and (zone := _zone_before(text, begin, item.start)) is not None:
            item.area_names, item.area_label = [zone.group("zone")], zone.group("zone")
            item.area_spans = [(zone.start("zone"), zone.end("zone"))]
        elif not item.area_names and k > 0 and items[k - 1].area_label and not items[
                k - 1].area and not re.search(r"[;:]", text[begin:item.start]):
            # "in the North East, troops neutralised 21 terrorists and arrested 17 suspects"
            previous = items[k - 1]
            item.area_names, item.area_label = list(previous.area_names), previous.area_label
            item.area_spans = list(previous.area_spans)
    for item in from_sentence:
        if any(other is not item and other.start > item.end and set(other.area_spans)
               & set(item.area_spans) for other in items):
            # "arrested 64 suspects ..., of whom 22 were detained in Nineveh and 15 in
            # Kirkuk": the places of its parts, not the whole of the count
            if not item.area_names and any(
                    other.start > item.end and other.area == item.area for other in items):
                # "In all, 34 ... were detained, four of them in Syria": a part of a country
                # the count is not all of; that of the report, if any
                item.area = []
            item.area_names, item.area_divisions, item.area_spans = [], [], []
            item.area_label = None
    _respective_parts(doc, items)
    for k, item in enumerate(items):
        rows: list[TallyItem] = []
        for after in items[k + 1:]:
            if not after.place_first:
                break
            rows.append(after)
        if not item.area and not item.area_names and not item.place_first and len(rows) > 1:
            # "detained 44 ... in May, in Iraq (17) and Syria (27)": the places of its rows
            item.area = list(dict.fromkeys(code for after in rows for code in after.area))
    for k in range(len(items) - 2, -1, -1):
        item, following = items[k], items[k + 1]
        # (a country named for the count leaves no names: "In Syria, ... killed 11 and
        # detained 26 in Raqqa" keeps the 11 in Syria)
        if (not item.area_names and k not in in_country and following.area_spans
                and not item.subset
                and following.within is not item  # "41 ..., 29 of them in A": a part's place
                and following.area_spans[0][0] > following.end
                and (_JOINED.search(text, item.end, following.start)
                     # "six strikes consisting of eight engagements in Syria": the
                     # engagements are the strikes', in the same place
                     or _CONSISTING_OF.fullmatch(text, item.end, following.start))
                and not _NOT_JOINED.search(text, item.end, following.start)
                and not any(item.end <= p.start < following.start for p in doc.places)):
            # "killed 35 terrorists and arrested 50 suspects in the North East": the
            # place that closes the clause is that of both figures
            item.area, item.area_names = list(following.area), list(following.area_names)
            item.area_divisions = list(following.area_divisions)
            item.area_label, item.area_spans = following.area_label, list(following.area_spans)
    _far_namesakes(doc, items)
    _within_the_opening_country(doc, items, start, end)
    _respective_areas(doc, items, end)


def _respective_parts(doc: Doc, items: Sequence[TallyItem]) -> None:
    """"in Kirkuk and Diyala, with 19 and 14 respectively": each part takes the whole's place
    of its rank; where the figures and the places differ in number, the whole's countries."""
    wholes: list[TallyItem] = []
    for item in items:
        if item.respective and item.within is not None and not any(
                item.within is w for w in wholes):
            wholes.append(item.within)
    for whole in wholes:
        parts = [i for i in items if i.respective and i.within is whole]
        places = _places_at(doc, whole.area_spans)
        if len(places) == len(parts):
            for part, place in zip(parts, places, strict=True):
                _set_area(part, [place])
        else:
            for part in parts:
                part.area = list(whole.area)


#: How far from the places of the other parts of its list a part's place may lie before
#: it is read as a namesake elsewhere of a place the gazetteer lacks: farther than the
#: places of one war's neighbouring countries lie apart.
_NAMESAKE_KM = 3000.0


def _places_of(doc: Doc, item: TallyItem) -> list[PlaceMention]:
    """The places the gazetteer placed within the spans of ``item``'s area."""
    return [p for s, e in item.area_spans for p in starting_in(doc.places, s, e)
            if p.place is not None]


def _far_namesakes(doc: Doc, items: Sequence[TallyItem]) -> None:
    """"22 died in Macomia district, nine in Muidumbe and none in Palma district": a part
    whose town was read in a country of another continent than the places of the other
    parts of its list (all of one country), a country no other place of the report lies in,
    is of the list's country, its place unplaced."""
    moved: list[tuple[TallyItem, str]] = []
    for item in items:
        own = _places_of(doc, item)
        if not own or any(p.place is not None and p.place.feature == "country" for p in own):
            continue
        if any(p.place is not None and p.place.country in item.area and p not in own
               for p in doc.places):
            continue  # (a country the report names elsewhere too)
        others = [p for other in items if other is not item and other.metric == item.metric
                  for p in _places_of(doc, other)]
        countries = {p.place.country for p in others if p.place is not None}
        if len(countries) != 1 or countries & set(item.area) or not all(
                km_apart(mine.place, theirs.place) > _NAMESAKE_KM
                for mine in own for theirs in others
                if mine.place is not None and theirs.place is not None):
            continue
        moved.append((item, countries.pop()))
    for item, country in moved:
        item.area, item.area_divisions, item.unplaced = [country], [], True
        item.area_names = [" ".join(item.area_label.split())] if item.area_label else []


#: A sentence opened by the country its figures are in: "In northern Iraq, ...".
_OPENING_COUNTRY = re.compile(
    r"[ \t]*In\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?")


def _within_the_opening_country(doc: Doc, items: Sequence[TallyItem], start: int,
                                end: int) -> None:
    """"In northern Iraq, 13 terrorists were neutralised in the Metina and Zap regions":
    places of the figures the gazetteer put in another country than the one the sentence
    opens with are namesakes there; the figures are in the country the sentence names."""
    text = doc.text
    opening = _OPENING_COUNTRY.match(text, start, end)
    if opening is None:
        return
    frame = next((p for p in starting_in(doc.places, opening.end(), opening.end() + 1)
                  if p.start == opening.end() and p.place is not None
                  and p.place.feature == "country"), None)
    if frame is None or not text.startswith(",", frame.end):
        return
    assert frame.place is not None
    country = frame.place.country
    # (another country the sentence names is told, its places no namesakes: "In Syria, ...
    # while in Iraq 7 were killed in Kirkuk")
    named = {p.place.country for p in starting_in(doc.places, frame.end, end)
             if p.place is not None and p.place.feature == "country"}
    for item in items:
        if item.area == [country] or item.start < frame.end:
            continue  # (no area yet: a region the gazetteer lacks, "the Metina region")
        own = [place for p in _places_of(doc, item) if (place := p.place) is not None]
        if all((place.feature != "country" or place.country == country)
               and place.country not in named - {country} for place in own):
            # (a country named for a figure is its own: "In Iraq, 5 raids, and 4 in Syria")
            item.area = [country]
            if any(place.country != country for place in own):
                item.area_divisions, item.unplaced = [], True


#: What ties a figure to the operations told right before it: "6 operations in which 12
#: were captured", "12 raids, during which 30 suspects were held".
_IN_WHICH = re.compile(r"\s*,?\s*(?:in|during|through)\s+which\s+(?:[a-z]+\s+){0,3}?",
                       re.IGNORECASE)


_ACCOUNTED_AFTER = re.compile(r"\s+(?:accounted|accounts|accounting)\s+for\b", re.IGNORECASE)


_UNPLACED_NAME = re.compile(
    r"\s*(?:[\w\u2019'-]+\s+){0,8}?(?:in|inside|near|around)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2})(?=\s*(?:[,;.)]|and\b|$))")


def _unplaced_name(doc: Doc, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """A capitalised name a figure is said to be in that no place, date or actor was read
    from ("nine in Spinwam"), with its span."""
    m = _UNPLACED_NAME.match(doc.text, start, end)
    if m is None:
        return None
    span = (m.start("name"), m.end("name"))
    read = [(d.start, d.end) for d in starting_in(doc.dates, start, end)]
    read += [(a.start, a.end) for a in starting_in(doc.actors, start, end)]
    read += [(p.start, p.end) for p in starting_in(doc.places, start, end) if p.place is not None]
    if any(s < span[1] and span[0] < e for s, e in read):
        return None
    return m.group("name"), span


# "in the North East", "in the North-West": a zone of a country, named by compass
_ZONE = re.compile(
    r"\b(?i:in|across)\s+the\s+(?P<zone>(?:North|South)(?:[- ]?(?:East|West|Central|South))?|"
    r"(?:East|West|Central)(?:ern)?\s+(?:Region|Zone)"
    # "41 ... in the north and 23 in the east": a quarter of the country, in lower case
    r"|(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)"
    r"(?![\w-])(?!\s+(?:of|[A-Z]))")


def _zone_before(text: str, begin: int, at: int) -> re.Match[str] | None:
    zones = list(_ZONE.finditer(text, max(begin, at - 120), at))
    return zones[-1] if zones else None


_NATIONAL_KINDS = frozenset({"state_forces", "police"})


def _national_area(doc: Doc, indices: list[int]) -> str | None:
    """The country of a tally that names no place: that of the state forces its sentences
    name, when they are of one country ("the security forces carried out 120 operations")."""
    countries = {a.country for i in indices
                 for a in starting_in(doc.actors, *doc.sentences[i])
                 if a.kind in _NATIONAL_KINDS and a.country}
    return countries.pop() if len(countries) == 1 else None


#: "Security incidents in five provinces left 19 dead", "across the three northern states":
#: divisions of a country counted, none named (the words between in small letters: not
#: "in Borno and Yobe states").
_UNNAMED_DIVISIONS = re.compile(
    r"\b(?i:in|across|over|throughout)\s+(?:[a-z\d][a-z\d-]*\s+){0,3}"
    r"(?:provinces|regions|states|districts|governorates|counties|departments|prefectures)\b")


def _over_unnamed_divisions(doc: Doc, item: TallyItem) -> bool:
    """Whether the sentence of ``item`` counts over provinces or regions it names none of:
    a national body's bulletin, whose divisions are those of the country it is filed from
    (see :func:`_filed_from_country`)."""
    start, end = doc.sentences[item.sentence]
    return _UNNAMED_DIVISIONS.search(doc.text, start, end) is not None


def _filed_from_country(doc: Doc) -> str | None:
    """The country of the town a release is filed from ("ABUJA (AP) -"), for figures told
    by zones of a country ("in the North East") that no line names: a national body tells
    of the zones of its own country, and its totals are of that country too. (Of a report
    with no zone, the dateline says nothing: a bureau files its region's news from a
    capital.)"""
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    if not line:
        return None
    countries = {p.place.country for p in starting_in(doc.places, int(line[0]), int(line[1]))
                 if p.place is not None and p.end <= int(line[1])}
    return countries.pop() if len(countries) == 1 else None


def _actor_at(doc: Doc, span: tuple[int, int]) -> ActorMention | None:
    for a in overlapping(doc.actors, span[0], span[1]):
        return a
    return None


_SOUGHT = re.compile(r"\b(?:wanted|suspect(?:s|ed)?|accused|fugitives?)\b", re.IGNORECASE)


_LOST_BEFORE = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:also\s+)?lost\s+"
    r"(?:(?:about|around|approximately|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE)


def _loser(doc: Doc, item: TallyItem) -> ActorMention | None:
    """The named side right before "had lost" a count of people, if any."""
    sentence_start = doc.sentences[item.sentence][0]
    lost = _LOST_BEFORE.search(doc.text, max(sentence_start, item.start - 40), item.start)
    if lost is None:
        return None
    for a in starting_in(doc.actors, max(sentence_start, lost.start() - 80), lost.start()):
        if a.end == lost.start() and not a.generic and a.name:
            return a
    return None


_LOST_COUNT_BEFORE = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:also\s+)?lost\s+(?:[a-z]+\s+){0,2}?\(?[\d,]+\)?\s+$",
    re.IGNORECASE)
_FORCES_LOST = re.compile(r"(?<![\w-])(?P<who>[A-Za-z]+\s+(?:forces|troops))$", re.IGNORECASE)


def _unnamed_loser(doc: Doc, item: TallyItem) -> str | None:
    """The forces, named by no actor, right before "lost" a count of people ("Partner
    forces lost 7 personnel"), in lower case."""
    sentence_start = doc.sentences[item.sentence][0]
    lost = _LOST_BEFORE.search(doc.text, max(sentence_start, item.start - 40), item.start)
    if lost is None and item.party_span is not None and item.party_span[0] < item.start:
        # "lost 7 personnel killed and 15 wounded": the 15 are of the personnel lost too
        lost = _LOST_COUNT_BEFORE.search(doc.text, max(sentence_start, item.party_span[0] - 50),
                                         item.party_span[0])
    if lost is None:
        return None
    who = _FORCES_LOST.search(doc.text, max(sentence_start, lost.start() - 40), lost.start())
    if who is None or any(a.start < who.end("who") and who.start("who") < a.end
                          for a in starting_in(doc.actors, who.start("who") - 40,
                                               who.end("who"))):
        return None
    return who.group("who").lower()


def _resolve_party(doc: Doc, item: TallyItem) -> tuple[str | None, bool]:
    """The party's canonical actor name (and True), else the words as written (and False)."""
    if item.party_span is None or not item.party_text:
        return None, False
    if len(item.sides) > 1:
        return item.party_text, False  # "74 Taliban and ISIS-K insurgents": of both sides
    mention = _actor_at(doc, item.party_span)
    if (mention is not None and mention.kind == "civilians"
            and _SOUGHT.search(item.party_text) is not None):
        # "seven wanted persons": people the authorities sought, of no side the text names
        return item.party_text, False
    if mention is not None and mention.generic and (loser := _loser(doc, item)) is not None:
        # "Russian forces had lost about 1,230 soldiers": the soldiers are the loser's
        item.party_group = True
        return loser.name, True
    if (mention is None or mention.generic) and (forces := _unnamed_loser(doc, item)):
        # "Partner forces lost 7 personnel killed": the forces that lost them, named by a
        # word no actor is
        return forces, False
    if mention is not None:
        if mention.generic and _unnamed_party(item.party_text):
            # "8 militants were killed": an unnamed class, read as the opponent below.
            return item.party_text, False
        if mention.generic and mention.country is None and len(item.area) == 1 and (
                local := resolve_actor(item.party_text, country=item.area[0])) is not None \
                and local.name and local.country is not None and local.kind == mention.kind:
            # "4 soldiers were killed" in a count of Iraq: Iraq's soldiers
            return local.name, True
        if mention.generic and mention.kind == "civilians" and len(item.area) > 1 and (
                every := resolve_actor(item.party_text)) is not None and every.name and (
                every.kind == mention.kind):
            # "No civilians were killed" in a count of Somalia and Libya: of no one country,
            # whichever the words stand nearest to
            return every.name, True
        item.party_group = not mention.generic
        return mention.name, True
    country = item.area[0] if len(item.area) == 1 else None
    resolved = resolve_actor(item.party_text, country=country)
    first, either, rest = item.party_text.partition(" or ")
    if either and (resolved is None or resolved.generic):
        # "U.S. or partner forces": the first named, with the head they share
        resolved = resolve_actor(f"{first} {rest.split()[-1]}", country=country) or resolved
    if resolved is not None and resolved.name:
        item.party_group = not resolved.generic
        return resolved.name, True
    return item.party_text, False


#: Heads of a party that names nobody: "killing 19 members of the organization", "arresting
#: 37 others", "killed 4 of the ISIS elements" (the party read stops at "of").
_UNNAMED_HEADS = frozenset({"member", "other", "another", "operative", "element", "militant",
                            "terrorist", "fighter", "insurgent", "jihadist", "extremist", "of",
                            "militiamen", "militiaman", "rebel"})
#: Actor kinds a counter-insurgency tally counts as its opponents.


#: Heads of a party that counts everyone, whatever their side.
_EVERYONE = frozenset({"people", "person", "individual", "persons", "dead", "death"})


#: A party told only as sought by the authorities, with no noun: "(31) wanted".
_SOUGHT_BARE = re.compile(r"(?i:the\s+)?wanted")


def _unnamed_party(party_text: str) -> bool:
    words = party_text.lower().split()
    return len(words) <= 2 and (words[0] == "of" or party_key(party_text) in _UNNAMED_HEADS)


def _opponent(doc: Doc, item: TallyItem, indices: list[int]) -> str | None:
    """The armed group an unnamed party stands for: one named right after the figure ("4 of
    the ISIS elements"), else the only one in its sentence, else the only one in the tally
    sentences ("operations against ISIS ... killing 19 members")."""
    start, end = doc.sentences[item.sentence]
    for a in starting_in(doc.actors, item.end, min(end, item.end + 16)):
        if a.kind in NAMED_GROUP_KINDS:
            return a.name
    for spans in ([(start, end)], [doc.sentences[i] for i in indices]):
        names = _groups_in(doc, spans)
        if len(names) == 1:
            return names.pop()
        if names:
            return None
    return None


def _group_fought(doc: Doc) -> str | None:
    """The one armed group a release names as the one its operations were against
    ("conducted operations against ISIS in Iraq"), if it names one only."""
    text = doc.text
    names: set[str] = set()
    for m in _AGAINST_A_GROUP.finditer(text):
        # the words after "against", up to the end of their clause ("against ISIS and
        # al-Shabaab in ...": both)
        stop = _AGAINST_ENDS.search(text, m.end() - 1, m.end() + 80)
        named = [a for a in starting_in(doc.actors, m.end() - 1,
                                        stop.start() if stop else m.end() + 80)
                 if a.kind in NAMED_GROUP_KINDS and a.name]
        if named and (named[0].start <= m.end() + 8 or _REMNANTS_OF.fullmatch(
                text, m.end() - 1, named[0].start) is not None):
            names.update(a.name for a in named)
    return names.pop() if len(names) == 1 else None


_AGAINST_ENDS = re.compile(r"[,;.:\n]")


def _groups_in(doc: Doc, spans: Iterable[tuple[int, int]]) -> set[str]:
    """The armed groups named in ``spans``, less those named as partners of the operations."""
    text = doc.text
    return {a.name for s, e in spans for a in starting_in(doc.actors, s, e)
            if a.kind in NAMED_GROUP_KINDS
            and not _PARTNER_BEFORE.search(text, max(s, a.start - 40), a.start)}


#: Words that name a group as a partner of the operations, not their target: "9 operations
#: with the Syrian Democratic Forces, killing 8 operatives".
_PARTNER_BEFORE = re.compile(
    r"\b(?:with|alongside|and|by|backed\s+by|supported\s+by|partnership\s+with|"
    r"partnered\s+with|partner(?:s|ed)?|supporting)\s+(?:the\s+)?$"
    # "troops backed by local clan militias": the backers, a word or two before them
    r"|\b(?:backed|supported|assisted|aided|joined)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,2}$"
    # "in coordination with the Kurdish security forces (Asayish)": the partner, a word or
    # two before its name, or its name in brackets after the words for it
    r"|\b(?:coordination|cooperation|conjunction)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){1,2}$"
    r"|\bwith\s+(?:the\s+)?(?:[\w-]+\s+){1,3}\($",
    re.IGNORECASE,
)


_SPEECH = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|stated|states|released|published|"
    r"confirmed|revealed|declared|documented|recorded)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording\s+to\b|\bstatement\s+(?:from|by|issued\s+by)\b|\bcited\b",
                        re.IGNORECASE)


def _is_issuer(mention: ActorMention, parties: set[str]) -> bool:
    return mention.kind not in _NON_REPORTER_KINDS and mention.name not in parties and not (
        mention.generic
    )


#: A force named as the teller's partner: "alongside the Syrian Democratic Forces",
#: "partnered with Somali forces", "in coordination with the Federal Government of Somalia".
_TELLERS_PARTNER_BEFORE = re.compile(
    r"\b(?:alongside|(?:partnered|together|jointly)\s+with|in\s+(?:coordination|"
    r"cooperation|partnership|support\s+of)\s+with|in\s+support\s+of|with\s+(?:the\s+)?"
    r"(?:help|support|backing)\s+of|supported\s+by|backed\s+by|were\s+with|with)"
    r"\s+(?:the\s+)?(?:its\s+|their\s+)?$", re.IGNORECASE)


def _named_as_partner(text: str, mention: ActorMention) -> bool:
    """Whether a force is named as the partner of the operations' teller, not as a teller:
    a report that names its teller only as "the command" gives no teller by it."""
    return _TELLERS_PARTNER_BEFORE.search(text, max(0, mention.start - 40),
                                          mention.start) is not None


def _is_label(text: str, start: int, end: int) -> bool:
    """"Coalition: 14 militants killed": a name that opens a line, a colon after it."""
    return text.startswith(":", end) and (start == 0 or text[start - 1] == "\n")


def _reporter(doc: Doc, indices: list[int], parties: set[str]) -> str | None:
    """The organisation that issues the tallies: named with a speech verb, else the lead actor."""
    text = doc.text
    told = _told_by(doc, indices, parties)
    if told is not None:
        if _told_by(doc, indices, parties, precise=True) != told:
            # "The US military said ...", and elsewhere "US Africa Command (AFRICOM) said":
            # the command that issued the figures, not the country's forces at large
            precise = _told_by(doc, list(range(len(doc.sentences))), parties, precise=True)
            if precise is not None:
                return precise
        return told
    acronym = _acronym_told(doc, indices, parties)
    if acronym is not None:
        return acronym
    for index in indices:
        # "..., according to figures from the ministry": the ministry named in full before
        start, end = doc.sentences[index]
        according = _ACCORDING_TO_OFFICE.search(text, start, end)
        in_full = _named_in_full(text, according.group("head"), according.start()) \
            if according else None
        if in_full is not None:
            return _known_as(in_full) if not _names_a_party(in_full, parties) else in_full
    for index in indices:
        # "the health ministry in the Hamas-run enclave said": an office named in lower case
        start, end = doc.sentences[index]
        by_office = _TOLD_BY_OFFICE.search(text, start, end)
        if by_office is not None and by_office.group("office").endswith("force") and (
                _FORCE_NAMED.search(text, 0, by_office.start())):
            # "the task force said" after the force's name in full: that name, read below
            continue
        if by_office is not None:
            office = " ".join(by_office.group("office").split())
            resolved = resolve_actor(office)
            return resolved.name if resolved is not None and resolved.name and not \
                resolved.generic else f"{by_office.group('owner') or ''}{office}"
        by_head = _TOLD_BY_HEAD.search(text, start, end)
        if by_head is not None:
            # "Coalition: 14 militants killed" above "..., the command said": the office the
            # body names in full, not a headline's label
            in_full = _office_in_full(doc, by_head.group("head").title(), by_head.start())
            if in_full is not None and not _names_a_party(in_full, parties):
                return _known_as(in_full)
        of_what = _OFFICE_OF_TELLS.search(text, start, end)
        if of_what is not None:
            # "The ministry of interior announce, today Saturday,": a translation's office
            # named in full in lower case, its name
            words = of_what.group("office").split()
            return " ".join(w if w in {"of", "the", "for"} else w.capitalize() for w in words)
    # "According to the Inter-Services Public Relations (ISPR), the operations were ...":
    # the issuer named in a sentence of the report that gives no figure
    told = _told_by(doc, [i for i in range(len(doc.sentences)) if i not in indices], parties)
    if told is not None:
        return told
    for index in indices:
        # '"Our troops have killed 83 militants ...," Lt. Gen. Omar Bukhari, the commander
        # of the XI Corps, told reporters': the unit the official who told them heads
        role = _ROLE_OF_UNIT_TELLS.search(text, *doc.sentences[index])
        if role is not None and not _names_a_party(role.group("org"), parties):
            return _known_as(role.group("org"))
    # "..., the National Defence Ministry said on Thursday": an organisation the actor list
    # lacks, named as the teller of the figures
    told = _organisation_in(doc, indices, parties, telling=True)
    if told is not None:
        return told
    masthead = _masthead(doc, parties)
    if masthead is not None:
        return masthead
    # "Coalition: ..." above "..., the command said": a headline's label is not the office
    # the body names as the teller (the office named in full was read above)
    told_below = any(_TOLD_BY_HEAD.search(text, *doc.sentences[index]) for index in indices)
    for index in indices[:1]:
        start, end = doc.sentences[index]
        for a in starting_in(doc.actors, start, end):
            if _is_issuer(a, parties) and not (told_below and _is_label(
                    text, a.start, a.end)) and not _named_as_partner(text, a):
                return teller_name(a)
    # "The Armed Forces ... have announced an operation to pursue the attackers", below a
    # bulletin's figures and its incidents: a force named only after the figures, for a
    # deed of its own, did not tell them (a teller named there is read above or below)
    last = max(doc.sentences[i][1] for i in indices) if indices else len(text)
    for a in doc.actors:
        if a.start > last:
            continue
        if _is_issuer(a, parties) and not (told_below and _is_label(
                text, a.start, a.end)) and not _named_as_partner(text, a):
            return teller_name(a)
    for index in indices[:1]:
        # "The Iraqi Counter-Terrorism Service (CTS) carried out 1,214 operations ..., the
        # service's spokesman said", its own dead counted below: the force that tells of its
        # operations, though it counts its losses too
        start, end = doc.sentences[index]
        for a in starting_in(doc.actors, start, end):
            if a.kind in _OWN_TELLING_KINDS and not a.generic and a.name and not (
                    told_below and _is_label(text, a.start, a.end)):
                return teller_name(a)
    # No actor recognised: the first organisation named in the tally sentences, as written,
    # or one a figure is told "according to" in another sentence.
    told = _organisation_in(doc, indices, parties, telling=False, labels=not told_below)
    if told is not None:
        return told
    for start, end in doc.sentences:
        for according in _ACCORDING_TO.finditer(text, start, end):
            m = _organisation_re().match(text, according.end(), end)
            if m:
                return _organisation_name(m, doc.places)
    # "The Security Media Cell announced ... the outcome of the operations ... as follows:"
    # above the list of figures: an organisation named as the teller in a line of none
    told = _organisation_in(doc, [i for i in range(len(doc.sentences)) if i not in indices],
                            parties, telling=True, above_the_figures=True)
    if told is not None:
        return told
    return _body_told_by(doc, indices, parties) or _publisher_in_footer(doc, parties) or \
        _publisher_to_contact(doc, parties)


#: The first line of a text, up to its line break.
_FIRST_LINE = re.compile(r"[^\S\n]*(?P<line>[^\n]+?)[^\S\n]*(?:\n|$)")
#: The teller speaking of its own: "our forces", "our units".
_OUR_OWN = re.compile(r"\b[Oo]ur\s+(?:forces|units|troops|teams|personnel|heroes|fighters)\b")


def _masthead(doc: Doc, parties: set[str]) -> str | None:
    """"Kurdistan Region Security Council" alone on the first line of a summary whose body
    tells of "our forces": the body the release is headed by issued it, though the first
    force the body names is a partner ("in coordination with the Peshmerga and the
    international coalition")."""
    text = doc.text
    head = text
    if doc.document is not None and doc.document.debris and doc.document.debris[0].start == 0:
        # a masthead set apart above a dateline is kept as the text's header, not its words
        head = doc.document.debris[0].text
    line = _FIRST_LINE.match(head)
    if line is None:
        return None
    # (the line is read first: the body is searched only under a masthead)
    org = _organisation_re().fullmatch(head, line.start("line"), line.end("line"))
    if org is None or _OUR_OWN.search(text) is None:
        return None
    name = _organisation_name(org, doc.places)
    if _names_a_party(name, parties):
        return None
    return _known_as(name)


#: A line that names who issued the bulletin: "Issued by the Office of the Governor of Ituri",
#: "Published by the Regional Security Council." (the name: capitalised words, "of", "the",
#: "for", "and" between them, up to the end of the line or a comma).
_ISSUED_BY_LINE = re.compile(
    r"(?m)^[^\S\n]*(?:This\s+(?:bulletin|update|report|note)\s+(?:was|is)\s+)?"
    r"(?:[Ii]ssued|[Pp]ublished|[Pp]roduced|[Pp]repared|[Cc]ompiled|[Rr]eleased)\s+by\s+"
    r"(?:the\s+)?(?P<org>[A-Z][\w&.'\u2019-]*(?:[^\S\n]+(?:(?:of|for|and|the|on|in)"
    r"[^\S\n]+)*[A-Z(][\w&.'\u2019()-]*){0,10})")
#: What a line naming the publisher holds, one at least (its pattern runs only where one is).
_ISSUED_BY_WORDS = ("ssued by", "ublished by", "roduced by", "repared by", "ompiled by",
                    "eleased by")


def _publisher_in_footer(doc: Doc, parties: set[str]) -> str | None:
    """The body a bulletin names as its issuer only in a line of its own, at its head or
    foot ("Issued by the Office of the Governor of Ituri"): the teller of its figures, where
    no other is told."""
    text = doc.text
    if not any(word in text for word in _ISSUED_BY_WORDS):
        return None
    m = _ISSUED_BY_LINE.search(text)
    if m is None or _names_a_party(m.group("org"), parties):
        return None
    # "the Office for the Coordination of Humanitarian Affairs (OCHA) in Chad": the name ends
    # with its initials in brackets; where it works is no part of it
    org = _SHORT_FORM_CLOSES.sub(r"\1", m.group("org")).rstrip(" .,")
    return _known_as(org)


#: A name closed by its initials in brackets, then where the body works: "... (OCHA) in Chad".
_SHORT_FORM_CLOSES = re.compile(r"(\([A-Z][A-Za-z&.-]{1,11}\))\s+(?:in|for|on)\s+.*$", re.DOTALL)
#: The lines a bulletin closes with to say whom to ask: "For further information, please
#: contact:" and the contact's name, office and body, then their address (every match holds
#: "contact", looked for before the pattern runs).
_CONTACT_LINES = re.compile(
    r"(?im)^[^\S\n]*(?:for\s+(?:further|more|additional)\s+information,?\s+(?:please\s+)?"
    r"contact|please\s+contact|contacts?(?=[^\S\n]*:)|media\s+contacts?|"
    r"contacts?\s+for\s+(?:the\s+)?media)\b[^\S\n]*:?[^\S\n]*"
    r"(?P<rest>[^\n]*(?:\n[^\n]+){0,3})")
#: What a part of a contact line holds where it tells how to reach someone, not who.
_CONTACT_ADDRESS = re.compile(r"@|https?:|www\.|\+?\d[\d\s()-]{5,}|\b(?:tel|phone|mobile|email|"
                              r"e-mail)\b", re.IGNORECASE)
#: An office held, not a body: "Head of Office", "Public Information Officer".
_CONTACT_OFFICE = re.compile(
    r"\b(?:head|officer|chief|spokes(?:man|woman|person)|coordinator|director|manager|adviser|"
    r"advisor|associate|assistant|analyst|specialist|representative|focal\s+point)\b",
    re.IGNORECASE)
#: A body's initials: "OCHA" in "OCHA Chad".
_INITIALS = re.compile(r"\b[A-Z]{3,8}\b")


def _publisher_to_contact(doc: Doc, parties: set[str]) -> str | None:
    """The body a bulletin names in the contact lines it closes with ("For further
    information, please contact: Jane Roe, Head of Office, OCHA Chad, roe@un.org"): its
    publisher, the teller of its figures where no other is told. The contact's name, office
    and address are not the body."""
    text = doc.text
    if "ontact" not in text:
        return None
    m = _CONTACT_LINES.search(text)
    if m is None:
        return None
    parts = [p.strip(" .;:") for p in re.split(r"[,;|\n]|\s[-\u2013\u2014]\s", m.group("rest"))]
    parts = [p for p in parts if p and not _CONTACT_ADDRESS.search(p)
             and not _CONTACT_OFFICE.search(p)]
    for part in parts:
        resolved = resolve_actor(part)
        if resolved is not None and resolved.name and not resolved.generic and \
                not _names_a_party(part, parties) and load_gazetteer().country_by_name(
                    part) is None:
            return teller_name(resolved)
        initials = _INITIALS.search(part)
        if initials is not None and load_gazetteer().country_by_name(
                initials.group()) is None and not _names_a_party(initials.group(), parties):
            # "OCHA Chad": the body by its initials, where it works after them
            found = resolve_actor(initials.group())
            return teller_name(found) if found is not None and found.name and \
                not found.generic else initials.group()
    return None


#: A state's forces told of as a body, not as men: "the army", "the military", "the police".
_FORCES_AS_A_BODY = re.compile(
    r"(?:the\s+)?(?:army|military|police|navy|air\s+force|armed\s+forces|gendarmerie)",
    re.IGNORECASE)


def _body_told_by(doc: Doc, indices: list[int], parties: set[str]) -> str | None:
    """"The army said in its weekly briefing that troops had neutralised 35 terrorists": the
    forces of the country the report is about, told of as a body with a speech verb, where
    the report names no teller of its own."""
    text = doc.text
    for index in indices:
        start, end = doc.sentences[index]
        for a in starting_in(doc.actors, start, end):
            if not a.generic or a.country is None or a.kind not in _OWN_TELLING_KINDS or (
                    a.name in parties) or not _FORCES_AS_A_BODY.fullmatch(a.text):
                continue
            after = _LEAD_TO_VERB.sub("", text[a.end:min(end, a.end + 60)], count=1)
            if _SPEECH.match(after) or _ACCORDING.search(text, max(start, a.start - 30),
                                                           a.start):
                return teller_name(a)
    return None


_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?")
#: An official named by the unit they head, then the speech verb: ", the commander of the XI
#: Corps, told reporters", ", spokesman of the 4th Brigade, said".
_ROLE_OF_UNIT_TELLS = re.compile(
    r",\s+(?:the\s+)?(?:[a-z]+\s+)?(?:commander|chief|head|spokesman|spokesperson|"
    r"spokeswoman|director)\s+of\s+(?:the\s+)?"
    r"(?P<org>(?:[A-Z0-9][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*),\s+"
    r"(?:said|says|told|stated|announced)\b")
#: An office told of again by its head noun as the teller: "..., the command said", "the
#: ministry said on Monday that".
_TOLD_BY_HEAD = re.compile(
    r"\b[Tt]he\s+(?P<head>ministry|command|cell|agency|directorate|department|authority|"
    r"observatory|mission|council|service)\s+(?:said|says|reported|announced|stated)\b")
_FORCE_NAMED = re.compile(r"\bForces?\b")
# "according to figures from the ministry", "according to the command": an office told of
# again by its head noun
_ACCORDING_TO_OFFICE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:figures|data|statistics|numbers|a\s+tally|records)\s+"
    r"(?:from|by|of|released\s+by|compiled\s+by)\s+)?the\s+(?P<head>ministry|command|cell|"
    r"agency|office|directorate|department|authority|observatory|monitor|mission|council)\b")


def _named_in_full(text: str, head: str, before: int) -> str | None:
    """The last name before ``before`` that ends in ``head`` or opens with it ("Ministry of
    Peshmerga Affairs", "the Security Media Cell")."""
    found = list(re.compile(
        # ("U.S. Africa Command": a name's initials with their dots)
        rf"\b(?:[A-Z][\w'-]*(?:\.(?:[A-Z]\.)*)?[^\S\n]+){{0,4}}{head.title()}(?:[^\S\n]+(?:of|for)"
        rf"(?:[^\S\n]+the)?(?:[^\S\n]+[A-Z][\w'-]*)+)?\b").finditer(text, 0, before))
    # "Somalia's Ministry of Information": the name without the country it is of
    return re.sub(r"^(?:The\s+|\S+['\u2019]s\s+)", "", found[-1].group()) if found else None


def _office_in_full(doc: Doc, head: str, at: int) -> str | None:
    """The organisation named in full with ``head`` ("Command") that "the command" at ``at``
    tells of again: the last before it, else the first after it; none opening a line
    before a colon."""
    found = [m for m in _organisation_re().finditer(doc.text)
             if re.search(rf"\b{head}\b", m.group("org"))
             and not _is_label(doc.text, m.start(), m.end())]
    before = [m for m in found if m.end() <= at]
    chosen = before[-1] if before else next((m for m in found if m.start() > at), None)
    if chosen is None:
        return None
    # ("... said on Monday. Central Command did not", "Baghdad / INA\nThe Security Media
    # Cell announced": the name after the stop or the line's end)
    stops = list(_NAME_STOP.finditer(chosen.group("org")))
    if stops:
        chosen = _organisation_re().match(doc.text, chosen.start("org") + stops[-1].end())
    return _organisation_name(chosen, doc.places) if chosen is not None else None


_NAME_STOP = re.compile(r"(?<=[a-z])\.\s+|\s*\n\s*")


def _organisation_in(doc: Doc, indices: list[int], parties: set[str], *,
                     telling: bool, above_the_figures: bool = False,
                     labels: bool = True) -> str | None:
    """The first organisation the sentences ``indices`` name that is not a counted party;
    with ``telling``, only one a speech verb follows. With ``above_the_figures`` (a line
    of no figures that introduces them), its abbreviation and the day may come between.
    Without ``labels``, not one that opens a line before a colon ("Coalition: ...")."""
    text = doc.text
    for index in indices:
        start, end = doc.sentences[index]
        for org in _organisation_re().finditer(text, start, end):
            if not labels and _is_label(text, org.start(), org.end()):
                continue
            if not telling and _TELLERS_PARTNER_BEFORE.search(
                    text, max(start, org.start() - 40), org.start()) is not None:
                continue  # "most of them alongside the Syrian Democratic Forces"
            name = _organisation_name(org, doc.places)
            if name in _organisation_words():
                # "The Cell said in statement": the office named in full before, told again
                name = _named_in_full(text, name.lower(), org.start()) or name
            # (what follows the name up to the verb: "said" keeps its first letter)
            after = text[org.end():min(end, org.end() + 40)]
            if above_the_figures:
                after = _NAME_TO_VERB.sub("", after, count=1)
            if telling and not _SPEECH.match(_LEAD_TO_VERB.sub("", after, count=1)):
                continue
            if not _names_a_party(name, parties):
                if not telling and (same := _read_as_an_actor(doc, name)) is not None:
                    # "The Armed Forces spokesman said that units of the armed forces ...":
                    # the force the same words name where the actors stage reads them
                    return same
                # "the Rwanda Defence Force said": the actor the list knows it as (an
                # official name in the singular the list has in the plural)
                return _known_as(name, f"{name}s" if name.endswith("Force") else None) \
                    if telling else name
    return None


def _known_as(name: str, also: str | None = None) -> str:
    """The name of a teller written ``name``: the actor the list knows it as (the office as
    written, where the list reads a ministry as the forces it runs), else ``name`` as
    written; ``also``, another spelling looked up where ``name`` finds no actor."""
    resolved = resolve_actor(name) or (resolve_actor(also) if also is not None else None)
    return teller_name(resolved) if resolved is not None and resolved.name and \
        not resolved.generic else name


def _read_as_an_actor(doc: Doc, name: str) -> str | None:
    """The actor the actors stage reads the same words as elsewhere in the text, written in
    any case ("the armed forces" for "The Armed Forces"), where they name one."""
    lowered = name.lower()
    for a in doc.actors:
        if a.name and a.text.lower() == lowered:
            return teller_name(a)
    return None


#: "..., according to ISPR.": a body named by its initials alone, closing the clause.
_ACCORDING_TO_ACRONYM = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<acronym>[A-Z]{2,6})(?![\w&'\u2019-]|\.\w)"
    r"(?=\s*(?:[,;:)]|\.(?!\w)|$))")


def _acronym_told(doc: Doc, indices: list[int], parties: set[str]) -> str | None:
    """The body a figure is told "according to" by its initials alone ("..., according to
    ISPR."): the organisation the actor list knows by them, else the initials as written;
    never a country's ("according to the US") nor a news outlet's, nor a party counted."""
    text = doc.text
    for index in indices:
        start, end = doc.sentences[index]
        if "ccording" not in text[start:end]:
            continue
        for m in _ACCORDING_TO_ACRONYM.finditer(text, start, end):
            acronym = m.group("acronym")
            if load_gazetteer().country_by_name(acronym) is not None or \
                    outlet_country(acronym) is not None or _names_a_party(acronym, parties):
                continue
            resolved = resolve_actor(acronym)
            if resolved is None or not resolved.name:
                return acronym
            if not resolved.generic and resolved.kind not in NEVER_TELLING:
                return teller_name(resolved)
    return None


def _names_a_party(name: str, parties: set[str]) -> bool:
    """"Among the dead were two members of the Popular Mobilization Forces": a party counted,
    not the issuer."""
    resolved = resolve_actor(name)
    return name in parties or (resolved is not None and resolved.name in parties)


def _organisation_name(m: re.Match[str], places: Sequence[PlaceMention] = ()) -> str:
    """The organisation's name as written, without its article, nor the town it sits in
    ("the Defence Headquarters in Abuja said": the headquarters; "the Mission in South
    Sudan" keeps its country)."""
    name = re.sub(r"^(?:The|A|An)\s+", "", " ".join(m.group("org").split()))
    seat = _SEAT.search(m.group("org"))
    if seat is not None and any(
            p.place is not None and p.place.feature != "country"
            for p in overlapping(places, m.start("org") + seat.end(), m.end("org"))):
        return " ".join(_SEAT.split(name, maxsplit=1)[0].split())
    return name


#: An office named with a capital and "in" right before a town: "Headquarters in", "the
#: Interior Ministry in" (not "allied forces in", which tells where the forces were).
_SEAT_BEFORE = re.compile(
    r"\b(?:Headquarters|Ministry|Command|Office|Department|Directorate|Agency|Cell|Council|"
    r"Committee|Authority|Observatory)\s+in\s+(?:the\s+)?$")
_SEAT = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")


_BRACKETED_NAME = re.compile(r"^\s*\([^()]{1,24}\)")
#: What stands between a name and its speech verb: spaces, commas, a possessive ("CENTCOM's
#: statement"), never the first letter of "said".
#: What may stand between a teller's name and its verb: "Inter-Services Public Relations
#: (ISPR) on Tuesday released".
_NAME_TO_VERB = re.compile(r"^(?:[ \t]*\([A-Z][\w-]{1,12}\))?(?:[ \t]+on[ \t]+[A-Z][a-z]+day\b)?")
_LEAD_TO_VERB = re.compile(r"^[\s,]*(?:['\u2019]s\b)?[\s,]*")


#: A country's forces named at large ("the US military"), not the command that tells.
# ("US-led coalition says" in a headline, "U.S. Central Command said" in the body: the
# command that issued the figures, not the alliance it leads; "Coalition says" in a headline
# alike)
_FORCES_AT_LARGE = re.compile(r"(?:[A-Z][\w.-]*\s+)?(?:[Mm]ilitary|[Cc]oalition)")


def _told_by(doc: Doc, indices: list[int], parties: set[str], *,
             precise: bool = False) -> str | None:
    """The first issuer the sentences ``indices`` name with a speech verb or "according to";
    with ``precise``, not a country's forces named at large."""
    text = doc.text
    for index in indices:
        start, end = doc.sentences[index]
        for a in starting_in(doc.actors, start, end):
            if a.generic or a.name in parties or a.kind in NEVER_TELLING or (
                    precise and _FORCES_AT_LARGE.fullmatch(a.text)):
                continue
            # "US Central Command (CENTCOM) said": the short name in brackets between
            after = _BRACKETED_NAME.sub("", text[a.end : min(end, a.end + 60)], count=1)
            after = _LEAD_TO_VERB.sub("", after, count=1)
            # "The Syrian Democratic Forces (SDF) Media Center announced": its office told
            office = _PRESS_OFFICE.match(after)
            if office is not None:
                after = after[office.end():]
            before = text[max(start, a.start - 30) : a.start]
            if _SPEECH.match(after) or _ACCORDING.search(before):
                return teller_name(a)
    return None


#: The office through which a force or group tells its figures, named after it.
_PRESS_OFFICE = re.compile(
    r"(?:(?:General\s+)?(?:Media|Press|Information|Public\s+Relations)\s+(?:Center|Centre|"
    r"Office|Department|Directorate|Wing|Cell)|General\s+Command|[Ss]pokes(?:man|person|woman))"
    r"\s+")
#: Actor kinds that tell of their own operations (and losses).
_OWN_TELLING_KINDS = frozenset({"state_forces", "external_force", "police"})
#: Actor kinds that never issue a tally, however named: people at large, and gunmen nobody
#: names ("the attackers", "unknown assailants"), whichever country they were read for.
NEVER_TELLING = frozenset({"civilians", "protesters", "rioters", "unidentified_armed_group"})
#: Of those, the kinds that own no fighters' dead ("the attackers fled carrying their dead":
#: unnamed gunmen have dead of their own).
NO_SIDE_KINDS = NEVER_TELLING - {"unidentified_armed_group"}
_TOLD_BY_OFFICE = re.compile(
    # "the health ministry in the enclave said", "Mozambique's defence ministry said", "the
    # joint task force in the delta said": a force that tells the figures of its operations
    r"\b(?:[Tt]he\s+|(?P<owner>[A-Z][\w-]*['\u2019]s\s+))(?P<office>(?:[a-z][\w-]*\s+){1,2}(?:ministry|command|mission|office|agency|force|"
    r"observatory|directorate|department|authority|monitor))(?:\s+(?:in|of|for)\s+[^,.;]{1,40}?)?"
    r"\s+(?:said|says|reported|announced|stated)\b")


#: An office named in full in lower case and its speech verb, as translated releases write
#: it: "The ministry of interior announce,", "the directorate of military intelligence said".
_OFFICE_OF_TELLS = re.compile(
    r"\b[Tt]he\s+(?P<office>(?:ministry|directorate|department|command|office)\s+(?:of|for)\s+"
    r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s+"
    r"(?:said|says|reported|announced|announce|stated)\b")


@cache
def _organisation_words() -> frozenset[str]:
    raw = json.loads(resources.files("eventcoder.data").joinpath("tally_metrics.json").read_text())
    return frozenset(raw["organisation_words"])


@cache
def _organisation_re() -> re.Pattern[str]:
    words = _alternation(sorted(_organisation_words()))
    cap = r"[A-Z][\w.\u2019'-]*"
    # ("the Defence Headquarters on Friday said": a day is no part of the name)
    when = _alternation([*calendar.day_name, *(m for m in calendar.month_name if m)])
    return re.compile(
        rf"(?P<org>(?:{cap}\s+){{0,5}}(?:{words})\b(?:\s+(?:of|for|in|on)\s+(?:the\s+)?"
        rf"(?!(?:{when})\b){cap}(?:\s+{cap}){{0,3}}"
        # "Joint Task Force Ember", "Task Force 88": a task force's code name or number
        rf"|(?<=Task\sForce)\s+(?!(?:{when})\b)(?:[A-Z][a-z]+|\d+)\b(?!\s+[A-Z]))?)"
    )


# --- parents and consistency -----------------------------------------------------------------


def _period_within(inner: tuple[date, date] | None, outer: tuple[date, date] | None) -> bool:
    """Say whether two periods overlap: 'over the past week' and 'during the week' may be
    resolved a day apart, but a part never lies in a period disjoint from its total."""
    if inner is None or outer is None:
        return True
    return inner[0] <= outer[1] and outer[0] <= inner[1]


def _same_side(party: str, side: str) -> bool:
    """"Islamic State" and "Islamic State Khorasan Province": a group and its branch, one side
    of a count of both."""
    return party == side or side.startswith(f"{party} ") or party.startswith(f"{side} ")


def _breaks_down(part: TallyItem, total: TallyItem) -> bool:
    """Say whether ``part`` is a piece of ``total``: same metric and party, a smaller area."""
    if part is total or part.metric != total.metric or part.subset or part.fate_of:
        return False
    if total.subset and not (part.metric in CASUALTY_METRICS and total.party_resolved
                             and part.party == total.party):
        # "the dead included 119 civilians ... 64 of the civilians were killed in Idlib":
        # a group named among the dead breaks down by place only into more of the group
        return False
    if total.subset and part.value is not None and total.value is not None and (
            part.value > total.value):
        # "37 arrested, of whom 6 were leaders ... 15 of them in Nineveh": more than the
        # leaders, so not of them
        return False
    if part.metric in CASUALTY_METRICS and part.party and total.party and not any(
            _same_side(part.party, side) for side in total.sides):
        both_actors = part.party_resolved and total.party_resolved
        # "31 terrorist" (as written) and "7 terrorists" (an actor class) are one party
        written_alike = bool(part.party_text and total.party_text) and party_key(
            part.party_text or "") == party_key(total.party_text or "")
        # "arresting 112 suspects ... 40 [militants] arrested": those held are suspects,
        # whoever they are said to be.
        held_any = part.metric == "detained" and (party_key(
            total.party_text or total.party) in _ANY_DETAINEE or party_key(
            part.party_text or part.party) in _ANY_DETAINEE)
        if not held_any and (part.party != total.party if both_actors else (
                party_key(part.party) != party_key(total.party) and not written_alike)):
            return False
    if not _period_within(part.period, total.period):
        return False
    if part.value is not None and total.value is not None and part.value > total.value and (
            not total.total):
        # "96 neutralized in December ... 1,134 since the start of the year": a count larger
        # than another is no piece of it (a total told as one may still disagree)
        return False
    p_area, t_area = set(part.area), set(total.area)
    if p_area and t_area and p_area < t_area:
        return True
    if p_area != t_area:
        return False
    if part.area_names and set(part.area_names) < set(total.area_names):
        return True
    if part.area_names and not total.area_names:
        return True
    if part.area_divisions and set(part.area_divisions) < set(total.area_divisions):
        return True  # "in the Hawija district" of a count "in Kirkuk and Nineveh"
    if total.sentence < part.sentence and part.area_divisions and set(
            part.area_divisions) <= set(total.area_names) and not (
            set(part.area_names) & set(total.area_names)):
        return True  # "near Mucojo in Macomia district" of a count "in Cabo Delgado province"
    if total.sentence < part.sentence and part.unplaced and total.area_names and not (
            set(part.area_names) & set(total.area_names)) and (
            set(total.area_names) <= set(total.area_divisions)):
        return True  # "- Muidumbe: 11 insurgents killed" under a count "in Cabo Delgado"
    if total.sentence < part.sentence and part.area_divisions and total.area_names and all(
            _COMPASS_REGION.fullmatch(name) for name in total.area_names):
        return True  # "- Borno: 27 killed ..." under a count "across the northeast"
    same_place = part.area_names == total.area_names
    return same_place and total.total and not part.total and part.qualifier != total.qualifier


#: A part of a country named by its quarter alone ("across the northeast", "in the south"):
#: its provinces, named in rows below a count of it, are pieces of that count.
_COMPASS_REGION = re.compile(
    r"(?i:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|centre|center|central)")


_ANY_DETAINEE = frozenset({"suspect", "person", "people", "individual", "detainee", "wanted",
                           "accused"})


def party_key(party: str) -> str:
    """What two party names are compared by: 'wanted suspects' and 'suspects' are one party."""
    words = party.lower().split()
    if not words:
        return ""
    head = words[-1]
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def _parent_rank(part: TallyItem, total: TallyItem) -> tuple[int, int, bool, bool, bool, int]:
    """How well ``total`` fits as the total ``part`` breaks down, lowest best: the smallest
    enclosing area wins; then one of the same party; then one of the part's own period ("6
    in Syria" of the week's 19, not of the 712 since January); then a stated total; then
    the nearest."""
    return (len(total.area), len(total.area_names) * -1, total.party != part.party,
            total.period != part.period, not total.total, abs(total.sentence - part.sentence))


def link_parents(items: list[TallyItem]) -> dict[int, int]:
    """Map each part (by position) to its total: the most specific tally it breaks down."""
    parents: dict[int, int] = {}
    for k, part in enumerate(items):
        if part.subset or part.fate_of:
            host = next((j for j, other in enumerate(items) if other is part.within), None)
            if host is not None:
                parents[k] = host
            continue
        best = min((j for j, total in enumerate(items) if _breaks_down(part, total)
                    and not (part.of_told_before and total.sentence > part.sentence)),
                   key=lambda j: _parent_rank(part, items[j]), default=None)
        if best is not None:
            parents[k] = best
        elif k > 0 and k - 1 in parents and part.area_names and not part.area_divisions and (
                (sibling := items[k - 1]).sentence == part.sentence and not sibling.subset
                and sibling.metric == part.metric and sibling.party == part.party
                and sibling.area_names and sibling.area_names != part.area_names):
            # "22 ... near Mucojo in Macomia district and 16 near Quiterajo": a part by a
            # place the gazetteer lacks, told beside a part of the same total
            parents[k] = parents[k - 1]
        elif (whole := _row_of_the_rows_before(items, parents, k)) is not None:
            parents[k] = whole
    _parts_by_stretch(items, parents)
    return parents


def _row_of_the_rows_before(items: list[TallyItem], parents: dict[int, int],
                            k: int) -> int | None:
    """"In the North East, troops neutralised 23 terrorists ... In the South South, troops
    neutralised 5 oil thieves": the last of a release's rows by zone, its people named in
    words the actor list does not know, is a row of the total the rows before it break
    down, where that total has room for it (the rows then add up to no more than it)."""
    part = items[k]
    if part.party_resolved or not part.party_text or part.metric not in CASUALTY_METRICS \
            or not part.area_names or part.value is None:
        return None
    before = next((j for j in range(k - 1, -1, -1) if items[j].metric == part.metric
                   and not items[j].subset), None)
    if before is None or before not in parents or items[before].sentence >= part.sentence \
            or not items[before].area_names:
        return None
    whole = parents[before]
    total = items[whole]
    if not total.party_resolved or total.value is None or not _period_within(
            part.period, total.period) or not set(part.area) <= set(total.area):
        return None
    rows = sum(items[j].value or 0 for j, t in parents.items() if t == whole)
    return whole if rows + part.value <= total.value else None


def _parts_by_stretch(items: list[TallyItem], parents: dict[int, int]) -> None:
    """"313 operations in 2022 ... 84 from January to March, 79 from April to June, ...":
    counts of one sentence over different stretches of a longer period, in the same area,
    are a breakdown of the count over the whole of it (by ``parents``, as above). The count
    over the whole may be told first in the same sentence: "68 operations in the third
    quarter, with 27 in July, 14 in August and 27 in September"."""
    for k, part in enumerate(items):
        if k in parents or part.subset or part.fate_of or part.period is None:
            continue
        for j, total in enumerate(items):
            if ((total.sentence == part.sentence and total.end > part.start)
                    or total.metric != part.metric
                    or not _over_a_stretch(part, total)
                    or set(total.area) != set(part.area) or total.subset
                    or total.area_names != part.area_names
                    or (part.party is not None and total.party is not None
                        and party_key(part.party) != party_key(total.party))):
                continue
            # the counts over other stretches beside it (in its sentence, or in a row of a
            # list next to its own), each within the total's period
            siblings = [o for o in items if o is not part and o is not total
                        and abs(o.sentence - part.sentence) <= 1
                        and o.metric == part.metric and o.period is not None
                        and o.period not in (part.period, total.period) and not o.subset]
            if siblings and all(_over_a_stretch(o, total) for o in siblings):
                parents[k] = j
                break


def metric_phrase(metric: str, party: str | None) -> str:
    """How a metric reads in an explanation: 'operations', 'killed (Islamic State)'."""
    return f"{metric} ({party})" if party and metric in CASUALTY_METRICS else metric


def _label(item: TallyItem) -> str:
    if item.fate_of:
        return item.metric
    if item.subset and item.party_text and item.party_text.lower() in _AMONG_WORDS:
        return item.party_text  # "children 468" of the civilians counted
    if (item.subset and item.area_label and item.within is not None
            and item.party == item.within.party and (
                # (not "Four of the 38 operations were U.S.-only": a kind, in the same place)
                item.of_value is not None and not (
                    item.qualifier and item.area == item.within.area)
                or item.area != item.within.area
                # (not a place the share shares with its count: "Of those neutralised,
                # roughly a third, 14, died in air strikes")
                or item.of_fate and item.area_label != item.within.area_label
                # ("with 19 and 14 respectively": each of a place of the whole's)
                or item.respective)):
        # "Of the 43, 17 were killed in Mir Ali", "11 of them ... in northern Iraq": a part
        # by place
        return item.area_label
    if item.subset and item.metric in CASUALTY_METRICS:
        return item.party or item.party_text or "unspecified party"
    if item.subset and (item.qualifier or not item.area_names):
        # "6 unilateral": the qualifier says which; "three of the strikes ... near Jilib":
        # the places below the country
        return ""
    return item.area_label or ", ".join(item.area) or "unspecified area"


def _stretch_label(period: tuple[date, date]) -> str:
    """"January to March 2022", "May 2023", or the days: how a stretch of a period reads."""
    first, last = period
    whole_months = first.day == 1 and (last + timedelta(days=1)).day == 1
    if not whole_months:
        return f"{first.isoformat()} to {last.isoformat()}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{calendar.month_name[first.month]} {first.year}"
    tail = f"{calendar.month_name[last.month]} {last.year}"
    head = calendar.month_name[first.month] + (
        f" {first.year}" if first.year != last.year else "")
    return f"{head} to {tail}"


def _breakdown_text(parts: list[TallyItem], total: TallyItem | None = None) -> str:
    groups: dict[str, list[TallyItem]] = {}
    for p in parts:
        over = total is not None and _over_a_stretch(p, total)
        groups.setdefault(_stretch_label(p.period) if over and p.period else _label(p),
                          []).append(p)
    chunks = []
    for label, members in groups.items():
        if label == "unspecified area" and len(groups) == 1:
            label = ""
        values = " + ".join(
            (f"{m.value} {m.qualifier}" if m.qualifier else str(m.value))
            + (" (the rest, by subtraction)" if m.rest else "") for m in members
        )
        chunks.append(f"{label} {values}".strip())
    return "; ".join(chunks)


def _explanatory_subsums(total: TallyItem, parts: list[TallyItem]) -> list[str]:
    """Name the subsets of the parts (a qualifier, an area) whose sum equals the total."""
    target = total.value
    found: list[str] = []
    qualifiers = list(dict.fromkeys(p.qualifier for p in parts if p.qualifier))
    if len(qualifiers) >= 2:
        for size in range(1, len(qualifiers)):
            for subset in itertools.combinations(qualifiers, size):
                members = [p for p in parts if p.qualifier in subset]
                if sum(m.value for m in members) == target:
                    names = " and ".join(subset)
                    values = " + ".join(str(m.value) for m in members)
                    found.append(
                        f"the total equals the {names} {total.metric} only ({values} = {target})"
                    )
                    rest = [p for p in parts if p.qualifier not in subset]
                    extra = sum(p.value for p in rest)
                    if extra:
                        left = " and ".join(q for q in qualifiers if q not in subset)
                        found.append(
                            f"the difference ({extra}) is the {left} {total.metric}"
                        )
    labels = list(dict.fromkeys(_label(p) for p in parts))
    if len(labels) >= 2:
        for size in range(1, len(labels)):
            for subset in itertools.combinations(labels, size):
                members = [p for p in parts if _label(p) in subset]
                if sum(m.value for m in members) == target:
                    values = " + ".join(str(m.value) for m in members)
                    found.append(
                        f"the total equals {' and '.join(subset)} only ({values} = {target})"
                    )
    if not found and 2 < len(parts) <= 12:
        for size in range(2, len(parts)):
            for combo in itertools.combinations(parts, size):
                if sum(m.value for m in combo) == target:
                    values = " + ".join(
                        f"{_label(m)} {m.value}{' ' + m.qualifier if m.qualifier else ''}"
                        for m in combo
                    )
                    found.append(f"the total coincides with {values}")
                    return found
    return found


def check_consistency(total: TallyItem, parts: list[TallyItem]) -> tuple[Verdict, str]:
    """Compare a total with its parts; say consistent, mismatch or partial, and why."""
    parts_sum = sum(p.value for p in parts)
    what = metric_phrase(total.metric, total.party)
    breakdown = _breakdown_text(parts, total)
    head = f"{total.value} {what} reported in total"
    notes: list[str] = []
    # Coverage: countries of the total with no part, and qualifiers missing in some area.
    if total.area_names:
        units = total.area_names
        covered = {n for p in parts for n in (*p.area_names, *p.area_divisions)}
    else:
        units, covered = total.area, {c for p in parts for c in p.area}
    missing_areas = [u for u in units if u not in covered]
    # Parts named at a finer level than the total cannot show the breakdown is complete.
    countable = bool(covered) and (bool(total.area_names) or all(not p.area_names for p in parts))
    if any(p.area_names and not p.area_divisions for p in parts):
        countable = False  # "nine in Spinwam": a place not known, nor what holds it
    if missing_areas and countable:
        notes.append(f"no figure is given for {', '.join(missing_areas)}")
    by_area: dict[str, set[str]] = {}
    for p in parts:
        by_area.setdefault(_label(p), set()).add(p.qualifier or "")
    all_qualifiers = set().union(*by_area.values()) if by_area else set()
    for label, quals in by_area.items():
        lacking = sorted(q for q in all_qualifiers - quals if q)
        if lacking:
            notes.append(f"{label} gives no {' or '.join(lacking)} figure")
    stretches = [p.period for p in parts if p.period is not None and _over_a_stretch(p, total)]
    if stretches and total.period is not None and not _covers(stretches, total.period):
        # "84 from January to March and 79 from April to June" of a year's count
        notes.append("the stretches of the period given leave some of it out")
    # Some groups of the dead named ("including 41 civilians") claim no full breakdown.
    incomplete = bool(notes) or not countable or all(p.subset for p in parts)
    verdict: Verdict
    if parts_sum == total.value and any(p.rest for p in parts):
        # "nine were U.S.-only and the rest partnered": complete as told, the rest's figure
        # being the whole less the others, not a figure the report gives
        verdict = "consistent"
        text = f"{head}, and the breakdown names the rest of it ({breakdown})"
    elif parts_sum == total.value:
        verdict = "consistent"
        text = f"{head}, and the breakdown sums to the same ({breakdown})"
    elif total.rough and not total.floor and abs(parts_sum - total.value) <= max(
            2, total.value // 10) and not notes and (
            parts_sum > total.value or not incomplete):
        # "some 40 operations", 23 and 19 of them by region: a figure told roughly, the
        # parts' sum within its rounding
        verdict = "consistent"
        text = (f"{head} as a rough figure, and the breakdown sums to {parts_sum} "
                f"({breakdown}), within its rounding")
    elif parts_sum > total.value and total.floor:
        # "more than 100 operations", 46, 38 and 27 of them by zone: a sum above the
        # bound is what the total claims
        verdict = "consistent"
        text = (f"{head} as a lower bound (more than or at least {total.value}), and the "
                f"breakdown sums to {parts_sum} ({breakdown}), within it")
    elif parts_sum > total.value:
        verdict = "mismatch"
        text = (
            f"{head}, but the breakdown sums to {parts_sum} ({breakdown}), "
            f"{parts_sum - total.value} more than the total"
        )
    elif incomplete:
        verdict = "partial"
        text = (
            f"{head}; the breakdown given sums to {parts_sum} ({breakdown}), leaving "
            f"{total.value - parts_sum} unaccounted for"
        )
        if not notes:
            if not all(p.subset for p in parts) or all(
                    # (not "Of the twenty-two killed, nine were women": groups of the
                    # count, in its own place)
                    p.of_value is not None and p.area_names
                    and p.area_names != total.area_names for p in parts):
                notes.append("the parts cover only some of the area")
            elif total.metric in CASUALTY_METRICS:
                notes.append("the groups named are only some of them")
            else:
                notes.append("the kinds named are only some of them")
    else:
        verdict = "mismatch"
        text = (
            f"{head}, but the breakdown sums to {parts_sum} ({breakdown}), "
            f"{total.value - parts_sum} fewer than the total"
        )
    if verdict == "mismatch":
        notes = _explanatory_subsums(total, parts) + notes
        if parts_sum > total.value and not notes:
            notes.append("no subset of the parts by qualifier or area explains the difference")
    if notes:
        text += "; " + "; ".join(notes)
    return verdict, text


# --- the stage ---------------------------------------------------------------------------------


#: The rest of a count of operations told by kind: "and the rest were partnered", "the
#: rest in partnered operations", "the remainder were unilateral".
_REST_OF_A_KIND = re.compile(
    r"\b(?:the\s+)?(?:rest|remainder|remaining\s+ones|others)\s+"
    r"(?:(?:were|was)\s+(?:(?:carried|mounted)\s+out\s+|conducted\s+)?)?(?:in\s+|as\s+)?"
    r"(?P<kind>partnered|unilateral|combined|(?:U\.S\.|US|American)-only)(?!\w)"
    # ("the rest were conducted with the Syrian Democratic Forces": with a partner)
    r"|\b(?:the\s+)?(?:rest|remainder|remaining\s+ones|others)\s+(?:were|was)\s+"
    r"(?:(?:carried|mounted)\s+out|conducted|led)\s+(?P<with>with|alongside|together\s+with)"
    r"\s+(?:the\s+)?(?-i:[A-Z]|(?i:partner|local|host))",
    re.IGNORECASE)
_KIND_NAMES = {"partnered": "partnered", "unilateral": "unilateral", "combined": "partnered"}


def _with_rest_of_a_kind(doc: Doc, items: list[TallyItem]) -> list[TallyItem]:
    """"Of the 40 operations, nine were U.S.-only and the rest were partnered": the rest is
    the whole less the kinds told (31 partnered), a part of the whole like the others; its
    evidence is the words that name it. None where the kinds told already fill the whole or
    the rest is of a kind already counted."""
    added: list[tuple[TallyItem, TallyItem]] = []
    done: list[TallyItem] = []
    for part in items:
        whole = part.within
        if (not part.subset or whole is None or part.qualifier is None
                or part.metric not in _ACTIVITY_METRICS or any(whole is w for w in done)):
            continue
        s_start, s_end = doc.sentences[part.sentence]
        rest = _REST_OF_A_KIND.search(doc.text, part.end, s_end)
        if rest is None:
            continue
        kinds = [i for i in items if i.within is whole and i.subset and i.qualifier
                 and i.metric == part.metric]
        word = (rest.group("kind") or "partnered").lower()
        kind = _KIND_NAMES.get(word, "US-only")
        left = whole.value - sum(i.value for i in kinds)
        done.append(whole)
        if left <= 0 or any(i.qualifier == kind for i in kinds):
            continue
        last = max(kinds, key=lambda i: i.start)
        item = replace(last, start=rest.start(), end=rest.end(), value=left, qualifier=kind,
                       of_value=None, metric_of_whole=False, of_last_count=False, rest=True)
        item.subset, item.within = True, whole
        added.append((last, item))
    if not added:
        return items
    result: list[TallyItem] = []
    for item in items:
        result.append(item)
        result.extend(rest for last, rest in added if last is item)
    return result


def _with_corrections_applied(items: list[TallyItem]) -> list[TallyItem]:
    """"detained 31 ... in June. The command later said the number was wrong. The correct
    figure is 27": the count told before, of the correction's kind, is 27, with its people,
    period and place; the 31 it replaces is no count. A correction with no count of its kind
    before it (the former figure told only as what was said before) is a count of its own."""
    kept: list[TallyItem] = []
    for item in items:
        if item.restated and any(
                h.sentence < item.sentence and (h.metric, h.value, h.qualifier) == (
                    item.metric, item.value, item.qualifier) and not h.subset for h in kept):
            continue  # "killed 23 ... said 23, not 14 as initially reported": told again
        if item.correction:
            # (a nil, "and none were killed", is no figure a release corrects)
            told = [h for h in kept if h.sentence < item.sentence and h.metric == item.metric
                    and not h.subset and not h.correction and h.qualifier == item.qualifier
                    and h.value != 0]
            if item.correction_named and item.party_text:
                head = item.party_text.split()[-1].lower()
                told = [h for h in told if h.party_text
                        and h.party_text.split()[-1].lower() == head] or told
            if item.correction_place is not None:
                # "19 and 14 respectively. The correct figure for Diyala is 16": the part
                # of that place, a part of the whole it is counted in; no part of that
                # place, no count this corrects
                told = [h for h in kept if h.sentence < item.sentence
                        and h.metric == item.metric and not h.correction
                        and item.correction_place in h.area_names]
                if not told:
                    continue
            replaced = told[-1] if told else None
            if replaced is not None:
                replaced.value, replaced.start, replaced.end = item.value, item.start, item.end
                replaced.rough, replaced.floor = item.rough, item.floor
                continue
        kept.append(item)
    return kept


#: "..., bringing the total detained in April to 44": the count a part told before it is
#: added into, ending at its figure.
_BROUGHT_TO = re.compile(
    r"\bbringing\s+(?:the|its|their)\s+(?:total|overall|combined)\b[^.;:]{0,80}?\bto\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|at\s+least\s+)?\(?[\d,]+\)?$",
    re.IGNORECASE)


def _wider_area_before(doc: Doc, index: int, area: set[str]) -> list[PlaceMention] | None:
    """The countries of the nearest sentence before ``index`` that names ``area`` and more."""
    for j in range(index - 1, -1, -1):
        countries = [p for p in _places_in(doc, *doc.sentences[j], [])
                     if p.place is not None and p.place.feature == "country"]
        named = {p.place.country for p in countries if p.place is not None}
        if area < named:
            return countries
    return None


def _totals_brought_to(doc: Doc, index: int, items: Sequence[TallyItem]) -> None:
    """A total a part of the same sentence is brought to is not of the part's area alone.

    "The number detained in Syria was 19, not 16, bringing the total detained in April to
    44": the 44 shares the part's words up to "Syria", but it counts every area the release
    told its counts of before ("operations ... in Iraq and Syria"); the 19 is its part, no
    total. Where no wider area is told before, the sentence's reading stands."""
    text = doc.text
    for k, item in enumerate(items):
        if k == 0 or not _BROUGHT_TO.search(text, max(0, item.end - 160), item.end):
            continue
        parts = [p for p in items[:k] if p.metric == item.metric and p.area]
        if not parts or item.area != parts[-1].area:
            continue
        wider = _wider_area_before(doc, index, set(item.area))
        if wider is None:
            continue
        _set_area(item, wider)
        item.total = True
        for p in parts:
            p.total = False


#: The longest period, in days, that a count told as of "the month" or "the week" is of.
_CUE_LENGTH = (("month", 31), ("week", 7))


def _too_long_for_its_cue(doc: Doc, item: TallyItem, period: tuple[date, date]) -> bool:
    """Whether ``period`` is longer than the month or week its sentence says the count is
    of ("during the month", "this week"): a period found elsewhere that cannot be it."""
    if not 0 <= item.sentence < len(doc.sentences):
        return False
    start, end = doc.sentences[item.sentence]
    cue = _period_cue(doc.text, start, end)
    if cue is None:
        return False
    phrase = cue.group().lower()
    days = next((n for word, n in _CUE_LENGTH if word in phrase), None)
    return days is not None and (period[1] - period[0]).days >= days


#: "which ran from", "that lasted": the days of the one operation the clause tells of.
_SPAN_OF_ONE_OPERATION = re.compile(
    r"\b(?:which|that)\s+(?:ran|lasted|went\s+on|continued)\s+(?:from\s+)?$", re.IGNORECASE)


def read_tallies(doc: Doc, readings: list[_SentenceReading] | None = None) -> list[TallyItem]:
    """The tally items of a document with period, area, party and reporter filled in."""
    if readings is None:
        readings = _readings(doc)
    items: list[TallyItem] = []
    context_period: tuple[tuple[date, date], tuple[int, int]] | None = None
    context_yearless: tuple[int, int] | None = None
    context_area: TallyItem | None = None
    pending: list[TallyItem] = []
    for reading in readings:
        start, end = doc.sentences[reading.index]
        _assign_areas(doc, reading)
        if len(reading.items) > 1 and "bringing" in doc.text[start:end]:
            _totals_brought_to(doc, reading.index, reading.items)
        if _LIST_ITEM.match(doc.text, start, end) and not all(i.area for i in reading.items):
            heading = _heading_places(doc, reading.index)
            for item in reading.items:
                if heading and not item.area:
                    _set_area(item, heading)
        period = _sentence_period(doc, start, end)
        if period is not None and period[0][0] == period[0][1] and not reading.strong:
            period = None
        if period is None:
            period = _period_pointed_back_to(doc, reading.index)
        yearless = _yearless_period(doc, start, end) if period is None else None
        inferred = False
        if yearless is not None and yearless[0] is not None and (
                year := _year_of(context_period)) is not None:
            # "since the start of 2024 ... In August alone": the month of that year
            period, inferred = (_month_period(yearless[0], year), yearless[1]), True
            yearless = None
        # "during the month" after "In October 2024": the month the report is about.
        # Not "in the past 24 hours": counted back from the telling, whatever came before.
        # But "during the month" after a running total "since January": the month named
        # before that, which the sentence's own reading found.
        if period is not None and context_period is not None and _is_relative(
                doc, period[1]) and not _COUNTED_BACK.search(
                # (the date read may be "this year" of "so far this year")
                doc.text, max(start, period[1][0] - 8), period[1][1]) and not (
                "month" in doc.text[period[1][0]:period[1][1]].lower()
                and (period[0][1] - period[0][0]).days < 31 and period[0][0].day == 1
                and (context_period[0][1] - context_period[0][0]).days > 31):
            period = None
        told_before = context_period
        if period is not None and _SPAN_OF_ONE_OPERATION.search(
                doc.text, max(start, period[1][0] - 30), period[1][0]) is None:
            # (not "the operation in Loreto, which ran from 29 March to 3 April": the days of
            # one operation, told by the way, not those the counts after it are of)
            context_period = period
        # "- February: 9 airstrikes" under a quarter's count: the row's month of it
        row_month = _month_row(doc, start, end, context_period) if period is None else None
        seen_metrics: set[tuple[str, str | None]] = set()
        # (and in a sentence of no period of its own, that of a figure compared with)
        by_clause = _clause_periods(doc, reading.items, compared_only=period is None)
        told_over = [p for p, _span in by_clause.values()]
        if by_clause and told_before is not None and all(
                told_before[0][0] <= first and last <= told_before[0][1]
                for first, last in told_over):
            # "(27 in February and 37 in March)": months within the period told before,
            # which the sentences after are still about
            context_period = told_before
        for item in reading.items:
            chosen = by_clause.get(id(item)) or period or row_month or context_period
            if by_clause and id(item) not in by_clause and told_before is not None and all(
                    told_before[0][0] <= first and last <= told_before[0][1]
                    for first, last in told_over):
                # "In Iraq, it carried out 64 operations, 27 in February and 37 in March":
                # a count of a clause of no period, the others' months those of the period
                # told before, is a count of that period
                chosen = told_before
            if yearless is not None:
                # "In March, it detained 12" with no year anywhere, "during the past week"
                # with no day of the telling: a period not known, not the one told before
                item.period_span = yearless[1]
            elif chosen is not None:
                item.period, item.period_span = chosen
                item.period_year_inferred = inferred and chosen is period
            elif context_yearless is not None:
                # "In Iraq, ... 19 operations" after "41 operations ... in October" of no
                # known year: that October, still of no known year
                item.period_span = context_yearless
            else:
                pending.append(item)
            if not item.area and item.area_names:
                pass  # "in the North East": a zone of a country named elsewhere, if at all
            elif not item.area and reading.total_cue and len(
                    listed := _areas_told(items)) > len(
                    context_area.area if context_area is not None else ()):
                # "In total, 41 operations were conducted", after lists under "Iraq:" and
                # "Syria:": the total of all the areas told
                item.area = listed
            elif not item.area and reading.total_cue and context_area is not None and len(
                    {tuple(i.area_names) for i in items
                     if i.metric == item.metric and i.area_names}) > 1:
                # "In all, ... 27 operations during the week", after rows by province: the
                # total of all the places told, not of the first of them
                item.area = list(dict.fromkeys(
                    code for i in items if i.metric == item.metric and i.area_names
                    for code in i.area))
            elif not item.area and context_area is not None:
                item.area = list(context_area.area)
                item.area_names = list(context_area.area_names)
                item.area_divisions = list(context_area.area_divisions)
                item.area_label = context_area.area_label
            key = (item.metric, item.party_text)
            if reading.total_cue and key not in seen_metrics and not any(
                    i.sums_told for i in reading.items):
                item.total = True
            seen_metrics.add(key)
            items.append(item)
        if yearless is not None:
            context_yearless = yearless[1]
        elif period is not None:
            context_yearless = None
        # The widest area stated so far is the context for sentences that name none.
        for item in reading.items:
            # (not a part: "Of the 31 detainees, 19 were arrested in Syria" is no place of
            # the figures told after it)
            if item.area and not (item.subset and item.of_value is not None) and (
                    context_area is None or len(item.area) > len(context_area.area)):
                context_area = item
    if context_period is None and pending:
        # "released the results of operations against ISIS ... for May 2024", and the
        # figures in lists below: the period the report names in a line of no figures
        context_period = next((p for s_start, s_end in doc.sentences
                               if (p := _sentence_period(doc, s_start, s_end)) is not None
                               and p[0][0] != p[0][1]), None)
    # Parts given before their total take the period found later.
    if context_period is not None:
        for item in pending:
            if _too_long_for_its_cue(doc, item, context_period[0]):
                # "During the month, ... 30 operations" under a headline's "March" of no
                # year, beside "declared defeated late in 2017": a year is no month
                continue
            item.period, item.period_span = context_period
    _stated_dates_of_the_period(doc, items)
    _year_to_date_of_the_month(doc, items)
    _month_so_far(doc, items)
    items = _with_corrections_applied(items)
    indices = [r.index for r in readings]
    national = _national_area(doc, indices) if context_area is None else None
    if national is None and context_area is None and any(
            not i.area and (i.area_names or _over_unnamed_divisions(doc, i)) and not i.unplaced
            for i in items):
        national = _filed_from_country(doc)
    if national is None and context_area is None and indices:
        # "carried out the following operations in the Tillaberi region between 1 and 7
        # March:" above "In total, 19 terrorists were neutralised": the one country the
        # lines of no figures before the tallies name
        national = _intro_country(doc, min(indices), indices)
    # (before the counts of no place take the widest area: "Four soldiers lost their lives
    # during the period" of a force across a basin is of every country it is told for)
    _features_across_borders(doc, items)
    unplaced = [item.sentence for item in items if not item.area]
    placed = [item.sentence for item in items if item.area]
    intro = _intro_countries(doc, min(placed) if placed else len(doc.sentences), indices) \
        if unplaced else []
    only_group: tuple[str] | None = None  # the one group the whole report names, or ""
    for k, item in enumerate(items):
        if not item.area and len({p.place.country for p in intro if p.place}) > len(
                context_area.area if context_area is not None else ()):
            # "updated the results of its February operations against ISIS in Iraq and
            # Syria. The command now says 31 ... were killed": the countries the report is
            # about, named in a line of no figures before them
            _set_area(item, intro)
        elif not item.area and context_area is not None and context_area.within is item and len(
                every_area := _areas_told(items)) > len(context_area.area):
            # "In all, 34 ... were detained, four of them in Syria", then "In Iraq, 22
            # raids": every country the report tells, not that of its own part
            item.area = every_area
        elif not item.area and context_area is not None and not item.subset and len(
                below := _areas_of_parts_below(items, item)) > len(context_area.area):
            # "conducted 131 operations", then lines "Iraq: 74 operations" and "Syria: 57
            # operations": the count of every country its parts below are told for
            item.area = below
        elif not item.area and context_area is not None:
            item.area = list(context_area.area)
            item.area_label = item.area_label if item.area_names else context_area.area_label
        elif not item.area and national is not None:
            item.area = [national]
        if item.party_text and _OWN_PEOPLE.match(item.party_text) and (
                (own := _actor_at(doc, item.party_span or (0, 0))) is None or own.generic):
            # "two of their soldiers had died": the teller's own, whoever the soldiers of
            # the area would be (see below)
            item.party, item.party_resolved = item.party_text, False
            continue
        item.party, item.party_resolved = _resolve_party(doc, item)
        sought = bool(item.party_text) and not item.party_resolved and (
            _SOUGHT_BARE.fullmatch(item.party_text or "") is not None)
        if sought:
            # "the arrest of (31) wanted on terrorism charges": people the authorities
            # sought, suspects of the side the release fights, else of no side named
            # ("seven wanted persons" stay as written, as "four suspects" do)
            item.party = None
        if item.party_text and not item.party_resolved and (
                sought or _unnamed_party(item.party_text)):
            # "neutralised 14 terrorists from the PKK ... 9 of the terrorists in northern
            # Iraq": the unnamed men of a smaller count are those of the count before
            named = next((h for h in reversed(items[:k])
                          if h.metric == item.metric and h.sentence < item.sentence
                          and h.value > item.value and h.party_group), None)
            summed = {h.party for h in items[:k] if h.party_group and h.metric == item.metric
                      and (h.sentence == item.sentence or not item.sums_told)}
            if named is None and len(summed) == 1 and _opponent(doc, item, indices) is None:
                # "12 PKK/YPG terrorists in northern Iraq and 7 in northern Syria ...,
                # bringing the number of terrorists neutralised to 19", "the number of
                # terrorists neutralised since the beginning of the year": those of the
                # one group the counts before were of
                named = next(h for h in items[:k] if h.party in summed)
            if named is not None:
                item.party, item.party_resolved, item.party_group = named.party, True, True
                continue
            opponent = _opponent(doc, item, indices)
            if opponent is None and not _groups_in(doc, [doc.sentences[item.sentence]]):
                # "killed 14 terrorists ... The remnants of ISIS gangs ...": the one group
                # the report names, wherever it names it (read once per document)
                if only_group is None:
                    groups = _groups_in(doc, doc.sentences)
                    only_group = (next(iter(groups)) if len(groups) == 1 else "",)
                opponent = only_group[0] or None
            if opponent is not None:
                item.party, item.party_resolved = opponent, True
            elif not sought and (
                    mention := _actor_at(doc, item.party_span or (0, 0))) is not None:
                item.party, item.party_resolved = mention.name, True
            elif (fought := next((h for h in reversed(items[:k]) if h.party_resolved
                                  and h.party and h.metric in CASUALTY_METRICS
                                  and _unnamed_party(h.party_text or "")), None)) is not None:
                # "killed 14 insurgents ... captured 11 fighters": the unnamed men the
                # release counted before
                item.party, item.party_resolved = fought.party, True
    fought_group: tuple[str | None] | None = None
    for item in items:
        if item.party is None and not item.party_text and not item.subset and (
                item.metric in {"killed", "detained"}) and _AGAINST_A_GROUP.search(
                doc.text, doc.sentences[item.sentence][0], item.start) is not None:
            # "conducted 52 operations against ISIS, killing 19 and detaining 41": the bare
            # counts are of the group the operations were against
            opponent = _opponent(doc, item, [item.sentence])
            if opponent is not None:
                item.party, item.party_resolved, item.party_group = opponent, True, True
        elif item.party is None and not item.party_text and not item.subset and item.cell and (
                item.metric in {"killed", "detained"}):
            # "| Anbar | 12 | 4 | 9 |" under "| Province | Operations | Killed | Detained |":
            # a column headed by the fate alone counts those the release says its
            # operations were against (read once per document)
            if fought_group is None:
                fought_group = (_group_fought(doc),)
            if fought_group[0] is not None:
                item.party, item.party_resolved, item.party_group = fought_group[0], True, True
    for k, item in enumerate(items):
        if item.party is None and not item.party_text and not item.subset and (
                item.metric in {"killed", "detained"}) and (told := next(
                (h for h in reversed(items[:k]) if h.metric == item.metric and h.party_group
                 and h.sentence < item.sentence and not h.subset), None)) is not None:
            # "detained 54 Islamic State suspects ... in July. In August, it detained 38.":
            # the bare count of a later period is of the group named for that fate before
            item.party, item.party_resolved, item.party_group = told.party, True, True
    for k, item in enumerate(items):
        if item.metric_of_last and (host := next(
                (h for h in reversed(items[:k]) if not h.subset and not h.metric_of_last
                 and (h.metric in _ACTIVITY_METRICS or item.place_first)
                 and h.sentence < item.sentence),
                None)) is not None:
            # "conducted 52 operations ... In April, it conducted 12.": 12 operations;
            # "neutralised 47 terrorists ... the toll is as follows: Centre-Nord (19)": 19
            # of the terrorists neutralised
            item.metric, item.qualifier, item.metric_of_last = host.metric, host.qualifier, False
            if item.place_first and host.metric in CASUALTY_METRICS:
                item.party, item.party_resolved = host.party, host.party_resolved
                item.party_group = host.party_group
    items = [i for i in items if not i.metric_of_last and not (i.fronted_whole and any(
        h.value == i.value and h.metric == i.metric and h.sentence < i.sentence
        and not h.subset for h in items))]
    # ("killed 40 terrorists ... Of the 40 terrorists killed, 25 ...": the count told before)
    _parts_by_force(doc, items)
    for k, item in enumerate(items):
        if item.subset and item.within is None and item.of_value is not None:
            # "Of the 43, 17 were killed in Mir Ali": of the last count of 43 told before
            # ("38 operations in May, four of the 38 U.S.-only": told before it in its own
            # sentence too)
            item.within = next((h for h in reversed(items[:k])
                                if h.value == item.of_value and (
                                    h.sentence < item.sentence or h.end <= item.start)
                                and (h.metric in COUNTED_THINGS if item.metric_of_whole
                                     else h.metric == item.metric
                                     or h.metric in CASUALTY_METRICS)), None)
            item.subset = item.within is not None
            if item.within is not None:
                if item.metric_of_whole or item.metric not in _ACTIVITY_METRICS:
                    item.metric = item.within.metric
                if not item.area_spans and item.within.area:
                    # "In Syria, ... 22 operations. Three of the 22 operations were U.S.-only":
                    # of the whole's place, not the report's
                    item.area = list(item.within.area)
                    item.area_names = list(item.within.area_names)
                    item.area_divisions = list(item.within.area_divisions)
                    item.area_label = item.within.area_label
                _take_party_of(item, item.within)
        elif item.subset and item.within is None and item.of_last_count:
            # "Nine were U.S.-only operations.": of the last count of operations before it
            item.within = next((h for h in reversed(items[:k]) if not h.subset
                                and h.metric in _ACTIVITY_METRICS and h.value > item.value
                                and h.sentence < item.sentence), None)
            item.subset = item.within is not None
            if item.within is not None:
                item.metric = item.within.metric
                if not item.area_spans and item.within.area:
                    item.area = list(item.within.area)
                    item.area_names = list(item.within.area_names)
                    item.area_divisions = list(item.within.area_divisions)
                    item.area_label = item.within.area_label
        elif item.subset and item.within is None and item.of_fate:
            # "Of the suspects detained, 34 were picked up in Lamu": of the last count of
            # those detained told before
            item.within = next((h for h in reversed(items[:k]) if not h.subset
                                and h.metric == item.metric and h.sentence < item.sentence),
                               None)
            item.subset = item.within is not None
            if item.within is not None:
                _take_party_of(item, item.within)
        elif item.subset and item.within is None and item.metric in COUNTED_THINGS:
            # "Twenty-six of the missions": of the last count of missions told before; "Four
            # of the operations were in Deir ez-Zor and seven in Hasakah. Coalition aircraft
            # supported three of the operations": of the whole count, not of one place's
            counts = [h for h in items[:k] if not h.subset and h.metric == item.metric]
            item.within = next((h for h in reversed(counts) if not any(
                g is not h and g.sentence < h.sentence and _breaks_down(h, g)
                for g in counts)), None)
            item.subset = item.within is not None
        elif item.subset and item.within is None:
            # "The toll also includes 28 ...": of the last count told before; "Among the dead
            # were four soldiers" after "killed 14 ..., six of them in Diyala": of the whole
            # count, not of the dead of one place
            dead = _DEAD_LISTED.match(doc.text, doc.sentences[item.sentence][0]) is not None
            counts = [h for h in items[:k] if not h.subset and (
                h.metric == "killed" if dead else h.metric in CASUALTY_METRICS)]
            item.within = next((h for h in reversed(counts) if not any(
                g is not h and g.sentence < h.sentence and _breaks_down(h, g)
                for g in counts)), None)
            if item.within is not None:
                item.metric = item.within.metric
                _take_party_of(item, item.within)
    # "11 of the 52 were partnered" where no count of 52 was told: no count of anything known
    items = [i for i in items if not ((i.metric_of_whole or i.of_last_count)
                                      and i.within is None)]
    items = _with_rest_of_a_kind(doc, items)
    for item in items:
        host = item.within
        if item.subset and host is not None and (
                host.party != item.party or party_key(item.party_text or "x") == "civilian"
        ) and party_key(host.party_text or "x") in _EVERYONE and _SOUGHT.search(
                host.party_text or "") is None:
            # "143 people, including 41 civilians and 53 soldiers": people of every side;
            # "312 people ..., the dead included 119 civilians": not all were. So with the
            # same count told before ("312 people killed" in a headline). Not "53 accused
            # persons, among them 12 accused under the terrorism law": all were sought.
            for told in items:
                if told is host or (told.value == host.value and told.metric == host.metric
                                    and party_key(told.party_text or "x") in _EVERYONE):
                    told.party, told.party_resolved = None, False
    _hosts_of_several_sides(items)
    _fates_of_casualties(doc, items)
    _groups_among_the_dead(items)
    items = _without_restatements(items)
    _ranks_of_their_group(doc, items)
    _rest_told_elsewhere(doc, items)
    _remaining_count_in_the_other_country(doc.text, items)
    parties = {i.party for i in items if i.party}
    reporter = _reporter(doc, [r.index for r in readings], parties)
    for item in items:
        item.reporter = reporter
        if reporter is not None and item.party_text and not item.party_resolved and (
                _OWN_PEOPLE.match(item.party_text)):
            # "three of its members were martyred": the reporter's own people
            item.party, item.party_resolved, item.party_group = reporter, True, True
    return items


def _features_across_borders(doc: Doc, items: list[TallyItem]) -> None:
    """"64 operations across the Lake Chad Basin", then "In Sector 1 (Cameroon), ... 15
    operations" and "In Sector 3 (Nigeria), ... 29 operations": a lake, river or range
    that borders several countries, which the gazetteer puts in one, holds every country
    its smaller counts of the same kind below are told for, not the one alone."""
    for item in items:
        if item.subset or not item.area or not item.area_spans:
            continue
        # (every span a place of the gazetteer's: not "in the North East", a zone of the
        # country the count is of, which no feature of the map widens)
        places = _places_at(doc, item.area_spans)
        if len(places) != len(item.area_spans) or not all(
                p.place is not None and p.place.feature == "natural" for p in places):
            continue
        below = [code for other in items if other.sentence > item.sentence
                 and other.metric == item.metric and not other.subset
                 and other.value < item.value for code in other.area]
        wider = [code for code in dict.fromkeys(below) if code not in item.area]
        if wider:
            # the countries are the count's area now, the feature no place of its own that
            # the parts could fail to cover; so for the counts of no place that took it
            # ("Four soldiers lost their lives ... during the period")
            told = (list(item.area), list(item.area_names))
            for other in items:
                if other is item or (not other.area_spans and (
                        other.area, other.area_names) == told):
                    other.area = [*other.area, *wider]
                    other.area_names, other.area_divisions = [], []


#: "the remaining 19 operations": the rest of a count, told by its figure.
_REMAINING_FIGURE = re.compile(r"\b(?:the\s+)?(?:remaining|other)\s+$", re.IGNORECASE)


def _remaining_count_in_the_other_country(text: str, items: list[TallyItem]) -> None:
    """"37 operations ... in Iraq and Syria. In Syria, 18 operations were carried out ...,
    while Iraqi Security Forces carried out the remaining 19": the rest of a count over two
    countries, all of whose other parts are of one of them, is of the other, whatever place
    its sentence opens with; of a whole told roughly ("about 60 operations"), the parts
    need only sum to it within its rounding."""
    for item in items:
        if item.total or item.subset or len(item.area) != 1 or (
                _REMAINING_FIGURE.search(text, max(0, item.start - 20), item.start) is None):
            continue
        wholes = [t for t in items if t.metric == item.metric and len(t.area) == 2
                  and item.area[0] in t.area and t.value > item.value
                  and t.sentence <= item.sentence and t is not item]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        others = [i for i in items if i is not item and i is not whole
                  and i.metric == item.metric and i.area == item.area
                  and whole.sentence <= i.sentence <= item.sentence]
        if others and _adds_up_to(whole, sum(i.value for i in others) + item.value):
            item.area = [c for c in whole.area if c != item.area[0]]
            item.area_names, item.area_spans = [], []


def _adds_up_to(whole: TallyItem, told: int) -> bool:
    """Whether parts summing to ``told`` make up ``whole``: exactly, or, for a figure told
    roughly ("about 60", "more than 50"), within its rounding (above a lower bound)."""
    if told == whole.value:
        return True
    if not (whole.rough or whole.floor) or abs(told - whole.value) > max(2, whole.value // 10):
        return False
    return told > whole.value or not whole.floor


#: "The rest were neutralised inside Turkey", "while the rest were made in Salahuddin and
#: Diyala": where the rest of a count broken down was, with no figure.
_REST_IN = re.compile(
    r"\b(?:the\s+)?(?:rest|remainder|remaining\s+ones|others)\s+(?:were|was|had\s+been|"
    r"have\s+been)\s+(?:[a-z][\w-]*\s+){0,3}?(?:in|inside|within|across)\s+(?:the\s+)?",
    re.IGNORECASE)
_PLACE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _rest_told_elsewhere(doc: Doc, items: list[TallyItem]) -> None:
    """"neutralised 1,240 terrorists in 2023, including 487 in northern Iraq and 612 in
    northern Syria. The rest were neutralised inside Turkey": the whole is of the place of
    its rest too, which no part has a figure for (so the finding says the breakdown leaves
    it out, not that the parts fall short of the total)."""
    text = doc.text
    told = sorted({i.sentence for i in items})
    for index in {k for t in told for k in (t, t + 1, t + 2) if k < len(doc.sentences)}:
        start, end = doc.sentences[index]
        for rest in _REST_IN.finditer(text, start, end):
            places: list[PlaceMention] = []
            at = rest.end()
            while (place := _place_told_at(doc, at)):
                places.append(place)
                join = _PLACE_JOIN.match(text, place.end, end)
                if join is None:
                    break
                at = join.end()
            if not places:
                continue
            before = [i for i in items if index - 2 <= i.sentence <= index
                      and i.end <= rest.start()]
            if not before:
                continue
            last = max(before, key=lambda i: i.start)
            whole = max((i for i in before if i.metric == last.metric), key=lambda i: i.value)
            parts = [i for i in before if i.metric == whole.metric and i is not whole
                     and i.start > whole.start and i.area]
            if whole is last or not parts:
                continue
            for place in places:
                assert place.place is not None
                if place.place.country not in whole.area:
                    whole.area.append(place.place.country)
                if place.place.feature != "country" and any(p.area_names for p in parts):
                    names = whole.area_names or list(dict.fromkeys(
                        n for p in parts for n in p.area_names))
                    if place.place.name not in names:
                        names.append(place.place.name)
                    whole.area_names = names


#: A party told as the teller's own: "of its members", "their personnel", "our soldiers",
#: or by the word for the teller an outlet retelling its figures uses: "two of the
#: service's members", "the ministry's personnel" (not "the group's fighters").
_OWN_PEOPLE = re.compile(
    r"(?:\w+\s+of\s+|of\s+)?(?:its|their|our|(?:the\s+)?(?:service|ministry|command|agency|"
    r"directorate|department|apparatus)['\u2019]s)(?:\s+service)?\s+\w+$"
    # ("Friendly forces | Killed: 4": a release's word for its own side)
    r"|(?:the\s+)?friendly\s+(?:forces|troops|units|side)$", re.IGNORECASE)


def _areas_told(items: list[TallyItem]) -> list[str]:
    """Every area the items name, in the order first named."""
    return list(dict.fromkeys(code for item in items for code in item.area))


def _areas_of_parts_below(items: list[TallyItem], total: TallyItem) -> list[str]:
    """Every country the smaller counts of the same kind told after a count that names no
    place are told for, and the countries of the other counts of their sentences: "killed
    64 ... and detained 230 so far this year", then "In the past month, Iraqi forces killed
    8 ... in Kirkuk, and the Syrian Democratic Forces detained 35 in Deir ez-Zor": the year's
    counts are of both countries, not of the one the first of them was in."""
    # ("Of those, 38 were in Syria and 19 in Iraq": parts whose noun is the count's before)
    sentences = {i.sentence for i in items if i.sentence > total.sentence
                 and (i.metric == total.metric or i.metric_of_last) and i.area
                 and i.value < total.value}
    return _areas_told([i for i in items if i.sentence in sentences and i.area and (
        i.metric == total.metric or i.metric in CASUALTY_METRICS | _ACTIVITY_METRICS)
        and i.value < total.value])


# What lies between a count of casualties and the fates it splits into: "(", ":", ", with".
_FATES_GAP = re.compile(
    # "in May 2023, including", "of violence between January and March, of whom"
    r"(?:\s+(?:in|during|across|since|over|of|between|from)\s+[^,;:()]{1,40}?){0,2}"
    r"[\s(:,\u2013\u2014-]*(?:(?:including|comprising|of\s+whom|with|namely)\s+)?")
_FATES_LINK = re.compile(r"[\s,]*(?:and|while|with)?\s*")


#: The fates a count of casualties or victims splits into: casualties are the killed and
#: the wounded; victims may also have been taken ("862 civilian victims ..., of whom 301 were
#: killed, 327 injured and 234 abducted").
_FATES_OF = {"casualties": ("killed", "wounded"), "victims": _FATES}


def _fates_of_casualties(doc: Doc, items: list[TallyItem]) -> None:
    """Mark the fates told right after a count of casualties or victims as its parts:
    "5,183 civilian casualties (1,659 killed and 3,524 injured)"."""
    for k, total in enumerate(items):
        if total.metric not in _FATES_OF or total.subset:
            continue
        kinds = _FATES_OF[total.metric]
        fates: list[TallyItem] = []
        at = total.end
        for fate in items[k + 1:k + 1 + len(kinds)]:
            if fate.sentence != total.sentence or fate.subset or fate.metric not in kinds or any(
                    f.metric == fate.metric for f in fates) or (
                    _FATES_LINK if fates else _FATES_GAP).fullmatch(
                    doc.text, at, fate.start) is None:
                break
            fates.append(fate)
            at = fate.end
        if len(fates) < 2 or (total.metric == "casualties" and len(fates) != 2):
            continue
        for fate in fates:
            fate.fate_of, fate.within = True, total
            if fate.party is None:
                fate.party, fate.party_resolved = total.party, total.party_resolved


# Words for some of the people of a count: "468 children killed", "of them 120 women".
_AMONG_WORDS = frozenset({"child", "children", "woman", "women", "girl", "girls", "boy", "boys",
                          "minor", "minors", "elderly", "journalist", "journalists",
                          "aid worker", "aid workers", "medic", "medics"})


#: The verb after a force that dealt a count's fate, right before its figure: "the army
#: killed 25", "the Peshmerga forces have neutralised 12".
_FORCE_DEALT_BEFORE = re.compile(
    rf"\s+(?:also\s+)?(?:(?:has|have|had)\s+)?{_DEALT}\b", re.IGNORECASE)


def _force_of(doc: Doc, item: TallyItem, since: int) -> str | None:
    """The words of the force a count's fate was dealt by, told as the subject right
    before its figure ("the air force killed 15") or after it ("15 by the air force")."""
    if item.force is not None:
        return item.force
    # (the count's words may open on its verb: "killed 25 of the terrorists")
    dealt = next((m for m in _FORCE_DEALT_BEFORE.finditer(doc.text, since, item.end)
                  if m.start() <= item.start <= m.end() + 1), None)
    if dealt is None:
        return None
    subject = next((a for a in starting_in(doc.actors, since, dealt.start())
                    if a.end == dealt.start() and a.name), None)
    return doc.text[subject.start:subject.end].lower() if subject is not None else None


def _parts_by_force(doc: Doc, items: list[TallyItem]) -> None:
    """"The joint forces killed 40 terrorists. The army killed 25 of the terrorists and the
    air force killed 15.": counts of one fate in one sentence, each dealt by a force of its
    own, right after a count of that fate that holds them, are its parts by the force that
    dealt them (a joint statement's breakdown), so that they are checked against it."""
    by_sentence: dict[tuple[int, str], list[int]] = {}
    for k, item in enumerate(items):
        if item.metric in CASUALTY_METRICS and not item.subset:
            by_sentence.setdefault((item.sentence, item.metric), []).append(k)
    for (sentence, metric), ks in by_sentence.items():
        if len(ks) < 2:
            continue
        since = doc.sentences[sentence][0]
        forces: list[str] = []
        for k in ks:
            force = _force_of(doc, items[k], since)
            if force is None or force in forces:
                break
            forces.append(force)
            since = items[k].end
        if len(forces) < len(ks):
            continue
        parts = [items[k] for k in ks]
        whole = next((h for h in reversed(items[:ks[0]]) if h.metric == metric
                      and not h.subset and sentence - 2 <= h.sentence < sentence
                      and h.value >= max(p.value for p in parts)), None)
        if whole is None or any(not set(p.area_names) <= set(whole.area_names) for p in parts):
            # ("the army killed 120 in Helmand. The air force killed 45 in Kandahar": counts
            # of other places, none a share of the first)
            continue
        if sum(p.value for p in parts) > whole.value and not any(
                _PARTITIVE_ITEM.search(doc.text, p.start, p.end) for p in parts):
            # (more than the whole is a mismatch only where a part says it is of it: "25 of
            # the terrorists")
            continue
        for part in parts:
            part.subset, part.within = True, whole
            part.party, part.party_text = whole.party, whole.party_text
            part.party_resolved, part.party_group = whole.party_resolved, whole.party_group


def _take_party_of(item: TallyItem, host: TallyItem) -> None:
    """A part that names nobody is of its count's party ("Of the 43, 17 were killed in Mir
    Ali", "11 of them were neutralized in northern Iraq")."""
    if item.party is None and not item.party_text:
        item.party, item.party_text = host.party, host.party_text
        item.party_resolved, item.party_group = host.party_resolved, host.party_group


def _groups_among_the_dead(items: list[TallyItem]) -> None:
    """A later count of children or women of a fate already counted for their side is some
    of that count: "1,659 killed ... with 468 children killed"."""
    for k, item in enumerate(items):
        if item.subset or item.fate_of or item.metric not in CASUALTY_METRICS or not (
                item.party_text and item.party_text.lower() in _AMONG_WORDS):
            continue
        host = next((h for h in reversed(items[:k]) if h.metric == item.metric
                     and h.sentence < item.sentence and not h.subset and h.value > item.value
                     and h.party == item.party and not (
                         h.party_text and h.party_text.lower() in _AMONG_WORDS)
                     and _period_within(item.period, h.period)), None)
        if host is not None:
            item.subset, item.within = True, host


def _hosts_of_several_sides(items: list[TallyItem]) -> None:
    """"killed an estimated 211 militants ... ISIS-Somalia accounted for 139 of the dead
    and al-Shabaab for the remaining 72": a count whose parts are of two named sides or more
    is of no one of them, whatever group its own word would stand for."""
    for host in items:
        sides = {i.party for i in items if i.within is host and i.subset and i.party_group}
        if len(sides) > 1 and host.party is not None and host.party not in sides and (
                host.party_text):
            host.party, host.party_resolved, host.party_group = host.party_text, False, False


#: Heads of a party that names a rank among the counted, not a side: "including 14 leaders".
_RANKS = frozenset({"leader", "commander", "official", "emir", "chief", "ringleader",
                    "lieutenant", "officer"})


def _ranks_of_their_group(doc: Doc, items: list[TallyItem]) -> None:
    """"killing 96 terrorists, including 14 leaders", "41 members of the cells were captured,
    including 6 leaders": the leaders are of the side their count is of."""
    for item in items:
        host = item.within
        if (item.subset and host is not None and host.party and not item.party_resolved
                and party_key(item.party_text or "") in _RANKS
                and len((item.party_text or "").split()) <= 3
                and _SUBSET_CUE.search(doc.text, max(0, item.start - 40), item.start)):
            item.party, item.party_resolved = host.party, host.party_resolved
            item.party_group = host.party_group


#: Where a clause of a sentence ends: a comma, a semicolon, the bracket that opens a
#: count's parts ("64 operations (27 in February and 37 in March)"), or the colon or dash
#: that opens them ("68 operations in the third quarter of 2022: 27 in July, ...").
_CLAUSE_COMMA = re.compile(r"[,;(]|:(?=\s)|\s[-\u2013\u2014](?=\s)")


_CLAUSE_AND = re.compile(r"\band\b")


def _own_period(doc: Doc, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a period longer than a day."""
    period = _sentence_period(doc, start, end)
    return period is not None and period[0][0] != period[0][1]


def _clause_periods(
    doc: Doc, items: Sequence[TallyItem], *, compared_only: bool = False
) -> dict[int, tuple[tuple[date, date], tuple[int, int]]]:
    """Each item's own period where the clauses of one sentence name different ones: "lost
    1,230 soldiers over the past day, bringing total losses since February 24, 2022 to
    668,160" (keyed by the item's id; empty where the sentence has one period). With
    ``compared_only``, only those of figures compared with ("17 percent fewer than the 198
    killed in 2021"), for a sentence whose own period is told before it."""
    if len(items) < 2:
        return {}
    start, end = doc.sentences[items[0].sentence]
    ordered = sorted(items, key=lambda i: i.start)
    cuts = [start]
    for before, after in zip(ordered, ordered[1:], strict=False):
        commas = [m.start() for m in _CLAUSE_COMMA.finditer(doc.text, before.end, after.start)]
        if not commas:
            # "38 in February and 53 in March": an "and" ends a clause that names a period
            # of its own
            joins = [m.start() for m in _CLAUSE_AND.finditer(doc.text, before.end, after.start)]
            if joins and _own_period(doc, next(c for c in reversed(cuts) if c >= 0), joins[-1]):
                commas = joins
        elif len(commas) > 1 and not _own_period(doc, before.end, commas[0]) and _own_period(
                doc, commas[0], commas[-1]):
            # "14 operations in August, and in September, 29": the next clause's period told
            # at its head, before its count
            commas = commas[:1]
        cuts.append(commas[-1] if commas else -1)
    cuts.append(end)
    found: dict[int, tuple[tuple[date, date], tuple[int, int]]] = {}
    seg_start = start
    group: list[TallyItem] = []
    compared_told = False  # a figure compared with has a period of its own
    for k, item in enumerate(ordered):
        group.append(item)
        cut = cuts[k + 1]
        if cut < 0:
            continue
        compared = all(_FIGURE_COMPARED_BEFORE.search(
            doc.text, max(seg_start, member.start - 40), member.start) for member in group)
        period = _sentence_period(doc, seg_start, cut, of_the_compared=compared)
        if period is not None and period[0][0] != period[0][1] and (
                compared or not compared_only):
            for member in group:
                found[id(member)] = period
            compared_told = compared_told or compared
        seg_start, group = cut, []
    if len({p[0] for p in found.values()}) < 2 and not compared_told:
        return {}
    return found


#: What stands right before a figure a count is set against: "17 percent fewer than the
#: 198 killed in 2021", "up from 45", "an increase of 26 percent on the 252 conducted".
_FIGURE_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|(?:up|down)\s+from|than(?:\s+the)?|"
    r"(?:percent|per\s+cent)\s+(?:on|over)\s+the)\s+(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE)


def _stated_dates_of_the_period(doc: Doc, items: list[TallyItem]) -> None:
    """"in one week" and, in a sentence of its own, "from Nov. 10 to Nov. 16": the days
    stated, when they span about as long as the period counted back from the telling."""
    relative = {item.period_span for item in items if item.period is not None
                and item.period_span is not None and _is_relative(doc, item.period_span)}
    if not relative:
        return
    stated = [d for d in doc.dates if d.date_start is not None and d.date_end is not None
              and d.date_start != d.date_end and d.basis != "relative"
              and not opens_a_period(doc.text, d.start)]
    for item in items:
        if item.period_span not in relative or item.period is None:
            continue
        first, last = item.period
        for d in stated:
            assert d.date_start is not None and d.date_end is not None
            if abs((d.date_end - d.date_start).days - (last - first).days) <= 2 and (
                    d.date_start <= last and first <= d.date_end):
                item.period, item.period_span = (d.date_start, d.date_end), (d.start, d.end)
                break


_YEAR_TO_DATE = re.compile(
    r"\byear[\s-]to[\s-]date\b|\bso\s+far\s+this\s+year\b|\bthis\s+year\b|"
    r"\bsince\s+the\s+(?:beginning|start)\s+of\s+the\s+year\b", re.IGNORECASE)


def _year_to_date_of_the_month(doc: Doc, items: list[TallyItem]) -> None:
    """"In June ... 38 operations. Year to date, ... 231 operations", told on 5 July: the
    year's count is the release's, made up to the end of the month it reports on, not
    to the day it was told (its June figures are in the 231; July's first days are not
    counted by a release of June). A release that reports no whole month, or an older one,
    keeps the year up to the telling."""
    told = doc.published
    if told is None:
        return
    month_end = told.replace(day=1) - timedelta(days=1)
    reports_the_month = any(
        item.period == (month_end.replace(day=1), month_end) for item in items)
    if not reports_the_month or month_end.year != told.year:
        return
    for item in items:
        if item.period == (date(told.year, 1, 1), told) and item.period_span is not None and (
                _YEAR_TO_DATE.search(doc.text, *item.period_span)):
            item.period = (item.period[0], month_end)


_SO_FAR = re.compile(r"\bso\s+far\b", re.IGNORECASE)


def _month_so_far(doc: Doc, items: list[TallyItem]) -> None:
    """"In April, partner forces have conducted 15 so far", told on 12 April: the count of
    April up to the telling, not of the whole month, which has not ended."""
    told = doc.published
    if told is None:
        return
    for item in items:
        if item.period is not None and item.period[0] <= told < item.period[1] and (
                _SO_FAR.search(doc.text, item.start, doc.sentences[item.sentence][1])):
            item.period = (item.period[0], told)


def _without_restatements(items: list[TallyItem]) -> list[TallyItem]:
    """Drop a figure stated twice (a headline, then the body): keep the fuller statement.

    A statement that names no division is the same figure as one that does ("killed 31
    ISIS militants" in the headline, "killing 31 ... across the provinces of Anbar, ..."
    below); two that name different divisions are two figures.
    """
    def key(item: TallyItem) -> tuple[str, int, str, tuple[str, ...]]:
        # those held are one count whoever they are said to be: "arrested 30 others" and
        # "the arrest of 30 wanted"; "Iraq and Syria" and "Syria ... and ... Iraq" one area
        party = party_key(item.party) if item.party and item.metric != "detained" else ""
        return item.metric, item.value, party, tuple(sorted(item.area))

    def richness(item: TallyItem) -> tuple[bool, bool, bool, bool, int]:
        # ("40 detained" in the headline, "Forty suspected militants were detained" below:
        # the statement that says who)
        return (item.total, item.qualifier is not None, bool(item.area_names),
                item.party is not None, -item.sentence)

    groups: dict[tuple[str, int, str, tuple[str, ...]], list[TallyItem]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    dropped: set[int] = set()
    kept_for: dict[int, TallyItem] = {}
    for members in groups.values():
        if len({m.sentence for m in members}) > 1:
            keep = max(members, key=richness)
            for m in members:
                if m.sentence != keep.sentence and (
                        not m.area_names or m.area_names == keep.area_names
                        # "23 insurgents killed in Cabo Delgado" heading "..., 23 in all"
                        or m.sentence == 0 and keep.total and not keep.area_names):
                    dropped.add(id(m))
                    kept_for[id(m)] = keep
    for item in items:
        if item.within is not None and id(item.within) in kept_for:
            # some of the figure as told below are some of it as kept
            item.within = kept_for[id(item.within)]
    for item in items:
        if item.party_resolved or item.party_span is None or id(item) in dropped:
            continue
        restated = next((kept_for[id(m)] for m in items if id(m) in kept_for
                         and m.party_span == item.party_span), None)
        if restated is not None and restated.party_resolved and restated.metric != item.metric:
            # "41 ISIS cell members captured" in the headline, "41 members of the cells were
            # captured ..., and 3 others were killed" below: the others are of the group the
            # headline names
            item.party, item.party_resolved = restated.party, True
            item.party_group = restated.party_group
    # "arrest 67" in the headline, "arrested 67 others" (of a named party) below: one figure
    # ("19 killed ... in Lower Shabelle" in the headline, "19 al-Shabaab fighters were killed
    # ... in Lower Shabelle region" below: one figure of one place)
    with_party = {(m, v, a): x for (m, v, p, a), members in groups.items() if p
                  for x in members}
    # "14 terrorists" in the headline, "14 terrorists from the PKK" below: one figure
    of_group = {(i.metric, i.value, tuple(i.area)): i for i in items if i.party_group}
    for item in items:
        # (the area as a set, as the groups are keyed: "Niger, Burkina Faso and Mali" in the
        # text, the same countries in another order in a table's rows)
        told = with_party.get((item.metric, item.value, tuple(sorted(item.area))))
        if item.party:
            told = of_group.get((item.metric, item.value, tuple(item.area))) if (
                not item.party_group and _unnamed_party(item.party_text or "x")) else None
        # (not for a statement already dropped as told twice: the figure is kept once)
        if told is not None and id(told) not in dropped and told.sentence != item.sentence and (
                not item.area_names or item.area_names == told.area_names):
            dropped.add(id(item))
    # "Troops kill 35 terrorists, arrest 50 in one week" above "arrested 50 suspected
    # collaborators in the North East": the opening line's figure, whatever party it seems
    # to borrow from its neighbour, is the one told in full below
    below = {(i.metric, i.value, tuple(i.area)) for i in items
             if i.sentence > 0 and id(i) not in dropped}
    for item in items:
        if (item.sentence == 0 and not item.area_names and not item.subset
                and (item.metric, item.value, tuple(item.area)) in below
                and not any(other.within is item for other in items)):
            dropped.add(id(item))
    # "140 jihadists killed in Sahel" above "In all, 140 militants were killed" in Mali,
    # Burkina Faso and Niger: the headline's place is one of the total's, the same figure
    widest = {(i.metric, i.value): i for i in items
              if i.sentence > 0 and i.total and len(i.area) > 1 and id(i) not in dropped}
    for item in items:
        whole = widest.get((item.metric, item.value))
        if (whole is not None and item.sentence == 0 and not item.subset and item.area
                and set(item.area) < set(whole.area)
                and not any(other.within is item for other in items)):
            dropped.add(id(item))
    # "arrested about 1,500 people" above "put the exact number at 1,487 suspects arrested":
    # the figure rounded, told again exactly
    for item in items:
        if not item.rough or id(item) in dropped or any(
                other.within is item for other in items):
            continue
        exact = next((other for other in items if not other.rough
                      and other.sentence != item.sentence
                      and id(other) not in dropped and other.metric == item.metric
                      and other.area == item.area and other.period == item.period
                      and not other.subset and abs(other.value - item.value) <= max(
                          2, other.value // 10)), None)
        if exact is not None:
            dropped.add(id(item))
            if item.party_group and not exact.party_group and (
                    exact.party is None or party_key(exact.party) in _ANY_DETAINEE
                    or _unnamed_party(exact.party_text or "x")):
                # "about 1,500 people suspected of belonging to Islamic State" above "1,487
                # suspects": the exact count, and its parts told with it, are of the group
                for other in items:
                    if other is exact or (other.sentence == exact.sentence
                                          and other.metric == exact.metric
                                          and other.party_span == exact.party_span
                                          and not other.party_group):
                        other.party, other.party_resolved = item.party, True
                        other.party_group = True
    return [i for i in items if id(i) not in dropped]


def _evidence(doc: Doc, item: TallyItem) -> list[Evidence]:
    spans = [(item.start, item.end)]
    if item.period_span and item.period_span not in spans:
        spans.append(item.period_span)
    spans.extend(s for s in item.area_spans if s not in spans)
    return [Evidence(doc.doc_id, s, e, doc.text[s:e]) for s, e in spans]


def _party_of_its_area(party: str | None, item: TallyItem) -> str | None:
    """"27 terrorists ..., 19 in northern Iraq and 8 in northern Syria": the unnamed men of
    each part are the armed group of its own country, those of the whole of no one country,
    whichever country the report named first."""
    if party is None or item.party_group or not item.area:
        return party
    return unidentified_group_in(party, item.area[0] if len(item.area) == 1 else None) or party


#: A sentence that opens on a count told before it: "Of these, 142 were killed in ...",
#: "Among them, ...". Its parts are of that count, never of one told later ("During the
#: operations, 36 soldiers ..."), however near or however its places read.
_OF_TOLD_BEFORE = re.compile(
    r"[\s\"\u201c]*(?:Of|Among)\s+(?:these|those|them)\s*,", re.IGNORECASE)


def build_records(doc: Doc, items: list[TallyItem]) -> list[Record]:
    """Tally records (with parents) and a consistency finding for every total with parts."""
    for item in items:
        start = doc.sentences[item.sentence][0]
        item.of_told_before = _OF_TOLD_BEFORE.match(
            doc.text, start, doc.sentences[item.sentence][1]) is not None
    parents = link_parents(items)
    for item in items:
        # (once parts are linked, which goes by the party read)
        item.party = _party_of_its_area(item.party, item)
    ids = [f"{doc.doc_id}:tally:{k + 1}" for k in range(len(items))]
    children: dict[int, list[int]] = {}
    for k, j in parents.items():
        children.setdefault(j, []).append(k)
    records: list[Record] = []
    for k, item in enumerate(items):
        party = item.party
        parties_by_place = {items[c].party for c in children.get(k, ()) if not items[c].subset}
        if party is None and k in parents and not item.subset:
            # "In Syria, 15 operations killed 6": the six are of the total's party.
            party = items[parents[k]].party
        elif party is None and len(parties_by_place) == 1 and not item.party_text:
            # "killing 11 ISIS members ... 8 ISIS members dead ... In total, ..., killing
            # 19": the total of counts by place, each of one party, is of that party
            party = item.party = parties_by_place.pop()
        party = _party_of_its_area(party, item)
        records.append(
            Tally(
                tally_id=ids[k],
                doc_id=doc.doc_id,
                reporter=item.reporter,
                period_start=item.period[0].isoformat() if item.period and not item.running
                else None,
                period_end=item.period[1].isoformat() if item.period and _period_end_told(
                    doc, item) else None,
                area=list(item.area),
                metric=item.metric,
                value=item.value,
                qualifier=item.qualifier,
                party=party if item.metric in CASUALTY_METRICS else None,
                parent=ids[parents[k]] if k in parents else None,
                date_basis=_period_basis(doc, item),  # type: ignore[arg-type]
                doc_ids=[doc.doc_id],
                evidence=_evidence(doc, item),
                extractor=EXTRACTOR,
            )
        )
    for j in sorted(children):
        total = items[j]
        # Groups named among a count ("27 children") and its parts by place ("64 of them in
        # Idlib") are two breakdowns of it, each checked on its own.
        named = [k for k in children[j] if items[k].subset]
        by_place = [k for k in children[j] if not items[k].subset]
        split = named and by_place and total.metric in CASUALTY_METRICS
        if not split and total.metric not in CASUALTY_METRICS:
            # "Four of the operations were in Deir ez-Zor and seven in Hasakah. Coalition
            # aircraft supported three of the operations": its places, and some told in a
            # sentence of their own with no place, a kind of them
            placed = {items[k].sentence for k in children[j]
                      if items[k].area_names or items[k].area != total.area}
            named = [k for k in children[j] if items[k].subset and (
                not items[k].area_names and items[k].area == total.area
                and items[k].sentence not in placed or _kind_of_a_place_counted(
                    items, children[j], k))]
            by_place = [k for k in children[j] if k not in named]
            split = bool(named and by_place)
        groups = [group for whole in ((named, by_place) if split else (children[j],))
                  for group in _by_stretch_apart(total, items, whole) if group]
        for group in groups:
            parts = [items[k] for k in group]
            verdict, explanation = check_consistency(total, parts)
            records.append(
                Consistency(
                    doc_id=doc.doc_id,
                    total=total.value,
                    parts=[p.value for p in parts],
                    parts_sum=sum(p.value for p in parts),
                    verdict=verdict,
                    explanation=explanation,
                    total_tally=ids[j],
                    part_tallies=[ids[k] for k in group],
                    metric=total.metric,
                    extractor=EXTRACTOR,
                )
            )
    return records


def _kind_of_a_place_counted(items: list[TallyItem], parts: list[int], k: int) -> bool:
    """"Air support was given in four of the operations, all of them in Niger", below rows
    of the operations by country: some of a count, alone in its sentence, of a place another
    part already counts, are a kind of the count, not one more place's share."""
    item = items[k]
    return bool(item.area) and all(
        items[o].sentence != item.sentence for o in parts if o != k) and any(
        not items[o].subset and items[o].area == item.area for o in parts if o != k)


def _over_a_stretch(part: TallyItem, total: TallyItem) -> bool:
    """A part told over a shorter stretch of its total's period ("79 from April to June"
    of a year's count)."""
    return (part.period is not None and total.period is not None
            and part.period != total.period
            and total.period[0] <= part.period[0] and part.period[1] <= total.period[1])


def _covers(stretches: list[tuple[date, date]], period: tuple[date, date]) -> bool:
    """Whether the stretches, together, run over every day of the period."""
    reached = period[0] - timedelta(days=1)
    for first, last in sorted(stretches):
        if first > reached + timedelta(days=1):
            return False
        reached = max(reached, last)
    return reached >= period[1]


def _by_stretch_apart(total: TallyItem, items: list[TallyItem],
                      group: list[int]) -> tuple[list[int], list[int]]:
    """A total's parts by place and its parts by stretch of its period ("191 in Iraq and
    122 in Syria ... 84 from January to March, 79 from April to June"): two breakdowns of
    one count, each checked on its own."""
    stretches = [k for k in group if _over_a_stretch(items[k], total)]
    if len(stretches) == len(group):
        return group, []
    return [k for k in group if k not in stretches], stretches


@stage(
    EXTRACTOR,
    requires=("text", "sentences", "places", "actors", "dates", "quantities"),
    assigns=("records", "tally_sentences"),
)
def find_tallies(doc: Doc) -> Doc:
    """Append the document's tallies and their consistency findings to ``doc.records``, and
    note which sentences hold them so the events stage does not code them again."""
    readings = _readings(doc)
    readings, spans = _without_incident_clauses(doc, readings)
    items = read_tallies(doc, readings) if readings else []
    if not items:
        return replace_doc(doc, tally_sentences=spans)
    spans = _bare_revisions(doc, items, spans)
    spans = _with_correction_notes(doc, spans)
    spans = _with_former_figures(doc, items, spans)
    spans = _with_remainders(doc, items, spans)
    spans = _with_headline_told_again(doc, items, spans)
    spans = _with_table_headings(doc, items, spans)
    spans = _with_counts_included(doc, items, spans)
    spans = _with_shares(doc, items, spans)
    return replace_doc(doc, records=(*doc.records, *build_records(doc, items)),
                       tally_sentences=spans)


def _with_correction_notes(doc: Doc, spans: tuple[tuple[int, int], ...]
                           ) -> tuple[tuple[int, int], ...]:
    """Add a sentence that says a count was wrong ("the figure for the militants killed was
    wrong") right before a tallied correction: it tells of the count, no killing of its own."""
    tallied = set(spans)
    added = [sent for k, sent in enumerate(doc.sentences[:-1])
             if sent not in tallied and doc.sentences[k + 1] in tallied
             and _CORRECTION_NAMES.search(doc.text, *sent) is not None]
    if not added:
        return spans
    return tuple(sorted((*spans, *added)))


def _with_headline_told_again(doc: Doc, items: list[TallyItem], spans: tuple[tuple[int, int], ...]
                              ) -> tuple[tuple[int, int], ...]:
    """Add a headline whose figures are all told again by the tallies below it: "Niger army
    reports 19 terrorists neutralised in Tillaberi" over "In total, 19 terrorists were
    neutralised during the week" is the week's count, not an incident of its own."""
    if not doc.sentences or doc.sentences[0] in spans or (
            doc.sentences[0][1] > headline_end(doc.text)):
        return spans
    headline = _read_sentence(doc, 0)
    told = {(i.metric, i.value) for i in items if i.sentence > 0}
    if headline.items and all((i.metric, i.value) in told for i in headline.items):
        return (doc.sentences[0], *spans)
    return spans


#: A count brought to a figure with no noun of its own: "revised the number down to 37",
#: "corrected the toll to 12", the figure right after it (the verbs: eventcoder.revisions).
_BARE_REVISED = re.compile(
    rf"\b(?:{BRINGS_TO_PART})\s+(?:the|that|its|this)\s+"
    r"(?:number|figure|toll|count|tally)(?:\s+(?:down|up|downward|upward))?\s+to\s+"
    r"(?:about\s+|around\s+|some\s+)?\(?$", re.IGNORECASE)
#: How many sentences back the count a bare revision replaces may be told.
_BARE_REVISED_REACH = 2


def _count_told_as_former(doc: Doc, items: list[TallyItem], index: int,
                          told: set[int]) -> TallyItem | None:
    """"An earlier version of this story said partner forces detained 22 suspects. The
    coalition later revised that number to 25": the number revised is the one the sentence
    right before restates (a sentence of no count of its own), the count of that kind and
    value told earlier, not the last count of the report."""
    previous = index - 1
    if previous < 0 or previous in told:
        return None
    restated = parse_items(doc, previous)
    if not restated:
        return None
    last = max(restated, key=lambda item: item.start)
    return next((item for item in reversed(items) if item.sentence < previous
                 and item.metric == last.metric and item.value == last.value), None)


def _bare_revisions(doc: Doc, items: list[TallyItem],
                    spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """"... killed 45 al-Shabaab fighters in Hiraan region between October 5 and October 11.
    In a later statement on Tuesday, the army revised the number down to 37": the count told
    last before is 37, of the same people, period and area; the 45 it replaces is no count.
    Returns the tally spans with the revision's sentence."""
    added: list[tuple[int, int]] = []
    told = {item.sentence for item in items}
    for index, (start, end) in enumerate(doc.sentences):
        if index in told:
            continue
        for number in _numbers(doc, start, end):
            cue = _BARE_REVISED.search(doc.text, max(start, number.start - 80), number.start)
            if cue is None:
                continue
            before = [item for item in items
                      if index - _BARE_REVISED_REACH <= item.sentence < index]
            former = _count_told_as_former(doc, items, index, told)
            if former is not None:
                before = [former]
            if not before or len({item.metric for item in before}) > 1:
                break  # (of counts of several kinds, which one "the number" is is not told)
            # the last count told before: the number that was revised
            revised = max(before, key=lambda item: item.start)
            revised.value, revised.start, revised.end = number.value, cue.start(), number.end
            revised.rough = number.rough
            added.append((start, end))
            break
    if not added:
        return spans
    return tuple(sorted({*spans, *added}))


def count_added_to(doc: Doc, start: int, metric: str) -> tuple[str, ActorMention | None] | None:
    """The party of the period's count that more people told at ``start`` add to, and the
    state force its sentence names: "revised the number of terrorists neutralised by troops
    ... to 37" above "The additional five were killed in an ambush near Gwoza": the five are
    of the count's party, struck by its troops. None when no such count was told before."""
    told = [r for r in doc.records if isinstance(r, Tally) and r.metric == metric
            and r.party and r.parent is None and r.evidence and r.evidence[0].end <= start]
    if not told:
        return None
    count = told[-1]
    assert count.party is not None and count.evidence
    s_start, s_end = doc.sentences[sentence_of(count.evidence[0].start, doc.sentences)]
    force = next((a for a in starting_in(doc.actors, s_start, s_end)
                  if a.kind in _NATIONAL_KINDS), None)
    return count.party, force


#: Where a tally sentence turns to one incident: "..., while two soldiers were killed when
#: their vehicle struck a roadside bomb near Damboa on Tuesday".
_INCIDENT_TURN = re.compile(r"[,;]\s*(?:while|whereas|but|and)\s+(?!also\b)", re.IGNORECASE)
#: A period opened by one past incident: "since March 2019, when five soldiers were killed".
_SINCE_WHEN_TURN = re.compile(r"\bsince\s+[^,;.]{2,40}?(?P<turn>,\s*when)\s+", re.IGNORECASE)
#: What makes the clause one incident: how it happened, told with the people it struck.
_INCIDENT_HOW = re.compile(
    r"\b(?:when|after|as)\s+(?:an?\s+|the\s+|their\s+|his\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:roadside\s+|improvised\s+|explosive\s+|planted\s+)*(?:bombs?|devices?|IEDs?|"
    r"mines?|landmines?|explosives?)|ambush(?:ed)?|attack(?:ed)?|struck|hit|stormed|raided)\b|"
    r"\bin\s+an?\s+(?:[\w-]+\s+){0,2}?(?:ambush|attack|explosion|blast|bombing)\b",
    re.IGNORECASE)


def _without_incident_clauses(
    doc: Doc, readings: list[_SentenceReading]
) -> tuple[list[_SentenceReading], tuple[tuple[int, int], ...]]:
    """Leave out of the tally sentences a clause that tells one incident of a day after the
    period's figures (", while two soldiers were killed when their patrol vehicle struck a
    roadside bomb near Damboa on Tuesday"): its dead are that incident's, an event for the
    events stage to code, not a count over the period. Returns the readings without the
    clause's figures and the tally spans, each ending where its incident clause begins."""
    kept: list[_SentenceReading] = []
    spans: list[tuple[int, int]] = []
    told_before = {r.index: r.items for r in readings}
    for reading in readings:
        start, end = doc.sentences[reading.index]
        opens = _incident_before_total(doc, reading, start, end, told_before.get(
            reading.index - 1, ()))
        if opens is not None:
            # the figures from the total's cue on are the tally; the incident told before
            # it is the events stage's
            spans.append((opens, end))
            # (a total that sums the figures told before it sums none of them now: its
            # area is the place told with the incident, "in Gusau on Monday, bringing ...")
            kept.append(replace(reading, items=tuple(
                replace(i, running=reading.day_only, sums_told=False)
                for i in reading.items if i.start >= opens)))
            continue
        cut = _incident_clause(doc, reading, start, end)
        if cut is None:
            kept.append(reading)
            spans.append((start, end))
            continue
        items = tuple(i for i in reading.items if i.start < cut)
        spans.append((start, cut))
        if items:
            kept.append(replace(reading, items=items))
    return kept, tuple(spans)


#: A total the figures told before it bring a count to: ", bringing to 50 the number killed
#: this month", ", raising the death toll in the state to 50", "bringing the total ... to".
_BROUGHT_TO_CUE = re.compile(
    rf"[,;]?\s+(?:thus\s+|so\s+)?(?:{BRINGING_PART})\s+"
    r"(?=to\s+\(?\d|(?:the|its|their|total)\s)", re.IGNORECASE)


#: A total that names the counts it sums: "the combined total", "the total for the two
#: operations", "for both phases".
_SUMMED_OVER = re.compile(r"\bcombined\b|\bfor\s+(?:the\s+|these\s+)?(?:two|three|four|both)\b",
                          re.IGNORECASE)


def _brought_to_later(sentence: str, start: int, items: list[TallyItem]) -> bool:
    """Whether a figure of the sentence (opening at ``start``) is a total that what was told
    before brings a count to ("An airstrike killed 12 fighters ..., taking the total killed
    in the province this week to 40"): the incident's toll does not make it the incident's."""
    if "ing" not in sentence:
        return False
    cue = _BROUGHT_TO_CUE.search(sentence)
    return cue is not None and cue.start() > 0 and any(
        i.start - start >= cue.start() for i in items)


def _casualty_counts(doc: Doc, start: int, end: int, kind: str) -> list[int]:
    """The counts of the casualties of ``kind`` told between ``start`` and ``end`` (an
    incident's figure that no tally item counts), zeros left out."""
    return [m.count for m in starting_in(doc.casualties, start, end)
            if m.kind == kind and m.count is not None and m.qualifier != "zero"]


def _brought_past_the_incident(doc: Doc, start: int, items: Sequence[TallyItem]) -> bool:
    """Whether a sentence of one day tells an incident's own dead and then brings a count of
    no stated period past them ("Gunmen killed 10 people in ... on Monday, raising the toll
    to 50"): the figure brought to counts more than the incident told, a running total,
    unless the dead told are more of the same toll ("killed 4 more, raising the toll to
    14", "the bodies of 3 others").  Returns False where the figures add up to the total."""
    total = items[-1]
    if total.metric not in CASUALTY_METRICS:
        return False
    cue = _BROUGHT_TO_CUE.search(doc.text, start, total.end)
    if cue is None or cue.start() >= total.start + 2:
        return False
    before = [i for i in items if i.end <= cue.start()]
    if len(before) != len(items) - 1 or any(
            i.metric != total.metric or i.subset for i in before):
        return False
    # ("Bandits shot dead 14 villagers ..., bringing the death toll to 62": the incident's
    # figure the tally's words do not count, read as a casualty)
    values = [i.value for i in before] or _casualty_counts(doc, start, cue.start(),
                                                           total.metric)
    if not values or sum(values) >= total.value:
        return False
    told = doc.text[start:cue.start()]
    # (dead told as killed in the incident, not people who died of the wounds of one told
    # before: "Six people died of their wounds on Tuesday, raising the toll to 20")
    return _KILLED_IN_THE_INCIDENT.search(told) is not None and (
        _DIED_LATER.search(told) is None) and not ADDITIVE.intersection(
        re.findall(r"[a-z]+", told.lower()))


#: The incident's own dead, killed by its doers: "Gunmen killed 10 people", "shot dead".
_KILLED_IN_THE_INCIDENT = re.compile(
    r"\b(?:killed|killing|shot\s+dead|shooting\s+dead|gunned\s+down|massacred|"
    r"slaughtered|executed|beheaded|hacked\s+to\s+death)\b", re.IGNORECASE)
#: Deaths that raise an earlier incident's toll: "died of their wounds", "bodies found".
_DIED_LATER = re.compile(
    r"\b(?:died|dies|succumbed|wounds|injuries|bodies|recovered|found|pulled)\b",
    re.IGNORECASE)


def _incident_before_total(doc: Doc, reading: _SentenceReading, start: int, end: int,
                           told: Sequence[TallyItem]) -> int | None:
    """Where the total's clause begins in a sentence that tells one incident and then brings
    a period's count to a figure ("Gunmen killed 10 people in Gusau on Monday, bringing to
    50 the number killed this month"): the figures told before the cue do not add up to the
    figure it brings the count to, and their clause has a day of its own, or a place where
    the people were struck; they are that incident's toll, and only the figure brought to
    is the period's. Figures that do add up to it, alone or with those of the tally sentence
    before (``told``), are its breakdown ("14 in Khyber on Thursday and 24 in Kech on
    Friday, bringing to 38 ...") and stay in the tally."""
    if not reading.items or "ing" not in doc.text[start:end] or reading.day_only and not (
            _brought_past_the_incident(doc, start, reading.items)):
        return None
    text = doc.text
    cue = _BROUGHT_TO_CUE.search(text, start, reading.items[0].end)
    if cue is not None and cue.start() >= reading.items[0].start:
        cue = None
    if cue is None and len(reading.items) > 1:
        cue = _BROUGHT_TO_CUE.search(text, reading.items[0].end, end)
    if cue is None:
        return None
    opens = cue.start()
    before = [i for i in reading.items if i.end <= opens]
    after = [i for i in reading.items if i.start >= opens]
    if not after or len(before) + len(after) != len(reading.items):
        return None
    total = after[0]
    if total.metric not in CASUALTY_METRICS or total.subset or _SUMMED_OVER.search(
            text, opens, max(total.end, cue.end())):
        # ("troops killed 8 fighters, bringing the combined total for the two operations to
        # more than 40": the figures of the operations it names, summed)
        return None
    if any(i.metric not in CASUALTY_METRICS for i in before):
        return None
    # ("Soldiers shot dead 7 protesters in Bamako on Friday, raising the death toll ...":
    # the incident's figure the tally's words do not count, read as a casualty)
    values = [i.value for i in before if i.metric == total.metric and not i.subset] or (
        _casualty_counts(doc, start, opens, total.metric))
    if not values or sum(values) == total.value or sum(values) + sum(
            i.value for i in told if i.metric == total.metric and not i.subset
            and i is not total) == total.value:
        # (with the figures of the tally sentence before it: "... 23 militants on Tuesday.
        # A further 14 were killed on Thursday, bringing to 37 the number killed")
        return None
    dates = starting_in(doc.dates, start, opens)
    if any(not _one_day(doc, d) for d in dates) or _period_cue(text, start, opens) is not None:
        return None  # "killed 40 in March, bringing ...": a count over a period of its own
    days = {(d.date_start, d.date_end) for d in dates if not _told_on(doc, start, d)}
    places = {p.text.lower() for p in starting_in(doc.places, start, opens)}
    if len(days) > 1 or len(places) > 1 and not days:
        # ("14 were killed in Khyber on Thursday and 24 more in Kech on Friday, bringing
        # to 61 ...": some of the period's days, not one incident)
        return None
    return opens if days or places else None


def _incident_clause(doc: Doc, reading: _SentenceReading, start: int, end: int) -> int | None:
    """Where the incident clause of a tally sentence begins, if it has one (see above)."""
    if reading.day_only or len(reading.items) < 2:
        return None
    text = doc.text
    since = _SINCE_WHEN_TURN.search(text, reading.items[0].end, end)
    if since is not None:
        inside = [i for i in reading.items if i.start >= since.end()]
        if inside and len(inside) < len(reading.items) and all(
                i.metric in CASUALTY_METRICS for i in inside) and _INCIDENT_HOW.search(
                text, inside[0].end, end):
            # "... 40 soldiers since March 2019, when five soldiers were killed in an
            # ambush": the time the period opens on is told by one past incident
            return since.start("turn")
    for turn in _INCIDENT_TURN.finditer(text, reading.items[0].end, end):
        inside = [i for i in reading.items if i.start >= turn.end()]
        if not inside or len(inside) == len(reading.items) or any(
                i.metric not in CASUALTY_METRICS for i in inside):
            continue
        day = next((d for d in starting_in(doc.dates, turn.end(), end)
                    if _one_day(doc, d) and not _told_on(doc, start, d)), None)
        how = _INCIDENT_HOW.search(text, inside[0].end, end)
        if day is not None and how is not None:
            return turn.start()
    return None


#: How far (in sentences) from a tallied count the figure it replaces may be told.
_FORMER_REACH = (-1, 1, 2, 3)


_NOTE_ON_A_COUNT = re.compile(
    r"\b(?:correct(?:s|ed|ing|ion)?|revis(?:e|es|ed|ing)|updated?|amend(?:s|ed)?|"
    r"misstated?)\b[^.;]{0,60}?\bnumber\s+of\b", re.IGNORECASE)


_REMAINDER_PARTY = re.compile(r"(?:rest|remainder|others)", re.IGNORECASE)


def _with_remainders(doc: Doc, items: list[TallyItem],
                     spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Add the sentences whose only people are the rest of a count tallied just before
    ("Miri said the rest had been arrested in Anbar and Diyala, without giving figures"):
    more of the period's count where no figure is told, no incident of their own."""
    told_in = {(item.metric, item.sentence) for item in items}
    tallied = set(spans)
    added: list[tuple[int, int]] = []
    for index, sent in enumerate(doc.sentences):
        if sent in tallied:
            continue
        found = starting_in(doc.casualties, sent[0], sent[1])
        if found and all(
                m.count is None and m.party_text is not None
                and _REMAINDER_PARTY.fullmatch(m.party_text)
                and any((m.kind, index - step) in told_in for step in (1, 2))
                for m in found):
            added.append(sent)
    if not added:
        return spans
    return tuple(sorted((*spans, *added)))


#: A sentence that opens with a share of the people counted before: "More than half of them
#: were detained in ...", "About 40 percent of those killed were ...", "Most of the
#: detainees were ...", "Roughly seven in ten of those killed ...".
_SHARE_OPENS = re.compile(
    r"\W*(?:[A-Z][\w.\u2019'-]*\s+(?:[\w.\u2019'-]+\s+){0,5}?(?:said|says|added)\s+(?:that\s+)?)?"
    r"(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|"
    r"over\s+|some\s+|just\s+(?:over|under)\s+)?"
    r"(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters|most|the\s+majority|"
    r"the\s+bulk|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|"
    # ("Roughly seven in ten of those killed died in Syria": a share told as a ratio)
    rf"{_RATIO_WORD}\s+(?:in|out\s+of)\s+{_RATIO_WORD})\s+of\s+(?:them|those|these|the)\b",
    re.IGNORECASE)


def _with_shares(doc: Doc, items: list[TallyItem],
                 spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Add a sentence right after the counts that tells where or who a share of them were
    ("More than half of them were detained in Deir ez-Zor countryside"): no figure (see the
    breakdowns of a tally), and no incident of the day the release was told."""
    told = {i.sentence for i in items}
    tallied = set(spans)
    added = [sent for k, sent in enumerate(doc.sentences)
             if sent not in tallied and any(t in told for t in (k - 1, k - 2))
             and (share := _SHARE_OPENS.match(doc.text, *sent)) is not None
             and not any(n.start >= share.end() for n in _numbers(doc, *sent))]
    return tuple(sorted({*spans, *added}))


def _with_former_figures(doc: Doc, items: list[TallyItem],
                         spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Add the sentences that give a tallied count as an earlier release had it ("An earlier
    release had said that nine operatives were killed"), next to the tally sentence: the
    figure the tally replaces, no incident of its own for the events stage to code."""
    told_in = {(item.metric, item.sentence) for item in items}
    added: list[tuple[int, int]] = []
    for m in doc.casualties:
        index = sentence_of(m.start, doc.sentences)
        if not any((m.kind, index + step) in told_in for step in _FORMER_REACH):
            # the tally it replaces is told near it ("An earlier version of this release
            # stated that 27 ... were detained. The correct number is 21." above the list)
            continue
        sent = doc.sentences[index]
        if sent not in spans and sent not in added and told_as_former(
                m, doc.text, doc.sentences):
            added.append(sent)
    counted = {s for s in spans}
    for start, end in doc.sentences:
        # "Editor's note: This release was updated on Sept. 6 to correct the number of ISIS
        # operatives detained in Syria, which was previously reported as 17.": a note on a
        # count of the release, no incident of the day of the note
        if (start, end) in counted or (start, end) in added or not _NOTE_ON_A_COUNT.search(
                doc.text, start, end):
            continue
        if not any(m.count is not None and not told_as_former(m, doc.text, doc.sentences)
                   for m in starting_in(doc.casualties, start, end)):
            added.append((start, end))
    if not added:
        return spans
    return tuple(sorted((*spans, *added)))
