"""Someone hurt who later died, told in one clause after another with one subject: "the
guard was shot twice in the neck, and later died", "was taken to a clinic but died of his
wounds", "was hit once, but died": the subject before the first verb is the one who
died; the object of another verb before "but" ("opened his door but ...") is not."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _killed(text: str) -> list[tuple[int | None, str | None]]:
    return [(m.count, m.party_text) for m in find_casualty_mentions(text)
            if m.kind == "killed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The guard was shot twice in the neck, and later died from his injuries.",
     [(1, "guard")]),
    ("Okello was taken to a clinic but died of his wounds.", [(1, "Okello")]),
    ("The ranger was rushed to the hospital and died.", [(1, "ranger")]),
    ("The headman was hit once, but died instantly.", [(1, "headman")]),
    ("She was stabbed once and died on the way.", [(1, None)]),
], ids=["twice-comma-and-later", "taken-to-a-clinic-but", "rushed-to-the-hospital",
        "once-comma-but", "stabbed-once"])
def test_the_subject_of_the_first_verb_died(text: str,
                                            expected: list[tuple[int, str | None]]) -> None:
    assert _killed(text) == expected


def test_a_place_before_a_comma_is_no_subject() -> None:
    # the comma before "and" after a place still ends the chain: the leader is the one
    text = ("Ochieng, a district councillor, was dragged out of a bar in the market, and "
            "shot and killed by gunmen.")
    assert _killed(text) == [(1, "district councillor")]


def test_an_object_before_but_is_no_victim() -> None:
    text = "The headman opened his door but was fired upon and died instantly."
    assert all(party != "door" for _, party in _killed(text))
