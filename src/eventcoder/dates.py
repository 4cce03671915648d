"""The dates stage: find dates, ranges, months and relative expressions and resolve them.

Every expression becomes a :class:`~eventcoder.mentions.DateMention`: a span of
``Doc.text``, a calendar interval (``date_start`` .. ``date_end``, both
inclusive) and ACLED's time precision. The main path is a few precompiled
regular expressions (cheap locators, then one full pattern tried only where a
locator fires) and dictionary look-ups, so the stage costs tens of
microseconds on a short note; no date library (dateparser) is called: every
form below has its own pattern.

Precision (ACLED's codes, made exact here):

* **1, a day**: an explicit day ("On 9 May 2020", "05/30/2011", "2020-05-09"),
  a weekday or a relative day ("on Monday", "yesterday", "two days ago"), and a
  single night even when it straddles midnight ("on the night of 8-9 May", "3/4 May",
  "overnight", "last night", "overnight Friday", "Friday night into Saturday":
  ``date_start`` is the evening, ``date_end`` the morning after). A slashed day is
  month first ("05/30/2011"), unless the first figure
  cannot be a month or the text writes its other slashed days day first ("15/3" in the
  dateline of a translated release makes its "on 3/4" the 3rd of April), or the report
  comes from a country that writes the day first (its dateline's town or its outlet's home
  country: "KARACHI (Reuters) - ... on 3/1/2023" is the 3rd of January), where day first
  falls no later than publication.
* **2, within a week or a stated range**: an approximate day ("Around 9 May
  2020 (as reported)", "As reported on 2 May 2020": ``date_start`` =
  ``date_end`` = that day), a stated range of days of up to 31 days ("between 3
  and 5 May 2020", "From December 30 to January 6", "between Monday and
  Wednesday", "on Friday and Saturday": two weekdays joined by "and" are one span only
  when they run on, "on Monday and Wednesday" being two days), a named week ("week of
  4 May", "last week", "earlier this week",
  "the first week of May", "over the weekend") and days counted back from the
  telling ("in the past two days", "in the last week": the seven days to the telling,
  where "last week" alone is the calendar week before it).
* **3, a month or vaguer**: a month ("in February", "its January operations",
  "the May figures"), a part of a month ("in
  early May" is the 1st to the 10th, "mid-May" the 11th to the 20th, "late
  May" or "the end of May" the 21st to the month's end: each longer than a
  week), a year ("in 2014"), and any range longer than 31 days.

Basis: ``stated`` when the year is written in the expression or the range it
belongs to; ``year_inferred`` when the day and month are written and the year
comes from the publication date (the most recent such date on or before
publication, allowing a week ahead for announced dates, so "From December 30 to
January 6" published on 2025-01-06 is 2024-12-30 .. 2025-01-06), or from the full
date of the report's dateline in its stead ("Quetta, 18 October 2022 - ... on 5
March" is 2022-03-05 in a copy published a year later) unless that falls after
publication, or, for a text
without a publication date or right after a written date long before it, from
that nearby written date ("On 9 May 2020 ... On 10 May"), the nearest year to it that
is not after publication; ``relative`` for
weekdays and words like "yesterday", resolved against the publication date
("on Monday" is the most recent Monday on or before publication; a deed placed on its day
after a week told before it, "attacked a convoy last week ... the attack took place on
Friday", is the Friday of that week; one told as a day to come, "he will appear in court on
Monday", is the first such day after publication), or against the
day of the report's dateline where it gives one on or before publication ("QUETTA,
Nov 6: ... on Monday" is the Monday before the 6th), and for a
weekday that restates a date just written ("09/10/2011: On Saturday
afternoon"), the one weekday a text without a publication date fixes;
``unknown`` when nothing fixes the year: then ``date_start`` and ``date_end``
are ``None`` and ``year_known`` is ``False``.
A year is never guessed from the clock.

False positives avoided: "may" and "march" in lower case are never months, and
a capitalised month with no day or year needs a preposition before it ("in
May", "since March", "early June"); bare numbers, ordinals ("the 5th brigade"),
times ("10:30"), model numbers ("F-16s") and thousands ("2,000") are not dates;
a four-digit year needs a preposition before it and no noun after it ("in 2014"
but not "in 2000 homes").
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from typing import Literal

from eventcoder.gazetteer import outlet_country
from eventcoder.mentions import DateMention, Doc, replace_doc
from eventcoder.registry import stage

log = logging.getLogger(__name__)

Basis = Literal["stated", "year_inferred", "publication_date", "relative", "unknown"]

#: Days after publication that a written day-and-month without a year may still fall on
#: ("protests are planned for January 10" in a text of January 6).
LOOKAHEAD_DAYS = 7
#: How far (in characters, within a paragraph) a yearless date looks for a written full date.
TEXT_ANCHOR_CHARS = 300
#: A written full date this many days before publication sets the year of a yearless date
#: right after it ("the bombing of April 19, 1995 ... on April 21"); a recent one does not.
TEXT_ANCHOR_AGE_DAYS = 60
#: The longest stated range of days that still counts as precision 2.
RANGE_PRECISION_DAYS = 31


@dataclass(frozen=True, slots=True)
class DateWords:
    """The calendar vocabulary the patterns are built from (``data/date_words.json``)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    number_words: dict[str, int]
    day_parts: tuple[str, ...]
    month_parts: dict[str, tuple[int, int]]
    approximate: tuple[str, ...]
    approximate_after: tuple[str, ...]
    context_words: frozenset[str]
    year_followers: frozenset[str]


@cache
def date_words() -> DateWords:
    """Load the calendar vocabulary once per process."""
    raw = json.loads(files("eventcoder").joinpath("data/date_words.json").read_text("utf-8"))
    return DateWords(
        months={str(k): int(v) for k, v in raw["months"].items()},
        weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
        number_words={str(k): int(v) for k, v in raw["number_words"].items()},
        day_parts=tuple(raw["day_parts"]),
        month_parts={str(k): (int(v[0]), int(v[1])) for k, v in raw["month_parts"].items()},
        approximate=tuple(raw["approximate"]),
        approximate_after=tuple(raw["approximate_after"]),
        context_words=frozenset(raw["context_words"]),
        year_followers=frozenset(raw["year_followers"]),
    )


def _alternation(words: object) -> str:
    """A regex alternation of words, longest first so that "Sept" wins over "Sep"."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _grouped_alternation(words: object, space: str = r"\s+") -> str:
    """The alternation of :func:`_alternation` (``space`` for a space) with the words grouped
    by their first two characters: "Ju(?:ne|ly|n|l)|Ja(?:nuary|n)". It finds the same matches,
    the longest word first, but a locator's search tries a few groups at each candidate
    character, not every word."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    groups: dict[str, list[str]] = {}
    for word in items:  # a one-character word has a group of its own, after all longer words
        groups.setdefault(word[:2], []).append(word[2:])

    def escaped(piece: str) -> str:
        return re.escape(piece).replace(r"\ ", space)

    return "|".join(
        escaped(head) + ("(?:" + "|".join(escaped(rest) for rest in rests) + ")"
                         if rests != [""] else "")
        for head, rests in groups.items()
    )


@dataclass(frozen=True, slots=True)
class _Grammar:
    scan: re.Pattern[str]
    locators: tuple[re.Pattern[str], ...]
    relative_keys: tuple[str, ...]
    relative_locator: re.Pattern[str]
    prefixes: dict[str, tuple[str, object]]
    connector: re.Pattern[str]
    weekday_join: re.Pattern[str]
    approximate_after: re.Pattern[str]
    sentence_break: re.Pattern[str]
    follower: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    month_parts: dict[str, tuple[int, int]]
    year_context: frozenset[str]
    year_followers: frozenset[str]


_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_DAY_LINK = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|and|until|till|through|thru|or)\s+)"


