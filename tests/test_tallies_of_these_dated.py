"""A month's release whose headline repeats its total, read with a publication date.

"Of these, 142 were killed in ..., while 51 ..." opens on the count told before it: its parts
are of that count and of its party, never of the soldiers' deaths told after it, whether the
headline's figure (read once the report is dated) or the body's is the one kept.

Each report under ``fixtures/tallies`` was written for these tests.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event
from tests.conftest import TallyRow, fixture_records, tally_rows

ISPR: list[TallyRow] = [
    ("killed", 7, ("PK",), "Military Forces of Pakistan", 36),
    ("killed", 36, ("PK",), "Military Forces of Pakistan", None),
    ("killed", 51, ("PK",), "khwarij", 193),
    ("killed", 142, ("PK",), "khwarij", 193),
    ("killed", 193, ("PK",), "khwarij", None),
    ("operations", 4021, ("PK",), None, None),
]
ARMY: list[TallyRow] = [
    ("killed", 2, ("NG",), "Military Forces of Nigeria", 9),
    ("killed", 9, ("NG",), "Military Forces of Nigeria", None),
    ("killed", 27, ("NG",), "Unidentified Armed Group (Nigeria)", 87),
    ("killed", 60, ("NG",), "Unidentified Armed Group (Nigeria)", 87),
    ("killed", 87, ("NG",), "Unidentified Armed Group (Nigeria)", None),
    ("operations", 312, ("NG",), None, None),
]

CASES = [
    ("ispr-november-sent-to-hell", None, ISPR, {193: "consistent", 36: "partial"}),
    ("ispr-november-sent-to-hell", "2024-12-02", ISPR, {193: "consistent", 36: "partial"}),
    ("ispr-november-sent-to-hell", "2025-01-06", ISPR, {193: "consistent", 36: "partial"}),
    ("army-march-of-these-by-state", None, ARMY, {87: "consistent", 9: "partial"}),
    ("army-march-of-these-by-state", "2025-04-03", ARMY, {87: "consistent", 9: "partial"}),
    ("army-march-of-these-by-state", "2025-05-12", ARMY, {87: "consistent", 9: "partial"}),
]


@pytest.mark.parametrize(("name", "published", "rows", "verdicts"), CASES)
def test_parts_of_these_are_of_the_count_told_before(
        name: str, published: str | None, rows: list[TallyRow],
        verdicts: dict[int, str]) -> None:
    records = fixture_records("tallies", name, published)
    assert tally_rows(records) == sorted(rows)
    got = {int(c.total): c.verdict for c in records if isinstance(c, Consistency)}
    assert got == verdicts
    # the month's results: no killing on the day they were told
    assert not [r for r in records if isinstance(r, Event)]
