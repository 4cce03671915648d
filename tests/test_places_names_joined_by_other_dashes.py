"""A name the gazetteer holds whole, hyphenated, is read whole also where its parts are
joined by an en dash or a non-breaking hyphen, as typesetting writes them: never as two
names, each some town abroad. The mention keeps the text as written."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import place_mentions
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "written", "country"), [
    ("Armed men looted a clinic in the Ouham\u2013Pende prefecture on 4 May 2021.",
     "Ouham\u2013Pende", "CF"),
    ("Fighters killed two herders near Nana\u2011Mambere on Sunday.", "Nana\u2011Mambere",
     "CF"),
    ("Herders clashed with farmers in Chari\u2013Baguirmi, killing four.",
     "Chari\u2013Baguirmi", "TD"),
])
def test_places_name_joined_by_a_dash_is_read_whole(text: str, written: str,
                                                     country: str) -> None:
    mentions = place_mentions(text)
    assert [m.text for m in mentions] == [written]
    place = mentions[0].place
    assert place is not None and (place.feature, place.country) == ("admin1", country)
    assert text[mentions[0].start:mentions[0].end] == written


def test_places_road_between_towns_joined_by_a_dash_keeps_both() -> None:
    mentions = place_mentions("Gunmen stopped a bus on the Bangui\u2013Mbaiki road.")
    assert [m.text for m in mentions] == ["Bangui", "Mbaiki"]


def test_events_placed_in_the_division_joined_by_a_dash(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, (
        "On 9 May 2021, herders clashed with farmers in Chari\u2013Baguirmi, killing four."
    )).location
    assert (location.country, location.admin1) == ("TD", "Chari-Baguirmi")