@cache
def _grammar() -> _Grammar:
    """Compile the patterns once per process from the calendar vocabulary."""
    words = date_words()
    month_names = set(words.months)
    month_names |= {m.upper() for m in words.months}
    full = {max((m for m in words.months if words.months[m] == n), key=len) for n in range(1, 13)}
    abbreviations = {m for m in month_names if m.capitalize() not in full}
    # A full stop belongs to an abbreviation ("Sept. 3"), never to a full name ending a sentence.
    mon = (
        rf"(?:(?:{_alternation(abbreviations)})(?:\.(?!\d))?"
        rf"|(?:{_alternation(month_names - abbreviations)}))"
    )
    # A translation from French or Spanish keeps the month's small letter ("the 19 april
    # 2025"): read only after a day and before a year, where no verb "may" or "march" is.
    mon_low = rf"(?:{_alternation({m.lower() for m in full})})"
    # (the year after it, which the locators find it by and the scan reads it before)
    year_after_low = rf",?\s+(?:of\s+)?{_YEAR}"
    weekday_names = set(words.weekdays) | {w.upper() for w in words.weekdays}
    wday = _alternation(weekday_names)
    day_parts = _alternation(words.day_parts)
    numbers = _alternation({v for w in words.number_words for v in (w, w.capitalize())})
    scan = re.compile(
        rf"""
        (?<![\w/:.,])(?:
          (?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]?\d)-(?P<iso_d>[0-3]?\d))
            (?![\d-])(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?
        | (?P<nd>(?P<nd_a>[0-3]?\d)-(?P<nd_b>[0-3]?\d)-(?P<nd_y>(?:19|20)\d\d))(?![\d-])
        | (?P<sl>(?P<sl_a>[0-3]?\d)/(?P<sl_b>[0-3]?\d)/(?P<sl_y>(?:19|20)?\d\d))(?![\d/])
            (?P<sl_default>\s*\([Dd]efault\s+[Dd]ate\))?
        | (?P<md>(?P<md_a>[0-3]?\d)/(?P<md_b>[0-3]?\d))(?![\d/%]|[.,]\d|\s+of\b|\s+{mon}\b)
        | (?P<dot>(?P<dot_d>[0-3]?\d)\.(?P<dot_m>[01]?\d)\.(?P<dot_y>(?:19|20)\d\d))(?![\d.]\d|\d)
        | (?P<dash>(?P<dash_d>{_DAY})-(?P<dash_m>{mon})-(?P<dash_y>(?:19|20)?\d\d))(?![\d-])
        | (?P<dmy>(?P<dmy_d1>{_DAY})(?:(?:{_DAY_LINK}|/)(?:the\s+)?(?P<dmy_d2>{_DAY}))?(?:\s+of)?\s+
            (?P<dmy_m>{mon}|{mon_low}(?={year_after_low}))
            (?:,?\s+(?:of\s+)?(?P<dmy_y>{_YEAR})|\s+(?P<dmy_yy>'?\d\d)(?=\s*[,.;:)]|\s*$))?)(?![\w-])
        | (?P<mdy>(?P<mdy_m>{mon})\s+(?P<mdy_d1>{_DAY})(?!:\d)
            (?:{_DAY_LINK}(?:the\s+)?(?P<mdy_d2>{_DAY}))?
            (?:,?\s+(?P<mdy_y>{_YEAR}))?)(?!\w|[.,:]\d)
        | (?P<my>(?P<my_m>{mon})(?:\s+of|,)?\s+(?P<my_y>{_YEAR}))
        | (?P<bm>{mon})(?![\w'\u2019])
        | (?P<yr>{_YEAR})(?![\w%]|[.,:/]\d)
        | (?P<wd>{wday})(?:['\u2019]s)?(?:\s+(?P<wd_part>{day_parts}))?(?!\w)
        | (?P<rel>
              [Tt]he\s+day\s+before\s+yesterday
            | (?P<rel_next>[Tt]he\s+(?:following|next)\s+day|(?:[Aa]|[Oo]ne)\s+day\s+later)
            | (?P<rel_prev>[Tt]he\s+(?:previous|preceding)\s+day|(?:[Aa]|[Oo]ne)\s+day\s+earlier)
            | (?P<rel_word>[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight)
            | [Ll]ast\s+night
            | [Tt]his\s+(?:morning|afternoon|evening)
            | (?:[Ee]arlier|[Ll]ater)\s+today
            | [Ee]arlier\s+in\s+the\s+(?P<rel_in_unit>week|month|year)
            | (?:(?P<rel_adv>[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+)?(?P<rel_the>[Tt]he\s+)?
              (?P<rel_which>[Ll]ast|[Tt]his|[Pp]ast|[Pp]revious)\s+(?:(?P<rel_one>one)\s+)?
              (?P<rel_unit>weekend|week|month|year)
              (?!\s+of\s+(?:{mon}|{mon_low}|{_YEAR})(?!\w))
            | (?P<rel_n>\d{{1,2}}|{numbers})\s+(?P<rel_nunit>days?|weeks?|months?|years?)\s+ago
            | (?:[Tt]he\s+)?(?:[Pp]ast|[Ll]ast|[Pp]revious)\s+(?P<rel_pn>\d{{1,2}}|{numbers})
              \s+(?P<rel_punit>days|weeks|months)(?!\s+of\b)
            | (?:[Ii]n\s+)?[Rr]ecent\s+days
            | (?:[Tt]he\s+)?(?:[Pp]ast|[Ll]ast)\s+(?:few|several)\s+days
            | (?:[Tt]he\s+)?(?:[Pp]ast|[Ll]ast)\s+24\s+hours
            | (?:[Tt]he\s+)?[Pp]ast\s+day(?!\s+of\b)
            | (?:[Oo]ver|[Dd]uring|[Aa]t)\s+the\s+weekend
          )(?!\w)
        )
        """,
        re.VERBOSE,
    )
    # Locators: cheap patterns that find where a date may start. Each begins with a digit or
    # with literal words, so the regex engine skips other characters in C; the full pattern
    # above is then tried at those positions only. One pattern with every form alternated
    # costs several times more, because no first character can be ruled out.
    link = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|and|until|till|through|thru|or)\s+)"
    day = r"\d\d?(?:st|nd|rd|th)?"
    digit_locator = re.compile(
        rf"""[0-9](?:
            \d{{3}}-\d\d?-\d
          | \d?/\d\d?/\d\d
          | \d?/\d\d?(?![\d/])
          | \d?\.\d\d?\.\d{{4}}
          | \d?-\d\d?-\d{{4}}
          | \d?(?:st|nd|rd|th)?(?:-|(?:(?:{link}|/)(?:the\s+)?{day})?(?:\s+of)?\s+)
            (?:{mon}|{mon_low}{year_after_low})
          | \d?\s+(?:days?|weeks?|months?|years?)\s+ago
          | \d{{3}}(?!\d)
        )""",
        re.VERBOSE,
    )
    month_locator = re.compile(rf"(?:{_grouped_alternation(month_names)})(?![a-z])")
    weekday_locator = re.compile(_grouped_alternation(weekday_names))
    relative_words = [
        "the day before yesterday", "the following day", "the next day", "a day later",
        "one day later", "the previous day", "the preceding day", "a day earlier",
        "one day earlier", "yesterday", "today", "tonight", "overnight", "last night",
        "this morning", "this afternoon", "this evening", "earlier today", "later today",
        "earlier", "later", "late", "early", "the last", "the past", "the previous", "last",
        "this", "past", "previous", "in recent days", "recent days", "over the weekend",
        "during the weekend", "at the weekend", *words.number_words,
    ]
    relative_locator = re.compile(_grouped_alternation(
        {w for word in relative_words for w in (word, word[0].upper() + word[1:])}, " "))
    # The words just before a date that change what it means, looked up by their last 1-4 words.
    prefixes: dict[str, tuple[str, object]] = {w: ("ctx", w) for w in words.context_words}
    prefixes["from"] = ("from", None)
    prefixes["between"] = ("between", None)
    for phrase in words.approximate:
        prefixes[phrase] = ("approx", None)
    for the in ("", "the "):
        for nth in ("first", "second", "third", "fourth", "last", "final"):
            prefixes[f"{the}{nth} week of"] = ("nth_week", nth)
        for opener in ("of", "starting", "beginning"):
            prefixes[f"{the}week {opener}"] = ("week", None)
        prefixes[f"{the}night of"] = ("night", None)
        for phrase, days in words.month_parts.items():
            prefixes[f"{the}{phrase}"] = ("part", days)
    return _Grammar(
        scan=scan,
        locators=(digit_locator, month_locator, weekday_locator),
        # Words every relative phrase contains; a text with none of them skips that search.
        relative_keys=(
            "yesterday", "today", "tonight", "night", "week", "month", "year", "ago", "recent",
            "days", "past day", "hours", "morning", "afternoon", "evening", "day later",
            "following day", "next day", "previous day", "preceding day", "day earlier",
        ),
        relative_locator=relative_locator,
        prefixes=prefixes,
        connector=re.compile(r"\s*(?:[-\u2013\u2014]|to|until|till|through|thru|and|or)\s*"),
        weekday_join=re.compile(r"\s*,?\s*(?:the\s+)?\(?\s*"),
        approximate_after=re.compile(
            rf"\s*\((?i:{_alternation(words.approximate_after)})\)"
        ),
        sentence_break=re.compile(r"[.!?]\s+[A-Z\"\u201c]|\n\s*\n"),
        follower=re.compile(r"\s+([a-z]+)"),
        months={k.lower(): v for k, v in words.months.items()},
        weekdays={k.lower(): v for k, v in words.weekdays.items()},
        numbers=words.number_words,
        month_parts={k.lower(): v for k, v in words.month_parts.items()},
        year_context=frozenset(
            {"in", "since", "during", "until", "till", "by", "through", "throughout", "of",
             "from", "between", "before", "after", "early", "late", "mid", "for", "as of",
             "starting", "ending"}
        ),
        year_followers=words.year_followers,
    )


# ---------------------------------------------------------------------------------------------
# Atoms: what the scanner finds, before years are resolved


