"""Counting the dead and wounded of a report: wordings that hide, repeat or split a count."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Casualty


def _combined(text: str) -> list[Casualty]:
    return combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")


def _total(text: str, kind: str) -> int:
    total = 0
    for c in _combined(text):
        if c.kind == kind:
            total += c.count if c.count is not None else (c.low or 0)
    return total


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # "another N" is N more people, not one
        ("Gunmen killed 2 soldiers and wounded another five.", 2, 5),
        ("The mortar killed a herder; another 14 were hurt.", 1, 14),
        ("Four guards died and another two were injured in the blast.", 4, 2),
        # a number before an age unit is an age, not a count
        ("The blast killed Omar's 11 year-old daughter.", 1, 0),
        ("Raiders killed the farmer and the seven year old boy.", 2, 0),
        ("A 62-year-old trader was shot dead in the market.", 1, 0),
        # a possessive before the count: "the mayor's three guards"; "the pilot's body" is one
        ("The blast wounded the judge's three bodyguards.", 0, 3),
        ("Gunmen killed the mayor's 2 drivers.", 2, 0),
        ("The pilot's body was found dead near the river.", 1, 0),
        # one person named by a long title, or set off by a comma
        ("Gunmen shot and killed provincial police deputy commander General Tariq Mahmud "
         "Jaffar in Basra.", 1, 0),
        ("Attackers killed former Awami League (AL) councillor and owner of a brick kiln, "
         "Nurul Islam.", 1, 0),
        ("Two men on a motorbike shot and killed, Daniel Okafor, a bank clerk.", 1, 0),
        ("Soldiers killed Somali pirates near the coast.", 2, 0),
        # a subject set off by appositions: the counted head stands for all its names
        ("Three nurses, Amina Bello, Grace Udo and Hauwa Musa, were abducted and two of "
         "them, Grace Udo and Hauwa Musa, were later shot dead.", 2, 0),
        ("Two farmers, identified as Pedro Lima, a local councillor, and Joao Reis, a "
         "teacher, were killed.", 2, 0),
        ("On Friday, a trader from the Bara market, Gul Zaman, was shot and killed.", 1, 0),
        ("A leader of the Pashtun Tahaffuz Movement (PTM), identified as Arif Wazir, was "
         "killed.", 1, 0),
        # ... a list of counts adds up, unless it breaks down a total before it
        ("In the raid, three guards, two drivers and a cook, were wounded.", 0, 6),
        ("Seven people, four pilgrims and three police officers, were wounded.", 0, 7),
        # a phrase before the count does not join the victims
        ("In the ambush four porters were killed.", 4, 0),
        ("As a result, three soldiers and a driver were killed.", 4, 0),
        ("During the firefight, two guards, a cook and a rebel were killed.", 4, 0),
        # how someone was hurt, not how many
        ("He was found dead with several stab wounds.", 1, 0),
        ("The victim had multiple gunshot wounds.", 0, 0),
        # a question, not a count
        ("Six miners were killed. It is unclear how many people were killed in each blast.",
         6, 0),
        # "sustained injuries and died": the subject is the one who died
        ("Karim sustained bullet injuries and died on the way to hospital.", 1, 0),
        ("Two porters suffered shrapnel wounds and died later.", 2, 0),
        # the subject of "sustained injuries", the object of "caused injuries to"
        ("Three U.S. service members sustained minor injuries during the raid.", 0, 3),
        ("The blast caused slight injuries to four passers-by.", 0, 4),
        ("Two policemen received serious injuries when the grenade exploded.", 0, 2),
        # the patients of "diagnosed with", "treated for" injuries or concussions
        ("Eleven U.S. service members were diagnosed with traumatic brain injuries.", 0, 11),
        ("Four soldiers were treated for concussions after the rocket attack.", 0, 4),
        ("Four nurses were diagnosed with the virus.", 0, 0),
        # a revised count told far from the number it revises to
        ("The number of soldiers diagnosed with traumatic brain injuries after the missile "
         "attack on the air base in the west of the country last month has risen to 64, up "
         "from 50.", 0, 64),
        # ... or told before the people it counts
        ("The Pentagon on Friday raised to 34 the number of U.S. troops who suffered "
         "concussions in the Jan. 8 missile attack.", 0, 34),
        ("The ministry lowered to 12 the number of civilians killed in the shelling.", 12, 0),
    ],
)
def test_casualties_counts_mention_wordings(text: str, killed: int, wounded: int) -> None:
    assert (_total(text, "killed"), _total(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the attacker is counted apart from the victims a report numbers
        ("A suicide bomber blew himself up outside the court. Eleven people were killed.", 12),
        ("A suicide bomber detonated his vest at the rally, killing 20 civilians.", 21),
        ("Two suicide bombers detonated their vests at the gate. At least 40 people, including "
         "six guards, were killed.", 42),
        # ... but a tally or a bare number counts everyone
        ("A suicide bomber blew himself up at a checkpoint, killing 3 soldiers. 4 fatalities.",
         4),
        ("Two suicide bombers were shot before the blasts. The explosions killed seven, "
         "including two suicide bombers.", 7),
        # a definite phrase later on names people already counted
        ("Rebels shot dead three suspected informers. A note left by the bodies said the "
         "three men had worked for the army.", 3),
        ("The gang killed two traders. Police said the victims were killed over a debt.", 2),
        ("Gunmen killed five herders. The five farmers were buried on Sunday.", 5),
        # ... but two groups in one sentence stay two groups
        ("The strike killed the two drivers and the two guards.", 4),
    ],
)
def test_casualties_counts_totals_and_restatements(text: str, killed: int) -> None:
    assert _total(text, "killed") == killed


@pytest.mark.parametrize(
    "text",
    [
        "Troops rescued 11 kidnapped hostages in a raid on a camp near the forest.",
        "Police freed the abducted students on Sunday.",
        "The army said it had released 14 detained fishermen.",
    ],
)
def test_casualties_counts_people_set_free_were_not_taken_again(text: str) -> None:
    assert _total(text, "abducted") == 0
    assert _total(text, "detained") == 0


def test_casualties_counts_taken_then_freed_is_still_taken() -> None:
    assert _total("Gunmen kidnapped 11 people and later released two.", "abducted") == 11


@pytest.mark.parametrize(
    ("text", "kind", "counts"),
    [
        # "any" people are counted only where they are denied: none
        ("There are no indications that any civilians were killed in this strike.", "killed",
         [0]),
        ("The army denied that any soldiers were wounded.", "wounded", [0]),
        ("It was not clear whether any civilians were killed.", "killed", []),
        # what an operation meant to do, or someone tried to do, is no count
        ("Troops came under fire during an operation to arrest suspects.", "detained", []),
        ("Gunmen tried to kill the governor.", "killed", []),
        ("Troops managed to kill 4 militants.", "killed", [4]),
        # a word told of as a word
        ('The ministry uses the term "neutralized" in its weekly statements.', "killed", []),
        # parts that say who, not how many, leave the total whole
        ("Bandits abducted 25 passengers, including women and children.", "abducted", [25]),
        # people counted and then told of one by one
        ("Shelling killed two civilians. A 64-year-old man and a 71-year-old woman were "
         "killed when shells hit their home.", "killed", [2]),
        # ... but one told of as more is more
        ("Shelling killed two civilians. A man was also killed in a nearby village.", "killed",
         [2, 1]),
        ("Gunmen killed two soldiers. A woman was killed in the crossfire.", "killed", [2, 1]),
    ],
)
def test_casualties_counts_denied_meant_and_told_again(
        text: str, kind: str, counts: list[int]) -> None:
    assert [c.count for c in _combined(text) if c.kind == kind] == counts
