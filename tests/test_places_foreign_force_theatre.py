"""A foreign force that fights in one country alone places the text there: "the Saudi-led
coalition" is Yemen's war, UNIFIL Lebanon's; a force sent to many places says nothing."""

from __future__ import annotations

import pytest

from eventcoder.actors import theatre_countries
from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Saudi-led coalition airstrikes hit a market", "YE"),
        ("jets of the Saudi-led Arab coalition bombed a bridge", "YE"),
        ("Arab coalition warplanes flew over the city", "YE"),
        ("UNIFIL patrols were stopped by residents", "LB"),
        ("AMISOM troops repelled the attack", "SO"),
        ("MINUSMA peacekeepers came under fire", "ML"),
    ],
)
def test_a_force_of_one_theatre_names_it(text: str, country: str) -> None:
    assert set(theatre_countries(text)) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Coalition aircraft struck a convoy",  # the US-led coalition: Iraq and Syria both
        "coalition warplanes bombed the road",
        "Wagner Group fighters were seen in the town",
    ],
)
def test_a_force_of_many_theatres_names_none(text: str) -> None:
    assert not theatre_countries(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On 3 June 2021, Saudi-led coalition aircraft struck Al Jawf.", "Al Jawf", "YE"),
        ("On 12 March 2019, Arab coalition warplanes hit positions in Al Bayda.", "Al Bayda",
         "YE"),
        ("Six Saudi-led coalition air raids were reported on Khabb wa ash Shaaf district "
         "(Al Jawf).", "Al Jawf", "YE"),
        ("On 5 May 2018, UNIFIL peacekeepers watched a protest in Tripoli.", "Tripoli", "LB"),
    ],
)
def test_the_theatre_picks_the_namesake(text: str, name: str, country: str) -> None:
    doc = clean_document(make_doc(document_from_text(text)))
    places = {m.text: m.place for m in find_places(doc).places}
    assert places[name] is not None and places[name].country == country
