"""Actor recognition and normalisation: who is named in a text, as ACLED would write it.

The stage finds named actors ("ISIS", "Syrian Democratic Forces (SDF)", "Houthis"),
state forces written with a nationality ("Nigerian troops", "Russia's army"),
ethnic militias ("Fulani herdsmen") and generic classes ("gunmen", "police",
"protesters", "a farmer"), and resolves each to a canonical name, a kind, the
ACLED-style name and inter code. Generic classes take their country from the
document's main country (the most frequent country among its places).

Matching is exact over token n-grams first (abbreviations case-sensitively,
names case-insensitively), then fuzzy for the tokens left over: a capitalised
token that is not an English word and lies within one or two edits of a known
name or acronym ("ISAIS", "Talibn", "Iragi Security Forces"). The actor list,
the generic classes and the country facts are data files (``data/actors.json``,
``data/actor_countries.json``), each entry with its source.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files
from operator import itemgetter
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from eventcoder.dates import date_words
from eventcoder.gazetteer import is_capital, outlet_country
from eventcoder.mentions import (
    ActorMention,
    Chunks,
    Doc,
    doc_chunks,
    replace_doc,
    split_with_offsets,
)
from eventcoder.patterns import covering_words, first_letter_alternation
from eventcoder.records import slot_init
from eventcoder.registry import stage
from eventcoder.windows import SpanSet

# The text before a token, the token, and the possessive 's after it kept out of the token
# ("ISIS's" -> "ISIS"): one findall (no match objects) gives every token's offsets.
_TOKEN_GAP = re.compile(r"([\W_]*)([^\W_]+(?:['’](?![sS]\b)[^\W_]+)*)((?:['’][sS]\b)?)")
# The same for ASCII text, where ASCII classes find the tokens faster than Unicode categories.
_ASCII_TOKEN_GAP = re.compile(
    r"([^A-Za-z0-9]*)([A-Za-z0-9]+(?:['’](?![sS]\b)[A-Za-z0-9]+)*)((?:['’][sS]\b)?)"
)
_ASCII_PLAIN_TOKEN_GAP = re.compile(r"([^A-Za-z0-9]*)([A-Za-z0-9]+)")
#: The ASCII characters outside ``[A-Za-z0-9]``: what a chunk of an ASCII text holds around
#: its one token where the chunk is a word between marks ("Idlib,", "(Daraa)").
_ASCII_NOT_ALNUM = "".join(chr(c) for c in range(128) if not chr(c).isalnum())
# Between two tokens of one name: spaces (one line break at most), a hyphen or a slash.
_JOIN_GAP = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?:[-‐‑–/][ \t\u00a0]*)?")
_HYPHEN_GAP = re.compile(r"[-‐‑–]")
#: Every character _JOIN_GAP takes.
_JOIN_GAP_CHARS = " \t\u00a0\n-\u2010\u2011\u2013/"
_SPACE_GAP = re.compile(r"[ \t\u00a0]+")

MAX_FUZZY_WINDOW = 5
# A generic term followed by one of these names a place or an institution, not an actor.
_NOT_ACTOR_AFTER = frozenset(
    {"station", "stations", "academy", "school", "schools", "hospital", "college", "stadium",
     "museum", "day", "band", "club", "cantonment", "offensive", "offensives", "operation",
     "operations", "campaign", "campaigns", "court", "courts", "spokesman", "spokesperson",
     "statement", "source", "sources", "chief", "commander", "commanders", "official",
     "officials", "headquarters", "rule", "service", "exercise", "exercises", "aid",
     "jet", "jets", "aircraft", "plane", "planes", "squadron", "squadrons", "fleet"}
)
# "strategic bombers", "Tu-95 bombers", "B-52 bombers": aircraft, not men who bomb
_AIRCRAFT_BEFORE = frozenset({"strategic", "long-range", "heavy", "stealth", "supersonic",
                              "nuclear-capable", "jet", "fighter"})
# "military" as a word of a thing, not of forces: "a UK military base", "military court"
_NOT_MILITARY_AFTER = _NOT_ACTOR_AFTER | frozenset(
    {"base", "bases", "installation", "installations", "facility", "facilities", "zone",
     "zones", "parade", "parades", "budget", "spending", "aid", "equipment", "hardware",
     "tribunal", "tribunals", "prosecutor", "prosecutors", "prison", "prisons", "hospital"})
# On a tie in length, a named actor beats a composed state force, which beats a class.
_RANK = {"actor": 0, "country": 1, "state_head": 1, "ethnic": 2, "generic": 3,
         "as_written": 3}


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A named actor from ``actors.json``."""

    name: str
    kind: str
    acled_name: str | None
    inter: int
    country: str | None
    state: str | None  # "military" / "police": the default actor for that country's forces
    countries: frozenset[str]  # documents where its short aliases apply (empty: anywhere)
    countries_for: dict[str, frozenset[str]]
    by_country: dict[str, str]
    source: str
    operates_in: tuple[str, ...] = ()  # countries where it is active (ISO alpha-2)
    # the group a formation belongs to, which ACLED names as the actor and the formation
    # as its associated actor ("Donbass People's Militia" of the NAF)
    part_of: str | None = None
    # a monitoring mission's conflict parties: who an observed exchange of fire is between
    # when the report names no side
    parties: tuple[str, ...] = ()
    # the group this generic name of fighters stands for once the report names that group
    # ("Maoists" in a report of the CPI (Maoist))
    when_named: str | None = None
    # a group holding a state's power from a day on: (country, since, ACLED's name for its
    # government, for its police), the names None where they are the country's own
    governs: tuple[str, date, str | None, str | None] | None = None
    # a state's force that broke with it from a day on, named by ACLED as a group of its
    # own since, or a group that took another name from a day on ("renamed": Ansar Bayt
    # al-Maqdis, Sinai Province from its pledge to the Islamic State): (since, ACLED's name
    # then, its kind then, its inter code then)
    breaks_away: tuple[date, str, str, int] | None = None


@dataclass(frozen=True, slots=True)
class GenericClass:
    """A generic class of actor ("gunmen", "police"), named after the document's country."""

    name: str
    kind: str
    acled_name: str | None
    inter: int
    branch: str | None  # "military" / "police" for state forces
    source: str
    # named for no country: ACLED's "Unidentified Military Forces"
    placeless: bool = False
    # the unit of the state's forces it names: "Prison Guards" of "Police Forces of Kenya"
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class CountryFacts:
    iso: str
    name: str  # ACLED-style short name
    the: bool
    governments: tuple[tuple[str, str], ...]  # (start "YYYY-MM", who)


@dataclass(frozen=True, slots=True)
class _Hit:
    """One lexicon entry an n-gram can stand for."""

    kind: str  # "actor", "generic", "country", "ethnic", "state_head", "ethnic_head"
    ref: str | int
    weak: bool = False
    alias: str = ""

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(self, kind: str, ref: str | int, weak: bool = False, alias: str = "") -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "ref", ref)
        object.__setattr__(self, "weak", weak)
        object.__setattr__(self, "alias", alias)


slot_init(_Hit)  # built once per lexicon match: see slot_init


@dataclass
class Lexicon:
    """Everything the matcher needs, built once per process from the data files."""

    actors: list[ActorEntry]
    generics: list[GenericClass]
    countries: dict[str, CountryFacts]
    inter_codes: dict[str, int]
    ethnic: dict[str, str]  # lower-cased written form -> ACLED group name
    suffixes: dict[str, str]
    prefixes: dict[str, str]
    words: frozenset[str]
    short_abbrev_not_after: frozenset[str] = frozenset()
    state_not_after: frozenset[str] = frozenset()  # "Liberation [Army]": an organisation's name
    common_noun_not_after: frozenset[str] = frozenset()  # "a separatist [coalition]"
    national: frozenset[str] = frozenset()  # "Afghan National [Army]"
    institution: frozenset[str] = frozenset()  # "Nepal Armed [Police]", capitalised only
    clans: frozenset[str] = frozenset()  # groups whose militias are clan militias ("Marehan")
    faiths: frozenset[str] = frozenset()  # peoples that are a faith's community ("Druze")
    generic_units: set[str] = field(default_factory=set)  # "Prison Guards"
    state_acts: frozenset[tuple[str, ...]] = frozenset()  # "Iran [fired] missiles"
    state_acts_not_after: frozenset[str] = frozenset()  # "in Syria attacked": no subject
    country_adjectives: set[str] = field(default_factory=set)  # folded: "iranian"
    absorbed: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    protest_words: frozenset[str] = frozenset()
    riot_words: frozenset[str] = frozenset()
    generic_number: dict[str, int] = field(default_factory=dict)  # kind -> index in generics
    # first key -> [(keys, case_sensitive, hit)], longest first
    # first token -> hits of one-token entries; (first, second) -> longer entries
    index_cs: dict[str, list[_Hit]] = field(default_factory=dict)
    index_ci: dict[str, list[_Hit]] = field(default_factory=dict)
    pairs_cs: dict[tuple[str, str], list[tuple[tuple[str, ...], _Hit]]] = field(
        default_factory=dict
    )
    pairs_ci: dict[tuple[str, str], list[tuple[tuple[str, ...], _Hit]]] = field(
        default_factory=dict
    )
    first_cs: set[str] = field(default_factory=set)  # first tokens of any entry
    first_ci: set[str] = field(default_factory=set)
    starters_ci: frozenset[str] = frozenset()  # first_ci and the prefix words
    known_tokens: set[str] = field(default_factory=set)
    by_name: dict[str, ActorEntry] = field(default_factory=dict)
    governing: set[str] = field(default_factory=set)  # names of entries with ``governs``
    # names ACLED gives otherwise from a day on: the Taliban, the RSF
    changing_on_a_day: set[str] = field(default_factory=set)
    state_default: dict[tuple[str, str], ActorEntry] = field(default_factory=dict)
    fuzzy_single: dict[str, list[tuple[str, _Hit]]] = field(default_factory=dict)
    fuzzy_wild: dict[tuple[str, ...], list[tuple[str, _Hit]]] = field(default_factory=dict)
    wild_tokens: set[str] = field(default_factory=set)  # tokens of multi-token names
    country_by_name: dict[str, str] = field(default_factory=dict)
    generic_by_kind: dict[str, GenericClass] = field(default_factory=dict)


# --------------------------------------------------------------------------- tokens


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = text.replace("’", "'").replace("‘", "'")
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


class _Toks:
    """A text's tokens as parallel lists, with what matching asks of them precomputed.

    ``ends`` stop before a possessive 's ("ISIS's" -> "ISIS"); ``raws`` are as written
    (apostrophes normalised), ``lows`` lower-cased and accent-folded; ``joinable[k]``
    says whether tokens k and k + 1 may belong to one name.
    """

    __slots__ = ("starts", "ends", "raws", "lows", "joinable")

    def __init__(self, text: str, chunks: Chunks | None = None) -> None:
        # ``chunks``, where given, are ``text``'s (``text_chunks``), read once per document.
        starts: list[int] = []
        ends: list[int] = []
        raws: list[str] = []
        joinable: list[bool] = []
        pos = 0
        tail = None
        ascii_only = text.isascii()
        if ascii_only and "'" not in text:
            # No apostrophe: no possessive to keep apart, and tokens are runs of letters and
            # digits, found without the pattern's apostrophe branches and third group. No
            # token holds a blank: a blank-separated chunk of letters and digits only is one
            # token, found without a match of the pattern; the others are read alone.
            offsets, words = (chunks[1], chunks[2]) if chunks is not None else \
                split_with_offsets(text, 0, len(text))
            for at, chunk in zip(offsets, words, strict=True):
                after = at + len(chunk)
                if chunk.isalnum():
                    core = chunk
                else:
                    # "Idlib,", "(Daraa)": one token between marks, found as the pattern
                    # finds it; "-" none; "al-Bab" or "U.S." several, found by the pattern
                    core = chunk.strip(_ASCII_NOT_ALNUM)
                    if not core:
                        continue
                    if core.isalnum():
                        at += len(chunk) - len(chunk.lstrip(_ASCII_NOT_ALNUM))
                    else:
                        core = ""
                if core:
                    if raws:
                        gap = text[pos:at]
                        joinable.append(gap == " " or _gap_ok(gap, raws[-1]))
                    starts.append(at)
                    raws.append(core)
                    pos = at + len(core)
                    ends.append(pos)
                    continue
                for inner, raw in _ASCII_PLAIN_TOKEN_GAP.findall(text, at, after):
                    at += len(inner)
                    if raws:
                        gap = text[pos:at]
                        joinable.append(gap == " " or _gap_ok(gap, raws[-1]))
                    starts.append(at)
                    raws.append(raw)
                    pos = at + len(raw)
                    ends.append(pos)
                    at = pos
            joinable.append(False)
            self.starts, self.ends, self.joinable, self.raws = starts, ends, joinable, raws
            self.lows = [raw.lower() for raw in raws]
            return
        for gap, raw, possessive in (_ASCII_TOKEN_GAP if ascii_only else _TOKEN_GAP).findall(text):
            if tail is not None:
                between = tail + gap
                joinable.append(between == " " or _gap_ok(between, raws[-1]))
            pos += len(gap)
            starts.append(pos)
            raws.append(raw)
            pos += len(raw)
            ends.append(pos)
            pos += len(possessive)
            tail = possessive
        joinable.append(False)
        self.starts = starts
        self.ends = ends
        self.joinable = joinable
        if "’" in text:
            raws = [raw.replace("’", "'") for raw in raws]
        self.raws = raws
        if ascii_only:
            self.lows = [raw.lower() for raw in raws]
        else:
            self.lows = [_fold(raw) for raw in raws]

    def __len__(self) -> int:
        return len(self.starts)


def _tokens(text: str, chunks: Chunks | None = None) -> _Toks:
    return _Toks(text, chunks)



def _key_tokens(phrase: str) -> _Toks:
    return _Toks(phrase)


# --------------------------------------------------------------------------- loading


@cache
def _read_json(name: str) -> Any:
    """A data file, parsed once per process (the lexicon and the theatre index share it);
    callers only read it."""
    return json.loads(files("eventcoder.data").joinpath(name).read_text(encoding="utf-8"))


def _add(lex: Lexicon, phrase: str, hit: _Hit, *, case_sensitive: bool) -> None:
    toks = _key_tokens(phrase)
    if not len(toks):
        return
    keys = tuple(toks.raws) if case_sensitive else tuple(toks.lows)
    (lex.first_cs if case_sensitive else lex.first_ci).add(keys[0])
    if len(keys) == 1:
        singles = (lex.index_cs if case_sensitive else lex.index_ci).setdefault(keys[0], [])
        if hit not in singles:
            singles.append(hit)
    else:
        pairs = lex.pairs_cs if case_sensitive else lex.pairs_ci
        bucket = pairs.setdefault((keys[0], keys[1]), [])
        if (keys, hit) not in bucket:
            bucket.append((keys, hit))
    lex.known_tokens.update(toks.lows)


def _is_abbreviation(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


@cache
def _theatre_index() -> dict[str, list[tuple[str, str, bool, tuple[str, ...]]]]:
    """Names of the groups that belong to, or fight only in, one country, by first word:
    ``first word (casefolded) -> [(name, country, case-sensitive, divisions)]``, longest
    name first; ``divisions`` are the first-level divisions of that country the group
    operates in, where its source narrows them (``operates_in_divisions``)."""
    index: dict[str, list[tuple[str, str, bool, tuple[str, ...]]]] = {}
    for raw in _read_json("actors.json")["actors"]:
        theatre = raw.get("operates_in") or []
        if raw["kind"] == "external_force":
            # A foreign force says where the text is only where it fights in one country
            # alone ("the Saudi-led coalition": Yemen), never by the country that sends it.
            country = theatre[0] if len(theatre) == 1 else None
        else:
            country = raw.get("country") or (theatre[0] if len(theatre) == 1 else None)
        if not country:
            continue
        divisions = tuple(raw.get("operates_in_divisions", {}).get(country, ()))
        for name, case_sensitive in _index_names(raw):
            if name.rsplit(None, 1)[-1] in _STRIKING_CRAFT:
                continue  # "Israeli drones struck near Tyre": who struck, not where
            head = _NAME_HEAD.match(name)
            if head is not None:
                index.setdefault(head.group(0).casefold(), []).append(
                    (name, country, case_sensitive, divisions))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _index_names(raw: dict[str, Any]) -> list[tuple[str, bool]]:
    """An actor's names to look for, with whether each is case-sensitive: its name and
    aliases casefolded, its abbreviations as written; not those that name different actors
    in different countries ("separatist forces": anyone's)."""
    ambiguous = raw.get("countries_for", {})
    names = [(alias.casefold(), False) for alias in [raw["name"], *raw.get("aliases", [])]
             if alias not in ambiguous]
    names += [(abbrev, True) for abbrev in raw.get("abbrevs", []) if abbrev not in ambiguous]
    return names


def _written_at(text: str, start: int, name: str, case_sensitive: bool) -> bool:
    """Whether the text writes the name at ``start``, ending a word (in its case where
    ``case_sensitive``, else casefolded)."""
    end = start + len(name)
    written = text[start:end]
    return (written == name if case_sensitive else written.casefold() == name) and (
        end == len(text) or not text[end].isalnum())


def _group_area(raw: dict[str, Any]) -> tuple[str, ...]:
    """The countries an armed group of the actor list is active in; () for an actor of
    another kind, or a group with none."""
    if raw["kind"] not in NAMED_GROUP_KINDS:
        return ()
    return tuple(raw.get("operates_in") or ([raw["country"]] if raw.get("country") else []))


_NAME_HEAD = re.compile(r"[\w'’]+")
# Craft a state sends over its borders: a force named by them ("Turkish drones", "Russian
# warplanes") tells who struck, and the struck place may lie in another country.
_STRIKING_CRAFT = frozenset(
    "drone drones warplane warplanes aircraft jets helicopters gunships missiles".split())
# A capitalised word not glued to a word before it ("Houthi" of "pro-Houthi" counts). The
# look-behind follows the capital, so that the regex engine skips to capitals in C; one that
# leads the pattern is tried at every position.
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’]*")


@cache
def _group_name_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Names of several words of the armed groups the actor list knows, casefolded, by
    first word, longest first, with the countries the group is active in: "lashkar-e-taiba"
    (India, Pakistan), "islamic state in the greater sahara" (Mali, Niger, Burkina Faso)."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for raw in _read_json("actors.json")["actors"]:
        countries = _group_area(raw)
        if not countries:
            continue
        for alias in [raw["name"], *raw.get("aliases", [])]:
            name = alias.casefold()
            if len(_NAME_HEAD.findall(name)) > 1:
                head = _NAME_HEAD.match(name)
                if head is not None:
                    index.setdefault(head.group(0), []).append((name, countries))
    for names in index.values():
        names.sort(key=lambda entry: len(entry[0]), reverse=True)
    return index


@cache
def _several_countries_index() -> dict[str, list[tuple[str, tuple[str, ...], bool]]]:
    """Names of the armed groups active in a few countries and belonging to none ("the
    Taliban": Afghanistan, Pakistan; "Hezbollah": Lebanon, Syria), by first word
    (casefolded), longest first, with those countries and whether the name is
    case-sensitive (an abbreviation)."""
    index: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
    for raw in _read_json("actors.json")["actors"]:
        theatre = tuple(raw.get("operates_in") or ())
        if raw["kind"] not in NAMED_GROUP_KINDS or raw.get("country") or len(theatre) < 2:
            continue
        for name, case_sensitive in _index_names(raw):
            head = _NAME_HEAD.match(name)
            if head is not None:
                index.setdefault(head.group(0).casefold(), []).append(
                    (name, theatre, case_sensitive))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


@cache
def _one_word_group_index() -> dict[str, tuple[str, ...]]:
    """The names of one word of the armed groups the actor list knows ("Fano",
    "Hezbollah"), casefolded, with the countries each is active in."""
    index: dict[str, tuple[str, ...]] = {}
    for raw in _read_json("actors.json")["actors"]:
        countries = _group_area(raw)
        if not countries:
            continue
        for alias in [raw["name"], *raw.get("aliases", [])]:
            if len(_NAME_HEAD.findall(alias)) == 1 and alias not in raw.get("countries_for", {}):
                index[alias.casefold()] = countries
    return index


def one_word_group_countries(word: str) -> tuple[str, ...]:
    """The countries an armed group of the actor list named by ``word`` alone is active in
    ("Fano": Ethiopia), or () where no group is so named."""
    return _one_word_group_index().get(word.casefold(), ())


