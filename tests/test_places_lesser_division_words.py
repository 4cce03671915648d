"""The words of lesser divisions in the reports (township, tehsil, upazila, subdivision,
sub-county, chiefdom) read the name before them as a district, as "district" does."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("On 5 June 2021, soldiers shelled villages in Kale township, Sagaing Region, "
         "killing a farmer.", "Kale", "admin2"),
    ],
)
def test_lesser_division_word_reads_a_district(pipeline: RulePipeline, text: str, name: str,
                                               feature: str) -> None:
    doc = pipeline.analyse(document_from_text(text, doc_id="t"))
    mention = next(m for m in doc.places if m.text == name)
    assert mention.place is not None and mention.place.feature == feature
    assert mention.geo_precision == 2
