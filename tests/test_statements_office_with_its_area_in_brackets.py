"""An office "of" a body with its area or branch in brackets, then the holder's name, as
South Asian copy writes it ("Inspector General of Police (Bastar range) P Sundarraj",
"Superintendent of Police Kamlochan Kashyap"): the name is the speaker, the office with its
brackets the role."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


@pytest.mark.parametrize(("speaker_words", "name", "role"), [
    ("Inspector General of Police (Bastar range) P Sundarraj", "P Sundarraj",
     "Inspector General of Police (Bastar range)"),
    ("Deputy Inspector General of Police (Kashmir range) Vijay Kumar", "Vijay Kumar",
     "Deputy Inspector General of Police (Kashmir range)"),
    ("Commissioner of Police (Operations) Ali Hassan", "Ali Hassan",
     "Commissioner of Police (Operations)"),
    ("Superintendent of Police (Bijapur) Kamlochan Kashyap", "Kamlochan Kashyap",
     "Superintendent of Police (Bijapur)"),
    ("Superintendent of Police Meena Rathore", "Meena Rathore", "Superintendent of Police"),
])
def test_statements_office_with_bracketed_area_then_name(speaker_words: str, name: str,
                                                         role: str) -> None:
    text = ("Ambush in the forest\n\nRAIPUR (PTI) - Maoists killed four policemen in Bijapur "
            f"district on Tuesday.\n\n\"The men fought bravely,\" {speaker_words} said over the "
            "phone.")
    said = [(r.speaker, r.role) for r in extract(text, published="2022-09-14", doc_id="t")
            if isinstance(r, Statement) and r.quote.startswith("The men fought")]
    assert said == [(name, role)]
