"""An armed group active in a few countries points to each of them as a country named once
does: against a somewhat larger namesake in a country where the group never acts, the
reading in its countries is the one meant; a holder written after the name still decides."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


def _country(pipeline: RulePipeline, text: str) -> str | None:
    location = main_event(pipeline, text).location
    return location.country if location is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2024, Boko Haram fighters attacked Toro, killing three people.",
        "On 3 March 2024, Boko Haram militants killed three farmers near Toro.",
        "On 4 March 2024, suspected Boko Haram insurgents abducted five women in Toro.",
        "On 5 March 2024, Boko Haram gunmen burned a market in Toro.",
        "On 6 March 2024, two soldiers were killed when Boko Haram attacked a checkpoint in "
        "Toro.",
    ],
)
def test_places_group_of_a_few_countries_outweighs_a_namesake_abroad(
        pipeline: RulePipeline, text: str) -> None:
    assert _country(pipeline, text) == "NG"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a group active elsewhere points nowhere near
        ("On 7 March 2024, Taliban fighters attacked a checkpoint in Toro.", "CO"),
        # the holder written after the name decides
        ("On 8 March 2024, Boko Haram gunmen burned a market in Toro (Valle del Cauca).",
         "CO"),
    ],
)
def test_places_group_of_a_few_countries_points_only_to_them(
        pipeline: RulePipeline, text: str, country: str) -> None:
    assert _country(pipeline, text) == country