def group_name_spans(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where the text writes an armed group's name of several words, with the countries
    the group is active in: a town or region of another country inside it ("Taiba" of
    "Lashkar-e-Taiba", "Sahara" of "Islamic State in the Greater Sahara") is part of the
    name, not a place of the report. The same cheap look-up of capitalised words as
    :func:`theatre`."""
    index = _group_name_index()
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for word in _CAPITALISED.finditer(text):
        names = index.get(word.group(0).casefold())
        if not names:
            continue
        start = word.start()
        for name, countries in names:
            if _written_at(text, start, name, False):
                found.append((start, start + len(name), countries))
                break
    return found


def theatre_countries(text: str) -> Counter[str]:
    """Countries that named groups place a text in ("Houthi forces": Yemen), by mentions.

    Read before the actors stage, as context for the places: a cheap look-up of the
    capitalised words that start the name of a group that belongs to one country or is
    active only there.
    """
    return theatre(text)[0]


def theatre(text: str) -> tuple[Counter[str], frozenset[tuple[str, str]]]:
    """The countries of :func:`theatre_countries`, and the (country, first-level division
    name) pairs where the groups named operate, for groups whose area is a few divisions
    of their country ("the Donetsk People's Republic": Donetsk oblast)."""
    found, divisions, _ = theatres(text)
    return found, divisions


def theatres(text: str) -> tuple[Counter[str], frozenset[tuple[str, str]], frozenset[str]]:
    """:func:`theatre`'s countries and divisions, and the countries of the armed groups the
    text names that are active in a few countries and belong to none ("the Taliban":
    Afghanistan and Pakistan; "Hezbollah": Lebanon and Syria): such a group says only that
    the text is in one of them. One look-up of capitalised words, once per text: the places
    stage and each event of a long text ask it of the same text (the counts are a copy the
    caller may change)."""
    found, divisions, several = _theatres_of(text)
    return Counter(found), divisions, several


@lru_cache(maxsize=4)
def _theatres_of(text: str) -> tuple[Counter[str], frozenset[tuple[str, str]], frozenset[str]]:
    index = _theatre_index()
    several_index = _several_countries_index()
    found: Counter[str] = Counter()
    several: set[str] = set()
    divisions: set[tuple[str, str]] = set()
    for word in _CAPITALISED.finditer(text):
        head = word.group(0).casefold()
        entries = index.get(head)
        start = word.start()
        if entries:
            for name, country, case_sensitive, where in entries:
                if _written_at(text, start, name, case_sensitive):
                    found[country] += 1
                    divisions.update((country, division) for division in where)
                    break
        groups = several_index.get(head)
        if groups:
            for name, countries, case_sensitive in groups:
                if _written_at(text, start, name, case_sensitive):
                    several.update(countries)
                    break
    return found, frozenset(divisions), frozenset(several)


def _governs(raw: dict[str, str] | None) -> tuple[str, date, str | None, str | None] | None:
    if raw is None:
        return None
    return (raw["country"], date.fromisoformat(raw["since"]), raw.get("government"),
            raw.get("police"))


def _breaks_away(raw: dict[str, Any] | None) -> tuple[date, str, str, int] | None:
    # (the file's "inter" is a number, its other fields text: the values are typed Any, as a
    # compiled build checks a value's declared type where it is read)
    if raw is None:
        return None
    return (date.fromisoformat(str(raw["since"])), str(raw["acled_name"]), str(raw["kind"]),
            int(raw["inter"]))


def _named_as_its_state(entry: ActorEntry) -> tuple[str, date] | None:
    """(country, since) for a group holding its state's power that ACLED names as the
    state's forces from that day (the Taliban); None for one named by a government of its
    own (the Houthis) or holding none."""
    if entry.governs is None or entry.governs[2] is not None:
        return None
    return entry.governs[0], entry.governs[1]


def governing_name(name: str, branch: str, *, when: date | None = None) -> str | None:
    """ACLED's name for the "government", "police" or "military" of the group ``name``
    where it holds its country's power at ``when`` (the latest known where None): the
    Houthis' authorities are "Government of Yemen (2016-) Supreme Political Council", the
    Taliban's after August 2021 "Government of Afghanistan (2021-)". None for a group that
    holds none then."""
    entry = load_lexicon().by_name.get(name)
    if entry is None or entry.governs is None:
        return None
    iso, since, government, police = entry.governs
    if when is not None and when < since:
        return None
    if branch == "government":
        return government or government_name(iso, when=when)
    if branch == "police":
        return police or state_force_name("police", iso, when=when)
    if entry.kind in ("state_forces", "police") or entry.country == iso and entry.inter == 1:
        return _fill(entry.acled_name, own=iso, context=iso, when=when) or None
    return state_force_name("military", iso, when=when)


@cache
def load_lexicon() -> Lexicon:
    """Load and index the actor data files (once per process)."""
    data = _read_json("actors.json")
    country_data = _read_json("actor_countries.json")["countries"]
    words_text = files("eventcoder.data").joinpath("actor_words.txt").read_text(encoding="utf-8")
    words = frozenset(w for w in words_text.split("\n") if w and not w.startswith("#"))

    countries: dict[str, CountryFacts] = {}
    for iso, facts in country_data.items():
        governments = tuple((str(s), str(w)) for s, w in facts.get("governments", []))
        countries[iso] = CountryFacts(iso, facts["name"], bool(facts.get("the")), governments)

    comp = data["composition"]
    lex = Lexicon(
        actors=[],
        generics=[],
        countries=countries,
        inter_codes={str(k): int(v) for k, v in data["inter_codes"].items()},
        ethnic={},
        suffixes=dict(comp["suffixes"]),
        prefixes=dict(comp["prefixes"]),
        words=words,
        short_abbrev_not_after=frozenset(data["guards"]["short_abbrev_not_after"]),
        state_not_after=frozenset(data["guards"]["state_not_after"]),
        common_noun_not_after=frozenset(data["guards"]["common_noun_not_after"]),
        national=frozenset(comp["national"]),
        institution=frozenset(comp.get("institution_words", ())),
        state_acts=frozenset(tuple(act.split()) for act in comp["state_acts"]),
        state_acts_not_after=frozenset(comp["state_acts_not_after"]),
        protest_words=frozenset(data["context_words"]["protest"]),
        riot_words=frozenset(data["context_words"]["riot"]),
    )
    for term in comp["absorbed_after_actor"]["terms"]:
        keys = tuple(_key_tokens(term).lows)
        lex.absorbed.setdefault(keys[0], []).append(keys)
    for continuations in lex.absorbed.values():
        continuations.sort(key=lambda keys: -len(keys))

    # Country words: names and adjectives; a word naming two countries ("Congo") is left out.
    owners: dict[str, set[str]] = {}
    for iso, facts in country_data.items():
        for written in {*facts.get("names", []), facts["name"], *facts.get("adjectives", [])}:
            owners.setdefault(_fold(written), set()).add(iso)
    # Adjectives that are not also names ("United States" is both).
    lex.country_adjectives = {
        _fold(a) for facts in country_data.values() for a in facts.get("adjectives", [])
    } - {_fold(n) for facts in country_data.values()
         for n in (*facts.get("names", []), facts["name"])}
    for written_low, isos in owners.items():
        if len(isos) == 1:
            iso = next(iter(isos))
            lex.country_by_name[written_low] = iso
    for iso, facts in country_data.items():
        for written in {*facts.get("names", []), facts["name"], *facts.get("adjectives", [])}:
            owned_by = owners[_fold(written)]
            if len(owned_by) > 1:
                if min(owned_by) != iso:
                    continue  # added once, for all its countries
                # "Congolese troops": whichever of its countries the report is about
                ref = _SHARED_COUNTRY.join(sorted(owned_by))
            else:
                ref = iso
            short = _is_abbreviation(written) and len(written.replace(".", "")) <= 3
            _add(lex, written, _Hit("country", ref, alias=written), case_sensitive=short)

    for number, raw in enumerate(data["actors"]):
        entry = ActorEntry(
            name=raw["name"],
            kind=raw["kind"],
            acled_name=raw.get("acled_name"),
            inter=int(raw["inter"]),
            country=raw.get("country"),
            state=raw.get("state"),
            countries=frozenset(raw.get("countries", [])),
            countries_for={k: frozenset(v) for k, v in raw.get("countries_for", {}).items()},
            by_country=dict(raw.get("by_country", {})),
            source=raw["source"],
            operates_in=tuple(raw.get("operates_in", ())),
            part_of=raw.get("part_of"),
            parties=tuple(raw.get("parties", ())),
            when_named=raw.get("when_named"),
            governs=_governs(raw.get("governs")),
            breaks_away=_breaks_away(raw.get("breaks_away") or raw.get("renamed")),
        )
        lex.actors.append(entry)
        lex.by_name[entry.name] = entry
        if entry.governs is not None:
            lex.governing.add(entry.name)
        if entry.breaks_away is not None or _named_as_its_state(entry) is not None:
            lex.changing_on_a_day.add(entry.name)
        if entry.state and entry.country:
            lex.state_default[(entry.country, entry.state)] = entry
        for alias in [entry.name, *raw.get("aliases", [])]:
            _add(lex, alias, _Hit("actor", number, alias=alias), case_sensitive=False)
        for abbrev in raw.get("abbrevs", []):
            _add(lex, abbrev, _Hit("actor", number, alias=abbrev), case_sensitive=True)
    _add_parties(lex, _read_json("parties.json")["parties"])

    for number, raw in enumerate(data["generic"]):
        generic = GenericClass(
            name=raw["name"],
            kind=raw["kind"],
            acled_name=raw.get("acled_name"),
            inter=int(raw["inter"]),
            branch=raw.get("branch"),
            source=raw["source"],
            placeless=bool(raw.get("placeless", False)),
            unit=raw.get("unit"),
        )
        lex.generics.append(generic)
        if generic.unit:
            lex.generic_units.add(generic.unit)
        lex.generic_by_kind.setdefault(generic.branch or generic.kind, generic)
        lex.generic_number.setdefault(generic.kind, number)
        weak = set(raw.get("weak_terms", []))
        for term in raw["terms"]:
            case_sensitive = _is_abbreviation(term)
            hit = _Hit("generic", number, weak=term in weak, alias=term)
            _add(lex, term, hit, case_sensitive=case_sensitive)

    for head in comp["state_heads"]:
        _add(lex, head, _Hit("state_head", "military", alias=head), case_sensitive=False)
    ethnic = data["ethnic_groups"]
    for written, group, _source in ethnic["groups"]:
        lex.ethnic[_fold(written)] = group
        _add(lex, written, _Hit("ethnic", group, alias=written), case_sensitive=False)
    for head in ethnic["head"]:
        _add(lex, head, _Hit("ethnic_head", head, alias=head), case_sensitive=False)
    lex.clans = frozenset(ethnic.get("clans", ()))
    lex.faiths = frozenset(ethnic.get("faiths", ()))

    for pairs in (lex.pairs_cs, lex.pairs_ci):
        for bucket in pairs.values():
            bucket.sort(key=lambda item: -len(item[0]))
    lex.starters_ci = frozenset(lex.first_ci | set(lex.prefixes))
    _build_fuzzy(lex, data)
    return lex


#: Actor kinds of ``parties.json``: organisations that take no side of their own in an
#: event but are who a side's people are (ACLED's associated actors).
ORGANISATION_KINDS = frozenset({"political_party", "labour_union"})


#: The people of a party or union a mention of it takes in: "CNL members", "BJP supporters".
_PARTY_PEOPLE = frozenset({"members", "member", "supporters", "activists", "loyalists",
                           "leader", "leaders", "sympathizers", "sympathisers", "affiliates"})


def _add_parties(lex: Lexicon, parties: list[dict[str, Any]]) -> None:
    """Index the parties, movements and unions of ``parties.json``; every written form of
    one applies only in reports about its countries ("NCP" is Sudan's National Congress
    Party in Khartoum, India's Nationalist Congress Party in Mumbai)."""
    for raw in parties:
        countries = frozenset(raw["countries"])
        cased = [*raw.get("abbrevs", []), *raw.get("cased", [])]
        uncased = [raw["name"], *raw.get("aliases", [])]
        number = len(lex.actors)
        entry = ActorEntry(
            name=raw["name"],
            kind=raw["kind"],
            acled_name=raw["acled_name"],
            inter=lex.inter_codes[raw["kind"]],
            country=raw["countries"][0] if len(raw["countries"]) == 1 else None,
            state=None,
            countries=countries,
            countries_for={alias: countries for alias in (*cased, *uncased)},
            by_country={},
            source=raw["source"],
        )
        lex.actors.append(entry)
        lex.by_name.setdefault(entry.name, entry)
        for alias in uncased:
            _add(lex, alias, _Hit("actor", number, alias=alias), case_sensitive=False)
        for alias in cased:
            _add(lex, alias, _Hit("actor", number, alias=alias), case_sensitive=True)


def _build_fuzzy(lex: Lexicon, data: dict[str, Any]) -> None:
    """Index named-actor aliases for typo matching: single tokens and one-token wildcards."""
    for number, raw in enumerate(data["actors"]):
        for alias in [raw["name"], *raw.get("aliases", []), *raw.get("abbrevs", [])]:
            toks = _key_tokens(alias)
            hit = _Hit("actor", number, alias=alias)
            if len(toks) == 1:
                low = toks.lows[0]
                if len(low) >= 4:
                    lex.fuzzy_single.setdefault(low[0], []).append((low, hit))
                continue
            if len(toks) > MAX_FUZZY_WINDOW:
                continue
            lows = toks.lows
            lex.wild_tokens.update(lows)
            for j, tok in enumerate(lows):
                if len(tok) < 4:
                    continue
                key = (*lows[:j], "*", *lows[j + 1 :])
                lex.fuzzy_wild.setdefault(key, []).append((tok, hit))


# --------------------------------------------------------------------------- naming


def _period(lex: Lexicon, iso: str, when: date | None) -> str | None:
    facts = lex.countries.get(iso)
    if facts is None or not facts.governments:
        return None
    chosen = facts.governments[-1][0]
    if when is not None:
        day = when.isoformat()
        chosen = facts.governments[0][0]
        for start, _who in facts.governments:
            # a start given as a month counts from its first day
            if (start if len(start) > 7 else f"{start}-01") <= day:
                chosen = start
    return chosen[:4]


def country_acled_name(iso: str | None) -> str | None:
    """The ACLED-style short name of a country ("Democratic Republic of Congo")."""
    if iso is None:
        return None
    facts = load_lexicon().countries.get(iso)
    return facts.name if facts else None


def unidentified_group_in(name: str, iso: str | None) -> str | None:
    """``name`` told of country ``iso`` (of no one country when None), if it is the
    unidentified armed group of some country ("Unidentified Armed Group (Iraq)"), else None.

    A count of such men in two countries is of no one country's group, and a part of it in
    one country is that country's, whichever country the report named first."""
    generic = load_lexicon().generic_by_kind.get("unidentified_armed_group")
    if generic is None or not (name == generic.name or name.startswith(f"{generic.name} (")):
        return None
    place = country_acled_name(iso)
    return f"{generic.name} ({place})" if place else generic.name


def armed_man_of_no_group(person: ActorMention) -> ActorMention:
    """The person told only by who he is ("a young man") read as what his deed makes him:
    the unidentified armed group of his country, at the same words. A man who blew himself
    up among worshippers is no civilian but an attacker of no named group."""
    generic = load_lexicon().generic_by_kind["unidentified_armed_group"]
    place = country_acled_name(person.country)
    return ActorMention(
        person.start, person.end, person.text,
        f"{generic.name} ({place})" if place else generic.name, generic.kind,
        person.country, _fill(generic.acled_name, own=person.country, context=person.country,
                              when=None) or None,
        generic.inter, generic=True, score=person.score)


@lru_cache(maxsize=4096)
def state_force_name(branch: str, iso: str, *, when: date | None = None) -> str:
    """ACLED's name for a state's forces: "Military Forces of Iraq (2018-)"."""
    lex = load_lexicon()
    facts = lex.countries.get(iso)
    country = facts.name if facts else iso
    article = "the " if facts is not None and facts.the else ""
    label = "Police" if branch == "police" else "Military"
    period = _period(lex, iso, when)
    suffix = f" ({period}-)" if period else ""
    return f"{label} Forces of {article}{country}{suffix}"


#: A state's forces named for a government, or their unit named by a generic class:
#: "Police Forces of Kenya (2022-) Prison Guards"
_DATED_STATE_FORCE = re.compile(r"(Military|Police) Forces of .+ \(\d{4}-\)(?: ([A-Z][\w ]+))?")


def names_changing_on_a_day() -> set[str]:
    """The actors ACLED names otherwise from a day on, whatever their name reads: a group
    that took its state's power (the Taliban), a force that broke with its state (the RSF),
    a group that took another name (Ansar Bayt al-Maqdis)."""
    return load_lexicon().changing_on_a_day


def kind_on(name: str, kind: str, day: date) -> str:
    """An actor's kind as of the event's day: a force that broke with its state is its own
    kind of group from that day on (the RSF in 2024 a rebel group), its state's before."""
    entry = load_lexicon().by_name.get(name)
    if entry is None or entry.breaks_away is None:
        return kind
    if day >= entry.breaks_away[0]:
        return entry.breaks_away[2]
    return entry.kind if kind == entry.breaks_away[2] else kind


@lru_cache(maxsize=4096)
def acled_name_on(name: str, country: str | None, acled_name: str | None,
                  day: date) -> str | None:
    """ACLED's name for an actor as of the event's day, not the report's.

    A state's forces are named after the government in force when the event happened: a
    2020 shelling by "regime forces" was done by "Military Forces of Syria (2000-)", even
    when the report read today gives no publication date. Names with a fixed period
    ("Military Forces of Libya (2014-) Haftar Faction") keep it. A group that took its
    state's power is named as the state's forces from that day on (the Taliban in 2022),
    as itself before. A force that broke with its
    state is named as its own group from that day on: the Rapid Support Forces fighting
    the army in 2024 are "Rapid Support Forces", in 2022 a unit of Sudan's forces.
    """
    lex = load_lexicon()
    entry = lex.by_name.get(name)
    as_state = _named_as_its_state(entry) if entry is not None else None
    if as_state is not None and entry is not None and acled_name is not None:
        # the Taliban's deed of 2022 in an undated note: the state's forces since they
        # took power, the group before
        if day >= as_state[1]:
            return governing_name(name, "military", when=day)
        if acled_name.startswith("Military Forces of"):
            return _fill(entry.acled_name, own=entry.country or country, context=country,
                         when=day) or acled_name
    if entry is not None and entry.breaks_away is not None and acled_name is not None:
        since, renamed = entry.breaks_away[0], entry.breaks_away[1]
        if day >= since:
            return renamed
        if acled_name == renamed:
            return _fill(entry.acled_name, own=entry.country or country, context=country,
                         when=day) or acled_name
    if acled_name is None or "-)" not in acled_name or country is None:
        return acled_name
    if entry is not None and entry.acled_name is not None:
        template = entry.acled_name
        if template.startswith("@") or "{period:" in template:
            return _fill(template, own=entry.country or country, context=country,
                         when=day) or acled_name
        return acled_name
    forces = _DATED_STATE_FORCE.fullmatch(acled_name)
    if forces is not None and (forces.group(2) is None or forces.group(2) in lex.generic_units):
        branch = "police" if acled_name.startswith("Police") else "military"
        named = state_force_name(branch, country, when=day)
        return named if forces.group(2) is None else f"{named} {forces.group(2)}"
    return acled_name


@lru_cache(maxsize=4096)
def _fill(template: str | None, *, own: str | None, context: str | None, when: date | None) -> str:
    """Resolve an ``acled_name`` template against the actor's and the document's country."""
    if template is None:
        return ""
    lex = load_lexicon()
    if template.startswith("@military") or template.startswith("@police"):
        branch, _, rest = template[1:].partition(" ")
        if own is None:
            return rest
        base = state_force_name(branch, own, when=when)
        return f"{base} {rest}".strip()
    if "{period:" in template:
        template = re.sub(
            r"\{period:([A-Z]{2})\}",
            lambda m: f"{_period(lex, m.group(1), when) or ''}-",
            template,
        )
    if "{country}" in template:
        name = country_acled_name(context)
        if name is None:
            return template.replace(" ({country})", "").replace("{country}", "").strip()
        return template.replace("{country}", name)
    return template


@dataclass(frozen=True, slots=True)
class IdentityGroups:
    """Sectoral and identity groups ACLED names as associated actors, by term."""

    # lower-cased term -> its group names ("female workers" -> "Women", "Labour Group")
    by_term: dict[str, tuple[str, ...]]
    by_first_word: dict[str, tuple[str, ...]]  # a term's first word -> its terms, longest first
    # "Fulani" -> "Pastoralists": a people whose ethnic militia ACLED codes with the group
    by_people: dict[str, str] = field(default_factory=dict)
    # groups of a state's own officials ("Government"), named after the state's government
    state_groups: frozenset[str] = frozenset()
    # "a bank", "the factory": businesses whose people a group names when they are struck
    premises: re.Pattern[str] | None = None
    premises_group: dict[str, str] = field(default_factory=dict)


_LETTERS = re.compile(r"[a-z]+")
# Lower-casing ASCII only keeps every offset in place (str.lower can change lengths),
# and lets the patterns match case-sensitively, which is several times faster.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_ascii(text: str) -> str:
    """``text`` with A-Z lower-cased and every other character (and offset) unchanged."""
    # On ASCII text str.lower changes A-Z only, and runs several times faster.
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


@cache
def identity_groups() -> IdentityGroups:
    """The groups of ``identity_groups.json``, each term filed under its first word."""
    data = _read_json("identity_groups.json")
    named: dict[str, list[str]] = {}
    for group in data["groups"]:
        for term in group["terms"]:
            names = named.setdefault(term.lower(), [])
            if group["name"] not in names:
                names.append(group["name"])
    by_term = {term: tuple(names) for term, names in named.items()}
    by_people = {people: group["name"] for group in data["groups"]
                 for people in group.get("peoples", [])}
    by_first: dict[str, list[str]] = {}
    for term in sorted(by_term, key=len, reverse=True):
        by_first.setdefault(_LETTERS.findall(term)[0], []).append(term)
    state_groups = frozenset(group["name"] for group in data["groups"] if group.get("state"))
    premises_group = {term.lower(): group["name"] for group in data["groups"]
                      for term in group.get("premises", [])}
    premises = re.compile(
        r"\b(?:" + "|".join(re.escape(t) for t in sorted(premises_group, key=len, reverse=True))
        + r")\b") if premises_group else None
    return IdentityGroups(by_term, {word: tuple(terms) for word, terms in by_first.items()},
                          by_people, state_groups, premises, premises_group)


def government_name(iso: str, *, when: date | None = None, former: bool = False) -> str:
    """ACLED's name for a state's officials: "Government of Turkey (2016-)", the period
    that of the government in power (as in its forces' names); those who once held office
    are "Former Government of India (2014-)"."""
    lex = load_lexicon()
    facts = lex.countries.get(iso)
    country = facts.name if facts else iso
    article = "the " if facts is not None and facts.the else ""
    period = _period(lex, iso, when)
    suffix = f" ({period}-)" if period else ""
    return f"{'Former ' if former else ''}Government of {article}{country}{suffix}"


@cache
def _former_forces() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    """The words of a former member of a state's forces (``former_forces`` of
    ``identity_groups.json``): the words that tell he served once, each with the space or
    hyphen after it, a pattern for the phrase (its group the branch word), and the police
    words."""
    data = _read_json("identity_groups.json")["former_forces"]
    before = "|".join(re.escape(w) for w in data["before"])
    words = sorted({*data["police"], *data["military"]}, key=len, reverse=True)
    pattern = re.compile(rf"\b(?:{before})(?:\s+|-)(?:[a-z]+\s+){{0,2}}?"
                         rf"({'|'.join(re.escape(w) for w in words)})\b")
    # the words as the pattern needs them, a space or a hyphen after ("ex-", not "next")
    marks = tuple(f"{word}{gap}" for word in data["before"] for gap in (" ", "-"))
    return marks, pattern, frozenset(data["police"])


def former_forces_in(lowered: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The former members of a state's forces told in ``lowered[start:end]`` (lower-cased
    text): (start, end, "police" or "military") for "a former police officer", "an
    ex-soldier", "a retired army colonel"."""
    before, pattern, police = _former_forces()
    if not any(lowered.find(word, start, end) >= 0 for word in before):
        return []
    return [(m.start(), m.end(), "police" if m.group(1) in police else "military")
            for m in pattern.finditer(lowered, start, end)]


@cache
def _vigilance() -> tuple[str, tuple[str, ...], re.Pattern[str]]:
    """ACLED's name of a mob that punishes those it holds guilty, and its words
    (``vigilantes`` of ``identity_groups.json``)."""
    data = _read_json("identity_groups.json")["vigilantes"]
    words = tuple(sorted(data["words"], key=len, reverse=True))
    return data["name"], words, re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def vigilante_group(lowered: str, start: int, end: int) -> str | None:
    """"Vigilante Group" where ``lowered[start:end]`` (lower-cased text) tells a mob taking
    justice into its own hands ("lynched a suspected thief", "branded as witches"), else
    None."""
    name, words, pattern = _vigilance()
    if not any(lowered.find(word, start, end) >= 0 for word in words):
        return None
    return name if pattern.search(lowered, start, end) is not None else None


# "a former MP", "an ex-minister", "the then governor": one who held office once
_FORMER_BEFORE = re.compile(r"(?:\bformer|\bex-|\bthen)\s*$", re.IGNORECASE)


def identity_name(group: str, iso: str, place: str, *, when: date | None = None,
                  before: str = "") -> str:
    """The ACLED name of an identity group of a country: ``"Journalists (Mexico)"``; a
    state's officials ``"Government of Mexico (2018-)"`` (``before``: the text just before
    the term, which may say they held office once)."""
    if group in identity_groups().state_groups:
        return government_name(iso, when=when, former=_FORMER_BEFORE.search(before) is not None)
    return f"{group} ({place})"


#: One or two capitalised words right before a mention: "Hazara residents", "Lou Nuer
#: villagers"
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'-])([A-Z][\w'-]+)(?:[ \t]+([A-Z][\w'-]+))?[ \t]+$")


def ethnic_group_before(text: str, start: int, country: str | None = None) -> str | None:
    """The people an ethnonym written right before ``start`` names ("Hazara residents",
    "three Dogon villagers": ``Dogon``), None where none does; a clan, a faith's community
    and the people of ``country`` itself ("Somali civilians" in Somalia) are none."""
    if start == 0 or not text[start - 1].isspace():
        return None
    m = _CAPITALISED_BEFORE.search(text, max(0, start - 32), start)
    if m is None:
        return None
    lex = load_lexicon()
    written = f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)
    group = lex.ethnic.get(_fold(written))
    if group is None and m.group(2):
        group = lex.ethnic.get(_fold(m.group(2)))
    if group is None or group in lex.clans or group in lex.faiths:
        return None
    if country is not None and lex.country_by_name.get(_fold(group)) == country:
        return None  # "Somali civilians" in Somalia: the country's own people
    return group


def find_identities(text: str, start: int, end: int, *,
                    lowered: str | None = None) -> list[tuple[int, int, str]]:
    """The identity groups named in ``text[start:end]``, as (start, end, group name), the
    longest term at each word ("health workers" before "workers"; a term of two groups gives
    both: "female workers" are Women and a Labour Group); ``lowered`` is the text
    lower-cased, offset for offset, where the caller has it."""
    groups = identity_groups()
    folded = lowered if lowered is not None else lower_ascii(text)
    found: list[tuple[int, int, str]] = []
    taken_to = start
    # the runs of letters that are a term's first word, not every run looked up
    for word in _first_words_re().finditer(folded, start, end):
        terms = groups.by_first_word.get(word.group())
        at = word.start()
        if terms is None or at < taken_to or (at > 0 and folded[at - 1].isalnum()):
            continue
        for term in terms:
            stop = at + len(term)
            if stop <= end and folded.startswith(term, at) and not (
                    stop < len(folded) and (folded[stop].isalnum() or folded[stop] == "_")):
                found.extend((at, stop, name) for name in groups.by_term[term])
                taken_to = stop
                break
    if "owner" in folded[start:end] and (owners := _owners_re()) is not None:
        # "owners of commercial establishments", "shops and bakeries owners": the
        # businesses' own people, ACLED's labour group
        for match in owners.finditer(folded, start, end):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                premise = match.group("premise") or match.group("premise2")
                found.append((match.start(), match.end(), groups.premises_group[premise]))
    if "hospital" in folded[start:end] or "clinic" in folded[start:end] or \
            "health cent" in folded[start:end]:
        # "workers of a hospital", "employees at the district clinic": health workers
        for match in _HOSPITAL_STAFF.finditer(folded, start, end):
            found = [(s, e, _HEALTH if s == match.start() and name == _LABOUR else name)
                     for s, e, name in found]
            if not any(s == match.start() for s, _, _ in found):
                found.append((match.start(), match.start() + len(match.group(1)), _HEALTH))
    if "members of" in folded[start:end] and ("labo" in folded[start:end]
                                             or "worker" in folded[start:end]
                                             or "employee" in folded[start:end]):
        # "members of the Northern Labour Network", "members of the Dock Workers' Forum":
        # a body named for the workers it gathers is a labour group, as its members are
        for match in _LABOUR_BODY.finditer(text, start, end):
            name = match.group("name")
            if _NOT_LABOUR_BODY.search(name) or any(
                    s < match.end("name") and match.start("name") < e for s, e, _ in found):
                continue
            found.append((match.start("name"), match.end("name"), _LABOUR))
    return sorted(found) if len(found) > 1 else found


# a capitalised name holding a word of the workers it gathers, after "members of"
_LABOUR_BODY = re.compile(
    r"\b[Mm]embers of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)?)"
    r"{0,5}?(?:Labou?r|Workers['’]?|Employees['’]?)(?:\s+(?:(?:of|and|for|the)\s+)?"
    r"[A-Z][\w'’-]*){0,4})")
# a party, a ministry, a day or a law named for labour gathers no workers
_NOT_LABOUR_BODY = re.compile(
    r"\b(?:Party|Parties|Ministry|Minister|Day|Code|Law|Court|Department|Office|"
    r"Organi[sz]ation|Inspectorate|Commission)\b")
_HEALTH = "Health Workers"
_LABOUR = "Labour Group"
# "workers of the regional hospital", "staff at a clinic": the staff of a place of care
_HOSPITAL_STAFF = re.compile(
    r"\b(workers|employees|staff(?: members)?|personnel|interns)\s+(?:of|at|from)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,5}?(?:hospitals?|clinics?|health cent(?:re|er)s?|"
    r"medical cent(?:re|er)s?|dispensar(?:y|ies))\b")


@cache
def _owners_re() -> re.Pattern[str] | None:
    """Owners told by their businesses: "owners of shops", "shops and bakeries owners"."""
    premises = identity_groups().premises_group
    if not premises:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(premises, key=len, reverse=True))
    return re.compile(
        rf"\b(?:owners?|proprietors?)\s+of\s+(?:(?:the|their|a|an|small|local|private)\s+)*"
        rf"(?:[a-z-]+\s+)?(?P<premise>{alternation})\b|"
        rf"\b(?:[a-z-]+\s+)?(?P<premise2>{alternation})(?:\s+and\s+[a-z-]+)?\s+owners\b")


@cache
def _first_words_re() -> re.Pattern[str]:
    """A run of letters that is the first word of an identity term: the runs of ``[a-z]+``
    that ``by_first_word`` holds, found by one search (grouped by first letter, the longest
    first) instead of a look-up per run."""
    return re.compile("(?<![a-z])(?:" + first_letter_alternation(identity_groups().by_first_word)
                      + ")(?![a-z])")


def acled_inter(kind: str) -> int:
    """ACLED's inter code for an actor kind (1 state forces ... 8 external/other forces)."""
    codes = load_lexicon().inter_codes
    if kind not in codes:
        raise KeyError(f"unknown actor kind {kind!r}; known kinds: {', '.join(sorted(codes))}")
    return codes[kind]


# --------------------------------------------------------------------------- mentions


@dataclass(slots=True)
class _Found:
    first: int  # token indices, inclusive / exclusive
    last: int
    hit: _Hit
    country: str | None = None  # for composed state forces and country-specific generics
    ethnic: str | None = None
    modifier: str | None = None
    score: float = 1.0

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, first: int, last: int, hit: _Hit, country: str | None = None,
        ethnic: str | None = None, modifier: str | None = None, score: float = 1.0,
    ) -> None:
        self.first = first
        self.last = last
        self.hit = hit
        self.country = country
        self.ethnic = ethnic
        self.modifier = modifier
        self.score = score


