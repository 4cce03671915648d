"""Tallies retold by other outlets and translated by machine, under ``fixtures/retold``.

The reports were written for these tests in forms the other folders lack: an outlet's
retelling of a command's month ("Of those, 38 were in Syria and the remainder in Iraq",
"More than half of the detainees, 39, ..."), a monitor's quarter beside the quarter before,
a province table a scraper ran into one line ("Province Operations Killed Arrested Anbar 14
3 9 ... Total 39 6 25"), machine translations from French, Arabic, Russian and Turkish that
put the verb and the people before the figure ("were neutralized terrorists 43", "were
delivered strikes 34"), an outlet's story setting right the count of its earlier one, a
police release revising its own count, a month whose breakdown is told inside a general's
quoted words, and a quarter whose parts are told as a share and as "Of these, 1,905 ...".

``expected.json`` holds what a careful analyst records of each, as in ``fixtures/releases``
(``tests/analyst_readings.py`` reads it); what it marks ``pending`` is documented there and
asserted to fail, so that a reading that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import tallies
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Document, Event, Record, Tally
from tests.analyst_readings import AnalystReadings

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "retold")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: READINGS.extracted(name) for name in READINGS.names}


@pytest.mark.parametrize("name", READINGS.names)
def test_tallies_retold_fields_an_analyst_records(records: dict[str, list[Record]],
                                                  name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_tallies_retold_pending_fields_still_fail(records: dict[str, list[Record]],
                                                  name: str) -> None:
    # a pending reading that comes right is noticed: its mark is then taken off
    come_right = READINGS.come_right(name, records[name],
                                     unless_ending=(" told", "date and country"))
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_tallies_retold_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]], name: str) -> None:
    gold = READINGS.gold[name]
    events = [r for r in records[name] if isinstance(r, Event)]
    extra = gold.get("extra_events_pending", 0)
    assert len(events) <= len(gold["events"]) + extra, (name, [e.notes for e in events])


def _tallies(text: str, published: str = "2024-05-06") -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="t", published=published))


_TABLE = ("The ministry gave the week's results from May 1 to May 7 by province. Province "
          "Operations Killed Arrested Nineveh 12 2 8 Basra 5 0 3 Najaf 4 1 2 Total 21 3 13")


def test_tallies_retold_table_run_into_one_line_counts_each_cell() -> None:
    found = _tallies(_TABLE)
    values = {t.tally_id: t.value for t in found if isinstance(t, Tally)}
    told = sorted((t.metric, t.value, values.get(t.parent or "")) for t in found
                  if isinstance(t, Tally))
    assert told == sorted([
        ("operations", 12, 21), ("operations", 5, 21), ("operations", 4, 21),
        ("operations", 21, None), ("killed", 2, 3), ("killed", 0, 3), ("killed", 1, 3),
        ("killed", 3, None), ("detained", 8, 13), ("detained", 3, 13), ("detained", 2, 13),
        ("detained", 13, None)])
    assert {c.verdict for c in found if isinstance(c, Consistency)} == {"consistent"}
    assert not [r for r in found if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (_TABLE, True),
        (_TABLE.replace("Total", "TOTAL"), True),
        # a row short of a figure: no table
        (_TABLE.replace("Basra 5 0 3", "Basra 5 0"), False),
        # no "Total" row: not read as a table
        (_TABLE.replace(" Total 21 3 13", ""), False),
        # prose with a total and figures
        ("Total operations reached 21 in the week, with 3 killed and 13 arrested.", False),
    ],
)
def test_tallies_retold_table_run_into_one_line_gate(text: str, table: bool) -> None:
    doc = RulePipeline().analyse(document_from_text(text, doc_id="g", published="2024-05-08"))
    lex = tallies.lexicon()
    read = [k for k in range(len(doc.sentences))
            if tallies._run_on_table_items(doc, lex, k)]
    assert bool(read) == table
    if read:
        start, end = doc.sentences[read[0]]
        # the exact test run before the reading
        assert "Total" in text[start:end] or "TOTAL" in text[start:end]


@pytest.mark.parametrize(
    ("sentence", "metric", "value"),
    [
        ("During the week of 15 to 21 September, were neutralized terrorists 43 in the east.",
         "killed", 43),
        ("In the course of the past week, were liquidated militants 58 in Idlib.", "killed", 58),
        ("In the course of the past week, were delivered strikes 34 on hideouts in Hama.",
         "strikes", 34),
        ("During the month of October, were killed of the terrorists of ISIS 26.",
         "killed", 26),
    ],
)
def test_tallies_retold_verb_and_people_before_the_figure(sentence: str, metric: str,
                                                          value: int) -> None:
    told = [(t.metric, t.value) for t in _tallies(sentence, "2024-11-05")
            if isinstance(t, Tally)]
    assert (metric, value) in told


def test_tallies_retold_verb_first_needs_the_people_right_before_the_figure() -> None:
    # "were killed in the clashes 3 days ago": a place or time between verb and figure, no
    # count of people
    pattern = tallies._verb_first_before()
    assert pattern.search("Four soldiers were killed in the clashes ") is None
    assert pattern.search("During the week were neutralized terrorists ") is not None


def _told(text: str, published: str) -> list[tuple[str, int, int | None]]:
    found = _tallies(text, published)
    values = {t.tally_id: t.value for t in found if isinstance(t, Tally)}
    return sorted((t.metric, t.value, values.get(t.parent or "")) for t in found
                  if isinstance(t, Tally))


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        # parts of the count told last, by place, their noun left out
        ("Troops conducted 57 operations in March. Of those, 38 were in Syria and 19 in Iraq.",
         "2024-04-04", [("operations", 19, 57), ("operations", 38, 57),
                        ("operations", 57, None)]),
        ("Troops killed 57 militants in March. Of these, 38 were in Syria and 19 in Iraq.",
         "2024-04-04", [("killed", 19, 57), ("killed", 38, 57), ("killed", 57, None)]),
        # the place before each figure, as translations write it
        ("In the month of March terrorists 50 were neutralized. From these, in the north of "
         "Iraq 31, in the north of Syria 19 terrorist neutralized made.", "2024-04-02",
         [("killed", 19, 50), ("killed", 31, 50), ("killed", 50, None)]),
        # "From the number of strikes, ..." and a deed told again before the place
        ("In the past week, aviation delivered 34 strikes in Syria. From the number of "
         "strikes, 21 were delivered in province Idlib, 8 in province Hama and 5 in province "
         "Latakia.", "2023-11-12",
         [("strikes", 5, 34), ("strikes", 8, 34), ("strikes", 21, 34), ("strikes", 34, None)]),
        # a total after its parts, "of total" as translated
        ("During October the operations were distributed on Homs with 7 operation, and Deir "
         "ez-Zor with 5 operation, and Raqqa with 3 operation, of total 15 operation.",
         "2023-11-05", [("operations", 3, 15), ("operations", 5, 15), ("operations", 7, 15),
                        ("operations", 15, None)]),
        # some of the count just told, of a kind told by what they were carried out with
        ("The army carried out 19 operations during May, he said, nine of them with air "
         "support from international partners.", "2024-06-03",
         [("operations", 9, 19), ("operations", 19, None)]),
        # a share, then its figure between commas
        ("The raids killed 23 militants and detained 71 suspects in Syria and Iraq in March, "
         "the command said. More than half of the detainees, 39, were seized in Syria.",
         "2024-04-04", [("detained", 39, 71), ("detained", 71, None), ("killed", 23, None)]),
    ],
)
def test_tallies_retold_parts_told_after_their_count(
        text: str, published: str, told: list[tuple[str, int, int | None]]) -> None:
    assert _told(text, published) == told


def test_tallies_retold_of_these_needs_a_sentence_of_parts_alone() -> None:
    # "and the remainder in Iraq": a rest of no figure; the parts are not read, so the total
    # keeps the places of both
    found = _tallies("Troops conducted 57 operations in March. Of those, 38 were in Syria and "
                     "the remainder in Iraq.", "2024-04-04")
    [total] = [t for t in found if isinstance(t, Tally)]
    assert (total.value, sorted(total.area)) == (57, ["IQ", "SY"])


def test_tallies_retold_operations_of_the_stretch_told_before() -> None:
    # "During these operations, ...": the figures of the stretch the sentence before tells,
    # though it holds no figure of its own
    text = ("The army conducted during the period of 15 to 21 September 2024 several "
            "offensive operations in the north. During these operations, were neutralized "
            "terrorists 43.")
    found = _tallies(text, "2024-09-22")
    assert [(t.metric, t.value, t.period_start, t.period_end) for t in found
            if isinstance(t, Tally)] == [("killed", 43, "2024-09-15", "2024-09-21")]


def test_tallies_retold_a_count_told_again_beside_the_figure_it_replaces() -> None:
    text = ("MAIDUGURI, June 17 - Troops killed 23 insurgents in the northeast in the week to "
            "June 14, the military said on Monday. An earlier version of this story, based on "
            "the Friday briefing, said 14 insurgents had been killed. The military later "
            "said 23, not 14 as initially reported, were killed in the week. It also said "
            "troops arrested 31 suspects, up from 26 given on Friday.")
    found = _tallies(text, "2024-06-17")
    assert sorted((t.metric, t.value) for t in found if isinstance(t, Tally)) == [
        ("detained", 31), ("killed", 23)]
    # the earlier story's 14 is no incident of the day of the briefing
    assert not [r for r in found if isinstance(r, Event)]


def test_tallies_retold_a_count_larger_than_another_is_no_part_of_it() -> None:
    text = ("In December, troops neutralized 96 terrorists in northern Iraq and Syria. In the "
            "same month, 61 were neutralized in northern Iraq. The number of terrorists "
            "neutralized in northern Iraq this year reached 1,134.")
    found = _tallies(text, "2024-01-02")
    values = {t.tally_id: t.value for t in found if isinstance(t, Tally)}
    assert [values.get(t.parent or "") for t in found
            if isinstance(t, Tally) and t.value == 1134] == [None]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a verb of two words with two spaces between them, as text laid out by hand has
        # it: the verb first, as translations write it, and after the people or before them
        ("During the week, were rendered  ineffective militants 43, in the east.",
         [("killed", 43)]),
        ("In March, 12 terrorists were rendered  ineffective in the north.", [("killed", 12)]),
        ("In March, security forces picked  up 14 suspects across the country.",
         [("detained", 14)]),
    ],
)
def test_tallies_retold_verb_of_two_words_apart_reads_as_one(
        text: str, told: list[tuple[str, int]]) -> None:
    found = _tallies(text, "2024-04-02")
    assert [d.error for d in found if isinstance(d, Document)] == [None]
    assert [(t.metric, t.value) for t in found if isinstance(t, Tally)] == told


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA, June 17 - Troops killed 23 insurgents in the week to June 14, the army said.",
        "ABUJA, June 17 - Troops killed 23 insurgents in the Week ending June 14, the army said.",
        # a wire story set in capitals
        "ABUJA, JUNE 17 - TROOPS KILLED 23 INSURGENTS IN THE WEEK TO JUNE 14, THE ARMY SAID.",
    ],
)
def test_tallies_retold_week_to_a_day_is_a_week_whatever_its_case(text: str) -> None:
    # the gate before the week's pattern finds the word as reports write it
    doc = RulePipeline().analyse(document_from_text(text, doc_id="w", published="2024-06-17"))
    assert tallies._could_hold_tallies(doc)
    assert [(t.metric, t.value, t.period_start, t.period_end) for t in _tallies(
        text, "2024-06-17") if isinstance(t, Tally)] == [("killed", 23, "2024-06-08",
                                                          "2024-06-14")]


@pytest.mark.parametrize(
    ("total", "parent_of_45", "verdict"),
    [
        # a count larger than the one before is no part of it
        ("30", None, "partial"),
        # but parts larger than a figure told as a total disagree with it
        ("a total of 30", 30, "mismatch"),
    ],
)
def test_tallies_retold_a_larger_count_is_a_part_only_of_a_total_told_as_one(
        total: str, parent_of_45: int | None, verdict: str) -> None:
    found = _tallies(f"In March, troops killed {total} militants in Iraq. Of these, 45 were in "
                     "Diyala and 12 in Kirkuk.", "2024-04-02")
    values = {t.tally_id: t.value for t in found if isinstance(t, Tally)}
    assert [values.get(t.parent or "") for t in found
            if isinstance(t, Tally) and t.value == 45] == [parent_of_45]
    assert [c.verdict for c in found if isinstance(c, Consistency)] == [verdict]