@dataclass(slots=True)
class _Atom:
    """One date expression with what was written; resolved to dates later."""

    start: int
    end: int
    kind: Literal["day", "month", "year", "weekday", "relative"]
    month: int = 0
    day: int = 0
    year: int | None = None
    month2: int = 0
    day2: int = 0
    year2: int | None = None
    ranged: bool = False
    night: bool = False
    approximate: bool = False
    week_of: bool = False
    nth_week: str | None = None
    part: tuple[int, int] | None = None
    between: bool = False
    context: str | None = None
    default_day: bool = False
    weekday: int = 0
    relative: str = ""
    relative_n: int = 0

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, start: int, end: int, kind: Literal["day", "month", "year", "weekday", "relative"],
        month: int = 0, day: int = 0, year: int | None = None, month2: int = 0, day2: int = 0,
        year2: int | None = None, ranged: bool = False, night: bool = False,
        approximate: bool = False, week_of: bool = False, nth_week: str | None = None,
        part: tuple[int, int] | None = None, between: bool = False, context: str | None = None,
        default_day: bool = False, weekday: int = 0, relative: str = "", relative_n: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.month = month
        self.day = day
        self.year = year
        self.month2 = month2
        self.day2 = day2
        self.year2 = year2
        self.ranged = ranged
        self.night = night
        self.approximate = approximate
        self.week_of = week_of
        self.nth_week = nth_week
        self.part = part
        self.between = between
        self.context = context
        self.default_day = default_day
        self.weekday = weekday
        self.relative = relative
        self.relative_n = relative_n

    @property
    def written_year(self) -> bool:
        return self.year is not None


def _month_number(grammar: _Grammar, name: str) -> int:
    return grammar.months[name.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _two_digit_year(text: str) -> int:
    """Expand a two-digit year the way strptime does: 69-99 are 1900s, 00-68 2000s."""
    value = int(text.lstrip("'"))
    if value >= 100:
        return value
    return 1900 + value if value >= 69 else 2000 + value


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int | None, month: int) -> int:
    """Days in a month; February has 29 when the year is unknown or a leap year."""
    if month == 2 and (year is None or calendar.isleap(year)):
        return 29
    return _MONTH_DAYS[month - 1]


