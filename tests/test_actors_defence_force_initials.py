"""A defence force told by its initials where it serves: "the RDF" in Rwanda and where its
troops deploy, not in a report from elsewhere."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    "text",
    [
        "On 14 September 2021, RDF soldiers clashed with insurgents near Mocimboa da Praia "
        "(Cabo Delgado).",
        "On 14 September 2021, the RDF, together with FARDC troops, clashed with FDLR rebels "
        "near Kibumba (Nyiragongo, Nord-Kivu).",
    ],
)
def test_actors_rdf_is_rwandas_army(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).actor1 == "Military Forces of Rwanda"


def test_actors_rdf_elsewhere_is_no_army(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 14 September 2021, members of the RDF party held a rally "
                                 "in Multan, Pakistan.")
    assert "Military Forces of Rwanda" not in (event.actor1, event.actor2)
