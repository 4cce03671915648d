"""Score extraction against the Global Terrorism Database: the ``summary`` beside the fields."""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from eventcoder.evaluate.countries import iso2
from eventcoder.evaluate.metrics import (
    CodedPlace,
    Confusion,
    Scores,
    actor_tokens,
    add_count_measures,
    add_place_measures,
    failed_documents,
    finish_distance,
    main_event,
    predicted_killed,
    predicted_wounded,
)
from eventcoder.evaluate.tables import iter_rows, parse_float, parse_int
from eventcoder.records import Document, Event, Record

log = logging.getLogger(__name__)

SIGNATURE = frozenset({"iyear", "imonth", "iday", "summary"})

#: GTD's perpetrator name when nobody is known: not scored as an actor.
UNKNOWN_GROUP = "Unknown"


@dataclass(slots=True)
class GtdRow:
    """One GTD incident and its summary."""

    row_id: str
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    country: str | None = None
    iso2: str | None = None
    provstate: str | None = None
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    attack_type: str | None = None
    gname: str | None = None
    nkill: int | None = None
    nwound: int | None = None

    @property
    def event_date(self) -> date | None:
        """The incident's date, or None where GTD codes the month or day as 0 (unknown)."""
        if not self.year or not self.month or not self.day:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


def row_from_dict(data: Mapping[str, str]) -> GtdRow:
    """A :class:`GtdRow` from one line of a GTD export (CSV or XLSX)."""
    nkill = parse_float(data.get("nkill"))
    nwound = parse_float(data.get("nwound"))
    # GTD writes unknown as empty, and -9/-99 in some numeric fields of later releases.
    return GtdRow(
        row_id=str(parse_int(data.get("eventid")) or data.get("eventid", "")),
        text=data.get("summary", ""),
        year=parse_int(data.get("iyear")),
        month=parse_int(data.get("imonth")),
        day=parse_int(data.get("iday")),
        country=data.get("country_txt") or None,
        iso2=iso2(data.get("country_txt")),
        provstate=_known(data.get("provstate")),
        city=_known(data.get("city")),
        latitude=parse_float(data.get("latitude")),
        longitude=parse_float(data.get("longitude")),
        attack_type=_known(data.get("attacktype1_txt")),
        gname=data.get("gname") or None,
        nkill=int(nkill) if nkill is not None and nkill >= 0 else None,
        nwound=int(nwound) if nwound is not None and nwound >= 0 else None,
    )


def _known(text: str | None) -> str | None:
    if text is None or text.strip() in ("", ".", "Unknown"):
        return None
    return text.strip()


def read_gtd(path: Path) -> list[GtdRow]:
    """All rows of a GTD CSV or XLSX file."""
    return [r for r in (row_from_dict(d) for d in iter_rows(path)) if r.row_id]


@functools.cache
def _attack_types() -> dict[str, Any]:
    path = resources.files("eventcoder").joinpath("data/evaluate/gtd_attack_types.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def gtd_attack_type(event: Event | None) -> str | None:
    """The GTD attack type an eventcoder event corresponds to, or None for non-attacks."""
    if event is None:
        return None
    table = _attack_types()
    by_sub: dict[str, str] = table["by_sub_event_type"]
    by_type: dict[str, str] = table["by_event_type"]
    told = by_sub.get(event.sub_event_type or "") or by_type.get(event.event_type or "")
    if told == "Armed Assault" and _taking_told_first(event):
        return "Hostage Taking (Kidnapping)"  # "kidnapped and killed": the taking its aim
    if told == "Armed Assault" and set(event.equipment) & set(
            table["explosive_arms"]["equipment"]):
        return "Bombing/Explosion"  # grenades thrown or fired in a fight: GTD's explosives
    return told


def _taking_told_first(event: Event) -> bool:
    """Whether people were taken in an attack and the taking is told before anyone's death
    or wound ("abducted and then killed a party worker"): GTD's kidnapping, which its
    hierarchy ranks above an armed assault where the taking is the attack's aim. People
    taken after the shooting ("opened fire ..., and took a policeman hostage") leave the
    assault."""
    def first_told(kinds: set[str]) -> tuple[int, int] | None:
        # (by where the words end too: "was abducted and beheaded" tells both from one start)
        spans = [(e.start, e.end) for c in event.casualties if c.kind in kinds
                 for e in c.evidence]
        return min(spans) if spans else None

    taken = first_told({"abducted"})
    hurt = first_told({"killed", "wounded"})
    return taken is not None and (hurt is None or taken < hurt)


def attack_type_agrees(coded: str, predicted: str | None) -> bool:
    accepted: dict[str, list[str]] = _attack_types()["also_accepted"]
    return predicted == coded or predicted in accepted.get(coded, [])


@functools.cache
def _generic_perpetrators() -> dict[str, frozenset[frozenset[str]]]:
    path = resources.files("eventcoder").joinpath("data/evaluate/gtd_generic_perpetrators.json")
    labels: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))["labels"]
    return {label: frozenset(actor_tokens(n) for n in names) for label, names in labels.items()}


