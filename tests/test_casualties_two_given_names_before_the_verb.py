"""Two people told by a given name alone and joined by "and" before the verb are two:
"Tunde and Chidi died of their wounds" is two dead. Two names one of which is a named group,
or a place the text tells as one, are no people."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 14 August 2016, in Makurdi, Nigeria, herders raided a farm. Tunde and Chidi "
         "died of their wounds.", 2, 0),
        ("On 14 August 2016, in Makurdi, Nigeria, a grenade went off at a farm. Ngozi and "
         "Adaeze were injured.", 0, 2),
        ("On 14 August 2016, in Makurdi, Nigeria, a grenade went off at a farm. Ngozi and "
         "Adaeze were injured and four others were killed.", 4, 2),
    ],
    ids=["died", "were-injured", "with-others"],
)
def test_two_given_names_are_two(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "On 14 August 2016, gunmen opened fire in Ramallah, Palestine. Hebron and Ramallah "
        "were injured.",
        "On 14 August 2016, gunmen opened fire in Ramallah, Palestine. Hamas and Fatah "
        "were killed.",
    ],
    ids=["places", "groups"],
)
def test_places_and_groups_joined_are_no_people(text: str) -> None:
    assert totals(text) == (0, 0)
