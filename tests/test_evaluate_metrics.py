"""The scoring building blocks: row halves, name matching, distances, the main event, counts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventcoder.evaluate.metrics import (
    Confusion,
    Scores,
    actor_matches,
    add_count_measures,
    haversine_km,
    main_event,
    names_match,
    normalise_name,
    predicted_killed,
    same_division,
    select_rows,
    snake_case,
    split_of,
)
from eventcoder.records import Casualty, Document, Event, Evidence


@dataclass
class Row:
    row_id: str


def test_evaluate_split_is_stable_and_halves_the_rows() -> None:
    rows = [Row(f"ROW{i}") for i in range(2000)]
    tune = select_rows(rows, split="tune")
    check = select_rows(rows, split="check")
    assert {r.row_id for r in tune}.isdisjoint({r.row_id for r in check})
    assert len(tune) + len(check) == len(rows)
    assert 900 < len(tune) < 1100


@pytest.mark.parametrize(
    ("row_id", "half"),
    [("YEM52360", "check"), ("ISR1786", "check"), ("201101010004", "tune"),
     ("road_ied_8", "tune"), ("TST101", "tune"), ("TST102", "check")],
)
def test_evaluate_split_is_pinned(row_id: str, half: str) -> None:
    # sha256 of the id, not Python's per-process hash(): published halves must never move.
    assert split_of(row_id) == half


def test_evaluate_limit_takes_first_rows_or_a_seeded_sample() -> None:
    rows = [Row(str(i)) for i in range(100)]
    assert [r.row_id for r in select_rows(rows, limit=3)] == ["0", "1", "2"]
    first = select_rows(rows, limit=10, sample=True, seed=7)
    again = select_rows(rows, limit=10, sample=True, seed=7)
    other = select_rows(rows, limit=10, sample=True, seed=8)
    assert [r.row_id for r in first] == [r.row_id for r in again]
    assert [r.row_id for r in first] != [r.row_id for r in other]
    assert len(first) == 10


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Explosions/Remote violence", "explosions_remote_violence"),
        ("Air/drone strike", "air_drone_strike"),
        ("Looting/property destruction", "looting_property_destruction"),
        ("Remote explosive/landmine/IED", "remote_explosive_landmine_ied"),
        ("Headquarters or base established", "headquarters_or_base_established"),
        ("", None),
    ],
)
def test_evaluate_snake_case_matches_record_vocabulary(label: str, expected: str | None) -> None:
    assert snake_case(label) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Bouaké", "bouake", True),
        ("Sao Paulo", "São Paulo", True),
        ("Al Kadaha", "Al-Kadaha", True),
        ("Khyber Pakhtunkhwa", "Punjab", False),
        ("Idleb", "Idlib", True),
        ("Al-Hasakeh", "Al-Hasakah", True),
        ("Kano", "Kani", False),
        ("Raqqa", "Daraa", False),
        ("Ninawa (Nineveh)", "Nineveh", True),
        ("Ninawa (Nineveh)", "Ninawa", True),
        ("Odisha (formerly Orissa)", "Orissa", True),
        ("Khyber Pakhtunkhwa (formerly NWFP)", "Khyber Pakhtunkhwa", True),
        ("Babil (Babylon)", "Basra", False),
        ("Kaduna", None, False),
        ("", "", False),
    ],
)
def test_evaluate_names_match_ignores_case_accents_punctuation_spelling(
    gold: str, predicted: str | None, same: bool
) -> None:
    assert names_match(gold, predicted) is same


def test_evaluate_normalise_name_folds_case_and_accents() -> None:
    assert normalise_name("Dayr  az-Zawr") == "dayr az zawr"
    assert normalise_name("ÇANAKKALE") == "canakkale"


@pytest.mark.parametrize(
    ("gold", "predicted", "found"),
    [
        ("Civilians (Nigeria)", ["Civilians"], True),
        ("Taliban", ["Taliban"], True),
        ("Al Shabaab", ["al-Shabaab"], True),
        ("Military Forces of Ukraine (2019-)", ["Military Forces of Ukraine"], True),
        ("Protesters (Brazil)", ["Rioters"], False),
        ("Boko Haram", [None, ""], False),
    ],
)
def test_evaluate_actor_matches(gold: str, predicted: list[str | None], found: bool) -> None:
    assert actor_matches(gold, predicted) is found


def test_evaluate_haversine_known_distance() -> None:
    # Paris to London is about 343.5 km; one degree of latitude about 111.2 km.
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)
    assert haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.2, abs=0.1)
    assert haversine_km(5.0, 5.0, 5.0, 5.0) == 0.0


def _event(event_id: str, *, confidence: float, background: bool = False,
           spans: int = 0) -> Event:
    evidence = {"event_type": [Evidence("d", i, i + 1, "x") for i in range(spans)]}
    return Event(event_id=event_id, doc_id="d", confidence=confidence, background=background,
                 evidence=evidence)


def test_evaluate_main_event_skips_background_and_prefers_confidence_then_evidence() -> None:
    records = [
        Document(doc_id="d"),
        _event("past", confidence=0.99, background=True),
        _event("weak", confidence=0.5, spans=9),
        _event("strong", confidence=0.8, spans=1),
        _event("strong-more-evidence", confidence=0.8, spans=3),
        _event("strong-later", confidence=0.8, spans=3),
    ]
    chosen = main_event(records)
    assert chosen is not None and chosen.event_id == "strong-more-evidence"
    assert main_event([Document(doc_id="d"), _event("past", confidence=1.0, background=True)]) \
        is None


def test_evaluate_predicted_killed_sums_parties_and_falls_back_to_fatalities() -> None:
    event = Event(event_id="e", doc_id="d", fatalities=4, casualties=[
        Casualty("killed", "civilians", 4),
        Casualty("killed", "perpetrator", 1),
        Casualty("wounded", "civilians", 9),
        Casualty("killed", "police", None, low=2, qualifier="unknown"),
    ])
    assert predicted_killed(event) == 7
    assert predicted_killed(Event(event_id="e", doc_id="d", fatalities=3)) == 3
    assert predicted_killed(Event(event_id="e", doc_id="d")) == 0
    assert predicted_killed(None) == 0


def test_evaluate_count_measures_overall_and_nonzero() -> None:
    scores = Scores(format="test", n_rows=4)
    for coded, predicted in [(0, 0), (3, 2), (5, 5), (0, 2)]:
        add_count_measures(scores, "deaths", coded, predicted, "deaths")
    assert add_count_measures(scores, "deaths", None, 1, "deaths") is None
    assert scores.value("deaths.exact") == 0.5
    assert scores.value("deaths.within_1") == 0.75
    assert scores.value("deaths.exact_nonzero") == 0.5
    assert scores.value("deaths.within_1_nonzero") == 1.0
    assert scores.measures["deaths.exact"].n == 4


def test_evaluate_confusion_counts_and_top_errors() -> None:
    confusion = Confusion("event_type")
    for gold, predicted in [("protests", "protests"), ("protests", "riots"),
                            ("protests", "riots"), ("battles", None)]:
        confusion.add(gold, predicted)
    data = confusion.to_dict()
    assert data["labels"] == ["protests", "battles", "riots", "(none)"]
    assert data["matrix"][0] == [1, 0, 2, 0]
    assert data["top_errors"][0] == {"coded": "protests", "predicted": "riots", "count": 2}


@pytest.mark.parametrize(
    ("iso2", "gold", "predicted", "same"),
    [
        ("SO", "Lower Shabelle", "Shabeele Hoose", True),
        ("CD", "Sud-Kivu", "South Kivu", True),
        ("IQ", "Ninawa (Nineveh)", "Nineveh", True),
        ("IQ", "Dahuk", "Duhok", True),
        ("IQ", "Anbar", "Nineveh", False),
        ("IQ", "Anbar", None, False),
        ("SO", "Lower Shabelle", "Middle Shabelle", False),
    ],
)
def test_evaluate_same_division_knows_a_divisions_other_names(
        iso2: str, gold: str, predicted: str | None, same: bool) -> None:
    assert same_division(iso2, gold, predicted) is same
