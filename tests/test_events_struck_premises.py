"""A business struck: its owners and staff are ACLED's "Labour Group" beside the civilians.

Rioters who stone a bank, arsonists who burn a warehouse, a bomb at a shop: the struck side
is "Civilians (<country>)" with "Labour Group (<country>)". A peaceful protest outside a
factory strikes nothing, and the West Bank is no bank.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import lead_event


def _event(text: str) -> Event:
    return lead_event(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 11 March 2021, rioters threw stones and a petrol bomb at a bank branch in Zahle, "
         "Lebanon, breaking its windows. No one was hurt.", "Lebanon"),
        ("On 24 June 2021, unknown arsonists set fire to a timber warehouse near Temuco, "
         "Araucania, Chile. The fire destroyed three trucks.", "Chile"),
        ("On 2 September 2021, an improvised explosive device went off outside a mobile phone "
         "shop in Diyarbakir, Turkey, causing material damage.", "Turkey"),
    ],
)
def test_events_struck_premises_a_business_struck(text: str, country: str) -> None:
    event = _event(text)
    assert event.actor2 == f"Civilians ({country})"
    assert f"Labour Group ({country})" in event.assoc_actor_2


@pytest.mark.parametrize(
    "text",
    [
        ("On 8 April 2021, about 80 employees held a peaceful protest outside a textile "
         "factory in Faisalabad, Punjab, Pakistan, demanding unpaid wages."),
        ("On 19 May 2021, Israeli forces shot and injured a Palestinian man near Nablus in "
         "the West Bank."),
    ],
)
def test_events_struck_premises_nothing_struck(text: str) -> None:
    event = _event(text)
    assert not any(a.startswith("Labour Group") for a in event.assoc_actor_2)
