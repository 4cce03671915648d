"""A dateline that gives its day in brackets ("KANDAHAR (May 3) -") names no outlet there:
the brackets hold the day the report was filed."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document


def _source(text: str) -> str | None:
    return next(r for r in extract(text, published="2018-05-08")
                if isinstance(r, Document)).source


@pytest.mark.parametrize("text", [
    "KANDAHAR (May 3) - Three civilians were killed when a roadside bomb struck their car, "
    "officials said.",
    "GARDEZ (3 May) - Two policemen were wounded when gunmen fired on their post, officials "
    "said.",
])
def test_document_bracketed_day_is_no_outlet(text: str) -> None:
    assert _source(text) is None


def test_document_bracketed_agency_still_names_the_outlet() -> None:
    assert _source("MAPUTO, May 3 (Lusa) - Gunmen killed four villagers in Macomia "
                   "district, police said.") == "Lusa"
