"""A body named with its article before a speech verb ("The Asayish said in a statement")
speaks as that body, named without the article, not as a person called "The Asayish"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Asayish said in statement that "the attack will not stop the work of our '
         'forces in the region".', "Asayish"),
        ('The Peshmerga said in a statement that "the terrorists fled toward the river after '
         'the clash".', "Peshmerga"),
    ],
)
def test_statements_body_named_with_its_article(text: str, speaker: str) -> None:
    statements = [r for r in extract(text, published="2023-02-14") if isinstance(r, Statement)]
    assert [(s.speaker, s.organisation) for s in statements] == [(speaker, speaker)]
