"""A guard told without a force's name is private security: one armed man killing him
attacks a civilian (ACLED codes private security guards as civilians), while a guard of a
state's post (border, prison, army base) is of its forces."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    "text",
    [
        "A man armed with three knives stabbed a guard to death outside a depot in Eldoret, "
        "Kenya on Thursday. Officers are hunting for him.",
        "On 14 August 2019, a man armed with a machete hacked a security guard to death at a "
        "timber yard in Eldoret, Kenya.",
    ],
    ids=["guard", "security-guard"],
)
def test_a_private_guard_killed_is_a_civilian_attacked(text: str) -> None:
    event = extracted_event(text)
    assert (event.event_type, event.sub_event_type) == ("violence_against_civilians", "attack")
    assert event.actor2 == "Civilians (Kenya)"


def test_a_prison_guard_killed_stays_a_battle() -> None:
    event = extracted_event("On 14 August 2019, gunmen shot dead two prison guards outside "
                            "a jail in Eldoret, Kenya.")
    assert event.event_type == "battles"