def _gap_ok(gap: str, left_raw: str) -> bool:
    """Whether the text between two tokens lets them belong to one name."""
    if not gap or gap == " " or gap == "(" or gap == ")" or gap == " (" or gap == "`":
        # (a backtick writes an ayn in transliterations: "al-Qa`ida")
        # "CPI(M)", "JD(U)": a bracket inside a name; "Communist Party of India (Maoist)",
        # "NSCN (IM)": a bracketed last word of one
        return True
    if gap[0] == "." and len(left_raw) == 1:  # initials: "U.S. forces"
        gap = gap[1:]
        if not gap:
            return True
    if gap[0] in "'\u2019" and gap[1:2] in ("s", "S"):  # possessive inside a name
        gap = gap[2:]
    elif gap[0] in "'\u2019" and left_raw[-1:] in ("s", "S"):
        gap = gap[1:]  # a plural's possessive inside a name: "Kurdistan Workers' Party"
    if gap.strip(_JOIN_GAP_CHARS):
        return False  # a character _JOIN_GAP never takes (most gaps: ", ", ". ")
    return _JOIN_GAP.fullmatch(gap) is not None


def _matches_at(lex: Lexicon, text: str, toks: _Toks, i: int) -> list[tuple[int, _Hit]]:
    """All lexicon entries whose n-gram starts at token i, as (end index, hit)."""
    found: list[tuple[int, _Hit]] = []
    size = len(toks)
    joinable = toks.joinable
    for index, pairs, forms in (
        (lex.index_cs, lex.pairs_cs, toks.raws),
        (lex.index_ci, lex.pairs_ci, toks.lows),
    ):
        form = forms[i]
        singles = index.get(form)
        if singles:
            found.extend((i + 1, hit) for hit in singles)
        if i + 1 >= size or not joinable[i]:
            continue
        bucket = pairs.get((form, forms[i + 1]))
        if not bucket:
            continue
        for keys, hit in bucket:
            n = len(keys)
            if i + n > size:
                continue
            for k in range(2, n):
                if forms[i + k] != keys[k] or not joinable[i + k - 1]:
                    break
            else:
                found.append((i + n, hit))
    return found


@lru_cache(maxsize=4096)
def _token_count(phrase: str) -> int:
    return len(_key_tokens(phrase))


def _allowed(lex: Lexicon, hit: _Hit, country: str | None) -> bool:
    """Whether an ambiguous alias applies in a document about ``country``."""
    if hit.kind != "actor":
        return True
    entry = lex.actors[int(hit.ref)]
    only = entry.countries_for.get(hit.alias)
    if only is not None:
        return country in only
    if entry.countries and _token_count(hit.alias) < 3:
        if country is None:  # no context: only a proper name of some length will do
            return any(c.isupper() for c in hit.alias) and len(hit.alias) > 3
        return country in entry.countries
    return True


def _in_theatre(lex: Lexicon, hit: _Hit, country: str | None) -> bool:
    """Whether a group may be meant in a report about ``country``: an acronym that is only
    close to a group's ("PULF", one letter from "PSLF") is no typo of it in a report about
    a country the group is not active in (acronyms of four letters lie one letter apart
    by the hundred). A state's forces are active in their own state where their source
    lists no theatre: "(FAIB)" in a report about Burkina Faso is no typo of Venezuela's
    FANB."""
    if hit.kind != "actor" or country is None:
        return True
    entry = lex.actors[int(hit.ref)]
    theatre = entry.operates_in or ((entry.country,) if entry.country else ())
    return not theatre or country in theatre


def _active_here(lex: Lexicon, hit: _Hit, country: str | None) -> bool:
    """Whether ``hit`` is a group whose sources place it in ``country``: of two groups of
    one name ("People's Defence Forces", the PKK's armed wing in Turkey and Iraq and the
    resistance in Myanmar), a report about Myanmar means the one active there."""
    if hit.kind != "actor" or country is None:
        return False
    entry = lex.actors[int(hit.ref)]
    return country in entry.operates_in or country in entry.countries


def _all_caps_context(toks: _Toks, i: int, end: int) -> bool:
    """A short abbreviation inside an all-capitals headline ("WHAT IS") is not a name."""
    neighbours = [toks.raws[k] for k in (i - 1, end) if 0 <= k < len(toks)]
    caps = [t for t in neighbours if len(t) > 1 and t.isalpha() and t.isupper()]
    return len(caps) == len(neighbours) and bool(neighbours)


def _scan(lex: Lexicon, text: str, toks: _Toks, country: str | None) -> list[_Found]:
    found: list[_Found] = []
    pending: tuple[int, str] | None = None  # (token index where it applies, modifier)
    resume = 0  # the first token after the last match
    n = len(toks)
    raws, lows = toks.raws, toks.lows
    first_cs, first_ci, starters = lex.first_cs, lex.first_ci, lex.starters_ci
    # Only tokens that start some entry or are a prefix word can start a match.
    starts = [k for k in range(n) if lows[k] in starters or raws[k] in first_cs]
    for i in starts:
        if i < resume:
            continue
        best: _Found | None = None
        if raws[i] in first_cs or lows[i] in first_ci:
            options = _matches_at(lex, text, toks, i)
        else:
            options = []
        for end, hit in options:
            candidate: _Found | None = None
            if hit.kind == "actor":
                if not _allowed(lex, hit, country):
                    if _proper_name(toks, i, end):
                        # "the National Liberation Army" in a report of no country its
                        # list entry holds: a group of that name, not the listed one
                        candidate = _Found(i, end, _Hit("as_written", hit.ref,
                                                        alias=hit.alias), score=0.6)
                        if best is None or candidate.last > best.last:
                            best = candidate
                    continue
                if end - i == 1 and len(toks.raws[i]) <= 2 and (
                    _all_caps_context(toks, i, end)
                    or (i > 0 and toks.lows[i - 1] in lex.short_abbrev_not_after)
                    or (lows[i] in _CLOCK and i > 0 and lows[i - 1][-1:].isdigit()
                        and not text[toks.ends[i - 1]:toks.starts[i]].strip())  # "at 10 PM"
                ):
                    continue
                if end - i == 1 and i > 0 and raws[i][:1].islower() and (
                        lows[i - 1] in lex.common_noun_not_after):
                    continue  # "a separatist coalition": not the named coalition
                candidate = _Found(i, end, hit)
            elif hit.kind == "generic":
                if end < n and toks.lows[end] in _NOT_ACTOR_AFTER and toks.joinable[end - 1]:
                    continue
                if _in_organisation_name(lex, toks, i, hit) or _owner_in_a_name(text, toks, i,
                                                                                end):
                    continue
                if hit.weak and i > 0 and lows[i - 1] in _SOUGHT_BEFORE:
                    continue  # "5 wanted persons": suspects the authorities sought
                if lows[i].startswith("bomber") and i > 0 and (
                        lows[i - 1] in _AIRCRAFT_BEFORE
                        or any(c.isdigit() for c in lows[i - 1])):
                    continue
                candidate = _Found(i, end, hit, score=0.4 if hit.weak else 0.7)
            elif hit.kind == "country":
                iso = str(hit.ref)
                if _SHARED_COUNTRY in iso:
                    if country is None or country not in iso.split(_SHARED_COUNTRY):
                        continue
                    iso = country
                candidate = _compose_country(lex, text, toks, i, end, iso, country)
            elif hit.kind == "ethnic":
                candidate = _compose_ethnic(lex, text, toks, i, end, str(hit.ref)) or (
                    _coordinated_ethnic(lex, text, toks, i, end, str(hit.ref)))
            elif hit.kind == "state_head":
                # "forces of Azerbaijan": a force noun counts only with its country
                candidate = _Found(i, end, hit, score=0.9)
                _extend(lex, text, toks, candidate)
                if candidate.country is None:
                    continue
            if candidate is None and hit.kind == "country":
                # "Turkish and Russian forces", "Turkey and Russia conducted": the first
                # state shares the second's force noun or act
                candidate = _shares_next_head(lex, text, toks, i, end, country)
            if candidate is None:
                continue
            if (
                best is None
                or candidate.last > best.last
                or (
                    candidate.last == best.last
                    and _RANK[candidate.hit.kind] < _RANK[best.hit.kind]
                )
                or (
                    candidate.last == best.last
                    and _active_here(lex, candidate.hit, country)
                    and not _active_here(lex, best.hit, country)
                )
            ):
                best = candidate
        if best is None:
            # "opposition and jihadist factions": the first word's own entry with the shared
            # head noun
            best = _coordinated_head(lex, text, toks, i, country)
        if best is None:
            word = toks.lows[i]
            if word in lex.prefixes and i + 1 < n:
                gap = text[toks.ends[i] : toks.starts[i + 1]]
                if _HYPHEN_GAP.fullmatch(gap) or (_SPACE_GAP.fullmatch(gap) and len(word) > 4):
                    pending = (i + 1, lex.prefixes[word])
            continue
        if best.hit.kind == "generic" and lows[i] == "the" and _named_actor_runs_on(
                lex, text, toks, i + 1, best.last, country):
            # "the Military Police shot ...": the article opens the force's name, not
            # "the military" beside a second actor "Police"
            continue
        if pending is not None and pending[0] == best.first:
            best.modifier = pending[1]
        pending = None
        _extend(lex, text, toks, best)
        found.append(best)
        resume = best.last
        also = _coordinated_state(lex, text, toks, best, country)
        if also is not None:
            found.append(also)
            resume = also.last
    return found


#: What follows an hour ("10 PM"): no initials of a force there ("14 IS suspects" are).
_CLOCK = frozenset({"am", "pm"})


def _named_actor_runs_on(lex: Lexicon, text: str, toks: _Toks, k: int, last: int,
                         country: str | None) -> bool:
    """Whether a listed actor of ``country`` starts at token ``k`` and runs past ``last``."""
    if k >= len(toks) or k >= last:
        return False
    return any(end > last and hit.kind == "actor" and _allowed(lex, hit, country)
               for end, hit in _matches_at(lex, text, toks, k))


#: Small words a proper name may hold uncapitalised: "Army of the Righteous".
_NAME_JOINERS = frozenset({"of", "the", "for", "and", "de", "del", "la", "al"})


def _proper_name(toks: _Toks, i: int, end: int) -> bool:
    """Whether tokens ``i:end`` are a proper name of three words or more, written as one:
    its words capitalised, small joining words aside ("National Liberation Army")."""
    if end - i < 3 or not all(toks.joinable[k] for k in range(i, end - 1)):
        return False
    return all(toks.raws[k][:1].isupper() or toks.lows[k] in _NAME_JOINERS
               for k in range(i, end)) and toks.raws[i][:1].isupper()


def _shares_next_head(lex: Lexicon, text: str, toks: _Toks, i: int, end: int,
                      context: str | None) -> _Found | None:
    """The first state of "Turkish and Russian forces" or "Turkey and Russia shelled": a
    country word with no head of its own, joined by "and" to one that has."""
    n = len(toks)
    if (end + 1 >= n or toks.lows[end] != "and" or not toks.joinable[end - 1]
            or not toks.joinable[end]):
        return None
    first = _matches_at(lex, text, toks, i)
    iso = next((str(h.ref) for e, h in first if e == end and h.kind == "country"), "")
    if not iso or _SHARED_COUNTRY in iso:
        return None
    for other_end, other in _matches_at(lex, text, toks, end + 1):
        other_iso = str(other.ref)
        if other.kind != "country" or _SHARED_COUNTRY in other_iso or other_iso == iso:
            continue
        second = _compose_country(lex, text, toks, end + 1, other_end, other_iso, context)
        if second is None or second.hit.kind not in ("state_head", "generic"):
            continue
        return _Found(i, end, second.hit, country=iso, score=second.score,
                      modifier=second.modifier)
    if (i == 0 or toks.lows[i - 1] not in lex.state_acts_not_after) and _named_force_follows(
            lex, text, toks, end + 1, context):
        # "U.S. and Coalition military forces": the state's forces beside the named force
        return _Found(i, end, _Hit("state_head", "military", alias=toks.raws[i]), country=iso,
                      score=0.9)
    return None


def _named_force_follows(lex: Lexicon, text: str, toks: _Toks, k: int,
                         context: str | None) -> bool:
    """Whether a named armed force whose name ends in a force noun starts at token ``k``
    ("Coalition military forces", "coalition aircraft"): the country word joined to it by
    "and" shares that noun."""
    for end, hit in _matches_at(lex, text, toks, k):
        if hit.kind != "actor" or end - k < 2 or not _allowed(lex, hit, context):
            continue
        entry = lex.actors[int(hit.ref)]
        if entry.kind not in ("external_force", "state_forces"):
            continue
        last = toks.lows[end - 1]
        if any(h.kind == "state_head" or (h.kind == "generic" and lex.generics[int(h.ref)].branch)
               for h in lex.index_ci.get(last, ())):
            return True
    return False


def _coordinated_head(lex: Lexicon, text: str, toks: _Toks, i: int,
                      context: str | None) -> _Found | None:
    """"Rebel and Islamist factions": the first word and the head noun after the second
    make an entry of two words ("rebel factions"), found over the whole phrase."""
    k = i + 3
    if (k >= len(toks) or toks.lows[i + 1] != "and" or not toks.joinable[i]
            or not toks.joinable[i + 1] or not toks.joinable[i + 2]):
        return None
    bucket = lex.pairs_ci.get((toks.lows[i], toks.lows[k]))
    if not bucket:
        return None
    # "military and police forces": the second word with the head is an entry of its own,
    # found by the scan after the first; the first word stands alone for its entry
    second_own = any(len(keys) == 2 and hit.kind in ("actor", "generic")
                     for keys, hit in lex.pairs_ci.get((toks.lows[i + 2], toks.lows[k]), ()))
    for keys, hit in bucket:
        if len(keys) == 2 and hit.kind in ("actor", "generic") and _allowed(lex, hit, context):
            return _Found(i, i + 1 if second_own else k + 1, hit,
                          score=0.4 if hit.weak else 0.7)
    return None


