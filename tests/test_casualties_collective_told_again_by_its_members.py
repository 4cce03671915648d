"""A headline's dead told by a collective noun ("Police killed in ...") and the body's count
of them ("four police officers were killed"): the same people, counted once."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "killed"), [
    ("Police killed in Lamu bomb\n\nNAIROBI (Reuters) - Four police officers were killed when "
     "their vehicle hit an explosive device near Mpeketoni in Lamu county on Tuesday, police "
     "said.", "2022-08-10", 4),
    ("Police killed in Kano ambush\n\nKANO, Nigeria (Reuters) - Gunmen ambushed a patrol near "
     "Kano on Sunday, killing three police officers, a police spokesman said.", "2018-07-03", 3),
    ("Police killed in Michoacan\n\nMEXICO CITY (AP) - Gunmen killed seven police officers in "
     "an ambush near Aguililla in the state of Michoacan on Thursday, state officials said.",
     "2020-10-16", 7),
])
def test_casualties_headline_collective_and_body_count_are_one_count(
        text: str, published: str, killed: int) -> None:
    events = text_events(text, published)
    assert [e.fatalities for e in events] == [killed]
