"""In a report of the fighting in eastern Ukraine (the OSCE SMM, the DPR, the LPR or their
militias named), of a village's namesakes in the oblasts where those groups operate, the one
on or near the line of contact is meant: that is where the firing and the shelling are.
Without such a group the reading stays the one the other cues give."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.pipeline import compiled_modules
from eventcoder.places import _km_to_line, _lines_then, _month_written
from tests.places_text import places_in
from tests.scripts_module import load_script


def _line_km(text: str, name: str) -> tuple[str | None, float]:
    place = places_in(text)[name].place
    assert place is not None and place.country == "UA"
    return place.admin1, _km_to_line(place.latitude, place.longitude, _lines_then(None)[0]["UA"])


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # no oblast written: the group's oblasts, and of their namesakes the one by the line
        ("Observers of the OSCE SMM heard 9 explosions near Plotyna late on Sunday.",
         "Plotyna", "Luhansk"),
        ("SMM monitors counted 40 explosions around Yakovlivka on Thursday night.",
         "Yakovlivka", "Donetsk"),
        # the oblast written after the village, read as its namesake city: the line still
        # decides, not the distance to the city of Luhansk or Donetsk
        ("Luhansk People's Militia gunners shelled Ukrainian positions close to Ustynivka, "
         "Luhansk, on Friday.", "Ustynivka", "Luhansk"),
        ("Donetsk People's Republic fighters fired mortars at army trenches near "
         "Vynohradne, Donetsk.", "Vynohradne", "Donetsk"),
    ],
)
def test_namesake_by_the_line_of_contact(text: str, name: str, admin1: str) -> None:
    found_admin1, km = _line_km(text, name)
    assert found_admin1 == admin1
    assert km < 25


@pytest.mark.parametrize(
    ("text", "name", "latitude"),
    [
        # the readings the other cues give (population, the holder's city), as before
        ("A new bakery opened in Plotyna last week.", "Plotyna", 49.5),
        ("The village choir of Yakovlivka won a regional contest.", "Yakovlivka", 48.7),
        ("A new library opened in Ustynivka, Luhansk, on Friday.", "Ustynivka", 48.1),
        ("Volunteers repaired the school roof in Vynohradne, Donetsk, this summer.",
         "Vynohradne", 47.9),
    ],
)
def test_no_group_of_the_war_no_pull_of_the_line(text: str, name: str,
                                                  latitude: float) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert round(place.latitude, 1) == latitude


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # no group named, but a ceasefire or a front line told of: the same reading
        ("Ukrainian troops said shelling violated the ceasefire near Plotyna overnight.",
         "Plotyna", "Luhansk"),
        ("Army positions on the frontline near Ustynivka, Luhansk, came under mortar fire.",
         "Ustynivka", "Luhansk"),
        ("The front line near Vynohradne, Donetsk, was quiet on Tuesday, the army said.",
         "Vynohradne", "Donetsk"),
        ("Hostilities along the contact line: mortar rounds fell near Yakovlivka.",
         "Yakovlivka", "Donetsk"),
    ],
)
def test_ceasefire_or_front_line_words_read_the_line(text: str, name: str,
                                                     admin1: str) -> None:
    found_admin1, km = _line_km(text, name)
    assert found_admin1 == admin1
    assert km < 25


@pytest.mark.parametrize(
    ("text", "latitude"),
    [
        # the front of late 2023 ran along the Dnipro below Nova Kakhovka: the Kamianka there
        ("In October 2023, drones struck Ukrainian positions on the front line near "
         "Kamianka, Kherson oblast.", 46.8),
        # in 2019 no line ran through Kherson oblast: the reading stays the other cues'
        ("In October 2019, drones struck Ukrainian positions on the front line near "
         "Kamianka, Kherson oblast.", 47.5),
        ("A fair was held in Kamianka, Kherson oblast, in October 2023.", 47.5),
    ],
)
def test_the_line_of_the_reports_date(text: str, latitude: float) -> None:
    place = places_in(text)["Kamianka"].place
    assert place is not None and place.admin1 == "Kherson"
    assert round(place.latitude, 1) == latitude


def test_lines_by_month() -> None:
    assert _month_written("On 8 May 2020, monitors saw") == "2020-05"
    assert _month_written("In Sept. 2023 the army") == "2023-09"
    assert _month_written("a report of 2019") == "2019"
    assert _month_written("no date here") is None
    assert {a1 for _, a1 in _lines_then("2020-05")[1]} == {"Donetsk", "Luhansk"}
    assert "Kherson" in {a1 for _, a1 in _lines_then("2023-10-02")[1]}
    assert "Kherson" not in {a1 for _, a1 in _lines_then("2019")[1]}
    assert _lines_then("2022-08")[0] == {}  # no line curated for the months of moving war
    assert len(_lines_then(None)[0]["UA"]) > len(_lines_then("2020-05")[0]["UA"])


def test_a_district_written_still_places_the_village() -> None:
    found = places_in("The OSCE SMM saw damage to two houses in Kamianka, Bakhmut raion, "
                      "Donetsk oblast.")
    village, district = found["Kamianka"].place, found["Bakhmut"].place
    assert village is not None and district is not None
    km = 111 * math.hypot(village.latitude - district.latitude,
                          (village.longitude - district.longitude) * 0.66)
    assert km < 45


def test_distance_to_a_line() -> None:
    segments = ((48.0, 37.0, 48.0, 38.0),)
    assert _km_to_line(48.0, 37.5, segments) == pytest.approx(0.0, abs=1e-6)
    assert _km_to_line(48.1, 37.5, segments) == pytest.approx(11.06, abs=0.1)
    # beyond an end, the distance to that end
    assert _km_to_line(48.0, 39.0, segments) == pytest.approx(74.5, abs=0.5)


def test_line_towns_are_the_gazetteers_own_entries() -> None:
    module = load_script("build_line_of_contact")
    rows = module.read_curated()
    assert len(rows) >= 20
    assert all(row[5].startswith("Wikipedia: ") for row in rows)
    gazetteer = load_gazetteer()
    shipped = [line.split("\t") for line in (
        Path(__file__).resolve().parent.parent / "src" / "eventcoder" / "data"
        / "line_of_contact.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "line\t"))]
    assert [r[2] for r in shipped] == [r[1] for r in rows]
    for row in shipped:
        lat, lon, _gid = module.town_point(gazetteer, row[2], row[3], row[4])
        assert (round(lat, 4), round(lon, 4)) == (float(row[5]), float(row[6]))


def test_curated_rows_are_checked(tmp_path: Path) -> None:
    module = load_script("build_line_of_contact")
    bad = tmp_path / "bad.tsv"
    bad.write_text("order\tname\tcountry\tadmin1\tperiod\tsource\n"
                   "1\tTownA\tUA\tDonetsk\t2015-02/2022-02\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="cites no source"):
        module.read_curated(bad)
    bad.write_text("order\tname\tcountry\tadmin1\tperiod\tsource\n"
                   "2\tTownA\tUA\tDonetsk\t2015-02/2022-02\tWikipedia: TownA\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match="out of order"):
        module.read_curated(bad)


@pytest.mark.skipif("eventcoder.places" in compiled_modules(),
                    reason="a compiled module calls its own functions directly")
def test_the_date_is_looked_for_only_in_a_report_of_such_a_war(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import eventcoder.places as places

    def no_search(text: str) -> str | None:
        raise AssertionError("searched for a date in a report of no such war")

    monkeypatch.setattr(places, "_month_written", no_search)
    assert places_in("On 3 May 2021, a fair was held in Kamianka, Kherson oblast.")[
        "Kamianka"].place is not None
    with pytest.raises(AssertionError, match="searched for a date"):
        places_in("On 3 May 2021, the OSCE SMM heard explosions near Plotyna.")


def test_a_count_is_no_year() -> None:
    assert _month_written("about 2000 rounds fell near the village in May 2021") == "2021-05"
    assert _month_written("about 2000 rounds fell near the village") is None