def _coordinated_state(lex: Lexicon, text: str, toks: _Toks, found: _Found,
                       context: str | None) -> _Found | None:
    """The second country of "military forces of India and Pakistan": the same forces of
    another state, unless its own force noun follows ("... of India and Pakistani troops")."""
    k = found.last
    n = len(toks)
    if (found.country is None or k + 1 >= n or toks.lows[k] != "and"
            or "of" not in toks.lows[found.first:k] or found.hit.kind == "actor"
            or not toks.joinable[k - 1] or not toks.joinable[k]):
        return None
    for end, other in _matches_at(lex, text, toks, k + 1):
        iso = str(other.ref)
        if other.kind != "country" or _SHARED_COUNTRY in iso or iso == found.country:
            continue
        if _compose_country(lex, text, toks, k + 1, end, iso, context) is not None:
            return None  # its own forces, found by the scan
        return _Found(k + 1, end, found.hit, country=iso, score=found.score)
    return None


def _in_organisation_name(lex: Lexicon, toks: _Toks, i: int, hit: _Hit) -> bool:
    """A capitalised state-force word ending an organisation's name ("Garo National
    Liberation Army", "Revolutionary Armed Forces") is not the state's forces."""
    if i == 0 or not toks.joinable[i - 1] or not toks.raws[i][:1].isupper():
        return False
    if not lex.generics[int(hit.ref)].branch:
        return False
    before = toks.raws[i - 1]
    return before[:1].isupper() and toks.lows[i - 1] in lex.state_not_after


def _owner_in_a_name(text: str, toks: _Toks, i: int, end: int) -> bool:
    """A capitalised class word written as an owner inside a name ("National People's
    Army", "Workers' Party") is a word of that name, not the people it names elsewhere."""
    if end >= len(toks) or not toks.raws[end - 1][:1].isupper() \
            or not toks.raws[end][:1].isupper():
        return False
    gap = text[toks.ends[end - 1]:toks.starts[end]].replace("\u2019", "'")
    return gap in ("'s ", "' ")


def _compose_country(
    lex: Lexicon,
    text: str,
    toks: _Toks,
    i: int,
    end: int,
    iso: str,
    context: str | None,
) -> _Found | None:
    """A country word followed by a force noun ("Nigerian troops"), a generic class
    ("Syrian civilians") or a '-led' / '-backed' suffix ("US-backed")."""
    n = len(toks)
    if end >= n:
        return None
    gap = text[toks.ends[end - 1] : toks.starts[end]]
    if _HYPHEN_GAP.fullmatch(gap) and toks.lows[end] in lex.suffixes:
        hit = _Hit("state_head", "military", alias=toks.raws[end])
        return _Found(i, end + 1, hit, country=iso, modifier=lex.suffixes[toks.lows[end]])
    if not toks.joinable[end - 1]:
        return None
    possessive = text.startswith(("'s", "\u2019s"), toks.ends[end - 1])
    if (end + 2 < n and toks.lows[end] in _month_words() and toks.raws[end + 1].isdigit()
            and toks.joinable[end + 1] and text.startswith(("'s ", "\u2019s "),
                                                          toks.ends[end - 1])):
        end += 2  # "Iran's Jan. 8 missile attack": the country's, told with its day
    heads = _matches_at(lex, text, toks, end)
    if any(hit.kind == "country" for _, hit in heads):
        # "while in Iraq Iraqi Security Forces ...": the place, then forces named by their own
        # country word
        return None
    if not heads:
        # "one Afghan commando was hurt": a force word the list holds in the plural, in
        # the singular after its country's word
        heads = [(end + 1, hit) for hit in lex.index_ci.get(toks.lows[end] + "s", ())
                 if hit.kind == "generic" and lex.generics[int(hit.ref)].branch]
        # ("the Malawi Defence Force": a force noun of two words, as its name has it)
        heads += _singular_force_heads(lex, toks, end)
    if end + 1 < n and toks.joinable[end] and (
            toks.lows[end] in lex.national
            or (toks.lows[end] in lex.institution and toks.raws[end][:1].isupper())):
        named = _matches_at(lex, text, toks, end + 1)  # "Afghan National Army"
        if not any(hit.kind in ("generic", "state_head") for _, hit in named):
            # "the Tanzania People's Defence Force": the force noun in the singular
            named += _singular_force_heads(lex, toks, end + 1)
        if toks.lows[end] == "people" and any(
                hit.kind == "actor" and _active_here(lex, hit, iso)
                for _, hit in _matches_at(lex, text, toks, end)):
            # "Myanmar People's Defence Force": a group of that country by its own name,
            # not the state's army nor the country's people
            return None
        if toks.lows[end] == "internal":
            # "the Lebanese Internal Security Forces": a state's internal security forces
            # are its police, under its interior ministry
            police = next((k for k, g in enumerate(lex.generics) if g.branch == "police"), None)
            named = [(e, _Hit("generic", police, alias=h.alias)
                      if police is not None and h.kind in ("generic", "state_head") else h)
                     for e, h in named]
        heads += named
    if (end + 2 < n and toks.joinable[end] and toks.joinable[end + 1]
            and _DESIGNATION.fullmatch(toks.raws[end]) and toks.raws[end + 1][:1].isdigit()):
        heads += _matches_at(lex, text, toks, end + 2)  # "Iraqi F-16 jets", "Su-25 aircraft"
    best: _Found | None = None
    # (with a compass word between: "in eastern Syria raid")
    place_at = i - 1 if i > 1 and toks.lows[i - 1] in _COMPASS_BEFORE else i
    if (place_at > 0 and toks.lows[place_at - 1] in _PLACE_BEFORE
            and not toks.raws[i].isupper()
            and "." not in toks.raws[i]
            and not possessive
            and _fold(text[toks.starts[i]:toks.ends[end - 1]]) not in lex.country_adjectives):
        # "hurt in Jordan drone attack", "the toll of Syria raid": the country where it
        # happened, not who did it
        heads = [(e, hit) for e, hit in heads if hit.kind != "state_head"]
    for head_end, hit in heads:
        if hit.kind == "state_head" and head_end < n and toks.lows[head_end - 1] == "military" \
                and toks.joinable[head_end - 1] and toks.lows[head_end] in _NOT_MILITARY_AFTER:
            continue  # "a UK military base", "a Turkish military spokesman": a site, a role
        if hit.kind in ("generic", "state_head"):
            if best is None or head_end > best.last or (
                    head_end == best.last and hit.kind == "state_head"
                    and best.hit.kind == "generic"
                    and not lex.generics[int(best.hit.ref)].branch):
                # "Russian bombers": the state's aircraft, where bare "bombers" are men
                best = _Found(i, head_end, hit, country=iso, score=0.9)
        elif hit.kind == "actor" and lex.actors[int(hit.ref)].state:
            # "Iraqi" + "Security Forces": the country's own forces under a named entry
            entry = lex.actors[int(hit.ref)]
            if entry.country == iso and (best is None or head_end > best.last):
                best = _Found(i, head_end, hit, country=iso)
    if best is None and _acts_as_state(lex, text, toks, i, end):
        # "Iran fired missiles at the base": the country's forces did it
        best = _Found(i, end, _Hit("state_head", "military", alias=toks.raws[i]), country=iso,
                      score=0.8)
    return best


def _singular_force_heads(lex: Lexicon, toks: _Toks, k: int) -> list[tuple[int, _Hit]]:
    """A state's force noun of two words the list holds in the plural, written in the
    singular at token ``k`` ("Defence Force" for "defence forces")."""
    if k + 1 >= len(toks) or not toks.joinable[k]:
        return []
    keys = (toks.lows[k], toks.lows[k + 1] + "s")
    return [(k + 2, hit) for words, hit in lex.pairs_ci.get(keys, ())
            if words == keys and hit.kind == "generic" and lex.generics[int(hit.ref)].branch]


_PLACE_BEFORE = frozenset({"in", "at", "near", "inside", "across", "within", "of"})
_COMPASS_BEFORE = frozenset({"northern", "southern", "eastern", "western", "central",
                             "northeastern", "northwestern", "southeastern", "southwestern",
                             "north-eastern", "north-western", "south-eastern",
                             "south-western"})
# Joins the countries a country word names more than one of ("Congolese": CD|CG).
_SHARED_COUNTRY = "|"


def _acts_as_state(lex: Lexicon, text: str, toks: _Toks, i: int, end: int) -> bool:
    """A country's name as the subject of an act of war: "Iran fired", "the U.S. struck"."""
    if i > 0 and toks.lows[i - 1] in lex.state_acts_not_after and not (
            toks.lows[i - 1] == "and" and _country_subject_before(lex, text, toks, i - 1)):
        return False
    if not toks.raws[i][:1].isupper() or _fold(
            text[toks.starts[i]:toks.ends[end - 1]]) in lex.country_adjectives:
        return False  # a country's adjective ("Iranian") is no subject
    verb = (toks.lows[end],)
    if verb in lex.state_acts:
        return True
    return end + 1 < len(toks) and toks.joinable[end] and (
        toks.lows[end], toks.lows[end + 1]) in lex.state_acts


def _country_subject_before(lex: Lexicon, text: str, toks: _Toks, stop: int) -> bool:
    """Whether a country's name, itself no object of a preposition, ends at token ``stop``:
    "Turkey" in "Turkey and Russia conducted", not "in Syria and Iraq attacked"."""
    for j in range(stop - 1, max(-1, stop - 5), -1):
        if not toks.joinable[j] and j < stop - 1:
            break
        if any(e == stop and h.kind == "country" for e, h in _matches_at(lex, text, toks, j)):
            return toks.raws[j][:1].isupper() and (
                j == 0 or toks.lows[j - 1] not in lex.state_acts_not_after)
    return False


@cache
def _month_words() -> frozenset[str]:
    return frozenset(m.lower() for m in date_words().months)

#: The letters of an aircraft or weapon designation ("F" of "F-16", "Su" of "Su-25").
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,2}")


def _compose_ethnic(
    lex: Lexicon, text: str, toks: _Toks, i: int, end: int, group: str
) -> _Found | None:
    if end >= len(toks) or not toks.joinable[end - 1]:
        return None
    best: _Found | None = None
    for head_end, hit in _matches_at(lex, text, toks, end):
        if hit.kind == "ethnic_head" or (
            hit.kind == "generic" and lex.generics[int(hit.ref)].kind == "identity_militia"
        ):
            if best is None or head_end > best.last:
                best = _Found(i, head_end, _Hit("ethnic", group), ethnic=group, score=0.9)
    return best


def _coordinated_ethnic(
    lex: Lexicon, text: str, toks: _Toks, i: int, end: int, group: str
) -> _Found | None:
    """"Pokot and Turkana raiders", "Kuki and Meitei militants": the first group shares
    the head noun of the second, and is a militia of its own (the second is found by the
    scan after it)."""
    if (end + 1 >= len(toks) or toks.lows[end] != "and" or not toks.joinable[end - 1]
            or not toks.joinable[end]):
        return None
    for other_end, other in _matches_at(lex, text, toks, end + 1):
        if other.kind != "ethnic":
            continue
        second = _compose_ethnic(lex, text, toks, end + 1, other_end, str(other.ref))
        if second is not None:
            return _Found(i, end, _Hit("ethnic", group), ethnic=group, score=second.score)
    return None


def _name_goes_on(toks: _Toks, end: int) -> bool:
    """Whether a country word ending before token ``end`` opens a longer name: "soldiers of
    the Sudan People's Liberation Army", "of the Somali National Army" are of that force,
    not of the country's."""
    return (end < len(toks) and toks.joinable[end - 1] and toks.raws[end][:1].isupper()
            and toks.lows[end] not in _month_words()
            and toks.lows[end] not in _WEEKDAYS)


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


def _extend(lex: Lexicon, text: str, toks: _Toks, found: _Found) -> None:
    """Take in a "-led" / "-backed" suffix and an "of COUNTRY" complement."""
    n = len(toks)
    last = found.last
    if last >= n:
        return
    gap = text[toks.ends[last - 1] : toks.starts[last]]
    if _HYPHEN_GAP.fullmatch(gap) and toks.lows[last] in lex.suffixes:
        found.last = last + 1
        found.modifier = found.modifier or lex.suffixes[toks.lows[last]]
        return
    hit = found.hit
    if (
        hit.kind == "actor"
        and toks.joinable[last - 1]
        and text[toks.ends[last - 1] : toks.ends[last - 1] + 1] not in ("'", "’")
    ):
        lows = toks.lows
        for keys in lex.absorbed.get(lows[last], ()):
            if keys[0] not in _PARTY_PEOPLE and \
                    lex.actors[int(hit.ref)].kind in ORGANISATION_KINDS:
                continue  # "pro-Islah forces": armed men of their own, not the party
            end = last + len(keys)
            if end <= n and all(
                lows[last + k] == keys[k] and toks.joinable[last + k - 1]
                for k in range(1, len(keys))
            ):
                found.last = end
                return
    is_state = (hit.kind == "generic" and lex.generics[int(hit.ref)].branch) or (
        hit.kind == "state_head"
    )
    if is_state and found.country is None and toks.lows[last] == "of" and last + 1 < n:
        k = last + 1
        if toks.lows[k] == "the" and k + 1 < n:
            k += 1
        for end, other in _matches_at(lex, text, toks, k):
            if other.kind == "country" and _SHARED_COUNTRY not in str(other.ref) \
                    and not _name_goes_on(toks, end):
                found.country = str(other.ref)
                found.last = end
                break


# --------------------------------------------------------------------------- fuzzy


def _fuzzy_limit(token: str) -> int:
    return 2 if len(token) >= 9 else 1


@lru_cache(maxsize=65536)
def _fuzzy_single(low: str, upper: bool) -> _Hit | None:
    """The named actor a single unknown token is a typo of, if exactly one is close."""
    lex = load_lexicon()
    if not upper and len(low) < 6:
        return None
    pool = lex.fuzzy_single.get(low[0], [])
    if not pool:
        return None
    limit = _fuzzy_limit(low)
    best = process.extract(
        low, _fuzzy_choices(low[0]), scorer=DamerauLevenshtein.distance, score_cutoff=limit,
        limit=3,
    )
    hits = {pool[idx][1].ref for _alias, _dist, idx in best}
    if len(hits) != 1:
        return None  # nothing close, or close to two different actors: too uncertain
    return pool[best[0][2]][1]


@cache
def _fuzzy_choices(first: str) -> list[str]:
    """The aliases of ``fuzzy_single`` starting with ``first``, in its order: listed once per
    letter, not once per unknown word."""
    return [alias for alias, _hit in load_lexicon().fuzzy_single.get(first, [])]


def _fuzzy_candidate(lex: Lexicon, raw: str, low: str) -> bool:
    if len(raw) < 4 or not raw[0].isupper() or not raw.isalpha():
        return False
    return low not in lex.words and low not in lex.known_tokens


