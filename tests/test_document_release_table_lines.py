"""Lines of a release that open with a place and a dash: a row of a table by country is no
dateline, and an upper-case place before the teller's name is."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document


def _metadata(text: str) -> dict[str, object]:
    document = next(r for r in extract(text, published="2025-02-10")
                    if isinstance(r, Document))
    return document.metadata


@pytest.mark.parametrize("row", [
    "Iraq - 12 partnered operations; 3 ISIS killed; 9 ISIS detained",
    "Syria \u2013 (21) operations, 27 detained",
])
def test_document_country_row_of_figures_is_no_dateline(row: str) -> None:
    text = (f"Monthly update on operations against ISIS\n\n{row}\n"
            "Nigeria - 4 operations; 2 killed\n")
    assert "filed_from" not in _metadata(text)


def test_document_upper_case_place_before_the_teller_is_the_dateline() -> None:
    text = ("CJTF-OIR releases results\n\nSOUTHWEST ASIA - Combined Joint Task Force - "
            "Operation Inherent Resolve released on Oct. 14 the results of operations.")
    assert _metadata(text)["filed_from"] == "SOUTHWEST ASIA"
