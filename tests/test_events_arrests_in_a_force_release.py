"""A line of a state force's own release that tells an arrest with no one making it ("3
militants detained in X district") is the arrest of the force whose release it is, not of
the police the reader would otherwise assume."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2019-06-11") if isinstance(r, Event)]


def test_an_arrest_line_of_an_army_release_is_the_army_s() -> None:
    text = ("The Afghan National Army said in a statement on Tuesday that its units carried "
            "out operations in several provinces over the past day.\n\n"
            "3 militants detained in Dand district of Kandahar province")
    arrests = [e for e in _events(text) if e.sub_event_type == "arrests"]
    assert [e.actor_acled_names.get(e.actor1 or "", e.actor1) for e in arrests] == [
        "Military Forces of Afghanistan (2014-)"]

