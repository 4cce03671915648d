"""Press releases in forms the other folders lack, under ``fixtures/press_forms``.

The reports were written for these tests: a joint task force's week told as a bulleted list
of states with "killed or captured" counts and the operations each took, a command's
year-end review whose quarters are labelled lines ("First quarter (January to March): ...")
with the year's total told last, a release that sets right its own earlier count in a
closing "Correction:" line, an outlet's short retelling that keeps two of a release's
figures and adds context of its own, and a release whose figures by country are a Markdown
table with a rule line under its header.

``expected.json`` holds what a careful analyst records of each (``tests/analyst_readings.py``
reads it); what it marks ``pending`` is asserted to fail, so that a reading that comes right
is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import events
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Event, Record, Tally
from tests.analyst_readings import AnalystReadings

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "press_forms")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    return {name: READINGS.extracted(name) for name in READINGS.names}


def _tallies(found: list[Record]) -> list[Tally]:
    return [t for t in found if isinstance(t, Tally)]


@pytest.mark.parametrize("name", READINGS.names)
def test_press_forms_fields_an_analyst_records(records: dict[str, list[Record]],
                                               name: str) -> None:
    wrong = READINGS.wrong(name, records[name])
    assert not wrong, wrong


@pytest.mark.parametrize("name", READINGS.names)
def test_press_forms_pending_fields_still_fail(records: dict[str, list[Record]],
                                               name: str) -> None:
    come_right = READINGS.come_right(name, records[name])
    assert not come_right, come_right


@pytest.mark.parametrize("name", READINGS.names)
def test_press_forms_no_more_events_than_the_analyst_records(
        records: dict[str, list[Record]], name: str) -> None:
    gold = READINGS.gold[name]
    events = [r for r in records[name] if isinstance(r, Event)]
    assert len(events) <= len(gold["events"]) + gold.get("extra_events_pending", 0), (
        name, [e.notes for e in events])


def test_press_forms_quarters_told_as_labelled_lines_keep_their_quarters(
        records: dict[str, list[Record]]) -> None:
    # "First quarter (January to March): 38 operations, ...": the quarter, not its last month
    name = "command-year-end-quarters-total-last"
    gold = READINGS.gold[name]
    quarters = [tuple(q) for q in gold["quarters"]]
    found = _tallies(records[name])
    parts = [(t.period_start, t.period_end) for t in found if t.parent]
    totals = [(t.period_start, t.period_end) for t in found if not t.parent]
    assert sorted(set(parts)) == quarters
    assert set(totals) == {tuple(gold["year"])}


def test_press_forms_count_an_earlier_version_said_is_no_tally_nor_incident(
        records: dict[str, list[Record]]) -> None:
    name = "release-footnote-correction-earlier-version-said"
    found = records[name]
    assert not [t for t in _tallies(found) if t.value in READINGS.gold[name]["former"]]
    assert not [e for e in found if isinstance(e, Event)]


def test_press_forms_outlet_context_figures_are_no_tallies(
        records: dict[str, list[Record]]) -> None:
    name = "outlet-brief-keeps-two-figures"
    values = {t.value for t in _tallies(records[name])}
    assert not values & set(READINGS.gold[name]["no_tally_of"])


def test_press_forms_total_told_in_prose_and_table_is_one_tally(
        records: dict[str, list[Record]]) -> None:
    name = "markdown-table-by-country"
    for metric, value in READINGS.gold[name]["told_once"]:
        assert len([t for t in _tallies(records[name])
                    if (t.metric, t.value) == (metric, value) and len(t.area) > 1]) == 1


def _periods(text: str, published: str) -> list[tuple[str, int, str, str]]:
    found = RulePipeline()(document_from_text(text, doc_id="q", published=published))
    return [(t.metric, t.value, str(t.period_start), str(t.period_end)) for t in found
            if isinstance(t, Tally)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Second quarter (April to June): 45 operations, 9 militants killed.",
         ("2023-04-01", "2023-06-30")),
        ("Third quarter (July-September): 45 operations, 9 militants killed.",
         ("2023-07-01", "2023-09-30")),
        ("Second half (July to December): 45 operations, 9 militants killed.",
         ("2023-07-01", "2023-12-31")),
        # a month outside the quarter named is no gloss of it: the month stands
        ("Second quarter (September 2023): 45 operations, 9 militants killed.",
         ("2023-09-01", "2023-09-30")),
        # a month told apart from the quarter, not in brackets right after it
        ("In the second quarter, 45 operations were carried out in June.",
         ("2023-06-01", "2023-06-30")),
    ],
)
def test_press_forms_quarter_glossed_by_its_months_in_brackets(
        text: str, period: tuple[str, str]) -> None:
    assert {p[2:] for p in _periods(text, "2024-01-09")} == {period}


def _read(text: str, published: str) -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="p", published=published))


def _parented(found: list[Record]) -> list[tuple[str, int, int | None]]:
    values = {t.tally_id: t.value for t in _tallies(found)}
    return sorted((t.metric, t.value, values.get(t.parent or "")) for t in _tallies(found))


def test_press_forms_states_in_rows_are_parts_of_a_count_of_the_countrys_quarter() -> None:
    text = ("Troops carried out 26 operations across the northeast between March 8 and March "
            "14, the army said.\n\n- Borno: 15 operations\n- Yobe: 7 operations\n"
            "- Adamawa: 4 operations\n")
    assert _parented(_read(text, "2024-03-15")) == [
        ("operations", 4, 26), ("operations", 7, 26), ("operations", 15, 26),
        ("operations", 26, None)]


def test_press_forms_states_in_rows_are_no_parts_of_a_count_of_a_named_place() -> None:
    # a count of one town: the rows by state below are not its pieces
    text = ("Troops carried out 26 operations around Maiduguri between March 8 and March "
            "14, the army said.\n\n- Borno: 15 operations\n- Yobe: 7 operations\n"
            "- Adamawa: 4 operations\n")
    assert ("operations", 15, 26) not in _parented(_read(text, "2024-03-15"))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("In August, partner forces detained 21 ISIS operatives in Syria. Of the detained, 6 "
         "were described as leaders of cells.", [("detained", 6, 21), ("detained", 21, None)]),
        ("In August, partner forces killed 21 ISIS operatives in Syria. Of the killed, 6 "
         "were commanders.", [("killed", 6, 21), ("killed", 21, None)]),
    ],
)
def test_press_forms_of_the_fate_then_who_some_were(
        text: str, told: list[tuple[str, int, int | None]]) -> None:
    found = _read(text, "2024-09-03")
    assert _parented(found) == told
    assert not [e for e in found if isinstance(e, Event)]


@pytest.mark.parametrize(
    ("note", "events"),
    [
        ("Correction: an earlier version of this release said 19 ISIS operatives were "
         "detained.", 0),
        ("An earlier version of this story said 19 ISIS operatives were detained.", 0),
        # no note on the text itself: an incident told as said before stays one
        ("On Monday, police said 19 ISIS operatives were detained in Raqqa.", 1),
    ],
)
def test_press_forms_note_on_an_earlier_version_is_no_incident(note: str, events: int) -> None:
    text = ("In August 2024, partner forces conducted 24 operations against ISIS in Syria, "
            "detaining 21 ISIS operatives. " + note)
    found = _read(text, "2024-09-03")
    assert len([e for e in found if isinstance(e, Event)]) == events


_TABLE = ("Partner forces conducted 31 operations in Niger, Burkina Faso and Mali in July, "
          "killing 44 militants.\n\n| Country | Operations | Killed |\n|---|---|---|\n"
          "| Mali | 7 | 9 |\n| Niger | 14 | 19 |\n| Burkina Faso | 10 | 16 |\n"
          "| Total | 31 | 44 |\n")


def test_press_forms_total_row_and_text_in_another_order_of_countries_one_figure() -> None:
    found = _read(_TABLE, "2024-08-02")
    assert len([t for t in _tallies(found) if (t.metric, t.value) == ("killed", 44)]) == 1
    assert ("killed", 19, 44) in _parented(found)


@pytest.mark.parametrize(
    ("after", "findings"),
    [
        # some of the operations, of a place a row counts: a kind of them
        ("Air support was given in four of the operations, all of them in Niger.",
         {(31, (4,), "partial"), (31, (7, 10, 14), "consistent")}),
        # no note of a kind: the rows alone
        ("", {(31, (7, 10, 14), "consistent")}),
    ],
)
def test_press_forms_some_of_a_count_in_a_place_a_row_counts_is_a_kind(
        after: str, findings: set[tuple[int, tuple[int, ...], str]]) -> None:
    found = _read(_TABLE + "\n" + after, "2024-08-02")
    told = {(c.total, tuple(sorted(c.parts)), c.verdict) for c in found
            if isinstance(c, Consistency) and c.total == 31}
    assert told == findings


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a past deed a state is measured against: no incident of the day
        ("The group is weaker than at any point since the liberation of Mosul, the general "
         "said on Monday.", 0),
        ("The group is weaker than at any point since the bombing of the market in Mosul, "
         "the general said on Monday.", 0),
        # the deed told as one of the day
        ("Troops completed the liberation of Mosul on Monday, the general said.", 1),
    ],
)
def test_press_forms_deed_a_state_is_measured_since_is_no_incident(text: str,
                                                                   events: int) -> None:
    found = _read(text, "2024-01-09")
    assert len([e for e in found if isinstance(e, Event)]) == events


def test_press_forms_outlet_context_of_a_years_long_offensive_is_no_incident(
        records: dict[str, list[Record]]) -> None:
    assert not [e for e in records["outlet-brief-keeps-two-figures"] if isinstance(e, Event)]


def test_press_forms_note_on_an_earlier_version_gate() -> None:
    # the pattern runs only on sentences holding "version": every match holds it
    pattern = events._VERSION_OF_THIS
    for text in ("an earlier version of this release said 19", "the original version of "
                 "this story gave 12", "a previous version of this press release"):
        m = pattern.search(text)
        assert m is not None and "version" in m.group()
    assert pattern.search("an earlier release said 19 were detained") is None


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("MOGADISHU, June 4 - A government offensive launched two years ago has recaptured "
         "dozens of towns from al-Shabaab, officials said.", 0),
        # one town taken: an incident
        ("MOGADISHU, June 4 - The army has recaptured the town of Harardhere from al-Shabaab, "
         "officials said on Tuesday.", 1),
        # told in the past of a year, not in the perfect: the year's event stays
        ("MOGADISHU, June 4 - In 2022 the army recaptured dozens of towns from al-Shabaab in "
         "Hiraan, officials said.", 1),
    ],
)
def test_press_forms_towns_a_campaign_has_taken_are_no_incident(text: str,
                                                                events: int) -> None:
    found = _read(text, "2024-06-04")
    assert len([e for e in found if isinstance(e, Event)]) == events
