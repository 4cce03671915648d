"""A town the gazetteer lacks, named as a town in the event's sentences, names the event's
location; a town named for another, earlier action does not."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import only_event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the town in a later sentence about the same strike
        ("U.S. forces conducted a strike in northwest Syria's Idlib province on Monday, "
         "killing a senior al-Qaeda leader. The strike took place near the town of "
         "Qwertiyah.", "Qwertiyah", "Idlib"),
        ("Gunmen attacked an army checkpoint in Diyala province on Sunday, killing two "
         "soldiers. The attack took place near the village of Zubraniyat al-Gharbi.",
         "Zubraniyat al-Gharbi", "Diyala"),
        # in the same sentence as the province
        ("Security forces raided a hideout in the village of Tell Blorq in Nineveh province "
         "on Tuesday, arresting four suspects.", "Tell Blorq", "Nineveh"),
    ],
)
def test_events_unlisted_towns_name_the_location(text: str, name: str, admin1: str) -> None:
    [event] = [e for e in _events(text) if not e.background]
    assert event.location.name == name
    assert event.location.admin1 == admin1
    # placed at the division that holds it, with the division's precision
    assert event.location.latitude is not None and event.location.geo_precision == 3
    assert any(ev.text == name for ev in event.evidence["location"])


@pytest.mark.parametrize(
    "text",
    [
        # an earlier strike's town
        "U.S. forces conducted a strike in Idlib province on Monday, killing a senior "
        "al-Qaeda leader. In 2019, a U.S. strike near the town of Qwertiyah killed his "
        "predecessor.",
        # a town the gazetteer knows is read by the places stage, with its own coordinates
        "U.S. forces conducted a strike in Idlib province on Monday, killing a senior "
        "al-Qaeda leader. The strike took place near the town of Binnish.",
    ],
)
def test_events_unlisted_towns_leave_other_places(text: str) -> None:
    [event] = [e for e in _events(text) if not e.background]
    assert event.location.name in {"Idlib", "Binnish"}
    assert event.location.name == (event.location.place or "")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # "Town, Division, Country": the name before the division is the town, also one
        # that opens with an article the places stage reads apart
        ("02/09/2014: Late on Sunday, in Al Kharbuniyah, Salah ad Din, Iraq, two masked men "
         "on a motorbike killed a grocer in his shop.", "Al Kharbuniyah", "Salah ad Din"),
        ("02/09/2014: On Sunday, at Al Marqab Sufla, Diyala, Iraq, a roadside bomb "
         "exploded, wounding two farmers.", "Al Marqab Sufla", "Diyala"),
    ],
)
def test_events_unlisted_town_before_its_division(pipeline: RulePipeline, text: str,
                                                   name: str, admin1: str) -> None:
    event = only_event(pipeline, text)
    assert (event.location.name, event.location.admin1) == (name, admin1)


def test_events_division_alone_names_no_town(pipeline: RulePipeline) -> None:
    # no name before the division: the division stays the location's name
    event = only_event(pipeline, "02/09/2014: On Sunday, in Babil, Iraq, unknown gunmen "
                       "shot and killed a grocer.")
    assert event.location.name == "Babil"
