"""A person told by a role and then named between commas is one of a list before the verb.

"A guard, identified as Tariq Aziz, and his cousin, Bilal Aziz, were shot and wounded" is
two wounded: the name says who the guard was, and the cousin is a second person. So in
"a farmer, Tariq Aziz, and two of his sons were killed" (three dead).
"""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 4 June 2014, in Multan, Pakistan, a guard, identified as Tariq Aziz, and his "
         "cousin, Bilal Aziz, were shot and wounded when gunmen fired on their car.", 0, 2),
        ("On 4 June 2014, in Multan, Pakistan, a shopkeeper, Tariq Aziz, and a driver were "
         "shot and wounded when gunmen fired on their car.", 0, 2),
        ("On 4 June 2014, in Multan, Pakistan, a farmer, Tariq Aziz, and two of his sons were "
         "killed when gunmen fired on their car.", 3, 0),
    ],
    ids=["identified-as-and-a-named-cousin", "role-name-and-a-driver", "role-name-and-two-sons"],
)
def test_the_role_and_its_name_are_one_person(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
