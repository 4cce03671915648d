"""Two habits of releases translated from French: "executed" for "carried out" ("executed,
during the period from 09/04/2025 to 15/04/2025, several operations") kills nobody and
tells no deed; and a rank written in small letters after "the" ("the martyrdom of the
corporal Karim Benali") is still the force's soldier."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _casualties(pipeline: RulePipeline, text: str) -> list[tuple[str, int | None]]:
    doc = pipeline.analyse(document_from_text(text, published="2025-03-20", doc_id="t"))
    return [(c.kind, c.count) for c in doc.casualties]


@pytest.mark.parametrize("text", [
    "Detachments of the National People's Army executed, during the period extending from "
    "09/03/2025 to 15/03/2025, several operations which resulted in the results following.",
    "Detachments of the army executed several operations in the region on Tuesday.",
    "The army executed 12 raids across the wilaya.",
])
def test_casualties_operations_executed_kill_nobody(pipeline: RulePipeline, text: str) -> None:
    assert _casualties(pipeline, text) == []
    assert [r for r in extract(text, published="2025-03-20") if isinstance(r, Event)] == []


@pytest.mark.parametrize(("text", "count"), [
    ("Gunmen executed two farmers on Tuesday.", 2),
    ("The militants executed the operation commander on Tuesday.", 1),
    ("The group executed, on Tuesday, three hostages.", 3),
])
def test_casualties_people_executed_are_killed(pipeline: RulePipeline, text: str,
                                               count: int) -> None:
    assert ("killed", count) in _casualties(pipeline, text)


@pytest.mark.parametrize(("martyr", "party"), [
    ("the corporal Karim Benali", "Military Forces of Algeria"),
    ("Corporal Karim Benali", "Military Forces of Algeria"),
    # a small word before one name is no rank
    ("the farmer Karim", "Civilians (Algeria)"),
])
def test_casualties_rank_in_small_letters(martyr: str, party: str) -> None:
    text = ("Troops of the Algerian army killed 2 terrorists near Tizi Ouzou on 12 March "
            f"2025. The operation resulted in the martyrdom of {martyr}.")
    events = [r for r in extract(text, published="2025-03-20") if isinstance(r, Event)]
    assert len(events) == 1
    killed = sorted((c.party or "", c.count) for c in events[0].casualties if c.kind == "killed")
    assert (party, 1) in killed or party.startswith("Civilians") and (
        "Military Forces of Algeria", 1) not in killed, killed
