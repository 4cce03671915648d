"""Write ``src/eventcoder/data/city_divisions.tsv``: cities that are first-level divisions.

ISO 3166-2 lists some cities as first-level subdivisions of their own, beside the
provinces (Serbia's ``RS-00 Beograd``, Taiwan's ``Keelung City``), where GeoNames files
the city as a second-level division of a larger first-level unit that ISO 3166-2 does not
list at all (``Central Serbia``, ``Taiwan``). Conflict datasets follow ISO here: an event
in Belgrade lies in the division Belgrade, not in Central Serbia. This table lists every
such city: the subdivisions of type ``City`` (or another type naming a city) without a
parent in ``pycountry``'s ISO 3166-2 catalogue (PyPI, LGPL) that the gazetteer knows
as a second-level division, and not as a first-level one, of the same country, under a
first-level division that is no ISO 3166-2 subdivision's name. No coordinates: the table
only says which first-level division a place in that city lies in.

Run: ``python scripts/build_city_divisions.py`` (no arguments; needs ``pycountry``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pycountry

from eventcoder.gazetteer import load_gazetteer, name_key, strip_division_words

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "data" / "city_divisions.tsv"

HEADER = (
    "# Cities that ISO 3166-2 lists as first-level subdivisions and GeoNames files as\n"
    "# second-level divisions under a first-level unit that ISO 3166-2 does not list.\n"
    "# Source: pycountry's ISO 3166-2 catalogue (PyPI), matched to the gazetteer's divisions.\n"
    "# Written by scripts/build_city_divisions.py; do not edit by hand.\n"
    "iso2\tadmin1\tadmin2\tcode\n"
)


def _is_city_type(kind: str) -> bool:
    return "city" in kind.lower()


def city_divisions() -> list[tuple[str, str, str, str]]:
    """(ISO alpha-2, GeoNames admin1, GeoNames admin2, ISO 3166-2 code) of each city."""
    gazetteer = load_gazetteer()
    iso_keys: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso_keys.setdefault(sub.country_code, set()).add(
            name_key(strip_division_words(sub.name)))
    rows: set[tuple[str, str, str, str]] = set()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or not _is_city_type(sub.type):
            continue
        iso2 = sub.country_code
        if gazetteer.admin1(iso2, sub.name) is not None:
            continue  # GeoNames has it as a first-level division already
        for place in gazetteer.lookup(sub.name):
            if place.country != iso2 or place.feature != "admin2" or not place.admin1:
                continue
            if name_key(strip_division_words(place.admin1)) in iso_keys.get(iso2, set()):
                continue  # under an ISO division: a city of a province, as ISO has it too
            rows.add((iso2, place.admin1, place.name, sub.code))
    return sorted(rows)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = city_divisions()
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for row in rows:
            handle.write("\t".join(row) + "\n")
    log.info("wrote %d city divisions to %s", len(rows), OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
