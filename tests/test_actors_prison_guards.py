"""Prison guards, wardens and warders are a state's custodial officers, coded with its
police ("Police Forces of Cuba"), not an unidentified armed group."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def _spans(text: str, country: str) -> dict[str, str]:
    return {text[m.start:m.end]: m.acled_name or m.name
            for m in match_actors(text, country=country)}


@pytest.mark.parametrize(("text", "country"), [
    ("Prison guards beat two inmates in Camaguey.", "CU"),
    ("Three prison officers were stabbed in Mombasa.", "KE"),
    ("warders fired shots to stop the escape", "UG"),
])
def test_actors_prison_guards_are_police(text: str, country: str) -> None:
    assert any(v.startswith("Police Forces") for v in _spans(text, country).values()), \
        _spans(text, country)


def test_events_prison_guards_beat_a_prisoner(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 7 March 2021, in Camaguey, Cuba, a detained activist "
                                 "was beaten by prison guards.")
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of Cuba"), \
        event.actor1


@pytest.mark.parametrize(("phrase", "iso", "day", "expected"), [
    ("prison guards", "KE", "2021-03-02", "Police Forces of Kenya (2013-) Prison Guards"),
    ("warders", "NG", "2024-06-01", "Police Forces of Nigeria (2023-) Prison Guards"),
])
def test_actors_prison_guards_are_a_unit_of_the_police(phrase: str, iso: str, day: str,
                                                      expected: str) -> None:
    from datetime import date

    from eventcoder.actors import resolve_actor
    found = resolve_actor(phrase, country=iso, when=date.fromisoformat(day))
    assert found is not None and found.acled_name == expected


def test_actors_prison_guards_named_for_the_event_day() -> None:
    from datetime import date

    from eventcoder.actors import acled_name_on
    assert acled_name_on("Police Forces of Nigeria Prison Guards", "NG",
                         "Police Forces of Nigeria (2023-) Prison Guards",
                         date(2020, 5, 1)) == "Police Forces of Nigeria (2015-) Prison Guards"
