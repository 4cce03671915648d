"""An agency dateline closed by a colon after the agency's name ("KABUL (Pajhwok): ",
"Herat, Oct 16 (Pajhwok): ") is a dateline as one closed by a dash: the outlet is the
source, the town where the report was filed is no place of the raid, and its day is the
filing's, not the raid's.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Event

BODY = ("Afghan special forces raided a Taliban prison in Shindand district of Herat province "
        "on Sunday night, freeing 23 prisoners, the Ministry of Defence said.")


@pytest.mark.parametrize("head", ["HERAT (Pajhwok): ", "Herat (Pajhwok): ",
                                  "HERAT, Sept 21 (Pajhwok): ",
                                  "Herat, Sept 21, 2020 (Pajhwok): "])
def test_document_agency_dateline_closed_by_a_colon(head: str) -> None:
    records = extract(head + BODY, published="2020-09-21", doc_id="d")
    [document] = [r for r in records if isinstance(r, Document)]
    assert document.source == "Pajhwok Afghan News"
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.location.name == "Shindand"
    assert event.date_start == "2020-09-20"
