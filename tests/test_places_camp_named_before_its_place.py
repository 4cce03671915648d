"""A camp named right after a name, then the place it lies in or near ("the Ifo refugee
camp in Dadaab"): the camp's name is no town where the event is; the place after it is,
where the gazetteer spells it so."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import main_event


def test_places_camp_name_is_no_town_of_the_event(pipeline: RulePipeline) -> None:
    text = "On 3 March 2021, a grenade hit the Ifo refugee camp in Dadaab, injuring two refugees."
    assert "Ifo" not in places_in(text)
    location = main_event(pipeline, text).location
    assert (location.place, location.country) == ("Dadaab", "KE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unknown town after the camp, read only loosely abroad: the camp's name stays
        ("On 3 March 2021, a grenade hit the Nyala camp in Tawila, injuring two.", "Nyala"),
        # a run of names before the camp: the first is a town of its own
        ("On 3 March 2021, a convoy travelling between Dadaab and Hagadera refugee camp in "
         "Garissa county was hit by a bomb.", "Dadaab"),
    ],
)
def test_places_camp_name_kept_where_the_place_after_is_not_spelled(text: str,
                                                                    name: str) -> None:
    mention = places_in(text).get(name)
    assert mention is not None and mention.place is not None


@pytest.mark.parametrize(
    ("text", "camp", "place", "country"),
    [
        # the place after the camp opens on an ayn mark, as transliterations of Arabic write
        ("On 9 April 2022, a mortar round hit the Kambove refugee camp in 'Ardamata, "
         "wounding four children.", "Kambove", "'Ardamata", "SD"),
        ("On 27 October 2020, gunmen fired on the Mosul displaced camp in 'Aynkawah, "
         "killing a guard.", "Mosul", "'Aynkawah", "IQ"),
    ],
)
def test_places_camp_name_before_a_place_with_an_opening_ayn(
        pipeline: RulePipeline, text: str, camp: str, place: str, country: str) -> None:
    assert camp not in places_in(text)
    location = main_event(pipeline, text).location
    assert (location.place, location.country) == (place, country)
