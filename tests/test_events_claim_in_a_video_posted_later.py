"""A group's claim told a day after the attack, in a video posted that day ("said in a
video posted on social media on Thursday that his X had carried out the ambush"), names
the attacker of the attack told before; the day of the posting is no day of a fight."""

from __future__ import annotations

import pytest

from eventcoder import events, extract
from eventcoder.events import _window_may_hold
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army convoy outside Bamenda on Wednesday, killing six soldiers, "
    "military sources said.\n\nA separatist commander said in a video posted on social "
    "media on Thursday that his Ambazonia Defence Forces had carried out the ambush.",
    "Gunmen ambushed a police patrol near Kumba on Wednesday, killing two officers.\n\n"
    "In a video posted on Thursday, a commander said the Ambazonia Defence Forces had "
    "carried out the attack.",
])
def test_a_claim_posted_the_next_day_names_the_attacker(text: str) -> None:
    found = _events(text, "2022-05-19")
    assert [e.date_start for e in found] == ["2022-05-18"], [e.notes for e in found]
    assert found[0].actor1 == "Ambazonian separatists"


def test_a_group_that_had_carried_out_the_deed_told_before_is_a_claim() -> None:
    after = " had carried out the ambush."
    assert events._CLAIM.match(after) is not None
    assert _window_may_hold(after, events._CLAIM_WORDS)


def test_carrying_out_something_else_is_no_claim() -> None:
    assert events._CLAIM.match(" had carried out repairs on the road.") is None


def test_posted_on_a_day_is_a_telling() -> None:
    text = "a video posted on social media on Thursday"
    day = text.index("Thursday")
    assert events._REPORTING.search(text[max(0, day - 40):day]) is not None


def test_men_posted_to_a_town_on_a_day_are_no_telling() -> None:
    text = "soldiers posted to Gao on Monday"
    day = text.index("Monday")
    assert events._REPORTING.search(text[max(0, day - 40):day]) is None
