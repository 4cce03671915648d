"""A noun some reports write as two words reads as the one word it is.

"Two of his body guards were hurt" tells of bodyguards, as "two of his bodyguards" does:
the count, the possessive and the verb read alike over both spellings.
"""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 4 April 2013, a magnetic bomb fixed to the car of Major Samir Fadel exploded in "
         "Baiji, Iraq, injuring one of his body guards.", 0, 1),
        ("On 4 April 2013, gunmen attacked a judge in Baiji, Iraq. The judge was killed. Two "
         "of his body guards were wounded.", 1, 2),
        ("On 4 April 2013, a roadside bomb killed the mayor and one of his body guards in "
         "Baiji, Iraq.", 2, 0),
        ("On 4 April 2013, a roadside bomb hit a convoy in Baiji, Iraq. Four body guards were "
         "wounded.", 0, 4),
    ],
    ids=["injuring-one-of-his", "two-of-his-were-wounded", "killed-the-mayor-and-one",
         "four-were-wounded"],
)
def test_body_guards_are_bodyguards(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
