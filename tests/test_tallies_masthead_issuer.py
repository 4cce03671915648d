"""A summary headed by a body's name alone on its first line, whose body tells of "our
forces", was issued by that body, not by the partner it names first."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Consistency, Tally


def _tallies(text: str, published: str) -> tuple[list[Tally], list[Consistency]]:
    found = extract(text, published=published)
    return ([r for r in found if isinstance(r, Tally)],
            [r for r in found if isinstance(r, Consistency)])


def test_tallies_reporter_of_a_masthead_over_our_forces() -> None:
    text = ("Regional Security Council\nWeekly summary, 3-9 March 2025\n\nOur forces, in "
            "coordination with the Peshmerga, carried out the following operations:\n\n"
            "- Monday 3 March: two ISIS members were arrested in Koya.\n"
            "- Friday 7 March: an ISIS member was arrested in Ranya.\n\n"
            "In total, 3 ISIS members were arrested this week.\n")
    tallies, _ = _tallies(text, "2025-03-10")
    assert {t.reporter for t in tallies} == {"Regional Security Council"}
    # no masthead, no "our forces": the issuer is not read from the first line
    told = text.replace("Our forces, in coordination with", "Working with")
    tallies, _ = _tallies(told, "2025-03-10")
    assert "Regional Security Council" not in {t.reporter for t in tallies}
