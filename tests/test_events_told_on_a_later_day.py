"""Incidents in articles that tell several: a quote told the day after, of the same kind of
act, is the same incident ("the mayor told Rudaw on Thursday" of Wednesday's strike), and a
claim "for the attack" is of the attack told before; another kind of act told on a later day
("the army said on Wednesday its forces had repelled an attack") is another incident, as is
one a sentence opens on its own date ("In May, ...") or calls "a similar strike". Attacks a
group carries out as a rule ("regularly carries out air and drone strikes") are none. Who a
headline has tell of it ("..., activists say") takes no part in it; "the group" is the armed
group the report named; soldiers hurt by a foreign force's strike are the host country's;
the day the men arrested had once fought is not the arrest's, and unnamed armed men taken
are of the one group the report names."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def _killed(event: Event) -> dict[str | None, int | None]:
    return {c.party: c.count for c in event.casualties if c.kind == "killed"}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a quote told the day after, of the same strike
    ("An Iranian drone struck a car near Sidakan on Monday evening, killing two people, "
     "local officials said. \"The drone hit the car on the mountain road, and both men "
     "died at once,\" the district head told Kurdistan24 on Tuesday.", "2024-07-02",
     [("2024-07-01", 2)]),
    # another kind of act, told on a later day
    ("Artillery shelling by the Rapid Support Forces on a camp for displaced people near "
     "Nyala killed at least 11 civilians on Saturday, a medical group said. The army said "
     "in a statement on Sunday that its troops had repelled an RSF assault on the city's "
     "airport and killed dozens of the attackers.", "2024-09-16",
     [("2024-09-14", 11), ("2024-09-15", 12)]),
    # a sentence that opens on its own month, after one no day dates
    ("Mortar rounds fired by militants hit a market in Gao on Thursday, killing three "
     "traders, residents said. The army said it had not identified the attackers. "
     "In August, militants killed 40 villagers in an attack near Menaka, according to "
     "local officials.", "2024-10-04", [("2024-08-01", 40), ("2024-10-03", 3)]),
])
def test_incidents_told_on_later_days(text: str, published: str,
                                      expected: list[tuple[str, int]]) -> None:
    assert sorted((e.date_start, e.fatalities) for e in _events(text, published)) == expected


def test_claim_for_the_attack_told_later_names_its_attacker() -> None:
    events = _events(
        "A bomb in a crowded market in Peshawar killed four people and wounded nine on "
        "Tuesday, police said. Police arrested a suspect. The Islamic State claimed "
        "responsibility for the attack in a statement on Wednesday. On Sunday, a grenade "
        "wounded two shopkeepers in the same bazaar.", "2024-07-04")
    lead = next(e for e in events if e.date_start == "2024-07-02")
    assert lead.actor1 == "Islamic State"
    other = next(e for e in events if e.date_start == "2024-06-30")
    assert other.actor1 != "Islamic State"


def test_another_kind_of_act_told_on_a_later_day_is_another_incident() -> None:
    events = _events(
        "Artillery shelling by the Rapid Support Forces on a camp for displaced people near "
        "Nyala killed at least 11 civilians on Saturday, a medical group said. The army said "
        "in a statement on Sunday that its troops had repelled an RSF assault on the city's "
        "airport and killed dozens of the attackers.", "2024-09-16")
    lead = next(e for e in events if e.date_start == "2024-09-14")
    assert lead.fatalities == 11
    assert len(events) == 2


def test_sentence_opening_on_its_own_month_is_another_incident() -> None:
    events = _events(
        "Mortar rounds fired by militants hit a market in Gao on Thursday, killing three "
        "traders, residents said. The army said it had not identified the attackers. "
        "In August, militants killed 40 villagers in an attack near Menaka, according to "
        "local officials.", "2024-10-04")
    cited = next(e for e in events if e.date_start == "2024-08-01")
    assert cited.background and cited.fatalities == 40
    lead = next(e for e in events if e.date_start == "2024-10-03")
    assert lead.fatalities == 3


def test_a_similar_strike_is_another_and_habitual_strikes_are_none() -> None:
    events = _events(
        "A Turkish drone strike killed two men in a car near Sinjar on Friday, officials "
        "said. Ankara routinely carries out air and drone strikes in the region. In "
        "March, a similar strike near Makhmour killed four people.", "2024-09-07")
    assert sorted((e.date_start, e.fatalities) for e in events) == [
        ("2024-03-01", 4), ("2024-09-06", 2)]
    assert all(e.location.country == "IQ" for e in events)


def test_headline_teller_takes_no_part() -> None:
    events = _events(
        "Shelling kills nine in Nyala market, activists say\n\n"
        "Shelling by the Rapid Support Forces on a market in Nyala killed nine civilians on "
        "Monday, a local group said.", "2024-09-17")
    assert [(e.event_type, e.actor1) for e in events] == [
        ("explosions_remote_violence", "Rapid Support Forces")]


def test_the_group_is_the_group_named_before() -> None:
    events = _events(
        "Boko Haram fighters, who split from a faction linked to the Islamic State years ago, "
        "attacked a village near Konduga on Friday, killing six farmers. Boko Haram has "
        "not commented. In June, the group killed 20 fishermen near Lake Chad.",
        "2024-09-08")
    cited = next(e for e in events if e.date_start == "2024-06-01")
    assert cited.actor1 == "Boko Haram"


def test_soldiers_hurt_by_a_foreign_strike_are_the_hosts() -> None:
    events = _events(
        "An Israeli air strike hit a building near Homs on Monday, killing three people, "
        "a monitor said. State media said two soldiers were wounded.", "2024-05-07")
    wounded = {c.party for e in events for c in e.casualties if c.kind == "wounded"}
    assert wounded and "Israel Defense Forces" not in wounded


def test_past_of_the_arrested_does_not_date_the_arrest() -> None:
    events = _events(
        "The Counter Terrorism Service announced, on Tuesday, the arrest of four terrorists "
        "in Kirkuk. The service said the arrested had fought in the ranks of ISIS terrorist "
        "gangs in 2015.", "2024-05-07")
    assert [(e.date_start, e.background, e.actor2) for e in events] == [
        ("2024-05-07", False, "Islamic State")]
    assert [(c.party, c.count) for c in events[0].casualties] == [("Islamic State", 4)]
