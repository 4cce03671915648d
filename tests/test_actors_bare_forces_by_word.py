"""Bare "forces" (after a line's start, a clause's mark or one of a few words) are found
from each "forces" of the text and read backwards: the same places as one pattern of the
openings and the word finds, searched over the whole text."""

from __future__ import annotations

import re

import pytest

from eventcoder.actors import _bare_forces

# The reading as one pattern: what ``_bare_forces`` must find, place for place.
_ONE_PATTERN = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]nd|[Tt]hen|[Ww]hen|[Aa]fter|[Ww]here|"
    r"[Ii]ts)\s+)"
    r"(?P<forces>forces)\b(?!\s+(?:of|loyal|from|belonging|affiliated|allied|aligned|"
    r"backed|supported|led)\b)", re.MULTILINE)


@pytest.mark.parametrize(("text", "words"), [
    ("Portuguese marines landed. In one raid, forces seized a depot.", ["forces"]),
    ("forces shelled Alverca; then\n forces withdrew (forces regrouped)", ["forces"] * 3),
    ("The Andorran army said its forces arrested two men and these forces left.",
     ["forces", "forces"]),
    ("Forces loyal to the mayor; the forces of the governor; partner forces; their forces",
     []),
    ("reinforces the line; The  forces backed by drones; When forces led", []),
    ("bathe forces, Its\u00a0forces crossed;  \tforces", ["forces", "forces"]),
    ("line one\nforces at dawn, and forces_x, after forces.", ["forces", "forces"]),
    ("", []),
    ("forces", ["forces"]),
])
def test_bare_forces(text: str, words: list[str]) -> None:
    found = list(_bare_forces(text))
    assert found == [m.span("forces") for m in _ONE_PATTERN.finditer(text)]
    assert [text[start:end] for start, end in found] == words
