"""Measures shared by every scorer: rates, confusion matrices, distances, name matching.

Each format's scorer (ACLED, GTD, WikiEvents) reduces a coded row and a
prediction to these building blocks, so a measure means the same thing in every
report. ``docs/evaluation.md`` defines each one in words.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal, Protocol, TypeVar

from rapidfuzz import fuzz

from eventcoder.gazetteer import haversine_km
from eventcoder.records import Casualty, Document, Event, Location, Record

Split = Literal["tune", "check", "all"]

#: Distances (km) at which the share of coded points counts as "found".
DISTANCE_THRESHOLDS_KM: tuple[int, ...] = (10, 25, 100)


class HasRowId(Protocol):
    @property
    def row_id(self) -> str: ...


RowT = TypeVar("RowT", bound=HasRowId)


# --- choosing rows -------------------------------------------------------------------------


def split_of(row_id: str) -> Literal["tune", "check"]:
    """The half a row belongs to, from a stable hash of its id (same on every machine)."""
    digest = hashlib.sha256(row_id.encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def select_rows(
    rows: Sequence[RowT],
    *,
    split: Split = "all",
    limit: int | None = None,
    sample: bool = False,
    seed: int = 0,
) -> list[RowT]:
    """Keep the rows of one half, then the first ``limit`` (or a seeded random sample of them)."""
    chosen = [r for r in rows if split == "all" or split_of(r.row_id) == split]
    if limit is not None and limit < len(chosen):
        if sample:
            picked = sorted(random.Random(seed).sample(range(len(chosen)), limit))
            chosen = [chosen[i] for i in picked]
        else:
            chosen = chosen[:limit]
    elif sample:
        random.Random(seed).shuffle(chosen)
    return chosen


# --- names, numbers, places ----------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w]+")
_PARENTHESES = re.compile(r"\([^)]*\)")


def normalise_name(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: ``Bouaké`` -> ``bouake``."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).replace("_", " ").split())


#: Spellings of one name in two transliterations (``Idleb``/``Idlib``, ``Al-Hasakeh``/
#: ``Al-Hasakah``) are this similar (rapidfuzz ratio, 0-100) or more ...
SPELLING_SIMILARITY = 80
#: ... when both names have at least this many characters: short names differ in one letter.
SPELLING_MIN_CHARS = 5


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Whether two place or admin names are the same after :func:`normalise_name`, or
    spellings of one name (similarity at least :data:`SPELLING_SIMILARITY`)."""
    predicted_n = normalise_name(predicted)
    if not predicted_n:
        return False
    for gold_n in _name_forms(gold):
        if gold_n == predicted_n:
            return True
        if (min(len(gold_n), len(predicted_n)) >= SPELLING_MIN_CHARS
                and fuzz.ratio(gold_n, predicted_n) >= SPELLING_SIMILARITY
                and _compass(gold_n) == _compass(predicted_n)):
            return True
    return False


def _compass(name: str) -> frozenset[str]:
    """The compass words of a normalised name: "North Kivu" and "South Kivu" are spelled
    alike but are two divisions."""
    return frozenset(w for w in name.split() if w in _COMPASS_WORDS)


