"""Counted figures in a sentence: value, metric, qualifier and the party counted."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.tallies import TallyItem, parse_items


def _doc(text: str) -> Doc:
    return clean_document(make_doc(document_from_text(text, published="2024-04-05")))


def _items(text: str) -> list[TallyItem]:
    doc = _doc(text)
    assert len(doc.sentences) == 1, doc.sentences
    return parse_items(doc, 0)


def _summary(items: list[TallyItem]) -> list[tuple[int, str, str | None, str | None]]:
    return [(i.value, i.metric, i.qualifier, i.party_text) for i in items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces conducted a total of 61 counter-terrorism raids in the north in March.",
            [(61, "raids", "counter-terrorism", None)],
        ),
        (
            "They carried out 7 joint operations and 3 unilateral operations.",
            [(7, "operations", "joint", None), (3, "operations", "unilateral", None)],
        ),
        (
            "The campaign left 40 Boko Haram fighters killed and 12 captured over the week.",
            [(40, "killed", None, "Boko Haram fighters"), (12, "detained", None,
                                                           "Boko Haram fighters")],
        ),
        (
            "Police arrested 154 suspects across 12 provinces last week.",
            [(154, "detained", None, "suspects")],
        ),
        (
            "Six soldiers and two horses were wounded in these operations.",
            [(6, "wounded", None, "soldiers")],
        ),
        (
            "No coalition personnel were killed during the month.",
            [(0, "killed", None, "coalition personnel")],
        ),
        (
            "The mission recorded 1,032 civilian deaths and 2,107 injuries in the first half.",
            [(1032, "killed", None, "civilian"), (2107, "wounded", None, "civilian")],
        ),
        (
            "Aircraft flew twenty-three sorties over the region in June, killing an estimated "
            "58 militants.",
            [(23, "sorties", None, None), (58, "killed", None, "militants")],
        ),
        (
            "Of these, 14 airstrikes hit positions in Lower Shabelle, 9 in Middle Juba.",
            [(14, "strikes", None, None), (9, "strikes", None, None)],
        ),
    ],
)
def test_tallies_items_read_counted_figures(
    text: str, expected: list[tuple[int, str, str | None, str | None]]
) -> None:
    assert _summary(_items(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The group was founded in 2014 and has 3 leaders.",
        "Temperatures reached 45 degrees on 12 July.",
        "One working dog was injured in these operations.",
    ],
)
def test_tallies_items_ignore_figures_that_count_nothing(text: str) -> None:
    assert _items(text) == []


def test_tallies_items_keep_the_number_span() -> None:
    text = "In May, troops detained 37 people in raids."
    doc = _doc(text)
    [item] = parse_items(doc, 0)
    assert text[item.start : item.end].startswith("detained 37")
    assert item.value == 37
