"""A quarter told by no ordinal and of no year ("Altogether, 61 militants were killed in the
quarter", "during the past quarter"): the last whole quarter before the telling, not the
month a release named before the count; "the last quarter of 2022" is that year's fourth."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder import extract
from eventcoder.records import Tally


def _periods(text: str, published: str | None) -> list[tuple[int, str | None, str | None]]:
    return [(t.value, t.period_start, t.period_end) for t in extract(text, published=published)
            if isinstance(t, Tally)]


@pytest.mark.parametrize(("text", "published", "period"), [
    ("The army said its operations in North Waziristan, Pakistan, continued through March. "
     "Altogether, 61 militants were killed in the quarter, the army said.", "2024-04-05",
     (61, "2024-01-01", "2024-03-31")),
    ("Operations in Borno, Nigeria, continued through June, the army said. Altogether, 300 "
     "insurgents were killed during the quarter, the army said.", "2024-07-05",
     (300, "2024-04-01", "2024-06-30")),
    ("Raids in Kandahar, Afghanistan, went on through December, police said. A total of 44 "
     "militants were detained over the past quarter.", "2023-01-09",
     (44, "2022-10-01", "2022-12-31")),
    ("Patrols in Gao, Mali, continued through September. In all, 52 militants were killed "
     "in the previous quarter, the ministry said.", "2022-10-04",
     (52, "2022-07-01", "2022-09-30")),
    ("The police arrested 85 suspects in Sindh, Pakistan, during the last quarter, officials "
     "said.", "2023-10-03", (85, "2023-07-01", "2023-09-30")),
    ("The army said 73 militants were killed in operations in Balochistan, Pakistan, during "
     "the past quarter.", "2024-01-08", (73, "2023-10-01", "2023-12-31")),
], ids=["in-the-quarter", "during-the-quarter", "past-quarter-year-back", "previous-quarter",
        "last-quarter-no-year", "past-quarter-january"])
def test_tallies_quarter_before_the_telling(text: str, published: str,
                                            period: tuple[int, str, str]) -> None:
    assert _periods(text, published) == [period]


@pytest.mark.parametrize(("text", "published", "period"), [
    ("In the last quarter of 2022, troops killed 45 al-Shabaab fighters in Somalia, the "
     "ministry said.", "2023-10-03", (45, "2022-10-01", "2022-12-31")),
    ("In the third quarter, troops killed 52 militants in Gao, Mali, the ministry said.",
     "2022-10-04", (52, "2022-07-01", "2022-09-30")),
    ("Operations in Borno, Nigeria, continued through June, the army said. Altogether, 300 "
     "insurgents were killed in the first half, the army said.", "2024-07-05",
     (300, "2024-01-01", "2024-06-30")),
], ids=["last-quarter-of-a-year", "third-quarter", "first-half"])
def test_tallies_quarters_that_name_their_own(text: str, published: str,
                                              period: tuple[int, str, str]) -> None:
    assert _periods(text, published) == [period]


def test_tallies_quarter_with_no_telling_day_is_of_the_month_named() -> None:
    text = ("Operations in Kidal, Mali, went on through February 2021. Altogether, 19 "
            "militants were killed in the quarter, the army said.")
    assert _periods(text, None) == [(19, "2021-01-01", "2021-03-31")]


@pytest.mark.parametrize("case", [str, str.upper], ids=["as-written", "capitals"])
def test_tallies_the_quarter_is_read_in_any_case(case: Callable[[str], str]) -> None:
    # the quarter is looked for only in sentences holding the word, in capitals as well
    text = case("The army said its operations in Helmand, Afghanistan, continued through "
                "March. Altogether, 61 militants were killed in the quarter, the army said.")
    assert _periods(text, "2024-04-05") == [(61, "2024-01-01", "2024-03-31")]


def test_tallies_a_sentence_without_the_quarter_keeps_the_month() -> None:
    # no quarter told: the sentence skips the look, and the month named before stands
    text = ("The army said its operations in Helmand, Afghanistan, continued through March. "
            "Altogether, 61 militants were killed in the period, the army said.")
    assert _periods(text, "2024-04-05") == [(61, "2024-03-01", "2024-03-31")]