def _inside_spans(toks: _Toks, spans: Iterable[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside one of ``spans``: the tokens of each span
    found by bisection, so the cost is that of the tokens inside, not of the text."""
    starts, ends = toks.starts, toks.ends
    size = len(starts)
    inside = [False] * size
    for first, last in spans:
        k = bisect_left(starts, first)
        while k < size and starts[k] < last:
            if ends[k] <= last:
                inside[k] = True
            k += 1
    return inside


_FIRST_CHAR = itemgetter(0)


def _with_typos(
    lex: Lexicon,
    text: str,
    toks: _Toks,
    found: list[_Found],
    country: str | None,
    blocked_spans: Iterable[tuple[int, int]],
) -> list[_Found]:
    """Add typo matches for capitalised tokens that no exact match took.

    A generic or country mention inside a longer typo'd name ("Iragi [Security Forces]")
    gives way to it; a named actor never does.
    """
    raws = toks.raws
    size = len(raws)
    covered = [False] * size
    for f in found:
        covered[f.first : f.last] = [True] * (f.last - f.first)
    # A typo is a capitalised word that is either unknown (a typo of a one-token name) or
    # next to a token of a longer name ("Iragi [Security Forces]"); others cannot match.
    lows, joinable = toks.lows, toks.joinable
    words, known, wild = lex.words, lex.known_tokens, lex.wild_tokens
    candidates = []
    # Capitalised tokens found in C (a token is never empty), the rest tested here.
    capitalised = list(itertools.compress(range(size), map(str.isupper, map(_FIRST_CHAR, raws))))
    for i in capitalised:
        raw = raws[i]
        if len(raw) < 4 or covered[i] or not raw.isalpha():
            continue
        low = lows[i]
        if (low in words or low in known) and not (
            (i > 0 and joinable[i - 1] and lows[i - 1] in wild)
            or (i + 1 < size and joinable[i] and lows[i + 1] in wild)
        ):
            continue
        candidates.append(i)
    # A name's later word written lower-case after its capitalised first ("Al shabab"):
    # only the window reading below can take it, beside the name's other words.
    for i in capitalised:
        k = i + 1
        if k < size and joinable[i] and lows[i] in wild and not covered[k]:
            raw = raws[k]
            if raw[0].islower() and len(raw) >= 5 and raw.isalpha():
                candidates.append(k)
    if not candidates:
        return found
    candidates.sort()
    inside = _inside_spans(toks, blocked_spans)
    candidates = [i for i in candidates if not inside[i]]
    if not candidates:
        return found
    named = inside  # a place or a named actor is never part of a typo match
    for f in found:
        if f.hit.kind == "actor":
            named[f.first : f.last] = [True] * (f.last - f.first)
    extra = _fuzzy(lex, toks, candidates, named, country)
    if not extra:
        return found
    if len(extra) < 8:
        kept = [g for g in found
                if not any(f.first <= g.first and g.last <= f.last for f in extra)]
    else:
        # Many typo matches (a long text): a match lies inside one of them when the furthest
        # end among those starting at or before it reaches its end.
        spans = sorted((f.first, f.last) for f in extra)
        firsts = [first for first, _last in spans]
        reach = list(itertools.accumulate((last for _first, last in spans), max))
        kept = [g for g in found
                if not ((k := bisect_right(firsts, g.first)) and reach[k - 1] >= g.last)]
    return sorted([*kept, *extra], key=lambda f: f.first)


def _fuzzy(
    lex: Lexicon,
    toks: _Toks,
    candidates: list[int],
    blocked: list[bool],
    country: str | None,
) -> list[_Found]:
    found: list[_Found] = []
    n = len(toks)
    lows = toks.lows
    joinable = toks.joinable
    wild = lex.wild_tokens
    taken = -1  # last token index a typo match took
    for i in candidates:
        if i <= taken:
            continue
        raw = toks.raws[i]
        low = lows[i]
        best: _Found | None = None
        # A typo inside a longer name: the other tokens of the name match exactly, so the
        # window only spans neighbours that are joined to it and occur in some name.
        left = i
        while left > 0 and i - left < MAX_FUZZY_WINDOW - 1 and joinable[left - 1]:
            if lows[left - 1] not in wild or blocked[left - 1] or left - 1 <= taken:
                break
            left -= 1
        right = i
        while right < n - 1 and right - i < MAX_FUZZY_WINDOW - 1 and joinable[right]:
            if lows[right + 1] not in wild or blocked[right + 1]:
                break
            right += 1
        for size in range(min(MAX_FUZZY_WINDOW, right - left + 1), 1, -1):
            for first in range(max(left, i - size + 1), min(i, right - size + 1) + 1):
                last = first + size
                key = (*lows[first:i], "*", *lows[i + 1:last])
                for alias_tok, hit in lex.fuzzy_wild.get(key, ()):
                    if DamerauLevenshtein.distance(low, alias_tok) <= _fuzzy_limit(alias_tok):
                        if _allowed(lex, hit, country):
                            best = _Found(first, last, hit, score=0.8)
                            break
                if best:
                    break
            if best:
                break
        if best is None and _fuzzy_candidate(lex, raw, low):
            typo_of = _fuzzy_single(low, raw.isupper())
            if typo_of is not None and _allowed(lex, typo_of, country) \
                    and (not raw.isupper() or _in_theatre(lex, typo_of, country)):
                best = _Found(i, i + 1, typo_of, score=0.75)
        if best is not None:
            found.append(best)
            taken = best.last - 1
    return found


# --------------------------------------------------------------------------- resolution


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")


def _protesters_and_rioters(lex: Lexicon, text: str, toks: _Toks, found: list[_Found]) -> None:
    """Civilians-class subjects of a protest or riot verb ("journalists ... protested")
    are protesters or rioters, as ACLED codes them."""
    civilians = lex.generic_number.get("civilians")
    if not any(f.hit.kind == "generic" and f.hit.ref == civilians for f in found):
        return
    lows = toks.lows
    if lex.protest_words.isdisjoint(lows) and lex.riot_words.isdisjoint(lows):
        return
    for f in found:
        if f.hit.kind != "generic" or f.hit.ref != civilians:
            continue
        for k in range(f.last, len(lows)):
            if k > f.last and _SENTENCE_BREAK.search(text, toks.ends[k - 1], toks.starts[k]):
                break
            word = lows[k]
            kind = (
                "protesters" if word in lex.protest_words
                else "rioters" if word in lex.riot_words
                else None
            )
            if kind is not None:
                f.hit = _Hit("generic", lex.generic_number[kind], alias=f.hit.alias)
                break


_CLAN_WORD = re.compile(r"\bclan(?:s|sm[ae]n)?\b", re.IGNORECASE)


def _militia_word(lex: Lexicon, group: str, span: str) -> str:
    """ACLED's word for a group's militia: "Clan" for a clan ("Marehan militia", "Habar
    Gidir clan militiamen" are clan militias), else "Ethnic" ("Tiv militia")."""
    return "Clan" if group in lex.clans or _CLAN_WORD.search(span) else "Ethnic"


#: A compass word just before a name: "North Sinai province", "South Sinai province" are
#: divisions, whose names hold a group's branch ("Sinai Province") after the compass word.
_COMPASS_WORD_BEFORE = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|"
                                  r"Western|Upper|Lower|Central)[ \t-]+$")


def _to_mention(
    lex: Lexicon,
    text: str,
    toks: _Toks,
    found: _Found,
    context: str | None,
    when: date | None,
    offset: int = 0,
) -> ActorMention | None:
    start = toks.starts[found.first]
    end = toks.ends[found.last - 1]
    span = text[start:end]
    if "(" in span and ")" not in span and text[end:end + 1] == ")":
        end += 1  # the bracket a name opened: "CPI(M)", "NSCN (IM)"
        span = text[start:end]
    hit = found.hit
    if hit.kind == "as_written":
        # a name the list holds for other countries' groups: the group as the report
        # names it, of the report's country, no listed group's code
        kind = lex.actors[int(hit.ref)].kind
        return ActorMention(start + offset, end + offset, span, span, kind, context, span,
                            acled_inter(kind), generic=False, score=found.score)
    if hit.kind == "actor":
        if span[-8:].lower() == "province" and _COMPASS_WORD_BEFORE.search(
                text, max(0, start - 12), start):
            return None  # "North Sinai province": the division, not the group's branch
        entry = lex.actors[int(hit.ref)]
        if context in entry.by_country:
            entry = lex.by_name[entry.by_country[context]]
        return _entry_mention(entry, start + offset, end + offset, span, found.country,
                              context, when, found.score, found.modifier)
    if hit.kind == "ethnic":
        group = found.ethnic or str(hit.ref)
        place = country_acled_name(context)
        militia = f"{group} {_militia_word(lex, group, span)} Militia"
        acled: str | None = f"{militia} ({place})" if place else militia
        return ActorMention(
            start + offset, end + offset, span, militia, "identity_militia",
            context, acled, 4, generic=False, score=found.score, modifier=found.modifier,
        )
    if hit.kind == "state_head":
        generic = lex.generic_by_kind["military"]
    else:
        generic = lex.generics[int(hit.ref)]
    own = found.country or context
    if generic.branch:
        return _state_mention(
            lex, span, start + offset, end + offset, generic.branch, own, context, when, found,
            unit=generic.unit,
        )
    if found.country is not None and found.country != context and generic.kind == "rebel_group":
        own = found.country
    place = None if generic.placeless else country_acled_name(own)
    acled = _fill(generic.acled_name, own=own, context=own, when=when) or None
    name = f"{generic.name} ({place})" if place else generic.name
    return ActorMention(
        start + offset, end + offset, span, name, generic.kind, own, acled, generic.inter,
        generic=True, score=found.score, modifier=found.modifier,
    )


def _entry_mention(
    entry: ActorEntry,
    start: int,
    end: int,
    span: str,
    found_country: str | None,
    context: str | None,
    when: date | None,
    score: float = 1.0,
    modifier: str | None = None,
) -> ActorMention:
    """The mention of a named actor written ``span`` at ``start:end``."""
    own = entry.country or found_country
    kind, inter = entry.kind, entry.inter
    if kind in ("state_forces", "police") and own is not None and context is not None \
            and own != context:
        kind, inter = "external_force", 8
    acled = _fill(entry.acled_name, own=own, context=context, when=when) or None
    as_state = _named_as_its_state(entry)
    if as_state is not None and when is not None and when >= as_state[1]:
        # the Taliban in a report of 2022: named as the state's forces since they took
        # power, as ACLED names them from that day (the group, by its kind, still)
        own, inter = as_state[0], 1
        acled = governing_name(entry.name, "military", when=when)
    if entry.breaks_away is not None and when is not None and when >= entry.breaks_away[0]:
        # the RSF in a report of 2024: a group of its own since it went to war with the army
        _since, acled, kind, inter = entry.breaks_away
    country = own or (context if entry.acled_name and "{country}" in entry.acled_name else None)
    return ActorMention(
        start, end, span, entry.name, kind, country, acled, inter,
        generic=False, score=score, modifier=modifier, theatre=entry.operates_in,
    )


def parent_group(mention: ActorMention, *, context: str | None = None,
                 when: date | None = None) -> ActorMention | None:
    """The group a named formation belongs to (its ``part_of``), as a mention at the
    formation's own offsets: ACLED names the group as the actor and the formation as its
    associated actor. None for an actor that is part of no listed group."""
    lex = load_lexicon()
    entry = lex.by_name.get(mention.name)
    if entry is None or entry.part_of is None or mention.generic:
        return None
    parent = lex.by_name[entry.part_of]
    return _entry_mention(parent, mention.start, mention.end, mention.text, None,
                          context or mention.country, when, mention.score, mention.modifier)


def monitored_parties(mention: ActorMention, *, context: str | None = None,
                      when: date | None = None) -> tuple[ActorMention, ...]:
    """The conflict parties a monitoring mission observes (its ``parties``), as mentions at
    the mission's offsets; empty for any other actor."""
    lex = load_lexicon()
    entry = lex.by_name.get(mention.name)
    if entry is None or not entry.parties:
        return ()
    return tuple(_entry_mention(lex.by_name[name], mention.start, mention.end, mention.text,
                                None, context, when) for name in entry.parties)


@cache
def _gang_methods() -> tuple[re.Pattern[str], dict[str, str]]:
    gang = next(g for g in _read_json("actors.json")["generic"] if g["kind"] == "gang")
    words = "|".join(re.escape(w) for w in sorted(gang.get("methods", []), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b"), dict(gang.get("unattributed", {}))


def gang_style(lowered: str, start: int = 0, end: int | None = None,
               country: str | None = None) -> bool:
    """Whether ``lowered[start:end]`` (lower-cased text) tells an attack by a gang's method
    ("a drive-by shooting"), or, in a country where the cartels and gangs of the actor list
    operate (the gang class's ``signature_countries``), a killing by their signature ("a
    dismembered body", "a banner signed by the cartel")."""
    pattern = _gang_methods()[0]
    stop = len(lowered) if end is None else end
    # every match holds one of the methods' words: most texts hold none and skip the search,
    # which tries the pattern at every character (looked for in the span alone: a long text
    # asks once per event)
    if any(lowered.find(word, start, stop) >= 0 for word in _gang_method_words()) \
            and pattern.search(lowered, start, stop) is not None:
        return True
    countries, signatures, words = _gang_signatures()
    return country in countries \
        and any(lowered.find(word, start, stop) >= 0 for word in words) \
        and signatures.search(lowered, start, stop) is not None


@cache
def _gang_signatures() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
    """The countries where a killing's marks tell a gang's work, the marks (``signatures``
    of the gang class) as one pattern, and words one of which each mark holds."""
    gang = next(g for g in _read_json("actors.json")["generic"] if g["kind"] == "gang")
    marks = gang.get("signatures", [])
    words = "|".join(re.escape(w) for w in sorted(marks, key=len, reverse=True))
    return (frozenset(gang.get("signature_countries", [])), re.compile(rf"\b(?:{words})\b"),
            covering_words(marks))


@cache
def _gang_method_words() -> tuple[str, ...]:
    """Words one of which each method of :func:`_gang_methods` holds, as they are written
    ("gang" for "gang war" and "rival gangs"): seven looks, not one per method."""
    gang = next(g for g in _read_json("actors.json")["generic"] if g["kind"] == "gang")
    return covering_words(gang.get("methods", []))


@cache
def _gang_goods() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The goods a gang trades in (``goods`` of the gang class), and a pattern for them."""
    gang = next(g for g in _read_json("actors.json")["generic"] if g["kind"] == "gang")
    goods = tuple(gang.get("goods", []))
    words = "|".join(re.escape(w) for w in sorted(goods, key=len, reverse=True))
    return goods, re.compile(rf"\b(?:{words})\b")


def gang_goods(lowered: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``lowered[start:end]`` (lower-cased text) names goods whose trade is a gang's
    business ("two tonnes of cannabis", "smuggled cigarettes")."""
    pattern = _gang_goods()[1]
    stop = len(lowered) if end is None else end
    return any(lowered.find(word, start, stop) >= 0 for word in _gang_goods_words()) \
        and pattern.search(lowered, start, stop) is not None


@cache
def _gang_goods_words() -> tuple[str, ...]:
    """Words one of which each of the goods of :func:`_gang_goods` holds ("drug" for "drugs"
    and "drug lab")."""
    return covering_words(_gang_goods()[0])


def unattributed_gang(country: str | None) -> ActorMention | None:
    """The actor ACLED names for a gang-style attack whose authors go unnamed:
    ``Unidentified Gang (COUNTRY)``, or the country's own name for it where it has one."""
    gang = resolve_actor("gang", country=country)
    if gang is None:
        return None
    own = _gang_methods()[1].get(country or "")
    if own is None:
        return gang
    return replace(gang, name=own, acled_name=own)


def _state_mention(
    lex: Lexicon,
    span: str,
    start: int,
    end: int,
    branch: str,
    own: str | None,
    context: str | None,
    when: date | None,
    found: _Found,
    *,
    unit: str | None = None,
) -> ActorMention:
    named = lex.state_default.get((own, branch)) if own and not unit else None
    abroad = own is not None and context is not None and own != context
    kind = "external_force" if abroad else ("police" if branch == "police" else "state_forces")
    inter = 8 if abroad else 1
    label = "Police Forces" if branch == "police" else "Military Forces"
    if own is None:
        return ActorMention(
            start, end, span, label, kind, None, None, inter,
            generic=True, score=found.score, modifier=found.modifier,
        )
    acled = state_force_name(branch, own, when=when)
    facts = lex.countries.get(own)
    country_name = facts.name if facts else own
    article = "the " if facts is not None and facts.the else ""
    name = named.name if named else f"{label} of {article}{country_name}"
    if unit:
        # "prison guards": the unit of the country's police, "... (2015-) Prison Guards"
        acled, name = f"{acled} {unit}", f"{name} {unit}"
    return ActorMention(
        start, end, span, name, kind, own, acled, inter,
        generic=found.country is None, score=found.score, modifier=found.modifier,
    )


def _published(doc: Doc) -> date | None:
    try:
        return doc.published
    except ValueError:
        return None


def main_country(doc: Doc) -> str | None:
    """The document's main country: the most frequent among its resolved places, those of
    a dateline ("BEIRUT -": where the report was filed) only when there is no other."""
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    filed = range(int(line[0]), int(line[1])) if line else range(0)
    countries = [m.place.country for m in doc.places
                 if m.place is not None and m.start not in filed] or [
        m.place.country for m in doc.places if m.place is not None]
    if len(set(countries)) <= 1:
        return countries[0] if countries else None
    counts = Counter(countries)
    if len(doc.sentences) > 3:
        # An article's headline and lead say where it is: "Russian strike on Zaporizhzhia
        # kills 3" above a last paragraph on drones downed over Belgorod and Kursk.
        lead_end = doc.sentences[1][1]
        counts.update(m.place.country for m in doc.places
                      if m.place is not None and m.start < lead_end and m.start not in filed)
    return counts.most_common(1)[0][0]


def filed_from_hub(doc: Doc, country: str) -> bool:
    """Whether ``country`` comes to the document from its dateline alone, and the dateline
    is a capital: where foreign news bureaus sit and file their region's news from ("PARIS
    (AFP) - Gunmen killed 12 villagers ..." need not have happened in France)."""
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    if not line:
        return False
    filed = range(int(line[0]), int(line[1]))
    if any(m.place is not None and m.start not in filed for m in doc.places):
        return False
    return any(m.place is not None and m.place.country == country
               and is_capital(country, m.place.name) for m in doc.places)


#: A ministry telling of its own forces' strikes: "the Defence Ministry said its jets struck",
#: "the Ministry of Defence announced on Sunday that its aircraft hit".
_OWN_STRIKES_TOLD = re.compile(
    r"\s+(?:said|says|announced|reported|stated|claimed)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+\w+\s+|in\s+a\s+statement\s+|that\s+)*"
    r"(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:jets?|warplanes?|aircraft|planes?|air\s+force|drones?|bombers?|helicopters?|forces|"
    r"troops|units|artillery|navy|missiles?)\b")
_MINISTRY = re.compile(r"\bministry\b", re.IGNORECASE)
_TELLING_STATE = frozenset({"state_forces", "military", "police", "external_force"})


def _teller_country(doc: Doc, mentions: list[ActorMention], before: int) -> str | None:
    """The country of a ministry the text names without one: that of the one state whose
    forces the text named before it ("Turkish jets hit ... The Defence Ministry said"),
    else the outlet's ("TASS"), else that of a dateline filed from a capital ("ANKARA
    (Reuters) -"), where ministries sit. None when nothing tells."""
    named = {m.country for m in mentions if m.start < before and not m.generic
             and m.kind in _TELLING_STATE and m.country}
    if len(named) == 1:
        return next(iter(named))
    home = outlet_country(doc.document.source if doc.document is not None else None)
    if home is not None:
        return home
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    if line:
        filed = range(int(line[0]), int(line[1]))
        for m in doc.places:
            if m.start in filed and m.place is not None and is_capital(m.place.country,
                                                                        m.place.name):
                return m.place.country
    return None


def _ministry_telling_its_own_strikes(doc: Doc, mentions: list[ActorMention],
                                      when: date | None) -> list[ActorMention]:
    """A ministry named without its country that tells of its own forces' strikes ("The
    Defence Ministry said its jets struck ... in X") is not, for that, the army of the
    country the strikes fell in: it is the forces of the country the outlet, the dateline or
    a force named before tells of, else of no country the text gives."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if not m.generic or m.kind not in _TELLING_STATE or not _MINISTRY.search(m.text):
            continue
        told = _OWN_STRIKES_TOLD.match(doc.text, m.end)
        if told is None:
            continue
        country = _teller_country(doc, mentions, m.start)
        if country == m.country:
            continue
        for j, other in enumerate(mentions):
            if j != i and not (other.generic and other.kind in _TELLING_STATE
                               and m.end <= other.start < told.end()):
                continue
            again = _match_actors(other.text, _tokens(other.text), country=country, when=when,
                                  blocked_spans=())
            if again:
                out[j] = replace(again[0], start=other.start, end=other.end, text=other.text)
    return out


def _dateline_end(doc: Doc) -> int:
    line = doc.document.metadata.get("dateline_span") if doc.document is not None else None
    return int(line[1]) if line else 0


def _names_country(text: str, toks: _Toks, country: str, start: int) -> bool:
    """Whether ``text`` (whose tokens are ``toks``) from ``start`` on names ``country`` or
    its people ("Malian")."""
    lex = load_lexicon()
    for i in range(bisect_left(toks.starts, start), len(toks)):
        if toks.raws[i] not in lex.first_cs and toks.lows[i] not in lex.first_ci:
            continue
        for _end, hit in _matches_at(lex, text, toks, i):
            if hit.kind == "country" and country in str(hit.ref).split(_SHARED_COUNTRY):
                return True
    return False


def match_actors(
    text: str,
    *,
    country: str | None = None,
    when: date | None = None,
    blocked_spans: Iterable[tuple[int, int]] = (),
    fuzzy: bool = True,
) -> list[ActorMention]:
    """Find the actors named in ``text``; generic classes take ``country``."""
    return _match_actors(text, _tokens(text), country=country, when=when,
                         blocked_spans=blocked_spans, fuzzy=fuzzy)


def _match_actors(
    text: str,
    toks: _Toks,
    *,
    country: str | None,
    when: date | None,
    blocked_spans: Iterable[tuple[int, int]],
    fuzzy: bool = True,
    branches: bool = True,
) -> list[ActorMention]:
    """:func:`match_actors` with the tokens of ``text`` already found: a document read
    for a second country is not tokenised again."""
    lex = load_lexicon()
    if not len(toks):
        return []
    found = _scan(lex, text, toks, country)
    if fuzzy:
        found = _with_typos(lex, text, toks, found, country, blocked_spans)
    _protesters_and_rioters(lex, text, toks, found)
    mentions: list[ActorMention] = []
    for f in found:
        mention = _to_mention(lex, text, toks, f, country, when)
        if mention is not None:
            mentions.append(mention)
    if "so-called" in text or "group" in text:
        mentions = _groups_named_in_passing(text, mentions, country)
    if "group" in text or "Group" in text:
        mentions = _groups_named_after_a_person(text, mentions, country, blocked_spans)
    if "against" in text:
        mentions = _groups_struck_by_name(text, mentions, country, blocked_spans)
    if "Ministry" in text:
        mentions = [_office_named_after(text, m) for m in mentions]
    if branches and _REGIONAL_SUFFIX.search(text):
        mentions = [_regional_branch(text, m) for m in mentions]
    if any(m.name in lex.governing for m in mentions):
        mentions = _institutions_of_a_governing_group(text, mentions, when)
    return _members_of_named_groups(text, mentions)


#: Between a governing group's name and a force it runs: "Houthi police", "the Houthi-run
#: police", "Taliban-led security forces".
RUN_BY_GAP = re.compile(r"[\s-]*(?:(?:run|led|controlled|appointed)\s+)?")
#: The years of a dated state force's name: "Police Forces of Yemen (2016-)".
DATED = re.compile(r" \(\d{4}-\)")


def _institutions_of_a_governing_group(text: str, mentions: list[ActorMention],
                                       when: date | None) -> list[ActorMention]:
    """A state's force named after a group that holds the state's power ("Houthi police",
    "Taliban security forces" in 2022) is that group's force, one actor: the Houthis'
    police are "Police Forces of Yemen (2016-) Supreme Political Council", not the
    recognised government's police beside the Houthis."""
    kept: list[ActorMention] = []
    skip = False
    for k, mention in enumerate(mentions):
        if skip:
            skip = False
            continue
        force = mentions[k + 1] if k + 1 < len(mentions) else None
        entry = load_lexicon().by_name.get(mention.name)
        if (force is None or entry is None or entry.governs is None
                or force.kind not in ("police", "state_forces")
                or force.country not in (entry.governs[0], None)
                or RUN_BY_GAP.fullmatch(text, mention.end, force.start) is None):
            kept.append(mention)
            continue
        branch = "police" if force.kind == "police" or "ecurity" in force.text else "military"
        name = governing_name(mention.name, branch, when=when)
        if name is None:
            kept.append(mention)
            continue
        kept.append(ActorMention(
            mention.start, force.end, text[mention.start:force.end],
            mention.name if branch == "military" and entry.inter == 1 else DATED.sub("", name),
            "police" if branch == "police" else "state_forces", entry.governs[0], name, 1,
            generic=False, score=min(mention.score, force.score)))
        skip = True
    return kept


#: A word joined to a group's name that may name one of its regional branches: "ISIS-K",
#: "IS-Khorasan", "ISIL Sahel".
_REGIONAL_SUFFIX = re.compile(r"[A-Za-z][-\s](?P<region>[A-Z][a-z]*)\b(?P<more> [A-Z][a-z]+\b)?")


def _regional_branch(text: str, mention: ActorMention) -> ActorMention:
    """A group's mention widened to the regional branch the word joined to it names, where
    the actor list holds that branch: "IS-Khorasan" is the Khorasan Province, not the
    parent group."""
    if mention.generic or mention.modifier is not None:
        return mention
    suffix = _REGIONAL_SUFFIX.match(text, mention.end - 1)
    if suffix is None:
        return mention
    region, more = suffix.group("region"), suffix.group("more")
    # "IS West Africa": a region of two words before one of one
    tried = [(region, suffix.end("region"))]
    if more:
        tried.insert(0, (f"{region}{more}", suffix.end()))
    for written, end in tried:
        branch = _branch_named(mention.name, written)
        if branch is not None:
            return replace(branch, start=mention.start, end=end,
                           text=text[mention.start:end])
    return mention


@lru_cache(maxsize=1024)
def _branch_named(group: str, region: str) -> ActorMention | None:
    """The branch of ``group`` the actor list names after ``region``, if one."""
    lex = load_lexicon()
    if group not in lex.by_name:
        return None
    for phrase in (f"{group} {region}", f"{group} in {region}", f"{group} in the {region}",
                   f"{group} {region} Province"):
        found = _match_actors(phrase, _tokens(phrase), country=None, when=None,
                              blocked_spans=(), fuzzy=False, branches=False)
        if len(found) == 1 and found[0].name != group and found[0].start == 0 \
                and found[0].end == len(phrase):
            return found[0]
    return None


# "the Ministry of Peshmerga Affairs", "the Peshmerga Ministry": an office named after the
# force it runs, which tells of what others did as often as of what its force did
_OFFICE_OF_BEFORE = re.compile(r"\bMinistry\s+(?:of|for)\s+(?:the\s+)?$")
_OFFICE_OF_AFTER = re.compile(r"\s+Affairs\b")
_OFFICE_AFTER = re.compile(r"\s+Ministry\b")


def _office_named_after(text: str, mention: ActorMention) -> ActorMention:
    """A force's mention widened to the office whose name holds it, so that the office,
    saying or announcing, is read as a teller ("the Ministry of Peshmerga Affairs said"),
    as "the Ministry of Defence" is."""
    before = _OFFICE_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is not None:
        after = _OFFICE_OF_AFTER.match(text, mention.end)
        end = after.end() if after is not None else mention.end
        return replace(mention, start=before.start(), end=end,
                       text=text[before.start():end])
    after = _OFFICE_AFTER.match(text, mention.end)
    if after is not None and not _SPEAKING_OFFICE.search(mention.text):
        return replace(mention, end=after.end(), text=text[mention.start:after.end()])
    return mention


# "leader of the so-called 'Ansar al-Tawhid' group", "the terrorist 'Liwa al-Haqq' group":
# a group the actor list does not know, named by the text as one.
_GROUP_NAMED_IN_PASSING = re.compile(
    r"\b(?:so-called\s+[\"“']?|[\"“'](?=[A-Z]))"
    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|al|wal|wa|ul|ud|ad|of|el-[\w'’-]+)){0,5})"
    r"[\"”']?\s+(?:terrorist\s+|armed\s+|militant\s+)?"
    r"(?:group|brigades?|battalions?|movement|front|organi[sz]ation|faction|militia|gang)\b")


def _groups_named_in_passing(text: str, mentions: list[ActorMention],
                             country: str | None) -> list[ActorMention]:
    """Add the groups a text names as such ("the so-called 'X' group") that no listed actor
    covers: an armed group of its own, not the country's unidentified gunmen."""
    return _groups_named_by(_GROUP_NAMED_IN_PASSING, text, mentions, country, ())


#: "The first airstrike, against the Harakat Example group, near ...": the name a strike
#: or raid is told against, in capitals, is the side struck, whether the actor list knows
#: it or not.
_GROUP_STRUCK_BY_NAME = re.compile(
    r"\b(?:air\s*|drone\s*)?(?:strikes?|raids?),?\s+against\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|al|wal|wa|ul|ud|ad|el-[\w'’-]+)){0,5})"
    r"(?=\s+(?:terrorist\s+|armed\s+|militant\s+)?(?:group|network|movement|front|"
    r"organi[sz]ation|faction|militia|cell)\b|\s*[,.;])")


def _groups_struck_by_name(text: str, mentions: list[ActorMention], country: str | None,
                           blocked: Iterable[tuple[int, int]]) -> list[ActorMention]:
    """Add the group a strike is told against by a name no listed actor or place covers:
    an armed group of its own, never the teller of the strike."""
    return _groups_named_by(_GROUP_STRUCK_BY_NAME, text, mentions, country, blocked)


def _groups_named_by(pattern: re.Pattern[str], text: str, mentions: list[ActorMention],
                     country: str | None,
                     blocked: Iterable[tuple[int, int]]) -> list[ActorMention]:
    """Add, as an armed group of its own, each name ``pattern`` reads (its first group)
    that no listed actor nor ``blocked`` span covers."""
    taken = [*((a.start, a.end) for a in mentions), *blocked]
    added: list[ActorMention] = []
    for m in pattern.finditer(text):
        start, end = m.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        name = m.group(1)
        added.append(ActorMention(start, end, name, name, "rebel_group", country, name,
                                  acled_inter("rebel_group"), generic=False))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda a: a.start)


#: Armed men told by the man they follow: "fighters loyal to warlord X", "militiamen loyal
#: to former governor X", "gunmen loyal to commander X Y".
_LOYAL_TO_A_PERSON = re.compile(
    r"\b(?:fighters|gunmen|militiamen|militias?|forces|troops|men|loyalists|guards|"
    r"bodyguards|elements|armed\s+men)\s+(?:still\s+|fiercely\s+)?loyal\s+to\s+(?:the\s+)?"
    r"(?P<title>(?:(?:former|ex-|renegade|rebel|militia|local|powerful|notorious|jailed|"
    r"slain|late|self-styled|dissident|tribal|clan|army|police|district|provincial)\s+)*"
    r"(?:warlord|commander|general|gen\.|colonel|col\.|chief|leader|governor|strongman|"
    r"cleric|sheikh|shaykh|politician|lawmaker|elder|minister|president|vice-president|"
    r"mayor|senator|mp)\s+)?"
    r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|al-[\w'’-]+|bin|ibn|ould|"
    r"wa|ul|ud)){0,4})", re.IGNORECASE)
#: Titles of the heads of a state: forces loyal to one are the state's, unless he is former.
_HEAD_OF_STATE = re.compile(r"\b(?:president|vice-president|minister)\s*$", re.IGNORECASE)


def _militias_loyal_to_a_person(text: str, mentions: list[ActorMention],
                                country: str | None,
                                blocked: Sequence[tuple[int, int]]) -> list[ActorMention]:
    """Armed men told as loyal to a man the actor list does not know ("fighters loyal to
    warlord X") are his militia, "X Militia", as ACLED names a militia by its leader: not
    the country's unidentified gunmen. A man the list knows (a group's leader) is left to
    name his group; a place, a state or a group is no person."""
    out = list(mentions)
    added = False
    for found in _LOYAL_TO_A_PERSON.finditer(text):
        start, end = found.span("name")
        title = found.group("title") or ""
        if _HEAD_OF_STATE.search(title) and not re.search(r"\b(?:former|ex-|late)\b", title,
                                                         re.IGNORECASE):
            continue
        words = found.group("name").split()
        if not title and len(words) < 2:
            continue  # "fighters loyal to Damascus": one word, no title, may be a place
        if any(s < end and start < e for s, e in blocked) or any(
                m.start < end and start < m.end for m in mentions):
            continue
        name = found.group("name")
        militia = ActorMention(found.start(), end, text[found.start():end], f"{name} Militia",
                               "political_militia", country, f"{name} Militia",
                               acled_inter("political_militia"), generic=False)
        out = [m for m in out if not (m.generic and found.start() <= m.start < end)]
        out.append(militia)
        added = True
    return sorted(out, key=lambda a: a.start) if added else mentions


#: A group named after a man: "the Sher Zaman group", "the Wali Ahmad Khan Group".
_GROUP_AFTER_A_PERSON = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})\s+[Gg]roup\b"
    r"(?!\s+of\s+(?:companies|experts|states|countries|friends|seven|twenty))")
#: Words of the names of bodies that are no armed group ("the International Crisis Group",
#: "the Contact Group") or of groups the actor list names by their cause, not by a man.
_NOT_A_MANS_NAME = frozenset({
    "international", "crisis", "working", "contact", "study", "research", "rights",
    "advisory", "media", "holding", "holdings", "industries", "financial", "investment",
    "energy", "world", "bank", "islamic", "national", "democratic", "popular",
    "revolutionary", "liberation", "patriotic", "front", "army", "movement", "party",
    "council", "union", "state", "states", "republic", "united", "group", "brigade",
    "battalion", "force", "forces", "company", "corporation", "press", "news",
    # who a body of people are or what they stand for, not whom they follow
    "indigenous", "ethnic", "tribal", "socialist", "communist", "labour", "labor", "workers",
    "students", "student", "women", "youth", "farmers", "peasants", "civil", "society",
    "citizens", "human", "peace", "green", "liberal", "conservative", "christian", "muslim",
    "catholic", "evangelical", "jewish", "feminist", "environmental", "teachers", "veterans",
    "community", "civic", "action", "solidarity", "resistance", "defence", "defense",
    "self-defence", "self-defense", "vigilance", "citizen", "people", "peoples", "social",
    "civilian", "religious", "opposition", "reform", "justice", "freedom", "independent",
    # a unit's task ("the Special Operations Group", "a Rapid Response Group")
    "special", "operations", "operation", "task", "joint", "tactical", "response", "rapid",
    "intervention", "support", "security", "emirate"})


def _groups_named_after_a_person(text: str, mentions: list[ActorMention],
                                 country: str | None,
                                 blocked: Iterable[tuple[int, int]]) -> list[ActorMention]:
    """A group the text names after a man ("the Sher Zaman group") that the actor list does
    not know is an armed group of that name, "Sher Zaman Group", not an unknown actor. A
    name with a place, a listed actor or a word of a body's name in it is left alone."""
    added: list[ActorMention] = []
    blocked = list(blocked)
    for found in _GROUP_AFTER_A_PERSON.finditer(text):
        start, end = found.start("name"), found.end()
        if any(w.casefold() in _NOT_A_MANS_NAME for w in found.group("name").split()):
            continue
        if any(s < end and start < e for s, e in blocked) or any(
                m.start < end and start < m.end and not m.generic for m in mentions):
            continue
        name = f"{found.group('name')} Group"
        added.append(ActorMention(start, end, text[start:end], name, "rebel_group", country,
                                  name, acled_inter("rebel_group"), generic=False))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda a: a.start)


#: Kinds of the armed groups that have names of their own (not states, not classes).
NAMED_GROUP_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})
# "terrorists from ISIS remnants", "fighters of the Islamic State", "militants belonging to
# Al Shabaab": a class of people said to be members of a named group.
MEMBER_OF = re.compile(r"\s+(?:from|of|belonging\s+to|affiliated\s+(?:with|to)|loyal\s+to)\s+"
                       r"(?:the\s+)?(?:(?:remnants|remains|ranks|cells?)\s+of\s+(?:the\s+)?)?",
                       re.IGNORECASE)
