"""The year of a tally's period is taken where the text gives it and marked as an event's
date is (``date_basis``): written in the words (stated), taken from another period of the
text or from the publication date (year_inferred), or unknown. A text with no date of
publication and no year leaves the period unknown, never the period told before nor a year
of the clock."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally

#: (metric, value, period_start, period_end, date_basis)
Reading = tuple[str, int, str | None, str | None, str]


def _periods(text: str, published: str | None) -> list[Reading]:
    records = RulePipeline()(document_from_text(text, doc_id="p", published=published))
    return sorted(((t.metric, int(t.value), t.period_start, t.period_end, t.date_basis)
                   for t in records if isinstance(t, Tally)), key=repr)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no date of publication: the running total's end is not known; the months after it
        # are of the year it opens
        ("The task force has carried out 96 airstrikes in Somalia since the start of 2023, "
         "the command said. In July alone, it conducted 14 airstrikes.", None,
         [("strikes", 96, "2023-01-01", None, "stated"),
          ("strikes", 14, "2023-07-01", "2023-07-31", "year_inferred")]),
        # with one, it runs to the telling
        ("The task force has carried out 96 airstrikes in Somalia since the start of 2023, "
         "the command said. In July alone, it conducted 14 airstrikes.", "2023-09-14",
         [("strikes", 96, "2023-01-01", "2023-09-14", "stated"),
          ("strikes", 14, "2023-07-01", "2023-07-31", "year_inferred")]),
        # a month of no year anywhere: unknown, not the period of the count before it
        ("Government forces conducted 27 raids in Burkina Faso in October, the army said. "
         "In November, they carried out 31 raids.", None,
         [("raids", 27, None, None, "unknown"), ("raids", 31, None, None, "unknown")]),
        # the year written with the first month: the second takes it
        ("Government forces conducted 27 raids in Burkina Faso in October 2022, the army "
         "said. In November, they carried out 31 raids.", None,
         [("raids", 27, "2022-10-01", "2022-10-31", "stated"),
          ("raids", 31, "2022-11-01", "2022-11-30", "year_inferred")]),
        # the year of the publication date
        ("Government forces conducted 27 raids in Burkina Faso in October, the army said.",
         "2022-11-03", [("raids", 27, "2022-10-01", "2022-10-31", "year_inferred")]),
        # counted back from publication: written out, as an event's "last week" is
        ("Troops conducted 12 patrols in Mali during the past week, the ministry said.",
         "2024-02-20", [("patrols", 12, "2024-02-13", "2024-02-20", "stated")]),
    ],
)
def test_tallies_period_year_taken_where_the_text_gives_it(
    text: str, published: str | None, expected: list[Reading]
) -> None:
    assert _periods(text, published) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Government forces conducted 27 raids in Burkina Faso in October, the army said.",
         "October"),
        # counted back from a telling whose day the text does not give
        ("Troops conducted 19 raids in Borno during the past week, the army said.",
         "the past week"),
        ("Between January and March, the command conducted 61 airstrikes in Somalia.",
         "Between January and March"),
        # not the period of the count told before it
        ("The army conducted 96 raids in Borno in 2023. During the past week, troops "
         "conducted 14 raids in Borno, the army said.", "the past week"),
    ],
)
def test_tallies_unknown_period_keeps_its_words_as_evidence(text: str, words: str) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="p"))
    [tally] = [t for t in records if isinstance(t, Tally) and t.date_basis == "unknown"]
    assert (tally.period_start, tally.period_end) == (None, None)
    assert words in [e.text for e in tally.evidence]


def test_tallies_unknown_month_goes_on_over_the_parts_after_it() -> None:
    text = ("Partner forces conducted 41 operations against ISIS in Iraq and Syria in October, "
            "killing 18 operatives.\n\nIn Iraq, they conducted 19 operations, killing 7 "
            "operatives.\n\nIn Syria, they conducted 22 operations, killing 11 operatives.")
    records = RulePipeline()(document_from_text(text, doc_id="p"))
    tallies = [t for t in records if isinstance(t, Tally)]
    assert len(tallies) == 6
    for tally in tallies:
        assert (tally.period_start, tally.date_basis) == (None, "unknown")
        assert "October" in [e.text for e in tally.evidence]
