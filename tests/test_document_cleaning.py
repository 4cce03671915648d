from __future__ import annotations

import pytest

from eventcoder.document import clean_document, find_debris, make_doc, split_sentences
from eventcoder.inputs import document_from_text


def _clean(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return clean_document(make_doc(document_from_text(text, doc_id="t", **kwargs)))  # type: ignore[arg-type]


def test_document_header_becomes_metadata_and_keeps_offsets() -> None:
    text = " date 2024-11-02 Kurdistan24/ Turkish drones struck a village near Qandil."
    doc = _clean(text)
    assert doc.document.published == "2024-11-02"
    assert doc.document.published_basis == "in_text"
    assert doc.document.source == "Kurdistan24"
    assert len(doc.text) == len(text)
    start = doc.text.index("Turkish")
    assert text[start:start + 7] == "Turkish"
    assert "date" not in doc.text


def test_document_given_date_wins_over_header() -> None:
    doc = _clean(" date 2024-11-02 Outlet/ Body of the article.", published="2024-11-05")
    assert doc.document.published == "2024-11-05"
    assert doc.document.published_basis == "given"


@pytest.mark.parametrize(
    "header",
    ["ISIS\nISISReuters\n\n", "Hezbollah fighters\nAFP\n", "Protest in Lagos\nGetty Images\n"],
)
def test_document_scraped_caption_and_credit_are_debris(header: str) -> None:
    body = "Police said on Tuesday that two people were killed in an attack on a market."
    doc = _clean(header + body)
    assert doc.text.strip() == body
    assert [e.text for e in doc.document.debris] == [header]
    assert doc.document.metadata.get("photo_credit")


def test_document_plain_article_has_no_debris() -> None:
    text = ("Gunmen killed three villagers in Zamfara on Sunday, police said.\n\n"
            "The attackers fled on motorcycles.")
    assert find_debris(text) == []


def test_document_unknown_publication_date_is_said() -> None:
    doc = _clean("Clashes erupted between two armed groups near the border.")
    assert doc.document.published is None
    assert doc.document.published_basis == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Gen. Michael Smith. Then it ended.", ["said Gen. Michael Smith.", "Then it ended."]),
        ("Troops of the U.S. Army left. Others stayed.",
         ["Troops of the U.S. Army left.", "Others stayed."]),
        ('"We will fight," he said. "Always."', ['"We will fight," he said.', '"Always."']),
        ("First line\nSecond line", ["First line", "Second line"]),
    ],
)
def test_document_sentences_respect_abbreviations(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_document_wire_dateline_is_recorded_even_with_a_given_date() -> None:
    text = "KADUNA, March 12 - Gunmen killed seven people in Kajuru on 10 March."
    doc = _clean(text, published="2024-03-12")
    assert doc.document.published == "2024-03-12"
    start, end = doc.document.metadata["dateline_span"]
    assert text[start:end] == "KADUNA, March 12"


def test_document_wire_dateline_without_a_dash_after_the_agency() -> None:
    text = ("Three militants killed in Baramulla\n\n"
            "Sopore, Aug 9 (PTI) Three militants were killed in an encounter in Baramulla.")
    doc = _clean(text, published="2024-08-10")
    start, end = doc.document.metadata["dateline_span"]
    assert text[start:end] == "Sopore, Aug 9"


def test_document_wire_dateline_gives_the_date_when_none_is_given() -> None:
    doc = _clean("GAZA CITY, 3 May 2024 (AFP) - An air strike hit a house in Rafah.")
    assert doc.document.published == "2024-05-03"
    assert doc.document.published_basis == "in_text"


@pytest.mark.parametrize(
    ("text", "filed_from"),
    [
        ("WASHINGTON (AP) \u2014 U.S. forces killed two militants in a raid in Syria.",
         "WASHINGTON"),
        ("Baghdad (Reuters) - A roadside bomb wounded three soldiers in Diyala.", "Baghdad"),
        ("STUTTGART, Germany - U.S. Africa Command conducted an airstrike near Jilib.",
         "STUTTGART, Germany"),
        ("Strike in Somalia\n\nKurdistan24 - ERBIL, Kurdistan Region - A drone hit a car "
         "in Sinjar.", "ERBIL, Kurdistan Region"),
        ("Basra / INA / The police arrested four suspects in Zubair on Monday.", "Basra"),
        ("Mosul (Kurdistan24) \u2013 Iraqi forces killed six militants south of Hatra.",
         "Mosul"),
        ("Troops kill four in raid\n\nPESHAWAR: Security forces killed four militants in "
         "Bannu.", "PESHAWAR"),
        ("Niamey - Gunmen attacked a patrol near Tillaberi on Sunday.", "Niamey"),
        ("Bamako \u2014 Jihadists ambushed a convoy near Nara on Friday.", "Bamako"),
    ],
)
def test_document_dateline_without_a_date_is_where_the_report_was_filed(
    text: str, filed_from: str
) -> None:
    doc = _clean(text, published="2024-03-12")
    assert doc.document.metadata["filed_from"] == filed_from
    start, end = doc.document.metadata["dateline_span"]
    assert text[start:end].startswith(filed_from)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq - Security forces arrested two suspects in Mosul on Monday.",
        "Gunmen killed two people in Kajuru - a town in Kaduna - on Monday.",
        "Police in Kirkuk / Hawija said the roads were closed on Monday.",
        "Update: Police said the roads were closed on Monday.",
    ],
)
def test_document_sentence_with_a_dash_is_no_dateline(text: str) -> None:
    assert "filed_from" not in _clean(text, published="2024-03-12").document.metadata
