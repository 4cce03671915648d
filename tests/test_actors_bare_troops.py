"""Bare "soldiers" and "troops" are the state force the text named before them."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_actors
from eventcoder.document import make_doc
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.registry import STAGES


def _actors_at(text: str, word: str) -> list[str]:
    doc = make_doc(document_from_text(text, published="2023-08-20"))
    for name in RulePipeline().stage_names:
        if STAGES[name].func is find_actors:
            doc = find_actors(doc)
            break
        doc = STAGES[name].func(doc)
    at = text.index(word)
    return [a.name for a in doc.actors if a.start == at]


@pytest.mark.parametrize(("text", "named", "bare"), [
    ("Israeli forces stormed the old city of Nablus on Saturday, local officials said. "
     "On Sunday, soldiers shot and wounded a man near Tubas.", "Israeli forces",
     "soldiers shot"),
    ("Israeli forces raided a camp near Tulkarm on Monday. Later, troops detained nine "
     "people in Qalqilya.", "Israeli forces", "troops detained"),
])
def test_actors_bare_troops_are_the_force_named_before(text: str, named: str,
                                                       bare: str) -> None:
    first = _actors_at(text, named)
    assert first and _actors_at(text, bare) == first


def test_actors_bare_troops_keep_the_country_whose_own_force_was_named() -> None:
    text = ("Malian soldiers and French forces patrolled near Ansongo on Monday. Soldiers "
            "later came under fire, the army said.")
    assert _actors_at(text, "Soldiers later") == _actors_at(text, "Malian soldiers")