def _valid(year: int | None, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


#: Words many relative keys hold ("day" in "yesterday", "next day", "days"): a text that
#: lacks one lacks every key holding it, so those keys are searched for only where it is.
_RELATIVE_COVERS = ("day", "night")


@cache
def _relative_looks(keys: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``keys`` grouped under the first of ``_RELATIVE_COVERS`` each holds, a key that holds
    none under itself; in the order of the keys."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        cover = next((word for word in _RELATIVE_COVERS if word in key), key)
        groups.setdefault(cover, []).append(key)
    return tuple((cover, tuple(held)) for cover, held in groups.items())


def _has_relative_word(text: str, keys: tuple[str, ...]) -> bool:
    lowered = text.lower()
    for cover, held in _relative_looks(keys):
        if cover in lowered:
            for key in held:
                if key in lowered:
                    return True
    return False


def _scan(text: str, grammar: _Grammar, published: date | None = None,
          day_first: bool = False) -> list[_Atom]:
    """Find every date expression in ``text`` as atoms, ranges merged (``published`` orders
    the day and month of a slashed date that could be either, and so does ``day_first``,
    for a report from a country that writes the day first)."""
    starts = [m.start() for locator in grammar.locators for m in locator.finditer(text)]
    if _has_relative_word(text, grammar.relative_keys):
        starts.extend(m.start() for m in grammar.relative_locator.finditer(text))
    starts.sort()
    atoms: list[_Atom] = []
    reached = 0
    for start in starts:
        if start < reached:
            continue
        match = grammar.scan.match(text, start)
        if match is None:
            continue
        reached = match.end()
        atom = _atom_from_match(text, match, grammar, atoms, published, day_first)
        if atom is not None:
            atoms.append(atom)
    return _merge(text, atoms, grammar)


_PREFIX_WINDOW = 48
_OPENING_PUNCTUATION = "(\"'[\u201c\u2018"


def _prefix(text: str, start: int, grammar: _Grammar) -> tuple[str, object, int] | None:
    """The phrase right before ``start`` that qualifies a date: (kind, value, phrase start)."""
    low = max(0, start - _PREFIX_WINDOW)
    window = text[low:start].rstrip()
    if window.endswith("-"):  # "mid-May"
        window = window[:-1].rstrip()
    pieces = window.rsplit(None, 4)
    if low > 0 and pieces:
        pieces = pieces[1:]  # the first piece may be a word cut by the window
    if pieces and pieces[-1].lower() == "the" and len(pieces) > 1:
        pieces = pieces[:-1]  # "from the 3rd": the article says nothing
    for size in range(min(4, len(pieces)), 0, -1):
        words = pieces[-size:]
        words[0] = words[0].lstrip(_OPENING_PUNCTUATION)
        found = grammar.prefixes.get(" ".join(words).lower())
        if found is not None:
            position = len(window)
            for word in reversed(words):
                position = window.rfind(word, 0, position)
            return found[0], found[1], low + position
    return None


def _follower_ok(text: str, end: int, grammar: _Grammar) -> bool:
    """Reject a year or day followed by a plain noun ("in 2000 homes", "in May 20 soldiers")."""
    follow = grammar.follower.match(text, end)
    if follow is None:
        return True
    return follow.group(1) in grammar.year_followers


def _atom_from_match(  # noqa: C901 - one branch per written form reads best side by side
    text: str, match: re.Match[str], grammar: _Grammar, previous: list[_Atom],
    published: date | None = None, day_first: bool = False,
) -> _Atom | None:
    group = match.lastgroup
    start, end = match.start(), match.end()
    g = match.group
    atom: _Atom | None = None
    if g("iso"):
        year, month, day = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        if _valid(year, month, day):
            atom = _Atom(start, end, "day", month, day, year)
    elif g("sl"):
        first, second = int(g("sl_a")), int(g("sl_b"))
        year = _two_digit_year(g("sl_y"))
        # US order (GTD writes "05/30/2011"); day first where the first cannot be a month,
        # where month first would be after the text was published, or where the text
        # writes its other dates day first, or the report comes from a country that does
        month, day = _slashed_order(text, first, second, year, published, day_first)
        if (g("sl_default") or day == 0) and _valid(year, month, 1):
            # GTD's "(Default Date)" and day 0 both mean the day is unknown: the month is known.
            atom = _Atom(start, end, "month", month, 0, year, default_day=True)
        elif _valid(year, month, day):
            atom = _Atom(start, end, "day", month, day, year)
    elif g("nd"):
        # "on 12-3-2024": figures joined by dashes, as the translated releases that write
        # them put the day first; month first only where the second cannot be a month
        first, second = int(g("nd_a")), int(g("nd_b"))
        year = int(g("nd_y"))
        month, day = (first, second) if second > 12 else (second, first)
        if _valid(year, month, day):
            atom = _Atom(start, end, "day", month, day, year)
    elif g("md"):
        atom = _month_day_atom(text, match, grammar, previous, published, day_first)
    elif g("dot"):
        year, month, day = int(g("dot_y")), int(g("dot_m")), int(g("dot_d"))
        if _valid(year, month, day):
            atom = _Atom(start, end, "day", month, day, year)
    elif g("dash"):
        year, month = _two_digit_year(g("dash_y")), _month_number(grammar, g("dash_m"))
        day = _day_number(g("dash_d"))
        if _valid(year, month, day):
            atom = _Atom(start, end, "day", month, day, year)
    elif g("dmy") or g("mdy"):
        key = "dmy" if g("dmy") else "mdy"
        month = _month_number(grammar, g(f"{key}_m"))
        day1 = _day_number(g(f"{key}_d1"))
        day2_text = g(f"{key}_d2")
        year_text = g(f"{key}_y") or (g("dmy_yy") if key == "dmy" else None)
        year = None
        if year_text:
            year = int(year_text) if len(year_text) == 4 else _two_digit_year(year_text)
        if key == "mdy" and year is None and day2_text is None:
            pre = _prefix(text, start, grammar)
            context = str(pre[1]) if pre is not None and pre[0] == "ctx" else None
            if context in {"in", "by", "since", "during"} and not _follower_ok(
                text, end, grammar
            ) and not text.endswith(("the ", "The "), 0, start):
                # ... but "in the March 28 raid" is the raid of a day.
                # "in May 20 soldiers were killed": a month, then a count.
                end = start + len(g("mdy_m"))
                atom = _Atom(start, end, "month", month)
                return _with_prefix(text, atom, grammar)
        if not _valid(year, month, day1):
            return None
        atom = _Atom(start, end, "day", month, day1, year)
        if day2_text is not None:
            day2 = _day_number(day2_text)
            if not _valid(year, month, day2) or day2 < day1:
                return None
            atom.month2, atom.day2, atom.year2, atom.ranged = month, day2, year, True
    elif g("my"):
        atom = _Atom(start, end, "month", _month_number(grammar, g("my_m")), 0, int(g("my_y")))
    elif g("bm"):
        atom = _Atom(start, end, "month", _month_number(grammar, g("bm")))
        atom = _with_prefix(text, atom, grammar)
        if atom.context is None and not (atom.part or atom.between or atom.nth_week) and not (
                _MONTH_OF_RECORDS.match(text, end) and (
                    atom.month != 5 or _DETERMINER_BEFORE.search(text, max(0, start - 8),
                                                                 start))):
            return None
        return atom
    elif g("yr"):
        atom = _Atom(start, end, "year", 0, 0, int(g("yr")))
        after_year = bool(previous) and previous[-1].kind == "year" and (
            grammar.connector.fullmatch(text, previous[-1].end, start) is not None
        )
        atom = _with_prefix(text, atom, grammar)
        if not after_year and (
            atom.context not in grammar.year_context and not (atom.part or atom.between)
        ):
            return None
        if not _follower_ok(text, end, grammar):
            return None
        return atom
    elif g("wd"):
        atom = _Atom(start, end, "weekday", weekday=grammar.weekdays[g("wd").lower()])
        part = g("wd_part")
        atom.night = part is not None and part.lower() in {"night", "overnight"}
    elif g("rel"):
        atom = _relative_atom(match, grammar)
    else:  # pragma: no cover - every alternative is named
        log.debug("unhandled date form %s at %d", group, start)
    if atom is None:
        return None
    if atom.kind == "day" and not atom.ranged:
        # ACLED's "On 2 May 2020 (or around)", "Around 9 May 2020 (as reported)"
        after = grammar.approximate_after.match(text, atom.end)
        if after is not None:
            atom.approximate = True
            atom.end = after.end()
    return _with_prefix(text, atom, grammar)


# "its January operations", "CENTCOM corrects January figures": a month naming what was
# counted in it, with no preposition before it ("May" only after a determiner, being a verb too)
_MONTH_OF_RECORDS = re.compile(
    r"\s+(?:operations|figures|results|statistics|toll|tally|report|raids|strikes|missions|"
    r"attacks|arrests)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|the|their|his|her|our)\s+$", re.IGNORECASE)


def _relative_atom(match: re.Match[str], grammar: _Grammar) -> _Atom:
    g = match.group
    atom = _Atom(match.start(), match.end(), "relative")
    phrase = " ".join(match.group("rel").lower().split())
    if g("rel_word"):
        atom.relative = g("rel_word").lower()
    elif g("rel_next"):
        atom.relative = "next_day"  # the day after the day told before it
    elif g("rel_prev"):
        atom.relative = "previous_day"  # the day before the day told before it
    elif phrase == "the day before yesterday":
        atom.relative, atom.relative_n = "days_ago", 2
    elif phrase == "last night":
        atom.relative = "overnight"
    elif g("rel_in_unit"):
        # "earlier in the week": the days of this week before the telling
        atom.relative = f"earlier_this_{g('rel_in_unit').lower()}"
    elif g("rel_unit"):
        which = g("rel_which").lower()
        which = "last" if which in {"previous"} else which
        if which == "last" and g("rel_unit").lower() == "week" and (g("rel_the") or g("rel_one")):
            # "in the last week", "in the last one week": the seven days to the telling,
            # not the calendar week before it
            which = "past"
        adverb = (g("rel_adv") or "").lower()
        atom.relative = f"{which}_{g('rel_unit').lower()}"
        if adverb == "earlier" and which == "this":
            atom.relative = f"earlier_this_{g('rel_unit').lower()}"
        elif adverb in grammar.month_parts and which == "last" \
                and g("rel_unit").lower() == "month":
            # "late last month": the days of the month before its part names
            atom.part = grammar.month_parts[adverb]
    elif g("rel_n"):
        number = g("rel_n").lower()
        atom.relative_n = int(number) if number.isdigit() else grammar.numbers[number]
        atom.relative = g("rel_nunit").lower().rstrip("s") + "s_ago"
    elif g("rel_pn"):
        # "in the past two days", "over the last 3 weeks": a span that ends when told
        number = g("rel_pn").lower()
        unit = g("rel_punit").lower()
        atom.relative_n = (int(number) if number.isdigit() else grammar.numbers[number]) * (
            7 if unit == "weeks" else 1)
        atom.relative = "past_months" if unit == "months" else "past_days"
    elif "recent" in phrase or "few" in phrase or "several" in phrase:
        atom.relative = "recent_days"
    elif "24 hours" in phrase or phrase.endswith("past day"):
        atom.relative = "past_day"
    elif phrase.endswith("the weekend"):
        atom.relative = "past_weekend"  # "over the weekend", told after it
    else:
        atom.relative = "today"
    return atom


def _with_prefix(text: str, atom: _Atom, grammar: _Grammar) -> _Atom:
    """Read the words before an atom: a range opener, an approximation, a part of a month."""
    pre = _prefix(text, atom.start, grammar)
    if pre is None:
        return atom
    kind, value, start = pre
    if kind == "ctx":
        atom.context = str(value)
        return atom
    if kind == "between":
        atom.between = True
    elif kind == "from":
        atom.context = "from"
    elif kind == "approx":
        if atom.kind != "day":  # "talked about Saturday's attack": not an approximation
            return atom
        atom.approximate = True
    elif kind == "night":
        atom.night = True
    elif kind == "week":
        atom.week_of = True
    elif kind == "nth_week":
        atom.nth_week = str(value)
    elif kind == "part" and isinstance(value, tuple):
        atom.part = (int(value[0]), int(value[1]))
    atom.start = start
    return atom


#: A date written with slashes, with or without its year: "15/3", "3/14/2023".
_SLASHED = re.compile(
    r"(?<![\w/:.,])([0-3]?\d)/([0-3]?\d)(?:/((?:19|20)?\d\d))?(?![\d/])")


def _slashed_order(
    text: str, first: int, second: int, year: int | None = None,
    published: date | None = None, day_first_country: bool = False,
) -> tuple[int, int]:
    """The month and day of a slashed date "first/second": month first, as US reports write
    it, unless the first cannot be a month, or month first would fall after the text was
    published and day first would not ("Diyala, 11/6/2022 -" in a release of 12 June 2022),
    or the text's other slashed dates are written day first ("15/3" in the dateline of a
    translated release makes its "on 3/4" the 3rd of April) and none month first, or the
    report comes from a country that writes the day first (``day_first_country``: its
    dateline's or its outlet's) and day first falls no later than publication; a yearless
    one with no such sign takes the reading nearest before publication."""
    if first > 12 >= second:
        return second, first
    if second > 12 or "/" not in text:
        return first, second
    if _day_first_by_publication(first, second, year, published):
        return second, first
    day_first = month_first = False
    for m in _SLASHED.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        written = _two_digit_year(m.group(3)) if m.group(3) else None
        day_first = day_first or (a > 12 >= b >= 1) or _day_first_by_publication(
            a, b, written, published)
        month_first = month_first or (b > 12 >= a >= 1)
    if day_first and not month_first:
        return second, first
    if day_first_country and not month_first and (
            published is None or year is None
            or ((told := _safe(year, second, first)) is not None and told <= published)):
        return second, first
    if year is None and published is not None and not month_first:
        return _nearest_before_publication(first, second, published)
    return first, second


def _nearest_before_publication(first: int, second: int, published: date) -> tuple[int, int]:
    """Of the two readings of a yearless "first/second", the month and day that falls on or
    before ``published`` and nearest to it ("on 12/4" in a text of 20 April is the 12th of
    April, not a December four months back); month first on a tie or where neither falls."""
    best: tuple[int, int] = (first, second)
    best_gap: int | None = None
    for month, day in ((first, second), (second, first)):
        for year in range(published.year, published.year - 8, -1):
            when = _safe(year, month, day)
            if when is not None and when <= published:
                gap = (published - when).days
                if best_gap is None or gap < best_gap:
                    best, best_gap = (month, day), gap
                break
    return best


def _day_first_by_publication(
    first: int, second: int, year: int | None, published: date | None
) -> bool:
    """Whether "first/second/year" read month first falls after ``published`` while read
    day first it does not: a report tells of no day still to come."""
    if year is None or published is None:
        return False
    month_first = _safe(year, first, second)
    day_first = _safe(year, second, first)
    return month_first is not None and day_first is not None and (
        month_first > published >= day_first)


#: Words before a yearless "3/14" that make it a date: "on 3/14", "from 7/9 to 7/15".
_MONTH_DAY_CONTEXT = frozenset({"on", "from", "between", "since", "until", "till", "to", "and",
                                "through", "starting", "ending"})


def _month_day_atom(
    text: str, match: re.Match[str], grammar: _Grammar, previous: list[_Atom],
    published: date | None = None, day_first: bool = False,
) -> _Atom | None:
    """A day written "3/14" with no year, as translated releases write it ("on Tuesday 3/14",
    "during the period from 7/9 to 7/15"): a date only after a weekday or a date word, never
    a bare ratio ("1/3 of the land", "24/7")."""
    start, end = match.start(), match.end()
    after_weekday = bool(previous) and previous[-1].kind == "weekday" and (
        grammar.weekday_join.fullmatch(text, previous[-1].end, start) is not None)
    after_day = bool(previous) and previous[-1].kind == "day" and (
        grammar.connector.fullmatch(text, previous[-1].end, start) is not None)
    pre = _prefix(text, start, grammar)
    told = pre is not None and (pre[0] in {"from", "between"} or (
        pre[0] == "ctx" and str(pre[1]) in _MONTH_DAY_CONTEXT))
    if not (after_weekday or after_day or told):
        return None
    first, second = int(match.group("md_a")), int(match.group("md_b"))
    # the order of the slashed dates with a year
    month, day = _slashed_order(text, first, second, None, published, day_first)
    if not _valid(None, month, day):
        return None
    return _Atom(start, end, "day", month, day, None)


def _merge(text: str, atoms: list[_Atom], grammar: _Grammar) -> list[_Atom]:
    """Join "30 April - 2 May 2020", "from December 30 to January 6", "Monday, May 4"."""
    merged: list[_Atom] = []
    for atom in atoms:
        if merged:
            last = merged[-1]
            if _join_range(text, last, atom, grammar):
                continue
            if last.kind == "weekday" and atom.kind == "day" and grammar.weekday_join.fullmatch(
                text, last.end, atom.start
            ):
                if "(" in text[last.end : atom.start] and text.startswith(")", atom.end):
                    atom.end += 1  # "Sunday (May 10)"
                atom.start = last.start
                merged[-1] = atom
                continue
            if last.kind == "day" and atom.kind == "weekday" and grammar.weekday_join.fullmatch(
                text, last.end, atom.start
            ):
                continue  # "9 May 2020 (Saturday)": the weekday restates the date
            if _year_of_month(last, atom) and _MONTH_THEN_YEAR.fullmatch(
                    text, last.end, atom.start):
                # "in August last year": the month of the year the words name
                last.relative, last.end = atom.relative, atom.end
                continue
            if _year_of_month(atom, last) and _YEAR_THEN_MONTH.fullmatch(
                    text, last.end, atom.start):
                # "last year in August"
                atom.relative, atom.start = last.relative, last.start
                merged[-1] = atom
                continue
        merged.append(atom)
    return merged


#: The years a month or a day may be told of by words: "August last year", "in March this
#: year", "on 14 March last year".
_YEARS_OF_MONTHS = {"last_year": 1, "this_year": 0}
_MONTH_THEN_YEAR = re.compile(r"[ \t]+(?:of[ \t]+)?")
_YEAR_THEN_MONTH = re.compile(r",?[ \t]+(?:in|during)[ \t]+")


def _year_of_month(month: _Atom, year: _Atom) -> bool:
    """Whether ``month`` is a month of no written year and ``year`` the words that say
    which year it is of."""
    return (month.kind in {"month", "day"} and month.year is None and not month.ranged
            and month.part is None and month.nth_week is None and year.kind == "relative"
            and year.relative in _YEARS_OF_MONTHS)


def _join_range(text: str, first: _Atom, second: _Atom, grammar: _Grammar) -> bool:
    """Extend ``first`` to end where ``second`` ends when a connector joins them."""
    if first.ranged or second.ranged or first.kind != second.kind:
        return False
    if first.kind not in {"day", "month", "year"}:
        return False
    link = grammar.connector.fullmatch(text, first.end, second.start)
    if link is None:
        return False
    word = link.group().strip()
    if word in {"and", "or"} and not first.between:
        return False
    if first.kind == "year":
        if first.year is None or second.year is None or second.year < first.year:
            return False
    first.month2, first.day2, first.year2 = second.month, second.day, second.year
    if second.part is not None:
        first.month2 = second.month
    if first.year is None and second.year is not None and first.kind != "year":
        first.year = second.year - (1 if (first.month, first.day) > (second.month, second.day)
                                    else 0)
        first.year2 = second.year
    first.ranged = True
    first.end = second.end
    first.part = (first.part[0], 31) if first.part else None
    if second.part is not None:
        first.part = ((first.part or (1, 31))[0], second.part[1])
    return True


# ---------------------------------------------------------------------------------------------
# Resolution: atoms to calendar intervals


def _month_end(year: int, month: int) -> date:
    return date(year, month, _days_in(year, month))


def _safe(year: int, month: int, day: int) -> date | None:
    if not 1 <= year <= 9999 or not _valid(year, month, day):
        return None
    return date(year, month, day)


def _day_year(month: int, day: int, anchor: date, *, past: bool,
              limit: date | None = None) -> int | None:
    """The year that puts a month and day nearest the anchor (before it, for a publication),
    and not after ``limit`` (a publication, for an anchor written in the text)."""
    candidates = [
        d for y in range(anchor.year + 1, anchor.year - 9, -1) if (d := _safe(y, month, day))
        and (limit is None or d <= limit)
    ]
    if not candidates:
        return None
    if past:
        limit = anchor + timedelta(days=LOOKAHEAD_DAYS)
        for candidate in candidates:
            if candidate <= limit:
                return candidate.year
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days)).year


