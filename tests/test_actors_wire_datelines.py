"""A dateline from a capital, where foreign bureaus file their region's news, gives generic
actors no country unless the text names that country again."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _actors(text: str) -> list[str]:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events
    event = events[0]
    return [a for a in (event.actor1, event.actor2) if a]


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Armed men shot dead nine farmers in a remote valley overnight, "
    "a local chief said.",
    "PARIS (AFP) - Gunmen killed 14 villagers and burned their huts on Tuesday, residents "
    "said.",
])
def test_a_bureau_dateline_alone_gives_no_country(text: str) -> None:
    assert not [a for a in _actors(text) if "(" in a]


@pytest.mark.parametrize(("text", "country"), [
    ("DAKAR (AFP) - Gunmen killed 14 villagers on Tuesday, Senegalese officials said.",
     "Senegal"),
    ("KANO, Nigeria (AFP) - Gunmen killed 14 villagers on Tuesday, residents said.",
     "Nigeria"),
    ("PARIS (AFP) - Gunmen killed 14 villagers near Marseille on Tuesday, residents said.",
     "France"),
])
def test_the_country_stands_with_other_evidence(text: str, country: str) -> None:
    assert f"Civilians ({country})" in _actors(text)
