"""Evidence highlighting: marks from character offsets, overlaps, escaping, excerpts."""

from __future__ import annotations

import re

import pytest

from eventcoder.web.highlight import Span, collect_spans, excerpt, highlight, locate


def _span(span_id: str, field: str, text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(span_id, field, "d", start, start + len(words), words)


def _marks(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<mark class="ev ev-[\w-]+" data-fields="([^"]*)" data-spans="([^"]*)">'
                      r"([^<]*)</mark>", html)


TEXT = "Militants killed 4 soldiers and wounded 9 near Gao on Monday."


@pytest.mark.parametrize(("spans", "expected"), [
    ([("s1", "fatalities", "killed 4 soldiers")],
     [("fatalities", "s1", "killed 4 soldiers")]),
    ([("s1", "fatalities", "killed 4 soldiers"), ("s2", "event_type", "killed")],
     [("fatalities event_type", "s1 s2", "killed"), ("fatalities", "s1", " 4 soldiers")]),
    ([("s1", "location", "Gao"), ("s2", "date", "Monday")],
     [("location", "s1", "Gao"), ("date", "s2", "Monday")]),
    ([("s1", "actor1", "Militants killed"), ("s2", "fatalities", "killed 4")],
     [("actor1", "s1", "Militants "), ("actor1 fatalities", "s1 s2", "killed"),
      ("fatalities", "s2", " 4")]),
])
def test_web_highlight_marks_overlapping_spans(spans: list[tuple[str, str, str]],
                                               expected: list[tuple[str, str, str]]) -> None:
    built = [_span(i, f, TEXT, w) for i, f, w in spans]
    html = str(highlight(TEXT, built))
    assert _marks(html) == expected
    # Without the marks the text reads as it was.
    assert re.sub(r"<[^>]+>", "", html) == TEXT


def test_web_highlight_escapes_text_and_attributes() -> None:
    text = 'He said "<b>5</b> & more" died <script>x</script>'
    span = _span("s1", 'fatalities" onmouseover="x', text, "<b>5</b>")
    html = str(highlight(text, [span]))
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;5&lt;/b&gt;" in html and "&lt;script&gt;" in html
    assert 'onmouseover="x' not in html


@pytest.mark.parametrize(("start", "end", "words", "placed"), [
    (17, 27, "4 soldiers", True),
    (18, 27, "4 soldiers", False),   # offsets one off: not marked at the wrong place
    (50, 80, "Monday.", False),      # past the end of the text
    (5, 5, "", False),               # empty
])
def test_web_highlight_locate_checks_offsets(start: int, end: int, words: str,
                                             placed: bool) -> None:
    span = Span("s1", "fatalities", "d", start, end, words)
    located = locate(TEXT, [span])
    assert (located.spans == [span]) is placed
    assert (located.unmatched == [span]) is not placed


def test_web_highlight_collect_spans_from_events_and_tallies() -> None:
    evidence = {"doc_id": "d", "start": 10, "end": 16, "text": "killed"}
    event = {"doc_id": "d", "evidence": {"event_type": [evidence], "fatalities": [evidence]},
             "casualties": [{"kind": "wounded", "evidence": [
                 {"doc_id": "d", "start": 32, "end": 41, "text": "wounded 9"}]}]}
    tally = {"doc_id": "t", "evidence": [{"start": 0, "end": 2, "text": "48"}]}
    spans = collect_spans([event, event, tally])
    assert [(s.field, s.doc_id, s.start) for s in spans] == [
        ("event_type", "d", 10), ("fatalities", "d", 10), ("casualties.wounded", "d", 32),
        ("tally", "t", 0)]
    assert len({s.span_id for s in spans}) == len(spans)


def test_web_highlight_excerpt_cuts_around_far_spans() -> None:
    text = ("In March the ministry ran 120 operations. " + "Filler sentence here. " * 40
            + "In Diyala, 50 operations were run.")
    spans = [_span("a", "tally", text, "March"), _span("b", "tally", text, "50 operations")]
    html = str(excerpt(text, spans, reach=60))
    assert [m[2] for m in _marks(html)] == ["March", "50 operations"]
    assert html.count("…") >= 1
    assert len(re.sub(r"<[^>]+>", "", html)) < len(text) / 2
