"""Pairwise comparison of reports: which pairs are one event, and the reasons given."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.reconcile import (
    MATCH_THRESHOLD,
    MatchExplanation,
    compare_events,
    place_key,
    same_event,
)
from eventcoder.records import Casualty, Event, Evidence, Location

MAIDUGURI = {"place": "Maiduguri", "country": "NG", "admin1": "Borno",
             "latitude": 11.84692, "longitude": 13.15712, "geo_precision": 1}
GWOZA = {"place": "Gwoza", "country": "NG", "admin1": "Borno",
         "latitude": 11.08313, "longitude": 13.69595, "geo_precision": 1}
BORNO = {"place": "Borno", "country": "NG", "admin1": "Borno",
         "latitude": 11.5, "longitude": 13.0, "geo_precision": 3}
KADUNA_STATE = {"place": "Kaduna", "country": "NG", "admin1": "Kaduna",
                "latitude": 10.3, "longitude": 7.7, "geo_precision": 3}


def report(event_id: str, doc_id: str, **fields: Any) -> Event:
    """A single-report event with sensible defaults: a Boko Haram attack on civilians."""
    location = Location(**fields.pop("location", MAIDUGURI))
    killed = fields.pop("killed", 12)
    casualties = fields.pop(
        "casualties",
        [Casualty("killed", "Civilians (Nigeria)", killed)] if killed is not None else [],
    )
    wording = fields.pop("wording", "Boko Haram insurgents killed 12 villagers in Maiduguri")
    values: dict[str, Any] = {
        "event_type": "violence_against_civilians",
        "sub_event_type": "attack",
        "date_start": "2024-03-14",
        "date_end": "2024-03-14",
        "date_basis": "stated",
        "actor1": "Boko Haram",
        "actor2": "Civilians (Nigeria)",
    }
    values.update(fields)
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        location=location,
        casualties=casualties,
        evidence={"notes": [Evidence(doc_id, 0, len(wording), wording)]},
        **values,
    )


BASE = report("a", "d1")

CASES: list[tuple[str, dict[str, Any], bool, list[str]]] = [
    ("a retelling in other words", {"wording": "Twelve villagers were killed by Boko Haram "
                                    "fighters near Maiduguri on Thursday", "killed": 12},
     True, []),
    ("a rounded toll", {"casualties": [Casualty("killed", "Civilians (Nigeria)", 10,
                                                qualifier="approximately")]}, True, []),
    ("an at-least toll", {"casualties": [Casualty("killed", None, 11,
                                                  qualifier="at_least")]}, True, []),
    ("an unnamed perpetrator", {"actor1": "Unidentified Armed Group (Nigeria)"}, True, []),
    ("sides swapped", {"actor1": "Civilians (Nigeria)", "actor2": "Boko Haram"}, True, []),
    ("same day, same province, another town", {"location": GWOZA}, False, ["location"]),
    ("same town, two days later", {"date_start": "2024-03-16", "date_end": "2024-03-16"},
     False, ["date"]),
    ("same town, the next day", {"date_start": "2024-03-15", "date_end": "2024-03-15"},
     False, ["date"]),
    ("dated only by publication, a day later",
     {"date_start": "2024-03-15", "date_end": "2024-03-15", "date_basis": "publication_date"},
     True, []),
    ("a week-long range that contains the day",
     {"date_start": "2024-03-11", "date_end": "2024-03-17", "time_precision": 2}, True, []),
    ("another country", {"location": {**MAIDUGURI, "country": "CM"}}, False, ["location"]),
    ("the province only", {"location": BORNO}, True, []),
    ("another province only", {"location": KADUNA_STATE}, False, ["location"]),
    ("the same document", {"doc_id": "d1"}, False, ["documents"]),
    ("an incompatible type", {"event_type": "protests", "sub_event_type": "peaceful_protest"},
     False, ["event_type"]),
    ("battle vs attack with a shared actor",
     {"event_type": "battles", "sub_event_type": "armed_clash",
      "actor2": "Military Forces of Nigeria"}, True, []),
    ("battle vs attack with no shared actor",
     {"event_type": "battles", "sub_event_type": "armed_clash", "actor1": "ISWAP",
      "actor2": "Military Forces of Nigeria"}, False, ["event_type"]),
    ("other actors and another toll",
     {"actor1": "ISWAP", "actor2": "Military Forces of Nigeria", "killed": 40,
      "wording": "ISWAP fighters overran an army post, 40 soldiers dead"}, False, []),
    ("other actors, same toll and wording",
     {"actor1": "ISWAP"}, True, []),
    ("no one killed vs twelve killed",
     {"casualties": [Casualty("killed", None, 0, qualifier="zero")],
      "actor1": "ISWAP", "wording": "no casualties were reported"}, False, []),
]


@pytest.mark.parametrize(("description", "changes", "expected", "vetoes"), CASES,
                         ids=[c[0] for c in CASES])
def test_reconcile_compare_decides_pairs(
    description: str, changes: dict[str, Any], expected: bool, vetoes: list[str]
) -> None:
    doc_id = changes.pop("doc_id", "d2")
    other = report("b", doc_id, **changes)
    explanation = compare_events(BASE, other)
    assert explanation.same is expected, explanation.reasons
    assert explanation.vetoed_by == vetoes
    assert same_event(BASE, other) is expected
    if vetoes:
        assert explanation.score == 0.0
        assert explanation.reasons[0].startswith(vetoes[0].replace("_", " "))
    elif expected:
        assert explanation.score >= MATCH_THRESHOLD


@pytest.mark.parametrize("changes", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_reconcile_compare_is_symmetric(changes: dict[str, Any]) -> None:
    other = report("b", changes.get("doc_id", "d2"),
                   **{k: v for k, v in changes.items() if k != "doc_id"})
    forward, backward = compare_events(BASE, other), compare_events(other, BASE)
    assert forward.score == backward.score
    assert forward.same == backward.same
    assert [c.verdict for c in forward.criteria] == [c.verdict for c in backward.criteria]


def test_reconcile_compare_reasons_are_plain_english() -> None:
    explanation = compare_events(BASE, report("b", "d2", location=GWOZA))
    assert explanation.reasons[0].startswith("location: Maiduguri and Gwoza are ")
    allowed = "km apart, more than the 20 km allowed for geo-precisions 1 and 1"
    assert allowed in explanation.reasons[0]
    assert "differ: location conflict" in explanation.summary()


def test_reconcile_compare_explanation_round_trips() -> None:
    explanation = compare_events(BASE, report("b", "d2", killed=14))
    again = MatchExplanation.from_dict(explanation.to_dict())
    assert again.same == explanation.same
    assert again.score == pytest.approx(explanation.score, abs=1e-4)
    assert again.reasons == explanation.reasons


def test_reconcile_compare_unknowns_alone_do_not_merge() -> None:
    bare_a = Event(event_id="a", doc_id="d1")
    bare_b = Event(event_id="b", doc_id="d2")
    explanation = compare_events(bare_a, bare_b)
    assert not explanation.same
    assert {c.verdict for c in explanation.criteria if c.name != "documents"} == {"unknown"}


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Deir ez-Zor", "Dayr az-Zawr", True),
        ("Deir ez-Zor", "Deir el-Zour", True),
        ("Al Mayadin", "Mayadeen", True),
        ("Maiduguri", "Maidugiri", True),
        ("Ālbū Kamāl", "Albu Kamal", True),
        ("Mogadishu", "Muqdisho", False),
        ("Gwoza", "Bama", False),
        ("Kirkuk", "Tikrit", False),
    ],
)
def test_reconcile_place_key_joins_transliterations(first: str, second: str, same: bool) -> None:
    assert (place_key(first) == place_key(second)) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [("Deir ez-Zor", "Dayr az-Zawr", True), ("Deir ez-Zor", "Raqqa", False)],
)
def test_reconcile_compare_names_without_coordinates(first: str, second: str, same: bool) -> None:
    a = report("a", "d1", location={"name": first, "country": "SY", "geo_precision": 1})
    b = report("b", "d2", location={"name": second, "country": "SY", "geo_precision": 1})
    assert compare_events(a, b).same is same
