"""People a preposition governs belong to the clause before "and", not to the count after
it: "gunmen fired on the guests and Juma Bakari was killed" is one dead; "the patrol came
under attack by unknown gunmen and two of the guards were killed" two; "fired upon the
crowd and a boy was hurt" one hurt."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 30 June 2013, in Lamu, Kenya, dozens of armed men entered a wedding compound. "
         "They opened fire on the guests and Juma Bakari was killed.", 1, 0),
        ("On 30 June 2013, near Qala-i-Naw, Badghis, Afghanistan, a small group of guards "
         "went for help; the group came under attack by unknown gunmen and two of the guards "
         "were shot and killed.", 2, 0),
        ("On 30 June 2013, in Lamu, Kenya, gunmen fired upon the crowd at a bus stop and a "
         "boy was hurt.", 0, 1),
    ],
    ids=["fire-on", "attack-by", "fired-upon"],
)
def test_only_the_count_after_and(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