def _month_year(month: int, anchor: date, *, past: bool, ahead: bool = False,
                limit: date | None = None) -> int:
    if ahead:
        return anchor.year if month > anchor.month else anchor.year + 1
    if past:
        return anchor.year if month <= anchor.month else anchor.year - 1
    distance = {y: abs((y * 12 + month) - (anchor.year * 12 + anchor.month))
                for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                if limit is None or (y, month) <= (limit.year, limit.month)}
    return min(distance, key=lambda y: (distance[y], -y))


@dataclass(frozen=True, slots=True)
class _Anchor:
    when: date
    past: bool  # a publication date: resolve to the past; a date in the text: nearest
    limit: date | None = None  # the latest day a date in the text may resolve to

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(self, when: date, past: bool, limit: date | None = None) -> None:
        object.__setattr__(self, "when", when)
        object.__setattr__(self, "past", past)
        object.__setattr__(self, "limit", limit)


def _mention(
    text: str, atom: _Atom, start: date | None, end: date | None, precision: int, basis: Basis
) -> DateMention:
    return DateMention(
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        date_start=start,
        date_end=end,
        time_precision=precision,
        basis=basis,
        year_known=start is not None,
    )


def _unknown(text: str, atom: _Atom, precision: int) -> DateMention:
    return _mention(text, atom, None, None, precision, "unknown")


def _resolve_calendar(text: str, atom: _Atom, anchor: _Anchor | None) -> DateMention:
    """Turn a day, month or year atom into an interval, inferring a missing year."""
    basis: Basis = "stated"
    year, year2 = atom.year, atom.year2
    if atom.kind == "year":
        assert year is not None
        last_year = year2 if atom.ranged and year2 is not None else year
        if atom.part:
            low, high = ((1, 4), (5, 8), (9, 12))[
                0 if atom.part[0] == 1 else 1 if atom.part[0] == 11 else 2
            ]
            return _mention(text, atom, date(year, low, 1), _month_end(last_year, high), 3, basis)
        return _mention(text, atom, date(year, 1, 1), date(last_year, 12, 31), 3, basis)

    month2 = atom.month2 or atom.month
    if atom.kind == "day":
        day2 = atom.day2 or atom.day
        if year is None:
            if anchor is None:
                return _unknown(text, atom, _day_precision(atom, None, None))
            basis = "year_inferred"
            year2 = _day_year(month2, day2, anchor.when, past=anchor.past, limit=anchor.limit)
            if year2 is None:
                return _unknown(text, atom, _day_precision(atom, None, None))
            year = year2 - (1 if (atom.month, atom.day) > (month2, day2) else 0)
        elif year2 is None:
            year2 = year
        first = _safe(year, atom.month, atom.day)
        last = _safe(year2, month2, day2)
        if first is None or last is None or last < first:
            return _unknown(text, atom, 1)
        if atom.week_of and not atom.ranged:
            last = first + timedelta(days=6)
        return _mention(text, atom, first, last, _day_precision(atom, first, last), basis)

    # a month, a part of one, or a run of months
    if year is None:
        if anchor is None:
            return _unknown(text, atom, 3)
        basis = "year_inferred"
        year2 = _month_year(month2, anchor.when, past=anchor.past, ahead=atom.context == "next",
                            limit=anchor.limit)
        year = year2 - (1 if atom.month > month2 else 0)
    elif year2 is None:
        year2 = year
    first = date(year, atom.month, 1)
    last = _month_end(year2, month2)
    if atom.part is not None:
        first = date(year, atom.month, atom.part[0])
        last = min(last, date(year2, month2, min(atom.part[1], last.day)))
    if atom.nth_week is not None:
        index = ("first", "second", "third", "fourth").index(atom.nth_week) if (
            atom.nth_week in {"first", "second", "third", "fourth"}) else None
        if index is None:
            first = last - timedelta(days=6)
        else:
            first = date(year, atom.month, 1 + 7 * index)
            last = min(last, first + timedelta(days=6))
        return _mention(text, atom, first, last, 2, basis)
    return _mention(text, atom, first, last, 3, basis)


def _day_precision(atom: _Atom, first: date | None, last: date | None) -> int:
    if atom.night:
        return 1
    if atom.week_of:
        return 2
    if atom.ranged:
        if first is not None and last is not None and (last - first).days + 1 > (
            RANGE_PRECISION_DAYS
        ):
            return 3
        return 2
    return 2 if atom.approximate else 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekend_told(published: date) -> tuple[date, date, int]:
    """The weekend "over the weekend" or "at the weekend" tells of, told on ``published``.

    Told on a weekday, it is the Saturday and Sunday just before; told on a Saturday or a
    Sunday, the weekend under way, up to the day of telling (a Sunday paper's "at the
    weekend" is that Saturday and Sunday, not the weekend a week before).
    """
    monday = _monday(published)
    if published.weekday() < 5:
        return monday - timedelta(days=2), monday - timedelta(days=1), 2
    return monday + timedelta(days=5), published, 2


#: "more than", "over" before a count of weeks back: the day lies before that many weeks.
_MORE_THAN_BEFORE = re.compile(r"\b(?:more\s+than|over|upwards\s+of)\s+$", re.IGNORECASE)


