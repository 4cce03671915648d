"""Protesters who storm a ministry, a parliament, an embassy or a consulate riot, as those who
storm a police station or an office do; gunmen who storm one attack it."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2022, protesters stormed the ministry of energy in Tripoli over power cuts.",
        "On 4 June 2022, demonstrators stormed the parliament building in Tobruk and set part "
        "of it on fire.",
        "On 4 June 2022, hundreds of protesters stormed the embassy of France in Ouagadougou.",
        # the blast told is what the protest was about, not the event
        "On 4 June 2022, protesters stormed the ministry of finance in Tripoli and clashed "
        "with security forces after the depot explosion.",
    ],
)
def test_events_protesters_storming_ministries(pipeline: RulePipeline, text: str) -> None:
    assert main_event(pipeline, text).event_type == "riots"


def test_events_gunmen_storming_a_consulate(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 4 June 2022, gunmen stormed a consulate in Herat, killing "
                                 "two guards.")
    assert event.event_type != "riots"
