"""The attacker hurt or killed, told by the name the report gives him ("The suspect,
identified as Darren Whitcombe, 44, was wounded by officers"), is of the attacker's side,
not a party of his own name."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _first(text: str, published: str) -> Event:
    return next(r for r in extract(text, published=published) if isinstance(r, Event))


def test_the_named_attacker_wounded_is_of_the_attackers_side() -> None:
    event = _first("A man opened fire in a crowded pub in Leeds on Friday night, killing two "
                   "people, police said. The suspect, identified as Darren Whitcombe, 44, was "
                   "wounded by officers and is in custody.", "2024-05-11")
    wounded = {c.party: c.count for c in event.casualties if c.kind == "wounded"}
    assert wounded == {"Unidentified Armed Group (United Kingdom)": 1}, wounded
