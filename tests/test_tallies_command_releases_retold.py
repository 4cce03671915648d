"""Tallies of command releases in forms the other fixtures lack, and the readings they need.

Two reports under ``fixtures/tallies`` written for these tests: a clumsy machine translation
of an Arabic weekly release ("the terrorist gangs of Daesh", figures in brackets, some in
Arabic-Indic digits, "the martyrdom of (2) of our heroes"), and a ministry's weekly summary
whose rows by province come first and whose total, told last "In all", disagrees with them.
Beside them, short invented texts for each reading: a table's bare "Killed" column in a
release "in the campaign against" a group, a part whose people are named before it ("Of the
terrorists, 61 were killed in ..."), and kidnapped people told set free.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import fixture_records

# (metric, value, area, parent's value or None)
Expected = tuple[str, int, tuple[str, ...], int | None]

CASES: dict[str, tuple[str, tuple[str | None, str, str], list[Expected], dict[str, str]]] = {
    # A translated week: "(23) operation of search and inspection", "(٩) terrorists",
    # "(١٤) from the wanted"; the clash with its own losses is an event, not a tally.
    "smc-translated-week-arabic-digits-heroes": (
        "2024-05-21",
        ("Security Media Cell", "2024-05-14", "2024-05-21"),
        [("operations", 23, ("IQ",), None), ("killed", 9, ("IQ",), None),
         ("detained", 14, ("IQ",), None)],
        {},
    ),
    # Rows "Nangarhar: 9 operations, ..." first, then "In all, ... 27 operations": the
    # total of every province, its operations three fewer than the rows.
    "moi-week-province-rows-in-all-disagrees": (
        "2025-03-15",
        ("Ministry of Interior Affairs", "2025-03-09", "2025-03-15"),
        [("operations", 9, ("AF",), 27), ("killed", 7, ("AF",), 18),
         ("detained", 12, ("AF",), 33), ("operations", 6, ("AF",), 27),
         ("killed", 4, ("AF",), 18), ("detained", 8, ("AF",), 33),
         ("operations", 8, ("AF",), 27), ("killed", 5, ("AF",), 18),
         ("detained", 10, ("AF",), 33), ("operations", 7, ("AF",), 27),
         ("killed", 2, ("AF",), 18), ("detained", 3, ("AF",), 33),
         ("operations", 27, ("AF",), None), ("killed", 18, ("AF",), None),
         ("detained", 33, ("AF",), None)],
        {"operations": "mismatch", "killed": "consistent", "detained": "consistent"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_command_releases_values_areas_parents(
    extracted: dict[str, list[Record]], name: str
) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = [(t.metric, t.value, tuple(sorted(t.area)),
            by_id[t.parent].value if t.parent else None) for t in tallies]
    assert sorted(got, key=repr) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_command_releases_reporter_and_period(
    extracted: dict[str, list[Record]], name: str
) -> None:
    reporter, start, end = CASES[name][1]
    for tally in (r for r in extracted[name] if isinstance(r, Tally)):
        assert tally.reporter == reporter
        assert (tally.period_start, tally.period_end) == (start, end)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_command_releases_consistency(
    extracted: dict[str, list[Record]], name: str
) -> None:
    checks: dict[str, str] = {}
    for c in extracted[name]:
        if isinstance(c, Consistency):
            checks.setdefault(c.metric, c.verdict)
    assert checks == CASES[name][3]


def test_tallies_command_releases_total_told_last_is_of_every_row(
    extracted: dict[str, list[Record]],
) -> None:
    records = extracted["moi-week-province-rows-in-all-disagrees"]
    [check] = [c for c in records if isinstance(c, Consistency) and c.metric == "operations"]
    assert (check.total, check.parts, check.parts_sum) == (27, [9, 6, 8, 7], 30)
    total = next(t for t in records if isinstance(t, Tally) and t.value == 27)
    # the total names no province: not the first row's
    assert "Nangarhar" not in [e.text for e in total.evidence]


def test_tallies_command_releases_own_heroes_are_the_forces(
    extracted: dict[str, list[Record]],
) -> None:
    [event] = [r for r in extracted["smc-translated-week-arabic-digits-heroes"]
               if isinstance(r, Event)]
    assert event.location.admin1 == "Kirkuk"
    assert {(c.kind, c.party, c.count) for c in event.casualties} == {
        ("killed", "Iraqi Security Forces", 2), ("wounded", "Iraqi Security Forces", 3)}


def _tallies(text: str, published: str) -> list[Tally]:
    return [r for r in RulePipeline()(document_from_text(text, doc_id="t", published=published))
            if isinstance(r, Tally)]


_CAMPAIGN_TABLE = (
    "Operations Command: results of the week\n\n"
    "BAGHDAD - The Operations Command published on Sunday the results of the security forces "
    "in the campaign against {group} during the past week, as follows:\n\n"
    "Province\tOperations\tKilled\tArrested\n"
    "Nineveh\t6\t3\t11\n"
    "Kirkuk\t4\t2\t5\n"
)


@pytest.mark.parametrize("group, party", [
    ("the remnants of Daesh", "Islamic State"),
    ("ISIS", "Islamic State"),
])
def test_tallies_command_releases_bare_column_is_of_the_campaigns_group(
    group: str, party: str
) -> None:
    # "in the campaign against the remnants of Daesh": the bare "Killed" and "Arrested"
    # columns count the group the campaign is against
    tallies = _tallies(_CAMPAIGN_TABLE.format(group=group), "2024-04-07")
    assert {t.party for t in tallies if t.metric in {"killed", "detained"}} == {party}


def test_tallies_command_releases_bare_column_without_a_campaign_names_nobody() -> None:
    text = _CAMPAIGN_TABLE.format(group="the remnants of Daesh").replace(
        "in the campaign against the remnants of Daesh ", "")
    tallies = _tallies(text, "2024-04-07")
    assert {t.party for t in tallies if t.metric in {"killed", "detained"}} == {None}


def test_tallies_command_releases_people_named_before_the_parts() -> None:
    # "Of the terrorists, 61 were killed in ...": parts of the terrorists' total, not of the
    # soldiers counted in the next sentence
    text = (
        "ISPR: 88 terrorists killed in Khyber Pakhtunkhwa and Balochistan in March\n\n"
        "RAWALPINDI - Security forces conducted 910 intelligence-based operations in March, "
        "killing 88 terrorists, the ISPR said on Monday. Of the terrorists, 61 were "
        "killed in Khyber Pakhtunkhwa and 27 in Balochistan.\n\n"
        "During the operations, 19 soldiers embraced shahadat, including 4 officers, while "
        "33 others were injured."
    )
    tallies = _tallies(text, "2024-04-01")
    by_id = {t.tally_id: t for t in tallies}
    parts = {t.value: by_id[t.parent].value for t in tallies
             if t.parent and t.value in {61, 27}}
    assert parts == {61: 88, 27: 88}
    assert {t.party for t in tallies if t.value in {61, 27}} == {
        next(t.party for t in tallies if t.value == 88)}


def test_tallies_command_releases_of_the_total_names_no_people() -> None:
    text = (
        "The coalition carried out 41 operations against ISIS in Iraq and Syria during "
        "August. The operations resulted in the deaths of 13 ISIS militants and the detention "
        "of 52 others. Of the total, 26 operations took place in Iraq, where 8 militants were "
        "killed and 31 detained."
    )
    tallies = _tallies(text, "2024-09-05")
    detained = [t for t in tallies if t.value == 31]
    assert detained
    assert all("total" not in (t.party or "").lower() for t in detained)


@pytest.mark.parametrize("headline", [
    "Security Media Cell: 7 terrorists killed, 5 kidnapped citizens released in March",
    "Security Media Cell: 7 terrorists killed, 5 kidnapped citizens were freed in March",
])
def test_tallies_command_releases_kidnapped_set_free_are_no_count(headline: str) -> None:
    text = (f"{headline}\n\nBAGHDAD - Iraqi forces killed 7 terrorists and arrested 30 "
            "suspects in Kirkuk and Diyala during March, the Security Media Cell said.")
    tallies = _tallies(text, "2024-04-05")
    assert [(t.metric, t.value) for t in tallies if t.value == 5] == []
    assert {(t.metric, t.value) for t in tallies} == {("killed", 7), ("detained", 30)}


def test_tallies_command_releases_kidnapped_and_not_freed_are_counted() -> None:
    text = ("Gunmen took 5 kidnapped in a week\n\nKATSINA - Bandits abducted 12 villagers in "
            "Katsina during the past week, and 4 kidnapped farmers remain missing, police "
            "said on Friday.")
    tallies = _tallies(text, "2024-04-05")
    assert ("abducted", 12) in {(t.metric, t.value) for t in tallies}


_ONE_MORE_TEXT = (
    "MOGADISHU, Somalia (AP) - The U.S. military said Tuesday it carried out three "
    "airstrikes against al-Shabaab in Somalia over the past week, killing 13 militants.\n\n"
    "Two strikes near Jilib in the Middle Juba region killed 9 fighters, and {more} near "
    "Bulo Burte in Hiraan killed 4, the U.S. Africa Command said."
)


def test_tallies_command_releases_one_more_by_its_rank() -> None:
    # "Two strikes ..., and a third near Bulo Burte": the third is one strike of the three
    tallies = _tallies(_ONE_MORE_TEXT.format(more="a third"), "2024-04-09")
    by_id = {t.tally_id: t for t in tallies}
    parts = sorted(t.value for t in tallies if t.metric == "strikes" and t.parent
                   and by_id[t.parent].value == 3)
    assert parts == [1, 2]


def test_tallies_command_releases_rank_not_next_is_no_strike() -> None:
    # "a fourth" after "Two strikes" is no one more of them
    tallies = _tallies(_ONE_MORE_TEXT.format(more="a fourth"), "2024-04-09")
    assert 1 not in {t.value for t in tallies if t.metric == "strikes"}


@pytest.mark.parametrize("soldiers", [
    "14 soldiers including 2 officers embraced shahadat",
    "14 soldiers, including 2 officers, were martyred",
])
def test_tallies_command_releases_people_included_before_the_verb(soldiers: str) -> None:
    # the 14 are the soldiers' count, the 2 officers some of them, not the only count
    text = ("ISPR: 62 khwarij killed in Khyber Pakhtunkhwa and Balochistan in July\n\n"
            "RAWALPINDI, August 1: Security forces conducted 1,140 intelligence-based "
            "operations in July, sending 62 khwarij to hell, according to ISPR.\n\n"
            f"In these operations, {soldiers}.")
    tallies = _tallies(text, "2024-08-01")
    by_id = {t.tally_id: t for t in tallies}
    soldiers_dead = {t.value: (by_id[t.parent].value if t.parent else None)
                     for t in tallies if t.party == "Military Forces of Pakistan"}
    assert soldiers_dead == {14: None, 2: 14}


@pytest.mark.parametrize("rest", [
    "The remaining 35 took place in Iraq",
    "The other 35 were conducted in Iraq",
])
def test_tallies_command_releases_rest_of_the_operations_told_next(rest: str) -> None:
    text = ("ERBIL (Kurdistan24) - The US Central Command said that it and its partner forces "
            "conducted 96 operations against ISIS in Iraq and Syria in the first three months "
            "of 2025, killing 57 militants.\n\n"
            "Of those operations, 61 were carried out in Syria, where 38 ISIS militants were "
            f"killed. {rest} and resulted in 19 killed, according to the statement.")
    tallies = _tallies(text, "2025-04-09")
    by_id = {t.tally_id: t for t in tallies}
    parts = {(t.value, tuple(t.area)) for t in tallies if t.metric == "operations"
             and t.parent and by_id[t.parent].value == 96}
    assert parts == {(61, ("SY",)), (35, ("IQ",))}


def test_tallies_command_releases_rest_of_no_count_told_is_none() -> None:
    text = ("ERBIL - Officials met on Monday to discuss the security plan for the province.\n\n"
            "The remaining 35 took place in Iraq, the statement said.")
    assert _tallies(text, "2025-04-09") == []


@pytest.mark.parametrize("stretch", ["during the last two weeks", "over the past fortnight",
                                     "in the past three months"])
def test_tallies_command_releases_stretch_of_weeks_undated_is_still_a_count(
    stretch: str,
) -> None:
    # with no day of the telling the stretch has no dates, but its counts are the period's,
    # not an incident in the provinces of the lead with the soldiers' losses on it
    text = ("RAWALPINDI: Security forces conducted 52 intelligence-based operations in Khyber "
            f"Pakhtunkhwa and Balochistan {stretch}, killing 26 terrorists, the ISPR said."
            "\n\nDuring the operations, nine soldiers embraced shahadat.")
    records = RulePipeline()(document_from_text(text, doc_id="t"))
    assert not [r for r in records if isinstance(r, Event)]
    assert {(t.metric, t.value) for t in records if isinstance(t, Tally)} >= {
        ("operations", 52), ("killed", 26), ("killed", 9)}
