"""Casualties stay with the event they belong to when a report goes on about them."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.casualties import combine_casualties
from eventcoder.document import split_sentences
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in event.casualties:
        out[c.kind] = out.get(c.kind, 0) + (c.count if c.count is not None else (c.low or 0))
    return out


@pytest.mark.parametrize("name", ["Hassan", "Rashid", "Mansur", "Qasim", "Jamal"])
def test_casualties_events_a_victim_named_like_a_town_is_no_new_place(name: str) -> None:
    text = (f"On Monday, unknown assailants detonated a bomb at a house in Baquba, Iraq. "
            f"The blast killed {name} and wounded his wife and two sons.")
    events = _events(text)
    assert len(events) == 1
    assert _counts(events[0]) == {"killed": 1, "wounded": 3}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 5 March 2014, gunmen kidnapped two engineers near Kandahar, Afghanistan. "
         "The two engineers were killed on 9 March 2014 in Helmand.", 2),
        ("On 12 June 2016, militants abducted a village chief, Ahmad Wali, in Ghazni, "
         "Afghanistan. On 15 June 2016 Wali was found dead near Jaghori.", 1),
        ("On 2 May 2013, armed men kidnapped a teacher in Mosul, Iraq. "
         "He was killed on 4 May 2013 and his body was left by a road.", 1),
        ("On 8 August 2012, gunmen abducted a contractor in Kirkuk, Iraq. "
         "The body of the contractor was found on 10 August 2012.", 1),
    ],
)
def test_casualties_events_captives_killed_later_belong_to_the_abduction(
    text: str, killed: int
) -> None:
    events = _events(text)
    assert len(events) == 1
    counts = _counts(events[0])
    assert counts.get("killed") == killed
    assert counts.get("abducted", 0) >= 1


def test_casualties_events_new_victims_on_another_day_are_another_event() -> None:
    text = ("On 5 March 2014, gunmen kidnapped two engineers near Kandahar, Afghanistan. "
            "On 9 March 2014, militants killed four soldiers in Herat.")
    events = _events(text)
    assert len(events) == 2
    assert "killed" not in _counts(events[0])
    assert _counts(events[1]).get("killed") == 4


@pytest.mark.parametrize(
    ("text", "killed", "day"),
    [
        # A revision told after the incident, dated when it was told: no event of its own.
        ("On Monday, 4 March 2024, soldiers raided a hideout near Gao, Mali, killing four "
         "jihadists. On Wednesday, the army revised the number of jihadists killed in the "
         "raid to nine, up from the four it reported on Monday.", 9, "2024-03-04"),
        ("On 4 March 2024, a car bomb exploded at a market in Baidoa, Somalia, killing 5 "
         "people. On 6 March 2024, officials raised the number of dead to 11.", 11,
         "2024-03-04"),
        ("On 4 March 2024, a car bomb exploded at a market in Baidoa, Somalia. The death toll "
         "from the blast has since risen to 14, police said.", 14, "2024-03-04"),
        ("On 4 March 2024, militants ambushed a military convoy near Dikwa, Nigeria. On 6 "
         "March 2024, the army updated the death toll from the ambush on the convoy to 17 "
         "soldiers, from the nine it gave initially.", 17, "2024-03-04"),
        # A revision told first, the incident after it.
        ("Police on Friday revised the number of people killed in a bombing in Peshawar, "
         "Pakistan, last week to 12, up from 8. The bombing, on 1 March 2024, targeted a "
         "bus station.", 12, "2024-03-01"),
    ],
)
def test_casualties_events_a_revised_count_replaces_the_first(text: str, killed: int,
                                                              day: str) -> None:
    [event] = [r for r in extract(text, published="2024-03-08")
               if isinstance(r, Event) and not r.background]
    assert _counts(event)["killed"] == killed
    assert event.date_start == day


def test_casualties_events_a_toll_of_no_people_counts_nobody() -> None:
    records = extract("On 4 March 2024, insurgents attacked a checkpoint near Gao, Mali. "
                      "The casualty toll rose to 30 and the number of operations to 12.",
                      published="2024-03-08")
    [event] = [r for r in records if isinstance(r, Event)]
    assert _counts(event).get("killed") is None


def test_casualties_events_the_men_of_the_one_named_are_of_his_side() -> None:
    [event] = [r for r in extract("On 3 April 2024, a roadside bomb killed a district police "
                                  "chief and two of his bodyguards in Kandahar, Afghanistan.",
                                  published="2024-04-05") if isinstance(r, Event)]
    parties = {c.party for c in event.casualties if c.kind == "killed"}
    assert parties == {"Police Forces of Afghanistan"}
    assert (event.fatalities, event.actor2) == (3, "Police Forces of Afghanistan")


def test_casualties_events_unnamed_attackers_of_a_battle() -> None:
    [event] = [r for r in extract("On 4 March 2024, an ambush on a military convoy near Dikwa, "
                                  "Nigeria, killed 17 soldiers.", published="2024-03-08")
               if isinstance(r, Event)]
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Nigeria)",
                                            "Military Forces of Nigeria")


# "his body was found", "one hostage", "two of the hostages", "the bodies of two of the
# porters": the fate of people taken, on a later day
@pytest.mark.parametrize(("text", "killed"), [
    ("On 3 April 2015, armed men kidnapped a pharmacist outside his shop in Tikrit, Iraq. "
     "His body was found in an orchard on 7 April 2015.", 1),
    ("On 3 April 2015, armed men abducted a nurse in Bentiu, South Sudan. Her mutilated "
     "body was later recovered by villagers on 11 April 2015.", 1),
    ("On 3 April 2015, rebels kidnapped five porters near Beni, Congo. The bodies of two of "
     "the porters were recovered on 6 April 2015.", 2),
    ("On 3 April 2015, rebels kidnapped six traders near Beni, Congo. Three of the hostages "
     "were beheaded on 9 April 2015.", 3),
    ("On 3 April 2015, gunmen abducted four truck drivers near Gao, Mali. One hostage was "
     "shot dead on 8 April 2015.", 1),
], ids=["his-body-found", "her-body-recovered", "bodies-of-some-of-them", "some-of-the-hostages",
        "one-hostage"])
def test_casualties_events_captives_told_as_some_of_those_taken(text: str, killed: int) -> None:
    events = _events(text)
    assert len(events) == 1
    counts = _counts(events[0])
    assert counts.get("killed") == killed
    assert counts.get("abducted", 0) >= 1


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a tailor in Sibi on Friday. His body was found near the bus stand.",
    "A customs officer was killed in Sibi on Friday; his body was recovered by colleagues.",
], ids=["next-sentence", "same-sentence"])
def test_casualties_events_the_body_of_one_counted_is_no_second_death(text: str) -> None:
    out = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1",
                             sentences=split_sentences(text))
    assert sum(c.count or 0 for c in out if c.kind == "killed") == 1


def test_casualties_events_a_body_that_was_not_found_is_no_death() -> None:
    text = "Gunmen abducted a driver in Sibi on Friday. His body was carried by a horse."
    assert [m for m in find_casualty_mentions(text) if m.kind == "killed"] == []


@pytest.mark.parametrize(("text", "killed"), [
    ("On 3 April 2015, gunmen took four farmers hostage near Gao, Mali. The hostages were "
     "later shot dead on 8 April 2015.", 4),
    ("On 3 April 2015, rebels abducted six loggers near Beni, Congo. The captives were "
     "beheaded two days later.", 6),
], ids=["the-hostages", "the-captives"])
def test_casualties_events_the_hostages_are_as_many_as_were_taken(text: str,
                                                                  killed: int) -> None:
    events = _events(text)
    assert len(events) == 1
    assert _counts(events[0]).get("killed") == killed
