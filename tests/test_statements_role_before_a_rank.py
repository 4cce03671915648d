"""A spokesperson introduced with a role, a rank and a name, and quoted later by surname."""

from __future__ import annotations

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def test_a_spokesperson_named_with_a_rank_keeps_the_role_told_before_it() -> None:
    records = RulePipeline()(document_from_text(
        "Forty suspects were detained during the week, army spokesman Captain Daniel "
        "Otieno said.\n\n\"We will not relent,\" Otieno said.", doc_id="t",
        published="2025-07-14"))
    [statement] = [s for s in records if isinstance(s, Statement) and not s.reported]
    assert (statement.speaker, statement.role) == ("Daniel Otieno", "army spokesman")
