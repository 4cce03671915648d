"""Releases whose counts over a period tell one incident too, or correct an earlier count.

Each report under ``fixtures/tallies`` was written for these tests: a defence headquarters'
week ("neutralised 46 terrorists and arrested 71 suspects ... within the past week, while
two soldiers were killed when their patrol vehicle struck a roadside bomb near Damboa on
Tuesday"), whose last clause is one incident of a day, an event with its own dead and no
count over the week; a week's count revised ("to 37, up from the 32 it announced") whose
"additional five were killed in an ambush near Gwoza on Wednesday"; and a monthly release
corrected ("An earlier version of this release stated that 27 ISIS operatives were detained.
The correct number is 21."), whose former figure is no arrest of its own.

A revised count that tells the incident behind the revision (a named place, a day, how it
happened) gives that incident as an event, as ACLED codes each incident a report places and
dates, with the count's parties; the count itself stays the period's tally. More deaths told
with no incident of their own ("confirmed 12 more deaths") are only the tally's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Record, Tally

REPORTS = Path(__file__).parent / "fixtures" / "tallies"
UAG_NG = "Unidentified Armed Group (Nigeria)"
NG_ARMY = "Military Forces of Nigeria"


def _records(name: str, published: str) -> list[Record]:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    return RulePipeline()(document_from_text(text, doc_id=name, published=published))


def _tallies(records: list[Record]) -> list[tuple[str, int, str | None, str | None]]:
    return sorted((t.metric, t.value, t.party, t.reporter)
                  for t in records if isinstance(t, Tally))


# (name, published, tallies, events as (sub-event type, day, admin1, actor1, actor2, dead))
CASES = [
    ("dhq-week-roadside-bomb-in-tally", "2023-08-17",
     [("detained", 71, "suspects", "Defence Headquarters"),
      ("killed", 46, UAG_NG, "Defence Headquarters")],
     [("remote_explosive_landmine_ied", "2023-08-15", "Borno", UAG_NG, NG_ARMY, 2)]),
    ("dhq-revised-week-additional-ambush", "2023-08-18",
     [("killed", 37, UAG_NG, "Defence Headquarters")],
     [("armed_clash", "2023-08-16", "Borno", NG_ARMY, UAG_NG, 5)]),
    ("centcom-correction-detained", "2022-10-09",
     [("detained", 21, "Islamic State", "US Central Command"),
      ("killed", 9, "Islamic State", "US Central Command"),
      ("operations", 26, None, "US Central Command")],
     []),
]


@pytest.mark.parametrize(("name", "published", "tallies", "events"), CASES,
                         ids=[c[0] for c in CASES])
def test_tallies_incidents_among_counts_read(
    name: str, published: str, tallies: list[tuple[str, int, str | None, str | None]],
    events: list[tuple[str, str, str, str, str, int]],
) -> None:
    records = _records(name, published)
    assert _tallies(records) == sorted(tallies)
    assert sorted(
        (e.sub_event_type, e.date_start, e.location.admin1 if e.location else None,
         e.actor1, e.actor2, e.fatalities)
        for e in records if isinstance(e, Event)) == sorted(events)


def test_tallies_incidents_among_counts_incident_dead_are_its_own() -> None:
    # the two soldiers of the roadside bomb are the event's dead, not the week's terrorists
    [event] = [r for r in _records("dhq-week-roadside-bomb-in-tally", "2023-08-17")
               if isinstance(r, Event)]
    assert [(c.kind, c.party, c.count) for c in event.casualties] == [("killed", NG_ARMY, 2)]
    assert event.location is not None and event.location.name == "Damboa"


def test_tallies_incidents_among_counts_added_dead_of_the_count() -> None:
    # "The additional five": more of the count's terrorists, not a party called "additional"
    [event] = [r for r in _records("dhq-revised-week-additional-ambush", "2023-08-18")
               if isinstance(r, Event)]
    assert [(c.kind, c.party, c.count) for c in event.casualties] == [("killed", UAG_NG, 5)]