def _resolve_relative(text: str, atom: _Atom, published: date | None) -> DateMention:
    """Resolve a weekday or a relative expression against the publication date."""
    if atom.kind == "weekday":
        if published is None:
            return _unknown(text, atom, 1)
        back = (published.weekday() - atom.weekday) % 7
        if atom.context == "last" and back == 0:
            back = 7
        if atom.context == "next":
            ahead = (atom.weekday - published.weekday()) % 7 or 7
            when = published + timedelta(days=ahead)
        elif back and atom.context != "last" and _FUTURE_BEFORE.search(
                text, max(0, atom.start - 90), atom.start):
            # "He will appear in court on Monday", "a funeral would be held on Wednesday":
            # a day to come, the first of that weekday after the telling
            when = published + timedelta(days=7 - back)
        else:
            when = published - timedelta(days=back)
        return _mention(
            text, atom, when, when + timedelta(days=1) if atom.night else when, 1, "relative"
        )
    kind, n = atom.relative, atom.relative_n
    precision = {"days_ago": 1, "weeks_ago": 2, "months_ago": 3, "years_ago": 3}.get(kind)
    if published is None:
        fallback = 3 if kind.endswith(("month", "year")) else 2 if kind.endswith("week") else 1
        return _unknown(text, atom, precision or fallback)
    pub = published
    one = timedelta(days=1)
    spans: dict[str, tuple[date, date, int]] = {
        "today": (pub, pub, 1),
        "tonight": (pub, pub, 1),
        "yesterday": (pub - one, pub - one, 1),
        "overnight": (pub - one, pub, 1),
        "recent_days": (pub - timedelta(days=7), pub, 2),
        "past_day": (pub - one, pub, 2),
        "last_week": (_monday(pub) - timedelta(days=7), _monday(pub) - one, 2),
        "past_week": (pub - timedelta(days=7), pub, 2),
        "this_week": (_monday(pub), pub, 2),
        "earlier_this_week": (_monday(pub), max(_monday(pub), pub - one), 2),
        "last_weekend": (_monday(pub) - timedelta(days=2), _monday(pub) - one, 2),
        "this_weekend": (_monday(pub) + timedelta(days=5), _monday(pub) + timedelta(days=6), 2),
        "past_weekend": _weekend_told(pub),
        "this_month": (pub.replace(day=1), pub, 3),
        "earlier_this_month": (pub.replace(day=1), pub, 3),
        "this_year": (date(pub.year, 1, 1), pub, 3),
        "earlier_this_year": (date(pub.year, 1, 1), pub, 3),
        "last_year": (date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), 3),
        "past_year": (pub - timedelta(days=365), pub, 3),
    }
    if kind in {"last_month", "past_month"}:
        previous = pub.replace(day=1) - one
        span = (previous.replace(day=1), previous, 3)
        if kind == "last_month" and atom.part is not None:
            span = (previous.replace(day=atom.part[0]),
                    previous.replace(day=min(atom.part[1], previous.day)), 3)
    elif kind == "days_ago":
        span = (pub - timedelta(days=n), pub - timedelta(days=n), 1)
    elif kind == "past_days":
        span = (pub - timedelta(days=n), pub, 2 if n <= 7 else 3)
    elif kind == "past_months":
        # "over the past six months": the same day that many months before the telling
        index = pub.year * 12 + pub.month - 1 - n
        year, month = divmod(index, 12)
        span = (date(year, month + 1, min(pub.day, _month_end(year, month + 1).day)), pub, 3)
    elif kind == "weeks_ago" and _MORE_THAN_BEFORE.search(text, max(0, atom.start - 16),
                                                          atom.start):
        # "kidnapped more than three weeks ago": in the week before the day three weeks
        # back, not in the week that day opens
        latest = pub - timedelta(days=7 * n)
        span = (latest - timedelta(days=7), latest, 2)
    elif kind == "weeks_ago":
        monday = _monday(pub - timedelta(days=7 * n))
        span = (monday, monday + timedelta(days=6), 2)
    elif kind == "months_ago":
        index = pub.year * 12 + pub.month - 1 - n
        year, month = divmod(index, 12)
        span = (date(year, month + 1, 1), _month_end(year, month + 1), 3)
    elif kind == "years_ago":
        span = (date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), 3)
    elif kind in spans:
        span = spans[kind]
    else:
        return _unknown(text, atom, 3)
    return _mention(text, atom, span[0], span[1], span[2], "relative")


def _resolve(
    text: str,
    atoms: list[_Atom],
    published: date | None,
    told: date | None = None,
    filed: date | None = None,
) -> list[DateMention]:
    mentions: list[DateMention] = []
    stated = [a for a in atoms if a.written_year and a.kind == "day"]
    previous: _Atom | None = None
    for atom in atoms:
        try:
            mention = _resolve_one(text, atom, published, stated, told, filed)
        except (ValueError, OverflowError) as exc:
            # Only reachable at the ends of the calendar (year 1, year 9999): say so, go on.
            log.debug("date %r at %d cannot be resolved: %s", atom, atom.start, exc)
            mention = _unknown(text, atom, 3)
        first = mentions[-1] if mentions else None
        if atom.kind == "relative" and atom.relative in ("next_day", "previous_day"):
            # "ambushed a patrol on Saturday ... pursuing the attackers the following day":
            # the day after the last day told before it; none where no day was told
            # ("..., the army said on Monday": the day of the telling is none of them)
            day = next((m for m in reversed(mentions) if m.time_precision == 1
                        and m.date_end is not None and _TOLD_ON.search(
                            text, max(0, m.start - 40), m.start) is None), None)
            if day is not None and day.date_end is not None:
                # "... on Monday night. A day earlier, two villagers were killed": Sunday
                after = day.date_end + timedelta(days=1) if atom.relative == "next_day" \
                    else (day.date_start or day.date_end) - timedelta(days=1)
                mentions.append(DateMention(
                    start=atom.start, end=atom.end, text=text[atom.start:atom.end],
                    date_start=after, date_end=after, time_precision=1, basis=day.basis,
                    year_known=day.year_known))
            previous = None
            continue
        if atom.kind == "weekday" and mention.date_start is not None and any(
                m.relative == "last_week" for m in atoms if m.start < atom.start) and (
                _PLACED_ON.search(text, max(0, atom.start - 40), atom.start)) is not None:
            # "attacked a convoy last week ... the attack took place on Friday", told on a
            # Saturday: the Friday of the week told, not the day before the telling
            week = [m for m in mentions if m.date_start is not None and m.date_end is not None
                    and m.time_precision == 2 and any(
                        a.relative == "last_week" and a.start == m.start for a in atoms)]
            week_start = week[-1].date_start if week else None
            week_end = week[-1].date_end if week else None
            if week_start is not None and week_end is not None \
                    and mention.date_start > week_end:
                shifted = mention.date_start - timedelta(days=7)
                if week_start <= shifted:
                    mention = DateMention(
                        start=mention.start, end=mention.end, text=mention.text,
                        date_start=shifted, date_end=shifted,
                        time_precision=mention.time_precision, basis=mention.basis,
                        year_known=mention.year_known)
        if previous is not None and first is not None and _weekday_range(
                text, previous, atom) and first.date_start is not None and (
                mention.date_end is not None):
            # "between Monday and Wednesday", "from Friday to Sunday": one span of days,
            # which "from Wednesday to Monday" told on a Thursday opens in the week before
            opening = first.date_start
            if opening > mention.date_end:
                opening -= timedelta(days=7)
            mentions[-1] = DateMention(
                start=first.start, end=mention.end, text=text[first.start:mention.end],
                date_start=opening, date_end=mention.date_end, time_precision=2,
                basis=first.basis, year_known=first.year_known)
            previous = None
            continue
        if previous is not None and first is not None and atom.kind == "weekday" and (
                mention.date_start is not None) and (
                night := _night_of_a_weekday(text, previous, atom)) is not None:
            # "overnight Friday", "overnight Friday into Saturday", "Friday night into
            # Saturday": the night that weekday opens, whatever night the telling follows
            evening = mention.date_start if night == "opens" else first.date_start
            if evening is not None:
                mentions[-1] = DateMention(
                    start=first.start, end=mention.end, text=text[first.start:mention.end],
                    date_start=evening, date_end=evening + timedelta(days=1),
                    time_precision=1, basis=mention.basis if night == "opens" else first.basis,
                    year_known=mention.year_known)
                atom.night = night == "opens"  # (the night may run "into Saturday")
                previous = atom if atom.night else None
                continue
        mentions.append(mention)
        previous = atom
    return mentions


#: A weekday told as a day to come: "will appear in court on", "would be held on", "is due
#: to be sentenced on" (within the sentence, the weekday's "on" at its end).
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+to)\s+"
    r"[^.;!?,\n]{0,70}?\s(?:on\s+)?(?:next\s+)?$", re.IGNORECASE)
#: The words that place a deed told before on its day: "the attack took place on", "the
#: ambush happened on", "it occurred on" (every match holds "place", "happened" or "occurred").
_PLACED_ON = re.compile(r"\b(?:took\s+place|happened|occurred)\s+(?:late\s+|early\s+)?"
                        r"(?:on\s+)?$", re.IGNORECASE)


#: "overnight Friday", "overnight on Friday": the night the weekday after it opens.
_OVERNIGHT_ON = re.compile(r"\s+(?:on\s+)?")
#: "Friday night into Saturday", "overnight Friday to Saturday": the morning the night ran to.
_NIGHT_INTO = re.compile(r"\s+(?:into|to)\s+(?:early\s+)?", re.IGNORECASE)


