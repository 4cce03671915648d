"""A kind of deed told as what has become common ("Roadside bombs have become the
militants' weapon of choice in the border counties, where they target patrols"), with a
sentence of no deed beside it ("The government has said it will recruit more reservists"):
how such things happen, no incident of the day the story ran."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Soldiers killed by bomb\n\nNAIROBI (AFP) - Two soldiers were killed when their vehicle "
     "struck a roadside bomb near Garissa on Friday, the Army said.\n\nRoadside bombs have "
     "become the militants' weapon of choice in the border counties of Garissa, Lamu and "
     "Mandera, where they target security patrols. The government has said it will recruit "
     "more police reservists to secure the region.", "2023-06-17", "2023-06-16"),
    ("Convoy hit\n\nKABUL (Reuters) - A bomb hit a police convoy in Helmand on Monday, killing "
     "three officers, officials said. Landmines have become a common threat on the province's "
     "roads. Officials have said they will clear the main highways.", "2019-08-14",
     "2019-08-12"),
    ("Drone attack on base\n\nBAMAKO (AFP) - A drone struck an army base near Gao on Sunday, "
     "wounding four soldiers, the army said. Drone strikes have become more frequent in the "
     "north this year. The army has said it is buying jammers.", "2024-05-07", "2024-05-05"),
])
def test_events_deed_become_common_is_no_incident(text: str, published: str, day: str) -> None:
    assert [e.date_start for e in text_events(text, published)] == [day]


@pytest.mark.parametrize("text", [
    "On 3 June 2021, in Medellin, Antioquia department, a man hurled a bottle at a paramedic "
    "outside a clinic. Assaults on medical staff have increased this year, a union said.",
    "On 14 March 2019, in Cali, Valle del Cauca department, a woman threw hot oil at a bus "
    "driver. Attacks on drivers have risen in the city since January, the transit office said.",
])
def test_events_incident_told_before_a_trend_stays_an_event(text: str) -> None:
    assert len(text_events(text)) == 1
