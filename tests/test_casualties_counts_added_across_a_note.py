"""Counts added up across a note: more people told as "a further" or "another", a bomber
told inside the total, and a count of people told again by who they were."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions


def _total(text: str) -> int | None:
    return total_fatalities(combine_casualties(find_casualty_mentions(text), text=text))


@pytest.mark.parametrize(("text", "total"), [
    ("Rebels ambushed a patrol near Kolwa, killing five soldiers. A further 4 soldiers died "
     "of their wounds in hospital.", 9),
    ("A drone struck a farmhouse in Dunmar, killing three civilians. Another five civilians "
     "were killed in the strike, residents said.", 8),
    ("Raiders attacked Hesso, killing two herders. An additional three herders were killed "
     "as they tried to flee.", 5),
    # the same count again, with no word of more, stays the lower figure
    ("Rebels ambushed a patrol near Kolwa, killing five soldiers. Four soldiers died in the "
     "ambush, the army said.", 4),
])
def test_a_further_and_another_are_more_people(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("A suicide bomber detonated his vest at a checkpoint in Tarsa. At least twelve people, "
     "including the bomber, were killed.", 12),
    ("A suicide bomber detonated a truck bomb at the gate of the base in Oru. Eight people, "
     "including the bomber, died in the blast.", 8),
    # told apart from his victims, the bomber is one more
    ("A suicide bomber detonated his vest at a checkpoint in Tarsa, killing twelve people.", 13),
])
def test_the_bomber_inside_the_total_is_counted_once(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("Seven people were killed when gunmen stormed Lokado. The attackers shot dead three "
     "farmers and 4 traders.", 7),
    ("Five people were killed when raiders entered Vanka. Two teachers and three pupils were "
     "shot dead.", 5),
    # a breakdown that does not add up to the count is more people
    ("Five people were killed when raiders entered Vanka. Two teachers and four pupils were "
     "shot dead.", 11),
    # a count of one side is not broken down by another side's dead
    ("Five soldiers were killed when rebels attacked Vanka. The troops shot dead two rebels "
     "and three bandits.", 10),
    # more people told as more are added
    ("Five people were killed when raiders entered Vanka. Two more teachers and three other "
     "pupils were shot dead.", 10),
])
def test_a_count_of_people_told_again_by_who_they_were(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("A drone struck a farmhouse in Dunmar, killing three civilians. Two more bodies were "
     "recovered from the rubble the next day.", 5),
    ("Shelling hit the market of Ashwa, killing four traders. Rescuers pulled 3 more bodies "
     "from the ruins.", 7),
    # bodies told with no word of more are the dead counted before
    ("Gunmen killed three herders near Ashwa. Three bodies were recovered from the scene.", 3),
])
def test_more_bodies_are_more_dead(text: str, total: int) -> None:
    assert _total(text) == total


def _wounded(text: str) -> int:
    return sum(c.count or 0 for c in combine_casualties(find_casualty_mentions(text), text=text)
               if c.kind == "wounded")


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    ("Gunmen raided a bar in Ashwa, killing four people and injuring six, one of whom died "
     "the following day.", 5, 5),
    ("A grenade hit a bus stop in Ashwa, killing two and wounding seven, two of them later "
     "died in hospital.", 4, 5),
    # some of the hurt told by how badly they were hurt stay hurt
    ("Gunmen raided a bar in Ashwa, killing four people and injuring six, two of them "
     "critically.", 4, 6),
])
def test_some_of_the_wounded_just_counted_who_died(text: str, dead: int, wounded: int) -> None:
    assert (_total(text), _wounded(text)) == (dead, wounded)


@pytest.mark.parametrize(("text", "total"), [
    ("Rebels killed five soldiers in an ambush near Kolwa, bringing to 31 the number of "
     "soldiers killed in the province this month.", 5),
    ("Gunmen killed 4 villagers in Ashwa, bringing the number of people killed in the district "
     "since January to 60.", 4),
    # a toll of the incident itself, with no period, is its count
    ("A bomb killed nine people in Ashwa. Two more died later, bringing the number of dead "
     "to 11.", 11),
])
def test_a_period_total_the_incident_brings_up_is_not_its_toll(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("Rebels ambushed a convoy near Kolwa, killing eight - five soldiers and three "
     "civilians.", 8),
    ("Rebels ambushed a convoy near Kolwa, killing twenty - five soldiers.", 25),
])
def test_a_spaced_dash_after_a_count_opens_who_they_were(text: str, total: int) -> None:
    assert _total(text) == total


def test_some_of_those_before_the_comma_who_were_killed() -> None:
    text = ("Bandits raided a police post in Ashwa, killing five officers. The officers fought "
            "back against the attackers, two of whom were killed.")
    killed = [(c.count, c.party) for c in combine_casualties(find_casualty_mentions(text),
                                                             text=text) if c.kind == "killed"]
    assert killed == [(5, "officers"), (2, "attackers")]
