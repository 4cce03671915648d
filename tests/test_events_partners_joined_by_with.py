"""A "with" that joins a partner to the subject ("together with", "in coalition with") is no
"clashed with": the partner is the subject's associate, and the side fought stays the other.
A backer told with a word that describes it ("with the support of local militiamen") is an
associate too; "in coalition with" names no international coalition."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "assoc1", "actor2"),
    [
        ("On 9 November 2021, the Ugandan army, together with FARDC troops, clashed with "
         "ADF rebels near Oicha, North Kivu.",
         "Military Forces of Uganda", "Military Forces of the Democratic Republic of Congo",
         "Allied Democratic Forces"),
        ("On 9 November 2021, the Ugandan army, in coalition with FARDC troops, fought "
         "ADF rebels near Oicha, North Kivu.",
         "Military Forces of Uganda", "Military Forces of the Democratic Republic of Congo",
         "Allied Democratic Forces"),
        ("On 9 November 2021, Malian soldiers working in cooperation with Dozo hunters "
         "attacked a village near Macina.",
         "Military Forces of Mali", "Dozo", None),
        ("On 9 November 2021, the Taliban attacked an outpost in Baghlan with the support "
         "of local militiamen.",
         "Taliban", "Unidentified Communal Militia", None),
    ],
)
def test_events_partner_joined_to_the_subject(pipeline: RulePipeline, text: str, actor1: str,
                                              assoc1: str, actor2: str | None) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 == actor1
    assert any(name.startswith(assoc1) for name in event.assoc_actor_1), event.assoc_actor_1
    if actor2 is not None:
        assert event.actor2 == actor2


def test_events_clashed_with_stays_the_other_side(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 9 November 2021, the Ugandan army clashed with "
                                 "ADF rebels near Oicha, North Kivu.")
    assert (event.actor1, event.actor2, event.assoc_actor_1) == (
        "Military Forces of Uganda", "Allied Democratic Forces", [])


@pytest.mark.parametrize(
    "text",
    [
        "On 9 November 2021, ADF rebels in coalition with Mai-Mai fighters attacked a village "
        "in Lubero.",
        "On 9 November 2021, Seleka fighters, in coalition with Fulani herders, looted a "
        "market near Kaga-Bandoro.",
    ],
)
def test_events_coalition_word_names_no_coalition(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    named = [event.actor1, *event.assoc_actor_1, event.actor2, *event.assoc_actor_2]
    assert "Coalition" not in named
