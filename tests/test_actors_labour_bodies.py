"""Members of a body named for the workers it gathers are a labour group ("members of the
Northern Labour Network"); a party, a ministry or a day named for labour is none (texts
written for these tests)."""

from __future__ import annotations

import re

import pytest

import eventcoder
from eventcoder.actors import _LABOUR_BODY, find_identities
from eventcoder.records import Event


def _groups(text: str) -> list[str]:
    return [name for _, _, name in find_identities(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Members of the Coastal Dock Workers' Forum marched to the port gates.",
    "About 60 members of the Progressive Labor Collective rallied downtown.",
    "Members of the Municipal Employees Alliance held a sit-in at city hall.",
])
def test_actors_labour_body_members_are_a_labour_group(text: str) -> None:
    assert "Labour Group" in _groups(text)


@pytest.mark.parametrize("text", [
    "Members of the Democratic Labour Party gathered outside parliament.",
    "Members of the public gathered outside the Ministry of Labour.",
    "Members of the choir sang at the Labour Day fair.",
    "Members of the Labor Court bench met on Monday.",
])
def test_actors_labour_words_in_other_names_are_no_labour_group(text: str) -> None:
    assert "Labour Group" not in _groups(text)


def test_actors_labour_body_gate_holds_every_match() -> None:
    texts = ["members of the Harbour Labour Front", "Members of the Bus Workers' Union",
             "members of the Nurses and Employees Council",
             "members of the Tea Estate Labor League"]
    for text in texts:
        match = _LABOUR_BODY.search(text)
        assert match is not None, text
        held = text[match.start():match.end()].lower()
        assert "members of" in held
        assert re.search("labo|worker|employee", held)


def test_events_labour_body_joins_the_protesters() -> None:
    events = [r for r in eventcoder.extract(
        "On 3 March 2022, members of the Southern Garment Workers Network protested outside "
        "the provincial hall in Chittagong demanding unpaid wages.", published="2022-03-04")
        if isinstance(r, Event)]
    assert events and "Labour Group (Bangladesh)" in events[0].assoc_actor_1
