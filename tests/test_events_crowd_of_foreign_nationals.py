"""A crowd of foreign nationals ("Ethiopian migrants rioted in Aden, Yemen"): the event is
where they gathered, the crowd is told by their nationality as ACLED codes it ("Protesters
(Venezuela)" for Venezuelan migrants protesting in Colombia), and who they are, the
identity beside them, is of that nationality too ("Refugees/IDPs (Venezuela)"), not of the
country they are in."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "country", "actor1", "associate"), [
    ("Ethiopian migrants rioted in Aden, Yemen, on 8 May 2024, setting fire to a detention "
     "centre.", "YE", "Rioters (Ethiopia)", "Refugees/IDPs (Ethiopia)"),
    ("On 8 May 2024, Somali refugees rioted at a camp in Dadaab, Kenya, burning tents.",
     "KE", "Rioters (Somalia)", "Refugees/IDPs (Somalia)"),
    ("Afghan refugees rioted in Mashhad, Iran, on 8 May 2024, throwing stones at police.",
     "IR", "Rioters (Afghanistan)", "Refugees/IDPs (Afghanistan)"),
    ("On 2 March 2021, about 200 Venezuelan migrants protested in Cucuta, Colombia, "
     "demanding food aid.", "CO", "Protesters (Venezuela)", "Refugees/IDPs (Venezuela)"),
    ("On 2 March 2021, Haitian migrants protested in Tapachula, Mexico, demanding transit "
     "permits.", "MX", "Protesters (Haiti)", "Refugees/IDPs (Haiti)"),
], ids=["ethiopians-in-yemen", "somalis-in-kenya", "afghans-in-iran", "venezuelans-in-colombia",
        "haitians-in-mexico"])
def test_events_crowd_of_foreign_nationals(text: str, country: str, actor1: str,
                                           associate: str) -> None:
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert event.location.country == country
    assert event.actor1 == actor1
    assert associate in event.assoc_actor_1, event.assoc_actor_1


def test_events_crowd_of_the_country_keeps_its_identity_there() -> None:
    [event] = [r for r in extract("On 3 May 2021, displaced people protested in Goma, DR "
                                  "Congo, demanding food aid.") if isinstance(r, Event)]
    assert event.assoc_actor_1 == ["Refugees/IDPs (Democratic Republic of Congo)"]
