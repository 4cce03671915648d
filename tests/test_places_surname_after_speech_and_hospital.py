"""A person named in full after a speech verb with two given names ("said Abdul Basir Safi,
a spokesman") is told again by the surname alone ("Safi said"), which is then no town that
shares its spelling; and the town of the hospital where the hurt lie ("in a critical
condition at the regional hospital in Jalalabad") is no place of the deed."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("KABUL - A roadside bomb killed four police officers in Khost province on Sunday, "
         "said Mohammad Nabi Safi, a spokesman for the governor. \"They were on patrol,\" "
         "Safi said.", "Safi"),
        ("MOGADISHU - Militants attacked an army base near Afgoye on Friday, said Abdi Nur "
         "Marka, a district official. Marka said six soldiers were killed.", "Marka"),
        ("LAGOS - Gunmen kidnapped two engineers in Ondo state on Tuesday, according to "
         "Olumide Ade Ikeja, a police spokesman. Ikeja said a search was under way.", "Ikeja"),
    ],
)
def test_a_surname_told_after_the_full_name_is_no_place(text: str, surname: str) -> None:
    doc = RulePipeline().analyse(document_from_text(text, doc_id="t"))
    read = [p.place.name for p in doc.places
            if p.place is not None and doc.text[p.start:p.end] == surname]
    assert read == [], read


@pytest.mark.parametrize(
    ("text", "published", "place", "hospital_town"),
    [
        ("A suicide bomber blew himself up at a wedding in Chaparhar district of Nangarhar "
         "province on Sunday, killing nine guests. Several of the wounded were in a critical "
         "condition at the regional hospital in Jalalabad, officials said.", "2016-09-12",
         "Chaparhar", "Jalalabad"),
        ("Gunmen shot dead three farmers in Bakori, Katsina state, on Monday. Two others "
         "were being treated at a hospital in Funtua, police said.", "2021-05-11",
         "Bakori", "Funtua"),
    ],
)
def test_the_hospitals_town_is_no_place_of_the_deed(text: str, published: str, place: str,
                                                    hospital_town: str) -> None:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert [e.location.place for e in events] == [place], [e.notes for e in events]
    assert hospital_town not in {e.location.place for e in events}
