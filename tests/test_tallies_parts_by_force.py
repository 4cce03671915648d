"""A joint statement's count and its parts by the force that dealt them ("Of the 40 killed,
25 were killed by the army and 15 by the air force", "The army killed 25 of the terrorists
and the air force killed 15") are linked as whole and parts, and checked against each other;
counts of other places each dealt by a force are no such parts. A whole told only in the
phrase its parts open with ("Of the 52 suspects arrested, 30 ...") is a count of its own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Record, Tally


def _read(text: str, published: str) -> list[Record]:
    return extract(text, published=published, doc_id="s")


def _told(found: list[Record]) -> list[tuple[str, int, int | None]]:
    tallies = [t for t in found if isinstance(t, Tally)]
    values = {t.tally_id: t.value for t in tallies}
    return sorted((t.metric, t.value, values.get(t.parent) if t.parent else None)
                  for t in tallies)


def _findings(found: list[Record]) -> list[tuple[int, list[int], str]]:
    return [(c.total, sorted(c.parts), c.verdict) for c in found if isinstance(c, Consistency)]


@pytest.mark.parametrize(
    ("text", "published", "told", "finding"),
    [
        # the whole, then its parts by force after "Of the N killed", the verb told once
        ("Abuja, 3 May 2019\n\nIn April 2019, the joint forces killed 40 Boko Haram "
         "terrorists in Borno State. Of the 40 terrorists killed, 25 were killed by the army "
         "and 15 by the air force.", "2019-05-03",
         [("killed", 15, 40), ("killed", 25, 40), ("killed", 40, None)],
         (40, [15, 25], "consistent")),
        # three forces, each after "by"
        ("Baghdad, 1 March 2021\n\nIn February 2021, the Iraqi security forces killed 36 ISIS "
         "terrorists in Anbar and Salahuddin. Of the 36 killed, 20 were killed by the "
         "Counter-Terrorism Service, 10 by the army and 6 by the Federal Police.",
         "2021-03-01",
         [("killed", 6, 36), ("killed", 10, 36), ("killed", 20, 36), ("killed", 36, None)],
         (36, [6, 10, 20], "consistent")),
        # each force the subject of its own count
        ("Abuja, 3 May 2019\n\nIn April 2019, the joint forces killed 40 Boko Haram "
         "terrorists in Borno State. The army killed 25 of the terrorists and the air force "
         "killed 15.", "2019-05-03",
         [("killed", 15, 40), ("killed", 25, 40), ("killed", 40, None)],
         (40, [15, 25], "consistent")),
        # parts that sum above the whole: a mismatch reported, not set right
        ("ANKARA, 2 October 2018\n\nTurkish Armed Forces and the Gendarmerie neutralised 63 "
         "PKK terrorists in September 2018 in joint operations in Hakkari and Sirnak. The army "
         "neutralised 41 of the terrorists and the gendarmerie neutralised 27.", "2018-10-02",
         [("killed", 27, 63), ("killed", 41, 63), ("killed", 63, None)],
         (63, [27, 41], "mismatch")),
        # arrests by force, short of the whole: the rest by others
        ("Nairobi, 2 August 2023\n\nIn July 2023, security agencies arrested 52 al-Shabaab "
         "suspects in Garissa County. Of the 52 arrested, 30 were arrested by the police and "
         "12 by the Kenya Defence Forces.", "2023-08-02",
         [("detained", 12, 52), ("detained", 30, 52), ("detained", 52, None)],
         (52, [12, 30], "partial")),
        # the whole told only in the phrase its parts open with, the month before it
        ("Abuja, 3 May 2019\n\nIn April 2019, the joint forces carried out operations in "
         "Borno State. Of the 40 terrorists killed, 25 were killed by the army and 15 by the "
         "air force.", "2019-05-03",
         [("killed", 15, 40), ("killed", 25, 40), ("killed", 40, None)],
         (40, [15, 25], "consistent")),
        # arrests, the parts short of the whole, after a count of another kind
        ("Nairobi, 2 August 2023\n\nSecurity agencies conducted 41 raids in Garissa County "
         "in July 2023. Of the 52 suspects arrested, 30 were arrested by the police and 12 by "
         "the Kenya Defence Forces.", "2023-08-02",
         [("detained", 12, 52), ("detained", 30, 52), ("detained", 52, None),
          ("raids", 41, None)],
         (52, [12, 30], "partial")),
        # parts by place, a quarter told before; the parts sum above the whole
        ("Kabul, 4 October 2020\n\nBetween July and September 2020, the army conducted "
         "clearance operations in Helmand. Of the 61 insurgents killed, 38 were killed in "
         "Nad Ali and 27 in Marjah.", "2020-10-04",
         [("killed", 27, 61), ("killed", 38, 61), ("killed", 61, None)],
         (61, [27, 38], "mismatch")),
        # the whole told in a sentence before: one count of it, not two
        ("Kabul, 5 June 2020\n\nIn May 2020, Afghan forces killed 52 Taliban insurgents in "
         "Helmand. Of the 52 insurgents killed, 30 were killed in Nad Ali and 22 in Marjah.",
         "2020-06-05",
         [("killed", 22, 52), ("killed", 30, 52), ("killed", 52, None)],
         (52, [22, 30], "consistent")),
    ],
)
def test_tallies_parts_by_force_are_linked_to_their_whole(
        text: str, published: str, told: list[tuple[str, int, int | None]],
        finding: tuple[int, list[int], str]) -> None:
    found = _read(text, published)
    assert _told(found) == told
    assert _findings(found) == [finding]


@pytest.mark.parametrize(
    "text",
    [
        # counts of other places, each dealt by a force: no share of the first place's
        "Kabul, 5 June 2020\n\nIn May 2020, the army killed 120 Taliban insurgents in "
        "Helmand. The air force killed 45 Taliban insurgents in Kandahar and the police killed "
        "30 in Herat.",
        # counts larger together than the one before, none said to be of it: counts of
        # their own
        "Kabul, 5 June 2020\n\nIn May 2020, the army killed 20 Taliban insurgents. The air "
        "force killed 45 Taliban insurgents and the police killed 30 Taliban insurgents.",
    ],
)
def test_tallies_counts_dealt_by_forces_apart_are_no_parts(text: str) -> None:
    found = _read(text, "2020-06-05")
    assert all(parent is None for _, _, parent in _told(found))
    assert not _findings(found)
