"""A numbered bulletin's name before the date on a line of its own ("Flash Update No. 4 |
14 March 2024", "Situation Report 12 | 3 May 2025") is a publication stamp: it dates the
bulletin and is no text of it."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text


@pytest.mark.parametrize(
    ("stamp", "published"),
    [("Flash Update No. 4 | 14 March 2024", "2024-03-14"),
     ("Situation Report 12 | 3 May 2025", "2025-05-03")],
)
def test_numbered_bulletin_stamp_dates_the_bulletin(stamp: str, published: str) -> None:
    text = (f"SOUTH SUDAN\nUpper Nile: Clashes in Nasir\n{stamp}\n\nOn 1 March, fighting "
            "between armed youth and the army displaced some 5,000 people.")
    document = clean_document(make_doc(document_from_text(text))).document
    assert (document.published, document.published_basis) == (published, "in_text")
    assert any(stamp in span.text for span in document.debris)
