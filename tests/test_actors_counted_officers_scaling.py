"""Officers told by their count are read in a long report without a pass over every "police
said" for each word about the police: the work grows with the report, not its square."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest

from eventcoder import actors
from eventcoder.actors import _counted_officers


def _report(days: int) -> str:
    return " ".join(f"Police said gunmen fired at a checkpoint in Garissa on day {n}, wounding "
                    f"two officers." for n in range(days))


def _lines_run(text: str) -> tuple[int, int]:
    """The Python lines run to read ``text``, and the officers found."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        found = _counted_officers(text, [], "KE", None)
    finally:
        sys.settrace(None)
    return count, len(found)


@pytest.mark.skipif(not actors.__file__.endswith(".py"), reason="no lines to count compiled")
def test_a_longer_report_costs_in_proportion() -> None:
    _counted_officers(_report(1), [], "KE", None)  # the lexicon and patterns loaded
    few, found_few = _lines_run(_report(40))
    many, found_many = _lines_run(_report(160))
    assert (found_few, found_many) == (40, 160)
    assert many < 6 * few  # four times the report: about four times the lines, not sixteen
