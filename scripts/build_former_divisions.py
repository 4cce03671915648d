"""Write ``src/eventcoder/data/former_divisions.tsv``: first-level divisions a country had.

Reports and older datasets name divisions that were merged, renamed or abolished:
Pakistan's Federally Administered Tribal Areas (merged into Khyber Pakhtunkhwa in
2018), Nepal's fourteen zones (replaced by seven provinces in 2015), Kenya's eight
provinces (replaced by 47 counties in 2013), Iraq's At Ta'mim (now Kirkuk). GeoNames,
and so the gazetteer, holds only today's divisions. ``countryinfo`` (MIT licence, on
PyPI) ships each country's province list as it stood before those changes; every name
in it that the gazetteer does not know as a division of the same country, under its own
spelling, is written here. No coordinates: such a name only says which division a
report puts its event in.

Run: ``python scripts/build_former_divisions.py`` (no arguments; needs the
``gazetteer`` extra: ``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from eventcoder.gazetteer import load_gazetteer, name_key, strip_division_words
from eventcoder.gazetteer_build import countryinfo_records

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "data" / "former_divisions.tsv"

HEADER = (
    "# First-level divisions that countries had and GeoNames no longer lists.\n"
    "# Source: countryinfo (PyPI, MIT licence), 'provinces' of each country, less the\n"
    "# names the gazetteer knows as a division of the same country.\n"
    "# Written by scripts/build_former_divisions.py; do not edit by hand.\n"
    "iso2\tname\n"
)


def former_divisions() -> list[tuple[str, str]]:
    """(ISO alpha-2, name) for each countryinfo province the gazetteer lacks."""
    gazetteer = load_gazetteer()
    rows: set[tuple[str, str]] = set()
    for iso2, record in countryinfo_records().items():
        current_names = gazetteer.admin1_names(iso2)
        for name in record.get("provinces") or []:
            name = " ".join(str(name).split())
            if not name or "(" in name or "[" in name:
                continue  # "Moskva (Moscow)": a division with its seat, today's anyway
            key = name_key(strip_division_words(name))
            if any(gazetteer.feature_of(i) in ("admin1", "admin2")
                   and gazetteer.country_code_of(i) == iso2
                   for i in gazetteer.candidates_for_key(key)):
                continue  # a name of one of today's divisions
            words = set(key.split())
            if any(set(name_key(current).split()) <= words for current in current_names):
                continue  # today's division under a longer name: Islamabad Capital Territory
            rows.add((iso2, name))
    return sorted(rows)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = former_divisions()
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for iso2, name in rows:
            handle.write(f"{iso2}\t{name}\n")
    log.info("wrote %d former divisions to %s", len(rows), OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
