"""A group's claim told within a later incident of the same report, after the group was
named as that incident's author ("suspected X fighters shot dead a leader ... X claimed
the killing"), is that incident's: it does not name the author of an earlier, unclaimed
incident. A claim told after an incident whose later sentences name the group only among
the struck still answers for the incident before it."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def test_claim_of_the_later_killing_is_not_the_earlier_attacks() -> None:
    events = _events(
        "Two guards were killed when gunmen attacked a police post in Tumaco, Narino, "
        "Colombia, on Friday night, officials said. In a separate attack on Thursday, "
        "suspected ELN fighters shot dead a village councillor in Saravena, Arauca. The ELN "
        "claimed the killing on Saturday.", "2024-03-10")
    by_day = {e.date_start: e for e in events}
    assert "National Liberation Army" not in (by_day["2024-03-08"].actor1 or ""), (
        by_day["2024-03-08"].actor1)
    assert by_day["2024-03-07"].actor1 == "National Liberation Army"


def test_claim_after_the_only_incident_still_names_its_author() -> None:
    events = _events(
        "Unidentified gunmen torched a school in Ghazni province, Afghanistan, on Tuesday. "
        "The Taliban claimed the attack on Wednesday.", "2024-03-10")
    assert [e.actor1 for e in events if not e.background] == ["Taliban"]


def test_claim_naming_the_later_incidents_deed_is_that_incidents() -> None:
    events = _events(
        "Gunmen shot dead two traders in Mueda, Cabo Delgado, Mozambique, on Monday, residents "
        "said.\n\nOn Tuesday, insurgents ambushed an army truck near Nangade, killing two "
        "soldiers. The Islamic State group claimed the ambush on its channels.",
        "2024-05-09")
    by_day = {e.date_start: e for e in events}
    assert by_day["2024-05-07"].actor1 == "Islamic State", by_day["2024-05-07"].actor1
    assert by_day["2024-05-06"].actor1 != "Islamic State", by_day["2024-05-06"].actor1
