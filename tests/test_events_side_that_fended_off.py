"""Who attacked whom where a report gives both sides' accounts.

The side that fended an assault off ("troops repelled ...", "the army says it repelled an
attack") suffered it: the other side it names made the assault and is actor1. A headline that
joins both sides of a fight by "and" ("army and X trade claims after battle") tells nothing of
who attacked; the lead's word of the assault does.
All texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _event(text: str) -> Event:
    [event] = [r for r in RulePipeline()(document_from_text(text, doc_id="t",
                                                            published="2024-06-04"))
               if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(("text", "attacker", "struck"), [
    ("Troops repelled Boko Haram fighters near Monguno on Tuesday, killing nine of them, "
     "the army said.", "Boko Haram", "Military Forces of Nigeria"),
    ("Nigerian soldiers on Sunday repulsed ISWAP fighters who stormed a base in Marte, the "
     "army said. Three soldiers were killed.", "Islamic State West Africa Province",
     "Military Forces of Nigeria"),
])
def test_the_side_that_repelled_is_struck(text: str, attacker: str, struck: str) -> None:
    event = _event(text)
    assert (event.actor1, event.actor2) == (attacker, struck)


@pytest.mark.parametrize("headline", [
    "Somalia: army and al-Shabaab trade claims after battle in Bulo Burde",
    "Somalia: al-Shabaab and army trade claims after battle in Bulo Burde",
])
def test_the_lead_tells_who_attacked_the_sides_a_headline_joins(headline: str) -> None:
    event = _event(headline + "\n\nMOGADISHU, June 3 - Heavy fighting erupted on Monday in "
                   "Bulo Burde as al-Shabaab fighters launched an attack on the army's main "
                   "base in the town, residents said.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


def test_a_lead_telling_no_assault_keeps_the_headlines_order() -> None:
    event = _event("Somalia: army and al-Shabaab clash in Bulo Burde\n\nMOGADISHU, June 3 - "
                   "Heavy fighting erupted on Monday in Bulo Burde between the army and "
                   "al-Shabaab fighters, residents said.")
    assert (event.actor1, event.actor2) == ("Military Forces of Somalia", "Al Shabaab")
