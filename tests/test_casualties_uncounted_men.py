"""Plurals in "-men" with no number ("the gunmen", "the tribesmen") are many people of no
told count, like "the robbers": unknown, low 2; "the gunman" is one."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _counts(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(m.kind, m.count, m.low, m.qualifier) for m in find_casualty_mentions(text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("The gunmen were arrested in Pelrow on Saturday.", "detained"),
    ("The robbers were arrested in Pelrow on Saturday.", "detained"),
    ("Police said the gunmen were arrested.", "detained"),
    ("The tribesmen were abducted near the ford.", "abducted"),
    ("The policemen were killed at the checkpoint.", "killed"),
    ("Gunmen were arrested after the raid.", "detained"),
], ids=["gunmen", "robbers", "said-gunmen", "tribesmen", "policemen", "bare-gunmen"])
def test_uncounted_plural_has_no_exact_count(text: str, kind: str) -> None:
    assert _counts(text) == [(kind, None, 2, "unknown")]


def test_one_gunman_is_one() -> None:
    assert _counts("The gunman was arrested in Pelrow.") == [("detained", 1, 1, "exact")]
