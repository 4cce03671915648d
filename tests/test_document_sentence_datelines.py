"""Sentences: a US state in a wire dateline and a clock time with its zone end none."""

from __future__ import annotations

import pytest

from eventcoder.document import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAMPA, Fla. – At 5:30 p.m. Syria time on Aug. 22, U.S. forces struck a target. "
         "Initial indications are that no civilians were hurt.",
         ["TAMPA, Fla. – At 5:30 p.m. Syria time on Aug. 22, U.S. forces struck a target.",
          "Initial indications are that no civilians were hurt."]),
        ("FORT BRAGG, N.C. (AP) — Two soldiers were killed at 9 a.m. local time. The army "
         "said so.",
         ["FORT BRAGG, N.C. (AP) — Two soldiers were killed at 9 a.m. local time.",
          "The army said so."]),
        ("WASHINGTON, D.C. - The blast hit at 9 a.m. (0600 GMT) near the market. Police "
         "said three died.",
         ["WASHINGTON, D.C. - The blast hit at 9 a.m. (0600 GMT) near the market.",
          "Police said three died."]),
        # a clock time that ends its sentence still ends it
        ("The attack began at 5 p.m. The army said two soldiers died.",
         ["The attack began at 5 p.m.", "The army said two soldiers died."]),
    ],
)
def test_datelines_and_clock_times(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
