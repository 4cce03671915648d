"""Kurdish internal security forces and Bangladesh's ruling party and its wings, as ACLED
names them."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors, resolve_actor, theatre_countries


@pytest.mark.parametrize(("phrase", "country", "acled"), [
    ("Asayish", "SY", "Asayish (Syria)"),
    ("the Asayish forces", "SY", "Asayish (Syria)"),
    ("Kurdish internal security forces", "SY", "Asayish (Syria)"),
    ("Asayesh", "IQ", "Asayish (Iraq)"),
    ("AL", "BD", "AL: Bangladesh Awami League"),
    ("Awami League activists", "BD", "AL: Bangladesh Awami League"),
    ("BCL", "BD", "BCL: Bangladesh Chhatra League"),
    ("Chhatra League men", "BD", "BCL: Bangladesh Chhatra League"),
    ("Jubo League", "BD", "Jubo League"),
])
def test_acled_names(phrase: str, country: str, acled: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None and found.acled_name == acled


def test_asayish_arrests_are_theirs() -> None:
    text = "Asayish members detained four young men at a checkpoint in Qamishli on Tuesday."
    names = [m.acled_name for m in match_actors(text, country="SY")]
    assert names[0] == "Asayish (Syria)"


@pytest.mark.parametrize(("text", "country"), [
    ("Supporters of AL and BNP clashed over a market lease.", "BD"),
    ("A local AL leader was hacked by rivals.", "BD"),
])
def test_two_letter_party_name_in_its_country(text: str, country: str) -> None:
    names = {m.acled_name for m in match_actors(text, country=country)}
    assert "AL: Bangladesh Awami League" in names


@pytest.mark.parametrize(("text", "country"), [
    ("AL SHABAAB FIGHTERS RAID A BASE", "SO"),
    ("The AL team scored twice.", "US"),
    ("Members of AL protested.", None),
])
def test_two_letter_party_name_elsewhere(text: str, country: str | None) -> None:
    names = {m.acled_name for m in match_actors(text, country=country)}
    assert "AL: Bangladesh Awami League" not in names
    assert "BD" not in theatre_countries(text)
