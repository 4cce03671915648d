"""Wordings that tell the means of an attack without the commonest words: a mast blown up, a
culvert wrecked using explosives, a jeep that struck a mine, a bomb triggered from afar, and
arson of heavy machinery that hurt nobody."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import first_event


def _main_event(pipeline: RulePipeline, text: str) -> Event:
    return first_event(pipeline, text, "2019-03-02")


@pytest.mark.parametrize(
    "text",
    [
        "03/02/2019: On Saturday, near Qalat Bir, Kandahar, Afghanistan, a water pumping "
        "station run by the district council was blown up by insurgents overnight. Nobody was "
        "hurt.",
        "03/02/2019: Suspected rebels wrecked a culvert on the Tamale road using homemade "
        "explosives, police said. Traffic was halted for hours and no one was hurt.",
        "03/02/2019: A jeep carrying a district official struck a mine near Urgun, Paktika, "
        "Afghanistan. The official and two of his guards were hurt.",
        "03/02/2019: Unknown men remotely triggered an explosive beside a gas line outside "
        "Bir Lahfan, Egypt, halting the flow for a week. No group said it did it.",
    ],
)
def test_events_explosive_means_told_in_other_words(pipeline: RulePipeline, text: str) -> None:
    event = _main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "remote_explosive_landmine_ied")


def test_events_machinery_burned_that_hurt_nobody_is_destruction(
        pipeline: RulePipeline) -> None:
    text = ("03/02/2019: Around ten suspected rebels attacked a quarry near Baguio Verde, "
            "Mindanao, Philippines, and burned its heavy machinery, including a "
            "grader. The quarry's owner had refused to pay the rebels. No one was hurt.")
    event = _main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "looting_property_destruction")


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2020, the Sudanese air force targeted a position held by SLM fighters "
        "near Golo (Central Darfur), with no casualties.",
        "On 3 June 2020, the national air force reportedly struck a rebel camp outside Tine, "
        "killing 4 fighters.",
    ],
)
def test_events_air_force_striking_is_an_air_strike(pipeline: RulePipeline, text: str) -> None:
    event = _main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "air_drone_strike")


def test_events_air_force_base_attacked_is_no_air_strike(pipeline: RulePipeline) -> None:
    event = _main_event(pipeline, "On 3 June 2020, gunmen attacked an air force base near "
                                  "Kano and exchanged fire with the guards.")
    assert event.sub_event_type != "air_drone_strike"


def test_events_kidnapping_told_after_its_series_is_a_kidnapping(
        pipeline: RulePipeline) -> None:
    text = ("04/11/2018: On Wednesday, in Beled Hawo, Gedo, Somalia, in one of three linked "
            "attacks, masked militants took hostage five traders who had refused to close "
            "their shops. No one was hurt in the attack. Police said the attack was meant to "
            "scare other merchants; the fate of the hostages is unknown.")
    event = _main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "violence_against_civilians", "abduction_forced_disappearance")


def test_events_vehicle_loaded_with_explosives_keeps_its_suicide_attacker(
        pipeline: RulePipeline) -> None:
    text = ("03/02/2019: A suicide attacker rammed a minibus loaded with explosives into the "
            "gate of an army post near Gao, Mali, killing four soldiers.")
    assert _main_event(pipeline, text).sub_event_type == "suicide_bomb"
