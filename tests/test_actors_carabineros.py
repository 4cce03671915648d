"""Chile's national police, the Carabineros, are its police forces in reports about Chile."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 4 November 2019, in Concepcion, Biobio, Carabineros fired tear gas at students "
        "marching against the fare rise.",
        "On 4 November 2019, in Concepcion, Biobio, protesters threw stones at carabineros "
        "outside the university.",
    ],
)
def test_actors_carabineros_are_chile_police(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    names = [event.actor_acled_names.get(a, a) for a in (event.actor1, event.actor2) if a]
    assert any(n.startswith("Police Forces of Chile") for n in names), names
