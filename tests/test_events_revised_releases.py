"""Later releases that revise a count, under ``fixtures/raids``, written for these tests.

"Eleven soldiers were killed ... the army said in a revised statement on Tuesday, after
previously reporting seven dead": the seven are the figure replaced, not the toll. A
release stamped "Update, Sept. 14, 2022:" that raises "the number of ISIS operatives killed
in the Sept. 11 helicopter raid ... to nine from the previously reported six" dates the raid
to the 11th, not to the day of the update, and counts nine. An agency's "rose to 31, up from
27 announced on Tuesday" of "Tuesday's operation" counts 31, not 27 nor both, on the Tuesday;
the soldiers who "died in the fighting ... without giving a figure" are dead of no number.
"the bodies of four more al-Shabaab militants ..., raising the toll to 31" and "an additional
two ISIS operatives died ..., raising the toll of the raid to seven": the raised toll is all of
the side the more were of. A command's updated assessment of a strike that "killed five
al-Shabaab militants, updated from 3 previously reported" counts five on the strike's day.
"""

from __future__ import annotations

import pytest

from tests.conftest import fixture_event


@pytest.mark.parametrize(("name", "published", "day", "party", "killed", "others"), [
    # (the 18 attackers the army said were "neutralised" are counted on their own side)
    ("reuters-army-revised-after-previously-reporting", "2019-12-04", "2019-12-01",
     "Military Forces of Burkina Faso", 11, [("Unidentified Armed Group (Burkina Faso)", 18)]),
    ("centcom-update-stamp-raising-toll", "2022-09-14", "2022-09-11", "Islamic State", 9, []),
    # "the bodies of four more al-Shabaab militants ..., raising the toll to 31 from 27": the
    # toll raised by more of one side is that side's, not four of it and 27 of nobody
    ("sonna-bodies-found-raising-toll", "2024-04-11", "2024-04-09", "Al Shabaab", 31, []),
    ("centcom-additional-died-raising-toll", "2024-02-08", "2024-02-06", "Islamic State", 7,
     []),
])
def test_revised_count_and_day(name: str, published: str, day: str, party: str,
                               killed: int, others: list[tuple[str, int]]) -> None:
    event = fixture_event("raids", name, published)
    assert (event.date_start, event.date_end) == (day, day)
    dead = [(c.party, c.count) for c in event.casualties if c.kind == "killed" and c.count]
    assert dead == [(party, killed), *others]
    assert event.fatalities == killed + sum(n for _, n in others)


def test_revised_up_from_the_figure_announced_and_deaths_of_no_number() -> None:
    event = fixture_event("raids", "sonna-toll-rose-up-from-announced", "2024-04-11")
    assert (event.date_start, event.date_end) == ("2024-04-09", "2024-04-09")
    assert (event.location.country, event.location.admin1) == ("SO", "Shabeele Dhexe")
    assert (event.actor1, event.actor2) == ("Military Forces of Somalia", "Al Shabaab")
    dead = {(c.party, c.count, c.qualifier) for c in event.casualties if c.kind == "killed"}
    assert dead == {("Al Shabaab", 31, "exact"),
                    ("Military Forces of Somalia", None, "unknown")}
    # "several" soldiers are coded as three, after the 31
    assert event.fatalities == 34


def test_revised_assessment_counts_the_update_and_no_civilians() -> None:
    # "killed five al-Shabaab militants, updated from 3 previously reported": five, not
    # eight nor three, on the day of the strike, not of the update; "no civilians were
    # injured or killed" is a nil of civilians of both fates
    event = fixture_event("raids", "africom-strike-updated-from-previously-reported",
                          "2024-11-22")
    assert (event.date_start, event.date_end) == ("2024-11-19", "2024-11-19")
    assert (event.actor1, event.actor2) == ("US Africa Command", "Al Shabaab")
    assert event.fatalities == 5
    assert sorted((c.kind, c.party, c.count) for c in event.casualties) == [
        ("killed", "Al Shabaab", 5), ("killed", "Civilians (Somalia)", 0),
        ("wounded", "Civilians (Somalia)", 0)]