# "from the 33rd Front of the", "of the Eastern Bloc of": a unit of the group named next
_OF_A_FORMATION = re.compile(
    r"\s+(?:from|of|belonging\s+to)\s+(?:the\s+|a\s+|its\s+)?(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'-]*)"
    r"\s+){1,3}(?:Front|Battalion|Brigade|Bloc|Column|Company|Regiment|Division|Unit|Wing|"
    r"Faction|Cell)\s+of\s+(?:the\s+)?")
# "7 persons suspected of belonging to ISIS", "men accused of being members of Boko Haram",
# "suspects believed to be linked to Al Shabaab": people said to be of a named group.
SUSPECTED_OF = re.compile(
    r",?\s+(?:(?:suspected|accused|believed)\s+(?:of\s+(?:being|belonging|having)|to\s+be)"
    r"(?:\s+(?:members?|affiliated|linked|loyal|part))?\s*(?:of|to|with)?|belonging\s+to)"
    r"\s+(?:the\s+)?", re.IGNORECASE)


#: Suffixes that make a group's name describe another group: "the al-Qaeda-linked Shabaab".
SPONSOR_MODIFIERS = frozenset({"linked", "affiliated", "allied", "aligned", "backed"})
#: Words before "persons", "men": people sought by the authorities, not bystanders.
_SOUGHT_BEFORE = frozenset({"wanted", "suspected", "accused", "alleged"})


