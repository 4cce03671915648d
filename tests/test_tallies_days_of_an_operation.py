"""The dead of an operation told "during the four-day operation", right after a sentence
that gives the operation's days ("from 22 to 25 March"), are a count over those days; a
sentence whose verb comes before "that" ("The two sides stressed that ... are eliminated")
counts no one."""

from __future__ import annotations

import pytest

from eventcoder import extract, tallies
from eventcoder.records import Record, Tally


def _told(found: list[Record]) -> list[tuple[str, int, str | None, str | None]]:
    return sorted((t.metric, t.value, t.period_start, t.period_end)
                  for t in found if isinstance(t, Tally))


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        ("Erbil, 26 March 2023\n\nThe Iraqi army and the Peshmerga carried out a joint "
         "operation from 22 to 25 March 2023 against ISIS remnants in the Qarachogh mountains. "
         "The joint forces killed 11 ISIS terrorists during the four-day operation.",
         "2023-03-26", [("killed", 11, "2023-03-22", "2023-03-25")]),
        ("Maiduguri, 12 July 2021\n\nTroops launched a clearance operation in the Sambisa "
         "forest from 5 to 11 July 2021. They neutralised 27 Boko Haram fighters and arrested "
         "9 suspects over the seven days of the operation.", "2021-07-12",
         [("detained", 9, "2021-07-05", "2021-07-11"),
          ("killed", 27, "2021-07-05", "2021-07-11")]),
    ],
)
def test_tallies_dead_over_the_days_of_an_operation(
        text: str, published: str, told: list[tuple[str, int, str | None, str | None]]) -> None:
    assert _told(extract(text, published=published, doc_id="s")) == told


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("killed 11 terrorists during the four-day operation", True),
        ("over the three days of the offensive", True),
        # an operation of no stated length, or one day: no stretch of days
        ("during the operation", False),
        ("during the one day operation", False),
    ],
)
def test_tallies_days_of_the_operation_cue(sentence: str, counts: bool) -> None:
    assert (tallies._OF_THE_DAYS_OF_THE_OPERATION.search(sentence) is not None) is counts


@pytest.mark.parametrize(
    ("after", "party"),
    [
        # a verb before "that": what was said, no people counted
        (" sides stressed that the remaining cells will be eliminated", None),
        (" officials confirmed that the remaining cells were eliminated", None),
        # people, then a clause about them, then their fate
        (" militants who attacked the post were killed", "militants"),
        (" fighters that had surrendered were detained", "fighters"),
    ],
)
def test_tallies_relative_clause_needs_people_before_it(after: str, party: str | None) -> None:
    found = tallies.lexicon().relative_passive_re.match(after)
    assert (found.group("party") if found is not None else None) == party
