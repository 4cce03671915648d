""""X County", where counties are a country's first-level divisions and a town of the same
name lies in the county: the county, not the town."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _division_id(name: str, country: str) -> int:
    [place] = [p for p in load_gazetteer().lookup(name)
               if p.feature == "admin1" and p.country == country]
    return place.geonames_id


@pytest.mark.parametrize("county", ["Baringo", "Murang'a"])
def test_a_county_written_with_its_word_is_the_division(county: str) -> None:
    records = RulePipeline()(document_from_text(
        f"Armed raiders shot dead two traders in {county} County on Thursday and drove off "
        "their cattle, a police commander said.", doc_id="t", published="2025-09-12"))
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.location.country == "KE"
    assert event.location.geonames_id == _division_id(county, "KE")
    assert event.location.geo_precision == 3
