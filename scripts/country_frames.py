"""Measure how often an event's country comes out wrong for towns of conflict countries.

Builds short notes in the style of conflict event notes from the bundled gazetteer (no
coded data is read): for towns of each country, invented sentence frames with the town
alone, with its first-level division, or with its country, are run through the extractor;
further frames name only a road, square, camp or quarter of the town, two or three towns
of one province, only the town's district, the town with district, province and country as
terrorism summaries write them, the town in another transliteration, a village with a
larger namesake abroad where only the people of its country are named, a village and
district the gazetteer lacks before the province, the province misspelt by a letter (or
with a letter dropped, before its division word), the country's police near an unknown
area of a district, or of a district it lacks whose name is another country's district, a
summary whose country is another's by a slip (with the town, or a village the gazetteer
lacks, and the province), a camp named after a town abroad in the town, or the town in the
spelling of a namesake abroad with the country's police named, the town alone with the
actors real notes name (a group active in the country, from the actor list; its police;
its state forces), two towns of one province, and a village the gazetteer lacks near the
town; a village in its district of its province, the town with the nearest river, range or
desert of its country, the forces of the town's country and of its neighbour as the two
sides, residents of a displaced people's camp named after the town, the town in a second
transliteration (q as k, a final -ah as -a), the town near the border with its neighbour
(the country of the nearest town abroad), a district seat whose name is a district's
abroad, and engineers of the next conflict country's people abducted near the town, the
town alone with a ransom asked in the country's money or with officials of the word its
country calls a local division by, or a people of it named; the town alone with the
country's police as coders name them (``Police Forces of Y``), its soldiers by their
people's word, officials in its capital, its defence ministry, an armed group active in a
few countries, one of them the town's, or a people of a few countries; and the main
event's country is compared with the town's. Prints the share of wrong and missing
countries per frame and per country, and the misses.

Run: ``python scripts/country_frames.py`` (``--per-country N``, ``--seed S``,
``--misses N``, ``--countries SY,IQ``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np

from eventcoder.actors import NAMED_GROUP_KINDS
from eventcoder.evaluate.metrics import main_event
from eventcoder.gazetteer import (
    DATA_DIR,
    Gazetteer,
    haversine_km,
    load_gazetteer,
    name_key,
)
from eventcoder.pipeline import extract
from eventcoder.places import admin1_words_of
from eventcoder.records import Event

# Countries of the conflicts the event datasets cover most.
CONFLICT_COUNTRIES = (
    "SY", "IQ", "YE", "AF", "PK", "IN", "NG", "ML", "BF", "NE", "SO", "SD", "CD", "CM",
    "MZ", "ET", "MM", "PH", "CO", "MX", "UA", "LB", "LY", "PS", "IL", "TR",
)

# Invented frames: {town}, {admin1}, {country}.
FRAMES: dict[str, str] = {
    "town": "On 3 May 2021, unidentified gunmen killed two civilians in {town}.",
    "village_admin1": (
        "On 3 May 2021, unidentified gunmen killed two civilians in {town} village, "
        "{admin1} province."
    ),
    "near_town": (
        "On 14 June 2021, an IED exploded near a military patrol close to {town}. "
        "No casualties were reported."
    ),
    "protest": "On 9 March 2021, residents of {town} protested against power cuts.",
    "town_admin1_country": (
        "On 21 July 2021, armed men abducted a teacher in {town}, {admin1}, {country}."
    ),
    "area_country": (
        "On 2 August 2021, security forces clashed with militants in {town} area in "
        "{country}, killing three militants."
    ),
    "state_force": (
        "On 5 May 2021, military forces of {country} shelled {town}, wounding a woman."
    ),
    "unknown_village_admin1": (
        "On 11 May 2021, gunmen abducted a farmer in {unknown} village ({admin1}) and "
        "demanded a ransom."
    ),
    "unknown_village_force": (
        "On 18 May 2021, military forces of {country} raided {unknown} village and "
        "arrested four men."
    ),
    # Only for countries that are the home of a group active in several (see _home_groups).
    "unknown_village_group": (
        "On 24 May 2021, {group} militants attacked {unknown} village, killing two civilians."
    ),
    # Protest and riot notes naming only a road, square, camp or quarter of a town.
    "road": "On 6 April 2021, protesters blocked the {town}-{town2} road with burning tyres.",
    "highway": "On 7 April 2021, rioters blocked the {town} highway in both directions.",
    "roundabout": (
        "On 12 April 2021, demonstrators gathered at the {unknown} roundabout in {town} "
        "to protest against fuel prices."
    ),
    "square": "On 13 April 2021, hundreds of people rallied in {unknown} square in {town}.",
    "camp": (
        "On 19 April 2021, displaced people protested in {unknown} camp near {town} over "
        "food rations."
    ),
    "neighbourhood": (
        "On 15 April 2021, gunmen shot dead a shopkeeper in the {unknown} neighbourhood of "
        "{town}."
    ),
    # Two or three places of one province.
    "marched_to": (
        "On 22 April 2021, residents of {town2} and {town3} marched to {town} ({admin2}, "
        "{admin1}) to demand better roads."
    ),
    "between": (
        "On 25 April 2021, two communities clashed between {town} and {town2}, leaving one "
        "man dead."
    ),
    # Only a second-level division named.
    "district_only": "On 27 April 2021, police arrested five suspects in {admin2} district.",
    # A terrorism summary: town, district, province, country.
    "summary": (
        "04/28/2021: Assailants attacked a police checkpoint in {town}, {admin2} district, "
        "{admin1} province, {country}. Two officers were killed."
    ),
    # The town in another transliteration (article, doubled letters, endings, Kh/H, ou/u).
    "variant": "On 30 April 2021, gunmen killed a farmer in {variant}.",
    # A village with a larger namesake abroad, in a note whose people are of its country.
    "namesake_village": (
        "On 2 May 2021, {adjective} police dispersed a sit-in by farmers in {namesake} "
        "village."
    ),
    # A village and its district the gazetteer lacks, with the province as the holder.
    "unknown_village_district_admin1": (
        "On 6 May 2021, residents of {unknown2} marched to {unknown} ({unknown3}, {admin1}) "
        "to demand a new clinic."
    ),
    # A province's name misspelt by one letter, after a camp the gazetteer lacks.
    "misspelt_admin1": (
        "On 8 May 2021, displaced families protested in the {unknown} camp in {admin1_typo}."
    ),
    # A province's name with a letter dropped from a word, before the word the country
    # calls its provinces by ("Kandhar province", "Khyber Pakhtnkhwa province").
    "dropped_letter_admin1": (
        "On 9 May 2021, gunmen abducted a trader in {unknown} village, {admin1_dropped} "
        "{admin1_word}."
    ),
    # A district named with the country's own police, after an area the gazetteer lacks.
    "force_district": (
        "On 10 May 2021, a mob assaulted {country} police personnel near {unknown} area "
        "({admin2} district)."
    ),
    # The country's police near an area of a district the gazetteer lacks, whose name is a
    # district's abroad, with the people of another country named. (Where the gazetteer
    # holds the register of the police's country's villages, a place of that country would
    # have a reading: the district is the one abroad, of the people named.)
    "police_district_abroad": (
        "On 12 May 2021, a crowd of {foreigners} traders attacked {adjective} police "
        "officers near {unknown} area ({abroad} district)."
    ),
    # A terrorism summary whose country is a slip: the town and its province agree.
    "slipped_country": (
        "05/14/2021: Assailants attacked a police checkpoint in {town}, {admin1}, "
        "{other_country}. Two officers were killed."
    ),
    # A camp named after a town abroad, then the town it lies in.
    "camp_named_abroad": (
        "On 16 May 2021, a grenade hit the {abroad_town} refugee camp in {town}, injuring "
        "two refugees."
    ),
    # The town in the spelling of a namesake abroad, with the country's own police named.
    "police_in_spelling_abroad": (
        "On 20 May 2021, {adjective} police arrested three smugglers in {abroad_spelling}."
    ),
    # A summary whose country is a slip, with a village the gazetteer lacks and the province.
    "slipped_country_unknown_village": (
        "05/18/2021: Assailants burned a school in {unknown}, {admin1}, {other_country}. "
        "No casualties were reported."
    ),
    # The town alone with the actors real notes name, never the country: a group active in
    # it (drawn from the actor list), the country's police, its state forces as coders
    # write them.
    "group_town": (
        "On 3 June 2021, {actor} fighters attacked {town}, killing two civilians."
    ),
    "police_town": (
        "On 4 June 2021, {adjective} police arrested two suspected smugglers in {town}."
    ),
    "state_force_town": (
        "On 5 June 2021, Military Forces of {country} clashed with militants in {town}."
    ),
    # Two towns of one province, with no holder.
    "two_towns": (
        "On 6 June 2021, gunmen attacked {town} and {town2}, killing four people."
    ),
    # A village the gazetteer lacks near a named town.
    "near_unknown": (
        "On 7 June 2021, gunmen killed a herder in {unknown} village near {town}."
    ),
    # A village "in X district" of its province, as notes place a village.
    "village_in_district": (
        "On 8 June 2021, gunmen killed a farmer in {town} village in {admin2} district of "
        "{admin1} province."
    ),
    # The town with the nearest river, mountain or desert of its country the gazetteer holds.
    "town_feature": (
        "On 9 June 2021, militants attacked an army post in {town} near the {feature}."
    ),
    # Two sides named by their countries' forces, the second a neighbour's.
    "two_forces": (
        "On 10 June 2021, Military Forces of {country} clashed with Military Forces of "
        "{neighbour} near {town}."
    ),
    # A refugee or displaced people's camp named after the town.
    "camp_of_town": (
        "On 11 June 2021, residents of {town} camp for internally displaced people "
        "protested over water shortages."
    ),
    # The town in a second transliteration (q/k, j/dj, sh/ch, -ah/-a, y/i).
    "variant_other": "On 12 June 2021, unidentified gunmen abducted a trader in {variant2}.",
    # The town near the border with its neighbour.
    "near_border": (
        "On 13 June 2021, smugglers clashed with border guards near {town}, close to the "
        "border with {neighbour}."
    ),
    # People from abroad named by their country, the town's country named by nothing.
    "foreigners_town": (
        "On 15 June 2021, gunmen abducted two {foreign_people} engineers near {town}."
    ),
    # The town alone with a cue of its country that is no place nor actor: the money a
    # ransom is asked in, the word its country calls a local division by, a people of it.
    "currency_town": (
        "On 16 June 2021, kidnappers abducted a trader in {town} and demanded a ransom of "
        "2 million {currency}."
    ),
    "division_word_town": (
        "On 17 June 2021, unidentified gunmen killed two farmers in {town}, {local_word} "
        "officials said."
    ),
    "people_town": (
        "On 18 June 2021, {people} herders clashed with farmers in {town}, killing two."
    ),
    # The town alone with further cues real notes carry: the country's police as coders
    # write them, its soldiers by their people's word, its capital or its ministry named,
    # an armed group active in a few countries one of which is the town's, or a people
    # or a currency of a few countries one of which is the town's.
    "police_forces_town": (
        "On 19 June 2021, Police Forces of {country} arrested three suspects in {town}."
    ),
    "soldiers_town": (
        "On 20 June 2021, {adjective} soldiers killed two suspected militants in {town}."
    ),
    "capital_town": (
        "On 21 June 2021, gunmen killed a trader in {town}, officials in {capital} said."
    ),
    "ministry_town": (
        "On 22 June 2021, militants attacked an army post in {town}, the {adjective} "
        "defence ministry said."
    ),
    "several_group_town": (
        "On 23 June 2021, {several_group} fighters ambushed a convoy near {town}."
    ),
    "shared_cue_town": (
        "On 24 June 2021, {shared_people} herders clashed with farmers in {town}, killing "
        "one."
    ),
    # A district's seat named alone, whose name is also a district's abroad.
    "seat_district_abroad": (
        "On 14 June 2021, gunmen attacked the police station in {seat} town."
    ),
}

# Frames needing a field that not every town has (a district, other towns of its province,
# another spelling); the frame is left out for a town without it.
NEEDS = {
    "road": ("town2",), "marched_to": ("town2", "town3", "admin2"), "between": ("town2",),
    "district_only": ("admin2",), "summary": ("admin2",), "variant": ("variant",),
    "namesake_village": ("namesake", "adjective"), "misspelt_admin1": ("admin1_typo",),
    "dropped_letter_admin1": ("admin1_dropped",),
    "force_district": ("admin2",),
    "police_district_abroad": ("adjective", "abroad", "foreigners"),
    "camp_named_abroad": ("abroad_town",),
    "police_in_spelling_abroad": ("adjective", "abroad_spelling"),
    "group_town": ("actor",), "police_town": ("adjective",), "two_towns": ("town2",),
    "village_in_district": ("admin2",), "town_feature": ("feature",),
    "two_forces": ("neighbour",), "variant_other": ("variant2",), "near_border": ("neighbour",),
    "seat_district_abroad": ("seat",), "foreigners_town": ("foreign_people",),
    "currency_town": ("currency",), "division_word_town": ("local_word",),
    "people_town": ("people",),
    "soldiers_town": ("adjective",), "capital_town": ("capital",),
    "ministry_town": ("adjective",), "several_group_town": ("several_group",),
    "shared_cue_town": ("shared_people",),
}

# Syllables of invented village names that no gazetteer holds.
SYLLABLES = ("ka", "lo", "mu", "zan", "bir", "te", "gu", "ro", "shi", "dal", "nek", "po")


class Case(NamedTuple):
    """One invented note, the frame it fills and the country of its town."""

    frame: str
    country: str
    town: str
    text: str


def _by_country(gazetteer: Gazetteer, countries: Sequence[str]) -> dict[str, list[int]]:
    wanted = set(countries)
    found: dict[str, list[int]] = {c: [] for c in countries}
    for index in range(len(gazetteer)):
        if gazetteer.feature_of(index) != "populated_place":
            continue
        country = gazetteer.country_code_of(index)
        if country not in wanted or gazetteer.admin1_of(index) < 0:
            continue
        if gazetteer.is_post_office_village(index):
            # (India's post-office villages, read only where a note points to India and in
            # the district it names: tests/test_places_post_office_villages.py)
            continue
        found[country].append(index)
    return found


def _home_groups() -> dict[str, str]:
    """A named group of the bundled actor list per home country, for groups active in
    several countries (their home is the first of ``operates_in``)."""
    actors = json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8"))["actors"]
    found: dict[str, str] = {}
    for actor in actors:
        theatre = actor.get("operates_in") or []
        if len(theatre) > 1 and actor["name"] not in actor.get("countries_for", {}):
            # (not a name that many groups bear, read only in some countries' reports)
            found.setdefault(theatre[0], actor["name"])
    return found


def _several_groups() -> dict[str, list[str]]:
    """The named armed groups of the bundled actor list active in a few countries, for
    each of those countries."""
    actors = json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8"))["actors"]
    found: dict[str, list[str]] = {}
    for actor in actors:
        theatre = actor.get("operates_in") or []
        if len(theatre) > 1 and actor["name"] not in actor.get("countries_for", {}):
            for country in theatre:
                found.setdefault(country, []).append(actor["name"])
    return found


def _capitals() -> dict[str, str]:
    """Each country's capital, as the bundled list names it."""
    path = DATA_DIR / "capitals.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:] if len(row) > 1 and row[1]}


