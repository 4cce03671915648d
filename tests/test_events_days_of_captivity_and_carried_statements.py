"""The day of a rescue, not of the captivity it ended ("freed three people who had been held
for ransom since late July ... on Saturday"); the day a statement was carried by the media
("said in a statement carried by state media on Tuesday"), no day of the deed; and a toll
told "in the strike" by another side, of the strike told before, not a new incident."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Police free hostages\n\nQUITO, Aug 15 (AP) - Ecuadorian police freed three people who had "
     "been held for ransom since late July in a raid on a house near Quevedo on Saturday, killing "
     "two of their captors, police said.", "2021-08-15", "2021-08-14"),
    ("Soldiers rescue traders\n\nLAGOS (Reuters) - Soldiers rescued five traders who had been held "
     "hostage since March 2 in a raid on a camp near Zaria on Tuesday, killing four kidnappers, "
     "the army said.", "2019-03-21", "2019-03-19"),
    ("Troops free aid workers\n\nMANILA (AFP) - Troops freed two aid workers held since "
     "January in a raid on a hideout near Jolo on Friday, killing three abductors, the military "
     "said.", "2017-06-04", "2017-06-02"),
])
def test_events_rescue_is_dated_by_its_day_not_the_captivitys_start(
        text: str, published: str, day: str) -> None:
    assert [e.date_start for e in text_events(text, published)] == [day]


@pytest.mark.parametrize(("text", "published", "day", "killed"), [
    ("Drone strike hits camp\n\nYANGON, Feb 21 (Reuters) - A military drone strike hit a rebel "
     "camp outside the town of Ye-U in the Sagaing region on Monday, the two sides said.\n\n"
     "The military said in a statement carried by state media on Tuesday that its forces had "
     "destroyed a training base and that 17 \"terrorists\" were killed in the strike.",
     "2024-02-21", "2024-02-19", 17),
    ("Jets strike hideouts\n\nADEN, May 9 (Reuters) - Coalition jets struck a militant hideout "
     "near the town of Zinjibar in Abyan province on Sunday, officials said.\n\nThe coalition "
     "said in a statement broadcast on television on Monday that eight militants were killed in "
     "the air strike.", "2018-05-09", "2018-05-06", 8),
])
def test_events_toll_told_later_in_the_strike_is_the_strikes(
        text: str, published: str, day: str, killed: int) -> None:
    [event] = text_events(text, published)
    assert (event.date_start, event.fatalities) == (day, killed)
