"""Two people named in full and joined by "and" before the verb are two.

"Gunmen fired on three traders. Idris Bako and Sani Musa died, and a third man was hurt"
counts two dead and one wounded.
"""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 12 May 2014, in Kano, Nigeria, gunmen fired on three traders at a bus park. "
         "Idris Bako and Sani Musa died, and a third man was hurt.", 2, 1),
        ("On 12 May 2014, in Kano, Nigeria, a bomb hit a bus park. Idris Bako and Sani Musa "
         "were killed.", 2, 0),
    ],
    ids=["two-names-died", "two-names-were-killed"],
)
def test_two_named_people_are_two(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
