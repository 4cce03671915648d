"""Releases of other forces' periods, and the news stories that retell them.

Each report under ``fixtures/tallies`` was written for these tests: a task force named with
its code name ("Joint Task Force Ember announced") whose week's dead are broken down "22 died
in Macomia district, nine in Muidumbe district and none in Palma district", a town the
gazetteer knows only as a namesake on another continent; a defence headquarters "in Abuja"
whose week runs "between March 3 and March 9" and whose dead are parted "Of the terrorists
neutralised, 15 ... in the North East and 12 in the North West"; a count of a week "revised
the number down to 37" in a later statement, no noun told again; a translated month whose
teller is told again as "The Cell"; a quarter of strikes whose parts add up to one more than
its total; a month retold by a wire with a spokesman's quote; a week whose detained are
parted "Of the suspects detained, 34 were picked up in Lamu county and 24 in Garissa county",
the spokesperson's rank between her role and her name; a quarter's count revised "up from"
the figure a week before; and a fortnight whose headline tells the body's figures again in
the other order, its soldiers wounded told after a line on where the operations were; a
week of a coalition task force whose operations are broken down by province and, in a
sentence of their own, by the support some had; and a translated week of a ministry "of
interior" in lower case; a month retold in words, country by country, its totals last; and
a quarter of civilian deaths revised "to 312, from 297"; and a month whose bare counts follow
"operations against ISIS", some of whose dead are told only by place ("Of the 19 killed, 12
were in Syria"). Under
``fixtures/raids``, a helicopter raid that killed one named official and detained two, and an
airstrike whose headline names only the striking country.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Event, Record, Statement, Tally
from tests.conftest import TallyRow, fixture_event, fixture_records, tally_rows

UAG_MZ = "Unidentified Armed Group (Mozambique)"
UAG_NG = "Unidentified Armed Group (Nigeria)"
UAG_PK = "Unidentified Armed Group (Pakistan)"

# name: (published, reporter, (period start, end), tallies as (metric, value, area, party,
# parent's value), {metric: verdict of its outermost total})
CASES: dict[str, tuple[str, str, tuple[str, str], list[TallyRow], dict[str, str]]] = {
    "jtf-code-name-week-zero-district": (
        "2024-04-14", "Joint Task Force Ember", ("2024-04-07", "2024-04-14"),
        [("killed", 31, ("MZ",), UAG_MZ, None), ("detained", 18, ("MZ",), "suspects", None),
         ("killed", 22, ("MZ",), UAG_MZ, 31), ("killed", 9, ("MZ",), UAG_MZ, 31),
         # "none in Palma district": a part of nil, in Mozambique like the others
         ("killed", 0, ("MZ",), UAG_MZ, 31),
         ("killed", 0, ("MZ",), "Military Forces of Mozambique", None)],
        {"killed": "consistent"},
    ),
    "dhq-abuja-neutralised-week-between": (
        "2024-03-14", "Defence Headquarters", ("2024-03-03", "2024-03-09"),
        [("killed", 27, ("NG",), UAG_NG, None), ("detained", 64, ("NG",), "suspects", None),
         ("killed", 15, ("NG",), UAG_NG, 27), ("killed", 12, ("NG",), UAG_NG, 27)],
        {"killed": "consistent"},
    ),
    "sna-revised-down-bare-number": (
        # the 45 first told is replaced by the 37 it was revised to
        "2024-10-15", "Military Forces of Somalia", ("2024-10-05", "2024-10-11"),
        [("killed", 37, ("SO",), "Al Shabaab", None)],
        {},
    ),
    "africom-third-quarter-parts-over": (
        "2024-10-04", "US Africa Command", ("2024-07-01", "2024-09-30"),
        [("strikes", 19, ("SO",), None, None), ("killed", 84, ("SO",), "Al Shabaab", None),
         ("strikes", 8, ("SO",), None, 19), ("strikes", 7, ("SO",), None, 19),
         ("strikes", 5, ("SO",), None, 19),
         ("killed", 0, ("SO",), "Civilians (Somalia)", None),
         ("wounded", 0, ("SO",), "Civilians (Somalia)", None)],
        {"strikes": "mismatch"},
    ),
    "ispr-may-retold-spokesman": (
        "2024-06-02", "Inter-Services Public Relations", ("2024-05-01", "2024-05-31"),
        [("killed", 46, ("PK",), UAG_PK, None), ("detained", 73, ("PK",), UAG_PK, None),
         ("operations", 212, ("PK",), None, None),
         ("killed", 11, ("PK",), "Military Forces of Pakistan", None)],
        {},
    ),
    "kdf-week-detained-first-quoted": (
        "2024-09-07", "Military Forces of Kenya", ("2024-08-31", "2024-09-07"),
        [("detained", 58, ("KE",), "suspects", None), ("killed", 13, ("KE",), "Al Shabaab", None),
         ("detained", 34, ("KE",), "suspects", 58), ("detained", 24, ("KE",), "suspects", 58)],
        {"detained": "consistent"},
    ),
    "mod-quarter-revised-up-from": (
        "2025-04-10", "Turkish National Defense Ministry", ("2025-01-01", "2025-03-31"),
        [("killed", 412, ("IQ", "SY"), "Unidentified Armed Group", None),
         ("killed", 263, ("IQ",), "Unidentified Armed Group (Iraq)", 412),
         ("killed", 149, ("SY",), "Unidentified Armed Group (Syria)", 412)],
        {"killed": "consistent"},
    ),
    "sna-fortnight-clauses-reversed": (
        # the headline's "19 killed, 40 detained" are the body's figures; "Three soldiers
        # were wounded" after the line on where the operations were is one more count of them
        "2025-06-16", "Ministry of Defence", ("2025-06-02", "2025-06-16"),
        [("detained", 40, ("SO",), "Al Shabaab", None), ("killed", 19, ("SO",), "Al Shabaab", None),
         ("wounded", 3, ("SO",), "Military Forces of Somalia", None)],
        {},
    ),
    "mt-ministry-week-forces-was-able": (
        # a translation: "The ministry of interior announce, today Saturday," is the teller
        "2024-09-14", "Ministry of Interior", ("2024-09-07", "2024-09-14"),
        [("detained", 33, ("IQ",), "Islamic State", None),
         ("killed", 6, ("IQ",), "Islamic State", None),
         ("detained", 14, ("IQ",), "Islamic State", 33),
         ("detained", 11, ("IQ",), "Islamic State", 33),
         ("detained", 8, ("IQ",), "Islamic State", 33)],
        {"detained": "consistent"},
    ),
    "wire-march-words-total-last": (
        # counts in words by country first, "In all, ... the 37 operations" last
        "2025-04-03", "US Central Command", ("2025-03-01", "2025-03-31"),
        [("operations", 23, ("SY",), None, 37), ("operations", 14, ("IQ",), None, 37),
         ("killed", 6, ("SY",), "Islamic State", 9),
         ("detained", 17, ("SY",), "Islamic State", 28),
         ("killed", 3, ("IQ",), "Islamic State", 9),
         ("detained", 11, ("IQ",), "Islamic State", 28),
         ("operations", 37, ("SY", "IQ"), None, None),
         ("killed", 9, ("SY", "IQ"), "Islamic State", None),
         ("detained", 28, ("SY", "IQ"), "Islamic State", None)],
        {"operations": "consistent", "killed": "consistent", "detained": "consistent"},
    ),
    "unmiss-quarter-revised-from": (
        # "revised ... to 312, from 297": the 297 is no count; Jonglei and Warrap are only
        # some of the country
        "2025-04-15", "U.N. Mission in South Sudan", ("2025-01-01", "2025-03-31"),
        [("killed", 312, ("SS",), "Civilians (South Sudan)", None),
         ("killed", 141, ("SS",), "Civilians (South Sudan)", 312),
         ("killed", 68, ("SS",), "Civilians (South Sudan)", 312)],
        {"killed": "partial"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    names = [*CASES, "smc-translated-june-clumsy", "cjtf-week-from-to-total-last"]
    published = {name: CASES[name][0] for name in CASES}
    published["smc-translated-june-clumsy"] = "2024-07-03"
    published["cjtf-week-from-to-total-last"] = "2024-09-10"
    return {name: fixture_records("tallies", name, published[name]) for name in names}


@pytest.mark.parametrize("name", sorted(CASES))
def test_releases_of_other_forces_read_every_count(
    extracted: dict[str, list[Record]], name: str
) -> None:
    _published, reporter, period, expected, verdicts = CASES[name]
    records = extracted[name]
    assert tally_rows(records) == sorted(expected)
    tallies = [t for t in records if isinstance(t, Tally)]
    assert {t.reporter for t in tallies} == {reporter}
    assert {(t.period_start, t.period_end) for t in tallies} == {period}
    checks: dict[str, str] = {}
    for c in records:
        if isinstance(c, Consistency) and c.metric is not None:
            checks.setdefault(c.metric, c.verdict)
    assert checks == verdicts
    # the figures of the period are no incident of the day they were told
    assert not [e for e in records if isinstance(e, Event)]


def test_releases_of_other_forces_translated_month_told_again_by_its_office(
    extracted: dict[str, list[Record]],
) -> None:
    records = extracted["smc-translated-june-clumsy"]
    tallies = [t for t in records if isinstance(t, Tally)]
    assert _with_parents(tallies) == sorted(
        [("operations", 57, None), ("killed", 14, None), ("detained", 39, None),
         ("operations", 25, 57), ("operations", 20, 57), ("operations", 12, 57)])
    assert {t.reporter for t in tallies} == {"Security Media Cell"}
    assert {t.area[0] for t in tallies} == {"IQ"}
    assert {(t.period_start, t.period_end) for t in tallies} == {("2024-06-01", "2024-06-30")}
    assert [t.party for t in tallies if t.metric == "killed"] == ["Islamic State"]
    [check] = [c for c in records if isinstance(c, Consistency)]
    assert check.verdict == "consistent"


def test_releases_of_other_forces_places_and_a_kind_are_two_breakdowns(
    extracted: dict[str, list[Record]],
) -> None:
    # "Four of the operations were in Deir ez-Zor province and seven in Hasakah province.
    # Coalition aircraft supported three of the operations": 4 + 7 make the 11; the three
    # are some of them, of one kind
    records = extracted["cjtf-week-from-to-total-last"]
    assert tally_rows(records) == sorted([
        ("killed", 7, ("SY",), "Islamic State", None),
        ("detained", 19, ("SY",), "Islamic State", None),
        ("operations", 11, ("SY",), None, None), ("operations", 4, ("SY",), None, 11),
        ("operations", 7, ("SY",), None, 11), ("operations", 3, ("SY",), None, 11)])
    assert {(t.reporter, t.period_start, t.period_end) for t in records
            if isinstance(t, Tally)} == {
        ("Combined Joint Task Force - Operation Inherent Resolve", "2024-09-02", "2024-09-08")}
    assert sorted((c.parts, c.verdict) for c in records if isinstance(c, Consistency)) == [
        ([3], "partial"), ([4, 7], "consistent")]


@pytest.mark.parametrize(("name", "speaker", "role"), [
    ("wire-march-words-total-last", "Lena Brooks", "Central Command spokesman"),
    ("cjtf-week-from-to-total-last", "Rafael Ortiz", "task force's deputy commander"),
    ("jtf-code-name-week-zero-district", "Tomas Nhantumbo", "task force commander"),
    ("dhq-abuja-neutralised-week-between", "Kabiru Adamu",
     "Director of Defence Media Operations"),
    ("ispr-may-retold-spokesman", "Ahmed Rashid", "military spokesman"),
    # "KDF spokesperson Colonel Esther Wanjiru said" before "... Wanjiru said": her role,
    # not her rank
    ("kdf-week-detained-first-quoted", "Esther Wanjiru", "KDF spokesperson"),
])
def test_releases_of_other_forces_quote_their_spokesman(
    extracted: dict[str, list[Record]], name: str, speaker: str, role: str
) -> None:
    [statement] = [s for s in extracted[name] if isinstance(s, Statement) and not s.reported]
    assert (statement.speaker, statement.role) == (speaker, role)


def test_releases_of_other_forces_evidence_of_a_revised_count(
    extracted: dict[str, list[Record]],
) -> None:
    [tally] = [t for t in extracted["sna-revised-down-bare-number"] if isinstance(t, Tally)]
    assert tally.evidence[0].text == "revised the number down to 37"


def test_releases_of_other_forces_count_ends_before_its_days(
    extracted: dict[str, list[Record]],
) -> None:
    [held] = [t for t in extracted["dhq-abuja-neutralised-week-between"]
              if isinstance(t, Tally) and t.metric == "detained"]
    assert held.evidence[0].text == "arrested 64 suspects"


def test_releases_of_other_forces_raid_on_a_named_official() -> None:
    event = fixture_event("raids", "centcom-raid-named-official-syria", "2024-11-19")
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert (event.date_start, event.location.admin1, event.location.country) == (
        "2024-11-18", "Al-Hasakah", "SY")
    assert (event.actor1, event.actor2) == ("US Central Command", "Islamic State")
    assert event.fatalities == 1
    assert [(c.kind, c.party, c.count) for c in event.casualties if c.count] == [
        ("killed", "Islamic State", 1), ("detained", "Islamic State", 2)]


def test_releases_of_other_forces_strike_whose_headline_names_the_country() -> None:
    # "U.S. airstrike kills four" above "U.S. Africa Command conducted an airstrike": the
    # command the body names struck
    event = fixture_event("raids", "africom-strike-kilometers-of-town", "2025-03-16")
    assert (event.sub_event_type, event.date_start, event.location.country) == (
        "air_drone_strike", "2025-03-14", "SO")
    assert (event.actor1, event.actor2, event.fatalities) == (
        "US Africa Command", "Al Shabaab", 4)


def test_releases_of_other_forces_bare_counts_and_some_of_the_dead_by_place() -> None:
    # "conducted 52 operations against ISIS, killing 19 and detaining 41; ... Of the 19
    # killed, 12 were in Syria."
    records = fixture_records("tallies", "centcom-january-of-the-killed-by-place", "2025-02-05")
    rows = {(t.metric, t.value, t.party) for t in records if isinstance(t, Tally)}
    assert {("killed", 19, "Islamic State"), ("detained", 41, "Islamic State"),
            ("killed", 12, "Islamic State")} <= rows
    tallies = [t for t in records if isinstance(t, Tally)]
    assert ("killed", 12, 19) in _with_parents(tallies)
    assert {(t.period_start, t.period_end) for t in tallies} == {("2025-01-01", "2025-01-31")}
    # the dead told again by place are no incident of the day of the release
    assert not [e for e in records if isinstance(e, Event) and e.fatalities in (12, 19)]


# --- the wordings, each on a text of its own ---------------------------------------------------


def _records(text: str, published: str) -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="t", published=published))


def _tallies(text: str, published: str) -> list[Tally]:
    return [t for t in _records(text, published) if isinstance(t, Tally)]


def _with_parents(tallies: list[Tally]) -> list[tuple[str, int | None, int | None]]:
    by_id = {t.tally_id: t for t in tallies}
    return sorted((t.metric, t.value, by_id[t.parent].value if t.parent else None)
                  for t in tallies)


def test_a_task_force_keeps_its_code_name() -> None:
    tallies = _tallies(
        "Joint Task Force Harrow announced on Friday that its troops killed 17 insurgents in "
        "operations in Niassa province during the past week.", "2025-02-07")
    assert {t.reporter for t in tallies} == {"Joint Task Force Harrow"}


def test_a_teller_s_seat_is_neither_its_name_nor_the_figures_place() -> None:
    tallies = _tallies(
        "The Defence Headquarters in Abuja said on Thursday that troops neutralised 44 "
        "terrorists in the past week. Of the terrorists neutralised, 30 were killed in the "
        "North East and 14 in the North Central zone, it said.", "2025-05-15")
    assert {t.reporter for t in tallies} == {"Defence Headquarters"}
    assert _with_parents(tallies) == [("killed", 14, 44), ("killed", 30, 44),
                                      ("killed", 44, None)]


def test_a_count_s_people_end_before_the_days_it_covers() -> None:
    [tally] = _tallies("Police arrested 71 suspects between June 2 and June 8 in raids across "
                       "the province, the ministry said.", "2025-06-10")
    assert (tally.party, tally.evidence[0].text) == ("suspects", "arrested 71 suspects")


def test_none_in_a_list_of_parts_is_a_part_of_nil() -> None:
    tallies = _tallies(
        "Troops killed 40 insurgents in Cabo Delgado province last month, the army said. Of "
        "the insurgents killed, 25 died in Macomia district, 15 in Mocimboa da Praia district "
        "and none in Ancuabe district, it said.", "2025-03-03")
    assert _with_parents([t for t in tallies if t.metric == "killed"]) == [
        ("killed", 0, 40), ("killed", 15, 40), ("killed", 25, 40), ("killed", 40, None)]
    assert {t.area[0] for t in tallies} == {"MZ"}


def test_a_part_s_namesake_on_another_continent_is_of_the_list_s_country() -> None:
    # the gazetteer knows "Palma" in Brazil, Spain and Mexico, not the Mozambican district
    tallies = _tallies(
        "Troops killed 30 insurgents in Cabo Delgado province last month, the army said. Of "
        "the insurgents killed, 21 died near Macomia and 9 in Palma district, it said.",
        "2025-03-03")
    assert {tuple(t.area) for t in tallies} == {("MZ",)}
    assert _with_parents(tallies) == [("killed", 9, 30), ("killed", 21, 30),
                                      ("killed", 30, None)]


def test_a_number_revised_with_no_noun_replaces_the_count_told_before() -> None:
    [tally] = _tallies(
        "The army said on Sunday that its forces killed 62 militants in Bay region between "
        "August 3 and August 9. On Monday, it revised the figure down to 55.", "2025-08-12")
    assert (tally.metric, tally.value, tally.party) == ("killed", 55, "Unidentified Armed "
                                                        "Group (Somalia)")
    assert (tally.period_start, tally.period_end) == ("2025-08-03", "2025-08-09")
    # after counts of two fates, which of them "the number" was is not told
    tallies = _tallies(
        "The army said its forces killed 62 militants and arrested 70 suspects in Bay region "
        "between August 3 and August 9. On Monday, it revised the number to 66.", "2025-08-12")
    assert sorted(t.value for t in tallies) == [62, 70]


def test_parts_of_the_detained_told_after_the_fate() -> None:
    tallies = _tallies(
        "Police detained 45 suspects in Nairobi and Mombasa during the past week, the "
        "ministry said. Of the suspects detained, 29 were picked up in Nairobi and 16 in "
        "Mombasa.", "2025-01-20")
    assert _with_parents(tallies) == [("detained", 16, 45), ("detained", 29, 45),
                                      ("detained", 45, None)]


def test_an_office_told_again_by_its_head_word_is_named_in_full() -> None:
    tallies = _tallies(
        "The Security Media Cell announce, today Monday, the outcome of operations for the "
        "month of April, where was executed (41) operation.\nThe Cell said in statement, that "
        "was arrest (22) wanted in Diyala.", "2025-05-05")
    assert {t.reporter for t in tallies} == {"Security Media Cell"}


def test_a_headline_s_figures_told_again_below_with_their_place() -> None:
    tallies = _tallies(
        "In two weeks, 23 killed, 51 detained in Middle Shabelle, army says\n\n"
        "Fifty-one suspected militants were detained and 23 al-Shabaab fighters were killed in "
        "operations in Middle Shabelle region over the past two weeks, the army said.",
        "2025-07-14")
    assert sorted((t.metric, t.value, t.party) for t in tallies) == [
        ("detained", 51, "Al Shabaab"), ("killed", 23, "Al Shabaab")]


def test_losses_told_after_a_line_on_where_the_operations_were() -> None:
    records = _records(
        "The army said 23 al-Shabaab fighters were killed in operations in Middle Shabelle "
        "region over the past two weeks. The operations took place around Jowhar and Balcad, "
        "the army said. Two soldiers were wounded.", "2025-07-14")
    assert ("wounded", 2, "Military Forces of Somalia") in {
        (t.metric, t.value, t.party) for t in records if isinstance(t, Tally)}
    assert not [e for e in records if isinstance(e, Event)]



def test_an_office_named_in_full_in_lower_case_tells_the_figures() -> None:
    tallies = _tallies(
        "The ministry of defence announce, today Monday, that its forces was able during the "
        "last week from killing (12) terrorist of the ISIS gangs.", "2025-03-10")
    assert {t.reporter for t in tallies} == {"Ministry of Defence"}


def test_some_of_the_operations_told_apart_from_their_places() -> None:
    records = _records(
        "Partner forces conducted 15 operations against ISIS in Syria in April, the command "
        "said. Nine of the operations were in Raqqa province and six in Deir ez-Zor province. "
        "U.S. aircraft supported five of the operations.", "2025-05-06")
    assert _with_parents([t for t in records if isinstance(t, Tally)]) == [
        ("operations", 5, 15), ("operations", 6, 15), ("operations", 9, 15),
        ("operations", 15, None)]
    assert sorted((c.parts, c.verdict) for c in records if isinstance(c, Consistency)) == [
        ([5], "partial"), ([9, 6], "consistent")]


def test_a_headline_s_country_gives_way_to_the_command_the_body_names() -> None:
    records = _records(
        "U.S. strike kills two al-Shabaab fighters near Jamaame\n\nU.S. Africa Command "
        "conducted an airstrike against al-Shabaab on June 3 near Jamaame, Somalia, killing "
        "two militants.", "2025-06-05")
    [event] = [e for e in records if isinstance(e, Event)]
    assert (event.actor1, event.actor2) == ("US Africa Command", "Al Shabaab")


def test_some_of_the_dead_told_only_by_where_they_were() -> None:
    records = _records(
        "Partner forces killed 23 ISIS members in Iraq and Syria during May, the command "
        "said. Of the 23 killed, 15 were in Iraq.", "2025-06-04")
    assert ("killed", 15, 23) in _with_parents([t for t in records if isinstance(t, Tally)])
    assert not [e for e in records if isinstance(e, Event)]


def test_bare_counts_of_operations_against_a_group_are_of_that_group() -> None:
    tallies = _tallies(
        "In May, partner forces conducted 30 operations against al-Shabaab in Somalia, "
        "killing 17 and detaining 22, the command said.", "2025-06-04")
    assert {(t.metric, t.value, t.party) for t in tallies if t.metric != "operations"} == {
        ("killed", 17, "Al Shabaab"), ("detained", 22, "Al Shabaab")}



def test_the_body_s_teller_over_a_headline_s_label() -> None:
    # "Coalition:" opens the headline; the body's "the command said" names the teller,
    # the command told of in full before
    tallies = _tallies(
        "Coalition: 16 militants killed in Iraq raids last week\n\nU.S. Central Command "
        "forces and their partners killed 16 ISIS militants and detained 27 in operations in "
        "Iraq during the past week, the command said.", "2025-02-17")
    assert {t.reporter for t in tallies} == {"US Central Command"}
    # with no name in full, the label is still no teller
    tallies = _tallies(
        "Coalition: 16 militants killed in Iraq raids last week\n\nPartner forces killed 16 "
        "ISIS militants and detained 27 in operations in Iraq during the past week, the "
        "command said.", "2025-02-17")
    assert "Coalition" not in {t.reporter for t in tallies}


def test_the_period_s_losses_told_right_after_its_counts() -> None:
    # "Nobody from the partner forces was killed, though two ... were wounded", right after
    # the week's counts: the losses of the period, no incident of the day of the release
    records = _records(
        "Partner forces conducted 11 operations against ISIS in Syria in the past week, "
        "killing eight militants and detaining 15, the command said. Nobody from the partner "
        "forces was killed, though three Syrian fighters were wounded.", "2025-05-19")
    assert ("wounded", 3) in {(t.metric, t.value) for t in records if isinstance(t, Tally)}
    assert not [e for e in records if isinstance(e, Event)]
