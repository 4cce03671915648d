"""Wounds told by the body part struck or by the wound itself: "was shot in the leg",
"sustained a bullet wound to the arm", "the bodies of two men bearing gunshot wounds". The
body part says where the wound was, not who was hurt; the wound a body bears says how its
owner died, not that more people were hurt."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _counts(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)]


@pytest.mark.parametrize(("text", "counts"), [
    ("On 3 March 2020, a farmer was shot in the leg by gunmen near Jos, Plateau.",
     [("wounded", 1, "farmer")]),
    ("On 11 August 2018, gunmen shot a trader in the thigh near Kumba, South-West.",
     [("wounded", 1, "trader")]),
    ("On 9 June 2023, police shot three protesters in the legs in Nairobi, Nairobi.",
     [("wounded", 3, "protesters")]),
    ("On 2 April 2019, two soldiers were shot in the arm during a patrol near Kidal, Kidal.",
     [("wounded", 2, "soldiers")]),
    ("On 17 May 2021, a policeman was stabbed in the back by a crowd in Dhaka, Dhaka.",
     [("wounded", 1, "policeman")]),
    ("On 30 October 2017, a herder was hacked on the shoulder with a machete near Wukari, "
     "Taraba.", [("wounded", 1, "herder")]),
])
def test_casualties_shot_in_a_body_part_is_wounded(
        text: str, counts: list[tuple[str, int | None, str | None]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize("text", [
    # a death told in the clause: how the dead was struck, no one else hurt
    "On 3 March 2020, a farmer was shot in the head and killed near Jos, Plateau.",
    "On 3 March 2020, gunmen shot two farmers in the chest, killing them near Jos, Plateau.",
    # one named or told of before: how a death told already was dealt
    "On 3 March 2020, gunmen killed a chief near Jos, Plateau. They shot him in the head.",
    "On 3 March 2020, gunmen killed a chief near Jos, Plateau. Musa Danladi was shot in the "
    "head.",
    # "the victim" or the dead's own noun again after a death told before
    "03/14/2011: Assailants shot and killed a shopkeeper in Mardan city, Khyber Pakhtunkhwa "
    "province, Pakistan. The victim was shot in the chest.",
    "Gunmen shot dead a customs officer in Basra on Monday. The officer was shot in the head "
    "outside his home.",
    # the next sentence tells the one struck died
    "03/14/2011: Assailants shot a teacher in the back in Yala province, Thailand. The teacher "
    "was killed.",
    "A trader was stabbed in the back in Kano on Tuesday. He died in hospital the next day.",
    "A herder was shot in the stomach near Wukari on Friday. The man later succumbed to his "
    "wounds.",
])
def test_casualties_shot_in_a_body_part_of_the_dead_is_no_wound(text: str) -> None:
    assert "wounded" not in [kind for kind, _, _ in _counts(text)]


@pytest.mark.parametrize("text", [
    "On 3 March 2020, a farmer was shot near Jos, Plateau.",
    "On 3 March 2020, the shot in the arm was given to children in Jos, Plateau.",
])
def test_casualties_shot_without_a_body_part_struck_tells_no_wound(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(("text", "counts"), [
    ("On 3 March 2020, gunmen attacked a village near Jos, Plateau; a farmer sustained a "
     "bullet wound to the arm.", [("wounded", 1, "farmer")]),
    ("On 21 July 2022, a student suffered a stab wound during a fight in Sylhet, Sylhet.",
     [("wounded", 1, "student")]),
    ("On 5 January 2019, a teacher sustained a minor gunshot wound to the leg in Bamenda, "
     "North-West.", [("wounded", 1, "teacher")]),
])
def test_casualties_a_wound_sustained_is_one_wounded(
        text: str, counts: list[tuple[str, int | None, str | None]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(("text", "killed"), [
    ("On 14 October 2018, the bodies of two young men bearing gunshot wounds were found in "
     "Tumaco, Narino.", 2),
    ("On 2 May 2021, the bodies of three traders showing stab wounds were recovered near "
     "Kasese, Western.", 3),
    ("On 8 December 2017, the body of a woman bearing machete wounds was found near Beni, "
     "North Kivu.", 1),
])
def test_casualties_bodies_bearing_wounds_are_the_dead(text: str, killed: int) -> None:
    assert _counts(text)[0][:2] == ("killed", killed)
    assert "wounded" not in [kind for kind, _, _ in _counts(text)]


@pytest.mark.parametrize(("text", "wounded"), [
    # one told for the first time after others' deaths is hurt, not one of the dead
    ("Insurgents killed two soldiers in an ambush near Gao on Friday. The driver of the truck "
     "was shot in the arm.", [("wounded", 1, "driver of the truck")]),
    # another's death in the next sentence leaves the wound standing
    ("A soldier was shot in the arm near Kidal on Friday, the army said. Two others were "
     "killed.", [("wounded", 1, "soldier")]),
    ("A police officer was shot in the leg during a raid in Kandahar. The officer was taken to "
     "hospital.", [("wounded", 1, "police officer")]),
])
def test_casualties_shot_in_a_body_part_beside_others_dead_is_a_wound(
        text: str, wounded: list[tuple[str, int | None, str | None]]) -> None:
    assert [c for c in _counts(text) if c[0] == "wounded"] == wounded
