"""People told by bare nouns that share a determiner or whose owner is a thing: each noun
is one person."""

from __future__ import annotations

import pytest

from tests.records_factory import casualty_total


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # a bare noun after "and" shares the article of the first; the plural verb says two
        ("A man and boy were killed when the roof of the mill at Varesk fell in.", 2, 0),
        ("A woman and child were wounded by shelling in Tarvel on Sunday.", 0, 2),
        ("An officer and civilian were hurt in the blast, police said.", 0, 2),
    ],
)
def test_a_bare_noun_after_and_shares_the_article(text: str, killed: int, wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # with a singular verb the two nouns are one person
        ("The owner and manager of the bakery was wounded.", 0, 1),
        # two roles of a thing's people: "of the car" names no person
        ("The driver and passenger of the van were injured near Ostrel.", 0, 2),
        ("The pilot and navigator of the plane were killed when it came down.", 2, 0),
    ],
)
def test_two_roles_of_a_vehicle_are_two_people(text: str, killed: int, wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # "as were" joins a list of the victim's own, a bare noun among them
        ("Judge Emil Varga was shot and killed, as were his wife, son and two guests.", 5, 0),
        ("A shopkeeper was shot dead, as were his brother, daughter and three customers.",
         6, 0),
        ("Gunmen killed her husband, nephew and cousin outside Lodhra.", 3, 0),
    ],
)
def test_a_bare_noun_in_a_list_is_one_person(text: str, killed: int, wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded
