"""A force that tells of the men it arrested over an attack did not make the attack, also
when the day stands between the force and its telling ("Police on Monday said they had
arrested ...")."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _first(text: str, published: str) -> Event:
    return next(r for r in extract(text, published=published) if isinstance(r, Event))


def test_police_telling_on_a_day_of_arrests_over_the_attack_did_not_attack() -> None:
    event = _first("Police on Monday said they had arrested four men over the grenade attack "
                   "on a bus stand in Anantnag that wounded seven people.", "2022-11-07")
    assert event.sub_event_type == "grenade"
    assert event.actor1 == "Unidentified Armed Group (India)"


def test_police_saying_on_a_day_they_arrested_did_not_attack() -> None:
    event = _first("Police said on Monday they had arrested three men over the grenade "
                   "attack on a crowded market in Srinagar that injured 12 shoppers.",
                   "2022-11-07")
    assert event.actor1 == "Unidentified Armed Group (India)"
