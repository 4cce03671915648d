"""A wire dateline's span holds the agency's tag and the dash after its date ("DHAKA, Oct 8
(Reuters) - "), as the dateline without a date holds them ("DHAKA (Reuters) - "); a wire
dateline on the line below a headline and a byline is read with no publication date given,
and the town it was filed from is the event's place only where the story names no other."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.dates import _wire, wire_date_span
from eventcoder.document import DATELINE_REACH
from eventcoder.records import Document, Event, Statement


def _records(text: str, published: str | None) -> tuple[Document, list[Event]]:
    records = extract(text, published=published)
    document = next(r for r in records if isinstance(r, Document))
    return document, [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "published", "first_words"), [
    ("SANAA, Oct 8 (Reuters) - Two fishermen were killed by a sea mine off Hodeidah.",
     "2023-10-09", "Two fishermen"),
    ("SANAA (Reuters) - Two fishermen were killed by a sea mine off Hodeidah.",
     "2023-10-09", "Two fishermen"),
    ("GOMA, 14 March (AFP) \u2013 Rebels shelled a camp outside Sake, the army said.",
     "2022-03-15", "Rebels shelled"),
    ("QUETTA, Nov 6 (APP) \u2014Unknown men shot dead a teacher in Turbat.",
     "2021-11-07", "Unknown men"),
    ("KABUL, Aug 2 (Pajhwok): Four guards were wounded in Pul-i-Khumri.",
     "2021-08-03", "Four guards"),
    ("Mine kills fishermen\n\nBy Sam Hale\nSANAA, Oct 8, 2023 (AP) - Two fishermen were killed "
     "by a sea mine off Hodeidah.", None, "Two fishermen"),
], ids=["dated", "undated", "en-dash", "em-dash-joined", "colon", "dated-with-year"])
def test_document_wire_dateline_span_holds_the_tag_and_the_dash(
        text: str, published: str | None, first_words: str) -> None:
    document, _events = _records(text, published)
    start, end = document.metadata["dateline_span"]
    assert text[end:].startswith(first_words)
    assert "(" in text[start:end]


def test_document_wire_dateline_span_keeps_the_words_after_it_to_the_speaker() -> None:
    text = "MAIDUGURI, Jan 22 (Reuters) - Police said three traders were arrested in the town."
    statements = [r for r in extract(text, published="2024-01-23") if isinstance(r, Statement)]
    assert [s.speaker for s in statements] == ["Police Forces of Nigeria"]
    assert statements[0].quote.startswith("three traders were arrested")


@pytest.mark.parametrize(("text", "town", "place", "source"), [
    ("Blast kills soldiers in the south\nBy Rana Khalil\nDAMASCUS, June 12 (AP) \u2014 Three "
     "soldiers were killed when a roadside bomb hit their patrol near Deraa, officials said.",
     "DAMASCUS", "Deraa", "Associated Press"),
    ("Gunmen raid market town\n\nBy Musa Idris\n\nABUJA, 3 March (AFP) - Gunmen killed 11 "
     "traders in a market in Tsafe on Sunday, police said.",
     "ABUJA", "Tsafe", "Agence France-Presse"),
], ids=["damascus", "abuja"])
def test_document_wire_dateline_below_a_headline_and_a_byline_without_a_date(
        text: str, town: str, place: str, source: str) -> None:
    document, events = _records(text, None)
    assert document.metadata["filed_from"] == town
    start, end = document.metadata["dateline_span"]
    assert text[start:].startswith(town)
    assert document.source == source
    assert document.published is None  # no year to settle the dateline's day
    assert [e.location.name for e in events] == [place]


def test_document_wire_dateline_town_is_the_place_only_where_none_other_is_named() -> None:
    text = ("Blast kills soldiers\nBy Rana Khalil\nHOMS, June 12 (AP) \u2014 Three soldiers "
            "were killed when a roadside bomb hit their patrol, officials said.")
    _document, events = _records(text, None)
    assert [(e.location.name, e.location.country) for e in events] == [("HOMS", "SY")]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("KARACHI, 4 March (AFP) - Three guards were shot dead at a checkpoint in Turbat, "
     "officials said.", "Turbat", "PK"),
    ("NAIROBI, Jan 9 (Reuters) - Three police officers were killed by a roadside bomb near "
     "Garissa, police said.", "Garissa", "KE"),
    ("BAGHDAD, Feb 4 (Reuters) - A car bomb killed four people at a checkpoint in Tikrit.",
     "Tikrit", "IQ"),
], ids=["karachi", "nairobi", "baghdad"])
def test_document_one_sentence_wire_story_takes_the_place_it_names(
        text: str, place: str, country: str) -> None:
    _document, events = _records(text, "2024-03-05")
    assert [(e.location.name, e.location.country) for e in events] == [(place, country)]


@pytest.mark.parametrize("text", [
    "Headline words\nBy Jo Doe\nDAMASCUS, June 12 (AP) - Three soldiers were killed.",
    "\n\nHeadline words\nBAMAKO, 2 May (AFP) - Militants attacked a camp.",
    "Headline words\nBy Jo Doe\nBAMAKO - Militants attacked a camp (an army post).",
    "Headline (in brackets)\nBy Jo Doe\nMilitants attacked a camp, 2 May.",
    "BAMAKO, 2 May (AFP) - Militants attacked a camp.",
    "One line (AFP) with no dateline at all",
], ids=["byline", "blank-lines", "no-date", "no-dateline", "opening", "one-line"])
def test_document_wire_dateline_search_gate_rules_out_no_match(text: str) -> None:
    body = len(text) - len(text.lstrip())
    ungated = _wire().match(text, max(0, text.rfind("\n", 0, body))) or _wire().search(
        text, body, body + DATELINE_REACH)
    found = wire_date_span(text, reach=DATELINE_REACH)
    assert found == ((ungated.start("date"), ungated.end("date")) if ungated else None)
