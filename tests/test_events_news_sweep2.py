"""News stories of raids, strikes and attacks of other years and regions, under
``fixtures/news_sweep2``, written for these tests, each of a kind the other folders lack: a
scraped page with a byline, a photo caption and a "Related:" list of headlines; a toll that
rises through the day; a trial for an attack two years before; two clashes in neighbouring
districts told in one sentence; a wire story with a correction line; a group's Telegram claim
the army denies; an ambush "on the highway between" two towns. ``expected.json`` holds what a
careful analyst records of each (events and statements); a field it marks ``pending`` is
documented there, and asserted still to be read otherwise, so that a reading that comes right
is noticed."""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import StoryReadings, StorySweepTests


class TestNewsSweep2(StorySweepTests):
    readings = StoryReadings(Path(__file__).parent / "fixtures" / "news_sweep2")
