"""Page furniture a scraper keeps is debris: links to other stories, share buttons, bylines,
credits and copyright below the story, appeals, counters and captions, each on a line of its
own. It is blanked (offsets kept) and what it says of the article becomes metadata: a
publication stamp ("Published January 10, 2024"), a date in the byline block above the
story, the outlet a line names. A sentence that only opens with such a word is text."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, debris_line, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc


def _clean(text: str, published: str | None = None) -> Doc:
    return clean_document(make_doc(document_from_text(text, doc_id="t", published=published)))


@pytest.mark.parametrize(("line", "kind"), [
    ("Read more: Gunmen kill three herders in Zamfara", "link"),
    ("ALSO READ: Army repels attack on Dikwa base", "link"),
    ("Related: Baghdad tightens security after Kirkuk blast", "link"),
    ("Continue reading >> Peshmerga ministry issues warning", "link"),
    ("Share on WhatsApp", "share"),
    ("Tweet | Email | Print", "share"),
    ("Hiiraan Online | Share | Comments", "share"),
    ("By Fatima Abubakar", "byline"),
    ("Written by: Ahmad Shah Erfanyar", "byline"),
    ("Al-Monitor Staff", "byline"),
    ("Reporting by Omar Haddad; Editing by Sara Lin", "trailer"),
    ("Additional reporting by Idrees Ali in Washington", "trailer"),
    ("\u00a9 2024 Reuters. All rights reserved.", "trailer"),
    ("Copyright 2023 The Associated Press", "trailer"),
    ("-- This story has been corrected to show that 14 police were hurt, not 41.", "trailer"),
    ("(Reporting by Aisha Bello; Editing by Peter Graff)", "trailer"),
    ("\u2014 Additional reporting by Nadia Karim in Islamabad", "trailer"),
    ("(This article has been corrected to give the right name of the village)", "trailer"),
    ("Subscribe to our newsletter for the latest news", "appeal"),
    ("Advertisement", "appeal"),
    ("Views: 3,418", "counter"),
    ("4 min read", "counter"),
    ("File photo: Soldiers at a checkpoint in Kirkuk", "caption"),
    ("Fighters gather near Idlib. Photo: AFP", "caption"),
    ("Residents inspect the damage (Photo: handout)", "caption"),
])
def test_document_page_furniture_lines(line: str, kind: str) -> None:
    assert debris_line(line) == kind


@pytest.mark.parametrize("line", [
    "By Tuesday, the toll had risen to 12, officials said.",
    "Share prices in Erbil fell after the attack.",
    "Related attacks were reported in Diyala on the same day.",
    "The shooting was caught on video by a resident.",
    "Support for the militia has grown in the province since 2021.",
    "Reporting from the front line is difficult.",
    "Two soldiers were killed in Bama.",
    "- Two soldiers were killed in Bama on Friday.",
    "(Reuters) - Gunmen killed four people in Kaduna.",
    "-- Editing the figures, the army said 14 were killed.",
])
def test_document_sentences_are_no_furniture(line: str) -> None:
    assert debris_line(line) is None


def test_document_furniture_is_blanked_with_offsets_kept() -> None:
    text = ("QUETTA: Gunmen killed two levies personnel near Zhob on Monday.\n"
            "Read more: Blast hits train in Sibi\n"
            "Police said the attackers fled.\n"
            "Share on Facebook\n")
    doc = _clean(text, "2024-04-02")
    assert len(doc.text) == len(text)
    assert "Read more" not in doc.text and "Share" not in doc.text
    assert "Police said the attackers fled." in doc.text
    for span in doc.document.debris:
        assert text[span.start:span.end] == span.text


def test_document_publication_stamp_is_debris_and_dates_the_article() -> None:
    text = ("Levies official shot dead in Zhob\n"
            "Express Tribune | Published March 4, 2024 Updated 2 hours ago\n\n"
            "QUETTA: A levies official was shot dead in Zhob on Sunday, police said.")
    doc = _clean(text)
    document = doc.document
    assert (document.published, document.published_basis) == ("2024-03-04", "in_text")
    assert document.source == "The Express Tribune"
    assert document.metadata["filed_from"] == "QUETTA"
    assert any(e.text.startswith("Express Tribune | Published") for e in document.debris)
    assert "Published" not in doc.text


def test_document_date_in_the_byline_block_dates_the_article() -> None:
    text = ("Hiiraan Online\nBy Abdi Warsame\nSeptember 3, 2024\n\n"
            "Al-Shabaab fighters attacked a base near Jowhar on Monday, residents said.")
    document = _clean(text).document
    assert (document.published, document.published_basis) == ("2024-09-03", "in_text")
    assert document.source == "Hiiraan Online"


def test_document_place_and_agency_initials_are_a_dateline() -> None:
    text = ("Police arrest four suspects in Basra\n\nBasra-INA\n\n"
            "The police arrested four suspects in Zubair on Monday.")
    document = _clean(text, "2024-03-12").document
    assert document.metadata["filed_from"] == "Basra"
    assert document.source == "Iraqi News Agency"
