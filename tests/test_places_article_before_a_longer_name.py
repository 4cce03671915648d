"""An article that opens a name the gazetteer also holds with it ("The Northern", a state of
Sudan) is the article of the longer name that starts after it: "The Northern Ireland
secretary" names Northern Ireland."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Document


@pytest.mark.parametrize("text", [
    "The Northern Ireland secretary said the attack would not succeed.",
    "The Northern Ireland Office condemned the shooting on Friday.",
    "A man was shot in Northern Ireland on Monday.",
])
def test_places_article_before_a_longer_name(text: str) -> None:
    doc = RulePipeline().analyse(Document(doc_id="t", text=text, published="2024-03-01"))
    found = [(p.text, p.place.country) for p in doc.places if p.place is not None]
    assert found == [("Northern Ireland", "GB")]
