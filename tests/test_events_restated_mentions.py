"""A news article tells its attack once and then names it again and again ("the blast",
"the explosion", "the bombing"): each later sentence that speaks of the same attack is
evidence of the event, so a reader can find every place the report tells of it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

ARTICLES = [
    # a parcel bomb in a market, told again three paragraphs on
    ("A parcel bomb exploded on Tuesday in a crowded market in Kisumu, wounding nine traders. "
     "Police said the device had been hidden in a sack of onions. "
     "Witnesses described panic as stalls collapsed. "
     "Regional officials said four of the wounded were still in hospital on Wednesday. "
     "The governor called the blast a cowardly act and promised to find those behind it. "
     "Investigators returned to the market on Thursday to study the remains of the explosion.",
     ["the blast", "the explosion"]),
    # a shooting told first as an ambush, later as "the attack"
    ("Gunmen ambushed a bus carrying miners near Kambove on Sunday, killing four passengers. "
     "The company suspended its night shifts. "
     "Union leaders met the provincial minister on Monday. "
     "Relatives of the victims gathered outside the hospital, where survivors of the attack "
     "were being treated.",
     ["the attack"]),
]


def _sentence_of(text: str, phrase: str) -> tuple[int, int]:
    at = text.index(phrase)
    start = text.rfind(". ", 0, at)
    end = text.find(". ", at)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end + 1)


@pytest.mark.parametrize(("text", "restated"), ARTICLES)
def test_events_restatements_are_evidence_of_the_event(text: str, restated: list[str]) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert len(events) == 1, [(e.event_type, e.evidence.get("event_type")) for e in events]
    spans = [e for spans in events[0].evidence.values() for e in spans]
    for phrase in restated:
        lo, hi = _sentence_of(text, phrase)
        assert any(e.start < hi and lo < e.end for e in spans), phrase


def test_events_restatement_of_another_kind_is_not_evidence() -> None:
    # a protest told after a bombing is not the bombing told again
    text = ("A car bomb exploded outside a police station in Quetta on Friday, killing two "
            "officers. Traders protested in the city centre on Saturday against the closure of "
            "the main road.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    bombing = next(e for e in events if e.event_type == "explosions_remote_violence")
    starts = [e.start for e in bombing.evidence.get("event_type", [])]
    assert all(s < text.index("Traders") for s in starts)


def test_events_attacks_in_general_are_not_restatements() -> None:
    text = ("A grenade exploded at a bus stop in Mombasa on Monday, wounding six people. "
            "The city has seen a spate of attacks on transport hubs since the elections. "
            "Police said the grenade had been thrown from a passing motorcycle.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events
    general = text.index("The city")
    spans = [e for e in events[0].evidence.get("event_type", [])]
    assert all(not (general <= e.start < text.index("Police")) for e in spans)