def same_division(iso2: str | None, gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted first-level division is the coded one: the same name (see
    :func:`names_match`), or two names of one division of the coded country in the
    gazetteer, which knows GeoNames' alternate names (``Lower Shabelle`` and ``Shabeellaha
    Hoose``, ``Sud-Kivu`` and ``South Kivu``, ``Dahuk`` and ``Duhok``)."""
    if names_match(gold, predicted):
        return True
    if not iso2 or not gold or not predicted:
        return False
    from eventcoder.gazetteer import former_division, load_gazetteer

    gazetteer = load_gazetteer()
    division = gazetteer.admin1(iso2, predicted)
    if division is None:
        # A former division ("North Eastern" and "North Eastern Province" of Kenya).
        former = former_division(iso2, predicted)
        return former is not None and any(
            former_division(iso2, _FORMERLY.sub("", form.strip("() "))) == former
            for form in [gold, *_PARENTHESES.findall(gold), _PARENTHESES.sub(" ", gold)])
    for form in [gold, *_PARENTHESES.findall(gold), _PARENTHESES.sub(" ", gold)]:
        coded = gazetteer.admin1(iso2, _FORMERLY.sub("", form.strip("() ")))
        if coded == division:
            return True
    if not division.geonames_id:
        return False
    # Another spelling of the division's name ("Suqutra" of ISO's "Arkhabil Suqutra",
    # GeoNames' "Soqatra"): the coded name must denote this division and no other one.
    named = _divisions_named(iso2.upper(), gold)
    return named == {division.geonames_id}


#: Words that say what kind of division a name is, not which one.
_GENERIC_DIVISION_WORDS = frozenset(
    "governorate province district region state municipality county department prefecture "
    "oblast raion rayon wilaya wilayah vilayet muhafazah qada division territory emirate "
    "parish canton republic respublika autonomous of the and".split()
) | {"area"}  # Sierra Leone's "Western Area", Kenya's former "Nairobi Area": ACLED and GTD
#               write them "Western" and "Nairobi"
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest north-east north-west south-east south-west upper lower".split()
)


def _division_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in normalise_name(name).split() if w not in _GENERIC_DIVISION_WORDS)


@functools.cache
def _division_names() -> dict[str, tuple[tuple[int, tuple[tuple[str, ...], ...]], ...]]:
    """First-level divisions by country: (GeoNames id, the words of each of its names),
    from ``data/evaluate/division_names.tsv`` (see ``scripts/build_division_names.py``)."""
    path = resources.files("eventcoder").joinpath("data/evaluate/division_names.tsv")
    found: dict[str, list[tuple[int, tuple[tuple[str, ...], ...]]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso2\t"):
            continue
        iso2, gid, names = line.split("\t")
        words = tuple(w for w in (_division_words(n) for n in names.split("|")) if w)
        found.setdefault(iso2, []).append((int(gid), words))
    return {iso2: tuple(rows) for iso2, rows in found.items()}


def _divisions_named(iso2: str, gold: str) -> set[int]:
    """GeoNames ids of the divisions of a country that a coded name may denote: one of
    their names spelled alike (see :func:`names_match`), or holding all the coded name's
    own words ("Republic of Sakha" of "Sakha (Yakutiya) Republic") where one is neither
    short nor a compass word."""
    forms = [_division_words(_FORMERLY.sub("", form.strip("() ")))
             for form in [gold, *_PARENTHESES.findall(gold), _PARENTHESES.sub(" ", gold)]]
    forms = [f for f in dict.fromkeys(forms) if f]
    found: set[int] = set()
    for gid, names in _division_names().get(iso2, ()):
        for words in names:
            joined = " ".join(words)
            for form in forms:
                wanted = " ".join(form)
                if wanted == joined or (
                        min(len(wanted), len(joined)) >= SPELLING_MIN_CHARS
                        and fuzz.ratio(wanted, joined) >= SPELLING_SIMILARITY
                        and _compass(wanted) == _compass(joined)) or (
                        set(form) <= set(words) and any(
                            len(w) >= SPELLING_MIN_CHARS and w not in _COMPASS_WORDS
                            for w in form)):
                    found.add(gid)
                    break
            if gid in found:
                break
    return found


_FORMERLY = re.compile(r"^\s*(formerly|also|aka)\s+", re.IGNORECASE)


def _name_forms(name: str | None) -> list[str]:
    """A coded name and, where it has one, the name outside and the name inside its
    parentheses: GTD writes ``Ninawa (Nineveh)``, ``Odisha (formerly Orissa)``."""
    if not name:
        return []
    forms = [normalise_name(name)]
    match = _PARENTHESES.search(name)
    if match:
        forms.append(normalise_name(_PARENTHESES.sub(" ", name)))
        forms.append(normalise_name(_FORMERLY.sub("", match.group(0)[1:-1])))
    return [f for f in forms if f]


def actor_tokens(name: str | None) -> frozenset[str]:
    """The words of an actor name without ACLED's parenthesised qualifiers like ``(Nigeria)``."""
    if not name:
        return frozenset()
    return frozenset(normalise_name(_PARENTHESES.sub(" ", name)).split())