def _country_groups() -> dict[str, list[str]]:
    """The named armed groups of the bundled actor list active in each country (rebels,
    political and identity militias), in the list's order."""
    actors = json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8"))["actors"]
    found: dict[str, list[str]] = {}
    for actor in actors:
        if actor["kind"] not in NAMED_GROUP_KINDS or (
                actor["name"] in actor.get("countries_for", {})):
            continue
        theatre = set(actor.get("operates_in") or []) | (
            {actor["country"]} if actor.get("country") else set())
        for country in sorted(theatre):
            found.setdefault(country, []).append(actor["name"])
    return found


_ARTICLES = ("al-", "al ", "el-", "el ", "ad-", "ad ", "an-", "an ", "ar-", "ar ", "as-",
             "as ", "ash-", "ash ", "at-", "at ", "az-", "az ")
_ARABIC_COUNTRIES = frozenset({"SY", "IQ", "YE", "LB", "LY", "PS", "SD"})


def variant_spelling(name: str, country: str) -> str | None:
    """The name in another transliteration reports use, or None where none applies: the
    article dropped or added, a doubled letter single, -iyah as -iya, Kh as H, ou as u."""
    lower = name.lower()
    for article in _ARTICLES:
        if lower.startswith(article) and len(name) > len(article) + 3:
            return name[len(article):]
    for old, new in (("iyah", "iya"), ("iyeh", "iya"), ("iya", "iyah")):
        if lower.endswith(old):
            return name[: -len(old)] + new
    doubled = re.search(r"([a-z])\1", name)
    if doubled:
        return name[: doubled.start()] + name[doubled.end() - 1:]
    if name.startswith("Kh"):
        return "H" + name[2:]
    if "ou" in name:
        return name.replace("ou", "u", 1)
    if country in _ARABIC_COUNTRIES and " " not in name and "-" not in name:
        return "al-" + name
    return None


