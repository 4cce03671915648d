"""A country's adjective before the weapon it fired ("a Russian missile", "Israeli tank
fire", "Azerbaijani artillery shells") names that country's armed forces, as "a Russian
airstrike" does. A rocket is left alone: rockets are fired by armed groups as often as by
armies ("a Palestinian rocket" is no state's)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("On 3 August 2023, a Russian missile hit an apartment block in Zaporizhzhia, "
         "killing two residents.", "Military Forces of Russia"),
        ("On 3 August 2023, Israeli tank fire hit a school in Khan Younis, killing four "
         "people.", "Military Forces of Israel"),
        ("On 3 August 2023, Azerbaijani artillery shells struck a village near Martuni, "
         "wounding a woman.", "Military Forces of Azerbaijan"),
    ],
)
def test_actors_country_weapon_words(pipeline: RulePipeline, text: str, force: str) -> None:
    event = main_event(pipeline, text)
    assert event.event_type == "explosions_remote_violence"
    assert event.actor_acled_names.get(event.actor1 or "", event.actor1 or "").startswith(force)


def test_actors_country_weapon_words_not_rockets(pipeline: RulePipeline) -> None:
    event = main_event(pipeline, "On 3 August 2023, a Palestinian rocket fell short in Beit "
                                 "Hanoun, killing a child.")
    assert not (event.actor1 or "").startswith("Military Forces")
