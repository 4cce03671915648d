"""Figures a release tells after a count, leaning on it: parts of the count by place given
in turn ("in Kirkuk and Diyala provinces, with 19 and 14 respectively"), a correction in a
sentence of its own ("The correct figure is 27") that revises the count told before, and a
nil of the teller's own people with no noun of its own ("three of its service members were
wounded ... and that none were killed")."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Record, Tally

# (metric, value, area, party, parent's value or None)
Row = tuple[str, int, tuple[str, ...], str | None, int | None]


def _records(text: str, published: str) -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="turn", published=published))


def _rows(records: list[Record]) -> list[Row]:
    tallies = [r for r in records if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    return sorted((t.metric, int(t.value), tuple(t.area), t.party,
                   int(by_id[t.parent].value) if t.parent is not None else None)
                  for t in tallies)


@pytest.mark.parametrize(
    ("text", "published", "expected", "places"),
    [
        ("Iraqi security forces killed 33 Islamic State militants during March in "
         "operations in Kirkuk and Diyala provinces, with 19 and 14 respectively, the Joint "
         "Operations Command said on Tuesday.", "2024-04-02",
         [("killed", 14, ("IQ",), "Islamic State", 33),
          ("killed", 19, ("IQ",), "Islamic State", 33),
          ("killed", 33, ("IQ",), "Islamic State", None)],
         ["Kirkuk 19", "Diyala 14"]),
        ("Kenyan police detained 41 suspected al-Shabaab members in Lamu and Garissa "
         "counties during the first week of May (29 and 12, respectively), the interior "
         "ministry said on Friday.", "2024-05-10",
         [("detained", 12, ("KE",), "Al Shabaab", 41),
          ("detained", 29, ("KE",), "Al Shabaab", 41),
          ("detained", 41, ("KE",), "Al Shabaab", None)],
         ["Lamu 29", "Garissa 12"]),
        # by country, the figures right after the period
        ("The coalition conducted 40 operations against Islamic State in Iraq and Syria in "
         "June, 25 and 15 respectively, the task force said on Thursday.", "2024-07-04",
         [("operations", 15, ("SY",), None, 40),
          ("operations", 25, ("IQ",), None, 40),
          ("operations", 40, ("IQ", "SY"), None, None)],
         ["Iraq 25", "Syria 15"]),
        # three places, the figures set off by dashes
        ("Nigerian troops neutralised 35 terrorists in Borno, Yobe and Adamawa states last "
         "week - 20, 9 and 6 respectively - the Defence Headquarters said on Friday.",
         "2024-09-06",
         [("killed", 6, ("NG",), "Unidentified Armed Group (Nigeria)", 35),
          ("killed", 9, ("NG",), "Unidentified Armed Group (Nigeria)", 35),
          ("killed", 20, ("NG",), "Unidentified Armed Group (Nigeria)", 35),
          ("killed", 35, ("NG",), "Unidentified Armed Group (Nigeria)", None)],
         ["Borno 20", "Yobe 9", "Adamawa 6"]),
    ],
)
def test_tallies_parts_told_respectively_take_each_place_in_turn(
    text: str, published: str, expected: list[Row], places: list[str]
) -> None:
    records = _records(text, published)
    assert _rows(records) == expected
    [finding] = [c for c in records if isinstance(c, Consistency)]
    assert finding.verdict == "consistent"
    assert all(label in finding.explanation for label in places)


def test_tallies_respectively_of_fewer_places_than_figures_names_none() -> None:
    # three figures for two places: each part is of the whole's country, no place of its own
    records = _records(
        "Iraqi forces killed 40 Islamic State militants during March in Kirkuk and Diyala, "
        "with 19, 14 and 7 respectively, the army said on Tuesday.", "2024-04-02")
    parts = [t for t in records if isinstance(t, Tally) and t.parent is not None]
    assert sorted(t.value for t in parts) == [7, 14, 19]
    assert all(t.area == ["IQ"] for t in parts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Central Command said on Monday that its forces and partners detained 31 "
         "Islamic State suspects in Syria in June.\n\nThe command later said the number was "
         "wrong. The correct figure is 27.",
         [("detained", 27, ("SY",), "Islamic State", None)]),
        ("Kenyan forces killed 18 al-Shabaab fighters and arrested 9 suspects in Lamu county "
         "during the past week, the defence ministry said on Sunday. In an update, the "
         "ministry said the correct number is 7.",
         [("detained", 7, ("KE",), "suspects", None),
          ("killed", 18, ("KE",), "Al Shabaab", None)]),
    ],
)
def test_tallies_correction_in_a_later_sentence_revises_the_count_before(
    text: str, expected: list[Row]
) -> None:
    records = _records(text, "2024-07-05")
    assert _rows(records) == expected
    [revised] = [t for t in records if isinstance(t, Tally) and t.value == expected[0][1]]
    # the evidence is the correction's figure, not the one it replaced
    assert revised.evidence[0].start > text.index("correct")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition forces conducted 21 operations against Islamic State in Iraq in July, "
         "killing 14 militants, U.S. Central Command said on Monday. It said three of its "
         "service members were wounded during the month and that none were killed.",
         [("killed", 0), ("wounded", 3)]),
        ("Partner forces carried out 17 raids against Islamic State in Syria in August, "
         "killing 6 militants, U.S. Central Command said on Tuesday, adding that none of its "
         "personnel were killed.",
         [("killed", 0)]),
    ],
)
def test_tallies_nil_of_the_tellers_own_is_an_explicit_zero(
    text: str, expected: list[tuple[str, int]]
) -> None:
    records = _records(text, "2024-09-03")
    own = sorted((t.metric, int(t.value)) for t in records
                 if isinstance(t, Tally) and t.party == "US Central Command")
    assert own == expected


def test_tallies_none_of_the_operations_is_no_count() -> None:
    records = _records(
        "Partner forces carried out 17 raids against Islamic State in Syria in August, "
        "U.S. Central Command said. None of the raids was conducted near the border.",
        "2024-09-03")
    assert sorted(int(t.value) for t in records if isinstance(t, Tally)) == [17]


@pytest.mark.parametrize(
    ("text", "kinds", "verdict"),
    [
        # the kind told in a sentence of its own, the rest named after it
        ("U.S. Central Command said on Monday that its forces carried out 40 operations "
         "against Islamic State in Iraq in May. Nine were U.S.-only operations and the rest "
         "were partnered.", {9: "US-only", 31: "partnered"}, "consistent"),
        ("Africa Command said its forces conducted 26 operations against al-Shabaab in "
         "Somalia in October. Of the 26 operations, 5 were unilateral and the remainder were "
         "partnered with Somali forces.", {5: "unilateral", 21: "partnered"}, "consistent"),
        ("The command said it carried out 30 operations in Syria in August. Twelve were "
         "U.S.-only raids, and the rest were conducted with the Syrian Democratic Forces.",
         {12: "US-only", 18: "partnered"}, "consistent"),
        # the kind told of "these" or "of them", the count before named by neither
        ("U.S. forces conducted 52 operations against Islamic State in Syria in March, U.S. "
         "Central Command said on Wednesday. Eleven of them were unilateral and the rest "
         "partnered.", {11: "unilateral", 41: "partnered"}, "consistent"),
        ("Partner forces mounted 27 raids against Islamic State in Iraq in January, the "
         "coalition said. Of these, 4 were U.S.-only.", {4: "US-only"}, "partial"),
        # the kind told with no verb, right after the count
        ("U.S. Central Command said on Monday that its forces carried out 40 operations "
         "against Islamic State in Iraq in May, nine of them U.S.-only, the rest partnered "
         "with Iraqi forces.", {9: "US-only", 31: "partnered"}, "consistent"),
        ("The command conducted 14 airstrikes in Somalia in March, three of them "
         "unilateral, it said.", {3: "unilateral"}, "partial"),
        # the kind alone, in its own sentence: some of the 52, the rest unknown
        ("U.S. forces conducted 52 operations against Islamic State in Syria in March, U.S. "
         "Central Command said on Wednesday. 11 of the 52 were U.S.-only.",
         {11: "US-only"}, "partial"),
    ],
)
def test_tallies_kinds_of_a_count_and_its_rest(
    text: str, kinds: dict[int, str], verdict: str
) -> None:
    records = _records(text, "2024-11-05")
    tallies = [t for t in records if isinstance(t, Tally)]
    [whole] = [t for t in tallies if t.parent is None]
    assert {int(t.value): t.qualifier for t in tallies if t.parent == whole.tally_id} == kinds
    assert [c.verdict for c in records if isinstance(c, Consistency)] == [verdict]


def test_tallies_rest_of_a_kind_already_counted_is_no_count() -> None:
    # "the rest were partnered" after both kinds are given: nothing left to count
    records = _records(
        "The command said its forces carried out 30 operations in Iraq in May. Of the 30 "
        "operations, 12 were partnered and 18 were U.S.-only, and the rest were partnered.",
        "2024-06-05")
    assert sorted(int(t.value) for t in records if isinstance(t, Tally)) == [12, 18, 30]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("U.S. forces conducted 52 operations against Islamic State in Syria in March, U.S. "
         "Central Command said on Wednesday. In April, it conducted 12.", "2024-05-06",
         [("operations", 12, "2024-04-01"), ("operations", 52, "2024-03-01")]),
        ("Somali and partner forces mounted 31 raids against al-Shabaab in Somalia in "
         "January, the army said. In February, they carried out nineteen.", "2024-03-04",
         [("raids", 19, "2024-02-01"), ("raids", 31, "2024-01-01")]),
    ],
)
def test_tallies_count_with_its_noun_left_out_is_of_the_count_before(
    text: str, published: str, expected: list[tuple[str, int, str]]
) -> None:
    records = _records(text, published)
    assert sorted((t.metric, int(t.value), t.period_start) for t in records
                  if isinstance(t, Tally)) == expected


def test_tallies_count_with_its_noun_left_out_needs_a_count_before() -> None:
    records = _records("In April, it conducted 12. The army said on Monday that the "
                       "situation was calm.", "2024-05-06")
    assert [t for t in records if isinstance(t, Tally)] == []


def test_tallies_bare_count_of_a_later_period_is_of_the_group_named_before() -> None:
    records = _records(
        "Iraqi forces detained 54 Islamic State suspects in Nineveh during July, the interior "
        "ministry said. In August, the ministry said, it detained 38.", "2024-09-05")
    assert sorted((int(t.value), t.party, t.period_start) for t in records
                  if isinstance(t, Tally)) == [(38, "Islamic State", "2024-08-01"),
                                               (54, "Islamic State", "2024-07-01")]
