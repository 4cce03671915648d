"""Reconciliation across sources: reports of the same event become one event.

Outlets retell one incident, often from one press release, in other words: another
order, rounded or spelled-out numbers, another transliteration of the place. Each
report is extracted on its own into single-document :class:`~eventcoder.records.Event`
records; this module decides which of them describe the same incident and merges
them into one event that lists every document, the agreement of each field, and
for each casualty count the best, low and high values with their sources (UCDP's
convention). Aggregate tallies that several outlets copy from one release are
merged the same way.

Everything here is a pure, deterministic function of its inputs:

* :func:`compare_events` scores a pair of reports criterion by criterion and says
  why in plain English (:class:`MatchExplanation`); :func:`same_event` applies the
  threshold.
* :func:`merge_events` builds the merged event from its members; its id depends only
  on the set of members, never on their order.
* :func:`reconcile` is the incremental step: new reports against the merged events
  a store already holds; :func:`cluster_events` the same from scratch. Both give
  the same clusters whatever order the reports arrive in.
* :func:`explain` turns a merged event and its explanations into the text that
  ``eventcoder show`` prints.

The rules, thresholds and their reasons are written up in ``docs/reconciliation.md``.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Generic, Literal, TypeVar

from rapidfuzz import fuzz

from eventcoder.gazetteer import haversine_km
from eventcoder.records import (
    EVENT_TYPES,
    Casualty,
    Document,
    Event,
    Evidence,
    Location,
    Record,
    Tally,
)
from eventcoder.revisions import COUNT_CHANGED, corrects_itself

#: The name and version stored in ``extractor`` on every merged record.
RECONCILER = "eventcoder.reconcile.v1"

Verdict = Literal["match", "partial", "unknown", "conflict"]

#: Two reports are one event when no hard criterion conflicts and the weighted score
#: reaches this. With the weights below, the hard criteria (date, place, type) all
#: agreeing give 0.55; two soft conflicts (actors and casualties) then keep the pair
#: below it whatever the wording, one soft conflict does not.
MATCH_THRESHOLD = 0.7

#: Weight of each criterion in the score; ``documents`` only vetoes.
WEIGHTS: dict[str, float] = {
    "documents": 0.0,
    "date": 0.2,
    "location": 0.2,
    "event_type": 0.15,
    "actors": 0.15,
    "casualties": 0.15,
    "wording": 0.15,
}

#: A conflict on one of these means "not the same event", whatever the rest says.
HARD_CRITERIA = frozenset({"documents", "date", "location", "event_type"})

#: How far (km) the spot of an event may lie from the place a report names, by ACLED
#: geo-precision (1 the town itself, 2 "near" a town or part of a region, 3 province
#: or vaguer). Two reports may be one event when their places are no further apart
#: than the sum of their radii: 20 km for two towns (outlets name neighbouring
#: villages for one attack), 35 km for a town and "near" another, 50 km for two
#: "near"s. Towns of one province are usually further apart than that. Reports at
#: precision 3 are compared by province instead, where both name one.
RADIUS_KM: dict[int, float] = {1: 10.0, 2: 25.0, 3: 75.0}

#: Days two date ranges may be apart when one of them is only the publication date
#: (``date_basis == "publication_date"``): reports often run a day or three later.
PUBLICATION_DATE_SLACK_DAYS = 3

#: Pairs of event types that outlets use for one incident ("clashes" and "shelling",
#: "an attack on civilians" and "a bombing"): compatible when the reports share an
#: actor, except protests and riots, which are always compatible.
COMPATIBLE_TYPES: dict[frozenset[str], bool] = {
    frozenset({"battles", "explosions_remote_violence"}): True,
    frozenset({"battles", "violence_against_civilians"}): True,
    frozenset({"explosions_remote_violence", "violence_against_civilians"}): True,
    frozenset({"battles", "strategic_developments"}): True,
    frozenset({"protests", "riots"}): False,
}

#: How an explosion was delivered: from afar (aircraft, drones, artillery, rockets) or
#: on the spot (a planted or carried bomb, a grenade). Outlets confuse a drone strike
#: with shelling, or a car bomb with a suicide bomb, but not one family with the other:
#: a suicide bombing and a mortar attack in one city on one day are two events.
EXPLOSION_DELIVERY: dict[str, str] = {
    "air_drone_strike": "stand-off",
    "shelling_artillery_missile_attack": "stand-off",
    "remote_explosive_landmine_ied": "on the spot",
    "suicide_bomb": "on the spot",
    "grenade": "on the spot",
    "chemical_weapon": "chemical",
}

#: Relative tolerance between two casualty counts ("nearly 30" and 27, 12 and 14);
#: never less than one person.
COUNT_TOLERANCE = 0.2

#: Relative tolerance between two values of one tally (rounding of a copied figure).
TALLY_TOLERANCE = 0.1

_INF = math.inf
_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")
_DIGITS = re.compile(r"\d+")
_SUB_TO_TYPE = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}


# --------------------------------------------------------------------------- explanations


@dataclass(frozen=True, slots=True)
class Criterion:
    """One criterion of a comparison: its verdict, its score in 0..1 and why."""

    name: str
    verdict: Verdict
    score: float
    detail: str

    @property
    def weight(self) -> float:
        return WEIGHTS.get(self.name, 0.0)

    @property
    def hard(self) -> bool:
        return self.name in HARD_CRITERIA

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class MatchExplanation:
    """Why two reports are, or are not, the same event."""

    a: str
    b: str
    score: float
    same: bool
    criteria: tuple[Criterion, ...]
    threshold: float = MATCH_THRESHOLD

    @property
    def reasons(self) -> list[str]:
        """The criteria in plain English, the deciding ones first."""
        vetoes = [c for c in self.criteria if c.hard and c.verdict == "conflict"]
        rest = [c for c in self.criteria if c not in vetoes]
        return [f"{c.name.replace('_', ' ')}: {c.detail}" for c in (*vetoes, *rest)]

    @property
    def vetoed_by(self) -> list[str]:
        return [c.name for c in self.criteria if c.hard and c.verdict == "conflict"]

    def criterion(self, name: str) -> Criterion:
        for c in self.criteria:
            if c.name == name:
                return c
        raise KeyError(f"no criterion {name!r}; known: {[c.name for c in self.criteria]}")

    def summary(self) -> str:
        if self.vetoed_by:
            return f"{self.a} and {self.b} differ: {', '.join(self.vetoed_by)} conflict"
        relation = "same event" if self.same else "not the same event"
        return (
            f"{self.a} and {self.b}: {relation} "
            f"(score {self.score:.2f}, threshold {self.threshold:.2f})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 4),
            "same": self.same,
            "threshold": self.threshold,
            "criteria": [c.to_dict() for c in self.criteria],
            "reasons": self.reasons,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MatchExplanation:
        return cls(
            a=data["a"],
            b=data["b"],
            score=float(data["score"]),
            same=bool(data["same"]),
            threshold=float(data.get("threshold", MATCH_THRESHOLD)),
            criteria=tuple(
                Criterion(c["name"], c["verdict"], float(c["score"]), c["detail"])
                for c in data.get("criteria", [])
            ),
        )


def _decide(a: str, b: str, criteria: list[Criterion], threshold: float) -> MatchExplanation:
    vetoed = any(c.hard and c.verdict == "conflict" for c in criteria)
    score = 0.0 if vetoed else sum(c.score * c.weight for c in criteria)
    score = round(score, 6)  # the same score whatever the float summation order
    return MatchExplanation(
        a=a, b=b, score=score, same=not vetoed and score >= threshold,
        criteria=tuple(criteria), threshold=threshold,
    )


# --------------------------------------------------------------------------- helpers


R = TypeVar("R", Event, Tally)


def _docs(record: Event | Tally) -> frozenset[str]:
    return frozenset(record.doc_ids or [record.doc_id])


def _record_id(record: Event | Tally) -> str:
    return record.event_id if isinstance(record, Event) else record.tally_id


def _members(record: Event | Tally) -> list[str]:
    return list(record.members) if record.members else [_record_id(record)]


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _interval(start: str | None, end: str | None) -> tuple[date, date] | None:
    first = _parse_date(start)
    last = _parse_date(end) or first
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (last, first)


def _compare_documents(a: Event | Tally, b: Event | Tally) -> Criterion:
    shared = sorted(_docs(a) & _docs(b))
    if shared:
        return Criterion(
            "documents", "conflict", 0.0,
            f"both come from {', '.join(shared)}: two events in one report are never merged",
        )
    return Criterion("documents", "match", 1.0, "reported by different documents")


# --------------------------------------------------------------------------- dates


def _fmt_interval(interval: tuple[date, date]) -> str:
    first, last = interval
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _compare_dates(a: _Facts, b: _Facts) -> Criterion:
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return Criterion("date", "unknown", 0.4, "at least one report gives no date")
    if ia == ib:
        return Criterion("date", "match", 1.0, f"both on {_fmt_interval(ia)}")
    gap = (max(ia[0], ib[0]) - min(ia[1], ib[1])).days
    if gap <= 0:
        return Criterion(
            "date", "partial", 0.8,
            f"{_fmt_interval(ia)} and {_fmt_interval(ib)} overlap",
        )
    slack = 0
    if "publication_date" in (a.event.date_basis, b.event.date_basis):
        slack = PUBLICATION_DATE_SLACK_DAYS
    if gap <= slack:
        return Criterion(
            "date", "partial", 0.5,
            f"{_fmt_interval(ia)} and {_fmt_interval(ib)} are {gap} day(s) apart, within "
            f"{slack} because one date is only the publication date",
        )
    return Criterion(
        "date", "conflict", 0.0,
        f"{_fmt_interval(ia)} and {_fmt_interval(ib)} are {gap} day(s) apart",
    )


# --------------------------------------------------------------------------- places

_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ez", "es", "ed", "er", "et", "en"}
)
_DIGRAPHS = (("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"),
             ("q", "k"), ("c", "k"), ("j", "g"))


@functools.lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """A transliteration-proof key of a place name: consonants, no article, no doubling.

    "Deir ez-Zor", "Dayr az-Zawr" and "Deir el-Zour" all give ``drzr``: romanisations
    of Arabic and other names differ mostly in vowels, in the article and in doubled
    letters.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    tokens = _ASCII_WORD.findall(text)
    tokens = [t for t in tokens if t not in _ARTICLES] or tokens
    joined = "".join(tokens)
    for digraph, letter in _DIGRAPHS:
        joined = joined.replace(digraph, letter)
    joined = _VOWELS.sub("", joined)
    return _DOUBLED.sub(r"\1", joined)


