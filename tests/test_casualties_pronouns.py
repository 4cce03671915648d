"""Victims named by a pronoun: "killing himself", "stabbed her to death", "killed them"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _killed(text: str) -> int | None:
    return total_fatalities(
        combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")
    )


def _event_killed(text: str) -> int:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events
    best = max(events, key=lambda e: e.confidence)
    return sum(c.count if c.count is not None else (c.low or 0)
               for c in best.casualties if c.kind == "killed")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Guards stopped the attacker at the gate. She then triggered her belt, "
         "killing herself.", 1),
        ("The gunman opened fire on the crowd and later turned the weapon on the guards, "
         "killing two of them. Police cornered him near a bridge; he fired again, "
         "killing himself.", 3),
        ("Two suicide bombers self-detonated near a bus depot. When soldiers approached, "
         "the bombers detonated, killing themselves and three soldiers.", 5),
        ("A suicide attacker set off explosives at a checkpoint, killing himself and "
         "four policemen.", 5),
    ],
)
def test_casualties_pronouns_attackers_killing_themselves_are_counted(
    text: str, killed: int
) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Unknown men dragged a shopkeeper from his stall and used iron rods to beat him "
         "to death.", 1),
        ("A mob seized a woman accused of witchcraft and stoned her to death.", 1),
        ("Rebels abducted the three farmers from a field and hacked them to death.", 3),
        ("Militants kidnapped five traders on the highway and later killed them.", 5),
        ("Gunmen seized two teachers at the school gate. They took the two teachers to a "
         "forest and burned them to death.", 2),
    ],
)
def test_casualties_pronouns_to_death_and_them_count_the_group(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced him to death on Tuesday.",
        "A judge in the capital condemned them to death for the bombing.",
    ],
)
def test_casualties_pronouns_a_death_sentence_is_no_killing(text: str) -> None:
    assert not _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 4 March 2012, in Peshawar, Pakistan, a suicide bomber was spotted by police "
         "near a market. He then detonated his vest, killing himself. No one else was hurt.",
         1),
        ("On 9 July 2013, in Mosul, Iraq, four suicide bombers self-detonated near a police "
         "station. Cornered by officers, the bombers detonated, killing themselves and a "
         "policeman.", 5),
        ("On 2 June 2014, in Bijapur, India, militants abducted four villagers from a "
         "market and later beat them to death.", 4),
        # "all of them" are the people just counted, not more of them
        ("On 2 June 2014, Iraqi aircraft struck a cave in Kirkuk governorate, Iraq, killing 11 "
         "militants. The cave was used as a hideout, and all of them were killed.", 11),
    ],
)
def test_casualties_pronouns_reach_the_event(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("As the mayor stepped out of his office, she was shot three times and died on the "
         "way to hospital.", 1),
        ("The driver was stabbed several times and died before help arrived.", 1),
        ("Four soldiers on the patrol near the border were killed in the ambush.", 4),
        ("Nine passengers aboard the bus at the time died in the blast.", 9),
        ("Two guards at the gate of the embassy in the capital were wounded and later died.",
         2),
    ],
)
def test_casualties_pronouns_subjects_past_phrases_and_repeated_shots(
    text: str, killed: int
) -> None:
    assert _killed(text) == killed


def test_casualties_pronouns_a_place_phrase_gives_no_count_without_a_number() -> None:
    # "the checkpoint" is where it happened; no counted people stand before it
    assert not _killed("A bomb near the checkpoint at the market was defused before it "
                       "killed anyone.")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Rebels seized three engineers at a dam. A week later, all three hostages were "
         "executed.", 3),
        ("Gunmen abducted a trader. On Friday the hostage was shot dead.", 1),
        ("Insurgents slit the throats of four shepherds near the river.", 4),
        ("The group killed a teacher by slitting the throat of the man in front of his "
         "pupils.", 1),
    ],
)
def test_casualties_pronouns_hostages_and_throats(text: str, killed: int) -> None:
    assert _killed(text) == killed
