"""The force whose post was struck ("gunmen attacked a police station", "militants attacked
police stations", "attacked a military base": the army's) is the side struck
where no other is named; its evidence is the word of the force in the report, not the
opening words of the text."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Late on Sunday gunmen attacked a police station in Pasto, Narino, Colombia, and "
         "fled before dawn.", "police"),
        ("Yesterday armed men raided an army post near Kidal, Mali, and took fuel.", "army"),
        ("Gunmen attacked a military checkpoint near Kauran Namoda, Nigeria, on Sunday.",
         "military"),
    ],
)
def test_post_struck_force_evidence_is_its_word(text: str, word: str) -> None:
    event = next(r for r in extract(text, published="2024-03-11") if isinstance(r, Event))
    spans = event.evidence.get("actor2") or []
    assert spans, event.actor2
    for span in spans:
        assert text[span.start:span.end] == span.text
        assert span.text.lower() == word, span


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("In June 2019, militants attacked police stations in Mocimboa da Praia, "
         "Mozambique.", "Police Forces of Mozambique"),
        ("Jihadists raided army posts near Menaka, Mali, on Sunday.",
         "Military Forces of Mali"),
        # "military" alone names no force; the post is the army's
        ("Gunmen attacked a military checkpoint near Kauran Namoda, Nigeria, on Sunday.",
         "Military Forces of Nigeria"),
        ("In 2017 militants stormed a military base in Kunduz province, Afghanistan.",
         "Military Forces of Afghanistan"),
    ],
)
def test_posts_told_in_the_plural_make_their_force_struck(text: str, force: str) -> None:
    event = next(r for r in extract(text, published="2024-03-11") if isinstance(r, Event))
    assert event.actor2 == force, (event.actor1, event.actor2)
