"""A bomb or mine found, removed or defused before it went off is no explosion: ACLED's
strategic development "disrupted weapons use" (GTD's unsuccessful bombing), with nobody
hurt, whoever the device was aimed at."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _main(text: str) -> Event:
    event = main_event(list(extract(text)))
    assert event is not None, text
    return event


@pytest.mark.parametrize(
    "text",
    [
        "On 14 June 2012, in Dagupan, Pangasinan, Philippines, police defused a bomb "
        "targeting fishermen near the harbour. No casualties were reported.",
        "On 14 June 2012, a landmine planted on the road between Malkangiri and Kalimela, "
        "Odisha, India, was found and removed by the Border Security Force.",
        "On 14 June 2012, a bomb left outside a post office in Matale, Central Province, Sri "
        "Lanka, was discovered before it exploded. No group claimed responsibility.",
    ],
    ids=["defused-targeting", "found-and-removed", "discovered-before-it-exploded"],
)
def test_a_device_that_never_went_off_is_disrupted_weapons_use(text: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "disrupted_weapons_use"), event.sub_event_type
    assert not any(c.count for c in event.casualties), event.casualties


@pytest.mark.parametrize(
    "text",
    [
        "On 14 June 2012, a bomb exploded in a market in Matale, Sri Lanka, and the bodies of "
        "two men were found later.",
        "On 14 June 2012, a roadside bomb struck a bus near Matale, Sri Lanka, killing four "
        "passengers. A second device was found nearby.",
    ],
    ids=["bodies-found", "second-device-found"],
)
def test_a_blast_stays_a_blast(text: str) -> None:
    assert _main(text).event_type == "explosions_remote_violence"
