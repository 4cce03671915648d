"""Others counted in a clause of their own after one person named ("Obi and Ada were hurt
and five others were killed") are other people, not more of the one named."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a hamlet near Nsukka, Nigeria on Sunday. Obinna and Adaeze were "
        "wounded and five others were killed.",
        "Gunmen raided a hamlet near Nsukka, Nigeria on Sunday. Obinna was wounded and five "
        "others were killed.",
    ],
    ids=["two-named", "one-named"],
)
def test_others_are_not_the_named_person(text: str) -> None:
    event = extracted_event(text)
    dead = [c for c in event.casualties if c.kind == "killed"]
    assert [c.count for c in dead] == [5]
    assert dead[0].party not in {"Obinna", "Adaeze"}
