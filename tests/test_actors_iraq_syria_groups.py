"""Armed groups of the Iraq and Syria reporting, by their names and spellings."""

from __future__ import annotations

import pytest

from eventcoder.actors import resolve_actor


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Hurras al-Din", "Hurras al-Din", "rebel_group"),
        ("Guardians of Religion Organization", "Hurras al-Din", "rebel_group"),
        ("Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "political_militia"),
        ("Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", "political_militia"),
        ("Kataib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada", "political_militia"),
        ("Ansar al-Islam", "Ansar al-Islam", "rebel_group"),
    ],
)
def test_group_names(phrase: str, name: str, kind: str) -> None:
    found = resolve_actor(phrase, country="IQ")
    assert found is not None
    assert (found.name, found.kind) == (name, kind)
