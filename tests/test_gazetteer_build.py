"""Rebuilding the gazetteer from a GeoNames dump in the allCountries format, and loading it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.gazetteer import ENV_VAR, load_gazetteer
from eventcoder.gazetteer_build import build_from_geonames_dump

# geonameid, name, asciiname, alternatenames, lat, lon, feature class, feature code, country,
# cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified
ROWS = [
    ("170063", "Aleppo", "Aleppo", "Halab,Ḩalab,حلب", "36.20124", "37.16117", "P", "PPLA", "SY",
     "", "09", "", "", "", "1602264", "", "390", "Asia/Damascus", "2023-01-01"),
    ("999001", "Tall Rifat", "Tall Rifat", "Tal Rifaat,Tell Rifaat", "36.4697", "37.0973", "P",
     "PPL", "SY", "", "09", "", "", "", "20514", "", "450", "Asia/Damascus", "2023-01-01"),
    ("999002", "Kafr Naha", "Kafr Naha", "Kfar Naha", "36.1800", "36.9600", "P", "PPL", "SY", "",
     "09", "", "", "", "90", "", "400", "Asia/Damascus", "2023-01-01"),
    ("170062", "Muhafazat Halab", "Muhafazat Halab", "Aleppo Governorate,Halab", "36.25",
     "37.5", "A", "ADM1", "SY", "", "09", "", "", "", "4867991", "", "400", "Asia/Damascus",
     "2023-01-01"),
    ("169389", "Idlib", "Idlib", "Idleb,Edlib", "35.93062", "36.63393", "P", "PPLA", "SY", "",
     "12", "", "", "", "128840", "", "450", "Asia/Damascus", "2023-01-01"),
    ("999003", "Jabal az Zawiyah", "Jabal az Zawiyah", "Jabal al-Zawiya", "35.70", "36.55",
     "T", "MTS", "SY", "", "12", "", "", "", "0", "", "700", "Asia/Damascus", "2023-01-01"),
    ("999004", "Ain Dara Stream", "Ain Dara Stream", "", "36.45", "36.85", "H", "STM", "SY", "",
     "09", "", "", "", "0", "", "300", "Asia/Damascus", "2023-01-01"),
    ("163843", "Syria", "Syria", "Syrian Arab Republic", "35.0", "38.0", "A", "PCLI", "SY", "",
     "00", "", "", "", "22933531", "", "400", "Asia/Damascus", "2023-01-01"),
]
ADMIN1 = "SY.09\tAleppo\tAleppo\t170062\nSY.12\tIdlib\tIdlib\t169388\n"


def write_dump(folder: Path, *, zipped: bool = True) -> Path:
    text = "".join("\t".join(row) + "\n" for row in ROWS)
    if not zipped:
        path = folder / "allCountries.txt"
        path.write_text(text, encoding="utf-8")
        return path
    path = folder / "allCountries.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("allCountries.txt", text)
        archive.writestr("readme.txt", "GeoNames readme")
    return path


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    dump = write_dump(tmp_path)
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text(ADMIN1, encoding="utf-8")
    out = tmp_path / "gaz.npz"
    counts = build_from_geonames_dump(dump, out, admin1_codes=admin1)
    assert counts["towns"] == 4
    assert counts["admin1"] == 2
    return out


def test_gazetteer_build_from_dump_has_every_village(built: Path) -> None:
    gazetteer = load_gazetteer(str(built))
    village = gazetteer.lookup("Kfar Naha")
    assert [p.name for p in village] == ["Kafr Naha"]
    assert village[0].population == 90
    assert village[0].admin1 == "Aleppo"
    assert {p.geonames_id for p in gazetteer.lookup("Tal Rifaat")} == {999001}


def test_gazetteer_build_from_dump_places_divisions_at_their_seat(built: Path) -> None:
    gazetteer = load_gazetteer(str(built))
    province = gazetteer.admin1("SY", "Aleppo Governorate")
    assert province is not None
    assert (province.latitude, province.longitude) == (36.20124, 37.16117)  # the PPLA town
    idlib = gazetteer.admin1("SY", "Idleb")
    assert idlib is not None and idlib.latitude == pytest.approx(35.93062)


def test_gazetteer_build_from_dump_takes_natural_features(built: Path) -> None:
    gazetteer = load_gazetteer(str(built))
    ranges = gazetteer.lookup("Jabal al-Zawiya")
    assert any(p.feature == "natural" and p.geonames_id == 999003 for p in ranges)
    assert gazetteer.lookup("Ain Dara Stream") == []  # streams are not taken by default
    # The sourced supplement is added to every build.
    assert any(p.feature == "natural" for p in gazetteer.lookup("Hamrin Mountains"))


def test_gazetteer_build_from_dump_sets_country_population(built: Path) -> None:
    gazetteer = load_gazetteer(str(built))
    syria = gazetteer.country("SY")
    assert syria is not None and syria.population == 22933531


def test_gazetteer_build_env_var_selects_user_file(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(built))
    gazetteer = load_gazetteer()
    assert gazetteer.source == str(built)
    assert gazetteer.lookup("Kafr Naha")


def test_gazetteer_build_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="eventcoder gazetteer build"):
        load_gazetteer(str(tmp_path / "absent.npz"))


def test_gazetteer_build_command_from_plain_text_dump(tmp_path: Path) -> None:
    dump = write_dump(tmp_path, zipped=False)
    out = tmp_path / "cli.npz"
    result = CliRunner().invoke(
        main, ["gazetteer", "build", "--from", str(dump), "--out", str(out),
               "--min-population", "100"]
    )
    assert result.exit_code == 0, result.output
    gazetteer = load_gazetteer(str(out))
    assert gazetteer.lookup("Kafr Naha") == []  # 90 inhabitants, below --min-population
    assert gazetteer.lookup("Tall Rifat")


def test_gazetteer_build_lookup_command(built: Path) -> None:
    result = CliRunner().invoke(
        main, ["gazetteer", "lookup", "Tell Rifaat", "--gazetteer", str(built)]
    )
    assert result.exit_code == 0, result.output
    first = json.loads(result.output.splitlines()[0])
    assert first["name"] == "Tall Rifat" and first["country"] == "SY"
    missing = CliRunner().invoke(
        main, ["gazetteer", "lookup", "Nowhere At All", "--gazetteer", str(built)]
    )
    assert missing.exit_code != 0
