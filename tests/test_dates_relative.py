"""Weekdays and relative expressions, resolved against varied publication dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventcoder.dates import find_date_mentions
from eventcoder.mentions import DateMention

D = date


def only(text: str, published: date | None) -> DateMention:
    mentions = find_date_mentions(text, published=published)
    assert len(mentions) == 1, mentions
    return mentions[0]


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize("published", [D(2025, 1, 6), D(2023, 3, 3), D(2020, 2, 29), D(2016, 1, 1)])
@pytest.mark.parametrize("weekday", range(7))
def test_dates_relative_weekday_is_latest_on_or_before_publication(
    published: date, weekday: int
) -> None:
    mention = only(f"The ministry said on {WEEKDAYS[weekday]} that two soldiers died.", published)
    assert mention.date_start == mention.date_end
    assert mention.date_start is not None
    assert mention.date_start.weekday() == weekday
    assert timedelta(0) <= published - mention.date_start < timedelta(days=7)
    assert (mention.time_precision, mention.basis) == (1, "relative")
    assert mention.text == WEEKDAYS[weekday]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision"),
    [
        ("CENTCOM announced on Monday that strikes continued.", D(2025, 1, 6),
         D(2025, 1, 6), D(2025, 1, 6), 1),
        ("an official press release said on Friday.", D(2023, 3, 3),
         D(2023, 3, 3), D(2023, 3, 3), 1),
        ("Gunmen struck last Friday.", D(2023, 3, 3), D(2023, 2, 24), D(2023, 2, 24), 1),
        ("Talks resume next Tuesday.", D(2023, 3, 3), D(2023, 3, 7), D(2023, 3, 7), 1),
        ("Shelling hit the town on Sunday night.", D(2021, 8, 18),
         D(2021, 8, 15), D(2021, 8, 16), 1),
        ("Tuesday's attack killed five.", D(2019, 11, 14), D(2019, 11, 12), D(2019, 11, 12), 1),
        ("Police said yesterday that two men were held.", D(2020, 3, 1),
         D(2020, 2, 29), D(2020, 2, 29), 1),
        ("Today, the army withdrew.", D(2022, 7, 19), D(2022, 7, 19), D(2022, 7, 19), 1),
        ("Explosions were heard overnight in the capital.", D(2024, 1, 1),
         D(2023, 12, 31), D(2024, 1, 1), 1),
        ("Two drones were downed last night.", D(2022, 10, 10),
         D(2022, 10, 9), D(2022, 10, 10), 1),
        ("The convoy was ambushed two days ago.", D(2023, 3, 1),
         D(2023, 2, 27), D(2023, 2, 27), 1),
        ("The town fell 3 days ago.", D(2024, 3, 2), D(2024, 2, 28), D(2024, 2, 28), 1),
        ("Clashes erupted the day before yesterday.", D(2021, 1, 1),
         D(2020, 12, 30), D(2020, 12, 30), 1),
        ("Raids intensified last week.", D(2023, 3, 3), D(2023, 2, 20), D(2023, 2, 26), 2),
        ("Raids intensified last week.", D(2023, 3, 6), D(2023, 2, 27), D(2023, 3, 5), 2),
        ("Protests spread earlier this week.", D(2023, 3, 3), D(2023, 2, 27), D(2023, 3, 2), 2),
        ("Dozens were detained in recent days.", D(2022, 5, 10),
         D(2022, 5, 3), D(2022, 5, 10), 2),
        ("Seventeen were neutralised over the weekend.", D(2024, 8, 26),
         D(2024, 8, 24), D(2024, 8, 25), 2),
        ("Troops cleared the forest between Monday and Wednesday.", D(2024, 6, 6),
         D(2024, 6, 3), D(2024, 6, 5), 2),
        ("Raids went on from Wednesday to Monday.", D(2024, 6, 6),
         D(2024, 5, 29), D(2024, 6, 3), 2),
        ("Five were neutralized in the past two days.", D(2024, 6, 6),
         D(2024, 6, 4), D(2024, 6, 6), 2),
        ("Over the last 3 weeks, troops cleared 40 villages.", D(2024, 6, 6),
         D(2024, 5, 16), D(2024, 6, 6), 3),
        ("Thirty people died two weeks ago.", D(2023, 3, 3), D(2023, 2, 13), D(2023, 2, 19), 2),
        ("Prices rose last month.", D(2023, 3, 3), D(2023, 2, 1), D(2023, 2, 28), 3),
        ("Prices rose last month.", D(2024, 1, 15), D(2023, 12, 1), D(2023, 12, 31), 3),
        ("Attacks doubled this year.", D(2023, 3, 3), D(2023, 1, 1), D(2023, 3, 3), 3),
        ("Attacks doubled last year.", D(2023, 3, 3), D(2022, 1, 1), D(2022, 12, 31), 3),
        ("The group was founded five years ago.", D(2023, 3, 3),
         D(2018, 1, 1), D(2018, 12, 31), 3),
        ("Three months ago the dam was seized.", D(2024, 2, 10),
         D(2023, 11, 1), D(2023, 11, 30), 3),
        ("Earlier this month, the militia withdrew.", D(2022, 9, 14),
         D(2022, 9, 1), D(2022, 9, 14), 3),
    ],
)
def test_dates_relative_expressions(
    text: str, published: date, start: date, end: date, precision: int
) -> None:
    mention = only(text, published)
    assert (mention.date_start, mention.date_end) == (start, end)
    assert mention.time_precision == precision
    assert mention.basis == "relative"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday that two soldiers died.",
        "Police said yesterday that two men were held.",
        "Raids intensified last week.",
        "Prices rose last month.",
        "The convoy was ambushed two days ago.",
    ],
)
def test_dates_relative_without_publication_are_unknown(text: str) -> None:
    mention = only(text, None)
    assert (mention.date_start, mention.date_end) == (None, None)
    assert mention.basis == "unknown"
    assert not mention.year_known


@pytest.mark.parametrize(
    ("published", "month_word", "year"),
    [
        (D(2023, 3, 3), "February", 2023),
        (D(2025, 1, 6), "December", 2024),
        (D(2025, 1, 6), "January", 2025),
        (D(2020, 6, 30), "July", 2019),
        (D(2020, 12, 31), "November", 2020),
    ],
)
def test_dates_relative_month_is_the_most_recent_one(
    published: date, month_word: str, year: int
) -> None:
    mention = only(f"Casualties were counted in {month_word}, the report said.", published)
    assert mention.date_start is not None
    assert (mention.date_start.year, mention.date_start.day) == (year, 1)
    assert mention.basis == "year_inferred"


def test_dates_relative_explicit_dates_survive_a_publication_date() -> None:
    text = "On 9 May 2020, gunmen killed 3 farmers. The army responded on Sunday."
    mentions = find_date_mentions(text, published=D(2020, 5, 12))
    assert [(m.text, m.date_start, m.basis) for m in mentions] == [
        ("9 May 2020", D(2020, 5, 9), "stated"),
        ("Sunday", D(2020, 5, 10), "relative"),
    ]


def test_dates_relative_announced_day_shortly_after_publication() -> None:
    mention = only("Protesters plan to march on January 10.", D(2025, 1, 6))
    assert mention.date_start == D(2025, 1, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09/10/2011: On Saturday afternoon around 1300, militants tossed a grenade.",
         D(2011, 9, 10)),
        ("02/22/2011: On Tuesday evening at 1845, two militants shot an officer.",
         D(2011, 2, 22)),
        ("On 4 May 2020 (Monday), protesters gathered. On Monday night, police fired.",
         D(2020, 5, 4)),
        ("02/22/2011: On Friday, gunmen attacked.", None),
        ("On Monday, gunmen attacked.", None),
    ],
)
def test_dates_relative_weekday_restating_a_written_date(
    text: str, expected: date | None
) -> None:
    weekday = [m for m in find_date_mentions(text, published=None) if m.text[:3] in {
        w[:3] for w in WEEKDAYS}][-1]
    assert weekday.date_start == expected
    assert weekday.basis == ("relative" if expected else "unknown")
