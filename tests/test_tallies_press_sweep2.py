"""Press releases of kinds no other folder holds, under ``fixtures/press_sweep2``.

The reports were written for these tests: a regional outlet's retelling of an army's month
whose quoted breakdown sums above its whole, a week's communique machine-translated from
French ("were neutralized terrorists 47, of which 6 chiefs of groups", "Were interpellated
suspects 12", dates as 03.04.2024), a release reissued with a correction at its head, a raid
release with a leader killed and "No civilians were harmed", a division's weekly update
pasted from a table, a joint statement of two forces that each claim a share of the dead,
and a strike release of 2017 with places in several spellings.

``expected.json`` holds what a careful analyst records of each (``tests/analyst_readings.py``
reads it); what it marks ``pending`` is asserted to fail, so that a reading
that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import tallies
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Record, Tally
from tests.analyst_readings import AnalystReadings

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "press_sweep2")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return READINGS.all_extracted()


def _tallies(found: list[Record]) -> list[Tally]:
    return [t for t in found if isinstance(t, Tally)]


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep2_fields_an_analyst_records(records: dict[str, list[Record]],
                                                name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep2_pending_fields_still_fail(records: dict[str, list[Record]],
                                                name: str) -> None:
    come_right = READINGS.come_right(name, records[name])
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_press_sweep2_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]], name: str) -> None:
    beyond = READINGS.events_beyond(name, records[name])
    assert not beyond, beyond


@pytest.mark.parametrize("name", READINGS.with_no_tally_of())
def test_press_sweep2_figures_said_before_and_things_destroyed_are_no_tallies(
        records: dict[str, list[Record]], name: str) -> None:
    assert not READINGS.tallied_no_counts(name, records[name])


def _read(text: str, published: str) -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="s", published=published))


def _told(found: list[Record]) -> list[tuple[str, int, int | None]]:
    values = {t.tally_id: t.value for t in _tallies(found)}
    return sorted((t.metric, t.value, values.get(t.parent) if t.parent else None)
                  for t in _tallies(found))


_HEAD = ("MANILA, 4 July 2022 - An earlier version of this release, issued on 3 July, stated "
         "that {former} {people} were {verb} in June. The correct figure is {now}.")


@pytest.mark.parametrize(
    ("head", "body", "told"),
    [
        # the correction at the head, the corrected count told again below: one count
        (_HEAD.format(former=14, people="rebels", verb="arrested", now=11),
         "\n\nIn June 2022, troops conducted 29 operations, which resulted in 6 rebels killed "
         "and 11 arrested.",
         [("detained", 11, None), ("killed", 6, None), ("operations", 29, None)]),
        (_HEAD.format(former=8, people="militants", verb="killed", now=12),
         "\n\nThe brigade killed 12 militants and detained 30 suspects during June 2022.",
         [("detained", 30, None), ("killed", 12, None)]),
        # the correction alone: the count it sets right, with that count's people and period
        (_HEAD.format(former=40, people="suspects", verb="detained", now=43), "",
         [("detained", 43, None)]),
        # the correction at the foot, as before
        ("In June 2022, troops conducted 29 operations, which resulted in 6 rebels killed "
         "and 11 arrested.\n\nCorrection: an earlier version of this release stated that 14 "
         "rebels were arrested in June. The correct figure is 11.", "",
         [("detained", 11, None), ("killed", 6, None), ("operations", 29, None)]),
    ],
)
def test_press_sweep2_correction_at_the_head_replaces_the_figure_said_before(
        head: str, body: str, told: list[tuple[str, int, int | None]]) -> None:
    assert _told(_read(head + body, "2022-07-04")) == told


_WEEK = ("In the period from 11.09.2023 to 17.09.2023, the units of the army have conducted "
         "operations of securisation in the regions of Mopti and Segou. ")
_STRETCH = "In the period from 11.09.2023 to 17.09.2023, "


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (_WEEK + "During these operations, were neutralized terrorists 31, of which 4 chiefs.",
         [("killed", 4, 31), ("killed", 31, None)]),
        (_STRETCH + "the army has neutralized 31 terrorists, of which 4 chiefs of groups.",
         [("killed", 4, 31), ("killed", 31, None)]),
        (_STRETCH + "the units conducted 26 patrols, of which 9 in the region of Mopti.",
         [("patrols", 9, 26), ("patrols", 26, None)]),
        # "interpeller", to arrest, as a translation leaves it
        (_WEEK + "During these operations, were interpellated suspects 18.",
         [("detained", 18, None)]),
        (_STRETCH + "the gendarmes have interpellated 18 suspects.", [("detained", 18, None)]),
    ],
)
def test_press_sweep2_translated_of_which_and_interpellated(
        sentence: str, told: list[tuple[str, int, int | None]]) -> None:
    assert _told(_read(sentence, "2023-09-19")) == told


def test_press_sweep2_of_which_cue_gate() -> None:
    pattern = tallies._SUBSET_CUE
    for text in ("terrorists 31, of which ", "47 terrorists , of which at least "):
        assert pattern.search(text) is not None
    # "of which" with no comma before it is a clause on a thing, no part of a count
    assert pattern.search("the bases of which ") is None
