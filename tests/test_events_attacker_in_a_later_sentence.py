"""News of a shooting or a bombing often leads with the dead and tells of the unnamed
attacker in the next sentences ("The gunman, a 17-year-old pupil, was arrested"): that
attacker is actor1, with his words as evidence; one told far below is not."""

from __future__ import annotations

from eventcoder.records import Event
from tests.records_factory import extracted_event


def _told(event: Event) -> list[str]:
    return [e.text for e in event.evidence.get("actor1", [])]


def test_events_gunman_told_after_the_dead() -> None:
    event = extracted_event("Four students were killed in a shooting at a vocational college in "
                            "Tampere on Wednesday. The gunman, a 19-year-old former pupil, was "
                            "detained at the scene, police said.")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    assert any("gunman" in t for t in _told(event)), _told(event)


def test_events_bomber_told_after_the_blast() -> None:
    event = extracted_event(
        "Nine people died in an explosion at a bus depot in Gyumri on Thursday. "
        "Witnesses said the bomber had left a rucksack near the ticket desk "
        "minutes earlier.")
    assert any("bomber" in t for t in _told(event)), _told(event)


def test_events_armed_men_told_far_below_are_not_told_later() -> None:
    event = extracted_event("Six people were killed in an explosion at a market in Kandahar on "
                            "Friday. The market had reopened a week earlier. Traders said business "
                            "was slow. The city council had planned new stalls. Prices had risen "
                            "since spring. Last year, gunmen robbed a money changer there.")
    assert not any("gunmen" in t for t in _told(event)), _told(event)