def actor_matches(gold: str, predicted: Iterable[str | None]) -> bool:
    """Whether a coded actor is among the predicted ones: equal words, or one's words contain the
    other's (``Police Forces of Nigeria (2015-)`` and ``Nigeria Police Force`` share no such
    relation; ``Taliban`` and ``Taliban`` do)."""
    gold_words = actor_tokens(gold)
    if not gold_words:
        return False
    for name in predicted:
        words = actor_tokens(name)
        if words and (words <= gold_words or gold_words <= words):
            return True
    return False


def snake_case(label: str | None) -> str | None:
    """ACLED's spelling of a type to eventcoder's: ``Explosions/Remote violence`` ->
    ``explosions_remote_violence``."""
    if label is None or not label.strip():
        return None
    return "_".join(_NON_WORD.sub(" ", label.casefold()).replace("_", " ").split())


# --- reading predictions --------------------------------------------------------------------


def _evidence_count(event: Event) -> int:
    return sum(len(spans) for spans in event.evidence.values())


def main_event(records: Sequence[Record]) -> Event | None:
    """The event a one-incident text is about: the non-background event with the highest
    confidence, then the most evidence spans, then the earliest."""
    best: Event | None = None
    best_key: tuple[float, int] | None = None
    for record in records:
        if not isinstance(record, Event) or record.background:
            continue
        key = (record.confidence, _evidence_count(record))
        if best_key is None or key > best_key:
            best, best_key = record, key
    return best


def best_count(casualty: Casualty) -> int:
    """The number a casualty stands for: its count, else its lower bound, else 0."""
    if casualty.count is not None:
        return casualty.count
    if casualty.low is not None:
        return casualty.low
    return 0


def casualty_total(event: Event, kind: str) -> int | None:
    """Sum of the best counts of one kind over all parties; None when the event has none.

    Where the text states a coding convention ("unknown fatalities coded as 10"), the
    counts marked ``coded`` replace the others, as they do in the event's own total.
    A count shared by N events ("split between 3 events", "21 killed in the three
    bombings" of a report on one of them) contributes its share, rounded half up, as
    the event's own fatality total does.
    """
    of_kind = [c for c in event.casualties if c.kind == kind]
    coded = [c for c in of_kind if c.coded]
    use = coded or of_kind
    if not use:
        return None
    total = sum(best_count(c) for c in use)
    share = max((c.shared_by or 1 for c in use), default=1)
    if share > 1:
        return int(total / share + 0.5)  # a series' toll, divided among its incidents
    return total


def predicted_killed(event: Event | None) -> int:
    """Deaths of an event over all parties (the attacker's own included), as coders count them."""
    if event is None:
        return 0
    total = casualty_total(event, "killed")
    if total is not None:
        return total
    return event.fatalities or 0


def predicted_wounded(event: Event | None) -> int:
    if event is None:
        return 0
    return casualty_total(event, "wounded") or 0


def failed_documents(records: Sequence[Record]) -> list[str]:
    """Errors of document records (a document that could not be processed)."""
    return [f"{r.doc_id}: {r.error}" for r in records if isinstance(r, Document) and r.error]


# --- results ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Measure:
    """One number of a report: a share of hits over the rows it is defined on, or a statistic."""

    key: str
    field: str
    description: str
    hits: float = 0.0
    n: int = 0
    value_override: float | None = None
    unit: str = "share"

    @property
    def value(self) -> float | None:
        if self.value_override is not None:
            return self.value_override
        if self.unit != "share":
            return None
        return self.hits / self.n if self.n else None

    def add(self, hit: bool) -> None:
        self.n += 1
        self.hits += 1 if hit else 0

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "field": self.field,
            "value": None if value is None else round(value, 6),
            "hits": self.hits if self.unit == "share" else None,
            "n": self.n,
            "unit": self.unit,
            "description": self.description,
        }


