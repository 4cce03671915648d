"""Build ``src/eventcoder/data/parties.json`` from the curated ``scripts/parties_curated.tsv``.

The table lists political parties, party wings, political movements and national labour
unions that conflict and protest reporting names as the people who protest, riot, are
attacked or are arrested; each row cites the English Wikipedia article its names come
from. This script checks the table (ISO 3166 codes with pycountry, known types, a source
per row, one owner per written form in a country, no form that ``actors.json`` already
gives an armed actor) and writes the JSON the actors stage loads.

Run: ``python scripts/build_parties.py`` (needs ``pip install pycountry``).
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path
from typing import Any

import pycountry  # type: ignore[import-untyped]

log = logging.getLogger("build_parties")

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "scripts" / "parties_curated.tsv"
DATA = ROOT / "src" / "eventcoder" / "data"
COLUMNS = ("countries", "type", "acled_name", "name", "abbrevs", "aliases", "cased", "source")
#: the table's type -> the actor kind the actors stage gives its mentions
KINDS = {"party": "political_party", "party_wing": "political_party",
         "movement": "political_party", "labour_union": "labour_union"}
KNOWN_ISO = {c.alpha_2 for c in pycountry.countries} | {"XK"}  # Kosovo: user-assigned code

ABOUT = (
    "Political parties, party wings, political movements and national labour unions that "
    "conflict and protest reporting names as the people who protest, riot, are attacked or "
    "are arrested. ACLED codes them as associated actors beside the protesters, rioters or "
    "civilians they are among ('Protesters (India)' with 'BJP: Bharatiya Janata Party'). "
    "Each entry: 'name' (the Wikipedia article's), 'acled_name' (ACLED Codebook form "
    "'ABBREVIATION: Full Name'), 'type' (party, party_wing, movement, labour_union), 'kind' "
    "(the actor kind of its mentions), 'countries' (ISO 3166 alpha-2: every written form "
    "applies only in reports about these countries), 'aliases' (matched in any case), "
    "'abbrevs' and 'cased' (matched as written), 'source'. Built by scripts/build_parties.py "
    "from scripts/parties_curated.tsv."
)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def read_table(path: Path) -> list[dict[str, Any]]:
    """The curated rows as entries; raises ValueError on a malformed row."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if tuple(header) != COLUMNS:
        raise ValueError(f"{path}: columns {header}, expected {list(COLUMNS)}")
    entries: list[dict[str, Any]] = []
    for number, row in enumerate(reader, start=2):
        if len(row) != len(COLUMNS):
            raise ValueError(f"{path}:{number}: {len(row)} columns, expected {len(COLUMNS)}")
        cells = dict(zip(COLUMNS, row, strict=True))
        countries = _split(cells["countries"].replace(",", "|"))
        unknown = [c for c in countries if c not in KNOWN_ISO]
        if not countries or unknown:
            raise ValueError(f"{path}:{number}: unknown country codes {unknown or countries}")
        if cells["type"] not in KINDS:
            raise ValueError(f"{path}:{number}: unknown type {cells['type']!r}")
        if not cells["source"].startswith("Wikipedia: "):
            raise ValueError(f"{path}:{number}: the source must name a Wikipedia article")
        entries.append({
            "name": cells["name"],
            "acled_name": cells["acled_name"],
            "type": cells["type"],
            "kind": KINDS[cells["type"]],
            "countries": countries,
            "aliases": _split(cells["aliases"]),
            "abbrevs": _split(cells["abbrevs"]),
            "cased": _split(cells["cased"]),
            "source": cells["source"],
        })
    return entries


def check(entries: list[dict[str, Any]], actors: dict[str, Any]) -> list[str]:
    """Problems: a written form two entries of one country share, or one an armed actor
    of ``actors.json`` already has."""
    problems: list[str] = []
    taken: dict[tuple[str, str], str] = {}
    for entry in entries:
        for form in {entry["name"].lower(), *(a.lower() for a in entry["aliases"]),
                     *entry["abbrevs"], *entry["cased"]}:
            for country in entry["countries"]:
                owner = taken.setdefault((country, form), entry["name"])
                if owner != entry["name"]:
                    problems.append(f"{form!r} in {country}: {owner} and {entry['name']}")
    armed = {form.lower() for actor in actors["actors"]
             for form in (actor["name"], *actor.get("aliases", []), *actor.get("abbrevs", []))}
    for entry in entries:
        for form in (entry["name"], *entry["aliases"], *entry["abbrevs"], *entry["cased"]):
            if form.lower() in armed:
                problems.append(f"{form!r} ({entry['name']}) is an actor of actors.json")
    return problems


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    entries = read_table(TABLE)
    actors = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    problems = check(entries, actors)
    for problem in problems:
        log.error("%s", problem)
    if problems:
        return 1
    out = {
        "about": ABOUT,
        "sources": {
            "wikipedia": "English Wikipedia article named in each entry's 'source'",
            "acled_codebook": "ACLED Codebook: associated actors and the "
                              "'ABBREVIATION: Full Name' naming of organisations",
            "pycountry": f"ISO 3166 country codes checked with pycountry {pycountry.__version__}",
        },
        "parties": entries,
    }
    path = DATA / "parties.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log.info("wrote %s: %d entries", path, len(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
