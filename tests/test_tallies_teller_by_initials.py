"""A figure told "according to" a body named by its initials alone ("..., according to
ISPR.") is told by that body: the organisation the actor list knows by them, else the
initials as written; a country's initials ("according to the US") tell nothing."""

from __future__ import annotations

import pytest

from eventcoder import Tally, extract


def _reporters(text: str) -> set[str | None]:
    return {r.reporter for r in extract(text, published="2024-06-20") if isinstance(r, Tally)}


_TOLD = ("Security forces killed 41 militants in operations across Kurram district over the "
         "past month, according to {}.")


@pytest.mark.parametrize(
    ("teller", "name"),
    [("ISPR", "ISPR"), ("KSPR", "KSPR"), ("AMISOM", "African Union Mission in Somalia")],
)
def test_initials_after_according_to_tell_the_figures(teller: str, name: str) -> None:
    assert _reporters(_TOLD.format(teller)) == {name}


def test_initials_before_a_description_tell_them_too() -> None:
    assert _reporters(_TOLD.format("ISPR, the military's media wing").replace(
        "Security forces", "Pakistani troops")) == {"ISPR"}


def test_a_country_by_its_initials_tells_nothing() -> None:
    assert _reporters(_TOLD.format("the US")) == {None}
