"""GTD scoring: CSV and XLSX as distributed, unknown days and counts left out, attackers counted."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from eventcoder.evaluate.gtd import GtdRow, gtd_attack_type, read_gtd, score_gtd
from eventcoder.records import Casualty, Document, Event, Evidence, Location, Record

FIXTURE = Path(__file__).parent / "fixtures" / "evaluate" / "gtd-sample.csv"

#: What a perfect reading of each fixture summary codes, in eventcoder's vocabulary.
TYPES = {
    "209901010001": ("explosions_remote_violence", "remote_explosive_landmine_ied"),
    "209901020001": ("violence_against_civilians", "attack"),
    "209901030001": ("explosions_remote_violence", "suicide_bomb"),
    "209901040001": ("violence_against_civilians", "abduction_forced_disappearance"),
    "209901050001": ("violence_against_civilians", "attack"),
}


@pytest.fixture(scope="module")
def rows() -> list[GtdRow]:
    return read_gtd(FIXTURE)


def perfect(row: GtdRow) -> Event:
    event_type, sub_event_type = TYPES[row.row_id]
    casualties = []
    if row.nkill is not None:
        casualties.append(Casualty("killed", "victims", row.nkill))
    if row.nwound is not None:
        casualties.append(Casualty("wounded", "victims", row.nwound))
    return Event(
        event_id=f"{row.row_id}-1",
        doc_id=row.row_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date_start=row.event_date.isoformat() if row.event_date else None,
        location=Location(name=row.city, country=row.iso2, admin1=row.provstate,
                          latitude=row.latitude, longitude=row.longitude),
        actor1=row.gname,
        casualties=casualties,
        confidence=0.9,
    )


def predictions_for(events: dict[str, Event]) -> dict[str, list[Record]]:
    return {k: [Document(doc_id=k), v] for k, v in events.items()}


def test_evaluate_gtd_reads_csv(rows: list[GtdRow]) -> None:
    assert len(rows) == 5
    first = rows[0]
    assert (first.nkill, first.nwound, first.iso2) == (2, 5, "PK")
    assert first.event_date == date(2011, 3, 14)
    assert first.text.startswith("03/14/2011: ")
    unknown_day = rows[1]
    assert unknown_day.day == 0 and unknown_day.event_date is None
    assert unknown_day.latitude is None
    assert rows[3].nkill is None and rows[3].nwound == 0


def test_evaluate_gtd_reads_xlsx_like_csv(rows: list[GtdRow], tmp_path: Path) -> None:
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(table[0])
    for line in table[1:]:
        # The distributed workbook holds numbers as numbers and unknowns as empty cells.
        cells: list[object] = []
        for value in line:
            try:
                cells.append(float(value) if "." in value else int(value))
            except ValueError:
                cells.append(value or None)
        sheet.append(cells)
    path = tmp_path / "gtd.xlsx"
    book.save(path)
    assert read_gtd(path) == rows


def test_evaluate_gtd_perfect_prediction_scores_one(rows: list[GtdRow]) -> None:
    scores = score_gtd(rows, predictions_for({r.row_id: perfect(r) for r in rows}))
    shares = {k: m.value for k, m in scores.measures.items() if m.unit == "share"}
    assert shares and all(v == 1.0 for v in shares.values()), shares
    # The unknown-day row is not scored on date, the empty-nkill row not on deaths.
    assert scores.measures["date.exact"].n == 4
    assert scores.measures["nkill.exact"].n == 4
    assert scores.measures["nwound.exact"].n == 5
    # Iraq rows carry no coordinates in this release: four points scored.
    assert scores.measures["point.within_10km"].n == 4
    # "Unknown" perpetrators are not scored.
    assert scores.measures["perpetrator.found"].n == 3


def test_evaluate_gtd_unknown_day_and_count_are_not_scored(rows: list[GtdRow]) -> None:
    events = {r.row_id: perfect(r) for r in rows}
    events["209901020001"].date_start = "1999-01-01"  # unknown day: whatever we say
    events["209901040001"].casualties.append(Casualty("killed", "victims", 7))  # empty nkill
    scores = score_gtd(rows, predictions_for(events))
    assert scores.value("date.exact") == 1.0
    assert scores.value("nkill.exact") == 1.0


def test_evaluate_gtd_counts_the_suicide_attacker(rows: list[GtdRow]) -> None:
    events = {r.row_id: perfect(r) for r in rows}
    suicide = events["209901030001"]
    suicide.casualties = [Casualty("killed", "civilians", 4), Casualty("killed", "Taliban", 1),
                          Casualty("wounded", "civilians", 9)]
    assert score_gtd(rows, predictions_for(events)).value("nkill.exact") == 1.0
    suicide.casualties = [Casualty("killed", "civilians", 4), Casualty("wounded", "civilians", 9)]
    scores = score_gtd(rows, predictions_for(events))
    assert scores.value("nkill.exact") == pytest.approx(3 / 4)
    assert scores.value("nkill.within_1") == 1.0


def test_evaluate_gtd_known_errors_score_exactly(rows: list[GtdRow]) -> None:
    events = {r.row_id: perfect(r) for r in rows}
    events["209901010001"].casualties = [Casualty("killed", "police", 3),
                                         Casualty("wounded", "police", 5)]
    events["209901010001"].event_type = "battles"
    events["209901010001"].sub_event_type = "armed_clash"
    events["209901030001"].location = Location(name="Kabul", country="AF", admin1="Kabul",
                                               latitude=34.5553, longitude=69.2075)
    events["209901050001"].actor1 = "Unidentified gunmen"
    scores = score_gtd(rows, predictions_for(events))
    expected = {
        "attack_type.accuracy": 4 / 5,
        "country.accuracy": 1.0,
        "admin1.accuracy": 4 / 5,
        "location.accuracy": 4 / 5,
        "point.within_10km": 3 / 4,
        "point.within_100km": 3 / 4,
        "date.exact": 1.0,
        "nkill.exact": 3 / 4,
        "nkill.within_1": 1.0,
        "nkill.exact_nonzero": 3 / 4,
        "nwound.exact": 1.0,
        "perpetrator.found": 2 / 3,
    }
    assert {k: scores.value(k) for k in expected} == pytest.approx(expected)
    confusion = scores.confusions["attack_type"]
    assert confusion.counts[("Bombing/Explosion", "Armed Assault")] == 1
    # A predicted armed assault for a coded assassination agrees: not listed as an error.
    assert confusion.counts[("Assassination", "Armed Assault")] == 1
    assert [(g, p) for g, p, _ in confusion.top_errors()] == [
        ("Bombing/Explosion", "Armed Assault")]


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "gtd"),
    [
        ("explosions_remote_violence", "grenade", "Bombing/Explosion"),
        ("violence_against_civilians", "abduction_forced_disappearance",
         "Hostage Taking (Kidnapping)"),
        ("strategic_developments", "looting_property_destruction",
         "Facility/Infrastructure Attack"),
        ("battles", None, "Armed Assault"),
        ("protests", "peaceful_protest", None),
    ],
)
def test_evaluate_gtd_attack_type_correspondence(
    event_type: str, sub_event_type: str | None, gtd: str | None
) -> None:
    event = Event(event_id="e", doc_id="d", event_type=event_type, sub_event_type=sub_event_type)
    assert gtd_attack_type(event) == gtd


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "equipment", "gtd"),
    [
        # rocket-propelled grenades in a fight or an attack: GTD's explosives, a bombing
        ("battles", "armed_clash", ["RPG", "AK-47"], "Bombing/Explosion"),
        ("violence_against_civilians", "attack", ["RPG"], "Bombing/Explosion"),
        # a grenade thrown at a post whose guards fired back: a clash, and GTD's bombing
        ("battles", "armed_clash", ["grenade"], "Bombing/Explosion"),
        # rifles alone, or an RPG in a kidnapping: the attack type of the deed
        ("battles", "armed_clash", ["AK-47"], "Armed Assault"),
        ("violence_against_civilians", "abduction_forced_disappearance", ["RPG"],
         "Hostage Taking (Kidnapping)"),
    ],
)
def test_evaluate_gtd_attack_type_of_a_fight_with_explosive_arms(
    event_type: str, sub_event_type: str, equipment: list[str], gtd: str
) -> None:
    event = Event(event_id="e", doc_id="d", event_type=event_type,
                  sub_event_type=sub_event_type, equipment=equipment)
    assert gtd_attack_type(event) == gtd


def _told(kind: str, start: int, end: int) -> Casualty:
    return Casualty(kind, None, 1, evidence=[Evidence("d", start, end, "x" * (end - start))])


@pytest.mark.parametrize(
    ("casualties", "gtd"),
    [
        # "gunmen abducted and then killed a worker": the taking told first, the attack's aim
        ([_told("abducted", 10, 30), _told("killed", 10, 45)], "Hostage Taking (Kidnapping)"),
        ([_told("abducted", 10, 30), _told("killed", 60, 80)], "Hostage Taking (Kidnapping)"),
        ([_told("abducted", 10, 30)], "Hostage Taking (Kidnapping)"),
        # "opened fire on a checkpoint, killing two ...; a policeman was taken hostage"
        ([_told("killed", 10, 30), _told("abducted", 60, 80)], "Armed Assault"),
        ([_told("wounded", 10, 30), _told("abducted", 60, 80)], "Armed Assault"),
        ([_told("killed", 10, 30)], "Armed Assault"),
    ],
)
def test_evaluate_gtd_attack_type_of_an_attack_that_took_people(
    casualties: list[Casualty], gtd: str
) -> None:
    event = Event(event_id="e", doc_id="d", event_type="violence_against_civilians",
                  sub_event_type="attack", casualties=casualties)
    assert gtd_attack_type(event) == gtd


def _event(actor1: str, kinds: dict[str, str] | None = None,
           acled: dict[str, str] | None = None) -> Event:
    return Event(event_id="e", doc_id="d", actor1=actor1, actor_kinds=kinds or {},
                 actor_acled_names=acled or {})


@pytest.mark.parametrize(
    ("gname", "actor1", "acled", "found"),
    [
        # GTD's generic names describe the perpetrators: the generic actor alike finds them.
        ("Gunmen", "Unidentified Armed Group (Chad)", None, True),
        ("Militants", "Unidentified Armed Group", None, True),
        ("Separatists", "Rebels (Chad)", None, True),
        ("Gunmen", "Civilians (Chad)", None, False),
        ("Militants", "Rebels (Chad)", None, False),
        # GTD's transliteration and bracketed abbreviation against ACLED's spelling
        ("Al-Qa`ida in the Sahel Lands (AQSL)", "Al Qaeda in the Sahel Lands", None, True),
        ("Front for the Liberation of Oltenia (FLO)", "Oltenian Front",
         {"Oltenian Front": "FLO: Oltenian Front"}, True),
        ("Front for the Liberation of Oltenia (FLO)", "Unidentified Armed Group (Romania)",
         None, False),
        ("Ansar al-Sunna of Oltenia", "Ansar al-Sunna", None, True),
        ("Ansar al-Sunna of Oltenia", "Ansar Oltenia Brigades", None, False),
    ],
)
def test_evaluate_gtd_perpetrator_names_and_generic_labels(
    gname: str, actor1: str, acled: dict[str, str] | None, found: bool
) -> None:
    from eventcoder.evaluate.gtd import perpetrator_found

    assert perpetrator_found(gname, [actor1], _event(actor1, acled=acled)) is found


def test_evaluate_gtd_generic_perpetrators_scored_apart_from_named_groups() -> None:
    rows = [GtdRow("1", "01/02/2011: Gunmen shot a trader in Abeche, Chad.", gname="Gunmen"),
            GtdRow("2", "01/03/2011: The Oltenian Front bombed a depot.",
                   gname="Oltenian Front")]
    actor = "Unidentified Armed Group (Chad)"
    events = {r.row_id: _event(actor) for r in rows}
    scores = score_gtd(rows, predictions_for(events))
    assert scores.value("perpetrator.found") == pytest.approx(1 / 2)
    assert scores.measures["perpetrator.named_found"].n == 1
    assert scores.value("perpetrator.named_found") == 0.0
