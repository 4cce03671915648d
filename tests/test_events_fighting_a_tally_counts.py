"""Another source's toll of the fighting a period's count is told of ("residents said more
than 30 bodies had been buried after the fighting") is no incident of its own; an incident
told with its own day under such a count, and the fighting told after an incident in a
story, still are. A headline under a masthead's lines, above a period's count, is its title."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Tally


def _assert_counts_and_no_incident(text: str, published: str) -> None:
    found = extract(text, published=published, doc_id="s")
    assert [r for r in found if isinstance(r, Tally)]
    assert not [r for r in found if isinstance(r, Event)]


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published, doc_id="s") if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Beira, 9 March 2021 - Government forces killed 26 insurgents during operations in "
         "Muidumbe district over the past week, the defence ministry said on Tuesday.\n\n"
         "Villagers in Namacande told reporters that about 40 bodies had been found after "
         "the fighting.", "2021-03-09"),
        ("Tete, 9 March 2021 - Government forces killed 26 insurgents during operations in "
         "Mutarara district over the past week, the defence ministry said on Tuesday.\n\n"
         "Two residents of Tete told the outlet that more than 20 bodies had been buried "
         "after the fighting.", "2021-03-09"),
        ("Maiduguri, 2 October 2022 - Troops killed 31 terrorists and arrested 12 in "
         "clearance operations in Borno State during September, the army said.\n\n"
         "Local sources put the toll higher. A vigilante leader in Bama said at least 45 "
         "fighters had died in the operations.", "2022-10-02"),
        ("Goma, 15 May 2024 - The armed forces said they killed 19 rebels in the past two "
         "weeks in Rutshuru territory.\n\nA civil society group said 27 civilians were "
         "killed in the clashes, a figure the army disputed.", "2024-05-15"),
    ],
)
def test_events_a_source_s_toll_of_the_counted_fighting_is_no_incident(
        text: str, published: str) -> None:
    _assert_counts_and_no_incident(text, published)


@pytest.mark.parametrize(
    ("text", "published", "day", "killed"),
    [
        # an incident with a day of its own under the week's count
        ("Beira, 9 March 2021 - Government forces killed 26 insurgents during operations in "
         "Muidumbe district over the past week, the defence ministry said on Tuesday.\n\n"
         "On Saturday, insurgents ambushed a convoy near Mueda, killing four soldiers.",
         "2021-03-09", "2021-03-06", 4),
    ],
)
def test_events_an_incident_of_its_own_day_under_a_count_stays(
        text: str, published: str, day: str, killed: int) -> None:
    events = _events(text, published)
    assert [(e.date_start, e.fatalities) for e in events] == [(day, killed)]


@pytest.mark.parametrize(
    ("text", "published", "killed"),
    [
        # a story of one clash, the fighting told again after it: the same event
        ("Soldiers clashed with gunmen in Kajuru on Monday, police said. Residents said 12 "
         "people were killed in the fighting.", "2023-06-14", 12),
        ("Militants attacked an army post in Bagh on Sunday. Officials said seven militants "
         "died in the clashes.", "2020-08-11", 7),
    ],
)
def test_events_the_fighting_of_a_story_s_own_clash_is_that_clash(
        text: str, published: str, killed: int) -> None:
    events = _events(text, published)
    assert len(events) == 1
    assert events[0].fatalities == killed


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("EASTERN COMMAND\nArmed Forces of the Philippines\nDavao City\n\nPRESS RELEASE\n"
         "5 January 2022\n\nEastern command's 2021 in review: 58 rebels killed\n\n"
         "Troops of the command killed a total of 58 rebels in 2021, its commander said on "
         "Wednesday.\n", "2022-01-05"),
        ("NORTHERN COMMAND\nArmed Forces of the Philippines\nCagayan de Oro City\n\n"
         "PRESS RELEASE\n\nNorthern command's 2021 in review: 58 rebels killed\n\n"
         "Troops of the command killed a total of 58 rebels in 2021, its commander said on "
         "Monday.\n", "2022-01-03"),
        ("HEADQUARTERS\nSECTOR 2\nJOINT TASK FORCE\nMAIDUGURI\n\nTroops kill 41 terrorists in "
         "March\n\nTroops of the sector killed 41 terrorists in operations across Borno State "
         "in March 2023, the sector said.\n", "2023-04-02"),
    ],
)
def test_events_a_headline_under_masthead_lines_above_a_tally_is_no_incident(
        text: str, published: str) -> None:
    _assert_counts_and_no_incident(text, published)
