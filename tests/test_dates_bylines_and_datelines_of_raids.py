"""Dates of raid reports, each under ``fixtures/raids``, written for these tests.

A local site's byline with the time of posting ("By ... | 14 March 2024, 09:12") is the
publication's stamp, not the raid's day, which "on Wednesday" gives; its headline's "three
suspects killed" are the body's "Three suspected kidnappers", three dead, not six. A
translated release writes its dateline "Popayan, 12 of April of 2023." and its dead as "were
shot down"; the operation was "on the night of 10 to 11 April". "The next day" is the day
after the last day told before it.
"""

from __future__ import annotations

from eventcoder.dates import find_date_mentions
from eventcoder.records import Document as DocumentRecord
from eventcoder.records import Event
from tests.conftest import fixture_records


def _events(name: str, published: str) -> list[Event]:
    return [r for r in fixture_records("raids", name, published)
            if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> set[tuple[str, str | None, int | None]]:
    return {(c.kind, c.party, c.count) for c in event.casualties}


def test_byline_with_a_clock_is_the_stamp_and_suspects_are_counted_once() -> None:
    records = fixture_records("raids", "local-police-byline-suspects", None)
    [document] = [r for r in records if isinstance(r, DocumentRecord)]
    assert (document.published, document.published_basis) == ("2024-03-14", "in_text")
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.date_start, event.date_end) == ("2024-03-13", "2024-03-13")
    assert event.fatalities == 3
    assert ("killed", "Unidentified Armed Group (Cameroon)", 3) in _counts(event)
    assert event.actor1 == "Police Forces of Cameroon"
    assert (event.location.country, event.location.admin1) == ("CM", "Far North")


def test_translated_shot_down_night_range_and_spelled_dateline() -> None:
    [event] = _events("army-translated-shot-down-night-of", "2023-04-12")
    assert (event.date_start, event.date_end) == ("2023-04-10", "2023-04-11")
    assert event.fatalities == 4
    assert ("detained", "FARC dissidents", 2) in _counts(event)
    assert (event.actor1, event.actor2) == ("Military Forces of Colombia", "FARC dissidents")
    assert (event.location.place, event.location.admin1) == ("Argelia", "Cauca")


def test_day_month_of_year_is_one_date() -> None:
    [mention] = find_date_mentions("Bogota, 3 of May of 2021.", published=None)
    assert (mention.text, str(mention.date_start)) == ("3 of May of 2021", "2021-05-03")


def test_next_day_is_the_day_after_the_one_told_before() -> None:
    found = find_date_mentions(
        "Gunmen attacked a convoy on 3 May 2021, police said on Wednesday. Troops caught "
        "them the next day.", published=None)
    assert [(m.text, str(m.date_start)) for m in found if m.date_start] == [
        ("3 May 2021", "2021-05-03"), ("the next day", "2021-05-04")]
    assert not find_date_mentions("The body was found the following day.", published=None)
