"""Who the protesters, rioters or civilians are, as ACLED's associated actors: workers'
protests carry "Labour Group (COUNTRY)", a reporter attacked "Journalists (COUNTRY)"."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_identities
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event

_PUBLISHED = "2022-03-31"


@pytest.mark.parametrize(
    ("text", "side", "group"),
    [
        ("On 3 March 2022, hundreds of textile workers protested in Faisalabad, Punjab, over "
         "unpaid wages.", 1, "Labour Group (Pakistan)"),
        ("On 9 March 2022, a sit-in by nurses was held outside the health ministry in Nairobi.",
         1, "Health Workers (Kenya)"),
        ("On 11 March 2022, teachers marched in La Paz demanding a pay rise.", 1,
         "Teachers (Bolivia)"),
        ("On 14 March 2022, women staged a protest in Kabul against school closures.", 1,
         "Women (Afghanistan)"),
        ("On 17 March 2022, unidentified gunmen shot dead a journalist in Tijuana, Baja "
         "California.", 2, "Journalists (Mexico)"),
        ("On 20 March 2022, soldiers assaulted two aid workers at a checkpoint in Goma.", 2,
         "Aid Workers (Democratic Republic of Congo)"),
        ("On 22 March 2022, a mob beat up three health workers in Kanpur, Uttar Pradesh.", 2,
         "Health Workers (India)"),
        # a term of two groups: women, and workers
        ("On 15 March 2022, female garment workers protested in Dhaka over unpaid wages.", 1,
         "Women (Bangladesh)"),
        ("On 15 March 2022, female garment workers protested in Dhaka over unpaid wages.", 1,
         "Labour Group (Bangladesh)"),
        # a pastoral people's militia, and herders struck
        ("On 18 March 2022, suspected Fulani militiamen attacked a village near Bankass, "
         "Mopti.", 1, "Pastoralists (Mali)"),
        ("On 19 March 2022, gunmen killed two herders near Bossangoa, Ouham.", 2,
         "Pastoralists (Central African Republic)"),
        ("On 23 March 2022, a roadside bomb killed a driver near Ramadi, Anbar.", 2,
         "Labour Group (Iraq)"),
    ],
)
def test_events_identity_group_is_an_associated_actor(pipeline: RulePipeline, text: str,
                                                      side: int, group: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assoc = event.assoc_actor_1 if side == 1 else event.assoc_actor_2
    assert group in assoc


@pytest.mark.parametrize(
    ("text", "assoc"),
    [
        # a party's workers are its members, not a sector of labour: the party is told
        ("On 5 March 2022, PTI workers protested in Peshawar against the arrest of a leader.",
         ["Pakistan Tehreek-e-Insaf"]),
        # the people who protest are protesters; residents are no side of their own
        ("On 6 March 2022, residents protested in Mombasa over water shortages.", []),
    ],
)
def test_events_no_identity_group_where_none_is_told(pipeline: RulePipeline,
                                                     text: str, assoc: list[str]) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert event.assoc_actor_1 == assoc


def test_identity_longest_term_wins() -> None:
    text = "health workers and workers of the port"
    assert [group for _s, _e, group in find_identities(text, 0, len(text))] == [
        "Health Workers", "Labour Group"]


@pytest.mark.parametrize(
    ("text", "women"),
    [
        ("On 4 October 2021, in Ananindeua, Para, a woman was shot dead by an armed man near a "
         "bus stop. 1 fatality.", True),
        ("On 4 October 2021, in Tlalpan, Mexico City, the body of a young woman was found "
         "wrapped in a blanket. 1 fatality.", True),
        # one woman among others struck names no group of those struck
        ("On 4 October 2021, in Ananindeua, Para, gunmen on a motorbike shot a man and a "
         "woman dead near a bus stop. 2 fatalities.", False),
        ("On 4 October 2021, gunmen killed four people including a woman in the village of "
         "Tinga (Dori, Seno).", False),
    ],
)
def test_events_one_woman_struck_is_women_beside_civilians(
        pipeline: RulePipeline, text: str, women: bool) -> None:
    event = only_event(pipeline, text, "2021-10-10")
    assert any(a.startswith("Women (") for a in event.assoc_actor_2) is women


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2021, in Cucuta, Norte de Santander, 150 Venezuelan refugees returned to "
        "Venezuela through the Simon Bolivar bridge.",
        "On 9 June 2021, in San Antonio del Tachira, Tachira state, 150 Venezuelan migrants who "
        "were in Peru returned.",
    ],
)
def test_events_civilians_who_act_told_by_the_trigger_word(
        pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text, "2021-06-15")
    assert event.actor1 == "Civilians (Venezuela)"
    assert event.assoc_actor_1 == ["Refugees/IDPs (Venezuela)"]
