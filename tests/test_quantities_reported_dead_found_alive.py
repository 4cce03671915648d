"""People "reported dead" who "were found alive" are no deaths: the death word is the
teller's earlier claim, taken back; a death told with others found alive beside it stays."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _killed(text: str, published: str) -> int:
    return sum(c.count or 0 for r in extract(text, published=published, doc_id="s")
               if isinstance(r, Event) for c in r.casualties if c.kind == "killed")


@pytest.mark.parametrize(("text", "published", "killed"), [
    ("Gunmen ambushed a patrol near Garissa on Sunday, killing four officers, police said. "
     "Two of those reported dead were found alive on Monday.", "2021-05-11", 4),
    ("Militants attacked a convoy in Tillaberi on Tuesday, killing 11 soldiers. Three of the "
     "soldiers first reported killed have since turned up alive, the army said.",
     "2019-12-12", 11),
    ("Floodwaters swept away a bus near Kasese on Friday. Six passengers presumed dead were "
     "later found alive.", "2022-08-20", 0),
])
def test_quantities_reported_dead_found_alive_are_no_deaths(text: str, published: str,
                                                            killed: int) -> None:
    assert _killed(text, published) == killed


@pytest.mark.parametrize(("text", "published", "killed"), [
    # the dead and the living told apart in one clause: the dead stay
    ("Bandits attacked Kurmin Masara on Saturday; five villagers were killed and one was "
     "found alive under the rubble.", "2023-02-13", 5),
    ("Three hostages were found dead and two alive after the raid in Kidal on Monday.",
     "2020-07-15", 3),
])
def test_quantities_deaths_beside_others_found_alive_stay(text: str, published: str,
                                                         killed: int) -> None:
    assert _killed(text, published) == killed


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Two of those reported dead were found alive on Monday.", []),
    ("Three soldiers first reported killed have since turned up alive.", []),
    ("The four presumed dead were later found alive in the forest.", []),
    ("Five villagers were killed and one was found alive.", [("killed", 5)]),
    ("Two men were shot dead; a third was found alive.", [("killed", 2)]),
])
def test_quantities_no_death_is_read_of_those_found_alive(
        sentence: str, kinds: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.count) for m in find_casualty_mentions(sentence)
            if m.kind == "killed"] == kinds
