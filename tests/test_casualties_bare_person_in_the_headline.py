"""A headline that tells one victim bare ("Man shot dead", "Woman killed in ...") above a
body that tells who he was ("shot dead a shopkeeper"): one person, counted once, of the
side the body gives; two told below are the headline's one and one more."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "killed"), [
    ("Man shot dead\n\nBEIRUT (AFP) - Gunmen shot dead a shopkeeper in the town of Tafas on "
     "Thursday, a war monitor said.", "2021-10-16", {"Civilians (Syria)": 1}),
    ("Woman killed in Kandahar\n\nKANDAHAR (Reuters) - Unknown gunmen killed a schoolteacher "
     "outside her home in Kandahar city on Monday, police said.", "2018-03-07",
     {"Civilians (Afghanistan)": 1}),
    ("Man shot dead in Culiacan\n\nCULIACAN, Mexico (AP) - Gunmen shot dead a police officer "
     "at a taco stand in Culiacan on Saturday, state prosecutors said.", "2019-10-21",
     {"Police Forces of Mexico": 1}),
    ("Man shot dead\n\nBEIRUT (AFP) - Gunmen shot dead a shopkeeper and a teacher in the town of "
     "Tafas on Thursday, a war monitor said.", "2021-10-16", {"Civilians (Syria)": 2}),
])
def test_casualties_bare_person_in_the_headline_is_the_one_named_below(
        text: str, published: str, killed: dict[str, int]) -> None:
    [event] = text_events(text, published)
    counted: dict[str | None, int] = {}
    for c in event.casualties:
        if c.kind == "killed" and c.count is not None:
            counted[c.party] = counted.get(c.party, 0) + c.count
    assert (counted, event.fatalities) == (killed, sum(killed.values()))
