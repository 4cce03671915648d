"""A conflict's toll of years told in the perfect, with no day and no period ("The conflict
in the two regions has killed more than 3,000 people, according to ..."), counts none of the
incident a report tells; a toll of the incident told in the same words ("The fighting has
killed 12 people") still does. All texts are made up for these tests."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

_LEADS = [
    ("Gunmen killed two farmers in Mamfe, Cameroon, on Sunday.", "2019-10-14", 2),
    ("Militants shot dead four villagers near Mocimboa da Praia, Mozambique, on Friday.",
     "2021-06-07", 4),
]
_CONFLICTS = [
    "The conflict in the Northwest and Southwest regions has killed more than 3,000 people "
    "and displaced over 500,000, according to the International Crisis Group.",
    "The insurgency has so far claimed the lives of 4,000 people, the UN says.",
    "The war between the army and the rebels has left more than 10,000 dead.",
]


@pytest.mark.parametrize(("lead", "published", "dead"), _LEADS)
@pytest.mark.parametrize("conflict", _CONFLICTS)
def test_a_conflicts_toll_counts_none_of_the_incident(lead: str, published: str, dead: int,
                                                      conflict: str) -> None:
    [event] = [r for r in RulePipeline()(document_from_text(
        f"{lead} {conflict}", doc_id="t", published=published)) if isinstance(r, Event)]
    assert event.fatalities == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Rebels and soldiers clashed in Kumbo, Cameroon, on Sunday. The fighting has killed 12 "
     "people, police said.", 12),
    ("Gunmen attacked a bus near Garissa, Kenya, on Monday. The attack has killed seven "
     "passengers, officials said.", 7),
])
def test_the_incidents_own_toll_in_the_perfect_still_counts(text: str, dead: int) -> None:
    events = [r for r in RulePipeline()(document_from_text(text, doc_id="t",
                                                           published="2020-03-03"))
              if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [dead]
