"""One person told by "a" and where he was, before the verb that befell him ("A security
guard at the school was shot dead", "a watchman outside the depot was wounded"), is a
casualty of one; a thing told so ("a car at the checkpoint") is none."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _casualties(text: str) -> list[tuple[str, str | None, int | None]]:
    event = next(r for r in extract(text, published="2024-03-12") if isinstance(r, Event))
    return [(c.kind, c.party, c.count) for c in event.casualties]


@pytest.mark.parametrize(("sentence", "kind", "party"), [
    ("A security guard at the school was shot dead during the attack.", "killed",
     "security guard"),
    ("A watchman outside the depot was wounded in the attack.", "wounded", "watchman"),
])
def test_one_person_told_where_is_a_casualty(sentence: str, kind: str, party: str) -> None:
    found = _casualties("Gunmen abducted 23 students from a school in Kujama, Kaduna State, "
                        f"on Sunday. {sentence}")
    assert (kind, party, 1) in found, found


def test_a_thing_told_where_is_no_casualty() -> None:
    found = _casualties("Gunmen abducted 23 students from a school in Kujama, Kaduna State, "
                        "on Sunday. A car at the gate was burnt during the attack.")
    assert all(kind == "abducted" for kind, _, _ in found), found
