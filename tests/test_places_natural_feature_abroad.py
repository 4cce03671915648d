"""A natural feature in another country than every town and division a story names (all in
one country) is no place of its events: "pursuing the insurgents towards the X mountains"
tells where they went. A feature in the story's own country, or in a story whose places lie
in two countries, stays."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

_STORY = (
    "Nigeria: insurgents kill six farmers near Gwoza\n\n"
    "MAIDUGURI (Reuters) - Suspected Boko Haram fighters killed six farmers on their fields "
    "outside Gwoza on Thursday, local officials said on Friday.\n\n"
    "The army said its troops were pursuing the insurgents towards the {feature} and had "
    "recovered three rifles left behind on a farm track.")


def _places(text: str) -> list[tuple[str, str | None]]:
    stages = ("document", "places")
    doc = RulePipeline(stages=[f"eventcoder.{n}.v1" for n in stages]).analyse(
        document_from_text(text, doc_id="t"))
    return [(p.text, p.place.country if p.place else None) for p in doc.places]


def test_feature_abroad_is_dropped() -> None:
    text = _STORY.format(feature="Mandara Mountains")
    assert not any(name == "Mandara Mountains" for name, _ in _places(text))
    events = [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]
    assert [(e.location.country if e.location else None) for e in events] == ["NG"]


def test_feature_at_home_stays() -> None:
    text = _STORY.format(feature="Sambisa Forest")
    assert ("Sambisa Forest", "NG") in _places(text)


def test_feature_in_a_story_of_two_countries_stays() -> None:
    text = ("Cameroonian troops clashed with insurgents near Mora and Nigerian troops "
            "raided a camp near Gwoza, before the fighters fled into the Mandara Mountains.")
    assert ("Mandara Mountains", "CM") in _places(text)


def test_feature_in_a_country_the_story_names_stays_unless_gone_towards() -> None:
    text = ("Turkish jets struck rebel hideouts in the Qandil mountains of northern Iraq, the "
            "defence ministry in Ankara said.")
    assert ("Qandil", "IQ") in _places(text)
    gone = ("Nigerian troops shot dead two smugglers near Gwoza in Borno State and chased the "
            "rest towards the Mandara Mountains in Cameroon.")
    assert not any(name == "Mandara Mountains" for name, _ in _places(gone))
