"""Ages listed after a count ("Three men, aged 38, 45 and 47, were arrested") tell how old
the people counted are: the count is three, the ages are no counts."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("phrase", "count"), [
    ("Three men, aged 38, 45 and 47,", 3),
    ("Three men aged 38, 45 and 47", 3),
    ("Two women, aged 22 and 30,", 2),
    ("A man aged 45", 1),
])
def test_quantities_ages_listed_after_a_count(phrase: str, count: int) -> None:
    [event] = [r for r in extract(f"{phrase} were arrested in Lisburn on Thursday, police "
                                  "said.", published="2024-03-01") if isinstance(r, Event)]
    assert [(c.kind, c.count) for c in event.casualties] == [("detained", count)]
