"""A release's date line with the word "dated" after the town it was issued in ("Quetta,
dated 10 February 2025") dates the release; "dated" inside a sentence ("a letter dated 5
February 2025") does not."""

from __future__ import annotations

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text


def _published(text: str) -> tuple[str | None, str]:
    document = clean_document(make_doc(document_from_text(text))).document
    return document.published, document.published_basis


def test_town_and_dated_line_dates_the_release() -> None:
    text = ("PRESS RELEASE\nPeshawar, dated 3 March 2025\n\nPolice kill two suspects in "
            "Bannu\n\nOn 2 March 2025, police raided a compound in Bannu district.")
    assert _published(text) == ("2025-03-03", "in_text")


def test_dated_in_a_sentence_is_no_date_line() -> None:
    text = ("Police in Peshawar said a letter dated 1 March 2025 had warned of the attack on "
            "the market in Bannu.")
    assert _published(text) == (None, "unknown")
