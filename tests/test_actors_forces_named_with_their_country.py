"""A state's force written under the name the state gives it, its country's name or word
first ("Nepal Armed Police", "the Lebanese Internal Security Forces"), is that country's
force, and ties an event no place resolves to that country."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors, resolve_actor
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("phrase", "name", "iso"),
    [
        ("Nepal Armed Police", "Police Forces of Nepal", "NP"),
        ("the Nepal Armed Police Force", "Police Forces of Nepal", "NP"),
        ("the Lebanese Internal Security Forces", "Police Forces of Lebanon", "LB"),
        ("Kenya Defence Forces", "Military Forces of Kenya", "KE"),
        ("the Malian army", "Military Forces of Mali", "ML"),
        ("the Uganda People's Defence Forces", "Military Forces of Uganda", "UG"),
        ("the Zimbabwe Republic Police", "Police Forces of Zimbabwe", "ZW"),
        ("Afghan Border Police", "Police Forces of Afghanistan", "AF"),
    ],
)
def test_actors_force_named_with_its_country(phrase: str, name: str, iso: str) -> None:
    mention = resolve_actor(phrase)
    assert mention is not None
    assert (mention.name, mention.country) == (name, iso)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On 2 May 2024, Nepal Armed Police killed two armed robbers during a raid on "
         "a hideout, officials said.", "NP"),
        ("On 2 May 2024, the Lebanese Internal Security Forces arrested four smugglers "
         "after a shootout at a farm.", "LB"),
        ("On 2 May 2024, Kenya Defence Forces killed six militants in an ambush on a "
         "supply road.", "KE"),
        ("On 2 May 2024, the Malian army killed nine jihadists in an air raid on a "
         "forest camp.", "ML"),
    ],
)
def test_actors_force_named_with_its_country_gives_the_event_country(
        pipeline: RulePipeline, text: str, iso: str) -> None:
    assert only_event(pipeline, text).location.country == iso


def test_actors_lower_case_armed_describes_and_names_no_force() -> None:
    mention = resolve_actor("Libyan armed militia")
    assert mention is None or not mention.name.startswith(("Military Forces", "Police Forces"))


def test_actors_group_of_the_country_by_its_own_name_is_no_state_force() -> None:
    found = match_actors("the Myanmar People's Defence Forces attacked", country="MM")
    assert found
    assert all(m.kind != "state_forces" for m in found)
