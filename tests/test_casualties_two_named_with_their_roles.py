"""Two named victims, each told with a role between commas, are two people.

"Gunmen killed Farid Noori, a baker, and Hamid Rahimi, a teacher" counts two dead: the
words after each name say who he was and count nobody more; the second name after "and"
is a second person. Kin told after the first name ("the cousin of the mayor") reads alike.
A name that opens a clause of its own after "and" ("and Kabul police said") is no victim.
"""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 3 March 2014, in Kunduz, Afghanistan, gunmen on a motorcycle shot and killed "
         "Farid Noori, a baker, and Hamid Rahimi, a teacher at a girls' school.", 2, 0),
        ("On 9 October 2013, in Hilla, Iraq, unknown assailants shot and killed Salim Jabbar, "
         "the cousin of the provincial governor, and Karim Daoud, a lawyer.", 2, 0),
        ("On 9 October 2013, in Hilla, Iraq, unknown assailants shot and killed Salim Jabbar, "
         "the cousin of the provincial governor, and Karim Daoud. No group claimed the "
         "attack.", 2, 0),
        ("On 9 October 2013, in Hilla, Iraq, a bomb killed Salim Jabbar, a shopkeeper, and "
         "Babylon police said the device was hidden in a cart.", 1, 0),
        ("On 9 October 2013, in Hilla, Iraq, gunmen shot and killed Salim Jabbar, the cousin "
         "of the provincial governor, and wounded Karim Daoud.", 1, 1),
    ],
    ids=["name-role-and-name-role", "name-kin-and-name-role", "name-kin-and-bare-name",
         "name-role-then-a-clause", "second-name-of-another-verb"],
)
def test_each_named_victim_counts_once(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