def _names(loc: Location) -> list[str]:
    return [n for n in (loc.place, loc.name) if n]


@functools.lru_cache(maxsize=65536)
def _same_name(x: str, y: str) -> bool:
    kx, ky = place_key(x), place_key(y)
    if not kx or kx != ky:
        return False
    # Short keys collide ("Kano", "Kuna"): ask the spelling to agree as well.
    return len(kx) >= 3 or fuzz.ratio(x.casefold(), y.casefold()) >= 75


def _names_agree(a: Location, b: Location) -> bool:
    return any(_same_name(x, y) for x in _names(a) for y in _names(b))


def _radius(loc: Location) -> float:
    return RADIUS_KM.get(loc.geo_precision or 2, RADIUS_KM[3])


def _label(loc: Location) -> str:
    return loc.place or loc.name or loc.admin1 or loc.country or "an unnamed place"


def _province_criterion(la: Location, lb: Location) -> Criterion | None:
    """Coarse locations compared by province: the same one, different ones, or unknown."""
    inside = _province_relation(la, lb)
    if inside is None:
        return None
    if inside:
        return Criterion("location", "partial", 0.7,
                         f"{_label(la)} and {_label(lb)} are in the same province")
    return Criterion("location", "conflict", 0.0,
                     f"{_label(la)} and {_label(lb)} are in different provinces")


def _province_relation(a: Location, b: Location) -> bool | None:
    """For a vague (precision 3) report: is the other place in its province? None: unknown."""
    vague, other = (a, b) if (a.geo_precision or 0) >= (b.geo_precision or 0) else (b, a)
    if vague.admin1 and other.admin1:
        return _same_name(vague.admin1, other.admin1)
    if other.admin1 and any(_same_name(n, other.admin1) for n in _names(vague)):
        return True
    return None


def _compare_locations(a: Event, b: Event) -> Criterion:
    la, lb = a.location, b.location
    if la.country and lb.country and la.country != lb.country:
        return Criterion("location", "conflict", 0.0, f"different countries: {la.country}, "
                         f"{lb.country}")
    precision = max(la.geo_precision or 2, lb.geo_precision or 2)
    limit = _radius(la) + _radius(lb)
    named_alike = _names_agree(la, lb)
    has_coords = None not in (la.latitude, la.longitude, lb.latitude, lb.longitude)
    if has_coords:
        km = haversine_km(la.latitude, la.longitude, lb.latitude, lb.longitude)  # type: ignore[arg-type]
        if named_alike and km <= 2 * RADIUS_KM[3]:
            return Criterion("location", "match", 1.0,
                             f"{_label(la)} and {_label(lb)} name the same place ({km:.0f} km)")
        if precision >= 3 and (by_province := _province_criterion(la, lb)) is not None:
            return by_province
        precisions = f"{la.geo_precision or 2} and {lb.geo_precision or 2}"
        if km <= limit:
            score = 1.0 - 0.5 * km / limit
            return Criterion(
                "location", "match" if score >= 0.9 else "partial", score,
                f"{_label(la)} and {_label(lb)} are {km:.0f} km apart, within {limit:.0f} km "
                f"for geo-precisions {precisions}",
            )
        return Criterion(
            "location", "conflict", 0.0,
            f"{_label(la)} and {_label(lb)} are {km:.0f} km apart, more than the {limit:.0f} km "
            f"allowed for geo-precisions {precisions}",
        )
    if named_alike:
        return Criterion("location", "match", 0.9,
                         f"{_label(la)} and {_label(lb)} are spellings of one place")
    if precision >= 3 and (by_province := _province_criterion(la, lb)) is not None:
        return by_province
    if _names(la) and _names(lb):
        return Criterion("location", "conflict", 0.0,
                         f"{_label(la)} and {_label(lb)} are different places")
    return Criterion("location", "unknown", 0.4, "at least one report names no place")


# --------------------------------------------------------------------------- types, actors


@functools.lru_cache(maxsize=65536)
def _actor_key(name: str) -> str:
    return " ".join(_WORD.findall(name.casefold()))


def _known(event: Event, names: Iterable[str | None]) -> frozenset[str]:
    keep = set()
    for name in names:
        if not name:
            continue
        if event.actor_kinds.get(name, "").startswith("unidentified") or name.casefold().startswith(
            "unidentified"
        ):
            continue  # "gunmen": says nothing about who
        keep.add(_actor_key(name))
    return frozenset(keep)