# How long the longest word of a province's name must be for a one-letter slip in it to
# be a frame: shorter words one letter off are other names by chance.
_TYPO_MIN_LETTERS = 7


def misspelt(name: str) -> str | None:
    """The name with an "n" slipped into the middle of its longest word ("Jalisco" as
    "Jalnisco"), or None where that word is short or the slip would double a letter."""
    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return None
    word = max(words, key=len)
    middle = len(word) // 2
    if len(word) < _TYPO_MIN_LETTERS or "n" in (word[middle - 1].lower(), word[middle].lower()):
        return None
    at = re.search(rf"\b{word}\b", name)
    if at is None:
        return None
    return name[:at.start() + middle] + "n" + name[at.start() + middle:]


def dropped_letter(name: str) -> str | None:
    """The name with one letter of a word of five letters or more dropped, nearest the
    middle of the longest such word, such that the name's key is one letter off its own
    ("Kandahar" as "Kandhar", "Khyber Pakhtunkhwa" as "Khyber Pakhtnkhwa"), no key of its
    own and ``_TYPO_MIN_LETTERS`` long at least; or None."""
    key = name_key(name)
    words = sorted(re.finditer(r"[A-Za-z]{5,}", name), key=lambda m: -len(m.group()))
    for word in words:
        middle = (word.start() + word.end()) // 2
        for at in sorted(range(word.start() + 1, word.end() - 1),
                         key=lambda i: abs(i - middle)):
            slipped = name[:at] + name[at + 1:]
            slipped_key = name_key(slipped)
            if _levenshtein(slipped_key, key) == 1 and len(slipped_key.replace(" ", "")) >= (
                    _TYPO_MIN_LETTERS) and not load_gazetteer().has_key(slipped_key):
                return slipped
    return None


