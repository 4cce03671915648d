"""A wire dateline's outlet in brackets names the source even where the list of outlets
does not know it ("MAPUTO, June 15 (Lusa) -")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document


@pytest.mark.parametrize(("text", "source"), [
    ("Insurgents kill 11 in Cabo Delgado\n\nMAPUTO, June 15 (Lusa) - Insurgents killed 11 "
     "villagers in Macomia district on Sunday, local sources said.", "Lusa"),
    ("LIMA (Andina) - Gunmen killed two police officers in the VRAEM valley on Monday, the "
     "army said.", "Andina"),
], ids=["dated", "undated"])
def test_document_dateline_agency_names_the_source(text: str, source: str) -> None:
    document = next(r for r in extract(text, published="2021-06-15") if isinstance(r, Document))
    assert document.source == source
