"""Write ``src/eventcoder/data/line_of_contact.tsv``: the towns a front line ran through.

Reports of the war in eastern Ukraine (the OSCE SMM's observations of ceasefire violations,
the parties' accounts of who fired at whose positions) name villages that have several
namesakes in the same oblast. An analyst places such a village at the namesake on or near
the line of contact, where the firing and the shelling are. No package ships that line, so
it comes from a curated table, ``line_of_contact_curated.tsv`` beside this script: the towns
the line ran through, in order along it, each row citing the English Wikipedia article that
places the town on the line. The coordinates are not curated: each town's point is the
gazetteer's own entry of that name in that first-level division (the most populous one, of
the towns with a known population: the register villages' points are those of their
hromada's seat). The places stage reads the line as the polyline through these points.

Run: ``python scripts/build_line_of_contact.py`` (no arguments; the gazetteer must be built).
"""

from __future__ import annotations

import logging
from pathlib import Path

from eventcoder.gazetteer import DATA_DIR, Gazetteer, load_gazetteer, name_key
from eventcoder.gazetteer_build import read_curated_tsv

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "line_of_contact_curated.tsv"
OUT = DATA_DIR / "line_of_contact.tsv"
COLUMNS = ["order", "name", "country", "admin1", "period", "source"]
OUT_COLUMNS = ["line", "order", "name", "country", "admin1", "latitude", "longitude",
               "geonames_id", "period", "source"]


def read_curated(path: Path = SOURCE) -> list[list[str]]:
    """The curated rows, checked: a source, an ISO code, a period, orders 1, 2, 3, ..."""
    rows: list[list[str]] = []
    for number, fields in read_curated_tsv(path, COLUMNS):
        order, name, country, _admin1, period, source = fields
        if not source.strip():
            raise ValueError(f"{path}:{number}: {name!r} cites no source")
        if len(country) != 2 or not country.isupper():
            raise ValueError(f"{path}:{number}: bad country for {name!r}")
        if int(order) != sum(1 for r in rows if r[4] == period) + 1:
            raise ValueError(f"{path}:{number}: {name!r} is out of order")
        first, _, last = period.partition("/")
        if len(first) != 7 or len(last) != 7 or first > last:
            raise ValueError(f"{path}:{number}: bad period {period!r}")
        rows.append(fields)
    return rows


def town_point(gazetteer: Gazetteer, name: str, country: str,
               admin1: str) -> tuple[float, float, int]:
    """The point and GeoNames id of the most populous town ``name`` in ``admin1``."""
    best: tuple[int, int] | None = None
    for index in gazetteer.candidates_for_key(name_key(name)):
        if gazetteer.feature_of(index) != "populated_place":
            continue
        place = gazetteer.place(index)
        if place.country != country or place.admin1 != admin1 or not place.population:
            continue
        if best is None or place.population > best[0]:
            best = (place.population, index)
    if best is None:
        raise ValueError(f"no town {name!r} of known population in {admin1}, {country}")
    place = gazetteer.place(best[1])
    return place.latitude, place.longitude, place.geonames_id or 0


def main() -> None:
    """Check the curated table, place each town at its gazetteer entry, write the file."""
    gazetteer = load_gazetteer()
    lines = [
        "# Lines of contact: written by scripts/build_line_of_contact.py from "
        "scripts/line_of_contact_curated.tsv; points from the gazetteer, each row cites "
        "its source.\n",
        "\t".join(OUT_COLUMNS) + "\n",
    ]
    rows = read_curated()
    for order, name, country, admin1, period, source in rows:
        lat, lon, gid = town_point(gazetteer, name, country, admin1)
        line = f"{country}:{period}"
        lines.append("\t".join([line, order, name, country, admin1, f"{lat:.4f}",
                                f"{lon:.4f}", str(gid or ""), period, source]) + "\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    logging.getLogger(__name__).info("wrote %d towns to %s", len(rows), OUT)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
