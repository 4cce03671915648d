"""An agency's initials alone after the town on the dateline's line ("Hasakah - ANHA") name
the outlet, whether the list of outlets knows them or not, as initials in brackets before
the dash do ("Qamishli (ANHA) -")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document

_BODY = ("\n\nThe Syrian Democratic Forces arrested three ISIS members in a raid on the town of "
         "Markada on Thursday, the forces said.\n")


@pytest.mark.parametrize(("dateline", "source", "filed_from"), [
    ("Hasakah - ANHA", "ANHA", "Hasakah"),
    ("Hasakah \u2013 ANHA", "ANHA", "Hasakah"),
    ("Mosul - NINA", "National Iraqi News Agency", "Mosul"),
    ("Baghdad-INA", "Iraqi News Agency", "Baghdad"),
], ids=["unknown", "en-dash", "known", "joined"])
def test_document_initials_after_the_town_are_the_agency(dateline: str, source: str,
                                                        filed_from: str) -> None:
    document = next(r for r in extract(dateline + _BODY, published="2024-12-06")
                    if isinstance(r, Document))
    assert (document.source, document.metadata.get("filed_from")) == (source, filed_from)
