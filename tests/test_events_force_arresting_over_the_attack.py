"""A force that tells of the men it arrested over an attack did not make the attack, also
when the day stands between the force and its telling ("Police on Monday said they had
arrested ..."); and people listed right after those the attack hurt ("injured 12 shoppers
and street vendors") are of the hurt, not the attackers."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.events import _listed_with_the_hurt
from eventcoder.mentions import ActorMention
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


def test_people_listed_with_the_hurt_are_not_the_attackers() -> None:
    text = ("SRINAGAR, Nov 6: Police on Monday said they had arrested three men over the "
            "grenade attack on a crowded market in the city that injured 12 shoppers and "
            "street vendors.\n\nThe police chief said the three, all residents of the city, "
            "were picked up in raids overnight.")
    event = _first(text, "2022-11-07")
    assert event.actor1 == "Unidentified Armed Group (India)"


def test_listed_with_the_hurt_reads_only_a_list_joint() -> None:
    text = "injured 12 shoppers and street vendors; street vendors said"
    first = text.index("street")
    second = text.index("street", first + 1)
    vendors = ActorMention(first, first + 14, "street vendors", "Civilians (India)",
                           "civilians", "IN")
    later = ActorMention(second, second + 14, "street vendors", "Civilians (India)",
                         "civilians", "IN")
    hurt = [(text.index("12"), text.index(" and"))]  # "12 shoppers"
    assert _listed_with_the_hurt(text, vendors, hurt)
    assert not _listed_with_the_hurt(text, later, hurt)
