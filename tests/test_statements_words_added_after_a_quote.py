"""Words a quoted speaker goes on to tell without quotation marks, in the sentence of the
quote: '"...," she said, adding that a third man was being sought.' are the speaker's,
reported; the participle is no part of the speaker's role ("said X, the mayor of Gao,
adding that ...")."""

from __future__ import annotations

import pytest

from eventcoder import extract, statements
from eventcoder.records import Statement


def _statements(text: str) -> list[tuple[str | None, str | None, str, bool, str | None]]:
    return [(s.speaker, s.role, s.quote, s.reported, s.verb)
            for s in extract(text, published="2024-06-02") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Police in Kenya held two men. "Both men were carrying radios," police spokeswoman '
         'Jane Wairimu said on Monday, adding that a third man was being sought in Garissa.',
         [("Jane Wairimu", "police spokeswoman", "Both men were carrying radios", False, "said"),
          ("Jane Wairimu", "police spokeswoman", "a third man was being sought in Garissa",
           True, "adding")]),
        ("\u201cWe will not leave,\u201d said Amadou Diallo, the mayor of Gao, noting that the "
         "road north had been cut for a week.",
         [("Amadou Diallo", "mayor of Gao", "We will not leave", False, "said"),
          ("Amadou Diallo", "mayor of Gao", "the road north had been cut for a week", True,
           "noting")]),
    ],
)
def test_statements_words_added_after_a_quote(
        text: str, expected: list[tuple[str | None, str | None, str, bool, str | None]]) -> None:
    assert _statements(text) == expected


def test_statements_words_added_in_another_sentence_are_not_the_quotes() -> None:
    text = '"We will not leave," the mayor of Gao said. He was adding that the road was cut.'
    assert [s[2] for s in _statements(text)] == ["We will not leave"]


@pytest.mark.parametrize("text", [
    '," she said, adding that a third man was being sought.',
    '," he said, warning that the road was closed.',
    '," he said.',
])
def test_statements_added_words_gated(text: str) -> None:
    # the pattern runs only where the words every match of it holds are in the text
    if statements._ADDING_THAT.match(text):
        assert statements._ADDING_GATE in text
