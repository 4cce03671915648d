"""A group that holds a state's power: its authorities and police are its own, not the
recognised government's."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors import governing_name, match_actors
from tests.event_sides import acled_sides


def _actor1(text: str, published: str) -> tuple[str | None, str | None]:
    return acled_sides(text, published)


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        ("On 11 October 2021, Houthi authorities announced a curfew in Dhamar city (Dhamar).",
         "2021-10-12", "Government of Yemen (2016-) Supreme Political Council"),
        ("On 11 October 2021, the Houthi-run health ministry closed three markets in Ibb "
         "city (Ibb).", "2021-10-12", "Government of Yemen (2016-) Supreme Political Council"),
        ("On 11 October 2021, Houthi police arrested four traders in Ibb city (Ibb).",
         "2021-10-12", "Police Forces of Yemen (2016-) Supreme Political Council"),
        ("On 11 October 2022, Taliban authorities closed a radio station in Mazar-i-Sharif "
         "(Balkh).", "2022-10-12", "Government of Afghanistan (2021-)"),
        ("On 11 October 2022, Taliban police detained two journalists in Jalalabad "
         "(Nangarhar).", "2022-10-12", "Police Forces of Afghanistan (2021-)"),
        ("On 11 October 2022, Taliban fighters detained two former soldiers in Ghazni city "
         "(Ghazni).", "2022-10-12", "Military Forces of Afghanistan (2021-)"),
    ],
)
def test_actors_ruling_group_officials_and_police(text: str, published: str,
                                                  actor1: str) -> None:
    found, struck = _actor1(text, published)
    assert found == actor1
    assert struck is None or "Houthi" not in struck and struck != "Taliban"


def test_actors_ruling_group_before_it_took_power_is_a_rebel_group() -> None:
    found, _struck = _actor1("On 11 October 2019, Taliban fighters attacked a checkpoint in "
                             "Ghazni city (Ghazni), killing two soldiers.", "2019-10-12")
    assert found == "Taliban"
    names = [m.acled_name for m in match_actors("Taliban police arrested three men.",
                                                country="AF", when=date(2019, 6, 1))]
    assert "Taliban" in names


@pytest.mark.parametrize(
    ("name", "branch", "when", "expected"),
    [
        ("Houthis", "police", date(2020, 1, 1),
         "Police Forces of Yemen (2016-) Supreme Political Council"),
        ("Taliban", "government", date(2023, 1, 1), "Government of Afghanistan (2021-)"),
        ("Taliban", "government", date(2020, 1, 1), None),
        ("Islamic State", "government", date(2020, 1, 1), None),
    ],
)
def test_actors_governing_name(name: str, branch: str, when: date,
                               expected: str | None) -> None:
    assert governing_name(name, branch, when=when) == expected
