"""The parenthesis after a district word holds a province, whatever the district's name."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _where(text: str) -> tuple[str | None, str | None]:
    events = [e for e in eventcoder.extract(text, published="2021-05-10")
              if isinstance(e, Event) and e.location is not None]
    assert events
    location = events[0].location
    assert location is not None
    return location.country, location.admin1


@pytest.mark.parametrize(("text", "expected"), [
    # a district the gazetteer lacks: the province, not Japan's town of Kasai
    ("On 3 May 2021, militiamen looted a health centre in Kamonia territory (Kasai).",
     ("CD", "Kasai")),
    ("On 3 May 2021, unknown gunmen shot a herder in Xyzkelo department (Lac).",
     ("TD", "Lac")),
    # a department read loosely as a town abroad (Kaiga of India, Malmedy of Belgium)
    ("On 3 May 2021, fighters raided a fishing island in Kaiga department (Lac).",
     ("TD", "Lac")),
    ("On 3 May 2021, gunmen stole cattle from herders in Mamdi department (Lac).",
     ("TD", "Lac")),
    # a woreda: Ethiopia's Tigray, not Venezuela's El Tigre
    ("On 3 May 2021, armed men attacked a village in Kilbe woreda (Tigray), killing 4 "
     "civilians.", ("ET", "The Tigray")),
    ("On 3 May 2021, soldiers burned huts in Xyzgol woreda (Tigray).", ("ET", "The Tigray")),
])
def test_places_a_district_word_before_the_parenthesis_makes_it_a_province(
        text: str, expected: tuple[str, str]) -> None:
    assert _where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # read as a province without the word written, a name gains nothing from the word a
    # country calls its divisions by (Guinea-Bissau's Oio is no more a "province" than Oyo)
    ("On 3 May 2021, armed men attacked a village in Atiba LGA (Oyo).", ("NG", "Oyo")),
    ("On 3 May 2021, militiamen clashed with soldiers in Dibaya territory (Kasai).",
     ("CD", "Kasai")),
])
def test_places_a_district_holder_stays_in_its_country(
        text: str, expected: tuple[str, str]) -> None:
    assert _where(text) == expected
