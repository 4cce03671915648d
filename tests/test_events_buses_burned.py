"""Buses torched or burned with no one hurt are property destroyed, as cars and trucks are
(GTD's facility attack); people fired on in a bus are still attacked."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize("text", [
    "07/22/2013: Assailants torched two buses at a depot in Dhaka, Bangladesh. There were no "
    "casualties.",
    "05/14/2019: Unidentified men burned three buses of a transport company in Kaduna, "
    "Nigeria overnight. No one was hurt.",
    "10/03/2016: Militants set fire to a bus parked outside a school in Pattani, Thailand. "
    "Nobody was injured.",
])
def test_buses_burned_are_property_destroyed(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).sub_event_type == "looting_property_destruction"


@pytest.mark.parametrize("text", [
    "06/17/2016: Gunmen opened fire on a bus carrying pilgrims near Anantnag, India, killing "
    "seven pilgrims.",
])
def test_people_fired_on_in_a_bus_are_attacked(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).sub_event_type == "attack"
