"""A group a report introduces by description is found again at each later use without a
pass over every span taken so far: the work grows with the number of uses, not its square."""

from __future__ import annotations

import pytest

from eventcoder import actors
from eventcoder.actors import _described_groups
from tests.tracing import lines_run


def _report(uses: int) -> str:
    return "A little-known group calling itself the Vorn Brotherhood burned a depot. " + " ".join(
        f"The Vorn Brotherhood struck again on day {n}." for n in range(uses))


def _lines_run(text: str) -> tuple[int, int]:
    """The Python lines run to read ``text``, and the mentions found."""
    count, found = lines_run(lambda: _described_groups(text, [], None, ()))
    return count, len(found)


@pytest.mark.skipif(not actors.__file__.endswith(".py"), reason="no lines to count compiled")
def test_later_uses_cost_the_same_each() -> None:
    _described_groups(_report(1), [], None, ())  # the lexicon and patterns loaded
    few, found_few = _lines_run(_report(40))
    many, found_many = _lines_run(_report(160))
    assert (found_few, found_many) == (41, 161)
    assert many < 6 * few  # four times the uses: about four times the lines, not sixteen
