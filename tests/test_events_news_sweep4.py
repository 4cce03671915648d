"""News stories of kinds the other folders lack, under ``fixtures/news_sweep4``, written for
these tests: a story whose lead is an aid group's statement and whose violence comes in
the fourth paragraph; a prison break with guards killed and inmates escaped; a suicide
bombing of a wedding party told with the village and the district; a story that corrects
its own toll; a clash between two armed groups told from one group's statement; a UN
peacekeepers' convoy hit by a mine; and a story datelined in the capital about a province
far from it. ``expected.json`` holds what a careful analyst records of each (events and
statements); a field it marks ``pending`` is documented there, and asserted still to be
read otherwise, so that a reading that comes right is noticed."""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import StoryReadings, StorySweepTests


class TestNewsSweep4(StorySweepTests):
    readings = StoryReadings(Path(__file__).parent / "fixtures" / "news_sweep4")
