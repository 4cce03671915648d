"""Figures a national body tells by zone ("in the North-East zone") are of the country the
release is filed from, a capital included, when no line names the country; and a force
named in lower case as the teller ("the joint task force ... said") is the reporter."""

from __future__ import annotations

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally


def _tallies(text: str) -> list[Tally]:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2024-06-14"))
    return [r for r in records if isinstance(r, Tally)]


def test_tallies_zone_takes_the_country_of_a_capital_dateline() -> None:
    tallies = _tallies(
        "ACCRA (AP) - The Defence Headquarters said on Thursday that soldiers neutralised "
        "23 gunmen and detained 41 suspects in the North-East zone between June 2 and "
        "June 8.")
    assert sorted((t.metric, int(t.value or 0), tuple(t.area)) for t in tallies) == [
        ("detained", 41, ("GH",)), ("killed", 23, ("GH",))]
    assert {t.reporter for t in tallies} == {"Defence Headquarters"}


def test_tallies_joint_force_in_lower_case_tells_the_figures() -> None:
    tallies = _tallies(
        "The joint task force in the river basin said on Wednesday that its soldiers killed "
        "31 militants and captured 12 suspects in Cameroon in the past week.")
    assert {int(t.value or 0) for t in tallies} == {31, 12}
    assert {t.reporter for t in tallies} == {"joint task force"}
