"""A people's name that is also some town's ("the Kazakh government": Qazax in Azerbaijan,
and a name of Petropavl) tells which country a report is about and is no place; the
peoples the standards leave out are read from `data/country_names_extra.tsv`."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.pipeline import RulePipeline


@pytest.mark.parametrize(
    ("name", "iso2"),
    [("Kazakh", "KZ"), ("Tajik", "TJ"), ("Nepali", "NP"), ("Uzbek", "UZ"), ("Azeri", "AZ"),
     ("Kosovar", "XK"), ("Bosnian", "BA"), ("Argentine", "AR"), ("Philippine", "PH")],
)
def test_people_names_name_their_country(name: str, iso2: str) -> None:
    assert load_gazetteer().country_by_name(name) == iso2


def _places(pipeline: RulePipeline, text: str) -> Doc:
    return pipeline.analyse(document_from_text(text, doc_id="t"))


def test_people_name_before_a_state_body_is_no_place(pipeline: RulePipeline) -> None:
    text = ("On 4 June 2021, about 40 residents protested outside the school in Saryagash "
            "town demanding the Kazakh government repair their flooded homes.")
    doc = _places(pipeline, text)
    assert [m.text for m in doc.places if m.place is not None] == ["Saryagash"]
    assert all(m.place is None or m.place.country == "KZ" for m in doc.places)
