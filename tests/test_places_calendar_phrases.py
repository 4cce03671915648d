"""A sentence that opens on a time ("In May, ...", "On Monday, ...") names no place, though
its words sound like one in the gazetteer ("Yen My"); a jihadist network's name
("al-Qaida") is no village either."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = RulePipeline().analyse(document_from_text(text, doc_id="t", published="2024-06-04"))
    return [(p.text, p.place.country if p.place else None) for p in doc.places]


@pytest.mark.parametrize(("text", "unwanted"), [
    ("In May, gunmen killed 14 villagers near Kaura Namoda, police said.", "In May"),
    ("In March, the militia shelled a market near Goma.", "In March"),
    ("Al-Shabaab, which is linked to al-Qaida, claimed the attack near Afgooye.", "al-Qaida"),
    ("The cell swore allegiance to al-Qaeda in 2019, officials said.", "al-Qaeda"),
])
def test_places_calendar_phrases_and_network_names_are_no_place(text: str,
                                                                unwanted: str) -> None:
    assert unwanted not in [name for name, _ in _places(text)]
