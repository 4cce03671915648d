"""Readings of military strike releases and year reviews: a toll told in words and again in
digits in brackets, a day's strikes counted with their engagements, a date line of a town and
a slashed date written day first, and a year's counts told quarter by quarter with the later
quarters named by their ordinal alone."""

from __future__ import annotations

from datetime import date

from eventcoder import extract
from eventcoder.dates import find_dateline
from eventcoder.records import Event, Tally


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def _tallies(text: str, published: str) -> list[Tally]:
    return [r for r in extract(text, published=published) if isinstance(r, Tally)]


STRIKE = ("U.S. Africa Command conducted an airstrike on al-Shabaab fighters near Kismayo, "
          "Somalia, on March 4, 2019. The command assesses the airstrike killed {} militants.")


def test_a_toll_in_words_told_again_in_digits_keeps_its_people() -> None:
    [event] = _events(STRIKE.format("five (5)"), "2019-03-05")
    [dead] = [c for c in event.casualties if c.kind == "killed"]
    assert (dead.count, dead.party) == (5, "Al Shabaab")


def test_digits_in_brackets_that_differ_from_the_words_are_not_taken_for_them() -> None:
    [event] = _events(STRIKE.format("five (7)"), "2019-03-05")
    [dead] = [c for c in event.casualties if c.kind == "killed"]
    # the toll is the words' five; the bracket's other figure is not read as the same toll
    assert dead.count == 5 and dead.evidence[0].text == "killed five"


DAILY = ("Strikes continue against ISIL in Syria and Iraq\n\n"
         "SOUTHWEST ASIA, May 9, 2017 - Coalition forces continued to attack ISIL in Syria "
         "and Iraq yesterday, officials reported today.\n\n"
         "Coalition military forces conducted 21 strikes consisting of 34 engagements "
         "against ISIL targets in Syria and Iraq.\n")


def test_a_day_s_strikes_counted_with_their_engagements_are_a_tally() -> None:
    found = {(t.metric, t.value) for t in _tallies(DAILY, "2017-05-09")}
    assert {("strikes", 21), ("engagements", 34)} <= found


def test_two_strikes_of_one_incident_are_still_no_tally() -> None:
    text = ("STUTTGART, Germany - U.S. Africa Command said on Friday it conducted two airstrikes "
            "near Jilib, Somalia, on March 4, 2019, killing four militants.")
    assert not _tallies(text, "2019-03-08")


LINE = ("Asayish: arrest of three terrorists\n\nKoya - 3/4/2024\nThe Asayish forces arrested "
        "three ISIS terrorists in the night of yesterday in Kirkuk.\n")


def test_a_town_and_a_slashed_date_on_their_own_line_are_a_date_line() -> None:
    found = find_dateline(LINE, reference=date(2024, 4, 3))
    assert found is not None and found[0] == date(2024, 4, 3)


def test_the_date_line_is_not_the_day_of_the_arrest() -> None:
    # (read month first, "3/4/2024" would be a day in March before the release)
    [event] = _events(LINE, "2024-04-03")
    assert event.date_start == "2024-04-02"


def test_a_slashed_date_in_a_sentence_is_no_date_line() -> None:
    text = "Asayish\n\nKoya - 3/4/2024 were the arrests of three men.\n"
    assert find_dateline(text, reference=date(2024, 4, 3)) is None


REVIEW = ("The department conducted 860 operations in 2021. It carried out 190 operations "
          "in the first quarter, 230 in the second, 205 in the third and 235 in the fourth.")


def test_the_later_quarters_told_by_their_ordinal_alone_are_counts() -> None:
    values = {t.value for t in _tallies(REVIEW, "2022-01-10") if t.metric == "operations"}
    assert values == {860, 190, 230, 205, 235}


def test_an_ordinal_alone_with_no_quarter_named_is_no_count() -> None:
    text = ("The department conducted 860 operations in 2021. It carried out 190 operations "
            "in Lahore, 230 in the second city and 205 in the third.")
    values = {t.value for t in _tallies(text, "2022-01-10") if t.metric == "operations"}
    assert 205 not in values


BY_COUNTRY = DAILY + ("\nStrikes in Syria\n\nAttack and fighter aircraft conducted nine strikes "
                      "consisting of 15 engagements in Syria:\n\n"
                      "Strikes in Iraq\n\nBomber and fighter aircraft conducted 12 strikes "
                      "consisting of 19 engagements in Iraq:\n")


def test_strikes_take_the_place_of_the_engagements_they_consist_of() -> None:
    areas = {(t.metric, t.value): t.area for t in _tallies(BY_COUNTRY, "2017-05-09")}
    assert (areas[("strikes", 9)], areas[("strikes", 12)]) == (["SY"], ["IQ"])


def test_the_quarters_of_a_year_in_review_are_of_that_year() -> None:
    # told four days into 2022: "the first three months of the year" are 2021's, the year
    # the review counts over, not the first quarter of 2022 just begun
    text = ("The department killed 40 terrorists in 2021. Of the 40 terrorists killed, 12 "
            "died in the first three months of the year and 28 in the rest of the year.")
    [part] = [t for t in _tallies(text, "2022-01-04") if t.value == 12]
    assert (part.period_start, part.period_end) == ("2021-01-01", "2021-03-31")


WEEK = ("DORI, 24 March 2025 - The armed forces neutralised 38 terrorists during operations "
        "carried out from 17 to 23 March 2025, the General Staff said on Monday. By region, "
        "the toll is as follows: Sahel (21), Est (9) and Centre-Nord (8).")


def test_a_list_of_regions_with_counts_in_brackets_breaks_down_the_count_before() -> None:
    tallies = _tallies(WEEK, "2025-03-24")
    whole = next(t for t in tallies if t.value == 38)
    parts = {t.value: t for t in tallies if t.parent == whole.tally_id}
    assert sorted(parts) == [8, 9, 21]
    assert {t.metric for t in parts.values()} == {"killed"}
    assert {t.party for t in parts.values()} == {whole.party}


def test_regions_with_figures_in_brackets_and_no_count_before_are_no_tally() -> None:
    text = ("DORI, 24 March 2025 - The General Staff described the week on Monday. By region, "
            "the toll is as follows: Sahel (21), Est (9) and Centre-Nord (8).")
    assert not _tallies(text, "2025-03-24")


LINES = DAILY + ("\nStrikes in Iraq\n\n-- Near Tal Afar, three strikes engaged an ISIL tactical "
                 "unit and destroyed a fighting position.\n"
                 "-- Near Hit, one strike destroyed an ISIL vehicle.\n")


def test_the_lines_of_a_strike_release_are_of_the_lead_s_day_and_its_striker() -> None:
    lines = [e for e in _events(LINES, "2017-05-09") if e.location.name in {"Tal Afar", "Hit"}]
    assert len(lines) == 2
    assert {(e.date_start, e.actor1) for e in lines} == {("2017-05-08", "Coalition")}


def test_a_quarter_s_figure_set_against_the_count_is_no_part() -> None:
    text = ("The command conducted 30 airstrikes in the third quarter of 2023, down from 41 in "
            "the second quarter, the command said.")
    values = {t.value for t in _tallies(text, "2023-10-09") if t.metric == "strikes"}
    assert 41 not in values


def test_the_town_of_a_security_body_s_name_is_not_where_it_acted() -> None:
    text = ("Koya - 3/4/2024\nThe forces of Asayish of Erbil was able to arrest three terrorist "
            "of ISIS gangs in a village of Kirkuk province countryside.\n")
    [event] = _events(text, "2024-04-03")
    assert event.location.admin1 == "Kirkuk"
