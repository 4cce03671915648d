"""The statements stage reads the report's main country once per reading, not once for each
organisation it resolves: on a long report that is a count over all places per phrase."""

from __future__ import annotations

import pytest

from eventcoder import statements
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.pipeline import RulePipeline, compiled_modules

_OPENING = ("Gunmen killed four herders near Tambari in Kebbi state on Monday, police said. ")
_QUOTES = [
    '"We have sent more officers to the area," a spokesman for the Kebbi State Police '
    'Command said. ',
    '"The attackers fled on motorcycles," an official of the Tambari Cattle Breeders Union '
    'told reporters. ',
    '"Our members are afraid to return," the chairman of the Northern Herders Forum said. ',
    '"Relief will reach the families this week," a director at the Kebbi Emergency '
    'Management Agency said. ',
    '"The road to the market stays shut," an officer of the Western Road Safety Corps said. ',
    '"We counted the cattle that were taken," a secretary of the Kebbi Grazing Reserve '
    'Council said. ',
]


def _statements(text: str) -> list[str]:
    records = RulePipeline()(document_from_text(text, doc_id="t"))
    return [repr(r) for r in records if type(r).__name__ == "Statement"]


@pytest.mark.skipif("eventcoder.statements" in compiled_modules(),
                    reason="a compiled module calls its own functions directly")
def test_main_country_is_read_once_whatever_the_number_of_bodies(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = statements.main_country

    def counting(doc: Doc) -> str | None:
        calls.append(1)
        return real(doc)

    monkeypatch.setattr(statements, "main_country", counting)
    few = _statements(_OPENING + "".join(_QUOTES[:2]))
    asked_for_two = len(calls)
    calls.clear()
    many = _statements(_OPENING + "".join(_QUOTES))
    assert len(many) > len(few)
    assert asked_for_two >= 1
    assert len(calls) == asked_for_two


_BODIES = ["Kebbi State Police Command", "Tambari Cattle Breeders Union", "Northern Herders Forum",
           "Kebbi Emergency Management Agency", "Western Road Safety Corps", "police"]


@pytest.mark.parametrize("body", _BODIES)
def test_bodies_resolved_with_the_country_read_once_are_those_read_per_phrase(body: str) -> None:
    text = _OPENING + "".join(_QUOTES)
    pipeline = RulePipeline(stages=("eventcoder.document.v1", "eventcoder.places.v1",
                                    "eventcoder.actors.v1"))
    doc = pipeline.analyse(document_from_text(text, doc_id="t"))
    attributor = statements._Attributor(doc)
    start = text.index(body)
    end = start + len(body)
    assert statements._resolve_org(doc, start, end, attributor.main_country) == \
        statements._resolve_org(doc, start, end)
    assert attributor.main_country() == statements.main_country(doc)
