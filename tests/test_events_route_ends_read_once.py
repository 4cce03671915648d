"""Which of an event's places name an end of a road or a journey is read once per text and
set of places (to choose the event's place, then to say whether the place chosen is an
end): the same flags as a reading of the words around each place, for every text."""

from __future__ import annotations

from eventcoder import events
from eventcoder.mentions import PlaceMention


def _places(text: str, *names: str) -> list[PlaceMention]:
    return [PlaceMention(text.index(name), text.index(name) + len(name), name, None)
            for name in names]


_TEXT_A = "A bus heading to Velmora from Ostrava was stopped near Kirevo on Monday."
_TEXT_B = "A bus stopped at Velmora near Ostrava, and guards at Kirevo fired on it."


def test_the_flags_are_those_read_from_the_words() -> None:
    places = _places(_TEXT_A, "Velmora", "Ostrava", "Kirevo")
    read = events._route_ends_read(places, _TEXT_A)
    assert read == [True, True, False]
    assert events._route_ends(places, _TEXT_A) == read
    assert events._route_ends(places, _TEXT_A) == read  # read again, the same


def test_another_text_with_the_same_spans_is_read_anew() -> None:
    first = _places(_TEXT_A, "Velmora", "Ostrava", "Kirevo")
    events._route_ends(first, _TEXT_A)
    # the same offsets in another text (the names padded to the same places)
    text = _TEXT_B[:len(_TEXT_A)].ljust(len(_TEXT_A))
    spans = [PlaceMention(p.start, p.end, text[p.start:p.end], None) for p in first]
    assert events._route_ends(spans, text) == events._route_ends_read(spans, text)
    assert events._route_ends(spans, text) != [True, True, False]


def test_a_copy_of_the_flags_is_the_callers_own() -> None:
    places = _places(_TEXT_A, "Velmora", "Ostrava", "Kirevo")
    flags = events._route_ends(places, _TEXT_A)
    flags[0] = False
    assert events._route_ends(places, _TEXT_A)[0] is True
