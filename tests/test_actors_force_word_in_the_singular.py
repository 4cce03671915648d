"""A force word the actor list holds in the plural ("commandos", "marines") names the
country's forces in the singular after the country's word ("one Afghan commando was
hurt", "a Kenyan marine"); alone ("an armed commando abducted him") it names no force.
"""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors


@pytest.mark.parametrize(("text", "force"), [
    ("One Afghan commando was lightly hurt in the raid.", "Military Forces of Afghanistan"),
    ("A Kenyan marine was wounded off Lamu.", "Military Forces of Kenya"),
])
def test_actors_singular_force_word_after_a_country(text: str, force: str) -> None:
    assert [m.name for m in match_actors(text, country="SO")] == [force]


def test_actors_singular_force_word_alone_names_no_force() -> None:
    assert match_actors("An armed commando abducted the mayor.", country="MX") == []
