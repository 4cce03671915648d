"""A people's name before a settlement noun ("the Indian town of", "the Lebanese village
of") says in which country the place lies, as a country written after it would: a
namesake in that country is read, and a small town abroad that only sounds like the
name is not."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


def test_places_namesake_in_the_peoples_country() -> None:
    place = places_in("On 5 May 2021, police detained protesters in the Indian town of "
                      "Chandpur.")["Chandpur"].place
    assert place is not None and place.country == "IN"


def test_places_sound_alike_abroad_left_unresolved() -> None:
    mention = places_in("On 5 May 2021, police dispersed protesters in the Lebanese village "
                        "of Tallousa.")["Tallousa"]
    assert mention.place is None


def test_events_country_of_a_village_the_gazetteer_lacks(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, "On 5 May 2021, police dispersed protesters in the "
                          "Lebanese village of Tallousa.").location
    assert location.country == "LB"
    assert location.name != "Lebanese"