@dataclass(slots=True)
class Confusion:
    """Counts of (coded label, predicted label); ``None`` predicted is written ``(none)``."""

    name: str
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (coded, predicted) pairs of different labels that the measure counts as agreeing.
    accepted: set[tuple[str, str]] = field(default_factory=set)

    NONE = "(none)"

    def add(self, gold: str, predicted: str | None) -> None:
        self.counts[(gold, predicted or self.NONE)] += 1

    @property
    def labels(self) -> list[str]:
        gold = Counter[str]()
        for (g, _), n in self.counts.items():
            gold[g] += n
        seen = [g for g, _ in gold.most_common()]
        for _, p in self.counts:
            if p not in seen:
                seen.append(p)
        return seen

    def top_errors(self, n: int = 10) -> list[tuple[str, str, int]]:
        wrong = [(g, p, c) for (g, p), c in self.counts.items()
                 if g != p and (g, p) not in self.accepted]
        return sorted(wrong, key=lambda t: (-t[2], t[0], t[1]))[:n]

    def to_dict(self) -> dict[str, Any]:
        labels = self.labels
        return {
            "labels": labels,
            "matrix": [[self.counts.get((g, p), 0) for p in labels] for g in labels],
            "accepted": sorted([g, p] for g, p in self.accepted),
            "top_errors": [
                {"coded": g, "predicted": p, "count": c} for g, p, c in self.top_errors()
            ],
        }


@dataclass(slots=True)
class ErrorExample:
    """A row where a field was wrong: its text and both values, with how bad the error is."""

    row_id: str
    field: str
    coded: Any
    predicted: Any
    severity: float
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "row_id": self.row_id,
            "field": self.field,
            "coded": self.coded,
            "predicted": self.predicted,
            "severity": self.severity,
            "text": self.text,
        }


@dataclass(slots=True)
class Scores:
    """Everything a report shows: the measures, confusion matrices, pairs to plot and errors."""

    format: str
    n_rows: int
    measures: dict[str, Measure] = field(default_factory=dict)
    confusions: dict[str, Confusion] = field(default_factory=dict)
    #: (row id, coded, predicted) per plotted count, e.g. ``{"fatalities": [...]}``.
    pairs: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    errors: list[ErrorExample] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def measure(self, key: str, field_name: str, description: str, unit: str = "share") -> Measure:
        """The measure under ``key``, created on first use (so reports keep definition order)."""
        existing = self.measures.get(key)
        if existing is None:
            existing = Measure(key=key, field=field_name, description=description, unit=unit)
            self.measures[key] = existing
        return existing

    def value(self, key: str) -> float | None:
        return self.measures[key].value

    def error(self, row_id: str, field_name: str, coded: Any, predicted: Any, severity: float,
              text: str) -> None:
        self.errors.append(ErrorExample(row_id, field_name, coded, predicted, severity, text))

    def worst_errors(self, per_field: int = 5) -> list[ErrorExample]:
        """The most severe errors of each field, fields in the order they were first seen."""
        by_field: dict[str, list[ErrorExample]] = {}
        for example in self.errors:
            by_field.setdefault(example.field, []).append(example)
        out: list[ErrorExample] = []
        for examples in by_field.values():
            out.extend(sorted(examples, key=lambda e: (-e.severity, e.row_id))[:per_field])
        return out

    def to_dict(self, *, errors_per_field: int = 20) -> dict[str, Any]:
        return {
            "format": self.format,
            "n_rows": self.n_rows,
            "n_failed": len(self.failed),
            "meta": self.meta,
            "measures": {k: m.to_dict() for k, m in self.measures.items()},
            "confusion": {k: c.to_dict() for k, c in self.confusions.items()},
            "pairs": {k: [list(p) for p in v] for k, v in self.pairs.items()},
            "worst_errors": [e.to_dict() for e in self.worst_errors(errors_per_field)],
            "failed": self.failed[:50],
        }


