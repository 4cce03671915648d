"""A ministry named without its country that tells of its own forces' strikes ("The Defence
Ministry said its jets struck ... in X") is not, for that, the army of the country the
strikes fell in: the outlet, a capital dateline or a force named before tells whose it is,
and where nothing tells, no country is guessed."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_STRIKE = ("The Defence Ministry said its jets struck a weapons depot and a training camp in "
           "Idlib province on Sunday, killing 14 militants.")


def _actor1(text: str, **kwargs: str) -> list[str | None]:
    return [e.actor1 for e in extract(text, published="2021-03-08", **kwargs)
            if isinstance(e, Event)]


@pytest.mark.parametrize(("text", "source", "actor1"), [
    (_STRIKE, "TASS", "Russian Armed Forces"),
    ("The Ministry of Defence announced on Saturday that its warplanes hit hideouts of the "
     "PKK in the Qandil mountains of northern Iraq, neutralising 9 terrorists.",
     "Anadolu Agency", "Turkish Armed Forces"),
    ("ANKARA (Reuters) - The Defence Ministry said its jets struck PKK shelters in the "
     "Qandil mountains of northern Iraq on Tuesday, killing 6 militants.", "",
     "Turkish Armed Forces"),
], ids=["outlet", "outlet-ministry-of", "capital-dateline"])
def test_actors_ministry_of_the_outlet_or_dateline(text: str, source: str,
                                                   actor1: str) -> None:
    assert (_actor1(text, source=source) if source else _actor1(text)) == [actor1]


def test_actors_ministry_telling_of_strikes_is_not_the_host_army_when_nothing_tells() -> None:
    actors = _actor1(_STRIKE)
    assert len(actors) == 1
    assert actors[0] not in {"Syrian government forces", "Military Forces of Syria (2000-)"}


def test_actors_ministry_of_the_host_outlet_stays_the_host_army() -> None:
    assert _actor1(_STRIKE, source="SANA") == ["Syrian government forces"]


def test_actors_ministry_named_with_its_country_is_unchanged() -> None:
    text = ("Russia's Defence Ministry said its jets struck a weapons depot in Idlib province "
            "on Sunday, killing 14 militants.")
    assert _actor1(text, source="Syrian Observatory") == ["Russian Armed Forces"]
