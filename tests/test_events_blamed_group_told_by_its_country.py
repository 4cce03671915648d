"""A group blamed or suspected told by its country's possessive ("suspicion fell on
Somalia's al-Shabaab militants", "police blamed Nigeria's Boko Haram insurgents"): the
group is the attacker, whether the attack is in that country or across its border."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "attacker"), [
    ("Soldiers killed by bomb\n\nNAIROBI (AFP) - Two Kenyan soldiers were killed when their "
     "vehicle struck a roadside bomb near Garissa on Friday, the Army said.\n\nNo group has "
     "claimed responsibility, but suspicion fell on Somalia's al-Shabaab militants, who have "
     "carried out frequent attacks in Kenya.", "2023-06-17", "Al Shabaab"),
    ("Market bombing\n\nMAIDUGURI, Nigeria (Reuters) - A bomb killed six traders at a market in "
     "Konduga on Sunday, police said. No one claimed the attack, but police blamed Nigeria's "
     "Boko Haram insurgents.", "2016-02-09", "Boko Haram"),
    ("Checkpoint attack\n\nQUETTA (Reuters) - Gunmen killed four policemen at a checkpoint near "
     "Turbat on Monday, officials said. Suspicion fell on Pakistan\u2019s Baloch Liberation "
     "Army, which has attacked security forces in the province.", "2020-11-04",
     "Baloch Liberation Army"),
    ("Gendarmes killed\n\nNIAMEY (Reuters) - Three gendarmes were killed when a bomb exploded "
     "under their vehicle near Diffa on Sunday, the interior ministry said.\n\nNo group has "
     "claimed responsibility, but suspicion fell on Nigeria's Boko Haram insurgents, who have "
     "carried out frequent attacks in the region.", "2019-09-10", "Boko Haram"),
])
def test_events_group_blamed_by_its_countrys_possessive_is_the_attacker(
        text: str, published: str, attacker: str) -> None:
    assert [e.actor1 for e in text_events(text, published)] == [attacker]
