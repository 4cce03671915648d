"""Those arrested after a clause that tells what they did: in "the gunmen who killed two
guards were arrested" the gunmen were arrested (as many as told of them) and the guards
killed; the clause's object is no subject of "were arrested"."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _counts(text: str) -> list[tuple[str, int | None, str | None]]:
    return sorted(((m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)),
                  key=lambda x: x[0])


@pytest.mark.parametrize(("text", "expected"), [
    ("The robbers who killed three cashiers were arrested in Marula on Sunday.",
     [("detained", None, "robbers"), ("killed", 3, "cashiers")]),
    ("Officers said the bandits that killed four herders were arrested near the dam.",
     [("detained", None, "bandits"), ("killed", 4, "herders")]),
    ("Five raiders who had shot two watchmen were arrested at a roadblock.",
     [("detained", 5, "raiders")]),
    ("Two militants who killed six farmers were arrested by the army.",
     [("detained", 2, "militants"), ("killed", 6, "farmers")]),
], ids=["who-killed", "that-killed", "who-had-shot", "counted-doers"])
def test_those_arrested_are_the_doers(text: str,
                                      expected: list[tuple[str, int | None, str]]) -> None:
    assert _counts(text) == expected


def test_the_victims_arrested_stay_victims_of_arrest() -> None:
    # no clause before them: the people counted are the ones arrested
    assert _counts("Police said four traders were arrested at the market.") == [
        ("detained", 4, "traders")]