def _levenshtein(a: str, b: str) -> int:
    """The edit distance between two strings."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (letter != other)))
        previous = current
    return previous[-1]


_DIVISION_WORDS = ("province", "state", "region", "governorate", "department")


def division_word(country: str) -> str:
    """The word ``country`` calls its first-level divisions by, of the usual English ones
    ("state" for Nigeria), else "province"."""
    own = admin1_words_of(country)
    return next((word for word in _DIVISION_WORDS if word in own), "province")


def _adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """A word for each country's people or things ("Syrian"), the shortest the gazetteer
    knows that is no plural."""
    found: dict[str, str] = {}
    names = [(word, iso) for word, iso in gazetteer.demonyms.items()]
    names += [(name.lower(), iso) for name, iso in gazetteer.meta["country_names"].items()
              if iso not in {i for _, i in names if len(_) >= 5}]
    for word, iso in names:
        if (not (word.isalpha() and word.isascii()) or len(word) < 5 or word.endswith("s")
                or word == gazetteer.country_name(iso).lower()):
            continue
        if iso not in found or len(word) < len(found[iso]):
            found[iso] = word
    return {iso: word.capitalize() for iso, word in found.items()}


def _larger_namesake_abroad(gazetteer: Gazetteer, index: int) -> bool:
    """Whether a town abroad larger than the town at ``index`` shares its name's key."""
    country = gazetteer.country_code_of(index)
    population = gazetteer.population_of(index)
    return any(
        gazetteer.country_code_of(other) != country
        and gazetteer.feature_of(other) == "populated_place"
        and gazetteer.population_of(other) > population
        for other in gazetteer.candidates_for_key(name_key(gazetteer.name_of(index)))
    )


