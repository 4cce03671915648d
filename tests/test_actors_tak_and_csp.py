"""The Kurdistan Freedom Hawks (TAK) are a named armed group in Turkey; the Permanent
Strategic Framework (CSP) of northern Mali's armed movements is that coalition by its
initials."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


def test_actors_tak_claimed(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 17 February 2016, a car bomb hit a military convoy in "
                                 "Ankara, killing 28 people. TAK claimed responsibility.")
    assert event.actor_acled_names.get(event.actor1 or "") == "TAK: Kurdistan Freedom Falcons"


def test_actors_csp_in_mali(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 2 October 2023, CSP fighters attacked an army camp near "
                                 "Bamba (Bourem, Gao).")
    assert event.actor1 == "Coordination of Azawad Movements"
