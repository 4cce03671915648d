"""A group the actor list does not know, named by its full name and its initials in
brackets and then described by an appositive ("the Sinjar Resistance Units (YBS), a Yazidi
militia formed ..."): the name is a named armed body of the kind the appositive says, and
each later use of its initials is that body, whatever language the initials are of."""

from __future__ import annotations

import pytest

from eventcoder.actors import acled_inter
from eventcoder.inputs import document_from_text
from eventcoder.mentions import ActorMention
from eventcoder.pipeline import RulePipeline


def _named_groups(text: str) -> list[ActorMention]:
    doc = RulePipeline().analyse(document_from_text(text, doc_id="t"))
    return [m for m in doc.actors if not m.generic and m.kind in (
        "rebel_group", "political_militia")]


@pytest.mark.parametrize(
    ("text", "name", "initials", "kind"),
    [
        ("A drone hit a car near Tal Afar on Monday. The Tigris Resistance Units (YMD), a "
         "Turkmen militia formed in 2015, said two of its men were killed. The YMD said "
         "the car carried no weapons.", "Tigris Resistance Units", "YMD", "political_militia"),
        ("Gunmen attacked a post near Bamenda on Friday. The Mbororo Liberation Front "
         "(FLM), an armed separatist group, said it had carried out the raid. Officials "
         "say the FLM has about 200 fighters.", "Mbororo Liberation Front", "FLM",
         "rebel_group"),
        ("Fighting broke out in Kalehe in March 2019. The Forces of the Itombwe Resistance "
         "(FRI), an insurgent movement of the highlands, said its fighters held the hill. "
         "Later, the FRI withdrew.", "Forces of the Itombwe Resistance", "FRI", "rebel_group"),
    ],
)
def test_a_name_with_its_initials_and_an_armed_appositive_is_a_named_group(
        text: str, name: str, initials: str, kind: str) -> None:
    groups = _named_groups(text)
    named = [m for m in groups if m.name == name]
    assert named, [(m.text, m.name) for m in groups]
    assert {m.kind for m in named} == {kind}
    assert {m.inter for m in named} == {acled_inter(kind)}
    # the initials, written alone later, are the same group
    assert any(m.text == initials for m in named), [m.text for m in named]


@pytest.mark.parametrize(
    "text",
    [
        # an appositive of no armed body: a civil body, a party, a town
        "The Sinjar Relief Committee (SRC), a Yazidi charity, said two shepherds were "
        "killed by a drone near the road on Monday.",
        "The Northern Farmers Union (NFU), a farmers' association of the region, said "
        "gunmen burnt three granaries near Mopti on Sunday.",
        # an armed appositive with no initials before it: nothing told of the name itself
        "Troops killed four gunmen near Goma on Monday, officials said, a militia leader "
        "among them.",
    ],
)
def test_no_group_without_its_initials_and_an_armed_appositive(text: str) -> None:
    assert [m.name for m in _named_groups(text) if m.name.endswith(
        ("Committee", "Union", "Goma", "officials"))] == []