_CITY = 100_000


def _spelling_abroad(gazetteer: Gazetteer, index: int) -> str | None:
    """The own name of a town abroad spelled otherwise than the town at ``index`` but with
    the same key ("Kataba" for Yemen's Qa'tabah), or None where there is none. Not a city
    of 100,000 or more, which a note naming it means whatever police it names."""
    name = gazetteer.name_of(index)
    key = name_key(name)
    country = gazetteer.country_code_of(index)
    for other in gazetteer.candidates_for_key(key):
        spelling = gazetteer.name_of(other)
        if (gazetteer.country_code_of(other) != country
                and gazetteer.feature_of(other) == "populated_place"
                and gazetteer.population_of(other) < _CITY
                and name_key(spelling) == key and spelling.isascii()
                and gazetteer.folded_name(other) != gazetteer.folded_name(index)):
            return spelling
    return None


def _districts(gazetteer: Gazetteer) -> list[int]:
    """The second-level divisions of the gazetteer, in index order."""
    return [i for i in range(len(gazetteer)) if gazetteer.feature_of(i) == "admin2"]


def _district_abroad(gazetteer: Gazetteer, districts: Sequence[int], country: str,
                     rng: random.Random) -> tuple[str, str]:
    """A district of another country whose name has no reading in ``country``, and that
    country's code."""
    while True:
        index = rng.choice(districts)
        name = gazetteer.name_of(index)
        other = gazetteer.country_code_of(index)
        if other != country and name.isascii() and not any(
                gazetteer.country_code_of(i) == country
                for i in gazetteer.candidates_for_key(name_key(name))):
            return name, other


