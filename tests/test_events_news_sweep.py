"""News stories of raids, strikes and ambushes of other years and regions, under
``fixtures/news_sweep``, written for these tests, each of a kind the other folders lack: a
drone strike whose toll the two sides give differently; a convoy ambush told under a
dateline town far from the attack; a hostage rescue raid with the captors killed and
arrested; a second, unrelated incident in a story's last paragraphs; a retaliatory airstrike
told before the bombing of the day before; British copy with "the Army said", ranks and a
village "some 40 km north of" a town; a toll told only in a quoted mayor's words.
``expected.json`` holds what a careful analyst records of each (events and statements); a
field it marks ``pending`` is documented there, and asserted still to be read otherwise, so
that a reading that comes right is noticed."""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import StoryReadings, StorySweepTests


class TestNewsSweep(StorySweepTests):
    readings = StoryReadings(Path(__file__).parent / "fixtures" / "news_sweep")
