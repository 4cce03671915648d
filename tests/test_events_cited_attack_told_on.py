"""A story of two attacks, the day's and one it cites ("The strike came two days after a
drone attack on Sumy killed three"): the earlier one is dated by reckoning back from the
strike told before, the sentence after that tells more of it on its day ("Drones hit a
bus stop in the city late on July 19") is that same attack, and a headline that cites it
too ("..., days after drone strike on Sumy") tells no third."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event

STORY = (
    "Russian missiles struck the town of Chuhuiv in Kharkiv Oblast on July 21, killing "
    "seven civilians, the governor said. The strike came two days after a Russian drone "
    "attack on Sumy killed three people and wounded 12. Drones hit an industrial area and "
    "a bus stop in the city late on July 19, the regional administration said."
)


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published="2024-07-22") if isinstance(e, Event)]


def test_cited_attack_dated_back_from_the_strike_and_told_on() -> None:
    events = _events(STORY)
    assert sorted((e.date_start, e.location.name, e.fatalities, e.background)
                  for e in events) == [("2024-07-19", "Sumy", 3, True),
                                       ("2024-07-21", "Chuhuiv", 7, False)]


def test_headline_citing_the_same_attack_tells_no_third() -> None:
    text = "Russian missiles kill 7 in Chuhuiv, days after drone strike on Sumy\n\n" + STORY
    events = _events(text)
    assert sorted((e.date_start, e.location.name) for e in events) == [
        ("2024-07-19", "Sumy"), ("2024-07-21", "Chuhuiv")]


def test_a_later_sentence_of_another_day_is_its_own_attack() -> None:
    text = STORY.replace("late on July 19", "late on July 16")
    assert len(_events(text)) == 3
