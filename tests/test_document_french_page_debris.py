"""An English story scraped from a bilingual site keeps the French page's furniture:
"Lire aussi" links, "Partager" buttons, "Cr\u00e9dit photo" credits and the stamps "Publi\u00e9
le 12/03/2024" and "Mis \u00e0 jour le 12/03/2024 \u00e0 18h05". Each is debris, kept with its
offsets; the stamp dates the page, its slashed date day first, and a stamp right below
the first ("Last updated: ...") is no day of the story either."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.document import _DATELINE_SHAPE, _dateline_shaped, clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.records import Document, Event

_STORY = ("Five soldiers were killed on Monday when gunmen ambushed a patrol near Menaka, "
          "Mali, the army said.")


def _document(text: str) -> Document:
    return clean_document(make_doc(document_from_text(text))).document


@pytest.mark.parametrize(("stamp", "published"), [
    ("Publi\u00e9 le 12/03/2024", "2024-03-12"),
    ("Publi\u00e9e le 05/04/2023 \u00e0 14h30", "2023-04-05"),
    ("Publie le 3/11/2022", "2022-11-03"),
    ("PUBLI\u00c9 LE 21/06/2021", "2021-06-21"),
    ("Mis \u00e0 jour le 09/10/2020 \u00e0 08h15", "2020-10-09"),
], ids=["publie-le", "publiee-clock", "no-accent", "capitals", "mis-a-jour"])
def test_document_french_stamp_dates_the_page(stamp: str, published: str) -> None:
    text = f"Soldiers killed in ambush near Menaka\n\n{stamp}\n\n{_STORY}\n"
    document = _document(text)
    assert (document.published, document.published_basis) == (published, "in_text")
    # (alone, or in the block of short lines above the story with the headline)
    spans = [span for span in document.debris if stamp in span.text]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)


@pytest.mark.parametrize("line", [
    "Lire aussi: Attaque contre un camp militaire dans le centre",
    "\u00c0 lire aussi : Deux gendarmes bless\u00e9s \u00e0 Gao",
    "Voir aussi: L'arm\u00e9e renforce ses positions",
    "Partager",
    "Cr\u00e9dit photo: AFP",
], ids=["lire-aussi", "a-lire-aussi", "voir-aussi", "partager", "credit-photo"])
def test_document_french_page_lines_are_debris(line: str) -> None:
    text = f"Soldiers killed in ambush near Menaka\n\n{_STORY}\n\n{line}\n\nThe army sent " \
           "reinforcements to the area.\n"
    document = _document(text)
    spans = [span for span in document.debris if span.text == line]
    assert spans and all(text[s.start:s.end] == s.text for s in spans), document.debris


@pytest.mark.parametrize("stamps", [
    "Publi\u00e9 le 12/03/2024\nMis \u00e0 jour le 12/03/2024 \u00e0 18h05",
    "Published: March 12, 2024\nLast updated: March 12, 2024 at 6:05 p.m.",
], ids=["french", "english"])
def test_document_stamp_below_a_stamp_is_no_day_of_the_story(stamps: str) -> None:
    text = f"Soldiers killed in ambush near Menaka\n\n{stamps}\n\n{_STORY}\n"
    records = extract(text)
    second = stamps.split("\n")[1]
    assert any(span.text == second for span in records[0].debris)  # type: ignore[attr-defined]
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.date_start == "2024-03-11"  # the Monday before the page's Tuesday


def test_document_french_words_in_a_sentence_stay_text() -> None:
    # a sentence that only holds such a word is the story's
    text = ("Soldiers killed near Menaka\n\nThe army said it would partager intelligence "
            f"with its allies. {_STORY}\n")
    assert not _document(text).debris


@pytest.mark.parametrize("head", ["Publie le 3/11/2022\n", "Mis a jour le 3/11/2022\n",
                                  "MISE A JOUR LE 3/11/2022\n"])
def test_document_french_stamp_passes_the_dateline_gate(head: str) -> None:
    # an ASCII head is searched for a date line only if it holds one of the labels
    assert _DATELINE_SHAPE.search(head) is not None
    assert _dateline_shaped(head)
