"""A count a correction keeps, told by the noun of the people it counts: "The number of
detainees, 48, was unchanged" (and "arrestees", "captives", "casualties"), as by the noun of
their fate ("The number of arrests, 48, was unchanged")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally
from eventcoder.tallies import lexicon


@pytest.mark.parametrize(("sentence", "metric", "value"), [
    ("The number of detainees, 37, was unchanged.", "detained", 37),
    ("The number of arrestees, 29, remains the same.", "detained", 29),
    ("The number of captives, 15, is unchanged.", "detained", 15),
    ("The number of casualties, 64, was unchanged.", "casualties", 64),
    ("The number of captures, 12, is unchanged.", "detained", 12),
])
def test_tallies_kept_count_told_by_the_people_noun(sentence: str, metric: str,
                                                    value: int) -> None:
    text = ("AFRICOM amends its May summary\n\nUS Africa Command on Tuesday revised the number "
            "of al-Shabaab fighters killed in Somalia in May to 31.\n\n" + sentence + "\n")
    tallies = [r for r in extract(text, published="2024-06-11") if isinstance(r, Tally)]
    kept = [t for t in tallies if t.value == value]
    assert [(t.metric, t.period_start, t.period_end) for t in kept] == [
        (metric, "2024-05-01", "2024-05-31")]


@pytest.mark.parametrize("word", ["detainees", "detainee", "arrestees", "captives", "captive",
                                  "casualties", "captures"])
def test_tallies_sentence_gate_passes_the_people_nouns(word: str) -> None:
    lex = lexicon()
    sentence = f"The number of {word}, 9, was unchanged."
    assert lex.trigger_re.search(sentence) is not None
    assert lex.lower_trigger_re.search(sentence.lower()) is not None


@pytest.mark.parametrize("sentence", [
    "The camp authority said the release brought the number of detainees released since "
    "January to 214.",
    "The transfer brought the number of captives freed this year to 57.",
    "That brings the number of arrestees transferred to the capital since March to 96.",
])
def test_tallies_people_noun_with_another_fate_after_it_counts_no_one_detained(
        sentence: str) -> None:
    text = ("Camp hands over prisoners\n\nThe administration on Monday handed 40 men to "
            "their home province. " + sentence + "\n")
    tallies = [r for r in extract(text, published="2024-06-11") if isinstance(r, Tally)]
    assert [t for t in tallies if t.metric == "detained"] == []