def _members_of_named_groups(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Give a generic armed class, or people suspected of membership, the name of the
    group they are said to belong to."""
    out = list(mentions)
    for k, (mention, following) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if not (mention.generic and not following.generic
                and following.kind in NAMED_GROUP_KINDS):
            continue
        if following.modifier in SPONSOR_MODIFIERS and k + 2 < len(mentions) and (
                named := mentions[k + 2]).kind in NAMED_GROUP_KINDS and not named.generic \
                and not text[following.end:named.start].strip():
            # "a bomber affiliated with the al-Qaeda-linked Shabaab group": the group is the
            # one the sponsor's name describes, told right after it
            following = replace(named, start=following.start)
        # "the terrorist gangs of ISIS", as translated releases call it
        if (mention.kind in {"unidentified_armed_group", "gang", "rebel_group"}
                and following.start - mention.end <= 24
                and MEMBER_OF.fullmatch(text, mention.end, following.start) is not None) or (
                # "guerrillas from the 33rd Front of the FARC": men of a unit of the group
                mention.kind in {"unidentified_armed_group", "rebel_group"}
                and following.start - mention.end <= 60
                and _OF_A_FORMATION.fullmatch(text, mention.end, following.start) is not None
                ) or (
                mention.kind in {"unidentified_armed_group", "civilians"}
                and following.start - mention.end <= 60
                and SUSPECTED_OF.fullmatch(text, mention.end, following.start) is not None):
            out[k] = replace(mention, name=following.name, kind=following.kind,
                             acled_name=following.acled_name, inter=following.inter,
                             generic=False, theatre=following.theatre)
    for k, (mention, following) in enumerate(zip(mentions, mentions[1:], strict=False)):
        # "soldiers of the Sudan People's Liberation Army", "troops of the Somali National
        # Army": men of the named force, not of the country the report is about
        if (mention.generic and mention.kind in _FORCE_KINDS and not following.generic
                and following.kind in _FORCE_KINDS
                and following.start - mention.end <= 10
                and _OF_THE_FORCE.fullmatch(text, mention.end, following.start) is not None):
            out[k] = replace(mention, name=following.name, kind=following.kind,
                             country=following.country, acled_name=following.acled_name,
                             inter=following.inter, generic=False,
                             theatre=following.theatre)
    return out


#: Kinds of the forces a state runs, at home or abroad.
_FORCE_KINDS = frozenset({"state_forces", "police", "external_force"})
_OF_THE_FORCE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Described:
    """How reports introduce a group by description (``described_groups`` in actors.json)."""

    pattern: re.Pattern[str]
    kinds: dict[str, str]
    heads: frozenset[str]
    not_names: frozenset[str]
    not_last_words: frozenset[str]


@cache
def _described() -> _Described:
    data = _read_json("actors.json")["described_groups"]
    kinds: dict[str, str] = {**data["descriptors"], **data["armed_heads"]}
    # Each head not glued to a word or hyphen before it, told by a look-behind after the
    # head, not before: the pattern then opens with the heads' first letters, which a search
    # skips to, and is not tried at every character.
    heads = "|".join(rf"{re.escape(h)}(?<![\w-]{re.escape(h)})"
                     for h in (*data["heads"], *data["armed_heads"]))
    naming = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in data["naming"])
    word = r"[A-Z][A-Za-z0-9'’-]*"
    pattern = re.compile(
        rf"(?P<head>{heads})(?:\s*,?\s+(?P<naming>{naming})\s*,?)?"
        rf"\s+(?:the\s+)?(?P<name>{word}(?:\s+(?:(?:of|for|the|and|de|del|al|el)\s+)?{word})*)"
        r"(?!['’-]?\w)")
    return _Described(pattern, kinds, frozenset(data["armed_heads"]),
                      frozenset(data["not_names"]), frozenset(data["not_last_words"]))


_WORDS_BEFORE = re.compile(r"(?:([\w-]+)\s+)?(?:([\w-]+)\s+)?(?:([\w-]+)\s+)?$")
_DESCRIBED_HEADS = ("group", "organi", "movement", "faction", "outfit", "network", "front",
                    "cell", "militant", "rebels", "insurgents", "guer", "jihadists", "militia")


# One person told armed or at the deed of an armed man: "a man armed with a rifle", "a
# woman, 41, wielding a knife", "a man who opened fire", "a teenager carrying two pistols",
# "a man with a shotgun" (not "a man with a knife wound")
ARMED_PERSON = re.compile(
    r"\s*,?\s*(?:(?:aged\s+)?\d{1,2}(?:-year-old)?\s*,\s*)?(?:who\s+(?:was|had\s+been|is)\s+)?"
    r"(?:(?:heavily\s+)?armed\s+with|wielding|brandishing|(?:carrying|holding|with)\s+(?:an?\s+|"
    r"two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:guns?|rifles?|pistols?|handguns?|"
    r"shotguns?|knife|knives|machetes?|axe|explosives?|bombs?|grenades?|weapons?|firearms?)\b"
    r"(?!\s+(?:wounds?|injur|attack|blast))|"
    r"(?:who\s+(?:had\s+)?)?(?:opened|opens|open)\s+fire|went\s+on\s+a\s+(?:shooting|stabbing|"
    r"killing)\s+(?:spree|rampage))", re.IGNORECASE)
# One person told by age, by "suspect" or by name, before what makes him armed ("a
# 19-year-old man identified as John Roe opened fire", "the suspect, 34, armed with a
# shotgun"): the text to ARMED_PERSON's start
_PERSON_DESCRIBED = re.compile(
    r"\b(?:(?i:an?|the)\s+(?:(?i:\d{1,2}-year-old|lone|young|elderly|old|middle-aged|teenage|"
    r"masked|unidentified|unknown|suspected|alleged)\s+)*|(?i:unidentified|unknown|masked)\s+)"
    r"(?i:man|woman|boy|girl|youth|teenager|suspect|individual|person)\b"
    r"(?:,?\s+(?i:identified|named)\s+(?i:as)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3},?)?"
    # "two men on a motorcycle opened fire", "men in a car": men told by how they came
    r"|\b(?:(?i:two|three|four|five|several|some|the)\s+)?(?i:men|youths)"
    r"(?=\s+(?i:on|in|riding)\s+(?i:an?|two|their)\s+[\w-]+\s+(?i:opened|open|fired)\s)"
    r"(?:\s+(?i:on|in|riding)\s+(?i:an?|two|their)\s+[\w-]+)"
    # "two men hurled a grenade", "three youths stabbed a guard": men told by their deed
    r"|\b(?i:two|three|four|five|several|some)\s+(?i:men|youths)\b(?=\s+(?i:hurled|threw|"
    r"lobbed|tossed|stabbed|shot|attacked|hacked|gunned|killed)\s)")
# What one person told by no name did that makes him the attacker: "a man hurled a grenade
# at a police post", "two men shot dead a guard", "a youth stabbed a trader" (not "a man
# shot dead on Monday", "a man stabbed to death in his home": the one struck)
_PERSON_DEED = re.compile(
    r"\s*,?\s*(?:(?:aged\s+)?\d{1,2}(?:-year-old)?\s*,\s*)?(?:who\s+)?(?:"
    r"(?:hurled|threw|lobbed|tossed)\s+(?:an?\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:grenades?|bombs?|explosives?|explosive\s+devices?)\b|"
    r"(?:shot(?:\s+dead|\s+and\s+killed)?|stabbed|hacked|attacked|gunned\s+down|killed)\s+"
    r"(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+|his|her|their)\s|"
    # "a man who attacked staff at a job centre": people told by a plural with no article
    r"(?:staff|people|workers|employees|colleagues|customers|shoppers|passers-by|worshippers|"
    r"students|pupils|children|neighbou?rs|villagers|residents|guards|officers)\b))",
    re.IGNORECASE)


# The passive's agent: "a constable was shot by a man sought for robbery", "a guard was
# stabbed by a youth": the one person who struck (the verbs of _DEED_WORD_LIST)
_AGENT_OF_THE_DEED = re.compile(
    r"\b(?:shot(?:\s+dead)?|stabbed(?:\s+to\s+death)?|hacked(?:\s+to\s+death)?|attacked|"
    r"gunned\s+down|killed)\s+by\s+$", re.IGNORECASE)

# A verb whose object the person is: "police shot dead a man armed with ...", "arrested
# a woman carrying explosives"
_TAKEN_BEFORE = re.compile(
    r"\b(?:shot(?:\s+dead)?|killed|arrested|detained|apprehended|neutrali[sz]ed|tackled|"
    r"overpowered|wounded|injured|caught|captured|disarmed|stopped|confronted|held|found|"
    r"saw|spotted|chased)\s+$", re.IGNORECASE)

#: The words one of which, in any case, a report telling an armed person holds.
_ARMED_WORD_LIST = ("armed", "wield", "brandish", "carrying", "holding", "fire", "spree",
                    "rampage")
#: The weapons one of which "a man with a rifle" names.
_WEAPON_WORD_LIST = ("gun", "rifle", "pistol", "knife", "knive", "machete", "axe",
                     "explosive", "bomb", "grenade", "weapon", "firearm")
#: The deeds one of which a report telling a person by his deed holds ("a man hurled").
_DEED_WORD_LIST = ("hurled", "threw", "lobbed", "tossed", "stabbed", "shot", "attacked",
                   "hacked", "gunned", "killed")
#: The persons one of which it names.
_PERSON_WORD_LIST = ("man ", "men ", "youth", "woman ", "boy ", "girl ", "teenager", "suspect",
                     "individual", "person ")
_ARMED_WORDS = re.compile(r"(?i:armed|wield|brandish|carrying|holding|fire|spree|rampage|"
                          r"with\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:gun|rifle|pistol|handgun|shotgun|kni[fv]e|machete|axe|explosive|"
                          r"bomb|grenade|weapon|firearm))")


def _may_tell_armed(text: str) -> bool:
    """Whether ``text`` tells an armed person in the words ``_ARMED_WORDS`` reads: on ASCII
    text a look for each word in the lower-cased text first, which settles most texts
    without trying the case-blind pattern at every character."""
    if text.isascii():
        lowered = text.lower()
        if any(word in lowered for word in _ARMED_WORD_LIST):
            return True
        if any(word in lowered for word in _PERSON_WORD_LIST) \
                and any(word in lowered for word in _DEED_WORD_LIST):
            return True  # "a man hurled a grenade": told by his deed
        if not any(word in lowered for word in _WEAPON_WORD_LIST):
            return False
    return _ARMED_WORDS.search(text) is not None or any(
        word in text.lower() for word in _DEED_WORD_LIST)


#: The nouns one of which, as a whole word in some case, every match of _PERSON_DESCRIBED
#: holds ("a man", "the suspect", "two youths").
_PERSON_NOUN = re.compile(
    r"\b(?:man|woman|boy|girl|youths?|teenager|suspect|individual|person|men)\b")


def _may_describe_a_person(text: str) -> bool:
    """Whether ``_PERSON_DESCRIBED`` may match in ``text``: on ASCII text a look for one of
    its nouns as a word in the lower-cased text, which settles most reports (a search of the pattern
    itself tries its case-blind words at every word start)."""
    if not text.isascii():
        return True
    return _PERSON_NOUN.search(text.lower()) is not None


def _armed_persons(text: str, mentions: list[ActorMention],
                   country: str | None) -> list[ActorMention]:
    """One person the report tells armed or at an armed man's deed, by words the actor list
    does not hold ("a 19-year-old man identified as John Roe opened fire", "the suspect,
    armed with a rifle"): an unnamed armed actor, as ACLED codes a lone attacker. A
    mention of the same words ("a man") gives way to it."""
    added: list[ActorMention] = []
    armed: ActorMention | None = None
    for match in _PERSON_DESCRIBED.finditer(text):
        start, end = match.span()
        if not (ARMED_PERSON.match(text, end) or _PERSON_DEED.match(text, end)
                or _AGENT_OF_THE_DEED.search(text, max(0, start - 40), start)) \
                or _TAKEN_BEFORE.search(text, max(0, start - 40), start):
            continue  # "police shot dead a man armed with a knife": who was struck
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(not m.generic or m.start < start or m.end > end for m in inside):
            continue  # a name the list knows, or a longer phrase of the list
        armed = armed or resolve_actor("assailants", country=country)
        if armed is None:
            return mentions
        added.append(replace(armed, start=start, end=end, text=text[start:end].rstrip(", ")))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _may_describe_a_group(text: str) -> bool:
    return any(head in text for head in _DESCRIBED_HEADS)


def _described_groups(text: str, mentions: list[ActorMention], country: str | None,
                       blocked: Sequence[tuple[int, int]]) -> list[ActorMention]:
    """Groups the report introduces by description, not by a name the actor list knows:
    "the armed Basque separatist group ETA", "a little-known group calling itself the Free
    Mountain Front"; the name, and each later use of it, is a named non-state actor of the
    kind the description says (separatist, rebel, militant: a rebel group; paramilitary: a
    political militia)."""
    described = _described()
    taken = SpanSet([*((m.start, m.end) for m in mentions), *blocked])
    found: dict[str, str] = {}
    added: list[ActorMention] = []
    for match in described.pattern.finditer(text):
        name_start, name_end = match.span("name")
        name = match.group("name")
        first = name.split()[0]
        if first in described.not_names or name in described.not_names or len(name) < 2 \
                or name.split()[-1] in described.not_last_words:
            continue
        if taken.overlaps(name_start, name_end):
            continue  # a name the actor list or the gazetteer knows
        head = match.group("head")
        words = _WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        before: list[str] = [str(w).lower() for w in (words.groups() if words else ()) if w]
        kind = described.kinds.get(head) or next(
            (described.kinds[w] for w in reversed(before) if w in described.kinds), None)
        if kind is None and match.group("naming"):
            kind = "rebel_group"  # "a group calling itself ...": a claim of violence
        if kind is None:
            continue
        found.setdefault(name, kind)
        start = match.start() if head not in described.heads else name_start
        for w in before:
            # span the description: "the armed Basque separatist group ETA"
            at = text.rfind(w, max(0, match.start() - 60), match.start())
            if w in described.kinds and at >= 0:
                start = min(start, at)
                break
        added.append(_named_group(text, start, name_end, name, found[name], country))
        taken.add(start, name_end)
    if not found:
        return mentions
    for name, kind in found.items():
        for again in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            s, e = again.span()
            if not taken.overlaps(s, e):
                added.append(_named_group(text, s, e, name, kind, country))
                taken.add(s, e)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


@dataclass(frozen=True, slots=True)
class _ByDeed:
    """How reports name a group by its deeds (``groups_by_deed`` in actors.json)."""

    armed_words: frozenset[str]
    force_words: frozenset[str]
    deed_words: frozenset[str]  # armed_words, force_words and claim_words
    not_words: frozenset[str]
    not_first: frozenset[str]


_DEED_WORD = r"(?:(?:al|el|ul|ud|ad|e|i)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
_DEED_JOINER = r"(?:of|the|for|and|de|del|la|le|des|du|al|el|ul|wa|wal|e|i|toward|towards)"
_DEED_NAME = (rf"(?P<name>{_DEED_WORD}(?:[ \t]+(?:{_DEED_JOINER}[ \t]+)*{_DEED_WORD}){{0,7}})"
              r"(?:[ \t]*\((?P<abbr>[A-Z][A-Za-z]*(?:-[A-Za-z]+)*)\))?")
_DEED_NAME_AT = re.compile(_DEED_NAME)
# Words of a deed told before the name: "militants of", "suspected members of", "blamed
# the attack on"; "members of" alone (``weak``) asks more of the name.
_DEED_BEFORE = re.compile(
    r"(?:(?P<weak>members?\s+(?:of|from))|suspected\s+(?:members?|militants?|cadres?|"
    r"fighters?|rebels?|guerrillas?|insurgents?)\s+(?:of|from)|(?:militants?|cadres?|"
    r"fighters?|rebels?|guerrillas?|insurgents?|gunmen|operatives?)\s+(?:of|from|belonging"
    r"\s+to)|(?:pamphlets|posters|leaflets|literature|statement|letter|"
    r"spokes(?:man|person|woman))\s+(?:of|from|for)|(?:blamed|attributed)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:on|to)|"
    # "20 men calling themselves the X", "members of a group called the X"
    r"(?:calling|called)\s+(?:themselves|itself)|group\s+(?:called|calling\s+itself|known\s+as)|"
    # "the men said they belonged to the X", "claiming to belong to the X"
    r"(?:said|claimed|stated)\s+(?:that\s+)?they\s+(?:belonged|belong)\s+to|"
    r"(?:claimed|claiming|claim)\s+to\s+belong\s+to)"
    r"\s+(?:the\s+)?", re.IGNORECASE)
# Words of a deed told after the name, found first, the name then sought right before them:
# "X (ABBR) later claimed responsibility", "X was believed to be responsible", "X militants".
_DEED_AFTER = re.compile(r"(?:(?P<claim>responsibility)|(?P<held>responsible|behind|involved)|"
                         r"(?P<suspected>suspected(?=\s*(?:[.;,]|$)|\s+(?:of|in)\s))|"
                         r"(?:militants|cadres|rebels|guerrillas|insurgents|fighters))\b")
_NAME_CLAIMED = re.compile(
    r"(?<![\w'’-])" + _DEED_NAME + r"\s*,?\s*(?:(?:later|also|has|had|have|reportedly|"
    r"subsequently|then)\s+)*(?:claimed|claiming|accepted|admitted|acknowledged|took)\s+"
    r"(?:the\s+)?$")
# "X was believed to be responsible", "officials report that X is responsible"
_NAME_HELD = re.compile(
    r"(?<![\w'’-])" + _DEED_NAME + r"\s+(?:was|were|is|are)\s+(?:(?:thought|suspected|believed|"
    r"held)\s+(?:to\s+(?:be|have\s+been)\s+)?)?$")
# "No group claimed responsibility, but X was suspected", "X is suspected of the attack"
_NAME_SUSPECTED = re.compile(
    r"(?<![\w'’-])" + _DEED_NAME + r"\s+(?:was|were|is|are)\s+(?:also\s+|widely\s+)?$")
_NAME_OF_FIGHTERS = re.compile(r"(?<![\w'’-])" + _DEED_NAME + r"\s+$")
# A name and its abbreviation ending right before an appositive that says what it is:
# "the Sinjar Resistance Units (YBS), a Yazidi militia formed in 2014"
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?<![\w'’-])" + _DEED_NAME + r"$")


@cache
def _by_deed() -> _ByDeed:
    data = _read_json("actors.json")
    deed = data["groups_by_deed"]
    armed, force = frozenset(deed["armed_words"]), frozenset(deed["force_words"])
    return _ByDeed(armed, force, armed | force | frozenset(deed["claim_words"]),
                   frozenset(deed["not_words"]), frozenset(data["described_groups"]["not_names"]))


# The first words of _DEED_BEFORE's cues and the words _DEED_AFTER looks for: found with
# str.find, each then matched where it stands (a scan of the whole text by the patterns
# would cost more than the rest of the stage).
_DEED_BEFORE_HEADS = ("member", "suspected", "militant", "cadre", "fighter", "rebel",
                      "guerrilla", "insurgent", "gunmen", "operative", "pamphlets", "posters",
                      "leaflets", "literature", "statement", "letter", "spokes", "blamed",
                      "attributed", "calling", "called", "said", "claim", "stated", "group")
_DEED_AFTER_WORDS = ("responsib", "behind", "involved", "suspected", "militants", "cadres",
                     "rebels", "guerrillas", "insurgents", "fighters")


def _starts_of(lowered: str, word: str) -> Iterator[int]:
    """Where ``word`` starts a word of ``lowered``."""
    at = lowered.find(word)
    while at >= 0:
        if at == 0 or not lowered[at - 1].isalnum():
            yield at
        at = lowered.find(word, at + 1)


def _deed_names(text: str, lowered: str) -> Iterator[tuple[re.Match[str], bool]]:
    """The names told with a deed, each with whether the deed was only "members of"."""
    for head in [h for h in _DEED_BEFORE_HEADS if h in lowered]:
        for at in _starts_of(lowered, head):
            cue = _DEED_BEFORE.match(text, at)
            if cue is None:
                continue
            name = _DEED_NAME_AT.match(text, cue.end())
            if name is not None:
                yield name, cue.group("weak") is not None
    for word in [w for w in _DEED_AFTER_WORDS if w in lowered]:
        for at in _starts_of(lowered, word):
            cue = _DEED_AFTER.match(text, at)
            if cue is None:
                continue
            held = cue.group("held") or cue.group("suspected")
            if not cue.group("claim"):
                # a name ends right before "militants", "responsible": a capitalised word
                # or an abbreviation's bracket
                before = text.rfind(" ", 0, max(0, at - 1))
                word = text[before + 1:at].strip()
                if not word or not (word[0].isupper() or word.endswith(")")) and not held:
                    continue
            pattern = (_NAME_CLAIMED if cue.group("claim") else _NAME_HELD if cue.group("held")
                       else _NAME_SUSPECTED if cue.group("suspected") else _NAME_OF_FIGHTERS)
            name = pattern.search(text, max(0, at - 160), at)
            if name is not None:
                yield name, False
    for at in _starts_of_appositives(text):
        name = _NAME_BEFORE_APPOSITIVE.search(text, max(0, at - 160), at)
        if name is not None and name.group("abbr"):
            yield name, False


def _starts_of_appositives(text: str) -> Iterator[int]:
    """Where a bracketed abbreviation closes before an appositive that describes an armed
    body ("(YBS), a Yazidi militia", "(KRA), an armed separatist group"): the group is named
    by its full name and initials, whatever language the initials are of."""
    at = text.find("), a")
    while at >= 0:
        if appositive_kind(text, at + 1) is not None:
            yield at + 1
        at = text.find("), a", at + 1)


@cache
def _armed_appositive() -> tuple[re.Pattern[str], dict[str, str]]:
    """The appositive of an armed body (", a Yazidi militia", ", an armed separatist
    group"), of the descriptor and head words of ``described_groups``, and the kind of
    actor each word of it says."""
    data = _read_json("actors.json")["described_groups"]
    kinds: dict[str, str] = {**data["descriptors"], **data["armed_heads"]}
    armed = "|".join(re.escape(w) for w in kinds)
    heads = "|".join(re.escape(h) for h in data["heads"])
    pattern = re.compile(
        rf",\s+an?\s+(?P<words>(?:[\w'’-]+\s+){{0,3}}?)"
        rf"(?P<head>(?:{armed})(?:\s+(?:{heads}))?)(?![\w-])", re.IGNORECASE)
    return pattern, kinds


def appositive_kind(text: str, at: int) -> str | None:
    """The kind of armed body the appositive at ``at`` says a name is (", a Yazidi
    militia": a political militia; ", a separatist group": a rebel group), or None where
    none is told there."""
    pattern, kinds = _armed_appositive()
    told = pattern.match(text, at)
    if told is None:
        return None
    return kinds.get(told.group("head").split()[0].lower())


def _groups_by_deed(text: str, mentions: list[ActorMention], country: str | None,
                    blocked: Sequence[tuple[int, int]]) -> list[ActorMention]:
    """Groups the actor list does not know, named by what the report says they did or are
    held to have done: "the Sindhu Liberation Front (SLF) claimed responsibility",
    "suspected members of the Kumpulan Merah", "militants of the Hill Tiger Army". Each,
    and each later use of its name or abbreviation, is a named rebel group."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return mentions  # (offsets of the lowered text would not be the text's)
    deed = _by_deed()
    found: dict[str, tuple[str, str | None]] = {}  # name -> (ACLED name, abbreviation)
    spans: list[tuple[int, int, str]] = []
    named = [(m.start, m.end) for m in mentions if not m.generic]
    for match, weak in _deed_names(text, lowered):
        start, end = match.span("name")
        abbr = match.group("abbr")
        words = (deed.deed_words if not weak else
                 deed.armed_words | deed.force_words if abbr else deed.armed_words)
        name = match.group("name")
        parts = name.split()
        while parts and parts[0] in deed.not_first:
            parts = parts[1:]
            start = text.index(parts[0], start + 1) if parts else end
        if not parts:
            continue
        name = text[start:end]
        lows = [w for part in name.lower().replace("’", "'").split()
                for w in part.split("-")]
        if not words.intersection(lows) or deed.not_words.intersection(lows) \
                or all(w in deed.deed_words for w in lows):
            continue  # no group's name, a state's body, or a word of one ("Brigades")
        if any(s < end and start < e for s, e in named) \
                or any(s <= start and end <= e for s, e in blocked) \
                or any(s < end and start < e for s, e, _n in spans):
            continue  # a group the list knows, a place, or one found already
        if name not in found:
            found[name] = (f"{abbr}: {name}" if abbr else name, abbr)
        spans.append((start, end, name))
    if not found:
        return mentions
    for name, (_acled, abbr) in found.items():
        forms = [re.escape(name)] + ([re.escape(abbr)] if abbr else [])
        for again in re.finditer(rf"(?<![\w'’-])(?:{'|'.join(forms)})(?![\w'’-])", text):
            s, e = again.span()
            if not any(ts < e and s < te for ts, te, _n in spans) \
                    and not any(ns < e and s < ne for ns, ne in named):
                spans.append((s, e, name))
    kinds: dict[str, str] = {}
    for _s, e, n in spans:
        bracket = _INTRODUCED_ABBREVIATION.match(text, e)
        told = appositive_kind(text, bracket.end()) if bracket is not None else None
        if told is not None:
            kinds.setdefault(n, told)
    added = [ActorMention(s, e, text[s:e], n, kinds.get(n, "rebel_group"), country,
                          found[n][0], acled_inter(kinds.get(n, "rebel_group")),
                          generic=False, score=0.9)
             for s, e, n in spans]
    # generic words inside a group's name ("People" of "People's United Liberation Front",
    # "Army" of "Hill Tiger Army") are no actors of their own
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e, _n in spans)]
    # "militants of the X": the militants are the group's
    return _members_of_named_groups(text, sorted([*kept, *added], key=lambda m: (m.start, m.end)))


def _named_group(text: str, start: int, end: int, name: str, kind: str,
                 country: str | None) -> ActorMention:
    return ActorMention(start, end, text[start:end], name, kind, country, name,
                        acled_inter(kind), generic=False, score=0.9)


@stage("eventcoder.actors.v1", requires=("text", "sentences", "places"), assigns=("actors",))
def find_actors(doc: Doc) -> Doc:
    """Find actor mentions; generic ones take the document's main country.

    A document with no resolved place takes the one country its named groups are active
    in ("Imbonerakure attacked ..." is about Burundi), when they agree on one.
    """
    country = main_country(doc)
    blocked = [(m.start, m.end) for m in doc.places if m.place is not None]
    when = _published(doc)
    # one tokenisation, whatever country the text is read for
    toks = _tokens(doc.text, doc_chunks(doc))
    if country is not None and filed_from_hub(doc, country):
        # A bureau's dateline is where the report was written; the country is the event's
        # only when the text names it again ("Nigerian troops", "the Malian army").
        if not _names_country(doc.text, toks, country, _dateline_end(doc)):
            country = None
    mentions = _match_actors(doc.text, toks, country=country, when=when, blocked_spans=blocked)
    if country is None:
        theatre = single_theatre(mentions)
        if theatre is not None:
            mentions = _match_actors(doc.text, toks, country=theatre, when=when,
                                     blocked_spans=blocked)
    if _may_describe_a_group(doc.text):
        mentions = _described_groups(doc.text, mentions, country or single_theatre(mentions),
                                     blocked)
    mentions = _groups_by_deed(doc.text, mentions, country or single_theatre(mentions),
                               blocked)
    if "loyal to" in doc.text:
        mentions = _militias_loyal_to_a_person(doc.text, mentions,
                                               country or single_theatre(mentions), blocked)
    if _may_tell_armed(doc.text) and _may_describe_a_person(doc.text):
        mentions = _armed_persons(doc.text, mentions, country or single_theatre(mentions))
    if "(" in doc.text:
        mentions = _described_force_named_in_brackets(doc.text, mentions)
    if "forces" in doc.text:
        mentions = _forces_told_again(doc.text, mentions)
    mentions = _bare_troops_as_the_force_named(mentions)
    mentions = _force_word_before_its_member(doc.text, mentions)
    if "officers" in doc.text:
        mentions = _counted_officers(doc.text, mentions, country or single_theatre(mentions),
                                     when)
    if (not doc.text.isascii() or _ORDINAL_FIGURE.search(doc.text)) and \
            _UNIT_WORDS.search(doc.text):
        mentions = _numbered_units(doc.text, mentions, country or single_theatre(mentions), when)
    if _may_name_a_formation(doc.text):
        mentions = _named_formations(doc, toks, mentions, country or single_theatre(mentions),
                                     when)
    if "(" in doc.text:
        mentions = _abbreviations_as_introduced(doc.text, mentions)
    if "inistry" in doc.text and _OWN_STRIKES_TOLD.search(doc.text):
        mentions = _ministry_telling_its_own_strikes(doc, mentions, when)
    if any(word in doc.text for word in _AFFILIATE_STEMS):
        mentions = _affiliate_named_after_its_parent(doc.text, mentions)
    if all(word in doc.text for word in _ITS_BRANCH_WORDS):
        mentions = _branch_told_by_its(doc.text, mentions)
    if "our " in doc.text or "Our " in doc.text:
        mentions = _our_fighters_as_the_issuer(doc, mentions, country, when)
    if " ties to " in doc.text or " links to " in doc.text:
        mentions = _groups_of_ties_told(doc.text, mentions)
    return replace_doc(doc, actors=tuple(_as_the_group_named(_group_told_again(doc.text,
                                                                               mentions))))


#: "militants with reported ties to the Islamic State": men said to be tied to a group,
#: not told as its members.
_TIES_TO_BEFORE = re.compile(
    r"\bwith\s+(?:(?:reported|alleged|suspected|possible|purported|apparent)\s+)?"
    r"(?:ties|links)\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _groups_of_ties_told(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"three militants with reported ties to the Islamic State": the group the men are
    said to be tied to is told as linked to them (an associate, as ACLED codes it), the men
    unnamed; not "militants linked to X", told as the group's own."""
    return [replace(m, modifier="linked") if not m.generic and m.kind in NAMED_GROUP_KINDS
            and m.modifier is None and _TIES_TO_BEFORE.search(text, max(0, m.start - 50),
                                                              m.start) is not None else m
            for m in mentions]


#: "our fighters", "Our heroic forces": a release's own men, told in the first person.
_OUR_MEN = re.compile(
    r"\b[Oo]ur\s+(?:(?:heroic|brave|valiant|gallant|own)\s+)?(?:fighters|forces|troops|"
    r"comrades|mujahideen|units|soldiers|men|combatants)\b")
#: A line that is a body's name alone or after its department, as a release is headed or
#: signed: "Arakan Army", "Information Department, Arakan Army".
_SIGNATURE_LINE = re.compile(r"[^\S\n]*(?:[A-Z][\w'-]*(?:[^\S\n]+[\w'-]+){0,4},[^\S\n]*)?")
#: The kinds of body whose own releases tell of "our fighters".
_ARMED_KINDS = frozenset({*NAMED_GROUP_KINDS, "state_forces"})


def _our_fighters_as_the_issuer(doc: Doc, mentions: list[ActorMention], country: str | None,
                                when: date | None) -> list[ActorMention]:
    """"Our fighters launched an attack on a military outpost", in a release headed or
    signed by one armed body alone on its line ("Information Department, Arakan Army"):
    the body's own fighters, a mention of it. Where lines name two bodies, or none, the
    first person is left unread."""
    text = doc.text
    issuers = {m.name: m for m in mentions if not m.generic and m.kind in _ARMED_KINDS
               and _alone_on_its_line(text, m)}
    for line in _masthead_lines(doc):
        # (a masthead kept apart from the text: "Kachin Independence Army" over the body)
        head = _SIGNATURE_LINE.match(line)
        named = resolve_actor(line[head.end() if head else 0:], country=country, when=when)
        if named is not None and not named.generic and named.kind in _ARMED_KINDS and (
                named.end - named.start == len(line[head.end() if head else 0:].strip())):
            issuers.setdefault(named.name, named)
    if len(issuers) != 1:
        return mentions
    (issuer,) = issuers.values()
    told = SpanSet((m.start, m.end) for m in mentions)
    found = [replace(issuer, start=our.start(), end=our.end(), text=our.group())
             for our in _OUR_MEN.finditer(text) if not told.overlaps(our.start(), our.end())]
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)) if found else mentions


def _masthead_lines(doc: Doc) -> list[str]:
    """The lines of a masthead set apart above the text (its header), each stripped."""
    if doc.document is None or not doc.document.debris or doc.document.debris[0].start:
        return []
    return [line.strip() for line in doc.document.debris[0].text.splitlines() if line.strip()]


def _alone_on_its_line(text: str, mention: ActorMention) -> bool:
    """Whether a mention is the whole of its line, or closes a line that opens with the
    body's department and a comma (a release's heading or signature)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[mention.end:line_end].strip(" .\t") and (
        _SIGNATURE_LINE.fullmatch(text, line_start, mention.start) is not None)


#: A group named after its parent and the word for what it is to the parent: "the
#: al-Qaeda affiliate JNIM", "Islamic State's local branch ISWAP", "the IS offshoot ISGS".
#: Every such phrase holds one of these (the words less their first letter, either case).
_AFFILIATE_STEMS = ("ffiliate", "ranch", "ffshoot")
_AFFILIATE_BETWEEN = re.compile(
    r"(?:['’]s)?\s+(?:(?:local|regional|sahelian|west\s+african|african|somali|"
    r"afghan|main|official)\s+)?(?:affiliate|branch|offshoot)\s*,?\s*(?:the\s+)?",
    re.IGNORECASE)


def _affiliate_named_after_its_parent(text: str, mentions: list[ActorMention]
                                      ) -> list[ActorMention]:
    """"Fighters from the al-Qaeda affiliate JNIM attacked ...": the parent named before
    the word for an affiliate only tells what the group named after it is; the group is
    the one actor, over the whole phrase, not its parent beside it."""
    out: list[ActorMention] = []
    skip = -1
    for i, parent in enumerate(mentions):
        if i == skip:
            continue
        named = mentions[i + 1] if i + 1 < len(mentions) else None
        if named is not None and not parent.generic and not named.generic \
                and parent.kind in NAMED_GROUP_KINDS and named.kind in NAMED_GROUP_KINDS \
                and named.name != parent.name \
                and _AFFILIATE_BETWEEN.fullmatch(text, parent.end, named.start):
            out.append(replace(named, start=parent.start, text=text[parent.start:named.end]))
            skip = i + 1
            continue
        out.append(parent)
    return out


#: A group's regional branch told by "its" and the region ("fighters of its West Africa
#: Province", "its Khorasan province", quoted from the group's own words: 'in its "Central
#: Africa Province"').
_ITS_BRANCH = re.compile(r"\bits\s+[\"\u201c\u2018']?(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                         r"\s+[Pp]rovince\b")
#: Words every match of ``_ITS_BRANCH`` holds ("its" before any space, a line's end too).
_ITS_BRANCH_WORDS = ("its", "rovince")
#: How far before "its X Province" the group it belongs to may be named.
_ITS_BRANCH_REACH = 600


def _branch_told_by_its(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Islamic State claimed the attack. Its news agency said fighters of its West Africa
    Province had killed 15 soldiers": the province told by "its" after the group is the
    group's branch the actor list holds under that region, one mention of its own."""
    added: list[ActorMention] = []
    taken = SpanSet((m.start, m.end) for m in mentions)
    for found in _ITS_BRANCH.finditer(text):
        start, end = found.start("region"), found.end()
        if taken.overlaps(start, end):
            continue
        parent = next((m for m in reversed(mentions)
                       if m.end <= found.start() and found.start() - m.end <= _ITS_BRANCH_REACH
                       and not m.generic and m.kind in NAMED_GROUP_KINDS), None)
        branch = None if parent is None else _branch_named(parent.name, found.group("region"))
        if branch is not None:
            added.append(replace(branch, start=start, end=end, text=text[start:end]))
            taken.add(start, end)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _force_word_before_its_member(text: str, mentions: list[ActorMention]
                                  ) -> list[ActorMention]:
    """"An off-duty Army soldier", "a Police officer": the force's name before one of its
    men tells one person of the force, one mention, not the force beside its man."""
    out: list[ActorMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and last.name == mention.name and last.kind == mention.kind \
                and mention.kind in _FORCE_KINDS and mention.start - last.end == 1 \
                and text[last.end] == " " and last.text[:1].isupper() \
                and " " not in last.text and mention.text[:1].islower():
            out[-1] = replace(mention, start=last.start, text=text[last.start:mention.end])
            continue
        out.append(mention)
    return out


_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")


def _described_force_named_in_brackets(text: str, mentions: list[ActorMention]
                                       ) -> list[ActorMention]:
    """A force described in common words with its name in brackets right after ("the
    internal security forces (Asayish)", "the counter-terrorism police (CTD)") is the force
    the brackets name: the description is no other, and no state's force of its own."""
    out: list[ActorMention] = []
    skip = -1
    for i, described in enumerate(mentions):
        if i == skip:
            continue
        named = mentions[i + 1] if i + 1 < len(mentions) else None
        if named is not None and described.generic and not named.generic \
                and named.name != described.name \
                and _OPENING_BRACKET.fullmatch(text, described.end, named.start) \
                and (closing := _CLOSING_BRACKET.match(text, named.end)) is not None:
            # one mention of the force named, over the description and its brackets
            out.append(replace(named, start=described.start, end=closing.end(),
                               text=text[described.start:closing.end()]))
            skip = i + 1
            continue
        out.append(described)
    return out


#: Groups whose fighters' class word, told again with "the", is the group.
_TOLD_AGAIN_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})
#: Words for a body of armed men, not for its members ("the terrorists" after "PKK
#: terrorists" stay the class of men a tally counts).
_BODY_HEADS = frozenset({"militia", "movement", "group", "organisation", "organization"})
#: The class word ends its phrase ("of the militia, according to"; not "the militant group").
_NOUN_PHRASE_ENDS = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:in|on|at|of|near|and|or|who|which|that|was|were|is|are|had|"
    r"has|have|said|to|from|with|after|during|figure|according)\b")


