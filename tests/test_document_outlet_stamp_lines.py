"""A publication stamp opened by the outlet's name and a separator ("Kirkuk Now | Friday,
3 October 2025 | 09:40") gives the publication date and, where the list of outlets does not
know the name, the outlet; a line of topic tags below the story is page furniture."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.document import debris_line
from eventcoder.records import Document

_BODY = ("Police killed two gunmen who attacked a checkpoint near Samarra on Thursday, a police "
         "officer said.\n")


def _document(text: str) -> Document:
    return next(r for r in extract(text) if isinstance(r, Document))


@pytest.mark.parametrize(("stamp", "source"), [
    ("Kirkuk Now | Friday, 3 October 2025 | 09:40", "Kirkuk Now"),
    ("Kirkuk Now | 3 October 2025", "Kirkuk Now"),
    ("Baghdad Post \u2022 October 3, 2025", "Baghdad Post"),
    ("Dawn | Friday, 3 October 2025 | 09:40", "Dawn"),
    ("By Lana Aziz | Friday, 3 October 2025", None),
    ("Friday | 3 October 2025 | 09:40", None),
], ids=["name-weekday", "name-date", "bullet", "known-outlet", "byline", "weekday"])
def test_document_outlet_opening_a_stamp(stamp: str, source: str | None) -> None:
    text = f"{stamp}\n{_BODY}"
    document = _document(text)
    assert (document.published, document.published_basis, document.source) == (
        "2025-10-03", "in_text", source)
    assert [e.text for e in document.debris] == [stamp]


@pytest.mark.parametrize(("line", "kind"), [
    ("Tags: Samarra, police, ISIS", "link"),
    ("Topics: Iraq | Security", "link"),
    ("Keywords: Salahuddin", "link"),
    ("Tags were found on the bodies of the two gunmen.", None),
])
def test_document_topic_tags_are_page_furniture(line: str, kind: str | None) -> None:
    assert debris_line(line) == kind
