"""Forces killed by attackers the report does not name are struck, not the attackers.

"Five soldiers were killed in an ambush near Kidal" names only the dead: ACLED codes an
unidentified armed group against the soldiers' forces, never the soldiers against no one.
"""

from __future__ import annotations

import pytest

from tests.conftest import lead_event


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Six soldiers were killed in an ambush near Menaka on Saturday, the army said.",
         "Military Forces of Mali"),
        ("Four soldiers died in an attack on their post in Bosso on Wednesday.",
         "Military Forces of Niger"),
        ("Two policemen were shot dead at a checkpoint in Turbat on Monday.",
         "Police Forces of Pakistan"),
    ],
)
def test_struck_forces_with_unnamed_attackers(text: str, struck: str) -> None:
    event = lead_event(text)
    assert event.actor2 == struck
    assert (event.actor1 or "").startswith("Unidentified Armed Group")


def test_struck_forces_a_named_attacker_keeps_its_place() -> None:
    event = lead_event("Five soldiers were killed when JNIM fighters ambushed their convoy "
                       "near Djibo on Sunday.")
    assert event.actor2 == "Military Forces of Burkina Faso"
    assert event.actor1 == "Jama'at Nusrat al-Islam wal-Muslimin"
