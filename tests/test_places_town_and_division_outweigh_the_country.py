""""Town, Division, Country" where the town and the division agree on one country and the
country written is another is a slip in the country's name: the town stands, in the
division the report writes; a namesake of the town abroad still needs its own division."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("06/02/2012: Gunmen shot two traders in Garissa, North Eastern, Somalia.", "KE",
         "North Eastern"),
        ("06/02/2012: An explosive device hit a bus in Mandera, North Eastern Province, "
         "Ethiopia. Three people died.", "KE", "North Eastern"),
    ],
)
def test_places_town_and_its_division_outweigh_a_slipped_country(
        pipeline: RulePipeline, text: str, country: str, admin1: str) -> None:
    location = main_event(pipeline, text).location
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the division is the country's written: a namesake abroad of the town is not read
        ("06/02/2012: Assailants burned a school in Kelly, Idlib, Syria.", "SY"),
        # the division is of the town's country, the country written agrees
        ("06/02/2012: Assailants burned a school in Maiduguri, Borno, Nigeria.", "NG"),
    ],
)
def test_places_country_written_kept_where_it_holds_the_division(
        pipeline: RulePipeline, text: str, country: str) -> None:
    assert main_event(pipeline, text).location.country == country
