"""A speaker the report does not name and describes by their place in a body ("a security
source in the Interior Ministry said", "an official at the health ministry, who asked not
to be named, said") is a described speaker: the description is the role, the body their
organisation; a source, or one who asked not to be named, is anonymous."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-10-21") if isinstance(s, Statement)]


LEAD = "A car bomb went off near a bakery in Basra on Sunday. "


@pytest.mark.parametrize(
    ("sentence", "role", "organisation", "anonymous"),
    [
        ("A security source in the Interior Ministry told reporters that five people died.",
         "security source in the Interior Ministry", "Interior Ministry", True),
        ("An official at the health ministry, who asked not to be named, said five people "
         "died.", "official at the health ministry", "Health Ministry", True),
        ('"Five people died," said an official in the Basra provincial council, who asked '
         "not to be named.", "official in the Basra provincial council",
         "Basra provincial council", True),
        ("\u201cFive people died,\u201d a source at the Basra Operations Command said.",
         "source at the Basra Operations Command", None, True),
        ("An officer at the Basra police station said five people died.",
         "officer at the Basra police station", "Basra police station", False),
    ],
)
def test_statements_unnamed_speaker_of_a_body(sentence: str, role: str,
                                              organisation: str | None,
                                              anonymous: bool) -> None:
    found = _statements(LEAD + sentence)
    assert len(found) == 1, found
    [statement] = found
    assert statement.role == role
    assert statement.anonymous is anonymous
    # (a named speaker-to-be is the description only where the report leaves them unnamed)
    assert statement.speaker == (role if anonymous else None)
    if organisation is None:
        assert statement.organisation is not None  # the command the actors stage reads
    else:
        assert statement.organisation == organisation


def test_statements_described_by_where_from_has_no_body() -> None:
    # "of Basra" says where the resident is from, not for what body they speak
    found = _statements(LEAD + "A resident of Basra said five people died.")
    assert [(s.speaker, s.role, s.organisation) for s in found] == [
        (None, "resident of Basra", None)]


@pytest.mark.parametrize(
    ("sentence", "role", "organisation"),
    [
        ("Sources in the health ministry said five people died.",
         "sources in the health ministry", "Health Ministry"),
        ("Officials at the health ministry said five people died.",
         "officials at the health ministry", "Health Ministry"),
    ],
)
def test_statements_plural_opening_the_sentence_without_article(sentence: str, role: str,
                                                                 organisation: str) -> None:
    found = _statements(LEAD + sentence)
    assert [(s.role, s.organisation) for s in found] == [(role, organisation)], found
