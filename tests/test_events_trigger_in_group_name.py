"""A word of a group's capitalised name ("the Arson Cell") is a name, not a deed."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import find_triggers
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A group calling itself the Arson Cell said it stood with the people of Tessalit.",
         []),
        ("A statement signed by the Suicide Bombers Brigade in Menaka praised the fighters.",
         []),
        ("The Ambush Front said in Gardez that it would fight on.", []),
        # the deed told in plain words still counts
        ("The rocket unit shelled the town.", ["rocket", "shelled"]),
    ],
)
def test_events_trigger_inside_group_name_is_no_event_word(text: str, kept: list[str]) -> None:
    found = [t.text for t in find_triggers(text)]
    assert found == kept, found


def test_events_group_name_gives_no_event_place() -> None:
    text = ("Gunmen stormed a market in Ansongo on Saturday, killing four traders, police "
            "said.\n\nA group calling itself the Arson Cell said in a statement from Tessalit "
            "that its men were behind it.")
    events = [r for r in extract(text, published="2024-06-10") if isinstance(r, Event)
              and not r.background]
    assert events
    assert all(e.location.name != "Tessalit" for e in events), [e.location.name for e in events]
