"""Combining mentions into per-party counts, and the ACLED-compatible total."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, party_key, total_fatalities
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Casualty


def _combined(text: str) -> list[Casualty]:
    return combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")


def _killed(text: str) -> int | None:
    return total_fatalities(_combined(text))


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Gunmen killed 5 people, including 2 soldiers.", 5),
        ("Three soldiers were killed in the ambush. The three soldiers were buried on Friday.", 3),
        ("2 police and 3 civilians were killed.", 5),
        ("Attack kills 7 in Kabul. Seven people died when the bomb went off.", 7),
        ("A man was shot dead on Monday. Police said the gunmen killed him at close range.", 1),
        ("Bandits killed a farmer and his son. 2 fatalities.", 2),
        ("The army said 14 militants were killed. The militants were buried nearby.", 14),
        ("Militants were killed in the raid. Officials later said 6 militants died.", 6),
        ("Two guards and members of a local militia were killed in the raid. 2 fatalities.", 2),
        ("In Fresnillo, Zacatecas, two women and a man were found dead. 3 fatalities.", 3),
        ("Clashes left fighters dead. Total fatalities coded to 10.", 10),
        ("Four villagers and five assailants were killed.", 9),
        ("Eight soldiers died and 3 others were wounded.", 8),
        ("A bomb killed two police officers and wounded an additional three. "
         "It also killed three additional civilians.", 5),
        ("The officer was fired on and killed by two gunmen.", 1),
        ("The attack caused 12 casualties.", 0),
        ("No US troops were killed. One Coalition member was killed.", 1),
        ("No casualties were reported.", 0),
        ("Prisoners clashed with guards, killing one. 11 prisoners were also killed "
         "(total of 12 fatalities).", 12),
        ("Jets were successful in eliminating the ISIS fighters within a cave.", 2),
        ("Dozens of fighters were killed.", 12),
        ("Militants killed an activist, identified as Rashid. Rashid was shot dead at his shop.",
         1),
        ("Gunmen shot and killed an off duty policeman, Ali Hassan, near his house.", 1),
        ("A suicide bomber detonated his vest at a checkpoint, killing 4 soldiers.", 5),
        ("A suicide bomber was arrested before he could detonate his vest.", None),
        ("Police arrested 40 protesters.", None),
        ("The market reopened on Sunday.", None),
    ],
)
def test_casualties_combine_total_without_double_counting(text: str, total: int | None) -> None:
    assert _killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Clashes erupted. Unknown fatalities coded as 10.", 10),
        ("Rebels claimed to have killed several soldiers. Several fatalities coded as 3.", 3),
        ("Unknown number of fatalities coded as 10 and split up between 3 events.", 3),
        ("Nine soldiers were killed. Fatalities split between two events.", 5),
        ("Two civilians were killed. Fatalities coded as 0 (one source reported 2).", 0),
        ("20 fatalities split up between 3 events.", 7),
        ("Fighting killed 8. Fatalities are split across 2 events (4).", 4),
    ],
)
def test_casualties_combine_stated_coding_conventions(text: str, total: int) -> None:
    assert _killed(text) == total


def test_casualties_combine_keeps_parties_apart() -> None:
    text = "2 police and 3 civilians were killed and 4 police were wounded."
    rows = sorted((c.kind, party_key(c.party), c.count) for c in _combined(text))
    assert rows == [("killed", "civilian", 3), ("killed", "police", 2), ("wounded", "police", 4)]


def test_casualties_combine_parts_are_carved_out_of_their_total() -> None:
    rows = [(c.party, c.count) for c in _combined("Gunmen killed 6 people, including 2 children.")]
    assert sorted(rows, key=str) == [("children", 2), ("people", 4)]


def test_casualties_combine_explicit_zero_per_party() -> None:
    text = (
        "One Coalition member was killed and two were wounded. "
        "There were no injuries to US personnel."
    )
    rows = {(c.kind, c.party, c.count, c.qualifier) for c in _combined(text)}
    assert rows == {
        ("killed", "Coalition member", 1, "exact"),
        ("wounded", "Coalition member", 2, "exact"),
        ("wounded", "US personnel", 0, "zero"),
    }


def test_casualties_combine_animals_are_never_counted() -> None:
    rows = [(c.party, c.count) for c in _combined("Four troops and one working dog were injured.")]
    assert rows == [("troops", 4)]


def test_casualties_combine_zero_does_not_erase_counts() -> None:
    text = "The driver was killed in the blast; there were no other reported fatalities."
    assert _killed(text) == 1


def test_casualties_combine_evidence_points_into_text() -> None:
    text = "Gunmen killed 5 people. Five people died."
    (c,) = _combined(text)
    assert c.count == 5 and len(c.evidence) == 2
    for ev in c.evidence:
        assert ev.doc_id == "d1" and text[ev.start : ev.end] == ev.text


def test_casualties_combine_rising_toll_replaces_earlier_count() -> None:
    text = "Two soldiers were killed on Monday. The death toll rose to 5 on Tuesday."
    assert _killed(text) == 5


def test_casualties_combine_conflicting_sources_keep_the_lower_count() -> None:
    text = "The blast killed 1 soldier. Other sources report that 2 soldiers were killed."
    assert _killed(text) == 1


@pytest.mark.parametrize(
    ("casualties", "total"),
    [
        ([], None),
        ([Casualty("wounded", None, 3)], None),
        ([Casualty("killed", None, 0, 0, 0, "zero")], 0),
        ([Casualty("killed", "a", 2), Casualty("killed", "b", None, 3, None, "unknown")], 5),
        ([Casualty("killed", None, 9, shared_by=2)], 5),
        ([Casualty("killed", None, 4), Casualty("killed", None, 10, coded=True)], 10),
    ],
)
def test_casualties_total_fatalities(casualties: list[Casualty], total: int | None) -> None:
    assert total_fatalities(casualties) == total


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("The blast wounded him and his wife.", 2),
        ("Four Central Reserve Police Force (CRPF) troopers were injured in an ambush.", 4),
        ("Two soldiers were wounded, and a third was hurt later.", 3),
        ("The explosion injured no one.", 0),
    ],
)
def test_casualties_combine_wounded(text: str, wounded: int) -> None:
    counts = [c.count or 0 for c in _combined(text) if c.kind == "wounded"]
    assert sum(counts) == wounded and counts
