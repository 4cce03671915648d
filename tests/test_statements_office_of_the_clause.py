"""A retelling whose lead opens on a force's deed and closes on "..., the Ministry of X
said in a statement": the office whose clause holds the verb issued the statement, and
"According to the statement, ..." after it is the office's, not the force's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


@pytest.mark.parametrize("lead", [
    "Zimbabwean soldiers killed", "The Zimbabwe National Army killed",
    "Zimbabwean security forces killed", "Government troops killed"])
def test_statements_office_of_the_clause_tells_the_statement(lead: str) -> None:
    text = (f"Harare, 4 Aug 2025 (Agency) - {lead} nine poachers and arrested four others in "
            "the northern province last week, the Ministry of Home Affairs said in a "
            "statement on Monday.\n\nAccording to the statement, six of the poachers were "
            "killed near the river and three in the hills.\n")
    statements = [r for r in extract(text, published="2025-08-04") if isinstance(r, Statement)]
    later = [s for s in statements if s.quote.startswith("six of the poachers")]
    assert [(s.speaker, s.organisation) for s in later] == [
        ("Ministry of Home Affairs", "Ministry of Home Affairs")]
