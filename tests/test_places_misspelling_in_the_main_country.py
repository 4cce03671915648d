"""A name the gazetteer lacks is read as a misspelt town only in a country whose towns or
divisions the text names, where it names any (its dateline aside): "Puntland" in a report
on strikes in Somalia's Bari region that thanks the United States is no Portland."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


@pytest.mark.parametrize("text", [
    "STUTTGART, Germany - U.S. Africa Command has conducted 38 airstrikes in Somalia this "
    "year, 14 of them in Bari region, a command spokesperson said. Somalia's defence minister "
    "said the partnership with the United States had broken the back of the terrorists in "
    "Puntland.",
])
def test_places_misspelling_read_where_the_text_names_places(text: str) -> None:
    doc = RulePipeline(stages=("eventcoder.document.v1", "eventcoder.places.v1")).analyse(
        document_from_text(text, doc_id="p", published="2025-06-11"))
    read = {p.text: p.place.country for p in doc.places if p.place is not None}
    assert read.get("Puntland") in (None, "SO")
    assert read["Bari"] == "SO"
