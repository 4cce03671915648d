"""A dateline in title case with a full date and a dash ("Hilla, 21/8/2022 -", "Hilla,
August 21, 2022 -"), as translated releases write it, is kept as an upper-case one is:
where and when the report was filed."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc


def _clean(text: str) -> Doc:
    return clean_document(make_doc(document_from_text(text)))


@pytest.mark.parametrize(
    ("text", "dateline", "filed_from", "published"),
    [
        ("Hilla, 21/8/2022 - The police said that gunmen wounded a guard at a fuel depot.",
         "21/8/2022", "Hilla", "2022-08-21"),
        ("Guard wounded at a fuel depot\n\nSamawah, 23/9/2021 - The police said that gunmen "
         "wounded a guard at a fuel depot.", "23/9/2021", "Samawah", "2021-09-23"),
        ("Hilla, August 21, 2022 - The police said that gunmen wounded a guard at a depot.",
         "August 21, 2022", "Hilla", "2022-08-21"),
        ("Al Kut, 4 May 2020 - The police said that gunmen wounded a guard at a depot.",
         "4 May 2020", "Al Kut", "2020-05-04"),
    ],
    ids=["slashed", "below-a-headline", "month-day-year", "day-month-year"],
)
def test_title_case_dated_dateline_is_kept(text: str, dateline: str, filed_from: str,
                                           published: str) -> None:
    document = _clean(text).document
    assert document.metadata["dateline"] == dateline
    assert document.metadata["filed_from"] == filed_from
    start, end = document.metadata["dateline_span"]
    assert text[start:end] == f"{filed_from}, {dateline}"
    assert (document.published, document.published_basis) == (published, "in_text")


@pytest.mark.parametrize("text", [
    "Hilla, August 21 police said that gunmen wounded a guard at a fuel depot.",
    "Hilla, 21/8/2022 was the day the police said gunmen wounded a guard at a depot.",
], ids=["no-year-no-dash", "no-dash"])
def test_title_case_place_and_date_opening_a_sentence_is_no_dateline(text: str) -> None:
    assert "dateline" not in _clean(text).document.metadata
