"""Bare "forces", and "its forces", are the state or foreign forces the text named before."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_actors
from eventcoder.document import make_doc
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.registry import STAGES


def _actors_at(text: str, word: str) -> list[str]:
    doc = make_doc(document_from_text(text, published="2024-05-10"))
    for name in RulePipeline().stage_names:
        if STAGES[name].func is find_actors:
            doc = find_actors(doc)
            break
        doc = STAGES[name].func(doc)
    at = text.index(word)
    return [a.name for a in doc.actors if a.start == at]


@pytest.mark.parametrize(("text", "named", "again"), [
    ("Turkish troops shelled positions near Afrin on Monday. Later, forces raided a village "
     "west of the town.", "Turkish troops", "forces raided"),
    ("French Barkhane forces struck a camp in Menaka. The forces then searched the area.",
     "French Barkhane forces", "forces then"),
    ("The Counter Terrorism Service said in a statement that its forces detained two "
     "suspects in Kirkuk.", "Counter Terrorism Service", "forces detained"),
])
def test_actors_bare_forces_are_those_named_before(text: str, named: str, again: str) -> None:
    first = _actors_at(text, named)
    assert first and _actors_at(text, again) == first


@pytest.mark.parametrize(("text", "bare"), [
    # no forces named before them: nothing to refer to
    ("In a raid near Hajin, forces killed two militants.", "forces killed"),
    # whose forces they are is told after them
    ("Nigerian soldiers held the bridge. Later, forces loyal to a local commander attacked.",
     "forces loyal"),
    # partner forces are not the ones named before
    ("U.S. troops trained Iraqi units. Partner forces then cleared the village.",
     "forces then"),
])
def test_actors_bare_forces_without_a_referent_stay_unnamed(text: str, bare: str) -> None:
    assert _actors_at(text, bare) == []


# Bare "soldiers" and "troops" are the state force the text named before them, unless the
# text named a force of the country they are in.
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
