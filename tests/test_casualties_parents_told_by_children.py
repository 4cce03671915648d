"""One person told as a parent by the number of their children: "a father of four" is one
person, unlike "a family of four", and a parent told after a comma is the person before it
told again."""

from __future__ import annotations

import pytest

from tests.records_factory import casualty_total


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A mother of five was wounded when a shell hit her house in Koristel.", 0, 1),
        ("A father of three children was killed by a roadside bomb near Amdal.", 1, 0),
        ("A 52-year-old grandmother of nine was shot dead in her shop.", 1, 0),
        # the noun after "and" has no article: one person who is both, as the verb says
        ("A policeman and father of six was killed at a checkpoint in Vrena.", 1, 0),
        ("A nurse and mother of two was wounded in the shelling on Tuesday.", 0, 1),
        # a family is its members
        ("A family of four was killed when the strike hit their home in Dulan.", 4, 0),
    ],
)
def test_a_parent_is_one_person(text: str, killed: int, wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen killed a shepherd, father of two, and his cousin near Tobrak.", 2, 0),
        ("Raiders shot dead a trader, a mother of three, and her driver on Sunday.", 2, 0),
        ("Militants killed Idris Maalouf, a father of seven, and his son in Seluk.", 2, 0),
        ("A baker, a father of four, and his apprentice were wounded by the blast.", 0, 2),
        ("The village chief, a father of eight, was killed by unknown gunmen.", 1, 0),
        # people listed with their own articles are each counted
        ("A guard, a cook and a driver were killed in the raid on the camp.", 3, 0),
    ],
)
def test_a_parent_after_a_comma_is_the_person_before(text: str, killed: int,
                                                      wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # two roles of one person after a comma, the last a parent
        ("Raiders killed Leyla Ortanu, a nurse and mother of four, and her nephew.", 2, 0),
        # the parent told first, the name after it
        ("A pharmacist and father of two, Tomas Belek, was wounded in the attack.", 0, 1),
        ("Father of five Ruben Adomako was killed in the explosion at the depot.", 1, 0),
    ],
)
def test_a_parent_with_a_second_role_or_a_name(text: str, killed: int,
                                                wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # kin of someone else, told of the one before the comma
        ("Bandits killed a miller, the son of a retired judge, and his cousin.", 2, 0),
        ("A driver, nephew of the district governor, and his friend were killed.", 2, 0),
        ("Gunmen shot dead a potter, a widower with four children, and his neighbour.", 2, 0),
        ("A weaver, a widow with two sons, and her sister were wounded in Pashtal.", 0, 2),
    ],
)
def test_kin_after_a_comma_is_the_person_before(text: str, killed: int,
                                                 wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # a verb that tells no number: the noun without an article is still the same person
        ("A shop guard and father of three died after being stabbed in Korvan.", 1, 0),
        # the parent written with hyphens
        ("Raiders killed a fisherman, a father-of-six, and his brother-in-law.", 2, 0),
        # a plural verb says two
        ("A clerk and father of two were killed in the blast, neighbours said.", 2, 0),
    ],
)
def test_a_parent_with_any_verb_or_hyphens(text: str, killed: int, wounded: int) -> None:
    assert casualty_total(text, "killed") == killed
    assert casualty_total(text, "wounded") == wounded
