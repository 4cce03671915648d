"""A large town is written in many transliterations, and each is its own.

GeoNames names a city by one spelling ("Zaporizhzhya"); reports write another
("Zaporizhzhia"), which a village register may hold for some hamlet. A hamlet spelled exactly
as written must not take the city's name where the city's own name differs by a letter.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    records = RulePipeline()(document_from_text(text, doc_id="d", published="2024-10-14"))
    return [r for r in records if isinstance(r, Event) and not r.background]


@pytest.mark.parametrize(
    "text",
    [
        ("Fighting went on near Pokrovsk and Toretsk, the General Staff said. Separately, Russian "
         "missiles struck Zaporizhzhia on Sunday night, killing two civilians."),
        ("Russian drones hit Zaporizhzhia overnight, killing a woman, officials said. Shelling was "
         "also reported near Kurakhove and Pokrovsk."),
    ],
)
def test_places_city_spellings_a_hamlet_does_not_take_a_citys_name(text: str) -> None:
    struck = [e for e in _events(text) if e.location.name == "Zaporizhzhia"]
    assert struck
    assert {e.location.admin1 for e in struck} == {"Zaporizhzhia"}
    assert struck[0].location.latitude == pytest.approx(47.85, abs=0.05)