def _night_of_a_weekday(text: str, previous: _Atom, atom: _Atom) -> str | None:
    """How a weekday joins the night told just before it: ``opens`` where "overnight"
    names the night the weekday opens ("overnight Friday"), ``runs_to`` where the weekday
    is the morning a weekday's night ran into ("Friday night into Saturday")."""
    if previous.kind == "relative" and previous.relative == "overnight" and text[
            previous.start:previous.end].lower() == "overnight" and _OVERNIGHT_ON.fullmatch(
            text, previous.end, atom.start):
        return "opens"
    if previous.kind == "weekday" and previous.night and atom.weekday == (
            previous.weekday + 1) % 7 and _NIGHT_INTO.fullmatch(text, previous.end, atom.start):
        return "runs_to"
    return None


#: The words of a telling right before its day: "the army said on Monday".
_TOLD_ON = re.compile(r"\b(?:said|says|announced|reported|told|stated|added|confirmed)\s+"
                      r"(?:on\s+)?$", re.IGNORECASE)


def _weekday_range(text: str, first: _Atom, second: _Atom) -> bool:
    """Two weekdays joined as the ends of one span: "from Monday to Wednesday",
    "between Friday and Sunday", "Monday-Wednesday" (joined as :func:`_join_range` joins
    days; a weekday is resolved before its span is known, so here, after)."""
    if first.kind != "weekday" or second.kind != "weekday" or first.night or second.night:
        return False
    link = _grammar().connector.fullmatch(text, first.end, second.start)
    if link is None:
        return False
    joined = link.group().strip()
    # "on Friday and Saturday": two days running are one span; "on Monday and Wednesday"
    # two days apart are two days, each its own, as are the days of several incidents
    # ("in attacks on Friday and Saturday": each day an attack of its own)
    return joined not in {"and", "or"} or first.between or (
        joined == "and" and second.weekday == (first.weekday + 1) % 7
        and _INCIDENTS_BEFORE.search(text, max(0, first.start - 40), first.start) is None)


#: Several incidents told before their days: "in attacks on", "raids on".
_INCIDENTS_BEFORE = re.compile(
    r"\b(?:attacks|raids|ambushes|strikes|airstrikes|assaults|bombings|incidents)\s+"
    r"(?:on\s+)?$", re.IGNORECASE)


def _resolve_one(
    text: str, atom: _Atom, published: date | None, stated: list[_Atom],
    told: date | None = None, filed: date | None = None,
) -> DateMention:
    if atom.kind == "weekday" and published is None:
        return _restated_weekday(text, atom, stated)
    if atom.kind in {"weekday", "relative"}:
        return _resolve_relative(text, atom, filed or published)
    if atom.kind == "month" and atom.relative in _YEARS_OF_MONTHS:
        if published is None:
            return _unknown(text, atom, 3)
        year = published.year - _YEARS_OF_MONTHS[atom.relative]
        return _mention(text, atom, date(year, atom.month, 1), _month_end(year, atom.month), 3,
                        "relative")
    if atom.kind == "day" and atom.relative in _YEARS_OF_MONTHS and published is not None:
        # "on 14 March last year": the day of the year the words name
        day = _safe(published.year - _YEARS_OF_MONTHS[atom.relative], atom.month, atom.day)
        if day is not None:
            return _mention(text, atom, day, day, 1, "relative")
    anchor: _Anchor | None = None
    if not atom.written_year:
        # the day the report was filed, where its dateline gives one, else its publication
        reference = told or published
        source = _text_anchor(text, atom, stated)
        written = (
            _safe(source.year, source.month, source.day)
            if source is not None and source.year is not None
            else None
        )
        if reference is not None and (
            written is None
            or source is None
            or source.start > atom.start
            or (reference - written).days <= TEXT_ANCHOR_AGE_DAYS
        ):
            anchor = _Anchor(reference, past=True)
        elif written is not None:
            # ("On 20 November 2023 ... On 12 April" in a report of March 2024: the April of
            # 2023, the nearest that is no later than the report)
            anchor = _Anchor(written, past=False, limit=(
                reference + timedelta(days=LOOKAHEAD_DAYS) if reference is not None else None))
    return _resolve_calendar(text, atom, anchor)


def _restated_weekday(text: str, atom: _Atom, stated: list[_Atom]) -> DateMention:
    """A weekday in a text without a publication date: known only where it restates a date.

    GTD summaries open "09/10/2011: On Saturday afternoon, ...": the Saturday is
    the date just written. Any other weekday stays unknown.
    """
    before = [a for a in stated if a.end <= atom.start and not a.ranged]
    if before:
        source = before[-1]
        written = _safe(source.year or 0, source.month, source.day) if source.year else None
        if written is not None and written.weekday() == atom.weekday:
            end = written + timedelta(days=1) if atom.night else written
            return _mention(text, atom, written, end, 1, "relative")
    return _unknown(text, atom, 1)


def _text_anchor(text: str, atom: _Atom, stated: list[_Atom]) -> _Atom | None:
    """The nearby written full date a yearless date borrows its year from.

    The nearest one before it, else the nearest after it, within
    ``TEXT_ANCHOR_CHARS`` and the same paragraph: "On 9 May 2020 ... On 10 May",
    "On 30 April and 1 May 2020". A date further away says nothing about the year.
    """
    before = [a for a in stated if a.end <= atom.start]
    after = [a for a in stated if a.start >= atom.end]
    for source in (before[-1] if before else None, after[0] if after else None):
        if source is None:
            continue
        low, high = (source.end, atom.start) if source.end <= atom.start else (
            atom.end, source.start)
        if high - low <= TEXT_ANCHOR_CHARS and "\n\n" not in text[low:high]:
            return source
    return None


# ---------------------------------------------------------------------------------------------
# Public API


def find_date_mentions(
    text: str,
    *,
    published: date | None,
    dateline: tuple[int, int] | None = None,
    day_first: bool = False,
) -> list[DateMention]:
    """Find and resolve every date expression in ``text``, in order of position.

    ``dateline`` is the span of the report's dateline: a full date there ("Peshawar,
    12 November 2023 -") is the day the report was filed, which a yearless date ("on
    3 March", "on 12/4") lies on or before, where it is not after the publication.
    ``day_first`` says the report comes from a country that writes a slashed date's day
    first ("10/1/2023" in a Pakistani paper is the 10th of January).

    Example::

        >>> [m.date_start.isoformat() for m in find_date_mentions(
        ...     "On 9 May 2020, gunmen attacked a convoy.", published=None)]
        ['2020-05-09']
    """
    grammar = _grammar()
    told = _filed_on(text, grammar, dateline, published)
    atoms = _scan(text, grammar, told or published, day_first)
    # "ISLAMABAD, Nov 6: ... on Wednesday": a weekday, "yesterday", "last week" are told
    # from the day the report was filed, which a later copy's publication date is not
    filed = told or _filed_on_without_year(text, atoms, dateline, published)
    return _resolve(text, atoms, published, told, filed)


def filed_on(text: str, dateline: tuple[int, int] | None, published: date | None) -> date | None:
    """The full date of the dateline at ``dateline`` ("Peshawar, 12 November 2023 -",
    "Basra, 3/9/2022 -" read day first): the day the report was filed, unless it falls
    after ``published``."""
    return _filed_on(text, _grammar(), dateline, published)


def _slashed_day_first(text: str, atom: _Atom) -> date | None:
    """The day of a slashed date read day first ("3/9/2022" is 3 September), for a date
    line; None where the atom is no slashed date, its second figure is no month or the day
    is none."""
    slashed = _SLASHED.fullmatch(text, atom.start, atom.end)
    if slashed is None or atom.year is None or int(slashed.group(2)) > 12:
        return None
    return _safe(atom.year, int(slashed.group(2)), int(slashed.group(1)))


def _filed_on(text: str, grammar: _Grammar, dateline: tuple[int, int] | None,
              published: date | None) -> date | None:
    """The full date of the dateline at ``dateline``, unless it falls after publication."""
    if dateline is None:
        return None
    for atom in _scan(text[:dateline[1]], grammar, published):
        if atom.start < dateline[0] or atom.kind != "day" or atom.ranged or atom.year is None:
            continue
        # "Basra, 3/9/2022 -": a dateline dated by slashes writes the day first
        when = _slashed_day_first(text, atom) or _safe(atom.year, atom.month, atom.day)
        if when is not None and (published is None or when <= published):
            return when
    return None


def _filed_on_without_year(text: str, atoms: list[_Atom], dateline: tuple[int, int] | None,
                           published: date | None) -> date | None:
    """The day of a dateline that writes no year ("KABUL (May 3) -", "QUETTA, Nov 6:"):
    the latest such day on or before publication. None without a publication date."""
    if dateline is None or published is None:
        return None
    for atom in atoms:
        if atom.start >= dateline[1]:
            break
        if atom.start < dateline[0] or atom.kind != "day" or atom.ranged or (
                atom.year is not None or atom.approximate or atom.week_of):
            continue
        mention = _resolve_calendar(text, atom, _Anchor(published, past=True))
        when = mention.date_start
        if when is not None and when == mention.date_end and when <= published:
            return when
    return None


