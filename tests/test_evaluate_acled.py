"""ACLED scoring: reading the export as distributed, and exact scores on hand-made predictions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventcoder.evaluate.acled import AcledRow, parse_acled_date, read_acled, score_acled
from eventcoder.records import Casualty, Document, Event, Location, Record

FIXTURE = Path(__file__).parent / "fixtures" / "evaluate" / "acled-sample.csv"


@pytest.fixture(scope="module")
def rows() -> list[AcledRow]:
    return read_acled(FIXTURE)


def perfect(row: AcledRow) -> Event:
    """The event a perfect reading of the row's note would produce."""
    return Event(
        event_id=f"{row.row_id}-1",
        doc_id=row.row_id,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        date_start=row.event_date.isoformat() if row.event_date else None,
        date_end=row.event_date.isoformat() if row.event_date else None,
        location=Location(name=row.location, country=row.iso2, admin1=row.admin1,
                          latitude=row.latitude, longitude=row.longitude),
        actor1=row.actor1,
        assoc_actor_1=list(row.assoc_actor_1),
        actor2=row.actor2,
        assoc_actor_2=list(row.assoc_actor_2),
        fatalities=row.fatalities,
        confidence=0.9,
    )


def predictions_for(events: dict[str, Event | None]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = {}
    for row_id, event in events.items():
        out[row_id] = [Document(doc_id=row_id)] + ([event] if event else [])
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [("9-May-20", date(2020, 5, 9)), ("27-Apr-20", date(2020, 4, 27)),
     ("09 May 2020", date(2020, 5, 9)), ("2020-05-09", date(2020, 5, 9)), ("soon", None)],
)
def test_evaluate_acled_dates(text: str, expected: date | None) -> None:
    assert parse_acled_date(text) == expected


def test_evaluate_acled_reads_export(rows: list[AcledRow]) -> None:
    assert [r.row_id for r in rows] == [f"TST10{i}" for i in range(1, 7)]
    first = rows[0]
    assert first.event_date == date(2020, 5, 4)
    assert first.event_type == "violence_against_civilians"
    assert first.sub_event_type == "attack"
    assert first.iso2 == "NG"
    assert first.assoc_actor_2 == ["Farmers (Nigeria)"]
    assert first.fatalities == 3
    assert not first.text.endswith("]"), "the [size=...] tag is coders' metadata"
    assert rows[2].sub_event_type == "shelling_artillery_missile_attack"
    assert rows[5].sub_event_type == "looting_property_destruction"
    assert {r.iso2 for r in rows} == {"NG", "BR", "YE", "UA", "IN", "SO"}


def test_evaluate_acled_perfect_prediction_scores_one(rows: list[AcledRow]) -> None:
    scores = score_acled(rows, predictions_for({r.row_id: perfect(r) for r in rows}))
    shares = {k: m.value for k, m in scores.measures.items() if m.unit == "share"}
    assert shares and all(value == 1.0 for value in shares.values()), shares
    assert scores.value("point.median_km") == 0.0
    assert scores.errors == []
    assert scores.measures["event_type.accuracy"].n == 6
    assert scores.measures["fatalities.exact_nonzero"].n == 2
    assert scores.measures["actors.found"].n == 12


def test_evaluate_acled_known_errors_score_exactly(rows: list[AcledRow]) -> None:
    events: dict[str, Event | None] = {r.row_id: perfect(r) for r in rows}
    by_id = {r.row_id: r for r in rows}
    wrong_type = events["TST101"]
    assert wrong_type is not None
    wrong_type.event_type, wrong_type.sub_event_type = "battles", "armed_clash"
    wrong_type.fatalities = 2  # coded 3: within 1, not exact
    wrong_type.assoc_actor_2 = []  # misses "Farmers (Nigeria)"
    events["TST102"] = None  # nothing predicted
    shifted = events["TST103"]
    assert shifted is not None and shifted.location.latitude is not None
    shifted.location.latitude += 0.1  # about 11.1 km north
    shifted.location.admin1 = "TAIZZ"
    shifted.location.name = "Al-Kadaha"
    ranged = events["TST104"]
    assert ranged is not None
    ranged.date_start, ranged.date_end = "2020-04-30", "2020-05-01"
    ranged.fatalities = None  # falls back to the casualties
    ranged.casualties = [Casualty("killed", "Military Forces of Ukraine", 1),
                         Casualty("wounded", "Military Forces of Ukraine", 2)]
    wrong_country = events["TST105"]
    assert wrong_country is not None
    wrong_country.location.country = "PK"
    no_count = events["TST106"]
    assert no_count is not None
    no_count.fatalities = None  # None counts as 0, as coded
    no_count.actor1 = "al-Shabaab"

    scores = score_acled(rows, predictions_for(events))
    expected = {
        "event.found": 5 / 6,
        "event_type.accuracy": 4 / 6,
        "sub_event_type.accuracy": 4 / 6,
        "country.accuracy": 4 / 6,
        "admin1.accuracy": 5 / 6,
        "location.accuracy": 5 / 6,
        "point.within_10km": 4 / 6,
        "point.within_25km": 5 / 6,
        "point.within_100km": 5 / 6,
        "point.median_km": 0.0,
        "date.exact": 4 / 6,
        "date.in_range": 5 / 6,
        "fatalities.exact": 5 / 6,
        "fatalities.within_1": 1.0,
        "fatalities.exact_nonzero": 1 / 2,
        "fatalities.within_1_nonzero": 1.0,
        "actors.found": 9 / 12,
        "actors.actor1_found": 5 / 6,
    }
    got = {k: scores.value(k) for k in expected}
    assert got == pytest.approx(expected)
    assert scores.confusions["event_type"].counts[("violence_against_civilians", "battles")] == 1
    assert scores.confusions["event_type"].counts[("protests", "(none)")] == 1
    worst = scores.worst_errors(1)
    fatality_error = next(e for e in worst if e.field == "fatalities")
    assert (fatality_error.coded, fatality_error.predicted) == (3, 2)
    assert fatality_error.text == by_id["TST101"].text


def test_evaluate_acled_rows_without_prediction_are_scored_as_misses(
    rows: list[AcledRow],
) -> None:
    scores = score_acled(rows, {})
    assert scores.value("event_type.accuracy") == 0.0
    assert scores.value("event.found") == 0.0
    # Four of six notes were coded with no deaths: predicting none is right for them.
    assert scores.value("fatalities.exact") == pytest.approx(4 / 6)
