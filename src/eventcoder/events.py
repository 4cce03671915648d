"""The events stage: split a report into events and fill each one from the mentions.

A report is cut into segments of consecutive sentences; a sentence with an
event trigger opens a new segment when it names another date or another place
than the one open, and sentences without a trigger (casualty counts, details)
join the segment before them; those before the first trigger join the first segment
when its trigger's sentence names no place ("..., in Quetta, militants wrecked a
pipeline. Nobody claimed the attack."). Each segment is typed by weighted trigger votes
(ACLED's vocabulary, ``data/event_triggers.json``) refined by who is involved,
and takes its place, date, actors and casualties from the mentions inside it.
Sentences that report aggregates (tallies) do not become events.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from operator import attrgetter, itemgetter
from typing import Any, Literal

from eventcoder.actors import BACKED_BY as _BACKED_BY
from eventcoder.actors import BACKER_BEFORE as _BACKER_BEFORE
from eventcoder.actors import (
    DATED,
    MEMBER_OF,
    NAMED_GROUP_KINDS,
    ORGANISATION_KINDS,
    RUN_BY_GAP,
    SUSPECTED_OF,
    acled_name_on,
    armed_man_of_no_group,
    country_acled_name,
    ethnic_group_before,
    find_identities,
    former_forces_in,
    gang_goods,
    gang_style,
    governing_name,
    government_name,
    home_theatre,
    identity_groups,
    identity_name,
    kind_on,
    lower_ascii,
    monitored_parties,
    names_changing_on_a_day,
    parent_group,
    resolve_actor,
    single_theatre,
    state_force_name,
    theatre,
    unattributed_gang,
    vigilante_group,
)
from eventcoder.actors import SPONSOR_MODIFIERS as _SPONSOR_MODIFIERS
from eventcoder.actors import WITH_SUPPORT as _WITH_SUPPORT
from eventcoder.casualties import (
    ADDITIVE,
    RETINUE,
    RETINUE_BEFORE,
    closing_tally,
    combine_casualties,
    died_of_the_wounds,
    former_attackers,
    headline_end,
    is_retinue,
    is_toll,
    party_by_head,
    sentence_of,
    told_as_former,
    total_fatalities,
)
from eventcoder.dates import date_words, filed_on
from eventcoder.gazetteer import (
    THIRD_DIVISION_COLUMNS,
    city_division,
    former_division,
    haversine_km,
    is_capital,
    load_gazetteer,
    name_key,
    normalise,
    register_third_division,
)
from eventcoder.mentions import (
    ActorMention,
    CasualtyMention,
    Chunks,
    DateMention,
    Doc,
    Place,
    PlaceMention,
    doc_chunks,
    replace_doc,
)
from eventcoder.patterns import ascii_twin
from eventcoder.places import (
    COMPASS,
    HOLDER_PLACED_REASON,
    NATURAL_FEATURE_REASON,
    SPLIT_REGION_REASON,
    country_adjectives,
    find_sites,
    site_words,
)
from eventcoder.places import may_hold as _may_hold
from eventcoder.places import window_may_hold as _window_may_hold
from eventcoder.quantities import FREED_BEFORE, casualty_lexicon, number_words
from eventcoder.reconcile import Telling
from eventcoder.records import (
    Casualty,
    Event,
    Evidence,
    Location,
    Tally,
    replacer,
    slot_init,
)
from eventcoder.registry import stage
from eventcoder.revisions import COUNT_CHANGED, MOVED, SET_ANEW
from eventcoder.tallies import (
    NO_SIDE_KINDS,
    THE_PERIOD,
    count_added_to,
    dates_a_release,
    opens_a_period,
    tally_spans,
)
from eventcoder.windows import starting_in

NAME = "eventcoder.events.v1"

#: Days before publication after which a dated event is background context.
BACKGROUND_DAYS = 60
#: Days before the report's first event after which an event told later is cited context.
CITED_DAYS = 14


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that signals an event of a type."""

    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    weight: float

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, start: int, end: int, text: str, event_type: str, sub_event_type: str, weight: float,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "event_type", event_type)
        object.__setattr__(self, "sub_event_type", sub_event_type)
        object.__setattr__(self, "weight", weight)


slot_init(Trigger)  # built once per trigger word: see slot_init


@dataclass(frozen=True, slots=True)
class GatedPattern:
    """A trigger pattern split in two: alternatives that start with a known literal, tried
    only at words starting with one of ``starts``, and the rest, scanned everywhere."""

    gated: re.Pattern[str] | None
    starts: tuple[str, ...]
    ungated: re.Pattern[str] | None
    event_type: str
    sub_event_type: str
    weight: float
    # Literals one of which every ungated match contains (empty: none is certain): a text
    # holding none of them needs no scan.
    required: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Heads:
    """Where gated alternatives may match, from a start index (first three or two letters ->
    pattern indexes): a regex finding those word starts, and the index with each three-letter
    key's list followed by its two-letter prefix's, so that one look-up gives both."""

    pattern: re.Pattern[str]
    merged: dict[str, tuple[int, ...]]
    # Key -> (pattern index, the pattern's starts that agree with the key, its gated regex),
    # each index once; () for a string that is no key. Filled as keys are met (see _Tries).
    tries: _Tries
    # The patterns with alternatives scanned everywhere, in order: the only ones the scan
    # after the gated matches visits.
    ungated: tuple[GatedPattern, ...] = ()
    # A character that is no word's, followed by such a word start: the regex engine skips
    # to those characters in C, where ``pattern``'s leading boundary is tried at each one.
    breaks: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Compiled trigger patterns, prefix labels and equipment names."""

    patterns: tuple[GatedPattern, ...]
    by_start: dict[str, tuple[int, ...]]  # first two letters -> indexes into ``patterns``
    prefixes: dict[str, tuple[str, str]]
    equipment: tuple[GatedPattern, ...]  # sub_event_type holds the canonical name
    equipment_by_start: dict[str, tuple[int, ...]]
    both: tuple[GatedPattern, ...]  # triggers then equipment, scanned in one pass
    both_by_start: dict[str, tuple[int, ...]]
    # Word starts where some pattern of ``patterns`` / ``both`` may match (see _heads).
    heads: Heads | None = None
    both_heads: Heads | None = None


@cache
def load_triggers(ascii_text: bool = False) -> TriggerLexicon:
    """Load and compile ``data/event_triggers.json`` once per process.

    With ``ascii_text`` the patterns are their ASCII twins (:func:`ascii_twin`): the same
    matches on a text of ASCII characters only, which the trigger scan, searching at every
    word start, reads in fewer instructions. ``lexicon_for`` picks the one for a text.
    """
    if ascii_text:
        return _ascii_lexicon(load_triggers())
    raw = json.loads(
        resources.files("eventcoder").joinpath("data/event_triggers.json").read_text("utf-8")
    )
    patterns = tuple(
        _gate(lower_ascii(t["pattern"]), t["type"], t["sub"], float(t["weight"]))
        for t in raw["triggers"]
    )
    prefixes = {k: (v[0], v[1]) for k, v in raw["prefixes"]["labels"].items()}
    equipment = tuple(_gate(lower_ascii(p), "equipment", name, 0.0)
                      for name, p in raw["equipment"]["patterns"].items())
    both = patterns + equipment
    by_start, both_by_start = _index_starts(patterns), _index_starts(both)
    return TriggerLexicon(patterns, by_start, prefixes, equipment,
                          _index_starts(equipment), both, both_by_start,
                          _heads(by_start, patterns), _heads(both_by_start, both))


def lexicon_for(folded: str) -> TriggerLexicon:
    """The trigger lexicon to search ``folded`` with: the ASCII twins for an ASCII text
    (``str.isascii`` reads a flag the string carries), the Unicode patterns otherwise."""
    # (load_triggers() and load_triggers(False) would be two entries of its cache)
    return load_triggers(True) if folded.isascii() else load_triggers()


def _ascii_lexicon(lexicon: TriggerLexicon) -> TriggerLexicon:
    """``lexicon`` with each pattern replaced by its ASCII twin, the indexes kept."""
    patterns = tuple(_ascii_gated(gp) for gp in lexicon.patterns)
    equipment = tuple(_ascii_gated(gp) for gp in lexicon.equipment)
    both = patterns + equipment
    return TriggerLexicon(patterns, lexicon.by_start, lexicon.prefixes, equipment,
                          lexicon.equipment_by_start, both, lexicon.both_by_start,
                          _heads(lexicon.by_start, patterns, ascii_text=True),
                          _heads(lexicon.both_by_start, both, ascii_text=True))


def _ascii_gated(gated: GatedPattern) -> GatedPattern:
    return GatedPattern(
        None if gated.gated is None else ascii_twin(gated.gated), gated.starts,
        None if gated.ungated is None else ascii_twin(gated.ungated),
        gated.event_type, gated.sub_event_type, gated.weight, gated.required)


@dataclass(frozen=True, slots=True)
class Named:
    """Equipment named in the text: canonical name and span."""

    start: int
    end: int
    name: str


def scan(text: str, folded: str) -> tuple[list[Trigger], list[Named]]:
    """Triggers and equipment of a whole document in one pass over its words."""
    lexicon = lexicon_for(folded)
    triggers: list[Trigger] = []
    named: list[Named] = []
    for gp, s, e in gated_matches(lexicon.both, lexicon.both_by_start, folded, 0, len(text),
                                  lexicon.both_heads):
        if gp.event_type == "equipment":
            if not (gp.sub_event_type == "rocket" and _no_artillery(text, folded, s, e)):
                # ("Novi Grad", "in Grad": a place, no rocket)
                named.append(Named(s, e, gp.sub_event_type))
        elif _a_deed(gp.sub_event_type, text, folded, s, e):
            triggers.append(Trigger(s, e, text[s:e], gp.event_type, gp.sub_event_type,
                                    gp.weight))
    triggers.sort(key=lambda t: (t.start, -t.weight))
    named.sort(key=lambda n: n.start)
    return _outermost(_not_what_was_intercepted(triggers, folded)), named


def _outermost(triggers: list[Trigger]) -> list[Trigger]:
    """Drop a weaker reading of words inside a longer trigger of the same type: "bombing" in
    "suicide bombing" is the same means told once, not a vote for another sub-type."""
    out: list[Trigger] = []
    for t in triggers:
        if any(o.start <= t.start and t.end <= o.end and o.end - o.start > t.end - t.start
               and o.event_type == t.event_type and o.sub_event_type != t.sub_event_type
               and o.weight > t.weight for o in out[-3:]):
            continue
        out.append(t)
    return out


def _index_starts(patterns: Sequence[GatedPattern]) -> dict[str, tuple[int, ...]]:
    """First three letters (two for two-letter starts) of each pattern's literal starts ->
    the patterns' indexes."""
    by_start: dict[str, list[int]] = {}
    for index, gated in enumerate(patterns):
        for key in sorted({start[:3] for start in gated.starts}):
            if index not in by_start.setdefault(key, []):
                by_start[key].append(index)
    return {k: tuple(v) for k, v in by_start.items()}


def _heads(by_start: dict[str, tuple[int, ...]],
           patterns: Sequence[GatedPattern] = (), *, ascii_text: bool = False) -> Heads:
    """Word starts whose first three (or two) letters are a key of ``by_start``: the only
    words where a gated alternative may match, found by the regex engine, not one by one."""
    tree: dict[str, dict[str, set[str]]] = {}
    for key in by_start:
        if key[:1] in _WORD_CHARS:
            tree.setdefault(key[0], {}).setdefault(key[1:2], set()).add(key[2:])
    branches = []
    for first, seconds in sorted(tree.items()):
        inner = []
        for second, thirds in sorted(seconds.items()):
            tails = sorted(re.escape(t) for t in thirds)
            # A two-letter key (tail "") matches whatever follows.
            tail = "" if "" in thirds else f"(?:{'|'.join(tails)})"
            inner.append(re.escape(second) + tail)
        branches.append(re.escape(first) + f"(?:{'|'.join(inner)})")
    merged = dict(by_start)
    for key, indexes in by_start.items():
        if len(key) == 3:
            merged[key] = indexes + by_start.get(key[:2], ())
    flags = re.ASCII if ascii_text else 0
    return Heads(re.compile(rf"\b(?=(?:{'|'.join(branches)}))" if branches else r"(?!)", flags),
                 merged, _Tries(merged, patterns),
                 tuple(p for p in patterns if p.ungated is not None),
                 re.compile(rf"\W(?=(?:{'|'.join(branches)}))", flags) if branches else None)


_Try = tuple[int, tuple[str, ...], re.Pattern[str]]


class _Tries(dict[str, tuple[_Try, ...]]):
    """For each key of ``merged``, what to try at a word starting with it: each pattern whose
    starts agree with the key (are a prefix of it or begin with it), those starts, and the
    pattern's whole gated regex.

    An alternative none of whose starts agrees with the key cannot match there, and the
    regex engine rejects one that opens with a literal by its first character, so the whole
    regex finds what one narrowed to the agreeing alternatives would. Such narrowed regexes
    were compiled per pattern for each new key, some 1.1 million instructions each, over
    an eighth of a first pass over a few hundred notes, for no measurable gain on a warm
    one. A key's entry is made the first time it is asked for (and () kept for a string
    that is no key); it compiles nothing."""

    def __init__(self, merged: dict[str, tuple[int, ...]],
                 patterns: Sequence[GatedPattern]) -> None:
        super().__init__()
        self.merged = merged
        self.patterns = patterns

    def __missing__(self, key: str) -> tuple[_Try, ...]:
        entries: list[_Try] = []
        for index in dict.fromkeys(self.merged.get(key, ())):
            gated = self.patterns[index]
            if gated.gated is None:
                continue
            agree = tuple(s for s in gated.starts if s.startswith(key) or key.startswith(s))
            entries.append((index, agree, gated.gated))
        self[key] = found = tuple(entries)
        return found


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_REGEX_META = frozenset(".^$*+?{}[]\\|()")


def _walk(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each (index, character, group depth after it) of a regular expression, outside
    escapes and character classes; escaped characters and classes are skipped."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield i, char, depth
        i += 1


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression."""
    cuts = [i for i, char, depth in _walk(pattern) if char == "|" and depth == 0]
    bounds = zip([-1, *cuts], [*cuts, len(pattern)], strict=True)
    return [pattern[a + 1:b] for a, b in bounds]


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens ``pattern``, or -1."""
    return next((i for i, char, depth in _walk(pattern) if char == ")" and depth == 0), -1)


def _literal_head(alternative: str) -> str:
    head: list[str] = []
    for char in alternative:
        if char in _REGEX_META:
            if char in "?*{" and head:
                head.pop()  # the last literal is optional
            break
        head.append(char)
    return "".join(head)


def literal_starts(alternative: str) -> set[str] | None:
    """Literal prefixes (two characters or more) one of which every match of a regex
    alternative starts with; None when that cannot be told."""
    if alternative.startswith(("(?<!", "(?<=")):
        # A look-behind takes no text (it looks before where the match starts, which a
        # match from a word's start sees too): the match starts as what follows it does.
        end = _group_end(alternative)
        return None if end < 0 else literal_starts(alternative[end + 1:])
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        if end < 0:
            return None
        rest = alternative[end + 1:]
        quantifier = rest[:1] if rest[:1] in {"?", "*", "+"} else ""
        optional = quantifier in {"?", "*"}
        rest = rest[len(quantifier):]
        # A group taken once at most ("(?:the|an) strikes?"): a literal alternative goes on
        # into the literal after the group ("an strike"), a start fewer words share ("and")
        once = quantifier in {"", "?"} and rest[:1] not in {"?", "+", "{"}
        starts: set[str] = set()
        for inner in _split_alternatives(alternative[3:end]):
            found = literal_starts(inner + rest) if len(_literal_head(inner)) < 2 or (
                once and _literal_head(inner) == inner) else literal_starts(inner)
            if found is None:
                return None
            starts |= found
        if optional:
            after = literal_starts(rest)
            if after is None:
                return None
            starts |= after
        return starts
    head = _literal_head(alternative)
    return {head} if len(head) >= 2 and head[0].isalnum() else None


def _required_literal(alternative: str) -> str:
    """The longest literal that every match of a regex alternative contains, "" when none
    is certain: a run of plain characters outside groups, classes and escapes, less one
    that a quantifier makes optional."""
    # Look-arounds are groups like any other: their text is skipped, and what stands outside
    # them is still required ("(?<!to )fight" requires "fight"). Inline flags may change
    # what a literal matches (case): no certainty.
    plain = alternative
    for opening in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
        plain = plain.replace(opening, "")
    if "(?" in plain:
        return ""
    best, run, previous, counting = "", "", -2, False
    for index, char, depth in _walk(alternative):
        if char in _REGEX_META or depth > 0 or index != previous + 1 or counting:
            if char in "?*{" and index == previous + 1 and not counting:
                run = run[:-1]  # the last character is optional
            best = max(best, run, key=len)
            run = ""
        if char in "{}":
            counting = char == "{"  # a count ("{2,3}"), not text
        elif char not in _REGEX_META and depth == 0 and not counting:
            run += char
        previous = index
    return max(best, run, key=len)


def _gate(pattern: str, event_type: str, sub: str, weight: float) -> GatedPattern:
    gated: list[str] = []
    ungated: list[str] = []
    starts: set[str] = set()
    for alternative in _split_alternatives(pattern):
        found = literal_starts(alternative)
        if found is None:
            ungated.append(alternative)
        else:
            gated.append(alternative)
            starts |= found
    required = [_required_literal(alternative) for alternative in ungated]
    return GatedPattern(
        re.compile(rf"(?:{'|'.join(gated)})\b") if gated else None,
        tuple(sorted(starts)),
        re.compile(rf"\b(?:{'|'.join(ungated)})\b") if ungated else None,
        event_type, sub, weight,
        tuple(sorted(set(required))) if all(required) else (),
    )


_WORD_START = re.compile(r"\b[a-z0-9]")


def find_triggers(text: str, start: int = 0, end: int | None = None, *,
                  lowered: str | None = None) -> list[Trigger]:
    """Every trigger match in ``text[start:end]``, in order of position.

    ``lowered`` is :func:`lower_ascii` of ``text``, when the caller already has it.
    """
    folded = lowered if lowered is not None else lower_ascii(text)
    lexicon = lexicon_for(folded)
    stop = len(text) if end is None else end
    found = [
        Trigger(s, e, text[s:e], gp.event_type, gp.sub_event_type, gp.weight)
        for gp, s, e in gated_matches(lexicon.patterns, lexicon.by_start, folded, start, stop,
                                      lexicon.heads)
        if _a_deed(gp.sub_event_type, text, folded, s, e)
    ]
    found.sort(key=lambda t: (t.start, -t.weight))
    return _outermost(_not_what_was_intercepted(found, folded))


def _sentence_end(folded: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its full stop, or the text's end)."""
    stop = folded.find(". ", at)
    return len(folded) if stop < 0 else stop


#: Air defences stopping what was sent: "intercepted a drone", "shot down nine drones", "a
#: drone launched by the group was intercepted".
_INTERCEPTION = re.compile(r"\b(?:intercept|(?:shot|shoot|shooting)\s+down\b|downed\b|"
                           r"air\s+defen[cs]es?\b)",
                           re.IGNORECASE)


#: What falls from a weapon stopped in the air, hitting something on the ground: "debris
#: from one of them hit a warehouse", "falling fragments damaged two houses".
_DEBRIS_HIT = re.compile(r"\b(?:debris|fragments?|wreckage|shrapnel)\b[^.;]{0,60}?"
                         r"\b(?:hit|struck|fell\s+(?:on|onto)|landed\s+(?:on|in)|damag\w*|"
                         r"destroy\w*|injur\w*|wound\w*|kill\w*|set\s+fire|caus\w*)\b")


#: Whose weapon it was: "launched by the Houthis", "fired by the militia".
_LAUNCHED_BY = re.compile(r"\b(?:launched|fired|sent|flown|operated)\s+by\s+(?:the\s+)?$",
                          re.IGNORECASE)
#: A weapon named after its owner: "a Ukrainian drone", "Houthi missiles".
_OWNED_WEAPON = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?)$", re.IGNORECASE)
_WEAPON_AFTER = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?)\b",
                           re.IGNORECASE)


def _launcher(text: str, mention: ActorMention) -> bool:
    """Whether ``mention`` names whose weapon was stopped, not who stopped it."""
    return _OWNED_WEAPON.search(mention.text) is not None or _WEAPON_AFTER.match(
        text, mention.end) is not None or _LAUNCHED_BY.search(
        text, max(0, mention.start - 30), mention.start) is not None


def _interceptor_first(text: str, roles: Roles, country: str | None) -> None:
    """A weapon stopped in the air is the deed of the force that stopped it ("Saudi air
    defences intercepted a drone launched by the Houthis"): that force is actor 1 and the
    launcher actor 2, as ACLED codes disrupted weapons use. Where no interceptor is named,
    the forces of the country it was stopped over stopped it."""
    first, second = roles.actor1, roles.actor2
    if first is None or not _launcher(text, first):
        return
    if second is not None:
        if not _launcher(text, second):
            roles.actor1, roles.actor2 = second, first
            roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1
        return
    defender = _resolve_party("military forces", country)
    if defender is not None and country is not None and first.country not in (None, country):
        roles.actor1, roles.actor2 = defender, first
        roles.assoc1, roles.assoc2 = [], roles.assoc1


#: Words that make a downed craft a state's: "a military helicopter", "an air force jet".
_STATE_CRAFT = re.compile(r"\b(?:military|army|air\s+force|government|regime|junta|state|"
                          r"navy|naval)\b", re.IGNORECASE)


def _craft_owner_second(text: str, downed: Trigger, roles: Roles,
                        country: str | None) -> None:
    """A state's aircraft told as downed with no owner named ("rebels shot down a military
    helicopter"): its target, actor 2, is the forces of the country where it fell, as
    ACLED codes a shoot-down on the state's aircraft."""
    if roles.actor2 is not None or country is None or not _STATE_CRAFT.search(downed.text):
        return
    owner = _resolve_party("military forces", country)
    if owner is not None and (roles.actor1 is None or roles.actor1.name != owner.name):
        roles.actor2 = owner


def _not_what_was_intercepted(found: list[Trigger], folded: str) -> list[Trigger]:
    """Drop the strike read from the words of what air defences stopped: "intercepted a
    Ukrainian drone", "shot down nine drones launched by the group" tell a weapon disrupted,
    not a strike on the ground, unless the sentence tells its debris hitting something
    ("debris from one of them hit a warehouse").

    A manned craft shot down ("rebels shot down an air force fighter jet", "a helicopter
    was downed") is the shooters' fire on it from the ground, as ACLED codes a shoot-down
    (shelling, artillery or missile attack by those who fired): the words of the craft
    ("fighter jet") tell no air strike by its own side, and "shot" no attack on civilians."""
    stops = [t for t in found if t.sub_event_type == "disrupted_weapons_use"
             and _INTERCEPTION.search(t.text)
             and not _DEBRIS_HIT.search(folded, t.end, _sentence_end(folded, t.end))]
    downed = [t for t in found if t.sub_event_type == "shelling_artillery_missile_attack"
              and _INTERCEPTION.search(t.text)]
    if not stops and not downed:
        return found
    # (overlap, not a start inside: "an explosive-laden drone launched by the group was
    # shot down" opens the strike's words before the stop's own)
    return [t for t in found if (t.event_type == "strategic_developments" or not any(
        t.start < i.end and i.start < t.end for i in stops)) and (t in downed or not any(
            d.start <= t.start < d.end for d in downed))]


#: The bare words of a taking, a deed only where told as tried ("a bid by the rebels to
#: seize the town").
_TAKING_TRIED = frozenset({"seize", "capture", "take over", "take control of"})
# What a tried taking was after: a place, by its name or its kind
_PLACE_TAKEN = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+)?(?:town|village|city|base|barracks|district|"
    r"area|camp|post|outpost|garrison|airport|port|bridge|hill|headquarters)\b|[A-Z][\w'-]*\b"
    r"(?!\s+[A-Z][a-z]))")


def _a_tried_taking(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a bare word of taking ("capture") tells of a place someone fought to take:
    "foiled an attempt by the rebels to capture Kalo", "a bid to seize the army base"; not
    "moved to capture the suspect"."""
    return _TRIED_TO.search(folded, max(0, start - 100), start) is not None \
        and _PLACE_TAKEN.match(text, end) is not None


def _a_deed(sub_event_type: str, text: str, folded: str, start: int, end: int) -> bool:
    """Whether the trigger at ``text[start:end]`` tells of a deed: not a plan, a group's
    name, a man's job ("a senior attack planner"), nor talks or a truce told as broken
    off."""
    return not _unrealised(sub_event_type, folded, start, end) \
        and not (sub_event_type == "agreement" and _talks_broken_off(folded, start, end)) \
        and (folded[start:end] not in _TAKING_TRIED or _a_tried_taking(text, folded, start, end)) \
        and not _in_group_name(text, start, end) and _ROLE_AFTER.match(folded, end) is None \
        and not (sub_event_type == "shelling_artillery_missile_attack"
                 and _no_artillery(text, folded, start, end)) \
        and not (sub_event_type == "peaceful_protest" and folded.startswith("road", start)
                 and _CHECKPOINT_BEFORE.search(folded, max(0, start - 24), start) is not None) \
        and not (folded.startswith("fight", start) and _CAMPAIGN_AFTER.match(folded, end)
                 and _CAMPAIGN_BEFORE.search(folded, max(0, start - 40), start))


#: "shot a motorist at a roadblock", "a police roadblock": a checkpoint, no protest's
#: blocking of the road
_CHECKPOINT_BEFORE = re.compile(
    r"\b(?:(?:at|through|past|near|manning)\s+(?:an?|the)\s+(?:\w+\s+)?|(?:police|military|"
    r"army|security|gendarmerie|official|illegal)\s+)$")
#: "fired tear gas shells": what police disperse a crowd with, no artillery
_GAS_BEFORE = re.compile(r"\b(?:tear\s?gas|teargas|pepper)\s+$")
#: A weapon told after "Grad": "Grad rockets", "a Grad launcher"
_GRAD_WEAPON_AFTER = re.compile(r"s?\s+(?:rockets?|missiles?|launchers?|systems?|mlrs|"
                                r"multiple)\b")
#: A capitalised word, or a hyphen after a name, just before "Grad": "Stari Grad", "Novi
#: Grad", the South Slavic "town" inside a place's name
_NAME_BEFORE_GRAD = re.compile(r"(?:\b[A-Z][a-z]+[\s-]|-|\b(?:in|near|at|outside|of|to|towards)"
                               r"\s+(?:the\s+(?:village|town)\s+of\s+)?)$")


def _no_artillery(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a shelling word names no artillery: "tear gas shells" fired at a crowd, or
    "Grad" inside a place's name ("Stari Grad", "Novi Grad") or told as a place ("in
    Grad") with no weapon told after it."""
    if folded.startswith("shell", start):
        return _GAS_BEFORE.search(folded, max(0, start - 12), start) is not None
    if folded.startswith("grad", start) and text[start] == "G":
        return _NAME_BEFORE_GRAD.search(text, max(0, start - 20), start) is not None \
            and _GRAD_WEAPON_AFTER.match(folded, end) is None and not \
            folded.startswith("bm-21", max(0, start - 6))
    return False


#: Talks or a truce told as broken off, not reached: "talks were suspended after the
#: rebels bombed a base", "the government called off the peace talks", "the ceasefire
#: collapsed". No agreement was made; what befell them is told as the event's sequel.
_BROKEN_OFF = (r"(?:suspend(?:ed|s|ing)?|call(?:ed|s|ing)?\s+off|broke(?:n)?\s+(?:off|down)|"
               r"break(?:s|ing)?\s+(?:off|down)|postpon(?:ed|es|ing)|halt(?:ed|s|ing)?|"
               r"stall(?:ed|s)?|collaps(?:ed|es)|cancel(?:l?ed|s)|abandon(?:ed|s)|"
               r"walk(?:ed)?\s+out\s+of|pull(?:ed)?\s+out\s+of|froze|frozen)")
_BROKEN_OFF_BEFORE = re.compile(r"\b" + _BROKEN_OFF + r"\s+(?:the\s+|all\s+|its\s+|their\s+)?"
                                r"(?:[a-z-]+\s+){0,2}$")
_BROKEN_OFF_AFTER = re.compile(
    r"(?:\s+(?!after\b|following\b|when\b|because\b|that\b|which\b|who\b|to\b|end\w*\b)[\w,'-]+){0,8}?\s+"
    r"(?:(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?)?" + _BROKEN_OFF
    + r"\b")
_BROKEN_OFF_WORDS = ("suspend", "call", "broke", "break", "postpon", "halt", "stall",
                     "collaps", "cancel", "abandon", "walk", "pull", "froze")


def _talks_broken_off(folded: str, start: int, end: int) -> bool:
    """Whether the talks or truce at ``folded[start:end]`` are told as suspended, called
    off or collapsed, in the words before or after them."""
    if not _may_hold(folded, _BROKEN_OFF_WORDS):
        return False
    return _BROKEN_OFF_BEFORE.search(folded, max(0, start - 40), start) is not None \
        or _BROKEN_OFF_AFTER.match(folded, end) is not None


#: "continue to lead the fight against ISIS", "committed to the fight against terrorism":
#: a campaign a force takes part in, no fight that took place
_CAMPAIGN_BEFORE = re.compile(
    r"\b(?:lead|leads|leading|led|continue|continues|continuing|join|joins|joined|support|"
    r"supports|supporting|commitment\s+to|committed\s+to|partners?\s+in|role\s+in|"
    r"efforts?\s+in|win|winning|wage|waging)\s+(?:the|our|this|their)\s+"
    r"(?:global\s+|ongoing\s+|wider\s+|common\s+)?$")
_CAMPAIGN_AFTER = re.compile(r"\s+against\b")


#: A man's job named by the deed he prepares ("a senior attack planner", "bomb makers",
#: "the bombing's mastermind"): a role, not a deed done.
_ROLE_AFTER = re.compile(
    r"(?:'s)?\s+(?:planners?|plotters?|makers?|masterminds?|facilitators?|coordinators?|"
    r"experts?|specialists?|instructors?|trainers?)\b")


#: The head of a group's name ("the Arson Cell", "the Suicide Bombers Brigade"), after at
#: most two more capitalised words.
_GROUP_NAME_HEAD = re.compile(
    r"(?:\s+[A-Z][\w'\u2019-]*){0,2}?\s+(?:Units?|Cells?|Fronts?|Brigades?|Movements?|"
    r"Battalions?|Squads?|Commandos?|Regiments?|Detachments?|Companies|Company)\b")
#: What opens a name: "the", "calling itself", "known as", "so-called".
_GROUP_NAME_OPENS = re.compile(
    r"(?:\b(?:the|its|their|calling\s+(?:itself|themselves)|known\s+as|named|so-called)"
    r"\s+(?:[A-Z][\w'\u2019-]*\s+){0,2})$", re.IGNORECASE)


def _in_group_name(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``text[start:end]`` is a word of a group's capitalised name
    ("a group calling itself the Arson Cell", "the Rocket Unit of the movement"): a name,
    not a deed."""
    if not text[start:start + 1].isupper() or "\n" in text[start:end]:
        return False
    if any(w[:1].islower() for w in text[start:end].split()):
        return False
    return _GROUP_NAME_HEAD.match(text, end) is not None \
        and _GROUP_NAME_OPENS.search(text, max(0, start - 40), start) is not None


#: Words that make what follows a plan or a vow, not something that happened: "had been
#: planning attacks on checkpoints", "vowed to strike back". (A threat is an act of its own.)
_UNREALISED = re.compile(
    r"\b(?:plann(?:ing|ed)|plott(?:ing|ed)|prepar(?:ing|ed)\s+(?:to|for)|intend(?:s|ed|ing)?"
    r"\s+to|plans?\s+to|vow(?:s|ed|ing)?\s+to|"
    r"(?:seek|seeking|sought|aim|aiming|aimed)\s+to|would|could|might|"
    # "fled their villages fearing an attack by militants": a deed dreaded, not done
    r"fear(?:ing|ed|s)?|(?:for|in|out\s+of)\s+fear\s+of|afraid\s+of|"
    # "operations will continue until the last terrorist is neutralised": a goal
    r"until\s+(?:[a-z-]+\s+){1,4}?(?:is|are|has\s+been|have\s+been))"
    r"\s+(?:[a-z-]+\s+){0,2}$"
)


#: A taking that took no one: "during a failed kidnapping attempt", "foiled an abduction
#: bid", "tried to kidnap a trader": the violence done in it is the event, no abduction.
_FAILED_TAKING_BEFORE = re.compile(
    r"\b(?:failed|foiled|thwarted|botched|unsuccessful|attempted|(?:tried|trying|attempt(?:ed|"
    r"ing)?)\s+to)\s+(?:[a-z-]+\s+)?$")
_FAILED_TAKING_AFTER = re.compile(r"\s+(?:attempts?|bids?|try)\b")
_FAILED_TAKING_WORDS = ("fail", "foil", "thwart", "botch", "unsuccessful", "attempt", "tried",
                        "trying", "bid", "try")


def _unrealised(sub_event_type: str, folded: str, at: int, end: int) -> bool:
    """Whether the trigger at ``folded[at:end]`` tells of a plan, of a taking whose people
    were set free ("rescued 11 kidnapped hostages") or that failed ("a failed kidnapping
    attempt"), or of guns someone bore ("the
    attackers, armed with heavy weapons, opened fire"): a kit, not an act of shelling. (A
    weapon that names its projectile, "armed with rockets", may well have been fired.)"""
    return bool(_may_hold(folded, _UNREALISED_WORDS)
                and _UNREALISED.search(folded, max(0, at - 40), at)) or (
        sub_event_type == "abduction_forced_disappearance"
        and _may_hold(folded, _FREED_WORDS)
        and FREED_BEFORE.search(folded, max(0, at - 60), at) is not None) or (
        sub_event_type == "abduction_forced_disappearance"
        and _may_hold(folded, _FAILED_TAKING_WORDS)
        and (_FAILED_TAKING_BEFORE.search(folded, max(0, at - 40), at) is not None
             or _FAILED_TAKING_AFTER.match(folded, end) is not None)) or (
        sub_event_type in _MADE_SUBTYPES
        and _may_hold(folded, _MADE_WORDS)
        and _MADE_BEFORE.search(folded, max(0, at - 40), at) is not None) or (
        sub_event_type == "shelling_artillery_missile_attack"
        and _may_hold(folded, _BORNE_WORDS)
        and _BORNE.search(folded, max(0, at - 50), at) is not None
        and _PROJECTILE.search(folded, at, end) is None) or (
        (sub_event_type in _ARMS_SUBTYPES
         or (sub_event_type == "shelling_artillery_missile_attack"
             and _MUNITION.fullmatch(folded, at, end) is not None))
        and _may_hold(folded, _TAKEN_ARMS_WORDS)
        and (_TAKEN_ARMS_BEFORE.search(folded, max(0, at - 100), at) is not None
             or (_TAKEN_ARMS_AFTER.match(folded, end) is not None
                 and _SPENT_PARTS_BEFORE.search(folded, max(0, at - 60), at) is None)
             or _listed_under_arms_taken(folded, at)))


_SUICIDE = ("explosions_remote_violence", "suicide_bomb")
_REMOTE = ("explosions_remote_violence", "remote_explosive_landmine_ied")
_AIR = ("explosions_remote_violence", "air_drone_strike")
#: A bombing told in bare words, which names no device: "the bombing", "bombed".
_BARE_BOMBING = re.compile(r"(?i:bomb(?:ing|ings|ed))")
#: A line of a list: "1. ", "2) ", "- ", "• ", "a. ".
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-*\u2022])[ \t]")
#: The line that leads a list of arms taken: "The following arms and ammunition were
#: recovered from the possession of the killed terrorists:".
_ARMS_TAKEN_LEAD = re.compile(r"\b(?:recover(?:ed|y)|seiz(?:ed|ure)|confiscat(?:ed|ion)|"
                              r"impounded|found|secured)\b[^\n]*:[ \t]*$")


def _listed_under_arms_taken(folded: str, at: int) -> bool:
    """Whether the weapon at ``at`` is a line of a list of arms taken, under a line that
    leads it ("The following arms were recovered ...:" / "1. Kalashnikov rifles: 03" /
    "2. Hand grenades: 04"): a thing found, no deed."""
    line_start = folded.rfind("\n", 0, at) + 1
    if not line_start or _LIST_ITEM.match(folded, line_start) is None:
        return False
    end = line_start - 1
    while end > 0:
        start = folded.rfind("\n", 0, end) + 1
        if folded[start:end].strip() and _LIST_ITEM.match(folded, start) is None:
            return _ARMS_TAKEN_LEAD.search(folded, start, end) is not None
        end = start - 1
    return False


#: Devices told as made, not set off: "a workshop used to assemble explosive devices",
#: "a factory making suicide vests", "seized materials for manufacturing IEDs".
_MADE_BEFORE = re.compile(
    r"\b(?:assembl(?:e|ed|es|ing)|manufactur(?:e|ed|es|ing)|mak(?:e|es|ing)|fabricat(?:e|ed|es|"
    r"ing)|build(?:ing)?)\s+(?:(?:the|of)\s+)?(?:[a-z-]+\s+){0,1}$")
_MADE_WORDS = ("assembl", "manufactur", "mak", "fabricat", "build")
_MADE_SUBTYPES = frozenset({"remote_explosive_landmine_ied", "suicide_bomb", "grenade"})
#: Sub-types a weapon's word alone may tell ("two hand grenades", "a suicide vest").
_ARMS_SUBTYPES = frozenset({"grenade", "suicide_bomb"})
#: A munition named as a thing, not a deed of firing it: "340 rounds of 7.62mm
#: ammunition", "two mortars", "a rocket launcher" listed among what troops recovered.
_MUNITION = re.compile(r"\d+(?:\.\d+)?\s?mm|rockets?|mortars?|missiles?|projectiles?|grads?"
                       r"|(?:automatic\s+)?grenade\s+launchers?")
#: Arms listed as taken or found, not used: "seized rifles, two hand grenades, a suicide
#: vest", "confiscated ammunition and grenades". A clause of its own in between ("arrested
#: the man who threw a grenade", "found the body after a suicide blast") tells a deed.
_TAKEN_ARMS_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|ing|ure\s+of)|confiscat(?:ed|ing|ion\s+of)|recovered|impounded|"
    # found in a search: "a search of his house found a grenade", "in possession of"
    r"found|finding|discover(?:ed|ing|y\s+of)|uncover(?:ed|ing)|unearth(?:ed|ing)|"
    r"possession\s+of)\s+"
    r"(?:(?!who\b|which\b|that\b|where\b|after\b|when\b|while\b|before\b|following\b|"
    r"during\b|used\b|thr(?:ew|own|owing)\b|hurl|lobb|detonat|explod|blew\b|killed\b|"
    r"guilty\b|attack)[^.;:!?])*$")
_TAKEN_ARMS_WORDS = ("seiz", "confiscat", "recovered", "impounded", "secured", "found",
                     "finding", "discover", "uncover", "unearth", "possession")
#: What is left of a weapon used: "fragments of a grenade were recovered" tell its use.
_SPENT_PARTS_BEFORE = re.compile(
    r"\b(?:fragments?|remnants?|remains|pieces?|parts?|pins?|splinters?|shrapnel|debris|"
    r"casings?)\s+(?:of|from)\b[^.;:!?]*$")
#: ... and told after them, in the passive: "four long weapons, a grenade and two vehicles
#: were secured".
_TAKEN_ARMS_AFTER = re.compile(
    r"(?:(?!who\b|which\b|that\b|after\b|when\b|while\b|before\b|used\b|threw\b|"
    r"thrown\b|hurled\b|lobbed\b|detonat|explod|blew\b|killed\b|attack|hit\b|struck\b|"
    r"injur|wound)[^.;:!?]){0,100}?\b(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:seized|secured|confiscated|recovered|impounded|found|discovered|uncovered|"
    r"unearthed)\b")


#: Weapons borne, told before the weapon's word: "armed with rocket launchers", "carrying
#: mortars and rifles", "equipped with heavy machine guns", "vehicles fitted with heavy
#: machine guns".
_BORNE = re.compile(
    r"\b(?:(?:heavily\s+)?armed|equipped|laden|fitted|mounted)\s+with\s+"
    r"(?:[a-z-]+,?\s+){0,3}$"
    r"|\b(?:carrying|carried|wielding|brandishing|bearing)\s+(?:[a-z-]+,?\s+){0,3}$")
_PROJECTILE = re.compile(r"rocket|missile|mortar|shell|grenade|artillery|howitzer|katyusha|"
                         r"grad|projectile|round|recoilless|atgm|mlrs")
_BORNE_WORDS = ("armed", "equipped", "laden", "fitted", "mounted", "carr", "wielding",
                "brandishing", "bearing")


# Words one of which every match of the pattern named holds (see _may_hold).
#: "fled fearing an attack by militants", "for fear of reprisals from the rebels": those whose
#: deed was dreaded are no side of what was done (every match holds one of ``_DREADED_WORDS``).
_DREADED_BY = re.compile(
    r"\b(?:fear(?:ing|ed|s)?|afraid\s+of)\s+(?:of\s+)?(?:an?\s+|the\s+|further\s+|new\s+|more\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|reprisals?|violence|abductions?|kidnappings?)\s+"
    r"(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DREADED_WORDS = ("fear", "afraid")
_UNREALISED_WORDS = ("plan", "plott", "prepar", "intend", "vow", "seek", "sought", "aim",
                     "would", "could", "might", "until", "fear", "afraid")
_FREED_WORDS = ("rescu", "free", "releas", "liberat", "reunit")


def gated_matches(
    patterns: Sequence[GatedPattern], by_start: dict[str, tuple[int, ...]], folded: str,
    start: int, stop: int, heads: Heads | None = None,
) -> list[tuple[GatedPattern, int, int]]:
    """Matches of every pattern in ``folded[start:stop]``: gated alternatives tried only at
    words starting like them, the others scanned.

    ``heads`` (see :func:`_heads`) finds the words worth trying; without it every word is.
    """
    found: list[tuple[GatedPattern, int, int]] = []
    last_end = [0] * len(patterns)
    startswith = folded.startswith
    tries = heads.tries if heads is not None else None
    if heads is None:
        ats = [word.start() for word in _WORD_START.finditer(folded, start, stop)]
    elif heads.breaks is None:
        ats = []
    else:
        # A word start is the string's or follows a character no word holds.
        ats = [word.end() for word in heads.breaks.finditer(folded, max(start - 1, 0), stop)]
        if start == 0 and heads.pattern.match(folded, 0, stop):
            ats.insert(0, 0)
    for at in ats:
        entries: Sequence[tuple[int, tuple[str, ...], re.Pattern[str] | None]]
        if tries is not None:
            entries = tries[folded[at:at + 3]] or tries[folded[at:at + 2]]
        else:
            entries = tuple(
                (index, patterns[index].starts, patterns[index].gated)
                for index in by_start.get(folded[at:at + 3], ())
                + by_start.get(folded[at:at + 2], ()))
        for index, starts, gated in entries:
            if at < last_end[index] or not startswith(starts, at) or gated is None:
                continue
            match = gated.match(folded, at, stop)
            if match:
                last_end[index] = match.end()
                found.append((patterns[index], at, match.end()))
    seen: set[tuple[int, int]] | None = None  # (pattern, start) of the matches so far
    for gp in patterns if heads is None else heads.ungated:
        if gp.ungated is None or (
            gp.required and all(folded.find(r, start, stop) < 0 for r in gp.required)
        ):
            continue
        if seen is None:
            seen = {(id(f[0]), f[1]) for f in found}
        for match in gp.ungated.finditer(folded, start, stop):
            s, e = match.span()
            if (id(gp), s) not in seen:
                seen.add((id(gp), s))
                found.append((gp, s, e))
    return found


# --- typing ---------------------------------------------------------------------------------

_ARMED_KINDS = frozenset(
    {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_force",
     "police", "military", "unidentified_armed_group"}
)
_CIVILIAN_KINDS = frozenset({"civilians"})
_INTERVENTION = re.compile(
    r"\b(?:dispers(?:ed|e|ing)|tear ?gas|water cannons?|rubber bullets|intervened|batons?|"
    r"arrested|detained|broke up|cracked down|pepper spray|moved the "
    r"protesters|fired (?:in the air|warning shots)|fired (?:\w+ )?(?:shots |bullets |rounds )?"
    r"(?:on|at|into) (?:the |a )?(?:protesters|protestors|demonstrators|marchers|crowds?)|"
    r"opened fire on (?:the )?(?:protesters|protestors|demonstrators|marchers|crowds?)|"
    r"beat (?:the )?protesters|prevented|"
    r"stopped|blocked (?:the |a |their )?(?:[\w-]+ )?(?:protesters|demonstrators|"
    r"march(?:ers|es)?)|clashed with|arrests|"
    r"used force|beaten(?: up)?|broken up|controlled the situation|pushed back|"
    r"lathi-?charg\w*|forcibly \w+|stun grenades?|tear-gassed|evicted|(?:was|were) removed|"
    r"beat (?:\w+ ){0,2}(?:demonstrators|marchers|students|activists)|"
    r"beat (?:up )?(?:[\w-]+ ){1,3}?(?:protesting|demonstrating|marching|rallying|striking)|"
    r"removed (?:\w+ ){0,2}(?:protesters|protestors|demonstrators|activists|participants)|"
    # "came to arrest the demonstrators", "working to re-open the road" the crowd blocked
    r"arrest (?:the |several |some )?(?:protesters|protestors|demonstrators|marchers|"
    r"participants)|re-?open(?:ed|ing)? (?:the )?(?:blocked )?(?:road|roads|highway|street|"
    r"roundabout|junction|bridge)|"
    r"brought the situation under control|"
    r"situation was brought under control)\b")
_FORCES = re.compile(
    r"\b(?:police\w*|security|soldiers?|troops?|army|guards?|gendarm\w*|carabiner\w*|"
    r"authorities|officers?|forces?|military)\b")
_NOT_INTERVENTION = re.compile(r"\b(?:arrest|detention) of\b|\bagainst (?:the )?\w*\s*arrest")
_DIRECT_FIRE = re.compile(
    r"\b(?:small arms|light weapons|gunfire|exchang\w+ (?:of )?(?:\w+ )?"
    r"(?:fire|artillery|shells|shelling|mortars?|rockets?)|(?:shelling|artillery|fire) "
    r"exchanges?|traded (?:fire|artillery|shells)|in both directions|clash\w*|fighting|sniper|"
    r"responded|fought)\b")


def _intervened(text: str, sentences: Sequence[tuple[int, int]]) -> bool:
    """Forces acted on a gathering: an intervention verb in a sentence that names forces."""
    if not _may_hold(text, _INTERVENTION_WORDS):
        return False
    for start, end in sentences:
        sentence = text[start:end]
        # (a sentence with none of the intervention's words holds no intervention, and
        # blanking what is none makes no such word)
        if not _window_may_hold(sentence, _INTERVENTION_WORDS):
            continue
        if _NOT_INTERVENTION.search(sentence):
            sentence = _NOT_INTERVENTION.sub(" ", sentence)
        if _INTERVENTION.search(sentence) and (
                _FORCES.search(sentence) or _GATHERING_TAKEN.search(sentence)):
            return True
    return False


# "two protesters were arrested": the arrest is the intervention, whoever made it
# "they were arrested", "several arrests were made": the gathering's own, told after it
_GATHERING_TAKEN = re.compile(
    r"\b(?:protesters|demonstrators|marchers|protestors|participants|they|(?:some|several|"
    r"many|most|all|\w+) of them)\s+(?:(?:demanding|calling|protesting|denouncing|"
    r"opposing)(?:\s+[\w'-]+){1,3}?\s+)?(?:were|had been|have been)\s+"
    r"(?:\w+ly\s+)?(?:arrested|detained|dispersed|rounded up)\b"
    r"|\b(?:several|some|many|\w+)\s+arrests\s+were\s+made\b")


# Words one of which every match of _INTERVENTION holds (see _may_hold); none holds a blank,
# so blanking the arrests of _NOT_INTERVENTION cannot make one.
_INTERVENTION_WORDS = ("dispers", "tear", "water", "rubber", "intervened", "baton", "arrested",
                       "detained", "broke", "cracked", "pepper", "forcibly", "moved", "fired",
                       "beat", "prevented", "stopped", "blocked", "clashed", "arrests",
                       "opened fire", "pushed", "removed", "lathi", "stun", "evicted",
                       "used force", "situation", "arrest", "open")
_LETHAL = re.compile(
    r"\b(?:killed|(?<!the )killing|shot dead|fatally|live (?:ammunition|rounds|bullets|fire)|"
    r"died|succumbed|to death)\b")
# The dead were at a gathering: "during a protest", "at the rally", "protesters were shot"
_AT_A_GATHERING = re.compile(
    r"\b(?:during|at|amid|in|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:protests?|"
    r"demonstrations?|rall(?:y|ies)|march(?:es)?(?!\s+\d)|sit-ins?|sitins?)\b"
    # "during protests in Kampala", "amid anti-government demonstrations" (no article)
    r"|\b(?:during|amid|in)\s+(?:[\w-]+\s+){0,2}?(?:protests|demonstrations|rallies)\b"
    r"|\b(?:protesters?|protestors?|demonstrators?|marchers?)\b"
    # "shot dead while demonstrating", "two people who joined a march"
    r"|\b(?:while|people|crowd|those|women|men|[a-z]+[a-rt-z]s)\s+(?:who\s+were\s+)?"
    r"(?:demonstrating|protesting|marching|rallying)\b"
    # "fired live bullets on protesting youths"
    r"|\b(?:demonstrating|protesting|marching|rallying)\s+(?:[a-z-]+\s+)?[a-z]+[a-rt-z]s\b"
    r"|\b(?:join(?:ed|ing)?|took\s+part\s+in|taking\s+part\s+in|participat\w+\s+in)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|"
    r"march(?:es)?|sit-ins?|sitins?)\b")
# Words one of which every match of _AT_A_GATHERING holds (see _may_hold)
_AT_A_GATHERING_WORDS = ("protest", "demonstrat", "march", "rall", "sit-in", "sitin")
_POLICING_KINDS = frozenset({"state_forces", "police", "military", "external_force"})
# The gathering killed: "the demonstrators dragged him out and killed him"
# (not "carried the coffins of those killed in last year's uprising": dead they mourn)
_CROWD_KILLED = re.compile(
    r"\b(?:protesters|protestors|demonstrators|marchers|the crowd|an? (?:angry )?mob|the mob)"
    r"\b[^.;]{0,80}?(?<!were )(?<!was )(?<!been )(?<!being )(?<!those )(?<!the )"
    r"\b(?:killed|lynched|"
    r"(?:beat|beaten|stoned|hacked|burned|burnt)\s+(?:\w+\s+)?to\s+death)\b")
_CROWD_KILLED_WORDS = ("killed", "lynched", "beat", "stoned", "hacked", "burn")
# The gathering, as the subject, did violence: "protesters attacked a police station",
# "residents protesting against insecurity attacked the gendarmerie", "protesting drivers
# damaged vehicles" (not "protesters were attacked", nor "police attacked protesters")
_DEEDS_OF_A_GATHERING = (r"(?:attacked|stormed|torched|burned|burnt|set\s+fire|set\s+ablaze|"
                         r"looted|ransacked|vandali[sz]ed|damaged|destroyed|pelted|stoned)\b")
_GATHERING_DEED = re.compile(
    r"\b(?:(?:protesters|protestors|demonstrators|marchers)|(?:protesting|demonstrating)"
    r"(?:\s+[\w'-]+){1,6}?)\s+(?:\([^()]*\)\s+)?(?:\w+\s+){0,2}?(?<!were )(?<!was )"
    r"(?<!of )(?<!the )(?<!demanding )(?<!against )" + _DEEDS_OF_A_GATHERING
    # "hundreds demonstrated in support of the coup ..., and some set fire to the door of
    # the party's headquarters": the deed of some of those who gathered
    # (not "militias ... marched to the village and attacked settlers": a march is a move)
    + r"|\b(?:demonstrated|protested)\b[^.;]{0,80}?,?\s+and\s+(?:(?:some|"
    r"several|a\s+few|many|others|dozens|hundreds)(?:\s+of\s+them)?\s+)?(?:then\s+|later\s+)?"
    + _DEEDS_OF_A_GATHERING)
_GATHERING_DEED_WORDS = ("protest", "demonstrat", "marchers")
# and one of these, every match's deed (see _may_hold)
_GATHERING_DEED_VERBS = ("attack", "storm", "torch", "burn", "set", "loot", "ransack", "vandal",
                         "damag", "destroy", "pelt", "stone")


def _killed_at_gathering(text: str, sentences: Sequence[tuple[int, int]],
                         casualties: Sequence[CasualtyMention],
                         actors: Sequence[ActorMention], kinds: frozenset[str]) -> bool:
    """People died at a gathering by the hand of a force of these kinds: a death, the
    gathering and the force told in one sentence."""
    if not any(c.kind == "killed" and c.count != 0 and not c.animal for c in casualties) or \
            not _may_hold(text, _AT_A_GATHERING_WORDS):
        return False
    for start, end in sentences:
        sentence = text[start:end]
        if _LETHAL.search(sentence) and _AT_A_GATHERING.search(sentence) and any(
                a.kind in kinds and start <= a.start < end for a in actors):
            return True
    return False


# an armed hand that struck the gathering: "gunmen opened fire on protesters", "a sit-in
# was attacked by armed assailants" (not police or troops, whose force is ACLED's
# excessive force against protesters)
_HAND_AT_A_GATHERING = (r"(?:gunm[ae]n|militi\w*|armed (?:men|assailants|groups?|individuals|"
                        r"persons|youths?|gangs?)|attackers|assailants|militants|bandits|"
                        r"fighters|insurgents|rebels|terrorists|thugs)")
_THE_GATHERING = r"(?:protest\w*|demonstrat\w*|marchers|march|sit-in|rally|gathering)"
_GATHERING_ATTACKED = re.compile(
    r"\b" + _HAND_AT_A_GATHERING + r"\b[^.;]{0,40}?\b(?:attack(?:ed|ing)|fired (?:on|at|upon)|"
    r"opened fire (?:on|at)|shot (?:at|dead)|stabbed|stormed)\s+(?:[\w'-]+\s+){0,4}?"
    + _THE_GATHERING + r"\b|\b" + _THE_GATHERING + r"\b[^.;]{0,60}?\b(?:was|were) (?:attacked|"
    r"shot at|fired (?:on|upon)|ambushed|stormed) by (?:[\w-]+ ){0,2}?(?:unknown |unidentified )?"
    + _HAND_AT_A_GATHERING + r"\b")
# Words one of which every match of _GATHERING_ATTACKED holds: the armed hand's, and the
# deed's (see _may_hold); a gathering's report names the gathering anyway
_GATHERING_HAND_WORDS = ("gunm", "militi", "armed ", "attackers", "assailants", "militants",
                         "bandits", "fighters", "insurgents", "rebels", "terrorists", "thugs")
_GATHERING_ATTACK_WORDS = ("attack", "fire", "shot", "stabbed", "stormed", "ambushed")
# a post or a unit of the state's forces struck: "a military convoy came under attack",
# "militants attacked an army checkpoint": those struck are armed, the fight a clash
_FORCES_NAMED = (r"(?:military|army|troops'?|soldiers'?|police|gendarmerie|security forces'?|"
           r"government forces'?)")
_UNIT_OR_POST = (r"(?:convoy|patrol|checkpoint|base|outpost|post|position|camp|barracks|"
                 r"garrison)s?")
_FORCES_STRUCK = re.compile(
    r"\b" + _FORCES_NAMED + r"\s+(?:[\w-]+\s+)?" + _UNIT_OR_POST + r"\b[^.;]{0,30}?\b(?:came under|"
    r"(?:was|were) (?:attacked|ambushed|targeted|overrun|stormed))\b|\b(?:attack(?:ed|ing)|"
    r"ambush(?:ed|ing)|stormed|overran|raided|targeted)\s+(?:an?|the|their|its)\s+"
    r"(?:[\w-]+\s+)?" + _FORCES_NAMED + r"\s+(?:[\w-]+\s+)?" + _UNIT_OR_POST + r"\b")
#: Words one of which every match of _FORCES_STRUCK holds (see _may_hold).
_FORCES_STRUCK_WORDS = ("convoy", "patrol", "checkpoint", "base", "post", "position", "camp",
                        "barracks", "garrison")
_PROTEST_CORE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|sit-?ins?|march(?:ed|es)|vigils?)\b"
    # the walk, not the month: "a march on the ministry", not "12 March 2021"
    r"|(?<!\d )\bmarch\b(?! \d)")
# what a crowd's violence was held over or how it blocked the street: a demonstration's
# ("burned tyres in response to the power cuts", "agitating against the ration dealer")
_GRIEVANCE = re.compile(
    r"\b(?:call(?:ed|ing|s)? for|agitat\w+|in response to|due to|because of|in protest|"
    r"against|angered|angry|outraged|tyres|tires|barricad\w+|cut off (?:the )?roads?|"
    r"blocked (?:the )?roads?)\b")
# people driven from their homes by a fight told as its cause: "families evacuated
# following the eruption of hostilities", "fighting forced 300 villagers to flee"
_FLED_THE_FIGHTING = re.compile(
    r"\b(?:displaced|evacuated|displacement|fled (?:their|the) (?:homes?|villages?|area))\b"
    r"[^.]{0,60}?\b(?:following|after|due to|because of|amid|by (?=fighting|clashes))\b"
    r"|\b(?:forced|forcing|prompted|prompting|caused|causing|displaced|displacing)\s+"
    r"(?:some\s+|about\s+|around\s+|over\s+|more than\s+|at least\s+)?[\d,]*\s*"
    r"(?:\w+\s+){0,2}(?:villagers|residents|families|people|individuals|civilians|households)"
    r"\s+(?:to\s+(?:flee|evacuate|leave)|from)\b")
#: Words one of which every match of _FLED_THE_FIGHTING holds (see _may_hold).
_FLED_WORDS = ("displac", "evacuat", "fled", "forc", "prompt", "caus")
# the one struck told as a criminal: "the dead man had a criminal record for robbery",
# "an alleged drug dealer was shot dead", "a gang member was killed"
_STRUCK_CRIMINAL = re.compile(
    r"\b(?:victim|he|she)\s+(?:had|has)\s+(?:(?:several|previous|prior|criminal)\s+)?"
    r"(?:charges|records?|a criminal record|convictions)\b[^.]{0,50}?\b(?:drug|trafficking|"
    r"robbery|robberies|homicides?|crimes)\b"
    r"|\b(?:an?|the)\s+(?:(?:alleged|suspected|presumed|reputed)\s+)?(?:(?:male|female)\s+)?"
    r"(?:drug dealer|drug trafficker|gang member)\s+(?:was|were)\s+(?:shot|killed|murdered|"
    r"injured|wounded|stabbed)")
_STRUCK_CRIMINAL_WORDS = ("charges", "record", "conviction", "drug dealer", "drug trafficker",
                         "gang member")
# a group's term that names one person ("a woman"), and the words that join that person
# to others ("a man and a woman", "four people including a woman")
_ONE_OF_SEVERAL = re.compile(r"(?:an?|the|one)\s")
_JOINED_BEFORE = re.compile(r"\b(?:and|including|among them|among whom|with|of whom)\s+$")
_JOINED_AFTER = re.compile(r"\s+(?:and|,)\s")
_BRACKETED_COUNTRY = re.compile(r"\(([^()]+)\)$")
_PREFIX = re.compile(r"^\s*([A-Za-z/ -]{4,40}):\s")


_GENERIC_ATTACK = ("violence_against_civilians", "attack")
# "in one of two related attacks", "one of several coordinated raids": the series the event
# belongs to, told before the event itself
_ONE_OF_A_SERIES = re.compile(r"\bone\s+of\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A means of war that supports the subject's fight: "backed by US airstrikes", "with air
# support from coalition drones"
_BACKING = re.compile(
    _BACKED_BY.format("|enabled") + r"(?:[\w.-]+\s+){0,3}$|"
    + _WITH_SUPPORT + r"(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
# "US airstrikes backed Somali forces who ...": the means backs the force named after it
_BACKS = r"\s+(?:(?:had|has|have)\s+)?(?:backed|supported|assisted|aided|covered)\s+"
_BACKING_AFTER = re.compile(_BACKS + r"(?!by\b)", re.IGNORECASE)
# Who speaks when a statement condemns: "officials condemned", "the ministry denounced"
_OFFICIAL_VOICE = re.compile(
    r"\b(?:officials?|leaders?|government|governments|ministry|minister|president|premier|"
    r"embassy|spokes(?:man|woman|person)|statement|secretary|council|commission|mission|"
    r"authorities|mayor|governor|UN|United Nations|EU|NATO|AU|ECOWAS|UNICEF|NGOs?|"
    r"organi[sz]ations?|groups?|party|parties)\b[^.;]{0,40}$", re.IGNORECASE)
_EARLIER_DEED = re.compile(
    r"\bhad\s+(?:previously|earlier|already|long|repeatedly|once|often|publicly)\s+$"
    # "killed a former combatant who had signed the peace agreement": the victim's past
    r"|\bwho\s+had\s+(?:[\w-]+\s+){1,3}$",
    re.IGNORECASE)
_EARLIER_DEED_WORDS = ("had",)  # see _may_hold
# "beat two men accused of kidnapping a child": what the victims are blamed for
_ACCUSED_OF = re.compile(r"\b(?:accused|suspected|convicted)\s+of\s+$", re.IGNORECASE)
_ACCUSED_WORDS = ("accused", "suspected", "convicted")  # see _may_hold
# A gathering and what it was held over, told just before a deed's word: "protested ...
# against the kidnapping of", "marched to denounce the rape of", "demonstrating over
# killings" (not "protesters demanding jobs were attacked": the gathering struck)
_PROTESTED_OVER = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ing)?|sit-ins?|sitins?|"
    r"vigils?)"
    r"\b[^.;]{0,80}?\b(?:against|over|condemn\w*|denounc\w*|demand\w*|call(?:ed|ing)? for|"
    r"in protest at)\s+(?:(?!(?:were|was|had|have|been|being|by|then)\b)[\w'-]+\s+){0,3}$",
    re.IGNORECASE)
_PROTESTED_OVER_WORDS = ("protest", "demonstrat", "rall", "march", "sit-in", "sitin", "vigil")
# "relatives protested ... after a riot at the prison last month", "since the prison riot":
# a riot told as an earlier gathering, the cause of the event, not the event
_EARLIER_RIOT_BEFORE = re.compile(
    r"\b(?:(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}|since\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2})$", re.IGNORECASE)
_EARLIER_RIOT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:(?:last|previous|past)\s+(?:week|month|year)|earlier\s+this|"
    r"(?:days?|weeks?|months?)\s+(?:ago|earlier|before)|(?:the\s+)?(?:end|beginning)\s+of\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december))\b", re.IGNORECASE)
_EARLIER_RIOT_WORDS = ("after", "following", "since")  # see _may_hold
# What a man arrested is held for: "responsible for attacks", "wanted for the bombing"
_DEED_OF_THE_TAKEN = re.compile(
    r"\b(?:responsible|wanted|accused|charged|convicted|suspected|involved|implicated)"
    r"\s+(?:for|in|of|over|with)\s+(?:[\w-]+\s+){0,4}$"
    # "arrested a man who had vandalised a mosque": his deed, before (not "arrested
    # activists who blocked a motorway": the gathering the arrest broke up)
    r"|\bwho\s+had\s+(?:allegedly\s+|reportedly\s+)?$",
    re.IGNORECASE)
#: A date a "since" clause tells, the start of a stretch running up to the telling: "since
#: November last year", "since the group ended a ceasefire in November last year".
_SINCE_CLAUSE_BEFORE = re.compile(
    r"\bsince\s+(?:[^,;.!?\n]{0,80}?\s+(?:in|on|at\s+the\s+end\s+of)\s+)?$", re.IGNORECASE)


def _opens_the_context(text: str, sentences: Sequence[tuple[int, int]], seg: Segment,
                       d: DateMention) -> bool:
    """Whether a date of a sentence after one of the body that tells the segment's event lies
    in a "since" clause ("Quetta has seen a rise in attacks since the TTP ended a ceasefire in
    November last year", below an undated blast): the start of the context's stretch, no
    day of the event."""
    if not seg.triggers or "since" not in text[max(0, d.start - 90):d.start]:
        return False
    start = _sentence_start(sentences, d.start)
    since = _SINCE_CLAUSE_BEFORE.search(text, max(start, d.start - 90), d.start)
    if since is None or any(since.start() < other.start < d.start for other in seg.dates):
        # (not a day told after another date the clause names: "held since late July in a
        # raid ... on Saturday" is the raid's day)
        return False
    # (the event told in a body sentence before it, not only in a headline)
    body = headline_end(text)
    return any(body <= t.start < start for t in seg.triggers)


# "the arrested had worked within the ranks of ISIS ... in 2016": what those taken had done
# before, whose date is not the arrest's
_THE_TAKEN_HAD = (r"\b(?:the\s+)?(?:arrested|detained|detainees|captured|suspects|accused)\s+"
                  r"(?:\w+\s+){0,2}?had\s+")
_PAST_OF_THE_TAKEN = re.compile(_THE_TAKEN_HAD + r"(?:been\s+)?[a-z]+\b", re.IGNORECASE)
# ... and a deed of theirs told in that clause: "the arrested had fought in the ranks of"
_PAST_DEED_BEFORE = re.compile(_THE_TAKEN_HAD + r"[^.;]*$", re.IGNORECASE)
# "troops rescued 14 farmers abducted by gunmen last week": when those freed were taken,
# not when they were freed; so is "freed three people who had been held for ransom since
# late July": when their captivity began
_TAKEN_BEFORE_FREED = re.compile(
    r"\b(?:rescued|rescuing|freed|freeing|released|releasing|liberated|liberating)\b[^.;]*?"
    r"(?:\b(?:abducted|kidnapped|kidnaped|seized|taken\s+hostage|taken\s+captive)"
    r"(?:\s+by(?:\s+\w+){1,4}?)?\s+(?:on\s+|in\s+|since\s+)?"
    r"|\b(?:held|kept|missing|in\s+captivity)(?:\s+(?:for\s+ransom|hostage|captive|"
    r"in\s+captivity))?\s+since\s+)$", re.IGNORECASE)
_ABDUCTION = ("violence_against_civilians", "abduction_forced_disappearance")
# Measures that answer violence, told before it: security measures and forces moved
_MEASURES = frozenset({"change_to_group_activity"})
#: A force's own posture: a base set up, troops moved. Whom it is meant against is no side.
_POSTURE_KINDS = frozenset({"change_to_group_activity", "headquarters_or_base_established"})
#: "to counter Al Shabaab incursions", "in order to fight the cartels": the foe of a purpose.
_AIMED_AT = re.compile(
    r"\bto\s+(?:counter|fight|combat|tackle|curb|deter|repel|prevent|stop|block|contain|"
    r"thwart|confront|hunt(?:\s+down)?|pursue|secure\s+(?:[\w-]+\s+){1,3}?(?:against|from))"
    r"\s+(?:the\s+|further\s+|new\s+|possible\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AFTER_A_DEED = re.compile(
    r"\b(?:after|following|in\s+response\s+to|in\s+the\s+wake\s+of)\s+(?:(?:a|an|the|"
    r"several|recent|repeated|two|three|\d+)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AFTER_WORDS = ("after", "following", "response", "wake")  # see _may_hold
# A crowd's own word: "a mob set fire to the home", "the crowd burned"
_CROWD_WORD = re.compile(r"(?i:\bmobs?\b|\bcrowd\b|lynch)")
_DISRUPTED = ("strategic_developments", "disrupted_weapons_use")
#: Means told by the device itself, that a device found or defused also names.
_DEVICE_KEYS = frozenset({
    ("explosions_remote_violence", "remote_explosive_landmine_ied"),
    ("explosions_remote_violence", "grenade"),
    ("explosions_remote_violence", "suicide_bomb")})
# A device that went off: "exploded", "the blast", "detonated his vest" (not "safely
# detonated by the bomb squad", "before detonating")
_WENT_OFF = re.compile(
    r"\b(?:explod(?:ed|es|ing)(?! ordnance)|went off|blew (?:up|himself|herself|themselves)|"
    r"blasts?|(?<!controlled )explosions?|hit|struck|(?<!safely )(?<!before )(?<!controlled )"
    # "detonated the mine found on the road in a controlled explosion": no blast of use
    r"detonat(?:ed|ing)(?! (?:in a )?controlled)(?![^.;]{0,80}?\bcontrolled (?:explosion|"
    r"detonation)))\b")
#: The war's remnants, apart from a depot: "unexploded", "left over from the war"
_REMNANT_WORDS = r"unexploded|uxo|left ?over|remnant|where fighting|accidentally"
_REMNANT = re.compile(rf"(?i:{_REMNANT_WORDS})")
_DEPOT = re.compile(rf"(?i:depot|dump|store|stockpile|warehouse|{_REMNANT_WORDS})")
#: Means a blast of the war's remnants or of a depot is told with: the device, a shell.
_REMNANT_KEYS = _DEVICE_KEYS | {("explosions_remote_violence", "shelling_artillery_missile_attack")}
_DESTROYED = ("strategic_developments", "looting_property_destruction")
# the bomber taken before the blast: "a suicide bomber was arrested before detonating his
# vest", "police caught a would-be suicide bomber", "foiled a suicide attack"
_BOMBER_TAKEN = re.compile(
    r"\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|apprehend(?:ed|ing)?|caught|captured|"
    r"intercept(?:ed|ing)?|foil(?:ed|ing)?|thwart(?:ed|ing)?|overpower(?:ed|ing)?|"
    r"would-be)\b")
#: The bomber or the bombing named, not a vest or a belt that may have been seized.
_BOMBER_NAMED = re.compile(r"(?i:bomber|attacker|attack|bombing|wearing|wore)")
#: Words one of which every match of _BOMBER_TAKEN holds (see _may_hold).
_BOMBER_TAKEN_WORDS = ("arrest", "detain", "apprehend", "caught", "captured", "intercept",
                       "foil", "thwart", "overpower", "would-be")
# Harm to people, or an attack on a place where people live: not mere destruction.
_HARM_TO_PEOPLE = re.compile(r"\b(?:shot|shoot\w*|opened fire|fired (?:at|on|upon|shots)|gunfire|"
                       r"gunshots?|stabb\w*|beat|beaten|hacked|wounding|injuring|assault\w*|"
                       r"(?:attack\w*|raid\w*|overr[au]n|stormed) (?:the |a |an )?(?:\w+ ){0,2}?"
                       r"(?:villages?|towns?|communit(?:y|ies)|settlements?|camps?|hamlets?))\b")
#: Strategic developments that are events of their own beside any fighting.
_STANDS_BESIDE_VIOLENCE = frozenset({"agreement", "headquarters_or_base_established",
                                     "non_violent_transfer_of_territory"})


def _violent_act(triggers: Sequence[Trigger]) -> bool:
    """Whether the crowd is told doing violence ("burned tyres", "hurled stones"), not
    merely named as rioters: a violent act makes a demonstration a riot however many words
    tell the protest."""
    return any(t.event_type == "riots" and t.sub_event_type == "violent_demonstration"
               and not _RIOT_WORD.match(t.text) for t in triggers)


_RIOT_WORD = re.compile(r"(?i:riot)")
#: The rioters named as the doers ("rioters looted shops"), not a riot told of.
_RIOTERS_WORD = re.compile(r"(?i:rioters?)")
# What a crowd throws: "pelted stones at the police", "hurled a Molotov cocktail".
_THROWN = re.compile(r"(?i:stone|rock|brick|molotov|petrol bomb|projectile|object)")
#: Readings a crowd's deed may be mistaken for: an attack on the police, a clash with them.
_CROWD_DEED_RIVALS = frozenset({"violence_against_civilians", "battles"})


def _crowd_deed_leads(event_type: str, votes: dict[tuple[str, str], float], score: float,
                      triggers: Sequence[Trigger]) -> bool:
    """Whether a crowd's own violence ("inhabitants attacked officers ... throwing stones",
    "rioters torched police bunkers") outweighs the reading of an attack or a clash that
    its verbs also give: ACLED's riots, whoever was hit. Stones thrown, or the crowd called
    rioters, must be told; a deed told with neither stays an attack."""
    if event_type not in _CROWD_DEED_RIVALS:
        return False
    riot = votes.get(("riots", "violent_demonstration"), 0.0) + \
        votes.get(("riots", "mob_violence"), 0.0)
    return riot >= 0.8 * score and any(
        t.event_type == "riots" and (_THROWN.search(t.text) is not None
                                     or _RIOT_WORD.match(t.text) is not None)
        for t in triggers)
def _crowd_destroyed(key: tuple[str, str], votes: dict[tuple[str, str], float], score: float,
                     first: dict[tuple[str, str], Trigger]) -> bool:
    """Whether the destruction read is a mob's or a crowd's ("a mob set fire to the home of
    a man accused of sorcery", "rioters looted shopping malls and set trucks on fire"): a
    riot, as a crowd's burning is, where the crowd's or the rioters' word weighs at least
    half the destruction's."""
    if key != _DESTROYED:
        return False
    for crowd, named in ((("riots", "mob_violence"), _CROWD_WORD.search),
                         (("riots", "violent_demonstration"), _RIOTERS_WORD.fullmatch)):
        told = first.get(crowd)
        if told is not None and named(told.text) is not None and votes[crowd] >= 0.5 * score:
            return True
    return False


# The gathering came to blows: "clashes broke out with the police", "clashed with the
# demonstrators", "turned into clashes".
_CROWD_SIDES = (r"(?:police\w*|security(?: forces)?|(?:riot |security )?forces|officers|"
                r"law enforce\w*|gendarm\w*|soldiers|troops|demonstrators|protesters|"
                r"protestors|marchers)")
_CROWD_CLASHED = re.compile(
    rf"\bclash(?:ed|es)\s+(?:broke out\s+|erupted\s+|ensued\s+)?(?:with|between)\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+)?{_CROWD_SIDES}\b|\b{_CROWD_SIDES}\s+clashed\b")


#: Who does violence as an armed hand, not as a crowd.
_HAND_KINDS = frozenset({"unidentified_armed_group", "rebel_group", "political_militia"})


def _armed_hand(triggers: Sequence[Trigger], actors: Sequence[ActorMention],
                text: str) -> bool:
    """Whether the doer of a riot's deed ("set three vehicles on fire", "threw a Molotov
    cocktail", "ransacked") is an armed group or unnamed armed men, not a crowd: the
    first actor of the deed's sentence before it."""
    deed = next((t for t in triggers if t.event_type == "riots"), None)
    if deed is None or _RIOT_WORD.match(deed.text):
        return False  # "rioted", "rioters": a crowd by the word itself
    before = [a for a in actors if a.end <= deed.start and deed.start - a.end <= 160
              and not _SENTENCE_END.search(text, a.end, deed.start)]
    if not before:
        return False
    subject = before[0]  # "militants attacked a police outpost, ransacked it"
    # "unknown persons vandalised gravestones": ACLED's rioters; "militants" are armed
    return subject.kind in _HAND_KINDS and (
        not subject.generic or _ARMED_HAND.search(subject.text) is not None)


_SENTENCE_END = re.compile(r"[.!?;]\s")
_ARMED_HAND = re.compile(r"(?i:militant|gunm[ae]n|armed|insurgent|terrorist|rebel|guerr?il|"
                         r"fighter|jihad|attacker|assailant|bandit)")


def _harmed_nobody(casualties: Sequence[CasualtyMention], segment_text: str) -> bool:
    """No one hurt, shot at or assaulted, and no village attacked: mere destruction."""
    hurt = any(c.count != 0 and not c.animal and c.kind != "detained" for c in casualties)
    return not hurt and not _HARM_TO_PEOPLE.search(segment_text)


def _only_aimed(triggers: Sequence[Trigger]) -> bool:
    """Whether every word of a generic attack only tells whom a weapon was aimed at
    ("targeting", "targeted"), not that anyone was struck."""
    return all(t.text.lower().startswith("target") for t in triggers
               if (t.event_type, t.sub_event_type) == _GENERIC_ATTACK)


def _every_blast_a_remnant(triggers: Sequence[Trigger], sentences: Sequence[tuple[int, int]],
                           cues: Sequence[int], key: tuple[str, str] | None = None) -> bool:
    """Whether each word of a blast shares its sentence with a depot or a remnant of war
    (``cues``, where they are told: "an unexploded mortar round went off"), so that no other
    blast ("killed by army mortars. In another event, an unexploded round ...") is told
    beside it."""
    for t in triggers:
        if (t.event_type != "explosions_remote_violence" if key is None
                else (t.event_type, t.sub_event_type) != key):
            continue
        sentence = next(((a, b) for a, b in sentences if a <= t.start < b), None)
        if sentence is None or not any(sentence[0] <= c < sentence[1] for c in cues):
            return False
    return True


def _backs_a_fight(text: str, trig: Trigger, start: int) -> bool:
    """Whether a means of war is told as support of the subject's fight ("troops backed by
    US airstrikes killed ..."), not as the event."""
    return trig.event_type == "explosions_remote_violence" and (_BACKING.search(
        text, max(start, trig.start - 40), trig.start) is not None
        or _BACKING_AFTER.match(text, trig.end) is not None)


def _killed_before_taken(first: dict[tuple[str, str], Trigger], series_at: int,
                         casualties: Sequence[CasualtyMention]) -> bool:
    """Whether people were killed, told before the taking: a killing word of the event (no
    mention of a series) comes first, and a count of dead, none of them captives, precedes
    the word of the taking."""
    taken = first.get(_ABDUCTION)
    killing = first.get(_GENERIC_ATTACK)
    if taken is None or killing is None or not killing.start == series_at < taken.start:
        return False
    return any(c.kind == "killed" and not c.perpetrator and (c.count or c.low or 0) > 0
               and c.start < taken.start
               and (c.party_text or "").lower().split()[-1:] not in _CAPTIVES
               for c in casualties)


_CLASH = ("battles", "armed_clash")


def _bomb_opened_a_raid(triggers: Sequence[Trigger], bomb: Trigger) -> bool:
    """Whether a suicide bombing is told inside a fight: a clash told before it (the raid
    the report leads with) and again after it (the fighting that followed)."""
    return any(t.sub_event_type == _CLASH[1] and t.end <= bomb.start for t in triggers) and any(
        t.sub_event_type == _CLASH[1] and t.start >= bomb.end for t in triggers)


#: A fight's own words, not a blow struck: "triggering a gunfight", "an exchange of fire".
_FIGHT_WORD = re.compile(
    r"(?i:gun ?fights?|fire ?fights?|gun ?battles?|exchange[sd]? (?:of )?(?:gun ?)?fire|"
    r"clash\w*|fighting|shoot-?outs?|encounters?(?! sites?\b)|returned (?:the )?fire|"
    r"(?:reacted|responded|retaliated) with (?:heavy )?(?:gun)?fire)")
#: Fire that answers a blow: "returned fire", "reacted with gunfire".
_ANSWERED_FIRE = re.compile(
    r"(?i:returned (?:the )?fire|(?:reacted|responded|retaliated) with (?:heavy )?(?:gun)?fire)")
#: Shots fired at someone: "opened fire", "fired on".
_SHOOTING_WORD = re.compile(r"(?i:opened fire|fired (?:at|on|upon)|shot at)")
#: A deed told as following the one before in the sentence.
_THEN_BETWEEN = re.compile(
    r"(?i:\b(?:then|after which|afterwards|subsequently|followed by|before)\b)")
#: A device told as what opened a fight named before it: "exchanged fire with assailants who
#: had detonated an IED", "a gun battle broke out after a landmine struck the convoy".
_OPENED_BEFORE_BETWEEN = re.compile(
    r"(?i:\b(?:(?:who|which|that) had|after|following)\b)")
_DEVICES = (("explosions_remote_violence", "remote_explosive_landmine_ied"),
            ("explosions_remote_violence", "grenade"))


def _device_opened_a_fight(triggers: Sequence[Trigger], device: Trigger, text: str,
                           actors: Sequence[ActorMention]) -> bool:
    """Whether a device's blast opened a fight with a state's forces told in its sentence,
    after it, or before it as what had opened it ("hurled a grenade at a bunker ...,
    triggering a gunfight", "an IED struck a patrol, after which the attackers opened fire
    on the soldiers", "exchanged fire with assailants who had detonated an IED"): ACLED
    codes the fight, the blast its start. Shots fired at a house or a crowd after a blast
    open none."""
    if not any(a.kind in _STATE_KINDS for a in actors):
        return False
    for t in triggers:
        if t.end <= device.start and ". " not in text[t.end:device.start] and \
                t.sub_event_type == _CLASH[1] and _FIGHT_WORD.match(text, t.start) and \
                _OPENED_BEFORE_BETWEEN.search(text, t.end, device.start):
            # the fight told first, the blast after it as what had opened it
            return True
        if t.start < device.end:
            continue
        between = text[device.end:t.start]
        if ". " in between and (between.count(". ") > 1
                                or not _ANSWERED_FIRE.match(text, t.start)):
            continue  # (fire returned in the next sentence answers the blast: "The guards
            # reacted with gunfire")
        if t.sub_event_type == _CLASH[1] and _FIGHT_WORD.match(text, t.start):
            return True
        if t.sub_event_type == "attack" and _SHOOTING_WORD.match(t.text) and \
                _THEN_BETWEEN.search(text, device.end, t.start) and any(
                    a.kind in _STATE_KINDS and 0 <= a.start - t.end <= 40 for a in actors):
            return True
    return False


#: Those who took people: "one of the kidnappers", "the abductors" (killed, no victims).
_TAKERS = re.compile(r"(?i:kidnapper|abductor|captor|hostage-?taker)")
#: The dead a note counts among the event's: "3 fatalities", "Fatalities coded as 2".
_FATALITIES_COUNTED = re.compile(
    r"(?i:\b[1-9]\d*\s+fatalit(?:y|ies)\b|\bfatalities\s+coded\s+as\s+[1-9])")
#: A taking and a killing told as one deed: "kidnapped and later killed", "abducted and
#: beheaded".
_TAKEN_AND_KILLED = re.compile(
    r"(?i:\b(?:kidnapp|abduct)\w*\s+and\s+(?:then\s+|later\s+|subsequently\s+)?"
    r"(?:killed|murdered|executed|beheaded|shot\s+dead)\b)")


def _is_means(key: tuple[str, str]) -> bool:
    """A type that names how the violence was done: a remote weapon, a kidnapping."""
    return key[0] == "explosions_remote_violence" or key == _ABDUCTION


@dataclass(slots=True)
class TypeChoice:
    event_type: str
    sub_event_type: str
    trigger: Trigger | None
    score: float

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, event_type: str, sub_event_type: str, trigger: Trigger | None, score: float,
    ) -> None:
        self.event_type = event_type
        self.sub_event_type = sub_event_type
        self.trigger = trigger
        self.score = score


#: A call a victim is told to have defied or broken: "for defying a school boycott",
#: "accused of breaking the strike".
_DEFIED_BEFORE = re.compile(
    r"(?i:\b(?:defy|defying|defied|defiance\s+of|violat(?:e|ing|ed)|break(?:ing)?|broke|"
    r"ignor(?:e|ing|ed)|flout(?:ing|ed)?)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}$)")
_DEFIED_WORDS = ("defy", "defi", "violat", "break", "broke", "ignor", "flout")


def choose_type(
    triggers: Sequence[Trigger],
    text: str,
    span: tuple[int, int],
    actors: Sequence[ActorMention],
    casualties: Sequence[CasualtyMention],
    sentences: Sequence[tuple[int, int]] = (),
    folded: str | None = None,
) -> TypeChoice | None:
    """Vote for an ACLED type and sub-type, then refine by who is involved."""
    start, end = span
    prefix = _PREFIX.match(text, start, end) if start < end and text.find(
        ":", start, end) >= 0 else None
    if prefix:
        label = prefix.group(1).strip().lower()
        labelled = load_triggers().prefixes.get(label)
        if labelled:
            pseudo = Trigger(prefix.start(1), prefix.end(1), prefix.group(1), *labelled, 9.0)
            return TypeChoice(labelled[0], labelled[1], pseudo, 9.0)
    if not triggers:
        return None
    votes: dict[tuple[str, str], float] = {}
    first: dict[tuple[str, str], Trigger] = {}
    strong: dict[tuple[str, str], float] = {}
    generic_top = 0.0
    arrested_at = next((t.start for t in triggers if t.sub_event_type == "arrests"), len(text))
    series_at = len(text)  # first generic attack word that is no mention of a series
    # A measure told first and the violence it answered after it ("imposed a curfew on the
    # town after a shooting attack", "deployed 1,200 soldiers after attacks by dissidents")
    measure_at = triggers[0].start if triggers[0].sub_event_type in _MEASURES and _may_hold(
        text, _AFTER_WORDS) else len(text)
    for trig in triggers:
        key = (trig.event_type, trig.sub_event_type)
        if key == _GENERIC_ATTACK and trig.start < series_at and not _ONE_OF_A_SERIES.search(
                text, max(start, trig.start - 40), trig.start):
            series_at = trig.start
        # Earlier triggers describe the main event; later ones often add detail.
        position = (trig.start - start) / max(1, end - start)
        vote = trig.weight * (1.15 - 0.3 * position)
        if _backs_a_fight(text, trig, start):
            # "troops backed by US airstrikes killed 30 militants": the strikes support the
            # ground force's fight, they are not the event
            vote *= 0.3
        elif trig.event_type == "protests" and trig.text[:4].lower() in {"cond", "deno"} \
                and _OFFICIAL_VOICE.search(text, max(start, trig.start - 60), trig.start):
            # "officials condemned the bombing": a statement about the event, no protest
            vote *= 0.2
        elif trig.event_type == "protests" and _may_hold(text, _DEFIED_WORDS) and (
                _DEFIED_BEFORE.search(text, max(start, trig.start - 40), trig.start)):
            # "cut off the fingers of a teacher for defying a school boycott": the call its
            # victim defied, no gathering
            vote *= 0.2
        elif trig.event_type in _VIOLENT_TYPES and _may_hold(text, _ACCUSED_WORDS) and \
                _ACCUSED_OF.search(text, max(start, trig.start - 30), trig.start):
            # "lynched two men accused of kidnapping a child": a deed blamed, no event
            vote *= 0.05
        elif trig.start > arrested_at and (_DEED_OF_THE_TAKEN.search(
                text, max(start, trig.start - 50), trig.start) or _PAST_DEED_BEFORE.search(
                text, max(start, trig.start - 100), trig.start)):
            # "arrested a terrorist ... 'a leader responsible for attacks on civilians'":
            # what the man taken had done, not the event
            vote *= 0.3
        elif trig.event_type == "riots" and _may_hold(text, _EARLIER_RIOT_WORDS) and (
                (m := _EARLIER_RIOT_BEFORE.search(text, max(start, trig.start - 40),
                                                  trig.start)) is not None) and (
                m.group().lower().startswith("since")
                or _EARLIER_RIOT_AFTER.match(text, trig.end) is not None):
            # "mothers held a vigil ... after a riot at the jail last week": an earlier
            # riot, cited as the cause
            vote *= 0.2
        elif trig.event_type not in {"protests", "riots"} and not trig.text.endswith("ed") \
                and _may_hold(text, _PROTESTED_OVER_WORDS) and _PROTESTED_OVER.search(
                    text, max(start, trig.start - 120), trig.start):
            # "residents protested against the kidnapping of 20 students": the deed the
            # gathering was held over, not the event
            vote *= 0.3
        elif trig.start > measure_at and trig.event_type in _VIOLENT_TYPES and \
                _AFTER_A_DEED.search(text, max(start, trig.start - 40), trig.start):
            # the measure is the event, the violence it answered its cause
            vote *= 0.3
        elif _may_hold(text, _EARLIER_DEED_WORDS) and _EARLIER_DEED.search(
                text, max(start, trig.start - 30), trig.start):
            # "the victim had previously denounced the armed groups": the victim's past,
            # not the event
            vote *= 0.3
        votes[key] = votes.get(key, 0.0) + vote
        if trig.weight >= 1.5:
            strong[key] = strong.get(key, 0.0) + vote
        if key == _GENERIC_ATTACK:
            generic_top = max(generic_top, vote)
        first.setdefault(key, trig)
    if _GENERIC_ATTACK in votes and any(_is_means(k) for k in votes):
        # "targeting", "killing", "injured", "the attack" tell the outcome of a strike, a
        # blast or a kidnapping, not its means: beside a named means they count once.
        capped = {**votes, _GENERIC_ATTACK: generic_top}
        top = max(capped.items(), key=lambda kv: kv[1])[0]
        # A kidnapping told after a killing ("found dead; he had been kidnapped") is the
        # killing's background: ACLED codes the attack. "In one of two related attacks,
        # gunmen kidnapped ..." names a series, not a killing before the kidnapping.
        if _is_means(top) and (top != _ABDUCTION or first[top].start <= series_at):
            votes = capped
    lowered = folded if folded is not None else lower_ascii(text)
    segment_text = lowered[start:end]
    if _SUICIDE in votes and _BOMBER_NAMED.search(first[_SUICIDE].text) and not any(
            k[0] == "battles" for k in votes) and _may_hold(
            segment_text, _BOMBER_TAKEN_WORDS) and _BOMBER_TAKEN.search(segment_text) and \
            _harmed_nobody(casualties, segment_text) and not _WENT_OFF.search(segment_text):
        # "a suicide bomber was arrested before detonating his vest": the bomber taken,
        # the vest never went off; ACLED's disrupted weapons use, not an arrest
        taken = votes.pop(_SUICIDE) + votes.pop(("strategic_developments", "arrests"), 0.0) \
            + votes.pop(_DISRUPTED, 0.0)
        return TypeChoice(*_DISRUPTED, first[_SUICIDE], taken)
    if _DISRUPTED in votes and _DEVICE_KEYS.intersection(votes) and not any(
            k[0] == "battles" for k in votes) and _harmed_nobody(
            casualties, segment_text) and not _WENT_OFF.search(segment_text):
        # "a suicide bomber was arrested before detonating his vest", "defused a grenade
        # found in a school": the device named never went off and hurt nobody; its words
        # tell what was disrupted
        device = sum(votes.pop(key, 0.0) for key in _DEVICE_KEYS)
        return TypeChoice(*_DISRUPTED, first[_DISRUPTED], votes[_DISRUPTED] + device)
    remnants = [t.start for t in triggers
                if t.sub_event_type == "other" and _DEPOT.search(t.text)]
    if remnants and all(
            k in _REMNANT_KEYS or k[0] != "explosions_remote_violence" for k in votes) and \
            _every_blast_a_remnant(triggers, sentences or [span], remnants):
        # "an ammunition depot exploded in a fire", "an unexploded mortar round went off
        # while children played with it", "stepped on a landmine left over from the war":
        # no attack, the blast told of a depot or of the war's remnants (ACLED's "other")
        for key in _REMNANT_KEYS:
            votes.pop(key, None)
            strong.pop(key, None)
        if _every_blast_a_remnant(triggers, sentences or [span], remnants, _GENERIC_ATTACK):
            # "two boys were killed when an unexploded shell went off": the blast's toll
            votes.pop(_GENERIC_ATTACK, None)
            strong.pop(_GENERIC_ATTACK, None)
    if _SUICIDE in votes and _REMOTE in votes and votes[_REMOTE] > votes[_SUICIDE]:
        # "The death toll from a suicide bombing ... The bomber detonated an explosive ...
        # condemned the bombing": the blast told again in plain words is the suicide
        # bombing named, however often it is told
        votes[_SUICIDE] += votes.pop(_REMOTE)
    if _AIR in votes and _REMOTE in votes and all(
            _BARE_BOMBING.fullmatch(t.text) for t in triggers
            if (t.event_type, t.sub_event_type) == _REMOTE):
        # "military aircraft bombed a camp ... The bombing took place early on Wednesday":
        # a bombing told in bare words beside the aircraft that bombed is the air strike
        # told again, not a device set off
        votes[_AIR] += votes.pop(_REMOTE)
    if _SUICIDE in votes and _bomb_opened_a_raid(triggers, first[_SUICIDE]) and \
            max(votes.items(), key=itemgetter(1))[0] == _SUICIDE:
        # "militants stormed an army base ... the attackers first drove a car laden with
        # explosives into the gate ... nine were killed in the fighting that followed": the
        # bomb opened a raid told as a fight before and after it; the raid is the event
        votes[_CLASH] = votes.get(_CLASH, 0.0) + votes.pop(_SUICIDE)
    leading = max(votes.items(), key=itemgetter(1))[0]
    if leading in _DEVICES and _device_opened_a_fight(triggers, first[leading], text, actors):
        # "militants hurled a grenade at a bunker and then opened fire, triggering a
        # gunfight": the fight the blast opened with a force is the event
        votes[_CLASH] = votes.get(_CLASH, 0.0) + votes.pop(leading)
        first.setdefault(_CLASH, first[leading])
    if leading == _ABDUCTION and any(
            c.kind == "killed" and c.count and not c.perpetrator and not _is_armed_party(c)
            and not _TAKERS.search(c.party_text or "") for c in casualties) and (
            _FATALITIES_COUNTED.search(text, start, end) is not None
            or _TAKEN_AND_KILLED.search(text, start, end) is not None):
        # "kidnapped and killed two teachers", "kidnapped three members of a family ...
        # were killed. 3 fatalities": ACLED codes a taking whose people were killed in it,
        # told as one deed or counted among its fatalities, as the attack (its abductions
        # count no dead)
        votes[_GENERIC_ATTACK] = votes.get(_GENERIC_ATTACK, 0.0) + votes.pop(leading)
        first.setdefault(_GENERIC_ATTACK, first[leading])
    kinds = {a.kind for a in actors}
    armed = kinds & _ARMED_KINDS
    civilians_hit = any(_is_civilian_party(c) for c in casualties if c.kind == "killed")

    best = max(votes.items(), key=lambda kv: kv[1])
    (event_type, sub), score = best
    # Protests and riots: who is in the street decides; intervention refines.
    if event_type in {"protests", "riots"} or _crowd_deed_leads(
            event_type, votes, score, triggers) or _crowd_destroyed(
            (event_type, sub), votes, score, first) or (
        ("protests", "peaceful_protest") in votes and votes[("protests", "peaceful_protest")]
        >= 0.8 * score and event_type in {"strategic_developments", "violence_against_civilians"}
    ) or ((event_type in _CROWD_DEED_RIVALS or (event_type, sub) == _DESTROYED)
          and ("protests", "peaceful_protest") in votes
          and _may_hold(text, _GATHERING_DEED_WORDS) and _may_hold(text, _GATHERING_DEED_VERBS)
          and _GATHERING_DEED.search(segment_text) is not None):
        riot = votes.get(("riots", "violent_demonstration"), 0.0) + \
            votes.get(("riots", "mob_violence"), 0.0)
        protest = votes.get(("protests", "peaceful_protest"), 0.0)
        clashed = ("battles", "armed_clash") in votes and _CROWD_CLASHED.search(segment_text)
        if not riot and protest and _may_hold(text, _GATHERING_DEED_WORDS) and \
                _may_hold(text, _GATHERING_DEED_VERBS) and _GATHERING_DEED.search(segment_text):
            # "protesters attacked a police station", "residents protesting ... set fire
            # to a police post": the gathering's own violence makes it a riot, whatever
            # it struck
            riot = protest
        if riot > 0 and not protest and _armed_hand(triggers, actors, text):
            # "unidentified militants set three vehicles on fire", "two unknown men hurled a
            # petrol bomb at a shop": no crowd, an armed hand; destruction that
            # hurt nobody, else an attack
            key = _DESTROYED if _harmed_nobody(casualties, segment_text) else _GENERIC_ATTACK
            riot_word = first.get(("riots", "violent_demonstration")) \
                or first.get(("riots", "mob_violence")) or first[best[0]]
            return TypeChoice(*key, first.get(key) or riot_word, max(votes.get(key, 0.0), riot))
        if (riot > 0 and (riot >= protest * 0.5 or _violent_act(triggers))) or (
                protest and clashed):
            mob = votes.get(("riots", "mob_violence"), 0.0)
            violent = votes.get(("riots", "violent_demonstration"), 0.0)
            # "villagers pelted stones at the police", "inmates rioted in the jail": a crowd's
            # violence with no demonstration nor grievance told is ACLED's mob violence
            sub = "mob_violence" if mob > violent or (mob and not protest) or (
                not protest and not _PROTEST_CORE.search(segment_text)
                and not _GRIEVANCE.search(segment_text)) else "violent_demonstration"
            event_type = "riots"
        elif protest:
            event_type = "protests"
            sub = "peaceful_protest"
            if _intervened(lowered, sentences or [span]):
                sub = "protest_with_intervention"
                if _LETHAL.search(segment_text) or any(
                        c.count != 0 and not c.animal and closing_tally(text, c)
                        for c in casualties):
                    # (the dead counted as a note closes, "... dispersed them. 2 fatalities.")
                    sub = "excessive_force_against_protesters"
            if sub != "excessive_force_against_protesters" and _may_hold(
                    lowered, _CROWD_KILLED_WORDS) and _CROWD_KILLED.search(segment_text):
                # "demonstrators took one of the suspects ... and killed him": the
                # gathering's own violence makes a riot
                return TypeChoice("riots", "violent_demonstration",
                                  first.get(("riots", "violent_demonstration"))
                                  or first[best[0]], score)
            if sub != "excessive_force_against_protesters" and _may_hold(
                    lowered, _GATHERING_HAND_WORDS) and _may_hold(
                    lowered, _GATHERING_ATTACK_WORDS) and _GATHERING_ATTACKED.search(
                    segment_text):
                # "protesters demanding jobs were attacked by gunmen": an armed group's
                # attack on the gathering, violence against civilians
                return TypeChoice(*_GENERIC_ATTACK, first.get(_GENERIC_ATTACK)
                                  or first[best[0]], votes.get(_GENERIC_ATTACK, score))
            if sub != "excessive_force_against_protesters":
                if _killed_at_gathering(lowered, sentences or [span], casualties, actors,
                                        _POLICING_KINDS):
                    # "two protesters died after police fired live ammunition"
                    sub = "excessive_force_against_protesters"
                elif _killed_at_gathering(lowered, sentences or [span], casualties, actors,
                                          _ARMED_KINDS):
                    # "gunmen killed two protesters": an attack on the gathering
                    return TypeChoice(*_GENERIC_ATTACK, first.get(_GENERIC_ATTACK)
                                      or first[best[0]], votes.get(_GENERIC_ATTACK, score))
        key = (event_type, sub)
        return TypeChoice(event_type, sub, first.get(key) or first[best[0]], votes.get(key, score))
    if (event_type, sub) == _GENERIC_ATTACK and _DESTROYED in votes \
            and _harmed_nobody(casualties, segment_text):
        # Houses burned or machines wrecked in "an attack" that hurt nobody: ACLED's
        # property destruction, GTD's facility attack.
        event_type, sub = _DESTROYED
    elif event_type == "strategic_developments" and sub not in _STANDS_BESIDE_VIOLENCE:
        # ACLED codes the violence of an event before its side effects: the huts burned,
        # the weapons seized or the men arrested in an attack belong to the attack.
        violence = {k: v for k, v in strong.items() if k[0] in _VIOLENT_TYPES and not (
            # The bomb that was found or defused is no explosion.
            sub == "disrupted_weapons_use" and k[0] == "explosions_remote_violence") and not (
            # "police defused a bomb targeting farmers": whom the device was meant for,
            # and it hurt nobody
            sub == "disrupted_weapons_use" and k == _GENERIC_ATTACK
            and _only_aimed(triggers) and _harmed_nobody(casualties, segment_text)) and not (
            # Nobody hurt and no shot fired: "the attack" was the destruction itself.
            k == _GENERIC_ATTACK and sub == _DESTROYED[1]
            and _harmed_nobody(casualties, segment_text))}
        if violence:
            top_key, top_vote = max(violence.items(), key=itemgetter(1))
            if top_vote >= 0.5 * score or (
                    sub == _DESTROYED[1] and top_key == _GENERIC_ATTACK and civilians_hit):
                # "set fire to a house with a family inside, killing three children": the
                # burning killed; ACLED codes the attack, however the fire is told
                event_type, sub = top_key
    if (event_type, sub) == _ABDUCTION and _killed_before_taken(
            first, series_at, casualties):
        # "killed 14 villagers ... and abducted six others": ACLED codes the killing, the
        # taking is part of the attack
        event_type, sub = _GENERIC_ATTACK
    if event_type == "violence_against_civilians" and sub == "attack" \
            and _killed_at_gathering(lowered, sentences or [span], casualties, actors,
                                     _POLICING_KINDS):
        # "two people were shot dead by police during a protest": ACLED's excessive force
        # against protesters, a protest event, not an attack on civilians
        return TypeChoice("protests", "excessive_force_against_protesters",
                          first[best[0]], score)
    if event_type == "violence_against_civilians" and sub == "attack":
        clash = votes.get(("battles", "armed_clash"), 0.0)
        targets_armed = _targets_armed(actors, casualties)
        if clash and (targets_armed or len(armed) >= 2) and not civilians_hit:
            event_type, sub = "battles", "armed_clash"
        elif not civilians_hit and _may_hold(text, _FORCES_STRUCK_WORDS) and \
                _FORCES_STRUCK.search(segment_text):
            # "a military convoy came under attack by JNIM": the state's forces struck
            event_type, sub = "battles", "armed_clash"
    elif event_type == "battles" and sub == "armed_clash":
        if civilians_hit and len(armed) <= 1 and not _targets_armed(actors, casualties) \
                and not _clash_words(segment_text):
            event_type, sub = "violence_against_civilians", "attack"
    elif (event_type, sub) == ("explosions_remote_violence", "shelling_artillery_missile_attack"):
        # Direct fire (small arms, machine guns, an exchange) makes it a clash (ACLED).
        if _DIRECT_FIRE.search(segment_text):
            event_type, sub = "battles", "armed_clash"
    key = (event_type, sub)
    return TypeChoice(event_type, sub, first.get(key) or first[best[0]], votes.get(key, score))


_CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|people|persons?|man|men|woman|women|child(?:ren)?|boys?|girls?|"
    r"villagers?|residents?|farmers?|family|worker|workers|teacher|students?|journalists?|"
    r"passengers?|traders?|shopkeepers?|herders?|fishermen|youths?|baby|infant|elderly|"
    r"relatives|driver|doctor|nurse|priest|imam|pastor|businessman|vendor|councillor|"
    r"guards?|watchm[ae]n|"
    r"councilor|leader|activist|lawyer|judge|official|mayor|chief|"
    # the elected head of a Philippine barangay or a village, no officer
    r"(?:barangay|village) captains?)\b",
    re.IGNORECASE,
)
_ARMED_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|police(?:men|man|woman)?|officers?|militants?|fighters?|rebels?|"
    r"insurgents?|militiamen|militia|gunmen|jihadists?|terrorists?|operatives?|"
    # a guard of a state's post is of its forces; a guard alone, or a security guard, is
    # private security, a civilian in ACLED's convention
    r"(?:border|frontier|prison|jail|coast|national|republican|revolutionary|presidential|"
    r"palace|home|village|camp|base|checkpoint|armed|police|army|military) guards?|"
    r"combatants?|personnel|commanders?|elements|forces?|army|gendarmes?|recruits?|"
    r"agents?|bandits?|attackers?|assailants?|suspects?|rangers?|(?:security|militia|group) "
    r"members|members of (?:the )?(?:security|armed|army|police|militia|military)\w*|"
    r"gang ?members?|gangsters?|drug (?:dealers?|traffickers?)|cartel members?|bodyguards?|"
    r"lieutenants?|(?<!barangay )(?<!village )captains?|colonels?|sergeants?|corporals?|"
    r"privates)\b",
    re.IGNORECASE,
)
# ACLED codes a soldier or policeman attacked off duty, and a drug suspect killed in a
# police raid, as a civilian: they were not acting as armed, organised parties.
_UNARMED_STATUS = re.compile(
    r"\b(?:off[- ]duty|retired|former|ex-|drug (?:suspects?|personalit(?:y|ies)|"
    r"pushers?|users?))", re.IGNORECASE)


def _is_civilian_party(c: CasualtyMention) -> bool:
    text = c.party_text or ""
    if _UNARMED_STATUS.search(text):
        return True
    return bool(_CIVILIAN_WORDS.search(text)) and not _ARMED_WORDS.search(text)


def _is_armed_party(c: CasualtyMention) -> bool:
    text = c.party_text or ""
    return bool(_ARMED_WORDS.search(text)) and not _UNARMED_STATUS.search(text)


def _targets_armed(actors: Sequence[ActorMention], casualties: Sequence[CasualtyMention]) -> bool:
    return any(_is_armed_party(c) and not c.perpetrator for c in casualties)


# --- segmentation ---------------------------------------------------------------------------


@dataclass(slots=True)
class Segment:
    """Consecutive sentences that report one event."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    # What a new sentence is compared with, kept up to date as sentences join, so that
    # the comparison costs the same however long the segment grows.
    anchor_date: DateMention | None = None
    anchor_place: PlaceMention | None = None
    # A past event a sentence cites as the cause of its own ("in retaliation for the drone
    # strike that killed ...") is a segment of its own: ``cited`` on that one, and its span
    # among the ``holes`` of the segment whose sentence holds it.
    cited: bool = False
    holes: list[tuple[int, int]] = field(default_factory=list)
    # The figures of a sentence that counts several strikes "respectively" that are the
    # other strikes' (their number's span): none of this segment's dead.
    others_counts: list[tuple[int, int]] = field(default_factory=list)
    # The weight of the segment's triggers by event type, kept up to date as they join.
    type_weights: dict[str, float] = field(default_factory=dict)
    # A line of a list of strikes: the sentence the list hangs from ("The army said it
    # carried out the following strikes:"), which tells the striker and the day.
    list_lead: tuple[int, int] | None = None

    def add(self, sentence: tuple[int, int], triggers: Sequence[Trigger],
            dates: Sequence[DateMention], places: Sequence[PlaceMention],
            text: str = "") -> None:
        self.sentences.append(sentence)
        self.triggers.extend(triggers)
        for t in triggers:
            self.type_weights[t.event_type] = self.type_weights.get(t.event_type, 0.0) + t.weight
        self.dates.extend(dates)
        self.places.extend(places)
        if self.anchor_date is None:
            self.anchor_date = next((d for d in dates if d.date_start and d.date_end), None)
        specific = _specific_places(places)
        if specific and text and len(specific) > 1:
            # "in Balad Ruz district, east of Baqubah": the town that only says where the
            # district lies is not where the event is, nor what a later sentence is held to
            specific = [p for p in specific
                        if not _reference_point(p, specific, text, places)
                        and not _far_namesake_told(p, specific, places, text)] or specific
        if specific:
            best = _most_specific(specific)
            if self.anchor_place is None or _rank(best) < _rank(self.anchor_place):
                self.anchor_place = best

    @property
    def start(self) -> int:
        return self.sentences[0][0]

    @property
    def end(self) -> int:
        return self.sentences[-1][1]


def _within(items: Sequence[Any], start: int, end: int) -> list[Any]:
    """The mentions lying inside ``[start, end)``; ``items`` are sorted by start offset."""
    lo = bisect_left(items, start, key=_START)
    hi = bisect_left(items, end, lo=lo, key=_START)
    return [m for m in items[lo:hi] if m.end <= end]


def _in_segment(items: Sequence[Any], seg: Segment) -> list[Any]:
    """The mentions of a segment's span, less those of the cited events inside it."""
    found = _within(items, seg.start, seg.end)
    if seg.holes:
        found = [m for m in found
                 if not any(start <= m.start < end for start, end in seg.holes)]
    return found


# "..., in retaliation for the U.S. drone strike that killed ...", "two days after a suicide
# bombing killed ...": what follows is an earlier event, cited as the cause or the measure
# of the sentence's own.
_CAUSE_CLAUSE = re.compile(
    r"\b(?:in\s+(?:apparent\s+|an\s+apparent\s+)?(?:retaliation|revenge|response|reprisal)"
    r"\s+(?:for|to)|to\s+avenge|avenging|(?:(?:a|one|two|three|four|five|six|several|few)\s+)?"
    r"(?:days?|weeks?|months?)\s+after|(?<=\bcame\s)after|(?<=\bcomes\s)after|"
    r"(?<=\bwas\s)an?\s+(?:[a-z]+\s+)?(?:retaliation|revenge|reprisal)\s+for|"
    r"(?:shortly|soon|just|hours)\s+after)\s+"
    r"(?=[\w-]+['\u2019]?s?\s)(?!(?:being|having|it|he|she|they|we|you|this|that|which)\b)|"
    # "..., a week after they killed five in ...": a measured stretch of time before a
    # pronoun's deed sets that deed apart from the sentence's own, whoever did it
    r"\b(?:(?:a|one|two|three|four|five|six|several|few)\s+)?(?:days?|weeks?|months?)\s+after"
    r"\s+(?=(?:they|he|she|it|we)\s)")
_CAUSE_WORDS = ("retaliation", "revenge", "response", "reprisal", "aveng", "after", "since",
                "sentenc", "convict", "jail", "imprison", "acquit", "trial", "guilty",
                "anniversar", "past", "last", "this")
# "a court sentenced five men to death for an attack on a church in 2022 that killed ...",
# "the trial of six men accused of the 2020 massacre ...", "marked the first anniversary of
# the bombing that killed ...": the deed judged or remembered is a past one, cited.
_PAST_DEED_CUE = re.compile(
    r"\b(?:sentenc|convict|jail|imprison|acquit|trial|guilty|anniversar)[a-z]*\b"
    r"[^.;,]{0,60}?\b(?:for|over|of)\s+(?=(?:the|an?|their|his|its)\s)")
_PAST_DEED_WORDS = ("sentenc", "convict", "jail", "imprison", "acquit", "trial", "guilty",
                    "anniversar")
# "A year after the arson that destroyed the mosque, it reopened ...", "..., five months
# after gunmen abducted 80 pupils": a deed months or years before the sentence's own day.
_LONG_AFTER = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"few|many|\d{1,2})\s+)?(months?|years?|days?|weeks?)\s+after\s+"
    r"(?!(?:being|having|it|this|that|which)\b)")
# "the deadliest attack since an assault on a camp in 2021 killed 35", "business had been
# slow since the attack on the market": the earlier event a sentence measures by.
_SINCE_EVENT = re.compile(
    r"\b(?:(?:deadliest|worst|bloodiest|biggest|largest|first)\s+(?:[\w-]+\s+){0,5}?|"
    r"(?:had|has|have)\s+been\s+(?:[\w-]+\s+){1,3}?|(?:years?|months?)\s+|"
    # "weaker than at any point since the liberation of the city": a past deed a state is
    # measured against
    r"any\s+(?:point|time|moment)\s+)"
    r"since\s+(?=(?:the|an?)\s)")
# "In the past year, gunmen have killed more than 500 people in the state", "so far this
# year": a running toll over a stretch before the report, told in the perfect.
_PAST_STRETCH = re.compile(
    r"\b(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?:years?|months?|weeks?|decades?)|"
    r"so\s+far\s+this\s+(?:year|month)|(?:since\s+the\s+start\s+of|earlier)\s+this\s+year|"
    r"this\s+year)\b")
_PAST_STRETCH_WORDS = ("past", "last", "this")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:[a-z]+\s+)?$")
#: A deed's noun as the subject of a perfect of what it did to people or places: "clashes
#: over land and water have emptied" (not "attacks have risen": a trend of its own).
_PERFECT_AFTER = re.compile(r"[^.;,]{0,50}?\s(?:have|has)\s+(?:killed|displaced|emptied|"
                            r"destroyed|uprooted|driven|forced|claimed|cost|razed|burned|"
                            r"burnt|left)\b")
# "blamed for a 2015 attack on a university that killed ...": a deed told by its year
_YEAR_DEED = re.compile(
    r"\b(?:the|an?)\s(?:19|20)\d\d\s(?=(?:[a-z]+\s)?(?:attack|bomb|raid|massacre|ambush|"
    r"assault|siege|kill|shoot|kidnap|abduct|offensive|uprising|clash|strike))")
_YEAR_DEED_WORDS = ("attack", "bomb", "raid", "massacre", "ambush", "assault", "siege", "kill",
                    "shoot", "kidnap", "abduct", "offensive", "uprising", "clash", "strike")
#: Those one of which every match of _CAUSE_CLAUSE itself holds.
_CAUSE_CLAUSE_WORDS = ("retaliation", "revenge", "response", "reprisal", "aveng", "after")
_SINCE_WHEN = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:\d{1,2}\s+)?"
                         r"(?:19|20)\d\d\s*,?\s+when\b")
# "The strike came a week after ...": a sentence that only places the event told before
# it in time; what follows the cue is another event.
_RESTATED_EVENT = re.compile(
    r"\s*(?:the|this|that|it|its)\b[^,;.]{0,40}?\b(?:came|comes|happened|occurred|"
    r"took\s+place|followed|follows)\s+$")
# Where a cited clause ends: before the attribution of the sentence (", security sources
# said"), or at the sentence's end.
# "... said that the rocket fire was in retaliation for ...", "the attack occurred shortly
# after ...": the event told before, placed by a clause after a comma, "that" or "however".
_RESTATED_LATER = re.compile(
    r"(?:[,;:]|\bthat|\bhowever)\s+(?:the|this|it|its)\b[^,;.]{0,40}?\b(?:came|comes|"
    r"happened|occurred|took\s+place|followed|follows|was|is)\s+(?:(?:less|more)\s+than\s+)?$")
_CLAUSE_ATTRIBUTION = re.compile(
    r",\s+(?:(?:[\w.'-]+\s+){0,6}?(?:said|says|told|reported|added|according)\b|"
    r"(?:an?\s+|the\s+)?(?:official|source|spokesm[ae]n|statement)s?\b)|;|\s[-\u2013\u2014]\s")


# "... on Monday, a week after they killed five in ...": the stretch of time back from the
# sentence's own day to the day of the deed it cites
_STRETCH_BEFORE = re.compile(
    r"(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+after\b")
_STRETCH_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                   "seven": 7}


def _reckoned_before(text: str, folded: str, at: int,
                     own: Sequence[DateMention]) -> DateMention | None:
    """The day of a cited deed told as a stretch of days or weeks before the sentence's own
    day ("a week after they killed five"), reckoned from that day."""
    stretch = _STRETCH_BEFORE.match(folded, at)
    day = next((d for d in own if d.date_start is not None and d.time_precision == 1), None)
    if stretch is None or day is None or day.date_start is None:
        return None
    word = stretch.group(1)
    count = int(word) if word.isdigit() else _STRETCH_COUNTS[word]
    days = count * (7 if stretch.group(2).startswith("week") else 1)
    start = day.date_start - timedelta(days=days)
    return DateMention(stretch.start(), stretch.end(), text[stretch.start():stretch.end()],
                       start, start, day.time_precision, "relative", day.year_known)


def _apart_from(d: DateMention, anchor: DateMention) -> bool:
    """Whether the stretch ``d`` tells lies wholly outside the event's own and is not a day
    within a week after it (a day of the telling, of finding the dead)."""
    if d.date_start is None or anchor.date_start is None:
        return False
    end, anchor_end = d.date_end or d.date_start, anchor.date_end or anchor.date_start
    return end < anchor.date_start or d.date_start > anchor_end + timedelta(days=7)


def _day_told_before(text: str, triggers: Sequence[Trigger], dates: Sequence[DateMention],
                     segments: Sequence[Segment]) -> list[DateMention]:
    """The days in a possessive ("Monday's attack", "Sunday's bombing") right before every
    event word of a sentence, when each is the day of an event told before; [] otherwise."""
    found = []
    for t in triggers:
        day = next((d for d in dates if d.date_start is not None and d.time_precision == 1
                    and d.end <= t.start and text[d.end:t.start].strip() == ""
                    and text[d.start:d.end].endswith(("'s", "\u2019s"))), None)
        if day is None or not any(
                x.date_start == day.date_start and x.time_precision == 1
                for seg in segments for x in seg.dates):
            return []
        found.append(day)
    return found


def _violent_within(triggers: Sequence[Trigger], start: int, end: int) -> bool:
    return any(start <= t.start < end and t.event_type in _VIOLENT_TYPES for t in triggers)


def _past_deed_clause(folded: str, triggers: Sequence[Trigger], start: int,
                      end: int) -> tuple[int, int] | None:
    """The span of a past violent deed a sentence tells as judged, remembered, measured
    against, or months and years before its own day; None where it tells none."""
    if folded.find("since", start, end) >= 0:
        since = _SINCE_EVENT.search(folded, start, end)
        if since is not None:
            stop = _CLAUSE_ATTRIBUTION.search(folded, since.end(), end)
            clause_end = stop.start() if stop else end
            if _violent_within(triggers, since.end(), clause_end):
                return folded.rfind("since", since.start(), since.end()), clause_end
    if (any(folded.find(word, start, end) >= 0 for word in _PAST_STRETCH_WORDS)
            and _PAST_STRETCH.search(folded, start, end) is not None
            and any(start <= t.start < end and t.event_type in _VIOLENT_TYPES
                    and (_PERFECT_BEFORE.search(folded, max(start, t.start - 30), t.start)
                         # "where clashes over grazing land have emptied hundreds of
                         # settlements over the past decade": the deeds the subject
                         or _PERFECT_AFTER.match(folded, t.end, end))
                    for t in triggers)):
        return start, end
    if any(folded.find(word, start, end) >= 0 for word in _PAST_DEED_WORDS):
        cue = _PAST_DEED_CUE.search(folded, start, end)
        if cue is not None:
            stop = _CLAUSE_ATTRIBUTION.search(folded, cue.end(), end)
            clause_end = stop.start() if stop else end
            if _violent_within(triggers, cue.end(), clause_end) and (
                    "anniversar" in cue.group()
                    or _judged_deed(folded, triggers, start, end) is None):
                return cue.end(), clause_end
    if folded.find("after", start, end) >= 0:
        after = _LONG_AFTER.search(folded, start, end)
        if after is not None:
            long_ago = after.group(1).startswith(("month", "year"))
            if folded[start:after.start()].strip() == "":
                # opening the sentence, the cited deed runs to the comma
                comma = folded.find(",", after.end(), end)
                # (a deed after the comma too: with only an aftermath there, "One year
                # after arson attack, mosque reopens" may be the report's own deed)
                if comma > 0 and _violent_within(triggers, after.end(), comma) \
                        and _violent_within(triggers, comma, end):
                    return after.start(), comma
            elif long_ago:
                stop = _CLAUSE_ATTRIBUTION.search(folded, after.end(), end)
                clause_end = stop.start() if stop else end
                if _violent_within(triggers, after.end(), clause_end):
                    return after.start(), clause_end
    return None


def _judged_deed(folded: str, triggers: Sequence[Trigger], start: int,
                 end: int) -> tuple[int, int] | None:
    """The span of a past deed judged in court that is a sentence's only deed, dated in its
    own clause ("A court in Quetta sentenced a man for a bombing at a wedding in 2021 that
    killed 11 guests"): the deed is the sentence's event, dated by its clause, not by the
    day of the verdict, so that a later telling of its day is the same event."""
    if not any(folded.find(word, start, end) >= 0 for word in _PAST_DEED_WORDS):
        return None
    cue = _PAST_DEED_CUE.search(folded, start, end)
    if cue is None or "anniversar" in cue.group() or any(t.start < cue.start()
                                                         for t in triggers):
        return None
    stop = _CLAUSE_ATTRIBUTION.search(folded, cue.end(), end)
    clause_end = stop.start() if stop else end
    if not _violent_within(triggers, cue.end(), clause_end) \
            or _YEAR_IN.search(folded, cue.end(), clause_end) is None:
        return None
    return cue.end(), clause_end


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _cited_clause(folded: str, triggers: Sequence[Trigger], start: int,
                  end: int) -> tuple[int, int] | None:
    """The span of an earlier violent event a sentence cites as the cause of its own."""
    if _may_hold(folded, _YEAR_DEED_WORDS):
        # a deed told by its year ("the 2021 bombing that killed ..."), to the comma
        year = _YEAR_DEED.search(folded, start, end)
        if year is not None:
            stop = _CLAUSE_ATTRIBUTION.search(folded, year.end(), end)
            comma = folded.find(",", year.end(), end)
            clause_end = min(stop.start() if stop else end, comma if comma > 0 else end)
            if _violent_within(triggers, year.end(), clause_end):
                return year.start(), clause_end
    if not _may_hold(folded, _CAUSE_WORDS):
        return None
    past = _past_deed_clause(folded, triggers, start, end)
    if past is not None:
        return past
    cue = None
    for word in _CAUSE_CLAUSE_WORDS:  # in the sentence, not only somewhere in the text
        if folded.find(word, start, end) >= 0:
            cue = _CAUSE_CLAUSE.search(folded, start, end)
            break
    if cue is None:
        since = _SINCE_WHEN.search(folded, start, end)
        if since is not None and any(since.end() <= t.start and t.event_type in _VIOLENT_TYPES
                                     for t in triggers):
            # "the first death of a general since 2017, when a colonel was killed in the
            # same province": the earlier event the sentence measures its own by
            stop = _CLAUSE_ATTRIBUTION.search(folded, since.end(), end)
            return since.start(), stop.start() if stop else end
        return None
    stop = _CLAUSE_ATTRIBUTION.search(folded, cue.end(), end)
    clause_end = stop.start() if stop else end
    inside = [t for t in triggers if cue.start() <= t.start < clause_end]
    before = [t for t in triggers if t.start < cue.start()] or _RESTATED_EVENT.match(
        folded, start, cue.start()) or _RESTATED_LATER.search(folded, start, cue.start())
    if not before or not any(t.event_type in _VIOLENT_TYPES for t in inside):
        return None  # the sentence's own event is the one cited, or it names no violence
    return cue.start(), clause_end


def _start_of(mention: Any) -> int:
    return int(mention.start)


_START = attrgetter("start")  # _start_of without a Python call per bisection step


def _sorted(items: Sequence[Any]) -> Sequence[Any]:
    starts = list(map(_START, items))
    if starts == sorted(starts):  # already in order, as the stages leave them
        return items
    return sorted(items, key=_start_of)


def _specific_places(places: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if p.place is not None and p.place.feature != "country"]


def _dates_clash(a: Sequence[DateMention], b: Sequence[DateMention]) -> bool:
    """Two lists of dates that cannot describe the same event (no overlap at all)."""
    da = [d for d in a if d.date_start and d.date_end]
    db = [d for d in b if d.date_start and d.date_end]
    if not da or not db:
        return False
    x, y = da[0], db[0]
    assert x.date_start and x.date_end and y.date_start and y.date_end
    return x.date_end < y.date_start or y.date_end < x.date_start


# A month named alone or before its day ("April", "Sept. 12").
_MONTH_NAMED = re.compile(r"([A-Za-z]+)\.?(?:[ \t]+\d{1,2})?")


def _other_month(told: DateMention, anchor: DateMention) -> bool:
    """A month of no known year that the anchor's dates do not reach ("April" after "March
    2019"): a date the calendar cannot place, and yet another month."""
    if told.year_known or told.date_start is not None or anchor.date_start is None \
            or anchor.date_end is None:
        return False
    named = _MONTH_NAMED.fullmatch(told.text)
    month = date_words().months.get(named.group(1).capitalize()) if named else None
    if month is None:
        return False
    first, last = anchor.date_start, anchor.date_end
    if (last.year - first.year) * 12 + last.month - first.month >= 11:
        return False  # the anchor spans a year: every month is in it
    months = {first.month}
    at = first
    while (at.year, at.month) < (last.year, last.month):
        at = date(at.year + at.month // 12, at.month % 12 + 1, 1)
        months.add(at.month)
    return month not in months


def _places_clash(a: Sequence[PlaceMention], b: Sequence[PlaceMention]) -> bool:
    pa, pb = _specific_places(a), _specific_places(b)
    if not pa or not pb:
        return False
    xm, ym = _most_specific(pa), _most_specific(pb)
    x, y = xm.place, ym.place
    assert x is not None and y is not None
    if x.country != y.country:
        return True
    if x.name == y.name:
        return False
    for wide, inner in ((xm, y), (ym, x)):
        if _province_wide(wide) and wide.place is not None and (
                inner.admin1 == wide.place.admin1):
            # "the eastern Deir ez-Zor countryside", then "the towns of Hajin and
            # al-Shafa": towns of the province the countryside is told for
            return False
    # A province and a town inside it describe the same place at two precisions.
    for outer, inner in ((x, y), (y, x)):
        if outer.feature == "admin1" and inner.admin1 == outer.name:
            return False
        if outer.feature == "admin2" and inner.admin2 == outer.name:
            return False
    # "in the Al-Jazeera desert ... near Rutba": a desert or a range spans a province
    reach = 150 if "natural" in (x.feature, y.feature) else 60
    return haversine_km(x.latitude, x.longitude, y.latitude, y.longitude) > reach


def _rank(mention: PlaceMention) -> int:
    return _PLACE_RANK.get(mention.place.feature if mention.place else "", 1)


def _most_specific(places: Sequence[PlaceMention]) -> PlaceMention:
    return min(places, key=_rank)


_SINCE_CUT = re.compile(r"\bsince\s+[^,;.]{2,40}?,\s*when\b")
_NEW_EVENT_CUE = re.compile(
    r"\b(?:(?:in|during) (?:a |another )?(?:separate|different|second|later|earlier|unrelated|"
    r"similar) (?:attack|incident|strike|clash|raid|event|development|operation)|separately|"
    r"elsewhere|in another (?:attack|incident|development)|in one (?:incident|attack|case)|"
    # "In June, a similar strike near Sidakan killed three people"
    r"(?:a|another) (?:similar|separate) (?:attack|incident|strike|clash|raid|bombing|blast|"
    r"explosion|ambush|assault))\b")
#: A sentence that opens on a part of the day ("In the afternoon,", "Later that evening,").
_PART_OF_DAY_OPENING = re.compile(
    r"(?:(?:later|early|earlier|late)\s+)?(?:in|during)\s+the\s+(?:morning|afternoon|evening|"
    r"night)\b|(?:later|earlier|early|late)\s+(?:that|this|on\s+the)\s+(?:morning|afternoon|"
    r"evening|night|day)\b|(?:that|this)\s+(?:morning|afternoon|evening)\s*,")
_PAST_RUN = re.compile(
    r"\b(?:in|over|during)\s+(?:recent\s+(?:years|months|decades)|the\s+(?:past|last)\s+"
    r"(?:(?:few|several|two|three|four|five|ten|\d+)\s+)?(?:years|decades))\b")
_NEW_EVENT_WORDS = ("separate", "different", "second", "later", "earlier", "unrelated",
                    "similar", "elsewhere", "another", "in one")
# A sentence that opens on a loose earlier time tells of another incident ("Earlier this
# week, militants attacked a checkpoint ..."), even when the lead event has no date of its own.
_EARLIER_OPENING = re.compile(
    r"(?:earlier|late|early)\s+(?:this|last)\s+(?:week|month)\b|last\s+(?:week|month)\b|"
    r"earlier\s+in\s+the\s+(?:week|month)\b|"
    r"(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?)\s+(?:earlier|before|ago)\b|"
    r"days\s+(?:earlier|before)\b")


def _moved(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` kilometres from ``(lat, lon)`` along ``bearing`` (degrees from north)."""
    from math import asin, atan2, cos, degrees, radians, sin

    angle, theta = km / 6371.0, radians(bearing)
    phi, lam = radians(lat), radians(lon)
    phi2 = asin(sin(phi) * cos(angle) + cos(phi) * sin(angle) * cos(theta))
    lam2 = lam + atan2(sin(theta) * sin(angle) * cos(phi), cos(angle) - sin(phi) * sin(phi2))
    return degrees(phi2), (degrees(lam2) + 540.0) % 360.0 - 180.0


# "The correction came after the command confirmed two more deaths from a raid": what
# changed a period's count, already in it
# ("... often confirm additional enemy casualties"; "The four additional deaths came from a
# partnered raid": the deaths told of before, by the article)
_MORE_DEATHS = re.compile(
    r"\b(?:confirm\w*|found|recorded|counted|learned\s+of|the)\s+(?:\w+\s+){0,2}?(?:more|"
    r"additional|further)\s+(?:enemy\s+)?(?:deaths|fatalities|dead|killed|casualties)\b")


def _excluded_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of tally sentences, which report aggregates rather than events."""
    return tally_spans(doc)


def _period_tally_starts(doc: Doc) -> list[int]:
    """Where the figures lie that the tallies stage read as counts over a period of days
    ("arrested 52 suspects during the past week, the ministry said on Saturday"): whatever
    day their sentence names, they are no incident of that day."""
    return sorted(r.evidence[0].start for r in doc.records
                  if isinstance(r, Tally) and r.evidence and r.period_start is not None
                  and r.period_end is not None and r.period_start != r.period_end)


# "a spate of attacks in recent years", "a series of bombings": attacks in general
_RUN_OF = re.compile(r"\b(?:spate|series|string|wave|number|campaign|history|rise|"
                     r"dozens|hundreds)\s+of\s+(?:[\w-]+\s+){0,2}$")


def _restatements(seg: Segment, choice: TypeChoice, lowered: str) -> list[Trigger]:
    """The words of later sentences of the segment that tell its event again ("the blast",
    "the explosion", "survivors of the attack"): one per sentence, of the same family of
    event (any violence for a violent event), none in a cited event's span, no plural
    telling of attacks in general ("a spate of attacks", "still carry out raids")."""
    chosen = choice.trigger
    if chosen is None or len(seg.sentences) < 2:
        return []
    violent = choice.event_type in _VIOLENT_TYPES
    holes = sorted(seg.holes)
    seen = {sentence_of(chosen.start, seg.sentences)}
    out: list[Trigger] = []
    for t in seg.triggers:
        if t.weight < 1.0 or not (t.event_type in _VIOLENT_TYPES if violent
                                  else t.event_type == choice.event_type):
            continue
        k = sentence_of(t.start, seg.sentences)
        if k in seen or (holes and _inside_any(holes, t.start, t.end)) or (
                _PLURAL_TRIGGER.search(lowered, t.start, t.end) and (
                    _habitual(lowered, t)
                    or _RUN_OF.search(lowered, max(0, t.start - 40), t.start))):
            continue
        seen.add(k)
        out.append(t)
    return out


def _places_retold(seg: Segment, places: Sequence[PlaceMention], retold: Sequence[Trigger],
                   location: Location, chosen: PlaceMention | None) -> list[PlaceMention]:
    """Where the sentences that tell the event place it: in each, the first mention
    of the event's place, of its first-level division or of its country ("IED kills a
    general in Syria" above the town the body names)."""
    out: list[PlaceMention] = []
    for t in retold:
        k = sentence_of(t.start, seg.sentences)
        lo, hi = seg.sentences[k]
        for p in _within(places, lo, hi):
            where = p.place
            if p is chosen or where is None or where.country != location.country:
                continue
            if where.name in (location.name, location.place) or (
                    where.feature == "admin1" and where.name == location.admin1) or (
                    where.feature == "country"):
                out.append(p)
                break
    return out


#: A locative preposition (or a list going on) right before a place's name.
_AT_PLACE = re.compile(r"(?:\b(?:in|at|near|around|outside|inside|across|throughout)"
                       r"|(?P<more>,|\band))\s+(?:the\s+)?$")
_AT_PLACE_WORDS = frozenset({"in", "at", "near", "around", "outside", "inside", "across",
                             "throughout"})


def _place_cue(lowered: str, lo: int, hi: int) -> int:
    """What ``_AT_PLACE`` finds searched in ``lowered`` from ``lo`` to ``hi``, read back
    from the end, where every match of it ends, not tried at each character: 0 for no
    match, 1 for a word that places ("in", "near"), 2 for one that joins another place to
    the list (``more``: a comma, "and"); "the" and blanks may follow either."""
    end = hi
    while end > lo and lowered[end - 1].isspace():
        end -= 1
    if end == hi:
        return 0
    start = end
    while start > lo and lowered[start - 1].isalpha():
        start -= 1
    if end - start == 3 and lowered[start:end] == "the" and start > lo \
            and lowered[start - 1].isspace():
        end = start
        while end > lo and lowered[end - 1].isspace():
            end -= 1
        start = end
        while start > lo and lowered[start - 1].isalpha():
            start -= 1
    if start == end:
        return 2 if end > lo and lowered[end - 1] == "," else 0
    if start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
        return 0  # no word start (a search from ``lo`` sees the text before it)
    word = lowered[start:end]
    return 1 if word in _AT_PLACE_WORDS else 2 if word == "and" else 0


def _sites_told(text: str, lowered: str, seg: Segment, places: Sequence[PlaceMention],
                triggers: Sequence[Trigger], casualties: Sequence[Casualty],
                location: Location, chunks: Chunks | None = None
                ) -> tuple[list[tuple[int, int]], list[PlaceMention]]:
    """Where the sentences that tell the event place it, beyond its one place: the sites
    (buildings, venues, streets: :func:`eventcoder.places.find_sites`) and the places of the
    event's country (or unknown to the gazetteer) named after a locative preposition ("IS
    attacks in Badia Tadmur and Badia al-Mayadin"). The sentences are those of the event's
    words, then of its counts; nothing inside a cited event's span counts."""
    seen: set[int] = set()
    sites: list[tuple[int, int]] = []
    named: list[PlaceMention] = []
    holes = sorted(seg.holes)
    for pos in [*(t.start for t in triggers), *(e.start for c in casualties for e in c.evidence)]:
        k = sentence_of(pos, seg.sentences)
        if not 0 <= k < len(seg.sentences) or k in seen:
            continue
        seen.add(k)
        lo, hi = seg.sentences[k]
        sites.extend(site for site in find_sites(text, lo, hi, chunks)
                     if not (holes and _inside_any(holes, site[0], site[1])))
        listed = False
        last_end = -1
        for p in _within(places, lo, hi):
            if listed and not text[last_end:p.start].strip():
                last_end = p.end  # one name read as two ("Badia Tadmur")
                continue
            cue = _place_cue(lowered, max(lo, p.start - 12), p.start)
            at = cue == 1 or (cue == 2 and listed)
            listed = at and (p.place is None or p.place.country == location.country)
            last_end = p.end
            if listed and not (holes and _inside_any(holes, p.start, p.end)):
                named.append(p)
    return sites, named


#: An event word that names who did it: "suicide bomber", "suicide attackers".
_ATTACKER_IN_TRIGGER = re.compile(r"\b(?:bombers?|attackers?|gunm[ae]n|assailants?)\b",
                                  re.IGNORECASE)
_BOMBER = re.compile(r"\bbombers?\b", re.IGNORECASE)
#: The attacker told again by what he did or is held for: "the shooter", "the suspect",
#: "the alleged killer", "a lone gunman", "Gunmen ambushed" (every match holds one of
#: _ATTACKER_STEMS).
_ATTACKER_TOLD = re.compile(
    r"\b(?:(?:the|a|an)\s+)?(?:(?:lone|suspected|alleged|would-be|suicide|masked|armed|"
    r"presumed)\s+)?(?:shooter|gunman|gunmen|attackers?|assailants?|suspects?|bombers?|"
    r"killers?|perpetrators?|arsonists?)\b")
_ATTACKER_STEMS = ("shooter", "gunm", "attacker", "assailant", "suspect", "bomber", "killer",
                   "perpetrator", "arsonist")
#: "A man opened fire", "a 19-year-old woman stabbed": a person told only by who he is,
#: as the subject of the deed, with what he bore told between ("a young man wearing an
#: explosive belt blew himself up") (every match holds "man", "woman", "youth" or "teenager").
_PERSON_DOING = re.compile(
    r"\b(?P<who>(?:a|an)\s+(?:(?:young|lone|masked|armed|local|\d+-year-old)\s+)?"
    r"(?:man|woman|youth|teenager))\s+(?:(?:wearing|carrying|strapped\s+with)\s+(?:an?\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:belt|vest|explosives)\s+)?(?:who\s+)?"
    r"(?:opened\s+fire|shot|stabbed|detonated|"
    r"blew\s+himself\s+up|blew\s+herself\s+up|set\s+fire|set\s+alight|threw|hurled|"
    r"drove|rammed|attacked|fired|walked\s+into|burst\s+into)\b")
#: A person's deed that is a bomber's own blast.
_BLEW_ONESELF = re.compile(r"\b(?:blew\s+(?:him|her)self\s+up|detonated)\b")
#: The attacker's name, given after the word that tells him: "the suspect, identified as
#: Jan Novak,", "police named the gunman as Jan Novak", "the alleged killer, Jan Novak -".
_ATTACKER_NAMED = re.compile(
    r"\b(?:[Ss]hooter|[Gg]unman|[Aa]ttacker|[Aa]ssailant|[Ss]uspect|[Bb]omber|[Kk]iller|"
    r"[Pp]erpetrator|[Aa]rsonist)(?:,\s+(?:who\s+(?:was|has\s+been)\s+|was\s+)?"
    r"(?:identified|named)\s+(?:by\s+\w+\s+)?as|\s+as|,)\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})(?=\s*[,.;\u2013\u2014-]|\s+(?:was|is|had|has)\b)")


def _attacker_hurt_by_his_name(event: Event, text: str,
                               told: Sequence[tuple[int, int]]) -> None:
    """The attacker killed or hurt, kept under the name the report gives him ("The suspect,
    identified as Travis Koenig, ... was wounded by officers"), is of the attacker's side."""
    names = {text[s:e] for s, e in told if text[s:s + 1].isupper()}
    if not names or event.actor1 is None:
        return
    for k, c in enumerate(event.casualties):
        if c.party in names and c.kind in {"killed", "wounded"}:
            event.casualties[k] = _replace_casualty(c, party=event.actor1)


#: A named group told again by what it is: "The group said the barracks was a target",
#: "the organisation has denied it" (every match holds "the " in some case).
_GROUP_RETOLD = re.compile(r"\b[Tt]he\s+(?:group|organi[sz]ation|movement|outfit|faction|"
                           r"network)\b(?!\s+(?:of\b|[A-Z\d]))")


def _group_told_again(text: str, group: ActorMention, actors: Sequence[ActorMention],
                      end: int) -> list[tuple[int, int]]:
    """The spans after a named group's name, up to ``end``, that tell it again as "the
    group" or "the organisation", where no other named group is told after it: the one
    group the passage speaks of."""
    after = [a for a in actors if a.start >= group.start and not a.generic
             and a.kind in NAMED_GROUP_KINDS]
    if any(a.name != group.name for a in after) or text.find("he ", group.end, end) < 0:
        return []
    return [m.span() for m in _GROUP_RETOLD.finditer(text, group.end, end)
            if not any(a.start <= m.start() < a.end for a in actors)]


def _near_the_words(seg: Segment, words: Sequence[Trigger]) -> list[tuple[int, int]]:
    """The runs of the segment's sentences from one before each of the event's words to
    as far after as an unnamed attacker may be told (:data:`_STRIKER_REACH`)."""
    runs: list[tuple[int, int]] = []
    last = len(seg.sentences) - 1
    for word in words:
        k = sentence_of(word.start, seg.sentences)
        if 0 <= k <= last:
            runs.append((seg.sentences[max(0, k - 1)][0],
                         seg.sentences[min(last, k + _STRIKER_REACH)][1]))
    return runs


#: A group named as who runs the ministry that tells the toll ("Houthi health ministry
#: says", "the Houthi-run health ministry said"): the teller's owner, no side of the deed.
#: The word every match of ``_MINISTRY_TELLS`` holds (looked for once per text).
_MINISTRY_WORDS = ("ministry",)
_MINISTRY_TELLS = re.compile(
    r"(?:-(?:run|led|controlled))?\s+(?:(?:health|interior|information|defen[cs]e)\s+)?"
    r"ministry\s+(?:says|said|reports|reported|announced|stated|added)\b", re.IGNORECASE)


#: The person told by his deed before, told again and named: "The man, identified only as
#: Thomas W., ...", "the woman, named by police as Jane Roe,".
_PERSON_NAMED = re.compile(
    r"\b[Tt]he\s+(?:man|woman|youth|teenager),\s+(?:who\s+was\s+)?(?:identified|named)\s+"
    r"(?:only\s+)?(?:by\s+\w+\s+)?as\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'.-]*){1,2})"
    r"(?=\s*[,;]|\s+(?:in|was|is|had|has)\b)")


#: The man a court holds for the attack: "found Ghulam Nabi, 33, guilty of helping to plant
#: the bomb" (every match holds "guilty"), "convicted Jan Novak of the bombing" (every
#: match holds "convicted").
_CONVICTED_NAMED = (
    re.compile(r"\bfound\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})(?:,\s*\d{1,2},)?\s+"
               r"guilty\b"),
    re.compile(r"\bconvicted\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})(?:,\s*\d{1,2},)?\s+"
               r"(?:of|over|for)\b"))


def _attacker_retold(text: str, lowered: str, start: int, end: int,
                     near: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The spans that tell an attack's attacker again within its passage: the words for
    him ("the shooter", "the suspect", "a man opened fire"), the name the report gives him,
    and that name told again, whole or by the surname, anywhere after ("Koenig had no
    record"). With ``near`` (spans of text), a word or name counts only inside one of them:
    the sentences near the event's own words, not a deed of other men told far below."""
    window = lowered[start:end]
    spans: list[tuple[int, int]] = []
    names: list[re.Match[str]] = []
    if any(stem in window for stem in _ATTACKER_STEMS):
        spans.extend(m.span() for m in _ATTACKER_TOLD.finditer(lowered, start, end))
        names.extend(_ATTACKER_NAMED.finditer(text, start, end))
    if "guilty" in window:
        names.extend(_CONVICTED_NAMED[0].finditer(text, start, end))
    if "convicted" in window:
        names.extend(_CONVICTED_NAMED[1].finditer(text, start, end))
    if "man" in window or "youth" in window or "teenager" in window:
        # the person's words, without the deed
        doing = [m.span("who") for m in _PERSON_DOING.finditer(lowered, start, end)]
        spans.extend(doing)
        if doing and ("identified" in window or "named" in window):
            # "A man who attacked staff ... The man, identified only as Thomas W.": the
            # person told by his deed, named after, is the attacker named
            names.extend(_PERSON_NAMED.finditer(text, doing[0][1], end))
    if near is not None:
        spans = [(s, e) for s, e in spans if any(a <= s and e <= b for a, b in near)]
        names = [m for m in names if any(a <= m.start(1) and m.end(1) <= b for a, b in near)]
    for m in names:
        surname = m.group(1).rsplit(None, 1)[-1]
        spans.append(m.span(1))
        # the man named is the same man wherever the story names him again
        at = text.find(surname, m.end(1))
        while at >= 0:
            after = at + len(surname)
            if (at == 0 or not text[at - 1].isalnum()) and (
                    after >= len(text) or not text[after].isalnum()):
                spans.append((at, after))
            at = text.find(surname, after)
    return sorted(set(spans))
#: A deed that stopped the attacker the event word names: "troops shot dead a suicide
#: bomber", "police intercepted two would-be attackers".
_STOPPED_BEFORE = re.compile(
    r"\b(?:killed|kill|kills|shot(?:\s+dead)?|gunned\s+down|neutrali[sz]ed|intercepted|"
    r"stopped|arrested|captured|caught|apprehended|overpowered|thwarted)\s+"
    r"(?:(?:an?|the|one|two|three|four|five|\d+)\s+)?(?:(?:would-be|female|male|teenage|"
    r"young|suspected|alleged)\s+)?$", re.IGNORECASE)
#: A verb of striking people between a subject and those it struck, where the verb is no
#: event word of its own: "troops (said they) hit two gunmen" (not "hit by" its author).
_STRUCK_BETWEEN = re.compile(r"\b(?:hit|hits|struck)\s+(?:an?\s+|the\s+|(?!by\b)\w+\s+)?$")
#: A force told as the agent of an attacker's death: "shot dead by police", "killed by
#: soldiers".
_KILLED_BY_FORCE = re.compile(
    r"\b(?:shot\s+dead|shot|killed|gunned\s+down|neutrali[sz]ed|overpowered)\s+by\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
#: The attacker told by his deed: "the alleged attacker", "the gunman", "the killer".
_ATTACKER_WORD = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|killers?|bombers?|"
                            r"shooters?|perpetrators?)\b", re.IGNORECASE)


def _attacker_the_force_killed(text: str, force: ActorMention,
                               actors: Sequence[ActorMention]) -> ActorMention | None:
    """The unnamed attacker whose death the force is told as the agent of, just before it
    in the same sentence: "The alleged attacker, X - shot dead by police -"."""
    if not _KILLED_BY_FORCE.search(text, max(0, force.start - 40), force.start):
        return None
    return next((a for a in reversed(actors) if a.end <= force.start
                 and force.start - a.end <= 100 and a.kind in _NON_STATE_SIDE and a.generic
                 and _ATTACKER_WORD.search(a.text) and not any(
                     mark in text[a.end:force.start] for mark in ".;")), None)


#: Words that tell what an attack was aimed at, the target after them: "an attack on the
#: Christmas market", "targeted a bakery", "crashed into a foot patrol".
_TARGET_CUE = re.compile(
    r"\b(?:(?:attacks?|assaults?|raids?|bombings?|ambush(?:es)?)\s+(?:on|against|of)"
    r"|(?:targeted|targeting|stormed|storming)"
    r"|(?:rammed|ramming|crashed|crashing|ploughed|plowed|drove)\s+into)\s+")
_TARGET_CUE_WORDS = ("attack", "assault", "raid", "bombing", "ambush", "target", "storm", "ramm",
                     "crash", "plough", "plow", "drove")
#: The target told as what a blast did to it: "The Harmon Federal Building in Tulsa
#: was shattered by an explosion".
_STRUCK_BY = re.compile(
    r"\s+(?:in\s+(?:[A-Z][\w'\-]*\s+)+)?(?:was|were)\s+(?:\w+ly\s+)?(?:shattered|destroyed|"
    r"damaged|hit|struck|targeted|attacked|bombed|wrecked|gutted|levell?ed|flattened)\s+by\b")
#: Words one of which every match of _STRUCK_BY holds (see _may_hold): a tenth of short
#: notes hold one, and the search tries the pattern at every blank of each sentence.
_STRUCK_BY_WORDS = ("shattered", "destroyed", "damaged", "hit", "struck", "targeted", "attacked",
                    "bombed", "wrecked", "gutted", "level", "flattened")
_TARGET_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*|\S")
_TARGET_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _target_phrase(text: str, lowered: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase from ``start``: a determiner and at most six words before a function
    word or a mark ("a NATO-Afghanistan foot patrol", "innocent people")."""
    stop = site_words().stop
    words = [(m.start(), m.end()) for m in _TARGET_WORD.finditer(text, start, end)][:8]
    k = 0
    if words and lowered[words[0][0]:words[0][1]] in _TARGET_DETERMINERS:
        k = 1
    first = k
    while k < len(words) and k - first < 6:
        s, e = words[k]
        if not text[s].isalpha() or (lowered[s:e] in stop and not text[s].isupper()):
            break
        k += 1
    if k == first:
        return None
    return words[0][0], words[k - 1][1]


def _targets_told(text: str, lowered: str, seg: Segment, triggers: Sequence[Trigger],
                  dates: Sequence[DateMention], places: Sequence[PlaceMention]
                  ) -> list[tuple[int, int]]:
    """What the sentences of the event's words say it was aimed at: the phrase after "an
    attack on", "targeted", "crashed into", or before "was shattered by"; never a date or a
    bare place name ("an attack on Friday", "an attack on Kabul")."""
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    holes = sorted(seg.holes)
    cued = _may_hold(lowered, _TARGET_CUE_WORDS)
    struck_cued = _may_hold(lowered, _STRUCK_BY_WORDS)
    for t in triggers:
        k = sentence_of(t.start, seg.sentences)
        if not 0 <= k < len(seg.sentences) or k in seen:
            continue
        seen.add(k)
        lo, hi = seg.sentences[k]
        found: list[tuple[int, int]] = []
        for cue in _TARGET_CUE.finditer(lowered, lo, hi) if cued else ():
            phrase = _target_phrase(text, lowered, cue.end(), hi)
            if phrase is not None:
                found.append(phrase)
        for struck in _STRUCK_BY.finditer(text, lo, hi) if struck_cued else ():
            head = text.rfind(" ", lo, struck.start())
            # the phrase that ends before "(in X) was shattered by", from its determiner
            opening = max(text.rfind(w, lo, struck.start()) for w in ("The ", "the ", "A ", "a "))
            begin = opening if opening >= 0 and struck.start() - opening < 60 else head + 1
            if begin < struck.start():
                found.append((begin, struck.start()))
        for s, e in found:
            if (holes and _inside_any(holes, s, e)) or any(
                    d.start < e and s < d.end for d in _within(dates, lo, hi)) or any(
                    p.start <= s and e <= p.end for p in _within(places, lo, hi)):
                continue
            out.append((s, e))
    return out


def _former_counts_only(doc: Doc, start: int, end: int) -> bool:
    """Say whether every count of people in the span is told as what was said before
    ("An earlier version of this story said 14 insurgents had been killed")."""
    counts = [m for m in starting_in(doc.casualties, start, end) if m.count is not None]
    return bool(counts) and all(told_as_former(m, doc.text, doc.sentences) for m in counts)


#: A report's note on an earlier version of itself ("Correction: an earlier version of this
#: release said 19 operatives were detained"): the count it gave before, no incident.
_VERSION_OF_THIS = re.compile(
    r"\b(?:earlier|previous|original|first)\s+version\s+of\s+this\s+(?:release|statement|"
    r"story|article|report|update|post|press\s+release|news\s+release)\b")


def _inside_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start + 1, 0)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


#: "two airstrikes against ... positions, one near A in X and one near B in Y": strikes told
#: together, then each by its place.
_STRIKES_TOLD_TOGETHER = re.compile(
    r"\b(?:two|three|four|2|3|4)\s+(?:[a-z-]+\s+){0,2}?(?:air\s?strikes|strikes|raids|"
    r"attacks|operations|ambushes|bombings|explosions)\b")
#: The plural nouns one of which every match of _STRIKES_TOLD_TOGETHER holds.
_STRIKES_TOLD_WORDS = ("strikes", "raids", "attacks", "operations", "ambushes", "bombings",
                       "explosions")


def _strikes_told_together(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The match of ``_STRIKES_TOLD_TOGETHER`` in ``folded[start:end]`` (lower-cased text),
    its nouns looked for first: most sentences count no strikes."""
    for word in _STRIKES_TOLD_WORDS:
        if folded.find(word, start, end) >= 0:
            return _STRIKES_TOLD_TOGETHER.search(folded, start, end)
    return None
#: A sentence that tells one strike of several told together: "The second airstrike, ...",
#: "The last raid ...", "A third strike ...".
_ORDINAL_STRIKE = re.compile(
    r"[\"\u201c]?(?:the|an?)\s+(?:second|third|fourth|fifth|other|last|final)\s+"
    r"(?:[a-z-]+\s+)?(air\s?strike|strike|raid|attack|operation|ambush|bombing)\b")
#: Where each strike of them is told: ", one near", "and one in", "and another outside".
_EACH_STRIKE = re.compile(
    r"(?:,|\band\b)\s*(?:one|another|the\s+other|the\s+second|the\s+third)\s+"
    r"(?=(?:near|in|at|around|outside|on|(?:north|south|east|west)\w*)\b)")
_RESPECTIVELY = re.compile(r"\brespectively\b")


def _strike_told_again(folded: str, ordinal: re.Match[str], all_triggers: Sequence[Trigger],
                       told_together: tuple[int, int]) -> list[Trigger]:
    """The trigger of "The second strike" in a sentence telling one of several strikes,
    of the kind of the strikes told together ("conducted three airstrikes"); [] if that
    sentence has no trigger where it counts them."""
    counted = _strikes_told_together(folded, *told_together)
    if counted is None:
        return []
    kind = next((t for t in _within(all_triggers, *told_together)
                 if t.start < counted.end() and counted.start() < t.end), None)
    if kind is None:
        return []
    return [Trigger(ordinal.start(1), ordinal.end(1), ordinal.group(1), kind.event_type,
                    kind.sub_event_type, kind.weight)]


def _strikes_one_each(folded: str, s_start: int, s_end: int,
                      places: Sequence[PlaceMention]) -> list[tuple[int, int]]:
    """The spans of a sentence telling each of several strikes by its own place ("conducted
    two airstrikes, one near A in X and one near B in Y"), where each names a place that
    the others do not; none otherwise."""
    told = _strikes_told_together(folded, s_start, s_end)
    if told is None:
        return []
    starts = [m.start() for m in _EACH_STRIKE.finditer(folded, told.end(), s_end)]
    if len(starts) < 2:
        return []
    ends = starts[1:] + [_part_end(folded, starts[-1], s_end)]
    parts = list(zip(starts, ends, strict=True))
    for start, end in parts:
        if not any(start <= p.start and p.end <= end and p.place is not None for p in places):
            return []
    return parts


def _part_end(folded: str, start: int, s_end: int) -> int:
    """Where the last strike's own words end: at the comma or stop after it."""
    comma = folded.find(",", start + 1, s_end)
    return comma if comma >= 0 else s_end


#: A line of a list: "- Near A, a strike ...", "\u2022 In B, ...", "2) ...", "1- ...".
_LIST_LINE = re.compile(r"[-\u2013\u2014\u2022*\u25aa\u25cf][ \t]+|\d{1,2}[.)][ \t]+|"
                        r"\d{1,2}[ \t]*-[ \t]*(?=[A-Za-z])")
#: A line of a strike release's list, opening on the place the strikes were near: "-- Near
#: Raqqa, four strikes engaged ...", "- Near Mosul, ...".
_STRIKE_LINE = re.compile(r"[ \t]*(?:-{1,2}|[\u2013\u2014\u2022*])[ \t]*[Nn]ear\s+[A-Z]")
#: The day a line of a list may open on, before its place: "On May 3, ", "In late June, ".
_LINE_OPENING_DAY = r"(?:(?:On|In)\s+[^,\n]{3,30},\s*)?"
#: A list line that opens on where its deed was: "- Near Ayorou, ...", "- On May 3, in B".
_LINE_OPENS_ON_PLACE = re.compile(
    _LINE_OPENING_DAY + r"(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round)\s+"
    r"(?:the\s+)?[A-Z]")


def _on_strike_line(text: str, seg: Segment) -> bool:
    """Whether the segment is on a line of a strike release ("-- Near Mosul, ...")."""
    return _STRIKE_LINE.match(text, text.rfind("\n", 0, seg.start) + 1) is not None


def _consecutive_runs(indices: Sequence[int]) -> list[list[int]]:
    """The runs of consecutive numbers in ``indices`` (ascending): the sentences of each
    unbroken list."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _list_leads(text: str, sentences: Sequence[tuple[int, int]],
                triggers: Sequence[Trigger], places: Sequence[PlaceMention],
                dates: Sequence[DateMention]) -> dict[int, int]:
    """The lines of lists of events, each mapped to the sentence the list hangs from.

    A list is two or more lines that each open with a mark ("-", a bullet, "2)"), at least
    two of them with an event word and a place or day of their own: "The army said it
    carried out the following strikes:" above "- Near A, a strike destroyed a depot, killing
    two militants." and "- In B, ...". The sentence before the first line is the lead; a
    headline is none. (Lines of figures with no place or day, "- 6 operatives killed", are
    the parts of a count, no list of events.)
    """
    lines = [i for i, (start, _end) in enumerate(sentences)
             if _LIST_LINE.match(text, start)
             and not text[text.rfind("\n", 0, start) + 1:start].strip(" \t")]
    found: dict[int, int] = {}
    for run in _consecutive_runs(lines):
        lead = run[0] - 1
        if lead > 0 and _is_heading(text, sentences[lead]):
            # "Iraq" or "Syria" over a country's lines: the lines hang from what the
            # heading's own list hung from, or from the sentence above the heading
            lead = found.get(lead - 1, lead - 1)
        if lead > 0 and not _within(triggers, *sentences[lead]) \
                and text[:sentences[lead][1]].rstrip().endswith(":") \
                and "\n" not in text[sentences[lead - 1][1]:sentences[lead][0]]:
            # "... conducted 4 strikes against ISIS on Sept. 3. The following is a list of
            # the strikes:": the sentence that tells the strikes is the lead
            lead -= 1
        if len(run) < 2 or lead < 0 or (
                lead == 0 and _is_headline(text, sentences[0])
                and not text[:sentences[0][1]].rstrip().endswith(":")):
            continue
        if sum(bool(_within(triggers, *sentences[i])) and bool(
                _specific_places(_within(places, *sentences[i]))
                or any(d.date_start for d in _within(dates, *sentences[i]))
                or _LINE_OPENS_ON_PLACE.match(
                    text, _LIST_LINE.match(text, sentences[i][0]).end()))  # type: ignore[union-attr]
               for i in run) < 2:
            continue
        found.update((i, lead) for i in run)
    return found


#: A count of strikes: "6 strikes", "conducted four airstrikes", "two more drone strikes".
_STRIKE_COUNT = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"[a-z]+teen|twenty(?:-[a-z]+)?|thirty(?:-[a-z]+)?)\s+(?:[a-z-]+\s+){0,2}?"
                 r"(?:air\s?|drone\s+)?strikes?\b")
_COUNTS_STRIKES = re.compile(r"\b" + _STRIKE_COUNT, re.IGNORECASE)
#: A sentence of a strike release that opens on the place its strikes were near, then counts
#: them: "Near Raqqa, 3 strikes destroyed ...", "In Hajjah, two strikes hit ...".
_PROSE_STRIKE_LINE = re.compile(
    _LINE_OPENING_DAY + r"(?:[Nn]ear|[Ii]n|[Aa]round|[Oo]utside)\s+(?:the\s+)?"
    r"[A-Z][^,\n]{0,50},\s+(?i:" + _STRIKE_COUNT + ")")


def _prose_strike_lines(text: str, folded: str,
                        sentences: Sequence[tuple[int, int]]) -> dict[int, int]:
    """The sentences of a strike release that tell its strikes place by place, in prose
    rather than as list lines, each mapped to the sentence that counts them all.

    "Coalition forces conducted 6 strikes against ISIS in Syria. Near Raqqa, 3 strikes
    destroyed ... Near Abu Kamal, 3 strikes engaged ...": two or more sentences running
    that each open on their place and count their strikes, after one that counts strikes;
    that one is the lead, as a list's is (its striker and day for the lines, its figure
    their total, no event of its own).
    """
    if folded.count("strike") < 3:
        return {}
    lines = [i for i, (start, end) in enumerate(sentences)
             if _PROSE_STRIKE_LINE.match(text, start, end)]
    found: dict[int, int] = {}
    for run in _consecutive_runs(lines):
        lead = run[0] - 1
        if len(run) < 2 or lead < 0 or not _COUNTS_STRIKES.search(text, *sentences[lead]):
            continue
        found.update((i, lead) for i in run)
    return found


#: A deed a line of a list may tell with no event word: "a drone destroyed a depot".
_LINE_DEED = re.compile(r"\b(?:destroy(?:ed|ing)|hit|struck|target(?:ed|ing)|neutrali[sz]ed|"
                        r"bombed|shelled|raided)\b")


def _told_by_the_lead(text: str, all_triggers: Sequence[Trigger], lead: tuple[int, int],
                      triggers: list[Trigger], s_start: int, mark_end: int) -> list[Trigger]:
    """The triggers of a line of a list, with the kind of deed its lead tells: "- Near A, a
    drone destroyed a depot" under "carried out the following air strikes:" is one of the
    air strikes, whatever word (or none) the line tells it with."""
    told = max(_within(all_triggers, *lead), key=attrgetter("weight"), default=None)
    if told is None or any((t.event_type, t.sub_event_type) == (
            told.event_type, told.sub_event_type) for t in triggers):
        return triggers
    start, end = (triggers[0].start, triggers[0].end) if triggers else (s_start, mark_end)
    return [Trigger(start, end, text[start:end], told.event_type, told.sub_event_type,
                    told.weight), *triggers]


def _hang_on_lead(current: Segment, span: tuple[int, int], s_start: int,
                  event_dates: Sequence[DateMention], own_place: bool,
                  all_dates: Sequence[DateMention], all_places: Sequence[PlaceMention],
                  all_casualties: Sequence[CasualtyMention],
                  told: Collection[tuple[int, int]]) -> None:
    """Join to a new segment the sentence its deed hangs from (a list's lead, a total's
    sentence): its day where the deed's own sentence tells none, its places where it names
    none, never its figures (those of all the deeds)."""
    current.list_lead = span
    current.add(span, (), [] if event_dates else [
        d for d in _within(all_dates, *span) if (d.start, d.end) not in told],
        [] if own_place else _within(all_places, *span))
    current.holes.append((span[1], s_start))
    # (a hole at each count's first character: the group it names stays)
    current.holes.extend((c.start, c.start + 1) for c in _within(all_casualties, *span))


#: A count told as changed from one the teller gave before, in the count's own sentence:
#: "the command revised the number killed to six", "in an updated statement ...", "the toll
#: rose to 9"; or corrected on the spot: "six soldiers were killed, not four".
_REVISION_WORDS = COUNT_CHANGED  # the shared lexicon, eventcoder.revisions
#: Words one of which every match of _REVISION_WORDS holds (see _may_hold).
_REVISED_WORDS = (*SET_ANEW, *MOVED)
_NOT_THE_FORMER = re.compile(r"[,;]?\s*(?:and\s+)?not\s+(?:\d+|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)


def _mark_revised_counts(event: Event, text: str) -> None:
    """Mark each count its report tells as a revision of an earlier one (``revised.KIND``).

    Reports of one event merged across documents let the revision supersede the count the
    teller gave before (see ``docs/reconciliation.md``); the count itself is unchanged.
    """
    for c in event.casualties:
        if c.coded or c.count is None or not c.evidence:
            continue
        span = c.evidence[-1]
        if span.end > len(text) or text[span.start:span.end] != span.text:
            continue
        begin = max(text.rfind(". ", 0, span.start), text.rfind("\n", 0, span.start)) + 1
        stop = min((i for i in (text.find(". ", span.end), text.find("\n", span.end))
                    if i >= 0), default=len(text))
        if (_may_hold(text, _REVISED_WORDS) and _REVISION_WORDS.search(text, begin, stop)) \
                or _NOT_THE_FORMER.match(text, span.end):
            event.inferred[f"revised.{c.kind}"] = (
                f"{c.count} told as a revision of a count given before")


#: The words between a toll's figure and the day it reached it: "rose to 19 on Wednesday",
#: "to 19 people late Tuesday".
_RISEN_ON = re.compile(r"\s*(?:[a-z]+\s+)?(?:(?:on|by|late|early|as\s+of)\s+)?")
#: A clause set apart by "while" or "whereas": "..., while five others were killed near B".
_WHILE_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas)\s")
#: A deed told again: "in the clash", "during the same attack".
_SAME_DEED = re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?(?:attacks?|clash(?:es)?|fighting|"
                        r"raid|strikes?|operation|ambush|incident|assault)\b")


def _clauses_each_placed(folded: str, s_start: int, s_end: int,
                         places: Sequence[PlaceMention],
                         event_dates: Sequence[DateMention]) -> list[tuple[int, int]]:
    """The two clauses of a sentence parted by "while" ("seven ... in Bama on Monday, while
    five others ... near Gwoza on Tuesday"), where each names a place of its own and the two
    tell other days or places apart; none otherwise."""
    cut = _WHILE_CLAUSE.search(folded, s_start, s_end)
    if cut is None:
        return []
    parts = [(s_start, cut.start()), (cut.start(), s_end)]
    own = [_specific_places([p for p in places if start <= p.start and p.end <= end])
           for start, end in parts]
    if not all(own) or {p.place.name for p in own[0] if p.place} & {
            p.place.name for p in own[1] if p.place}:
        return []
    if _SAME_DEED.search(folded, cut.end(), s_end):
        return []  # "..., while two soldiers were wounded in the clash near B": the same one
    days = [[d for d in event_dates if start <= d.start < end and d.date_start]
            for start, end in parts]
    if all(days) and _dates_clash(days[0], days[1]):
        return parts
    return parts if _places_clash(own[0], own[1]) else []


#: A clause that opens on where its deed took place: "In Manenberg, ", "in Bishop Lavis, ";
#: after the semicolon of the clause before, perhaps "and".
_CLAUSE_OPENS_ON_A_PLACE = re.compile(
    r"\s*(?:and\s+)?[Ii]n\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*,")


#: The dash that ends a dateline: "KINGSTON, Jamaica - ", "GOMA (Reuters) -- ".
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")


def _clauses_each_opened_on_a_place(text: str, s_start: int,
                                    s_end: int) -> list[tuple[int, int]]:
    """The clauses of a sentence parted by semicolons, where each opens on a place of its own
    ("In Manenberg, ...; in Hanover Park, ...; and in Mitchells Plain, ..."): a run of deeds,
    one a clause, whether the gazetteer knows the places or not; none otherwise."""
    cuts = [s_start]
    at = text.find(";", s_start, s_end)
    while at >= 0:
        cuts.append(at + 1)
        at = text.find(";", at + 1, s_end)
    if len(cuts) < 2:
        return []
    parts = list(zip(cuts, [c - 1 for c in cuts[1:]] + [s_end], strict=True))
    names: set[str] = set()
    for start, _end in parts:
        opens = _CLAUSE_OPENS_ON_A_PLACE.match(text, start)
        if opens is None and start == s_start:
            # "MEDELLIN, Colombia - In Bello, ...": the first clause after the dateline
            dash = _DATELINE_DASH.search(text, start, min(s_end, start + 60))
            opens = _CLAUSE_OPENS_ON_A_PLACE.match(text, dash.end()) if dash else None
        if opens is None:
            return []
        names.add(opens.group().strip(" ,").lower())
    return parts if len(names) == len(parts) else []


def _total_of_the_parts(doc: Doc, current: Segment, parts: Sequence[tuple[int, int]],
                        casualties: Sequence[CasualtyMention]) -> tuple[int, int] | None:
    """The sentence of the open segment whose count the parts' counts add up to ("have
    neutralised 12 Boko Haram terrorists" before "seven ..., while five others ..."), or
    None."""
    sums: dict[str, int] = {}
    for c in casualties:
        if c.count and not c.subset and parts[0][0] <= c.start < parts[-1][1]:
            sums[c.kind] = sums.get(c.kind, 0) + c.count
    for c in _in_segment(doc.casualties, current):
        if c.count and not c.subset and sums.get(c.kind) == c.count:
            k = sentence_of(c.start, doc.sentences)
            return doc.sentences[k] if k >= 0 else None
    return None


def segment(doc: Doc, folded: str | None = None,
            triggers: Sequence[Trigger] | None = None,
            told: Collection[tuple[int, int]] | None = None) -> list[Segment]:
    """Cut the document into event segments (see the module docstring).

    ``folded`` is :func:`lower_ascii` of ``doc.text`` and ``told`` is
    :func:`told_dates` of ``doc``, when the caller has them already.
    """
    if folded is None:
        folded = lower_ascii(doc.text)
    if told is None:
        told = told_dates(doc)
    excluded = sorted(_excluded_spans(doc))
    periodic = _period_tally_starts(doc) if excluded else []
    all_dates, all_places, all_casualties = doc.dates, doc.places, doc.casualties
    published = doc.document.published if doc.document is not None else None
    if published is not None:
        # "He will appear in court on Monday", "a funeral would be held on Wednesday": a day
        # after the telling is a day to come, neither a deed's day nor a new incident's
        all_dates = tuple(d for d in all_dates
                          if d.date_start is None or d.date_start.isoformat() <= published)
    all_triggers = find_triggers(doc.text, lowered=folded) if triggers is None else triggers
    segments: list[Segment] = []
    current: Segment | None = None
    # Sentences before the first trigger: "On Thursday, in Quetta, ..., militants destroyed
    # a pipeline with dynamite. ... no group claimed responsibility for the attack."
    lead: list[tuple[tuple[int, int], list[DateMention], list[PlaceMention], bool]] = []
    text = doc.text
    told_in, for_whom = _may_hold(folded, _TOLD_IN_WORDS), _may_hold(folded, _FOR_WHOM_WORDS)
    taken_to = _may_hold(folded, _TAKEN_TO_WORDS)
    rites = _may_hold(folded, _RITE_WORDS)
    group_area = _may_hold(folded, _GROUP_AREA_WORDS)
    claimed_words = "claim" in folded
    named_groups = [a for a in doc.actors if not a.generic and a.kind in NAMED_GROUP_KINDS]
    named_spans = [(a.start, a.end) for a in named_groups if a.text.count(" ") >= 2]
    history_of_groups = bool(named_groups) and _may_hold(folded, _GROUP_HISTORY_WORDS)
    ongoing = _may_hold(folded, _ONGOING_WORDS)
    graves = "mass grave" in folded
    compared = _may_hold(folded, _COMPARED_WORDS)
    rated = _may_hold(folded, _RATE_WORDS)
    list_leads = _list_leads(text, doc.sentences, all_triggers, all_places,
                             all_dates) if "\n" in text else {}
    if "strikes" in folded:
        # (in prose: "... conducted 6 strikes ... Near Raqqa, 3 strikes destroyed ...")
        list_leads = {**_prose_strike_lines(text, folded, doc.sentences), **list_leads}
    leads_of_lists = set(list_leads.values())
    next_leads = _leads_of_strike_lines(text, folded, doc.sentences)
    skipped_leads: set[int] = set()
    parted = "while" in folded or "whereas" in folded
    titled = False  # a title above a tally's figures was set aside
    title: Segment | None = None
    for index, (s_start, s_end) in enumerate(doc.sentences):
        opened_by: re.Match[str] | None = None
        if excluded and (k := bisect_left(excluded, (s_start, 0))) < len(excluded) and (
                excluded[k][0] == s_start and excluded[k][1] < s_end):
            # "..., while two soldiers were killed when a roadside bomb struck ... on
            # Tuesday": the incident told after a tally's figures, read on its own (the
            # headline above tells the tally)
            # "... since March 2019, when five soldiers were killed": a past incident the
            # period opens on, dated by the words before it
            opened_by = _SINCE_CUT.search(folded, max(s_start, excluded[k][1] - 50),
                                          excluded[k][1] + 6)
            s_start = excluded[k][1]
            if _title_lines_alone(text, segments, doc.sentences, index):
                segments.pop()
            current = None
            lead.clear()
        elif excluded and (k := bisect_left(excluded, (s_start + 1, 0))) < len(excluded) and (
                s_start < excluded[k][0] < s_end and excluded[k][1] == s_end):
            # "Gunmen killed 10 people in Gusau on Monday, bringing to 50 the number killed
            # this month": the incident told before the period's total, read on its own
            s_end = excluded[k][0]
        dates = _within(all_dates, opened_by.start() if opened_by else s_start, s_end)
        if history_of_groups:
            dates = [d for d in dates if not _in_group_history(text, d.start, named_groups)]
            places_told = [p for p in _within(all_places, s_start, s_end)
                           if not _in_group_history(text, p.start, named_groups)]
        else:
            places_told = _within(all_places, s_start, s_end)
        event_dates = [d for d in dates if d.date_start and (d.start, d.end) not in told]
        if excluded and _MORE_DEATHS.search(folded, s_start, s_end):
            # the deaths that changed a period's count are in it
            current = None
            lead.clear()
            continue
        if "version" in folded[s_start:s_end] and _VERSION_OF_THIS.search(
                folded, s_start, s_end) and _former_counts_only(doc, s_start, s_end) and not (
                    excluded and _inside_any(excluded, s_start, s_end)):
            # "Correction: an earlier version of this release said 19 ... were detained":
            # the count the text gave before, no incident; the one told around it goes on
            continue
        if excluded and _inside_any(excluded, s_start, s_end) and _former_counts_only(
                doc, s_start, s_end):
            # "An earlier version of this story, based on the Friday briefing, said 14
            # insurgents had been killed": a tally's count as first told, no incident of the
            # day it was told
            current = None
            lead.clear()
            continue
        if (_inside_any(excluded, s_start, s_end) or (
                excluded and THE_PERIOD.search(folded, s_start, s_end))) and not (
            any(d.time_precision == 1 and not opens_a_period(folded, d.start)
                for d in event_dates)
            and not any(d.time_precision >= 3 for d in event_dates)
            and not (periodic and _inside_any(excluded, s_start, s_end)
                     and s_start <= periodic[min(bisect_left(periodic, s_start),
                                                 len(periodic) - 1)] < s_end)
        ):
            # An aggregate over a period is a tally; "a total of 4 explosions" seen on
            # one day at one place stays an event.
            if _title_lines_alone(text, segments, doc.sentences, index):
                # "Troops neutralise 23 terrorists, rescue 11 victims in one week": the
                # headline of the tally that follows it; so a bulletin's title ("Attacks on
                # civilians in A and B territories") above its highlights' figures, whose
                # other lines ("Some 18,000 people displaced towards B") set no event's
                # scene
                title = segments.pop()
                titled = True
            current = None
            lead.clear()
            continue
        told_together: tuple[int, int] | None = None
        general = False  # the sentence tells attacks in general or the incident again
        triggers = _within(all_triggers, s_start, s_end)
        if named_spans and triggers:
            # "the Armenian Secret Army for the Liberation of Armenia claimed the bombing":
            # a word of a group's name, no deed
            triggers = [t for t in triggers if not _inside_any(named_spans, t.start, t.end)]
        if triggers and any(w in folded[s_start:s_end] for w in _NOT_SAID_WORDS):
            # "It did not say where the soldiers were killed": of deaths told before, a
            # question the teller left open, no incident
            triggers = [t for t in triggers
                        if _NOT_SAID.search(folded, s_start, t.start) is None]
        if history_of_groups:
            triggers = [t for t in triggers
                        if not _in_group_history(text, t.start, named_groups)]
        if compared and triggers:
            # "The attack was the deadliest on the security forces since November, when
            # gunmen killed five soldiers": the attack told before, measured against an
            # earlier one; the clause after "when" tells that one
            triggers = [t for t in triggers
                        if not _COMPARED_BACK.match(folded, t.end)
                        or not _THE_BEFORE_WORD.search(folded, max(s_start, t.start - 8),
                                                       t.start)]
        if rated and triggers:
            # "Infiltration attempts were 33 percent lower than in the previous year", "a 30
            # percent drop in attacks": how a count of deeds changed, no deed
            triggers = [t for t in triggers if _RATE_CHANGED_AFTER.match(folded, t.end, s_end)
                        is None and _RATE_CHANGE_BEFORE.search(
                            folded, max(s_start, t.start - 60), t.start) is None]
        if ongoing and triggers:
            # "Salamanca has been at the centre of a fight between two criminal groups",
            # "bars have been attacked several times this year": a state of things and a
            # run of deeds, told as the place's background, no incident
            triggers = [t for t in triggers if not _ongoing_deed(folded, t, s_start, s_end)]
        if excluded and current is None and triggers and not event_dates and (
                _of_the_fighting_counted(folded, triggers, s_start, s_end, all_casualties)):
            # "Residents said more than 30 bodies had been buried after the fighting", under
            # a period's tally: another telling of the fighting the tally counts, no incident
            lead.clear()
            continue
        if graves and triggers and _MASS_GRAVE_FOUND.search(folded, s_start, s_end):
            # "troops found a mass grave containing the bodies of 18 people", "Mass grave
            # found in village emptied by militia attack": the dead of violence before,
            # found; the finding is no new incident, and a killing the sentence tells with
            # no day of its own is the one the grave holds, not one of the finding's day
            triggers = [t for t in triggers if event_dates
                        and not _THE_DEAD_FOUND.match(folded, t.start)]
        # "The group claimed the attack on Monday": every word of an event points back to
        # the one told before; the day is that of the claim, no new incident's
        claim_only = claimed_words and current is not None and bool(triggers) and all(
            _CLAIM_OF_THE.search(text, max(s_start, t.start - 50), t.start) for t in triggers)
        if triggers and segments and ("'s " in text[s_start:s_end]
                                      or "\u2019s " in text[s_start:s_end]):
            back = _day_told_before(text, triggers, dates, segments)
            if back:
                # "It did not say whether the five were linked to Monday's attack": the
                # attack of a day an event was told for is that event, no new incident
                triggers = []
                dates = [d for d in dates if d not in back]
                event_dates = [d for d in event_dates if d not in back]
        # (one trigger is enough where the sentence's own event is told again before the
        # cue: "the incident occurred two days after the rebels' leader was killed")
        clause = _cited_clause(folded, triggers, s_start, s_end) if triggers else None
        if clause is not None:
            cited = Segment(cited=True)
            cited_dates = [d for d in _within(all_dates, *clause) if (d.start, d.end) not in told]
            if not cited_dates:
                own = [d for d in event_dates if not clause[0] <= d.start < clause[1]]
                if not own and current is not None and current.anchor_date is not None \
                        and _RESTATED_EVENT.fullmatch(folded, s_start, clause[0]):
                    # "The strike came two days after a drone attack on X": reckoned from
                    # the day of the strike told before
                    own = [current.anchor_date]
                reckoned = _reckoned_before(text, folded, clause[0], own)
                if reckoned is not None:
                    cited_dates = [reckoned]
            cited.add(clause, _within(triggers, *clause), cited_dates,
                      _within(all_places, *clause))
            # The sentence's own event is read without the cited one.
            dates = [d for d in dates if not clause[0] <= d.start < clause[1]]
            event_dates = [d for d in event_dates if not clause[0] <= d.start < clause[1]]
            triggers = [t for t in triggers if not clause[0] <= t.start < clause[1]]
        judged = _judged_deed(folded, triggers, s_start, s_end) \
            if triggers and clause is None and len(event_dates) > 1 else None
        if judged is not None and any(judged[0] <= d.start < judged[1] for d in event_dates):
            dates = [d for d in dates if judged[0] <= d.start < judged[1]]
            event_dates = [d for d in event_dates if judged[0] <= d.start < judged[1]]
        if len(event_dates) > 1 and folded.find(", where ", s_start, s_end) >= 0:
            # "The governor visited the village on Tuesday, where bandits killed 16 people
            # in January": the deed of a place's clause is dated by its own day
            where = folded.find(", where ", s_start, s_end)
            if (any(t.event_type in _VIOLENT_TYPES for t in triggers)
                    and all(t.start > where for t in triggers)
                    and any(d.start > where for d in event_dates)):
                dates = [d for d in dates if d.start > where]
                event_dates = [d for d in event_dates if d.start > where]
        casualties = [c for c in _within(all_casualties, s_start, s_end)
                      if clause is None or not clause[0] <= c.start < clause[1]]
        revision = bool(casualties) and all(is_toll(c) for c in casualties)
        if revision and event_dates:
            # "the death toll ... rose to 19 on Wednesday": the day it rose, not the deed's
            risen = [d for d in event_dates if any(
                c.end <= d.start and _RISEN_ON.fullmatch(folded, c.end, d.start)
                for c in casualties)]
            if risen:
                dates = [d for d in dates if d not in risen]
                event_dates = [d for d in event_dates if d not in risen]
        if revision:
            # "On Thursday, the command revised the number of militants killed in the raid
            # to seven": a count told again, dated when it was told; no event of its own.
            # "The death toll from Sunday's suicide bombing ... has risen to 61, officials
            # said on Tuesday": a toll that dates its incident names it.
            dated = [c for c in casualties
                     if any(c.start <= d.start and d.end <= c.end for d in event_dates)]
            # ("The death toll from a suicide bombing at a rally rose to 27 on Wednesday",
            # opening the story: no event told before it to retell; its incident is the
            # story's, named by the toll's words, dated by what follows)
            headline = _is_headline(text, doc.sentences[0])
            told_before = any(seg.triggers and not (
                headline and seg.sentences == [doc.sentences[0]]) for seg in segments) or (
                current is not None and bool(current.triggers) and not (
                    headline and current.sentences == [doc.sentences[0]])) or (
                index == 0 and headline)
            triggers = [t for t in triggers
                        if not any(c.start <= t.start and t.end <= c.end
                                   and (told_before or "toll" not in folded[c.start:t.start])
                                   for c in casualties if c not in dated)]
            if dated:
                dates = event_dates = [d for d in event_dates if any(
                    c.start <= d.start and d.end <= c.end for c in dated)]
            elif not triggers:
                dates = event_dates = []
        if excluded and current is None and casualties and all(
                c.qualifier == "zero" for c in casualties) and all(
                any(c.start <= t.start and t.end <= c.end for c in casualties)
                for t in triggers):
            # "No US forces were injured", told under a period's tally: nobody hurt in what
            # the tally counts, no event of its own
            triggers = []
        says_from = folded.find(" from ", s_start, s_end) >= 0
        # "forces located at A fired on positions near B", "missiles launched from a base
        # in A fell in B": where the fire came from, when the place it fell on is told too
        origins = _fire_origins(folded, s_start, s_end, places_told) if len(places_told) > 1 \
            and (says_from or _posted_in(folded, s_start, s_end)) else ()
        places = [p for p in places_told
                  if (clause is None or not clause[0] <= p.start < clause[1])
                  and not _names_a_victim(p, casualties) and not (
                      says_from
                      and _ORIGIN_BEFORE.search(folded, max(s_start, p.start - 40), p.start))
                  and p.start not in origins
                  and not (told_in and _TOLD_IN.search(folded, max(s_start, p.start - 50),
                                                       p.start))
                  and not (rites and _RITE_IN.search(folded, max(s_start, p.start - 80),
                                                     p.start))
                  and not (taken_to and _TAKEN_TO.search(folded, max(s_start, p.start - 60),
                                                         p.start))
                  and not (group_area and _GROUP_AREA.search(
                      folded, max(s_start, p.start - 90), p.start))
                  # "the Islamic State in the Greater Sahara": a word of a group's name
                  and not _inside_any(named_spans, p.start, p.end)
                  and not (for_whom and _FOR_WHOM.search(folded, max(s_start, p.start - 40),
                                                         p.start))]
        if index in next_leads and (index - 1 in skipped_leads or (
                current is not None and _on_strike_line(text, current))):
            # "Strikes in Iraq" and "... conducted four strikes ... in Iraq:" below the last
            # line of Syria's strikes: the next list's heading and lead, no part of that line
            # nor an event of their own
            skipped_leads.add(index)
            current = None
            lead.clear()
            continue
        if index in leads_of_lists:
            # "The army said it carried out the following strikes:": each line below tells
            # an event, to which this sentence gives its striker and day; a headline above
            # it sums the lines up
            if current is not None and segments and segments[-1] is current \
                    and _headline_alone(text, current, doc.sentences):
                segments.pop()
            current = None
            lead.clear()
            continue
        list_lead = list_leads.get(index) if list_leads else None
        own_place = False
        if list_lead is not None:
            mark = _LIST_LINE.match(text, s_start)
            mark_end = mark.end() if mark is not None else s_start  # (a line told in prose)
            own_place = bool(_specific_places(places)
                             or _LINE_OPENS_ON_PLACE.match(text, mark_end))
            if (own_place or event_dates) and (triggers or casualties or _LINE_DEED.search(
                    folded, mark_end, s_end)):
                triggers = _told_by_the_lead(text, all_triggers, doc.sentences[list_lead],
                                             triggers, s_start, mark_end)
        parts = _strikes_one_each(folded, s_start, s_end, places) \
            if triggers and clause is None and not claim_only else []
        summed: tuple[int, int] | None = None
        if not parts and triggers and clause is None and not claim_only \
                and list_lead is None and parted \
                and _WHILE_CLAUSE.search(folded, s_start, s_end):
            # "seven terrorists were neutralised in Bama on Monday, while five others were
            # neutralised near Gwoza on Tuesday": a deed for each clause, at its place and
            # day; a count told before that they add up to is their total
            parts = _clauses_each_placed(folded, s_start, s_end, places, event_dates)
        if not parts and triggers and clause is None and not claim_only \
                and list_lead is None and ";" in text[s_start:s_end]:
            # "In A, two men were shot dead on Friday; in B, a boy was wounded on Saturday":
            # a deed for each clause, at the place it opens on, known or not
            parts = _clauses_each_opened_on_a_place(text, s_start, s_end)
        if parts and clause is None and list_lead is None:
            summed = _total_of_the_parts(doc, current, parts, casualties) \
                if current is not None else None
            if summed is not None and segments and segments[-1] is current:
                segments.pop()
        counts = sorted({(c.number_start, c.number_end) for c in casualties
                         if c.number_start is not None and c.number_end is not None
                         and parts and c.number_start >= parts[-1][1]})
        respective = bool(parts) and len(counts) == len(parts) and _RESPECTIVELY.search(
            folded, parts[-1][1], s_end) is not None
        if parts and (respective or all(
                any(start <= c.start < end and c.count is not None for c in casualties)
                for start, end in parts)):
            # "conducted two airstrikes, one near A in X and one near B in Y, killing three
            # and two militants respectively": an event for each strike, at its own place
            # and with its own count (strikes whose dead are told together, "the strikes
            # killed seven", stay one event: the count is of them all)
            for k in range(len(parts)):
                current = Segment()
                segments.append(current)
                for sentence, lead_dates, lead_places, _ in lead:
                    current.add(sentence, (), () if event_dates else lead_dates, lead_places)
                others = [span for j, span in enumerate(parts) if j != k]
                current.holes.extend(others)
                # (figures told without "respectively" stay with the first strike's event)
                current.others_counts.extend(
                    span for j, span in enumerate(counts)
                    if (j != k if respective else k > 0))
                if summed is not None:
                    _hang_on_lead(current, summed, s_start, event_dates, True, all_dates,
                                  all_places, all_casualties, told)
                current.add((s_start, s_end), triggers,
                            [d for d in dates if (d.start, d.end) not in told
                             and not _inside_any(others, d.start, d.end)],
                            [p for p in places if not _inside_any(others, p.start, p.end)],
                            text)
            lead.clear()
            continue
        if current is not None and (triggers or casualties):
            # (a day on which something was told is no new incident's where the sentence
            # tells the same kind of act: "the mayor told Rudaw on Thursday" of a strike on
            # Wednesday; "the army said on Wednesday its forces had repelled an attack",
            # after a shelling, tells another)
            other_kind = _another_kind(current.type_weights, triggers, folded)
            dated = dates if other_kind \
                and not _SAME_DOERS.match(folded, s_start, s_end) else event_dates
            new_date = bool(dated) and (_dates_clash(
                [current.anchor_date] if current.anchor_date else [], dated) or (
                # "In May, RSF fighters killed ...", after sentences no day dates: a
                # sentence that opens on its own date tells its own incident
                current.anchor_date is None and current.dates == [] and any(
                    _OPENS_ON_DATE.fullmatch(text, s_start, d.start) and
                    text.startswith(",", d.end) for d in event_dates)) or (
                # told "this week", "on Friday" of a day the text does not give, the event
                # is not one a sentence dates by a month or a year ("in March 2019")
                current.anchor_date is None and doc.published is None
                and any(d.date_start is None for d in current.dates)
                and any(d.date_start is not None and d.time_precision >= 3
                        for d in event_dates)) or (
                # "In April, two dozen soldiers were killed ...", after an event of March
                # 2019, in a text with no publication date: the month of no known year is
                # still not the month before
                current.anchor_date is not None and any(
                    _OPENS_ON_DATE.fullmatch(text, s_start, d.start)
                    and text.startswith(",", d.end)
                    and _other_month(d, current.anchor_date)
                    for d in dates if (d.start, d.end) not in told)))
            new_place = bool(_specific_places(places)) and _places_clash(
                [current.anchor_place] if current.anchor_place else [], places)
            cue = bool((_may_hold(folded, _NEW_EVENT_WORDS)
                        and _NEW_EVENT_CUE.search(folded, s_start, s_end))
                       or _EARLIER_OPENING.match(folded, s_start, s_end))
            if not cue and triggers and other_kind \
                    and _PART_OF_DAY_OPENING.match(folded, s_start, s_end):
                # "... their posts came under intense gunfire. In the afternoon, a bombing
                # killed eleven": a sentence that opens on another part of the day and tells
                # another kind of deed tells another incident, at the same city on that day
                cue = True
            anchor_day = current.anchor_date.date_start if current.anchor_date else None
            if anchor_day is not None and any(
                    d.date_end is not None and d.date_end < anchor_day
                    and (d.start, d.end) in told for d in dates):
                # "The U.S. Africa Command said late last month that it had conducted several
                # strikes in the area", after a strike of early June: what was told before
                # the event happened is of another
                cue = True
            ordinal = _ORDINAL_STRIKE.match(folded, s_start, s_end)
            if ordinal is not None:
                # "conducted two airstrikes against X and Y ... The first airstrike, against
                # X, killed three. The second airstrike, against Y, killed two.": each strike
                # is an event of its own, told by the sentence that tells them together too
                told_together = next((span for span in current.sentences
                                      if _strikes_told_together(folded, *span)), None)
                cue = cue or told_together is not None
                if told_together is not None:
                    # "The second strike destroyed a cache", "A third strike killed one":
                    # the strike is of the kind of those told together, whatever else the
                    # sentence tells
                    triggers = [*_strike_told_again(folded, ordinal, all_triggers,
                                                    told_together), *triggers]
            if new_date and dated and all(_NEXT_DAY.fullmatch(d.text) for d in dated) and \
                    _FOUND_LATER.search(folded, s_start, s_end):
                # "Two more bodies were recovered from a ravine the next day":
                # the dead of the incident, found after it
                new_date = False
            if (new_date or new_place) and not cue and (
                    _fate_of_captives(doc.text, current, casualties)
                    or _died_of_wounds(folded, s_start, s_end, casualties)):
                new_date = new_place = False
            if new_date and not cue and all(
                    _STATE_OF_THE_HURT.search(folded, max(s_start, d.start - 50), d.start)
                    for d in dated):
                # "... taken to the hospital in Pemba, where two of them were in a serious
                # condition on Wednesday": the day the hurt were seen in, not an incident's
                new_date = False
            if (new_date or new_place) and not cue and triggers and all(
                    (t.event_type, t.sub_event_type) == _SEIZURE for t in triggers) and any(
                    t.event_type in _VIOLENT_TYPES for t in current.triggers) and (
                    _may_hold(folded, _LEFT_BEHIND_WORDS)
                    and _LEFT_BEHIND.search(folded, s_start, s_end)):
                # "... were pursuing the attackers and had recovered two rifles left behind
                # near X": the attackers' arms, taken after the raid, are of the raid
                new_date = new_place = False
            if claim_only:
                new_date = new_place = cue = False
            elif (new_date or new_place or cue) and triggers \
                    and _told_in_general(folded, triggers, casualties, dates, s_start, s_end):
                # "The group has carried out dozens of attacks in A and B, mostly targeting
                # the police", "It says the attacks are revenge for ...", "Residents of C said
                # the road was closed after the attack": a group's way, the reason given for
                # its attacks, and what followed the incident, told again: no incident of
                # their own, nor the incident's day or place
                general = True
                if new_place:
                    places = []
                new_date = new_place = cue = False
            if _headline_alone(text, current, doc.sentences):
                # The headline tells the lead event in short ("the killing of (4) terrorists
                # ... in Kirkuk and Salah al-Din"): the body says where and when.
                new_date = new_place = cue = False
                current.anchor_date = current.anchor_place = None
                if any(p.place is not None for p in places):
                    current.places = []
            if list_lead is not None and (own_place or event_dates):
                # "- In B, an air strike hit a vehicle, killing three": a line of the list
                # with a place or day of its own is an event of its own, however near
                cue = True
            if (new_date or new_place or cue) and triggers:
                current = _cited_told_on(segments, current, dated, places, cue,
                                         doc.sentences[index - 1] if index else None)
        if current is None and told_together is not None:
            current = Segment()
            segments.append(current)
            current.add(told_together, (), [d for d in _within(all_dates, *told_together)
                                            if (d.start, d.end) not in told], ())
            current.holes.append((told_together[1], s_start))  # the strikes told before
            told_together = None
        if current is None:
            if not triggers:
                if not segments and not titled:
                    lead.append(((s_start, s_end), event_dates, places, revision))
                continue
            current = Segment()
            if opened_by is not None or segments and _PAST_RUN.search(
                    folded, doc.sentences[max(0, index - 1)][0], s_end):
                # "France has seen a spate of attacks in recent years. Five people were
                # killed in an attack on a market in Strasbourg": a past one, cited
                current.cited = True
            segments.append(current)
            if lead and not any(p.place is not None and not _journey_end(text, p)
                                for p in places):
                # The first trigger names no place, or only where a journey went ("forced
                # the bus to return in the direction of X"): the sentences before it set
                # the scene.
                for sentence, lead_dates, lead_places, _ in lead:
                    current.add(sentence, (), () if event_dates else lead_dates, lead_places)
            else:
                # A revised count told before the incident ("revised the number of militants
                # killed in a raid last week to seven. The raid, carried out on March 28, ...").
                for sentence, _, _, revised in lead:
                    if revised:
                        current.add(sentence, (), (), ())
            lead.clear()
            if title is not None:
                if not any(p.place is not None for p in places):
                    # "Kailahun District: Attacks on civilians": the title set aside still
                    # names where the first incident listed below took place
                    for sentence in title.sentences:
                        current.places.extend(_within(all_places, *sentence))
                title = None
            if list_lead is not None:
                # (a line that opens on a place the gazetteer lacks, "- Near Kobakitanda,",
                # lies in the division the lead names, if it names one)
                _hang_on_lead(current, doc.sentences[list_lead], s_start, event_dates,
                              own_place and any(p.place is not None for p in places),
                              all_dates, all_places, all_casualties, told)
        if not triggers and places and current.anchor_date is not None and event_dates \
                and all(_apart_from(d, current.anchor_date) for d in event_dates):
            # "In March 2022, rebels killed eleven at a market in Ntoroko district. The group
            # was also blamed for bombings in Kampala in 2021": a sentence of no event word
            # told of another time adds nothing to where the event was
            places = []
        current.add((s_start, s_end), triggers,
                    [] if claim_only or general
                    else [d for d in dates if (d.start, d.end) not in told],
                    places, text)
        if clause is not None:
            current.holes.append(clause)
            segments.append(cited)
    if "strike" in folded:
        segments = _summaries_of_the_lines(text, segments)
    if graves:
        _dead_found_in_graves(doc, folded, segments)
    _headline_counts_told_below(doc, segments)
    if len(segments) > 2 and doc.sentences and any(seg.cited for seg in segments[1:]):
        _headline_citation_told_below(doc, segments)
    return segments


def _dead_found_in_graves(doc: Doc, folded: str, segments: Sequence[Segment]) -> None:
    """The dead a mass grave is told to hold ("a mass grave containing the bodies of 18
    people") are no count of the event whose sentences tell the finding: who they are is
    a belief, and the killing they died in keeps the count told of it."""
    for seg in segments:
        for start, end in seg.sentences:
            if not _MASS_GRAVE_FOUND.search(folded, start, end):
                continue
            seg.others_counts.extend(
                (c.number_start, c.number_end) for c in _within(doc.casualties, start, end)
                if c.kind == "killed" and c.number_start is not None
                and c.number_end is not None)


def _leads_of_strike_lines(text: str, folded: str,
                           sentences: Sequence[tuple[int, int]]) -> set[int]:
    """The sentences that open a strike release's list of lines ("-- Near Mosul, ..."): the
    one closed by a colon right above the first line ("... conducted 11 strikes ... in
    Iraq:"), and the short heading above that one ("Strikes in Iraq")."""
    found: set[int] = set()
    # (each line, whatever its mark, "-- Near Mosul", "\u2022 Near Hit", below a colon)
    if "near" not in folded or ":" not in text or "strike" not in folded:
        return found
    for i in range(1, len(sentences)):
        start = sentences[i][0]
        if _STRIKE_LINE.match(text, text.rfind("\n", 0, start) + 1) is None \
                or not text[sentences[i - 1][0]:sentences[i - 1][1]].rstrip().endswith(":"):
            continue
        found.add(i - 1)
        if i >= 2 and _is_heading(text, sentences[i - 2]):
            found.add(i - 2)
    return found


def _summaries_of_the_lines(text: str, segments: list[Segment]) -> list[Segment]:
    """The segments less those that only sum up the strikes a release lists after them.

    "U.S. and coalition forces continued to attack ISIL terrorists in Syria and Iraq
    yesterday ... -- Near Raqqa, four strikes ...": a segment above the first of two or more
    lines of strikes, each at its place, that tells their kind of deed with no place finer
    than a country tells the listed strikes together, as a list's lead does: no event of its
    own.
    """
    # (lines of strikes only: a list of protests in a report that tells of a labour strike
    # is no such list)
    lines = [(seg, start) for seg in segments if seg.triggers for start, end in seg.sentences
             if _STRIKE_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None
             or (seg.list_lead is not None and _PROSE_STRIKE_LINE.match(text, start, end))]
    if len({id(seg) for seg, _start in lines}) < 2:
        return segments
    kinds = {(seg.triggers[0].event_type, seg.triggers[0].sub_event_type) for seg, _ in lines}
    begin = min(start for _seg, start in lines)
    # (a segment that holds a line, though it opened above it, is that line's event)
    return [seg for seg in segments
            if seg.cited or seg.end > begin or _specific_places(seg.places)
            or not any((t.event_type, t.sub_event_type) in kinds for t in seg.triggers)]


def _headline_citation_told_below(doc: Doc, segments: list[Segment]) -> None:
    """A past event a headline cites ("..., days after drone strike on Sumy") that the body
    cites again at the same place is that one event, told by the body: no event of the
    headline's own. ``segments`` is changed in place."""
    head = doc.sentences[0]
    if not _is_headline(doc.text, head):
        return
    for seg in segments:
        if not seg.cited or seg.start < head[0] or seg.end > head[1] \
                or seg.anchor_place is None or seg.anchor_place.place is None:
            continue
        name = seg.anchor_place.place.name
        if any(other.cited and other.start >= head[1] and other.anchor_place is not None
               and other.anchor_place.place is not None
               and other.anchor_place.place.name == name for other in segments):
            segments.remove(seg)
            return


def _cited_told_on(segments: Sequence[Segment], current: Segment,
                   dated: Sequence[DateMention], places: Sequence[PlaceMention], cue: bool,
                   previous: tuple[int, int] | None) -> Segment | None:
    """The earlier event the sentence before cited, where this sentence goes on to tell it
    ("The strike came two days after a drone attack on Sumy killed three. Drones hit a bus
    stop in the city late on July 19"): of the cited event's day, at no other place, it
    tells more of that event, not a new one. None where the sentence starts one."""
    cited = segments[-1] if segments else None
    if cue or cited is None or cited is current or not cited.cited or previous is None \
            or not previous[0] <= cited.start < previous[1] or cited.anchor_date is None \
            or not dated or _dates_clash([cited.anchor_date], dated):
        return None
    if _specific_places(places) and _places_clash(
            [cited.anchor_place] if cited.anchor_place else [], places):
        return None
    return cited


#: "troops rescued 14 farmers": those freed, no associates of their rescuers.
_FREED_BEFORE = re.compile(r"\b(?:rescue[sd]?|rescuing|free[sd]|freeing|liberat(?:e[sd]?|ing))\s+"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


#: A day told as the one after the day before: "the following day", "a day later".
_NEXT_DAY = re.compile(r"(?i:the\s+(?:following|next)\s+day|(?:a|one)\s+day\s+later)")
#: Words of people found after the incident: "were found dead", "bodies were recovered".
_FOUND_LATER = re.compile(r"\b(?:found|recovered|discovered|retrieved)\b")


def _headline_counts_told_below(doc: Doc, segments: Sequence[Segment]) -> None:
    """A headline's count that a later event's sentences tell again, and the headline's own
    event's body does not ("Gunmen kill four soldiers in ambush, army says 11 assailants
    killed in pursuit" above the ambush and, the next day, the pursuit "killing 11 of
    them"), is that later event's: none of the first event's dead."""
    if len(segments) < 2 or not doc.sentences or not _is_headline(doc.text, doc.sentences[0]):
        return
    first = segments[0]
    if first.sentences[:1] != [doc.sentences[0]]:
        return
    head_end = doc.sentences[0][1]
    own = _in_segment(doc.casualties, first)
    for c in own:
        if c.end > head_end or c.count is None or c.number_start is None \
                or c.number_end is None:
            continue
        if any(x.start >= head_end and x.kind == c.kind and x.count == c.count for x in own):
            continue  # told again by its own event's body
        if any(x.kind == c.kind and x.count == c.count
               for seg in segments[1:] if not seg.cited
               for x in _in_segment(doc.casualties, seg)):
            first.others_counts.append((c.number_start, c.number_end))


#: The words that may open a sentence before its date: "In May, ...", "On April 1, ...".
_OPENS_ON_DATE = re.compile(r"[\"\u201c]?(?:(?:In|On|Last|Earlier|Late|Early|Since|By)"
                            r"(?:\s+(?:in|on|the|this|last))?\s+)?")


#: Arms told as the attackers' after their deed: "recovered two rifles left behind",
#: "weapons abandoned by the gunmen", "pursuing the attackers ... recovered".
_LEFT_BEHIND = re.compile(
    r"\bleft\s+behind\b|\babandoned\s+by\s+the\b|\bthe\s+(?:attackers|assailants|"
    r"gunmen|raiders)\s+(?:had\s+)?(?:left|dropped|abandoned)\b|\bpursu(?:ing|ed|it)\b"
    r"[^.;]{0,40}\b(?:attackers|assailants|gunmen|raiders)\b")
#: A word every match of ``_LEFT_BEHIND`` holds.
_LEFT_BEHIND_WORDS = ("left", "abandoned", "dropped", "pursu")


def _another_kind(told: dict[str, float], new: Sequence[Trigger], folded: str) -> bool:
    """Whether the ``new`` triggers tell another type of event than those before, whose
    weights by type are ``told``: the event types their weights add up most for differ. A
    sentence that points back to the event ("claimed responsibility for the attack", "the
    drone hit the car") tells of no other."""
    if any(_POINTS_BACK.search(folded, max(0, t.start - 8), t.start)
           or _IN_THE_DEED_TOLD.match(folded, t.end) for t in new):
        return False
    if not told or not new:
        return True
    weights: dict[str, float] = {}
    for t in new:
        weights[t.event_type] = weights.get(t.event_type, 0.0) + t.weight
    return max(told.items(), key=itemgetter(1))[0] != max(weights.items(),
                                                          key=itemgetter(1))[0]


_POINTS_BACK = re.compile(r"\b(?:the|this|that)\s+$")
#: A deed's word followed by the deed told before: "17 fighters were killed in the strike",
#: "two were wounded during the attack": the same incident's toll, told by another side.
_IN_THE_DEED_TOLD = re.compile(
    r"\s+(?:in|during|by)\s+(?:the|that|this)\s+(?:same\s+)?(?:[a-z-]+\s+)?(?:attacks?|"
    r"clash(?:es)?|fighting|raid|strikes?|air\s?strikes?|operation|ambush|incident|assault|"
    r"bombing|blast|explosion|shelling)\b")
#: A sentence that opens on the doers told before, told again ("The attackers, who came on
#: motorcycles, also burned 30 houses, police told reporters on Sunday"): more of what
#: they did, whatever its kind, not a deed of the day it was told.
_SAME_DOERS = re.compile(r"(?:the|these|those)\s+(?:attackers|gunmen|assailants|raiders|"
                         r"militants|bandits|insurgents)\b(?:,[^,.;]{1,80},)?\s+(?:also|then|"
                         r"later|further)\b")


#: How many sentences after the strike's own a later one may say who struck.
_STRIKER_REACH = 3


def _headline_alone(text: str, current: Segment,
                    sentences: Sequence[tuple[int, int]]) -> bool:
    """A segment of the headline alone, or of the headline and the short lines below it
    that name no event ("Baghdad / INA"): the first sentence of the body tells its event."""
    first = sentences[0]
    return (current.sentences[0] == first and len(current.sentences) <= 3
            and all(t.end <= first[1] for t in current.triggers)
            and all(end - start < 80 for start, end in current.sentences[1:])
            and _is_headline(text, first))


#: A headline's teller: "Army reports ...", "Police say ...".
_TELLS_AFTER = re.compile(r"\s+(?:says?|said|reports?|reported|confirms?|confirmed|"
                          r"announces?|announced)\b", re.IGNORECASE)
#: A headline whose force fended an attack off: "Troops foil infiltration attempt",
#: "Police repel attack on checkpoint".
_FENDED_IN_HEADLINE = re.compile(
    r"\b(?:foil|repel|repuls|thwart|fend\s+off|fight\s+off|fought\s+off|beat\s+back)",
    re.IGNORECASE)


def _roles_below_headline(text: str, actors: Sequence[ActorMention], seg: Segment,
                          choice: TypeChoice, victims: Sequence[tuple[int, int]],
                          counted: Sequence[tuple[int, int]]) -> Roles | None:
    """The roles the body gives the first trigger of the event's type below the headline."""
    for later in seg.triggers:
        if later.start < seg.sentences[0][1] or (later.event_type, later.sub_event_type) \
                != (choice.event_type, choice.sub_event_type):
            continue
        return assign_roles(text, _sentence_actors(text, actors, seg, later), later,
                            choice.event_type, victims=victims, counted=counted)
    return None


#: A headline's alliance ("Coalition strike ...", "Arab coalition jets ..."), which the body
#: may tell by the force of it that acted.
_COALITION_WORD = re.compile(r"\b[Cc]oalition\b")
#: The canonical name of a country's forces at large, not one command or unit of them.
_AT_LARGE = re.compile(r"^(?:[A-Z]{2,3}\s+forces|Military\s+Forces\s+of\s+.+)$")


def _unnamed_men(actor: ActorMention) -> bool:
    """Whether the actor is armed men of no named group ("Gunmen", "Suicide bomber")."""
    return actor.generic and actor.kind == "unidentified_armed_group"


def _title_lines_alone(text: str, segments: Sequence[Segment],
                       sentences: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether the one segment so far is of the title lines alone: every line above the
    sentence at ``index`` is a line of a title (a banner, a headline, a box's heading; a
    masthead's lines above a headline)."""
    return len(segments) == 1 and 0 < index <= 6 and segments[0].sentences[-1][1] <= \
        sentences[index][0] and all(_is_headline(text, s) for s in sentences[:index])


def _is_heading(text: str, sentence: tuple[int, int]) -> bool:
    """A line of one to three words with no closing punctuation, alone on its line, over
    the lines of a list ("Iraq", "Northern Syria")."""
    start, end = sentence
    line = text[start:end].strip()
    return (bool(line) and len(line) <= 40 and line[-1] not in ".!?:;,\"\u201d"
            and len(line.split()) <= 3 and text[text.rfind("\n", 0, start) + 1:start].strip() == ""
            and "\n" in text[end:end + 2] and not _LIST_LINE.match(line))


def _is_headline(text: str, sentence: tuple[int, int]) -> bool:
    """A first line with no closing punctuation, set apart from the body."""
    start, end = sentence
    line = text[start:end].rstrip()
    return bool(line) and line[-1] not in ".!?\"\u201d" and "\n" in text[end:end + 2]


_BACK_REFERENCE = frozenset({"the", "both", "all", "these", "those", "his", "her", "their",
                             "he", "she", "him", "they", "them"})


# "launched from the Kunar province", "fired from across the border": where the fire came
# from, not where it fell; so with what was fired between ("launched a drone from", "fired
# three mortar rounds from").
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:launched|fired)(?: \w+){0,3}|(?:shot|came|originat\w+|crossed(?: \w+){0,2})"
    r"(?: \w+)?) from "
    r"(?:across |inside |within )?"
    r"(?:the )?(?:\w+ )?$")


# "forces stationed at A", "troops positioned in A": where a side stands, told before what
# it fired; "launched from a base in A": the fire's origin, a few words before its place;
# "gunmen from A", "residents from A and B": where a side comes from, told before what it
# did and where.
_POSTED_WORDS = re.compile(r"\b(?:located|stationed|positioned|deployed|entrenched|based) ")
#: The words one of which every match of _POSTED_WORDS holds.
_POSTED_WORD_LIST = ("located ", "stationed ", "positioned ", "deployed ", "entrenched ",
                     "based ")


def _posted_in(folded: str, start: int, end: int) -> bool:
    """Whether ``_POSTED_WORDS`` is found in ``folded[start:end]``: a look for each word
    first (the search tries the pattern at every character)."""
    for word in _POSTED_WORD_LIST:
        if folded.find(word, start, end) >= 0:
            return _POSTED_WORDS.search(folded, start, end) is not None
    return False
_ORIGIN_TOLD = re.compile(
    r"\b(?:(?P<post>(?:located|stationed|positioned|deployed|entrenched|based)"
    r" (?:at|in|near|on) (?:the )?(?:[\w-]+ ){0,3})"
    r"|(?:launched|fired|shelled|shot)(?: [\w-]+){0,4}? from(?: (?!(?:at|on|into|against|"
    r"towards?|in|near)\b)[\w-]+){1,4} (?:in|at|near) (?:the )?"
    r"|(?P<people>(?:residents|villagers|youths?|men|gunmen|militants|fighters|militiamen|"
    r"militias?|members|protesters|demonstrators|families|herders|pastoralists|raiders|"
    r"farmers|workers|people|assailants|attackers|rebels|tribesmen|clansmen|supporters)"
    r" from (?:the )?(?:[\w'-]+(?: [\w'-]+){0,3},? (?:and|or) (?:the )?)?))$")
# What a side did, told after where it stands or comes from: "... located at A fired on",
# "gunmen from A stormed".
# (Not where the side is told as the one fired on: "forces located at A were shelled".)
_NOT_PASSIVE = r"(?<!were )(?<!was )(?<!been )(?<!being )(?<!be )(?<!got )"
_FIRED_AFTER = re.compile(
    r"[^.;:]{0,80}?\b" + _NOT_PASSIVE + r"(?:fired|fires|shelled|launched|opened fire|"
    r"attacked|struck|targeted|fell|landed|hit)\b")
_ACTED_AFTER = re.compile(r"[^.;:(]{0,80}?\b" + _NOT_PASSIVE + r"(?:\w{3,}ed|fought|went|"
                          r"came|stole|took|set|shot|hit|struck|threw|burnt|ran|held|met)\b")
# Where it fell or was done: "fired on", "fell in", "targeting", "marched to" (a few words
# of a noun phrase between: "on the positions of the army near").
_STRUCK_BEFORE = re.compile(
    r"\b(?:on|at|in|near|into|to|towards?|targeting|targeted|against|with)"
    r"(?: [\w'-]+){0,8}? $")


def _fire_origins(folded: str, s_start: int, s_end: int,
                  places: Sequence[PlaceMention]) -> set[int]:
    """The starts of the places a sentence writes as where a side fired from or came from,
    when it names a place after what the side did: "forces located at A fired on the
    positions near B", "missiles launched from a base in A fell in B", "gunmen from A
    attacked a post in B" took place at B."""
    origins: set[int] = set()
    for p in places:
        told = _ORIGIN_TOLD.search(folded, max(s_start, p.start - 90), p.start)
        if told is None:
            continue
        after = p.end
        if told.group("post") is not None or told.group("people") is not None:
            # what the side did must be told after it, and a place after that
            acted = (_FIRED_AFTER if told.group("post") else _ACTED_AFTER).match(
                folded, p.end, s_end)
            if acted is None:
                continue
            after = acted.end()
        if any(q.start >= after and q.place is not None
               and _STRUCK_BEFORE.search(folded, max(after, q.start - 80), q.start)
               for q in places):
            origins.add(p.start)
    return origins


# "were wounded and evacuated to Ouahigouya", "rushed to hospital in Kano": where the hurt
# were taken, not where it happened; "trucks carrying bodies to Douentza", "the dead were
# brought to Sevare": where the dead were carried.
_TAKEN_TO_WORDS = ("evacuat", "rushed", "airlifted", "flown", "transferred", "taken",
                   "carr", "brought", "ferr", "transport", "treat", "admitted", "condition",
                   "recovering")
_TAKEN_TO = re.compile(
    # "in a critical condition at the regional hospital in Jalalabad", "being treated at a
    # hospital in Kano": where the hurt lie, not where they were hurt
    r"\b(?:treated|treatment|admitted|condition|recovering)\s+(?:\w+\s+){0,2}?(?:at|in)\s+"
    r"(?:a|the)\s+(?:[a-z-]+\s+){0,2}?(?:hospitals?|clinics?)\s+in\s+(?:the\s+)?$|"
    # ("was taken by the troops to a hospital in Cotabato City")
    r"\b(?:(?:evacuated|rushed|airlifted|flown|transferred|taken)\s+(?:\w+\s+){0,3}?"
    r"|(?:carr(?:ied|ying)|brought|bringing|ferr(?:ied|ying)|transport(?:ed|ing))\s+"
    r"(?:the\s+|their\s+)?(?:\w+\s+)?(?:bod(?:y|ies)|dead|corpses?|remains|wounded|injured|"
    r"casualties|victims)\s+(?:\w+\s+){0,2}?"
    r"|(?:bod(?:y|ies)|dead|corpses?|remains|wounded|injured|casualties|victims)\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:carried|brought|ferried|transported)\s+)to\s+"
    r"(?:(?:a|the)\s+)?(?:(?:[a-z'’-]+\s+){0,2}?"
    # "taken by boat to the provincial hospital in Pemba"
    r"(?:hospitals?|clinics?|medical\s+facilit(?:y|ies))\s+in\s+)?"
    r"(?:the\s+)?$")


# "told journalists in Abuja", "said at a press conference in Kabul", "Speaking in Maputo,
# the minister said": where it was told; "Defence spokesperson in Srinagar": where the
# voice of a force sits.
# "said at the funeral of one of the soldiers in the central province of Kayseri", "buried
# in their home village of X": where the dead were mourned or buried, no place of the deed
_RITE_IN = re.compile(
    r"\b(?:funerals?|burials?|buried|memorial\s+services?|laid\s+to\s+rest)\b"
    r"(?:\s+(?:of|for)(?:\s+[\w'-]+){1,6}?)?\s+(?:in|at)\s+(?:(?:the|their|his|her)\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:(?:of|in)\s+)?$")
#: Words one of which every match of _RITE_IN holds (see _may_hold).
_RITE_WORDS = ("funeral", "burial", "buried", "memorial", "laid to rest")
_TOLD_IN_WORDS = ("told", "briefed", "address", "speaking", "spoke", "said", "announced",
                  "disclosed", "revealed", "stated", "spokes")
_TOLD_IN = re.compile(
    r"\b(?:told|briefed|addressing|addressed|speaking(?: to)?|spoke(?: to)?|said|announced|"
    r"disclosed|"
    r"revealed|stated)(?: (?:this|these|that))?(?: on \w+)?"
    r"(?: (?:a |the )?(?:journalists|reporters|newsmen|the press|news conference|press "
    r"conference|press briefing|briefing|media))?(?: held)? (?:in|at)(?: (?:a|the) [a-z ]{0,30}"
    r" in)? $|\bspokes(?:man|woman|person)(?: based)? in $")


# "X, which is active in the area where the borders of Niger, Mali and Burkina Faso meet",
# "which holds territory around Lake Chad": where the group is, told to say who it is; no
# place of an incident.
_GROUP_AREA_WORDS = ("which ", "who ")
_GROUP_AREA = re.compile(
    r"\b(?:which|who)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|also)\s+)*"
    r"(?:active|present|based|entrenched|operat(?:es|e|ing)|holds?|controls?|controlling|"
    r"roams?|roaming)\b[^.;:]{0,80}$")


# "Al-Shabaab, which has waged an insurgency since 2007, said ...", "the jihadists, who split
# from Boko Haram in 2016": a clause on the group's past, between its name and the date
_GROUP_HISTORY = re.compile(
    r"\s*(?:\([^)]{0,40}\))?\s*,\s*(?:which|who)\s+(?:has|have|had|is|are|was|were|split|"
    r"broke|emerged|pledged|swore|formed|began|started|grew|took\s+up|controls?|holds?|"
    r"operates?)\b[^,.;:()]{0,120}|"
    # "X, a Sunni militant group that says it fights for the rights of the Baluch, claimed
    # ...": what the group is said to do, told of the group, no incident
    r"\s*(?:\([^)]{0,40}\))?\s*,\s*(?:an?|the)\s+[^,.;:()]{0,60}?\b(?:group|movement|"
    r"organi[sz]ation|faction|militia|outfit|network|alliance|insurgency)\s+(?:that|which|who)"
    r"\s[^,.;:()]{0,120}")
#: Words one of which every clause telling who a group is holds.
_GROUP_HISTORY_WORDS = ("which ", "who ", "that ")


#: A clause opened by "when" after a date, up to the event word: "since November, when
#: gunmen ", "in 2019, when a bomb " (every match holds ", when ").
_WHEN_AFTER_A_DATE = re.compile(r"\b(?:since|in|on|until)\s+[^,;.]{1,30},\s+when\s+[^,;.]*$")
#: An event word told again to be measured against others, after it: "(the attack) was the
#: deadliest on the security forces since", "(the bombing) is the worst in years".
_COMPARED_BACK = re.compile(
    r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:the\s+)?(?:deadliest|worst|"
    r"bloodiest|biggest|largest|most\s+(?:deadly|serious|lethal))\b")
#: How a count of deeds changed, told after it as a share: "(Terror incidents) declined by
#: 30 percent", "(Infiltration attempts) were 33 percent lower than".
_RATE_CHANGED_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:declined|dropped|fell|rose|increased|decreased|grew|jumped|surged|"
    r"went\s+(?:down|up))\s+(?:by\s+)?|(?:were|was|are|is)\s+(?:down\s+|up\s+)?(?:by\s+)?)"
    r"(?:about\s+|nearly\s+|almost\s+|over\s+|some\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*"
    r"(?:percent|per\s+cent|%)")
#: A share a count of deeds changed by, told before it: "a 30 percent drop in (attacks)".
_RATE_CHANGE_BEFORE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:-\s*)?(?:percent|per\s+cent|%)\s+(?:drop|decline|decrease|rise|"
    r"increase|fall|reduction|jump|surge)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}$")
#: Words one of which every match of the two above holds.
_RATE_WORDS = ("percent", "per cent", "%")
#: Words one of which every match of ``_COMPARED_BACK`` holds.
_COMPARED_WORDS = ("deadliest", "worst", "bloodiest", "biggest", "largest", "most deadly",
                   "most serious", "most lethal")
#: "the attack", "this attack", "the day's bombing": the deed told before, pointed back to.
_THE_BEFORE_WORD = re.compile(r"\b(?:the|this|that|monday's|tuesday's|wednesday's|"
                              r"thursday's|friday's|saturday's|sunday's|day's)\s+$")
#: A deed told as a state a place has long been in, before its word: "has been at the centre
#: of a fight between", "have been caught up in the fighting" ...
_ONGOING_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+)?been\s+(?:at\s+the\s+(?:centre|center|heart)\s+of|"
    r"caught\s+(?:up\s+)?in|the\s+(?:scene|site)\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
#: ... or as deeds done again and again, after its word: "have been attacked several times".
_AGAIN_AND_AGAIN_AFTER = re.compile(
    r"\s+(?:several|many|multiple|numerous|countless|dozens\s+of|scores\s+of)\s+times\b|"
    r"\s+(?:repeatedly|again\s+and\s+again)\b")
#: The whole clause of such a state, with the sides it names: "has been at the centre of a
#: fight between two criminal groups over the theft of fuel".
_ONGOING_CLAUSE = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+)?been\s+(?:at\s+the\s+(?:centre|center|heart)\s+of|"
    r"caught\s+(?:up\s+)?in|the\s+(?:scene|site)\s+of)\b[^.;:]{0,160}")
#: Words one of which every match of the three holds.
_ONGOING_WORDS = ("centre of", "center of", "heart of", "caught", "scene of", "site of",
                  " times", "repeatedly", "again and again")


#: A mass grave told found: "found a mass grave", "a mass grave ... was discovered", "mass
#: grave with 18 bodies found".
_MASS_GRAVE_FOUND = re.compile(
    r"\b(?:found|discovered|uncovered|unearthed|exhumed|located)\b[^.;]{0,40}\bmass\s+graves?\b"
    r"|\bmass\s+graves?\b[^.;]{0,80}\b(?:found|discovered|uncovered|unearthed|exhumed|"
    r"located)\b")
#: The event words that tell only the dead found: "bodies of", "bodies found", "corpses".
_THE_DEAD_FOUND = re.compile(r"(?:bod(?:y|ies)|corpses?|remains|skeletons?)\b")


def _ongoing_deed(folded: str, trigger: Trigger, s_start: int, s_end: int) -> bool:
    """Whether an event word tells a state a place has long been in, or deeds done again and
    again, not an incident (see :data:`_ONGOING_BEFORE`)."""
    return _ONGOING_BEFORE.search(folded, max(s_start, trigger.start - 70), trigger.start) \
        is not None or (trigger.end < s_end and _AGAIN_AND_AGAIN_AFTER.match(
            folded, trigger.end) is not None)


def _in_group_history(text: str, at: int, groups: Sequence[ActorMention]) -> bool:
    """Whether the date at ``at`` lies in a clause telling who a named group is."""
    k = bisect_left(groups, at, key=_START) - 1
    while k >= 0 and at - groups[k].end <= 140:
        if groups[k].end <= at and _GROUP_HISTORY.fullmatch(text, groups[k].end, at):
            return True
        k -= 1
    return False


def _names_a_victim(place: PlaceMention, casualties: Sequence[CasualtyMention]) -> bool:
    """A "place" inside the phrase naming who was hurt is a person: "the blast killed Hamid"."""
    return any(c.party_start is not None and c.party_end is not None
               and c.party_start <= place.start and place.end <= c.party_end
               for c in casualties)


# "were in a serious condition on Wednesday", "remained in hospital on Friday", "was out of
# danger by Sunday": the state of people hurt, told on a day after the incident
_STATE_OF_THE_HURT = re.compile(
    r"\b(?:in\s+(?:a\s+)?(?:serious|critical|stable|grave|satisfactory|fair)\s+condition|"
    r"(?:still|remained|remain|remains)\s+in\s+(?:the\s+)?hospital|"
    r"(?:being|were|was)\s+treated|out\s+of\s+danger)\s+(?:on|by|until|as\s+of)\s+$")


# "Two more of the wounded died in hospital overnight", "succumbed to their injuries on
# Monday": deaths of people an incident had hurt, told on a later day or at the hospital
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|succumbed)\b[^.;]{0,30}?\b(?:wounds|injuries|in\s+(?:a\s+|the\s+)?hospital)\b|"
    r"\bof\s+the\s+(?:wounded|injured)\b[^.;]{0,20}?\b(?:died|succumbed)\b")


def _died_of_wounds(folded: str, s_start: int, s_end: int,
                    casualties: Sequence[CasualtyMention]) -> bool:
    """Later deaths of the wounded belong to the incident that wounded them."""
    return (all(c.kind == "killed" for c in casualties)
            and _DIED_OF_WOUNDS.search(folded, s_start, s_end) is not None)


#: Between a count and its people, words that make them some of a group told before.
_SOME_OF_THE = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:[a-z]+\s+)?", re.IGNORECASE)
#: Words for people held by their takers.
_CAPTIVES = (["hostage"], ["hostages"], ["captive"], ["captives"], ["abductee"], ["abductees"])


def _fate_of_captives(text: str, seg: Segment, casualties: Sequence[CasualtyMention]) -> bool:
    """Deaths of people the segment reported abducted ("the two hostages were killed on
    ...", "Khan was found dead"): the fate of the captives belongs to the abduction, on
    whatever later day or place it is reported."""
    if not any(t.sub_event_type == "abduction_forced_disappearance" for t in seg.triggers):
        return False
    killed = [c for c in casualties if c.kind == "killed"]
    if not killed:
        return False
    before = text[seg.start:seg.end]
    for c in killed:
        if c.number_start is not None and c.number_end is not None:
            words = text[c.number_start:c.number_end].lower().split()
            if words and words[0] in _BACK_REFERENCE:
                continue
            if c.party_start is not None and _SOME_OF_THE.fullmatch(
                    text, c.number_end, c.party_start):
                continue  # "two of the hostages", "the bodies of two of the drivers"
        if (c.party_text or "").lower().split()[-1:] in _CAPTIVES:
            continue  # "One hostage was killed on ...": one of those taken
        name = (c.party_text or "").split()
        last = name[-1].removesuffix("'s").removesuffix("’s") if name else ""
        if not (last[:1].isupper() and last in before):
            return False
    return True


# --- filling an event -----------------------------------------------------------------------

_PLACE_RANK = {"populated_place": 0, "natural": 1, "other": 1, "admin2": 2, "admin1": 3,
               "country": 4}


# "the Tarmiyah district north of Baghdad", "Bulo Marer village, 40 km west of Mogadishu",
# "in the Baiji district, north of Tikrit", "the road between Tarmiyah and Mushahada, north
# of Baghdad": what lies between a place and the direction that places it by another.
_PLACED_BY = re.compile(r"(?:\s+(?:and|or)\s+(?:(?:al|el|ad|as|ar|ash|an|at|az)-)?"
                        r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?=[\s,]))?"
                        r"[\s,]*(?:(?:the\s+)?[a-z]+[\s,]+){0,2}(?:(?:some|about|around)\s+)?"
                        r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?$")


#: A natural feature named as a mountain range or a mountain.
_RANGE_WORD = re.compile(r"\b(?:mountains?|mount|range|hills|jabal|jebel|djebel)\b",
                         re.IGNORECASE)


# How far a place a report puts in a direction from a town ("the X area west of Y") may
# lie from it, in another province, and still be the place meant.
_DIRECTION_REACH_KM = 40.0


def _namesake_far_off(told: Place, reference: Place) -> bool:
    """Whether the reading of a town told by a direction from another lies in another
    first-level division, farther than :data:`_DIRECTION_REACH_KM`."""
    return told.feature == "populated_place" and told.admin1 != reference.admin1 and haversine_km(
        told.latitude, told.longitude, reference.latitude, reference.longitude
    ) > _DIRECTION_REACH_KM


def _told_by_direction(q: PlaceMention, p: PlaceMention, direction: str, text: str) -> bool:
    """Whether ``q`` is a town, a district or a range said to lie in ``direction`` from
    ``p`` just after it ("the Tarmiyah district north of Baghdad"), in the same country."""
    if (q is p or q.place is None or p.place is None or q.end > p.start
            or p.start - q.end > 48
            # a desert is wide: a town by it places the event better; a range named as
            # one ("the Qandil mountains, east of ...") is where it happened
            or not (q.place.feature in ("populated_place", "admin2")
                    or q.place.feature == "natural" and _RANGE_WORD.search(
                        text, max(0, q.start - 7), q.end + 11) is not None)
            or q.place.country != p.place.country):
        return False
    at = text[q.end:p.start].lower().rfind(direction)
    return at >= 0 and _PLACED_BY.match(text, q.end, q.end + at) is not None


def _far_namesake_told(q: PlaceMention, usable: Sequence[PlaceMention],
                       places: Sequence[PlaceMention], text: str) -> bool:
    """Whether ``q`` is said to lie in a direction from a town whose province the report
    writes right after it, while ``q``'s reading lies far off in another province: "the
    Jarabulus area north of Palmyra in Homs countryside" is not the Jarabulus of Aleppo,
    and the event is by the town."""
    for p in usable:
        modifier = p.modifier
        if p.place is None or q.place is None or modifier is None or not modifier.endswith(
                (" of", " from")):
            continue
        words = modifier.split()
        if not (len(words) >= 2 and words[-2] in COMPASS
                and _told_by_direction(q, p, words[0], text)
                and _namesake_far_off(q.place, p.place)):
            continue
        holder = next((r for r in places if r.place is not None and p.end < r.start
                       and r.start - p.end <= 24 and r.place.feature == "admin1"), None)
        if (holder is not None and holder.place is not None
                and holder.place.country == p.place.country
                and holder.place.name == p.place.admin1):
            return True
    return False


def _reference_point(p: PlaceMention, usable: Sequence[PlaceMention], text: str,
                     places: Sequence[PlaceMention] = ()) -> bool:
    """A town named only to say where a place just named lies ("X district north of
    Baghdad"): the event is at X, not in Baghdad."""
    modifier = p.modifier
    if modifier is None or not modifier.endswith((" of", " from")) or p.place is None:
        return False
    words = modifier.split()
    if len(words) < 2 or words[-2] not in COMPASS:
        return False
    for q in usable:
        if _told_by_direction(q, p, words[0], text) and not _far_namesake_told(
                q, [p], places, text):
            return True
        if (q is not p and q.place is not None and p.end < q.start <= p.end + 40
                and q.place.feature in ("populated_place", "admin2")
                and q.place.country == p.place.country
                and _PLACED_IN.fullmatch(text, p.end, q.start)):
            # "about 40 km south of Mosul in Qayyarah": the town after it is the place
            return True
    return False


def _outside_a_town_named(p: PlaceMention, usable: Sequence[PlaceMention], text: str) -> bool:
    """A city told as where the place lies outside ("a school outside Kaduna") where the
    report names the town itself in the same first-level division ("the school, Kujama, in
    the Chikun area"): the event is at the town, the city only its reference point. A town
    a journey went to ("carrying supplies to a base in Bali") is no such town."""
    if p.modifier != "outside" or p.place is None or p.place.feature != "populated_place":
        return False
    for q in usable:
        if q is not p and q.place is not None and q.place.feature == "populated_place" \
                and q.modifier != "outside" and q.place.country == p.place.country \
                and q.place.admin1 == p.place.admin1 and q.place.name != p.place.name \
                and not _JOURNEY_END_BEFORE.search(text, max(0, q.start - 50), q.start):
            return True
    return False


#: A town told as where a journey went: "to a base in X", "bound for X", "heading towards
#: X" (not "from": "abducted 23 students from a school in X" is at X).
_JOURNEY_END_BEFORE = re.compile(
    r"\b(?:to|towards?|for)\s+(?:[\w'-]+\s+){0,3}?(?:(?:in|at)\s+)?$", re.IGNORECASE)


# what lies between a reference point and the place it places: "... of Mosul in Qayyarah"
_PLACED_IN = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:town|village|city|district|area)\s+of\s+)?")


# A road, a railway or a train named after the towns it joins: "the Lahore-Islamabad
# motorway", "Gujranwala Road", "the Ranchi-Daltonganj National Highway", "the Karachi
# Express".
_ROUTE_AFTER = re.compile(
    r"(?:[ \t]*[-\u2013/][ \t]*[A-Z][\w'.]*(?:[ \t][A-Z][\w'.]*)?)*"
    r"(?:[ \t]+(?i:national|federal|provincial|state|inter-?state|international|main|old|new|"
    r"grand|trunk|ring|passenger|railway|rail))*"
    r"[ \t]+(?i:roads?|highways?|motorways?|expressways?|freeways?|routes?|railways?|"
    r"railroads?|rail|by-?pass|tunnel|bridge|express|pipeline|corridor|axis|street|avenue)\b")
#: Words one of which, in some case, every match of _ROUTE_AFTER holds (see _may_hold).
_ROUTE_WORDS = ("road", "highway", "motorway", "express", "freeway", "route", "rail", "pass",
                "tunnel", "bridge", "pipeline", "corridor", "axis", "street", "avenue")
# A journey's end or start: "the highway to X", "heading to X", "in the direction of X",
# "a bus coming from X", "traders from X"; not "abducted from X", where it happened.
_TOWARDS = frozenset({"to", "towards", "toward", "for", "into"})
_MOVING_TO = frozenset({
    "road", "roads", "highway", "highways", "motorway", "route", "routes", "railway", "way",
    "heading", "headed", "heads", "travelling", "traveling", "travelled", "traveled",
    "driving", "drove", "bound", "going", "leading", "leads", "returning", "moving"})
_COMING_FROM = frozenset({
    "came", "comes", "coming", "travelling", "traveling", "travelled", "traveled", "arrived",
    "arriving", "returning", "returned", "heading", "headed", "driving", "drove", "moving",
    "moved", "reinforcements", "protesters", "demonstrators", "residents", "people",
    "villagers", "farmers", "traders", "workers", "labourers", "laborers", "students",
    "supporters", "activists", "fighters", "delegation", "delegates", "pilgrims", "migrants"})
_SETTLEMENT_WORDS = frozenset({"town", "towns", "city", "cities", "village", "villages",
                               "district"})
# "between X and Y", "from X to Y", "the road linking X to Y": both ends; the word that
# joins the second end to the first
_PAIR_JOINS: dict[str, tuple[str, ...]] = {"between": ("and",), "from": ("to",)}
_ANY_JOIN: tuple[str, ...] = ("and", "to", "with")
_PAIR_STEMS = ("connect", "link", "join")
# (the second end may open on an article: "between Palmyra and al-Sukhnah")
_PAIR_NEXT = re.compile(
    r"[ \t]*(?:\([^()]{0,60}\))?,?[ \t]+(?i:(and)|(to)|with)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:al|el|ad|as|ar|ash|an|at|az)-)?[A-Z]")
# "farmers from Sangli and Satara", "from Beirut, Jounieh and Byblos", "reinforcements from
# Dhamar governorate and Rada": more of a list;
# "heading to Mombasa from Nairobi", "connects Esperanza to Santa Catarina de los Reyes":
# the other end; "between Amba (Bandiagara, Mopti) and Okoyeri": where an end lies
_LIST_JOIN = re.compile(
    r"\)?(?:[ \t]+(?i:governorate|province|district|state|region|county|municipality|"
    r"oblast|prefecture|department))?"
    r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or|from|to|with)[ \t]+|\([ \t]*)"
    r"(?:the[ \t]+)?(?:(?:[A-Z][\w'-]*|de|del|la|las|los|el|al)[ \t]+){0,4}\(?[ \t]*|"
    r"[ \t]+(?:(?:de|del|la|las|los|el|al)[ \t]+){1,3}")


def _pair_joins(word: str) -> tuple[str, ...]:
    """The words that may join a second end to a first after ``word``; () if none."""
    joins = _PAIR_JOINS.get(word)
    if joins is not None:
        return joins
    return _ANY_JOIN if word.startswith(_PAIR_STEMS) else ()


def _lead_in(words: list[str]) -> list[str]:
    """The words before a place, less "the" and "the town of"."""
    if words and words[-1] == "the":
        words = words[:-1]
    if len(words) >= 2 and words[-1] == "of" and words[-2] in _SETTLEMENT_WORDS:
        words = words[:-2]
        if words and words[-1] == "the":
            words = words[:-1]
    return words


# People whose home a report gives after what describes them: "activists of the movement
# against the government in Kenya from Nakuru and Gilgil"
_PEOPLE_FROM = frozenset({
    "protesters", "demonstrators", "residents", "people", "villagers", "farmers", "traders",
    "workers", "labourers", "laborers", "students", "supporters", "activists", "fighters",
    "delegation", "delegates", "pilgrims", "migrants", "members", "youths"})
# What ends the words that describe them: a verb ("were", "gathered", "protesting") or a
# clause's end.
_NOT_DESCRIBING = re.compile(r"(?:ed|ing|[.;:])$|^(?:is|are|was|were|has|have|had|who|that)$")


def _people_described_before(text: str, start: int) -> bool:
    """Whether "from" before ``start`` closes a description of people, such as "protesters
    of the movement against the government in Lebanon from": where they came from, not
    where they met."""
    raw = text[max(0, start - 100):start].split()[1:-1]  # (perhaps cut; "from")
    for word in reversed(raw[-10:]):
        folded = word.lower().strip(",()")
        if folded in _PEOPLE_FROM:
            return True
        if _NOT_DESCRIBING.search(folded):
            return False
    return False


def _route_end(text: str, p: PlaceMention) -> bool:
    """Whether ``p`` names an end of a road or a journey by the words around it: a road
    named after it, "heading to", "coming from", "between ... and"."""
    if _may_hold(text, _ROUTE_WORDS) and _ROUTE_AFTER.match(text, p.end) is not None:
        return True
    raw, words = _words_before(text, p)
    if not words:
        return False
    last = words[-1]
    if _journey_end_words(words):
        return True
    if last == "from" and _people_described_before(text, p.start):
        return True
    joins = _pair_joins(last)
    if joins:
        # the first end: "between X and", "from X to", "linking X with"
        nxt = _PAIR_NEXT.match(text, p.end)
        if nxt is not None:
            joined = "and" if nxt.group(1) else "to" if nxt.group(2) else "with"
            return joined in joins
    if last in _ANY_JOIN:
        # the second end of one the gazetteer does not know: "from Miramshah to Bannu"
        k = len(words) - 2
        while k >= 0 and k >= len(words) - 5 and raw[k][:1].isupper():
            k -= 1
        return 0 <= k < len(words) - 2 and last in _pair_joins(words[k])
    return False


def _journey_end_words(words: Sequence[str]) -> bool:
    """Whether the words before a place make it where a journey went or came from:
    "heading to", "en route to", "in the direction of", "coming from", "set out from"."""
    last = words[-1]
    before = words[-2] if len(words) > 1 else ""
    if last in _TOWARDS and (before in _MOVING_TO or list(words[-3:-1]) == ["en", "route"]):
        return True
    if last == "of" and before == "direction":
        return True
    return last == "from" and (before in _COMING_FROM or (
        before == "out" and len(words) > 2 and words[-3] in ("set", "setting")))


def _words_before(text: str, p: PlaceMention) -> tuple[list[str], list[str]]:
    """The words written before ``p`` (a few), as written and as ``_lead_in`` reads them."""
    lo = max(0, p.start - 48)
    raw = text[lo:p.start].split()
    if lo > 0:
        raw = raw[1:]  # perhaps cut
    return raw, _lead_in([w.lower() for w in raw])


def _journey_end(text: str, p: PlaceMention) -> bool:
    """Whether ``p`` is only where a journey went or came from ("forced the bus to return
    in the direction of X"), by the words before it: no place where it happened."""
    words = _words_before(text, p)[1]
    return bool(words) and _journey_end_words(words)


#: The last few readings of :func:`_route_ends`, by text and the places' spans (all it
#: reads of them): an event's places are read once to choose its place and again to say
#: whether the place chosen is an end of the road.
_ROUTE_ENDS_READ: dict[tuple[str, tuple[tuple[int, int], ...]], tuple[bool, ...]] = {}


def _route_ends(places: Sequence[PlaceMention], text: str) -> list[bool]:
    """Which of ``places`` (in text order) name an end of a road or a journey; the places
    listed or joined after one ("from Sangli and Satara", "between Amba (Bandiagara) and
    Okoyeri") too."""
    key = (text, tuple([(p.start, p.end) for p in places]))
    read = _ROUTE_ENDS_READ.get(key)
    if read is None:
        if len(_ROUTE_ENDS_READ) >= 8:
            _ROUTE_ENDS_READ.clear()
        read = _ROUTE_ENDS_READ[key] = tuple(_route_ends_read(places, text))
    return list(read)


def _route_ends_read(places: Sequence[PlaceMention], text: str) -> list[bool]:
    """:func:`_route_ends`, read from the words around each place."""
    flags: list[bool] = []
    for i, p in enumerate(places):
        end = _route_end(text, p)
        if not end and i > 0 and flags[i - 1]:
            # (or the rest of one name read in two: "Jal" and "el Dib" of "Jal el Dib")
            gap = text[places[i - 1].end:p.start]
            end = (_LIST_JOIN.fullmatch(text, places[i - 1].end, p.start) is not None
                   or gap.isspace())
        flags.append(end)
    return flags


def _route_end_chosen(places: Sequence[PlaceMention], chosen: PlaceMention,
                      text: str) -> bool:
    """Whether the event's place is an end of the road or journey it was on."""
    ordered = _sorted(places)
    return any(flag and (p.start, p.end) == (chosen.start, chosen.end)
               for p, flag in zip(ordered, _route_ends(ordered, text), strict=True))


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_END.search(text, min(a, b), max(a, b)) is None


# A place told as one of alternatives: "(either in Chimtal or Charbolak districts)", "near
# Bara or Kafr Nabl". The other may be a name the gazetteer lacks. Run only where the text
# holds " or ".
_OR_AFTER = re.compile(r"[ \t]+or[ \t]+(?:(?:in|near|at)[ \t]+)?[A-Z]")
_OR_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ \t]+or[ \t]+(?:(?:in|near|at)[ \t]+)?$")


def _holds(division: Place, place: Place) -> bool:
    """Whether ``place`` lies in the first- or second-level ``division``."""
    if division.country != place.country or place is division:
        return False
    if division.feature == "admin1":
        return place.admin1 == division.name and place.feature != "admin1"
    if division.feature == "admin2":
        return (place.admin1 == division.admin1 and place.admin2 == division.name
                and place.feature == "populated_place")
    return False


def _alternatives_held(places: Sequence[PlaceMention], usable: list[PlaceMention],
                       text: str) -> list[PlaceMention]:
    """Less the places a report tells as alternatives ("in Balkh province (either in Chimtal
    or Charbolak districts)") where a division it also names holds every one of them that
    resolves: the report does not know which, so the event is known only to that division,
    as conflict datasets code it. Left as they are where no such division is named."""
    alternatives = [m for m in places if m.place is not None and (
        _OR_AFTER.match(text, m.end) or _OR_BEFORE.search(text, max(0, m.start - 60), m.start))]
    if not alternatives:
        return usable
    for holder in usable:
        if holder.place is not None and holder not in alternatives and all(
                m.place is not None and _holds(holder.place, m.place) for m in alternatives):
            return [p for p in usable if p not in alternatives]
    return usable


def _off_the_route(places: Sequence[PlaceMention], usable: list[PlaceMention],
                   anchor: Trigger | None, text: str) -> list[PlaceMention]:
    """Less the towns that name an end of a road or a journey, where the report names
    another place: "the Lahore-Islamabad motorway near Gujar Khan" happened at Gujar Khan,
    "a bus heading to Mombasa from Nairobi was attacked in Voi" at Voi. Where the event's
    sentence names an end and, besides, only a division, the ends inside the division stay
    ("the Multan-Bahawalpur road in Punjab")."""
    ordered = _sorted(places)
    flags = _route_ends(ordered, text)
    if not any(flags):
        return usable
    ends = {(p.start, p.end) for p, flag in zip(ordered, flags, strict=True) if flag}
    rest = [p for p in usable if (p.start, p.end) not in ends
            and p.place is not None and p.place.feature != "country"]
    if not rest:
        return usable
    here = rest
    if anchor is not None and any((p.start, p.end) in ends
                                  and _same_sentence(text, p.start, anchor.start)
                                  for p in usable):
        # "militants stopped a bus travelling to X. ... released in the forests of Y":
        # only a place of the event's own sentence tells where on the way it was.
        here = [p for p in rest if _same_sentence(text, p.start, anchor.start)]
        if not here:
            return usable
    divisions = {(p.place.feature, p.place.country, p.place.name) for p in here
                 if p.place is not None and p.place.feature in ("admin1", "admin2")}
    if any(feature == "admin2" for feature, _, _ in divisions):
        # "in Coyuca de Catalan municipality, Guerrero, ... the Coyuca-Zirandaro road": the
        # district named says where in the province; an end outside it is elsewhere
        divisions = {d for d in divisions if d[0] == "admin2"}

    def inside(p: PlaceMention) -> bool:
        return p.place is not None and (
            ("admin1", p.place.country, p.place.admin1) in divisions
            or ("admin2", p.place.country, p.place.admin2) in divisions)

    towns = [p for p in here if p.place is not None
             and p.place.feature not in ("admin1", "admin2")]
    if divisions and not any(inside(p) for p in towns):
        # "the Idleb-Aleppo highway, in Idlib province, ... at Aleppo University": an end
        # inside the division named beats a town outside it
        return [p for p in usable if (p.start, p.end) not in ends or inside(p)]
    return [p for p in usable if (p.start, p.end) not in ends]


# How much firmer (PlaceMention.score) one town's reading must be than every other's for its
# country to win a tie of place counts.
_FIRMER_BY = 0.2


_OFFICE_OF = re.compile(r"\b(?i:governor|mayor|governorate\s+council|provincial\s+council|"
                        r"police\s+chief|chief\s+of\s+police|health\s+director|"
                        # "the so-called wali of southern Kirkuk": a group's office
                        r"wali|emir|amir|"
                        # "the forces of Asayish of Sulaimani arrested ... in a village of
                        # Kirkuk province": the seat of a local security body, as translated
                        # releases name it, not where it acted
                        r"asayish|(?:security|police)\s+directorate)\s+of\s+"
                        r"(?:the\s+)?(?i:(?:north|south|east|west|central)\w*\s+)?$")
_OFFICE_WORDS = ("governor", "mayor", "council", "chief", "director", "wali", "emir", "amir",
                 "asayish")


def _province_label(p: PlaceMention, usable: Sequence[PlaceMention], text: str) -> bool:
    """Whether ``p`` is a line's label ("• Kandahar: 6 Taliban insurgents were killed ...
    in Maiwand district") read as the town of the province's name, with a place of that
    province named after it in the line: a daily update's label names the province, and the
    place the line names in it is where the incident was."""
    if p.place is None or p.place.feature != "populated_place" or not text.startswith(
            ":", p.end) or text[text.rfind("\n", 0, p.start) + 1:p.start].strip(
            " \t\u2022\u00b7*-\u2013\u2014"):
        return False
    line_end = text.find("\n", p.end)
    return any(q.place is not None and q is not p and p.end < q.start and (
        line_end < 0 or q.start < line_end) and q.place.country == p.place.country
        and q.place.admin1 == p.place.admin1 and q.place.feature in ("admin2", "populated_place")
        for q in usable)


def choose_place(places: Sequence[PlaceMention], actors: Sequence[ActorMention],
                 trigger: Trigger | None, text: str = "") -> PlaceMention | None:
    """The event's place: the most specific resolved place, nearest the trigger first."""
    actor_spans = [(a.start, a.end) for a in actors]
    usable = [
        p for p in places
        if p.place is not None
        and not any(p.start >= s and p.end <= e for s, e in actor_spans)
    ]
    if trigger is not None and len(usable) > 1 and text:
        # "Iran's Jan. 8 missile attack on a base in Iraq": the country whose attack it is
        # says who struck, not where.
        owners = [p for p in usable if p.place is not None and p.place.feature == "country"
                  and 0 <= trigger.start - p.end <= 40
                  and text.startswith(("'s ", "\u2019s "), p.end)]
        usable = [p for p in usable if p not in owners] or usable
    if len(usable) > 1 and text and _may_hold(text, _OFFICE_WORDS):
        # "Deputy governor of Marib, ..., said": the seat of an office names who speaks,
        # not where the event took place
        usable = [p for p in usable
                  if not _OFFICE_OF.search(text, max(0, p.start - 40), p.start)] or usable
    if len(usable) > 1 and text:
        usable = [p for p in usable if not _reference_point(p, usable, text, places)
                  and not _far_namesake_told(p, usable, places, text)] or usable
    if len(usable) > 1:
        usable = [p for p in usable if not _outside_a_town_named(p, usable, text)] or usable
    if len(usable) > 1 and text:
        usable = _off_the_route(places, usable, trigger, text)
    if len(usable) > 1 and " or " in text:
        usable = _alternatives_held(places, usable, text)
    if len(usable) > 1 and ":" in text:
        usable = [p for p in usable if not _province_label(p, usable, text)] or usable
    if len(usable) > 1 and "un" in text:
        usable = _in_the_unknown_places_division(usable, text)
    if not usable:
        return None
    if len(usable) > 1 and text:
        usable = _less_ranges_abroad(usable, text)
    # A town whose reading lies in another country than the places named around it is
    # most likely a namesake: keep the readings of the country most places agree on.
    votes: dict[str, int] = {}
    for p in usable:
        if p.place is not None:
            votes[p.place.country] = votes.get(p.place.country, 0) + 1
    if len(votes) > 1:
        # One country ahead of every other (``Counter.most_common(2)`` without a Counter).
        most = max(votes.values())
        leaders = [country for country, count in votes.items() if count == most]
        if len(leaders) > 1:
            # As many places in each: the country of the firmest reading ("outside the
            # Saray ... in Joubb Janine": one of 27 namesakes against a unique name).
            # Towns only: a country's own name says where a party is from as often as where
            # the event is.
            firmest: dict[str, float] = {}
            for p in usable:
                if p.place is not None and p.place.feature == "populated_place":
                    firmest[p.place.country] = max(firmest.get(p.place.country, 0.0), p.score)
            if len(firmest) == len(leaders):
                ranked = sorted(firmest.values(), reverse=True)
                if ranked[0] - ranked[1] >= _FIRMER_BY:
                    leaders = [c for c, score in firmest.items() if score == ranked[0]]
        if len(leaders) == 1:
            top = leaders[0]
            usable = [p for p in usable if p.place is not None and p.place.country == top]
    anchor = trigger.start if trigger else usable[0].start
    if len(usable) > 1:
        usable = _outside_nearer_division(usable, anchor, text)

    # "Idleb countryside", where the city's name is its province's: the land around the
    # city, the province in all but name; a town named in it ("in the town of Kafr Nabl,
    # Idleb countryside") is nearer
    provinces = {p.text.lower() for p in usable
                 if p.place is not None and p.place.feature == "admin1"}
    province_wide = {p.start for p in usable if _province_wide(p, provinces)}
    if len(usable) > 1 and text:
        # "Kurmuk (Ghamr, Sadah)": the last holder, read as the town its province is
        # named after, says which province, not that the event was in the town
        province_wide |= {p.start for p in usable if _province_seat_as_holder(p, usable, text)
                          or _province_named_beside_its_town(p, usable, text)}

    def rank(p: PlaceMention) -> tuple[int, bool, int, int]:
        assert p.place is not None
        feature_rank = _PLACE_RANK.get(p.place.feature, 1)
        if _named_within_holder(p):
            feature_rank = _PLACE_RANK["populated_place"]
        if p.start in province_wide:
            # "the village of X in Jabal al-Zawiya, in Idleb's southern countryside":
            # the province's land ranks as the province, after the range or district that
            # says where in it
            feature_rank = _PLACE_RANK["admin1"]
        # Near the event's word on either side, then the first told: a town told far after
        # it ("The day before, another group was found in X") is no nearer than the one
        # the report opens with.
        return (feature_rank, p.start in province_wide,
                0 if anchor - 200 <= p.start <= anchor + 200 else 1, p.start)

    return min(usable, key=rank)


# "in an unknown location in X", "in an unspecified city of X province": the report says the
# event's place is somewhere in X, and no nearer ("transporting food to an unknown area of X"
# is where the food went).
_UNKNOWN_PLACE_IN = re.compile(
    r"\b(?:in|at)[ \t]+(?:an?|some)[ \t]+"
    r"(?:unknown|unspecified|unidentified|undisclosed|undetermined)[ \t]+"
    r"(?:location|area|city|town|village|place|part|spot|site|district)[ \t]+(?:in|of)[ \t]+"
    r"(?:the[ \t]+)?", re.IGNORECASE)
_UNKNOWN_PLACE_WORDS = ("unknown", "unspecified", "unidentified", "undisclosed", "undetermined")


@lru_cache(maxsize=4)
def _unknown_place_ends(text: str) -> tuple[int, ...]:
    """Where each "in an unknown location in" of a text ends: read once per text, not once
    per event (a long report's events each searched the whole of it)."""
    if not _may_hold(text, _UNKNOWN_PLACE_WORDS):
        return ()
    return tuple(m.end() for m in _UNKNOWN_PLACE_IN.finditer(text))


def _in_the_unknown_places_division(usable: list[PlaceMention],
                                    text: str) -> list[PlaceMention]:
    """Less the places outside the division a report writes its event's place is somewhere
    in ("in an unspecified city of Ma'rib province, Yemen, tribesmen fired at pylons, which
    caused power cuts in Sanaa"): a town of another division told after it is where the
    effects were felt or the victims taken, not a nearer place of the event."""
    for end in _unknown_place_ends(text):
        division = next((p for p in usable if p.start == end and p.place is not None
                         and p.place.feature in ("admin1", "admin2")), None)
        if division is None or division.place is None:
            continue
        held = division.place
        return [p for p in usable if p is division or (
            p.place is not None and _holds(held, p.place))]
    return usable


def _less_ranges_abroad(usable: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Less the natural features whose one point lies in another country than every town
    and division named in their sentence: a range or a lake spans borders, and "in the X
    mountains around the village of Y in Z state" happened on the side of it that the town
    and the state name, whatever country the range's point falls in."""
    kept: list[PlaceMention] = []
    for p in usable:
        if p.place is not None and p.place.feature == "natural":
            around = [q.place.country for q in usable if q is not p and q.place is not None
                      and q.place.feature in ("populated_place", "admin1", "admin2")
                      and _same_sentence(text, p.start, q.start)]
            if around and p.place.country not in around:
                continue
        kept.append(p)
    return kept or usable


def _named_within_holder(p: PlaceMention) -> bool:
    """Whether ``p`` is a name the gazetteer lacks, placed at the province written next to
    it as where it lies ("in Santa Rufina, Caldas department"): a place within the province,
    as specific as a town, whose point is the province's. Placed at a district, it yields
    to the district's town named after it, nearer than the district's point; a valley or a
    range so placed ("the Wadi X in Kirkuk") spans much of the province and ranks as it."""
    return (p.place is not None and p.place.feature == "admin1"
            and p.reason is not None and p.reason.endswith(HOLDER_PLACED_REASON)
            and not p.reason.startswith(NATURAL_FEATURE_REASON))


# A comma or an opening parenthesis between a name and where it lies.
_HOLDER_AFTER = re.compile(r"[ \t]*(?:(?:town|village|area|district|city)[ \t]*)?[,(][ \t]*")
# What closes a holder: a parenthesis, a comma, a full stop, the end of the text.
_HOLDER_CLOSE = re.compile(r"[ \t]*(?:[),;]|\.(?!\w)|$)")


def _province_seat_as_holder(p: PlaceMention, usable: Sequence[PlaceMention],
                             text: str) -> bool:
    """Whether ``p`` is a town named like its province, written as where a place of that
    province named before it lies: "Kurmuk (Ghamr, Sadah)"."""
    place = p.place
    if place is None or place.feature != "populated_place" or not place.admin1 or (
            name_key(place.admin1) not in (name_key(place.name), name_key(p.text))):
        return False
    before = max((q for q in usable if q.end <= p.start), key=attrgetter("end"), default=None)
    return (before is not None and before.place is not None
            and before.place.country == place.country
            and before.place.admin1 == place.admin1 and before.place != place
            and _HOLDER_AFTER.fullmatch(text, before.end, p.start) is not None
            and _HOLDER_CLOSE.match(text, p.end) is not None)


# "Idleb city", "the city of Idleb", "Idleb town": the town, not its province, is meant.
# How far after the province's name its town is written, in the same clause: "in Oaxaca,
# near X", "Chiang Mai Government Center in tambon X"; not "in Gao on Monday, while two
# soldiers were wounded in the clash near X", another clause's place.
_PROVINCE_THEN_TOWN_GAP = 60
_ANOTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|or|then)\b|[;.]")
# A word of place within the few words before a name: "near X", "in the X area", "in
# tambon X", "outside the X station"; not "the police director of X township".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around)(?:[ \t]+[\w'\u2019-]+)?[ \t]+$", re.IGNORECASE)
# A capitalised word after a name, which makes it the head of a body's name ("the X
# Education Directorate").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_CITY_WORD_AFTER = re.compile(r"[ \t]+(?:city|town|municipality)\b", re.IGNORECASE)
_CITY_WORD_BEFORE = re.compile(
    r"\b(?:(?:city|town)[ \t]+of[ \t]+(?:the[ \t]+)?|central[ \t]+|downtown[ \t]+)$",
    re.IGNORECASE)


def _province_named_beside_its_town(p: PlaceMention, usable: Sequence[PlaceMention],
                                    text: str) -> bool:
    """Whether ``p`` is a town named like its province, written bare, with a town or
    district of that province named in the event's sentences: "on a road in Oaxaca, near
    San Vicente Coatlan" writes the state and where in it, not the state's capital and
    another town; the other place, written after it in the same clause, says where the
    event was. "Oaxaca
    city", "the city of Oaxaca", "central Oaxaca" and "near Oaxaca" stay the town, and so
    does one whose own district is written after it as where it lies ("in Sousse (Sousse
    Medina)")."""
    place = p.place
    if (place is None or place.feature != "populated_place" or not place.admin1
            or p.modifier is not None
            or name_key(place.admin1) != name_key(p.text)
            or name_key(place.name) != name_key(p.text)):
        return False
    if _CITY_WORD_AFTER.match(text, p.end) or _CITY_WORD_BEFORE.search(
            text, max(0, p.start - 20), p.start):
        return False
    return any(
        q.start > p.end and q.place is not None and q.place.country == place.country
        and q.place.admin1 == place.admin1 and q.place.feature in ("populated_place", "admin2")
        and name_key(place.admin1) not in (name_key(q.place.name), name_key(q.text))
        and _HOLDER_AFTER.fullmatch(text, p.end, q.start) is None
        and q.start - p.end <= _PROVINCE_THEN_TOWN_GAP
        and _ANOTHER_CLAUSE.search(text, p.end, q.start) is None
        and _LOCATIVE_BEFORE.search(text, max(0, q.start - 30), q.start) is not None
        and _NAME_GOES_ON.match(text, q.end) is None
        for q in usable)


def _province_wide(p: PlaceMention, provinces: Collection[str] = ()) -> bool:
    """Whether ``p`` names the land around a city whose name is its province's ("Idleb
    countryside", "the southern countryside of Dar'a"): the province in all but name."""
    return (p.modifier is not None and p.modifier.endswith(("countryside", "countryside of"))
            and p.place is not None
            and (p.text.lower() in provinces or p.place.name == p.place.admin1))


def _outside_nearer_division(usable: list[PlaceMention], anchor: int,
                             text: str) -> list[PlaceMention]:
    """Less the towns and districts of another sentence that lie outside the first-level
    division named nearer the event's word than they are: "protests in the province of
    Salta. ... prisoners from Buenos Aires' prisons were released" took place in Salta,
    not in Buenos Aires. A town written beside the division is left to the division the
    report states (``_stated_division``)."""
    divisions = [p for p in usable if p.place is not None and p.place.feature == "admin1"]
    if not divisions:
        return usable
    nearest = min(divisions, key=lambda p: abs(p.start - anchor))
    division = nearest.place
    assert division is not None
    distance = abs(nearest.start - anchor)
    kept = [p for p in usable if p.place is None or p.place.feature == "admin1"
            or p.place.country != division.country or p.place.admin1 == division.name
            or abs(p.start - anchor) <= distance
            or _SENTENCE_END.search(text, min(p.end, nearest.end),
                                    max(p.start, nearest.start)) is None]
    return kept or usable


# A sentence's end and the next one's start, a closing quotation mark between them or not.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+[A-Z\"\u201c]")


# Who is at home where an event happens: civilians, protesters and rioters of a country.
_AT_HOME_KINDS = frozenset({"civilians", "protesters", "rioters"})


def _commonest(items: Iterable[str]) -> str:
    """The most frequent item, the first seen among equals, as ``Counter.most_common(1)``
    finds it, without a Counter's per-call overhead (this runs once per document)."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return max(counts.items(), key=itemgetter(1))[0]


# Bearings of the compass words, as nouns and as adjectives ("the southern countryside of").
_BEARINGS = {
    "north": 0.0, "northern": 0.0, "northeast": 45.0, "northeastern": 45.0, "east": 90.0,
    "eastern": 90.0, "southeast": 135.0, "southeastern": 135.0, "south": 180.0,
    "southern": 180.0, "southwest": 225.0, "southwestern": 225.0, "west": 270.0,
    "western": 270.0, "northwest": 315.0, "northwestern": 315.0,
}
# How far out "the southern countryside of X" lies from X: the villages such a report
# names lie a few tens of kilometres from the town, on that side of it.
_COUNTRYSIDE_SIDE_KM = 20.0
# "the West Zone of Rio de Janeiro": a city of a million or more is told by its zones,
# whose middles lie some 15 to 30 km out from the city's point.
_ZONED_CITY = 1_000_000
_ZONE_SIDE_KM = 20.0


def _toward_side(place: Place, modifier: str | None) -> tuple[float, float]:
    """The point of a place, moved out to the side a report puts the event on.

    "Shelled a village in the southern countryside of Idleb" is not in Idleb but south of
    it: the point moves that way by the reach of a town's countryside. "40 km north of X"
    moves it as far as the report says, where that is farther than "near X" reaches.
    "North of X" and "near X" stay at X, where the report gives no side of a wider area.
    "The West Zone of X", a city of a million or more, lies out on that side of the city.
    """
    if not modifier or place.feature in ("country", "natural"):
        return place.latitude, place.longitude
    words = modifier.split()
    if len(words) == 3 and words[1:] == ["countryside", "of"] and words[0] in _BEARINGS:
        return _moved(place.latitude, place.longitude, _BEARINGS[words[0]],
                      _COUNTRYSIDE_SIDE_KM)
    if len(words) == 3 and words[1:] == ["zone", "of"] and words[0] in _BEARINGS and (
            place.feature == "populated_place" and place.population >= _ZONED_CITY):
        return _moved(place.latitude, place.longitude, _BEARINGS[words[0]], _ZONE_SIDE_KM)
    stated = _STATED_DISTANCE.fullmatch(modifier)
    if stated is not None and stated.group(3) in _BEARINGS:
        km = float(stated.group(1)) * (_KM_PER_MILE if stated.group(2) == "miles" else 1.0)
        if _STATED_MOVE_KM[0] <= km <= _STATED_MOVE_KM[1]:
            return _moved(place.latitude, place.longitude, _BEARINGS[stated.group(3)], km)
    return place.latitude, place.longitude


# "40 km north of", "25 miles south-west of": a distance and a direction from a place
_STATED_DISTANCE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(km|kms|kilometres|kilometers|miles)\s+([a-z]+)\s+(?:of|from)")
_KM_PER_MILE = 1.609
# The stated distances that move the point: nearer, "near X" is close enough; farther, the
# figure is more likely a slip than a place so far off told by that town.
_STATED_MOVE_KM = (20.0, 150.0)


def location_of(mention: PlaceMention | None, places: Sequence[PlaceMention],
                actors: Sequence[ActorMention],
                doc_places: Sequence[PlaceMention] = ()) -> Location:
    """Build the event's :class:`Location` from the chosen mention (or say why there is none).

    ``doc_places`` are all the report's places (``places``, the segment's, among them).
    """
    if mention is None or mention.place is None:
        countries = [p.place.country for p in places if p.place is not None]
        # Foreign forces operate abroad: their country says nothing of where. Of the
        # others, people struck or gathered where they live say more than forces do,
        # which cross a border to strike ("Israeli soldiers abducted a Lebanese shepherd
        # near the border" is in Lebanon).
        home = [a.country for a in actors if a.country and a.kind in _AT_HOME_KINDS]
        if home:
            # Police keep order at home, and people cross borders more often than they do:
            # "a crowd of Indian nationals assaulted Nepal police personnel near a village"
            # is in Nepal. (Only one country's police: of two, neither says more.)
            police = {a.country for a in actors if a.country and a.kind == "police"}
            if len(police) == 1:
                home = list(police)
        countries += home or [a.country for a in actors
                              if a.country and a.kind != "external_force"]
        if countries:
            country = _commonest(countries)
            return Location(country=country, geo_precision=3,
                            reason="no place resolved in the event's sentences; country only")
        group_country = single_theatre(actors)
        if group_country is not None:
            return Location(country=group_country, geo_precision=3,
                            reason=_THEATRE_REASON)
        group_country = home_theatre(actors)
        if group_country is not None:
            # "Taliban militants attacked a checkpoint in Kfarzad village": a village the
            # gazetteer lacks, and nothing else tells where; the group's home country
            return Location(country=group_country, geo_precision=3,
                            reason=_HOME_THEATRE_REASON)
        unresolved = next((p for p in places if p.place is None), None)
        return Location(name=unresolved.text if unresolved else None,
                        reason=unresolved.reason if unresolved else "no place named")
    place = mention.place
    admin1 = place.admin1 if place.feature != "admin1" else place.name
    if place.admin2 is not None and place.feature != "admin1":
        # Belgrade: a city that ISO 3166-2 makes a first-level division of its own, where
        # GeoNames files it under a larger unit (Central Serbia).
        admin1 = city_division(place.country, admin1, place.admin2) or admin1
    if admin1 is None:
        # "the Mutaibija area in Salah al-Din province": a feature with no division of its
        # own lies in the division named right after it.
        holder = next((p for p in places if p.place is not None and p.place.country == place.country
                       and (p.place.feature == "admin1" or _province_wide(p))
                       and 0 <= p.start - mention.end <= 40), None)
        if holder is not None and holder.place is not None:
            # "Jabal al-Zawiya, in Idleb's southern countryside": the province's land
            admin1 = holder.place.name if holder.place.feature == "admin1" else (
                holder.place.admin1)
    if admin1 is None:
        # "... in Salah al-Din" in the headline, "the Mutaibija area" below: the one division
        # of its country the report names holds it.
        divisions = {p.place.name for p in doc_places or places if p.place is not None
                     and p.place.feature == "admin1" and p.place.country == place.country}
        if len(divisions) == 1:
            admin1 = divisions.pop()
    precision = mention.geo_precision
    if place.feature == "country":
        precision = 3
    elif place.feature == "admin1":
        precision = max(precision, 3)
    latitude, longitude = _toward_side(place, mention.modifier)
    return Location(
        name=mention.text,
        place=place.name,
        country=place.country,
        admin1=admin1,
        admin2=place.admin2 if place.feature not in {"admin1", "country"} else None,
        latitude=latitude,
        longitude=longitude,
        geo_precision=precision,
        geonames_id=place.geonames_id,
        reason=mention.reason,
        admin3=register_third_division(place) or _municipality_written_after(mention, places),
    )


#: The most characters between a village and the municipality written right after it
#: ("Kayaga village in Datu Paglas", "Barangay San Isidro of Alaminos", "Cuambog Village,
#: Mabini Town").
_MUNICIPALITY_GAP = 16


def _municipality_written_after(mention: PlaceMention, places: Sequence[PlaceMention]
                                ) -> str | None:
    """The town written right after a village as the one that holds it, in a country whose
    third-level division is the municipality (the Philippines' barangays, Myanmar's village
    tracts): GTD writes that municipality as the city, as the register gives it for the
    villages it holds. None where no such town follows, or one the village outnumbers."""
    place = mention.place
    if place is None or place.feature != "populated_place" \
            or place.country not in THIRD_DIVISION_COLUMNS:
        return None
    holder = next((p for p in places if p.start >= mention.end), None)
    if holder is None or holder.place is None or holder.start - mention.end > _MUNICIPALITY_GAP:
        return None
    town = holder.place
    if town.feature != "populated_place" or town.country != place.country \
            or town.admin1 != place.admin1 or name_key(town.name) == name_key(place.name) \
            or place.population > town.population > 0:
        return None  # (a city before a smaller town: "between Cotabato City and Datu Piang")
    return town.name


# Words before one who is struck at ("strikes targeting X", "a base hosting X"); with "with"
# ("clashed with X"), before one who is acted upon.
_STRUCK_WORDS = r"against|targeting|targeted|on|at|housing|hosting"
# "an army convoy was ambushed", "police were attacked", "two soldiers were hit by a
# roadside bomb": the subject of a passive attack
_STRUCK_IN_PASSIVE = re.compile(
    r"\s+(?:(?:convoy|patrol|post|base|checkpoint|vehicle|unit|detachment|position|outpost|"
    r"camp|station)s?\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:ambushed|attacked|targeted|raided|overrun|shelled|bombed|hit|struck)\b", re.IGNORECASE)
_AGAINST = re.compile(rf"\b(?:{_STRUCK_WORDS}|with)\s*$", re.IGNORECASE)
# "the army, together with the police, raided ...", "rebels in coalition with a militia": a
# "with" that joins a partner to the subject, not one acted upon
_JOINED_WITH = re.compile(
    r"\b(?:together|along|jointly|partnered|allied|teamed\s+up|(?:working\s+)?in\s+(?:close\s+)?"
    r"(?:coalition|coordination|cooperation|partnership|conjunction|collaboration|concert|"
    r"league|tandem))\s+with\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# "On reported presence of terrorists, security forces conducted ...": those whose presence
# led the force to act are those it acted upon, not the subject
_PRESENCE_OF = re.compile(
    r"\bpresence\s+of\s+(?:the\s+|some\s+|armed\s+|several\s+)*$", re.IGNORECASE)
# "A man carrying a child was killed", "a woman pushing a cart was wounded": a person told
# by what he bore or led, then struck; the person is who was struck, whoever the casualty
# count is read of.
_BEARER_STRUCK = re.compile(
    r"\s*,?\s+(?:carrying|holding|pushing|pulling|leading|walking\s+with|riding|driving|"
    r"accompanied\s+by|with)\s+(?:[\w'’-]+\s+){1,5}?,?\s*(?:was|were)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|maimed)\b", re.IGNORECASE)
# "hit a car carrying two senior al-Shabaab commanders", "a truck transporting Boko Haram
# fighters": those a struck vehicle carried were struck with it.
_CARRIED_BY = re.compile(
    r"\b(?:cars?|vehicles?|trucks?|pick-?ups?|vans?|buse?s?|minibuse?s?|jeeps?|boats?|"
    r"motorbikes?|motorcycles?|convoys?|lorr(?:y|ies))\s+(?:that\s+was\s+|which\s+was\s+)?"
    r"(?:carrying|transporting|ferrying)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_CARRIED_BY_WORDS = ("carrying", "transporting", "ferrying")  # one in each match
# What a group holds that is struck: its places and vehicles.
_HOLDINGS = (r"hide-?outs?|dens?|positions?|headquarters|bases?|camps?|tunnels?|caves?|"
             r"shelters?|strongholds?|safe\s?houses?|vehicles?|depots?")
# "the destruction of (3) hideouts for ISIS terrorist gangs": the group whose places or
# means were hit.
_HELD_BY_WORDS = ("hide", "den", "position", "headquarters", "base", "camp", "tunnel", "cave",
                  "shelter", "stronghold", "safe", "vehicle", "depot", "cache", "weapons",
                  "ammunition")
_HELD_BY = re.compile(
    rf"\b(?:{_HOLDINGS}|caches?|weapons|ammunition)\s+"
    # ("a vehicle belonging to the internal security forces (Asayish)": a word before the
    # force's name)
    r"(?:\(\d+\)\s+)?(?:of|for|belonging\s+to|used\s+by)\s+(?:the\s+(?:[a-z]+\s+)?)?$",
    re.IGNORECASE)
#: The adverbs of a group's way, before its attacks or right before its verb.
_HABITUAL_ADVERBS = r"regularly|routinely|frequently|often"
# "still carry out attacks", "continue to launch raids", "regularly stage ambushes", "has
# carried out frequent drone attacks", "has carried out dozens of attacks", "usually
# announces such attacks"
_HABITUAL_BEFORE = re.compile(
    rf"\b(?:still|{_HABITUAL_ADVERBS}|usually|frequent|occasionally|sometimes|continues?\s+to|"
    r"keeps?\s+on|(?:has|have)\s+(?:carried\s+out|launched|staged|mounted|conducted|"
    r"claimed)\s+(?:dozens|scores|hundreds|thousands)\s+of)\s+(?:[\w-]+\s+){0,4}$")
_PLURAL_TRIGGER = re.compile(r"(?:attacks|raids|ambushes|bombings|strikes|assaults)$")


def _habitual(lowered: str, trigger: Trigger) -> bool:
    """A plural attack word after "still", "regularly", "continue to": attacks as a rule;
    a verb right after "often", "regularly" ("often targeting military bases"); and a verb
    of the present joined to such a clause ("it still carries out ambushes on army posts
    and kills shepherds")."""
    if _HABITUAL_VERB_BEFORE.search(lowered, max(0, trigger.start - 14), trigger.start):
        return True
    if lowered.endswith("s", trigger.start, trigger.end) and lowered.startswith(
            " and ", max(0, trigger.start - 5)) and _HABITUAL_JOINED.search(
            lowered, max(0, trigger.start - 90), trigger.start):
        return True
    return bool(_PLURAL_TRIGGER.search(lowered, trigger.start, trigger.end)) and bool(
        _HABITUAL_BEFORE.search(lowered, max(0, trigger.start - 50), trigger.start))


#: "after the fighting", "in the operations": the fighting a period's count was told of,
#: pointed back to (the words before a trigger of ``_FIGHTING_COUNTED``).
_THE_FIGHTING_BEFORE = re.compile(
    r"\b(?:the|these|those)\s+(?:same\s+|ensuing\s+|heavy\s+|intense\s+)?$")
_FIGHTING_COUNTED = frozenset({"fighting", "clashes", "operations", "offensive", "battles",
                               "engagements"})


def _of_the_fighting_counted(folded: str, triggers: Sequence[Trigger], start: int, end: int,
                            casualties: Sequence[CasualtyMention]) -> bool:
    """Whether a sentence's deeds are all the fighting told before ("after the fighting",
    "in the clashes") and the toll words of its dead ("40 bodies had been found"): a
    sentence that tells of no deed of its own."""
    told = _within(casualties, start, end)
    back = False
    for t in triggers:
        if folded[t.start:t.end] in _FIGHTING_COUNTED and _THE_FIGHTING_BEFORE.search(
                folded, max(start, t.start - 20), t.start) is not None:
            back = True
        elif not any(c.start < t.end and t.start < c.end for c in told):
            return False
    return back


#: A teller's open question about deaths told before: "It did not say where the soldiers
#: were killed", "did not specify how many were wounded" (every match holds one of
#: ``_NOT_SAID_WORDS``, a test made first).
_NOT_SAID = re.compile(
    r"\b(?:did|does|do|would|could)(?:\s+not|n[\u2019']t)\s+(?:say|specify|disclose)\s+"
    r"(?:where|how|when|whether|who|which|why|what|if)\b")
_NOT_SAID_WORDS = ("not say", "n't say", "n\u2019t say", "not specify", "n't specify",
                   "n\u2019t specify", "not disclose", "n't disclose", "n\u2019t disclose")
#: "still carries out ambushes on army posts and ": a clause of what a group does as a rule,
#: a verb of the present joined after it by "and" (no stop or comma between).
_HABITUAL_JOINED = re.compile(
    rf"\b(?:still|{_HABITUAL_ADVERBS}|continues?\s+to)\s+[a-z]+\b(?:\s+[\w-]+){{1,8}}?\s+and\s+$")
#: "often targeting military bases", "regularly attacks convoys": the group's way, right
#: before the verb.
_HABITUAL_VERB_BEFORE = re.compile(rf"\b(?:{_HABITUAL_ADVERBS}|usually)\s+$")

#: "..., mostly targeting the security forces": what a group's attacks told before strike as a
#: rule, after their habitual telling in the sentence
_MOSTLY_DOING = re.compile(r"\b(?:mostly|mainly|largely|primarily|chiefly|usually|often)\s+$")
#: "the attacks are revenge for ...", "the raid was in retaliation for ...": the reason told
#: for attacks; a deed it names after "for" is the grievance, no incident told
_REASON_TOLD = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:said\s+to\s+be|meant\s+as)\s+)?(?:an?\s+|in\s+)?"
    r"(?:revenge|retaliation|reprisal|response|retribution|punishment)\s+(?:for|to|against)\b")
_GRIEVANCE_WORDS = ("revenge", "retaliat", "reprisal", "response", "retribution", "punishment")
#: The words before an attack word that name the one told before, as what came after it:
#: "closed after the attack", "since the ambush", "following the deadly raid"
_AFTER_THE = re.compile(r"\b(?:after|since|following)\s+(?:the|that|this|last\s+\w+'s)\s+"
                        r"(?:[\w-]+\s+)?$")
#: What may follow an incident beside it, told by a sentence that tells the incident again:
#: closures and deployments ("the road had been closed ... soldiers had been deployed")
_AFTERMATH_KINDS = frozenset({"change_to_group_activity", "other"})


def _told_in_general(folded: str, triggers: Sequence[Trigger],
                     casualties: Sequence[CasualtyMention], dates: Sequence[DateMention],
                     s_start: int, s_end: int) -> bool:
    """Whether a sentence's attack words tell no incident of their own: attacks as a
    group's way ("has carried out dozens of attacks in A, mostly targeting the police",
    "usually announces such attacks"), the reason told for them ("It says the attacks are
    revenge for the deployment of troops"), or the incident told before, named by what came
    after it or by a claim ("closed after the attack", "did not claim the ambush"); beside
    them, only closures and deployments that followed. The sentence tells no casualty, but
    in the grievance a reason names ("revenge for the killing of its fighters"); a grievance
    told with its own day ("for an army raid last month") is an incident of that day."""
    reason = _REASON_TOLD.search(folded, s_start, s_end) if any(
        w in folded[s_start:s_end] for w in _GRIEVANCE_WORDS) else None
    if casualties and (reason is None or any(c.start < reason.end() for c in casualties)):
        return False
    if reason is not None and any(d.start >= reason.end() for d in dates):
        return False
    told = False
    general_before = False
    for t in triggers:
        if reason is not None and (t.start >= reason.end() or (
                t.end <= reason.start() and not folded[t.end:reason.start()].strip())):
            told = general_before = True
            continue
        if t.event_type not in _VIOLENT_TYPES:
            if t.sub_event_type not in _AFTERMATH_KINDS:
                return False
            continue
        if _habitual(folded, t) or (
                general_before and t.text.endswith("ing")
                and _MOSTLY_DOING.search(folded, max(s_start, t.start - 12), t.start)):
            told = general_before = True
            continue
        if _AFTER_THE.search(folded, max(s_start, t.start - 40), t.start) or \
                _CLAIM_OF_THE.search(folded, max(s_start, t.start - 50), t.start):
            told = True
            continue
        return False
    return told


_FOR_WHOM_WORDS = ("support", "solidarity", "behalf", "defen")
_FOR_WHOM = re.compile(
    r"\b(?:in\s+support\s+of|in\s+solidarity\s+with|on\s+behalf\s+of|to\s+support|"
    r"in\s+defen[cs]e\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
# "The second airstrike, against the Harakat Example group": the one told against
_AGAINST_THE = re.compile(r"(?:strikes?|raids?|operations?),?\s+against\s+the\s+$",
                          re.IGNORECASE)
_STRUCK_AT = re.compile(rf"\b(?:{_STRUCK_WORDS})\s*$", re.IGNORECASE)
#: The words of _STRUCK_AT, and of _AGAINST.
_STRUCK_AT_WORDS = frozenset(_STRUCK_WORDS.split("|"))
_AGAINST_WORDS = _STRUCK_AT_WORDS | {"with"}


def _last_word_of(text: str, lo: int, hi: int, words: frozenset[str],
                  pattern: re.Pattern[str]) -> bool:
    """Whether ``text[lo:hi]`` ends with one of ``words`` (lower case, ASCII) as a whole
    word in some case, then nothing but blanks: what ``pattern``, ``\\b(?:words)\\s*$``
    case-blind, finds searched from ``lo`` to ``hi``. Read from the end, not tried at every
    character; a last word not in ASCII (which a case-blind match may pair with ASCII
    letters) is left to the pattern."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and text[start - 1].isalpha():
        start -= 1
    if start == end:
        return False
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False  # no word start there (a search from ``lo`` sees the text before it)
    word = text[start:end]
    if not word.isascii():
        return pattern.search(text, lo, hi) is not None
    return word.lower() in words
# "jets strike ISIS hideouts", "destroyed two Taliban positions": the holder of what was hit
_HOLDINGS_AFTER = re.compile(rf"\s+(?:{_HOLDINGS})\b", re.IGNORECASE)
# "hit Ukrainian army positions": the holder named with its holdings, as one mention
_HOLDINGS_ENDING = re.compile(rf"\s(?:{_HOLDINGS})$", re.IGNORECASE)
#: A side whose vehicle or patrol ran onto a bomb nobody is told to have set: "a FAMa
#: vehicle struck an IED", "a police patrol hit a landmine", "soldiers stepped on a mine".
#: The side is struck by the device, not the one who set it.
_MET_A_DEVICE = re.compile(
    r"\s+(?:(?:patrol|army|military|police|supply|logistics?)\s+)?(?:(?:vehicles?|convoys?|"
    r"patrols?|trucks?|cars?|pick-?ups?|bus(?:es)?|tanks?|units?|teams?)\s+)?"
    r"(?:struck|hit|ran\s+(?:over|onto|into)|drove\s+(?:over|onto|into)|stepped\s+on)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:IEDs?|improvised\s+explosive|(?:land\s?)?mines?|"
    r"roadside\s+bombs?|explosive\s+devices?)\b", re.IGNORECASE)
_MET_A_DEVICE_WORDS = ("struck", "hit", "over", "onto", "into", "stepped")  # one in each match
#: Who the dead or hurt just told mostly were: "killed 38 people, most of them police
#: officers", "wounding 20, mostly soldiers". They were struck, not the strikers.
_MOST_OF_THEM = re.compile(
    r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|dead|casualties|victims)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:people|persons|others|\d+)\s*,\s+(?:(?:most|many|all|some|half|"
    r"several|the\s+majority)\s+of\s+(?:them|whom)|mostly|mainly|largely|chiefly)\s+"
    r"(?:were\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MOST_OF_THEM_WORDS = ("them", "whom", "mostly", "mainly", "largely", "chiefly")  # one in each
#: Whom a bomb or a fighter "hit" or "struck": "a roadside bomb hit two soldiers".
_HIT_WHOM = re.compile(r"\b(?:hit|hits|struck)\s+(?:(?:\w+|\(\d+\))\s+)?$", re.IGNORECASE)
_HIT_BEFORE = re.compile(
    r"\b(?:strike|strikes|struck|hit|hits|target(?:s|ed|ing)?|bomb(?:s|ed|ing)?|"
    r"destroy(?:s|ed|ing)?|shell(?:s|ed|ing)?|raid(?:s|ed|ing)?|pound(?:s|ed|ing)?|"
    r"attack(?:s|ed|ing)?)\s+(?:(?:on|upon|at|into)\s+)?(?:(?:\w+|\(\d+\))\s+)?$",
    re.IGNORECASE)
#: "one strike engaged an ISIS tactical unit", "two strikes destroyed an ISIS weapons cache":
#: what a strike engaged or destroyed was struck, whoever holds it (the striker is elsewhere)
_STRIKE_HIT_BEFORE = re.compile(
    r"\bstrikes?\s+(?:engaged|destroyed|hit|struck|targeted)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AT_SITE_BEFORE = re.compile(
    r"\b(?:at|in|into|inside|outside|near|on|under|beneath)\s+(?:an?|the)\s+$", re.IGNORECASE)
#: "a bomb went off as an army convoy passed", "gunmen opened fire when a police patrol was
#: driving past": the unit passing by when the deed was done is the one it struck (every
#: match ends in one of ``_PASSING_WORDS``, a test made first).
_PASSING_BY = re.compile(
    r"(?:\s+(?:convoys?|patrols?|vehicles?|trucks?|teams?|units?))?\s+(?:was\s+|were\s+)?"
    r"(?:passed|passing|drove\s+(?:past|by)|driving\s+(?:past|by)|went\s+(?:past|by)|"
    r"travell?ed|travell?ing)\b", re.IGNORECASE)
_PASSING_WORDS = ("pass", "past", "by", "travel")
_PASSING_WHEN = re.compile(r"\b(?:as|when|while|just\s+as)\s+(?:an?|the|their|its)\s+$",
                           re.IGNORECASE)
_SITE_AFTER = re.compile(
    r"\s+(?:compounds?|stations?|checkpoints?|posts?|bases?|camps?|barracks|headquarters|"
    r"lines|patrols?|convoys?|vehicles?|trucks?|cars?|pick-?ups?)\b", re.IGNORECASE)
#: A partner told in a phrase that opens the sentence: "In a joint security operation with
#: the", "In coordination with".
_FRONTED_PARTNER = re.compile(
    r"(?:^|[.\n]\s*)(?:in|with)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:operation|raid|"
    r"coordination|cooperation|partnership|conjunction|collaboration)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE)
#: The words between that partner and the subject after it: a comma and "our" or "the".
_COMMA_THEN_SUBJECT = re.compile(r"(?:\s+forces)?\s*,\s+(?:(?:our|the)\s+)?", re.IGNORECASE)
_ASSOC = re.compile(
    r"^\W*(?:and|,|with|alongside|along with|backed by|enabled by|supported by|"
    r"in (?:coordination|coalition|cooperation|partnership|conjunction) with|together with|"
    r"jointly with|aided by|assisted by|as well as)\W*$",
    re.IGNORECASE,
)
_TELLS_THAT = re.compile(
    r"[\s,]*(?:announced|said|stated|reported|confirmed|added)\b[^.;\"\u201c]{0,60}?\bthat\s+"
    r"(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
_BACKER_WORDS = ("backed", "backing", "support", "assisted", "aided", "cover")
#: Backing told after the backer: "with U.S. forces in a supporting role", "coalition
#: aircraft in support", "U.S. advisers providing support"
_BACKER_AFTER = re.compile(
    r"\s*,?\s+(?:(?:forces|troops|aircraft|advisers|advisors)\s+)?(?:(?:serving\s+)?in\s+"
    r"(?:an?\s+)?(?:supporting|support|enabling|advisory)(?:\s+(?:role|capacity))?(?!\s+of\b)"
    r"|providing\s+(?:air\s+|intelligence\s+)?support\b)", re.IGNORECASE)
#: Backing told actively, between the backer and the force it backs: "US airstrikes backed
#: Somali army forces who killed ..."
_BACKS_NEXT = re.compile(_BACKS + r"(?:the\s+)?", re.IGNORECASE)
# Words that may stand between "by" or "when" and the armed actor they introduce: "by armed
# members of the Taliban", "when two unidentified militants attacked", "by a group of masked
# gunmen", a translation's "by the heroes of the 7th division of the army".
_ARMED_LEAD = (
    r"(?:(?:the|a|an|suspected|alleged|armed|heavily|unidentified|unknown|masked|lone|single|"
    r"several|some|group\s+of|band\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
    r"scores\s+of|hundreds\s+of)\s+)*"
    r"(?:(?:members?|fighters?|militants?|cadres?|operatives?|elements?|gunmen|insurgents?|"
    r"rebels?|guerrillas?|heroes|troops|units?|detachments?|soldiers|men|personnel|forces)"
    r"\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?)?")
_PASSIVE_BY = re.compile(r"\bby\s+" + _ARMED_LEAD + "$", re.IGNORECASE)
# "were repelled by troops": who the passive's agent fended off, not who attacked
_REPELLED_BY = re.compile(
    r"\b(?:repelled|repulsed|foiled|thwarted|beaten\s+back|fought\s+off|pushed\s+back)\s+by\s+"
    + _ARMED_LEAD + "$", re.IGNORECASE)
# "a convoy of fuel tankers escorted by the army came under fire": the force that guarded
# what was struck is on the side struck, not the passive's agent of the attack ("forces,
# accompanied by Russian troops, arrested four": a partner in the deed, no escort)
_ESCORTED_BY = re.compile(
    r"\b(?:escorted|guarded|protected)\s+by\s+" + _ARMED_LEAD + "$",
    re.IGNORECASE)
_ESCORT_WORDS = ("escorted", "guarded", "protected")
_TAKING = ("battles", "non_state_actor_overtakes_territory")
# "tried to overrun", "an attempt by X fighters to seize", "a failed bid to capture": a
# taking told as only tried (the text lower-cased)
_TRIED_TO = re.compile(r"\b(?:(?:tried|trying|tries|try|attempt(?:ed|ing|s)?|sought|seeking|"
                       r"failed|bid)\s+(?:[\w'-]+\s+){0,4}?|(?:attempts?|bids?)\s+by\s+"
                       r"(?:[\w'.-]+\s+){1,8}?)to\s+$")
# A side told as whose attempt it was, before the word of the attempted deed: "foiled an
# attempt by X fighters to overrun"
_ATTEMPT_BY = re.compile(r"\b(?:attempts?|bids?)\s+by\s+" + _ARMED_LEAD + "$", re.IGNORECASE)
# "soldiers came under attack from al-Shabaab fighters", "the patrol came under heavy fire
# from the Taliban": the one the attack or fire came from made it; the one it came upon
# (its convoy, patrol or post) suffered it
_UNDER_ATTACK = r"(?:[\w-]+\s+){0,2}?(?:attack|fire|gunfire|assault|bombardment|shelling)"
_UNDER_ATTACK_FROM = re.compile(
    r"\bunder\s+" + _UNDER_ATTACK + r"\s+from\s+" + _ARMED_LEAD + "$", re.IGNORECASE)
_CAME_UNDER = re.compile(
    # (its post told with where it stood: "positions near Kamianka came under fire")
    r"(?:\s+[\w-]+){0,2}?(?:\s+(?:near|in|outside|at|around)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:came|come|comes|coming|was|were|had\s+been)\s+under\s+"
    + _UNDER_ATTACK + r"\b", re.IGNORECASE)
# "an operation conducted by the army", "in a raid carried out by the police": who did the
# deed a noun names, before or after the word that tells its toll
_DONE_BY = re.compile(
    r"\b(?:conducted|carried\s+out|launched|mounted|staged|executed|undertaken)\s+by\s+"
    + _ARMED_LEAD + "$", re.IGNORECASE)
# "a tunnel used by ISIS gangs", "a village held by the rebels": whose a place is, not who
# did what the sentence tells
_OWNED_BY = re.compile(
    r"\b(?:used|controlled|held|occupied|run|owned|built|dug|frequented|inhabited|operated|"
    r"manned)\s+by\s+" + _ARMED_LEAD + "$", re.IGNORECASE)
# "soldiers killed in ISIS ambush", "... in a U.S. strike": the attack's author named with it
_IN_THE = re.compile(r"\b(?:in|during)\s+(?:an?\s+)?$", re.IGNORECASE)
_ATTACK_NOUN_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:attacks?|ambush(?:es)?|raids?|(?:air|drone\s+)?strikes?|assaults?|"
    r"bombings?|offensive|shelling|airstrikes?)\b", re.IGNORECASE)
# "Peshmerga repel ISIS attack", "troops foiled an attack by ...": who fended the attack off
# suffered it
_REPELLED = re.compile(
    r"\s+(?:repel\w*|repuls\w*|foil\w*|thwart\w*|fend\w*\s+off|fought\s+off|beat\s+back|"
    r"fight\s+off)\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,2}|(?:attempt|bid)\s+by\s+"
    r"(?:[\w'-]+\s+){1,5}?to\s+)$", re.IGNORECASE)
_OWNER_OF = re.compile(r"['\u2019]s?\s+(?:[\"\u201c]?(?!(?:was|were|is|are|been|being|had|has|"
                       r"have|came|come|and|or|who|which|that)\s)[a-z-]+\s+){0,2}[\"\u201c]?")
_HELD_RESPONSIBLE = re.compile(
    r"\s*,?\s*(?:who\s+(?:is|was|are|were)\s+)?(?:(?:believed|thought|suspected|alleged|said)"
    r"\s+to\s+(?:be|have\s+been)\s+(?:responsible|behind)|(?:suspected|accused)\s+of\s+"
    r"(?:carrying|planting|placing|setting|detonating|throwing|leaving)|wanted\s+(?:in\s+"
    r"connection\s+with|over|for)\s+the|who\s+(?:had\s+)?(?:left|planted|placed|threw|hurled|"
    r"detonated|set\s+off))\b", re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|as|after)\s+" + _ARMED_LEAD + "$", re.IGNORECASE)


@dataclass(slots=True)
class Roles:
    actor1: ActorMention | None = None
    assoc1: list[ActorMention] = field(default_factory=list)
    actor2: ActorMention | None = None
    assoc2: list[ActorMention] = field(default_factory=list)
    actor1_after_trigger: bool = False
    #: the side that fended the assault off, told first though actor2 (it acted too)
    fender: ActorMention | None = None
    # the unnamed hand of a named group ("a suicide bomber ... the Taliban claimed it")
    perpetrator: ActorMention | None = None

    # Written out: in a compiled module a generated __init__ runs interpreted (one per event).
    def __init__(
        self, actor1: ActorMention | None = None, assoc1: list[ActorMention] | None = None,
        actor2: ActorMention | None = None, assoc2: list[ActorMention] | None = None,
        actor1_after_trigger: bool = False, fender: ActorMention | None = None,
        perpetrator: ActorMention | None = None,
    ) -> None:
        self.actor1 = actor1
        self.assoc1 = [] if assoc1 is None else assoc1
        self.actor2 = actor2
        self.assoc2 = [] if assoc2 is None else assoc2
        self.actor1_after_trigger = actor1_after_trigger
        self.fender = fender
        self.perpetrator = perpetrator


def _dedupe(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.name not in seen:
            seen.add(m.name)
            out.append(m)
    return out


#: The deed a group claims, told before: "claimed the attack", "had carried out the ambush".
_CLAIM_DEEDS = (r"(?:attack|bombing|killing|assault|abduction|kidnapping|arson|raid|ambush|"
                r"blast|explosion|shooting|burning)")
_CLAIM = re.compile(
    # "X, which has waged an insurgency since 2009, said ...", "X, al-Qaeda's affiliate in
    # the Sahel, said ...": a clause telling who X is
    r"[\s,)]*(?:\([^)]{0,40}\)\s*)?(?:,?\s*(?:which|who)\s[^,.;]{0,100},\s*|"
    r",?\s*(?:an?|the|its|[\w-]+['\u2019]s)\s[^,.;]{0,100},\s*|"
    # "X chapter spokesman, Omar Khalid, told reporters ...": the speaker named between commas
    r"(?:[\w'-]+\s+){0,3}?(?:spokes(?:man|woman|person)|commander|leader|chief),\s*"
    r"(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),\s*)?"
    # "X cadres led by area commander Y were responsible", "X under the command of Y
    # claimed ...": who led them, between the group and its claim
    r"(?:(?:[\w'-]+\s+){0,2}?(?:led|headed|commanded)\s+by\s+[^,.;]{0,80}?\s+|"
    r"under\s+(?:the\s+)?(?:command|leadership)\s+of\s+[^,.;]{0,60}?\s+|"
    # "X posters left at the site claimed ...": the group's word, left where it struck
    r"(?:posters?|leaflets?|pamphlets?|letters?|notes?|banners?)\s+(?:[\w'-]+\s+){0,6}?)?"
    r"(?:[\w'-]+,?\s+){0,3}?,?\s*(?:claimed (?:the )?responsibility|"
    # "said on its channels that it carried out the assault", "said its fighters had
    # overrun the base": the group's own word that it struck
    # "told reporters that the group had killed him": the same word told to someone
    r"(?:said|says|told\s+(?:[\w-]+\s+){1,2}?)\b[^.;\"\u201c]{0,60}?\b(?:that\s+)?(?:it|they|"
    r"its\s+(?:fighters|men|members|militants|mujahideen|units?)|their\s+(?:fighters|men)|"
    r"the\s+group)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:carried\s+out|staged|launched|conducted|mounted|overran|overrun|stormed|ambushed|"
    r"attacked|abducted|kidnapped|killed|executed|assassinated|beheaded|shot|bombed|"
    r"planted|detonated)|"
    rf"(?:has\s+|have\s+)?claimed (?:the|this|that|an?) {_CLAIM_DEEDS}|"
    # "said ... that his X had carried out the ambush": the deed told before, done by X
    rf"(?:had|has|have) carried out (?:the|this|that) {_CLAIM_DEEDS}\b|"
    # "the Taliban claimed it": the deed told before, not "claimed it was ..."
    r"claimed (?:it|them)(?!\s+(?:was|were|is|are|had|has|have|would|will|to)\b)(?=\s*[.,;])|"
    r"said in a (?:claim|statement claiming)|claimed (?:in a statement )?that (?:it|its|they)|"
    r"took responsibility|(?:accepted|admitted|acknowledged|assumed) responsibility|"
    # "X are the suspected attackers", "X was the likely culprit"
    r"(?:is|are|was|were)\s+(?:the\s+)?(?:suspected|alleged|presumed|likely|probable)\s+"
    r"(?:attackers?|perpetrators?|culprits?|authors?|assailants?)|"
    r"claiming responsibility|"
    # "claimed the responsibility of the attack", "took the responsibility": the article
    # some reports give the word
    r"(?:claiming|took|accepted|admitted|acknowledged|assumed) the responsibility|"
    r"(?:was|were|is|are|has been|have been|had been)\s+(?:thought|"
    r"suspected|believed|blamed|held responsible|responsible|behind|involved"
    # ("were involved in attacks on security forces", "involved in numerous terrorist
    # activities": what the group did before, not a hand in the deed told)
    r"(?!\s+in\s+(?:(?:numerous|several|many|various|multiple|past|previous|earlier|other|"
    r"a\s+(?:number|series|string)\s+of|dozens\s+of|scores\s+of)\s+)?"
    r"(?:(?!the\b|these\b|those\b|this\b|that\b)[a-z-]+\s+)?"
    r"(?:attacks|activities|incidents|killings|crimes|acts)\b))|(?:thought|"
    r"suspected|believed) to (?:be|have been) (?:responsible|behind|involved))\b",
    re.IGNORECASE,
)
# How far after a group's name its claim may end: past a clause on who the group is.
_CLAIM_REACH = 240
#: Words one of which, in some case, every match of _CLAIM holds (see _window_may_hold): the
#: claim, the word said or told, the responsibility taken, the suspicion.
_CLAIM_WORDS = ("claim", "said", "says", "told", "responsib", "suspected", "alleged", "presumed",
                "likely", "probable", "thought", "believed", "blamed", "behind", "involved",
                "carried")
_VIOLENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
# "suspected X militants", "suspected rebels of the X"
_SUSPECTED = re.compile(
    r"\b(?:suspected|alleged|presumed)\s+(?:[a-z]+\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.IGNORECASE)

#: "a drone strike targeted a vehicle carrying suspected AQAP members", "killing two
#: suspected militants": those told suspected after the deed's verb were struck by it, not
#: suspected of it.
_SUSPECTS_STRUCK = re.compile(
    r"\b(?:target(?:ed|ing)|against|carrying|transporting|ferrying|hit|struck|kill(?:ed|ing)|"
    r"wound(?:ed|ing)|injur(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|"
    r"neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))\s+(?:(?:an?|the|two|three|four|five|\d+|"
    r"several|some|dozens\s+of)\s+)?(?:suspected|alleged|presumed)\s+"
    r"(?:[a-z]+\s+(?:of|from)\s+(?:the\s+)?)?$", re.IGNORECASE)


def claimed_by(text: str, actors: Sequence[ActorMention]) -> ActorMention | None:
    """A named group the report holds responsible: "X claimed responsibility", "blamed on X",
    "suspected X militants". Generic classes (gunmen, police) do not count."""
    if not _may_hold(text, _CLAIMED_WORDS):
        return None
    for mention in actors:
        if mention.generic and mention.kind != "political_militia" \
                or mention.kind in _CIVILIAN_KINDS:
            continue  # "blamed on Iran-backed militias" names a side; "gunmen" do not
        after = text[mention.end:mention.end + _CLAIM_REACH]
        before = text[max(0, mention.start - _BLAME_REACH):mention.start]
        if _claims(mention, after) or (_SUSPECTED.search(before)
                                       and not _SUSPECTS_STRUCK.search(before)) or (
                _window_may_hold(before, _BLAMED_ON_WORDS) and _blamed_on(before)) \
                or _word_left_at(text, mention, max(0, mention.start - 60)) is not None:
            return _branch_told(mention, actors) or _short_name_after(text, mention, actors)
        if _SUSPECT_THAT.search(before) and _DEED.match(after):
            return mention
    return None


# The verbs of a group's own telling that it killed: a state's forces telling of their own
# operation ("the army said it had killed 17 militants") make no claim of an attack
_OWN_KILLING = frozenset({"killed", "executed", "assassinated", "beheaded", "shot", "bombed",
                          "planted", "detonated"})


def _claims(mention: ActorMention, after: str) -> bool:
    """Whether the words after a group's name are its claim of the deed."""
    claim = _CLAIM.match(after) if _window_may_hold(after, _CLAIM_WORDS) else None
    if claim is None:
        return False
    return mention.kind not in _STATE_SIDE or claim.group().split()[-1].lower() not in _OWN_KILLING


# "police suspect that X carried out the blast", "officials believe the X orchestrated it"
_SUSPECT_THAT = re.compile(r"\b(?:suspect|suspects|suspected|believe|believes|believed)\s+"
                           r"(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)
_DEED = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:militants|cadres|rebels|fighters|members)"
                   r"\s+)?(?:had\s+|has\s+|have\s+|may\s+have\s+)?(?:carried\s+out|"
                   r"orchestrated|masterminded|planned|staged|perpetrated|(?:was|were)\s+behind)"
                   r"\b", re.IGNORECASE)


def claims_told_apart(doc: Doc,
                      triggers: Sequence[Trigger]) -> list[tuple[ActorMention, str | None]]:
    """The groups held responsible in sentences that tell nothing else: "No group claimed
    responsibility, but X was suspected", "X later claimed responsibility for the attacks",
    "officials blame the attack on X". Such a sentence speaks of the incident told before
    it, wherever the report's events were cut: a word of an event after the claim ("for the
    bombings") is what was claimed, one before it another incident. Each group comes with
    the type of event the claim names where it names a means (a bombing, a kidnapping)."""
    text = doc.text
    if not _may_hold(text, _CLAIMED_WORDS):
        return []
    out: list[tuple[ActorMention, str | None]] = []
    for s_start, s_end in doc.sentences:
        if not _may_hold(text[s_start:s_end], _CLAIMED_WORDS):
            continue
        # "No group has claimed the attack, but ...": the word the claim points back to
        # (triggers come in the order of their starts)
        lo = bisect_left(triggers, s_start, key=_START)
        hi = bisect_left(triggers, s_end, lo=lo, key=_START)
        words = [t for t in triggers[lo:hi]
                 if not _CLAIM_OF_THE.search(text, max(s_start, t.start - 50), t.start)]
        first_word = words[0].start if words else s_end
        for mention in _within(doc.actors, s_start, s_end):
            if mention.generic and mention.kind != "political_militia" \
                    or mention.kind in _CIVILIAN_KINDS or mention.kind in _STATE_SIDE:
                continue
            claim_start = mention.start
            after = text[mention.end:mention.end + _CLAIM_REACH]
            if not (_window_may_hold(after, _CLAIM_WORDS) and _CLAIM.match(after)):
                lo = max(s_start, mention.start - _BLAME_REACH)
                window = text[lo:mention.start]
                blamed = _blamed_on(window) if _window_may_hold(
                    window, _BLAMED_ON_WORDS) else None
                left = _word_left_at(text, mention, max(s_start, mention.start - 60))
                if blamed is not None:
                    claim_start = lo + blamed.start()
                elif left is not None:
                    claim_start = left
                else:
                    continue
            if first_word < claim_start:
                break  # the sentence tells an incident of its own
            object_ = _CLAIMED_MEANS.search(text, mention.end, s_end)
            mention = _branch_told(mention, _within(doc.actors, s_start, s_end + _CLAIM_REACH)) \
                or _short_name_after(text, mention, doc.actors)
            out.append((mention, None if object_ is None else
                        "explosions_remote_violence" if object_.group(1)
                        else "abduction_forced_disappearance"))
            break
    return out


def _branch_of(child: str, parent: str) -> bool:
    """Whether the actor named ``child`` is a branch of ``parent``: the actor list names a
    branch after its parent ("Islamic State West Africa Province")."""
    return child.startswith(f"{parent} ")


def _branch_told(claimant: ActorMention,
                 actors: Sequence[ActorMention]) -> ActorMention | None:
    """The regional branch of the group that claimed, where the report names it with the
    claim: "Islamic State claimed the attack ... fighters of its West Africa Province" is
    the branch's deed (the actor list names a branch after its parent)."""
    if claimant.generic:
        return None
    return next((a for a in actors if not a.generic and a.kind in NAMED_GROUP_KINDS
                 and _branch_of(a.name, claimant.name)), None)


def _short_name_after(text: str, mention: ActorMention,
                      actors: Sequence[ActorMention]) -> ActorMention:
    """The group held responsible, told again by its short name right after its full one:
    "dissidents of the former Revolutionary Armed Forces of Colombia, or FARC" are those
    the abbreviation names now (the dissidents), not the group that signed the peace."""
    if not text.startswith(", or ", mention.end):
        return mention
    start = mention.end + len(", or ")
    for short in actors:
        if short.start == start and not short.generic and short.kind == mention.kind \
                and short.text.isupper():
            return short
    return mention


_CLAIM_OF_THE = re.compile(r"\bclaim\w*\s+(?:(?:the\s+)?responsibility\s+(?:for|of)\s+)?"
                           r"(?:the|this|that|these|"
                           r"those)\s+$", re.IGNORECASE)
# A claim "for the bombings" is of explosions, "for the kidnapping" of an abduction (a
# sub-type), "for the attack" of any event.
_CLAIMED_MEANS = re.compile(
    r"\b(?:(bomb\w*|blasts?|explosions?|explosives?|IEDs?|grenades?|rockets?|mortars?|"
    r"shelling|(?:air|drone)\s?strikes?)|kidnap\w*|abduct\w*|hostages?)\b", re.IGNORECASE)


#: A word before a group's name that says what the group is, if any: "the banned X", "the
#: communist X" (lower case: _BLAMED_ON_LOWER reads it in lower-cased text).
_GROUP_LABEL = (r"(?:(?:banned|outlawed|proscribed|communist|jihadist|islamist|separatist)"
                r"\s+)?"
                # "the separatist terrorist organisation X", "the militant group X": the kind
                # of body the group is, told before its name
                r"(?:(?:terrorist|militant|armed|rebel|insurgent|extremist)\s+"
                r"(?:organi[sz]ations?|groups?|movement)\s+)?")

# "blamed on X", "officials blame the attack on X", "attributed the bombing to X", "suspect
# the involvement of X", "the gunmen identified themselves as fighters of X"
_BLAMED_ON = re.compile(
    r"(?:(?:blamed|attributed) (?:to|on)|(?:carried out|perpetrated|committed) by|"
    # "the terrorist act was committed by members of X": the deed's doers told as the
    # group's members
    r"(?:carried out|perpetrated|committed) by (?:members?|fighters?|militants?|"
    r"elements|cadres?) (?:of|from|belonging to)|"
    # "the device was likely planted by X": the author of the bomb
    r"(?:planted|placed|laid|hidden|detonated|triggered) by|"
    r"(?:blame[ds]?|attribut(?:e[ds]?|ing)) (?:(?:it|them)|(?:the|this|that) (?:[a-z-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|incidents?|killings?|assaults?|abductions?|"
    r"kidnappings?|ambush(?:es)?|shootings?|murders?)) (?:to|on)|"
    r"involvement of|(?:bore|bears|bear|had|has|carried|carries) (?:all )?the (?:hall)?marks of|"
    # "identified the gunman as Juan Cruz, 29, a member of X": the one who did it, named,
    # then told as the group's
    r"identified (?:the|a|one) (?:[a-z-]+ )?(?:gunm[ae]n|attackers?|assailants?|shooters?|"
    r"bombers?|killers?|hitm[ae]n|suspects?) as [^.;()\n]{3,40}?, (?:(?:aged )?\d{1,2}, )?"
    r"(?:an?|the) (?:[a-z-]+ )?(?:member|fighter|militant|commander|leader) of|"
    r"identified themselves as (?:[a-z]+\s+)?(?:members?|fighters?|"
    r"militants?|cadres?|rebels?) (?:of|from)|"
    # "the men said they belonged to X", "the abductors claimed to be members of X", "the
    # kidnappers called themselves X": the doers' own word on whom they serve
    r"(?:said|claimed|stated|told \w+) (?:that )?they (?:(?:belonged|belong|belongs) to|"
    r"(?:were|was|are|is) (?:(?:members?|fighters?|militants?|part) )?(?:of|from))|"
    r"(?:claimed|claiming|claim|said|saying) to (?:belong to|be (?:(?:members?|fighters?|"
    r"militants?|part) )?(?:of|from))|(?:called|calling) themselves|"
    # "suspicion fell on X", "police blamed the banned X", "accused X of the attack"
    r"suspicion (?:fell|falls|has fallen|had fallen|centred|centered|pointed|rested) on|"
    r"(?:blamed|blames|blame|blaming|accused|accuses|accuse|accusing)(?: the)?"
    r"(?: (?:banned|outlawed|proscribed))?|"
    # "were killed by members of X": the passive's agent told as a group's members
    r"(?:killed|shot|attacked|ambushed|abducted|kidnapped|seized|stormed|targeted|wounded|"
    r"injured|beheaded|executed|murdered|massacred|fired (?:up)?on) by (?:suspected )?"
    r"(?:members?|fighters?|militants?|gunmen|insurgents?|rebels?|elements|cadres?) "
    r"(?:of|from|belonging to|loyal to))\s+(?:the\s+)?"
    # "suspicion fell on Somalia's al-Shabaab militants": the group told by its country
    r"(?:[a-z-]+(?:'|\u2019)s\s+)?"
    # "suspicion fell on the regional affiliate of the Islamic State group": its branch's
    r"(?:(?:[a-z-]+\s+){0,2}?(?:affiliate|branch|wing|offshoot|franchise|chapter|squad|unit|"
    r"cell)\s+of\s+(?:the\s+)?|"
    # "blamed dissidents of the former X": those of the group who fight on
    r"(?:dissidents|a\s+dissident\s+faction)\s+of\s+(?:the\s+)?(?:former\s+)?)?"
    # "blamed the communist X": a word that says what the group is
    + _GROUP_LABEL + r"$",
    re.IGNORECASE)
#: How far before a group's name the words that lay an attack to it may start: "identified
#: the gunman as Juan Cruz, 29, a member of a hit squad of the communist X".
_BLAME_REACH = 100
#: _BLAMED_ON read case by case, for ASCII text lower-cased: every letter it names is lower
#: case, so it finds there what _BLAMED_ON finds in the text as written, at the same offsets,
#: without a case-blind comparison of each of its words at every character.
_BLAMED_ON_LOWER = re.compile(_BLAMED_ON.pattern)


def _blamed_on(window: str) -> re.Match[str] | None:
    """``_BLAMED_ON`` searched in ``window`` (a few words before a group's name)."""
    if window.isascii():
        return _BLAMED_ON_LOWER.search(window.lower())
    return _BLAMED_ON.search(window)


#: Words one of which, in some case, every match of _BLAMED_ON holds (see _window_may_hold).
_BLAMED_ON_WORDS = ("blam", "attribut", " by", "involvement", "marks of", "themselves",
                    " they ", " to b", "suspicion", "accus", "identified")
# Words one of which every match of _CLAIM, _SUSPECTED, _BLAMED_ON or _LEFT_BY holds (see
# _may_hold).
_CLAIMED_WORDS = ("claimed", "said in a", "responsibility", "thought", "suspected",
                  "believed", "blame", "responsible", "behind", "alleged", "presumed", "told",
                  "planted", "placed", "laid", "hidden", "detonated", "triggered",
                  "attribut", "carried out", "perpetrated", "involve", "identified",
                  "suspicion", "accus", " by ", "said", "says", "suspect", "marks of", "leaflet",
                  "pamphlet", "poster", "belong", "themselves", "stated", "claim")
# "leaflets of X were found at the site", "police recovered pamphlets signed by X": the
# group's own word, left where it struck
_LEFT_BY = re.compile(r"\b(?:posters?|leaflets?|pamphlets?)\s+(?:of|from|belonging\s+to|"
                      r"bearing\s+the\s+name\s+of|signed\s+by)\s+(?:the\s+)?$", re.IGNORECASE)
_FOUND_BEFORE = re.compile(r"\b(?:found|recovered|discovered|left|seized)\s+(?:[\w-]+\s+){0,3}?$",
                           re.IGNORECASE)
_FOUND_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[^.;]{0,60}?\s)?(?:were|was|had\s+been|"
                          r"have\s+been|are|is)\s+(?:later\s+)?(?:found|recovered|discovered|"
                          r"left|pasted|scattered|strewn)\b", re.IGNORECASE)


def _word_left_at(text: str, mention: ActorMention, lo: int) -> int | None:
    """Where a mention of the group's leaflets found at the scene starts ("leaflets of X
    were found", "found pamphlets of X"), if the group is named so."""
    left = _LEFT_BY.search(text, lo, mention.start) if _may_hold(
        text, ("poster", "leaflet", "pamphlet")) else None
    if left is None:
        return None
    found = _FOUND_AFTER.match(text, mention.end, mention.end + 120) is not None \
        or _FOUND_BEFORE.search(text, max(0, left.start() - 40), left.start()) is not None
    return left.start() if found else None


# "by U.S. forces with the Syrian Democratic Forces", "by the army in partnership with the
# police": the partner named right after the agent acts with it.
_PARTNER_GAP = re.compile(
    r"\W*(?:and|with|alongside|along with|together with|backed by|enabled by|supported by|"
    r"aided by|assisted by|(?:in|working in) (?:partnership|coordination|cooperation|"
    r"conjunction) with|partnered with|as well as)\s+(?:the\s+|its\s+|their\s+|local\s+)*",
    re.IGNORECASE,
)


def _partners_after(text: str, agent: ActorMention, actors: Sequence[ActorMention],
                    victims: Sequence[tuple[int, int]]) -> list[ActorMention]:
    """The actors joined to the agent of a passive clause by "with", "alongside", "in
    partnership with", one after another, none of them among the victims."""
    partners: list[ActorMention] = []
    prev = agent
    for actor in actors:
        if actor.start < prev.end or actor is agent:
            continue
        gap = _PARTNER_GAP.match(text, prev.end, actor.start)
        if gap is None or gap.end() != actor.start or _inside_one(actor, victims) \
                or actor.name == agent.name:
            break
        partners.append(actor)
        prev = actor
    return partners


# "Police in Lyon were searching for a man believed to be responsible for the blast",
# "troops have launched a manhunt", "police on Monday said they had arrested three men over
# the attack": a force that hunts, investigates or arrests after the
# attack did not strike; nor did one the attack "did not involve".
_AFTERMATH_AFTER = re.compile(
    r"(?:\s+(?:in|of|from|at|on)\s+[^,.;:]{1,40}?)?"
    r"\s+(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:they|it)\s+)?"
    r"(?:(?:are|were|is|was|have|has|had|"
    r"have\s+been|has\s+been|had\s+been|later|then|also|still|quickly|swiftly|immediately|"
    r"now)\s+)*(?:hunting|hunted|searching|searched|looking\s+for|seeking|sought|"
    r"investigating|investigated|probing|probed|questioning|questioned|interrogat\w+|"
    r"arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|cordon(?:ed|ing)|seal(?:ed|ing)\s+off|"
    r"appeal(?:ed|ing)|issu(?:ed|ing)\s+(?:an?\s+)?(?:appeal|photo|image|description|warrant)|"
    r"(?:launch|open)(?:ed|ing)\s+(?:an?\s+)?(?:manhunt|investigation|inquiry|probe|search)|"
    r"(?:are|were|was|is)\s+not\s+involved|"
    # "Police found the bodies of two men killed by a grenade", "troops arrived at the scene
    # after gunmen killed four": a force that comes upon the dead did not kill them
    r"(?:found|discovered|stumbled\s+(?:up)?on)\s+(?:the\s+)?(?:(?:\w+\s+){0,2}?bod(?:y|ies)|"
    r"corpses?|remains)|(?:arrived|rushed)\s+(?:at|to|on)\s+the\s+scene)\b", re.IGNORECASE)
_UNINVOLVED_BEFORE = re.compile(
    r"\b(?:(?:did|does|do|had|has|have)\s+not\s+involve|not\s+involving|without\s+involving)"
    r"\s+(?:the\s+|any\s+)?$", re.IGNORECASE)
_UNINVOLVED_WORDS = ("involv",)
_AFTERMATH_WORDS = ("hunt", "search", "look", "seek", "sought", "investigat", "prob", "question",
                    "interrogat", "arrest", "detain", "apprehend", "cordon", "seal", "appeal",
                    "issu", "launch", "open", "involv", "found", "discover", "stumbled",
                    "arrived", "rushed")


def _no_party(text: str, actor: ActorMention) -> bool:
    """A force told hunting, investigating or arresting (after the attack), one the attack
    is said not to involve, or people who showed it ("a group of citizens published a
    video showing officers beating a man"): no party to it."""
    end = min(len(text), actor.end + 90)
    after = text[actor.end:end].lower()
    return bool(any(w in after for w in _AFTERMATH_WORDS)
                and _AFTERMATH_AFTER.match(text, actor.end, end)) or bool(
        _may_hold(text, _UNINVOLVED_WORDS)
        and _UNINVOLVED_BEFORE.search(text, max(0, actor.start - 40), actor.start)) or (
        actor.kind in _CIVILIAN_KINDS and _may_hold(text, _SHOWN_WORDS)
        and _SHOWN_BY_AFTER.match(text, actor.end) is not None) or (
        _may_hold(text, _CONDEMNS_WORDS) and _CONDEMNS_AFTER.match(text, actor.end) is not None)


#: A body that condemns the deed, told before its verb: "MINUSCA condemns the deadly attack
#: against its peacekeepers", "the mission strongly condemned the attack": it tells of the
#: deed, it did not do it.
_CONDEMNS_AFTER = re.compile(
    r"\s+(?:(?:strongly|firmly|vehemently|also|has|have|had)\s+){0,2}"
    r"(?:condemn|denounc|deplor)\w*\s+(?:the\s+|this\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|killings?|ambush|assault|bombing|shelling|abduction|murder)\b",
    re.IGNORECASE)
_CONDEMNS_WORDS = ("condemn", "denounc", "deplor")


#: Between a force's arrest and the deed joined to it: "soldiers arrested and beat a man",
#: "police detained three youths and allegedly tortured them"
_JOINED_TO_THE_DEED = re.compile(
    r"(?:\s+[^,.;:]{1,40}?)?,?\s+and\s+(?:(?:then|later|allegedly|reportedly|severely|"
    r"brutally)\s+)?", re.IGNORECASE)


def _deed_joined(text: str, actor: ActorMention, trigger: Trigger | None) -> bool:
    """Whether what :func:`_no_party` reads as the force's aftermath ("arrested",
    "detained") is joined by "and" to the deed itself, the same force's act: "junta troops
    arrested and tortured a civilian" are who tortured him."""
    if trigger is None or trigger.start <= actor.end:
        return False
    after = _AFTERMATH_AFTER.match(text, actor.end, min(len(text), actor.end + 90))
    if after is not None and trigger.sub_event_type == "arrests" and \
            trigger.start < after.end() <= trigger.end:
        # "police detained three men ...; they have not been seen since": the detention is
        # the deed (see :func:`_taking_before_the_disappearance`)
        return True
    return after is not None and after.end() <= trigger.start and \
        _JOINED_TO_THE_DEED.fullmatch(text, after.end(), trigger.start) is not None


#: "by" just before a side: "caught by border guards", "beaten by the police"
_BY_JUST_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


#: People who made the deed known, told after them: "published a video showing", "posted
#: footage of", "shared images of"
_SHOWN_BY_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:published|posted|shared|released|circulated|filmed|recorded|"
    r"uploaded)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:\w+\s+)?(?:videos?|footage|images|photos|"
    r"pictures|recordings?)\b", re.IGNORECASE)
_SHOWN_WORDS = ("video", "footage", "images", "photos", "pictures", "recording")


#: A clause told as the reason for the deed before it: "... after two boys were killed"
_REASON_BETWEEN = re.compile(r"\b(?:after|because|following|in\s+retaliation\s+for)\b")

_CROWD_KINDS = frozenset({"rioters", "protesters"})
# "a mob of about 20", "a crowd of some 300": the words between a crowd and its size
_SIZE_OF_THE_CROWD = re.compile(
    r"\s+of\s+(?:(?:about|around|some|nearly|over|more\s+than|at\s+least|up\s+to|almost)\s+)?"
    r"(?:\d[\d,]*|[a-z]+|hundreds|dozens|thousands)\s+", re.IGNORECASE)


#: What others did once a deed was over, told after who did it, beside the hunting and the
#: sealing off of :data:`_AFTERMATH_AFTER`: "closed the crossing", "rushed the wounded to
#: hospital", "imposed a curfew"; told in a later sentence only ("troops closed the road
#: and opened fire" is the deed itself).
_CLOSED_AFTER = re.compile(
    r"\s+(?:(?:later|then|quickly|immediately|also|swiftly|soon)\s+)?(?:closed|shut|"
    r"evacuated|rushed|reopened|blocked|imposed|tightened|stepped\s+up|took\s+the\s+"
    r"(?:wounded|injured|dead|bodies))\b")
_CLOSED_WORDS = ("closed", "shut", "evacuated", "rushed", "reopened", "blocked", "imposed",
                 "tightened", "stepped", "took")
#: The end of one sentence and the start of another.
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d']?\s+[A-Z\"\u201c]")


def assign_roles(text: str, actors: Sequence[ActorMention], trigger: Trigger | None,
                 event_type: str, *, claim_actors: Sequence[ActorMention] = (),
                 victims: Sequence[tuple[int, int]] = (),
                 counted: Sequence[tuple[int, int]] = ()) -> Roles:
    """Actor1 does it, actor2 suffers it: position around the trigger, 'by', 'against'.

    ``actors`` are those of the trigger's sentence; ``claim_actors`` those of the whole
    event, searched for a group that claimed it; ``victims`` the spans naming who was
    killed, hurt or taken, ``counted`` those of them a revised count is of.
    """
    roles = Roles()
    if event_type in _VIOLENT_TYPES and actors:
        actors = [a for a in actors if not _no_party(text, a) or _deed_joined(text, a, trigger)]
        if trigger is not None and _may_hold(text, _CLOSED_WORDS):
            # "... Border guards closed the crossing": what others did after the deed, told
            # in a later sentence, names no side of it
            actors = [a for a in actors if not (
                _CLOSED_AFTER.match(text, a.end)
                and _SENTENCE_BREAK.search(text, trigger.end, a.start))]
    if event_type in _VIOLENT_TYPES:
        victims = [*victims, *((a.start, a.end) for a in actors if a.kind in _CIVILIAN_KINDS
                               and _BEARER_STRUCK.match(text, a.end))]
    if not actors and not claim_actors:
        return roles
    backers = [a for a in actors if _BACKER_BEFORE.search(text, max(0, a.start - 40), a.start)
               or _BACKER_AFTER.match(text, a.end)
               ] if _may_hold(text, _BACKER_WORDS) else []
    if event_type in _VIOLENT_TYPES:
        backers += [a for a, b in zip(actors, actors[1:], strict=False)
                    if a not in backers and _BACKS_NEXT.fullmatch(text, a.end, b.start)]
    if backers and len(backers) < len(actors):
        # "Backed by US airstrikes, the Somali army killed ...", "an operation ..., which
        # was backed by US airstrikes": who backs the fight is the fighter's associate
        kept = [a for a in actors if a not in backers]
        roles = assign_roles(text, kept, trigger, event_type,
                             claim_actors=[a for a in claim_actors if a not in backers],
                             victims=victims, counted=counted)
        if roles.actor1 is not None:
            taken = {roles.actor1.name, *(a.name for a in roles.assoc1)}
            roles.assoc1.extend(b for b in _dedupe(backers) if b.name not in taken)
            return roles
        roles = Roles()
    anchor = trigger.start if trigger else actors[0].start
    # "an operation against X", "strikes targeting X": X is acted upon wherever it stands;
    # so are the people a revised count is of ("the number of Taliban fighters killed").
    # Who was struck at ("a base hosting U.S. troops", "hideouts for ISIS") never stands in
    # for the one who struck.
    held_by = _may_hold(text, _HELD_BY_WORDS)
    under = _may_hold(text, ("under",))
    against = _may_hold(text, ("against",))
    carried = _may_hold(text, _CARRIED_BY_WORDS)
    attempt = _may_hold(text, ("attempt", "bid"))
    escorted = _may_hold(text, _ESCORT_WORDS)
    strike = _may_hold(text, ("strike",))
    hit = _may_hold(text, ("hit", "struck"))
    presence = _may_hold(text, ("presence",))
    met_a_device = _may_hold(text, _MET_A_DEVICE_WORDS)
    most_of_them = _may_hold(text, _MOST_OF_THEM_WORDS)
    passing = _may_hold(text, _PASSING_WORDS)
    struck = [a for a in actors if _last_word_of(text, max(0, a.start - 16), a.start,
                                                 _STRUCK_AT_WORDS, _STRUCK_AT)
              or (strike and _STRIKE_HIT_BEFORE.search(text, max(0, a.start - 40), a.start))
              or (against and _AGAINST_THE.search(text, max(0, a.start - 40), a.start))
              or (held_by and _HELD_BY.search(text, max(0, a.start - 40), a.start))
              or ((_HOLDINGS_AFTER.match(text, a.end) or _HOLDINGS_ENDING.search(a.text))
                  and _HIT_BEFORE.search(text, max(0, a.start - 24), a.start))
              or _STRUCK_IN_PASSIVE.match(text, a.end) is not None
              or (hit and _HIT_WHOM.search(text, max(0, a.start - 24), a.start) is not None)
              or (carried and _CARRIED_BY.search(text, max(0, a.start - 60), a.start))
              or (under and _CAME_UNDER.match(text, a.end) is not None)
              or (escorted and _ESCORTED_BY.search(text, max(0, a.start - 60), a.start))
              or (met_a_device and _MET_A_DEVICE.match(text, a.end) is not None)
              or (most_of_them and _MOST_OF_THEM.search(text, max(0, a.start - 48), a.start)
                  is not None)
              or (passing and _PASSING_BY.match(text, a.end) is not None
                  and _PASSING_WHEN.search(text, max(0, a.start - 16), a.start) is not None)]
    # "a vehicle of the Popular Mobilization Forces (PMF)": the short name in brackets is
    # the same one struck at
    struck += [a for a in actors if a not in struck and any(
        s.name == a.name and 0 <= a.start - s.end <= 3 and text[s.end:a.start].strip() == "("
        for s in struck)]
    # "a police lines blast", "a bombing at a mosque inside a police compound": a force
    # named by the site that was struck, which never stands in for the one who struck
    sites = [a for a in actors if (site := _SITE_AFTER.match(text, a.end)) is not None and (
        0 <= anchor - site.end() <= 1
        or _AT_SITE_BEFORE.search(text, max(0, a.start - 12), a.start)
        or _HIT_BEFORE.search(text, max(0, a.start - 24), a.start))]
    from_side = [a for a in actors if under and _UNDER_ATTACK_FROM.search(
        text, max(0, a.start - 60), a.start) or a.start < anchor and attempt and (
        _ATTEMPT_BY.search(text, max(0, a.start - 60), a.start))]
    acted_upon = [a for a in actors if a in struck
                  or (_last_word_of(text[max(0, a.start - 16):a.start], 0,
                                    min(a.start, 16), _AGAINST_WORDS, _AGAINST)
                      and not _JOINED_WITH.search(text, max(0, a.start - 50), a.start))
                  or (presence and _PRESENCE_OF.search(text, max(0, a.start - 40), a.start))
                  or _inside_one(a, counted)
                  or (a in sites and a.end <= anchor)
                  or _REPELLED.match(text, a.end, anchor)]
    # An actor the trigger word ends ("a U.S. drone strike", "a Turkish airstrike") is before.
    before = [a for a in actors if a.start < anchor and a not in acted_upon]
    after = [a for a in actors if a.start >= anchor and a not in acted_upon]
    # After the trigger the text's order holds: "pelted stones at police ..., who had come
    # to arrest a man": the one struck at comes before whom a later clause tells of.
    after = [a for a in acted_upon if a.end <= anchor] + sorted(
        [*after, *(a for a in acted_upon if a.start >= anchor)], key=lambda a: a.start)
    # Passive voice: "were killed by gunmen" makes the actor after "by" the initiator.
    agents: list[ActorMention] = []
    # "Five soldiers were killed when ISIS militants ambushed their bus": the victims told
    # first, the subject of the clause that tells the attack is its author.
    victims_first = bool(before) and _inside_one(before[0], victims)
    passive = _may_hold(text, ("by",))
    # "came under fire from X" before the event's word ("..., killing three officers")
    agents.extend(a for a in from_side if a.start < anchor)
    before = [a for a in before if a not in agents]
    # "townspeople attacked police officers after two boys were shot by gunmen": the
    # agent of a passive in the clause told as the reason after an active deed is no party
    active_subject = bool(before) and not victims_first and not _PASSIVE.search(
        text, before[0].end, anchor) and anchor - before[0].end <= 40
    for a in after:
        if active_subject and passive and _REASON_BETWEEN.search(text, anchor, a.start):
            continue
        if (passive and _PASSIVE_BY.search(text[max(0, a.start - 48):a.start])
                and not _OWNED_BY.search(text[max(0, a.start - 60):a.start])
                and not _REPELLED_BY.search(text, max(0, a.start - 48), a.start)
                and not (escorted and _ESCORTED_BY.search(text, max(0, a.start - 60),
                                                          a.start))) or (
                a in from_side) or (
                victims_first and not _inside_one(a, victims) and (
                    _CLAUSE_SUBJECT.search(text, max(0, a.start - 48), a.start)
                    or (_IN_THE.search(text, max(0, a.start - 8), a.start)
                        and _ATTACK_NOUN_AFTER.match(text, a.end)))):
            agents.append(a)
    if passive and not agents:
        # "Al-Shabaab militants suffered heavy losses in an operation conducted by the
        # army, killing nine": the agent of the operation, though told before the toll
        agents.extend(a for a in before
                      if _DONE_BY.search(text, max(0, a.start - 60), a.start))
    # "had considered the Provisional IRA's bombing outrages": the owner of the attack word
    # is its author, whoever the subject of the sentence is
    owner = next((a for a in before if _OWNER_OF.fullmatch(text, a.end, anchor)),
                 None) if trigger is not None and not agents else None
    if owner is not None:
        agents.append(owner)
    if agents:
        roles.actor1 = agents[0]
        partners = _partners_after(text, agents[0], actors, victims)
        roles.assoc1.extend(partners)
        others = [a for a in actors if a is not agents[0] and a not in partners
                  and (owner is None or a.start > anchor)]
        roles.actor2 = others[0] if others else None
        if others:
            roles.assoc2 = _struck_beside(text, others, victims)
    else:
        if len(before) > 1 and before[0].kind in _STATE_SIDE and before[1].kind in _STATE_SIDE \
                and _TELLS_THAT.fullmatch(text, before[0].end, before[1].start):
            # "The Joint Operations Command announced ... that the security forces killed":
            # the command told of it; the forces it names did it
            before = before[1:]
        if len(before) > 1 and _FRONTED_PARTNER.search(
                text, max(0, before[0].start - 80), before[0].start) \
                and _COMMA_THEN_SUBJECT.fullmatch(text, before[0].end, before[1].start):
            # "In a joint operation with the Coalition forces, our forces raided ...": the
            # partner told in the phrase before the clause is no subject; the force after the
            # comma is, and the partner its associate
            before = [before[1], before[0], *before[2:]]
        if before:
            # The subject is the first actor of the clause before the trigger; conjoined
            # actors ("X and Y conducted", "X, enabled by Y,") are associates.
            roles.actor1 = before[0]
            # A victim told after the subject ("the military revised the number of ISIS
            # militants killed in a raid") is no associate of it but the one acted upon.
            # Victims listed with the subject ("3 policemen and 2 militia members were
            # killed") are one side.
            hurt = [a for a in before[1:] if _inside_one(a, victims) and (
                not _inside_one(before[0], victims)
                or (event_type == "battles" and _opposed(before[0], a)))]
            faced = []
            for prev, nxt in zip(before, before[1:], strict=False):
                joined = _ASSOC.match(text[prev.end:nxt.start])
                if nxt not in hurt and not joined and _opposed(before[0], nxt) \
                        and prev is before[0] and _STRUCK_BETWEEN.search(
                            text, prev.end, nxt.start):
                    # "Troops hit two gunmen during a gun battle": the other side, struck
                    faced.append(nxt)
                elif nxt not in hurt and (joined or nxt.start - prev.end < 40 or (
                        # ("announced that a force of its heroes, in cooperation with the
                        # Peshmerga, carried out": the command's partner in the act)
                        _JOINED_WITH.search(text, max(0, nxt.start - 60), nxt.start)
                        and not _SENTENCE_BREAK.search(text, prev.end, nxt.start))) \
                        and not _FREED_BEFORE.search(text, max(0, nxt.start - 40), nxt.start):
                    roles.assoc1.append(nxt)
            after = hurt + faced + after
            striker = next((a for a in before if not _inside_one(a, victims)
                            and not _listed_with_the_hurt(text, a, victims)), None)
            if (event_type == "explosions_remote_violence" or (
                    event_type == "battles" and striker is not None)) and _inside_one(
                    before[0], victims) and not _OWN_DEVICE.search(
                    text, max(0, anchor - 200), anchor + 200):
                # "Two soldiers were killed when a roadside bomb struck their patrol": the
                # people hit are told first; who struck them is told after them ("109 troops
                # hurt after Iranian missile strike", "soldiers killed in ISIS ambush") or,
                # for a bomb, not at all.
                after = [a for a in before if _inside_one(a, victims)] + after
                roles.actor1, roles.assoc1 = striker, []
        targets = [a for a in after if a is not roles.actor1]
        if roles.actor1 is not None and targets and targets[0].generic and (
                targets[0].name == roles.actor1.name or (
                    roles.actor1.kind in _CROWD_KINDS and targets[0].kind in _CIVILIAN_KINDS)) \
                and _SIZE_OF_THE_CROWD.fullmatch(text, roles.actor1.end, targets[0].start):
            # "a mob of some 60 youths stoned the police van": the size
            # of the subject, not whom it struck
            targets = targets[1:]
        if roles.actor1 is not None and not roles.actor1.generic:
            # "a Taliban suicide bomber drove ...": the group's own man, told by the words
            # right after its name, is on its side
            first = roles.actor1
            targets = [a for a in targets if not (
                a.generic and a.kind == "unidentified_armed_group" and a.start > first.end
                and not text[first.end:a.start].strip())]
        if roles.actor1 is None and targets:
            # Nobody named before the trigger ("a bomb exploded near a convoy"): the first
            # actor after it stands in, unless a claimant turns up below; one who was not
            # hurt rather than one who was, never the people a revised count is of.
            # "Among the dead were at least eight children": victims, never the authors;
            # nor are civilians told of after the sentence of the attack
            pool = [a for a in targets if a not in struck and a not in sites
                    and not _AMONG_THE_DEAD.search(text, max(0, a.start - 50), a.start)
                    and not (a.kind in _CIVILIAN_KINDS and event_type in _VIOLENT_TYPES)
                    # "six members of the Volunteers for ... (VDP)": the dead, named again
                    and not any(v.name == a.name and _inside_one(v, victims)
                                and text[v.end:a.start].strip() == "(" for v in actors)]
            doer = next((a for a in pool if not _inside_one(a, victims)),
                        next((a for a in pool if not _inside_one(a, counted)), pool[0])
                        if counted else None) if pool else None
            # "the killing of 6 terrorists from ISIS in an air strike", "forces kill 5 ISIS
            # terrorists" with the forces' name misspelt: a group that was hit is not the
            # one that struck
            if doer is not None and not _inside_one(doer, victims):
                roles.actor1, targets = doer, [a for a in targets if a is not doer]
                # (not "a strike it carried out ..., the command said": its own act)
                roles.actor1_after_trigger = trigger is None or not _OWN_ACT.match(
                    text, trigger.end)
        if targets and targets[0].generic and targets[0].kind in _NON_STATE_SIDE:
            # "a hideout of ISIS terrorist gangs ..., killing (4) terrorists": the group
            # named among those struck is who the unnamed fighters were
            # (not "militants with reported ties to the Islamic State": men tied to it, the
            # group an associate)
            named = next((a for a in targets[1:] if not a.generic
                          and a.kind in _NON_STATE_SIDE
                          and a.modifier not in _SPONSOR_MODIFIERS), None)
            if named is not None:
                targets = [named, *(a for a in targets if a is not named)]
        # ("Ukrainian and Russian forces clashed ... as Ukrainian troops advanced": the side
        # told again after the verb is no foe of its own)
        if (roles.actor1 is not None and roles.assoc1
                and event_type == "battles" and trigger is not None
                and not any(a.name != roles.actor1.name for a in targets)
                and _MUTUAL.match(trigger.text)):
            # "Sudanese troops and RSF fighters clashed": two sides of one fight, both told
            # as the subject of a verb of fighting each other
            other = roles.assoc1[0]
            if (_BOTH_SIDES_JOINED.fullmatch(text, roles.actor1.end, other.start)
                    and other.name != roles.actor1.name
                    and (not _sides_of_one(roles.actor1, other)
                         or _told_as_foes(text, roles.actor1, trigger.end))):
                roles.actor2 = other
                roles.assoc1 = roles.assoc1[1:]
                targets = []
        if targets:
            roles.actor2 = targets[0]
            # (and "militants with reported ties to the Islamic State": the group they are
            # tied to)
            roles.assoc2 = [a for a in targets[1:]
                            if a.start - roles.actor2.end < 80
                            and (_ASSOC.match(text[roles.actor2.end:a.start])
                                 or a.modifier in _SPONSOR_MODIFIERS)]
        elif roles.actor1 is not None and not roles.actor1_after_trigger:
            # Nobody after the trigger: the object of an earlier verb of the clause
            # ("forces raided ..., capturing a senior ISIS official and killing two others").
            others = [a for a in before[1:] if a not in roles.assoc1
                      and a.name != roles.actor1.name]
            if others:
                roles.actor2 = others[0]
    if roles.actor1 is not None and not roles.actor1_after_trigger and any(
            a is not roles.actor1 and a.name == roles.actor1.name and _inside_one(a, counted)
            for a in actors):
        # "Nigeria's army revised the number of soldiers killed in the jihadist attack":
        # the teller counts its own dead; it suffered the attack.
        teller = roles.actor1
        roles.actor1 = next((a for a in actors if a.name != teller.name
                             and not _inside_one(a, counted)), None)
        roles.actor2, roles.assoc1 = teller, []
    if event_type == "explosions_remote_violence" and roles.actor1 is not None \
            and roles.actor1.kind in _STATE_SIDE and (bomber := next((
                a for a in actors if a.start >= roles.actor1.end and a.kind in _NON_STATE_SIDE
                and _BOMBER.search(a.text)
                and _STOPPED_BEFORE.search(text, max(0, a.start - 40), a.start)),
                None)) is not None:
        # "Police killed a suicide bomber who tried to target a camp": the bomber is the
        # attacker; the force that stopped him is who he struck at
        roles.actor1, roles.actor2 = bomber, roles.actor1
        roles.assoc1, roles.assoc2 = [], roles.assoc1
    if roles.actor1 is not None and roles.actor1.kind in _STATE_SIDE and (
            attacker := _attacker_the_force_killed(text, roles.actor1, actors)) is not None:
        # "The alleged attacker, X - shot dead by police - had sworn loyalty to ...":
        # the force ended the attack; the attacker it killed carried it out
        force = roles.actor1
        roles.actor1, roles.assoc1 = attacker, []
        if roles.actor2 is None or roles.actor2.name == attacker.name:
            roles.actor2 = force
    # A group that claimed the attack is its author, whoever the sentence began with.
    claimant = claimed_by(text, claim_actors or actors)
    if claimant is not None and (roles.actor1 is None or roles.actor1.generic
                                 or roles.actor1_after_trigger
                                 or roles.actor1.kind in _CIVILIAN_KINDS
                                 # "Islamic State says it killed ...", then "its West
                                 # Africa Province": the branch the claim names
                                 or _branch_of(claimant.name, roles.actor1.name)):
        displaced = roles.actor1
        if displaced is not None and displaced.generic and displaced.kind in _NON_STATE_SIDE \
                and not claimant.generic and claimant.kind not in _STATE_SIDE \
                and (event_type in _VIOLENT_TYPES or (
                    event_type == "strategic_developments" and displaced.start < anchor)):
            # "a suicide bomber blew himself up ... the Taliban claimed the attack",
            # "unidentified attackers set fire to a school ... the Taliban claimed it": the
            # unnamed attacker is the claimant's own, who struck, not who was struck
            roles.perpetrator = displaced
        elif displaced is not None and displaced.name != claimant.name and (
                roles.actor2 is None or roles.actor2.name == claimant.name) \
                and not _branch_of(claimant.name, displaced.name):
            roles.actor2 = displaced
        roles.actor1 = claimant
    elif claimant is not None and roles.actor2 is not None and roles.actor2.generic \
            and roles.actor2.kind in _NON_STATE_SIDE and roles.actor1 is not None \
            and roles.actor1.kind in _STATE_SIDE:
        # "the army killed 400 militants who attacked Djibo ... JNIM claimed responsibility
        # for the attack": the militants the forces fought are the claimant's.
        roles.actor2 = claimant
    if event_type in _VIOLENT_TYPES and roles.actor1 is not None and roles.actor1.generic \
            and roles.actor1.kind == "unidentified_armed_group" and (
            group := _members_named(text, claim_actors or actors, victims)) is not None \
            and (roles.actor2 is None or roles.actor2.name != group.name
                 or _members_of(text, roles.actor1, group)):
        # "Gunmen abduct five aid workers" above "Fighters believed to belong to ISWAP
        # abducted ...": the unnamed attackers are the named group's members; "Militants
        # believed to belong to X attacked a police station": X is who attacked, not who
        # was struck, though it is the last side named before the deed
        if roles.actor2 is not None and roles.actor2.name == group.name:
            roles.actor2 = None
        roles.perpetrator, roles.actor1 = roles.actor1, group
    if (roles.actor1 is not None and roles.actor1.kind in _CIVILIAN_KINDS
            and event_type in _VIOLENT_TYPES and _HELD_RESPONSIBLE.match(text, roles.actor1.end)
            and (armed := _resolve_party("assailants", roles.actor1.country)) is not None):
        # "a man believed to be responsible for the blast": the unnamed author of the
        # attack, an armed actor as ACLED codes one, not one of the people it struck
        first = roles.actor1
        roles.actor1 = replace(armed, start=first.start, end=first.end, text=first.text)
    # Civilians suffer violence rather than start it: "people were killed when bandits
    # raided" names the victims first.
    if (roles.actor1 is not None and roles.actor2 is not None
            and roles.actor1.kind in _CIVILIAN_KINDS and roles.actor2.kind in _ARMED_KINDS
            and event_type in _VIOLENT_TYPES
            and not _civilians_struck(text, roles.actor1, trigger)):
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
    elif (roles.actor1 is not None and roles.actor2 is None
          and roles.actor1.kind in _CIVILIAN_KINDS and event_type in _VIOLENT_TYPES
          and not (_civilians_struck(text, roles.actor1, trigger) and trigger is not None
                   and _COLLECTIVE.search(text, roles.actor1.start, trigger.end + 1))):
        # "two people were killed when a grenade was thrown": the victims, not the authors
        # (but "residents caught a man and beat him": the residents did it).
        roles.actor2 = roles.actor1
        roles.actor1 = None
    elif (roles.actor1 is not None and not roles.assoc1 and not agents
          and roles.actor1.kind in _CIVILIAN_KINDS and _inside_one(roles.actor1, victims)
          and (roles.actor2 is None or event_type == "strategic_developments")):
        # "three men were arrested in Mosul for financing insurgents": those taken, not who
        # took them (nor whom they are said to have helped).
        roles.actor2 = roles.actor1
        roles.actor1 = None
    if roles.actor1 is None and roles.actor2 is not None and roles.assoc1 \
            and roles.actor2.kind in _CIVILIAN_KINDS and event_type in _VIOLENT_TYPES:
        # "57 migrants who were caught by border guards ... were beaten": the armed force
        # told beside the people struck, after "by", is who struck them
        doer = next((a for a in roles.assoc1 if a.kind in _ARMED_KINDS
                     and _BY_JUST_BEFORE.search(text, max(0, a.start - 8), a.start)), None)
        if doer is not None:
            roles.actor1 = doer
            roles.assoc1 = [a for a in roles.assoc1 if a is not doer]
    if roles.actor1 is not None and roles.actor1.kind in _CIVILIAN_KINDS \
            and event_type == _SUICIDE[0] and (
                doing := _PERSON_DOING.match(text.lower(), roles.actor1.start)) is not None \
            and _BLEW_ONESELF.search(doing.group()) is not None:
        # "a young man wearing an explosive belt blew himself up": a bomber of no group
        # named, not a civilian
        roles.actor1 = armed_man_of_no_group(roles.actor1)
    # Names repeated as associate of both sides, or the same as actor1, are dropped.
    name1 = roles.actor1.name if roles.actor1 else None
    if roles.actor2 and roles.actor2.name == name1:
        roles.actor2 = None
    roles.assoc1 = [a for a in _dedupe(roles.assoc1) if a.name not in {name1}]
    name2 = roles.actor2.name if roles.actor2 else None
    roles.assoc1 = [a for a in roles.assoc1 if a.name != name2]
    roles.assoc2 = [a for a in _dedupe(roles.assoc2) if a.name not in {name1, name2}]
    return roles


# "militants loyal to X", "fighters believed to belong to X", "gunmen believed to be members
# of X", "insurgents linked to X", "a gunman believed to be a member of X": armed men, or
# one armed man, told as a named group's own
_MEMBERS_BEFORE = re.compile(
    r"\b(?:fighters?|militants?|gunm[ae]n|armed\s+m[ae]n|m[ae]n|insurgents?|rebels?|"
    r"jihadists?|assailants?|attackers?|kidnappers?|abductors?)\s*(?:(?<=\s)(?:(?:believed|"
    r"suspected|thought|said|reported|understood)\s+to\s+(?:belong|be\s+(?:members|part|"
    r"fighters|militants|an?\s+(?:member|fighter|militant)))\s+(?:to|of))|"
    r"(?<=\s)(?:loyal\s+to|belonging\s+to|affiliated\s+(?:with|to)|linked\s+to|"
    r"allied\s+(?:with|to))|"
    # "the attackers, members of X,": the men told again in apposition as the group's
    r",\s+(?:(?:who|all)\s+(?:(?:are|were)\s+)?)?(?:members|fighters|militants)\s+of|"
    # "the men who did this were fighters of X": told so by a copula
    r"\s+(?:who\s+(?:did|carried\s+out|attacked)\s+(?:this|it|the\s+attack)\s+)?"
    r"(?:are|were)\s+(?:all\s+)?(?:members|fighters|militants)\s+of|"
    # "identified the gunman as Juan Cruz, 29, a member of X": the one man named, then
    # told as the group's
    r"\s+as\s+\w[\w'\u2019.-]*(?:\s+\w[\w'\u2019.-]*){0,3},\s+(?:(?:aged\s+)?\d{1,2},\s+)?"
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:member|fighter|militant|commander)\s+of)"
    r"\s+(?:the\s+)?"
    # "believed to belong to a dissident faction of the former FARC": the men are the
    # faction's, who act now, whatever became of the group it split from
    r"(?:an?\s+(?:[a-z-]+\s+){0,2}?(?:faction|splinter\s+group|branch|wing|cell|offshoot|"
    r"squad|unit)\s+of\s+(?:the\s+)?(?P<former>former\s+)?)?"
    # "of the banned X", "of the communist X": a word that says what the group is
    + _GROUP_LABEL + r"$",
    re.IGNORECASE)


def _members_named(text: str, actors: Sequence[ActorMention],
                   victims: Sequence[tuple[int, int]]) -> ActorMention | None:
    """The one named armed group whose members the event's actors tell as acting: "militants
    loyal to X", "fighters believed to belong to X"; never a group among those struck."""
    found = [a for a in actors if a.kind in NAMED_GROUP_KINDS and not a.generic
             and a.modifier in (None, "suspected", "former") and not _inside_one(a, victims)
             and (members := _MEMBERS_BEFORE.search(text, max(0, a.start - 80), a.start))
             and (a.modifier != "former" or members.group("former"))]
    found = [a for a in found if not any(
        s <= a.start < e and e - s < 80 for s, e in victims)]
    # "fighters linked to al-Qaeda and the Islamic State group roam the area": the groups
    # of a region, told as a list, none of them the doers
    found = [a for a in found if not any(
        b.kind in NAMED_GROUP_KINDS and not b.generic and b.name != a.name
        and 0 <= b.start - a.end <= 12 and _OR_ANOTHER.fullmatch(text, a.end, b.start)
        for b in actors)]
    return found[0] if found and len({a.name for a in found}) == 1 else None


#: Between two groups named as one list: "X and the Y", "X or Y".
_OR_ANOTHER = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?", re.IGNORECASE)


def _members_of(text: str, members: ActorMention, group: ActorMention) -> bool:
    """Whether ``members`` are told as ``group``'s own in the words between them: "militants
    believed to belong to X", "gunmen loyal to X"."""
    if not 0 <= group.start - members.end <= 80:
        return False
    found = _MEMBERS_BEFORE.search(text, members.start, group.start)
    return found is not None and found.start() == members.start


_AMONG_THE_DEAD = re.compile(
    r"\b(?:among|including)\s+the\s+(?:dead|killed|victims|wounded|injured)\s+(?:were|are)"
    r"\s+(?:at\s+least\s+|about\s+|some\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


_STATE_SIDE = frozenset({"state_forces", "police", "military", "external_force"})
_NON_STATE_SIDE = frozenset({"rebel_group", "unidentified_armed_group"})
# Verbs of fighting each other: their conjoined subjects are the two sides.
_MUTUAL = re.compile(r"(?i:clash|exchang|fought|fight|gun ?fight|fire ?fight|skirmish|battle)")
_BOTH_SIDES_JOINED = re.compile(r"\s+and\s+(?:the\s+)?")


def _sides_of_one(a: ActorMention, b: ActorMention) -> bool:
    """Two forces of one state named by their branch ("the army and police"): allies, not
    the sides of a fight, as a named force of that state may be ("the RSF")."""
    return (a.kind in _STATE_SIDE and b.kind in _STATE_SIDE and a.generic and b.generic
            and a.country is not None and a.country == b.country)


#: "between the police and soldiers", "a quarrel between police and troops": two sides
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")


#: "clashed with each other", "fought one another": the subjects fought among themselves
_EACH_OTHER_AFTER = re.compile(r"(?:ed|es|ing)?\s+(?:with\s+|against\s+)?(?:each\s+other|"
                               r"one\s+another)\b", re.IGNORECASE)


def _told_as_foes(text: str, first: ActorMention, fight_end: int) -> bool:
    """Whether two forces of one state joined by "and" are told as the two sides of their
    fight, not as allies: named after "between" ("a dispute between police and soldiers
    turned into an armed clash"), or fighting each other ("police and soldiers clashed
    with each other")."""
    return _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) is not None \
        or _EACH_OTHER_AFTER.match(text, fight_end) is not None


def _forces_fighting_each_other(text: str, roles: Roles, trigger: Trigger | None) -> bool:
    """Whether a fight told as among its subjects ("clashed with each other") is between
    two armed forces joined by "and" ("police and soldiers clashed with each other"): a
    battle between them, not a crowd's brawl. Sets the second force as actor 2."""
    if trigger is None or roles.actor1 is None or not roles.assoc1 or roles.actor2 is not None:
        return False
    first, other = roles.actor1, roles.assoc1[0]
    if first.kind not in _STATE_SIDE or other.kind not in _STATE_SIDE \
            or first.name == other.name or first.end > trigger.start \
            or _BOTH_SIDES_JOINED.fullmatch(text, first.end, other.start) is None:
        return False
    told = trigger.text.lower()
    if "each other" not in told and "one another" not in told and (
            _MUTUAL.match(trigger.text) is None
            or _EACH_OTHER_AFTER.match(text, trigger.end) is None):
        return False
    roles.actor2 = other
    roles.assoc1 = roles.assoc1[1:]
    return True


# "soldiers and several militiamen", "policemen, two guards and": one count after another
_COUNTED_BESIDE = re.compile(
    r"\W*(?:and|,|as\s+well\s+as|along\s+with|together\s+with)\s+(?:(?:at\s+least\s+)?"
    r"(?:several|some|many|a|an|the|their|its|\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens\s+of|scores\s+of)\s+)?(?:other\s+)?", re.IGNORECASE)


def _struck_beside(text: str, struck: Sequence[ActorMention],
                   victims: Sequence[tuple[int, int]]) -> list[ActorMention]:
    """Who is told struck together with the side struck: "11 soldiers and pro-government
    militia members were killed when ... attacked" names the militia beside the soldiers,
    one side of the attack; "soldiers and militants were killed" names both sides."""
    first = struck[0]
    if not _inside_one(first, victims):
        return []
    beside: list[ActorMention] = []
    prev = first
    for nxt in struck[1:]:
        if nxt.start - prev.end > 40 or not _COUNTED_BESIDE.fullmatch(text, prev.end,
                                                                      nxt.start) or \
                _opposed(first, nxt) or nxt.name == first.name:
            break
        beside.append(nxt)
        prev = nxt
    return beside


def _opposed(a: ActorMention, b: ActorMention) -> bool:
    """A state's forces and rebels or unnamed armed men: "three soldiers and five militants
    were killed in clashes" names both sides of the fight."""
    return (a.kind in _STATE_SIDE and b.kind in _NON_STATE_SIDE) or (
        a.kind in _NON_STATE_SIDE and b.kind in _STATE_SIDE)


#: A blast that killed those who handled the device: "killed in two accidental explosions",
#: "tried to plant an improvised explosive device". They are its authors as well as its dead.
_OWN_DEVICE = re.compile(
    r"\baccidental(?:ly)?\b|\bprematurely\b|\b(?:tried|trying|attempting|attempted|while)\s+"
    r"(?:to\s+)?(?:plant|planting|assembl|mak|making|handl|handling|fix|fixing|lay|laying)",
    re.IGNORECASE)


#: Nothing but a list's joint between two people told: "12 shoppers and street vendors".
_LIST_JOINT = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")


def _listed_with_the_hurt(text: str, actor: ActorMention,
                          spans: Sequence[tuple[int, int]]) -> bool:
    """People listed right after those the attack hurt are of the hurt ("injured 12
    shoppers and street vendors"): none of them struck."""
    for s, e in spans:
        if e <= actor.start and actor.start - e <= 8 and s < e and \
                _LIST_JOINT.fullmatch(text, e, actor.start):
            return True
    return False


def _inside_one(actor: ActorMention, spans: Sequence[tuple[int, int]]) -> bool:
    for s, e in spans:  # a loop, not any() over a generator: mostly none or one span
        if s <= actor.start and actor.end <= e:
            return True
    return False


_MOB_VERB = re.compile(r"(?:assault|attack|beat|lynch|pelt|ston|storm|torch|hack|stab|"
                       r"thrash|manhandl|chas)\w*")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\b")


def _civilians_struck(text: str, subject: ActorMention, trigger: Trigger | None) -> bool:
    """Civilians who are the subject of an active verb of violence ("villagers assaulted
    police personnel", "residents beat up a commander") did it: a mob, not victims."""
    if trigger is None or trigger.start < subject.end:
        return False
    between = text[subject.end:trigger.start]
    return (len(between) <= 30 and not _PASSIVE.search(between)
            and bool(_MOB_VERB.match(trigger.text.lower())))


@lru_cache(maxsize=8192)
def _resolve_party(phrase: str | None, country: str | None) -> ActorMention | None:
    """The actor a casualty phrase names ("ISIS operatives"); the same phrases recur, so
    answers are kept (the resolver is a pure function of phrase and country)."""
    if not phrase:
        return None
    found = resolve_actor(phrase, country=country)
    if found is None and _HEROES.search(phrase):
        # "the martyrdom of (2) of our heroes": a translated release's word for the men of
        # its own forces, its soldiers
        found = resolve_actor(_HEROES.sub("soldiers", phrase), country=country)
        if found is not None:
            found = replace(found, start=0, end=len(phrase), text=phrase)
    if found is None and _ONE_PERSON.fullmatch(phrase):
        # "killed one woman", "one child": the bare noun of a count of one is the person
        # the actor list knows with its article ("a woman", "a child")
        article = "an" if phrase[0].lower() in "aeiou" else "a"
        found = resolve_actor(f"{article} {phrase}", country=country)
        if found is not None:
            found = replace(found, start=0, end=len(phrase),
                            text=phrase)
    return found


#: A translated release's word for its own fighting men: "(2) of our heroes were martyred".
_HEROES = re.compile(r"\bheroes$", re.IGNORECASE)


#: A bare singular noun, as a count of one names its person ("one woman").
_ONE_PERSON = re.compile(r"[a-z]+(?:[ -][a-z]+)?")


_GROUP_EPITHET = re.compile(r"(?:(?:terrorist|takfiri|extremist|outlawed|banned|so-called)\s+)+",
                            re.IGNORECASE)


_THE_SAME = re.compile(r"same\s+", re.IGNORECASE)


def _member_group(m: CasualtyMention, doc: Doc) -> ActorMention | None:
    """The group a member phrase says its people are from ("terrorists from the ISIS gangs",
    "persons suspected of belonging to Boko Haram")."""
    if m.party_text is None or m.party_start is None:
        return None
    lex = casualty_lexicon()
    lowered = m.party_text.lower()
    # The head may be followed by the start of the link ("persons suspected of"); a person
    # head takes a group only when said to belong to it ("people from the village" stay).
    head = next((w for w in lowered.split()
                 if w in lex.member_heads or w in lex.suspect_heads), None)
    if head is None:
        return _group_described(m, doc)
    after = m.party_start + lowered.index(head) + len(head)
    if head in lex.member_heads:
        link = MEMBER_OF.match(doc.text, after) or SUSPECTED_OF.match(doc.text, after)
    else:
        link = SUSPECTED_OF.match(doc.text, after)
    if link is None:
        return _group_described(m, doc)
    # "belonging to the terrorist ISIS gangs": the group after the words that condemn it
    at = link.end()
    epithet = _GROUP_EPITHET.match(doc.text, at)
    if epithet is not None:
        at = epithet.end()
    # "two fighters from the same militia": the group described before, told again
    same = _THE_SAME.match(doc.text, at)
    if same is not None:
        at = same.end()
    for actor in starting_in(doc.actors, at, at + 1):
        # ("two members of the FDS", the force a release named in full and abbreviated)
        # (and "members of the forces", the force named before told again)
        if (not actor.generic or actor.kind in _STATE_KINDS or same is not None
                or actor.text.lower() == "forces") \
                and actor.kind not in {"civilians", "observer"} \
                and actor.kind not in ORGANISATION_KINDS:
            return actor
    return _the_group_told_before(doc, at, m.start)


def _the_group_told_before(doc: Doc, at: int, before: int) -> ActorMention | None:
    """"three members of the local terrorist group", after "Dawlah Islamiyah" was named:
    "the" group told by a class word is the one group named before it, if only one was."""
    told = _THE_CLASS_GROUP.match(doc.text, at - 4 if doc.text[at - 4:at].lower() == "the "
                                  else at)
    if told is None:
        return None
    named = {a.name: a for a in doc.actors if a.start < before and not a.generic
             and a.kind in _ARMED_KINDS and a.kind not in _STATE_KINDS}
    return next(iter(named.values())) if len(named) == 1 else None


#: A group told by its class after "the": "the local terrorist group", "the armed group".
_THE_CLASS_GROUP = re.compile(
    r"the\s+(?:(?:local|same|said|above|outlawed|extremist|terrorist|armed|militant|"
    r"jihadist|criminal)\s+){1,3}(?:group|organi[sz]ation|outfit)\b", re.IGNORECASE)


#: A person told by what a teller calls him: "a man the Pentagon described as ", "a man
#: identified as ", "two men officials said were ". Every match holds " as ", " be ",
#: " was " or " were ".
_DESCRIBED_AS = re.compile(
    r"(?:\s+(?:whom\s+)?(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?)?\s*,?\s*(?:described|"
    r"identified|named|said|believed|thought|alleged|reported)\s+(?:by\s+[\w\s]{1,30}?\s+)?"
    r"(?:as|to\s+be|was|were)\s+")
#: Words one of which every match of ``_DESCRIBED_AS`` holds.
_DESCRIBED_WORDS = (" as ", " be ", " was ", " were ")
#: What he is called, up to the group he is of: "a senior financier of the ", "one of the
#: leaders in ", or nothing ("described as Islamic State couriers").
_DESCRIBED_ROLE = re.compile(
    r"(?:(?:an?|the|one)\s+)?(?:(?:(?-i:[a-z])[\w-]*\s+){0,4}?(?:of|in|with|from|for)\s+"
    r"(?:the\s+)?)?")
#: The people such a description may follow: told by who they are.
_DESCRIBED_HEADS = frozenset({"man", "men", "woman", "women", "person", "persons", "people",
                              "individual", "individuals", "suspect", "suspects"})


def _group_described(m: CasualtyMention, doc: Doc) -> ActorMention | None:
    """The group people are told to be of by what a teller calls them: "killed a man the
    Pentagon described as a senior financier of the Islamic State group", "two men the
    coalition described as Islamic State couriers" are the group's men, no civilians."""
    described = _described(m, doc)
    return described[1] if described is not None else None


def _described(m: CasualtyMention, doc: Doc) -> tuple[int, ActorMention] | None:
    """Where the words that describe people counted by ``m`` end, and the group they tell
    them to be of (see :func:`_group_described`)."""
    if m.party_end is None or m.party_start is None or m.party_text is None \
            or m.party_text.lower().split()[0] not in _DESCRIBED_HEADS:
        return None
    text = doc.text
    head_end = m.party_start + len(m.party_text.split()[0])
    window = text[head_end:m.party_end + 60]
    if not any(w in window for w in _DESCRIBED_WORDS):
        return None
    link = _DESCRIBED_AS.match(text, head_end)
    if link is None:
        return None
    at = link.end()
    epithet = _GROUP_EPITHET.match(text, at)
    group = next((a for a in starting_in(doc.actors, at, at + 60)
                  if not a.generic and a.kind in _NAMED_GROUP_KINDS and (
                      _DESCRIBED_ROLE.fullmatch(text, at, a.start)
                      or epithet is not None and epithet.end() == a.start)), None)
    return (at, group) if group is not None else None


#: Whose losses a count tells, written before it: "Ukrainian losses amounted to up to",
#: "the Ukrainian army's losses totalled", "losses of the Ukrainian army were".
_LOSS_TOLL = (r"\s+(?:amounted\s+to|totall?ed|reached|were|stood\s+at|came\s+to|"
              r"included|numbered)\s+(?:(?:up\s+to|about|around|nearly|almost|over|"
              r"more\s+than|some|at\s+least)\s+)?$")
_LOSSES_OF_BEFORE = re.compile(
    r"(?:\b(?P<owner>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}(?:\s+(?:army|armed\s+"
    r"forces|forces|military|troops))?)(?:'s)?\s+losses"
    r"|\blosses\s+of\s+(?:the\s+)?(?P<of>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}"
    r"(?:\s+(?:army|armed\s+forces|forces|military|troops))?))" + _LOSS_TOLL, re.IGNORECASE)


def _losses_owner(m: CasualtyMention, doc: Doc) -> ActorMention | None:
    """The side whose losses a count is told as ("Ukrainian losses amounted to up to 40
    servicemen killed"), at the words that name it; None where none is told."""
    if m.party_text is None or m.number_start is None:
        return None
    if not _may_hold(doc.text, ("losses",)):
        return None  # the word each match of _LOSSES_OF_BEFORE holds
    before = _LOSSES_OF_BEFORE.search(doc.text, max(0, m.number_start - 90), m.number_start)
    if before is None:
        return None
    group = "owner" if before.group("owner") else "of"
    owner = before.group(group)
    if owner is None or owner.split()[0].lower() in {"the", "our", "its", "their", "total"}:
        return None
    found = _resolve_party(f"{owner} {m.party_text}", None)
    if found is None or found.generic or found.kind not in _STATE_KINDS | _NAMED_GROUP_KINDS:
        return None
    return replace(found, start=before.start(group), end=before.end(group), text=owner)


#: Members told of no side: "the martyrdom of two members".
_BARE_MEMBERS = frozenset({"members", "member", "personnel", "elements", "element"})
#: The bare words for a fighting side's men: "killing four officers", "two commanders".
_MEMBERS_OF_A_SIDE = frozenset({"officers", "officer", "commanders", "commander",
                                "servicemen", "serviceman", "personnel"})
#: A count told as the enemy's: "Enemy losses amounted to", "the enemy lost up to",
#: "the losses of the enemy were", "killing 40 enemy servicemen".
_ENEMYS_BEFORE = re.compile(
    r"\benemy(?:'s)?\s+(?:losses\b[^.;:]{0,40}|lost\s+(?:(?:up\s+to|about|around|nearly|"
    r"almost|over|more\s+than|some|at\s+least)\s+)?)$"
    r"|\blosses\s+of\s+the\s+enemy\b[^.;:]{0,40}$", re.IGNORECASE)


def _the_enemys(m: CasualtyMention, doc: Doc, acting_state: bool,
                enemy: str | None) -> CasualtyMention:
    """A count a side tells as the enemy's ("Enemy losses amounted to up to 210
    servicemen", "the enemy lost up to 60 personnel") is of the side it fought, never its
    own men: the side named as struck; where none is, a state's forces' enemy is not told
    (their bare "servicemen" would read as their own)."""
    if m.number_start is None or (enemy is None and not acting_state):
        return m
    told = (m.party_text is not None and m.party_text.lower().startswith("enemy ")) or \
        _ENEMYS_BEFORE.search(doc.text, max(0, m.number_start - 70), m.number_start)
    if not told:
        return m
    if enemy is not None:
        return replace(m, party_text=enemy)
    return replace(m, party_text=None, party_start=None, party_end=None)


_LOSSES_WORD = re.compile(r"(?:losses|lost)\b", re.IGNORECASE)


def _losses_told_as_deaths(mentions: Sequence[CasualtyMention],
                           doc: Doc) -> Sequence[CasualtyMention]:
    """Losses of people ("losses amounted to up to 60 servicemen", killed and wounded
    together) that the same report tells as that many dead ("up to 60 servicemen
    eliminated") are those dead told again: the count of the dead stands alone."""
    losses = [m for m in mentions if m.count is None and m.low == 0 and m.high
              and _LOSSES_WORD.match(doc.text, m.start)]
    if not losses:
        return mentions
    dead = {m.count for m in mentions if m.kind == "killed" and m.count and m not in losses}
    return [m for m in mentions if m not in losses or m.high not in dead]


def _side_fought(roles: Roles) -> str | None:
    """The armed side an actor fought, where both are named."""
    if roles.actor1 is None or roles.actor2 is None or roles.actor2.kind == "civilians" \
            or roles.actor2.name == roles.actor1.name:
        return None
    return roles.actor2.name


def _owner_of_the_losses(m: CasualtyMention, doc: Doc) -> CasualtyMention:
    """A count told as a side's losses ("Ukrainian losses amounted to up to 40 servicemen
    killed", in a bulletin of the other side) is of that side's people, not of the side
    whose deed the report tells."""
    owner = _losses_owner(m, doc)
    return m if owner is None else replace(m, party_text=owner.name)


#: A side's people told by a possessive pronoun alone: "dozens of its dead", "their wounded".
_PRONOUN_PARTY = frozenset({"its", "their", "its own", "their own"})
#: Actor kinds that own no fighters' dead told as "its dead": people at large.
_NO_SIDE_KINDS = NO_SIDE_KINDS


def _side_of_the_pronoun(m: CasualtyMention, doc: Doc) -> CasualtyMention:
    """"The army said dozens of its dead were buried", "He said the RSF had left dozens of
    its dead": the people of the side the pronoun points back to, the last one told before
    it in its sentence (the one who said it, or the subject of what they said)."""
    if m.party_text is None or m.party_start is None \
            or m.party_text.lower() not in _PRONOUN_PARTY:
        return m
    k = sentence_of(m.party_start, doc.sentences)
    if not 0 <= k < len(doc.sentences):
        return m
    s_start = doc.sentences[k][0]
    side = None
    for a in doc.actors:
        if a.start >= m.party_start:
            break
        if a.start >= s_start and a.kind not in _NO_SIDE_KINDS and a.name:
            side = a
    return m if side is None else replace(m, party_text=side.name)


_ITS_OWN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.IGNORECASE)
_OWN_PEOPLE = frozenset({"members", "member", "personnel", "forces", "troops", "soldiers",
                         "men", "fighters", "elements", "ranks", "comrades"})
#: "elements of our forces", "two members of our units": some of the teller's own.
_SOME_OF_OURS = re.compile(r"^(?:elements?|members?|men|soldiers|personnel)\s+of\s+(?=our\s)")


def _own_people(m: CasualtyMention, doc: Doc, acting: str | None,
                acting_state: bool = False) -> CasualtyMention:
    """"the force ... none of its members were hurt": the people of the side that acted.
    Only a zero: "killing three of its members", told of an attack, counts the struck.
    "no casualties were recorded among our forces", in a release of forces that acted,
    are theirs too, and so are "our fighters" hurt where that side calls itself "our"."""
    if acting is not None and m.party_text is None and m.count and _IN_THEIR_RANKS.match(
            doc.text, m.end):
        # "the FAMa deplore 3 dead and 5 wounded in their ranks": the acting side's own
        return replace(m, party_text=acting)
    if acting is not None and m.party_text is None and m.count and _ON_OUR_SIDE.search(
            doc.text, max(0, m.start - 40), m.start):
        # "On our side, 2 wounded", "On the side friend, 1 wounded light": the side that
        # acted tells its own losses
        return replace(m, party_text=acting)
    if acting is None or m.party_start is None or m.party_text is None:
        return m
    lowered = m.party_text.lower()
    if _OF_THE_FORCE.match(lowered):
        return replace(m, party_text=acting)  # "two members of the force were wounded"
    # ("2 elements of our forces were wounded": some of the forces, a translation's)
    lowered = _SOME_OF_OURS.sub("", lowered)
    head = _OUR_OWN_HEAD.sub("", lowered)
    if head not in _OWN_PEOPLE:
        return m
    # the possessive may be inside the phrase ("among the our forces", a translation's)
    before = doc.text[max(0, m.party_start - 12):m.party_start] + lowered[:-len(head)]
    if m.count != 0:
        # "one of our fighters was slightly wounded", in the release of a side that calls
        # itself "our Syrian Democratic Forces": its own man ("killing three of its members"
        # counts the struck; "our fighters" in a quote of the other side are that side's);
        # so "our forces" in a state's own release, outside a quote
        if m.count and _OUR_OWN.search(before) and (_calls_itself_ours(doc, acting) or (
                acting_state and not _quoted(doc, m.start))):
            return replace(m, party_text=acting)
        return m
    if _ITS_OWN.search(before) or acting_state and _OUR_OWN.search(before):
        return replace(m, party_text=acting)
    return m


_OUR_OWN = re.compile(r"\bour\s+(?:own\s+)?$", re.IGNORECASE)


def _calls_itself_ours(doc: Doc, acting: str) -> bool:
    """Whether the text names the acting side with "our" before it ("our Syrian Democratic
    Forces carried out a raid"): a release of that side, telling its own men as "ours"."""
    return any(a.name == acting and (
        _OUR_OWN.search(doc.text, max(0, a.start - 10), a.start) is not None
        or a.text[:4].lower() == "our ") for a in doc.actors)


def _quoted(doc: Doc, at: int) -> bool:
    """Whether a place in the text lies inside quotation marks opened in its sentence."""
    start = next((s for s, e in doc.sentences if s <= at < e), at)
    before = doc.text[start:at]
    return (before.count('"') % 2 == 1) or before.count("\u201c") > before.count("\u201d")


#: How a release opens the count of its own losses: "On our side,", "On the friendly side,",
#: "On the side friend," (a translation of "Côté ami").
_ON_OUR_SIDE = re.compile(
    r"\b(?:on|from)\s+(?:our\s+side|the\s+friendly\s+side|the\s+side\s+(?:friend(?:ly)?|"
    r"of\s+our\s+forces))\s*[,:]\s*$", re.IGNORECASE)
# "3 dead and 5 wounded in their ranks": counts of the side's own people, the next of them
# joined by "and"
_IN_THEIR_RANKS = re.compile(
    r"(?:\s+and\s+\(?\d+\)?\s+[a-z]+)?\s+(?:in|among|within)\s+(?:their|its|our)\s+(?:own\s+)?"
    r"ranks\b", re.IGNORECASE)
# "members of the force", "one of the unit's men": the force told of just before, by its role
_OF_THE_FORCE = re.compile(
    r"^(?:members?|personnel|men|soldiers|officers) of the (?:force|unit|team|patrol|"
    r"raiding party|task force)s?$")
_OUR_FORCES = re.compile(r"\bour\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_OUR_OWN_HEAD = re.compile(r"^our\s+(?:own\s+)?")


def _named_group_after(m: CasualtyMention, doc: Doc) -> CasualtyMention:
    """A member phrase takes the name of the group it is said to be from."""
    group = _member_group(m, doc)
    if group is None:
        group = _group_of_its_members(m, doc)
    if group is None:
        return m
    told = _resolve_party(group.text, group.country)
    # "elements of the militia", the militia a group named before: the group's own name
    return replace(m, party_text=group.text if told is not None and told.name == group.name
                   else group.name)


#: "arrested four of its members": people counted as members of a group told before.
_OF_ITS = re.compile(r"\bof\s+(?:its|their)\s+$", re.IGNORECASE)
_ITS_MEMBERS = frozenset({"member", "members", "elements", "operatives", "militants",
                          "fighters"})
#: Those who serve a group without being told as its fighters: "arrested 17 of their
#: facilitators", "nine of its collaborators". Taken, they are the group's people.
_ITS_SUPPORTERS = frozenset({"facilitators", "facilitator", "collaborators", "collaborator",
                             "supporters", "supporter", "accomplices", "accomplice",
                             "abettors", "financiers", "financier", "couriers", "courier",
                             "informants", "informant", "sympathisers", "sympathizers",
                             "harbourers", "harborers", "handlers", "suppliers",
                             "recruiters", "associates", "affiliates", "operators"})


def _group_of_its_members(m: CasualtyMention, doc: Doc) -> ActorMention | None:
    """"a cell of ISIS attacked a checkpoint, and army units arrested four of its members":
    people taken who are "its" members are of the armed group named last before them in
    the sentence (those who arrest are never their own captives)."""
    if (m.kind != "detained" or m.party_start is None or m.party_text is None
            or m.party_text.lower() not in _ITS_MEMBERS | _ITS_SUPPORTERS
            or not _OF_ITS.search(doc.text, max(0, m.party_start - 12), m.party_start)):
        return None
    here = sentence_of(m.start, doc.sentences)
    first = doc.sentences[here][0] if doc.sentences and 0 <= here < len(doc.sentences) else 0
    if m.party_text.lower() in _ITS_SUPPORTERS and 0 < here < len(doc.sentences) and not any(
            first <= a.start and a.end <= m.start and not a.generic
            and a.kind in _NAMED_GROUP_KINDS for a in doc.actors):
        # "raided hideouts of the group. They arrested 17 of their facilitators": the
        # supporters of the group the sentence before named
        first = doc.sentences[here - 1][0]
    return next((a for a in reversed(doc.actors)
                 if first <= a.start and a.end <= m.start and not a.generic
                 and a.kind in _NAMED_GROUP_KINDS and a.modifier in (None, "suspected")),
                None)


#: The role told after a named man, up to his group: ", a senior leader of ", ", a senior ",
#: ", who was a commander in the ".
_ROLE_OF_THE_NAMED = re.compile(
    r"\s*,\s+(?:who\s+(?:was|is)\s+)?(?:an?|the)\s+(?:(?-i:[a-z])[\w-]*\s+){0,4}",
    re.IGNORECASE)


def _group_of_the_named(m: CasualtyMention, doc: Doc) -> ActorMention | None:
    """The armed group a named man is told to be of, in apposition after his name: "killed
    Sami Haddad, a senior Hurras al-Din official", "..., a senior leader of the group"."""
    if not _one_named(m) or m.party_end is None:
        return None
    for actor in starting_in(doc.actors, m.party_end, m.party_end + 60):
        if actor.kind in _NAMED_GROUP_KINDS and not actor.generic and (
                _ROLE_OF_THE_NAMED.fullmatch(doc.text, m.party_end, actor.start)):
            return actor
    return None


def _victim_span(m: CasualtyMention, doc: Doc) -> tuple[int, int] | None:
    """Where the people ``m`` counts are named, with the group they are said to be from."""
    if m.party_start is None or m.party_end is None:
        return None
    group = _member_group(m, doc) or _group_of_the_named(m, doc)
    start = m.party_start
    if m.number_start is not None and m.number_end is not None and \
            m.number_start < start and start - m.number_end <= 1:
        start = m.number_start  # "a journalist": the article names the one counted too
    end = max(m.party_end, group.end if group is not None else 0)
    if doc.text.startswith(",", end) and (
            apposed := _APPOSED_TO_THE_COUNTED.match(doc.text, end)) is not None:
        # "Two villagers, a man and his teenage daughter, were killed": who they were
        end = apposed.end()
    return (start, end)


# ", a man and his teenage daughter, were": the people counted, told again between commas
# before their fate
_APPOSED_TO_THE_COUNTED = re.compile(
    r",[ \t]+(?:an?|the|his|her|their|one|two|three|four|five|both)\b[^,;.()\n]{1,60}?"
    r"(?=,[ \t]+(?:were|was|had|have|has)\b)")


def _one_named(m: CasualtyMention) -> bool:
    """Whether ``m`` counts one person told by name alone ("Okoro was hurt"): others told
    after it are other people, not more of the named one."""
    return (m.count == 1 and m.number_start is None and bool(m.party_text)
            and (m.party_text or "")[:1].isupper())


def _others_of_the_same_side(people: list[CasualtyMention], doc: Doc) -> list[CasualtyMention]:
    """"Two soldiers were killed and four others were wounded": the others of a different
    fate in the same sentence are more of the people just named."""
    out: list[CasualtyMention] = []
    for m in people:
        words = (m.party_text or "").lower().split()
        # "killed 30 terrorists, including two senior commanders, and wounded many others":
        # the others are more of the whole, not of the part named among it
        before = next((x for x in reversed(out) if not x.subset), None)
        if before is not None and before.perpetrator and not m.perpetrator:
            # "eleven civilians were killed, along with both bombers, and 16 others were
            # injured": the others are more of the people the attackers hit, when the
            # sentence counted them first
            before = next((x for x in reversed(out) if not x.subset and not x.perpetrator
                           and x.start < before.start and sentence_of(
                               x.start, doc.sentences) == sentence_of(
                               before.start, doc.sentences)), before)
        if (words and all(w in ADDITIVE for w in words) and before is not None
                # ("killed 11 farmers; two others succumbed to their injuries the next
                # day": more of the people the attack struck, dead of its wounds)
                and (before.kind != m.kind or died_of_the_wounds(m, doc.text))
                and before.party_text
                and not ADDITIVE.intersection(before.party_text.lower().split())
                and not _one_named(before)
                and sentence_of(before.start, doc.sentences)
                == sentence_of(m.start, doc.sentences)):
            m = replace(m, party_text=before.party_text)
        elif (told := _retinue_told_before(m, out, doc)) is not None:
            # "killed Abu Talha and three of his aides ... 'Abu Talha and three of his
            # companions were killed'": the same men told again
            m = replace(m, party_text=told.party_text)
        elif (before is not None and before.party_text and m.party_start is not None
              and RETINUE_BEFORE.search(doc.text, max(0, m.party_start - 12), m.party_start)
              and m.party_text and RETINUE.fullmatch(m.party_text.lower())
              and sentence_of(before.start, doc.sentences)
              == sentence_of(m.start, doc.sentences)):
            # "killed a district police chief and two of his bodyguards": the men of the
            # one just named are of his side.
            m = replace(m, party_text=before.party_text)
        elif (before is not None and before.party_text and m.party_text
              and before.start == m.start and before.kind == m.kind
              and RETINUE.fullmatch(m.party_text.lower())
              and _resolve_party(m.party_text, None) is None):
            # "killed the driver and bodyguard of a minister": the second of two of one
            # man's staff, joined under one verb, is of the side of the first
            m = replace(m, party_text=before.party_text)
        elif (before is not None and before.party_text and m.party_text
              and before.end == m.end and before.kind == m.kind and before.count
              and m.party_text.lower() not in _PLAIN_PEOPLE
              and RETINUE.fullmatch(m.party_text.lower())
              and _resolve_party(m.party_text, None) is None
              and (group := _resolve_party(before.party_text, None)) is not None
              and not group.generic and group.kind in _ARMED_KINDS):
            # "two ISIS leaders and five facilitators were detained": those who serve a
            # group, counted beside its men before one verb, are of its side
            m = replace(m, party_text=before.party_text)
        elif (m.subset and before is not None and before.party_text and m.party_text
              and m.party_text.lower().split()[-1] in casualty_lexicon().rank_heads):
            # "killing 15 militants of al-Shabaab, including two of its leaders": the
            # leaders are of the group counted, not a party of their own
            m = replace(m, party_text=before.party_text)
        elif (m.subset and before is not None and before.party_text and m.party_text
              and before.kind == m.kind and _resolve_party(m.party_text, None) is None):
            # "killing three soldiers, including an officer": a part told by a role that
            # names no side of its own is of the group it is part of
            m = replace(m, party_text=before.party_text)
        elif (words and words[0] == "other" and before is not None and before.party_text
              and before.kind != m.kind and not m.subset
              and 0 <= sentence_of(m.start, doc.sentences)
              - sentence_of(before.start, doc.sentences) <= 1
              and _resolve_party(" ".join(words[1:]), None) is None
              and _resolve_party(before.party_text, None) is not None):
            # "Three Volunteers for the Defence of the Homeland were killed ... Two other
            # members of the convoy's escort were wounded": "other" people told by no side
            # of their own are more of those just counted
            m = replace(m, party_text=before.party_text)
        out.append(m)
    return out


#: Words that add people to those told of: "two of his guards were also killed".
_MORE_OF_THEM = re.compile(r"\b(?:also|another|more|other|others|further|as\s+well|too)\b",
                           re.IGNORECASE)


def _retinue_told_before(m: CasualtyMention, out: list[CasualtyMention],
                         doc: Doc) -> CasualtyMention | None:
    """The earlier mention of a leader's retinue that ``m`` tells again: a retinue of the
    same count and fate in another sentence, with no word that makes them more people."""
    text = doc.text
    # "X was killed along with two other members of his team": those beside the one named
    # ("other" than him), told again after "killed X and two of his accomplices"
    companion = _window_may_hold(m.text, _COMPANION_WORDS) and \
        _COMPANIONS.search(m.text) is not None
    if m.count is None or m.subset or not companion and (
            not is_retinue(m, text)
            or _MORE_OF_THEM.search(text, m.start, min(len(text), m.end + 20))):
        return None
    here = sentence_of(m.start, doc.sentences)
    for before in reversed(out):
        if (before.kind == m.kind and before.count == m.count and before.party_text
                and is_retinue(before, text) and not before.subset
                and sentence_of(before.start, doc.sentences) != here):
            return before
    return None


#: People joined to the subject of a passive verb after it ("was killed along with ...").
_COMPANIONS = re.compile(
    r"^\w+(?:\s+[\w'-]+){0,8}?,?\s+"
    r"(?:(?:along|together)\s+with|as\s+well\s+as|as\s+w(?:as|ere))\s", re.IGNORECASE)
_COMPANION_WORDS = ("with", "well", "was", "were")  # one in each match of _COMPANIONS


_AND_BETWEEN = re.compile(r"\s+and\s+")
#: Words a place follows when the text tells it as a place: "in Gaza", "near Rafah".
_BEFORE_A_PLACE = r"\b(?:in|near|at|from|into|across|outside|inside|around)\s+(?:the\s+)?"


def _told_as_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a place the text tells as one: a country or a
    province, or a name written after "in", "near", "at" somewhere in the text."""
    mention = next((p for p in doc.places if p.start == start and p.end == end), None)
    if mention is None:
        return False
    if mention.place is not None and mention.place.feature in {"country", "admin1"}:
        return True
    name = re.escape(doc.text[start:end])
    return re.search(_BEFORE_A_PLACE + name + r"\b", doc.text, re.IGNORECASE) is not None


def _places_or_groups_paired(people: list[CasualtyMention], doc: Doc) -> list[CasualtyMention]:
    """Two capitalised names joined by "and" before a verb of harm are two people, unless
    one of them is a named group or a place the text tells as one ("Hamas and Fatah",
    "Sinai and Gaza" where the text says "in Gaza"): then neither is a person."""
    groups = {(a.start, a.end) for a in doc.actors if not a.generic}
    named = {m.party_start: m for m in people if m.count == 1 and m.number_start is None
             and m.party_start is not None and m.party_end is not None}
    drop: set[int] = set()
    for first in named.values():
        assert first.party_start is not None and first.party_end is not None
        joined = _AND_BETWEEN.match(doc.text, first.party_end)
        second = named.get(joined.end()) if joined else None
        if joined is None or second is None or second.party_end is None:
            continue
        pair = ((first.party_start, first.party_end), (joined.end(), second.party_end))
        if any(span in groups or _told_as_a_place(doc, *span) for span in pair):
            drop.update((first.party_start, joined.end()))
    return [m for m in people if m.party_start not in drop or m.count != 1
            or m.number_start is not None]

def _named_before(people: list[CasualtyMention], country: str | None,
                  doc: Doc) -> list[CasualtyMention]:
    """"the killing of 6 terrorists from ISIS ... which led to the killing of 6
    terrorists": the same count of the same fate, told again of a class of armed men, is the
    group named before; so is one told again under another of the group's names ("kill 7
    ISIS militants" in the headline, "killed seven Islamic State militants" below)."""
    out: list[CasualtyMention] = []
    headline = bool(doc.sentences) and _is_headline(doc.text, doc.sentences[0])
    for m in people:
        if m.count is not None and m.count >= 1 and m.party_text:
            actor = _resolve_party(m.party_text, country)
            if actor is None and m.count >= 2:
                out.append(_the_named_groups_men_again(m, out, country, doc))
                continue
            if actor is not None and (not actor.generic or actor.kind in _ARMED_KINDS):
                here = sentence_of(m.start, doc.sentences)
                for k in range(len(out) - 1, -1, -1):
                    before = out[k]
                    told = sentence_of(before.start, doc.sentences)
                    # one man twice only when the headline tells him ("kill senior Daesh
                    # leader" above "the killing of a senior leader of ... ISIS")
                    if (before.kind == m.kind and before.count == m.count
                            and before.party_text and told != here
                            and (m.count > 1 or headline and told == 0)):
                        named = _resolve_party(before.party_text, country)
                        if named is not None and not named.generic and (
                                actor.generic or named.name == actor.name):
                            m = replace(m, party_text=before.party_text)
                        elif (named is not None and named.generic
                              and named.kind in _ARMED_KINDS and not actor.generic):
                            # "109 troops" in the headline, "109 U.S. service members" below
                            out[k] = replace(before, party_text=m.party_text)
                        elif (named is not None and named.generic and actor.generic
                              and named.kind in _ARMED_KINDS and headline and told == 0):
                            # "kill 2 Iran-backed militia fighters" in the headline,
                            # "killing two militants" below: one class of armed men told
                            # in two words
                            m = replace(m, party_text=before.party_text)
                        elif (named is not None and named.generic and actor.generic
                              and named.name == actor.name
                              and named.kind in _UNNAMED_ARMED_KINDS
                              and not _more_people_told(m, doc)):
                            # "killed 12 militants in Anbar ... 'Our forces killed 12
                            # terrorists,' the spokesman said": the same armed men told
                            # again under another word for them
                            m = replace(m, party_text=before.party_text)
                        break
        out.append(m)
    return out


def _the_men_counted_before(people: list[CasualtyMention], doc: Doc) -> list[CasualtyMention]:
    """"a vehicle carrying three leaders of al-Qaeda ... named the three men killed as ...":
    "the" and a count of plain people (men, people) tell again the people of that count told
    before, whose group the earlier phrase names; they are its men, not passers-by."""
    out: list[CasualtyMention] = []
    for m in people:
        if (m.count is not None and 2 <= m.count <= _TOLD_AGAIN_MOST and m.party_text
                and m.party_text.lower() in _PLAIN_PEOPLE and m.number_start is not None
                and doc.text[m.number_start : m.number_start + 4].lower() == "the "):
            told = None
            for before in _counted_of_a_group(m.count).finditer(doc.text, 0, m.number_start):
                told = before
            group = None if told is None else next(
                (a for a in starting_in(doc.actors, told.end(), told.end() + 1)
                 if not a.generic and a.kind in _ARMED_KINDS), None)
            if group is not None:
                m = replace(m, party_text=group.text)
        out.append(m)
    return out


#: The largest count a text is read to tell again as "the three men": small counts, which a
#: report writes in words.
_TOLD_AGAIN_MOST = 12
#: Words for people that name no side: "the three men", "the two people".
_PLAIN_PEOPLE = frozenset({"men", "people", "persons", "individuals"})


@cache
def _counted_of_a_group(count: int) -> re.Pattern[str]:
    """A count of people told as of a group: "three leaders of ", "3 senior members of the "."""
    words = "".join(f"|{re.escape(w)}" for w, value in number_words().cardinals.items()
                    if value == count)
    return re.compile(rf"\b(?:{count}{words})\s+(?:[a-z-]+\s+){{0,2}}?"
                      r"(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def _the_named_groups_men_again(m: CasualtyMention, out: list[CasualtyMention],
                                country: str | None, doc: Doc) -> CasualtyMention:
    """"10 members of a FARC dissident group were killed ... 'The operation neutralised 10
    members of the criminal structure'": as many of the same fate in another sentence, told
    in words that name no side, are the named group's men told again."""
    here = sentence_of(m.start, doc.sentences)
    for before in reversed(out):
        if before.kind != m.kind or before.count != m.count or not before.party_text \
                or sentence_of(before.start, doc.sentences) == here:
            continue
        named = _resolve_party(before.party_text, country)
        if named is not None and not named.generic and named.kind in _ARMED_KINDS \
                and not _more_people_told(m, doc):
            return replace(m, party_text=before.party_text)
        return m
    return m


#: Kinds of the armed men of no name whose words ("militants", "terrorists", "insurgents")
#: name one class told in several words.
_UNNAMED_ARMED_KINDS = frozenset({"unidentified_armed_group", "rebel_group"})
#: Words in the clause of a count that make its people more than those told of before
#: ("also killed", "another 12", "a separate raid"); "more than" is a bound, "also said" a
#: telling.
_MORE_PEOPLE_TOLD = re.compile(
    r"\b(?:also|another|other|others|further|additional|separate(?:ly)?|more(?!\s+than))\b"
    r"(?!\s+(?:said|says|stated|told|added|noted|reported|confirmed|announced))",
    re.IGNORECASE)


def _more_people_told(m: CasualtyMention, doc: Doc) -> bool:
    """Whether the sentence of ``m``, up to its end, says its people are more people."""
    here = sentence_of(m.start, doc.sentences)
    start = doc.sentences[here][0] if 0 <= here < len(doc.sentences) else m.start
    return _MORE_PEOPLE_TOLD.search(doc.text, start, m.end) is not None


# "killed 20 soldiers and six volunteers in attacks on Sunday and Monday": the sum of
# several incidents, each told after it
_SUMMED_UP = re.compile(
    r"\bin\s+(?:(?:two|three|four|several|separate|twin|multiple|a\s+series\s+of)\s+)?"
    r"(?:attacks|raids|ambushes|strikes|assaults|clashes|bombings)\s+"
    r"(?:on|over|between)\s+\w+\s+and\s+\w+\b"
    # "neutralised in the response to the two attacks"
    r"|\b(?:both|the\s+(?:two|three|four|twin))\s+(?:attacks|raids|ambushes|strikes|"
    r"assaults|bombings)\b", re.IGNORECASE)
#: Words one of which every match of _SUMMED_UP holds (see _may_hold).
_SUMMED_UP_WORDS = ("attacks", "raids", "ambushes", "strikes", "assaults", "clashes", "bombings")


def _without_summed_up(casualties: Sequence[CasualtyMention], seg: Segment,
                       text: str) -> list[CasualtyMention]:
    """The counts of a segment less those of a sentence that sums up several incidents
    ("in attacks on Sunday and Monday"), where another of its sentences counts the
    incident it tells: the sum is of that one and of others, not more dead."""
    summed = [(start, end) for start, end in seg.sentences
              if _SUMMED_UP.search(text, start, end)] if _may_hold(text, _SUMMED_UP_WORDS) else []
    if not summed:
        return list(casualties)
    # (a count a text shares out between its incidents, "in the three bombings", is
    # each one's share, as GTD codes it)
    inside = [c for c in casualties if not c.shared_by
              and any(start <= c.start < end for start, end in summed)]
    rest = [c for c in casualties if c not in inside]
    return rest if any(c.count for c in rest) else list(casualties)


_OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
#: How far back "them" may look for the armed men it stands for: about two sentences.
_THEM_REACH = 250


def _attackers_of_them(casualties: list[CasualtyMention], doc: Doc) -> list[CasualtyMention]:
    """"The attackers opened fire ... One of them was killed", "troops pursued the
    attackers and killed two of them": the count is of the armed men named last before
    "them" where they come after every people counted before."""
    text = doc.text
    out: list[CasualtyMention] = []
    for c in casualties:
        if c.party_text is None and c.count is not None and c.number_end is not None \
                and _OF_THEM.match(text, c.number_end):
            told = [p.party_end for p in casualties if p.party_end is not None
                    and p.party_end <= c.start]
            armed = [a for a in _within(doc.actors, max(0, c.start - _THEM_REACH), c.start)
                     if a.kind in _NON_STATE_SIDE and a.text[-1:].lower() == "s"
                     and a.end > max(told, default=-1)]
            if armed:
                men = armed[-1]
                c = replace(c, party_text=men.text, party_start=men.start, party_end=men.end)
        out.append(c)
    return out


def _sentence_start(sentences: Sequence[tuple[int, int]], at: int) -> int:
    """Where the sentence holding ``at`` opens (``at`` itself outside every sentence)."""
    k = sentence_of(at, sentences)
    return sentences[k][0] if 0 <= k < len(sentences) else at


def _taken_of_the_named_group(choice: TypeChoice, roles: Roles,
                              actors: Sequence[ActorMention]) -> str | None:
    """"arrested seven terrorists ... the arrested had worked within the ranks of ISIS
    terrorist gangs": unnamed armed men taken by a force the text does not name are of the
    one armed group the event's sentences name. Sets ``roles.actor2``; returns the group."""
    if choice.sub_event_type != "arrests":
        return None
    taken = roles.actor2
    unnamed = next((a for a in actors if a.generic and a.kind == "unidentified_armed_group"),
                   None)
    groups = {a.name: a for a in actors if not a.generic and a.kind in NAMED_GROUP_KINDS
              and a.modifier is None}
    if unnamed is None or len(groups) != 1 or taken is not None and taken is not unnamed and (
            not taken.generic or taken.kind != "unidentified_armed_group"):
        return None
    group = next(iter(groups.values()))
    if roles.actor1 is not None:
        if roles.actor1.name != group.name:
            return None
        # "The service announced the arrest of four terrorists ... the arrested had fought
        # in the ranks of ISIS": the group the men taken belong to took no one; the state's
        # force that tells of the arrest made it
        roles.actor1 = next((a for a in actors if a.kind in _STATE_KINDS), None)
    roles.actor2 = replace(group, start=unnamed.start, end=unnamed.end, text=unnamed.text)
    return group.name


def _to_the_named_group(casualties: list[Casualty], roles: Roles,
                        arrests: bool = False) -> list[Casualty]:
    """Armed men of no name ("the killing of (2) terrorists") in an event between a state's
    forces and one named group are that group's; so are the men taken in an arrest of the
    group's members whose takers the report names only later ("the arrest of a terrorist
    ... who worked within ISIS"), and the attackers killed where a named group struck
    civilians ("troops pursued the attackers and killed two of them")."""
    sides = [m for m in (roles.actor1, roles.actor2) if m is not None]
    groups = {m.name for m in sides if not m.generic and m.kind in NAMED_GROUP_KINDS}
    taken = arrests and roles.actor1 is None and len(groups) == 1
    if not taken and (len(groups) != 1 or len(sides) != 2 or not any(
            m.kind in _STATE_KINDS or m.kind in _CIVILIAN_KINDS and roles.actor1 is not m
            and roles.actor1 is not None and roles.actor1.name in groups for m in sides)):
        return casualties
    group = groups.pop()
    # ("killing 1 separatist": the rebels of no name are the named group's men too; so are
    # "19 cartel members", a gang of no name, where the named group is a cartel or gang)
    unnamed = (_UNNAMED_ARMED, _UNNAMED_REBELS, _UNNAMED_GANG) if any(
        m.name == group and m.kind == "political_militia" for m in sides) else (
        _UNNAMED_ARMED, _UNNAMED_REBELS)
    return [replace(c, party=group) if c.party and c.party.startswith(unnamed) else c
            for c in casualties]


def _struck_group_named_by_its_dead(roles: Roles, casualties: Sequence[Casualty],
                                    country: str | None) -> None:
    """"the killing of (3) terrorists from ISIS gangs": the unnamed armed men struck are the
    one named group whose dead the event counts; so is a side struck but never named
    ("troops neutralised four Boko Haram terrorists")."""
    struck = roles.actor2
    if roles.actor1 is None or struck is not None and not struck.name.startswith(
            _UNNAMED_ARMED):
        return
    # the striker's own wounded ("One soldier was wounded") say nothing of whom it struck
    parties = {c.party for c in casualties if c.count and c.party} - {roles.actor1.name}
    beside = False
    if len(parties) > 1 and struck is not None:
        # "(4) terrorists of the ISIS gangs were killed ... the killing of (4) terrorists
        # and the wounding of another": the unnamed armed men told beside the named
        # group's dead are the same men
        parties = {p for p in parties if not p.startswith(_UNNAMED_ARMED)}
        beside = True
    if len(parties) != 1:
        return
    group = _resolve_party(parties.pop(), country)
    if group is not None and not group.generic and group.kind in NAMED_GROUP_KINDS \
            and group.name != roles.actor1.name and (
                # (an armed group at war with the state; "two VDP lost their lives" beside
                # "30 terrorists neutralized" are the striking side's own)
                not beside or group.kind == "rebel_group"):
        roles.actor2 = group


# "a force ... was carrying out a search operation for the Daesh remnants", "in pursuit of
# ISIS cells", "operations against the remnants of ISIS": the group a force was out after
_SOUGHT_GROUP_BEFORE = re.compile(
    r"\b(?:search(?:ing|ed)?|hunt(?:ing)?|looking|pursu(?:it|ing|ed)|chas(?:e|ing)|"
    r"operations?|sweeps?|raids?|campaign)\s+(?:for|of|against|after)\s+(?:the\s+)?"
    r"(?:(?:remnants|remains|cells?|members|elements)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE)


def _doer_of_the_group_sought(text: str, roles: Roles,
                              actors: Sequence[ActorMention]) -> None:
    """"a force was carrying out a search operation for the Daesh remnants ... an explosive
    device was planted by the terrorists": the unnamed armed men who struck a state's force
    are of the one group the event tells the force was out after."""
    struck, doer = roles.actor2, roles.actor1
    if doer is None or struck is None or struck.kind not in _STATE_KINDS or not (
            doer.generic and doer.kind == "unidentified_armed_group"):
        return
    groups = {a.name: a for a in actors if not a.generic and a.kind in NAMED_GROUP_KINDS}
    if len(groups) != 1:
        return
    group = next(iter(groups.values()))
    if group.name == struck.name or not any(
            _SOUGHT_GROUP_BEFORE.search(text, max(0, a.start - 60), a.start) is not None
            for a in actors if a.name == group.name):
        return
    roles.actor1 = replace(group, start=doer.start, end=doer.end, text=doer.text)


def _struck_force_named_by_its_dead(roles: Roles, casualties: Sequence[Casualty],
                                    country: str | None) -> None:
    """"Gunmen attacked a checkpoint ... Three police officers were killed": the country's
    force whose dead a later sentence counts is the side the attackers struck, when the
    event names no other and its only dead are of that force."""
    if roles.actor2 is not None or roles.actor1 is not None and (
            roles.actor1.kind in _STATE_KINDS):
        return
    doer = roles.actor1.name if roles.actor1 is not None else None
    parties = {c.party for c in casualties if c.count and c.party and not c.perpetrator
               and c.kind in {"killed", "wounded"}} - {doer}
    if len(parties) != 1:
        return
    force = _resolve_party(parties.pop(), country)
    if force is not None and force.kind in _STATE_KINDS and force.name != doer:
        roles.actor2 = force


def _teller_struck_the_dead(text: str, roles: Roles, casualties: Sequence[Casualty],
                            actors: Sequence[ActorMention], anchor: Trigger | None,
                            seg: Segment, country: str | None) -> None:
    """"The Nigerian army said 12 Boko Haram fighters were killed in Borno": a state force
    that tells of an armed group's dead, with no one else named as acting, is whom ACLED
    codes as the actor that struck them ("the army said 17 soldiers were killed" tells of
    its own dead, and "police said 3 civilians were killed" of victims, neither struck)."""
    if anchor is None or roles.actor1 is not None and roles.actor2 is not None:
        return
    start, _end = seg.sentences[max(0, bisect_left(seg.sentences, (anchor.start + 1, 0)) - 1)]
    teller = next((a for a in _within(actors, start, anchor.start)
                   if a.kind in _STATE_KINDS and (
                       _SAID_THAT.match(text, a.end)
                       # "According to the army, six militants were killed"
                       or _ACCORDING_TO_BEFORE.search(text, max(start, a.start - 30), a.start))),
                  None)
    if teller is None:
        # "Six TTP militants were killed in Kurram district, the army said" (or
        # "according to the army"): the force telling of it in a closing clause (of the
        # headline's sentence or a later one)
        teller = next((a for a in _within(actors, anchor.end, seg.end) if a.kind in _STATE_KINDS
                       and ((_CLOSING_TELLER.search(text, max(anchor.end, a.start - 40), a.start)
                             and _TELLER_AFTER.match(text, a.end))
                            or _ACCORDING_TO_BEFORE.search(text, max(anchor.end, a.start - 30),
                                                    a.start))), None)
    if teller is None:
        return
    parties = {c.party for c in casualties if c.count and c.party}
    if len(parties) != 1:
        return
    group = _resolve_party(parties.pop(), country)
    # ("6 militants were killed", of no group named, are unidentified fighters it struck)
    if group is None or (group.generic or group.kind not in NAMED_GROUP_KINDS) and (
            group.kind != "unidentified_armed_group") or any(
            a is not None and a.name != group.name for a in (roles.actor1, roles.actor2)):
        return
    roles.actor1, roles.assoc1, roles.actor2 = teller, [], group


#: What opens a closing clause of attribution: ", the army said", ", Pakistan's army said".
_CLOSING_TELLER = re.compile(r",\s+(?:[\w'-]+\s+){0,3}$")


def _releasing_force_struck_the_dead(text: str, roles: Roles, casualties: Sequence[Casualty],
                                     actors: Sequence[ActorMention], seg: Segment,
                                     country: str | None) -> None:
    """"The army released the following summary ... - 6 militants killed in an ambush near
    X": a fight in a state force's own release whose only dead, wounded or taken are of an
    armed group, told with no doer, is the force's deed against that group."""
    if roles.actor2 is not None or roles.actor1 is not None and (
            roles.actor1.kind not in _NON_STATE_SIDE):
        return
    parties = {c.party for c in casualties if c.count and c.party}
    if len(parties) != 1:
        return
    group = _resolve_party(parties.pop(), country)
    if group is None or group.kind not in _NON_STATE_SIDE or (
            roles.actor1 is not None and roles.actor1.name != group.name):
        return
    teller = next((a for a in _within(actors, 0, seg.start) if a.kind in _STATE_KINDS
                   and not a.generic and _RELEASED_AFTER.match(text, a.end)), None)
    if teller is not None:
        roles.actor1, roles.assoc1, roles.actor2 = teller, [], group


#: A force issuing its own account: "The army released the following summary", "the
#: ministry issued a statement".
_RELEASED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|on\s+\w+)\s+)?(?:released|issued|published)\s+(?:the|a|an|its|"
    r"their)\b")


_PERSON_NAME = re.compile(r"(?:[A-Z][\w'-]+|al-[A-Z][\w'-]*|bin|ibn)(?:\s+(?:[A-Z][\w'-]+|"
                          r"al-[A-Z][\w'-]*|bin|ibn)){1,4}")


#: A man told by the name he goes by: "alias 'Tigre'", "alias El Zorro".
_ALIAS = re.compile(r"(?:a\.?k\.?a\.?|alias)\s+['\"‘“]?[A-Z]")
#: Men told as members of the group's body or one of its parts: "members of the armed
#: structure", "two members of the substructure", "members of the cell".
_MEMBERS_OF_ITS_PARTS = re.compile(
    r"(?:members?|elements?|fighters?|militants?) of (?:the|this|that|its|their) "
    r"(?:armed |criminal |illegal |terrorist )?(?:sub)?(?:structures?|cells?|networks?|"
    r"factions?|formations?|wings?|groups?|organi[sz]ations?)")

#: Lower-case words a release puts before a name: "the terrorist Abu Hafs", "militant X".
_TITLE_BEFORE_NAME = re.compile(r"^(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")


#: A leader's men, as a party of their own: "accomplices", "associates", "aides".
_FOLLOWERS = re.compile(r"(?:his\s+|their\s+)?(?:accomplices?|associates?|aides?|companions?|"
                        r"bodyguards?|henchm[ae]n|lieutenants?|deputies|followers?)")


def _leaders_of_the_struck_group(casualties: list[Casualty], roles: Roles,
                                 country: str | None) -> list[Casualty]:
    """"killing Abu Yusuf al-Ansari, a senior leader of ... Hurras al-Din, along with two of
    his associates", told of a state's strike on a named group: the man named, his
    associates and a "senior Hurras al-Din leader" no actor list knows are of that group."""
    struck, striker = roles.actor2, roles.actor1
    # (or of a strike whose author goes unnamed: "A drone strike killed Sami Haddad, a senior
    # Hurras al-Din official")
    if struck is None or struck.generic or striker is not None and (
            striker.kind not in _STATE_KINDS and not striker.generic) \
            or struck.kind not in NAMED_GROUP_KINDS:
        return casualties
    ranks = casualty_lexicon().rank_heads
    out = []
    for c in casualties:
        party = c.party or ""
        words = party.split()
        if party and c.count and _resolve_party(party, country) is None and (
                _PERSON_NAME.fullmatch(_TITLE_BEFORE_NAME.sub("", party))
                # "alias 'Tigre', ringleader of a substructure of ...": a man told by the
                # name he goes by; "members of the armed structure": the group's men
                or _ALIAS.match(party) is not None
                or _MEMBERS_OF_ITS_PARTS.fullmatch(party.lower()) is not None
                or words[-1].lower() in ranks
                # "the ringleader of the terrorist group", "his accomplices"
                or len(words) > 2 and words[0].lower() in ranks and words[1] == "of"
                or _FOLLOWERS.fullmatch(party.lower()) is not None):
            c = replace(c, party=struck.name)
        out.append(c)
    return out


#: Words for people by their having been taken alone: "two of the detainees are minors".
_THE_TAKEN = frozenset({"detainees", "detainee", "arrestees", "arrestee", "the detained",
                        "those detained", "the arrested", "those arrested"})


def _the_detained_side(casualties: list[Casualty], roles: Roles,
                       country: str | None) -> list[Casualty]:
    """People counted only as "detainees" are of the side the event took, when one is named
    apart from the takers, else the country's civilians: the word says what befell them,
    not who they are."""
    if not any(c.party and c.party.lower() in _THE_TAKEN for c in casualties):
        return casualties
    side = roles.actor2
    if side is None or side is roles.actor1 or side.kind in _STATE_KINDS:
        side = _resolve_party("civilians", country)
    if side is None:
        return casualties
    return [replace(c, party=side.name) if c.party and c.party.lower() in _THE_TAKEN else c
            for c in casualties]


# "The Afghan government released 400 Taliban prisoners", "authorities in Khartoum freed",
# "the interior ministry banned a march": a state's officials as the subject of what they
# did, not its forces
_GOVERNMENT_SUBJECT = re.compile(
    r"(?<![\w-])(?:government|authorities|administration|cabinet|presidency|ministry|"
    r"ministries|governor|governorship|mayor)"
    r"(?!\s+(?:forces|troops|soldiers|army|police|militias?|positions|officials? said))"
    r"(?:\s+(?:of\s+)?[\w,'’-]+){0,4}\s*$", re.IGNORECASE)


# Between a ruling group's name and its officials: "Houthi authorities", "the Houthi-run
# health ministry", "Taliban-appointed governor"
_RUN_BY = re.compile(RUN_BY_GAP.pattern + r"(?:[a-z]+\s+)?")

#: "Houthi authorities", "the Taliban-run authorities", "Houthi security authorities"
_AUTHORITIES_AFTER = re.compile(_RUN_BY.pattern + r"authorities\b")


def _arrest_by_a_ruling_groups_authorities(text: str, roles: Roles, when: date | None) -> None:
    """An arrest by the authorities of a group that holds its country's power ("Houthi
    authorities arrested 12 aid workers") is made by that group's police, as ACLED codes
    arrests by a state's authorities, not by its fighters."""
    told = roles.actor1
    if told is None:
        return
    after = _AUTHORITIES_AFTER.match(text, told.end)
    if after is None:
        return
    police = governing_name(told.name, "police", when=when)
    if police is None:
        return
    roles.actor1 = ActorMention(told.start, after.end(), text[told.start:after.end()],
                                DATED.sub("", police), "police", told.country,
                                police, 1, generic=False)


_OFFICIALS_ACTS = frozenset({("strategic_developments", "other"),
                             ("strategic_developments", "agreement"),
                             ("strategic_developments", "change_to_group_activity")})


def _officials_acting_alone(text: str, roles: Roles, seg: Segment,
                            country: str, when: date | None) -> None:
    """A state's officials who act with no force ("the Afghan government released 400
    Taliban prisoners", "the authorities signed a truce with the rebels") are ACLED's
    "Government of COUNTRY"; the group named as whom it was done to is the other side."""
    if roles.actor1 is not None and roles.actor1.kind in _STATE_KINDS | {"police"} and \
            governing_name(roles.actor1.name, "government", when=when) is None:
        return
    m: re.Match[str] | None = None
    for trigger in seg.triggers:
        # the headline's "Ethiopia frees detainees" names no officials; its body may
        if (trigger.event_type, trigger.sub_event_type) not in _OFFICIALS_ACTS:
            continue  # ("imposed a curfew, forcing residents to stay home": an act of theirs)
        k = sentence_of(trigger.start, seg.sentences)
        start = seg.sentences[k][0] if 0 <= k < len(seg.sentences) else seg.start
        m = _GOVERNMENT_SUBJECT.search(text, max(start, trigger.start - 80), trigger.start)
        if m is not None:
            break
    if m is None:
        return
    head_end = m.start() + len(m.group().split(None, 1)[0])
    told = roles.actor1
    ruling = governing_name(told.name, "government", when=when) if (
        told is not None and told.end <= m.start()
        and _RUN_BY.fullmatch(text, told.end, m.start()) is not None) else None
    if told is not None and ruling is not None:
        # "Houthi authorities imposed a curfew", "the Taliban-run ministry banned ...": the
        # officials of the group that holds the power there, not the recognised state's
        roles.actor1 = ActorMention(told.start, head_end, text[told.start:head_end], ruling,
                                    "state_forces", told.country, ruling, 1, generic=False)
        roles.assoc1 = []
        return
    government = ActorMention(m.start(), head_end, text[m.start():head_end],
                              government_name(country, when=when), "state_forces", country,
                              government_name(country, when=when), 1, generic=False)
    roles.actor1, roles.assoc1 = government, []
    if told is not None and (roles.actor2 is None or roles.actor2.generic):
        roles.actor2 = told


_SEIZURE = ("strategic_developments", "disrupted_weapons_use")
#: What a man is said to have done before, told of the man an event struck: "responsible for
#: directing", "wanted for", "known for".
_DEEDS_OF_THE_MAN = re.compile(
    r"\b(?:responsible\s+for|wanted\s+for|known\s+for|accused\s+of|convicted\s+of|"
    r"involved\s+in)\s+(?:(?:the|several|numerous|many|multiple|[a-z]+ing)\s+){0,2}$")
#: Arms taken or found, not used: "seized a large amount of weapons, explosive belts", "a
#: cache containing (14) explosive devices".
_SEIZED_BEFORE = re.compile(
    r"\b(?:seiz\w*|recover\w*|confiscat\w*|captured|found|finding|discover\w*|defus\w*|"
    r"uncover\w*|unearth\w*|possession\s+of|"
    r"dismantl\w*|caches?|containing|stockpiles?|depots?)\b[^.;]{0,80}$")


#: Words for armed people that name no side ("killing one fighter").
_SIDELESS_FIGHTERS = frozenset({"fighter", "fighters", "member", "members", "combatant",
                                "combatants", "militiaman", "militiamen"})


#: Fighting told as between two sides: "fighting between X and Y", "X clashed with Y".
_TWO_WAY = re.compile(
    r"\b(?:fighting|clash(?:es)?|battles?|combat|skirmish(?:es)?|gun ?fights?|firefights?|"
    r"exchanges? of fire|hostilities)\s+(?:\w+\s+){0,2}?between\b|"
    r"\b(?:clashed|fought|exchanged fire)\s+with\b|\bon both sides\b")
#: Words one of which every match of _TWO_WAY holds (see _may_hold).
_TWO_WAY_WORDS = ("between", "clashed", "fought", "exchanged fire", "on both sides")


#: A group told again by a definite class word as the subject: "the group", "the militants".
_THE_GROUP = re.compile(
    r"(?:^|(?<=[,.;]\s)|(?<=\n))[Tt]he\s+(?:group|organi[sz]ation|movement|militants|insurgents|"
    r"jihadists|extremists|militia|rebels)\b(?!\s+(?:of|from|in)\b)", re.MULTILINE)
_NAMED_GROUP_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})


#: What may stand before a group that opens its sentence as its subject: a dateline's date,
#: "suspected", "members of", "the".
_GROUP_OPENING = re.compile(r"\s*(?:[\d/.-]+:\s*)?(?:suspected\s+)?(?:(?:members|militants|"
                            r"fighters|cadres)\s+(?:of|from)\s+)?(?:the\s+)?", re.IGNORECASE)


#: Words that make a sentence a group's claim or speech, not its deed.
_TOLD_NOT_DONE = re.compile(r"\b(?:claim\w*|responsib\w*|said|says|stated|statements?|denied|"
                            r"denies|blamed|warned|threatened)\b", re.IGNORECASE)


def _doer_of_the_sentence_before(text: str, actors: Sequence[ActorMention],
                                 sentences: Sequence[tuple[int, int]],
                                 at: int) -> ActorMention | None:
    """The named armed group that opens, as its subject, the sentence before the one at
    ``at`` ("Members of the Ogaden Front seized a trader."), or None."""
    k = sentence_of(at, sentences)
    if k == 0 or any(sentences[k][0] <= a.start < sentences[k][1]
                     and a.kind not in _CIVILIAN_KINDS for a in actors):
        return None  # the first sentence, or one that names a side of its own
    lo, hi = sentences[k - 1]
    opening = next((a for a in actors if lo <= a.start < hi), None)
    if opening is None or opening.generic or opening.kind not in _NAMED_GROUP_KINDS \
            or opening.modifier not in (None, "suspected"):
        return None
    if _TOLD_NOT_DONE.search(text, opening.end, hi):
        return None  # "Daesh claimed the attack ... On Monday, a bomb wounded four": a word
    prefix = text[lo:opening.start]
    return opening if _GROUP_OPENING.fullmatch(prefix) else None


def _group_named_before(actors: Sequence[ActorMention], told: int) -> ActorMention | None:
    """The armed group named before ``told``: the one the text names there, or the one it
    names most often ("Al-Shabaab, which is linked to al-Qaida"), None on a tie."""
    named = [a for a in actors if a.end <= told and not a.generic
             and a.kind in _NAMED_GROUP_KINDS and a.modifier in (None, "suspected")]
    if not named:
        return None
    counts = Counter(a.name for a in named).most_common(2)
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    return next(a for a in reversed(named) if a.name == counts[0][0])


def _fighters_of_the_struck(casualties: list[Casualty], roles: Roles,
                            two_way: bool = False) -> list[Casualty]:
    """"militants attacked a checkpoint of the PMF ..., killing one fighter": armed people
    of no side, killed where one side attacked another, are of the side attacked; so are
    those of a side struck by a bomb no one is named for ("a bomb struck a vehicle of the
    PMF, killing and wounding several members"). In fighting between two sides
    (``two_way``: "clashes between M23 and the army killed seven fighters") they are of
    neither side told."""
    struck = roles.actor2
    if struck is None or struck.kind == "civilians" or two_way and roles.actor1 is not None:
        return casualties
    out: list[Casualty] = []
    for c in casualties:
        if not c.party or c.party.lower() not in _SIDELESS_FIGHTERS:
            out.append(c)
            continue
        told = next((o for o in casualties if o.kind == c.kind and o.party == struck.name
                     and o.count is not None and o.count == c.count), None)
        if told is not None:
            # "Three fighters of the PMF were killed ... killing three fighters": the same
            # dead told again, once by their side and once by no side
            told.evidence.extend(c.evidence)
            continue
        out.append(replace(c, party=struck.name))
    return out


def _soldiers_of_the_foreign_force(casualties: list[Casualty], roles: Roles,
                                   actors: Sequence[ActorMention],
                                   country: str | None, fight: bool = False) -> list[Casualty]:
    """"47 U.S. service members were injured in the drone attack on Tower 22 ... in Jordan.
    Three soldiers were killed": soldiers of no stated country, where one side is a foreign
    state's forces and the host's own forces are never named, are the foreign force's. So
    are those of a ``fight`` the foreign force waged there against an armed group ("Israeli
    troops fought Hezbollah in southern Lebanon ... a serviceman was killed")."""
    if country is None:
        return casualties
    sides = [a for a in (roles.actor1, roles.actor2) if a is not None]
    foreign = [a for a in sides if a.kind in _STATE_KINDS and a.country and a.country != country]
    host = [a for a in actors if a.kind in _STATE_KINDS and a.country == country
            and not a.generic] + [a for a in sides if a.kind in _STATE_KINDS
                                  and a.country == country]
    if len(foreign) != 1 or host or foreign[0] is roles.actor1 and roles.actor2 is not None \
            and not (fight and roles.actor2.kind in _NON_STATE_SIDE | _NAMED_GROUP_KINDS):
        # (soldiers hurt by a foreign force's strike on another side are the host's: "an
        # Israeli strike ... two soldiers were wounded", in Syria)
        return casualties
    local = {a.name for a in actors if a.kind in _STATE_KINDS and a.country == country}
    default = _resolve_party("soldiers", country)
    if default is not None:
        local.add(default.name)
    return [replace(c, party=foreign[0].name) if c.party in local else c
            for c in casualties]


def _suspects_of_the_struck(casualties: list[Casualty], roles: Roles, country: str | None,
                            on_civilians: bool) -> list[Casualty]:
    """"police killed a drug suspect during a raid", "police exchanged fire with traffickers,
    killing 12 suspects": the suspects a state's force killed or hurt, of no side named, are
    of the side it struck (the civilians of an attack ``on_civilians``, the gang of a clash),
    not a party of their own."""
    doer = roles.actor1
    struck = roles.actor2 if roles.actor2 is not None or not on_civilians else \
        _resolve_party("civilians", country)
    if doer is None or struck is None or doer.kind not in _STATE_KINDS \
            or struck.name == doer.name:
        return casualties
    return [replace(c, party=struck.name) if c.kind in ("killed", "wounded") and c.party
            and c.party.lower().split()[-1] in _SUSPECT_HEADS else c for c in casualties]


def _soldiers_of_the_struck_force(casualties: list[Casualty], roles: Roles,
                                  country: str | None) -> list[Casualty]:
    """"militants attacked a Frontier Corps post, killing 10 soldiers": soldiers of no force
    named, where an armed group struck one of the state's own forces other than its army
    and the army is no side, are that force's men, not the army at large."""
    doer, struck = roles.actor1, roles.actor2
    if doer is None or struck is None or doer.kind in _STATE_KINDS \
            or struck.kind not in _STATE_KINDS or struck.generic or struck.kind == "police" \
            or country is None or struck.country != country:
        return casualties
    army = _resolve_party("soldiers", country)
    if army is None or army.name in (doer.name, struck.name) or any(
            c.party == struck.name for c in casualties):
        return casualties
    return [replace(c, party=struck.name) if c.party == army.name
            and c.kind in ("killed", "wounded", "detained", "abducted") else c
            for c in casualties]


_STATE_KINDS = frozenset({"state_forces", "police", "external_force", "military"})


#: An assault a side fended off, and the dead its fending off made: "repelled a Russian
#: assault near X, killing 14 soldiers", "beat back two attacks ..., eliminating 30 troops".
_FENDED_OFF_KILLING = re.compile(
    r"\b(?:repelled|repulsed|fended\s+off|fought\s+off|beat(?:en)?\s+back|pushed\s+back)\s+"
    r"(?:(?:an?|the|two|three|four|five|several|\d+)\s+)?(?:(?P<side>[A-Z][\w-]+)\s+)?"
    r"(?:assaults?|attacks?|offensives?|advances?|attempts?)\b[^.;]{0,120}?,\s+"
    r"(?:killing|eliminating|destroying|wounding|injuring)\b[^.;]*")
#: An assault a side fended off, the assaulting side named by its adjective: "repelled a
#: Russian assault near X", "fought off two Taliban attacks".
_FENDED_OFF_SIDE = re.compile(
    r"\b(?:repell?(?:ed|s)?|repuls(?:ed|es)?|fend(?:ed|s)?\s+off|fought\s+off|"
    r"beat(?:en)?\s+back|pushed\s+back)\s+(?:(?:an?|the|two|three|four|five|several|\d+)\s+)?"
    r"(?P<side>[A-Z][\w-]+)\s+(?:assaults?|attacks?|offensives?|advances?|incursions?)\b")
#: Any assault fended off, in the lowered text: a fight between armed sides, no brawl.
#: An attack on a garrison: "attacked the headquarters of the army's 22nd Infantry
#: Division", "launched an attack on a military base", "attacks on the army barracks".
_ATTACK_ON_A_GARRISON = re.compile(
    r"\battack(?:s|ed|ing)?\s+(?:on\s+|against\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:(?:army|military)(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}?(?:bases?|barracks|garrisons?|"
    r"camps?|headquarters|divisions?|brigades?|battalions?|posts?|outposts?)"
    r"|(?:infantry|armou?red|mechani[sz]ed|artillery)\s+(?:division|brigade|battalion|regiment)"
    r"|(?:military|army)\s+(?:bases?|barracks|garrisons?|camps?|posts?|outposts?))\b",
    re.IGNORECASE)
_FENDED_OFF_ASSAULT = re.compile(
    r"\b(?:repell?(?:ed|ing|s)?|repuls(?:ed|es|ing)?|fend(?:ed|s|ing)?\s+off|fought\s+off|"
    r"beat(?:en|ing)?\s+back|pushed\s+back)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:assaults?|attacks?|offensives?|advances?|incursions?)\b")


#: The word of a fight that tells only that a side fended an assault off.
_FENDED_OFF_WORD = re.compile(r"(?:repel|repuls|foil|thwart|fend|fought\s+off|fight\s+off|"
                              r"beat\s+back|beaten\s+back)", re.IGNORECASE)


def _armed_foes(a: ActorMention, b: ActorMention) -> bool:
    """Two armed sides of a fight: a state's forces and rebels, or two forces of different
    names ("the army repelled an RSF attack")."""
    armed = _STATE_SIDE | _NON_STATE_SIDE
    return _opposed(a, b) or (a.kind in armed and b.kind in armed and a.name != b.name
                              and not _sides_of_one(a, b))


def _assault_of_the_side_fended_off(roles: Roles, anchor: Trigger,
                                    counted: Sequence[tuple[int, int]]) -> None:
    """"The army says it repelled an attack on its camp, the group claims heavy losses",
    "troops repulsed the rebels": the fight is told by the word of the side that fended it
    off, its subject; the other side named made the assault, so it is actor1. The fending
    side still acted: "three soldiers of the patrol were hurt" are its men. (Not where the
    other side is named only in a count: "repelled an attack and killed four gunmen" tells
    the troops' deed, whose ``counted`` people the gunmen are.)"""
    a1, a2 = roles.actor1, roles.actor2
    if a1 is None or a2 is None or _FENDED_OFF_WORD.match(anchor.text) is None \
            or not a1.end <= anchor.start <= a2.start or not _armed_foes(a1, a2) \
            or _inside_one(a2, counted):
        return
    roles.fender = a1
    roles.actor1, roles.actor2 = a2, a1
    roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1
    roles.actor1_after_trigger = True


def _attacker_told_in_the_lead(text: str, roles: Roles, actors: Sequence[ActorMention],
                               seg: Segment, victims: Sequence[tuple[int, int]],
                               counted: Sequence[tuple[int, int]]) -> None:
    """The two sides a headline joins by "and" put in the order of the lead's first word of
    an assault (no word of fighting each other): the side it tells attacked is actor1."""
    a1, a2 = roles.actor1, roles.actor2
    assert a1 is not None and a2 is not None
    lead_start, lead_end = seg.sentences[1]
    for t in seg.triggers:
        if t.start < lead_start or t.start >= lead_end or t.event_type not in (
                "battles", "violence_against_civilians") or _MUTUAL.match(t.text):
            continue
        told = assign_roles(text, _sentence_actors(text, actors, seg, t), t, "battles",
                            victims=victims, counted=counted)
        _assault_of_the_side_fended_off(told, t, ())
        if told.actor1 is not None and told.actor1.name == a2.name and (
                told.actor2 is None or told.actor2.name == a1.name):
            roles.actor1, roles.actor2 = told.actor1, a1
            roles.assoc1, roles.assoc2 = told.assoc1, roles.assoc1
        return


def _side_by_its_adjective(text: str, pattern: re.Pattern[str], seg: Segment,
                           other: ActorMention) -> ActorMention | None:
    """The armed side a match of ``pattern`` names by its adjective (group ``side``: "a
    Russian assault", "under Taliban attack"), where it is not ``other``'s."""
    for m in pattern.finditer(text, seg.start, seg.end):
        side = _resolve_party(f"{m.group('side')} soldiers", None)
        if side is not None and side.kind in _STATE_KINDS | _NON_STATE_SIDE and \
                side.name != other.name:
            return replace(side, start=m.start("side"), end=m.end("side"), text=m.group("side"))
    return None


def _side_of_the_fended_off_assault(text: str, roles: Roles, seg: Segment) -> None:
    """"Ukrainian forces repelled a Russian assault near X": the side whose assault was
    fended off is the other side of the fight, where the report names no other."""
    if roles.actor1 is None or roles.actor2 is not None or roles.actor1.kind not in \
            _STATE_KINDS | _NON_STATE_SIDE or not _may_hold(
                text[seg.start:seg.end], ("repel", "repuls", "off", "back")):
        return
    roles.actor2 = _side_by_its_adjective(text, _FENDED_OFF_SIDE, seg, roles.actor1)


#: Fire or an attack told by the adjective of the side it came from: "positions near X came
#: under Russian fire", "a convoy came under heavy Taliban attack".
_UNDER_THE_SIDES_FIRE = re.compile(
    r"\bunder\s+(?:(?:heavy|intense|sustained|renewed)\s+)?(?P<side>[A-Z][\w-]+)\s+"
    r"(?:(?:artillery|mortar|rocket|tank|drone)\s+)?(?:fire|gunfire|attacks?|assaults?|"
    r"shelling|bombardment)\b")


#: Armed groups outside the state: ground they take is overtaken, however it is told.
_INSURGENT_KINDS = frozenset({"rebel_group", "unidentified_armed_group", "identity_militia"})
_REGAINED = ("battles", "government_regains_territory")


def _territory_by_who_took_it(choice: TypeChoice, roles: Roles) -> None:
    """Who took the ground decides ACLED's sub-type, not the verb: a town "recaptured" or
    "retaken" by Al Shabaab from the army is a non-state actor's takeover, and a stronghold
    of a militia the army "took control of" is territory the government regained. Ground
    one state's forces take from another's, and takings by militias that may fight beside
    a government, keep the verb's reading."""
    key = (choice.event_type, choice.sub_event_type)
    taker, loser = roles.actor1, roles.actor2
    if taker is None or key not in {_TAKING, _REGAINED}:
        return
    if key == _REGAINED and taker.kind in _INSURGENT_KINDS and (
            loser is None or loser.kind in _STATE_KINDS):
        choice.sub_event_type = _TAKING[1]
    elif key == _TAKING and taker.kind in _STATE_KINDS and loser is not None and \
            loser.kind in _INSURGENT_KINDS | {"political_militia"}:
        choice.sub_event_type = _REGAINED[1]


def _side_whose_fire_came(text: str, roles: Roles, seg: Segment) -> None:
    """"Army positions near X came under Russian fire": the side the fire came from, told
    by its adjective, made the attack, where the report names no one else who did."""
    if roles.actor1 is not None or roles.actor2 is None or not _may_hold(
            text[seg.start:seg.end], ("under",)):
        return
    roles.actor1 = _side_by_its_adjective(text, _UNDER_THE_SIDES_FIRE, seg, roles.actor2)


#: Bare words for the men of an armed side, whose side the text must tell.
_BARE_FIGHTING_MEN = frozenset({"soldier", "soldiers", "serviceman", "servicemen", "troops",
                                "personnel", "fighters", "fighter", "militants"})


def _bare_fighting_men(told: str) -> bool:
    """Whether a count's words end in a bare word for fighting men, no name of a side among
    them ("killing 17 soldiers", not "17 Russian soldiers")."""
    words = told.split()
    return bool(words) and words[-1].lower() in _BARE_FIGHTING_MEN and not any(
        w[:1].isupper() for w in words[1:])


def _killed_by_the_fending_side(text: str, casualties: list[Casualty], roles: Roles,
                                actors: Sequence[ActorMention],
                                seg: Segment) -> list[Casualty]:
    """"Ukrainian units repelled a Russian assault near X, killing 14 soldiers": the men the
    fending side killed are of the side that assaulted it (the one its adjective names, else
    the other side told), not the fending side's own, whatever country the place is in."""
    if roles.actor1 is None or not _may_hold(text[seg.start:seg.end],
                                             ("repel", "repuls", "off", "back")):
        return casualties
    for m in _FENDED_OFF_KILLING.finditer(text, seg.start, seg.end):
        k = sentence_of(m.start(), seg.sentences)
        opening = seg.sentences[k][0] if 0 <= k < len(seg.sentences) else seg.start
        # the side that fended the assault off: its sentence's subject, else the acting side
        fender: ActorMention = roles.actor1
        for a in actors:
            # ("security forces repulsed the attack, killing 24 militants": a state's forces
            # told by their common name fended it off too)
            if opening <= a.start and a.end <= m.start() and (
                    not a.generic or a.kind in _STATE_KINDS) \
                    and a.kind in _STATE_KINDS | _NON_STATE_SIDE:
                fender = a
        side: ActorMention | None = None
        if m.group("side"):
            side = _resolve_party(f"{m.group('side')} soldiers", None)
        if side is None or side.kind not in _STATE_KINDS | _NON_STATE_SIDE:
            side = roles.actor2 if roles.actor1.name == fender.name else roles.actor1
        if side is None or side.name == fender.name:
            continue
        out = []
        for c in casualties:
            if c.party == fender.name and c.kind in ("killed", "wounded") and any(
                    m.start() <= ev.start < m.end() for ev in c.evidence) and all(
                    _bare_fighting_men(ev.text) for ev in c.evidence):
                c = replace(c, party=side.name)
                if roles.actor2 is None and roles.actor1.name == fender.name:
                    roles.actor2 = side
            out.append(c)
        casualties = out
    return casualties


def _local_force_country(location: Location, roles: Roles) -> None:
    """"French jets supported Malian soldiers who repelled an attack near Boulkessi", the
    town unknown: the country of a force told as backing another is not where the event
    is; the backed state force's is."""
    local = roles.actor1
    if (location.country is None or local is None or local.kind not in _STATE_KINDS
            or local.kind == "external_force" or not local.country
            or local.country == location.country):
        return
    if any(a.country == location.country for a in roles.assoc1):
        location.country = local.country

def _civilians_where_struck(roles: Roles, country: str | None) -> None:
    """"Russia's shelling of Kharkiv killed five civilians": civilians told by a bare class
    word are of the country the event happened in, not of the country the report names
    most; civilians told with their own country ("Afghan migrants") keep it."""
    if country is None:
        return
    for role in ("actor1", "actor2"):
        mention: ActorMention | None = getattr(roles, role)
        if mention is None or not mention.generic or mention.kind not in _CIVILIAN_KINDS \
                or mention.country in (None, country):
            continue
        here = resolve_actor(mention.text, country=country)
        if here is not None and here.country == country and here.kind == mention.kind:
            setattr(roles, role, replace(here, start=mention.start, end=mention.end,
                                         text=mention.text))


#: A communal, clan or tribal militia whose community the report does not name.
_UNNAMED_COMMUNITY = ("Unidentified Communal Militia", "Unidentified Clan Militia",
                      "Unidentified Tribal Militia")
# A community's or a place's name: one to three capitalised words ("Odejo", "Bani Hashem").
_COMMUNITY_NAME = r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
# "communal militias from Akpanya", "militias from the Abgaal and Murusade clans"
_COMMUNITY_AFTER = re.compile(
    rf"\s+from\s+(?:the\s+)?({_COMMUNITY_NAME})(?:\s+and\s+(?:the\s+)?({_COMMUNITY_NAME}))?"
    r"(?:\s+(clans?|sub-?clans?|tribes?|communit(?:y|ies)|villages?|towns?))?\b")
# "Bani Hashem and Al Saadi tribesmen", "Tiv and Jukun ethnic militias"
_COMMUNITY_BEFORE = re.compile(
    rf"\b({_COMMUNITY_NAME})(?:\s+and\s+({_COMMUNITY_NAME}))?\s+(ethnic\s+|tribal\s+|"
    r"communal\s+|clan\s+)?$")
# A place's preposition, before which a capitalised word is a place, not a community
_PREPOSITION_OF_PLACE = re.compile(r"\b(?:in|at|near|around|outside)\s+$", re.IGNORECASE)
# The kind of a community's militia, written before the militia's word
_COMMUNITY_HEADS = {"ethnic": "Ethnic", "tribal": "Tribal", "clan": "Clan", "communal": "Communal"}
# Capitalised words that open a phrase and name no community
_NO_COMMUNITY = frozenset({"the", "a", "an", "armed", "local", "suspected", "alleged", "rival",
                           "some", "several", "unknown", "unidentified", "two", "other", "both",
                           "heavily", "communal", "ethnic", "tribal", "clan", "in", "on", "at",
                           "clashes", "fighting", "between", "around", "reportedly", "meanwhile"})


def _community_mention(mention: ActorMention, community: str, head: str,
                       country: str | None) -> ActorMention:
    """The militia of a named community, as ACLED names it: "Odejo Communal Militia
    (Nigeria)", "Bani Hashem Tribal Militia (Yemen)", "Abgaal Clan Militia (Somalia)"."""
    name = f"{community} {head} Militia"
    place = country_acled_name(country) if country else None
    return replace(mention, name=name, acled_name=f"{name} ({place})" if place else name,
                   generic=False)


def _community_named_at(text: str, mention: ActorMention, doc: Doc) -> tuple[list[str], str]:
    """The communities a communal militia is told of ("militias from X and Y", "X and Y
    tribesmen"), and the head ACLED names their militia with."""
    told = mention.text.lower()
    head = "Tribal" if "tribe" in told or "tribal" in told else \
        "Clan" if "clan" in told else "Communal"
    names: list[str] = []
    after = _COMMUNITY_AFTER.match(text, mention.end)
    if after is not None:
        names = [n for n in after.group(1, 2) if n]
        spans = [after.span(g) for g in (1, 2) if after.group(g)]
        kind = (after.group(3) or "").lower()
        head = "Clan" if kind.startswith(("clan", "sub")) else \
            "Tribal" if kind.startswith("tribe") else head
        start, end = after.start(1), after.end()
    else:
        before = _COMMUNITY_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if before is None or _PREPOSITION_OF_PLACE.search(text, max(0, before.start() - 8),
                                                          before.start()):
            return [], head  # "in Marib Al Saadi tribesmen": a place first, then the name
        names = [n for n in before.group(1, 2) if n]
        spans = [before.span(g) for g in (1, 2) if before.group(g)]
        adjective = (before.group(3) or "").strip().lower()
        head = _COMMUNITY_HEADS.get(adjective, head)
        start, end = before.start(), before.end()
    # "Tiv and Ichen Ethnic Militias": the kind written with a capital is no part of the name
    last = names[-1].rsplit(None, 1) if names else []
    if len(last) == 2 and last[1].lower() in _COMMUNITY_HEADS:
        names[-1], head = last[0], _COMMUNITY_HEADS[last[1].lower()]
    words = date_words()
    if any(n.split()[0].lower() in _NO_COMMUNITY or n.split()[0].lower() in words.months
           or n.split()[0].lower() in words.weekdays for n in names) or any(
            a is not mention and a.start < end and start < a.end for a in doc.actors) or any(
            p.start < ne and ns < p.end and p.place is not None
            and (p.place.feature == "country" or (p.start, p.end) != (ns, ne))
            for p in doc.places for ns, ne in spans):
        # a named group or a country, a place only part of the name ("In Marib Al Saadi
        # tribesmen"), or no name at all
        return [], head
    return names, head


#: The farmers of a people told beside the herders they fought: "Fulani herders and Tiv
#: farmers clashed", "herders fought Masalit farmers", "Tiv farmers clashed with Fulani
#: herders".
_FIGHTING_JOIN = r"(?:and|fought|(?:clashed|fought)\s+(?:with|against))"
_FARMERS = r"(?:farmers|farming\s+communit(?:y|ies)|agriculturalists)"
_PEOPLES_FARMERS_AFTER = re.compile(
    rf"\s+{_FIGHTING_JOIN}\s+(?:the\s+)?(?-i:([A-Z][\w'\u2019-]+))\s+{_FARMERS}\b",
    re.IGNORECASE)
_PEOPLES_FARMERS_BEFORE = re.compile(
    rf"\b(?-i:([A-Z][\w'\u2019-]+))\s+{_FARMERS}\s+{_FIGHTING_JOIN}\s+(?:the\s+)?$",
    re.IGNORECASE)
#: The kinds a side of a fight is read as where the farmers who fought are told by their
#: people: no side, the civilians, or a crowd.
_FARMERS_READ_AS = frozenset({"civilians", "rioters", "protesters"})


def _farmers_of_a_people(roles: Roles, text: str, country: str | None) -> None:
    """"Arab herders and Masalit farmers clashed": the farmers of a named people who fought
    a people's militia are the other communal side (ACLED's militia of that people), not
    civilians struck, a crowd, nor no side at all."""
    first_militia = roles.actor1 is not None and roles.actor1.kind == "identity_militia" \
        and not roles.actor1.generic
    herders, other = (roles.actor1, roles.actor2) if first_militia else (
        roles.actor2, roles.actor1)
    if herders is None or herders.kind != "identity_militia" or herders.generic or (
            other is not None and (other.kind not in _FARMERS_READ_AS or not other.generic)):
        return
    told = _PEOPLES_FARMERS_AFTER.match(text, herders.end) or _PEOPLES_FARMERS_BEFORE.search(
        text, max(0, herders.start - 80), herders.start)
    if told is None:
        return
    militia = resolve_actor(f"{told.group(1)} militia", country=country)
    if militia is None or militia.generic or militia.kind != "identity_militia" \
            or militia.start != 0 or militia.name == herders.name:
        return
    farmers = replace(militia, start=told.start(1), end=told.end(), text=told.group())
    if first_militia:
        roles.actor2 = farmers
    else:
        roles.actor1 = farmers


def _communities_named(roles: Roles, text: str, doc: Doc, country: str | None, *,
                       mutual: bool) -> None:
    """"Communal militias from Akpanya attacked Egume", "clashes between Bani Hashem and Al
    Saadi tribesmen": the militia is named after its community; two communities are the two
    sides of a fight told by a verb of fighting each other, else one side."""
    first = roles.actor1
    if first is None:
        return
    names, head = _community_named_at(text, first, doc)
    if not names:
        return
    roles.actor1 = _community_mention(first, names[0], head, country)
    if len(names) < 2:
        return
    if not mutual:
        roles.assoc1.insert(0, _community_mention(first, names[1], head, country))
    elif roles.actor2 is None or roles.actor2.name.startswith(_UNNAMED_COMMUNITY):
        roles.actor2 = _community_mention(roles.actor2 or first, names[1], head, country)


_PRIVATE_SECURITY = "Private Security Forces"


def _former_member_struck(roles: Roles, choice: TypeChoice, country: str | None) -> None:
    """"Gunmen shot dead a former police officer": one who once served a state's forces is
    a civilian, and an attack on him no fight with the force. So is a private guard struck
    ("robbers shot dead a private security guard"): a firm's guards are an armed party
    where they strike ("private guards shot two miners"), civilians where they are hit."""
    struck = roles.actor2
    if struck is None or not struck.generic or not (
            struck.modifier == "former" and struck.kind in _STATE_KINDS
            or struck.name.startswith(_PRIVATE_SECURITY) and roles.actor1 is not None):
        return
    civilians = _resolve_party("civilians", country)
    if civilians is None:
        return
    roles.actor2 = replace(civilians, start=struck.start, end=struck.end, text=struck.text)
    if (choice.event_type, choice.sub_event_type) == ("battles", "armed_clash") and (
            roles.actor1 is None or roles.actor1.kind not in _STATE_KINDS):
        choice.event_type, choice.sub_event_type = _GENERIC_ATTACK


def _former_forces_struck(event: Event, roles: Roles, lowered: str, seg: Segment,
                          country: str | None) -> None:
    """ACLED's associated actor for former members of a state's forces among the civilians
    struck or the protesters: "a retired army colonel was abducted" is "Civilians (Kenya)"
    with "Former Military Forces of Kenya (2022-)", "retired soldiers protested" are
    "Protesters (Kenya)" with the same."""
    if country is None:
        return
    kinds = event.actor_kinds
    if event.actor2 is not None and kinds.get(event.actor2) in _CIVILIAN_KINDS:
        side = event.assoc_actor_2
    elif event.event_type in {"protests", "riots"} and \
            kinds.get(event.actor1 or "") in _SIDE_OF_THE_GROUP:
        side = event.assoc_actor_1
    else:
        return
    found = former_forces_in(lowered, seg.start, seg.end)
    if not found:
        return
    day = _day(event.date_start) if event.date_start else None
    for _start, _end, branch in found:
        name = f"Former {state_force_name(branch, country, when=day)}"
        if name not in side:
            side.append(name)
            kinds.setdefault(name, "identity_group")
    # the force word of those who served once names no force of the event
    once = {a.name for a in (roles.actor1, *roles.assoc1, *roles.assoc2)
            if a is not None and a.modifier == "former"}
    side[:] = [name for name in side if name not in once]

def _vigilantes(event: Event, lowered: str, seg: Segment, country: str | None) -> None:
    """"Villagers lynched a suspected thief": a mob taking justice into its own hands is
    ACLED's rioters with "Vigilante Group (COUNTRY)" beside them."""
    place = country_acled_name(country)
    if place is None or event.actor_kinds.get(event.actor1 or "") != "rioters":
        return
    group = vigilante_group(lowered, seg.start, seg.end)
    if group is None:
        return
    name = f"{group} ({place})"
    if name not in event.assoc_actor_1:
        event.assoc_actor_1.append(name)
        event.actor_kinds.setdefault(name, "identity_group")
    if event.actor2 is None and event.sub_event_type == "mob_violence":
        # "a mob lynched a suspected thief": the one the mob punished is a civilian, as
        # ACLED codes him
        _default_actor(event, "actor2", "civilians", country)


# "two mobs clashed with each other over a property dispute", "a clash between two groups
# over a land dispute": two sides of one community fighting over its own affairs
_TWO_LOCAL_SIDES = re.compile(
    r"\btwo\s+(?:rival\s+)?(?:groups|mobs|factions|families|sides|clans)\b")
_LOCAL_DISPUTE = re.compile(r"\b(?:land|property|boundary|family|water|plot)\s+disputes?\b")


def _communal_sides(event: Event, lowered: str, seg: Segment, country: str | None) -> None:
    """ACLED's communal groups of a riot between two local sides over a dispute of theirs:
    "two groups clashed over a land dispute in Pakdi" is "Rioters (India)" with "Pakdi
    Communal Group (India)" on each side, the community named by its place."""
    place = country_acled_name(country)
    where = event.location.name if event.location is not None else None
    if place is None or not where or event.actor_kinds.get(event.actor1 or "") != "rioters":
        return
    if "two" not in lowered[seg.start:seg.end] or "dispute" not in lowered[seg.start:seg.end]:
        return
    if _TWO_LOCAL_SIDES.search(lowered, seg.start, seg.end) is None or \
            _LOCAL_DISPUTE.search(lowered, seg.start, seg.end) is None:
        return
    if event.actor2 is not None and event.actor_kinds.get(event.actor2) not in (
            "rioters", "civilians"):
        return  # the police or a named side: not the community's own two sides
    group = f"{where} Communal Group ({place})"
    event.actor_kinds.setdefault(group, "identity_group")
    # those hurt ("injuring six people") are of the two sides, not bystanders
    event.actor2 = event.actor1
    for side in (event.assoc_actor_1, event.assoc_actor_2):
        if group not in side:
            side.append(group)


#: Two sides of a crowd told as fighting each other: "supporters of two rival parties
#: clashed", "rival groups of youths fought", "two families clashed".
_RIVAL_CROWDS = re.compile(
    r"\b(?:two\s+(?:rival\s+)?|rival\s+)(?:[\w-]+\s+){0,2}?(?:groups|mobs|factions|families|"
    r"sides|clans|parties|wings|camps|supporters|communities|villages|neighbou?rhoods|gangs)\b")
_EACH_OTHER_VERB = re.compile(r"\b(?:clash\w*|fought|fight\w*|brawl\w*|scuffl\w*)")


def _rioters_each_other(event: Event, lowered: str, seg: Segment) -> None:
    """Two sides of a crowd that fought each other ("supporters of two rival parties clashed
    with sticks, injuring 20 people") are rioters on both sides, as ACLED codes a brawl:
    those hurt are of the two sides, no civilians struck by them. A force or a named side
    told as the other side keeps its place."""
    first = event.actor1
    if event.sub_event_type != "mob_violence" or first is None or \
            event.actor_kinds.get(first) != "rioters":
        return
    # ("Awami League and BNP activists fought each other": the second party's crowd)
    second = event.actor2 if event.actor_kinds.get(event.actor2 or "") in _PARTY_KINDS \
        else None
    if event.actor2 is not None and second is None and \
            event.actor_kinds.get(event.actor2) != "civilians":
        return
    rivals = _RIVAL_CROWDS.search(lowered, seg.start, seg.end)
    if second is None and rivals is not None and _EACH_OTHER_VERB.search(
            lowered, rivals.end(), seg.end):
        event.actor2 = first
        return
    parties = [a for a in event.assoc_actor_1 if event.actor_kinds.get(a) in _PARTY_KINDS]
    if second is not None:
        parties.append(second)
    if len(parties) >= 2 and _EACH_OTHER_VERB.search(lowered, seg.start, seg.end):
        # "BNP and Awami League supporters clashed": the crowds of two parties, each
        # party with its own side
        event.actor2 = first
        if parties[-1] in event.assoc_actor_1:
            event.assoc_actor_1.remove(parties[-1])
        event.assoc_actor_2.append(parties[-1])


#: The kinds of a party whose people make a crowd (see :func:`_party_crowd`).
_PARTY_KINDS = frozenset({"political_party", "political_militia"})


# "two clan militias clashed", "rival tribal militias", "inter-clan fighting", "clashes
# between communal militias": unnamed militias of one kind told as fighting each other
_MILITIAS_EACH_OTHER = re.compile(
    r"\b(?:two|rival|opposing)\s+(?:[\w-]+\s+){0,2}?(?:militias|clans|tribes|communities|"
    r"gangs)\b"
    r"|\binter-?(?:clan|communal|tribal|ethnic)\b|\bbetween\s+(?:[\w-]+\s+){0,2}?militias\b")


#: The kinds of an unnamed side a fight may set against another of its kind.
_UNNAMED_OF_ONE_KIND = frozenset({"identity_militia", "gang"})


def _militias_each_other(event: Event, lowered: str, seg: Segment) -> None:
    """An unnamed militia's battle with no second side named, told as between militias of
    its kind ("two clan militias clashed", "inter-clan fighting", "inmates of rival gangs
    fought"), has that militia on both sides, as ACLED codes a clash of two unidentified
    communal, clan or tribal militias, or gangs."""
    first = event.actor1
    if event.event_type != "battles" or event.actor2 is not None or first is None or \
            not first.startswith("Unidentified ") or \
            event.actor_kinds.get(first) not in _UNNAMED_OF_ONE_KIND:
        return
    if _MILITIAS_EACH_OTHER.search(lowered, seg.start, seg.end) is not None:
        event.actor2 = first


_RESULTS_OF = re.compile(
    r"\b(?:results?|outcomes?|summary|tally)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:operations|raids|strikes|missions|week|month)\b"
    # "the operations also destroyed 57 hideouts and tunnels": what the period's operations,
    # told of before, did
    r"|\b(?:the|these|those)\s+operations\s+(?:also\s+|have\s+|had\s+)*"
    r"(?:destroyed|seized|dismantled|uncovered|found|recovered|confiscated|resulted)\b",
    re.IGNORECASE)
_UNNAMED_ARMED = "Unidentified Armed Group ("
_UNNAMED_REBELS = "Rebels ("
_UNNAMED_GANG = "Unidentified Gang ("


#: Marks a field ``_copy_casualty`` keeps.
_KEEP: Any = object()


def _copy_casualty(c: Casualty, *, party: Any = _KEEP, evidence: Any = _KEEP) -> Casualty:
    """``dataclasses.replace`` for a :class:`Casualty`, each field spelled out: compiled, a
    Casualty is a native class without slots, where ``replacer`` gives the generic replace,
    which runs interpreted and looks every field up by name."""
    return Casualty(c.kind, c.party if party is _KEEP else party, c.count, c.low, c.high,
                    c.qualifier, c.evidence if evidence is _KEEP else evidence, c.perpetrator,
                    c.coded, c.shared_by)


#: ``dataclasses.replace`` for a Casualty: each count a segment's mentions combine into is
#: copied with its party named. As Python, ``replacer`` sets the slots directly (a third of
#: the generic replace's cost); compiled, the written copy is native.
_replace_casualty: Callable[..., Casualty] = (
    replacer(Casualty) if "__slots__" in vars(Casualty) else _copy_casualty)


def _rank_head(party: str) -> str:
    """The word naming a rank in a party phrase: "wali" of "so-called wali of Kirkuk"."""
    words = party.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def casualties_of(mentions: Sequence[CasualtyMention], country: str | None,
                  doc: Doc, acting: str | None = None,
                  acting_state: bool = False, enemy: str | None = None,
                  enemy_state: bool = False) -> list[Casualty]:
    """Combine a segment's casualty mentions into counts per kind and party.

    ``acting`` is the name of the side that acted: "none of its members were hurt", told
    of a raid, are its people; ``acting_state`` says it is a state's forces, whose own
    releases call them "our forces". ``enemy`` is the side it fought, where one is named:
    "enemy losses", "killing three officers" are its people; ``enemy_state`` says it is a
    state's forces, whose officers the ones a non-state side struck are.
    """
    mentions = _losses_told_as_deaths(mentions, doc)
    people = _others_of_the_same_side(
        [_own_people(_named_group_after(_the_enemys(_owner_of_the_losses(
            _side_of_the_pronoun(m, doc), doc), doc, acting_state, enemy), doc),
                     doc, acting, acting_state)
         for m in mentions if not m.animal], doc)
    people = _the_men_counted_before(
        _named_before(_places_or_groups_paired(people, doc), country, doc), doc)
    combined = combine_casualties(people, doc_id=doc.doc_id, sentences=doc.sentences,
                                  text=doc.text)
    out: list[Casualty] = []
    held: list[Casualty] = []
    zeros: dict[tuple[str, str | None], Casualty] = {}
    # "killing three prison guards ... Five guards were wounded": people told again by the
    # head word of a phrase that names their side
    heads: dict[str, ActorMention] = {}
    for c in combined:
        if c.party and " " in c.party.strip() and (
                named := _resolve_party(c.party, country)) is not None:
            heads.setdefault(c.party.lower().split()[-1], named)
    for c in combined:
        actor = _resolve_party(c.party, country)
        if actor is None and c.party:
            actor = _resolve_party(party_by_head(c.party), country)
        if actor is None and c.party and c.party.lower() in heads \
                and c.party.lower() not in casualty_lexicon().rank_heads:
            # (a leader or commander told again is read by his rank, below)
            actor = heads[c.party.lower()]
        if actor is None and c.party:
            actor = _resolve_party(_civilians_of_a_people(c.party), country)
        if actor is None and c.party:
            actor = _resolve_party(_force_by_rank(c.party), country)
        if actor is None and c.party and _guards_of_a_prison(c, doc):
            actor = _resolve_party("prison guards", country)
        if actor is None and c.party and c.party.lower().split()[-1] in _PEACEKEEPERS:
            # "ten Chadian peacekeepers were killed", in Mali: the UN's peacekeepers in a
            # country are its mission's, whatever their nationality
            actor = _resolve_party("UN peacekeepers", country)
        if actor is not None and actor.kind == "civilians" and c.perpetrator:
            # "a young man wearing an explosive belt blew himself up": the bomber is of the
            # side that attacked, not a civilian for the plain person he is told as
            actor = None
            c = _replace_casualty(c, party=None)
        if actor is None and enemy is not None and c.kind == "killed" \
                and c.party is not None and c.party.lower() in _MEMBERS_OF_A_SIDE \
                and not _told_as_martyrs(c):
            # "struck PKK hideouts, killing four officers": men of the side struck, as no
            # other side is told
            c = _replace_casualty(c, party=enemy)
            out.append(c)
            continue
        if actor is None and enemy is not None and acting_state and not enemy_state \
                and c.kind in ("killed", "detained") and c.party \
                and " of " in c.party \
                and _rank_head(c.party) in casualty_lexicon().rank_heads \
                and _group_of_members(c.party) == c.party:
            # "killing the so-called wali of Kirkuk and (3) of his companions", in a state
            # force's raid on Daesh: a leader over a place, of no side named, is of the side
            # struck
            c = _replace_casualty(c, party=enemy)
        elif actor is None and acting is not None and acting_state and c.party \
                and c.party.split()[-1].lower() in ("officer", "officers"):
            # "police raided a hideout ... One officer sustained minor injuries": an officer
            # of no named force is of the state's forces that acted, police or army
            c = _replace_casualty(c, party=acting)
        elif actor is None and c.party and c.party.lower() in _BARE_MEMBERS \
                and acting_state != enemy_state and (acting if acting_state else enemy) \
                and any("martyr" in e.text.lower() for e in c.evidence):
            # "clashes ... led to the martyrdom of two members": a state's media call its
            # own dead martyrs; members of no side named are of the state's forces fighting
            c = _replace_casualty(c, party=acting if acting_state else enemy)
        elif actor is None and enemy is not None and enemy_state and not acting_state \
                and c.party and c.party.split()[-1].lower() in ("officer", "officers"):
            # "a man hurled a grenade at a police post, wounding two officers": officers of
            # the state's forces struck
            c = _replace_casualty(c, party=enemy)
        elif actor is None and c.kind == "detained" and acting is not None \
                and not acting_state and c.party and _held_for_the_attack(c, doc.text):
            # "Suspect arrested after gunman kills three", "police have arrested a
            # 34-year-old man in connection with the shooting": the man held for the attack
            # is of the side that made it
            c = _replace_casualty(c, party=acting)
            held.append(c)
        else:
            c = _replace_casualty(c, party=actor.name if actor else _plural_party(
                _group_of_members(c.party), c.count))
        if c.party is None and c.perpetrator and acting is not None and not acting_state:
            # "detonated his vest near the town, killing himself": the attacking side's
            # own dead (a state's forces send no bomber)
            c = _replace_casualty(c, party=acting)
        if c.qualifier == "zero":
            # "No U.S. personnel were injured ... no US forces were hurt": one zero a party
            told = zeros.get((c.kind, c.party))
            if told is not None:
                told.evidence.extend(c.evidence)
                continue
            zeros[(c.kind, c.party)] = c
        out.append(c)
    if len(held) > 1:
        out = _held_in_the_headline_told_again(out, held, doc.text)
    if len(out) > 1:
        out = _count_told_again_by_who(out, doc)
    return _one_count_a_party(out, doc.text)


#: The bare words for a guard, and a prison told before them: "Gunmen stormed a prison ...,
#: killing two guards".
_GUARD_HEADS = frozenset({"guard", "guards", "warder", "warders", "wardens"})
_PRISON_BEFORE = re.compile(r"\b(?:prisons?|jails?|penitentiar(?:y|ies)|correctional\s+"
                            r"(?:centre|center|facility|service))\b", re.IGNORECASE)
#: The words for the UN's soldiers of a mission, told by their nationality or alone.
_PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers"})
#: How far back a prison may be told for the guards to be its own: about two sentences.
_PRISON_REACH = 300


def _guards_of_a_prison(c: Casualty, doc: Doc) -> bool:
    """Whether people counted as bare guards are a prison's, told just before: "stormed a
    prison, killing two guards", "a third guard was wounded" are the prison service's men
    (a police force, as ACLED codes it), not a party of their own."""
    if c.party is None or c.party.lower() not in _GUARD_HEADS:
        return False
    return any(_PRISON_BEFORE.search(doc.text, max(0, e.start - _PRISON_REACH), e.start)
               is not None for e in c.evidence)


#: What joins the people of a list counted by who they are: "Two women and a man".
_PEOPLE_JOINED = re.compile(r"\s+and\s+")
#: Words that make a later count more people, not the same ones told again.
_MORE_PEOPLE = re.compile(r"\b(?:another|other|more|further|additional|also)\b",
                          re.IGNORECASE)


def _count_told_again_by_who(out: list[Casualty], doc: Doc) -> list[Casualty]:
    """"A gunman killed three traders ... Two women and a man died at the scene": a later
    list of people told by who they are, in one phrase, whose sum is a count of the same
    kind and side told before, is those people told again, not more."""
    text = doc.text
    drop: list[Casualty] = []
    for k, c in enumerate(out):
        if c.count is None or c.qualifier != "exact" or any(c is d for d in drop):
            continue
        phrase = next((e for e in c.evidence
                       if _PEOPLE_JOINED.search(text, e.start, e.end) is not None), None)
        if phrase is None:
            continue
        here = sentence_of(phrase.start, doc.sentences)
        if not 0 <= here < len(doc.sentences) or _MORE_PEOPLE.search(
                text, doc.sentences[here][0], phrase.end):
            continue
        # the parts of the list: this count and those told inside its phrase
        inside = [p for p in out if p.kind == c.kind and p.party == c.party and p.evidence
                  and phrase.start <= p.evidence[0].start and p.evidence[0].end <= phrase.end]
        parts = inside if any(p is c for p in inside) else [c]
        total = sum(p.count or 0 for p in parts)
        told = next((t for t in out[:k] if t.kind == c.kind and t.party == c.party
                     and t.count == total and t.qualifier == "exact"
                     and not any(t is p for p in parts)
                     and t.evidence and sentence_of(max(e.start for e in t.evidence),
                                                    doc.sentences) < here), None)
        if told is not None and (len(parts) > 1 or len(c.evidence) > 1):
            told.evidence.extend(e for p in parts for e in p.evidence)
            drop.extend(parts)
    return [c for c in out if not any(c is d for d in drop)]


#: The head words of a party that may be the man held for an attack: the suspect, or a
#: person told by who he is when held "in connection with" or "on suspicion of" it.
_SUSPECT_HEADS = frozenset({"suspect", "suspects"})
_PERSON_HEADS = frozenset({"man", "men", "woman", "women", "youth", "youths", "teenager",
                           "teenagers", "boy", "person", "persons"})
_HELD_FOR = re.compile(r"\s+(?:in\s+connection\s+with|on\s+suspicion\s+of|over|for)\s+"
                       r"(?:the|a|an|his|her|their|this|that|last)\b", re.IGNORECASE)


def _held_for_the_attack(c: Casualty, text: str) -> bool:
    """Whether people detained in an attack by an armed side are the attacker's men, held
    for it: "the suspect was arrested", "arrested a 34-year-old man in connection with the
    shooting" (not "gunmen detained five men", the attackers' captives)."""
    words = (c.party or "").lower().split()
    if not words:
        return False
    if words[-1] in _SUSPECT_HEADS:
        return True
    return words[-1] in _PERSON_HEADS and any(
        _HELD_FOR.match(text, e.end) is not None for e in c.evidence)


def _held_in_the_headline_told_again(out: list[Casualty], held: list[Casualty],
                                     text: str) -> list[Casualty]:
    """"Suspect arrested after gunman kills three" above "police have arrested a man in
    connection with the shooting": the man the headline counts is the one the story does,
    not one more."""
    headline = headline_end(text)
    if not headline:
        return out
    told = [c for c in held if any(e.start >= headline for e in c.evidence)]
    drop = [c for c in held if all(e.end <= headline for e in c.evidence) and any(
        t.count == c.count and t.party == c.party for t in told)]
    for c in drop:
        same = next(t for t in told if t.count == c.count and t.party == c.party)
        same.evidence.extend(c.evidence)
    return [c for c in out if not any(c is d for d in drop)]


#: Stems of the words a teller uses for its own side's dead alone: "the martyrdom of an
#: officer", "two officers were martyred", "embraced shahadat".
_OWN_DEAD_STEMS = ("martyr", "shahadat", "shaheed")


def _told_as_martyrs(c: Casualty) -> bool:
    """Whether a count of dead is told in the words a side keeps for its own dead: "the clash
    led to the martyrdom of an officer", in a release on troops who killed two terrorists,
    is the troops' officer, not the enemy's."""
    return any(stem in ev.text.lower() for ev in c.evidence for stem in _OWN_DEAD_STEMS)


#: Ranks written before a soldier's or a policeman's name, with the force's word for one of
#: its men: "Sepoy Arif Khan", "Lance Naik Sher Ali", "Constable Ravi Kumar".
_RANK_FORCES = (
    (re.compile(r"(?:Sepoy|(?:Lance\s+)?Naik|Havildar|Subedar(?:\s+Major)?|Sgt\.?|"
                r"Sergeant|Cpl\.?|(?:Lance\s+)?Corporal|Pte\.?|Pvt\.?|Private|"
                r"(?:Lt\.?\s+|Lieutenant\s+)?Col\.?|(?:Lieutenant\s+)?Colonel|Lt\.?|"
                r"(?:Second\s+|2nd\s+)?Lieutenant|Capt\.?|Captain|Maj\.?|Major|Brigadier|"
                r"Warrant\s+Officer)(?=\s)"), "soldier"),
    (re.compile(r"(?:(?:(?:Head|Police)\s+)?Constable|(?:Assistant\s+)?(?:Sub-)?Inspector|"
                r"Police\s+Sergeant)(?=\s)"), "policeman"),
)
#: A name after the rank: capitalised words, up to three.
_NAME_AFTER_RANK = re.compile(r"\s+(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,3}")


def _force_by_rank(party: str) -> str | None:
    """The force whose man a rank before a name tells: "Sepoy Arif Khan, ... embraced
    shahadat" is a soldier killed, "Constable Ravi Kumar was injured" a policeman hurt; so
    is a rank a translation writes in small letters before a full name ("the martyrdom of
    the corporal Karim Benali")."""
    small = party[:1].islower()
    told = party[:1].upper() + party[1:] if small else party
    for rank, man in _RANK_FORCES:
        found = rank.match(told)
        if found is not None and (_FULL_NAME_AFTER_RANK if small else _NAME_AFTER_RANK
                                  ).fullmatch(told, found.end()):
            return man
    return None


#: A full name after a rank written in small letters: two capitalised words or more.
_FULL_NAME_AFTER_RANK = re.compile(r"\s+(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){1,3}")


def _civilians_of_a_people(party: str) -> str | None:
    """The civilians of a country a party told by its people's word alone is: "three
    Sudanese", "two Yemenis", "a 19-year-old Palestinian" are civilians of that country
    where the text gives no armed word for them; None for any other party."""
    words = party.split()
    if not words or not words[-1].isalpha() or not words[-1][:1].isupper():
        return None
    head = words[-1].lower()
    people = country_adjectives()
    if head in people:
        return f"{words[-1]} civilians"
    if head.endswith("s") and head[:-1] in people:
        return f"{words[-1][:-1]} civilians"
    return None


#: What stands between a count and the part it holds: "killing 12 civilians, including".
_PART_AFTER = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+$",
                         re.IGNORECASE)


def _part_after(a: Evidence, b: Evidence, text: str | None) -> bool:
    """Whether ``b`` is the part told just after the count ``a`` ("killing 12 civilians,
    including five children"), or ``a`` the part after ``b``."""
    if text is None:
        return False
    first, then = (a, b) if a.end <= b.start else (b, a)
    return 0 <= then.start - first.end <= 24 and _PART_AFTER.fullmatch(
        text, first.end, then.start) is not None


def _one_count_a_party(casualties: list[Casualty], text: str | None = None) -> list[Casualty]:
    """Exact counts of one kind whose parties the actor list reads as one, added up: "three
    civilians, including a child" is split into the child and two others, both civilians,
    and is three civilians again; so is "killing 12 civilians, including five children",
    the part told after the count's phrase."""
    out: list[Casualty] = []
    seen: dict[tuple[str, str], Casualty] = {}
    for c in casualties:
        plain = (c.party is not None and c.count is not None and c.qualifier == "exact"
                 and not c.perpetrator and not c.coded and c.shared_by is None)
        # one party whatever its number: "the cell leader and four of his associates" are
        # five of the "cell leader" side, not one "cell leader" and four "cell leaders"
        key = (c.kind, _plural_party(c.party, 2) or "")
        told = seen.get(key) if plain else None
        if told is not None and told.count is not None and c.count is not None and any(
                a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end
                or _part_after(a, b, text)
                for a in told.evidence for b in c.evidence):
            # (only a part told inside the phrase of the count it was split from: "killed
            # seven ... killed another seven" are two counts)
            told.count += c.count
            told.low = told.high = told.count
            told.evidence.extend(e for e in c.evidence if e not in told.evidence)
            continue
        if plain:
            c = _replace_casualty(c, evidence=list(c.evidence))
            seen[key] = c
        out.append(c)
    return out


_NOT_A_NOUN_END = ("s", "al", "an", "ese", "ish", "ic", "ed", "ing", "ly")


#: "members of the Vigilance Brigades for the Protection of the Territory (VBPT)": people
#: of a group named in full that the actor list lacks, with its short name in brackets.
_MEMBERS_OF_NAMED = re.compile(
    r"^(?:members?|fighters?|elements?|militiamen|volunteers?)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|the|and|in))*?\s+[A-Z][\w'-]*)"
    r"(?:\s*\([A-Z]{2,8}\))?$")


def _group_of_members(party: str | None) -> str | None:
    """The group's name where the people are told as members of a group named in full."""
    m = _MEMBERS_OF_NAMED.match(party) if party else None
    return m.group("name") if m is not None else party


def _plural_party(party: str | None, count: int | None) -> str | None:
    """A party no actor names, read as the same words whatever the wording: "0 partner force
    casualties" and "no partner forces were hurt" are both of "partner forces"."""
    if party is None or count == 1:
        return party
    words = party.split()
    last = words[-1]
    if (len(words) < 2 or not last.isalpha() or not last.islower()
            or last.endswith(_NOT_A_NOUN_END) or last in casualty_lexicon().plural_words):
        return party
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return " ".join([*words[:-1], plural])


def _first_of_each(named: Sequence[Named]) -> list[tuple[str, int, int]]:
    seen: dict[str, tuple[int, int]] = {}
    for item in named:
        seen.setdefault(item.name, (item.start, item.end))
    return sorted(((n, s, e) for n, (s, e) in seen.items()), key=lambda x: x[1])


# Words of a telling: "said on Monday", "the military on Wednesday revised".
_TELLING = (r"announced|said|says|stated|reported|confirmed|told|added|claimed|published|"
            r"released|declared|noted|explained|issued|acknowledged|admitted|conceded|"
            r"disclosed|revealed")
# "said on Monday", "told reporters Monday", "told journalists in Abuja on Thursday", "said
# in a video posted on Thursday"
_REPORTING = re.compile(
    rf"\b(?:{_TELLING}|announcement|statement|speaking|spoke|briefing|addressing),?\s+"
    rf"(?:\w+,?\s+){{0,2}}(?:(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?,?\s+(?:on\s+)?)?$"
    # "told PREMIUM TIMES on Sunday", "told The Associated Press on Monday": the outlet told
    r"|\btold\s+(?:(?-i:The)\s+)?(?:(?-i:[A-Z])[\w.&'-]*\s+){1,4}(?:on\s+|late\s+|early\s+)?$"
    # "a video posted on social media on Thursday", "a statement carried by state media on
    # Tuesday", "a statement read on state television on Sunday": where it was posted,
    # carried or read out, then its day (a message posted, not men posted to a town)
    r"|\b(?:videos?|statements?|messages?|footage|clips?|audio|recordings?)\s+(?:posted|"
    r"carried|broadcast|aired|published|read)\s+(?:(?:on|to|by|in)\s+(?:(?:social|state)\s+"
    r"(?:media|television|tv|radio)|[\w-]+)\s+)?(?:on\s+|late\s+|early\s+)?$"
    # "a statement on its Telegram channel on Saturday", "a post on the group's website
    # Sunday": where a statement was put out, then its day
    r"|\b(?:statements?|messages?|posts?|claims?)\s+(?:on|via|through)\s+(?:its\s+|their\s+|"
    r"the\s+)?(?:[\w'-]+\s+){0,2}(?:channels?|accounts?|pages?|websites?|feeds?)\s+"
    r"(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE)


def is_reporting_date(text: str, mention: DateMention) -> bool:
    """Say whether a date is when something was said ("announced on Monday"), not done.

    "X reported that on 28 April ..." dates what was reported, not the report.
    """
    said = _REPORTING.search(text[max(0, mention.start - 40):mention.start])
    if said is not None and _THAT.search(said.group(0)) is None:
        return True
    if _TELLING_OF.search(text, max(0, mention.start - 40), mention.start) is not None:
        return True  # "in a correction to its release of March 12"
    if _may_hold(text, _RELEASE_WORDS) and _ITS_RELEASE_ON.search(
            text, max(0, mention.start - 60), mention.start) is not None:
        return True  # "In its initial release on Jan. 10, the command assessed ..."
    if dates_a_release(text, 0, mention.start, mention.end):
        return True  # "first announced in a Feb. 12 release": the day of a release
    if _STAMPED.search(text, max(0, mention.start - 30), mention.start) is not None:
        return True  # "Update, Sept. 14, 2022: ...": when the release was revised
    if _may_hold(text, ("updated", "corrected", "revised", "amended")) and _AMENDED_ON.search(
            text, max(0, mention.start - 50), mention.start) is not None:
        return True  # "This release was updated on Sept. 6 to correct the number ..."
    if _DATELINE_AFTER.match(text, mention.end) is not None and _DATELINE_BEFORE.search(
            text, max(0, mention.start - 60), mention.start) is not None:
        return True  # "BENI, DR Congo, Nov 18 (Reuters) - ...": the day the story was filed
    if _RELEASE_AFTER.match(text, mention.end) is not None:
        return True  # "a correction to its April 4 release": the day the release was issued
    if _TOLL_TOLD_ON.search(text, max(0, mention.start - 50), mention.start) is not None:
        return True  # "confirmed the toll on Wednesday": the day the toll was told
    if _COURTS_DEED_AFTER.match(text, mention.end) is not None:
        return True  # "A court on Thursday sentenced two men ...": the day of a ruling
    # "The military on Wednesday revised the number of ...": the date of the telling.
    return _REPORTED_AFTER.match(text, mention.end) is not None


#: A court's ruling right after its day: "a court on Thursday sentenced two men for
#: helping the militants who attacked a bus two years ago" (the day of the ruling, no
#: deed's of the attack it tells).
_COURTS_DEED_AFTER = re.compile(
    r",?\s+(?:sentenced|convicted|jailed|acquitted|indicted|found\s+(?:\w+\s+)?guilty|"
    r"handed\s+down)\b", re.IGNORECASE)
#: A toll told on a day: "confirmed the toll on Wednesday", "gave the death toll as nine
#: late Tuesday" (the day the figure was told, no deed's).
_TOLL_TOLD_ON = re.compile(
    r"\b(?:confirm(?:ed|s)|gave|put|revised|updated)\s+the\s+(?:death\s+|casualty\s+)?"
    r"(?:toll|figure|number\s+of\s+(?:the\s+)?dead)\s+(?:(?:at|as)\s+[\w-]+\s+)?"
    r"(?:(?:on|late|early|by)\s+)?$", re.IGNORECASE)


# A wire story's dateline: a town opening a line (in capitals, or in a translated release
# "Baghdad, 15/4/2023 -"), perhaps its country, then the day the story was filed and the
# outlet before a dash.
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)(?:[A-Z][A-Z .'-]+|[A-Z][\w.'-]*(?: [\w.'-]+){0,2}),(?:\s+[A-Z][\w .'-]*,)?\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*[-\u2013\u2014:]|[-\u2013\u2014])")


def told_dates(doc: Doc) -> frozenset[tuple[int, int]]:
    """The (start, end) of each date of ``doc`` that is when something was said (see
    :func:`is_reporting_date`): read once, where segments and events ask it of each date
    several times."""
    return frozenset((d.start, d.end) for d in doc.dates if is_reporting_date(doc.text, d))


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# "its release of March 12", "the statement dated 4 May": the day a telling was issued
_TELLING_OF = re.compile(
    r"\b(?:release|statement|communiqu[eé]|announcement|bulletin|update|post)\s+"
    r"(?:of|dated|issued\s+on|published\s+on)\s+$", re.IGNORECASE)
# "its initial release on Jan. 10", "an earlier statement on Monday": the day a telling the
# teller owns was issued (not "the release on Monday of 40 hostages")
_ITS_RELEASE_ON = re.compile(
    r"\b(?:its|their|(?:an?|the)\s+(?:initial|earlier|first|previous|original|prior|later|"
    r"latest|subsequent))\s+(?:[a-z]+\s+)?(?:press\s+)?(?:release|statement|communiqu[eé]|"
    r"announcement|bulletin|update)\s+(?:on|of)\s+$", re.IGNORECASE)
#: Words one of which every match of _ITS_RELEASE_ON holds (see _may_hold).
_RELEASE_WORDS = ("release", "statement", "communiqu", "announcement", "bulletin", "update")
# "Update, Sept. 14:", "UPDATED 3 March -": a release's stamp, opening a line or sentence
_STAMPED = re.compile(r"(?:^|[\n.:-]\s*)(?:updated?|corrected|correction|revised|editor's note)"
                      r"\s*(?:on\s+)?[,:-]?\s*$", re.IGNORECASE)
_AMENDED_ON = re.compile(
    r"\b(?:release|statement|report|story|article|figures?|version)\s+(?:was|were|has\s+been|"
    r"have\s+been)\s+(?:updated|corrected|revised|amended)\s+(?:on\s+)?$", re.IGNORECASE)
# "its April 4 release", "the 12 March statement": the date names the telling
_RELEASE_AFTER = re.compile(
    r"\s+(?:news\s+|press\s+)?(?:release|statement|communiqu[eé]|announcement|bulletin)s?\b",
    re.IGNORECASE)
_REPORTED_AFTER = re.compile(
    rf"\s+(?:{_TELLING}|revised|raised|updated|lowered|corrected|amended)\b")


def _starts_before(lead: DateMention, own: DateMention, seg: Segment) -> bool:
    """Whether the lead's date should stand before a segment's own first date: it does when
    the segment's date comes after its first trigger (a later follow-up, a release date)."""
    first_trigger = seg.triggers[0].start if seg.triggers else seg.start
    return own.start > first_trigger


#: A night named by its weekday: "Monday night", "late on Friday night".
_NIGHT_OF_A_DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+night$",
                             re.IGNORECASE)


#: The longest a month runs: a stretch longer is of months or a year.
_A_MONTH = timedelta(days=31)


def _date_fields(
    dates: Sequence[DateMention], published: date | None
) -> tuple[str | None, str | None, int | None, str, DateMention | None]:
    for k, d in enumerate(dates):
        if d.date_start is not None:
            # "last week ... The raid on March 8": a finer date inside the first refines it,
            # as a month does a year of the same precision ("this year, including an
            # assault ... in March"), and a night that runs into it ("over the weekend ...
            # on Friday night")
            start = d.date_start
            span = (d.date_end or start) - start
            finer = [x for x in dates[k + 1:] if x.date_start is not None
                     and (x.time_precision < d.time_precision
                          or span > _A_MONTH and (x.date_end or x.date_start) - x.date_start
                          < _A_MONTH)
                     and (start <= x.date_start or start <= (x.date_end or x.date_start)
                          and _NIGHT_OF_A_DAY.search(x.text) is not None)
                     and (x.date_end or x.date_start) <= (d.date_end or start)]
            if finer:
                d = finer[0]
                start = finer[0].date_start or start
            basis = "stated" if d.basis in {"stated", "relative"} else d.basis
            if basis not in {"stated", "year_inferred", "publication_date"}:
                basis = "stated" if d.year_known else "unknown"
            end = d.date_end or start
            if end > start and _NIGHT_OF_A_DAY.search(d.text):
                # "on Monday night, officials said on Tuesday": the report names the
                # night by its day, and the event is that day's (the mention's span into
                # the morning after still holds what followed the night)
                end = start
            return start.isoformat(), end.isoformat(), d.time_precision, basis, d
    if published is not None:
        return published.isoformat(), published.isoformat(), 2, "publication_date", None
    return None, None, None, "unknown", None


#: What the first actor did, with ``{}`` where the second actor goes: "shelled {}" reads
#: "Houthis shelled Civilians (Yemen)", "attacked {} with an explosive device" keeps the
#: weapon after the target. Without a second actor the phrase after ``|`` is used, and an
#: entry with no ``{}`` takes the second actor in brackets ("protested (Police Forces)").
_VERBS = {
    "armed_clash": "clashed with {}|clashed",
    "government_regains_territory": "regained territory from {}|regained territory",
    "non_state_actor_overtakes_territory": "took over territory from {}|took over territory",
    "air_drone_strike": "carried out air or drone strikes against {}|carried out air or drone "
                        "strikes",
    "shelling_artillery_missile_attack": "shelled {}|carried out shelling",
    "remote_explosive_landmine_ied": "attacked {} with an explosive device|set off an "
                                     "explosive device",
    "suicide_bomb": "carried out a suicide bombing against {}|carried out a suicide bombing",
    "grenade": "attacked {} with a grenade|threw a grenade",
    "chemical_weapon": "used a chemical weapon against {}|used a chemical weapon",
    "attack": "attacked {}|carried out an attack",
    "abduction_forced_disappearance": "abducted {}|abducted people",
    "sexual_violence": "sexually assaulted {}|committed sexual violence",
    "peaceful_protest": "protested",
    "protest_with_intervention": "protested and were met by {}|protested and were met by "
                                 "forces",
    "excessive_force_against_protesters": "protested and were met with force by {}|protested "
                                          "and were met with force",
    "violent_demonstration": "rioted",
    "mob_violence": "engaged in mob violence against {}|engaged in mob violence",
    "arrests": "arrested {}|made arrests",
    "agreement": "reached an agreement with {}|reached an agreement",
    "looting_property_destruction": "looted or destroyed property of {}|looted or destroyed "
                                    "property",
    "change_to_group_activity": "changed activity",
    "disrupted_weapons_use": "disrupted weapons use by {}|disrupted weapons use",
    "headquarters_or_base_established": "established a base",
    "non_violent_transfer_of_territory": "took over territory from {}|took over territory",
    "other": "acted",
}


def _action(sub_event_type: str | None, actor2: str | None) -> str:
    """The notes' verb phrase with the second actor in its place."""
    with_target, _, alone = _VERBS.get(sub_event_type or "", "acted").partition("|")
    if "{}" not in with_target:
        return with_target + (f" ({actor2})" if actor2 else "")
    return with_target.format(actor2) if actor2 else alone


@lru_cache(maxsize=4096)
def _month_year(year: int, month: int) -> str:
    """"May 2020": strftime is slow, and few months recur."""
    return date(year, month, 1).strftime("%B %Y")


def write_notes(event: Event) -> str:
    """A one-sentence description in ACLED's style, generated from the fields."""
    when = ""
    if event.date_start:
        start = date.fromisoformat(event.date_start)
        when = f"On {start.day} {_month_year(start.year, start.month)}"
        if event.date_end and event.date_end != event.date_start:
            end = date.fromisoformat(event.date_end)
            when = (f"Between {start.day} {_month_year(start.year, start.month)} and "
                    f"{end.day} {_month_year(end.year, end.month)}")
    who = event.actor1 or "Unidentified actors"
    if event.assoc_actor_1:
        who += " with " + " and ".join(event.assoc_actor_1)
    action = _action(event.sub_event_type, event.actor2)
    loc = event.location
    where = ""
    if loc.place or loc.name:
        parts = [p for p in (loc.admin2, loc.admin1) if p and p != (loc.place or loc.name)]
        where = f" in {loc.place or loc.name}" + (f" ({', '.join(parts)})" if parts else "")
        if loc.reason == _AREA_PLACED_BY and loc.name and loc.place:
            # "the Wadi Umm Tuba area south-east of Tikrit": the area, by the town
            where = f" in {loc.name} near {loc.place}" + (
                f" ({', '.join(parts)})" if parts else "")
    elif loc.country:
        where = f" in {loc.country}"
    sentence = f"{when + ', ' if when else ''}{who} {action}{where}."
    if event.equipment:
        sentence += f" Equipment: {', '.join(event.equipment)}."
    if event.fatalities is not None:
        sentence += f" {event.fatalities} fatalit{'y' if event.fatalities == 1 else 'ies'}."
    return sentence[0].upper() + sentence[1:]


def filed_on_day(doc: Doc, dateline: range, published: date | None) -> date | None:
    """The day a dateline gives ("MOSUL, June 12 (Reuters) -", "Kandahar, 14 September
    2021 -"): when the report was filed, which an event it names no date for happened on
    or before. None when the dateline gives no single day, or gives one after publication.
    """
    if not dateline:
        return None
    # a full date read as the dates stage reads it ("Kirkuk, 3/9/2022 -" is day first)
    full = filed_on(doc.text, (dateline.start, dateline.stop), published)
    if full is not None:
        return full
    for d in doc.dates:
        # "MOSUL, June 12 (Reuters) -": the year is the one before publication
        if d.start in dateline and d.date_start is not None and d.basis == "year_inferred" and (
                d.time_precision == 1 and d.date_end in (None, d.date_start)) and (
                published is None or d.date_start <= published):
            return d.date_start
    return None


def _is_background(date_end: str | None, published: date | None, basis: str) -> bool:
    if date_end is None or published is None or basis == "publication_date":
        return False
    return date.fromisoformat(date_end) < published - timedelta(days=BACKGROUND_DAYS)


def _ev(doc_id: str, text: str, start: int, end: int) -> Evidence:
    return Evidence(doc_id, start, end, text[start:end])


def _linked_groups(named: list[ActorMention], text: str) -> list[ActorMention]:
    """"Islamic State-linked insurgents", "al-Qaeda-affiliated militants": unnamed armed men
    told as of a named armed group's network are that group, not an unidentified one."""
    out: list[ActorMention] = []
    skip = -1
    for i, a in enumerate(named):
        if i == skip:
            continue
        nxt = named[i + 1] if i + 1 < len(named) else None
        if (a.modifier in ("linked", "affiliated") and a.kind in NAMED_GROUP_KINDS
                and nxt is not None and nxt.generic and nxt.start - a.end <= 1
                and nxt.kind == "unidentified_armed_group"):
            out.append(replace(a, end=nxt.end, text=text[a.start:nxt.end], modifier=None))
            skip = i + 1
            continue
        out.append(a)
    return out


# "another leader of the group", "two of the organisation's fighters": the group told of
# before.
_OF_THE_GROUP = re.compile(r"\b(?:of|from|in) the (?:group|organi[sz]ation|movement|network)\b"
                           r"|\bthe (?:group|organi[sz]ation|movement|network)(?:'s|\u2019s)")


#: "Hurras al-Din, an al-Qaeda affiliate": a group named to describe another is not it.
_AFFILIATE_OF = re.compile(r"(?:\s+|-)(?:affiliate|affiliated|offshoot|branch|franchise|linked|"
                           r"aligned|splinter)\b", re.IGNORECASE)


def _unnamed_struck_of_the_one_group(roles: Roles, actors: Sequence[ActorMention],
                                     victims: Sequence[tuple[int, int]] = ()) -> None:
    """A state's forces struck unnamed "terrorists" where the event's sentences name one
    armed group and no other ("hideouts belonging to the terrorist gangs of ISIS ... the
    strike killed the (5) terrorists"): the men struck are that group's. Not a group whose
    own people are counted apart from them ("neutralized 30 terrorists ... Two Volunteers
    for the Defence of the Homeland (VDP) lost their lives"): that is another side."""
    struck = roles.actor2
    if (roles.actor1 is None or roles.actor1.kind not in _STATE_KINDS or struck is None
            or not struck.generic or struck.kind != "unidentified_armed_group"):
        return
    counted_apart = [span for span in victims if not span[0] <= struck.start < span[1]]
    groups = {a.name: a for a in actors if a.kind in NAMED_GROUP_KINDS and not a.generic
              and a.modifier is None and not (
                  _inside_one(struck, victims) and _inside_one(a, counted_apart))}
    if len(groups) == 1:
        group = next(iter(groups.values()))
        roles.actor2 = replace(group, start=struck.start, end=struck.end, text=struck.text)


#: A force's post struck: "an attack on a police station", "stormed an army checkpoint",
#: "a raid on the gendarmerie post".
_POST_STRUCK = re.compile(
    r"\b(?:attacks?|attacked|attacking|assaults?|assaulted|raids?|raided|storm(?:s|ed|ing)?|"
    r"overran|overrun|torched|set\s+fire\s+to|bomb(?:s|ed|ing)?|ambushed|struck|hit|"
    r"fired\s+(?:on|at|upon)|opened\s+fire\s+on)\s+(?:(?:on|at|upon|against)\s+)?"
    r"(?:(?:an?|the|two|three|several|one)\s+(?:\w+\s+)?"
    r"(?P<force>police|gendarmerie|army|military)\s+"
    r"(?:stations?|posts?|checkpoints?|outposts?|bases?|camps?|barracks|headquarters)|"
    # "militants attacked police stations in X": posts told in the plural, no article
    r"(?P<forces>police|gendarmerie|army|military)\s+"
    r"(?:stations|posts|checkpoints|outposts|bases|camps|barracks))\b")
#: Words of people told by count alone: "killing two people".
_ANYONE_WORDS = frozenset({"people", "persons", "person", "individuals"})


def _force_of_the_post_struck(text: str, lowered: str, seg: Segment,
                              country: str | None) -> ActorMention | None:
    """The country's police, or its army, whose post the segment tells was struck."""
    if "police" not in lowered and "army" not in lowered and "military" not in lowered \
            and "gendarmerie" not in lowered:
        return None
    m = _POST_STRUCK.search(lowered, seg.start, seg.end)
    if m is None:
        return None
    group = "force" if m.group("force") else "forces"
    # ("a military base": the army's, "military" alone naming no force)
    force = _resolve_party("army" if m.group(group) == "military" else m.group(group), country)
    # its evidence is the word of the post's force, not the span the look-up was made with
    return None if force is None else replace(force, start=m.start(group), end=m.end(group),
                                              text=text[m.start(group):m.end(group)])


def _group_told_before(doc: Doc, seg: Segment,
                       casualties: Sequence[CasualtyMention]) -> ActorMention | None:
    """The named group the report told of before the segment, when the dead are of "the
    group" ("U.S. forces killed another leader of the group"): they are no civilians."""
    if not any(c.party_text and _OF_THE_GROUP.search(c.party_text) for c in casualties):
        return None
    told: list[ActorMention] = _within(doc.actors, 0, seg.start)
    return next((a for a in reversed(told)
                 if a.kind in NAMED_GROUP_KINDS and not a.generic
                 and not _AFFILIATE_OF.match(doc.text, a.end)), None)


_PLACE_BEFORE = ("no known place in the event's own sentences; placed where the event "
                 "told before it is")


def _placed_by_later(place: PlaceMention | None, seg: Segment, anchor: Trigger | None) -> bool:
    """Whether the event's own sentences (up to that of its word) name no place the
    gazetteer knows: none was chosen, or only a country said in a later sentence of the
    segment ("... CENTCOM continues operations in Iraq and Syria")."""
    if place is None or place.place is None:
        return True
    if place.place.feature != "country" or anchor is None:
        return False
    own = sentence_of(anchor.start, seg.sentences)
    return 0 <= own < len(seg.sentences) and place.start >= seg.sentences[own][1]


# "closed the road after an attack on a convoy", "suspended flights following a raid on":
# the event is the reason for another act told first
_REASON_CUE = re.compile(
    r"\b(?:after|following|in\s+the\s+wake\s+of|because\s+of|due\s+to)\s+"
    r"(?:(?:an?|the|recent|repeated|several|last\s+\w+['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}$")
_REASON_WORDS = ("after", "following", "wake", "because", "due")  # one in each cue
_GERUND_AFTER_CUE = re.compile(r"(?:after|following)\s+[a-z]+ing\b(?!\s+(?:between|in|on)\b)")
# the act the reason is for: a verb in the past ("closed", "were evacuated", "shut")
_ACT_VERB = re.compile(r"\b(?:[a-z]{3,}ed|shut|cut|sent|put|set|kept|fled|left|began|rose)\b")


def _reason_only(text: str, folded: str, seg: Segment,
                 casualties: Sequence[CasualtyMention]) -> tuple[int, int] | None:
    """The span of the act told before the segment's event, when every word of the event
    lies in a clause giving the reason for that act ("Police closed the road after an attack
    on a convoy"); None otherwise. The act's day is not the event's."""
    violent = [t for t in seg.triggers if t.event_type in _VIOLENT_TYPES]
    if not violent or len({sentence_of(t.start, seg.sentences) for t in violent}) != 1:
        return None
    s_start, _ = seg.sentences[sentence_of(violent[0].start, seg.sentences)]
    first = violent[0]
    if not any(folded.find(w, s_start, first.start) >= 0 for w in _REASON_WORDS):
        return None
    cue = _REASON_CUE.search(folded, max(s_start, first.start - 60), first.start)
    if cue is None or "," in folded[cue.start():first.start]:
        return None
    if _GERUND_AFTER_CUE.match(folded, cue.start()):
        # "IS militants cut the power after detonating three towers": the deed of the act's
        # own subject, told in sequence, not a reason set apart from it
        return None
    act = (s_start, cue.start())
    if any(c.start < cue.start() for c in casualties if c.start >= s_start) \
            or not _ACT_VERB.search(folded, s_start, cue.start()):
        return None
    return act


def _at_an_unlisted_place(location: Location, seg: Segment, before: Location | None) -> None:
    """Name the event's location after the place the gazetteer lacks that its sentences
    name, placed at precision 3 at the division of the event told before, else its
    country."""
    unlisted = next(p for p in seg.places if p.place is None)
    location.name = unlisted.text
    location.reason = ("a place not in the gazetteer, named in the event's own sentences; "
                       "placed at the country that holds it")
    if before is None:
        return
    location.country = location.country or before.country
    division = None
    if before.admin1 and before.country and before.country == location.country:
        division = load_gazetteer().admin1(before.country, before.admin1)
    if division is not None:
        location.admin1 = before.admin1
        location.latitude, location.longitude = division.latitude, division.longitude
    location.geo_precision = 3
    location.reason = ("a place not in the gazetteer, named in the event's own sentences; "
                       "placed at the division (else the country) of the event told before")


def _names_an_unlisted_place(seg: Segment, anchor: Trigger | None) -> bool:
    """Whether the event's own sentences (up to that of its word) name a place the gazetteer
    lacks, written as a place ("in Nakweluma village", "the village of ..."): the event is
    there, not where the event told before it is, though only its country can be told."""
    if anchor is None:
        return False
    own = sentence_of(anchor.start, seg.sentences)
    if not 0 <= own < len(seg.sentences):
        return False
    last = seg.sentences[own][1]
    return any(p.place is None and p.start < last
               and not any(h_start <= p.start < h_end for h_start, h_end in seg.holes)
               for p in seg.places)


# "Saudi-led", "Iranian-backed": a country that leads or backs a party from abroad.
_LEADING_COUNTRY = re.compile(r"\b([A-Z][a-z]{2,})-(?:led|backed)\b")


def _theatre_before_a_leading_country(location: Location, actors: Sequence[ActorMention],
                                      seg: Segment, anchor: Trigger | None,
                                      text: str) -> Location:
    """The country the event's named groups are all active in, for an event whose own
    sentences name no place the gazetteer knows and write a country as the leader or
    backer of a party, where the place chosen is that country, named in a later sentence:
    "Saudi-led coalition airstrikes targeted an area along the border ... a location ...
    in Saudi Arabia" is in Yemen, where the coalition strikes; the leader's country is
    where the party comes from. Without such groups, or where they are active in that
    country, it stands."""
    country = location.country
    if anchor is None or country is None:
        return location
    own = sentence_of(anchor.start, seg.sentences)
    if not 0 <= own < len(seg.sentences):
        return location
    start, end = seg.sentences[own]
    gazetteer = load_gazetteer()
    if not any(gazetteer.country_by_name(m.group(1)) == country
               for m in _LEADING_COUNTRY.finditer(text, start, end)):
        return location
    theatre = single_theatre(actors)
    if theatre is None or theatre == country:
        return location
    return Location(country=theatre, geo_precision=3, reason=_THEATRE_BEFORE_LEADER)


_THEATRE_BEFORE_LEADER = (
    "no known place in the event's own sentences, which write a country as a party's "
    "leader; the country its named groups are active in")


# "carried out an operation against ISIS remnants": who acted, on whom, with no word of what
# was done to them
_OPERATION = re.compile(
    r"\b(?:carried\s+out|conducted|launched|executed|mounted)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?P<word>operations?|raids?|sweeps?|offensives?)\s+"
    r"(?=against|on|targeting)", re.IGNORECASE)
_OPERATION_WORDS = ("carried", "conducted", "launched", "executed", "mounted")  # one in each


# "The operation killed 11 fighters", "the raid also left two dead": the operation told
# before does the deed
_THE_OPERATION_DID = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:operations?|raids?|sweeps?|offensives?)\s+(?:also\s+)?$",
    re.IGNORECASE)


def _conductor_of_the_operation_before(text: str, roles: Roles,
                                       actors: Sequence[ActorMention], seg: Segment,
                                       anchor: Trigger, choice: TypeChoice,
                                       victims: Sequence[tuple[int, int]],
                                       counted: Sequence[tuple[int, int]]) -> None:
    """Who did what "The operation killed ..." tells, from an earlier sentence of the
    segment that tells who carried it out ("The army, backed by local forces, conducted an
    operation against X"), with whom it was against where none is named."""
    told_in = sentence_of(anchor.start, seg.sentences)
    if told_in <= 0 or not _THE_OPERATION_DID.search(
            text, max(seg.sentences[told_in][0], anchor.start - 40), anchor.start):
        return
    told = [Trigger(m.start("word"), m.end("word"), m.group("word"), choice.event_type,
                    choice.sub_event_type, 1.0)
            for m in _OPERATION.finditer(text, seg.start, seg.sentences[told_in][0])
            ] if _may_hold(text, _OPERATION_WORDS) else []
    _doer_told_before(text, roles, actors, seg, told, victims, counted)


#: Words that tell a deed apart from the one before: "in a separate attack", "elsewhere".
_SEPARATE_INCIDENT = re.compile(
    r"\b(?:separate(?:ly)?|another|elsewhere|meanwhile|earlier|later|in\s+a\s+second)\b",
    re.IGNORECASE)


def _raider_of_the_sentence_before(doc: Doc, roles: Roles, anchor: Trigger,
                                  choice: TypeChoice, victims: Sequence[tuple[int, int]],
                                  counted: Sequence[tuple[int, int]],
                                  hurt: ActorMention | None) -> bool:
    """"Somali special forces carried out a raid on an al-Shabaab hideout near Afgoye. Two
    militants were killed and one detained.": a toll told in the sentence right after one
    that tells a force carried out a raid or an operation is the raid's, so that force did
    it, to those it was against (else to the men the toll names). Whether it was found."""
    told_in = sentence_of(anchor.start, doc.sentences)
    if told_in <= 0 or told_in >= len(doc.sentences):
        return False
    start, end = doc.sentences[told_in - 1]
    raid = _ON_AN_OPERATION.search(doc.text, start, end)
    if raid is None or _SEPARATE_INCIDENT.search(doc.text, *doc.sentences[told_in]):
        return False
    if any(not _inside_one(a, victims) for a in _within(doc.actors, *doc.sentences[told_in])):
        # ("Police officers were attacked by suspects": a side of its own sentence)
        return False
    raided = {p.place.name for p in _within(doc.places, start, end) if p.place is not None}
    if any(p.place is not None and p.place.name not in raided
           for p in _within(doc.places, *doc.sentences[told_in])):
        # ("Two civilians were killed in an attack in Y": a place of its own, another deed)
        return False
    found = assign_roles(doc.text, _within(doc.actors, start, end), Trigger(
        raid.start(), raid.end(), raid.group(), choice.event_type, choice.sub_event_type,
        1.0), choice.event_type, victims=victims, counted=counted)
    if found.actor1 is None or found.actor1_after_trigger or _inside_one(
            found.actor1, victims) or (hurt is not None and found.actor1.name == hurt.name):
        return False
    roles.actor1, roles.assoc1 = found.actor1, found.assoc1
    if found.actor2 is not None:
        roles.actor2, roles.assoc2 = found.actor2, found.assoc2
    elif roles.actor2 is None and hurt is not None:
        roles.actor2, roles.assoc2 = hurt, []
    return True


# "A shoot-out broke out", "a gunfight ensued": a fight whose sides its sentence leaves
# unnamed, told as it starts
_FIGHT_BROKE_OUT = re.compile(
    r"\b(?:shoot-?outs?|gun\s*fights?|gun\s*battles?|fire\s*fights?|exchanges?\s+of\s+fire)"
    r"\s+(?:then\s+|also\s+)?(?:broke\s+out|ensued|erupted|followed|took\s+place)\b",
    re.IGNORECASE)
# "... took place in the X neighbourhood during a police operation": the operation named
# right after the fight, with the force that carried it out
_DURING_AN_OPERATION = re.compile(
    r"(?:\s+(?:in|at|near|on)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+)?,?\s+during\s+"
    r"(?:an?|the)\s+(?P<force>(?:[\w'-]+\s+){1,3}?)(?:operation|raid|patrol)\b",
    re.IGNORECASE)
#: A force named as whose an operation was, after a toll: "(killed) in an ANA operation".
_IN_A_BEFORE = re.compile(r"\bin\s+(?:an?|the)\s+(?:joint\s+)?$", re.IGNORECASE)
_IN_A_FORCES_OPERATION = re.compile(
    r"(?:\s+(?:[\w-]+\s+)?)?\s*(?:operation|raid|offensive|assault|ambush|counter-?attack)\b",
    re.IGNORECASE)
# "Police carried out an operation in the Lapa community", "troops conducted a raid": a
# force out on an operation, whatever follows the word
_ON_AN_OPERATION = re.compile(
    r"\b(?:carried\s+out|conducted|launched|mounted)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:operations?|raids?|sweeps?|patrols?)\b", re.IGNORECASE)


def _force_of_the_operation_a_fight_broke_out_in(
        text: str, roles: Roles, actors: Sequence[ActorMention], seg: Segment,
        anchor: Trigger, country: str | None) -> bool:
    """A fight told as breaking out ("A shoot-out broke out and a resident was killed") right
    after a sentence telling a state's force carried out an operation: that force is one
    side, and the other the armed men it met (a gang named in the report, else unnamed),
    not the dead man as a civilian. Whether the force was found."""
    told_in = sentence_of(anchor.start, seg.sentences)
    if told_in < 0:
        return False
    start, end = seg.sentences[told_in]
    fight = _FIGHT_BROKE_OUT.search(text, start, end)
    if fight is None or _within(actors, start, anchor.start):
        return False
    during = _DURING_AN_OPERATION.match(text, fight.end(), end)
    if during is not None:
        # "a shoot-out took place ... during a police operation": the force named with it
        # (as a word before "operation" it is no actor of its own)
        force = _resolve_party(during.group("force").strip(), country)
        doers = [force] if force is not None and force.kind in _STATE_KINDS else []
    elif told_in > 0:
        before_start, before_end = seg.sentences[told_in - 1]
        operation = _ON_AN_OPERATION.search(text, before_start, before_end)
        if operation is None:
            return False
        doers = [a for a in _within(actors, before_start, operation.start())
                 if a.kind in _STATE_KINDS]
    else:
        return False
    if not doers:
        return False
    roles.actor1, roles.assoc1 = doers[-1], []
    if roles.actor2 is None or roles.actor2.kind in _CIVILIAN_KINDS:
        gangs = [a for a in _within(actors, seg.start, end) if a.kind == "gang"]
        other = gangs[0] if gangs else _resolve_party("unidentified armed group", country)
        roles.actor2, roles.assoc2 = other, []
    return True


# "were killed during the raid", "died in the operation": the raid or operation told before
_DURING_THE_RAID = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:during|in)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:raid|operation|assault|attack|strike|air\s*strike|ambush|clash(?:es)?)\b",
    re.IGNORECASE)


def _day_told_with_the_place(doc: Doc, place: PlaceMention, seg: Segment,
                             told: Collection[tuple[int, int]]) -> DateMention | None:
    """The day an earlier sentence tells beside the place an event is placed at, for an
    event of no date of its own that points back to it ("in the Kech raid"): the first day
    after the place's last earlier mention in that sentence, or None."""
    if place.place is None:
        return None
    name = place.place.name
    before = [p for p in doc.places if p.end <= seg.start and p.place is not None
              and p.place.name == name]
    if not before:
        return None
    mention = before[-1]
    k = sentence_of(mention.start, doc.sentences)
    if k < 0:
        return None
    end = doc.sentences[k][1]
    days = [d for d in _within(doc.dates, mention.end, end) if d.date_start is not None
            and d.time_precision == 1 and (d.start, d.end) not in told
            and not _CLAUSE_BREAK.search(doc.text, mention.end, d.start)]
    return days[0] if days else None


_CLAUSE_BREAK = re.compile(r"[;,]\s*(?:and|while|but)\b|[;.]")


def _striker_of_the_raid_before(text: str, roles: Roles, actors: Sequence[ActorMention],
                                seg: Segment, anchor: Trigger,
                                victims: Sequence[tuple[int, int]],
                                counted: Sequence[tuple[int, int]]) -> None:
    """Who did the raid told in an earlier sentence of the segment, as the doer of the
    deaths told "during the raid" after it, with whom it struck where none is named."""
    told_in = sentence_of(anchor.start, seg.sentences)
    earlier: list[Trigger] = []
    for told in seg.triggers:
        if sentence_of(told.start, seg.sentences) >= told_in:
            break
        earlier.append(told)
    _doer_told_before(text, roles, actors, seg, earlier, victims, counted)


def _doer_told_before(text: str, roles: Roles, actors: Sequence[ActorMention], seg: Segment,
                      earlier: Sequence[Trigger], victims: Sequence[tuple[int, int]],
                      counted: Sequence[tuple[int, int]]) -> None:
    """Who did the deed, from the first of the ``earlier`` words whose own sentence names
    its doer before it, none of those struck; and whom, where none is named yet."""
    for told in earlier:
        by_told = assign_roles(text, _sentence_actors(text, actors, seg, told), told,
                               told.event_type, victims=victims, counted=counted)
        if by_told.actor1 is None or by_told.actor1_after_trigger or _inside_one(
                by_told.actor1, victims):
            continue
        roles.actor1, roles.assoc1 = by_told.actor1, by_told.assoc1
        if roles.actor2 is None:
            roles.actor2, roles.assoc2 = by_told.actor2, by_told.assoc2
        return


def _striker_of_the_strikes_told_together(text: str, folded: str, roles: Roles,
                                          actors: Sequence[ActorMention], seg: Segment,
                                          anchor: Trigger,
                                          victims: Sequence[tuple[int, int]],
                                          counted: Sequence[tuple[int, int]]) -> None:
    """Who struck in "The second airstrike, near B, killed two", from the sentence of the
    segment that told the strikes together ("U.S. forces conducted two airstrikes against
    X"), and whom, where that sentence names one side struck and this one none."""
    told_in = sentence_of(anchor.start, seg.sentences)
    for start, end in seg.sentences[:max(0, told_in)]:
        if not _strikes_told_together(folded, start, end):
            continue
        together = next((t for t in find_triggers(text, start, end, lowered=folded)
                         if t.event_type == anchor.event_type), None)
        if together is None:
            continue
        by_together = assign_roles(text, _within(actors, start, end), together,
                                   together.event_type, victims=victims, counted=counted)
        if roles.actor1 is None and by_together.actor1 is not None \
                and not by_together.actor1_after_trigger:
            roles.actor1, roles.assoc1 = by_together.actor1, by_together.assoc1
        struck = {a.name for a in _within(actors, together.end, end)
                  if a.kind in NAMED_GROUP_KINDS}
        own_end = seg.sentences[told_in][1]
        if roles.actor2 is None and by_together.actor2 is not None and len(struck) == 1 \
                and folded.find(" against ", anchor.end, own_end) < 0:
            roles.actor2, roles.assoc2 = by_together.actor2, by_together.assoc2
        return


def _sides_from_the_list_lead(text: str, folded: str, roles: Roles,
                              actors: Sequence[ActorMention], lead: tuple[int, int],
                              anchor: Trigger, choice: TypeChoice,
                              victims: Sequence[tuple[int, int]],
                              counted: Sequence[tuple[int, int]],
                              hurt_first: ActorMention | None) -> bool:
    """The sides of a line of a list of strikes, from the sentence the list hangs from:
    who struck, where the line names no striker (those it tells hurt stay struck), and the
    group struck, where the line names none. Whether it gave the striker."""
    start, end = lead
    said = find_triggers(text, start, end, lowered=folded)
    # ("it killed eight fighters in the following operations:": the deed the lead tells,
    # of whatever type, sets its sides apart)
    told = max((t for t in said if t.event_type == choice.event_type),
               key=attrgetter("weight"), default=None) or max(
        said, key=attrgetter("weight"), default=None)
    if told is None:
        # "The ministry's statement read:": who tells the list is who acted
        told = Trigger(end, end, "", anchor.event_type, anchor.sub_event_type, anchor.weight)
    by_lead = assign_roles(text, _within(actors, start, end), told, told.event_type,
                           victims=victims, counted=counted)
    striker = by_lead.actor1
    gave = False
    if (roles.actor1 is None or hurt_first is not None or roles.actor1_after_trigger) \
            and striker is not None and not by_lead.actor1_after_trigger \
            and not _inside_one(striker, victims) \
            and (roles.actor2 is None or striker.name != roles.actor2.name):
        if roles.actor1_after_trigger and roles.actor1 is not None and roles.actor2 is None \
                and roles.actor1.name != striker.name:
            # "- Near B, a strike hit a group of bandits": those told after the deed
            hurt_first = roles.actor1
        roles.actor1, roles.assoc1 = striker, by_lead.assoc1
        roles.actor1_after_trigger = False
        if hurt_first is not None and hurt_first.name != striker.name and (
                roles.actor2 is None or roles.actor2.name == hurt_first.name):
            roles.actor2, roles.assoc2 = hurt_first, []
        gave = True
    struck = by_lead.actor2
    if struck is not None and not struck.generic and roles.actor1 is not None \
            and struck.name != roles.actor1.name and (
                roles.actor2 is None
                or roles.actor2.generic and roles.actor2.kind in _NON_STATE_SIDE):
        # "killed eight al-Shabaab fighters in the following operations:" above "- Near A,
        # troops raided a base, killing five fighters": the group the lead names
        roles.actor2, roles.assoc2 = struck, by_lead.assoc2
    return gave


#: The sentence that tells the first strike of several told together: "The first
#: airstrike, against ...".
_FIRST_STRIKE = re.compile(
    r"[\"\u201c]?the\s+first\s+(?:[a-z-]+\s+)?(?:air\s?strike|strike|raid|attack|operation|"
    r"ambush|bombing)\b")


def _struck_by_the_first_strike(text: str, folded: str, roles: Roles,
                                actors: Sequence[ActorMention], seg: Segment,
                                anchor: Trigger) -> None:
    """Whom the strikes told together struck first, where the sentence that tells them
    names no one struck: "U.S. forces conducted two airstrikes ... The first airstrike,
    against the X group, near A, killed three": X."""
    told_in = sentence_of(anchor.start, seg.sentences)
    if told_in < 0 or not _strikes_told_together(folded, *seg.sentences[told_in]):
        return
    for start, end in seg.sentences[told_in + 1:]:
        if not _FIRST_STRIKE.match(folded, start, end):
            continue
        roles.actor2 = next((a for a in _within(actors, start, end)
                             if a.kind in NAMED_GROUP_KINDS and (
                                 _last_word_of(text, max(0, a.start - 16), a.start,
                                               _STRUCK_AT_WORDS, _STRUCK_AT)
                                 or (_may_hold(text, ("against",)) and _AGAINST_THE.search(
                                     text, max(0, a.start - 40), a.start)))),
                            None)
        return


def _unnamed_attacker_told_later(actors: Sequence[ActorMention], seg: Segment,
                                 anchor: Trigger,
                                 victims: Sequence[tuple[int, int]]) -> ActorMention | None:
    """The first unnamed armed man ("the gunman", "the attacker", "the bomber") of the
    sentences after an attack told without its author, near enough to be of it, and not
    among its dead or hurt."""
    anchor_sentence = sentence_of(anchor.start, seg.sentences)
    for actor in actors:
        if actor.start < anchor.end or not actor.generic \
                or actor.kind != "unidentified_armed_group" or _inside_one(actor, victims):
            continue
        told = sentence_of(actor.start, seg.sentences)
        if told == anchor_sentence:
            continue
        return actor if told <= anchor_sentence + _STRIKER_REACH else None
    return None


def _claimant_told_last(text: str, roles: Roles, actors: Sequence[ActorMention], seg: Segment,
                        anchor: Trigger, victims: Sequence[tuple[int, int]]) -> None:
    """The group that claimed an attack told without its author: "Nine border guards were
    killed when their post came under attack ... The attackers withdrew ... X claimed
    responsibility for the attack" is X's, the unnamed attackers told before its men."""
    claimant = claimed_by(text, actors)
    if claimant is None or claimant.kind not in NAMED_GROUP_KINDS or (
            roles.actor2 is not None and roles.actor2.name == claimant.name):
        return
    unnamed = roles.actor1 or _unnamed_attacker_told_later(actors, seg, anchor, victims)
    roles.actor1, roles.assoc1 = claimant, []
    if unnamed is not None and roles.perpetrator is None:
        roles.perpetrator = unnamed


#: The toll told in the passive: "three officers were killed", "a soldier was wounded".
_TOLL_PASSIVE = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been)\s+(?:shot\s+)?(?:killed|wounded|injured|"
    r"shot|abducted|kidnapped|ambushed|attacked)\b", re.IGNORECASE)


def _agent_of_the_toll_told_before(text: str, roles: Roles, actors: Sequence[ActorMention],
                                   seg: Segment, anchor: Trigger,
                                   victims: Sequence[tuple[int, int]]) -> None:
    """The named group a passive toll's "by" tells, however far from its verb, above a
    deed of unnamed attackers: "Three officers were killed on Sunday, while escorting a
    truck along the road between A and B, by al-Shabaab militants" above "the attackers
    detonated a device under the vehicle" is al-Shabaab's; the attackers are its hand."""
    if not seg.sentences or "by" not in text[seg.sentences[0][0]:seg.sentences[-1][1]]:
        return
    found = [a for a in actors if seg.sentences[0][0] <= a.start < seg.sentences[-1][1]
             and not a.generic
             and a.kind in NAMED_GROUP_KINDS and not _inside_one(a, victims)
             and _PASSIVE_BY.search(text[max(0, a.start - 48):a.start]) is not None
             and _OWNED_BY.search(text[max(0, a.start - 60):a.start]) is None
             and _REPELLED_BY.search(text, max(0, a.start - 48), a.start) is None
             and _TOLL_PASSIVE.search(
                 text, seg.sentences[max(0, sentence_of(a.start, seg.sentences))][0],
                 a.start) is not None]
    if not found or len({a.name for a in found}) != 1 or (
            roles.actor2 is not None and roles.actor2.name == found[0].name):
        return
    unnamed = roles.actor1
    roles.actor1, roles.assoc1 = found[0], []
    if unnamed is not None and roles.perpetrator is None:
        roles.perpetrator = unnamed


def _with_operations(text: str, seg: Segment, anchor: Trigger,
                     choice: TypeChoice) -> list[Trigger]:
    """The segment's triggers and, after the anchor's sentence, each operation told against
    someone, as a trigger of the chosen type: "9 terrorists killed in Kirkuk" above "the
    security forces carried out an operation against ISIS remnants" tells who killed whom."""
    found = [Trigger(m.start("word"), m.end("word"), m.group("word"), choice.event_type,
                     choice.sub_event_type, 1.0)
             for m in _OPERATION.finditer(text, anchor.end, seg.end)
             ] if _may_hold(text, _OPERATION_WORDS) else []
    if not found:
        return list(seg.triggers)
    return sorted([*seg.triggers, *found], key=lambda t: t.start)


def build_event(doc: Doc, seg: Segment, index: int, doc_country: str | None,
                folded: str | None = None, named: Sequence[Named] | None = None,
                told: Collection[tuple[int, int]] | None = None,
                before: Location | None = None,
                claims: Sequence[tuple[ActorMention, str | None]] = (),
                filed_on: date | None = None) -> Event | None:
    """Fill one event from a segment's mentions; None when the segment is not an event.

    ``told`` is :func:`told_dates` of ``doc``, when the caller has it already; ``before``
    the location of the event the report tells before this one, if any; ``claims`` the
    report's :func:`claims_told_apart`; ``filed_on`` the day its dateline says it was
    filed (see :func:`filed_on_day`), which an event with no date of its own takes before
    the publication date.
    """
    text, doc_id = doc.text, doc.doc_id
    if told is None:
        told = told_dates(doc)
    named_here = _linked_groups(_in_segment(doc.actors, seg), text)
    # A monitoring mission reports the event; it is no party to it; nor is the sponsor
    # of the group that takes part ("Iran-backed militants", "US-backed SDF fighters").
    # Nor are those it was done for ("in support of the Palestinian people").
    # Parties and unions are who a side's people are, never a side: associated actors.
    actors = [a for i, a in enumerate(named_here) if a.kind != "observer"
              and a.kind not in ORGANISATION_KINDS and not (
        a.modifier in _SPONSOR_MODIFIERS and i + 1 < len(named_here)
        and named_here[i + 1].start - a.end <= 1)
        and not (_may_hold(folded or text, _FOR_WHOM_WORDS)
                 and _FOR_WHOM.search(text, max(0, a.start - 30), a.start))
        and not (_may_hold(folded or text, _MINISTRY_WORDS)
                 and _MINISTRY_TELLS.match(text, a.end))]
    if folded is not None and _may_hold(folded, _ONGOING_WORDS):
        # "... has been at the centre of a fight between two criminal groups": sides of a
        # state of things told as background, no side of the incident
        states = [m.span() for m in _ONGOING_CLAUSE.finditer(folded, seg.start, seg.end)]
        if states:
            actors = [a for a in actors if not _inside_one(a, states)]
    told_here = _in_segment(doc.casualties, seg)
    if any(c.low is not None and c.low >= WAR_TOLL_LOW and c.qualifier != "exact"
           for c in told_here):
        told_here = [c for c in told_here if not _a_campaigns_toll(c, text, doc.sentences)]
    if seg.others_counts:
        told_here = [c for c in told_here if c.number_start is None or not any(
            start <= c.number_start < end for start, end in seg.others_counts)]
    casualties = _attackers_of_them(_without_summed_up(told_here, seg, text), doc)
    if told_here and any(w in text for w in _DESCRIBED_WORDS):
        # "killed a man the Pentagon described as a senior financier of the Islamic State
        # group", "a man whom officials believed to be a commander of X": the man is the
        # group's, no civilian struck, and who described him no side
        described = [(c.party_start, description[0]) for c in casualties
                     if c.party_start is not None
                     and (description := _described(c, doc)) is not None]
        if described:
            actors = [a for a in actors if not any(
                s < a.end and a.start < e and (a.kind in _CIVILIAN_KINDS and a.generic
                                               or s < a.start and a.end <= e)
                for s, e in described)]
    if formerly := former_attackers(casualties, text, doc.sentences):
        # "Officials had earlier said the strike killed an Islamic State suicide bomber": an
        # earlier claim about who the dead were names no side of the strike
        actors = [a for a in actors if not _inside_one(a, formerly)]
    lowered = folded if folded is not None else lower_ascii(text)
    choice = choose_type(seg.triggers, text, (seg.start, seg.end), actors, casualties,
                         seg.sentences, lowered)
    if choice is None:
        return None
    choice = _taking_before_the_disappearance(_arrest_before_the_seizure(
        choice, seg.triggers, casualties), seg.triggers)
    if all(c.count is None for c in casualties) and all(
            _habitual(lowered, t) for t in seg.triggers):
        # "its cells still carry out hit-and-run attacks in rural areas", "still carries out
        # ambushes ... and kills shepherds": what a group does as a rule, its victims of no
        # number, not an event
        return None
    # The place is sought near the segment's first violent word, which a later,
    # weightier word of another kind ("triggering an explosion") must not move.
    anchor = choice.trigger
    if anchor is not None and (choice.event_type in _VIOLENT_TYPES or (
            choice.event_type, choice.sub_event_type) == _DESTROYED):
        anchor = next((t for t in seg.triggers if t.event_type in _VIOLENT_TYPES
                       and t.start < anchor.start
                       and not _backs_a_fight(doc.text, t, seg.start)), anchor)
    place = choose_place(seg.places, actors, anchor, doc.text)
    unlisted_here = _names_an_unlisted_place(seg, anchor)
    if before is not None and before.country is not None and _placed_by_later(place, seg, anchor) \
            and _line_opens_on_unknown(doc, seg) is None and not unlisted_here:
        # "In February, U.S. forces killed another leader near the town of Sarmada. ...
        # operations in Iraq and Syria": the event's own sentences name no known place;
        # it lies where the report's earlier event does, not in a country said after it.
        place = None
        location = replace(before, reason=_PLACE_BEFORE)
    else:
        location = location_of(place, seg.places, named_here, doc.places)
        if place is not None and place.place is not None and (
                place.place.feature == "country") and "-" in text and (
                _placed_by_later(place, seg, anchor)):
            location = _theatre_before_a_leading_country(location, named_here, seg, anchor,
                                                         text)
        if location.geo_precision == 1 and place is not None and _route_end_chosen(
                seg.places, place, doc.text):
            # "on the road between Balad Ruz and Mandali": somewhere along the way, near
            # the town the event is placed at
            location.geo_precision = 2
    if location.country is None:
        location.country = doc_country
    if unlisted_here and location.name is None and (place is None or place.place is None):
        # "... in Nakweluma village": a place of its own the gazetteer lacks, not the town of
        # the event told before it; placed in that event's division (else its country),
        # which the story's events are in unless a sentence names another
        _at_an_unlisted_place(location, seg, before)
    if location.latitude is None and location.admin1 is None and location.country is not None:
        _in_the_groups_divisions(location, text)
    if location.latitude is None and location.country is not None:
        _at_the_country_point(location)
    if place is not None:
        _stated_division(doc, place, location)
    town = _unlisted_town(doc, seg, place, location)
    if town is None:
        town = _area_placed_by(doc, seg, place, location)
    own_dates = [d for d in seg.dates if not _PAST_OF_THE_TAKEN.search(
        text, _sentence_start(doc.sentences, d.start), d.start)
        and not _TAKEN_BEFORE_FREED.search(text, _sentence_start(doc.sentences, d.start),
                                           d.start)
        and not _opens_the_context(text, doc.sentences, seg, d)]
    event_dates = [d for d in own_dates if (d.start, d.end) not in told] or own_dates
    act = _reason_only(text, folded or text, seg, casualties)
    reason_of = act
    act_days: list[DateMention] = []
    if act is not None:
        # "Police closed the road on Tuesday after an attack on a convoy": Tuesday is the
        # closing's day; the attack, told only as its reason, happened on or before it.
        # A day the reason clause tells itself ("after clashes on 2 May") leaves the
        # reading as it was: the act and its day are then what the report is of.
        act_days = [d for d in event_dates if act[0] <= d.start < act[1]]
        if any(not act[0] <= d.start < act[1] for d in event_dates):
            # ("Police closed the road after an attack on a convoy on Sunday": the police
            # are still no party to the attack, below, unless their act is itself a fight
            # or one between two sides: "took control of X from the rebels following
            # clashes that started on 2 May" is the takers')
            if any(act[0] <= t.start < act[1] and t.event_type in _VIOLENT_TYPES
                   for t in seg.triggers) or len({
                       a.name for a in _within(doc.actors, act[0], act[1])
                       if a.kind in _ARMED_KINDS}) > 1:
                reason_of = None
            act = None
        else:
            event_dates = []
    if not event_dates and place is not None and (
            (day := _day_told_with_the_place(doc, place, seg, told)) is not None):
        # "... 24 more in Kech district of Balochistan on Friday ... Two soldiers were
        # killed in the Kech raid": the day told with the place before
        event_dates = [day]
    if not event_dates and index > 1 and _on_strike_line(text, seg):
        # "-- Near Mosul, seven strikes engaged five ISIL tactical units" under "continued
        # to attack ... yesterday": a line of a strike release has no day of its own; it is
        # of the day the lead tells of
        lead = [d for d in _within(doc.dates, 0, seg.start)
                if d.date_start and d.time_precision == 1 and (d.start, d.end) not in told]
        if lead:
            event_dates = [lead[0]]
    if index == 1:
        # The lead's date ("05/30/2011: ...", "On Sunday, ...") is the first event's even
        # when the sentence holding it names no event itself.
        lead = [d for d in _within(doc.dates, 0, seg.start)
                if d.date_start and d.time_precision <= 2 and (d.start, d.end) not in told]
        if lead and (not event_dates or _starts_before(lead[0], event_dates[0], seg)):
            event_dates = [lead[0], *event_dates]
    date_start, date_end, precision, basis, date_mention = _date_fields(
        event_dates, filed_on or doc.published)
    if date_mention is None and basis == "publication_date":
        # "The Security Media Cell announced, on Saturday, the killing of five terrorists":
        # with no date of its own, the event is no later than its telling.
        tellings = [d for d in _within(doc.dates, seg.start, seg.end)
                    if d.date_start and d.time_precision == 1 and (d.start, d.end) in told
                    and (doc.published is None or d.date_start <= doc.published)]
        if tellings:
            date_start, date_end, _, basis, date_mention = _date_fields(tellings[:1], None)
            precision = 2
    if date_mention is None and not seg.dates:
        earlier = [d for d in _within(doc.dates, 0, seg.start) if d.date_start]
        if earlier and not doc.published:
            date_start, date_end, precision, basis, date_mention = _date_fields(
                [earlier[-1]], doc.published)
    if act is not None and date_mention is None:
        # no day of its own: as reported, on or before the day of the act it is the reason
        # for (else of the telling), the day itself unknown
        if act_days and act_days[0].date_start is not None:
            date_start, date_end, _, basis, _ = _date_fields(act_days[:1], None)
        precision = 3 if date_start is not None else None
    specific = place is not None and place.place is not None and \
        place.place.feature != "country"
    stated_dates = [d for d in seg.dates if d.date_start and (d.start, d.end) not in told]
    if not (specific or stated_dates or casualties) and (
            len(doc.sentences) > 3 or doc.tally_sentences):
        # Rhetoric ("take the fight to the enemy") names no place, date or victim; nor
        # does a word on a period's tally ("a senior leader was among the dead").
        return None
    if not any(c.count for c in casualties) and not any(
            d.time_precision == 1 for d in stated_dates) and (
            text.find(" ha", seg.start, seg.end) >= 0) and (last_deed := max(
                (t.start for t in seg.triggers), default=-1)) >= 0 and all(
            _TREND.search(lowered, *span) for span in seg.sentences if span[0] <= last_deed):
        # "Attacks on police have risen in Cauca this year as armed groups fight over
        # territory", "killings of social leaders have doubled": how often such things
        # happen, no incident on a day or at a place, and no one counted (a sentence after
        # them that tells no deed, "The government has said it will recruit more
        # reservists", changes nothing)
        return None
    if not (casualties or any(d.time_precision == 1 for d in stated_dates)) and (
            doc.tally_sentences and _RESULTS_OF.search(text, seg.start, seg.end)):
        # "announced the results of its weekly operations", at a dateline's town, "the
        # outcome of the security operations ... during October 2024": the period's
        # tallies, no incident there or then
        return None
    victims = [span for c in casualties if not c.perpetrator
               and (span := _victim_span(c, doc)) is not None]
    counted = [(c.party_start, c.party_end) for c in casualties
               if c.party_start is not None and c.party_end is not None and is_toll(c)]
    # A group held responsible in a sentence of its own after the segment ("No group
    # claimed responsibility, but X was suspected") answers for the incident told before.
    claimed_after = [c for c, means in claims if c.start >= seg.end and (
        means is None or means in (choice.event_type, choice.sub_event_type))]
    # "no civilians were harmed": civilians told unhurt are no target
    unhurt = [(c.party_start, c.party_end) for c in casualties if c.qualifier == "zero"
              and c.party_start is not None and c.party_end is not None]
    # "Police closed the highway after an attack on a convoy": who did the act the attack
    # is told as the reason for is no party to the attack
    act_spans = [(reason_of[0], reason_of[1])] if reason_of is not None else []
    anchor = _past_the_label(text, seg, anchor)
    if anchor is not None and ", when " in text:
        # "The attack was the deadliest on the security forces since November, when gunmen
        # killed five soldiers": the deed of the clause after a date's "when" is told apart
        # from the sentence's start, whose sides are none of its own
        opened = _WHEN_AFTER_A_DATE.search(text, max(0, anchor.start - 120), anchor.start)
        if opened is not None:
            act_spans.append((max(0, anchor.start - 400), opened.start()))
    dreaded = _may_hold(text, _DREADED_WORDS)
    roles = assign_roles(text, [a for a in _sentence_actors(text, actors, seg, anchor)
                                if (a.kind not in _CIVILIAN_KINDS or not _inside_one(a, unhurt))
                                and not _inside_one(a, act_spans)
                                and not (dreaded and _DREADED_BY.search(
                                    text, max(0, a.start - 70), a.start))],
                         anchor, choice.event_type,
                         claim_actors=[*actors, *claimed_after] if claimed_after else actors,
                         victims=victims, counted=counted)
    if choice.event_type == "riots" and ("each other" in text or "one another" in text):
        if _forces_fighting_each_other(text, roles, anchor):
            # "police and soldiers clashed with each other": two forces of one state fought
            choice.event_type, choice.sub_event_type = "battles", "armed_clash"
    if choice.event_type == "battles" and anchor is not None:
        _assault_of_the_side_fended_off(roles, anchor, [
            (c.party_start, c.party_end) for c in casualties
            if c.party_start is not None and c.party_end is not None])
    if (choice.sub_event_type in _POSTURE_KINDS and roles.actor2 is not None
            and _may_hold(text, ("to ",))
            and _AIMED_AT.search(text, max(0, roles.actor2.start - 50), roles.actor2.start)):
        # "set up a base in Kiunga to counter Al Shabaab incursions": the foe a base or a
        # deployment is meant against is no side of its setting up
        roles.actor2, roles.assoc2 = None, []
    if roles.actor1 is not None and roles.actor2 is not None and anchor is not None and (
            roles.actor1.end <= anchor.start < roles.actor2.start) and (
            _IN_A_FORCES_OPERATION.match(text, roles.actor2.end) is not None) and (
            _IN_A_BEFORE.search(text, max(anchor.end, roles.actor2.start - 24),
                                roles.actor2.start) is not None) and _inside_one(
            roles.actor1, [span for c in casualties
                           if (span := _victim_span(c, doc)) is not None]):
        # "6 Taliban insurgents were killed in an ANA operation": the force whose operation
        # it was struck the dead told as the subject
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1
    # "9 terrorists killed in Anbar" above "Iraqi army units ... killing 9 terrorists": the
    # dead told as the subject are struck, and a later sentence tells who struck them
    # (attackers among the dead too: "Four gunmen killed near Baiji")
    hurt_first = roles.actor1 if (roles.actor1 is not None and roles.actor2 is None
                                  and roles.actor1.kind in _ARMED_KINDS
                                  and _inside_one(roles.actor1, [
                                      span for c in casualties
                                      if (span := _victim_span(c, doc)) is not None])
                                  ) else None
    backer = roles.actor1
    if backer is not None and anchor is not None and _may_hold(text, _BACKER_WORDS) and (
            _BACKER_BEFORE.search(text, max(0, backer.start - 40), backer.start)):
        # "Our units, backed by the international coalition, raided hideouts ... and
        # captured fourteen suspects", after "The SDF detained 14 ...": the backer is not
        # who acted; the force told before is, with the backer beside it
        raid_roles = Roles()
        _striker_of_the_raid_before(text, raid_roles, actors, seg, anchor, victims, counted)
        if raid_roles.actor1 is not None and raid_roles.actor1.name != backer.name:
            striker = raid_roles.actor1
            roles.actor1 = striker
            roles.assoc1 = [*raid_roles.assoc1, backer, *(
                a for a in roles.assoc1 if a.name != striker.name)]
            if roles.actor2 is None:
                roles.actor2, roles.assoc2 = raid_roles.actor2, raid_roles.assoc2
    if anchor is not None and (roles.actor1 is None or roles.actor2 is None) \
            and _ORDINAL_STRIKE.match(lowered, seg.sentences[
                max(0, sentence_of(anchor.start, seg.sentences))][0]):
        _striker_of_the_strikes_told_together(text, lowered, roles, actors, seg, anchor,
                                              victims, counted)
    if anchor is not None and roles.actor2 is None:
        _struck_by_the_first_strike(text, lowered, roles, actors, seg, anchor)
    unnamed_striker = roles.actor1 is None
    if unnamed_striker and anchor is not None and _DURING_THE_RAID.match(text, anchor.end):
        # "The SDF carried out a raid in Hamrat ... Three other members of his cell were
        # killed during the raid": who carried out the raid told before killed them
        _striker_of_the_raid_before(text, roles, actors, seg, anchor, victims, counted)
        unnamed_striker = roles.actor1 is None
    if unnamed_striker and anchor is not None:
        # "The army conducted an operation against X ... The operation killed 11 X
        # fighters": who conducted it
        _conductor_of_the_operation_before(text, roles, actors, seg, anchor, choice,
                                           victims, counted)
        unnamed_striker = roles.actor1 is None
    if unnamed_striker and anchor is not None and choice.sub_event_type == "armed_clash":
        # "Police carried out an operation in the X community. A shoot-out broke out and a
        # man was killed": the force on the operation fought it
        unnamed_striker = not _force_of_the_operation_a_fight_broke_out_in(
            text, roles, actors, seg, anchor, location.country)
    # (the men of the toll may be read as the doer: "the killing of the terrorist X")
    hurt_doer = hurt_first if hurt_first is not None and roles.actor1 is hurt_first else (
        roles.actor1 if roles.actor1 is not None and roles.actor1.generic
        and roles.actor1.kind == "unidentified_armed_group"
        and _inside_one(roles.actor1, victims) else None)
    if (unnamed_striker or hurt_doer is not None) and anchor is not None and (
            _raider_of_the_sentence_before(doc, roles, anchor, choice, victims, counted,
                                           hurt_doer)):
        unnamed_striker, hurt_first = False, None
    if anchor is not None and seg.list_lead is not None:
        # "- Near A, an air strike killed four terrorists" under "The air force said its
        # jets conducted the following strikes:": the lead tells who struck
        if _sides_from_the_list_lead(text, lowered, roles, actors, seg.list_lead, anchor,
                                     choice, victims, counted, hurt_first):
            unnamed_striker, hurt_first = False, None
    if (unnamed_striker or hurt_first is not None) and anchor is not None:
        # "the killing of 6 terrorists in an air strike ... the Iraqi F-16 aircraft carried
        # out an air strike": a later sentence tells who did it
        anchor_sentence = sentence_of(anchor.start, seg.sentences)
        for later in _with_operations(text, seg, anchor, choice):
            later_sentence = sentence_of(later.start, seg.sentences)
            if later_sentence > anchor_sentence + _STRIKER_REACH:
                break  # told far from the strike, it is another's
            if (later.event_type, later.sub_event_type) != (
                    choice.event_type, choice.sub_event_type) or (
                    later_sentence == anchor_sentence):
                continue
            by_later = assign_roles(text, _sentence_actors(text, actors, seg, later), later,
                                    choice.event_type, victims=victims, counted=counted)
            if (by_later.actor1 is not None and not by_later.actor1_after_trigger
                    and not _inside_one(by_later.actor1, victims)
                    and (roles.actor2 is None or by_later.actor1.name != roles.actor2.name)
                    and (hurt_first is None or by_later.actor1.name != hurt_first.name)):
                roles.actor1, roles.assoc1 = by_later.actor1, by_later.assoc1
                if roles.actor2 is None or (
                        roles.actor2.generic and roles.actor2.kind in _NON_STATE_SIDE
                        and by_later.actor2 is not None and not by_later.actor2.generic
                        and by_later.actor2.kind in NAMED_GROUP_KINDS):
                    # "killing (7) terrorists in air strikes" above "air strikes on ISIS
                    # terrorist gangs hideouts": the body names the group the men were of
                    roles.actor2, roles.assoc2 = by_later.actor2, by_later.assoc2
                if roles.actor2 is None:
                    roles.actor2 = hurt_first
                hurt_first = None
                break
    if roles.actor1 is None and choice.sub_event_type == "air_drone_strike" \
            and roles.actor2 is not None and roles.actor2.kind in _NON_STATE_SIDE:
        # "Pakistan's military revised the number of militants killed in an air strike":
        # the country's own army, telling of a strike on an armed group, flew it
        roles.actor1 = next((a for a in actors if a.kind == "state_forces"
                             and a.country == location.country
                             and not _inside_one(a, victims)), None)
    if roles.actor1 is None and anchor is not None and choice.event_type in _VIOLENT_TYPES:
        # "Five people were killed in a shooting at a school ... The gunman, a 17-year-old
        # pupil, was arrested": the unnamed attacker a later sentence tells of
        roles.actor1 = _unnamed_attacker_told_later(actors, seg, anchor, victims)
    if hurt_first is not None and roles.actor1 is hurt_first and roles.actor2 is None \
            and hurt_first.kind in _STATE_KINDS and choice.event_type in _VIOLENT_TYPES:
        # "Five soldiers were killed in an ambush near Kidal", and no one named who laid it:
        # the soldiers were struck; who struck them goes unnamed (filled in below)
        roles.actor1, roles.actor2 = None, hurt_first
        roles.assoc1, roles.assoc2 = [], roles.assoc1
    if anchor is not None and choice.event_type in _VIOLENT_TYPES and (
            roles.actor1 is None or roles.actor1.generic
            and roles.actor1.kind == "unidentified_armed_group"):
        _claimant_told_last(text, roles, [*actors, *claimed_after], seg, anchor, victims)
    if anchor is not None and choice.event_type in _VIOLENT_TYPES and (
            roles.actor1 is None or roles.actor1.generic
            and roles.actor1.kind == "unidentified_armed_group"):
        _agent_of_the_toll_told_before(text, roles, actors, seg, anchor, victims)
    joined = roles.actor1 is not None and roles.actor2 is not None and anchor is not None \
        and _MUTUAL.match(anchor.text) is not None \
        and roles.actor1.end <= roles.actor2.start <= anchor.start \
        and _BOTH_SIDES_JOINED.fullmatch(text, roles.actor1.end, roles.actor2.start) is not None
    below = _roles_below_headline(text, actors, seg, choice, victims, counted) if (
        roles.actor1 is not None and anchor is not None
        and seg.sentences[0] == doc.sentences[0]
        and anchor.end <= seg.sentences[0][1] and _is_headline(text, seg.sentences[0])
        and (not unnamed_striker and roles.actor2 is None or joined
             or _AT_LARGE.search(roles.actor1.name) is not None
             or _COALITION_WORD.search(roles.actor1.text) is not None
             or _unnamed_men(roles.actor1))) else None
    if joined and roles.actor1 is not None and roles.actor2 is not None \
            and seg.sentences[0] == doc.sentences[0] and len(seg.sentences) > 1 \
            and _is_headline(text, seg.sentences[0]):
        # "Army and RSF trade claims after fighting in X" above "fighting broke out as the
        # RSF launched an attack on the army's division headquarters": a headline joining
        # both sides of a fight by "and" tells nothing of who attacked whom; the lead does
        _attacker_told_in_the_lead(text, roles, actors, seg, victims, counted)
    if below is not None and roles.actor1 is not None and not unnamed_striker \
            and roles.actor2 is None:
        # "Iraqi F-16 aircraft destroy terrorist hideouts" above "... an air strike on a
        # hideout of the ISIS gangs": the body names whom the headline's striker struck.
        # "Coalition strike in Somalia" above "U.S. Africa Command conducted an airstrike
        # against al-Shabaab": the body's striker, another force of the same side, struck
        # the group it names
        if below.actor2 is not None and below.actor2.name != roles.actor1.name and (
                below.actor1 is None or below.actor1.name == roles.actor1.name
                # ("Islamic State says it attacked ..." above "the Islamic State group has
                # claimed ...", of which its Central Africa Province is told the attacker)
                or _branch_of(roles.actor1.name, below.actor1.name)
                or below.actor1.kind in _STATE_SIDE and roles.actor1.kind in _STATE_SIDE
                and below.actor2.kind in _NON_STATE_SIDE):
            roles.actor2, roles.assoc2 = below.actor2, below.assoc2
    if below is not None and roles.actor1 is not None and below.actor1 is not None \
            and below.actor1.name != roles.actor1.name and below.actor2 is not None \
            and below.actor2.name == roles.actor1.name \
            and not _inside_one(below.actor1, victims) \
            and _TELLS_AFTER.match(text, roles.actor1.end) is not None:
        # "Army reports attack in Borno" above "Boko Haram fighters attacked a military
        # base ...": the headline's force tells of the attack on itself; the body says
        # who made it
        roles.actor1, roles.assoc1 = below.actor1, below.assoc1
        roles.actor2, roles.assoc2 = below.actor2, below.assoc2
        roles.actor1_after_trigger = below.actor1_after_trigger
    if below is not None and roles.actor1 is not None and roles.actor2 is None \
            and roles.actor1.kind in _STATE_SIDE and below.actor1 is not None \
            and below.actor1.kind in _NON_STATE_SIDE and below.actor2 is not None \
            and below.actor2.kind in _STATE_SIDE \
            and _FENDED_IN_HEADLINE.search(text, *seg.sentences[0]):
        # "Security forces foil infiltration attempt" above "A force of the Federal Police
        # repelled an attack by the terrorist elements on one of its points": the headline's
        # force fended the attack off; the body tells who made it and whom it struck
        roles.actor1, roles.assoc1 = below.actor1, below.assoc1
        roles.actor2, roles.assoc2 = below.actor2, below.assoc2
    if below is not None and roles.actor1 is not None and _AT_LARGE.search(roles.actor1.name):
        # "U.S. airstrike kills four al-Shabaab militants" above "U.S. Africa Command
        # conducted an airstrike": the body names which of the country's forces struck
        which = below.actor1
        if which is not None and which.name != roles.actor1.name and (
                which.country == roles.actor1.country and which.kind == roles.actor1.kind
                and not which.generic and not _AT_LARGE.search(which.name)):
            roles.actor1 = which
    if below is not None and roles.actor1 is not None and _unnamed_men(roles.actor1) \
            and below.actor1 is not None and not below.actor1.generic \
            and below.actor1.kind in NAMED_GROUP_KINDS:
        # "Suicide bomber kills seven at hotel" above "A suicide bomber affiliated with
        # the Shabaab group blew himself up": the body names the group of the headline's
        # unnamed attacker
        roles.actor1 = replace(below.actor1, start=roles.actor1.start, end=roles.actor1.end,
                               text=roles.actor1.text)
    if below is not None and roles.actor1 is not None and _COALITION_WORD.search(
            roles.actor1.text):
        # "Coalition strike near Qaim" above "Iraqi Security Forces conducted an air strike":
        # the headline names the alliance, the body the force of it that struck
        which = below.actor1
        if which is not None and which.name != roles.actor1.name and (
                which.kind in _STATE_SIDE and not which.generic
                and not _COALITION_WORD.search(which.text)):
            roles.actor1 = which
    if (choice.sub_event_type == "arrests" and roles.actor1 is not None
            and roles.actor1.kind in _NON_STATE_SIDE
            and (roles.actor1_after_trigger or _inside_one(roles.actor1, victims))
            and (roles.actor2 is None or roles.actor2.kind in _STATE_SIDE)):
        # "announced the arrest of a terrorist ... who confessed his belonging to ISIS", "two
        # Boko Haram commanders were arrested": the group of those taken, not who took them
        # (the force named, or the police by default, below)
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1
    if roles.actor2 is None and roles.actor1 is not None:
        roles.actor2 = _group_told_before(doc, seg, casualties)
    if (choice.event_type in _VIOLENT_TYPES or choice.event_type == "riots"
            and roles.actor2 is None) and (roles.actor2 is None or (
            roles.actor2.kind in _CIVILIAN_KINDS and roles.actor2.generic
            and roles.actor2.text.lower() in _ANYONE_WORDS)):
        # "an attack on a police station ..., killing two people", "a crowd stormed a police
        # station": the force whose post was struck is the side struck, where the report
        # names no other
        force = _force_of_the_post_struck(text, lowered, seg, location.country)
        if force is not None and (roles.actor1 is None or roles.actor1.kind != force.kind):
            roles.actor2 = force
    _formations_under_their_group(roles, actors)
    _unnamed_struck_of_the_one_group(roles, _within(doc.actors, seg.start, seg.end), victims)
    if (choice.event_type, choice.sub_event_type) == _TAKING and choice.trigger is not None \
            and _TRIED_TO.search(lowered, max(seg.start, choice.trigger.start - 100),
                                 choice.trigger.start):
        # "tried to overrun a base but were repelled", "foiled an attempt by X to overrun
        # the town": a fight, with nothing taken
        choice.sub_event_type = "armed_clash"
    if choice.event_type == "battles":
        _side_of_the_fended_off_assault(text, roles, seg)
    if choice.event_type in {"battles", "explosions_remote_violence"}:
        _side_whose_fire_came(text, roles, seg)
    refine_type(choice, roles, casualties, lowered[seg.start:seg.end])
    _territory_by_who_took_it(choice, roles)
    if choice.event_type == "violence_against_civilians" and roles.actor2 is not None \
            and roles.actor2.kind in _STATE_KINDS and roles.actor2.kind != "external_force" \
            and _told_off_duty(lowered[seg.start:seg.end]) and (
                civilians := _resolve_party("civilians", roles.actor2.country)) is not None:
        # "militants shot dead a soldier (off-duty)": ACLED's civilian struck, his force
        # beside him
        roles.assoc2 = [roles.actor2, *roles.assoc2]
        roles.actor2 = replace(civilians, start=roles.actor2.start, end=roles.actor2.end,
                               text=roles.actor2.text)
    if choice.event_type in _GATHERINGS and \
            (choice.event_type, choice.sub_event_type) not in _NO_FORCE_MET and \
            roles.actor2 is None and (roles.actor1 is None or roles.actor1.kind not in _STATE_SIDE):
        # "traders protested in Kumasi ... Police fired tear gas to disperse them": the force
        # a later sentence names met the protest
        roles.actor2 = next((a for a in actors if a.kind in _STATE_SIDE
                             and (anchor is None or a.start > anchor.start)), None)
        if roles.actor2 is not None:
            # "Military and police forces reopened the roads": the force told with it too
            roles.assoc2.extend(a for a in _partners_after(text, roles.actor2, actors, victims)
                                if a.kind in _STATE_SIDE and a not in roles.assoc2)
    if place is None and not any(p.place is not None for p in seg.places):
        _local_force_country(location, roles)
    country = location.country
    _civilians_where_struck(roles, country)
    _former_member_struck(roles, choice, country)
    if roles.actor1 is not None and roles.actor1.name.startswith(_UNNAMED_COMMUNITY) and \
            choice.event_type in _VIOLENT_TYPES:
        # "militias from X and Y clashed over land": the two sides of one fight
        _communities_named(roles, text, doc, country, mutual=(
            choice.trigger is not None and _MUTUAL.match(choice.trigger.text) is not None) or (
            choice.sub_event_type == "armed_clash" and _MUTUAL.search(
                text, roles.actor1.end, roles.actor1.end + 120) is not None))
    if choice.sub_event_type == "armed_clash":
        _farmers_of_a_people(roles, text, country)
    if (choice.event_type, choice.sub_event_type) == ("battles", "armed_clash") and \
            _may_hold(lowered, _FLED_WORDS) and _FLED_THE_FIGHTING.search(
                lowered, seg.start, seg.end) and not any(
                c.kind in {"killed", "wounded"} and c.count != 0 for c in casualties):
        # "some 300 families were displaced following a clash between the army and the
        # rebels": the people who fled are the news, the fight only its cause; ACLED's
        # strategic development, the civilians its actor
        displaced = _resolve_party("civilians", country)
        if displaced is not None:
            choice.event_type, choice.sub_event_type = "strategic_developments", "other"
            roles.actor1, roles.actor2, roles.assoc1, roles.assoc2 = displaced, None, [], []
    if choice.sub_event_type == "arrests" and roles.actor1 is None and \
            choice.trigger is not None:
        # "military police seized 300 kilograms of cocaine. A man was arrested.": the force
        # the report named before the arrest took him
        taken_at = choice.trigger.start
        roles.actor1 = next((a for a in actors if a.kind in _STATE_SIDE and a.end < taken_at
                             and not _inside_one(a, victims)), None)
        if roles.actor1 is None:
            # "The Afghan National Army said ... - 4 militants detained in X": the force
            # whose release tells of the arrest made it
            roles.actor1 = next((a for a in _within(doc.actors, 0, seg.start)
                                 if a.kind in _STATE_KINDS and not a.generic
                                 and (_RELEASED_AFTER.match(text, a.end)
                                      or _TELLER_AFTER.match(text, a.end))), None)
    by_gang = gang_style(lowered, seg.start, seg.end, country)
    if ((choice.event_type, choice.sub_event_type) == _GENERIC_ATTACK or (
            choice.sub_event_type == "armed_clash" and roles.actor2 is None)) and \
            (roles.actor1 is None or (roles.actor1.generic and roles.actor1.kind in
                                      {"unidentified_armed_group", "gang"})) and \
            (roles.actor2 is None or roles.actor2.kind in _CIVILIAN_KINDS) and \
            _may_hold(lowered, _STRUCK_CRIMINAL_WORDS) and \
            _STRUCK_CRIMINAL.search(lowered, seg.start, seg.end):
        # "he had a criminal record for robbery", "an alleged drug dealer was shot dead":
        # one criminal struck by unnamed gunmen is a fight between gangs,
        # the gunmen the country's own name for unattributed gang killings where it has one
        criminal_gang = _resolve_party("gang", country)
        own = unattributed_gang(country)
        if criminal_gang is not None:
            choice.event_type, choice.sub_event_type = "battles", "armed_clash"
            roles.actor2 = replace(criminal_gang, start=roles.actor2.start, end=roles.actor2.end,
                                   text=roles.actor2.text) if roles.actor2 else criminal_gang
            if own is not None and own.name != criminal_gang.name and (
                    roles.actor1 is None or roles.actor1.kind == "unidentified_armed_group"):
                roles.actor1 = own if roles.actor1 is None else replace(
                    own, start=roles.actor1.start, end=roles.actor1.end, text=roles.actor1.text)
    if by_gang and roles.actor1 is not None and roles.actor1.generic and \
            roles.actor1.kind == "unidentified_armed_group":
        # "armed men on a motorcycle carried out a drive-by shooting": a gang's method
        gang = unattributed_gang(country)
        if gang is not None:
            roles.actor1 = replace(gang, start=roles.actor1.start, end=roles.actor1.end,
                                   text=roles.actor1.text)
    if roles.actor1 is not None and roles.actor1.generic and \
            roles.actor1.kind in _NON_STATE_SIDE and \
            _THE_GROUP.fullmatch(text, max(0, roles.actor1.start - 4),
                                 roles.actor1.end) is not None:
        # "Last month, the insurgents abducted 17 women": the group the report named
        group_before = _group_named_before(doc.actors, roles.actor1.start)
        if group_before is not None:
            roles.actor1 = replace(group_before, start=roles.actor1.start,
                                   end=roles.actor1.end, text=roles.actor1.text)
    elif roles.actor1 is None and choice.trigger is not None and \
            choice.event_type in _VIOLENT_TYPES:
        # "Al-Shabaab, which is linked to al-Qaida, claimed ... In December 2023, the group
        # killed 11 soldiers": the armed group the report named before
        lo = seg.sentences[sentence_of(choice.trigger.start, seg.sentences)][0]
        the_group = _THE_GROUP.search(text, lo, choice.trigger.start)
        group_before = _group_named_before(doc.actors, the_group.start()) if the_group \
            else None
        if the_group is not None and group_before is not None and not any(
                the_group.end() <= a.start < choice.trigger.start for a in actors):
            roles.actor1 = replace(group_before, start=the_group.start(),
                                   end=the_group.end(), text=the_group.group())
    if roles.actor1 is None and choice.trigger is not None and \
            choice.event_type in _VIOLENT_TYPES:
        # "Members of the Ogaden Front seized a trader ... He was executed the next day":
        # a deed told with no doer is of the armed group that opened the sentence before
        roles.actor1 = _doer_of_the_sentence_before(text, doc.actors, doc.sentences,
                                                    choice.trigger.start)
    if roles.actor1 is not None and roles.actor1.generic and _OUR_FORCES.search(
            text, max(0, roles.actor1.start - 30), roles.actor1.start):
        # "by our heroic commandos ..., the Turkish Ministry of National Defence announced":
        # the teller's own forces
        teller = next((a for a in _within(doc.actors, seg.start, seg.end)
                       if not a.generic and a.kind in _STATE_SIDE
                       and _TELLER_AFTER.match(text, a.end)), None)
        if teller is not None:
            roles.actor1 = teller
    if roles.actor1 is None and choice.trigger is not None and _OWN_AIR_ARM.search(
            choice.trigger.text) is not None:
        # "Russia's Defence Ministry said a strike of the aerospace forces in the area of
        # X killed ...": an air arm named without its country is that of the ministry or
        # army telling of its strikes, not the country's where they fell
        roles.actor1 = next((a for a in _within(doc.actors, seg.start, seg.end)
                             if not a.generic and a.kind in _STATE_SIDE
                             and _TELLER_AFTER.match(text, a.end)), None)
    if choice.sub_event_type == "disrupted_weapons_use" and choice.trigger is not None and \
            _INTERCEPTION.search(choice.trigger.text):
        _interceptor_first(text, roles, country)
    if choice.sub_event_type == "shelling_artillery_missile_attack" and \
            choice.trigger is not None and _INTERCEPTION.search(choice.trigger.text):
        _craft_owner_second(text, choice.trigger, roles, country)
    if roles.actor1 is not None and roles.actor2 is None:
        # "Ukrainian losses amounted to up to 40 servicemen": the side the count is of is
        # the one the acting side fought
        roles.actor2 = next((o for m in casualties if (o := _losses_owner(m, doc)) is not None
                             and o.name != roles.actor1.name), None)
    taken_of = _taken_of_the_named_group(choice, roles, actors)
    # the side whose deeds the report tells: the one that fended the assault off, though
    # actor2, tells of its own men ("three soldiers of the patrol were hurt")
    doers = Roles(actor1=roles.actor2, actor2=roles.actor1) if (
        roles.fender is not None and roles.actor2 is not None
        and roles.fender.name == roles.actor2.name) else roles
    acting = doers.actor1.name if doers.actor1 is not None else None
    if choice.event_type in _GATHERINGS:
        casualties = _not_the_cause(choice, casualties, lowered)
    found_casualties = _fighters_of_the_struck(
        _to_the_named_group(casualties_of(
            casualties, country, doc, acting,
            doers.actor1 is not None and doers.actor1.kind in _STATE_KINDS,
            _side_fought(doers),
            doers.actor2 is not None and doers.actor2.kind in _STATE_KINDS), roles,
            choice.sub_event_type == "arrests"), roles,
        _may_hold(lowered, _TWO_WAY_WORDS)
        and _TWO_WAY.search(lowered, seg.start, seg.end) is not None)
    found_casualties = _soldiers_of_the_foreign_force(found_casualties, roles, actors, country,
                                                      choice.event_type == "battles")
    found_casualties = _soldiers_of_the_struck_force(
        _suspects_of_the_struck(found_casualties, roles, country,
                                choice.event_type == "violence_against_civilians"),
        roles, country)
    found_casualties = _killed_by_the_fending_side(text, found_casualties, roles,
                                                   doc.actors, seg)
    if (choice.sub_event_type == "arrests" and roles.actor1 is not None
            and roles.actor1.kind in _NON_STATE_SIDE and roles.actor2 is not None
            and roles.actor2.kind in _STATE_SIDE
            and any(c.kind == "detained" for c in found_casualties)
            and all(c.party == roles.actor1.name for c in found_casualties
                    if c.kind == "detained")):
        # "a cell of ISIS attacked a checkpoint, and army units arrested four of its
        # members": the group named first is that of those taken, the force took them
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        roles.assoc1, roles.assoc2 = roles.assoc2, roles.assoc1
    if taken_of is not None:
        found_casualties = [replace(c, party=taken_of) if c.party and c.party.startswith(
            _UNNAMED_ARMED) else c for c in found_casualties]
    unnamed = roles.actor2.name if roles.actor2 is not None and roles.actor2.name.startswith(
        _UNNAMED_ARMED) else None
    _struck_group_named_by_its_dead(roles, found_casualties, country)
    if unnamed is not None and roles.actor2 is not None and roles.actor2.name != unnamed:
        # the unnamed armed men counted are of the group the event's dead name
        found_casualties = [replace(c, party=roles.actor2.name) if c.party == unnamed else c
                            for c in found_casualties]
    _struck_force_named_by_its_dead(roles, found_casualties, country)
    _doer_of_the_group_sought(text, roles, actors)
    _teller_struck_the_dead(text, roles, found_casualties, actors, anchor, seg, country)
    if choice.event_type == "battles":
        _releasing_force_struck_the_dead(text, roles, found_casualties, doc.actors, seg,
                                         country)
    if roles.actor1 is None and roles.actor2 is None and found_casualties and all(
            c.party and ADDITIVE.issuperset(c.party.lower().split()) for c in found_casualties
    ) and (more := count_added_to(doc, seg.start, found_casualties[0].kind)) is not None:
        # "The additional five were killed in an ambush near Gwoza" under a revised count
        # of the week: an incident of its own, as ACLED codes it, of the count's parties
        found_casualties = [replace(c, party=more[0]) for c in found_casualties]
        roles.actor1, roles.actor2 = more[1], _resolve_party(more[0], country)
    found_casualties = _leaders_of_the_struck_group(found_casualties, roles, country)
    found_casualties = _the_detained_side(found_casualties, roles, country)
    if (choice.event_type, choice.sub_event_type) == ("strategic_developments", "arrests") \
            and roles.actor1 is not None and "authorit" in text:
        _arrest_by_a_ruling_groups_authorities(text, roles,
                                               _day(date_start) if date_start else None)
    if (choice.event_type, choice.sub_event_type) in _OFFICIALS_ACTS and anchor is not None and (
            doc_country or country):
        # the government of the country the report is about, wherever the act is placed
        _officials_acting_alone(text, roles, seg, doc_country or country or "",
                                _day(date_start) if date_start else None)
    if choice.event_type in _POLICED_TYPES and \
            choice.sub_event_type != "excessive_force_against_protesters":
        _security_forces_as_police(roles, country)
    if roles.actor1 is None and choice.sub_event_type == "air_drone_strike" and (
            _on_strike_line(text, seg)):
        # "-- Near Mosul, seven strikes engaged ..." under "Coalition military forces
        # conducted 17 strikes ...": the force the release says struck that day
        roles.actor1 = _striker_of_the_release(doc, seg)
    if choice.event_type == "battles" and roles.actor1 is not None and (
            roles.actor2 is not None and roles.actor1.name == roles.actor2.name) and (
            roles.actor1.kind in _NON_STATE_SIDE) and (force := next(
            (a for a in actors if not a.generic and a.kind in _STATE_SIDE), None)) is not None:
        # "were liquidated bandits 3 ... The bandits offered armed resistance to the
        # employees of the FSB": one group read as both sides, the force named the other
        roles.actor1, roles.actor2 = force, roles.actor1
    event = Event(
        event_id=f"{doc_id}-e{index}",
        doc_id=doc_id,
        doc_ids=[doc_id],
        event_type=choice.event_type,
        sub_event_type=choice.sub_event_type,
        date_start=date_start,
        date_end=date_end,
        time_precision=precision,
        date_basis=basis,  # type: ignore[arg-type]
        location=location,
        actor1=roles.actor1.name if roles.actor1 else None,
        assoc_actor_1=[a.name for a in roles.assoc1],
        actor2=roles.actor2.name if roles.actor2 else None,
        assoc_actor_2=[a.name for a in roles.assoc2],
        casualties=found_casualties,
        fatalities=total_fatalities(found_casualties),
        extractor=NAME,
    )
    _fill_defaults(event, roles, country,
                   [a for a in named_here if a.kind == "observer"] if roles.actor1 is None else (),
                   by_gang=by_gang,
                   gang_goods_taken=choice.sub_event_type == _TAKEN_OR_DESTROYED
                   and gang_goods(lowered, seg.start, seg.end),
                   drone_fielder=_drone_fielder(doc, seg) if roles.actor1 is None
                   and choice.sub_event_type == "air_drone_strike" else None,
                   unclaimed=roles.actor1 is None and choice.sub_event_type == "air_drone_strike"
                   and _unclaimed_by_a_group(lowered, seg, doc.actors))
    if choice.sub_event_type == "other" and choice.trigger is not None and \
            _REMNANT.search(choice.trigger.text) and (
                roles.actor1 is None or roles.actor1.kind in _CIVILIAN_KINDS):
        # "a villager stepped on a landmine left over from the war": whoever laid it is
        # unknown (ACLED's unidentified armed group), the one hurt its victim
        if event.actor2 is None and event.actor1 is not None:
            event.actor2 = event.actor1
        event.actor1 = None
        _default_actor(event, "actor1", "unidentified armed group", country)
    _unnamed_dead_of_the_civilians_struck(event, roles, country)
    _unnamed_dead_of_the_gathering(event, country)
    evidence: dict[str, list[Evidence]] = {}
    retold: list[Trigger] = []
    choice_trigger = [choice.trigger] if choice.trigger else []
    if choice.trigger:
        retold = _restatements(seg, choice, lowered)
        evidence["event_type"] = [_ev(doc_id, text, t.start, t.end)
                                  for t in [choice.trigger, *retold]]
    if town is not None:
        evidence["location"] = [_ev(doc_id, text, *town)] + (
            [_ev(doc_id, text, place.start, place.end)] if place else [])
    elif place:
        evidence["location"] = [_ev(doc_id, text, place.start, place.end)]
    if place or town is not None:
        evidence["location"] += [_ev(doc_id, text, p.start, p.end)
                                 for p in _places_retold(seg, doc.places, [
                                     *choice_trigger, *retold], location, place)]
    else:
        event.inferred["location"] = location.reason or "no place named"
    sites, named_at = _sites_told(text, lowered, seg, doc.places, [*choice_trigger, *retold],
                                  found_casualties, location, doc_chunks(doc))
    if sites:
        location.site = text[sites[0][0]:sites[0][1]]
    if sites or named_at:
        placed = evidence.setdefault("location", [])
        starts = {e.start for e in placed}
        placed.extend(_ev(doc_id, text, p.start, p.end) for p in named_at
                      if p.start not in starts)
        placed.extend(_ev(doc_id, text, s, e) for s, e in sites)
    if date_mention:
        evidence["date"] = [_ev(doc_id, text, date_mention.start, date_mention.end)]
    elif date_start and filed_on is not None and date_start == filed_on.isoformat():
        event.inferred["date"] = "dateline date: the report names no date for the event"
    elif date_start:
        event.inferred["date"] = "publication date: the report names no date for the event"
    for role, mention in (("actor1", roles.actor1), ("actor2", roles.actor2)):
        if mention:
            evidence[role] = [_ev(doc_id, text, mention.start, mention.end)]
    if roles.perpetrator is not None and roles.actor1 is not None and \
            event.actor1 == roles.actor1.name:
        evidence["actor1"].append(
            _ev(doc_id, text, roles.perpetrator.start, roles.perpetrator.end))
    for role, group in (("assoc_actor_1", roles.assoc1), ("assoc_actor_2", roles.assoc2)):
        if group:
            evidence[role] = [_ev(doc_id, text, m.start, m.end) for m in group]
    if found_casualties:
        evidence["fatalities"] = [e for c in found_casualties if c.kind == "killed"
                                  for e in c.evidence]
        _mark_revised_counts(event, text)
    if named is None:
        named = scan(text, lowered)[1]
    seizure = (choice.event_type, choice.sub_event_type) == _SEIZURE
    for name, s, e in _first_of_each(_in_segment(named, seg)):
        k = sentence_of(s, seg.sentences)
        told_from = seg.sentences[k][0] if 0 <= k < len(seg.sentences) else seg.start
        if not seizure and (_SEIZED_BEFORE.search(lowered, max(told_from, s - 100), s) or (
                _TAKEN_ARMS_AFTER.match(lowered, e)
                and not _SPENT_PARTS_BEFORE.search(lowered, max(told_from, s - 60), s))):
            # "seized explosive belts", "a grenade and a pistol were found in his house":
            # taken, not used ("fragments of a grenade were recovered" tell its use)
            continue
        if _DEEDS_OF_THE_MAN.search(lowered, max(told_from, s - 60), s):
            continue  # "a planner responsible for directing IED attacks": his past, not this
        event.equipment.append(name)
        evidence.setdefault("equipment", []).append(_ev(doc_id, text, s, e))
    for actor in (roles.actor1, roles.actor2, *roles.assoc1, *roles.assoc2):
        if actor is not None:
            _note_actor(event, actor)
    _associate_identities(event, text, lowered, seg, anchor, victims, named_here, country)
    _people_of_a_side(event, text, roles, country, anchor, named_here, seg)
    _former_forces_struck(event, roles, lowered, seg, country)
    if event.event_type == "riots":
        _vigilantes(event, lowered, seg, country)
        _communal_sides(event, lowered, seg, country)
        _rioters_each_other(event, lowered, seg)
        _riot_in_a_prison(event, lowered, seg, country)
    _militias_each_other(event, lowered, seg)
    # a side is never its own associate ("a mob ... the mob")
    event.assoc_actor_1 = [n for n in event.assoc_actor_1 if n != event.actor1]
    event.assoc_actor_2 = [n for n in event.assoc_actor_2 if n != event.actor2]
    _struck_premises(event, lowered, seg, country)
    _associate_organisations(event, text, seg, anchor, victims, named_here, roles, evidence)
    if event.actor1 is not None:
        # the attacker told again by the words of the event ("A suicide bomber riding a
        # motorcycle crashed into a patrol" under "a suicide bomber blew himself up")
        striking = evidence.setdefault("actor1", [])
        starts = {e.start for e in striking}
        for t in [*choice_trigger, *retold]:
            if t.start not in starts and _ATTACKER_IN_TRIGGER.search(t.text):
                striking.append(_ev(doc_id, text, t.start, t.end))
                starts.add(t.start)
        if event.event_type in _VIOLENT_TYPES and \
                event.actor_kinds.get(event.actor1) not in _STATE_KINDS:
            again = _attacker_retold(text, lowered, seg.start, seg.end,
                                     _near_the_words(seg, [*choice_trigger, *retold]))
            striking.extend(_ev(doc_id, text, s, e) for s, e in again if s not in starts)
            _attacker_hurt_by_his_name(event, text, again)
        if roles.actor1 is not None and not roles.actor1.generic \
                and roles.actor1.kind in NAMED_GROUP_KINDS and roles.actor1.name == event.actor1:
            starts = {e.start for e in striking}
            striking.extend(_ev(doc_id, text, s, e) for s, e in _group_told_again(
                text, roles.actor1, _within(doc.actors, seg.start, seg.end), seg.end)
                if s not in starts)
        if not striking:
            del evidence["actor1"]
    if event.actor2 is not None:
        # the side struck is told too by its dead and hurt, and by what the attack was aimed
        # at ("targeted a bakery", "crashed into a foot patrol")
        struck = evidence.setdefault("actor2", [])
        starts = {e.start for e in struck}
        for c in found_casualties:
            if c.party == event.actor2 and c.kind in {"killed", "wounded"}:
                struck.extend(e for e in c.evidence if e.start not in starts)
        struck.extend(_ev(doc_id, text, s, e) for s, e in _targets_told(
            text, lowered, seg, [*choice_trigger, *retold], doc.dates, doc.places))
        if not struck:
            del evidence["actor2"]
    event.evidence = evidence
    event.background = seg.cited or _is_background(date_end, doc.published, basis)
    event.notes = write_notes(event)
    event.confidence = _confidence(choice.score, place, date_mention, roles)
    return event


# Gatherings with no force that met them: the rest of the protests, and violent
# demonstrations, take the force a later sentence names as their second side.
_GATHERINGS = frozenset({"protests", "riots"})
_NO_FORCE_MET = frozenset({("protests", "peaceful_protest"), ("riots", "mob_violence")})
_OFF_DUTY = re.compile(r"(?<!if he was )(?<!if she was )(?<!whether he was )\boff[- ]duty\b")
_COLLECTIVE = re.compile(
    r"\b(?:(?:by|between) (?:(?:suspected|angry|irate) )?(?:a group of|two groups|"
    r"members of two|villagers|locals|residents|inhabitants|citizens|townspeople|"
    r"a mob|neighbou?rs|traders|youths|students|relatives|supporters|community members|members of "
    r"the (?:local )?community|(?:a )?vigilante(?:s| groups?| mob))|(?:two|rival) (?:groups|"
    r"communities|families|clans|factions of villagers)|(?:villagers|locals|residents|"
    r"inhabitants|citizens|townspeople|youths|"
    r"a mob|mobs|crowds?|neighbou?rs|traders|workers|inmates|prisoners|students|communities|"
    r"supporters|a group of (?:people|men|locals|villagers|youths))\s+(?:(?:\w+\s+){0,3}?"
    # "residents caught a suspected robber, beat him": a deed told second in a list; "a
    # crowd in Huitzilan, Puebla, beat a man": the place the crowd was in, then its deed
    r"(?:(?:(?!(?:that|said|told|says)\b)[\w'-]+\s+){0,3}[\w'-]+,\s+){0,2}(?:clashed|"
    r"attacked|beat|lynched|fought|pelted|assaulted|stormed|torched|hacked|stoned|"
    # "villagers burned to death a woman accused of witchcraft"
    r"burn(?:ed|t)\s+(?:to\s+death|alive))"
    # "angry residents set fire to the house of ...": a community burning or wrecking, the
    # verb right after them (not "villagers whose houses were set on fire")
    r"|(?:(?!(?:were|was|been|whose|who|which)\b)\w+\s+)?(?:set\s+(?:fire\s+to|ablaze|"
    r"alight|on\s+fire)|burn(?:ed|t)\s+down|ransacked|vandali[sz]ed|razed))"
    # "a group of around 20 men with their faces covered attacked ..."
    r"|a group of (?:(?:around|about|some|nearly|over|at least|more than) )?\d+ (?:people|"
    r"men|locals|villagers|youths)\s+(?:\w+\s+){0,4}?(?:attacked|beat|lynched|assaulted))\b")


#: Firearms a crowd fights with: "fought with guns and knives", "armed with rifles". Those
#: who fight so are armed men, no crowd brawling.
_FOUGHT_WITH_GUNS = re.compile(
    r"\b(?:with|using|wielding|armed\s+with)\s+(?:[\w-]+\s+){0,2}?(?:guns|firearms|rifles|"
    r"pistols|automatic\s+weapons|assault\s+rifles|AK-?47s?)\b", re.IGNORECASE)


#: What a crowd does as a riot: fight, attack, or burn and wreck property.
_CROWD_MAY_DO = frozenset({("battles", "armed_clash"), ("violence_against_civilians", "attack"),
                           _DESTROYED})


# Deaths a gathering is about, not deaths at it: "over the killing of a rebel commander",
# "to commemorate the workers who lost their lives", "after two children were killed".
_DEATH_NOUN = re.compile(r"(?:killings?|deaths?|murders?|lynching|shooting|assassination)\b")
_ABOUT_A_DEATH = re.compile(
    r"\b(?:over|against|protesting|condemning|denouncing|decrying|for|after|following|about|"
    r"into)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
_IN_MEMORY = re.compile(
    r"(?:\b(?:commemorat\w*|in\s+(?:memory|memoriam|remembrance|honou?r)|mourn\w*|"
    r"remember\w*|justice\s+for)\b(?:\s+(?:of|to|for))?(?:\s+[\w'-]+){0,5}"
    # "after two children were killed", "after a gas leak killed 11"
    r"|\b(?:after|following)(?:\s+(?:a|an|the)(?:\s+[\w-]+){1,2}(?:\s+(?:killed|claimed))?)?)"
    r"\s+$")
# "About 100 people have died in three months of street protests": the gathering's dead
_DIED_AT_THE_GATHERING = re.compile(
    r"[^.;]{0,40}?\b(?:during|at|amid|in|on)\s+(?:[\w-]+\s+){0,6}?(?:protests|"
    r"demonstrations|rallies|marches|unrest|(?:the|a|an)\s+(?:protest|demonstration|rally|"
    r"march))\b")
_PEACEFUL_SUBS = frozenset({"peaceful_protest", "protest_with_intervention"})


def _not_the_cause(choice: TypeChoice, casualties: list[CasualtyMention],
                   lowered: str) -> list[CasualtyMention]:
    """A gathering's casualties less the deaths it was held over.

    A peaceful protest, met with force or not, has no dead of its own in ACLED's coding
    (deaths at it make excessive force); a riot's dead are its own unless told as its cause.
    """
    peaceful = choice.event_type == "protests" and choice.sub_event_type in _PEACEFUL_SUBS
    kept = []
    for c in casualties:
        if c.kind == "killed" and (_told_as_cause(lowered, c) or (
                peaceful and not _DIED_AT_THE_GATHERING.match(lowered, c.end))):
            continue
        kept.append(c)
    return kept if len(kept) < len(casualties) else casualties


def _told_as_cause(lowered: str, c: CasualtyMention) -> bool:
    """Whether a death is told as what a gathering was about."""
    before = lowered[max(0, c.start - 90):c.start]
    if _DEATH_NOUN.match(lowered, c.start) and _ABOUT_A_DEATH.search(before):
        return True
    return _IN_MEMORY.search(before) is not None


# The passive capture ("were captured by Afghan commandos"), an arrest when people are taken.
_CAPTURED_BY = re.compile(r"captured\s+(?:alive\s+)?by\b")


def _told_off_duty(segment_text: str) -> bool:
    """Whether the (lower-cased) segment tells someone off duty."""
    return "duty" in segment_text and bool(_OFF_DUTY.search(segment_text))


def _bomber_taken(choice: TypeChoice) -> bool:
    """Whether the arms disrupted are a suicide bomber's, taken before the blast: the
    bomber's arrest is how the bombing was disrupted, not an arrest of its own."""
    return choice.trigger is not None and choice.trigger.sub_event_type == _SUICIDE[1]


def _arrest_before_the_seizure(choice: TypeChoice, triggers: Sequence[Trigger],
                               casualties: Sequence[CasualtyMention]) -> TypeChoice:
    """"... conducted a raid and arrested four members. During the operation, the forces
    seized two rifles": the arrest told first is the act and its sentence, which names who
    took part, anchors the event; the arms taken are of it."""
    if (choice.event_type, choice.sub_event_type) != _SEIZURE or choice.trigger is None \
            or _bomber_taken(choice):
        return choice
    seized_at = choice.trigger.start
    arrest = next((t for t in triggers if t.sub_event_type == "arrests"
                   and t.event_type == "strategic_developments" and t.start < seized_at), None)
    if arrest is None or not any(c.kind == "detained" and c.count and c.start < seized_at
                                 for c in casualties):
        return choice
    return TypeChoice("strategic_developments", "arrests", arrest, choice.score)


#: A disappearance told by what followed the taking: "they have not been seen since", "his
#: whereabouts remain unknown", "no news of him", "handed them over to a cartel".
_TOLD_MISSING = re.compile(r"(?i:seen|heard|whereabouts|no news|hand(?:ed|ing))")


def _taking_before_the_disappearance(choice: TypeChoice,
                                     triggers: Sequence[Trigger]) -> TypeChoice:
    """"Police detained three men ... and handed them to a cartel; they have not been seen
    since": a disappearance told by what followed is the detention told before it, whose
    sentence names who took them (the force, whoever it handed them to)."""
    if (choice.event_type, choice.sub_event_type) != _ABDUCTION or choice.trigger is None \
            or _TOLD_MISSING.search(choice.trigger.text) is None:
        return choice
    missing_at = choice.trigger.start
    taking = next((t for t in triggers if t.sub_event_type == "arrests"
                   and t.start < missing_at), None)
    if taking is None:
        return choice
    return TypeChoice(*_ABDUCTION, taking, choice.score)


def refine_type(choice: TypeChoice, roles: Roles, casualties: Sequence[CasualtyMention],
                segment_text: str = "") -> None:
    """ACLED's line between battles and violence against civilians: who was targeted.

    Violence against an armed, organised party is a battle even when one-sided (an
    assassinated soldier); violence by armed actors against unarmed people is an attack.
    """
    target = roles.actor2
    hit = [c for c in casualties if c.kind in {"killed", "wounded"} and not c.perpetrator
           and not c.animal]
    # Its look-behinds keep the pattern from skipping ahead to "off": a plain test for the
    # word it needs first spares a scan of the segment in most reports.
    off_duty = _told_off_duty(segment_text)
    target_armed = (target is not None and target.kind in _ARMED_KINDS and not off_duty) or any(
        _is_armed_party(c) for c in hit)
    # ("no civilians were harmed" tells of no civilian struck)
    target_civilian = (target is not None and target.kind in _CIVILIAN_KINDS) or off_duty or any(
        _is_civilian_party(c) for c in hit if c.qualifier != "zero")
    kind = (choice.event_type, choice.sub_event_type)
    if kind == ("strategic_developments", "arrests") and choice.trigger is not None and \
            _CAPTURED_BY.match(lower_ascii(choice.trigger.text)) and not any(
                c.kind in {"detained", "abducted"} for c in casualties):
        # "The town was captured by the militants": no one taken, a place: territory.
        choice.event_type = "battles"
        choice.sub_event_type = "government_regains_territory" if (
            roles.actor1 is not None and roles.actor1.kind in _STATE_KINDS
        ) else "non_state_actor_overtakes_territory"
        return
    actor1_armed = roles.actor1 is not None and roles.actor1.kind in _ARMED_KINDS and \
        not _party_crowd(roles.actor1, segment_text)
    if kind in _CROWD_MAY_DO and not actor1_armed and _COLLECTIVE.search(segment_text) and \
            not _FOUGHT_WITH_GUNS.search(segment_text):
        # Unarmed crowds, communities and neighbours fighting, or burning and wrecking
        # ("the car was set alight by community members"): ACLED's riots.
        choice.event_type = "riots"
        choice.sub_event_type = "violent_demonstration" if _PROTEST_CORE.search(segment_text) \
            else "mob_violence"
        return
    named_armed_target = target is not None and target.kind in _ARMED_KINDS and not off_duty \
        and not _party_crowd(target, segment_text)
    fought = _TO_FIGHT.sub(" ", segment_text) if "to fight" in segment_text else segment_text
    if _may_hold(fought, _ONGOING_WORDS):
        # ("has been at the centre of a fight between two criminal groups": a state of
        # things told as background is no exchange of fire in the incident)
        fought = _ONGOING_CLAUSE.sub(" ", fought)
    if "claim" in fought or "alleg" in fought:
        # ("police killed a drug suspect ...; police claimed he fought back": the force's
        # own account of a fight is no exchange told)
        fought = _FIGHT_CLAIMED.sub(" ", fought)
    explicit_clash = _clash_words(fought)
    if explicit_clash and (kind == ("battles", "armed_clash") or (
            kind == _GENERIC_ATTACK and not actor1_armed and not named_armed_target)) \
            and _unarmed_brawl(roles, segment_text):
        # A fight with no firearm named and at most one armed side (police against a
        # crowd, party supporters against each other): ACLED's mob violence.
        choice.event_type = "riots"
        choice.sub_event_type = "violent_demonstration" if _PROTEST_CORE.search(segment_text) \
            else "mob_violence"
        return
    if kind == ("violence_against_civilians", "attack") and (
            named_armed_target or explicit_clash or (target_armed and not target_civilian)):
        # ACLED: violence against an armed party, or an exchange of fire, is a battle.
        choice.event_type, choice.sub_event_type = "battles", "armed_clash"
    elif kind == ("violence_against_civilians", "attack") and (
            target is None or target.kind in _CIVILIAN_KINDS and target.generic) and (
            _post_held_against_attackers(casualties, segment_text)):
        # "Gunmen attacked a checkpoint ... Four attackers were killed": the post's
        # defenders fought back; a clash with the unnamed holders of the post
        choice.event_type, choice.sub_event_type = "battles", "armed_clash"
        if roles.actor2 is not None and roles.actor2.kind in _CIVILIAN_KINDS \
                and roles.actor2.generic:
            roles.actor2 = None
    elif kind == ("battles", "armed_clash") and target_civilian and not target_armed \
            and not explicit_clash:
        choice.event_type, choice.sub_event_type = "violence_against_civilians", "attack"
    detained = [c for c in casualties if c.kind in {"detained", "abducted"}]
    if kind == _SEIZURE and choice.trigger is not None and not _bomber_taken(choice) and any(
            c.kind == "detained" and c.count and c.start < choice.trigger.start
            for c in casualties):
        # "were arrested (3) of the terrorists ..., and were seized weapons and explosive
        # belts": the arrest told first is the act, the arms taken are of it
        choice.event_type, choice.sub_event_type = "strategic_developments", "arrests"
        return
    if (detained and not hit and choice.event_type != "protests"
            and kind in {("violence_against_civilians", "attack"), ("battles", "armed_clash")}
            and not _CLASH_WORDS.search(lower_ascii(choice.trigger.text) if choice.trigger
                                        else "")):
        choice.event_type, choice.sub_event_type = "strategic_developments", "arrests"


#: A post of armed guards struck: "attacked a checkpoint", "stormed the outpost".
_POST_ATTACKED = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|raid(?:s|ed|ing)?|storm(?:s|ed|ing)?|"
    r"overran|overrun|fired\s+(?:on|at|upon)|opened\s+fire\s+on)\s+(?:(?:on|at|upon|against)"
    r"\s+)?(?:an?|the)\s+(?:[a-z-]+\s+)?(?:checkpoints?|outposts?|barracks|"
    r"(?:security|police|army|military|border)\s+(?:posts?|stations?|bases?|camps?))\b")


def _post_held_against_attackers(casualties: Sequence[CasualtyMention],
                                 segment_text: str) -> bool:
    """Whether the (lower-cased) segment tells a post of armed guards attacked and only the
    attackers hit: its holders fought them off."""
    hit = [c for c in casualties if c.kind in {"killed", "wounded"} and not c.animal
           and c.qualifier != "zero"]
    return bool(hit) and all(c.perpetrator for c in hit) and \
        _POST_ATTACKED.search(segment_text) is not None


# the people a fight drove off: "forced 500 families to flee", "displaced residents"
_DRIVEN_OFF = re.compile(
    r"\b(?:forc(?:ed|ing)|prompt(?:ed|ing)|caus(?:ed|ing)|displac(?:ed|ing)|uproot(?:ed|ing))\s+"
    r"(?:some\s+|about\s+|around\s+|over\s+|more than\s+|at least\s+|thousands of\s+|"
    r"hundreds of\s+)?[\d,]*\s*(?:\w+\s+){0,2}?(?:villagers|residents|families|people|"
    r"individuals|civilians|households|inhabitants)\b(?:\s+to\s+(?:flee|evacuate|leave))?")
#: Words one of which every match of _DRIVEN_OFF holds (see _may_hold).
_DRIVEN_OFF_WORDS = ("forc", "prompt", "caus", "displac", "uproot")


def _without_those_who_fled(segment_text: str) -> str:
    """The segment less the people a fight drove off ("clashes ... displaced 500 families"):
    those who fled are no side of it, nor a crowd in it."""
    if not _window_may_hold(segment_text, _DRIVEN_OFF_WORDS):
        return segment_text
    return _DRIVEN_OFF.sub(" ", segment_text)


def _unarmed_brawl(roles: Roles, segment_text: str) -> bool:
    """No firearm, explosive or armed community named, and one armed party at most."""
    if _FIREARMS.search(_NOT_FIREARMS.sub(" ", segment_text)):
        return False
    if _FENDED_OFF_ASSAULT.search(segment_text) and not _crowd_in_the_fight(segment_text):
        # "troops repelled an assault near X; two soldiers were killed in the fighting": an
        # assault on a force, fended off, is a fight between armed sides
        return False
    if "attack" in segment_text and _ATTACK_ON_A_GARRISON.search(segment_text):
        # "fighting broke out as the RSF attacked the headquarters of the army's 22nd
        # Infantry Division": an assault on troops where they are posted is a fight between
        # armed sides, the garrison's named or not
        return False
    parties = [a for a in (roles.actor1, roles.actor2, *roles.assoc1, *roles.assoc2)
               if a is not None]
    fought = _without_those_who_fled(segment_text)
    if all(a.generic and a.kind in _CIVILIAN_KINDS for a in parties) and \
            not _crowd_in_the_fight(fought) and not _SIDES_TOLD.search(fought):
        # "heavy fighting continued near Pokrovsk", "12 civilians were killed in the
        # fighting": a front, no brawl, whoever was caught in it
        return False
    armed = [a for a in parties if (a.kind in _ARMED_KINDS or a.kind == "gang")
             and not _party_crowd(a, segment_text)]
    if any(a.kind not in _STATE_KINDS for a in armed):
        return False
    if len(set(_FORCES_WORD.findall(segment_text)) - _NOT_A_FORCE_NAME) > 1:
        return False  # "X forces clashed with Y forces"; "Israeli forces" told twice is one
    # police and soldiers sent in together are one side ("policemen and gendarmes broke up
    # a fight between villagers"); two forces of one kind are two (a state's factions)
    names_of_kind = {(a.kind, a.name) for a in armed}
    if len(names_of_kind) > 1 and not (
            any(a.kind not in _ARMED_KINDS for a in parties) or _CROWD.search(segment_text)):
        return False  # "the army and police fought": no crowd in it
    return len({a.country for a in armed}) <= 1 and \
        len(names_of_kind) == len({kind for kind, _ in names_of_kind})


#: The people of a party in the street: "Awami League supporters", "party activists".
_PARTY_CROWD = re.compile(r"\b(?:supporters|activists|cadres|loyalists|sympathi[sz]ers|"
                          r"party workers)\b")


def _party_crowd(actor: ActorMention, segment_text: str) -> bool:
    """Whether a party's militia is told by its people in the street ("BNP and Awami League
    supporters clashed with sticks"): a crowd, not an armed side."""
    return actor.kind == "political_militia" and _PARTY_CROWD.search(segment_text) is not None


_FIREARMS = re.compile(
    r"\b(?:guns?|gunm[ae]n|gunfire|gunshots?|shot|shots|shooting|firearms?|rifles?|pistols?|"
    r"mortars?|rockets?|grenades?|bullets?|opened fire|fire|firing|fired|bomb\w*|explosi\w+|"
    r"artillery|shell(?:s|ed|ing)|missiles?|drones?|airstrikes?|air strikes?|"
    r"machine ?guns?|weapons?|armed|militants?|fighters|insurgents?|rebels?|troops|"
    r"shoot-?outs?|separatists?|bandits?|robbers?|raid\w*|militias?|ambush\w*|ethnic|"
    r"communal|community|clans?|inter-?clan|"
    # "clashes between the Radaa force and the 444 Brigade": armed units by their names
    r"brigades?|battalions?|regiments?)\b")
_CROWD = re.compile(
    r"\b(?:people|persons|villagers|residents|locals|youths?|crowds?|mobs?|nationals|"
    r"travell?ers|migrants|inhabitants|passers-?by|neighbou?rs|group of)\b")
# A crowd in the fight, not one that tells of it ("fighting raged ..., residents said")
_CROWD_IN_IT = re.compile(_CROWD.pattern + r"(?!\s+(?:said|say|says|told|reported)\b)")
# A count just before a crowd word: "12 people", "dozens of villagers" (those hurt)
_COUNTED_BEFORE = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"dozens?|scores|hundreds|many|more)\s+(?:of\s+)?(?:[\w-]+\s+)?$")


def _crowd_in_the_fight(segment_text: str) -> bool:
    """Whether a crowd is told in the fight: not only counted among its hurt ("12 people
    were killed in the fighting") nor telling of it ("residents said")."""
    for match in _CROWD_IN_IT.finditer(segment_text):
        if not _COUNTED_BEFORE.search(segment_text, max(0, match.start() - 30),
                                      match.start()):
            return True
    return False


# Sides of a fight told without a name: "a clash between supporters of two councillors"
_SIDES_TOLD = re.compile(r"\b(?:between|members|supporters|accomplices|activists|students|"
                         r"workers|followers|relatives|famil(?:y|ies)|groups?|clans?)\b")
_FORCES_WORD = re.compile(r"\b([\w-]+)\s+forces\b")
_NOT_A_FORCE_NAME = frozenset({"the", "its", "their", "his", "her", "these", "those", "of",
                               "with", "and", "by", "between", "against", "to", "on", "at"})
# Crowd control is not a firearm fight: "fired warning shots", "rubber bullets".
_NOT_FIREARMS = re.compile(
    r"\b(?:(?:(?:fired|firing|shot|used) )?(?:warning shots|rubber bullets|pellets|water "
    r"cannons?|tear ?gas(?: shells| canisters)?)|fired (?:shots )?in(?:to)? the air|"
    r"armed police|(?:arrest|search) (?:raids?|campaigns?|operations?))\b")


# "measures to fight the pandemic": a figure of speech, not a fight.
_TO_FIGHT = re.compile(r"\bto fight\b")
_CLASH_WORDS = re.compile(
    r"\b(?:clash\w*|fight(?:ing|s)?|fought|exchang\w+ (?:of )?(?:small arms |heavy )?"
    r"(?:fire|gunfire)|gun ?fights?|fire ?fights?|shoot-?outs?|battl(?!e ?groups?\b)\w*|"
    r"skirmish\w*|returned (?:the )?fire|inter-?clan|clan (?:violence|fighting))\b")
# (a "battlegroup" is a formation, no battle)
# What every match of it starts with ("clash", "fire", ...): a text holding none of these
# needs no search, which would try the pattern at every character.
_CLASH_STARTS = tuple(sorted(literal_starts(_CLASH_WORDS.pattern.removeprefix(r"\b")) or ()))


#: A fight told only as the force's claim of resistance: "police claimed he fought back",
#: "officers alleged that the suspects opened fire first".
_FIGHT_CLAIMED = re.compile(
    r"\b(?:claim\w*|alleg\w*)\s+(?:that\s+)?(?:he|she|they|the\s+(?:\w+\s+)?suspects?|"
    r"the\s+victims?|the\s+men)\s+(?:had\s+)?(?:fought\s+back|resisted(?:\s+arrest)?|"
    r"opened\s+fire(?:\s+first)?|fired\s+first|shot\s+first|tried\s+to\s+fight)")


def _clash_words(text: str) -> bool:
    """Whether ``_CLASH_WORDS`` is found in ``text``."""
    if _CLASH_STARTS and not any(start in text for start in _CLASH_STARTS):
        return False
    return _CLASH_WORDS.search(text) is not None


# ", Federally Administered Tribal Areas, " between a town and its country, perhaps after
# the area it lies in and its district: " tehsil in Khyber, Federally Administered Tribal
# Areas, ", ", Khyber district, Federally Administered Tribal Areas, ".
_COMMA_ONLY = re.compile(r"\s*,\s*")
_DIVISION_GAP = re.compile(
    r"(?:\s+[^,.;()]{1,40}?)?\s*,\s*(?:[A-Z][\w'\u2019.\- ]{2,40}?\s*,\s*)??"
    r"(?P<division>[A-Z][\w'\u2019.\- ]{2,60}?)"
    # "Odiongan, Romblon province, Philippines": the division's own word after its name
    r"(?:\s+(?i:province|state|region|department|governorate))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?,\s*"
)
# "in Orakzai, Federally Administered Tribal Areas, " or "in Mohmand Agency of the Federally
# Administered Tribal Areas (FATA) province, " before the country, where the town is unknown.
_DIVISION_BEFORE_COUNTRY = re.compile(
    r"\b\w[\w'\u2019.\-]*(?:,|\s+of)\s+(?:the\s+)?"
    r"(?P<division>[A-Z][\w'\u2019.\- ]{2,60}?)\s*(?:\([^)]{1,40}\)\s*)?"
    r"(?:\s+(?:province|state|region|governorate))?,\s*$"
)


# "The strike took place near the town of Sarmada": a settlement the report names as one.
_TOWN_OF = re.compile(
    r"\b(?:near|in|at|outside|around|into|of)\s+the\s+(?:town|village|city|hamlet|settlement|"
    r"locality)\s+of\s+(?P<name>(?:(?:al|el|ad|as|ar|ash|an|at|az)-)?[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:al|el|ad|as|ar|ash|an|at|az)-)?[A-Z][\w'\u2019-]*){0,2})")
#: Words one of which every match of _TOWN_OF holds (see _may_hold).
_TOWN_WORDS = ("town", "village", "city", "hamlet", "settlement", "locality")
_DIVISION_FEATURES = frozenset({"admin1", "admin2", "country"})
#: The name a line of a list opens on: "- Near Kobakitanda, a strike ...", "- On Friday, at
#: Bangui Koura, ...".
_LINE_OPENING_NAME = re.compile(
    _LINE_OPENING_DAY + r"(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t][A-Z][\w'\u2019-]*){0,2}),")


def _line_opens_on_unknown(doc: Doc, seg: Segment) -> tuple[int, int] | None:
    """The span of the name a line of a list of events opens on, where the gazetteer does
    not know it ("- Near Kobakitanda, a strike killed three"): the line's own place, which
    no other line's place stands for. None for an event that is no such line."""
    if seg.list_lead is None:
        return None
    text = doc.text
    for s_start, s_end in seg.sentences:
        mark = _LIST_LINE.match(text, s_start)
        if mark is None and _PROSE_STRIKE_LINE.match(text, s_start, s_end) is None:
            continue
        m = _LINE_OPENING_NAME.match(text, mark.end() if mark is not None else s_start, s_end)
        if m is None:
            return None
        start, end = m.span("name")
        if any(p.place is not None for p in doc.places if p.start < end and start < p.end) \
                or _within(doc.dates, start, end) \
                or _within(doc.actors, start, end):
            return None  # a place the places stage reads, a day ("In May,"), a group
        return start, end
    return None


def _unlisted_town(doc: Doc, seg: Segment, mention: PlaceMention | None,
                   location: Location) -> tuple[int, int] | None:
    """The span of a town the gazetteer does not know, named as a town in the event's
    sentences ("a strike in Idlib province ... The strike took place near the town of
    Sarmada"), when the event is placed no better than its division or country: the town
    becomes the location's name; the place, coordinates and precision stay those of the
    division. None when there is no such town."""
    if mention is not None and mention.place is not None \
            and mention.place.feature not in _DIVISION_FEATURES:
        return None
    text = doc.text
    # (a town is named "the town of X", "the village of X": a text with none of those words
    # names none)
    for s_start, s_end in seg.sentences if _may_hold(text, _TOWN_WORDS) else ():
        for m in _TOWN_OF.finditer(text, s_start, s_end):
            start, end = m.span("name")
            if any(h_start <= start < h_end for h_start, h_end in seg.holes):
                continue
            known = [p for p in _within(doc.places, start, end) if p.place is not None
                     and p.place.country == location.country]
            if known:
                continue  # a town the gazetteer knows: the places stage reads it
            # kept as the places stage keeps a village the gazetteer lacks: the name as
            # written, the place that holds it resolved
            location.name = m.group("name")
            location.reason = ("a town not in the gazetteer, named in the event's sentences; "
                               "placed at the division or country that holds it")
            return start, end
    if (line := _line_opens_on_unknown(doc, seg)) is not None:
        location.name = text[line[0]:line[1]]
        location.reason = ("a place not in the gazetteer that a line of a list opens on; "
                           "placed at the division or country that holds it")
        return line
    if mention is None or mention.place is None or location.name != mention.text:
        return None
    # "in Jurf Al Sakhr, Babil, Iraq": the name written before the division the event is
    # placed at, in the "Town, Division, Country" order, is the town
    before = _TOWN_BEFORE_DIVISION.search(text, max(0, mention.start - 60), mention.start)
    if before is None or not _COUNTRY_AFTER.match(text, mention.end):
        return None
    start, end = before.span("name")
    if any(p.place is not None and p.start < end and start < p.end for p in doc.places):
        return None  # a name the gazetteer reads: the places stage placed it
    location.name = before.group("name")
    location.reason = ("a town not in the gazetteer, written before its division; placed at "
                       "the division")
    return start, end


# "in Jurf Al Sakhr, " before the division: a capitalised name after "in", "at" or "near".
_TOWN_BEFORE_DIVISION = re.compile(
    r"\b(?:in|at|near)\s+(?P<name>[A-Z][\w'\u2019\-]*(?:\s[A-Z][\w'\u2019\-]*){0,2}),\s*$")
# ", Iraq": the country (or another division, then the country) after the division.
_COUNTRY_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?,\s*[A-Z]")


# what lies between an area the gazetteer lacks and the town that places it: "the Wadi
# Zghaitun area south-west of Kirkuk", "Tal Sheikh village, 20 km east of Mosul"
_AREA_THEN_DIRECTION = re.compile(
    r"[ \t]+(?:area|region|village|valley|basin|desert|farms|orchards|plain|sub-?district|"
    r"nahiya|district|locality|neighbou?rhood)[ \t]*,?[ \t]*"
    r"(?:(?:some|about|around)[ \t]+)?(?:\d+[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+)?"
    r"[a-z]+(?:-[a-z]+)?[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:city[ \t]+of[ \t]+)?")
# the generic head of such a name that the places stage reads apart: "Wadi", "Jabal", "Tal"
_NAME_HEAD_BEFORE = re.compile(r"(?<![\w'-])(?:[A-Z][\w'\u2019]*[ \t]){1,2}$")


_AREA_PLACED_BY = ("an area not in the gazetteer, placed by the direction from the town "
                   "named after it")


def _area_placed_by(doc: Doc, seg: Segment, mention: PlaceMention | None,
                    location: Location) -> tuple[int, int] | None:
    """The span of an area the gazetteer lacks that the report places by a direction from
    the event's place ("in the Wadi Zghaitun area south-west of Kirkuk"): the area's name
    becomes the location's name; place, coordinates and precision ("near") stay the
    town's. None when the place is not so told."""
    if mention is None or mention.place is None or mention.modifier is None or not (
            mention.modifier.endswith((" of", " from"))
            and mention.modifier.split()[-2:][0] in COMPASS):
        return None
    area: PlaceMention | None = None
    for told in _within(seg.places, seg.start, mention.start):
        if told.place is None:
            area = told  # the last one before the town
    if area is None or _AREA_THEN_DIRECTION.fullmatch(doc.text, area.end,
                                                       mention.start) is None:
        return None
    start = area.start
    head = _NAME_HEAD_BEFORE.search(doc.text, max(0, start - 24), start)
    if head is not None:
        start = head.start()
    location.name = doc.text[start:area.end]
    location.reason = _AREA_PLACED_BY
    return start, area.end


def _stated_division(doc: Doc, mention: PlaceMention, location: Location) -> None:
    """"Town, Division, Country" names the first-level division in the report's own words;
    it wins over the gazetteer's when the gazetteer has no such division (a renamed or
    merged province), files it as a second-level one (the Philippines' provinces) or holds
    the town under another one. Where no town is known ("in Orakzai, Federally
    Administered Tribal Areas, Pakistan") the division before the country is kept, also
    after a region read by the divisions it was split into ("in Waziristan, Federally
    Administered Tribal Areas, Pakistan")."""
    if mention.place is None or mention.place.feature == "admin1" and not (
            _split_region(mention) or _named_within_holder(mention)):
        # (a name the gazetteer lacks, placed at the division written after it, "in X
        # village, FATA, Pakistan", is read as a town is: the division written may be one
        # of old)
        return
    if mention.place.feature == "country":
        _division_before_country(doc, mention, location)
        return
    following = _within(doc.places, mention.end, min(len(doc.text), mention.end + 120))
    country = next((p for p in following if p.place is not None
                    and p.place.feature == "country"), None)
    if country is None or country.place is None:
        return
    if country.place.country != location.country:
        # "in Dadaab, North Eastern Province, Nigeria": a slip in the country's name, where
        # the town and the division agree; the division is still the report's own
        gap = _DIVISION_GAP.fullmatch(doc.text, mention.end, country.start)
        if gap is not None and former_division(location.country, gap.group("division")):
            _set_stated_division(doc, location, gap.start("division"), gap.end("division"))
        return
    if _split_region(mention) and _COMMA_ONLY.fullmatch(doc.text, mention.end, country.start):
        # "in Datu Unsay, Maguindanao, Philippines": the region is the division written
        _set_stated_division(doc, location, mention.start, mention.end)
        return
    gap = _DIVISION_GAP.fullmatch(doc.text, mention.end, country.start)
    if gap is None:
        # "at Jamrud in the Khyber Agency of the tribal areas (FATA) of Pakistan": a
        # division joined by "in" or "of" stands for the report's own first level only
        # where it is one the country had (the gazetteer holds the others)
        tail = _FORMER_DIVISION_GAP.search(doc.text, mention.end, country.start)
        if tail is not None and not _SENTENCE_STOP.search(tail.group(0)) and former_division(
                location.country, tail.group("division")) is not None:
            _set_stated_division(doc, location, tail.start("division"), tail.end("division"))
        return
    _set_stated_division(doc, location, gap.start("division"), gap.end("division"))


# The last division before the country, joined by "in", "of (the)" or a comma.
_FORMER_DIVISION_GAP = re.compile(
    r"(?:\s+(?:in|of)\s+(?:the\s+)?|,\s*)(?P<division>[A-Z][\w'\u2019\-]*(?:\s[A-Z][\w'\u2019\-]*"
    r"){0,5})\s*(?:\([^)]{1,40}\)\s*)?(?:\s+(?:province|state|region|zone))?"
    r"(?:,\s*(?:in\s+)?|\s+(?:in|of)\s+(?:the\s+)?)$")
_SENTENCE_STOP = re.compile(r"[.;!?]\s")


def _division_before_country(doc: Doc, mention: PlaceMention, location: Location) -> None:
    gap = _DIVISION_BEFORE_COUNTRY.search(doc.text, max(0, mention.start - 120), mention.start)
    if gap is None:
        return
    _set_stated_division(doc, location, gap.start("division"), gap.end("division"))
    if location.admin1 is None or location.name != mention.text:
        return
    # "in the Adezai area of Mohmand, Federally Administered Tribal Areas, Pakistan": the
    # district the gazetteer lacks, written before the division, names the place better than
    # the country does; the point stays the country's.
    before = _NAME_BEFORE_DIVISION.search(doc.text, max(0, gap.start("division") - 60),
                                          gap.start("division"))
    if before is None:
        return
    start, end = before.span("name")
    if any(p.place is not None and p.start < end and start < p.end for p in doc.places):
        return  # a name the gazetteer reads: the places stage placed it
    location.name = before.group("name")
    location.reason = _with_reason(location.reason,
                                   "the district written before the division, not in the "
                                   "gazetteer")


# The capitalised name right before a division and its comma, after "in", "of", "from" or a
# comma: "area of Orakzai, ", "in Majhariya, Bara, ", "near Gurdai village, " (a lower-case word
# before it ends the name).
_NAME_BEFORE_DIVISION = re.compile(
    r"(?:\b(?:in|of|at|near|from)\s+|,\s*)(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019\-]*(?:\s[A-Z][\w'\u2019\-]*){0,2})"
    r"(?:\s+(?:district|agency|tehsil|county|village|town))?,\s*$"
)


# "Orakzai Agency of the Federally Administered Tribal Areas": the division is the last part.
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _set_stated_division(doc: Doc, location: Location, start: int, end: int) -> None:
    written = doc.text[start:end]
    parts = _OF_THE.split(written)
    if len(parts) > 1 and parts[-1][:1].isupper():
        start = end - len(parts[-1])
        written = parts[-1]
    former = former_division(location.country, written)
    if former is not None:
        # A division that was merged, renamed or abolished ("Federally Administered Tribal
        # Areas", Nepal's "Kosi" zone): the report's division, though the town now lies in
        # another one.
        if location.admin1 is None or name_key(location.admin1) != name_key(former):
            location.admin1 = former
            location.reason = _with_reason(location.reason,
                                           "former division as written in the report")
        return
    named = _within(doc.places, start, end)
    if named and named[0].place is not None:
        division = named[0].place
        if division.country != location.country:
            return
        if _split_region(named[0]) and named[0].text == written:
            # "Datu Odin Sinsuat, Maguindanao, Philippines": the province as the report
            # knew it, before it was split
            location.admin1 = written
            location.reason = _with_reason(location.reason, "division as the report states it")
        elif division.feature == "admin1" and division.name != location.admin1:
            location.admin1 = division.name
            location.reason = _with_reason(location.reason, "division as the report states it")
        elif division.feature == "admin2" and named[0].text == written:
            # A second-level division of the gazetteer written where the first goes
            # ("Jolo, Sulu, Philippines"): the report's own first level.
            location.admin1 = written
            location.reason = _with_reason(location.reason, "division as the report states it")
        return
    if named:
        return  # an unresolved name of its own, not a division name
    if _names_country(written, location.country):
        return  # "Moscow, Russian Republic, Russia": the country again, not a division
    location.admin1 = written
    location.reason = _with_reason(location.reason,
                                   "division as written in the report, not in the gazetteer")


def _split_region(mention: PlaceMention) -> bool:
    """Whether a mention is a region read by the divisions it was split into."""
    return mention.reason is not None and mention.reason.startswith(SPLIT_REGION_REASON)


def _names_country(written: str, country: str | None) -> bool:
    """Whether the words that open ``written`` name ``country`` or its people
    (``Russian Republic``, ``Pakistani territory``)."""
    if not country:
        return False
    gazetteer = load_gazetteer()
    words = written.split()
    return any(gazetteer.country_by_name(" ".join(words[:n])) == country
               for n in range(1, len(words)))


def _with_reason(reason: str | None, more: str) -> str:
    return f"{reason}; {more}" if reason else more


# "a strike of the aerospace forces", "raids by the aviation": the air arm, no country named
_OWN_AIR_ARM = re.compile(
    r"\b(?:of|by)\s+(?:the\s+)?(?:aviation|aerospace\s+forces?|air\s+forces?)$",
    re.IGNORECASE)
_TELLER_AFTER = re.compile(
    # "..., a Taliban official said": one of its people tells of it
    r"\s+(?:(?:[a-z-]+\s+)?(?:officials?|spokes(?:man|men|woman|person)|sources?|"
    r"commanders?|statement)\s+)?"
    r"(?:(?:also|later|earlier|has|had|have|on\s+\w+)\s+)?(?:said|says|say|told|reported|"
    r"announced|stated|added|confirmed)\b")


# "Police on Thursday revised the death toll from Monday's bombing": who counts the dead
# of an attack told after it is no party to it.
_TOLL_TELLER = re.compile(
    r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:revise[sd]|raise[sd]|lowere?[sd]|update[sd]|put|"
    r"gave|reported|confirmed|announced)\s+(?:down\s+|up\s+)?(?:(?:the|a|its)\s+)?"
    r"(?:(?:new|final|official|revised|updated)\s+)?(?:(?:death|casualty)\s+)?tolls?\b",
    re.IGNORECASE)


# "The Nigerian army said on Saturday that 17 soldiers were killed when ...": the teller of
# what others did; "the army said it killed ..." tells its own act
_SAID_THAT = re.compile(
    r"\s+(?:(?:has|had|also|initially|earlier|previously|originally|first|later)\s+){0,2}"
    r"(?:said|says|announced|reported|stated|confirmed)(?:\s+in\s+an?\s+\w+)?"
    r"(?:\s+(?:on|late|early)\s+\w+)?\s+(?:that\s+)?"
    # ("said on Monday it had killed": the day told is no subject of the clause)
    r"(?!(?:it|its|they|their|he|she|his|her|we|our|on|late|early|that)\b)"
    # ("announced that a force of its heroes carried out ...": its own men act)
    r"(?!(?:an?|the|one)\s+(?:\w+\s+)?(?:force|unit|detachment|team|group|squad|company|"
    r"battalion|patrol)s?\s+(?:of|from)\s+(?:its|their|our)\b)(?=[\w\d])",
    re.IGNORECASE)


_OWN_ACT = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
                     r"(?:carried\s+out|conducted|launched|executed)\b", re.IGNORECASE)


_TELLER_BEFORE = re.compile(
    r"\b(?:says|said|according\s+to)\s+(?:the\s+)?(?:[\w&'.-]+\s+){0,2}$"
    # "according to a statement from U.S. Africa Command": the office whose statement it is
    r"|\baccording\s+to\s+(?:an?|the)\s+(?:\w+\s+)?(?:statement|release|communiqu\w+)\s+"
    r"(?:from|by|of|issued\s+by)\s+(?:the\s+)?$", re.IGNORECASE)


# "According to the Interior Ministry, a bomb ...", "Peshmerga Ministry: ISIS attack kills
# two": the office that tells what follows, first in its sentence or line
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_TOLD_AFTER = re.compile(r"\s*,")
_HEADED_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:the|The)\s+)?$")
# ("Peshmerga ministry: ...", "Army spokesman: ...": the force's office or its voice tells)
_HEADED_AFTER = re.compile(r"(?:\s+(?i:ministry|spokes(?:man|woman|person)))?\s*:\s")


def _tells_first(text: str, actor: ActorMention) -> bool:
    """Whether an office or force opens its sentence as the teller of what follows:
    "According to the ministry, ...", or a line headed "The ministry: ..."."""
    if _ACCORDING_TO_BEFORE.search(text, max(0, actor.start - 20), actor.start) is not None:
        return _TOLD_AFTER.match(text, actor.end) is not None
    return (_HEADED_AFTER.match(text, actor.end) is not None
            and _HEADED_BEFORE.search(text, max(0, actor.start - 8), actor.start) is not None)


def _sentence_actors(text: str, actors: Sequence[ActorMention], seg: Segment,
                     trigger: Trigger | None) -> Sequence[ActorMention]:
    """The actors of the trigger's sentence, or of the whole segment when it names none."""
    if trigger is None:
        return actors
    i = bisect_left(seg.sentences, (trigger.start + 1, 0)) - 1
    if i < 0:
        return actors
    start, end = seg.sentences[i]
    if (semi := text.find("; ", start, end)) >= 0 and _is_headline(text, (start, end)):
        # "Soldier shot dead in X; police tag rebel hitman": a headline's clauses tell
        # two things, each with its own actors
        start, end = (start, semi) if trigger.start < semi else (semi + 1, end)
    near = _within(actors, start, end)
    if near and _OWN_ACT.match(text, trigger.end):
        # "an air strike it carried out ... killed", "..., the command said": the teller
        # tells of its own act
        return near
    if near:
        # Who tells of it after the fact ("No casualties were reported in Sunday's attack,
        # the Iraqi military said") is no party to it; "the army said it killed ..." is.
        # Nor is one a headline has it told by: "..., says J&K police", "according to police".
        teller_before = _may_hold(text, ("says", "said", "according"))
        return [a for a in near
                if not (a.start < trigger.start and (_TOLL_TELLER.match(text, a.end)
                                                     or _SAID_THAT.match(text, a.end)
                                                     or _tells_first(text, a)))
                and (a.start < trigger.start or not (
                    _TELLER_AFTER.match(text, a.end)
                    or (teller_before
                        and _TELLER_BEFORE.search(text, max(0, a.start - 50), a.start))))]
    return [a for a in actors if not (_TELLER_AFTER.match(text, a.end)
                                      or _TOLL_TELLER.match(text, a.end))]


def _note_actor(event: Event, actor: ActorMention) -> None:
    """Keep an event's actor's kind, and ACLED's spelling of its name where it differs (as
    of the event's day: a state's forces are named after the government then in force)."""
    kind = actor.kind
    acled = actor.acled_name
    if acled and event.date_start is not None and len(event.date_start) >= 10 and (
            "-)" in acled or actor.name in names_changing_on_a_day()):
        day = _day(event.date_start)
        acled = acled_name_on(actor.name, actor.country, acled, day)
        # the RSF of a 2024 deed in an undated note: a rebel group, as named, that day
        kind = kind_on(actor.name, kind, day)
    event.actor_kinds[actor.name] = kind
    if acled and acled != actor.name:
        event.actor_acled_names[actor.name] = acled


@lru_cache(maxsize=1024)
def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _formations_under_their_group(roles: Roles, actors: Sequence[ActorMention]) -> None:
    """A formation of a larger group ("the Donbass People's Militia") acts as that group,
    the formation its associated actor, as ACLED codes it; a formation of a side's group
    named elsewhere in the segment joins that side."""
    sides = ((roles.actor1, roles.assoc1), (roles.actor2, roles.assoc2))
    for number, (actor, assoc) in enumerate(sides):
        if actor is None:
            continue
        parent = parent_group(actor)
        if parent is None:
            continue
        assoc.insert(0, actor)
        if number == 0:
            roles.actor1 = parent
        else:
            roles.actor2 = parent
    formations = [(m, p.name) for m in actors if (p := parent_group(m)) is not None]
    if not formations:
        return
    for actor, assoc in ((roles.actor1, roles.assoc1), (roles.actor2, roles.assoc2)):
        if actor is None:
            continue
        for mention, group in formations:
            if group == actor.name and all(a.name != mention.name for a in assoc):
                assoc.append(mention)


def _forces_beside_the_force(event: Event, roles: Roles) -> None:
    """The state forces told beside the force that met a protest are on its side."""
    forces = {a.name for a in roles.assoc1 if a.kind in _STATE_SIDE}
    moved = [n for n in event.assoc_actor_1 if n in forces]
    if not moved:
        return
    roles.assoc2.extend(a for a in roles.assoc1 if a.name in forces)
    roles.assoc1 = [a for a in roles.assoc1 if a.name not in forces]
    event.assoc_actor_1 = [n for n in event.assoc_actor_1 if n not in forces]
    event.assoc_actor_2.extend(n for n in moved if n != event.actor2
                               and n not in event.assoc_actor_2)


#: Protests whose second side, where there is one, is the force that met them.
_NO_CIVILIAN_SIDE = frozenset({"peaceful_protest", "protest_with_intervention"})


def _no_civilian_side_of_a_protest(event: Event, roles: Roles) -> None:
    """Those a protest speaks for or against ("demanding the release of a trader", "against
    the arrival of migrants") are no side of it: ACLED names only the force that met the
    protest as its second side, and the force told beside the civilians takes their place."""
    state = {a.name: a for a in (roles.actor1, *roles.assoc1, *roles.assoc2)
             if a is not None and a.kind in _STATE_SIDE}
    forces = [name for name in event.assoc_actor_2 if name in state]
    event.actor2, event.assoc_actor_2 = (forces[0], forces[1:]) if forces else (None, [])
    roles.actor2 = state[forces[0]] if forces else None
    roles.assoc2 = [state[name] for name in forces[1:]]


#: ACLED's sub-event type of property taken or destroyed.
_TAKEN_OR_DESTROYED = "looting_property_destruction"


#: Kinds of harm a toll of the people struck tells.
_HARMED = frozenset({"killed", "wounded"})


def _unnamed_dead_of_the_civilians_struck(event: Event, roles: Roles,
                                          country: str | None) -> None:
    """"The death toll from Thursday's car bomb at a livestock market has risen to nine": a
    toll that names no side, of an attack on civilians where no armed side is struck or
    counted, is of the civilians struck."""
    if event.event_type not in {"explosions_remote_violence", "violence_against_civilians"} \
            or event.actor2 is None or roles.assoc2 or not any(
                c.party is None and c.kind in _HARMED for c in event.casualties):
        return
    civilians = _resolve_party("civilians", country)
    if civilians is None or event.actor2 != civilians.name or any(
            c.perpetrator or c.party not in (None, civilians.name) for c in event.casualties):
        return
    event.casualties = [replace(c, party=civilians.name)
                        if c.party is None and c.kind in _HARMED else c
                        for c in event.casualties]


def _unnamed_dead_of_the_gathering(event: Event, country: str | None) -> None:
    """"Police fired live rounds at demonstrators ..., killing 50 and injuring around 300",
    "police baton-charged them and arrested 14": the dead, hurt and taken of no side told,
    where a force acted on a gathering and no other side is counted, are of the gathering."""
    if event.sub_event_type not in _FORCE_MET or event.actor1 is None:
        return
    gathering = _resolve_party("protesters", country)
    if gathering is None or event.actor1 != gathering.name or \
            any(c.perpetrator or c.party not in (None, event.actor1)
                for c in event.casualties if c.kind in _HARMED_OR_TAKEN):
        return
    event.casualties = [replace(c, party=event.actor1)
                        if c.party is None and c.kind in _HARMED_OR_TAKEN else c
                        for c in event.casualties]


#: A gathering a force acted on, and what it did to the people there.
_FORCE_MET = frozenset({"excessive_force_against_protesters", "protest_with_intervention"})
_HARMED_OR_TAKEN = frozenset({"killed", "wounded", "detained"})


#: Events a state polices rather than fights: a gathering met, a riot put down.
_POLICED_TYPES = frozenset({"protests", "riots"})
#: "Security forces" told by that word alone, of no named service.
_SECURITY_FORCES = re.compile(
    r"(?:the\s+)?security\s+(?:forces|personnel|agents|men|officers)", re.IGNORECASE)


def _security_forces_as_police(roles: Roles, country: str | None) -> None:
    """"Security forces dispersed the protesters", "youths threw stones at security forces":
    the security forces of no named service that meet a gathering or a riot are the
    state's police, as ACLED codes them (the army where they fight an armed group; an
    arrest, made by any service, lethal force against a gathering and security forces
    told beside a police the report names keep the word's reading)."""
    def policed(mention: ActorMention | None) -> ActorMention | None:
        if mention is None or not mention.generic or mention.kind != "state_forces" \
                or not _SECURITY_FORCES.fullmatch(mention.text):
            return mention
        police = _resolve_party("police", mention.country or country)
        if police is None or police.kind != "police":
            return mention
        return replace(police, start=mention.start, end=mention.end, text=mention.text)
    told = [roles.actor1, roles.actor2, *roles.assoc1, *roles.assoc2]
    if any(m is not None and m.kind == "police" for m in told):
        return  # "Riot police fired tear gas ... detained by the security forces": another
        # service beside the police the report names
    roles.actor1, roles.actor2 = policed(roles.actor1), policed(roles.actor2)
    roles.assoc1 = [m for a in roles.assoc1 if (m := policed(a)) is not None]
    roles.assoc2 = [m for a in roles.assoc2 if (m := policed(a)) is not None]


#: Words before a side a drone is laid to: "a drone attributed to the army", "the strike
#: was blamed on the rebels".
_LAID_TO = re.compile(r"\b(?:attributed|ascribed)\s+to\s+(?:the\s+)?$|\bblamed\s+(?:(?:it|the|"
                      r"this)\s+(?:[a-z-]+\s+)?)?on\s+(?:the\s+)?$", re.IGNORECASE)
#: Words after a side that say it fields drones: "the army has increasingly used drones",
#: "the rebels also fly armed drones".
_FIELDS_DRONES = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:increasingly|also|often|repeatedly|long|been|"
    r"regularly)\s+)*(?:use[sd]?|using|deploy(?:s|ed)?|fl(?:y|ies|own)|launch(?:es|ed)?|"
    r"field(?:s|ed)?)\s+(?:(?:armed|explosive-laden|attack|combat|kamikaze|small|"
    r"commercial|its|their)\s+)*drones\b", re.IGNORECASE)


#: "Coalition military forces conducted 17 strikes", "... carried out nine airstrikes".
_STRIKES_CONDUCTED = re.compile(
    r"\s+(?:conducted|carried\s+out)\s+(?:\d+|[a-z]+)\s+(?:air\s*)?strikes\b")


def _striker_of_the_release(doc: Doc, seg: Segment) -> ActorMention | None:
    """The force a strike release says conducted the day's strikes, told before the lines of
    its list ("Coalition military forces conducted 17 strikes consisting of ...")."""
    return next((a for a in doc.actors if a.end <= seg.start and a.kind in _STATE_KINDS
                 and _STRIKES_CONDUCTED.match(doc.text, a.end)), None)


def _drone_fielder(doc: Doc, seg: Segment) -> ActorMention | None:
    """The side a report lays an unclaimed drone strike to, or says fields drones where it
    happened: "a drone attributed to X", "blamed on X"; else "the army has used drones" (a
    state's forces) or "the group flies armed drones" (an armed group). None where nothing
    says: the strike stays an unidentified military force's."""
    text = doc.text
    sides = [a for a in doc.actors if a.kind in _ARMED_KINDS or a.kind in _STATE_KINDS]
    for a in sides:
        if seg.start <= a.start < seg.end and _LAID_TO.search(text, max(0, a.start - 30),
                                                               a.start):
            return a
    return next((a for a in sides if _FIELDS_DRONES.match(text, a.end)), None)


#: A sentence that says no group has owned an attack: "No group has claimed the attack",
#: "no militant outfit has yet claimed responsibility".
_NO_GROUP_CLAIMED = re.compile(
    r"\bno\s+(?:[a-z-]+\s+)?(?:group|outfit|organi[sz]ation|faction)\s+(?:has|had)?\s*"
    r"(?:yet\s+|so\s+far\s+|immediately\s+)?claimed\b")


def _unclaimed_by_a_group(lowered: str, seg: Segment,
                          actors: Sequence[ActorMention]) -> bool:
    """Whether the event's sentences say no group has claimed it in a report of attacks
    by unnamed armed men ("suspected militants opened fire on a police post ... bombs
    dropped from a drone ... No group has claimed the attack"): the report reads the strike
    as one more of an armed group's. Alone, the words leave the striker unknown."""
    return lowered.find("claimed", seg.start, seg.end) >= 0 and \
        _NO_GROUP_CLAIMED.search(lowered, seg.start, seg.end) is not None and any(
            _unnamed_men(a) for a in actors)


def _fill_defaults(event: Event, roles: Roles, country: str | None,
                   observers: Sequence[ActorMention] = (), *, by_gang: bool = False,
                   gang_goods_taken: bool = False,
                   drone_fielder: ActorMention | None = None,
                   unclaimed: bool = False) -> None:
    """ACLED's conventions for who is involved when the text names no one."""
    generic = _resolve_party
    if event.actor1 is None and event.event_type in {"explosions_remote_violence", "battles"}:
        # "The monitors observed 12 explosions near the village": fire across a monitored
        # front whose side goes unnamed is between the parties the mission watches.
        parties = next((p for o in observers if (p := monitored_parties(o, context=country))),
                       ())
        if len(parties) >= 2:
            first, second = parties[0], parties[1]
            event.actor1 = first.name
            _note_actor(event, first)
            if event.actor2 is None or event.actor2 == first.name:
                event.actor2 = second.name
                _note_actor(event, second)
    if event.event_type == "protests" and (event.actor1 is None or roles.actor1 is None
                                           or roles.actor1.kind != "protesters"):
        protesters = generic("protesters", country)
        if protesters:
            forces_met = event.actor1 and event.actor1 != protesters.name and \
                roles.actor1 is not None and roles.actor1.kind in _STATE_SIDE and \
                event.sub_event_type != "peaceful_protest"
            if event.actor1 and event.actor1 != protesters.name and roles.actor1 is not None \
                    and roles.actor1.kind in _STATE_SIDE and (event.actor2 in {
                        None, protesters.name} or (
                        event.sub_event_type == "excessive_force_against_protesters"
                        and (civilians := generic("civilians", country)) is not None
                        and event.actor2 == civilians.name)) \
                    and event.sub_event_type != "peaceful_protest":
                # "Police dispersed the group and detained 11 protesters": the force that
                # met the protest
                event.actor2 = event.actor1
            elif event.actor1 and event.actor1 != protesters.name and roles.actor1 is not None \
                    and roles.actor1.kind in _STATE_SIDE \
                    and event.sub_event_type != "peaceful_protest":
                # "Security forces used tear gas ... 14 protesters were arrested by the
                # police": the force that took them met the protest beside the other
                if event.actor1 != event.actor2 and event.actor1 not in event.assoc_actor_2:
                    event.assoc_actor_2.insert(0, event.actor1)
            elif event.actor1 and event.actor1 != protesters.name and not (
                    roles.actor1 is not None and roles.actor1.generic
                    and roles.actor1.kind in _CIVILIAN_KINDS):
                # "residents protested": the residents are the protesters, no side of their own
                event.assoc_actor_1.insert(0, event.actor1)
            if forces_met:
                # "army and police forces dispersed the protesters": the force told beside
                # the one that met the protest met it too
                _forces_beside_the_force(event, roles)
            event.actor1 = protesters.name
            if event.actor2 == protesters.name:
                event.actor2 = None  # "two protesters were arrested": no side of their own
            _note_actor(event, protesters)
    elif event.event_type == "riots" and (roles.actor1 is None or roles.actor1.kind != "rioters"):
        rioters = generic("rioters", country)
        if rioters:
            crowd = generic("protesters", country)
            leading = event.actor1
            first_kind = roles.actor1.kind if roles.actor1 is not None else None
            if crowd is not None and event.actor2 == crowd.name and first_kind != "protesters":
                # "police clashed with the demonstrators": the demonstrators are the
                # rioters, the force the side they fought
                event.actor2 = None
            met = next((a.name for a in roles.assoc1
                        if a.kind in _STATE_SIDE and a.name in event.assoc_actor_1), None)
            if met is not None and event.actor2 is None and first_kind in _CIVILIAN_KINDS \
                    and roles.actor1 is not None and roles.actor1.generic:
                # "inhabitants of the district attacked police officers, throwing stones":
                # the residents are the crowd itself, the force told with them the side
                # they attacked
                event.actor2 = met
                event.assoc_actor_1 = [a for a in event.assoc_actor_1 if a != met]
                leading = None
            if leading and leading != rioters.name and first_kind != "protesters":
                civilians = generic("civilians", country)
                if event.actor2 is None or (
                        first_kind in _STATE_SIDE and civilians is not None
                        and event.actor2 == civilians.name):
                    # "police broke up a fight between villagers": the force is the side
                    # the rioters met, with the forces beside it
                    event.actor2 = leading
                    if first_kind in _STATE_SIDE:
                        event.assoc_actor_2 = [*event.assoc_actor_1, *event.assoc_actor_2]
                        event.assoc_actor_1 = []
                elif first_kind is not None and first_kind not in _STATE_SIDE and not (
                        roles.actor1 is not None and roles.actor1.generic
                        and first_kind in _CIVILIAN_KINDS):
                    # "party supporters stormed the office ... troops arrested 20": the
                    # rioters' own group, beside the force that met them
                    event.assoc_actor_1.insert(0, leading)
            event.actor1 = rioters.name
            _note_actor(event, rioters)
    if event.sub_event_type in _NO_CIVILIAN_SIDE and roles.actor2 is not None and \
            event.actor2 == roles.actor2.name and roles.actor2.kind in _CIVILIAN_KINDS:
        _no_civilian_side_of_a_protest(event, roles)
    if event.sub_event_type == "protest_with_intervention" and event.actor2 is None:
        # "two protesters were arrested": the police met the protest, as ACLED codes it
        _default_actor(event, "actor2", "police", country)
    elif event.sub_event_type == "arrests" and event.actor1 is None:
        # "The Ministry of Interior announced the arrest of (7) terrorists": an arrest whose
        # arresting force goes unnamed was made by the police, as ACLED codes most
        _default_actor(event, "actor1", "police", country)
    elif event.event_type in {"explosions_remote_violence", "violence_against_civilians"} or (
            event.event_type == "battles" and event.actor2 is not None):
        # A battle has two sides: an ambush on a convoy whose attackers go unnamed was
        # fought by an unidentified armed group.
        gang = unattributed_gang(country) if by_gang and event.actor1 is None else None
        if gang is not None:
            # "a man was shot dead in a drive-by incident": a gang's method
            event.actor1 = gang.name
            _note_actor(event, gang)
        elif event.actor1 is None and event.sub_event_type == "air_drone_strike":
            if drone_fielder is not None:
                # "a drone blamed on the military", "the rebels have used drones to drop
                # bombs": the side the report lays it to, or that fields drones there
                event.actor1 = drone_fielder.name
                _note_actor(event, drone_fielder)
            elif unclaimed:
                # "bombs dropped from a drone ... No group has claimed the attack": an
                # armed group's strike whose group goes unnamed
                _default_actor(event, "actor1", "unidentified armed group", country)
            else:
                # "A drone strike on a car killed three": aircraft are a state's or a known
                # force's; where the report names none, ACLED's unidentified military
                # forces
                _default_actor(event, "actor1", "unidentified military forces", country)
        elif event.actor1 is None:
            # A bomb, a shell or an attack of unknown authorship: ACLED's unidentified
            # armed group.
            _default_actor(event, "actor1", "unidentified armed group", country)
        if event.event_type == "violence_against_civilians" and event.actor2 is None:
            _default_actor(event, "actor2", "civilians", country)
        elif event.event_type == "explosions_remote_violence" and event.actor2 is None and (
                civilians := generic("civilians", country)) is not None and any(
                c.party == civilians.name and c.kind in {"killed", "wounded"}
                and not c.perpetrator and c.qualifier != "zero" for c in event.casualties):
            # "a bombing ... at least 11 people died": the civilians it killed are the side
            # it struck, as ACLED codes a blast among them
            event.actor2 = civilians.name
            _note_actor(event, civilians)
    if event.event_type == "battles" and roles.actor1 is not None and event.actor2 is None \
            and event.actor1 == roles.actor1.name and roles.actor1.kind in _STATE_KINDS:
        # "The Counter-Terrorism Service announced the killing of the terrorist so-called
        # wali of Kirkuk": a state's force fought the armed side whose dead it counts
        struck = next((found for c in event.casualties if c.count and c.party
                       and c.party != event.actor1 and c.kind in {"killed", "detained"}
                       and (found := generic(c.party, country)) is not None
                       and found.kind in _NON_STATE_SIDE), None)
        if struck is not None:
            event.actor2 = struck.name
            _note_actor(event, struck)
    if event.sub_event_type == "armed_clash" and event.actor1 is None and \
            event.actor2 is None:
        # "a shoot-out took place in the market district": a fight between armed men of
        # whom neither side is named, ACLED's unidentified armed group on both sides
        _default_actor(event, "actor1", "unidentified armed group", country)
        _default_actor(event, "actor2", "unidentified armed group", country)
    if event.sub_event_type == _TAKEN_OR_DESTROYED and event.actor2 is None and \
            event.actor1 is not None:
        _owner_of_the_property(event, roles, country, gang_goods_taken)


def _past_the_label(text: str, seg: Segment, anchor: Trigger | None) -> Trigger | None:
    """The word a note tells its event by, where a label before it named the type.

    "Looting: On 9 May, rebels under X looted crops": the label opens the note, before
    everyone it names, so sides are read around the note's own word for the deed
    ("looted"), of the label's type where there is one, else its first word of any.
    """
    if anchor is None or not text.startswith(":", anchor.end):
        return anchor
    after = [t for t in seg.triggers if t.start > anchor.end]
    same = (anchor.event_type, anchor.sub_event_type)
    return next((t for t in after if (t.event_type, t.sub_event_type) == same),
                after[0] if after else anchor)


def _owner_of_the_property(event: Event, roles: Roles, country: str | None,
                           gang_goods_taken: bool) -> None:
    """Whose property was taken or destroyed, where the text names no owner: the gang's
    where state forces seized or destroyed what a gang trades in ("police seized two
    tonnes of cannabis"), else the civilians' ("gunmen torched a school")."""
    state = roles.actor1 is not None and roles.actor1.kind in _STATE_SIDE
    if gang_goods_taken:
        if state:
            _default_actor(event, "actor2", "gang", country)
        return
    civilians = _resolve_party("civilians", country)
    if civilians is not None and event.actor1 != civilians.name:
        event.actor2 = civilians.name
        _note_actor(event, civilians)


# "a protest by teachers", "a sit-in of health workers": who held it, told after the word
_HELD_BY_GROUP = re.compile(r"\b(?:by|of)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "BJP workers", "workers of the PPP": a party's members, not a sector of labour
_OF_THE_NAMED = re.compile(r"\s+of\s+(?:the\s+)?$")
_PARTY_BEFORE = re.compile(
    r"(?:\b[A-Z][A-Z()-]{1,7}|\b(?:[Pp]arty|Congress|League|Front|Movement))\s+$")
# "a BBC reporter", "a Kalsan TV journalist": the outlet's initials, no party's
_JOURNALISTS = "Journalists"
_STRIKES_PEOPLE = frozenset({"violence_against_civilians", "riots",
                             "explosions_remote_violence"})
_SIDE_OF_THE_GROUP = frozenset({"protesters", "rioters", "civilians"})
# "detained several women", "looted a refugee camp": those taken or robbed, as those struck
_TAKES_FROM_PEOPLE = frozenset({"arrests", "looting_property_destruction"})


# "two women were beaten up", "a journalist was assaulted by police": those a passive verb
# of violence, not counted among the dead or wounded, struck
_STRUCK_AS_SUBJECT = re.compile(
    r"\s+(?:(?:from|of|at|with)\s+(?:[\w'-]+\s+){1,4}?|(?:[\w-]+\s+){0,2}?)"
    r"(?:was|were|being|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:beaten|attacked|assaulted|abducted|kidnapped|stabbed|lynched|tortured|raped|harassed|"
    r"tonsured|paraded|hacked|stoned|chased|threatened|robbed|whipped|flogged|humiliated|"
    r"stripped|molested|set\s+upon)\b", re.IGNORECASE)


# "forced 480 villagers to flee", "260 individuals were displaced", "families evacuated"
_DISPLACED = re.compile(r"\b(?:displaced|displacement|evacuated|evacuation|fled|flee|"
                        r"forced\s+(?:from|out\s+of)\s+their\s+homes)\b")
# a word every match of _DISPLACED holds
_DISPLACED_GATE = ("displac", "evacua", "fle", "forced")


def _displaced_civilians(event: Event, lowered: str, seg: Segment, place: str) -> None:
    """ACLED's associated actor for civilians a report tells displaced: "fighting forced
    480 villagers to flee" is "Civilians (Myanmar)" with "Refugees/IDPs (Myanmar)"."""
    window = lowered[seg.start:seg.end]
    if not any(word in window for word in _DISPLACED_GATE):
        return
    if _DISPLACED.search(lowered, seg.start, seg.end) is None:
        return
    name = f"Refugees/IDPs ({place})"
    if name not in event.assoc_actor_1:
        event.assoc_actor_1.append(name)
        event.actor_kinds.setdefault(name, "identity_group")


def _associate_identities(event: Event, text: str, lowered: str, seg: Segment,
                          anchor: Trigger | None,
                          victims: Sequence[tuple[int, int]],
                          named: Sequence[ActorMention], country: str | None) -> None:
    """ACLED's associated actors for who the protesters, rioters or civilians are: striking
    workers protest as "Protesters (India)" with "Labour Group (India)", a reporter shot is
    "Civilians (Mexico)" with "Journalists (Mexico)". The protesters' own group is told as
    the subject ("teachers protested") or after "by"/"of"; the victims' among those hurt,
    killed or taken."""
    place = country_acled_name(country)
    if place is None:
        return
    kinds = event.actor_kinds
    peoples = identity_groups().by_people
    for actor, side in ((event.actor1, event.assoc_actor_1), (event.actor2, event.assoc_actor_2)):
        # "Fulani Ethnic Militia" with "Pastoralists (Nigeria)": the way of life of its people
        if actor is not None and kinds.get(actor) == "identity_militia" and \
                (people := peoples.get(actor.split(" ", 1)[0])) is not None and \
                f"{people} ({place})" not in side:
            side.append(f"{people} ({place})")
            kinds.setdefault(f"{people} ({place})", "identity_group")
    kind1 = kinds.get(event.actor1 or "")
    if kind1 == "civilians" and event.event_type == "strategic_developments":
        _displaced_civilians(event, lowered, seg, place)
    side1 = event.event_type in ("protests", "riots") and kind1 in _SIDE_OF_THE_GROUP
    # "304 Venezuelan refugees returned": civilians who act, told by who they are
    civil1 = kind1 == "civilians" and not side1 and anchor is not None
    side2 = event.actor2 is not None and kinds.get(event.actor2, "civilians") in _SIDE_OF_THE_GROUP
    if not (side1 or side2 or civil1):
        return  # no side a group named could join: the groups need not be looked for
    found = find_identities(text, seg.start, seg.end, lowered=lowered)
    if not found:
        return
    told_in = sentence_of(anchor.start, seg.sentences) if anchor is not None else -1
    officials = identity_groups().state_groups
    for start, end, group in found:
        # "BJP workers" are the party's people; "BJP MPs" are officials all the same
        if group not in officials and ((group != _JOURNALISTS and _PARTY_BEFORE.search(
                text, max(0, start - 40), start))
                                       or any(not a.generic and (0 <= start - a.end <= 1 or (
                                           a.start > end
                                           and _OF_THE_NAMED.fullmatch(text, end, a.start)))
                                           for a in named)):
            continue
        if _ONE_OF_SEVERAL.match(lowered, start) and (
                _JOINED_BEFORE.search(lowered, max(0, start - 30), start)
                or _JOINED_AFTER.match(lowered, end)):
            # "a woman was shot" names who the one struck is; "a man and a woman", "five
            # people including a woman" do not name the group of those struck
            continue
        # "three women were beaten by a mob": the subject of a passive verb of violence
        hurt = any(s <= start and end <= e for s, e in victims) or \
            _STRUCK_AS_SUBJECT.match(text, end) is not None
        if not hurt and (_TELLER_AFTER.match(text, end) or _ACCORDING_TO_BEFORE.search(
                text, max(0, start - 20), start)):
            continue  # "..., local medics said": who tells of it, not who was struck
        if side1 and (not hurt or event.event_type == "protests") and (
                hurt or anchor is None or start < anchor.start
                or _HELD_BY_GROUP.search(text, max(anchor.end, start - 40), start)):
            side, actor = event.assoc_actor_1, event.actor1
        elif side2 and (hurt or (
                # "assaulted two journalists", "tortured several refugees": struck, uncounted
                (event.event_type in _STRIKES_PEOPLE
                 or event.sub_event_type in _TAKES_FROM_PEOPLE) and anchor is not None
                and anchor.start < start and sentence_of(start, seg.sentences) == told_in)):
            side, actor = event.assoc_actor_2, event.actor2
        elif civil1 and not hurt and anchor is not None and (
                # "150 refugees returned": the group may be the trigger's own first word
                start < anchor.start or anchor.start <= start < end <= anchor.end) and \
                sentence_of(start, seg.sentences) == told_in:
            side, actor = event.assoc_actor_1, event.actor1
        else:
            continue
        own = place
        if (civil1 or side1) and actor is not None and side is event.assoc_actor_1 and (
                of := _BRACKETED_COUNTRY.search(event.actor_acled_names.get(actor, actor))):
            # "150 Venezuelan refugees returned": who they are, of the civilians' own country;
            # "Venezuelan migrants protested in Cucuta": the crowd's, "Protesters
            # (Venezuela)" with "Refugees/IDPs (Venezuela)", as ACLED codes foreign nationals
            own = of.group(1)
        name = identity_name(group, country or "", own,
                             when=_day(event.date_start) if event.date_start else None,
                             before=text[max(0, start - 12):start])
        if name not in side and name != actor:
            side.append(name)
            kinds.setdefault(name, "identity_group")
        # "Kurdish doctors protested": the people of the group, beside it
        people = ethnic_group_before(text, start, country)
        if people is not None and (of_people := f"{people} Ethnic Group ({place})") not in side:
            side.append(of_people)
            kinds.setdefault(of_people, "identity_group")


#: Where a people lives, told after its name: "the Dogon village of X", "members of the
#: Fulani community", "Fulani settlements"
_PEOPLES_PLACE = re.compile(r"\b(?:communit(?:y|ies)|villages?|settlements?|settlers|"
                            r"hamlets?)\b")
#: Where what the trigger's sentence tells of those struck ends: "killed five farmers
#: before fleeing to ..."
_STRUCK_TOLD_UNTIL = re.compile(r"\b(?:before|after|while|when|then)\b")
#: "by" before the people named: "were killed by Fulani settlers" tells the attackers'
#: people, not the victims'
_BY_BEFORE_A_PEOPLE = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w'-]+[ \t]+){1,2}$")
_PEOPLES_PLACE_WORDS = ("communit", "village", "settle", "hamlet")


def _people_of_a_side(event: Event, text: str, roles: Roles, country: str | None,
                      anchor: Trigger | None, named: Sequence[ActorMention],
                      seg: Segment) -> None:
    """ACLED's associated actor for the people the protesters, rioters or civilians of a
    side are: "Hazara residents protested" are "Protesters (Pakistan)" with "Hazara Ethnic
    Group (Pakistan)", "gunmen killed three Dogon villagers" struck "Civilians (Mali)" with
    "Dogon Ethnic Group (Mali)". A gathering whose side no mention took is told by the
    people named before its trigger in the trigger's sentence."""
    place = country_acled_name(country)
    if place is None:
        return
    kinds = event.actor_kinds
    first = roles.actor1
    if first is None and anchor is not None and event.event_type in ("protests", "riots"):
        told_in = sentence_of(anchor.start, seg.sentences)
        first = next((a for a in named if a.kind in _SIDE_OF_THE_GROUP
                      and a.start < anchor.start
                      and sentence_of(a.start, seg.sentences) == told_in), None)
    for mention, side, assoc in ((first, event.actor1, event.assoc_actor_1),
                                 (roles.actor2, event.actor2, event.assoc_actor_2)):
        # "Hazara residents staged a sit-in": the residents told, the protesters coded
        if mention is None or side is None or kinds.get(side) not in _SIDE_OF_THE_GROUP \
                or mention.name != side and mention.kind not in _SIDE_OF_THE_GROUP:
            continue
        people = ethnic_group_before(text, mention.start, country)
        if people is None:
            continue
        name = f"{people} Ethnic Group ({place})"
        if name not in assoc:
            assoc.append(name)
            kinds.setdefault(name, "identity_group")
    if event.actor2 is None or kinds.get(event.actor2) != "civilians" \
            or event.event_type not in _STRIKES_PEOPLE and \
            event.sub_event_type not in _TAKES_FROM_PEOPLE or \
            not _may_hold(text, _PEOPLES_PLACE_WORDS):
        return
    # "attacked the Dogon village of X", "killed members of the Fulani community": the
    # people whose village or community was struck, told after the trigger in its sentence
    # ("... before fleeing to a Fulani settlement" is where the attackers went, "The
    # attackers came from a Fulani community" whose they are)
    if anchor is None:
        return
    told_in = sentence_of(anchor.start, seg.sentences)
    end = min(seg.end, seg.sentences[told_in][1]) if 0 <= told_in < len(seg.sentences) \
        else seg.end
    stop = _STRUCK_TOLD_UNTIL.search(text, anchor.end, end)
    end = stop.start() if stop is not None else end
    for m in _PEOPLES_PLACE.finditer(text, anchor.end, end):
        people = ethnic_group_before(text, m.start(), country)
        if people is not None and _BY_BEFORE_A_PEOPLE.search(
                text, max(anchor.end, m.start() - 48), m.start()) is None and (
                name := f"{people} Ethnic Group ({place})") not in event.assoc_actor_2:
            event.assoc_actor_2.append(name)
            kinds.setdefault(name, "identity_group")


#: Types in which what a report names was struck: a bank burned, a factory bombed.
_STRIKES_PREMISES = frozenset({"riots", "violence_against_civilians", "explosions_remote_violence",
                               "looting_property_destruction"})
# "the West Bank", "the river bank": no business
_NOT_PREMISES_BEFORE = re.compile(r"(?:west|river|left|right|east|north|south)\s+$")


#: A riot told where prisoners are held: "a riot broke out at the central prison", "a
#: prison riot", "inmates rioted inside the jail"
_RIOT_IN_A_PRISON = re.compile(
    r"\b(?:(?:prison|jail|penitentiary)\s+(?:riot|mutiny|unrest|uprising)|"
    r"(?:riot|mutiny|unrest|uprising)\w*\s+(?:[\w-]+\s+){0,3}?(?:at|in|inside|within)\s+"
    r"(?:the\s+|a\s+)?(?:(?!(?:near|outside|close|behind|beside|opposite|next|by|of|to|"
    r"from|the|a)\b)[\w'-]+\s+){0,3}?(?:prison|jail|penitentiary|correctional\s+"
    r"(?:facility|centre|center)))\b")
# a detention centre holds migrants as often as convicts: no prison by that name alone
_PRISON_WORDS = ("prison", "jail", "penitentiary", "correctional")
_PRISONERS = "Prisoners"


def _riot_in_a_prison(event: Event, lowered: str, seg: Segment, country: str | None) -> None:
    """A riot in a prison is the prisoners': "a riot broke out at the central prison; guards
    fired shots, killing two inmates" is "Rioters (Nigeria)" with "Prisoners (Nigeria)",
    as ACLED codes the rioters' own group, where the report names them no other way."""
    place = country_acled_name(country)
    if place is None or event.actor1 != f"Rioters ({place})" or event.assoc_actor_1:
        return
    window = lowered[seg.start:seg.end]
    if not any(word in window for word in _PRISON_WORDS) or \
            _RIOT_IN_A_PRISON.search(window) is None:
        return
    name = f"{_PRISONERS} ({place})"
    event.assoc_actor_1.append(name)
    event.actor_kinds.setdefault(name, "identity_group")


def _struck_premises(event: Event, lowered: str, seg: Segment, country: str | None) -> None:
    """ACLED's associated actor for a business struck: rioters who stone a bank or arsonists
    who burn a factory struck "Civilians (Lebanon)" with "Labour Group (Lebanon)"."""
    if event.event_type not in _STRIKES_PREMISES and \
            event.sub_event_type not in _STRIKES_PREMISES:
        return
    groups = identity_groups()
    place = country_acled_name(country)
    if groups.premises is None or place is None:
        return
    kinds = event.actor_kinds
    civilians = f"Civilians ({place})"
    if event.actor2 is not None and kinds.get(event.actor2) != "civilians":
        return  # a police station or an army post: the force was struck
    for m in groups.premises.finditer(lowered, seg.start, seg.end):
        if _NOT_PREMISES_BEFORE.search(lowered, max(0, m.start() - 8), m.start()):
            continue
        name = f"{groups.premises_group[m.group()]} ({place})"
        if event.actor2 is None:
            event.actor2 = civilians
            kinds.setdefault(civilians, "civilians")
        if name not in event.assoc_actor_2:
            event.assoc_actor_2.append(name)
            kinds.setdefault(name, "identity_group")
        return


# "protested against the BJP", "a rally opposing the PTI": the party is the target
_AGAINST_BEFORE = re.compile(
    r"\b(?:against|opposing|condemning|denouncing|criticising|criticizing)"
    r"\s+(?:the\s+)?(?:(?:ruling|governing|opposition|incumbent|main)\s+)?$",
    re.IGNORECASE)
# "the BJP government", "a PPP-led administration", "the AKP's policies", "outside the
# UGTT's headquarters": the power it holds or a building of its, not its people
_RULE_AFTER = re.compile(
    r"(?:['’]s|-led|-ruled|\s+(?:led|ruled|run))?\s*(?:government|administration|regime|"
    r"policies|policy|office|offices|headquarters|rule|authorities|state government)\b",
    re.IGNORECASE)
_CLASH_WITH = re.compile(r"\b(?:with|against|and)\s+(?:(?:members|supporters|activists|"
                         r"workers|cadres|youths?)\s+of\s+)?(?:the\s+|an?\s+)?"
                         r"(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_ARMED_OR_UNNAMED = frozenset({"protesters", "rioters", "civilians", "unidentified_armed_group",
                               "political_militia", "gang", "identity_militia"})


def _associate_organisations(event: Event, text: str, seg: Segment, anchor: Trigger | None,
                             victims: Sequence[tuple[int, int]],
                             named: Sequence[ActorMention], roles: Roles,
                             evidence: dict[str, list[Evidence]]) -> None:
    """ACLED's associated actors for the parties, movements and unions the people of a side
    belong to: "members of the CPI(M) held a protest" are "Protesters (India)" with
    "CPI(M): Communist Party of India (Marxist)"; "the police detained 12 CNL members" are
    "Civilians (Burundi)" with "CNL: National Congress for Liberation"; "Islah-affiliated
    forces" are the forces with the Islah party. A party the event is aimed at ("protested
    against the BJP government") or whose office is the place is none of its people."""
    found = [a for a in named if a.kind in ORGANISATION_KINDS]
    if not found or event.actor1 is None and event.actor2 is None:
        return
    kinds = event.actor_kinds
    kind1 = kinds.get(event.actor1 or "")
    kind2 = kinds.get(event.actor2 or "", "civilians") if event.actor2 else None
    side1 = kind1 in _SIDE_OF_THE_GROUP and event.event_type in ("protests", "riots")
    told_in = sentence_of(anchor.start, seg.sentences) if anchor is not None else -1
    for party in found:
        if party.modifier in ("anti", "led", "backed") or _AGAINST_BEFORE.search(
                text, max(0, party.start - 40), party.start) or _RULE_AFTER.match(
                text, party.end):
            continue
        hurt = any(s <= party.start and party.end <= e for s, e in victims)
        # "Islah-affiliated forces", "BJP supporters" told right before a side's mention
        beside = [m for m in (roles.actor1, roles.actor2)
                  if m is not None and 0 <= m.start - party.end <= 1]
        after_anchor = anchor is not None and party.start > anchor.start
        if beside and not hurt:
            number = 1 if beside[0] is roles.actor1 else 2
        elif side1 and (not hurt or event.event_type == "protests") and not (
                event.event_type == "riots" and after_anchor and kind2 in _SIDE_OF_THE_GROUP
                and anchor is not None
                and _CLASH_WITH.search(text, max(anchor.end, party.start - 60), party.start)):
            number = 1
        elif kind2 in _SIDE_OF_THE_GROUP and (hurt or (
                after_anchor and sentence_of(party.start, seg.sentences) == told_in)):
            number = 2
        elif (not side1 and kind1 in _ARMED_OR_UNNAMED and not hurt and anchor is not None
              and not after_anchor and sentence_of(party.start, seg.sentences) == told_in):
            number = 1  # "assailants backed by Trinamool activists vandalised ..."
        else:
            continue
        side = event.assoc_actor_1 if number == 1 else event.assoc_actor_2
        if party.name in side or party.name in (event.actor1, event.actor2):
            continue
        side.append(party.name)
        _note_actor(event, party)
        evidence.setdefault(f"assoc_actor_{number}", []).append(
            _ev(event.doc_id, text, party.start, party.end))


def _default_actor(event: Event, role: Literal["actor1", "actor2"], phrase: str,
                   country: str | None) -> None:
    """Fill an empty role with the generic actor ``phrase`` names in ``country``."""
    found = _resolve_party(phrase, country)
    if found:
        if role == "actor1":
            event.actor1 = found.name
        else:
            event.actor2 = found.name
        _note_actor(event, found)


def _confidence(score: float, place: PlaceMention | None, date_mention: DateMention | None,
                roles: Roles) -> float:
    value = 0.25 + min(score, 6.0) / 6.0 * 0.25
    if place is not None:
        # A place no finer than a country says little of where it happened.
        value += 0.05 if place.place is not None and place.place.feature == "country" else 0.15
    value += 0.15 if date_mention is not None else 0.0
    value += 0.1 if roles.actor1 is not None else 0.0
    value += 0.05 if roles.actor2 is not None else 0.0
    return round(min(value, 0.95), 2)


#: Where a man named before is from, told between commas after his name: "Sepoy Arif Khan,
#: 24, resident of Swabi, having fought gallantly, embraced shahadat", or in brackets with
#: his age: "Sepoy Imran Khattak (age 26 years, resident of District Karak)".
_HOME_BEFORE = re.compile(r"[,(][ \t]*(?:an?[ \t]+)?(?:resident|native|inhabitant)[ \t]+of[ \t]+"
                          r"(?:(?:the[ \t]+)?(?:[Dd]istrict|[Tt]ehsil|[Vv]illage)[ \t]+)?$")


def _home_of_one_named(text: str, place: PlaceMention) -> bool:
    """A town told as one man's home, between commas or in brackets, is no place the event
    happened in."""
    return (text.startswith((",", ")"), place.end)
            and _HOME_BEFORE.search(text, max(0, place.start - 40), place.start) is not None)


@stage(NAME, requires=("text", "sentences", "places", "actors", "dates", "casualties"),
       assigns=("records",))
def find_events(doc: Doc) -> Doc:
    """Segment the document and append one event record per segment."""
    # A wire dateline ("KADUNA, March 12 -") says where and when the report was filed.
    line = doc.document.metadata.get("dateline_span")
    filed = range(int(line[0]), int(line[1])) if line else range(0)
    filed_from = next((p for p in doc.places if p.start in filed and p.place is not None
                       and p.place.feature != "country"), None)
    filed_day = filed_on_day(doc, filed, doc.published)
    doc = replace_doc(doc, places=tuple(p for p in _sorted(doc.places) if p.start not in filed
                                        and not _home_of_one_named(doc.text, p)),
                      actors=tuple(_sorted(doc.actors)),
                      dates=tuple(d for d in _sorted(doc.dates) if d.start not in filed),
                      casualties=tuple(_sorted(doc.casualties)))
    doc_country = location_of(None, doc.places, doc.actors).country or _state_of(doc.text)
    events: list[Event] = []
    folded = lower_ascii(doc.text)
    triggers, named = scan(doc.text, folded)
    label = _PREFIX.match(doc.text) if ":" in doc.text else None
    labelled = load_triggers().prefixes.get(label.group(1).strip().lower()) if label else None
    if label and labelled:
        # "Headquarters or base established: ..." names its event even without a trigger.
        triggers = [Trigger(label.start(1), label.end(1), label.group(1), *labelled, 9.0),
                    *triggers]
    told = told_dates(doc)
    claims = claims_told_apart(doc, triggers)
    segments = segment(doc, folded, triggers, told)
    if len(segments) > 1:
        strong = [seg for seg in segments if max(t.weight for t in seg.triggers) >= 1.0]
        segments = strong or segments[:1]
    # "suspected ELN fighters shot dead a leader ... The ELN claimed the killing": a claim
    # told within a later incident that names the same group before it is that incident's,
    # not one of every unclaimed incident told before it (read once per claim)
    claimed_in = [[other for other in segments
                   if other.start <= claim[0].start < other.end
                   and _named_before_in(doc.text, doc.actors, claim[0], other)]
                  for claim in claims] if len(segments) > 1 else []
    for seg in segments:
        before = events[-1].location if events else None
        own_claims = [claim for claim, owners in zip(claims, claimed_in, strict=True)
                      if all(other is seg for other in owners)
                      ] if len(segments) > 1 else claims
        event = build_event(doc, seg, len(events) + 1, doc_country, folded, named, told,
                            before, own_claims, filed_day)
        if event is not None and (_a_wars_toll(event) or _a_state_since(event, folded)
                                  or _gains_of_a_campaign(event, folded)
                                  or _a_running_toll(event, folded, doc.sentences)):
            continue
        if event is not None:
            if filed_from is not None:
                _in_the_capital_filed_from(event, filed_from, doc, seg)
                _near_the_town_filed_from(event, filed_from, folded, doc.text)
                _in_the_country_filed_from(event, filed_from, doc.places)
            events.append(event)
    _background_by_lead(events, BACKGROUND_DAYS if doc.document.published is None
                        else CITED_DAYS)
    if events and (doc.document.published or doc.document.source):
        # when and by whom the report was published: what orders its counts against other
        # reports' when events are merged from their records alone
        telling = Telling.of(doc.document).to_dict()
        for event in events:
            event.tellings = {doc.doc_id: dict(telling)}
    return replace_doc(doc, records=(*doc.records, *events))


def _named_before_in(text: str, actors: Sequence[ActorMention], claimant: ActorMention,
                     other: Segment) -> bool:
    """Whether a claim that names the deed it claims ("claimed the killing") is of the
    incident ``other``, told before it in that incident: the claimant's group is named
    there before it ("suspected ELN fighters shot dead ..."), or the deed's word is one of
    that incident's ("ambushed a police vehicle ... claimed the ambush")."""
    deed = _CLAIMED_DEED.match(text, claimant.end, claimant.end + 80)
    if deed is None:
        return False
    if any(a.name == claimant.name and other.start <= a.start < claimant.start
           for a in actors):
        return True
    stem = deed.group(1).lower()[:5]
    return len(stem) == 5 and any(t.start < claimant.start and t.text.lower().startswith(stem)
                                  for t in other.triggers)


#: A claim naming its deed right after the group: "(ELN) claimed the killing", "claimed
#: responsibility for the ambush".
_CLAIMED_DEED = re.compile(r"[^.;:]{0,12}?\bclaimed\s+(?:(?:the\s+)?responsibility\s+for\s+)?"
                           r"(?:the|this)\s+([a-z]+)", re.IGNORECASE)


#: A kind of deed told as more or less frequent: "attacks on police and soldiers have risen",
#: "killings of social leaders have doubled this year", "roadside bombs have become the
#: militants' weapon of choice".
_TREND = re.compile(
    r"\b(?:attacks|assaults|killings|murders|kidnappings|abductions|bombings|clashes|"
    r"violence|ambushes|raids|shootings|incidents|bombs|landmines|mines|ieds|drone\s+strikes|"
    r"air\s?strikes)\b[^.;:]{0,60}?\b(?:have|has)\s+"
    r"(?:(?:also|sharply|steadily|more\s+than|almost|nearly)\s+)?"
    r"(?:risen|increased|surged|grown|intensified|escalated|doubled|tripled|multiplied|"
    r"declined|decreased|fallen|dropped|soared|spiked|become\s+(?:the|a|an|more|less|"
    r"increasingly|common|commonplace|frequent|routine|rare)\b)")


_THEATRE_REASON = "no place resolved; the country its named groups are active in"
_HOME_THEATRE_REASON = ("no place resolved; the home country of its named groups, which are "
                        "active in several")

#: The least of a vague count that only a war's or a campaign's whole toll reaches:
#: "thousands of", "tens of thousands of".
WAR_TOLL_LOW = 1000


def _a_wars_toll(event: Event) -> bool:
    """Whether a past event tells no incident but the whole toll of a war or a campaign:
    "the war, which began in April 2023, has killed tens of thousands of people",
    "jihadists have killed thousands of civilians since 2012". Its dead are a vague count of
    thousands at least, and nothing else is counted but some of the hurt counted before."""
    return event.background and any(
        c.count is None and c.low is not None and c.low >= WAR_TOLL_LOW
        for c in event.casualties) and all(
        c.count is None and c.low is not None and c.low >= WAR_TOLL_LOW
        # ("a charity said it had received 11 of the wounded": some of the hurt counted
        # before, told after the toll, are none of its own)
        or all(_SOME_OF_THE_HURT.match(e.text) for e in c.evidence)
        for c in event.casualties)


def _a_running_toll(event: Event, folded: str, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether a past event is only a toll run up over a stretch of time, told in the
    perfect with no number: "hundreds of people have been killed in such attacks in the
    province in the past three years". Many incidents, no one of them: the report's
    context, where :func:`_a_wars_toll` leaves tolls of fewer than thousands."""
    triggers = event.evidence.get("event_type") or []
    if not event.background or not event.casualties or not triggers or any(
            c.count is not None or c.low is None for c in event.casualties):
        return False
    for t in triggers:
        k = sentence_of(t.start, sentences)
        if not 0 <= k < len(sentences) or _PERFECT_BEFORE.search(
                folded, max(0, t.start - 30), t.start) is None:
            return False
        start, end = sentences[k]
        if _PAST_STRETCH.search(folded, start, end) is None and _YEARS_SPAN.search(
                folded, start, end) is None:
            return False
    return True


#: Some of the people counted before, told by their number: "11 of the wounded".
_SOME_OF_THE_HURT = re.compile(r"[\w-]+\s+of\s+the\s+(?:wounded|injured|hurt|dead)$",
                               re.IGNORECASE)


#: A stretch of years a count is told over: "in its campaign of more than 35 years", "over
#: four decades", "since 1984".
_YEARS_SPAN = re.compile(
    r"\b(?:(?:of|over|in|for|during|across)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:\d{1,3}|[a-z]+)\s+(?:years|decades)|since\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def _a_campaigns_toll(c: CasualtyMention, text: str,
                      sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether a count is a group's or a war's whole toll over years, told beside an
    incident: "the PKK has been responsible for the deaths of more than 40,000 people ...
    in its terror campaign of more than 35 years". Thousands at least, told as a bound or a
    round figure, in a sentence that names the years they were killed over."""
    if c.low is None or c.low < WAR_TOLL_LOW or c.qualifier == "exact":
        return False
    k = sentence_of(c.start, sentences)
    if not 0 <= k < len(sentences):
        return False
    return _YEARS_SPAN.search(text, *sentences[k]) is not None


#: Territory a campaign took over its course, told in the perfect and by a vague count of
#: places: "has recaptured dozens of towns", "have seized scores of villages".
_PERFECT_GAINS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:since\s+)?$")
_VAGUE_PLACES_AFTER = re.compile(
    r"\s+(?:dozens|scores|hundreds|a\s+number|several|many)\s+of\s+(?:[a-z-]+\s+)?"
    r"(?:towns|villages|districts|areas|settlements|localities|cities)\b")
_TERRITORY_SUB_TYPES = frozenset({"government_regains_territory",
                                  "non_state_actor_overtakes_territory"})


def _gains_of_a_campaign(event: Event, folded: str) -> bool:
    """Whether a past change of territory is only what a campaign has taken over its course:
    "A government offensive launched two years ago has recaptured dozens of towns". No one
    is counted and no one place is taken: a report's context, no incident."""
    if not event.background or event.casualties or (
            event.sub_event_type not in _TERRITORY_SUB_TYPES):
        return False
    return any(_PERFECT_GAINS_BEFORE.search(folded, max(0, t.start - 20), t.start)
               and _VAGUE_PLACES_AFTER.match(folded, t.end)
               for t in event.evidence.get("event_type") or [])


def _a_state_since(event: Event, folded: str) -> bool:
    """Whether a past event is only a state of things dated by the day it began: "the RSF
    has besieged Babanusa since January", "the division has repelled a dozen assaults since
    then". No one is counted, and every date told of it follows "since": the start of what
    runs on to the telling, no incident of that day or month."""
    dates = event.evidence.get("date") or []
    return event.background and not event.casualties and bool(dates) and all(
        opens_a_period(folded, d.start) for d in dates)


def _in_the_groups_divisions(location: Location, text: str) -> None:
    """An event known only to its country, that names groups whose area is a few divisions
    of it ("the SMM observed explosions near X", X unknown, where the armed groups of two
    oblasts fight): placed amid those divisions, not at the country's point hundreds of
    kilometres off; in the division itself where there is one."""
    gazetteer = load_gazetteer()
    country = location.country or ""
    divisions = [place for c, name in sorted(theatre(text)[1]) if c == country
                 and (place := gazetteer.admin1(c, name)) is not None]
    if not divisions:
        return
    location.latitude = sum(d.latitude for d in divisions) / len(divisions)
    location.longitude = sum(d.longitude for d in divisions) / len(divisions)
    location.geo_precision = 3
    if len(divisions) == 1:
        location.admin1 = divisions[0].name
    location.reason = f"{location.reason}; amid the divisions where its named groups operate"


def _at_the_country_point(location: Location) -> None:
    """An event known only to its country is placed, at precision 3, where a country is
    put on a map: at its capital (as conflict datasets code it), else its centroid."""
    country = load_gazetteer().country(location.country or "")
    if country is not None:
        location.latitude, location.longitude = country.latitude, country.longitude
        location.geo_precision = 3


# A people's name before a body of its own state: "Turkish Government", "the Kenyan police".
_STATE_BODY = re.compile(
    r"\b([A-Z][a-z]{2,})[ \t]+(?:[Gg]overnment|[Aa]uthorities|[Pp]olice|[Mm]inistry|"
    r"[Pp]arliament|[Cc]abinet|[Pp]resident|[Pp]rime[ \t]+[Mm]inister)\b")


# A people's name before a town of theirs the gazetteer may lack: "the Lebanese village of".
_PEOPLES_TOWN = re.compile(
    r"\b([A-Z][a-z]{2,})[ \t]+(?:border[ \t]+|coastal[ \t]+)?(?:town|village|city)[ \t]+of\b")


def _state_of(text: str) -> str | None:
    """The one country whose own state bodies a report that names no place speaks of
    ("Turkish Government began enforcing a curfew"): where such a measure is taken; or
    whose people's name a town the report names is written with ("in the Lebanese village
    of X", where the gazetteer lacks X)."""
    gazetteer = load_gazetteer()
    found = {gazetteer.country_by_name(m.group(1)) for m in _STATE_BODY.finditer(text)}
    if "of" in text:
        found.update(gazetteer.country_by_name(m.group(1)) for m in _PEOPLES_TOWN.finditer(text))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# "a hotel in Somalia's capital", "in the Afghan capital", "in the capital": no name of it
_THE_CAPITAL = re.compile(
    r"\b(?:the\s+)?(?P<whose>the|[A-Z][\w-]*?)(?:'s|\u2019s)?\s+capital\b(?!\s+of\b)")


def _in_the_capital_filed_from(event: Event, filed_from: PlaceMention, doc: Doc,
                               seg: Segment) -> None:
    """An event placed in no more than its country, in "the capital", reported from a city
    of that country by a dateline ("MOGADISHU, Aug 20 (Reuters) -"): it took place in the
    city the report was filed from, the capital the reporter was in."""
    location = event.location
    place = filed_from.place
    if place is None or location.admin1 is not None \
            or not is_capital(place.country, place.name):
        return
    told = _THE_CAPITAL.search(doc.text, seg.start, seg.end)
    if told is None:
        return
    whose = told.group("whose")
    # "the Afghan capital", "Iraq's capital": the country named; "the capital": the event's
    named = None if whose == "the" else load_gazetteer().country_by_name(whose)
    if (named or location.country or place.country) != place.country:
        return  # (no country of its own: the capital of the dateline's)
    event.location = replace(location_of(filed_from, [filed_from], ()),
                             reason="in the capital; the city the report was filed from")


def _in_the_country_filed_from(event: Event, filed_from: PlaceMention,
                               places: Sequence[PlaceMention]) -> None:
    """An event with no country at all, in a report filed from a town of one country
    ("DHAKA, Oct 8 (Reuters) - ... shot dead in a camp in <a name the gazetteer lacks>"),
    that names no place of another country, lies in the country the report was filed
    from: a bureau files the news of its own country and region, so this is the last
    reading, never one over a place the report resolves or a country it names."""
    location = event.location
    place = filed_from.place
    if place is None or location.country is not None or any(
            p.place is not None and p.place.country != place.country
            or p.place is None and _town_abroad_so_spelled(p.text, place.country)
            for p in places):
        return
    event.location = replace(location, country=place.country, geo_precision=3,
                             reason=f"{location.reason}; the country of the town the "
                                    "report was filed from")


# How many people a town abroad spelled as a name is written must hold for that name, read
# weakly, to be a place of another country ("a day's walk from <a city abroad>").
_TOWN_ABROAD_SO_SPELLED = 10_000


def _town_abroad_so_spelled(name: str, country: str) -> bool:
    """Whether ``name``, read weakly, is spelled exactly as a town of some size outside
    ``country``: a place the report may name abroad, unlike a loose likeness ("Ukhiya")."""
    gazetteer = load_gazetteer()
    folded = normalise(name)
    return any(
        info.country != country and info.name == folded
        and info.population >= _TOWN_ABROAD_SO_SPELLED
        for info in map(gazetteer.info, gazetteer.candidates_for_key(name_key(name))))


# Words that place an event in a part of its country without naming a place there.
_PART_OF_A_COUNTRY = re.compile(
    r"\b(?:north|south|east|west|central|border|frontier|desert|countryside|province|"
    r"governorate|region|district|capital)")


# The teller of a release issued by a force's press office, whose dateline is the office's
# seat: "Inter-Services Public Relations", "the army's media wing", initials for a public
# relations office ("... said, according to the DGPR").
_PRESS_OFFICE = re.compile(r"\b(?:[Pp]ublic [Rr]elations|(?:media|press) wing|[A-Z]{1,4}PR)\b")


def _near_the_town_filed_from(event: Event, filed_from: PlaceMention, folded: str,
                              text: str = "") -> None:
    """An event the report places in no more than the country its dateline's town lies in
    ("Kirkuk, 3/9/2022 - Two soldiers were killed when a bomb went off on their vehicle"),
    with no part of that country written ("in northern Iraq"), is placed near the town the
    report was filed from, at precision 2: translated releases name the province or town
    of the event there, and a reporter files from near what the report names nowhere else.
    A release its teller's press office issues ("..., the ISPR said") is dated from the
    office's seat: its dateline places nothing."""
    location = event.location
    place = filed_from.place
    if place is None or location.admin1 is not None or (location.geo_precision or 3) < 3 \
            or location.country is None or location.country != place.country:
        return
    if _PART_OF_A_COUNTRY.search(folded, filed_from.end) is not None:
        return
    if _PRESS_OFFICE.search(text, filed_from.end) is not None:
        # "RAWALPINDI, June 3: Terrorists ambushed a convoy ..., the ISPR said": a press
        # office issues its releases from its seat, and the dateline says so; the place of
        # an event its release does not name is not known from it
        return
    near = location_of(filed_from, [filed_from], ())
    event.location = replace(near, geo_precision=max(near.geo_precision or 2, 2),
                             reason="near the town the report was filed from; "
                                    "no place of its own is written")


def _background_by_lead(events: Sequence[Event], days: int) -> None:
    """The report's first event is what it tells of: a later event more than ``days``
    before it is cited for context ("... who stabbed a man in May 2018"; "Last month, a
    bombing at a wedding in Kabul killed 63 people"). Without a publication date the lead
    is all that dates the report, so the gap is :data:`BACKGROUND_DAYS`; with one, an
    earlier event told after the lead is context already when it lies
    :data:`CITED_DAYS` before."""
    lead = next((e for e in events if not e.background and e.date_start), None)
    if lead is None or lead.date_start is None:
        return
    cutoff = date.fromisoformat(lead.date_start) - timedelta(days=days)
    for event in events:
        if event is not lead and event.date_end and date.fromisoformat(event.date_end) < cutoff:
            event.background = True
