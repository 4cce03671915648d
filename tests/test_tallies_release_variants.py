"""Releases of other months, years and layouts, as agencies and translations retell them.

Each report under ``fixtures/tallies`` was written for these tests: totals "in all" of a
release's whole area with one part by country after them ("In all, twenty-six ISIS members
were detained during the month, five of them in Syria", "Altogether 52 ... eleven of them in
Somalia", "eighteen fighters during the month, of whom six in Somalia"), the part's country
not the total's, even where the total is the report's first figure; a joint force's week
whose operations are "19 air and ground operations" and whose "total of 47 jihadists" is
told "including 12 in Niger" (a part, not the total's country); a command that "corrects
the number of ISIS operatives detained in September to 31, after partner forces confirmed
three more detentions in Syria" (the three are in the 31, and Syria is theirs), then "Of
the 31 detainees, 19 were arrested in Syria and 12 in Iraq"; a machine translation with
typos and no articles ("was neutralized total 23 terrorist of PKK in north of Iraq, from
them 15 in region Hakurk and 8 in Gara region"); a week of figures in words and digits
mixed whose total comes last ("bringing to 22 the number of insurgents killed"); a week
across the new year ("from December 28 to January 3"); a monitor's month "of whom 87 were
civilians, including 14 children and 9 women", with "Among the dead were also 61 members
of government forces and 64 fighters of armed factions"; and a half year whose killed are
split by province after "Of the 1,106 terrorists killed"; a month by country whose
totals come last with no party of their own ("In total, ... killing 19 and detaining 33");
a week told by its last day across the new year ("in the week ending January 2"); a
translated running total ("number of neutralized terrorist since beginning of year reached
to 412") after the week's figure; a quarter whose dead are split by province in a
sentence of their own ("The terrorists killed included 130 in Khyber Pakhtunkhwa"); and a
translated month whose rows by country follow "in" with no colon ("detained 44 members of
ISIS organization in month of May, in Iraq (17) and Syria (27)"); and counts told in turn
with their countries after them ("killed 12 and 19 Islamic State fighters in Iraq and Syria
respectively during May, 31 in all").
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Record, Tally
from tests.conftest import TallyValue, fixture_records, tally_values, verdicts

# (metric, value, area, parent's value or None)
Expected = TallyValue

CASES: dict[str, tuple[str, tuple[str | None, str | None, str | None], list[Expected],
                       dict[int, str]]] = {
    "coalition-october-in-all-five-of-them": (
        "2024-11-05",
        ("US Central Command", "2024-10-01", "2024-10-31"),
        [("operations", 41, ("IQ", "SY"), None), ("detained", 26, ("IQ", "SY"), None),
         ("detained", 5, ("SY",), 26), ("killed", 9, ("IQ", "SY"), None),
         ("killed", 7, ("IQ",), 9)],
        {26: "partial", 9: "partial"},
    ),
    "kdf-march-altogether-of-whom": (
        "2025-04-04",
        ("Military Forces of Kenya", "2025-03-01", "2025-03-31"),
        # the restated 52 is the lead's, not a part of it in Somalia
        [("detained", 52, ("KE", "SO"), None), ("detained", 11, ("SO",), 52),
         ("killed", 18, ("KE", "SO"), None), ("killed", 6, ("SO",), 18)],
        {52: "partial", 18: "partial"},
    ),
    "coalition-june-in-all-part-told-first": (
        "2025-07-07",
        (None, "2025-06-01", "2025-06-30"),
        [("detained", 34, ("IQ", "SY"), None), ("detained", 4, ("SY",), 34),
         ("raids", 22, ("IQ",), None)],
        {34: "partial"},
    ),
    "jointforce-week-including-one-country": (
        "2025-01-20",
        (None, "2025-01-12", "2025-01-18"),
        [("operations", 19, ("BF", "ML", "NE"), None), ("killed", 47, ("BF", "ML", "NE"), None),
         ("killed", 12, ("NE",), 47)],
        {47: "partial"},
    ),
    "centcom-corrects-september-three-more": (
        "2024-10-09",
        ("US Central Command", "2024-09-01", "2024-09-30"),
        [("detained", 31, ("IQ", "SY"), None), ("detained", 19, ("SY",), 31),
         ("detained", 12, ("IQ",), 31), ("killed", 14, ("IQ", "SY"), None)],
        {31: "consistent"},
    ),
    "mt-february-from-them-regions": (
        "2025-03-03",
        ("Ministry of National Defence", "2025-02-01", "2025-02-28"),
        [("killed", 23, ("IQ",), None), ("killed", 15, ("IQ",), 23), ("killed", 8, ("IQ",), 23),
         ("detained", 4, ("IQ",), None)],
        {23: "consistent"},
    ),
    "dhq-week-words-and-digits-bringing-to": (
        "2025-04-17",
        ("Defence Headquarters", "2025-04-06", "2025-04-12"),
        [("killed", 22, ("NG",), None), ("killed", 12, ("NG",), 22), ("killed", 7, ("NG",), 22),
         ("killed", 3, ("NG",), 22), ("detained", 41, ("NG",), None)],
        {22: "consistent"},
    ),
    "coalition-holidays-across-new-year": (
        "2026-01-05",
        (None, "2025-12-28", "2026-01-03"),
        [("operations", 36, ("IQ", "SY"), None), ("killed", 27, ("IQ", "SY"), None),
         ("detained", 40, ("IQ", "SY"), None), ("killed", 11, ("IQ",), 27),
         ("killed", 16, ("SY",), 27)],
        {27: "consistent"},
    ),
    "sohr-july-of-whom-were-civilians": (
        "2025-08-01",
        ("Syrian Observatory for Human Rights", "2025-07-01", "2025-07-31"),
        [("killed", 212, ("SY",), None), ("killed", 87, ("SY",), 212),
         ("killed", 14, ("SY",), 87), ("killed", 9, ("SY",), 87),
         ("killed", 61, ("SY",), 212), ("killed", 64, ("SY",), 212)],
        {212: "consistent", 87: "partial"},
    ),
    "centcom-november-totals-last-both-countries": (
        "2025-12-02",
        ("US Central Command", "2025-11-01", "2025-11-30"),
        [("operations", 52, ("IQ", "SY"), None), ("operations", 29, ("SY",), 52),
         ("operations", 23, ("IQ",), 52), ("killed", 19, ("IQ", "SY"), None),
         ("killed", 11, ("SY",), 19), ("killed", 8, ("IQ",), 19),
         ("detained", 33, ("IQ", "SY"), None), ("detained", 20, ("SY",), 33),
         ("detained", 13, ("IQ",), 33)],
        {52: "consistent", 19: "consistent", 33: "consistent"},
    ),
    "joc-week-ending-january-second": (
        "2026-01-03",
        ("Joint Operations Command", "2025-12-27", "2026-01-02"),
        [("operations", 64, ("IQ",), None), ("killed", 9, ("IQ",), None),
         ("detained", 21, ("IQ",), None), ("detained", 12, ("IQ",), 21),
         ("detained", 9, ("IQ",), 21)],
        {21: "consistent"},
    ),
    "mt-year-to-date-reached-to": (
        "2025-03-06",
        ("Ministry of National Defence", None, None),
        [("killed", 17, ("IQ", "SY"), None), ("killed", 412, ("IQ", "SY"), None)],
        {},
    ),
    "ispr-quarter-killed-included-by-province": (
        "2025-07-06",
        (None, "2025-04-01", "2025-06-30"),
        [("killed", 212, ("PK",), None), ("killed", 130, ("PK",), 212),
         ("killed", 82, ("PK",), 212)],
        {212: "consistent"},
    ),
    "mt-may-rows-in-brackets-no-colon": (
        "2025-06-05",
        (None, "2025-05-01", "2025-05-31"),
        [("detained", 44, ("IQ", "SY"), None), ("detained", 17, ("IQ",), 44),
         ("detained", 27, ("SY",), 44), ("operations", 58, ("IQ", "SY"), None)],
        {44: "consistent"},
    ),
    "wire-may-respectively-in-all": (
        "2025-06-05",
        ("US Central Command", "2025-05-01", "2025-05-31"),
        [("killed", 31, ("IQ", "SY"), None), ("killed", 12, ("IQ",), 31),
         ("killed", 19, ("SY",), 31), ("detained", 17, ("IQ",), None),
         ("detained", 27, ("SY",), None)],
        {31: "consistent"},
    ),
    "ispr-half-year-of-the-killed-by-province": (
        "2025-07-06",
        ("Military Forces of Pakistan", "2025-01-01", "2025-06-30"),
        [("operations", 22714, ("PK",), None), ("operations", 14380, ("PK",), 22714),
         ("operations", 8334, ("PK",), 22714), ("killed", 1106, ("PK",), None),
         ("killed", 690, ("PK",), 1106), ("killed", 416, ("PK",), 1106)],
        {22714: "consistent", 1106: "consistent"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_variants_values_areas_parents(
    extracted: dict[str, list[Record]], name: str
) -> None:
    assert tally_values(extracted[name]) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_variants_reporter_and_period(
    extracted: dict[str, list[Record]], name: str
) -> None:
    reporter, start, end = CASES[name][1]
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    assert tallies
    # (None where the report leaves it to be read elsewhere)
    assert reporter is None or {t.reporter for t in tallies} == {reporter}
    assert start is None or {(t.period_start, t.period_end) for t in tallies} == {(start, end)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_variants_consistency(
    extracted: dict[str, list[Record]], name: str
) -> None:
    assert verdicts(extracted[name]) == CASES[name][3]


def test_tallies_release_variants_more_confirmed_are_in_the_corrected_count(
    extracted: dict[str, list[Record]],
) -> None:
    # "three more detentions in Syria" are among the 31, no count of their own
    assert all(t.value != 3 for t in extracted["centcom-corrects-september-three-more"]
               if isinstance(t, Tally))


def test_tallies_release_variants_translated_total_keeps_its_words(
    extracted: dict[str, list[Record]],
) -> None:
    [total] = [t for t in extracted["mt-february-from-them-regions"]
               if isinstance(t, Tally) and t.value == 23]
    assert total.evidence[0].text.startswith("neutralized total 23")
    assert total.party == "Kurdistan Workers' Party"


def test_tallies_release_variants_groups_of_the_dead_name_each_side(
    extracted: dict[str, list[Record]],
) -> None:
    [check] = [c for c in extracted["sohr-july-of-whom-were-civilians"]
               if isinstance(c, Consistency) and c.total == 212]
    assert check.parts_sum == 212
    assert "government forces 61" in check.explanation


def test_tallies_release_variants_total_told_last_is_of_its_parts_party(
    extracted: dict[str, list[Record]],
) -> None:
    # "killing 11 ISIS members and detaining 20 ... 13 detained. In total, ... detaining
    # 33": those of the one group every part is of
    [total] = [t for t in extracted["centcom-november-totals-last-both-countries"]
               if isinstance(t, Tally) and t.value == 33]
    assert total.party == "Islamic State"
    [check] = [c for c in extracted["centcom-november-totals-last-both-countries"]
               if isinstance(c, Consistency) and c.total == 33]
    assert check.explanation.startswith("33 detained (Islamic State) reported in total")


def test_tallies_release_variants_translated_running_total_is_of_the_year(
    extracted: dict[str, list[Record]],
) -> None:
    # "number of neutralized terrorist since beginning of year reached to 412"; the 17 are
    # those of the last week
    periods = {t.value: (t.period_start, t.period_end)
               for t in extracted["mt-year-to-date-reached-to"] if isinstance(t, Tally)}
    assert periods[412] == ("2025-01-01", "2025-03-06")
    assert periods[17] != periods[412]


def test_tallies_release_variants_number_of_a_fate_told_first() -> None:
    # "the number of arrested suspects ... rose to 112": a count brought to the figure
    records = extract("BASRA - The police said on Sunday that the number of arrested "
                      "smugglers during March rose to 87.", published="2025-04-06")
    [tally] = [t for t in records if isinstance(t, Tally)]
    assert (tally.metric, tally.value) == ("detained", 87)
    assert (tally.period_start, tally.period_end) == ("2025-03-01", "2025-03-31")


def test_tallies_release_variants_included_by_province_names_each(
    extracted: dict[str, list[Record]],
) -> None:
    [check] = [c for c in extracted["ispr-quarter-killed-included-by-province"]
               if isinstance(c, Consistency)]
    assert "(Khyber Pakhtunkhwa 130; Balochistan 82)" in check.explanation


def test_tallies_release_variants_in_all_names_the_country_without_a_figure(
    extracted: dict[str, list[Record]],
) -> None:
    [check] = [c for c in extracted["coalition-june-in-all-part-told-first"]
               if isinstance(c, Consistency)]
    assert "(Syria 4)" in check.explanation
    assert "no figure is given for IQ" in check.explanation
