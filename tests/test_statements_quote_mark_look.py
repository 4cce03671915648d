"""The look for a quotation mark in ASCII text agrees with ``_QUOTE_CHARS``."""

from __future__ import annotations

import pytest

from eventcoder import statements


@pytest.mark.parametrize(
    "text",
    [
        'The colonel said "we repelled them" on Monday.',
        "The colonel said we repelled them on Monday.",
        "The colonel said \u201cwe repelled them\u201d on Monday.",
        "The colonel said \u00abwe repelled them\u00bb on Monday.",
        "The colonel said: we repelled them.",
        "It's the colonel's word.",
    ],
)
def test_quote_mark_look_same_as_the_pattern(text: str) -> None:
    for start, end in [(0, len(text)), (5, len(text) - 5), (20, 30)]:
        expected = statements._QUOTE_CHARS.search(text, start, end) is not None
        assert statements._has_quote_mark(text, start, end) is expected


def test_a_quote_found_once_the_look_passes() -> None:
    from eventcoder.document import make_doc
    from eventcoder.inputs import document_from_text

    doc = make_doc(document_from_text('The colonel said "we repelled them" on Monday.',
                                      doc_id="q"))
    assert statements.quote_spans(doc) == [(18, 34)]  # the words inside the marks
