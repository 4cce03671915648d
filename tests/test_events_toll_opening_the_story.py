"""A toll that opens the story ("The death toll from a suicide bombing at a rally rose to
27 on Wednesday") names the story's incident: its words type the event, the day it rose
does not date it, and an older incident told later keeps its own count. A toll told again
after the incident ("The toll from the bombing rose to 12 on Thursday") makes no event of
its own."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, doc_id="t", published="2024-05-09")
            if isinstance(r, Event)]


def test_toll_opening_the_story_names_its_incident() -> None:
    text = ("QUETTA, Pakistan (AP) \u2014 The death toll from a suicide bombing at a "
            "wedding hall in southwest Pakistan rose to 19 on Thursday, officials said.\n\n"
            "The bomber struck on Wednesday evening as guests gathered in Mastung, police "
            "said.\n\nIn January, gunmen killed three policemen at a checkpoint in Mastung.")
    events = sorted(_events(text), key=lambda e: e.date_start or "")
    assert [(e.date_start, e.sub_event_type, e.fatalities) for e in events] == [
        ("2024-01-01", "armed_clash", 3), ("2024-05-08", "suicide_bomb", 19)]


def test_toll_told_again_after_the_incident_is_no_event() -> None:
    text = ("A suicide bomber killed nine people at a wedding hall in Mastung on Tuesday, "
            "police said. The toll from the bombing rose to 12 on Thursday.")
    assert [(e.date_start, e.fatalities) for e in _events(text)] == [("2024-05-07", 12)]


def test_headline_toll_and_a_count_with_its_attack_are_read_as_before() -> None:
    """The headline's toll is the headline's; a count told with its attack ("were injured
    in the drone attack on an outpost, up from 11") is no toll naming the incident."""
    text = ("Toll from Kharan market blast climbs to 14\n\nKHARAN: Police initially said five "
            "people had died in the explosion at the main market of Kharan on Tuesday "
            "evening.\n\nThe death toll later rose to 14, a hospital official said.")
    (event,) = _events(text)
    assert (event.date_start, event.actor1, event.fatalities) == (
        "2024-05-07", "Unidentified Armed Group (Pakistan)", 14)
