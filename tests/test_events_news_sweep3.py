"""News stories of kinds the other folders lack, under ``fixtures/news_sweep3``, written for
these tests: a live-blog page with timestamped updates out of order and a "Background"
section; a drone strike whose toll each side gives otherwise; an obituary-style piece on a
commander killed in a raid, with his earlier career; a mass grave found, the dead of an
attack weeks before; a weekend of five shootings told in one paragraph; a kidnapping and the
captives' release weeks later; an attack on a refugee camp with the UN refugee agency quoted.
``expected.json`` holds what a careful analyst records of each (events and statements); a
field it marks ``pending`` is documented there, and asserted still to be read otherwise, so
that a reading that comes right is noticed."""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import StoryReadings, StorySweepTests


class TestNewsSweep3(StorySweepTests):
    readings = StoryReadings(Path(__file__).parent / "fixtures" / "news_sweep3")