def _sides(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    return (
        _known(event, [event.actor1, *event.assoc_actor_1]),
        _known(event, [event.actor2, *event.assoc_actor_2]),
    )


def _side_score(x: frozenset[str], y: frozenset[str]) -> float:
    if not x or not y:
        return 0.5
    return 1.0 if x & y else 0.0


def _compare_actors(a: _Facts, b: _Facts) -> Criterion:
    a1, a2 = a.sides
    b1, b2 = b.sides
    straight = (_side_score(a1, b1) + _side_score(a2, b2)) / 2
    swapped = (_side_score(a1, b2) + _side_score(a2, b1)) / 2
    score = max(straight, swapped)
    names_a = a.actor_names or "no named actor"
    names_b = b.actor_names or "no named actor"
    if not (a1 | a2) or not (b1 | b2):
        return Criterion("actors", "unknown", 0.5,
                         f"{names_a} vs {names_b}: an unnamed actor is compatible with any")
    order = " (sides swapped)" if swapped > straight else ""
    if score >= 1.0:
        return Criterion("actors", "match", 1.0, f"same actors: {names_a}{order}")
    if score <= 0.0:
        return Criterion("actors", "conflict", 0.0, f"different actors: {names_a} vs {names_b}")
    how = "one side agrees" if score >= 0.5 else "one side differs"
    if score == 0.5 and 0.0 not in (_side_score(a1, b1), _side_score(a2, b2)):
        how = "no side named by both"
    return Criterion("actors", "partial", score, f"{names_a} vs {names_b}: {how}{order}")


def _actor_names(event: Event) -> str:
    names = [event.actor1, *event.assoc_actor_1, event.actor2, *event.assoc_actor_2]
    known = [n for n in names if n and _known(event, [n])]
    return ", ".join(dict.fromkeys(known))


def _shared_actor(a: _Facts, b: _Facts) -> bool:
    return bool((a.sides[0] | a.sides[1]) & (b.sides[0] | b.sides[1]))


def _compare_types(a: _Facts, b: _Facts) -> Criterion:
    ta, tb = a.event.event_type, b.event.event_type
    if not ta or not tb:
        return Criterion("event_type", "unknown", 0.5, "at least one report has no event type")
    sa, sb = a.event.sub_event_type, b.event.sub_event_type
    if ta == tb:
        if not sa or not sb or sa == sb:
            return Criterion("event_type", "match", 1.0, f"both {sa or sb or ta}")
        da, db = EXPLOSION_DELIVERY.get(sa), EXPLOSION_DELIVERY.get(sb)
        if da and db and da != db:
            return Criterion("event_type", "conflict", 0.0,
                             f"{sa} ({da}) and {sb} ({db}) are delivered differently")
        return Criterion("event_type", "partial", 0.5, f"both {ta} ({sa} vs {sb})")
    needs_actor = COMPATIBLE_TYPES.get(frozenset({ta, tb}))
    if needs_actor is None:
        return Criterion("event_type", "conflict", 0.0, f"{ta} and {tb} are incompatible")
    if needs_actor and not _shared_actor(a, b):
        return Criterion("event_type", "conflict", 0.0,
                         f"{ta} and {tb} with no actor in common")
    why = "with a shared actor" if needs_actor else "often one incident"
    return Criterion("event_type", "partial", 0.5, f"{ta} and {tb}, {why}")


# --------------------------------------------------------------------------- casualties


def _casualty_range(c: Casualty) -> tuple[float, float]:
    """The counts a report allows: ``at least 12`` is 12..inf, ``about 30`` 24..36."""
    if c.qualifier == "zero":
        return (0.0, 0.0)
    if c.count is None:
        low = float(c.low if c.low is not None else 1)
        return (low, float(c.high) if c.high is not None else _INF)
    low = float(c.low if c.low is not None else c.count)
    high = float(c.high if c.high is not None else c.count)
    if c.qualifier == "at_least":
        high = _INF
    elif c.qualifier == "at_most":
        low = 0.0
    elif c.qualifier == "approximately":
        low = min(low, math.floor(c.count * (1 - COUNT_TOLERANCE)))
        high = max(high, math.ceil(c.count * (1 + COUNT_TOLERANCE)))
    return (low, high)


@dataclass(slots=True)
class _KindTotal:
    low: float = 0.0
    high: float = 0.0
    counted: bool = False  # at least one non-zero entry
    zero_parties: set[str | None] = field(default_factory=set)
    parties: set[str | None] = field(default_factory=set)


def _kind_totals(event: Event) -> dict[str, _KindTotal]:
    totals: dict[str, _KindTotal] = {}
    for c in event.casualties:
        if c.coded:
            continue  # a stated coding convention, not a report of this event's count
        total = totals.setdefault(c.kind, _KindTotal())
        party = _actor_key(c.party) if c.party else None
        if c.qualifier == "zero":
            total.zero_parties.add(party)
            continue
        low, high = _casualty_range(c)
        total.low += low
        total.high += high
        total.counted = True
        total.parties.add(party)
    return totals


def _fmt_range(total: _KindTotal) -> str:
    if not total.counted:
        return "none"
    if total.low == total.high:
        return f"{total.low:.0f}"
    if total.high == _INF:
        return f"at least {total.low:.0f}"
    return f"{total.low:.0f}-{total.high:.0f}"


def _ranges_agree(x: _KindTotal, y: _KindTotal) -> bool:
    finite = [v for v in (x.low, x.high, y.low, y.high) if v != _INF]
    tolerance = max(1.0, COUNT_TOLERANCE * max(finite, default=0.0))
    return x.low <= y.high + tolerance and y.low <= x.high + tolerance


def _zero_contradicts(zeros: set[str | None], other: _KindTotal) -> bool:
    """Does "none killed (on this side)" deny the other report's non-zero count?"""
    if None in zeros or None in other.parties:
        return True
    return bool(zeros & other.parties)


def _compare_casualties(a: _Facts, b: _Facts) -> Criterion:
    ta, tb = a.totals, b.totals
    agree: list[str] = []
    disagree: list[str] = []
    for kind in sorted(ta.keys() & tb.keys()):
        x, y = ta[kind], tb[kind]
        if x.counted and y.counted:
            text = f"{kind} {_fmt_range(x)} vs {_fmt_range(y)}"
            (agree if _ranges_agree(x, y) else disagree).append(text)
        elif x.counted or y.counted:
            zeros, other = (y.zero_parties, x) if x.counted else (x.zero_parties, y)
            if _zero_contradicts(zeros, other):
                disagree.append(f"{kind}: none vs {_fmt_range(other)}")
        else:
            agree.append(f"{kind}: none in both")
    if not agree and not disagree:
        return Criterion("casualties", "unknown", 0.5, "no count reported by both")
    score = len(agree) / (len(agree) + len(disagree))
    if not disagree:
        return Criterion("casualties", "match", 1.0, "; ".join(agree))
    verdict: Verdict = "conflict" if not agree else "partial"
    detail = "; ".join([*(f"{d} disagree" for d in disagree), *agree])
    return Criterion("casualties", verdict, score, detail)


# --------------------------------------------------------------------------- wording

_MAX_WORDING = 600


def _wording(event: Event) -> str:
    """The report's own words: its evidence spans (or its notes), folded for comparison."""
    texts = sorted({e.text for spans in event.evidence.values() for e in spans if e.text})
    text = " ".join(texts) or event.notes
    return _fold(text[:_MAX_WORDING])


def _compare_wording(a: _Facts, b: _Facts) -> Criterion:
    wa, wb = a.wording, b.wording
    if not wa or not wb:
        return Criterion("wording", "unknown", 0.5, "at least one report has no text to compare")
    ratio = fuzz.token_set_ratio(wa, wb, processor=None) / 100.0
    verdict: Verdict = "match" if ratio >= 0.8 else "partial" if ratio >= 0.5 else "conflict"
    return Criterion("wording", verdict, ratio, f"{ratio:.0%} of the wording in common")


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


# --------------------------------------------------------------------------- events


def compare_events(a: Event, b: Event, *, threshold: float = MATCH_THRESHOLD) -> MatchExplanation:
    """Score whether two reports describe one event, criterion by criterion.

    Hard criteria (different documents, dates, place, event type) veto the match when
    they conflict; the soft ones (actors, casualties, wording) only weigh in the score.
    Symmetric: ``compare_events(a, b)`` and ``compare_events(b, a)`` give the same score.
    """
    return _compare_facts(_Facts.of(a), _Facts.of(b), threshold=threshold)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the comparison reads from one event, computed once per event."""

    event: Event
    docs: frozenset[str]
    interval: tuple[date, date] | None
    sides: tuple[frozenset[str], frozenset[str]]
    actor_names: str
    totals: dict[str, _KindTotal]
    wording: str

    @classmethod
    def of(cls, event: Event) -> _Facts:
        return cls(
            event=event,
            docs=_docs(event),
            interval=_interval(event.date_start, event.date_end),
            sides=_sides(event),
            actor_names=_actor_names(event),
            totals=_kind_totals(event),
            wording=_wording(event),
        )


def _compare_facts(
    a: _Facts, b: _Facts, *, threshold: float = MATCH_THRESHOLD, full: bool = True
) -> MatchExplanation:
    """Compare two events' facts; with ``full=False`` stop at the first hard conflict."""
    criteria = [_compare_documents(a.event, b.event)]
    for hard in (_compare_dates, _compare_locations_facts, _compare_types):
        if not full and criteria[-1].verdict == "conflict":
            return _decide(a.event.event_id, b.event.event_id, criteria, threshold)
        criteria.append(hard(a, b))
    if not full and criteria[-1].verdict == "conflict":
        return _decide(a.event.event_id, b.event.event_id, criteria, threshold)
    criteria.extend(
        (_compare_actors(a, b), _compare_casualties(a, b), _compare_wording(a, b))
    )
    return _decide(a.event.event_id, b.event.event_id, criteria, threshold)


def _compare_locations_facts(a: _Facts, b: _Facts) -> Criterion:
    return _compare_locations(a.event, b.event)


def same_event(a: Event, b: Event, *, threshold: float = MATCH_THRESHOLD) -> bool:
    """True when two reports are one event (no hard conflict, score >= ``threshold``)."""
    return compare_events(a, b, threshold=threshold).same


def merged_id(member_ids: Iterable[str], *, prefix: str = "m") -> str:
    """The id of a merged record: a hash of its smallest member id.

    It depends only on the set of members, never on the order they arrived in, and
    stays the same when a new report joins unless the newcomer's id sorts first.
    """
    anchor = min(member_ids)
    return prefix + hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:16]


Votes = dict[str, dict[str, list[str]]]


def _add(votes: Votes, key: str, value: str, docs: Iterable[str]) -> None:
    bucket = votes.setdefault(key, {}).setdefault(value, [])
    bucket.extend(d for d in docs if d not in bucket)


def _count_value(c: Casualty) -> str:
    if c.qualifier == "zero":
        return "0"
    if c.count is None:
        return f"unknown, at least {c.low}" if c.low else "unknown"
    if c.qualifier in ("at_least", "at_most", "approximately"):
        return f"{c.qualifier.replace('_', ' ')} {c.count}"
    return str(c.count)


def _value_number(value: str) -> int | None:
    """The number in a casualty vote ("at least 12" -> 12); None when there is none."""
    found = _DIGITS.search(value)
    return int(found.group()) if found else None


def _date_value(event: Event) -> str | None:
    interval = _interval(event.date_start, event.date_end)
    return _fmt_interval(interval) if interval else None


def _place_value(loc: Location) -> str | None:
    name = loc.place or loc.name
    if not name:
        return loc.country
    return f"{name} ({loc.country})" if loc.country else name


def _party_key(party: str | None) -> str:
    return party or "unspecified"


def _report_total(event: Event) -> int | None:
    if event.fatalities is not None:
        return event.fatalities
    counts = [c.count for c in event.casualties if c.kind == "killed" and not c.coded]
    if any(c.qualifier == "zero" for c in event.casualties if c.kind == "killed"):
        counts.append(0)
    numbers = [n for n in counts if n is not None]
    return sum(numbers) if numbers else None