_SECOND_SPELLINGS = (("q", "k"), ("Q", "K"), ("dj", "j"), ("ah", "a"), ("ay", "ai"),
                     ("ee", "i"), ("u", "ou"))


def second_variant_spelling(name: str) -> str | None:
    """The name in a second transliteration, other than ``variant_spelling``'s: q as k, dj
    as j, a final -ah as -a, ay as ai, ee as i, u as ou (the first that applies, once), or
    None."""
    for old, new in _SECOND_SPELLINGS:
        if old == "ah":
            if name.endswith("ah") and len(name) > 4:
                return name[:-2] + "a"
            continue
        at = name.find(old, 1)
        if at > 0:
            return name[:at] + new + name[at + len(old):]
    return None


class _Feature(NamedTuple):
    name: str
    country: str
    latitude: float
    longitude: float


def _natural_features() -> list[_Feature]:
    """The bundled rivers, mountains, deserts and lakes, with their country."""
    found: list[_Feature] = []
    path = DATA_DIR / "natural_features.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[2:]:
        name, _alternates, country, latitude, longitude, kind = line.split("\t")[:6]
        if kind in {"river", "mountains", "desert", "lake", "valley", "plain"}:
            found.append(_Feature(name, country, float(latitude), float(longitude)))
    return found


def _nearest_feature(features: Sequence[_Feature], country: str, latitude: float,
                     longitude: float) -> str | None:
    """The name of the natural feature of ``country`` nearest the point, within 150 km."""
    best: tuple[float, str] | None = None
    for feature in features:
        if feature.country != country:
            continue
        km = haversine_km(latitude, longitude, feature.latitude, feature.longitude)
        if km < 150 and (best is None or km < best[0]):
            best = (km, feature.name)
    return best[1] if best else None


class _Towns(NamedTuple):
    """The populated places of the gazetteer as arrays, for the nearest one abroad."""

    latitude: np.ndarray
    longitude: np.ndarray
    country: np.ndarray


def _towns_arrays(gazetteer: Gazetteer) -> _Towns:
    """Every populated place's position and country, as arrays."""
    latitudes: list[float] = []
    longitudes: list[float] = []
    countries: list[str] = []
    for index in range(len(gazetteer)):
        if gazetteer.feature_of(index) != "populated_place":
            continue
        latitude, longitude = gazetteer.coordinates_of(index)
        latitudes.append(latitude)
        longitudes.append(longitude)
        countries.append(gazetteer.country_code_of(index))
    return _Towns(np.array(latitudes), np.array(longitudes), np.array(countries))


def _neighbour(towns: _Towns, country: str, latitude: float, longitude: float) -> str:
    """The country of the nearest populated place abroad (a plane distance is enough)."""
    abroad = towns.country != country
    squared = ((towns.latitude - latitude) ** 2
               + ((towns.longitude - longitude) * np.cos(np.radians(latitude))) ** 2)
    squared[~abroad] = np.inf
    return str(towns.country[int(np.argmin(squared))])


