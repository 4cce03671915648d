"""A casualty phrase of members names its group after it: "two soldiers from the Iraqi
army", "three fighters belonging to Al Shabaab". The count is the members', the party the
group's; a place after "from" is no group."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _casualties(text: str) -> list[tuple[str, str | None, int | None]]:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2024-03-14"))
    [event] = [r for r in records if isinstance(r, Event)]
    return [(c.kind, c.party, c.count) for c in event.casualties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two members from the Syrian Democratic Forces were killed in an attack by gunmen "
         "in Hajin on Monday.", ("killed", "Syrian Democratic Forces", 2)),
        ("Iraqi aircraft killed 11 terrorists from ISIS in Kirkuk on Monday.",
         ("killed", "Islamic State", 11)),
        ("The statement said that two soldiers from the Iragi army was wounded when "
         "militants attacked their post in Kirkuk province on Monday.",
         ("wounded", "Iraqi Security Forces", 2)),
        ("Gunmen killed three fighters belonging to Al Shabaab in Baidoa on Monday.",
         ("killed", "Al Shabaab", 3)),
    ],
)
def test_events_member_phrase_takes_its_group(
    text: str, expected: tuple[str, str, int]
) -> None:
    assert expected in _casualties(text)


def test_events_people_from_a_place_stay_civilians() -> None:
    found = _casualties("Three people from the village of Kajuru were killed by gunmen in "
                        "Kaduna on Monday.")
    assert [(kind, count) for kind, _party, count in found] == [("killed", 3)]
    assert found[0][1] != "Kajuru"


def test_events_a_named_village_is_no_victim() -> None:
    records = RulePipeline()(document_from_text(
        "Residents of the town of Jilib were killed when gunmen attacked on Monday.",
        doc_id="t", published="2024-03-14"))
    parties = [c.party for r in records if isinstance(r, Event) for c in r.casualties]
    assert "Jilib" not in parties


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police arrested 7 persons suspected of belonging to ISIS in a raid in Mosul on "
         "Monday.", "Islamic State"),
        ("Security forces detained three men accused of being members of Boko Haram in "
         "Maiduguri on Monday.", "Boko Haram"),
        ("Troops arrested 4 suspects believed to be linked to Al Shabaab in Baidoa on Monday.",
         "Al Shabaab"),
    ],
)
def test_events_suspected_members_are_of_the_group(text: str, group: str) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2024-03-14"))
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.actor2 == group
    assert [c.party for c in event.casualties if c.kind == "detained"] == [group]