def parse_date_text(text: str, *, published: date | None) -> DateMention | None:
    """Resolve the first date expression in a short text ("9-May-20", "between 3 and 5 May").

    Offsets in the returned mention are into ``text``.
    """
    mentions = find_date_mentions(text, published=published)
    return mentions[0] if mentions else None


@stage("eventcoder.dates.v1", requires=("text", "sentences"), assigns=("dates",))
def find_dates(doc: Doc) -> Doc:
    """Find the dates of a document and resolve them against its publication date."""
    try:
        published = doc.published
    except ValueError:
        log.warning("document %s has an unreadable publication date", doc.doc_id)
        published = None
    span = doc.document.metadata.get("dateline_span")
    dateline = (int(span[0]), int(span[1])) if isinstance(span, list) and len(span) == 2 else None
    mentions = find_date_mentions(doc.text, published=published, dateline=dateline,
                                  day_first=_from_a_day_first_country(doc, dateline))
    return replace_doc(doc, dates=tuple(mentions))


#: Countries whose writers put a slashed date's month first ("4/2/2023" is April 2nd): the
#: United States and the states that took its usage; the rest of the world writes the day first.
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI"})


def _from_a_day_first_country(doc: Doc, dateline: tuple[int, int] | None) -> bool:
    """Whether the report comes from a country that writes dates day first: the country of
    the town its dateline names, else its outlet's home country. False where neither is
    known: the places it tells of say where things happened, not how its writer dates."""
    country = None
    if dateline is not None:
        country = next((m.place.country for m in doc.places if m.place is not None
                        and dateline[0] <= m.start < dateline[1]), None)
    if country is None:
        country = outlet_country(doc.document.source if doc.document is not None else None)
    return country is not None and country not in MONTH_FIRST_COUNTRIES


# ---------------------------------------------------------------------------------------------
# Date lines


_HEAD_CHARS = 400
_LABEL = re.compile(
    r"(?i)\b(?P<label>(?:first\s+|last\s+)?(?:date|published|updated|posted|released|issued)"
    r"(?:\s+(?:on|at))?|(?P<french>publi[\u00e9e]e?|mise?\s+[\u00e0a]\s+jour|"
    r"modifi[\u00e9e]e?)(?:\s+le)?)\s*[:\-|]?\s*(?:on\s+)?$"
)
# "Quetta, dated 10 February 2025", "Dated: 10 February 2025": a release's date line, the
# word opening its line or after the town it was issued in ("a letter dated 5 March" in a
# sentence is no date line)
_DATED_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2},[ \t]*)?"
    r"(?P<label>[Dd]ated)[ \t]*:?[ \t]*$")
# A byline or an outlet's name and a separator may open the line: "By Jane Doe | 3 March
# 2023", "Alsumaria News | Sunday, 12 May 2024 | 14:20" (the weekday is the date's own).
_LINE_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:By\s+[^\n|,]{2,60}(?:\||,|\u2022|-)\s*"
    # ("Flash Update No. 4 | 14 March 2024": a numbered bulletin's name)
    # ("Source: Xinhua| 2024-05-02 18:21:07|Editor: ...": the outlet after its label)
    r"|(?:(?:Source|Agency|Outlet|From):[ \t]*)?"
    r"[A-Z][\w.'&\-]*(?:[ \t]+(?:[A-Z][\w.'&\-]*|\d{1,4}))?(?:[ \t]+[A-Z][\w.'&\-]*){0,2}"
    r"(?:[ \t]+\d{1,4})?[ \t]*[|\u2022][ \t]*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?$")
# A town and a comma before a date with its month in words: "Popayan, 12 of April of 2023.
# Troops ...", as translated releases write their dateline (a slashed date after a town
# is read by the dateline's own rules, day first).
_TOWN_LEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2},[ \t]*$")
# A town, a dash and a date closed by a colon: "Rawalpindi - June 3, 2025: On the night
# of ...", as a press office heads its releases.
_TOWN_DASH_LEAD = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}[ \t]+[-\u2013\u2014][ \t]*$")
_COLON_TAIL = re.compile(r"[ \t]*:[ \t]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# What may follow a date that opens a line for it to be a date line and not a sentence:
# the line's end, a separator, or a time ("3 March 2023 | 14:05", "May 4, 2020 10:30 GMT",
# "By Jane Doe | 3 March 2023, 09:12").
_LINE_TAIL = re.compile(
    r"[ \t]*(?:$|\n|[|\u2022/\-\u2013\u2014(]|,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.h]\d\d|\.[ \t]+[A-Z])")


@cache
def _wire() -> re.Pattern[str]:
    words = date_words()
    mon = rf"(?:{_alternation(words.months)})\.?"
    return re.compile(
        rf"(?:^|\n)[ \t]*[A-Z][A-Za-z.'\- ]{{1,40}}(?:,[ \t]*[A-Z][\w.'\- ]{{1,40}})?,[ \t]+"
        rf"(?P<date>(?:(?P<m>{mon})[ \t]+(?P<d>{_DAY})|(?P<d2>{_DAY})[ \t]+(?P<m2>{mon}))"
        rf"(?:,?[ \t]+(?P<y>{_YEAR}))?)"
        # "Srinagar, Nov 17 (PTI) Two ...": some agencies put no dash after their name
        # "Kabul, Oct 16 (Pajhwok): ...": or a colon
        rf"[ \t]*\((?P<agency>[A-Z][\w .&\-]{{1,30}})\)[ \t]*(?:[-\u2013\u2014:]|(?=[A-Z]))"
    )


def wire_date_span(text: str, reach: int = 0) -> tuple[int, int] | None:
    """Where the date of a wire dateline that opens ``text`` lies ("Mogadishu, 8 March
    (SONNA) -", "Srinagar, Nov 17 (PTI)"), with or without a year to settle it; with a
    ``reach``, one opening a line within that many characters of the body's start (below a
    headline and a byline: "Headline\nBy Jane Roe\nDAMASCUS, June 12 (AP) -")."""
    body = len(text) - len(text.lstrip())
    # the pattern opens a line: at the start, or at the last line break before the body
    wire = _wire().match(text, max(0, text.rfind("\n", 0, body)))
    # (each match holds the agency's bracket and opens a line after a line break)
    if wire is None and reach and "(" in text[body:body + reach] \
            and "\n" in text[body:body + reach]:
        wire = _wire().search(text, body, body + reach)
    return (wire.start("date"), wire.end("date")) if wire is not None else None


def find_dateline(text: str, *, reference: date | None = None) -> tuple[date, int, int] | None:
    """Find a publication date line at the start of an article: (date, start, end).

    Recognises a scraper header (" date 2023-03-03 Outlet/"), a labelled line
    ("Published: 03 March 2023", "Updated on May 4, 2020"), a date opening one of
    the first lines ("3 March 2023 | 14:05", "By Jane Doe | March 3, 2023") and a
    wire dateline ("BAGHDAD, March 3 (Reuters) -"). The span covers the label
    and the date. A wire dateline without a year takes its year from
    ``reference`` (the most recent such day on or before it, a week ahead
    allowed); without a reference it is not used: a year is never guessed.
    """
    head = text[:_HEAD_CHARS]
    grammar = _grammar()
    for atom in _scan(head, grammar, reference):
        if atom.kind != "day" or atom.ranged or atom.year is None:
            continue
        when = _safe(atom.year, atom.month, atom.day)
        if when is None:
            continue
        label = _LABEL.search(head, max(0, atom.start - 40), atom.start) or (
            _DATED_LINE.search(head, max(0, atom.start - 60), atom.start)
            if "dated" in head else None)
        if label is not None:
            if label.re is _LABEL and label.group("french"):
                # "Publi\u00e9 le 12/03/2024", a French page's stamp: its slashed date is
                # written day first (the 12th of March)
                when = _slashed_day_first(head, atom) or when
            return when, label.start("label"), atom.end
        if (
            atom.start < 200
            and (_LINE_LEAD.search(head, max(0, atom.start - 70), atom.start) or (
                _TOWN_LEAD.search(head, max(0, atom.start - 70), atom.start)
                and any(c.isalpha() for c in head[atom.start:atom.end])))
            and _LINE_TAIL.match(text, atom.end)
        ) or (
            atom.start < 200 and _COLON_TAIL.match(text, atom.end)
            and _TOWN_DASH_LEAD.search(head, max(0, atom.start - 70), atom.start)
        ):
            return when, atom.start, atom.end
        day_first = _slashed_day_first(head, atom) if atom.start < 200 else None
        if day_first is not None and _LINE_END.match(
                text, atom.end) and _TOWN_DASH_LEAD.search(head, max(0, atom.start - 70),
                                                          atom.start):
            # "Sulaimani - 12/3/2024" alone on its line over a translated release: a date
            # line, its slashed date written day first
            return day_first, atom.start, atom.end
    wire = _wire().search(head)
    if wire is not None:
        # "Srinagar, Nov 17 (PTI)" or "Mogadishu, 8 March (SONNA)"
        month = _month_number(grammar, wire.group("m") or wire.group("m2"))
        day = _day_number(wire.group("d") or wire.group("d2"))
        if wire.group("y"):
            when = _safe(int(wire.group("y")), month, day)
        elif reference is not None:
            year = _day_year(month, day, reference, past=True)
            when = _safe(year, month, day) if year is not None else None
        else:
            when = None
        if when is not None:
            return when, wire.start("date"), wire.end("date")
    return None
