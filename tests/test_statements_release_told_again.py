"""A release told again by its noun ("The statement said that ...") keeps its issuer."""

from __future__ import annotations

from eventcoder import Statement, extract

TEXT = (
    "AFRICOM announced on Tuesday that its forces and Somali troops struck al-Shabaab "
    "positions near Jilib.\n\n"
    "\u201cThe strikes were aimed at degrading the network. During the operation, "
    "al-Shabaab fighters, who had claimed the town, fired on the partnered force near "
    "the river,\u201d it added.\n\n"
    "The statement said that one Somali soldier was wounded during the operation.\n\n"
    "On March 4, the statement added, Danab forces detained three al-Shabaab suspects "
    "near Bulo Burde."
)


def _reported() -> list[Statement]:
    return [r for r in extract(TEXT, published="2024-03-05", doc_id="release")
            if isinstance(r, Statement) and r.reported]


def test_the_statement_told_again_is_the_issuers() -> None:
    # the group named inside the earlier quote, and the soldier's side named after "that",
    # are what the statement tells of, not who issued it
    said = [s for s in _reported() if s.quote.startswith("one Somali soldier")]
    assert [s.organisation for s in said] == ["US Africa Command"]


def test_quote_words_introduce_no_release() -> None:
    from eventcoder.inputs import document_from_text
    from eventcoder.pipeline import RulePipeline
    from eventcoder.statements import _releases

    doc = RulePipeline().analyse(document_from_text(TEXT, published="2024-03-05"))
    assert {r.organisation for r in _releases(doc)} == {"US Africa Command"}
