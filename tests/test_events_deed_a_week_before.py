"""A deed a sentence sets a stretch of days or weeks before its own ("..., a week after they
killed five in ...") is an earlier event of its own, at its own place and with its own dead,
dated that stretch before the sentence's day; the sentence's event keeps only its own count."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "own", "earlier"), [
    ("KATSINA, Nigeria, March 12 (Reuters) - Bandits killed three villagers in Funtua on "
     "Monday, a week after they killed five in Malumfashi, local officials said.",
     ("Funtua", 3, "2024-03-11"), ("Malumfashi", 5, "2024-03-04")),
    ("Gunmen shot dead four traders in Gusau on Saturday, two days after they killed six "
     "farmers in Tsafe.",
     ("Gusau", 4, "2024-03-09"), ("Tsafe", 6, "2024-03-07")),
])
def test_a_deed_set_a_stretch_before_is_an_earlier_event(
        text: str, own: tuple[str, int, str], earlier: tuple[str, int, str]) -> None:
    events = [r for r in extract(text, published="2024-03-12") if isinstance(r, Event)]
    read = [(e.location.name if e.location else None, e.fatalities, e.date_start, e.background)
            for e in events]
    assert read == [(*own, False), (*earlier, True)]
