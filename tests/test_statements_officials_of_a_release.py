"""Officials of a release, told by role before their names.

"The head of the service, Lieutenant General ..., told reporters" and "the service's
spokesman, Sabah al-Numan, said": each quoted later by surname, under that role, of the
service named before. A minister who "said in a separate statement that "..."" is quoted.
A role told after a clause put first ("Giving a breakdown, the Director of ..., Maj.-Gen.
...") is the official's role, not the rank before the name.
"""

from __future__ import annotations

from eventcoder.records import Statement
from tests.conftest import fixture_records


def _statements(name: str, published: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.speaker, s.role, s.organisation)
            for s in fixture_records("tallies", name, published)
            if isinstance(s, Statement) and not s.reported]


def test_statements_officials_of_a_release_roles_told_before_their_names() -> None:
    assert _statements("cts-half-year-two-officials", "2024-07-07") == [
        ("Abdul Wahab al-Saadi", "head of the service", "Counter Terrorism Service"),
        ("Sabah al-Numan", "spokesman", "Counter Terrorism Service"),
    ]


def test_statements_officials_of_a_release_said_in_a_separate_statement() -> None:
    speakers = [speaker for speaker, _role, _org in
                _statements("africom-since-beginning-two-groups", "2025-06-11")]
    assert speakers == ["Kelly Cahalan", "Abdulkadir Mohamed Nur"]


def test_statements_officials_of_a_release_role_after_a_clause_put_first() -> None:
    # "Giving a breakdown, the Director of Defence Media Operations, Maj.-Gen. Markus Kangye,
    # said ...", later quoted by surname: the role, not the rank
    [(speaker, role, _org)] = _statements("dhq-week-surrendered-theatre", "2024-03-14")
    assert (speaker, role) == ("Markus Kangye", "Director of Defence Media Operations")
