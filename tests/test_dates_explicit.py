"""Explicit dates: every written form, ranges, months and years, with and without a year."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.dates import find_date_mentions, parse_date_text
from eventcoder.mentions import DateMention

D = date


def only(text: str, published: date | None = None) -> DateMention:
    mentions = find_date_mentions(text, published=published)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        ("On 9 May 2020, medical interns protested in Haifa.", D(2020, 5, 9), "9 May 2020"),
        ("On 14 Nov 2019, rioters burned tyres.", D(2019, 11, 14), "14 Nov 2019"),
        ("On 3 Sept. 2021, gunmen attacked a bus.", D(2021, 9, 3), "3 Sept. 2021"),
        ("On 1st May 2020, in Aral Moreira, police seized 2592kg.", D(2020, 5, 1), "1st May 2020"),
        ("On 22nd of February 2016, a bomb exploded.", D(2016, 2, 22), "22nd of February 2016"),
        ("On 9 May 20, Al Shabaab militants attacked.", D(2020, 5, 9), "9 May 20"),
        ("On 30 Dec '19, a mortar hit Gao.", D(2019, 12, 30), "30 Dec '19"),
        ("On May 9, 2020, protesters gathered.", D(2020, 5, 9), "May 9, 2020"),
        ("The strike of August 17 2014 killed four.", D(2014, 8, 17), "August 17 2014"),
        ("Reported 2020-05-09 by the ministry.", D(2020, 5, 9), "2020-05-09"),
        ("Updated 2023-03-03T14:05:00Z with new figures.", D(2023, 3, 3), "2023-03-03T14:05:00Z"),
        ("05/30/2011: Unidentified gunmen attacked a convoy.", D(2011, 5, 30), "05/30/2011"),
        ("7/4/2011: A grenade was thrown.", D(2011, 7, 4), "7/4/2011"),
        ("The 25/12/2018 attack left one dead.", D(2018, 12, 25), "25/12/2018"),
        ("Le 09.05.2020, des manifestants", D(2020, 5, 9), "09.05.2020"),
        ("event_date 9-May-20 coded", D(2020, 5, 9), "9-May-20"),
        ("On Monday, May 4, 2020, a drone struck.", D(2020, 5, 4), "Monday, May 4, 2020"),
        ("BULLETIN: 29 February 2020 saw clashes.", D(2020, 2, 29), "29 February 2020"),
        ("ON MAY 9, 2020 the council met.", D(2020, 5, 9), "MAY 9, 2020"),
    ],
)
def test_dates_explicit_single_day(text: str, expected: date, written: str) -> None:
    mention = only(text)
    assert (mention.date_start, mention.date_end) == (expected, expected)
    assert mention.time_precision == 1
    assert mention.basis == "stated"
    assert mention.year_known
    assert text[mention.start : mention.end] == written == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "On 29 February 2021, a raid took place.",  # 2021 is not a leap year
        "On 31 April 2020, nothing.",
        "2020-13-01 is not a date",
        "02/30/2011: a summary",
    ],
)
def test_dates_explicit_impossible_days_are_not_dates(text: str) -> None:
    assert all(m.date_start is None or m.year_known for m in find_date_mentions(
        text, published=None))
    assert not [m for m in find_date_mentions(text, published=None) if m.time_precision == 1
                and m.date_start is not None]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision", "basis"),
    [
        ("Around 9 May 2020 (as reported), a man was found dead.", None,
         D(2020, 5, 9), D(2020, 5, 9), 2, "stated"),
        ("On 2 May 2020 (or around), militias clashed over land.", None,
         D(2020, 5, 2), D(2020, 5, 2), 2, "stated"),
        ("As reported on 28 April 2020, armed men patrolled.", None,
         D(2020, 4, 28), D(2020, 4, 28), 2, "stated"),
        ("On the night of 8-9 May, gunmen raided the village.", D(2020, 5, 12),
         D(2020, 5, 8), D(2020, 5, 9), 1, "year_inferred"),
        ("On the night of 31 December 2019 - 1 January 2020, rockets fell.", None,
         D(2019, 12, 31), D(2020, 1, 1), 1, "stated"),
        ("Clashes took place between 3 and 5 May 2020 in the north.", None,
         D(2020, 5, 3), D(2020, 5, 5), 2, "stated"),
        ("Between 3 May and 4 May, troops shelled the town.", D(2020, 5, 20),
         D(2020, 5, 3), D(2020, 5, 4), 2, "year_inferred"),
        ("From 28 April to 2 May 2020, protests continued.", None,
         D(2020, 4, 28), D(2020, 5, 2), 2, "stated"),
        ("From December 30 to January 6, CENTCOM conducted strikes.", D(2025, 1, 6),
         D(2024, 12, 30), D(2025, 1, 6), 2, "year_inferred"),
        ("From January 2 to January 3, the SDF raided a cell.", D(2025, 1, 6),
         D(2025, 1, 2), D(2025, 1, 3), 2, "year_inferred"),
        ("From 27 December 2016 to 2 January 2017, curfews held.", None,
         D(2016, 12, 27), D(2017, 1, 2), 2, "stated"),
        ("from 29 December to 4 January 2021 the blockade held", None,
         D(2020, 12, 29), D(2021, 1, 4), 2, "stated"),
        ("May 3-5, 2019: three days of riots.", None,
         D(2019, 5, 3), D(2019, 5, 5), 2, "stated"),
        ("Over the week of 4 May 2020, patrols were doubled.", None,
         D(2020, 5, 4), D(2020, 5, 10), 2, "stated"),
        ("in the first week of March 2022 shelling intensified", None,
         D(2022, 3, 1), D(2022, 3, 7), 2, "stated"),
        ("Sieges lasted from 1 January to 30 June 2015.", None,
         D(2015, 1, 1), D(2015, 6, 30), 3, "stated"),
    ],
)
def test_dates_explicit_ranges_and_approximations(
    text: str, published: date | None, start: date, end: date, precision: int, basis: str
) -> None:
    mention = only(text, published)
    assert (mention.date_start, mention.date_end) == (start, end)
    assert mention.time_precision == precision
    assert mention.basis == basis


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "basis"),
    [
        ("22 ISIS operatives were killed in February, a statement said.", D(2023, 3, 3),
         D(2023, 2, 1), D(2023, 2, 28), "year_inferred"),
        ("Attacks rose in February, officials said.", D(2024, 3, 10),
         D(2024, 2, 1), D(2024, 2, 29), "year_inferred"),
        ("The Pentagon confirmed in December that troops doubled.", D(2025, 1, 6),
         D(2024, 12, 1), D(2024, 12, 31), "year_inferred"),
        ("Protests began in March, organisers said.", D(2023, 3, 3),
         D(2023, 3, 1), D(2023, 3, 31), "year_inferred"),
        ("A leader was eliminated in a strike in July of 2023.", D(2025, 1, 6),
         D(2023, 7, 1), D(2023, 7, 31), "stated"),
        ("Fighting in October 2016 displaced thousands.", None,
         D(2016, 10, 1), D(2016, 10, 31), "stated"),
        ("ISIS overran large swathes of Syria and Iraq in 2014, proclaiming a caliphate.", None,
         D(2014, 1, 1), D(2014, 12, 31), "stated"),
        ("Since 2011, the war has killed thousands.", None,
         D(2011, 1, 1), D(2011, 12, 31), "stated"),
        ("Raids resumed in early May, residents said.", D(2020, 5, 20),
         D(2020, 5, 1), D(2020, 5, 10), "year_inferred"),
        ("Fighting peaked in mid-June 2019.", None,
         D(2019, 6, 11), D(2019, 6, 20), "stated"),
        ("Talks collapsed in late February 2024.", None,
         D(2024, 2, 21), D(2024, 2, 29), "stated"),
        ("By the end of April, aid ran out.", D(2021, 5, 2),
         D(2021, 4, 21), D(2021, 4, 30), "year_inferred"),
        ("between January and March 2018 the group expanded", None,
         D(2018, 1, 1), D(2018, 3, 31), "stated"),
        ("From 2014 to 2017 the group held Mosul.", None,
         D(2014, 1, 1), D(2017, 12, 31), "stated"),
        ("The command corrected its January figures.", D(2024, 2, 7),
         D(2024, 1, 1), D(2024, 1, 31), "year_inferred"),
        ("The ministry released the May figures.", D(2024, 6, 3),
         D(2024, 5, 1), D(2024, 5, 31), "year_inferred"),
    ],
)
def test_dates_explicit_months_and_years(
    text: str, published: date | None, start: date, end: date, basis: str
) -> None:
    mention = only(text, published)
    assert (mention.date_start, mention.date_end) == (start, end)
    assert mention.time_precision == 3
    assert mention.basis == basis


@pytest.mark.parametrize(
    "text",
    [
        "On 9 May, gunmen attacked a checkpoint.",
        "From December 30 to January 6, strikes continued.",
        "Clashes resumed in February.",
        "The 3rd of March attack was condemned.",
    ],
)
def test_dates_explicit_missing_year_without_publication_is_not_invented(text: str) -> None:
    mention = only(text, None)
    assert mention.date_start is None and mention.date_end is None
    assert mention.basis == "unknown"
    assert not mention.year_known


def test_dates_explicit_year_carried_from_a_written_date_in_the_same_text() -> None:
    text = "On 9 May 2020, militants attacked. On 10 May, the army responded."
    first, second = find_date_mentions(text, published=None)
    assert first.basis == "stated"
    assert (second.date_start, second.basis) == (D(2020, 5, 10), "year_inferred")


def test_dates_explicit_acled_parenthesised_range_after_approximation() -> None:
    text = "Around 1 May 2020 (between 30 April and 2 May), rebels raided villages."
    first, second = find_date_mentions(text, published=None)
    assert (first.date_start, first.time_precision) == (D(2020, 5, 1), 2)
    assert (second.date_start, second.date_end) == (D(2020, 4, 30), D(2020, 5, 2))
    assert second.text == "between 30 April and 2 May"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("03/01/2011 (Default Date): On Tuesday, militants kidnapped", D(2011, 3, 1),
         D(2011, 3, 31)),
        ("12/0/2011: On or around December 1st, members of the front", D(2011, 12, 1),
         D(2011, 12, 31)),
    ],
)
def test_dates_explicit_gtd_unknown_day_is_the_month(text: str, start: date, end: date) -> None:
    mention = find_date_mentions(text, published=None)[0]
    assert (mention.date_start, mention.date_end, mention.time_precision) == (start, end, 3)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("9-May-20", None, D(2020, 5, 9)),
        ("28-Apr-2020", None, D(2020, 4, 28)),
        ("between 3 and 5 May", D(2020, 5, 9), D(2020, 5, 3)),
        ("1999-12-31", None, D(1999, 12, 31)),
    ],
)
def test_dates_explicit_parse_date_text(
    text: str, published: date | None, expected: date
) -> None:
    mention = parse_date_text(text, published=published)
    assert mention is not None and mention.date_start == expected


def test_dates_explicit_parse_date_text_without_a_date() -> None:
    assert parse_date_text("no date here, 33 operations", published=D(2020, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Recruitment rose in early 2020.", D(2020, 1, 1), D(2020, 4, 30)),
        ("The offensive stalled by mid-2018.", D(2018, 5, 1), D(2018, 8, 31)),
        ("Talks began at the end of 2019.", D(2019, 9, 1), D(2019, 12, 31)),
        ("Attacks fell in late 2016, analysts said.", D(2016, 9, 1), D(2016, 12, 31)),
    ],
)
def test_dates_explicit_parts_of_a_year(text: str, start: date, end: date) -> None:
    mention = only(text)
    assert (mention.date_start, mention.date_end, mention.time_precision) == (start, end, 3)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("On 9 May 20 people were killed in Gao.", "9 May"),
        ("On 12 June 2 soldiers died.", "12 June"),
    ],
)
def test_dates_explicit_two_digit_year_is_not_a_count(text: str, written: str) -> None:
    mention = only(text, D(2020, 6, 30))
    assert mention.text == written
    assert mention.time_precision == 1


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a yearless date right after an old written one belongs to its year
        ("The bombing of April 19, 1995 killed 168. On April 21, a suspect was charged.",
         D(2019, 6, 1), D(1995, 4, 21)),
        # a recent written date does not override the publication date's reasoning
        ("On 30 December 2024, a drone struck. On January 2, another hit.",
         D(2025, 1, 6), D(2025, 1, 2)),
        # a written date in another paragraph says nothing about the year
        ("The war began on 24 February 2022.\n\nOn March 3, shelling resumed.",
         None, None),
        ("Shelling hit on 30 April and 1 May 2020.", None, D(2020, 4, 30)),
    ],
)
def test_dates_explicit_year_from_a_nearby_written_date(
    text: str, published: date | None, expected: date | None
) -> None:
    mentions = find_date_mentions(text, published=published)
    yearless = [m for m in mentions if m.basis != "stated"]
    assert [m.date_start for m in yearless] == [expected]


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("from the 3rd to the 5th of May 2020, curfews held", "from the 3rd to the 5th of May 2020",
         D(2020, 5, 3), D(2020, 5, 5)),
        ("between May 3 and May 5 clashes went on", "between May 3 and May 5",
         D(2020, 5, 3), D(2020, 5, 5)),
        ("On Sunday (May 10), gunmen struck.", "Sunday (May 10)", D(2020, 5, 10), D(2020, 5, 10)),
        ("Saturday 9 May 2020: a riot", "Saturday 9 May 2020", D(2020, 5, 9), D(2020, 5, 9)),
        ("in 2014\u20132017 the group grew", "2014\u20132017", D(2014, 1, 1), D(2017, 12, 31)),
    ],
)
def test_dates_explicit_spans_cover_the_whole_expression(
    text: str, written: str, start: date, end: date
) -> None:
    mention = only(text, D(2020, 6, 10))
    assert mention.text == written
    assert (mention.date_start, mention.date_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # a week of a named month is that month's, not the seven days to the telling
        ("soldiers were killed in an ambush in the last week of October, residents said",
         D(2021, 11, 3), (D(2021, 10, 25), D(2021, 10, 31))),
        ("the talks broke down during the last week of February 2019", None,
         (D(2019, 2, 22), D(2019, 2, 28))),
        ("the army said three posts were overrun in the last week of June 2018", None,
         (D(2018, 6, 24), D(2018, 6, 30))),
        # "the last week" alone, and before no month, still counts back from the telling
        ("soldiers were killed in the last week, residents said", D(2021, 11, 3),
         (D(2021, 10, 27), D(2021, 11, 3))),
        ("in the last week of fighting 40 were killed", D(2021, 11, 3),
         (D(2021, 10, 27), D(2021, 11, 3))),
    ],
)
def test_dates_last_week_of_a_month_is_no_week_before_the_telling(
        text: str, published: date | None, span: tuple[date, date]) -> None:
    mention = only(text, published)
    assert (mention.date_start, mention.date_end) == span, mention