def _head_word(words: str) -> str:
    """The last word of a mention, singular: "Houthi militias" -> "militia"."""
    last = words.rsplit(None, 1)[-1].lower()
    return last[:-1] if last.endswith("s") and not last.endswith("ss") else last


def _group_told_again(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A class word with "the" before it that heads a group's name told before is that
    group told again: "positions of the Houthi militias ... 17 elements of the militia"
    are the Houthis' men, not some communal militia."""
    out = mentions
    named: dict[str, ActorMention] = {}
    # "members of an Iran-backed militia ... fighters from the same militia": a group
    # described, not named, is still the one "the same" points back to
    described: dict[str, ActorMention] = {}
    for k, mention in enumerate(mentions):
        head = _head_word(mention.text)
        if " " in mention.text.strip() and mention.kind in _TOLD_AGAIN_KINDS \
                and head in _BODY_HEADS:
            (described if mention.generic else named)[head] = mention
        if not mention.generic:
            continue
        before = text[max(0, mention.start - 9):mention.start].lower()
        group = named.get(head) if named else None
        if before.endswith("the same "):
            group = described.get(head, group) if described else group
        if group is None or group is mention or " " in mention.text.strip() \
                or not before.endswith("the ") and not before.endswith("same ") \
                or not _NOUN_PHRASE_ENDS.match(text, mention.end):
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = replace(mention, name=group.name, kind=group.kind,
                         acled_name=group.acled_name, inter=group.inter,
                         country=group.country, theatre=group.theatre, generic=group.generic)
    return out


def _abbreviations_as_introduced(text: str,
                                 mentions: list[ActorMention]) -> list[ActorMention]:
    """An abbreviation a report gives in brackets after a group's full name stands for that
    group wherever the report uses it: "the Revolutionary Armed Forces of Colombia (FARC)"
    makes every "FARC" of the report the FARC, not the dissidents the abbreviation names
    in later years' reports."""
    introduced: dict[str, ActorMention] = {}
    for full, short in zip(mentions, mentions[1:], strict=False):
        if full.generic or short.generic or full.name == short.name \
                or not short.text.isupper() or len(short.text) > 12 \
                or text[full.end:short.start].strip() != "(" \
                or text[short.end:short.end + 1] != ")":
            continue
        introduced.setdefault(short.text, full)
    # "The Defence and Security Forces (FDS) killed ...", "members of the FDS": an
    # abbreviation no list holds names the force it was given after wherever it is used
    coined: dict[str, ActorMention] = {}
    for full in mentions:
        bracket = _INTRODUCED_ABBREVIATION.match(text, full.end)
        if full.generic and not _TITLE_CASE.fullmatch(full.text) or bracket is None or (
                bracket.group("short") in introduced):
            continue
        coined.setdefault(bracket.group("short"), full)
    if not introduced and not coined:
        return mentions
    out: list[ActorMention] = []
    for mention in mentions:
        group = None if mention.generic else introduced.get(mention.text)
        out.append(mention if group is None else replace(
            mention, name=group.name, kind=group.kind, acled_name=group.acled_name,
            inter=group.inter, theatre=group.theatre))
    if not coined:
        return out
    taken = SpanSet((m.start, m.end) for m in out)
    for written, force in coined.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
            if not taken.overlaps(m.start(), m.end()):
                out.append(replace(force, start=m.start(), end=m.end(), text=written))
                taken.add(m.start(), m.end())
    return sorted(out, key=lambda m: (m.start, m.end))


#: A name written as a proper name: "Defence and Security Forces", not "security forces".
_TITLE_CASE = re.compile(r"[A-Z][\w'-]*(?:\s+(?:and|of|the|for|[A-Z][\w'-]*))*")
#: An abbreviation in brackets right after a name: " (FDS)".
_INTRODUCED_ABBREVIATION = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Z&-]{1,9})\)")


def _as_the_group_named(mentions: list[ActorMention]) -> list[ActorMention]:
    """A generic name of a group's fighters is that group where the report names it:
    "Maoists" in a report that names the CPI (Maoist) are its cadres (an entry's
    ``when_named``)."""
    lex = load_lexicon()
    named: dict[str, ActorMention] | None = None
    out = mentions
    for k, mention in enumerate(mentions):
        entry = lex.by_name.get(mention.name)
        if entry is None or entry.when_named is None:
            continue
        if named is None:
            named = {m.name: m for m in mentions}
        group = named.get(entry.when_named)
        if group is None:
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = replace(mention, name=group.name, kind=group.kind,
                         acled_name=group.acled_name, inter=group.inter,
                         theatre=group.theatre)
    return out


#: A unit known by its number: "the 35th Armoured Brigade", "the 4th Infantry Division".
_UNIT_WORDS = re.compile(r"\d(?:st|nd|rd|th)\s")
#: What every match of ``_UNIT_WORDS`` in ASCII text holds, where "\d" is a digit 0-9: a
#: search that skips to the digits, where a digit's class is tried at every character.
_ORDINAL_FIGURE = re.compile(r"[0-9](?:st|nd|rd|th)")
_NUMBERED_UNIT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,3}?"
    r"(?:Brigade|Division|Regiment|Battalion|Corps|[Bb]rigade|[Dd]ivision|[Rr]egiment|"
    r"[Bb]attalion)s?\b")


_OWNER_GAP = re.compile(r"['’]s\s+|\s+")
#: A unit's force named after it: " of the " of "the 5th Brigade of the PMF".
_OF_OWNER_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _numbered_units(text: str, mentions: list[ActorMention], country: str | None,
                    when: date | None) -> list[ActorMention]:
    """A numbered brigade, division or regiment no named group holds is a unit of the
    state's army: "the 35th Armoured Brigade repelled an attack" is the state's military."""
    if country is None:
        return mentions
    added: list[ActorMention] = []
    for found in _NUMBERED_UNIT.finditer(text):
        start, end = found.span()
        army = resolve_actor("army", country=country, when=when)
        if army is None:
            continue
        if any(m.start < end and start < m.end or _OWNER_GAP.fullmatch(text, m.end, start)
               or _OF_OWNER_GAP.fullmatch(text, end, m.start) and m.name != army.name
               for m in mentions):
            # "the 6th Southern Resistance Brigade", "the Army's 62nd Infantry Battalion",
            # "the 5th Brigade of the PMF": a named force's own unit, told with it ("the 7th
            # division of the army" is the army's, told as it is)
            continue
        added.append(replace(army, start=start, end=end, text=text[start:end], generic=False,
                             score=0.9))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


_FORMATION = (r"(?:group(?:ing)?\s+of\s+(?:forces|troops)|operational(?:[\s-]+tactical)?\s+"
              r"group|battle\s?group)\b")
_FORMATION_WORDS = re.compile(r"\b" + _FORMATION, re.IGNORECASE)


def _may_name_a_formation(text: str) -> bool:
    """Whether ``text`` names a formation in the words ``_FORMATION_WORDS`` reads: on ASCII
    text each of its matches holds "group" and one of the words around it, looked for in
    the lower-cased text before the case-blind pattern is tried at every character."""
    if text.isascii():
        lowered = text.lower()
        if "group" not in lowered or not any(
                word in lowered for word in ("forces", "troops", "operational", "battle")):
            return False
    return _FORMATION_WORDS.search(text) is not None
#: A named formation of an army at war: "the Yug group of forces", "the Tavria
#: operational-tactical group", "the Sever battlegroup", with the country it belongs to where
#: the text writes one before it ("Ukraine's", "Russian").
_NAMED_FORMATION = re.compile(
    r"(?:\b(?P<owner>[A-Z][a-z]+)(?:'s|\u2019s)?\s+)?(?P<name>[A-Z][\w-]*)\s+" + _FORMATION)


def _named_formations(doc: Doc, toks: _Toks, mentions: list[ActorMention],
                      context: str | None, when: date | None) -> list[ActorMention]:
    """A named formation no group of the list holds ("Units of the Sever battlegroup hit
    enemy positions", "Ukraine's Tavria operational-tactical group repelled ...") is the army
    of the country written before it, else of the ministry or the staff that tells of it
    (its country named, or the outlet's or the capital dateline's): never the side it
    fought, and of no country where nothing tells."""
    text = doc.text
    added: list[ActorMention] = []
    for found in _NAMED_FORMATION.finditer(text):
        start, end = found.start("name"), found.end()
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a formation the list knows, or a named group's own
        country = _country_word_at(text, toks, found.start("owner")) \
            if found.group("owner") else None
        if country is not None:
            start = found.start("owner")
        if country is None:
            country = next((m.country for m in mentions if m.country and not m.generic
                            and m.kind in _TELLING_STATE and _TELLER.search(m.text)), None)
        if country is None:
            told = _COUNTRYS_TELLER.search(text)
            country = _country_word_at(text, toks, told.start()) if told else None
        if country is None:
            country = _teller_country(doc, [], start)
        army = resolve_actor("army", country=country, when=when) if country else None
        if army is None:
            continue
        if context is not None and country != context and army.kind == "state_forces":
            army = replace(army, kind="external_force", inter=8)  # at war abroad
        added.append(replace(army, start=start, end=end, text=text[start:end], generic=False,
                             score=0.9))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


#: Who tells of a formation's deeds: a ministry, a general staff.
_TELLER = re.compile(r"\b(?:ministry|general\s+staff)\b", re.IGNORECASE)
#: A ministry or a staff written with its country: "Ukraine's General Staff", "the Russian
#: Defence Ministry".
_COUNTRYS_TELLER = re.compile(
    r"\b[A-Z][a-z]+(?:'s|\u2019s)?\s+(?:(?:Defen[cs]e\s+)?Ministry|Ministry\s+of\s+Defen[cs]e|"
    r"General\s+Staff)\b")


def _country_word_at(text: str, toks: _Toks, start: int) -> str | None:
    """The one country that the word at ``start`` names ("Ukraine's", "Russian"), or None."""
    lex = load_lexicon()
    i = bisect_left(toks.starts, start)
    if i >= len(toks) or toks.starts[i] != start:
        return None
    return next((str(hit.ref) for _end, hit in _matches_at(lex, text, toks, i)
                 if hit.kind == "country" and _SHARED_COUNTRY not in str(hit.ref)), None)


#: Words before a force that backs another's fight: "backed by", "with the air support of"
#: ("covered by", "enabled by" as the caller's wording needs).
BACKED_BY = r"\b(?:backed|supported|assisted|aided|covered{})\s+by\s+"
WITH_SUPPORT = r"\bwith\s+(?:the\s+)?(?:air\s+)?(?:support|backing|cover)\s+(?:of|from)\s+"
#: What backs a fight: "backed by", "with the support of", "Backed by" opening a sentence;
#: a word or two that describe the backer may come between ("with the support of local
#: militiamen", "backed by allied tribal fighters").
_BACKER_WORDS_BEFORE = r"(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}$"
BACKER_BEFORE = re.compile(
    BACKED_BY.format("") + _BACKER_WORDS_BEFORE + "|" + WITH_SUPPORT + _BACKER_WORDS_BEFORE,
    re.IGNORECASE)


#: "forces" on their own, after a clause break or an article: the forces named before them
#: ("U.S. Central Command forces conducted 21 operations ... In one raid, forces killed ...");
#: "its forces" after a named service ("The CTS said that its forces arrested ...").
#: Not "partner forces", "forces loyal to ...", "their forces". The word and what may not
#: follow it:
_FORCES_NOT_OF = re.compile(
    r"forces\b(?!\s+(?:of|loyal|from|belonging|affiliated|allied|aligned|backed|supported|"
    r"led)\b)")
#: The words that may stand before bare "forces", blanks between.
_BARE_FORCES_WORDS = tuple(f"{case}{rest}" for first, rest in (
    ("t", "he"), ("t", "hese"), ("t", "hose"), ("a", "nd"), ("t", "hen"), ("w", "hen"),
    ("a", "fter"), ("w", "here"), ("i", "ts")) for case in (first, first.upper()))


def _bare_forces(text: str) -> Iterator[tuple[int, int]]:
    """Where bare "forces" stand: after a line's start, a clause's mark (",;:(") and any
    blanks, or one of ``_BARE_FORCES_WORDS`` and blanks. Found from each "forces" the text
    holds and read backwards: one pattern of the openings and the word would open with no
    letter the regex engine could skip to, and be tried at every character."""
    at = text.find("forces")
    while at >= 0:
        if _FORCES_NOT_OF.match(text, at) is not None and _bare_before(text, at):
            yield at, at + 6
        at = text.find("forces", at + 6)


def _bare_before(text: str, at: int) -> bool:
    """Whether what ``text`` holds before ``at`` opens bare "forces": a line's start, a
    clause's mark and any blanks, or one of ``_BARE_FORCES_WORDS`` (a whole word) and
    blanks."""
    if at == 0 or text[at - 1] == "\n":
        return True
    blank = at
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    if blank > 0 and text[blank - 1] in ",;:(":
        return True
    if blank == at:
        return False
    for word in _BARE_FORCES_WORDS:
        if text.endswith(word, 0, blank):
            start = blank - len(word)
            return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")
    return False


def _forces_told_again(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Bare "forces" as the state or foreign forces the text named last before them."""
    # not a force told as backing another's fight ("Iraqi troops, supported by coalition
    # advisers, raided ... The forces detained ...": the forces are the Iraqi troops)
    # (and a group the text calls forces: "the internal security forces (Asayish) ...
    # members of the forces")
    armed = [m for m in mentions if not m.generic and m.modifier is None
             and (m.kind in ("state_forces", "external_force")
                  or m.kind in _TOLD_AGAIN_KINDS and "forces" in m.text.lower())
             and BACKER_BEFORE.search(text, max(0, m.start - 40), m.start) is None]
    if not armed:
        return mentions
    told = SpanSet((m.start, m.end) for m in mentions)
    # The last of ``armed`` ended before each "forces": the matches come in order, so the
    # armed mentions ended before one are those ended before the one before and some more.
    by_end = sorted(range(len(armed)), key=lambda k: armed[k].end)
    ended, last_ended = 0, -1
    added: list[ActorMention] = []
    for start, end in _bare_forces(text):
        while ended < len(by_end) and armed[by_end[ended]].end <= start:
            last_ended = max(last_ended, by_end[ended])
            ended += 1
        if last_ended < 0 or told.overlaps(start, end):
            continue
        last = armed[last_ended]
        added.append(replace(last, start=start, end=end, text=text[start:end], generic=True))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


#: Words for a state's men that say nothing of whose they are: "soldiers", "the troops".
_BARE_TROOPS = frozenset({"soldiers", "troops", "the soldiers", "the troops"})


def _bare_troops_as_the_force_named(mentions: list[ActorMention]) -> list[ActorMention]:
    """Bare "soldiers" or "troops" are the state force the text named before them, not
    the forces of the country they are in, when the text named no force of that country:
    "Israeli forces raided a camp near Jenin ... Later, soldiers shot a teenager" tells of
    the Israeli army, not of a Palestinian one."""
    out: list[ActorMention] = []
    named: list[ActorMention] = []
    own_told: set[str | None] = set()  # countries whose own forces the text named
    for mention in mentions:
        bare = mention.text.lower() in _BARE_TROOPS
        if mention.kind in ("state_forces", "police") and not bare:
            own_told.add(mention.country)
        if not mention.generic and mention.modifier is None \
                and mention.kind in ("state_forces", "external_force"):
            named.append(mention)
        elif bare and named and mention.generic and mention.kind == "state_forces" \
                and (mention.acled_name or "").startswith("Military") \
                and mention.country not in own_told:
            mention = replace(named[-1], start=mention.start, end=mention.end,
                              text=mention.text, generic=True)
        out.append(mention)
    return out


#: "officers" told by their count alone: "killing nine officers", "Two officers were
#: wounded". A word between the count and "officers" ("three army officers", "two customs
#: officers") says whose officers they are, and so does "of"/"from" after them.
_COUNTED_OFFICERS = re.compile(
    r"\b(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ee]leven|[Tt]welve|[Ss]everal|[Dd]ozens of|[Ss]ome|[Tt]wo more|[Tt]hree more)"
    r"(?:\s+(?:more|other))?\s+(?P<officers>officers)\b"
    r"(?!\s+(?:of|from|with|at|in the)\b)")
#: Words that make a text one about the police or about guarding a place: the officers it
#: counts are then the police. A text about an army with no such word keeps them untold.
_POLICE_CONTEXT = re.compile(
    r"\b(?:police|policem[ae]n|constab\w+|checkpoints?|security forces|security post|"
    r"security personnel|law enforcement|patrol(?:ling)?|gendarm\w*)\b", re.IGNORECASE)
_POLICE_ONLY_AS_TELLER = re.compile(
    r"\b(?:police|a police spokes\w+)\s+(?:said|say|says|told)\b|"
    r"\b(?:according to|said) (?:the )?police\b", re.IGNORECASE)
_ARMY_CONTEXT = re.compile(r"\b(?:army|military|soldiers?|troops|regiment|battalion|"
                           r"brigade|barracks)\b", re.IGNORECASE)


def _counted_officers(text: str, mentions: list[ActorMention], country: str | None,
                      when: date | None) -> list[ActorMention]:
    """Officers told by their count alone are the country's police where the text is about
    the police or a guarded place: "opened fire on a checkpoint, killing nine officers"."""
    if country is None or "officers" not in text:
        return mentions
    tellers = SpanSet(t.span() for t in _POLICE_ONLY_AS_TELLER.finditer(text))
    if not any(not tellers.overlaps(m.start(), m.start() + 1)
               for m in _POLICE_CONTEXT.finditer(text)):
        return mentions
    if _ARMY_CONTEXT.search(text) and not any(m.kind == "police" for m in mentions):
        # "soldiers ... two officers" with the police only telling of it: the army's officers
        return mentions
    told = SpanSet((m.start, m.end) for m in mentions)
    added: list[ActorMention] = []
    for found in _COUNTED_OFFICERS.finditer(text):
        start, end = found.span("officers")
        if told.overlaps(start, end):
            continue
        police = resolve_actor("police", country=country, when=when)
        if police is None:
            return mentions
        added.append(replace(police, start=start, end=end, text=text[start:end], generic=True))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def single_theatre(mentions: Iterable[ActorMention]) -> str | None:
    """The one country all the named groups with a known area of operations share, if any."""
    shared: set[str] | None = None
    for mention in mentions:
        if mention.theatre:
            shared = set(mention.theatre) if shared is None else shared & set(mention.theatre)
    if shared is None or len(shared) != 1:
        return None
    return next(iter(shared))


def home_theatre(mentions: Iterable[ActorMention]) -> str | None:
    """The home country of the named groups: of the countries all of them are active in,
    the first the first group lists (``operates_in`` lists a group's home first: the
    Taliban's Afghanistan, Al Shabaab's Somalia, Boko Haram's Nigeria). A report that names
    no place of its own country is most likely about the group at home."""
    shared: set[str] | None = None
    first: tuple[str, ...] = ()
    for mention in mentions:
        if mention.theatre:
            first = first or tuple(mention.theatre)
            shared = set(mention.theatre) if shared is None else shared & set(mention.theatre)
    if not shared:
        return None
    return next(country for country in first if country in shared)


_PARTY_PRIORITY = {None: 0, "pro": 0, "led": 0, "backed": 1, "suspected": 1, "former": 2}


def resolve_actor(
    phrase: str, *, country: str | None = None, when: date | None = None
) -> ActorMention | None:
    """Resolve a party phrase ("ISIS operatives", "US troops", "civilians") to one actor.

    Offsets are into ``phrase``. A phrase that only names an actor as a target
    ("anti-ISIS") resolves to nothing.
    """
    mentions = [m for m in match_actors(phrase, country=country, when=when) if m.modifier != "anti"]
    if not mentions:
        return None
    return min(
        mentions,
        key=lambda m: (
            _PARTY_PRIORITY.get(m.modifier, 1),
            m.generic,
            -m.score,
            -(m.end - m.start),
            m.start,
        ),
    )


#: An office that speaks for a force without being one: "Turkey's National Defense Ministry"
#: tells of what the Turkish Armed Forces did.
_SPEAKING_OFFICE = re.compile(r"\b(?:ministry|ministries|department)\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")


def teller_name(mention: ActorMention) -> str:
    """The name of ``mention`` as the teller of a statement or a figure: the office as
    written where the text names a ministry or department that the actor list reads as the
    forces it runs ("Russia's Defence Ministry said" is told by the ministry; the act it
    tells of stays the Russian Armed Forces'), else the actor's name."""
    if _SPEAKING_OFFICE.search(mention.text) and not _SPEAKING_OFFICE.search(mention.name):
        return " ".join(_LEADING_ARTICLE.sub("", mention.text).split())
    return mention.name


def actor_info(name: str, *, country: str | None = None) -> dict[str, Any] | None:
    """What is known about an actor by its canonical or ACLED name.

    Returns ``{"name", "kind", "acled_name", "inter", "country"}`` or None.
    """
    lex = load_lexicon()
    entry = lex.by_name.get(name)
    if entry is None:
        for candidate in lex.actors:
            if candidate.acled_name == name:
                entry = candidate
                break
    if entry is not None:
        own = entry.country
        context = country or own
        return {
            "name": entry.name,
            "kind": entry.kind,
            "acled_name": _fill(entry.acled_name, own=own, context=context, when=None) or None,
            "inter": entry.inter,
            "country": own or (country if entry.acled_name and "{country}" in entry.acled_name
                               else None),
        }
    mention = resolve_actor(name, country=country)
    if mention is None or (mention.end - mention.start) < len(name.strip()) * 0.5:
        return None
    return {
        "name": mention.name,
        "kind": mention.kind,
        "acled_name": mention.acled_name,
        "inter": mention.inter,
        "country": mention.country,
    }
