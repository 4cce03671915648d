"""A speaker quoted and told as speaking to an outlet ('"...," the mayor of X, Jane Roe,
told AFP by telephone.'), then told again as "he said" and "he added" in the paragraphs
below: the same person, not the outlet told, nor the words of the sentence before."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement

_STORIES = [
    ("Village raided\n\nYAOUNDE (AFP) - Jihadists raided a village in the Far North region on "
     "Tuesday night, the local mayor said.\n\n\"They came on motorbikes and killed nine people,\" "
     "the mayor of Mokolo, Jean-Pierre Hamadou, told AFP by telephone on Wednesday.\n\nThe attack "
     "took place in the village of Tourou, near the border, he said.\n\nSoldiers arrived after "
     "the attackers had left, he added.", "2018-05-10", "Jean-Pierre Hamadou",
     ("They came", "The attack took", "Soldiers arrived")),
    ("Market attacked\n\nNIAMEY (Reuters) - Gunmen attacked a market in western Niger on Sunday, "
     "an official said.\n\n\"They shot at everyone they saw,\" the prefect of Tera, Amina "
     "Issoufou, told Reuters by phone. \"Many traders fled into the bush.\"\n\nThe gunmen came "
     "from across the border, she said. Troops were sent to the area on Monday, she added.",
     "2021-03-23", "Amina Issoufou", ("They shot", "The gunmen came", "Troops were sent")),
    ("Post overrun\n\nBAMAKO (AP) - Militants overran an army post in central Mali on Friday, a "
     "local official said.\n\n\"The soldiers fought for two hours,\" the mayor of Boni, Oumar "
     "Cisse, told The Associated Press on Saturday.\n\nThe post was burned, he said.",
     "2019-11-02", "Oumar Cisse", ("The soldiers fought", "The post was burned")),
]


@pytest.mark.parametrize(("text", "published", "speaker", "quotes"), _STORIES)
def test_statements_he_said_below_is_the_one_quoted_not_the_outlet(
        text: str, published: str, speaker: str, quotes: tuple[str, ...]) -> None:
    said = [r for r in extract(text, published=published, doc_id="t")
            if isinstance(r, Statement)]
    assert [[s.speaker for s in said if s.quote.startswith(q)] for q in quotes] == [
        [speaker]] * len(quotes)
