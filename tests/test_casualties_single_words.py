"""Counts read from the words around one noun: "a youth", "a couple", a hedged name."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions


def _killed(text: str) -> int:
    out = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")
    return sum(c.count if c.count is not None else (c.low or 0)
               for c in out if c.kind == "killed")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a collective noun after "a" or "one" is one person
        ("Gunmen killed a youth near the mosque.", 1),
        ("One youth was shot dead by police in the market.", 1),
        ("Youths were killed in the clash.", 2),
        # a couple is two people, whatever words follow it
        ("Militants shot and killed an elderly couple returning from the fields.", 2),
        ("Gunmen killed a Hindu couple living near the border.", 2),
        ("A couple was killed when the shell hit their house.", 2),
        # a name after a hedge is the victim named before, not another death
        ("Gunmen shot dead a forest guard, Ravi Nair. It is possible Nair was killed by "
         "smugglers.", 1),
        ("Assailants killed a trader, Sunil Das, in his shop. Police said perhaps Das was "
         "killed over a debt.", 1),
    ],
)
def test_single_noun_counts(text: str, killed: int) -> None:
    assert _killed(text) == killed
