"""A lesser unit the gazetteer's divisions do not reach (a subdivision, township, tehsil,
upazila, sub-county) is named after its seat town: "X subdivision" is a cue that X is the
town spelled so, even with no locative word before it and no country named."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event

TEXT = ("On 4 June 2021, soldiers torched two houses in Ngwah village, Njinikom subdivision, "
        "on Tuesday.")


def test_places_town_before_a_seat_unit_word() -> None:
    place = places_in(TEXT)["Njinikom"].place
    assert place is not None and (place.name, place.country) == ("Njinikom", "CM")


def test_events_placed_at_the_seat_of_the_unit(pipeline: RulePipeline) -> None:
    assert only_event(pipeline, TEXT).location.country == "CM"
