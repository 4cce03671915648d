"""Raids told by a release that corrects its own count, and a strike whose dead are told with
no number; each report under ``fixtures/raids`` was written for these tests.

"the number of ISIS terrorists killed in the operation in the Hamrin mountains on Monday was
11, and not 8 as it had announced on Tuesday, after the bodies of three more terrorists were
recovered": eleven dead, the three more among them, on Monday, the Iraqi command's raid on
the Islamic State; "the number of the detained remained at 4". An airstrike that "killed
several al-Shabaab fighters and that no civilians were injured or killed": deaths without a
number, and the civilians' explicit zeros. A translation's "(2) from our heroes of the army
were martyred and (3) others were wounded" are two dead and three wounded of the army; "the
FAMa deplore 3 dead and 5 wounded in their ranks" are the army's own; and "lowered to 9 from
13 the number of ... fighters killed" counts nine.
"""

from __future__ import annotations

from eventcoder.records import Event
from tests.conftest import fixture_event


def _counts(event: Event) -> set[tuple[str, str | None, int | None, str]]:
    return {(c.kind, c.party, c.count, c.qualifier) for c in event.casualties}


def test_events_release_corrections_count_the_corrected_figure() -> None:
    event = fixture_event("raids", "joc-corrects-hamrin-not-as", "2024-08-15")
    assert event.date_start == event.date_end == "2024-08-12"
    assert event.location.place == "Hamrin Mountains"
    assert event.location.country == "IQ"
    assert (event.actor1, event.actor2) == ("Joint Operations Command", "Islamic State")
    assert ("killed", "Islamic State", 11, "exact") in _counts(event)
    assert event.fatalities == 11
    assert {c.count for c in event.casualties if c.kind == "detained"} == {4}


def test_events_release_corrections_deaths_without_a_number() -> None:
    event = fixture_event("raids", "africom-strike-several-no-civilians", "2023-02-24")
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "air_drone_strike")
    assert event.date_start == "2023-02-22"
    assert (event.location.admin1, event.location.country) == ("Jubbada Dhexe", "SO")
    assert (event.actor1, event.actor2) == ("US Africa Command", "Al Shabaab")
    [dead] = [c for c in event.casualties if c.party == "Al Shabaab"]
    assert (dead.kind, dead.count, dead.qualifier) == ("killed", None, "unknown")
    assert (dead.low or 0) >= 2
    assert {("killed", 0), ("wounded", 0)} <= {
        (c.kind, c.count) for c in event.casualties if c.qualifier == "zero"}


def test_events_release_corrections_translated_own_losses() -> None:
    event = fixture_event("raids", "smc-translated-martyred-heroes-den", "2024-06-12")
    assert (event.sub_event_type, event.location.admin1) == ("air_drone_strike", "Kirkuk")
    counts = _counts(event)
    assert ("killed", "Iraqi Security Forces", 2, "exact") in counts
    assert ("wounded", "Iraqi Security Forces", 3, "exact") in counts
    assert {c.count for c in event.casualties
            if c.kind == "killed" and c.party != "Iraqi Security Forces"} == {5}


def test_events_release_corrections_losses_in_their_ranks() -> None:
    event = fixture_event("raids", "fama-deplore-ranks", "2022-05-15")
    assert event.date_start == "2022-05-14"
    assert event.actor1 == "Military Forces of Mali"
    assert _counts(event) == {
        ("killed", "Unidentified Armed Group (Mali)", 12, "exact"),
        ("killed", "Military Forces of Mali", 3, "exact"),
        ("wounded", "Military Forces of Mali", 5, "exact"),
    }


def test_events_release_corrections_lowered_to_from() -> None:
    event = fixture_event("raids", "wire-lowered-to-from", "2023-09-15")
    assert event.date_start == "2023-09-12"
    assert event.location.admin1 == "Borno"
    assert _counts(event) == {("killed", "Islamic State West Africa Province", 9, "exact")}
