"""Agency datelines written with a slash ("Basra/ INA" on its own line, "Najaf/ The police
announced ...") say where the report was filed, not where its event took place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Event


@pytest.mark.parametrize(
    ("text", "filed_from", "source", "admin1"),
    [
        ("Basra/ INA\n\nThe Security Media Cell announced, on Sunday, the killing of three "
         "terrorists in an air strike on a hideout in the Hamrin basin in Diyala.",
         "Basra", "Iraqi News Agency", "Diyala"),
        ("Karbala / INA /\nTwo soldiers were killed on Sunday when an explosive device "
         "went off on their vehicle in the Hamrin basin in Diyala.", "Karbala",
         "Iraqi News Agency", "Diyala"),
        ("Najaf/ The Security Media Cell announced on Sunday that two soldiers were killed "
         "when an explosive device went off on their vehicle in Al-Rutba district.",
         "Najaf", None, "Al-Anbar"),
    ],
)
def test_document_slash_dateline(text: str, filed_from: str, source: str | None,
                                 admin1: str) -> None:
    records = extract(text, published="2024-06-02")
    document = next(r for r in records if isinstance(r, Document))
    assert document.metadata.get("filed_from") == filed_from
    assert document.source == source
    events = [r for r in records if isinstance(r, Event)]
    assert [e.location.admin1 for e in events] == [admin1], [e.notes for e in events]

