"""The land around a city named like its province ("the southern countryside of Idleb")
is the province in all but name: a mountain range or a district the report places the
event in is nearer, and the province still holds it."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("On 12 March 2021, government artillery struck the hamlet of Bayt Marun in Jabal "
         "al-Akrad in the northern countryside of Latakia, wounding a shepherd.",
         "Jabal al-Akrad", "Latakia"),
        ("On 4 June 2021, regime rockets hit farmland near the hamlet of Tell Jazir in Jabal "
         "al-Zawiya, in the southern countryside of Idlib. Nobody was hurt.",
         "Jabal al-Zawiya", "Idlib"),
    ],
)
def test_feature_in_the_countryside_places_the_event(pipeline: RulePipeline, text: str,
                                                     place: str, admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert location.place == place
    assert location.admin1 == admin1


def test_town_in_the_countryside_still_places_it(pipeline: RulePipeline) -> None:
    text = ("On 9 July 2021, regime shelling hit the town of Saraqib in the eastern "
            "countryside of Idlib, killing a child.")
    assert only_event(pipeline, text).location.place == "Saraqib"