def _own_votes(event: Event) -> Votes:
    """What one single-report event says, field by field, with its documents."""
    docs = sorted(_docs(event))
    votes: Votes = {}
    simple = {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": _date_value(event),
        "location": _place_value(event.location),
        "actor1": event.actor1,
        "actor2": event.actor2,
    }
    for key, value in simple.items():
        if value:
            _add(votes, key, value, docs)
    total = _report_total(event)
    if total is not None:
        _add(votes, "fatalities", str(total), docs)
    for c in event.casualties:
        if not c.coded:
            _add(votes, f"casualties.{c.kind}.{_party_key(c.party)}", _count_value(c), docs)
    return votes


def _fold_unspecified(votes: Votes) -> Votes:
    """Count "N killed" with no side as the one side other reports name, where only one."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for key in votes:
        if key.startswith("casualties."):
            kind, party = key.split(".", 2)[1:]
            by_kind[kind].append(party)
    for kind, parties in by_kind.items():
        named = [p for p in parties if p != "unspecified"]
        if "unspecified" in parties and len(named) == 1:
            source = votes.pop(f"casualties.{kind}.unspecified")
            for value, docs in source.items():
                _add(votes, f"casualties.{kind}.{named[0]}", value, docs)
    return votes


def _best_value(options: dict[str, list[str]]) -> str:
    """The value most documents report; on a tie the lowest number (ACLED's caution)."""
    def rank(item: tuple[str, list[str]]) -> tuple[int, float, str]:
        value, docs = item
        number = _value_number(value)
        return (-len(docs), number if number is not None else _INF, value)

    return min(options.items(), key=rank)[0]


#: The words of a count a report tells as changed from one given before: "the toll rose to
#: six", "the command revised the number killed to 6", "updated figures" (the shared
#: lexicon, :mod:`eventcoder.revisions`).
_REVISED_COUNT = COUNT_CHANGED

#: The mark a merged event keeps on a field whose count a later report revised.
REVISED_PREFIX = "revised:"


#: The mark a merged event keeps on a count field where sources disagree and no later word
#: of one teller settles it: both values are kept, and the finding says so.
DISPUTED_PREFIX = "disputed:"

#: The end of a supersession note told by a revision's own words; a note of a merged event
#: that ends so counts as that revision when the event is merged again.
_REVISES_THE_COUNT = "a later report revises the count"
_SAME_TELLER_LATER = "the same source published the later count"
_RETOLD = "retells the count its teller gave anew"


@dataclass(frozen=True, slots=True)
class Telling:
    """When and by whom a document was published: the facts that order its counts.

    ``published`` is an ISO date, or a date and time ("2025-04-03T14:10"), as the
    document's metadata or date line gives it; ``source`` the outlet or teller.
    """

    published: str | None = None
    source: str | None = None
    #: the document says it gives a count anew ("Correction:", "An earlier version of this
    #: release misstated ...", "is now 27, not 25": :func:`eventcoder.revisions.corrects_itself`)
    corrects: bool = False

    @classmethod
    def of(cls, doc: Document) -> Telling:
        stamp = doc.metadata.get("published_at")
        published = stamp if isinstance(stamp, str) and doc.published and stamp.startswith(
            doc.published) else doc.published
        return cls(published=published or None, source=doc.source or None,
                   corrects=corrects_itself(doc.text))

    def to_dict(self) -> dict[str, Any]:
        """The telling as an event record carries it (``Event.tellings``)."""
        return {"published": self.published, "source": self.source, "corrects": self.corrects}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Telling:
        published, source = data.get("published"), data.get("source")
        return cls(published=published if isinstance(published, str) else None,
                   source=source if isinstance(source, str) else None,
                   corrects=data.get("corrects") is True)

    def moment(self) -> tuple[str, str | None] | None:
        """The day and, where known, the time of day; None with no publication date."""
        if not self.published:
            return None
        day, _, clock = self.published.replace(" ", "T", 1).partition("T")
        return day, (clock.rstrip("Z") or None)

    def later_than(self, other: Telling) -> bool:
        """Published strictly after ``other``: a later day, or a later time of one day."""
        mine, theirs = self.moment(), other.moment()
        if mine is None or theirs is None:
            return False
        if mine[0] != theirs[0]:
            return mine[0] > theirs[0]
        return mine[1] is not None and theirs[1] is not None and mine[1] > theirs[1]

    def same_teller(self, other: Telling) -> bool:
        return (self.source is not None and other.source is not None
                and _actor_key(self.source) == _actor_key(other.source))


Tellings = dict[str, Telling]


def tellings(documents: Iterable[Document]) -> Tellings:
    """Each document's publication and teller, by document id (for :func:`merge_events`)."""
    return {d.doc_id: Telling.of(d) for d in documents}


def _tellings(documents: Iterable[Document] | Tellings) -> Tellings:
    return documents if isinstance(documents, dict) else tellings(documents)


def tellings_of_records(events: Iterable[Event]) -> Tellings:
    """The tellings the events carry of their documents (``Event.tellings``), by document id:
    what orders their counts where the documents themselves are not at hand."""
    return {d: Telling.from_dict(t) for e in events for d, t in e.tellings.items()}


def _revised_values(events: Sequence[Event], votes: Votes) -> dict[str, str]:
    """For each count field, the value a report tells as a revision of an earlier count.

    A count whose own words say it changed ("the number killed rose to six", "revised
    the toll to 6") is the teller's later word on it and supersedes the count given
    before. Merged events carry the mark in ``inferred``. A field where revisions
    disagree keeps the ordinary choice.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for key, why in e.inferred.items():
            if key.startswith(REVISED_PREFIX) and why.endswith(_REVISES_THE_COUNT):
                found[key[len(REVISED_PREFIX):]].add(why.split(" ", 1)[0])
        if e.agreement:
            continue
        revised_killed = False
        for c in e.casualties:
            told = e.inferred.get(f"revised.{c.kind}", "")
            if c.coded or not (told.startswith(f"{c.count} ") or any(
                    _REVISED_COUNT.search(s.text) for s in c.evidence)):
                continue
            key = f"casualties.{c.kind}.{_party_key(c.party)}"
            if key not in votes:  # a count with no side, folded into the one side named
                named = [k for k in votes if k.startswith(f"casualties.{c.kind}.")]
                key = named[0] if len(named) == 1 else key
            found[key].add(_count_value(c))
            revised_killed = revised_killed or c.kind == "killed"
        total = _report_total(e)
        if revised_killed and total is not None:
            found["fatalities"].add(str(total))
    return {key: next(iter(values)) for key, values in found.items()
            if len(values) == 1 and next(iter(values)) in votes.get(key, {})}


def _superseding(key: str, options: dict[str, list[str]], revised: dict[str, str]) -> str:
    """The value of a field: a report's revision where one was told, else the usual best."""
    value = revised.get(key)
    return value if value is not None and value in options else _best_value(options)


def _supersession_notes(votes: Votes, revised: dict[str, str]) -> dict[str, str]:
    """Say, per field, which revised count superseded which earlier ones, with documents."""
    notes: dict[str, str] = {}
    for key, value in sorted(revised.items()):
        options = votes.get(key, {})
        others = [f"{v} ({', '.join(d)})" for v, d in options.items() if v != value]
        if not others:
            continue
        notes[REVISED_PREFIX + key] = (
            f"{value} ({', '.join(options[value])}) supersedes {'; '.join(others)}: "
            f"{_REVISES_THE_COUNT}")
    return notes


def _is_count(key: str) -> bool:
    return key == "fatalities" or key.startswith("casualties.")


def _told_by(docs: Iterable[str], told: Tellings) -> str:
    return ", ".join(f"{d}: {told[d].source}" if d in told and told[d].source else d
                     for d in docs)


def _dated_supersession(
    options: dict[str, list[str]], worded: str | None, told: Tellings,
) -> tuple[str | None, dict[str, str], list[str]]:
    """Order one count field's values by their documents' publication and tellers.

    A document's count is superseded by a count of the same teller published later (the
    teller's latest word, which ACLED and UCDP code), or by a count told in words as a
    revision ("rose to six", "not four") in a document published no earlier than it: a
    revision is only ever of an earlier report. A count superseded so is superseded in
    every document that tells it: another outlet retelling it later repeats a count its
    teller gave anew. Returns the value that stands alone (None when none, or when
    sources still disagree), why each superseded value fell, and the values still
    standing.
    """
    fallen: dict[str, str] = {}
    standing: list[str] = []
    by_doc = {f"{v} ({e})": (e,) for v, docs in options.items() for e in docs}
    for value, docs in options.items():
        reasons: dict[tuple[str, str], list[str]] = defaultdict(list)
        retold: list[str] = []
        for d in docs:
            mine = told.get(d, Telling())
            why: tuple[str, str] | None = None
            for other, other_docs in options.items():
                if other == value:
                    continue
                for e in other_docs:
                    theirs = told.get(e, Telling())
                    if theirs.same_teller(mine) and theirs.later_than(mine):
                        why = (f"{other} ({e})", _SAME_TELLER_LATER)
                    elif other == worded and not mine.later_than(theirs) and why is None:
                        why = (f"{other} ({e})", _REVISES_THE_COUNT)
            if why is None:
                retold.append(d)
            else:
                reasons[why].append(d)
        by_teller = {e for (by, _), _ in reasons.items() for e in by_doc.get(by, ())}
        if reasons and not any(told.get(d, Telling()).same_teller(told.get(e, Telling()))
                               for d in retold for e in by_teller):
            # a count its teller gave anew, retold by another outlet: the retelling
            # repeats the superseded count (the teller telling it again is its own word)
            notes = [f"{by} supersedes {value} ({', '.join(docs)}): {reason}"
                     for (by, reason), docs in sorted(reasons.items())]
            if retold:
                notes.append(f"{value} ({', '.join(retold)}) {_RETOLD}")
            fallen[value] = "; ".join(notes)
            continue
        standing.append(value)
    if not standing:  # every count superseded by another: no order settles them
        return None, {}, list(options)
    alone = standing[0] if len(standing) == 1 else None
    return alone, fallen, standing


def _dated_values(
    votes: Votes, worded: dict[str, str], told: Tellings,
) -> tuple[dict[str, str], dict[str, str]]:
    """The current value of each count field where the documents' dates and tellers settle
    it, and the notes: which values were superseded and by what, and where sources still
    disagree (both kept, the usual choice made and said)."""
    chosen: dict[str, str] = {}
    notes: dict[str, str] = {}
    for key, options in votes.items():
        if not _is_count(key) or len(options) < 2:
            continue
        alone, fallen, standing = _dated_supersession(options, worded.get(key), told)
        if fallen:
            notes[REVISED_PREFIX + key] = "; ".join(why for _, why in sorted(fallen.items()))
            if alone is not None and worded.get(key) == alone and all(
                    why.endswith(_REVISES_THE_COUNT) for why in fallen.values()):
                notes[REVISED_PREFIX + key] = (
                    f"{alone} ({', '.join(options[alone])}) supersedes "
                    + "; ".join(f"{v} ({', '.join(options[v])})" for v in sorted(fallen))
                    + f": {_REVISES_THE_COUNT}")
        if alone is not None:
            if fallen:
                chosen[key] = alone
            continue
        kept = {v: options[v] for v in standing}
        best = _best_value(kept)
        if fallen:
            chosen[key] = best
        notes[DISPUTED_PREFIX + key] = (
            "sources disagree: "
            + "; ".join(f"{v} ({_told_by(d, told)})" for v, d in kept.items())
            + f"; each kept, the count is {best}, the one most reports give "
            "(the lowest on a tie)")
    return chosen, notes


_BASIS_RANK = {"stated": 0, "year_inferred": 1, "publication_date": 2, "unknown": 3}


def _gather_votes(
    records: Sequence[R], noun: str, ident: Callable[[R], str],
    own_votes: Callable[[R], Votes],
) -> tuple[list[R], Votes]:
    """Records of one cluster in a stable order, and every document's vote on every field.

    Records already merged vote with their stored agreement; two records of one document
    are refused, since distinct events (or tallies) of one report never merge.
    """
    ordered = sorted(records, key=lambda r: min(_members(r)))
    seen: dict[str, str] = {}
    for record in ordered:
        for d in _docs(record):
            if d in seen:
                raise ValueError(
                    f"{noun} {seen[d]} and {ident(record)} both come from document {d}: "
                    f"two {noun} of one report are never merged"
                )
            seen[d] = ident(record)
    votes: Votes = {}
    for record in ordered:
        for key, options in (record.agreement or own_votes(record)).items():
            for value, docs in options.items():
                _add(votes, key, value, docs)
    return ordered, votes


def merge_events(events: Sequence[Event], *,
                 documents: Iterable[Document] | Tellings | None = None) -> Event:
    """Merge reports of one event into one event listing every document and value.

    * ``doc_ids`` sorted, ``source_count`` their number, ``members`` the report ids.
    * ``agreement``: for each field, each value reported and the documents reporting it.
    * Each casualty (kind and side) keeps UCDP's three numbers: ``count`` the best
      estimate (the value most documents report, the lowest on a tie, as ACLED codes
      conflicting reports), ``low`` the smallest and ``high`` the largest reported;
      ``fatalities`` is the best of the documents' killed totals.
    * Type, actors and notes come from the report most others agree with; date and
      place from the most precise report.

    The result depends on the set of reports only. Merged events may be merged again
    with new reports: their agreement counts as the votes of their documents.
    """
    if not events:
        raise ValueError("merge_events needs at least one event")
    ordered, votes = _gather_votes(events, "events", lambda e: e.event_id, _own_votes)
    votes = _fold_unspecified(votes)
    for options in votes.values():
        for docs in options.values():
            docs.sort()
    votes = {k: dict(sorted(votes[k].items())) for k in sorted(votes)}

    def support(key: str, value: str | None) -> int:
        return len(votes.get(key, {}).get(value or "", []))

    # The report whose type and actors most others share speaks for the event.
    def agreement_of(e: Event) -> tuple[int, int, str]:
        keys = ("event_type", "sub_event_type", "actor1", "actor2")
        values = (e.event_type, e.sub_event_type, e.actor1, e.actor2)
        agreed = sum(support(k, v) for k, v in zip(keys, values, strict=True) if v)
        return (-agreed, -sum(1 for v in values if v), min(_members(e)))

    speaker = min(ordered, key=agreement_of)

    def date_rank(e: Event) -> tuple[int, int, int, int, str]:
        interval = _interval(e.date_start, e.date_end)
        width = (interval[1] - interval[0]).days if interval else 10**6
        return (
            interval is None,
            _BASIS_RANK.get(e.date_basis, 3),
            -support("date", _date_value(e)),
            width,
            min(_members(e)),
        )

    dated = min(ordered, key=date_rank)

    def place_rank(e: Event) -> tuple[bool, bool, int, int, str]:
        loc = e.location
        return (
            not _names(loc),
            loc.latitude is None,
            loc.geo_precision or 4,
            -support("location", _place_value(loc)),
            min(_members(e)),
        )

    placed = min(ordered, key=place_rank)

    members = sorted({m for e in ordered for m in _members(e)})
    doc_ids = sorted({d for r in ordered for d in _docs(r)})
    evidence: dict[str, list[Evidence]] = {}
    for e in ordered:
        for key, spans in e.evidence.items():
            bucket = evidence.setdefault(key, [])
            bucket.extend(s for s in spans if s not in bucket)
    for spans in evidence.values():
        spans.sort(key=lambda s: (s.doc_id, s.start, s.end))

    sides_1 = [a for e in ordered if e.actor1 == speaker.actor1 for a in e.assoc_actor_1]
    sides_2 = [a for e in ordered if e.actor2 == speaker.actor2 for a in e.assoc_actor_2]
    actor_kinds: dict[str, str] = {}
    acled_names: dict[str, str] = {}
    for e in ordered:
        for name, kind in sorted(e.actor_kinds.items()):
            actor_kinds.setdefault(name, kind)
        for name, spelled in sorted(e.actor_acled_names.items()):
            acled_names.setdefault(name, spelled)
    equipment: dict[str, str] = {}
    for e in ordered:
        for item in e.equipment:
            equipment.setdefault(item.casefold(), item)
    inferred: dict[str, str] = {}
    for e in ordered:
        for key, why in sorted(e.inferred.items()):
            inferred.setdefault(key, why)

    revised = _revised_values(ordered, votes)
    inferred = {k: v for k, v in inferred.items()
                if not k.startswith((REVISED_PREFIX, DISPUTED_PREFIX))}
    # without the documents, the tellings the records carry of them order the counts alike
    told = tellings_of_records(ordered) if documents is None else _tellings(documents)
    if not told:
        inferred.update(_supersession_notes(votes, revised))
    else:
        revised, notes = _dated_values(votes, revised, told)
        inferred.update(notes)
    fatality_votes = votes.get("fatalities")
    confidence = 1.0 - math.prod(1.0 - min(max(e.confidence, 0.0), 1.0) for e in ordered)
    return Event(
        event_id=merged_id(members),
        doc_id=doc_ids[0],
        doc_ids=doc_ids,
        event_type=speaker.event_type,
        sub_event_type=speaker.sub_event_type,
        date_start=dated.date_start,
        date_end=dated.date_end,
        time_precision=dated.time_precision,
        date_basis=dated.date_basis,
        location=Location(**placed.location.to_dict()),
        actor1=speaker.actor1,
        assoc_actor_1=sorted(set(sides_1) - {speaker.actor1, None}),
        actor2=speaker.actor2,
        assoc_actor_2=sorted(set(sides_2) - {speaker.actor2, None}),
        actor_kinds=actor_kinds,
        actor_acled_names=acled_names,
        casualties=_merge_casualties(ordered, votes, revised),
        fatalities=(_value_number(_superseding("fatalities", fatality_votes, revised))
                    if fatality_votes else None),
        equipment=[equipment[k] for k in sorted(equipment)],
        background=all(e.background for e in ordered),
        notes=speaker.notes,
        evidence=evidence,
        inferred=inferred,
        confidence=round(confidence, 4),
        extractor=RECONCILER,
        source_count=len(doc_ids),
        members=members,
        agreement=votes,
        tellings={d: told[d].to_dict() for d in doc_ids if d in told},
    )


def _merge_casualties(
    events: Sequence[Event], votes: Votes, revised: dict[str, str],
) -> list[Casualty]:
    spans: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    perpetrators: set[tuple[str, str]] = set()
    keys = [k for k in votes if k.startswith("casualties.")]
    for e in events:
        for c in e.casualties:
            if c.coded:
                continue
            key = (c.kind, _party_key(c.party))
            if f"casualties.{key[0]}.{key[1]}" not in votes:  # folded into the named side
                named = [k.split(".", 2)[2] for k in keys if k.split(".", 2)[1] == c.kind]
                key = (c.kind, named[0]) if len(named) == 1 else key
            spans[key].extend(s for s in c.evidence if s not in spans[key])
            if c.perpetrator:
                perpetrators.add(key)
    merged: list[Casualty] = []
    for vote_key in keys:
        kind, party = vote_key.split(".", 2)[1:]
        options = votes[vote_key]
        best = _superseding(vote_key, options, revised)
        numbers = [n for n in (_value_number(v) for v in options) if n is not None]
        qualifier = _qualifier_of(best)
        merged.append(
            Casualty(
                kind=kind,  # type: ignore[arg-type]
                party=None if party == "unspecified" else party,
                count=_value_number(best) if not best.startswith("unknown") else None,
                low=min(numbers) if numbers else None,
                high=max(numbers) if numbers else None,
                qualifier=qualifier,
                evidence=sorted(spans[(kind, party)], key=lambda s: (s.doc_id, s.start, s.end)),
                perpetrator=(kind, party) in perpetrators,
            )
        )
    return merged


def _qualifier_of(value: str) -> Any:
    if value == "0":
        return "zero"
    if value.startswith("unknown"):
        return "unknown"
    for qualifier in ("at_least", "at_most", "approximately"):
        if value.startswith(qualifier.replace("_", " ")):
            return qualifier
    return "exact"


# --------------------------------------------------------------------------- tallies


def _tally_period(t: Tally) -> str | None:
    interval = _interval(t.period_start, t.period_end)
    return _fmt_interval(interval) if interval else None


def _optional_equal(name: str, x: str | None, y: str | None) -> Criterion:
    if not x or not y:
        return Criterion(name, "unknown", 0.5, f"{x or y or 'none'} (the other says none)")
    if _actor_key(x) == _actor_key(y):
        return Criterion(name, "match", 1.0, f"both {x}")
    return Criterion(name, "conflict", 0.0, f"{x} vs {y}")


def _revises(new: Tally, old: Tally, told: Tellings) -> bool:
    """Whether ``new`` is a later release's revision of ``old``: its document was published
    after ``old``'s and either says it corrects a count ("Correction:", "is now 27, not
    25"), tells the count as changed, or comes from the same teller (the teller's latest
    word on its own count)."""
    if _optional_equal("party", new.party, old.party).verdict == "conflict":
        return False  # "3 soldiers killed" is no revision of "14 militants killed"
    mine = [told[d] for d in _docs(new) if d in told]
    theirs = [told[d] for d in _docs(old) if d in told]
    if not mine or not theirs or not all(m.later_than(t) for m in mine for t in theirs):
        return False
    if any(m.corrects for m in mine) or any(_REVISED_COUNT.search(s.text) for s in new.evidence):
        return True
    return (new.reporter is not None and old.reporter is not None
            and _actor_key(new.reporter) == _actor_key(old.reporter))


def compare_tallies(
    a: Tally, b: Tally, *, tolerance: float = TALLY_TOLERANCE,
    documents: Iterable[Document] | Tellings | None = None,
) -> MatchExplanation:
    """Say whether two tallies are one claim: every criterion is hard here.

    Same reporter, metric, qualifier, area and period, and values within
    ``tolerance`` (relative, at least one) of each other. An unknown reporter,
    qualifier or side is compatible with a known one; two different sides are told
    (they are the same figure labelled differently) but do not keep tallies apart.
    With ``documents`` (their publication dates and tellers), values further apart
    are one claim when one tally is a later release's revision of the other (see
    :func:`_revises`): the revised tally is linked to the one it replaces.
    """
    # (read once: ``documents`` may be an iterator, and each reading scans the texts)
    told = None if documents is None else _tellings(documents)
    criteria = [_compare_documents(a, b)]
    criteria.append(
        Criterion("metric", "match", 1.0, f"both {a.metric}")
        if a.metric == b.metric
        else Criterion("metric", "conflict", 0.0, f"{a.metric} vs {b.metric}")
    )
    criteria.append(_optional_equal("reporter", a.reporter, b.reporter))
    criteria.append(_optional_equal("qualifier", a.qualifier, b.qualifier))
    party = _optional_equal("party", a.party, b.party)
    criteria.append(party)
    area_a, area_b = sorted(set(a.area)), sorted(set(b.area))
    if not area_a or not area_b:
        criteria.append(Criterion("area", "unknown", 0.5, "at least one tally names no area"))
    elif area_a == area_b:
        criteria.append(Criterion("area", "match", 1.0, f"both {', '.join(area_a)}"))
    else:
        criteria.append(Criterion("area", "conflict", 0.0,
                                  f"{', '.join(area_a)} vs {', '.join(area_b)}"))
    pa, pb = _tally_period(a), _tally_period(b)
    if pa is None or pb is None:
        criteria.append(Criterion("period", "unknown", 0.5, "at least one tally has no period"))
    elif pa == pb:
        criteria.append(Criterion("period", "match", 1.0, f"both {pa}"))
    else:
        criteria.append(Criterion("period", "conflict", 0.0, f"{pa} vs {pb}"))
    if a.value is None or b.value is None:
        criteria.append(Criterion("value", "unknown", 0.5, "at least one tally has no value"))
    else:
        limit = max(1.0, tolerance * max(a.value, b.value))
        if abs(a.value - b.value) <= limit:
            verdict: Verdict = "match" if a.value == b.value else "partial"
            criteria.append(Criterion("value", verdict, 1.0 if a.value == b.value else 0.8,
                                      f"{a.value} and {b.value}"))
        elif told is not None and (revision := next(
                ((n, o) for n, o in ((a, b), (b, a)) if _revises(n, o, told)),
                None)) is not None:
            new, old = revision
            criteria.append(Criterion(
                "value", "partial", 0.6,
                f"{new.value} ({_docs_text(sorted(_docs(new)))}) revises {old.value} "
                f"({_docs_text(sorted(_docs(old)))}), told in a later release"))
        else:
            criteria.append(Criterion("value", "conflict", 0.0,
                                      f"{a.value} and {b.value} differ by more than {limit:.0f}"))
    # The side is a label outlets word differently ("63 suspects", "63 IS members"):
    # with reporter, metric, period, area and value agreeing it is the same figure.
    vetoed = any(c.verdict == "conflict" and c is not party for c in criteria)
    score = 0.0 if vetoed else round(sum(c.score for c in criteria) / len(criteria), 6)
    return MatchExplanation(a=a.tally_id, b=b.tally_id, score=score, same=not vetoed,
                            criteria=tuple(criteria), threshold=0.0)


def same_tally(a: Tally, b: Tally, *, tolerance: float = TALLY_TOLERANCE) -> bool:
    """True when two tallies are one claim repeated (see :func:`compare_tallies`)."""
    return compare_tallies(a, b, tolerance=tolerance).same


def _tally_votes(t: Tally) -> Votes:
    docs = sorted(_docs(t))
    votes: Votes = {}
    for key, value in (
        ("value", None if t.value is None else str(t.value)),
        ("reporter", t.reporter),
        ("qualifier", t.qualifier),
        ("party", t.party),
        ("period", _tally_period(t)),
    ):
        if value:
            _add(votes, key, value, docs)
    return votes


def _tally_revision(
    ordered: Sequence[Tally], votes: Votes, told: Tellings,
) -> tuple[str | None, str | None]:
    """The current value of a merged tally where a later release revised it, and the note
    saying which value it superseded; (None, None) where no release revised another."""
    options = votes.get("value", {})
    if len(options) < 2:
        return None, None
    # the teller of a tally is its reporter, where the document names no outlet
    by_teller = dict(told)
    for t in ordered:
        for d in _docs(t):
            known = told.get(d, Telling())
            if known.source is None and t.reporter:
                by_teller[d] = replace(known, source=t.reporter)
    worded = {str(t.value) for t in ordered if t.value is not None and not t.agreement and any(
        by_teller.get(d, Telling()).corrects for d in _docs(t))}
    alone, fallen, _ = _dated_supersession(
        options, next(iter(worded)) if len(worded) == 1 else None, by_teller)
    if alone is None or not fallen:
        return None, None
    return alone, "; ".join(why for _, why in sorted(fallen.items()))


def merge_tallies(tallies: Sequence[Tally], *,
                  documents: Iterable[Document] | Tellings | None = None) -> Tally:
    """Merge repetitions of one tally: every document, the best value and who said what.

    ``value`` is the value most documents give (the lowest on a tie); ``agreement``
    lists each reported value with its documents. ``parent`` is the first member's;
    :func:`cluster_tallies` maps it onto the merged parent. With ``documents``, a value
    a later release gives anew ("Correction: ... 27 operations, not 25", or the same
    teller's later count of the period) supersedes the earlier one: it is the value, and
    ``agreement["revised:value"]`` says what it superseded (every value stays listed).
    """
    if not tallies:
        raise ValueError("merge_tallies needs at least one tally")
    ordered, votes = _gather_votes(tallies, "tallies", lambda t: t.tally_id, _tally_votes)
    kept_note = votes.pop(REVISED_PREFIX + "value", None)
    votes = {k: {v: sorted(d) for v, d in sorted(votes[k].items())} for k in sorted(votes)}
    best = _value_number(_best_value(votes["value"])) if "value" in votes else None
    current, note = (_tally_revision(ordered, votes, _tellings(documents))
                     if documents is not None else (None, None))
    if current is not None and note is not None:
        best = _value_number(current)
        votes[REVISED_PREFIX + "value"] = {note: list(votes["value"][current])}
    elif documents is None and kept_note and len(kept_note) == 1:
        # merged again without the documents: the revision found before stands
        note = next(iter(kept_note))
        current = note.split(" ", 1)[0]
        if current in votes.get("value", {}):
            best = _value_number(current)
            votes[REVISED_PREFIX + "value"] = {note: sorted(kept_note[note])}
    first = ordered[0]
    reporter = _best_value(votes["reporter"]) if "reporter" in votes else None
    evidence: list[Evidence] = []
    for t in ordered:
        evidence.extend(s for s in t.evidence if s not in evidence)
    members = sorted({m for t in ordered for m in _members(t)})
    doc_ids = sorted({d for r in ordered for d in _docs(r)})
    with_period = [t for t in ordered if _tally_period(t)]
    period = with_period[0] if with_period else first
    return Tally(
        tally_id=merged_id(members, prefix="mt"),
        doc_id=doc_ids[0],
        reporter=reporter,
        period_start=period.period_start,
        period_end=period.period_end,
        area=sorted({code for t in ordered for code in t.area}),
        metric=first.metric,
        value=best,
        qualifier=next((t.qualifier for t in ordered if t.qualifier), None),
        party=next((t.party for t in ordered if t.party), None),
        parent=next((t.parent for t in ordered if t.parent), None),
        date_basis=period.date_basis,
        doc_ids=doc_ids,
        evidence=sorted(evidence, key=lambda s: (s.doc_id, s.start, s.end)),
        extractor=RECONCILER,
        source_count=len(doc_ids),
        members=members,
        agreement=votes,
    )


# --------------------------------------------------------------------------- clustering



@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Where one new report goes, and why.

    ``cluster_id`` is the id of the merged record it belongs to after this step;
    ``joined`` the id of the existing (candidate) record it joined, None when it starts
    a new one (alone or with other new reports); ``renamed_from`` the candidate's old id
    when joining changed it (the newcomer's id sorts before every member's, see
    :func:`merged_id`); ``explanation`` compares the report with the merged record of
    the others in its cluster (None when it is alone).
    """

    record_id: str
    doc_id: str
    cluster_id: str
    joined: str | None
    explanation: MatchExplanation | None
    members: tuple[str, ...]
    renamed_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "doc_id": self.doc_id,
            "cluster_id": self.cluster_id,
            "joined": self.joined,
            "renamed_from": self.renamed_from,
            "members": list(self.members),
            "explanation": self.explanation.to_dict() if self.explanation else None,
        }


@dataclass(slots=True)
class _Node(Generic[R]):
    key: str
    rep: R
    new: list[R]
    candidate: R | None
    country: str | None
    start: int | None
    end: int | None
    slack: int
    facts: Any = None
    version: int = 0
    alive: bool = True
    neighbours: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Kind(Generic[R]):
    compare: Callable[[R, R], MatchExplanation]
    merge: Callable[[Sequence[R]], R]
    window: Callable[[R], Window]
    prefix: str
    #: the hot path: what a comparison reads, computed once per record, and a
    #: comparison of those that may stop at the first hard conflict
    prepare: Callable[[R], Any]
    decide: Callable[[Any, Any], MatchExplanation]


Window = tuple[str | None, int | None, int | None, int]


def _event_window(e: Event) -> Window:
    """Country, first and last day (ordinals) and the days of slack the date allows."""
    slack = PUBLICATION_DATE_SLACK_DAYS if e.date_basis == "publication_date" else 0
    interval = _interval(e.date_start, e.date_end)
    if interval is None:
        return (e.location.country, None, None, slack)
    return (e.location.country, interval[0].toordinal(), interval[1].toordinal(), slack)


def _tally_window(t: Tally) -> Window:
    interval = _interval(t.period_start, t.period_end)
    if interval is None:
        return (None, None, None, 0)
    return (None, interval[0].toordinal(), interval[1].toordinal(), 0)


def _block_pairs(nodes: list[_Node[R]], slack: int) -> Iterator[tuple[int, int]]:
    """Pairs worth comparing: same or unknown country, dates within ``slack`` days.

    Sorting by start date and stopping at the first node that starts too late keeps
    this near-linear for a corpus spread over months.
    """
    by_country: dict[str | None, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_country[node.country].append(i)
    unplaced = by_country.pop(None, [])
    seen: set[tuple[int, int]] = set()
    for country in sorted(by_country, key=str):
        group = by_country[country] + unplaced
        dated = sorted((i for i in group if nodes[i].start is not None),
                       key=lambda i: (nodes[i].start, nodes[i].key))
        undated = [i for i in group if nodes[i].start is None]
        for pos, i in enumerate(dated):
            for j in dated[pos + 1:]:
                if nodes[j].start > nodes[i].end + slack:  # type: ignore[operator]
                    break
                pair = (min(i, j), max(i, j))
                if pair not in seen:
                    seen.add(pair)
                    yield pair
        for i in undated:
            for j in group:
                pair = (min(i, j), max(i, j))
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield pair
    for pos, i in enumerate(unplaced):  # nodes with no country and no other to meet
        for j in unplaced[pos + 1:]:
            pair = (i, j)
            if pair not in seen:
                seen.add(pair)
                yield pair


def _agglomerate(
    kind: _Kind[R], new: Sequence[R], candidates: Sequence[R], *, slack: int
) -> list[_Node[R]]:
    """Merge best-scoring pairs first until no pair matches.

    Each cluster is compared through its merged record (not its closest member), so
    a report must agree with the cluster as a whole: no chaining of look-alikes. Two
    candidates (existing records) are never merged with each other. Inputs are sorted
    and ties broken by ids, so the result depends on the sets only.
    """
    nodes: list[_Node[R]] = []
    for record in sorted(candidates, key=_record_id):
        nodes.append(_Node(min(_members(record)), record, [], record, *kind.window(record)))
    for record in sorted(new, key=_record_id):
        nodes.append(_Node(_record_id(record), record, [record], None, *kind.window(record)))
    ids = [_record_id(n.rep) for n in nodes]
    if len(set(ids)) != len(ids):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"records given twice: {duplicates}")

    heap: list[tuple[float, str, str, int, int, int, int]] = []

    def push(i: int, j: int) -> None:
        a, b = nodes[i], nodes[j]
        if a.candidate is not None and b.candidate is not None:
            return
        a.neighbours.add(j)
        b.neighbours.add(i)
        if _docs(a.rep) & _docs(b.rep):
            return
        if None not in (a.start, a.end, b.start, b.end):
            gap = max(a.start, b.start) - min(a.end, b.end)  # type: ignore[type-var,operator]
            if gap > max(a.slack, b.slack):
                return  # the dates alone rule it out: spare the full comparison
        explanation = kind.decide(a.facts, b.facts)
        if explanation.same:
            lo, hi = sorted((a.key, b.key))
            heapq.heappush(heap, (-explanation.score, lo, hi, i, j, a.version, b.version))

    for node in nodes:
        node.facts = kind.prepare(node.rep)
    for i, j in _block_pairs(nodes, slack):
        push(i, j)
    while heap:
        _, _, _, i, j, vi, vj = heapq.heappop(heap)
        a, b = nodes[i], nodes[j]
        if not (a.alive and b.alive) or a.version != vi or b.version != vj:
            continue
        candidate: R | None = a.candidate or b.candidate
        members: list[R] = a.new + b.new
        group: list[R] = list(members)
        if candidate is not None:
            group.insert(0, candidate)
        a.rep = kind.merge(group)
        a.new, a.candidate = members, candidate
        a.key = min(a.key, b.key)
        a.version += 1
        b.alive = False
        a.country, a.start, a.end, a.slack = kind.window(a.rep)
        a.facts = kind.prepare(a.rep)
        neighbours = (a.neighbours | b.neighbours) - {i, j}
        a.neighbours = set()
        for k in sorted(neighbours):
            if nodes[k].alive:
                push(i, k)
    return [n for n in nodes if n.alive]


def _decisions(kind: _Kind[R], clusters: list[_Node[R]]) -> list[MergeDecision]:
    decisions: list[MergeDecision] = []
    for node in clusters:
        candidate = node.candidate
        member_set: set[str] = set(_members(candidate)) if candidate is not None else set()
        for new_record in node.new:
            member_set.update(_members(new_record))
        members = tuple(sorted(member_set))
        cluster_id = merged_id(members, prefix=kind.prefix)
        joined = _record_id(candidate) if candidate is not None else None
        for record in sorted(node.new, key=_record_id):
            others: list[R] = [r for r in node.new if r is not record]
            if candidate is not None:
                others.insert(0, candidate)
            explanation = None
            if others:
                explanation = _against_rest(kind.compare(record, kind.merge(others)), others)
            decisions.append(
                MergeDecision(
                    record_id=_record_id(record),
                    doc_id=record.doc_id,
                    cluster_id=cluster_id,
                    joined=joined,
                    explanation=explanation,
                    members=members,
                    renamed_from=joined if joined is not None and joined != cluster_id else None,
                )
            )
    return sorted(decisions, key=lambda d: d.record_id)


def _against_rest(
    explanation: MatchExplanation, others: Sequence[Event | Tally]
) -> MatchExplanation:
    """Name the other side of a comparison by the reports it merges, not its merged id."""
    ids = sorted({m for r in others for m in _members(r)})
    label = ids[0] if len(ids) == 1 else "the merged reports " + ", ".join(ids)
    return replace(explanation, b=label)


def _event_kind(threshold: float, told: Tellings | None = None) -> _Kind[Event]:
    return _Kind(
        compare=lambda a, b: compare_events(a, b, threshold=threshold),
        merge=lambda events: merge_events(events, documents=told),
        window=_event_window,
        prefix="m",
        prepare=_Facts.of,
        decide=lambda a, b: _compare_facts(a, b, threshold=threshold, full=False),
    )


def _tally_kind(tolerance: float, told: Tellings | None = None) -> _Kind[Tally]:
    return _Kind(
        compare=lambda a, b: compare_tallies(a, b, tolerance=tolerance, documents=told),
        merge=lambda tallies: merge_tallies(tallies, documents=told),
        window=_tally_window,
        prefix="mt",
        prepare=lambda t: t,
        decide=lambda a, b: compare_tallies(a, b, tolerance=tolerance, documents=told),
    )


def reconcile(
    new_events: Sequence[Event],
    candidates: Sequence[Event],
    *,
    threshold: float = MATCH_THRESHOLD,
    documents: Iterable[Document] | Tellings | None = None,
) -> list[MergeDecision]:
    """Decide, for each new report, which merged event it joins or that it starts one.

    ``candidates`` are the merged events already stored near the new reports (same
    country, dates within a few days: the store's pre-filter). New reports may also
    merge with each other. Existing events are only ever added to, never split or
    merged together. Decisions are sorted by report id; one per new event.
    ``documents`` (their publication dates and tellers) order the counts of the
    merged events, as in :func:`merge_events`.
    """
    told = None if documents is None else _tellings(documents)
    clusters = _agglomerate(
        _event_kind(threshold, told), new_events, candidates,
        slack=PUBLICATION_DATE_SLACK_DAYS)
    return _decisions(_event_kind(threshold, told), clusters)


def cluster_events(
    events: Sequence[Event], *, threshold: float = MATCH_THRESHOLD,
    documents: Iterable[Document] | Tellings | None = None,
) -> list[Event]:
    """Merge a whole set of single-report events from scratch; one merged event each.

    The same clusters whatever the order of ``events``. Sorted by date, then id.
    """
    told = None if documents is None else _tellings(documents)
    clusters = _agglomerate(
        _event_kind(threshold, told), events, [], slack=PUBLICATION_DATE_SLACK_DAYS
    )
    merged = [n.rep if len(n.new) > 1 else merge_events(n.new, documents=told)
              for n in clusters]
    return sorted(merged, key=lambda e: (e.date_start or "", e.event_id))


def reconcile_tallies(
    new_tallies: Sequence[Tally],
    candidates: Sequence[Tally],
    *,
    tolerance: float = TALLY_TOLERANCE,
    documents: Iterable[Document] | Tellings | None = None,
) -> list[MergeDecision]:
    """:func:`reconcile` for tallies: repetitions of one claim join one merged tally,
    and so does a later release's revision of it where ``documents`` are given."""
    told = None if documents is None else _tellings(documents)
    clusters = _agglomerate(_tally_kind(tolerance, told), new_tallies, candidates, slack=0)
    return _decisions(_tally_kind(tolerance, told), clusters)


def cluster_tallies(
    tallies: Sequence[Tally], *, tolerance: float = TALLY_TOLERANCE,
    documents: Iterable[Document] | Tellings | None = None,
) -> list[Tally]:
    """Merge a whole set of tallies; ``parent`` ids are mapped onto merged parents.

    With ``documents``, a later release's revision of a tally joins it (see
    :func:`compare_tallies`) and its value supersedes the earlier one."""
    told = None if documents is None else _tellings(documents)
    clusters = _agglomerate(_tally_kind(tolerance, told), tallies, [], slack=0)
    merged = [n.rep if len(n.new) > 1 else merge_tallies(n.new, documents=told)
              for n in clusters]
    owner = {m: t.tally_id for t in merged for m in t.members}
    for t in merged:
        if t.parent is not None:
            t.parent = owner.get(t.parent, t.parent)
    return sorted(merged, key=lambda t: (t.period_start or "", t.tally_id))


# --------------------------------------------------------------------------- explanation


def _docs_text(docs: list[str]) -> str:
    return ", ".join(docs)


def explain(merged: Event | Tally, explanations: Sequence[MatchExplanation] = ()) -> str:
    """Say in plain English what a merged record holds and why its sources were merged."""
    kind = "Event" if isinstance(merged, Event) else "Tally"
    lines = [
        f"{kind} {_record_id(merged)} merges {len(merged.members or [_record_id(merged)])} "
        f"report(s) from {merged.source_count} document(s): "
        f"{_docs_text(sorted(_docs(merged)))}",
    ]
    if merged.agreement:
        lines.append("What the sources say:")
        for key, options in merged.agreement.items():
            label = key.replace("casualties.", "").replace(".", " / ").replace("_", " ")
            if key.startswith(REVISED_PREFIX):  # a tally's revision: the note says it
                lines.extend(f"  {label[len(REVISED_PREFIX):]}: {note}" for note in options)
                continue
            total = len({d for docs in options.values() for d in docs})
            if len(options) == 1:
                value, docs = next(iter(options.items()))
                lines.append(f"  {label}: {value} ({len(docs)} of {total} agree)")
                continue
            parts = "; ".join(f"{v} ({_docs_text(d)})" for v, d in options.items())
            lines.append(f"  {label}: sources disagree: {parts}")
    if isinstance(merged, Event):
        for c in merged.casualties:
            if c.low is not None and c.high is not None and c.low != c.high:
                lines.append(
                    f"  {c.kind} ({c.party or 'unspecified side'}): best {c.count}, "
                    f"low {c.low}, high {c.high}"
                )
        for key, why in sorted(merged.inferred.items()):
            for prefix in (REVISED_PREFIX, DISPUTED_PREFIX):
                if key.startswith(prefix):
                    label = key[len(prefix):].replace("casualties.", "").replace(".", " / ")
                    lines.append(f"  {label}: {why}")
    if explanations:
        lines.append("Why they were merged:")
        for exp in explanations:
            lines.append(f"  {exp.summary()}")
            lines.extend(f"    - {reason}" for reason in exp.reasons)
    elif merged.source_count <= 1:
        lines.append("Reported by one document only: nothing was merged.")
    return "\n".join(lines)


def explain_cluster(members: Sequence[Event]) -> str:
    """Merge single-report events and explain each one's match with the rest."""
    merged = merge_events(members)
    explanations: list[MatchExplanation] = []
    for member in sorted(members, key=lambda e: e.event_id):
        others = [o for o in members if o is not member]
        if others:
            explanations.append(
                _against_rest(compare_events(member, merge_events(others)), others)
            )
    return explain(merged, explanations)


def reconcile_records(records: Iterable[Record]) -> list[Record]:
    """Merge the records of several documents, as ``eventcoder extract --merge`` does.

    ``records`` are what extraction gives for each document (documents, events, tallies,
    consistency findings, statements). Events of one incident and tallies of one claim
    are merged, with their documents' publication dates and tellers ordering the counts:
    a count revised in a later report, or the same teller's later count, supersedes the
    earlier one, and sources that disagree are both kept with a finding (see
    :func:`merge_events`). Documents, findings and statements pass through; merged
    tallies' ``parent`` ids point at merged parents.
    """
    records = list(records)
    documents = [r for r in records if isinstance(r, Document)]
    told = tellings(documents)
    events = cluster_events([r for r in records if isinstance(r, Event)], documents=told)
    tallies = cluster_tallies([r for r in records if isinstance(r, Tally)], documents=told)
    rest = [r for r in records if not isinstance(r, (Event, Tally))]
    return [*[r for r in rest if isinstance(r, Document)], *events, *tallies,
            *[r for r in rest if not isinstance(r, Document)]]
