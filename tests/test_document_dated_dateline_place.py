"""A dated dateline says where the report was filed too ("Baidoa, 3 February 2025 (SONNA)
-"), and a place whose name holds an Arabic article in lower case ("Bab es-Salam (ANHA) -")
is a dateline whose agency is the source."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc


def _clean(text: str) -> Doc:
    return clean_document(make_doc(document_from_text(text)))


@pytest.mark.parametrize(
    ("text", "filed_from"),
    [
        ("Baidoa, 3 February 2025 (SONNA) - Two traders were wounded when a grenade hit "
         "the livestock market.", "Baidoa"),
        ("GAROWE, Puntland, 17 October - Police detained five men after a night raid on a "
         "warehouse.", "GAROWE, Puntland"),
        ("Bab es-Salam, 9 June 2024 (ANHA) - A drone struck a fuel truck on the road east "
         "of the town.", "Bab es-Salam"),
    ],
)
def test_dated_dateline_gives_where_it_was_filed(text: str, filed_from: str) -> None:
    document = _clean(text).document
    assert document.metadata["filed_from"] == filed_from
    start, end = document.metadata["dateline_span"]
    assert text[start:end].startswith(filed_from)


@pytest.mark.parametrize(
    ("text", "filed_from"),
    [
        ("Bab es-Salam (ANHA) - A drone struck a fuel truck east of the town on Sunday.",
         "Bab es-Salam"),
        ("Wadi ed-Deif (ANHA) - Gunmen fired on a checkpoint at dawn, wounding a guard.",
         "Wadi ed-Deif"),
    ],
)
def test_agency_after_a_name_with_an_article_is_the_source(text: str, filed_from: str) -> None:
    document = _clean(text).document
    assert document.source is not None
    assert document.metadata["filed_from"] == filed_from


def test_weekday_before_the_date_is_no_place() -> None:
    document = _clean("Tuesday, 4 March 2025 (SONNA) - Two traders were wounded in a "
                      "blast at the market.").document
    assert "filed_from" not in document.metadata