def add_count_measures(
    scores: Scores, name: str, coded: int | None, predicted: int, label: str
) -> bool | None:
    """Score a count exactly and within +-1, over all rows and over rows coded non-zero.

    Returns whether it was exact, or None when the row has no coded count (not scored).
    """
    if coded is None:
        return None
    exact = predicted == coded
    near = abs(predicted - coded) <= 1
    scores.measure(f"{name}.exact", name, f"{label}: predicted equals coded").add(exact)
    scores.measure(f"{name}.within_1", name, f"{label}: predicted within +-1 of coded").add(near)
    exact_nonzero = scores.measure(f"{name}.exact_nonzero", name,
                                   f"{label} on rows coded non-zero: predicted equals coded")
    near_nonzero = scores.measure(f"{name}.within_1_nonzero", name,
                                  f"{label} on rows coded non-zero: within +-1")
    if coded != 0:
        exact_nonzero.add(exact)
        near_nonzero.add(near)
    return exact


def add_distance_measures(
    scores: Scores,
    coded: tuple[float, float] | None,
    predicted: tuple[float | None, float | None] | None,
    distances: list[float],
) -> float | None:
    """Score the coded point against the predicted one; a missing prediction is a miss."""
    if coded is None:
        return None
    km: float | None = None
    if predicted is not None and predicted[0] is not None and predicted[1] is not None:
        km = haversine_km(coded[0], coded[1], predicted[0], predicted[1])
        distances.append(km)
    for limit in DISTANCE_THRESHOLDS_KM:
        scores.measure(
            f"point.within_{limit}km", "point",
            f"share of coded points with a predicted point within {limit} km",
        ).add(km is not None and km <= limit)
    scores.measure(
        "point.median_km", "point",
        "median distance (km) between coded and predicted points, where both exist", unit="km",
    )
    return km


@dataclass(frozen=True, slots=True)
class CodedPlace:
    """Where a row is coded: country, first-level division, place name and point."""

    iso2: str | None
    admin1: str | None
    place: str | None
    point: tuple[float, float] | None
    admin1_label: str = "coded"  # how the measures name the coded division ("coded provstate")
    place_measure: str = "predicted location name or place equals coded location"


def add_place_measures(
    scores: Scores,
    row_id: str,
    text: str,
    coded: CodedPlace,
    location: Location | None,
    place_names: Sequence[str | None],
    distances: list[float],
) -> None:
    """Score country, admin1 (as a division and as a spelling), place name and point."""
    if coded.iso2:
        predicted_country = location.country if location else None
        hit = (predicted_country or "").upper() == coded.iso2
        scores.measure("country.accuracy", "country",
                       "predicted ISO alpha-2 country equals coded").add(hit)
        if not hit:
            scores.error(row_id, "country", coded.iso2, predicted_country, 1.0, text)
    if coded.admin1:
        predicted_admin1 = location.admin1 if location else None
        hit = same_division(coded.iso2, coded.admin1, predicted_admin1)
        scores.measure("admin1.accuracy", "admin1",
                       f"predicted admin1 is the {coded.admin1_label} division: the same name, "
                       "or two names the gazetteer gives one division").add(hit)
        scores.measure("admin1.name_match", "admin1",
                       f"predicted admin1 is spelled as {coded.admin1_label} "
                       "(case and accents ignored)"
                       ).add(names_match(coded.admin1, predicted_admin1))
        if not hit:
            scores.error(row_id, "admin1", coded.admin1, predicted_admin1, 1.0, text)
    if coded.place:
        hit = any(names_match(coded.place, name) for name in place_names)
        scores.measure("location.accuracy", "location", coded.place_measure).add(hit)
        if not hit:
            scores.error(row_id, "location", coded.place,
                         next((c for c in place_names if c), None), 1.0, text)
    if coded.point is not None:
        point = (location.latitude, location.longitude) if location else None
        km = add_distance_measures(scores, coded.point, point, distances)
        if km is None or km > 25:
            scores.error(row_id, "point", list(coded.point), list(point) if point else None,
                         km if km is not None else 20_000.0, text)


def finish_distance(scores: Scores, distances: list[float]) -> None:
    """Add the median distance over rows that have both points."""
    median = scores.measures.get("point.median_km")
    if median is None:
        return
    ordered = sorted(distances)
    median.n = len(ordered)
    if ordered:
        mid = len(ordered) // 2
        median.value_override = (
            ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
        )
