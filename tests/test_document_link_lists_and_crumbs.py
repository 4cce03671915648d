"""A scraped page keeps furniture around the story: a heading of links to other stories
("Related Articles", "Most Read", "Read more:") with the headlines listed below it, navigation
crumbs ("Home / News / Security"), notices ("Click here ...", a cookie banner, "Leave a
comment"), a caption closed by "File photo: ...", a stamp with a clock ("at 2:05 p.m.").
All of it is debris, blanked with offsets kept: the headlines of other stories give no event,
place or count."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.document import (
    _crumbs,
    clean_document,
    debris_lexicon,
    debris_line,
    make_doc,
)
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.records import Event

_BODY = "Gunmen killed three farmers near Korvalla on Monday, police said."


def _clean(text: str, published: str | None = None) -> Doc:
    return clean_document(make_doc(document_from_text(text, doc_id="t", published=published)))


@pytest.mark.parametrize(("line", "kind"), [
    ("Related Articles", "link"),
    ("Read more:", "link"),
    ("Most Read", "link"),
    ("More from Middle East", "link"),
    ("You may also like: Nine hurt in Velmora market blast", "link"),
    ("Home / News / Security", "crumbs"),
    ("World > Africa > Sahel", "crumbs"),
    ("Accueil \u203a Monde \u203a Afrique", "crumbs"),
    ("Click here to read more stories from the region", "appeal"),
    ("We use cookies to improve your experience. By continuing you agree. Accept", "appeal"),
    ("Leave a comment", "appeal"),
    ("Guards outside the ministry in Velmora, 2019. File photo: Korva Press", "caption"),
    ("Trending now", "link"),
    ("Latest News", "link"),
    ("Filed under: Africa, Security", "link"),
    ("Posted in News | Tagged Velmora, Tarsk", "link"),
    ("Story continues below advertisement", "appeal"),
    ("Scroll to continue", "appeal"),
    ("Print this page", "appeal"),
    ("By Jane Roe and John Poe | Korva Press", "byline"),
    ("Korva Images/Korva Press", "caption"),
])
def test_furniture_lines(line: str, kind: str) -> None:
    assert debris_line(line) == kind


@pytest.mark.parametrize("line", [
    "Velmora / NINA /",
    "Diyala / Korva Today",
    "More fighters arrived in the town on Monday.",
    "Related fighting was reported in the north.",
    "Click-through rates fell.",
    "Homes were burned in three villages / officials said",
    "Latest figures show 12 people were killed in Tarsk.",
    "Posted in a video | the group said it held Tarsk. | Tagged as terrorists",
    "Trending on social media, the video showed the attack.",
])
def test_text_and_datelines_are_no_furniture(line: str) -> None:
    assert debris_line(line) not in ("link", "crumbs", "appeal")


@pytest.mark.parametrize("line", ["Home / News / Security", "World > Africa > Sahel",
                                  "Home \u00bb Africa \u00bb Sahel"])
def test_a_crumb_row_holds_a_mark(line: str) -> None:
    # the gate: a line without a separator is never read as crumbs
    assert _crumbs(line, debris_lexicon())
    assert not _crumbs(line.replace(">", " ").replace("/", " ").replace("\u00bb", " "),
                       debris_lexicon())


@pytest.mark.parametrize("listing", [
    "Related Articles\nFive killed in Velmora clash\nThree soldiers wounded in Tarsk",
    "Read more:\nArmy kills 10 militants in Velmora district",
    "Most Read\n1. Twelve killed in Tarsk attack\n2. Curfew lifted in Velmora",
])
def test_headlines_below_a_heading_of_links_give_no_event(listing: str) -> None:
    text = f"Farmers attacked\n\n{_BODY}\n\n{listing}"
    doc = _clean(text)
    listed = text.index(listing)
    assert doc.text[listed:].strip() == ""
    assert doc.text[text.index(_BODY):].startswith(_BODY)
    assert len(doc.text) == len(text)
    events = [r for r in eventcoder.extract(text, published="2024-03-12")
              if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [3]


def test_a_list_of_links_ends_at_a_blank_line_or_a_sentence() -> None:
    text = (f"Related\nTwo wounded in Tarsk\n\n{_BODY}\n\nWatch\n"
            "Soldiers killed two attackers at the gate, the army said.")
    doc = _clean(text)
    assert "Two wounded in Tarsk" not in doc.text
    assert _BODY in doc.text
    assert "Soldiers killed two attackers at the gate, the army said." in doc.text


def test_crumbs_are_no_dateline() -> None:
    text = f"Farmers attacked\nHome / News / Security\n\n{_BODY}"
    doc = _clean(text)
    assert "Home" not in doc.text
    assert "filed_from" not in doc.document.metadata


def test_a_stamp_with_a_clock_dates_the_article() -> None:
    doc = _clean(f"Farmers attacked\nLast updated: March 12, 2024 at 2:05 p.m.\n\n{_BODY}")
    assert doc.document.published == "2024-03-12"
    assert "2:05" not in doc.text


def test_a_row_of_labels_gives_no_place() -> None:
    text = f"Farmers attacked\n\n{_BODY}\n\nPosted in News | Tagged Tarsk, Velmora"
    doc = _clean(text)
    assert "Tarsk" not in doc.text
