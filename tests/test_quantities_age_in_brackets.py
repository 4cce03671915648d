"""An age written in brackets after one person ("a farmer (42) was killed", "Ahmed Ali (25)
was shot") is no count of the dead: the person is one; digits in brackets that count
("the killing of (6) terrorists", "civilians (3) were killed") stay counts."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _counted(text: str, published: str, kind: str) -> int:
    return sum(c.count or 0 for r in extract(text, published=published, doc_id="s")
               if isinstance(r, Event) for c in r.casualties if c.kind == kind)


@pytest.mark.parametrize(("text", "published", "kind", "count"), [
    # a noun of one person with its age
    ("On 3 May 2022, a farmer (42) was killed by unidentified gunmen near Menaka.",
     "2022-05-04", "killed", 1),
    ("On 14 August 2019, a shopkeeper (56) was shot dead by two men on a motorbike in "
     "Quetta.", "2019-08-15", "killed", 1),
    # a name with its age and a singular verb
    ("Juma Okello (31) was stabbed to death by a mob in Kisumu on Sunday.", "2021-03-08",
     "killed", 1),
    ("On 2 February 2020, Maria Santos (19) was wounded when gunmen fired on a bus in "
     "Tegucigalpa.", "2020-02-03", "wounded", 1),
    # two people, each with an age
    ("On 11 July 2023, a woman (38) and her son (14) were shot dead by gunmen in Zamfara.",
     "2023-07-12", "killed", 2),
    ("On 5 October 2018, gunmen abducted a teacher (44) and a pupil (11) from a school in "
     "Kumba.", "2018-10-06", "abducted", 2),
    # digits in brackets that count stay counts
    ("On 9 May 2021, civilians (3) were killed when a shell hit a market in Idlib.",
     "2021-05-10", "killed", 3),
    ("On 20 April 2024, the army announced the killing of (6) terrorists in Tillaberi.",
     "2024-04-21", "killed", 6),
    ("On 20 April 2024, troops killed seven (7) militants near Diffa.", "2024-04-21",
     "killed", 7),
])
def test_age_in_brackets_is_no_count(text: str, published: str, kind: str,
                                     count: int) -> None:
    assert _counted(text, published, kind) == count


@pytest.mark.parametrize(("sentence", "counts"), [
    ("A farmer (42) was killed.", [1]),
    ("The village headman (61) was killed.", [1]),
    ("Three soldiers (3) were killed.", [3]),
    ("Gunmen killed (4) people.", [4]),
])
def test_age_in_brackets_read_by_the_count_reader(sentence: str, counts: list[int]) -> None:
    assert [m.count for m in find_casualty_mentions(sentence) if m.kind == "killed"] == counts
