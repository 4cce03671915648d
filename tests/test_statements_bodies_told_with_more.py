"""A body told with words about it set off by commas ("JNIM, al Qaeda's affiliate in the
Sahel, said ...") is the one that spoke, and its release is the one "the group said" tells
of later; a role of "government" ("government spokesman X") is of the government of the
report's country; a role after a body's initials ("UN humanitarian coordinator", "UNICEF
spokesperson") is of that body."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-06-11") if isinstance(s, Statement)]


@pytest.mark.parametrize("opening", [
    "Al Shabaab, the al Qaeda affiliate in Somalia,",
    "Al Shabaab (HSM), which has fought the government for years,",
])
def test_statements_body_then_words_about_it(opening: str) -> None:
    text = (f"{opening} said on Monday that its fighters had shelled a base near Baidoa. "
            '"The base burned until morning," the group said in the message.')
    found = _statements(text)
    reported = [(s.speaker, s.quote) for s in found if s.reported]
    assert reported == [("Al Shabaab", "its fighters had shelled a base near Baidoa")], found
    quoted = [(s.speaker, s.organisation) for s in found if not s.reported]
    assert quoted == [("Al Shabaab", "Al Shabaab")], found


def test_statements_person_then_role_set_off_is_not_a_body() -> None:
    # a role set off by commas tells of a person, read as before
    found = _statements("Farah Ali, a district commissioner, said on Monday that the road "
                        "was closed near Baidoa.")
    assert [(s.speaker, s.role) for s in found] == [("Farah Ali", "district commissioner")]


@pytest.mark.parametrize("role", ["government spokesman", "Government spokesman"])
def test_statements_government_spokesman_speaks_for_the_government(role: str) -> None:
    text = (f"Floods cut the road between Gao and Ansongo in Mali. {role.capitalize()} Moussa "
            "Keita said the road would reopen within a week.")
    found = _statements(text)
    assert [(s.speaker, s.organisation) for s in found] == [
        ("Moussa Keita", "Government of Mali (2021-)")], found


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ('"Aid must reach Ansongo," UNICEF spokesperson Awa Traore said in Bamako.', "UNICEF"),
        ('"Aid must reach Ansongo now," the UN humanitarian coordinator in Mali, Awa '
         "Traore, said in a statement.", "UN"),
        # a country's initials say where the official is from
        ('Floods hit Ansongo. "Aid must reach the town now," said Awa Traore, the US '
         "ambassador in Mali.", None),
    ],
)
def test_statements_role_after_a_body_initials(text: str, organisation: str | None) -> None:
    found = _statements(text)
    assert [(s.speaker, s.organisation) for s in found] == [("Awa Traore", organisation)], found


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Floods hit Ansongo. "The road is cut," said the UN humanitarian coordinator in '
         "Mali, Awa Traore.", "Awa Traore", "UN humanitarian coordinator in Mali"),
        ("Floods hit Ansongo. \u201cThe road is cut,\u201d said the district commissioner, "
         "Moussa Keita, on Friday.", "Moussa Keita", "district commissioner"),
    ],
)
def test_statements_verb_then_role_then_name(text: str, speaker: str, role: str) -> None:
    # after the quote, the verb, a role with its article, and the name set off by a comma
    found = _statements(text)
    assert [(s.speaker, s.role) for s in found] == [(speaker, role)], found
