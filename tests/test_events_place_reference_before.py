"""A town named to say where the place named right after it lies ("40 km south of Mosul in
Qayyarah") is not the event's place: the place after it is."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 3 May 2021, a roadside bomb struck an army patrol about 40 km south of Mosul in "
         "Qayyarah, Nineveh, Iraq, wounding two soldiers.", "Al Qayyarah"),
        ("On 3 May 2021, militants shelled an army post 15 km north of Aleppo in Tal Rifaat, "
         "killing a soldier.", "Tall Rif'at"),
        ("The ambush took place some twenty miles east of Peshawar, in Nowshera, on Friday "
         "night; three policemen were killed.", "Nowshera"),
    ],
)
def test_place_after_the_reference_point(pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # nothing named after it: the reference point places the event
        ("On 3 May 2021, gunmen killed two farmers 25 miles west of Kandahar.", "Kandahar"),
        # a division after it says where the reference point lies, not where the event was
        ("On 3 May 2021, a bomb went off 10 km east of Quetta in Balochistan, killing one "
         "man.", "Quetta"),
    ],
)
def test_reference_point_kept(pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.place == place
