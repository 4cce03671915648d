"""Officers told by their count are read in a long report without a pass over every "police
said" for each word about the police: the work grows with the report, not its square."""

from __future__ import annotations

import pytest

from eventcoder import actors
from eventcoder.actors import _counted_officers
from tests.tracing import lines_run


def _report(days: int) -> str:
    return " ".join(f"Police said gunmen fired at a checkpoint in Garissa on day {n}, wounding "
                    f"two officers." for n in range(days))


def _lines_run(text: str) -> tuple[int, int]:
    """The Python lines run to read ``text``, and the mentions found."""
    count, found = lines_run(lambda: _counted_officers(text, [], "KE", None))
    return count, len(found)


@pytest.mark.skipif(not actors.__file__.endswith(".py"), reason="no lines to count compiled")
def test_a_longer_report_costs_in_proportion() -> None:
    _counted_officers(_report(1), [], "KE", None)  # the lexicon and patterns loaded
    few, found_few = _lines_run(_report(40))
    many, found_many = _lines_run(_report(160))
    assert (found_few, found_many) == (40, 160)
    assert many < 6 * few  # four times the report: about four times the lines, not sixteen