# GTD's abbreviation after a group's name: "Al-Qa`ida in the Arabian Peninsula (AQAP)".
_TRAILING_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z-]*[A-Z])\)\s*$")
# ACLED's abbreviation before a group's name: "AQAP: Al Qaeda in the Arabian Peninsula".
_LEADING_ABBREVIATION = re.compile(r"^([A-Z][A-Za-z()/-]*[A-Z)]):\s")
#: Two words are one name in two transliterations ("Qa`ida", "Qaeda") at this rapidfuzz ratio
#: or more, when both have at least SPELLING_MIN_CHARS letters.
WORD_SIMILARITY = 80
SPELLING_MIN_CHARS = 5


def _words(name: str) -> frozenset[str]:
    # an apostrophe or backtick inside a word transliterates a letter: "Qa`ida", "Da'esh"
    return actor_tokens(re.sub(r"(?<=\w)[`'’‘](?=\w)", "", name))


def _word_in(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    if len(word) < SPELLING_MIN_CHARS:
        return False
    return any(len(w) >= SPELLING_MIN_CHARS and fuzz.ratio(word, w) >= WORD_SIMILARITY
               for w in words)


def _names_agree(gold: str, predicted: str) -> bool:
    """GTD's name and a predicted one name one group: the words of one among the other's
    (spelling apart), or GTD's abbreviation the one ACLED's name opens with."""
    gold_abbreviation = _TRAILING_ABBREVIATION.search(gold)
    leading = _LEADING_ABBREVIATION.match(predicted)
    if gold_abbreviation and leading and gold_abbreviation.group(1) == leading.group(1):
        return True
    gold_words, words = _words(gold), _words(predicted)
    if not gold_words or not words:
        return False
    small, large = (words, gold_words) if len(words) <= len(gold_words) else (gold_words, words)
    return all(_word_in(w, large) for w in small)


def perpetrator_found(gname: str, perpetrators: Sequence[str], event: Event | None) -> bool:
    """Whether GTD's perpetrator is among the predicted ones (actor1 and its associates).

    A named group matches by name, the canonical or the ACLED one. GTD's generic names
    ("Gunmen", "Militants", "Individual") name no group but describe the perpetrators
    (``data/evaluate/gtd_generic_perpetrators.json``): the generic actor that describes
    them alike ("Unidentified Armed Group (Iraq)") finds them."""
    generic = _generic_perpetrators().get(gname)
    if event is None:
        return False
    if generic is not None:
        return any(actor_tokens(name) in generic for name in perpetrators)
    names = [*perpetrators, *(event.actor_acled_names.get(n, "") for n in perpetrators)]
    return any(name and _names_agree(gname, name) for name in names)


def place_names(event: Event) -> list[str | None]:
    """The names of an event's place that may be GTD's city: a summary names a village, a
    town, the district GTD writes as the city, or a Philippine barangay, whose municipality
    GTD writes as the city."""
    return [event.location.name, event.location.place, event.location.admin2,
            event.location.admin3]


def score_gtd(rows: Sequence[GtdRow], predictions: Mapping[str, Sequence[Record]]) -> Scores:
    """Score predicted records (by document id = GTD eventid) against coded GTD rows."""
    scores = Scores(format="gtd", n_rows=len(rows))
    attack_types = scores.confusions.setdefault("attack_type", Confusion("attack_type"))
    kill_pairs = scores.pairs.setdefault("nkill", [])
    wound_pairs = scores.pairs.setdefault("nwound", [])
    not_scored = set(_attack_types()["not_scored"])
    distances: list[float] = []
    for row in rows:
        records = predictions.get(row.row_id, [])
        scores.failed.extend(failed_documents(records))
        event = main_event(records)
        text = row.text
        scores.measure("event.found", "event",
                       "share of rows where a (non-background) event was predicted").add(
            event is not None)

        if row.attack_type and row.attack_type not in not_scored:
            predicted_type = gtd_attack_type(event)
            hit = attack_type_agrees(row.attack_type, predicted_type)
            scores.measure("attack_type.accuracy", "attack_type",
                           "predicted event type corresponds to the coded GTD attack type").add(hit)
            attack_types.add(row.attack_type, predicted_type)
            if hit and predicted_type != row.attack_type and predicted_type is not None:
                attack_types.accepted.add((row.attack_type, predicted_type))
            if not hit:
                scores.error(row.row_id, "attack_type", row.attack_type, predicted_type, 1.0, text)

        coded_place = CodedPlace(
            row.iso2, row.provstate, row.city,
            (row.latitude, row.longitude)
            if row.latitude is not None and row.longitude is not None else None,
            admin1_label="coded provstate",
            place_measure="predicted location name, place or admin2 equals coded city",
        )
        add_place_measures(scores, row.row_id, text, coded_place,
                           event.location if event else None,
                           place_names(event) if event else [], distances)

        coded_date = row.event_date
        if coded_date is not None:
            predicted_start = event.date_start if event else None
            hit = predicted_start == coded_date.isoformat()
            scores.measure("date.exact", "date",
                           "predicted start date equals coded date (rows with a known day)").add(
                hit)
            if not hit:
                scores.error(row.row_id, "date", coded_date.isoformat(), predicted_start, 1.0,
                             text)

        if row.nkill is not None:
            killed = predicted_killed(event)
            add_count_measures(scores, "nkill", row.nkill, killed,
                               "deaths (perpetrators included)")
            kill_pairs.append((row.row_id, row.nkill, killed))
            if killed != row.nkill:
                scores.error(row.row_id, "nkill", row.nkill, killed,
                             float(abs(killed - row.nkill)), text)
        if row.nwound is not None:
            wounded = predicted_wounded(event)
            add_count_measures(scores, "nwound", row.nwound, wounded, "wounded")
            wound_pairs.append((row.row_id, row.nwound, wounded))
            if wounded != row.nwound:
                scores.error(row.row_id, "nwound", row.nwound, wounded,
                             float(abs(wounded - row.nwound)), text)

        if row.gname and row.gname != UNKNOWN_GROUP:
            perpetrators = [a for a in ([event.actor1, *event.assoc_actor_1] if event else [])
                            if a]
            hit = perpetrator_found(row.gname, perpetrators, event)
            scores.measure("perpetrator.found", "actors",
                           "coded perpetrator (gname) found as actor1 or associated: a named "
                           "group by its name, a generic gname by its kind").add(hit)
            if row.gname not in _generic_perpetrators():
                scores.measure("perpetrator.named_found", "actors",
                               "same, on the rows whose gname names a group").add(hit)
            if not hit:
                scores.error(row.row_id, "perpetrator", row.gname, perpetrators, 1.0, text)
    finish_distance(scores, distances)
    return scores


def documents_for(rows: Sequence[GtdRow]) -> list[Document]:
    """The documents the extractor reads: one summary per row, no publication date given.

    The summary starts with its date ("05/30/2011: ..."), which the extractor reads.
    """
    from eventcoder.inputs import document_from_text

    return [document_from_text(row.text, doc_id=row.row_id) for row in rows]