def _seat_with_district_abroad(gazetteer: Gazetteer, index: int) -> str | None:
    """The town's name where a district of another country bears it, or None."""
    name = gazetteer.name_of(index)
    country = gazetteer.country_code_of(index)
    for other in gazetteer.candidates_for_key(name_key(name)):
        if (gazetteer.feature_of(other) == "admin2"
                and gazetteer.country_code_of(other) != country):
            return name
    return None


def _cue_rows() -> Iterator[tuple[str, str, list[str]]]:
    """The bundled country cues: each word, its kind and the countries it names."""
    path = DATA_DIR / "country_cues.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, codes = line.split("\t")[:3]
        yield word, kind, codes.split(",")


def _shared_people() -> dict[str, str]:
    """A people of the bundled country cues that lives in a few countries, for each of
    them: of those naming it, the one naming most countries, first in the list."""
    found: dict[str, tuple[int, str]] = {}
    for word, kind, countries in _cue_rows():
        if kind != "people" or len(countries) < 2:
            continue
        for country in countries:
            if country not in found or len(countries) > found[country][0]:
                found[country] = (len(countries), word)
    return {country: word for country, (_, word) in found.items()}


def _country_cue_words() -> dict[tuple[str, str], str]:
    """A word of each kind of the bundled country cues (a currency, a division word) per
    country: of those naming it, the one naming fewest countries, first in the list."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for word, kind, countries in _cue_rows():
        for country in countries:
            if (country, kind) not in found or len(countries) < found[country, kind][0]:
                found[country, kind] = (len(countries), word)
    return {key: word for key, (_, word) in found.items()}


def _unknown_name(gazetteer: Gazetteer, rng: random.Random) -> str:
    """An invented village name that is no key of the gazetteer."""
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        if not gazetteer.has_key(name_key(name)):
            return name


def cases(
    gazetteer: Gazetteer,
    *,
    countries: Sequence[str] = CONFLICT_COUNTRIES,
    per_country: int = 20,
    seed: int = 0,
    frames: Sequence[str] = tuple(FRAMES),
) -> Iterator[Case]:
    """Notes for ``per_country`` towns of each country, each in every frame."""
    rng = random.Random(seed)
    # Other towns of a province are drawn apart, so that the first frames' notes stay those
    # of earlier versions for a seed.
    other_rng = random.Random(seed + 7919)
    unknown_rng = random.Random(seed + 104729)  # the further unknown names, drawn apart too
    abroad_rng = random.Random(seed + 1299709)  # districts abroad, drawn apart too
    districts = _districts(gazetteer) if "police_district_abroad" in frames else []
    registered = gazetteer.post_office_countries()  # countries whose villages it holds
    # towns of the next conflict country, for camps named after a town abroad
    camp_rng = random.Random(seed + 15485863)
    towns = _by_country(gazetteer, countries)
    groups = _home_groups()
    country_groups = _country_groups()
    actor_rng = random.Random(seed + 32452843)  # the group named with the town, drawn apart
    adjectives = _adjectives(gazetteer)
    features = _natural_features()
    cue_words = _country_cue_words()
    several_groups = _several_groups()
    several_rng = random.Random(seed + 49979687)  # the group of a few countries, drawn apart
    capitals = _capitals()
    shared_people = _shared_people()
    all_towns = _towns_arrays(gazetteer) if (
        "two_forces" in frames or "near_border" in frames) else None
    for country in countries:
        pool = towns[country]
        chosen = rng.sample(pool, min(per_country, len(pool)))
        country_name = gazetteer.country_name(country)
        for index in chosen:
            place = gazetteer.place(index)
            if not place.admin1:
                continue
            unknown = _unknown_name(gazetteer, rng)
            neighbours = [
                gazetteer.place(i).name for i in pool
                if i != index and gazetteer.admin1_of(i) == gazetteer.admin1_of(index)
            ]
            others = other_rng.sample(neighbours, min(2, len(neighbours)))
            fields = {
                "town2": others[0] if others else None,
                "town3": others[1] if len(others) > 1 else None,
                "admin2": place.admin2,
                "variant": variant_spelling(place.name, country),
                "namesake": place.name if _larger_namesake_abroad(gazetteer, index) else None,
                "adjective": adjectives.get(country),
                "admin1_typo": misspelt(place.admin1),
                "admin1_dropped": dropped_letter(place.admin1)
                if "dropped_letter_admin1" in frames else None,
                "admin1_word": division_word(country),
                "unknown2": _unknown_name(gazetteer, unknown_rng),
                "unknown3": _unknown_name(gazetteer, unknown_rng),
                "abroad": None,
                "foreigners": None,
                "actor": actor_rng.choice(country_groups[country])
                if country_groups.get(country) else None,
                "abroad_spelling": _spelling_abroad(gazetteer, index)
                if "police_in_spelling_abroad" in frames else None,
            }
            latitude, longitude = gazetteer.coordinates_of(index)
            fields["feature"] = _nearest_feature(features, country, latitude, longitude)
            fields["variant2"] = second_variant_spelling(place.name)
            fields["neighbour"] = gazetteer.country_name(
                _neighbour(all_towns, country, latitude, longitude)) if all_towns else None
            fields["seat"] = _seat_with_district_abroad(gazetteer, index)
            fields["currency"] = cue_words.get((country, "currency"))
            fields["local_word"] = cue_words.get((country, "division"))
            fields["people"] = cue_words.get((country, "people"))
            fields["capital"] = capitals.get(country)
            fields["several_group"] = several_rng.choice(several_groups[country]) if (
                several_groups.get(country)) else None
            fields["shared_people"] = shared_people.get(country)
            following = countries[(countries.index(country) + 1) % len(countries)]
            fields["foreign_people"] = adjectives.get(following) if following != country else None
            fields["other_country"] = gazetteer.country_name(
                following if following != country else "KE")
            if "camp_named_abroad" in frames and towns[following] and following != country:
                fields["abroad_town"] = gazetteer.place(camp_rng.choice(towns[following])).name
            else:
                fields["abroad_town"] = None
            district_country = country
            if districts:
                abroad, other = _district_abroad(gazetteer, districts, country, abroad_rng)
                fields["abroad"] = abroad
                fields["foreigners"] = adjectives.get(other)
                if country in registered:
                    district_country = other
            for frame in frames:
                if "{group}" in FRAMES[frame] and country not in groups:
                    continue
                if any(not fields[need] for need in NEEDS.get(frame, ())):
                    continue
                text = FRAMES[frame].format(
                    town=place.name, admin1=place.admin1, country=country_name,
                    unknown=unknown, group=groups.get(country, ""), **fields,
                )
                yield Case(frame, district_country if frame == "police_district_abroad"
                           else country, place.name, text)


def predicted_country(text: str) -> str | None:
    """The country of the main event extracted from ``text``."""
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    if event is None or event.location is None:
        return None
    return event.location.country


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-country", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--misses", type=int, default=40)
    parser.add_argument("--countries", default=",".join(CONFLICT_COUNTRIES))
    parser.add_argument("--frames", default=",".join(FRAMES))
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer()
    countries = [c.strip().upper() for c in args.countries.split(",") if c.strip()]
    totals: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    by_country_bad: Counter[str] = Counter()
    misses: list[tuple[Case, str | None]] = []
    for case in cases(
        gazetteer, countries=countries, per_country=args.per_country, seed=args.seed,
        frames=[f.strip() for f in args.frames.split(",") if f.strip()],
    ):
        got = predicted_country(case.text)
        totals[case.frame] += 1
        by_country[case.country] += 1
        if got == case.country:
            continue
        by_country_bad[case.country] += 1
        if got is None:
            missing[case.frame] += 1
        else:
            wrong[case.frame] += 1
        misses.append((case, got))
    print("frame\tn\twrong\tmissing")
    for frame, n in totals.items():
        print(f"{frame}\t{n}\t{wrong[frame] / n:.1%}\t{missing[frame] / n:.1%}")
    n = sum(totals.values())
    print(f"all\t{n}\t{sum(wrong.values()) / n:.1%}\t{sum(missing.values()) / n:.1%}")
    print("country\tn\tnot right")
    for country, count in by_country.most_common():
        print(f"{country}\t{count}\t{by_country_bad[country] / count:.1%}")
    for case, got in misses[: args.misses]:
        print(f"{case.country}->{got}\t{case.frame}\t{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
