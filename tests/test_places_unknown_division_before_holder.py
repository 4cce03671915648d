"""A district, county, tehsil or upazila the gazetteer lacks, written with its own word and
then the division or town that holds it ("in the Zarbandi district of Bamyan", "Tolkhana
county, Kitui"), is a place of its own: it is named as written and placed at its holder,
not dropped for the province alone."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.places import HOLDER_PLACED_REASON
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        ("On Tuesday, in the Zarbandi district of Bamyan, Afghanistan, gunmen seized a truck.",
         "Zarbandi", "Bamyan"),
        ("Three herders were killed in Tolkhana county, Kitui, on Friday.", "Tolkhana",
         "Kitui"),
        ("A landmine went off in the Sorkhabad District in Panjshir Province, Afghanistan.",
         "Sorkhabad", "Panjshir"),
        ("Police fired shots at a crowd in Nandighat upazila (Gaibandha), Bangladesh.",
         "Nandighat", "Gaibandha"),
        ("A school was burned in Kelwani tehsil, Dailekh, Nepal.", "Kelwani", "Dailekh"),
        ("Youths beat a party agent in Tolkhana commune (Kitui) on Sunday.", "Tolkhana",
         "Kitui"),
        ("A trader was robbed in Nandighat sub-county (Kilifi), Kenya.", "Nandighat",
         "Kilifi"),
    ],
)
def test_places_unknown_division_placed_at_its_holder(text: str, name: str,
                                                      holder: str) -> None:
    mention = places_in(text)[name]
    assert mention.place is not None and mention.place.name == holder
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)


def test_places_unknown_division_names_the_event_place() -> None:
    text = ("On 12 March 2021, 5 soldiers were killed when gunmen attacked a checkpoint in "
            "the Zarbandi district of Bamyan.")
    events = [r for r in RulePipeline()(document_from_text(text, doc_id="d"))
              if isinstance(r, Event)]
    assert events and events[0].location.name == "Zarbandi"
    assert events[0].location.admin1 == "Bamyan"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Gunmen shot a trader in Sirkot tehsil, Dailekh, Nepal.", "Dailekh"),
        ("Raiders burned huts in Sirkot county (Kitui), Kenya.", "Kitui"),
    ],
)
def test_places_division_with_namesakes_elsewhere_placed_at_its_holder(text: str,
                                                                      holder: str) -> None:
    # towns of that name lie in other countries, none in the holder: the holder places it
    mention = places_in(text)["Sirkot"]
    assert mention.place is not None and mention.place.name == holder
