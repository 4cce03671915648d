"""Evidence highlighting: a document's text with the spans of each field wrapped in ``<mark>``.

Spans come from records' evidence (character offsets into the stored text). They
may overlap (``killing`` for the event type inside ``killing 12 civilians`` for
the fatalities), so the text is cut at every span boundary and each piece is
wrapped once, naming every field and span that covers it. Everything between
and inside the marks is escaped: the result is safe to insert as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

#: Field groups that have their own colour in the dashboard's style sheet.
FIELD_GROUPS = ("event_type", "date", "location", "actor1", "actor2", "fatalities",
                "casualties", "equipment", "tally", "other")

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class Span:
    """One evidence span of one field, located in one document's text."""

    span_id: str
    field: str
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Located:
    """The spans of a document that its text confirms, and those it does not."""

    spans: list[Span]
    unmatched: list[Span]


def field_group(field: str) -> str:
    """The colour group of a field name (``casualties.killed`` -> ``casualties``)."""
    root = field.split(".", 1)[0]
    if root in ("date", "date_start", "date_end"):
        return "date"
    if root in FIELD_GROUPS:
        return root
    return "other"


def evidence_items(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``(field, evidence)`` pair of an event or tally record.

    An event's evidence is a mapping of field to spans; its casualties carry
    their own (named ``casualties.<kind>``); a tally's evidence is a plain list.
    """
    evidence = record.get("evidence")
    if isinstance(evidence, dict):
        for field, items in evidence.items():
            for item in items or []:
                if isinstance(item, dict):
                    yield str(field), item
    elif isinstance(evidence, list):
        for item in evidence:
            if isinstance(item, dict):
                yield "tally", item
    for casualty in record.get("casualties") or []:
        if not isinstance(casualty, dict):
            continue
        name = f"casualties.{casualty.get('kind') or 'other'}"
        for item in casualty.get("evidence") or []:
            if isinstance(item, dict):
                yield name, item


def collect_spans(records: Iterable[dict[str, Any]], *, prefix: str = "s") -> list[Span]:
    """The distinct evidence spans of ``records``, numbered in order of appearance."""
    seen: dict[tuple[str, str, int, int], Span] = {}
    for record in records:
        default_doc = str(record.get("doc_id") or "")
        for field, item in evidence_items(record):
            try:
                start, end = int(item["start"]), int(item["end"])
            except (KeyError, TypeError, ValueError):
                continue
            doc_id = str(item.get("doc_id") or default_doc)
            key = (field, doc_id, start, end)
            if key not in seen:
                seen[key] = Span(span_id=f"{prefix}{len(seen) + 1}", field=field, doc_id=doc_id,
                                 start=start, end=end, text=str(item.get("text") or ""))
    return list(seen.values())


def locate(text: str, spans: Sequence[Span]) -> Located:
    """Keep the spans whose offsets fall in ``text`` and read what they say they read.

    A span whose offsets point elsewhere is not highlighted at a wrong place: it is
    returned in ``unmatched`` so the page can say so.
    """
    good: list[Span] = []
    bad: list[Span] = []
    for span in spans:
        inside = 0 <= span.start < span.end <= len(text)
        if inside and (not span.text or text[span.start:span.end] == span.text):
            good.append(span)
        else:
            bad.append(span)
    return Located(spans=good, unmatched=bad)


def highlight(text: str, spans: Sequence[Span], *, offset: int = 0) -> Markup:
    """``text`` as escaped HTML with every span wrapped in ``<mark>``.

    ``offset`` is where ``text`` starts in the document (for excerpts); spans are in
    document offsets. Each mark names its fields (``data-fields``) and spans
    (``data-spans``), space-separated, and has the colour class of its first field.
    """
    end_of_text = offset + len(text)
    clipped = [s for s in spans if s.start < end_of_text and s.end > offset and s.start < s.end]
    cuts = {offset, end_of_text}
    for span in clipped:
        cuts.add(max(span.start, offset))
        cuts.add(min(span.end, end_of_text))
    bounds = sorted(cuts)
    parts: list[str] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        piece = escape(text[left - offset:right - offset])
        covering = [s for s in clipped if s.start <= left and s.end >= right]
        if not covering:
            parts.append(str(piece))
            continue
        fields = list(dict.fromkeys(s.field for s in covering))
        span_ids = " ".join(s.span_id for s in covering)
        group = _CLASS_SAFE.sub("-", field_group(fields[0]))
        parts.append(
            f'<mark class="ev ev-{group}" data-fields="{escape(" ".join(fields))}" '
            f'data-spans="{escape(span_ids)}">{piece}</mark>'
        )
    return Markup("".join(parts))


#: Characters that end a sentence or a line, for excerpts.
_BREAK = re.compile(r"[.!?\n]")


def excerpt_bounds(text: str, start: int, end: int, *, reach: int = 220) -> tuple[int, int]:
    """The sentence(s) around ``start:end``, at most ``reach`` characters further each way."""
    low = max(0, start - reach)
    left = low
    for match in _BREAK.finditer(text, low, start):
        left = match.end()
    high = min(len(text), end + reach)
    found = _BREAK.search(text, end, high)
    right = found.end() if found else high
    while left < start and text[left].isspace():
        left += 1
    return left, right


def excerpt(text: str, spans: Sequence[Span], *, reach: int = 220) -> Markup:
    """The sentences around ``spans`` with them highlighted, ``…`` where text is cut.

    Spans far apart (a month named in the first paragraph, a figure in the fifth)
    give one excerpt each, in text order.
    """
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    windows: list[tuple[int, int, list[Span]]] = []
    for span in ordered:
        left, right = excerpt_bounds(text, span.start, span.end, reach=reach)
        if windows and left <= windows[-1][1]:
            last_left, last_right, members = windows[-1]
            windows[-1] = (last_left, max(last_right, right), [*members, span])
        else:
            windows.append((left, right, [span]))
    out = Markup("")
    cursor = 0
    for left, right, members in windows:
        if left > cursor:
            out += Markup("… ")
        out += highlight(text[left:right], members, offset=left)
        cursor = right
    if windows and cursor < len(text):
        out += Markup(" …")
    return out


__all__ = [
    "FIELD_GROUPS",
    "Located",
    "Span",
    "collect_spans",
    "evidence_items",
    "excerpt",
    "excerpt_bounds",
    "field_group",
    "highlight",
    "locate",
]
