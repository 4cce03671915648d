"""Agency copy opens a sentence on the speaker's role without an article, then the name
set off by commas ("Deputy governor of Hodeidah, Ali Saleh al-Ahdal, said"): the name is the
speaker and the words before it the role."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    records = RulePipeline()(document_from_text(text, doc_id="d", published="2024-03-15"))
    return [r for r in records if isinstance(r, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Deputy governor of Hodeidah, Ali Saleh al-Ahdal, said in a statement to Saba that '
         '"the militia shelled the houses of citizens in the district."', "Ali Saleh al-Ahdal",
         "Deputy governor of Hodeidah"),
        ('Head of the security committee in Diyala, Karim Hassan, told INA that "the attack '
         'was carried out by a terrorist cell."', "Karim Hassan",
         "Head of the security committee in Diyala"),
    ],
)
def test_statements_role_opens_without_article(text: str, speaker: str, role: str) -> None:
    found = _statements(text)
    assert [(s.speaker, s.role) for s in found] == [(speaker, role)], [s.to_dict() for s in found]
