"""Numbers and casualties: read counts as written and who was killed, wounded, detained or abducted.

Two layers. :func:`parse_number` reads one number expression ("1,200", "twenty-two",
"one hundred and five", "a dozen", "at least 5", "dozens of", "30-40") into a
value with its bounds and qualifier; vague amounts follow the conventions ACLED
coders state in their notes (see ``docs/casualties.md``). The stage
:func:`find_casualties` reads each sentence as tokens, finds casualty triggers
("killed", "were wounded", "the death of", "no injuries") and the noun phrase of
who suffered them, in either voice and order, and records a
:class:`~eventcoder.mentions.CasualtyMention` with spans into ``Doc.text``.
:func:`eventcoder.casualties.combine_casualties` merges mentions into per-party
counts without double counting.
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import Any, Literal

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.dates import date_words
from eventcoder.document import split_sentences
from eventcoder.mentions import (
    CasualtyMention,
    Chunks,
    Doc,
    Quantity,
    doc_chunks,
    replace_doc,
    span_chunks,
)
from eventcoder.places import PLACE_NOUNS, site_words
from eventcoder.records import slot_init
from eventcoder.registry import stage
from eventcoder.revisions import TOLL_CHANGED

__all__ = [
    "Number",
    "combine_casualties",
    "find_casualties",
    "find_casualty_mentions",
    "find_quantities",
    "parse_number",
    "total_fatalities",
]

QualifierName = Literal["exact", "at_least", "at_most", "approximately", "zero", "unknown"]
Kind = Literal["killed", "wounded", "detained", "abducted"]

# ---------------------------------------------------------------------------
# Lexicons (data files, loaded once per process)


def _load(name: str) -> dict[str, Any]:
    data = json.loads(files("eventcoder").joinpath("data", name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The number lexicon: cardinals, scales, ordinals, fixed and vague phrases, qualifiers."""

    cardinals: dict[str, int]
    scales: dict[str, int]
    ordinals: dict[str, int]
    fixed: dict[tuple[str, ...], int]
    vague: dict[tuple[str, ...], int]
    qualifiers: dict[tuple[str, ...], str]
    below_bound: frozenset[tuple[str, ...]]
    months: frozenset[str]
    first_words: frozenset[str]  # any word that can start a number expression


@functools.cache
def number_words() -> NumberWords:
    """Load ``data/number_words.json`` once per process."""
    raw = _load("number_words.json")
    fixed = {tuple(k.split()): int(v) for k, v in raw["fixed_phrases"].items()}
    vague = {tuple(k.split()): int(v) for k, v in raw["vague"].items()}
    qualifiers = {tuple(k.split()): str(v) for k, v in raw["qualifiers"].items()}
    cardinals = {k: int(v) for k, v in raw["cardinals"].items()}
    scales = {k: int(v) for k, v in raw["scales"].items()}
    first = {p[0] for p in (*fixed, *vague, *qualifiers)} | set(cardinals) | {"between", "a"}
    return NumberWords(
        cardinals=cardinals,
        scales=scales,
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        fixed=fixed,
        vague=vague,
        qualifiers=qualifiers,
        below_bound=frozenset(tuple(p.split()) for p in raw["below_bound"]),
        months=frozenset(raw["months"]),
        first_words=frozenset(first),
    )


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: Kind
    form: str  # past, ing, present, intrans, noun, toll, casualties


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    """Casualty triggers and the word classes the noun-phrase reader needs."""

    words: dict[str, Trigger]
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger, bool]]]  # first word -> phrases
    casualty_nouns: frozenset[str]
    noun_of_heads: frozenset[str]
    aux: frozenset[str]
    passive_aux: frozenset[str]
    negators: frozenset[str]
    det_one: frozenset[str]
    det_def: frozenset[str]
    pron_one: frozenset[str]
    pron_many: frozenset[str]
    nobody: frozenset[str]
    np_stop: frozenset[str]
    generic: frozenset[str]
    plural_words: frozenset[str]
    article_singular: frozenset[str]
    singular_s: frozenset[str]
    animals: frozenset[str]
    perpetrators: frozenset[str]
    non_person: frozenset[str]
    age_units: frozenset[str]
    shares: frozenset[str]
    zero_words: frozenset[str]
    report_nouns: frozenset[str]
    series_nouns: frozenset[str] = frozenset()  # "one of three related attacks"
    # heads that name their group after them ("two soldiers from the Iraqi army"), and
    # heads that do only when said to belong ("persons suspected of belonging to ISIS")
    member_heads: frozenset[str] = frozenset()
    suspect_heads: frozenset[str] = frozenset()
    # ranks within a group ("including two of its leaders"): of the group just counted
    rank_heads: frozenset[str] = frozenset()
    # where a wound was ("shot in the leg"): no one hurt
    body_parts: frozenset[str] = frozenset()
    # verbs that wound where a body part struck follows: "was shot in the leg"
    struck_where: frozenset[str] = frozenset()
    # those who fly a craft: "the pilot was shot down" tells the craft downed, not a death
    aircrew: frozenset[str] = frozenset()
    # what people die of that no one dealt: "died of coronavirus", "died from an illness"
    natural_causes: frozenset[str] = frozenset()


@functools.cache
def casualty_lexicon() -> CasualtyLexicon:
    """Load ``data/casualty_lexicon.json`` once per process."""
    raw = _load("casualty_lexicon.json")
    words: dict[str, Trigger] = {}
    for kind, forms in raw["triggers"].items():
        for form, items in forms.items():
            for w in items:
                words.setdefault(w, Trigger(kind, form))
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger, bool]]] = {}
    for p in raw["phrases"]:
        seq = tuple(p["words"])
        phrases.setdefault(seq[0], []).append(
            (seq, Trigger(p["kind"], p["form"]), bool(p.get("after_verb", False)))
        )
    for seqs in phrases.values():
        seqs.sort(key=lambda item: -len(item[0]))

    def fs(key: str) -> frozenset[str]:
        return frozenset(raw[key])

    return CasualtyLexicon(
        words=words,
        phrases=phrases,
        casualty_nouns=fs("casualty_nouns"),
        noun_of_heads=fs("noun_of_heads"),
        aux=fs("aux"),
        passive_aux=fs("passive_aux"),
        negators=fs("negators"),
        det_one=fs("determiners_one"),
        det_def=fs("determiners_def"),
        pron_one=fs("pronouns_one"),
        pron_many=fs("pronouns_many"),
        nobody=fs("nobody"),
        np_stop=fs("np_stop"),
        generic=fs("generic_party"),
        plural_words=fs("plural_words"),
        article_singular=fs("article_singular"),
        singular_s=fs("singular_s"),
        animals=fs("animals"),
        perpetrators=fs("perpetrators"),
        non_person=fs("non_person_heads"),
        age_units=fs("age_units"),
        shares=fs("event_shares"),
        zero_words=fs("zero_words"),
        report_nouns=fs("report_nouns"),
        series_nouns=fs("series_nouns"),
        member_heads=fs("member_heads"),
        suspect_heads=fs("suspect_heads"),
        rank_heads=fs("rank_heads"),
        body_parts=fs("body_parts"),
        struck_where=frozenset(raw["struck_where_verbs"]["verbs"]),
        aircrew=fs("aircrew_heads"),
        natural_causes=fs("natural_causes"),
    )


# ---------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?![A-Za-z])"  # initialisms: "no U.S. forces" is one phrase
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # words, with apostrophes and hyphens
    r"|\d{1,3}(?:,\d{3})+(?!\d|,\d)"  # 1,200 / 12,000,000 (and "668,160, the")
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])"  # 2.000 (thousands, European style)
    r"|\d+(?:\.\d+)?"  # 25 / 2.5
    r"|\S"
)
# The same tokens in ASCII text, where classes of ASCII letters and digits find them a third
# faster than Unicode categories do (not re.ASCII, which would change what "\S" matches).
_ASCII_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?![A-Za-z])"
    r"|[A-Za-z]+(?:['’\-][A-Za-z]+)*"
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|,[0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9.])"
    r"|[0-9]+(?:\.[0-9]+)?"
    r"|\S"
)
# Each token with the blank before it: every character that is not blank starts a token
# (the last alternative is "\S"), so the blanks are all that lies between tokens, and the
# offsets follow from the lengths; one ``findall`` gives them without a match object each.
_GAP_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
_ASCII_GAP_TOKEN = re.compile(rf"(\s*)({_ASCII_TOKEN.pattern})")
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "*"})
#: Tokens a noun phrase read leftwards from a casualty word never starts at.
_NOT_NP_START = frozenset({"least", "than", "to", "many", "as", "of", "-"}) | _QUOTES
#: Words that take a share of people told before: "most of the victims", "half of them".
_SHARE_OF = frozenset({"most", "half"})
#: Where the people a verb tells of were, between them and the verb: "a man in the car",
#: "a guard at the gate", "a passenger aboard the bus".
_WHERE_THEY_WERE = frozenset({"in", "inside", "aboard", "on", "at", "near", "outside"})
_PLACE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


@dataclass(slots=True)
class _Tokens:
    raw: list[str]
    low: list[str]
    start: list[int]
    end: list[int]
    #: Tokens of a number the text set in brackets ("(9)"), their brackets dropped.
    bracketed: frozenset[int] = frozenset()
    #: Tokens of digits whose thousands follow after one blank ("1 250 wanted persons").
    spaced_thousands: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.raw)


def _tokenize(text: str, offset: int, end: int, chunks: Chunks | None = None) -> _Tokens:
    """The tokens of ``text[offset:end]``; ``chunks``, where given, are the whole text's
    (``text_chunks(text)``), read once per document."""
    raw: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pattern = _ASCII_GAP_TOKEN if text.isascii() else _GAP_TOKEN
    # No token holds a blank, and every character that is not blank is in one, so a text's
    # tokens are those of its blank-separated chunks, each read alone (what follows a chunk
    # is a blank or the end, which every look-ahead of the pattern reads alike). A chunk of
    # letters only, or of digits only, is one token: no match of the pattern is needed.
    offsets, words = span_chunks(text, chunks, offset, end)
    for at, chunk in zip(offsets, words, strict=True):
        if chunk.isalpha() or chunk.isdecimal():
            starts.append(at)
            raw.append(chunk)
            ends.append(at + len(chunk))
            continue
        pos = at
        for _gap, token in pattern.findall(text, at, at + len(chunk)):
            starts.append(pos)
            raw.append(token)
            pos += len(token)
            ends.append(pos)
    bracketed: frozenset[int] = frozenset()
    if text.find("(", offset, end) >= 0:
        raw, starts, ends = _unbracketed_numbers(raw, starts, ends)
        bracketed = _after_brackets(text, offset, end, raw, starts)
    if text.find('"', offset, end) >= 0 or text.find("\u201c", offset, end) >= 0:
        raw, starts, ends = _unquoted_words(raw, starts, ends)
    low = [t.lower() for t in raw]
    if "guard" in text[offset:end].lower():
        raw, low, starts, ends = _closed_compounds(raw, low, starts, ends)
    spaced: frozenset[int] = frozenset()
    if (not text.isascii() or _SPACED_FIGURE.search(text, offset, end) is not None) and \
            _SPACED_THOUSANDS.search(text, offset, end) is not None:
        heads = {m.start() for m in _SPACED_THOUSANDS.finditer(text, offset, end)}
        spaced = frozenset(k for k, at in enumerate(starts) if at in heads)
    return _Tokens(raw, low, starts, ends, bracketed, spaced)


# "1 250 wanted persons", "1 250 detained": a figure of one to three digits, then its
# thousands after one blank and a word on the same line; not a cell of a row of figures
# ("Kirkuk 12 340"), nor a day and a figure ("on 5 May 2024 150 ...": a figure before it)
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,])(?<![\d.,][ \u00a0\u202f])\b\d{1,3}[ \u00a0\u202f]\d{3}[ \u00a0\u202f]"
    r"(?=[^\W\d_])")
#: The digits and blank every match of ``_SPACED_THOUSANDS`` in ASCII text holds, where
#: "\d" is a digit 0-9: a search that skips to digits, where the whole pattern is tried at
#: every character.
_SPACED_FIGURE = re.compile(r"[0-9] [0-9]{3} ")


#: Words of one noun some reports write apart: "body guards" are bodyguards.
_OPEN_COMPOUNDS = {("body", "guard"): "bodyguard", ("body", "guards"): "bodyguards"}


def _closed_compounds(raw: list[str], low: list[str], starts: list[int], ends: list[int]
                      ) -> tuple[list[str], list[str], list[int], list[int]]:
    """Read a noun written as two words ("two of his body guards") as the one word it is
    ("bodyguards"): one token over both."""
    out_raw: list[str] = []
    out_low: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    k = 0
    while k < len(raw):
        joined = _OPEN_COMPOUNDS.get((low[k], low[k + 1])) if k + 1 < len(raw) else None
        if joined is not None:
            out_raw.append(raw[k][:1] + joined[1:])
            out_low.append(joined)
            out_starts.append(starts[k])
            out_ends.append(ends[k + 1])
            k += 2
            continue
        out_raw.append(raw[k])
        out_low.append(low[k])
        out_starts.append(starts[k])
        out_ends.append(ends[k])
        k += 1
    return out_raw, out_low, out_starts, out_ends


_OPENING_QUOTES = frozenset({'"', "\u201c"})
_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are", "got"})
_CLOSING_QUOTES = frozenset({'"', "\u201d"})


def _unquoted_words(raw: list[str], starts: list[int], ends: list[int]
                    ) -> tuple[list[str], list[int], list[int]]:
    """Drop the quotation marks around one word after an auxiliary, as reports set off an
    official's verb: "About 30 attackers were \"neutralised\"" (not "the term
    \"neutralised\"", a word spoken of)."""
    keep = [True] * len(raw)
    for k in range(1, len(raw) - 2):
        if raw[k] in _OPENING_QUOTES and raw[k + 1].isalpha() and raw[k + 2] in _CLOSING_QUOTES \
                and raw[k - 1].lower() in _AUXILIARIES and keep[k]:
            keep[k] = keep[k + 2] = False
    return _kept(raw, starts, ends, keep)


def _kept(raw: list[str], starts: list[int], ends: list[int], keep: list[bool]
          ) -> tuple[list[str], list[int], list[int]]:
    """The tokens ``keep`` marks, with their offsets."""
    if all(keep):
        return raw, starts, ends
    return ([t for t, k in zip(raw, keep, strict=True) if k],
            [t for t, k in zip(starts, keep, strict=True) if k],
            [t for t, k in zip(ends, keep, strict=True) if k])


def _unbracketed_numbers(raw: list[str], starts: list[int], ends: list[int]
                         ) -> tuple[list[str], list[int], list[int]]:
    """Drop the brackets of a number written "(6)", as translated releases do: "the killing
    of (6) terrorists"; a number in words told again in digits ("killed six (6) militants")
    is one number: the digits go with their brackets."""
    keep = [True] * len(raw)
    for k in _indices_of(raw, "(", len(raw) - 2):
        if raw[k + 1][:1].isdigit() and raw[k + 2] == ")":
            keep[k] = keep[k + 2] = False
            if _age_in_brackets(raw, k):
                keep[k + 1] = False  # "a farmer (42) was killed": his age, no count
                continue
            if _words_before_equal(raw, k, raw[k + 1]):
                keep[k + 1] = False
    return _kept(raw, starts, ends, keep)


_ONE_SUBJECT_VERBS = frozenset({"was", "is", "has", "had"})
#: Articles that make the noun after them one person ("a trader (35)"; not "that", which
#: also opens a clause: "added that were arrested (3) of the terrorists").
_ONE_OF_A_KIND = frozenset({"a", "an", "another"})
#: What may follow an age in brackets after a noun of one person: no noun the digits count.
_AFTER_AN_AGE = _ONE_SUBJECT_VERBS | {",", ".", ";", ":", "and", "of", "from", "in", "at",
                                      "who", "on", "were", "are", "have"}


def _age_in_brackets(raw: list[str], k: int) -> bool:
    """Whether the digits in the brackets opened at token ``k`` are the age papers write
    after one person: after a name or a singular noun whose verb is singular ("Ahmed Ali
    (25) was shot"), or after a noun of one person with no noun after them ("a farmer (42)
    and his son (12)", "the headman (61) of"); a count in brackets ("the killing of (6)
    terrorists", "civilians (3) were") stays a count."""
    if k < 1 or len(raw[k + 1]) > 2 or not raw[k + 1].isdecimal():
        return False
    written = raw[k - 1]
    head = written.lower()
    lex = casualty_lexicon()
    if not head.isalpha() or head in lex.np_stop:
        return False
    nxt = raw[k + 3].lower() if k + 3 < len(raw) else "."
    named = written[:1].isupper()
    if nxt in _ONE_SUBJECT_VERBS and (named or not _plural(lex, head)):
        return True  # (a name may end in "s": "Maria Santos (19) was wounded")
    return nxt in _AFTER_AN_AGE and not named and not _plural(lex, head) and (
        head in _taking_verbs().people
        or any(w.lower() in _ONE_OF_A_KIND for w in raw[max(0, k - 3):k - 1]))


def _words_before_equal(raw: list[str], k: int, digits: str) -> bool:
    """Whether the words right before token ``k`` are a number in words of the value of
    ``digits`` ("six" before "(6)", "twenty one" before "(21)")."""
    if not digits.isdecimal():
        return False
    low = [t.lower() for t in raw[max(k - 4, 0):k]]
    for i in range(len(low)):
        read = _word_number(low, i)
        if read is not None and read[1] == len(low):
            return read[0] == int(digits)
    return False


def _indices_of(tokens: list[str], token: str, stop: int) -> list[int]:
    """The indices below ``stop`` where ``token`` stands in ``tokens``, found in C
    (``list.index``), not by a comparison per token in Python."""
    found: list[int] = []
    k = -1
    while True:
        try:
            k = tokens.index(token, k + 1, max(stop, 0))
        except ValueError:
            return found
        found.append(k)


def _after_brackets(text: str, offset: int, end: int, raw: list[str], starts: list[int]
                    ) -> frozenset[int]:
    """The tokens of digits right after an opening bracket of ``text[offset:end]``: each
    bracket's next token found by bisection of the tokens' starts."""
    out: list[int] = []
    at = text.find("(", max(offset - 1, 0), end)  # (a token may open the span)
    size = len(starts)
    while at >= 0:
        k = bisect_left(starts, at + 1)
        if k < size and starts[k] == at + 1 and raw[k][:1].isdigit():
            out.append(k)
        at = text.find("(", at + 1, end)
    return frozenset(out)


def _is_digits(tok: str) -> bool:
    return tok[:1].isdigit()


def _digits_value(tok: str) -> int | None:
    """Read '1,200', '2.000' (grouped thousands) or '25'; None for a decimal like '2.5'."""
    if "," in tok:
        return int(tok.replace(",", ""))
    if "." in tok:
        head, _, tail = tok.partition(".")
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
            return int(tok.replace(".", ""))
        return None if tail.strip("0") else int(head)
    return int(tok)


# ---------------------------------------------------------------------------
# Numbers


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number expression: tokens [start, end) and what they say."""

    start: int  # token index
    end: int  # token index, exclusive
    value: int | None
    low: int | None
    high: int | None
    qualifier: QualifierName
    vague: bool = False

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, start: int, end: int, value: int | None, low: int | None, high: int | None,
        qualifier: QualifierName, vague: bool = False,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "vague", vague)


slot_init(Number)  # see slot_init: these three are built once per number or phrase read


@functools.cache
def _phrase_index(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the phrases of one number-lexicon table, longest first."""
    table: dict[tuple[str, ...], object] = getattr(number_words(), name)
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in table:
        index.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(sorted(p, key=len, reverse=True)) for w, p in index.items()}


def _match_phrase(low: list[str], i: int, name: str) -> int:
    """Length of the longest phrase of the table ``name`` at token ``i`` (0 when none)."""
    for phrase in _phrase_index(name).get(low[i], ()):
        size = len(phrase)
        if tuple(low[i : i + size]) == phrase:
            return size
    return 0


def _hyphenated_tens(word: str) -> int | None:
    """The value of a tens word joined to a unit ("twenty-two" 22), or None."""
    cardinals = number_words().cardinals
    parts = word.split("-")
    if len(parts) != 2 or parts[0] not in cardinals or parts[1] not in cardinals:
        return None
    tens, unit = cardinals[parts[0]], cardinals[parts[1]]
    return tens + unit if tens % 10 == 0 and tens >= 20 and unit < 10 else None


def _word_number(low: list[str], i: int) -> tuple[int, int] | None:
    """Read 'twenty-two', 'one hundred and five', 'a hundred', 'two thousand' at token ``i``."""
    nw = number_words()
    n = len(low)
    total = 0
    current = 0
    j = i
    seen = False
    if low[j] == "a" and j + 1 < n and low[j + 1] in nw.scales:
        current = 1
        j += 1
        seen = True
    while j < n:
        w = low[j]
        if "-" in w and seen and current % 100 == 0 and (current or total) \
                and (compound := _hyphenated_tens(w)) is not None:
            current += compound  # "one hundred and twenty-one", "two thousand thirty-five"
            j += 1
            continue
        if "-" in w and not seen:
            compound = _hyphenated_tens(w)
            if compound is not None:
                current = compound
                seen = True
                j += 1
                continue
            return None
        if w in nw.cardinals:
            if seen and current % 100 and current % 10 == 0 and nw.cardinals[w] < 10:
                current += nw.cardinals[w]
            elif seen and current and current % 100 == 0:
                current += nw.cardinals[w]
            elif seen and current and total == 0 and current < 100:
                break  # "two three" is not one number
            elif seen and current == 0 and total:
                current = nw.cardinals[w]
            else:
                if seen:
                    break
                current = nw.cardinals[w]
            seen = True
            j += 1
            continue
        if w == "-" and seen and j + 1 < n and low[j + 1] in nw.cardinals and (
                current % 10 == 0 and current >= 20 and nw.cardinals[low[j + 1]] < 10):
            j += 1  # "twenty - five"; not "eight - five soldiers and three civilians"
            continue
        if w in nw.scales and seen:
            scale = nw.scales[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            j += 1
            continue
        if w == "and" and seen and (current % 100 == 0 or total) and j + 1 < n:
            if (low[j + 1] in nw.cardinals or _hyphenated_tens(low[j + 1]) is not None) and (
                    current or total) >= 100:
                j += 1
                continue
        break
    if not seen:
        return None
    return total + current, j


def _core_number(tok: _Tokens, i: int) -> tuple[int, int] | None:
    """A bare number (digits with an optional scale word, or words) at ``i``: (value, end)."""
    nw = number_words()
    low = tok.low
    n = len(low)
    if _is_digits(low[i]):
        if not _digits_are_count(tok, i):
            return None
        raw = low[i]
        value = _digits_value(raw)
        j = i + 1
        if j < n and low[j] in nw.scales and low[j] != "hundred":
            f = float(raw.replace(",", ""))
            return int(round(f * nw.scales[low[j]])), j + 1
        if value is None:
            return None
        if _thousands_after_a_blank(tok, i):
            # "1 250 detained": thousands set apart by a blank, as many languages write them
            return value * 1000 + int(low[j]), j + 1
        return value, j
    return _word_number(low, i)


#: What follows a ratio's second term: the people it is a share of, or what they were.
_RATIO_OF = frozenset({"the", "those", "them", "these", "all"})
_RATIO_VERBS = frozenset({"were", "was", "had", "have"})


def _ratio_told_of(low: list[str], k: int) -> bool:
    return k < len(low) and (low[k] in _RATIO_VERBS or (
        low[k] == "of" and k + 1 < len(low) and low[k + 1] in _RATIO_OF))


def _ratio_term(tok: _Tokens, i: int, end: int) -> bool:
    """Whether the number at tokens ``i:end`` is a term of a ratio: "seven in ten of those
    killed", "one out of five were civilians" (not "3 in 10 days", "two of the five")."""
    low = tok.low
    n = len(low)
    k = end + 1 if end < n and low[end] == "in" else end + 2 if (
        end + 1 < n and low[end] == "out" and low[end + 1] == "of") else -1
    if k > 0:
        other = _core_number(tok, k) if k < n else None
        return other is not None and _ratio_told_of(low, other[1])
    link = 1 if i >= 2 and low[i - 1] == "in" else 2 if (
        i >= 3 and low[i - 2] == "out" and low[i - 1] == "of") else 0
    if not link:
        return False
    first = low[i - link - 1]
    return (_is_digits(first) or first in number_words().cardinals) and _ratio_told_of(low,
                                                                                       end)


def _thousands_after_a_blank(tok: _Tokens, i: int) -> bool:
    """Whether the digits at ``i`` and the three after one blank are one number, "1 250
    wanted persons": a word follows on the same line, and no figure comes before (not the
    cells of a row of figures, "Kirkuk 12 340")."""
    low = tok.low
    return i in tok.spaced_thousands and i + 1 < len(low) and _is_digits(low[i + 1]) and (
        i == 0 or low[i - 1] not in number_words().cardinals)


def _digits_are_count(tok: _Tokens, i: int) -> bool:
    """False for digits that are part of a date, time, age, unit or year, not a count."""
    nw = number_words()
    low, raw = tok.low, tok.raw
    n = len(low)
    prev = low[i - 1] if i else ""
    nxt = low[i + 1] if i + 1 < n else ""
    glued_next = i + 1 < n and tok.start[i + 1] == tok.end[i]
    glued_prev = i > 0 and tok.end[i - 1] == tok.start[i]
    if glued_next and (nxt[:1].isalpha() or nxt in {"/", ":", "%"}):
        return False  # 11th, 5km, 120mm, 05/30, 13:00, 50%
    if glued_prev and prev in {"/", ":", "$", "£", "€", "#", "."} and not (
            prev == "." and _tally_after_a_stop(tok, i)):
        return False
    if nxt in nw.months or prev in nw.months:
        return False  # 3 May, May 3
    if nxt == "-" and i + 2 < n and low[i + 2].split("-")[0] in casualty_lexicon().age_units:
        return False  # 25-year-old
    if nxt in casualty_lexicon().age_units:
        return False  # 25 years old, 2 hours
    text = raw[i]
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099:
        return False  # a year: "in 2014", "a 2019 attack"
    if nxt in {"am", "pm", "hrs", "gmt", "utc", "percent", "per", "km", "kilometres",
               "kilometers", "miles", "metres", "meters", "kg", "km²", "tons", "tonnes"}:
        return False
    return True


def _tally_after_a_stop(tok: _Tokens, i: int) -> bool:
    """Whether the digits at ``i``, glued to the stop of a sentence before them, open a tally
    of the dead: "... were not reported.4 fatalities." (not "No.4", "v.2")."""
    low = tok.low
    return (i >= 2 and low[i - 2].isalpha() and len(low[i - 2]) > 2 and i + 1 < len(low)
            and low[i + 1] in {"fatality", "fatalities", "deaths"})


@functools.cache
def _starts() -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]:
    """Words that alone start a number, word pairs that do, and one-word qualifiers."""
    nw = number_words()
    phrases = (*nw.fixed, *nw.vague)
    singles = frozenset(p[0] for p in phrases if len(p) == 1)
    pairs = frozenset(
        [p[:2] for p in (*phrases, *nw.qualifiers) if len(p) >= 2]
        + [("a", scale) for scale in nw.scales]
    )
    single_qualifiers = frozenset(p[0] for p in nw.qualifiers if len(p) == 1) | {"between"}
    return singles, pairs, single_qualifiers  # type: ignore[return-value]


def _could_start_number(low: list[str], i: int) -> bool:
    """A fast test before :func:`parse_number_at` does the real work."""
    w = low[i]
    if w[0].isdigit():
        return True
    cardinals = number_words().cardinals
    if w in cardinals or ("-" in w and w.partition("-")[0] in cardinals):
        return True
    singles, pairs, single_qualifiers = _starts()
    if w in singles:
        return True
    if i + 1 >= len(low):
        return False
    nxt = low[i + 1]
    if (w, nxt) in pairs:
        return True
    return w in single_qualifiers and (nxt[0].isdigit() or nxt in cardinals or nxt == "a")


def parse_number_at(tok: _Tokens, i: int) -> Number | None:
    """Read the number expression that starts at token ``i``, with its qualifier."""
    nw = number_words()
    low = tok.low
    n = len(low)
    if i >= n:
        return None
    if not _could_start_number(low, i):
        return None
    if _ordinal_suffix(tok, i + 1):
        return None  # "the 5th Brigade": a rank, not a count
    qualifier: QualifierName = "exact"
    j = i
    qlen = _match_phrase(low, i, "qualifiers")
    below = False
    if qlen:
        q = tuple(low[i : i + qlen])
        after = i + qlen
        if after < n and (_is_digits(low[after]) or low[after] in nw.cardinals
                          or tuple(low[after : after + 2]) in nw.fixed
                          or (low[after] == "a" and after + 1 < n
                              and low[after + 1] in nw.scales)):
            qualifier = nw.qualifiers[q]  # type: ignore[assignment]
            below = q in nw.below_bound
            j = after
    # between X and Y
    if low[j] == "between" and j + 1 < n:
        a = _core_number(tok, j + 1)
        if a and a[1] + 1 < n and low[a[1]] == "and":
            b = _core_number(tok, a[1] + 1)
            if b:
                return Number(i, b[1], a[0], a[0], b[0], "approximately")
        return None
    flen = _match_phrase(low, j, "fixed")
    if flen:
        value = nw.fixed[tuple(low[j : j + flen])]
        return _finish(i, j + flen, value, qualifier, below)
    core = _core_number(tok, j)
    if core is not None:
        value, end = core
        if _ratio_term(tok, j, end):
            return None  # "seven in ten of those killed": a share, neither figure a count
        # ranges: 30-40, 30 to 40, five or six
        if end + 1 < n and low[end] in {"-", "–", "to", "or"}:
            other = _core_number(tok, end + 1)
            if other and other[0] > value:
                return Number(i, other[1], value, value, other[0], "approximately")
        if end < n and low[end] == "dozen":
            return _finish(i, end + 1, value * 12, qualifier, below)
        return _finish(i, end, value, qualifier, below)
    if qualifier == "exact":
        vlen = _match_phrase(low, i, "vague")
        if vlen:
            conv = nw.vague[tuple(low[i : i + vlen])]
            end = i + vlen
            scaled = _vague_scale(low, end)
            if scaled is not None and low[end - 1] not in _VAGUE_SCALED_ALREADY:
                conv = scaled
                end += 1
            if end < n and low[end] == "of" and low[end - 1] != "of":
                end += 1
            return Number(i, end, None, conv, None, "unknown", vague=True)
    return None


#: Vague words that already name a scale: "dozens of", "tens of thousands", "scores".
_VAGUE_SCALED_ALREADY = frozenset({"of", "tens", "dozens", "hundreds", "thousands", "scores"})
#: A scale after a vague word is the scale's own vague amount: "several hundred" is read as
#: "hundreds of", "a few dozen" as "dozens of".
_SCALE_PLURALS = {"dozen": "dozens", "dozens": "dozens", "hundred": "hundreds",
                  "hundreds": "hundreds", "thousand": "thousands", "thousands": "thousands"}


#: Vague words that alone, with no noun, say too little to count: "few were hurt" tells
#: almost no one, "some" alone is more often a pronoun than a count.
_VAGUE_TOO_WEAK_ALONE = frozenset({"few", "some"})


def _vague_counts_alone(low: list[str], num: Number) -> bool:
    """Whether a vague amount with no noun after it counts people ("two were killed and
    several wounded": 3; "dozens were detained": 12), as ACLED codes a vague amount."""
    return num.vague and low[num.start] not in _VAGUE_TOO_WEAK_ALONE


def _vague_scale(low: list[str], end: int) -> int | None:
    """The conventional low of a vague word's scale at token ``end`` ("several *hundred*":
    100, "a few *dozen*": 12), else None.

    Why: "several hundred people" are no three people; ACLED codes a vague amount by the
    lowest figure its wording allows, which for a vague number of hundreds is "hundreds of".
    """
    if end >= len(low):
        return None
    plural = _SCALE_PLURALS.get(low[end])
    return None if plural is None else number_words().vague.get((plural,))


def _finish(i: int, end: int, value: int, qualifier: QualifierName, below: bool) -> Number:
    if value == 0:
        return Number(i, end, 0, 0, 0, "zero")
    if qualifier == "exact":
        return Number(i, end, value, value, value, "exact")
    if qualifier == "at_least":
        return Number(i, end, value, value, None, "at_least")
    if qualifier == "at_most":
        return Number(i, end, value, None, value, "at_most")
    return Number(i, end, value, None, value if below else None, "approximately")


def parse_number(text: str) -> Number | None:
    """Parse a whole number expression: ``parse_number("at least 22").value == 22``.

    Returns None when ``text`` does not start with a number; trailing words or
    stray characters after the number do not change it.
    """
    tok = _tokenize(text, 0, len(text))
    if not len(tok):
        return None
    return parse_number_at(tok, 0)


# ---------------------------------------------------------------------------
# Noun phrases: who suffered it


# "heads of cattle": a measure of animals names animals
_ANIMAL_MEASURES = frozenset({"head", "heads"})


def _animal_phrase(words: Sequence[str], animals: frozenset[str]) -> bool:
    """Whether a party phrase names animals by its head: "cows", "a herd of goats", "heads
    of cattle", but not "cattle thieves" or "livestock herders", who are people."""
    if not words:
        return False
    if "of" in words:
        at = words.index("of")
        head, rest = words[at - 1] if at else "", words[at + 1:]
        return head in animals or (head in _ANIMAL_MEASURES and bool(rest)
                                   and rest[-1] in animals)
    return words[-1] in animals


@dataclass(frozen=True, slots=True)
class _NP:
    start: int  # token index of the first token (qualifier, determiner or number)
    end: int  # token index, exclusive
    count: int | None
    low: int | None
    high: int | None
    qualifier: QualifierName
    party: tuple[int, int] | None  # token span of the party words
    num: tuple[int, int] | None  # token span the count was read from
    definite: bool = False
    bare_number: bool = False
    animal: bool = False
    perpetrator: bool = False
    generic: bool = False

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, start: int, end: int, count: int | None, low: int | None, high: int | None,
        qualifier: QualifierName, party: tuple[int, int] | None, num: tuple[int, int] | None,
        definite: bool = False, bare_number: bool = False, animal: bool = False,
        perpetrator: bool = False, generic: bool = False,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "count", count)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "party", party)
        object.__setattr__(self, "num", num)
        object.__setattr__(self, "definite", definite)
        object.__setattr__(self, "bare_number", bare_number)
        object.__setattr__(self, "animal", animal)
        object.__setattr__(self, "perpetrator", perpetrator)
        object.__setattr__(self, "generic", generic)


slot_init(_NP)


_ADDITIVE_WORDS = frozenset({"additional", "further", "other", "more"})
#: Words after "those" that say who by where they were: "those inside", "those aboard".
_THOSE_THERE = frozenset({"inside", "aboard", "onboard", "present", "there", "nearby"})
_OF_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
#: A parent told by how many children they have: "a father of four" is one person.
_PARENTS = frozenset({"father", "mother", "parent", "grandfather", "grandmother",
                      "grandparent", "dad", "mom", "mum"})
#: One person told by kin of someone else: "the son of a former mayor".
_KIN_OF_ONE = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "uncle",
                         "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
                         "widow", "widower", "father", "mother", "relative"})
#: The children a parent is told by: "a mother of three children", "a father of two sons".
_OFFSPRING = frozenset({"children", "child", "kids", "sons", "daughters", "boys", "girls",
                        "grandchildren"})


def _is_word(t: str) -> bool:
    return t[:1].isalpha()


def _digits_before_a_word(low: Sequence[str], i: int) -> bool:
    """A count in digits with a word after it: "her 3 children" is her children, not her."""
    return low[i].isdigit() and i + 1 < len(low) and _is_word(low[i + 1])


#: Words a date follows ("in June", "since May", "last March"): a month there is no name.
_BEFORE_A_DATE = frozenset({"in", "on", "of", "since", "until", "till", "by", "from", "to",
                            "through", "last", "next", "early", "late", "mid", "this",
                            "during", "before", "after", "between", "each", "every"})
#: Capitalised words after a month that are no surname: a weekday, or God after "May".
_NOT_SURNAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "god", "allah"})


def _given_name(tok: _Tokens, k: int) -> bool:
    """Whether the capitalised month word at token ``k`` is a person's given name: before a
    surname ("June Adeyemi"), before the role told of her between commas ("May, a nurse,")
    or before her kin ("June and her son"); never after a word a date follows ("in June")
    or a number ("5 May")."""
    low, raw = tok.low, tok.raw
    n = len(low)
    if k + 1 >= n or not raw[k][:1].isupper() or not raw[k].isalpha():
        return False
    if k >= 1 and (low[k - 1] in _BEFORE_A_DATE or _is_digits(low[k - 1])):
        return False
    nxt = raw[k + 1]
    if nxt[:1].isupper() and nxt.isalpha() and len(nxt) > 1 and nxt.lower() not in (
            number_words().months | _NOT_SURNAMES):
        return k + 2 >= n or not _is_digits(low[k + 2])  # not "May Day 2015" nor a date
    if k + 2 < n and low[k + 1] == "and":
        return low[k + 2] in {"his", "her", "their"}
    return k + 3 < n and low[k + 1] == "," and low[k + 2] in {"a", "an"} and (
        _is_word(low[k + 3]))


def _age_follows(low: list[str], i: int) -> bool:
    """An age unit at token ``i``: the number before it is an age ("13 year-old", "5 years")."""
    units = casualty_lexicon().age_units
    if i >= len(low):
        return False
    if low[i] == "-":
        return i + 1 < len(low) and low[i + 1].split("-")[0] in units
    return low[i].split("-")[0] in units


def _plural(lex: CasualtyLexicon, head: str) -> bool:
    if head in lex.plural_words:
        return True
    if head in lex.singular_s or head.endswith(("'s", "’s")):
        return False  # "the student's body": one person's
    if len(head) > 5 and head.endswith("men") and head[-4] not in "iou":
        return True  # "gunmen", "policemen", "tribesmen" (not "specimen", "abdomen")
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _inside_a_name(raw: Sequence[str], k: int) -> bool:
    """Whether token ``k`` goes on a capitalised name: "Vigilance Brigades for the
    Protection of the Territory (BVPT)", a name longer than most phrases of people."""
    if raw[k][:1].isupper() or raw[k] in {"(", ")"}:
        return raw[k - 1][:1].isupper() or raw[k - 1] in {"the", "of", "for", "("}
    return raw[k] in {"of", "for", "the", "and"} and raw[k - 1][:1].isupper() and (
        k + 1 < len(raw) and (raw[k + 1][:1].isupper() or raw[k + 1] == "the"))


#: Words of where someone was going after a participle that follows the people named:
#: "a farmer coming home", "two guards walking back", "a trader heading out".
_WHITHER = frozenset({"home", "back", "away", "out", "off", "together"})


def _initials(word: str) -> bool:
    """Whether ``word`` is a force's initials: "VDP", "CJTF"."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _initials_after_a_name(tok: _Tokens, i: int) -> int:
    """The bracket that opens a name's initials after the words of the name from token
    ``i`` ("the defence of the homeland (VDP)"), or 0 where none closes them."""
    lex = casualty_lexicon()
    low, raw = tok.low, tok.raw
    for x in range(i, min(len(low) - 2, i + 8)):
        if low[x] == "(":
            closing = x + 2
            if x > i and _initials(raw[x + 1]) and closing < len(low) and low[closing] == ")":
                return x
            return 0
        if not _is_word(low[x]) or low[x] in lex.words or low[x] in lex.casualty_nouns:
            return 0
    return 0


def _np_right(
    tok: _Tokens, i: int, *, allow_bare: bool = True, names: bool = True
) -> _NP | None:
    """Read the noun phrase of people that starts at token ``i``, or None."""
    lex = casualty_lexicon()
    nw = number_words()
    low, raw = tok.low, tok.raw
    n = len(low)
    while i < n and low[i] in _QUOTES:
        i += 1
    if i >= n:
        return None
    start = i
    w = low[i]
    zero = False
    definite = False
    det_one = False
    num: Number | None = None
    num_span: tuple[int, int] | None = None
    additive: tuple[int, int] | None = None
    j = i
    if w in lex.nobody or (w == "no" and j + 1 < n and low[j + 1] == "one"):
        end = j + (2 if w == "no" else 1)
        if end < n and low[end] == "else":
            return None  # "No one else was hurt": none beyond those told, no count of its own
        if end < n and low[end] == "of":
            inner = _np_right(tok, end + 1)
            if inner is not None:
                return replace(inner, start=start, count=0, low=0, high=0, qualifier="zero",
                               num=(j, end))
        return _NP(start, end, 0, 0, 0, "zero", None, (j, end))
    if w in {"no", "zero"} or (w == "0" and j + 1 < n and _is_word(low[j + 1])):
        zero = True
        j += 1
        if j < n and low[j] in {"other", "more", "further", "additional"}:
            j += 1
    if j < n and low[j] == "all":
        j += 1
        if j < n and low[j] == "of":
            j += 1
    aged: tuple[int, int] | None = None  # "a 13 year-old son": the number is an age
    if not zero:
        num = parse_number_at(tok, j)
        if num is not None and _age_follows(low, num.end):
            aged, num = (num.start, num.end), None
        if num is not None and num.end < n and low[num.end] == "else" and j > 0 and (
                low[j - 1] == "no"):
            return None  # "one else" of "no one else": nobody, not one person
        if num is not None:
            num_span = (num.start, num.end)
            j = num.end
            if j < n and j + 1 < n and (low[j] == "of" and low[j + 1] in (
                lex.det_def | {"them", "whom", "those"}
            ) or low[j] == "from" and low[j + 1] in _OWN_DETERMINERS):
                # (and "(2) from our heroes", as translated releases write "two of")
                # "two of the soldiers", "one of them"
                if low[j + 1] == "whom" and start >= 2 and low[start - 1] == ",":
                    # "fought back against the attackers, two of whom were killed": some
                    # of the people before the comma
                    before = _np_left(tok, start - 2, names=False)
                    if before is not None and before.party is not None:
                        return _np_from(start, j + 2, num, before.party, num_span,
                                        tokens=tok)
                if low[j + 1] in {"them", "whom", "those"}:
                    return _np_from(start, j + 2, num, None, num_span)
                inner = _np_right(tok, j + 1)
                if inner is not None and inner.party is not None:
                    return _np_from(start, inner.end, num, inner.party, num_span,
                                    tokens=tok)
                return None
    if w == "those" and j + 1 < n and low[j + 1] in _THOSE_THERE:
        # "shot dead those inside", "those aboard the bus": everyone there, how many untold
        return _NP(start, j + 2, None, 2, None, "unknown", None, (j, j + 1), definite=True)
    if num is None and not zero:
        possessive = w in lex.det_def and j + 1 < n and (_is_word(low[j + 1]) and (
            low[j + 1] not in lex.np_stop and low[j + 1] not in lex.words
        ) or _digits_before_a_word(low, j + 1))
        if w in lex.pron_one and w != "one" and not possessive:
            return _NP(start, j + 1, 1, 1, 1, "exact", None, (j, j + 1), definite=True,
                       perpetrator=w in {"himself", "herself"})
        if w in lex.pron_many and w not in {"others", "more", "many"}:
            return _NP(start, j + 1, None, 2, None, "unknown", None, (j, j + 1),
                       definite=True)
        if w in lex.det_def:
            definite = True
            num_span = (j, j + 1)
            j += 1
        elif w in lex.det_one:
            det_one = True
            num_span = (j, j + 1)
            j += 1
        if (definite or det_one) and j + 1 < n and low[j] in _ADDITIVE_WORDS:
            after = parse_number_at(tok, j + 1)
            if after is not None:
                additive = (j, j + 1)  # "an additional three", "the other two"
                j += 1
        elif w == "another" and j < n and parse_number_at(tok, j) is not None:
            additive = (start, start + 1)  # "another five": five more people
        if definite or additive:
            num = parse_number_at(tok, j) if j < n else None
            if num is not None and _age_follows(low, num.end):
                aged, num = (num.start, num.end), None
            if num is not None:
                num_span = (start if definite else num.start, num.end)
                j = num.end
                det_one = False
        if num is None and j < n and low[j] in nw.ordinals:
            # "the third", "a second": one more person
            num = Number(j, j + 1, 1, 1, 1, "exact")
            num_span = (start if definite else j, j + 1)
            j += 1
    # party words
    p0 = j
    k = j
    seen_of = False
    parent_of = False
    while k < n and (k - p0 < 10 or k - p0 < 16 and _inside_a_name(raw, k)):
        t = low[k]
        if t in _QUOTES:
            k += 1
            continue
        if k > p0 and num is None and low[k - 1].endswith(("'s", "’s")):
            owned = parse_number_at(tok, k)  # "the director's two sons"
            if owned is not None and owned.value and not _age_follows(low, owned.end):
                num, num_span, k, definite = owned, (owned.start, owned.end), owned.end, False
                continue
        if aged is not None and k == aged[0]:
            # skip the age: "13 year-old", "five-year-old", "5 years old"
            k = aged[1]
            while k < n and (low[k] in {"-", "old"} or low[k].split("-")[0]
                             in lex.age_units):
                k += 1
            continue
        if t == "-" and k > p0:
            k += 1
            continue
        if _is_digits(t):
            if _ordinal_suffix(tok, k + 1):
                k += 2  # "two members of the 5th Brigade": a unit's rank, not a count
                continue
            # an age inside the phrase: "a 25-year-old man", "a 25 year old man"
            if _age_follows(low, k + 1):
                k += 2 if low[k + 1] != "-" else 3
                while k < n and low[k] in {"-", "old"}:
                    k += 1
                continue
            break
        if not _is_word(t):
            if t == "'" or t == "’":
                k += 1
                continue
            if t == "(" and k > p0:
                # "four Central Reserve Police Force (CRPF) troopers"
                closing = next((x for x in range(k + 1, min(n, k + 8)) if low[x] == ")"), None)
                if closing is not None and closing + 1 < n and _is_word(low[closing + 1]) and (
                    low[closing + 1] not in lex.np_stop and low[closing + 1] not in lex.words
                    # "the terrorist (Abu Hajar) the so-called wali": his role after his name
                    and low[closing + 1] not in _OF_DETERMINERS
                ):
                    k = closing + 1
                    continue
                if closing is not None and closing > k + 1 and (raw[k - 1][:1].isupper() and all(
                        raw[x][:1].isupper() for x in range(k + 1, closing)) or all(
                        _initials(raw[x]) for x in range(k + 1, closing))):
                    # "fighters of the Popular Mobilization Forces (PMF) were killed": the
                    # name told again in brackets ends the phrase
                    k = closing + 1
                    break
            break
        if t == "of" and k > p0:
            # "a family of five", "members of the Pakistani army"
            if k + 1 < n:
                group = low[k - 1] in {"family", "group", "total", "crew", "team", "couple"}
                parent = low[k - 1] in _PARENTS
                inner_num = parse_number_at(tok, k + 1) if group or parent else None
                if parent and inner_num is not None:
                    # "a father of four", "a mother of two children": the parent, one person
                    parent_of = True
                    k = inner_num.end
                    if k < n and low[k] in _OFFSPRING:
                        k += 1
                    if k < n and raw[k][:1].isupper() and _is_word(raw[k]) and (
                            low[k] not in nw.months):
                        continue  # "father of three Karim Osei": the parent's name
                    break
                if inner_num is not None and inner_num.value:
                    num = inner_num
                    num_span = (inner_num.start, inner_num.end)
                    k = inner_num.end
                    break
                skip = 2 if low[k + 1] in _OF_DETERMINERS else 1
                if k + skip < n and _ordinal_suffix(tok, k + skip + 1):
                    seen_of = True  # "members of the 5th Brigade": the unit they are of
                    k += skip
                    continue
                if k + skip < n and _is_word(low[k + skip]) and (
                    low[k + skip] not in lex.np_stop and low[k + skip] not in lex.words
                    and low[k + skip] not in nw.months
                ) and low[k - 1] not in lex.non_person:
                    seen_of = True
                    k += skip
                    continue
            break
        if t.endswith("ly") and len(t) > 4 and k + 1 < n and low[k + 1] in lex.words:
            break  # "the 12 initially killed": an adverb of the verb after the phrase
        if t == "and" and seen_of and k + 1 < n and raw[k - 1][:1].isupper() and (
            raw[k + 1][:1].isupper()
        ):
            k += 1  # "the National Transmission and Dispatch Company"
            continue
        if t == "for" and k > p0 and _initials_after_a_name(tok, k + 1):
            # "4 volunteers for the defence of the homeland (VDP) were killed": the force's
            # name in lower case, closed by its initials in brackets
            k = _initials_after_a_name(tok, k + 1)
            continue
        if t == "for" and (seen_of or k - 1 > start) and k + 2 < n and (
                raw[k - 1][:1].isupper()) and (
                raw[k + 1][:1].isupper() or low[k + 1] == "the" and raw[k + 2][:1].isupper()):
            # "members of the Volunteers for the Defence of the Homeland", "two Volunteers
            # for the Defence of the Homeland" (a capital that starts no sentence)
            k += 1 if raw[k + 1][:1].isupper() else 2
            continue
        if t in nw.months and _given_name(tok, k):
            k += 1  # "June Adeyemi", "May and her son": a given name, not a date
            continue
        if k > p0 and _surname_after_a_name(tok, k):
            k += 1  # "Ibrahim Said died": the surname, not a verb
            continue
        if k == p0 and definite and num is None and t in _TAKEN_PARTICIPLES and k + 1 < n \
                and _is_word(low[k + 1]) and low[k + 1] not in lex.words \
                and low[k + 1] not in lex.np_stop:
            k += 1  # "killed the kidnapped traders": the people taken, told again
            p0 = k
            continue
        if (t in lex.np_stop and not _acronym(raw, k)) or t in lex.casualty_nouns or (
            t in nw.months) or (t in lex.words and t not in _PEOPLE_NOUNS):
            break
        if t == "the" and k > p0 and k + 2 < n and low[k + 2] in _TIME_NOUNS:
            break  # "killed the farmers the next day": a time after the people
        if k > p0 and t in nw.cardinals and low[k - 1] == "number":
            k += 1  # "the number two of the police": a rank, not a count
            continue
        if k > p0 and (t in nw.cardinals or t == "how" or t in _SUFFERED):
            break  # "in the attack three civilians": a new phrase starts at the number
        if t in lex.phrases and any(
            tuple(low[k : k + len(seq)]) == seq for seq, _, _ in lex.phrases[t]
        ):
            break
        if k > p0 and (t.endswith("ed") or t.endswith("ing") or t in _DESCRIBED_BY) \
                and t not in lex.plural_words:
            follower = low[k + 1] if k + 1 < n else "."
            if not _is_word(follower) or follower in lex.np_stop or follower in lex.det_def or (
                follower in {"a", "an", "by"}
            ):
                break  # a participle after the head: "soldiers stationed in ..."
            if t.endswith("ing") and follower in _WHITHER:
                break  # a participle of going: "a farmer coming home from the market"
            if t.endswith("ing") and _wounds_borne(low, k + 1):
                break  # "two men bearing gunshot wounds": the wounds describe the men
        k += 1
    party = (p0, k) if k > p0 else None
    end = k
    if party is None and additive is not None:
        party = additive
    if party is not None:
        # trim a trailing possessive or quote
        while party[1] > party[0] and low[party[1] - 1] in _QUOTES:
            party = (party[0], party[1] - 1)
        if party[1] == party[0]:
            party = None
    head = low[party[1] - 1] if party else ""
    if party and "of" in low[party[0] : party[1]]:
        head = low[party[0] + low[party[0] : party[1]].index("of") - 1]
    if party and head in lex.non_person:
        return None
    words = low[party[0] : party[1]] if party else []
    animal = _animal_phrase(words, lex.animals)
    perp = any(x in lex.perpetrators for x in words)
    generic = all(x in lex.generic for x in words)
    if zero:
        if party is None:
            return None
        return _NP(start, end, 0, 0, 0, "zero", party, (start, start + 1), animal=animal,
                   perpetrator=perp, generic=generic)
    if num is not None:
        if party is None and num.vague and not _vague_counts_alone(low, num):
            return None  # "few" or "some" alone is too weak
        return _NP(start, end, num.value, num.low, num.high, num.qualifier, party, num_span,
                   definite=definite, bare_number=party is None, animal=animal,
                   perpetrator=perp, generic=generic)
    if party is None:
        if det_one and low[start] in {"another", "one"}:
            return _NP(start, end, 1, 1, 1, "exact", None, num_span, bare_number=True)
        return None
    pair = next((x for x in range(party[0], party[1])
                 if low[x] in {"couple", "twins", "pair", "trio"}), None)
    if pair is not None and (pair == party[1] - 1 or low[pair + 1].endswith(("ing", "ed"))):
        # "an elderly couple walking to the market": the couple, whatever follows it
        size = 3 if low[pair] == "trio" else 2
        return _NP(start, end, size, size, size, "exact", party, num_span or party,
                   definite=definite, animal=animal, perpetrator=perp, generic=generic)
    plural = _plural(lex, head)
    if det_one and head in _BODIES_OF_PEOPLE and party[1] - 1 > party[0] and head != low[
            party[1] - 1] and _plural(lex, low[party[1] - 1]):
        # "neutralized a group of armed terrorists": some of them, how many untold (the
        # release may count them after: "the balance sheet is of 11 terrorists")
        return _NP(start, end, None, 2, None, "unknown", party, num_span, animal=animal,
                   perpetrator=perp, generic=generic)
    if det_one and (not plural or head in lex.article_singular) or parent_of and (
            not definite and allow_bare):  # "a youth", "father of three": one
        return _NP(start, end, 1, 1, 1, "exact", party, num_span, animal=animal,
                   perpetrator=perp, generic=generic)
    if definite and head in _REMAINDER:
        # "the rest had been arrested": the others of a count told before, how many unsaid
        return _NP(start, end, None, 1, None, "unknown", party, num_span, definite=True,
                   animal=animal, perpetrator=perp, generic=generic)
    if definite:
        if plural:
            return _NP(start, end, None, 2, None, "unknown", party, num_span, definite=True,
                       animal=animal, perpetrator=perp, generic=generic)
        return _NP(start, end, 1, 1, 1, "exact", party, num_span, definite=True, animal=animal,
                   perpetrator=perp, generic=generic)
    if aged is not None and not plural:
        return _NP(start, end, 1, 1, 1, "exact", party, party, animal=animal,
                   perpetrator=perp, generic=generic)  # "Siddiqui's 13 year-old son"
    if not allow_bare:
        return None
    if plural and (raw[party[1] - 1][:1].islower() or party[1] == 1):
        return _NP(start, end, None, 2, None, "unknown", party, None, animal=animal,
                   perpetrator=perp, generic=generic)
    if names and (party[1] - party[0] <= 6 and (
        raw[party[0]][:1].isupper() or raw[party[1] - 1][:1].isupper()
    ) or party[1] - party[0] <= 8 and raw[party[1] - 1][:1].isupper() or not plural and any(
        raw[x][:1].isupper() for x in range(party[0], party[1])
    )):
        return _NP(start, end, 1, 1, 1, "exact", party, None, animal=animal, perpetrator=perp,
                   generic=generic)  # a named person: "killing Madhav Thapa"
    return None


def _wounds_borne(low: Sequence[str], j: int) -> bool:
    """Whether a noun of wounds ends the few words from token ``j`` ("gunshot wounds",
    "multiple stab wounds"): after a participle ("bearing", "showing") they are marks the
    people bear, not more people of the phrase."""
    lex = casualty_lexicon()
    for x in range(j, min(len(low), j + 3)):
        trigger = lex.words.get(low[x])
        if trigger is not None:
            return trigger.kind == "wounded" and trigger.form == "noun"
        if not _is_word(low[x]) or low[x] in lex.np_stop:
            return False
    return False


#: Words for a body of people whose size "a ... of" leaves untold: "a group of gunmen".
_BODIES_OF_PEOPLE = frozenset({"group", "band", "gang", "cell", "squad", "bunch", "number"})


def _np_from(
    start: int,
    end: int,
    num: Number,
    party: tuple[int, int] | None,
    num_span: tuple[int, int] | None,
    *,
    tokens: _Tokens | None = None,
) -> _NP:
    lex = casualty_lexicon()
    animal = perp = False
    generic = party is None
    if party is not None and tokens is not None:
        words = tokens.low[party[0] : party[1]]
        animal = _animal_phrase(words, lex.animals)
        perp = any(w in lex.perpetrators for w in words)
        generic = all(w in lex.generic for w in words)
    return _NP(start, end, num.value, num.low, num.high, num.qualifier, party, num_span,
               animal=animal, perpetrator=perp, generic=generic)


def _acronym(raw: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a name in capitals, not the function word it spells: "dozens of
    IS fighters" (Islamic State), not "IS" in a headline set all in capitals."""
    word = raw[k]
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    return not any(0 <= j < len(raw) and len(raw[j]) > 1 and raw[j].isupper()
                   for j in (k - 1, k + 1))


#: The endings of a rank written in digits ("5th", "21st"), a token apart from the digits.
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _ordinal_suffix(tok: _Tokens, k: int) -> bool:
    """Whether token ``k`` ends a rank in digits, joined to the digits before it ("th" of
    "the 5th Brigade")."""
    return 0 < k < len(tok.low) and tok.low[k] in _ORDINAL_SUFFIXES \
        and tok.start[k] == tok.end[k - 1] and _is_digits(tok.low[k - 1])


#: The sides of a fight the dead are told to be from ("from both sides", "on all sides").
_SIDE_WORDS = frozenset({"sides", "parties", "camps", "factions"})


def _np_left(tok: _Tokens, e: int, *, names: bool = True) -> _NP | None:
    """Read the noun phrase that ends at token ``e`` (inclusive), scanning leftwards."""
    lex = casualty_lexicon()
    nw = number_words()
    low, raw = tok.low, tok.raw
    if e < 0:
        return None
    if e >= 3 and low[e] in _SIDE_WORDS and low[e - 1] in {"both", "all", "either"} and (
            low[e - 2] in {"from", "on", "of"}):
        # "12 fighters from both sides were killed": the sides are whose the dead were,
        # not a count of their own
        outer = _np_left(tok, e - 3, names=names)
        if outer is not None and outer.party is not None:
            return replace(outer, end=e + 1)
    k = e
    floor = max(0, e - 16)
    if low[e] == ")":
        # "fighters of the Popular Mobilization Forces (PMF)": the phrase ends in a bracket
        opening = next((x for x in range(e - 1, max(-1, e - 8), -1) if low[x] == "("), None)
        if opening is not None and opening > 0:
            k = opening
    while k > floor:
        t = low[k - 1]
        if _is_digits(t) or t in _QUOTES or t == "-":
            k -= 1
            continue
        if t == ")":
            # "five members of the CV (Red Command)": skip the parenthesis
            opening = next((x for x in range(k - 2, max(-1, k - 10), -1) if low[x] == "("), None)
            if opening is None:
                break
            k = opening
            continue
        if t == "and" and k >= 3 and _is_digits(low[k - 2]) and low[k - 3] == "between":
            k -= 3  # "between 43 and 52 persons"
            continue
        if t == "and" and k >= 2 and low[k - 2] in nw.scales and (
                low[k] in nw.cardinals or _hyphenated_tens(low[k]) is not None):
            k -= 1  # inside a number: "one hundred and twelve soldiers", "... twenty-one"
            continue
        if t in {"and", "of", "in", "for"} and k >= 2 and raw[k - 2][:1].isupper() and (
            raw[k][:1].isupper()
        ):
            k -= 1  # inside a name: "United Nations Mission in Sudan"
            continue
        if t == "for" and k >= 2 and _initials_after_a_name(tok, k):
            k -= 1  # "volunteers for the defence of the homeland (VDP)": a name in lower case
            continue
        if t == "the" and k >= 3 and low[k - 2] in {"of", "for", "in"} and (
                raw[k][:1].isupper() and raw[k - 3][:1].isupper()):
            k -= 3  # inside a name: "Volunteers for the Defence of the Homeland"
            continue
        if not _is_word(t):
            break
        if t in nw.months and _given_name(tok, k - 1):
            k -= 1
            continue
        if t in nw.months:
            break
        if t == "of" and k - 2 >= 0 and _is_word(low[k - 2]) and low[k - 2] not in lex.np_stop:
            k -= 1
            continue
        if t == "from" and k >= 2 and _is_digits(low[k - 2]) and low[k] in _OWN_DETERMINERS:
            k -= 1  # "(2) from our heroes ... were martyred": the number is the count
            continue
        if t == "how":
            return None  # "unclear how many people were killed": a question, not a count
        if t in {"least", "than", "to", "many", "as"}:
            k -= 1
            continue
        if t in {"at", "more", "less", "fewer", "up", "over", "nearly", "almost", "about",
                 "around", "some", "approximately", "roughly", "estimated", "an", "all"}:
            k -= 1
            continue
        if (t in lex.np_stop and not _acronym(raw, k - 1)) or t in lex.words or (
                t in lex.casualty_nouns):
            break
        k -= 1
    if k >= 2 and low[k - 1] in _WHERE_THEY_WERE and low[k] in _PLACE_DETERMINERS and (
            k + 1 <= e and not raw[k + 1][:1].isupper()):
        # "a man in the car was killed", "a passenger on the bus was hurt": the phrase
        # before the place is whom the verb tells of, not the car or the bus ("an officer
        # in the Popular Mobilization Forces" is read whole, a man of the force named)
        outer = _np_left(tok, k - 2, names=names)
        if outer is not None and outer.party is not None:
            return replace(outer, end=e + 1)
    for s in range(k, e + 1):
        if low[s] in _NOT_NP_START and not _many_counts(low, s):  # one set, not a union
            continue
        if low[s] in _SHARE_OF and s < e and low[s + 1] == "of":
            continue  # "Most of the victims were hacked to death": the dead told before
        if _ordinal_suffix(tok, s):
            continue  # "th Brigade" of "the 5th Brigade" is no phrase of its own
        if raw[s] == ")" or raw[s] == "(":
            continue
        np = _np_right(tok, s, names=names)
        if np is not None and np.end == e + 1:
            if np.party is None and np.num is not None and (
                    aged := _ages_listed(low, np.num[0])) is not None:
                # "Three men, aged 38, 45 and 47, were arrested": ages of the men counted
                before = aged - 1 if aged >= 1 and low[aged - 1] == "," else aged
                outer = _np_left(tok, before - 1, names=names) if before >= 1 else None
                return None if outer is None else replace(outer, end=e + 1)
            return np
        if np is not None and np.end > e + 1:
            return None
    return None


#: Words before "many" that make it part of a phrase of its own ("as many as", "how many").
_MANY_JOINED = frozenset({"as", "how", "so", "too"})
#: Words after "many" that make it no count of the noun after it ("many of them").
_MANY_NOT_COUNTING = frozenset({"as", "of", "more", "others", "other", "times"})


def _many_counts(low: list[str], s: int) -> bool:
    """Whether "many" at token ``s`` counts the noun after it ("Many villagers were killed":
    many, coded 10), not part of "as many as" or "how many"."""
    return (low[s] == "many" and s + 1 < len(low) and low[s + 1] not in _MANY_NOT_COUNTING
            and _is_word(low[s + 1]) and (s == 0 or low[s - 1] not in _MANY_JOINED))


def _ages_listed(low: list[str], i: int) -> int | None:
    """The token of "aged" where the number at token ``i`` is one of the ages it lists
    ("aged 38, 45 and 47"), else None."""
    k = i - 1
    while k >= max(0, i - 12) and (_is_digits(low[k]) or low[k] in {",", "and"}):
        k -= 1
    return k if k >= 0 and low[k] == "aged" else None


# ---------------------------------------------------------------------------
# Triggers


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    trigger: Trigger

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(self, start: int, end: int, trigger: Trigger) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "trigger", trigger)


slot_init(_Hit)


@functools.cache
def _trigger_starts() -> frozenset[str]:
    """Words at which :func:`_triggers` may find something."""
    lex = casualty_lexicon()
    return frozenset(lex.phrases) | frozenset(lex.words) | lex.casualty_nouns | lex.struck_where


_TERM_NOUNS = frozenset({"term", "terms", "word", "words", "phrase", "expression",
                         "euphemism", "label"})


def _word_named(low: list[str], i: int) -> bool:
    """Whether token ``i`` is a word quoted as a word ('the term "neutralized"')."""
    return i >= 2 and low[i - 1] in _QUOTES and low[i - 2] in _TERM_NOUNS


#: Words before "to" that say the deed was done: "managed to kill", "went on to arrest".
# (translated copy tells a result so: "the strike led to kill 5 terrorists")
_DONE_BEFORE_TO = frozenset({"managed", "able", "on", "succeeded", "continued", "began",
                             "started", "proceeded", "led", "leading"})


def _purpose(low: list[str], i: int) -> bool:
    """Whether the verb at ``i`` is what someone meant or tried to do ("to arrest"), or
    joined to such a verb ("efforts are on to rescue the victims and arrest the
    perpetrators")."""
    if i >= 2 and low[i - 1] == "to":
        return _meant_to(low, i - 1)
    if i < 2 or low[i - 1] not in {"and", "or"} or low[i].endswith(("ed", "ing")):
        return False
    for k in range(i - 2, max(0, i - 9), -1):
        if not _is_word(low[k]):
            return False  # another clause
        if low[k] == "to" and k >= 1:
            return _meant_to(low, k) and low[k + 1] not in _OF_DETERMINERS
    return False


#: Words of a time told between "able" and its "to" in translated copy: "were able today,
#: Tuesday, to kill", "managed on Sunday night to arrest", "were able, at dawn today, to
#: arrest", "in the early hours of today" (weekdays are read as well).
_TIME_BEFORE_TO = frozenset({"today", "yesterday", "tonight", "this", "last", "morning",
                             "evening", "afternoon", "night", "dawn", "early", "late",
                             "hours", "midnight"})
#: Words that join such a time's words.
_TIME_JOINS = frozenset({",", "on", "at", "in", "the", "of"})
#: Most tokens such a time takes (", in the early hours of today ,").
_TIME_BEFORE_TO_TOKENS = 8


def _meant_to(low: list[str], k: int) -> bool:
    """Whether "to" at ``k`` opens what was meant, not what was done ("went on to kill",
    "managed to arrest"); "efforts are on to arrest" is meant."""
    before = low[k - 1]
    if before in _DONE_BEFORE_TO:
        return before == "on" and k >= 2 and low[k - 2] in {"are", "is", "were", "was"}
    # "were able today, Tuesday, to kill": the time between is stepped over
    j = k - 1
    timed = False
    while j > 0 and k - j <= _TIME_BEFORE_TO_TOKENS and (
            low[j] in _TIME_JOINS or low[j] in _TIME_BEFORE_TO or low[j] in _weekdays()):
        timed = timed or low[j] not in _TIME_JOINS
        j -= 1
    return not (timed and low[j] in _DONE_BEFORE_TO and low[j] != "on")


@functools.cache
def _weekdays() -> frozenset[str]:
    """The weekdays' names, lower-cased (from the date words, once per process)."""
    return frozenset(day.lower() for day in date_words().weekdays)


def _triggers(tok: _Tokens) -> list[_Hit]:
    lex = casualty_lexicon()
    low = tok.low
    hits: list[_Hit] = []
    i = 0
    starts = _trigger_starts()
    # only tokens that start a phrase or are a trigger can add a hit; the rest are stepped over
    for k in [k for k, w in enumerate(low) if w in starts]:
        if k < i:
            continue  # inside the phrase matched before
        i = k
        w = low[i]
        matched = False
        for seq, trig, after_verb in lex.phrases.get(w, ()):
            if tuple(low[i : i + len(seq)]) == seq:
                if after_verb:
                    if i and low[i - 1] in _NOT_TO_DEATH:
                        continue  # "sentenced to death": a verdict, not a killing
                    if i and (low[i - 1].endswith(("ed", "en")) or low[i - 1] in _PAST_IN_T):
                        hits.append(_Hit(i - 1, i + len(seq), trig))
                    else:
                        verb = _verb_before_object(tok, i)
                        if verb is None:
                            continue
                        # "beat him to death", "hacked the two men to death": the verb takes
                        # the victims as its object
                        hits.append(_Hit(verb, verb + 1, trig))
                else:
                    hits.append(_Hit(i, i + len(seq), trig))
                i += len(seq)
                matched = True
                break
        if matched:
            continue
        if w in lex.struck_where:
            if _struck_in_a_body_part(tok, i):
                hits.append(_Hit(i, i + 1, Trigger("wounded", "past")))
            i += 1
            continue
        if w in lex.words:
            trig = lex.words[w]
            if trig.kind == "killed" and _found_alive(low, i + 1):
                i += 1  # "Two of those reported dead were found alive": no deaths
                continue
            if trig.form == "present" and i and (low[i - 1] in {"a", "an"} or (
                    low[i - 1] in _SEVERITY)):
                trig = Trigger(trig.kind, "noun")  # "a bullet wound": the noun, not the verb
            if _word_named(low, i):
                pass  # 'use the term "neutralized" to mean ...': the word itself, told of
            elif trig.form == "present" and _purpose(low, i):
                pass  # "an operation to arrest suspects", "tried to kill": meant, not done
            elif not (trig.form == "noun" and i and tok.raw[i][:1].isupper()):
                hits.append(_Hit(i, i + 1, trig))  # "Body of ..." mid-sentence is a name
        elif w in lex.casualty_nouns:
            hits.append(_Hit(i, i + 1, Trigger("killed", "casualties")))
        i += 1
    # "killed ... to death": the phrase replaces the single-word hit before it
    cleaned: list[_Hit] = []
    for h in hits:
        if cleaned and cleaned[-1].start == h.start:
            cleaned[-1] = h
        else:
            cleaned.append(h)
    if any(h.trigger.form == "toll" for h in cleaned):
        cleaned = _revised_counts(tok, cleaned)
    return cleaned


#: Words between a death word and "alive" that say the people were not dead after all:
#: "reported dead were later found alive", "presumed killed have turned up alive".
_FOUND_ALIVE_BETWEEN = frozenset({"were", "was", "had", "have", "has", "been", "later", "since",
                                  "found", "discovered", "turned", "up", "rescued", "still",
                                  "are", "is", "all"})


def _found_alive(low: Sequence[str], at: int) -> bool:
    """Whether the words from ``at`` say the people of the death word before were found
    alive ("Two of those reported dead were found alive"): a count the teller takes back,
    no deaths."""
    for k in range(at, min(len(low), at + 6)):
        if low[k] == "alive":
            return k > at
        if low[k] not in _FOUND_ALIVE_BETWEEN:
            return False
    return False


#: Verbs whose past ends in "t" before "to death" ("shot to death", "burnt to death"): not
#: a noun of the object that ends so ("stabbed a journalist to death").
_PAST_IN_T = frozenset({"shot", "burnt", "beat", "hit", "cut", "knifed", "kicked"})


#: Words between a toll and its number: "the death toll has risen to 9", "stands at 11".
_TOLL_VERBS = frozenset({"rose", "has", "had", "risen", "climbed", "reached", "stood", "stands",
                         "is", "was", "of", "at", "to", "now", "since", "increased", "jumped",
                         "hit", "later", "then", "subsequently", "eventually",
                         "further", "officially", "finally"})
#: Words of a toll told as changed, read between the toll and its figure when they follow it
#: directly: "the death toll was later revised to three", "was lowered to 9".
_TOLL_REVISED = TOLL_CHANGED  # the shared lexicon, eventcoder.revisions
#: A toll that counts something else: "the casualty toll", "road tolls".
_NOT_DEATH_TOLL = frozenset({"casualty", "injury", "road", "bridge", "highway"})


#: What links "the number of militants killed ..." to its figure.
_NUMBER_IS = frozenset({"to", "at", "was", "is", "reached"})


#: The determiners of a translation's "(2) from our heroes": some of a side's own people.
_OWN_DETERMINERS = frozenset({"our", "its", "their"})


def _revised_counts(tok: _Tokens, hits: list[_Hit]) -> list[_Hit]:
    """Read "the number of militants killed in the raid ... to seven" as one toll of the kind
    of the casualty word inside it, dropping that word's own reading; drop "the number of"
    and "toll" that count no people ("the number of operations", "road tolls")."""
    low = tok.low
    out: list[_Hit] = []
    drop_until = -1
    for k, h in enumerate(hits):
        if h.start < drop_until:
            continue
        if h.trigger.form != "toll":
            out.append(h)
            continue
        if low[h.start] == "toll" and h.start and low[h.start - 1] in _NOT_DEATH_TOLL:
            continue
        if low[h.start] != "number":
            out.append(h)
            continue
        inner = next((x for x in hits[k + 1:] if x.start < h.end + 16), None)
        if inner is None or inner.trigger.form in {"casualties", "toll"}:
            continue
        if any(low[t] in {"to", "at"} and parse_number_at(tok, t + 1) is not None
               for t in range(h.end, inner.start)):
            # "the number of operations remained at 38 and the number of ISIS members
            # detained at 46": the first count closes on its own figure and counts no people
            continue
        stop = min(len(low), h.end + 32)
        for t in range(inner.end, stop):
            if low[t] in {".", ";"}:
                break
            # "to seven", "at 46", and "the number of ISIS terrorists killed in the
            # operation ... was 11, and not 8": the count the number is said to be
            if low[t] in _NUMBER_IS and parse_number_at(tok, t + 1) is not None:
                out.append(_Hit(h.start, t, Trigger(inner.trigger.kind, "toll")))
                drop_until = t
                break
        if drop_until < inner.end:
            if _count_before_number(tok, h.start) is not None:
                # "raised to 64 the number of U.S. service members who suffered injuries"
                out.append(_Hit(h.start, inner.end, Trigger(inner.trigger.kind, "toll")))
                drop_until = inner.end
    return out


def _count_before_number(tok: _Tokens, at: int) -> int | None:
    """The token where the count of "raised to 64 the number of ..." starts (``at`` is
    "number"): a count told before the people it counts."""
    low = tok.low
    if at < 3 or low[at - 1] != "the":
        return None
    for t in range(at - 2, max(-1, at - 9), -1):
        if low[t] == "to":
            num = parse_number_at(tok, t + 1)
            if num is None or num.value is None:
                return None
            if num.end == at - 1:
                return t + 1
            # "lowered to 9 from 13 the number of ...": the figure it replaces between
            if low[num.end] == "from" and (
                    old := parse_number_at(tok, num.end + 1)) is not None and old.end == at - 1:
                return t + 1
            return None
    return None


def _count_told_after_verb(tok: _Tokens, subj: _NP, at: int) -> _NP:
    """The subject counted by a number in brackets right after its verb (``at``), as
    translated releases write: "Terrorists were liquidated (9) in the strike" are nine."""
    if subj.num is not None or subj.count is not None or subj.party is None:
        return subj
    num = parse_number_at(tok, at)
    if num is None or num.value is None or num.vague or num.end != at + 1:
        return subj
    return replace(subj, count=num.value, low=num.low, high=num.high,
                   qualifier=num.qualifier, num=(num.start, num.end))


def _count_before_participle(tok: _Tokens, i: int) -> Number | None:
    """The count between "the" and a participle at token ``i`` told as an adjective: "the
    three injured persons", people told of before or counted here. (Without "the", "seven
    injured guards were able to escape" may be some of those counted before.)"""
    for s in range(i - 1, max(0, i - 5), -1):
        num = parse_number_at(tok, s)
        if num is not None and num.end == i and num.value is not None and not num.vague \
                and tok.low[s - 1] in {"the", "these", "those"}:
            return num
    return None


_NOT_TO_DEATH = frozenset({"sentenced", "condemned", "threatened", "frightened", "scared"})


def _verb_before_object(tok: _Tokens, i: int) -> int | None:
    """The verb of "VERB OBJECT to death" (``i`` is "to"): the object ends right before ``i``."""
    lex = casualty_lexicon()
    low = tok.low
    for j in range(i - 2, max(-1, i - 8), -1):
        t = low[j]
        if not _is_word(t) or t in lex.np_stop or t in lex.det_def or t in lex.det_one:
            continue
        np = _np_right(tok, j + 1)
        if np is not None and np.end == i and (np.count is not None or np.low is not None):
            return None if t in _NOT_TO_DEATH else j
    return None


@dataclass(slots=True)
class _Found:
    kind: Kind
    np: _NP
    trig: tuple[int, int]
    subset: bool = False
    zero_override: bool = False


_SUBSET_HEAD = ("including", "among", "of", "incl")


_PEOPLE_NOUNS = frozenset({"hostage", "hostages", "detainees", "arrestees"})
_TIMES_COUNT = frozenset({"several", "multiple", "many", "numerous", "repeated", "a", "few"})


#: Words of how often someone was struck ("shot twice") and of where the hurt were taken.
_REPEATS = frozenset({"once", "twice", "thrice"})
_TREATED_AT = frozenset({"hospital", "clinic"})


def _chain_left(tok: _Tokens, i: int, hits_at: dict[int, _Hit]) -> tuple[int, bool, bool]:
    """Skip auxiliaries, adverbs and joined verbs left of token ``i``.

    Returns (index of the token before the chain, passive?, negated?).
    """
    lex = casualty_lexicon()
    low = tok.low
    k = i - 1
    passive = neg = False
    tentative: int | None = None  # "was fired on and killed": verbs that need an auxiliary
    while k >= 0:
        t = low[k]
        if _surname_in_a_chain(tok, k, i):
            break  # "Ibrahim Said died": a capitalised word after a name is the surname
        if t in lex.passive_aux:
            passive = True
            tentative = None
        elif t in lex.negators and t not in {"no", "none", "nobody"}:
            neg = True
        elif t in _PEOPLE_NOUNS:
            break  # "both hostages were beheaded": the trigger noun is the subject's head
        elif t in lex.aux or _adverb(low, k) or t in lex.words:
            pass
        elif k in hits_at or t in _SUFFERED or (t in lex.non_person and k + 1 in hits_at):
            pass  # "sustained bullet injuries and died": the subject is further left
        elif t == "times" and k >= 1 and (
            low[k - 1] in _TIMES_COUNT or low[k - 1] in number_words().cardinals
            or _is_digits(low[k - 1])
        ):
            k -= 1  # "he was shot several times and died"
        elif t in lex.body_parts and (wound := _wound_place_start(low, k)) is not None:
            k = wound  # "the officer was shot in the leg and later died"
        elif t in _REPEATS or t in {",", "but"} and k >= 1 and low[k + 1] != "," and (
                t == "but" or low[k + 1] in {"and", "but"}) and (
                low[k - 1] in _REPEATS or low[k - 1] in _TREATED_AT
                or low[k - 1] in lex.body_parts or t == "but" and low[k - 1] == ","):
            pass  # "was shot twice in the chest, and later died", "taken to hospital but died"
        elif t in _TREATED_AT and (ward := _wound_place_start(low, k)) is not None:
            k = ward  # "was rushed to the hospital and died", "was taken to a clinic but died"
        elif (t.endswith("ed") and len(t) > 4) or t in {"on", "upon", "at", "up", "taken"}:
            if tentative is None:
                tentative = k
        else:
            break
        k -= 1
    if tentative is not None:
        k = tentative
    return k, passive, neg


def _surname_in_a_chain(tok: _Tokens, k: int, i: int) -> bool:
    """Whether token ``k``, left of the lower-case word at ``i``, is a capitalised word
    after a capitalised name inside the sentence ("Omar Said", "Lina Found"): the surname,
    not a verb of the chain, in running text (not a headline's capitals)."""
    if i >= len(tok.raw) or not tok.raw[i][:1].islower():
        return False
    return _capital_after_a_capital(tok, k)


def _surname_after_a_name(tok: _Tokens, k: int) -> bool:
    """Whether the capitalised word at token ``k`` goes on the name before it ("Ibrahim
    Said died", "Nadia Left, a nurse,"), before a lower-case word or a stop of the clause
    (not a headline's capitals: "Two Soldiers Killed In Raid")."""
    raw = tok.raw
    if k + 1 >= len(raw) or not (raw[k + 1][:1].islower() or raw[k + 1] in {",", ".", ";"}):
        return False
    return _capital_after_a_capital(tok, k)


def _capital_after_a_capital(tok: _Tokens, k: int) -> bool:
    """A capitalised word of two letters or more (no weekday, no month) after another,
    the first not opening its sentence."""
    raw = tok.raw
    if k < 1:
        return False
    w, prev = raw[k], raw[k - 1]
    if not (w[:1].isupper() and w.isalpha() and len(w) > 1 and prev[:1].isupper()
            and prev.isalpha() and len(prev) > 1):
        return False
    if tok.low[k] in _NOT_SURNAMES or tok.low[k] in number_words().months:
        return False
    return k < 2 or raw[k - 2] not in {".", "!", "?"}


#: Nouns that end as adverbs do: "two members of his family were killed".
_LY_NOUNS = frozenset({"family", "families", "assembly", "ally", "rally", "supply", "belly"})


def _adverb(low: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` is an adverb by its ending ("later", not "his family")."""
    t = low[k]
    if not t.endswith("ly") or len(t) <= 4 or t in _LY_NOUNS:
        return False
    lex = casualty_lexicon()
    return k == 0 or low[k - 1] not in lex.det_def and low[k - 1] not in lex.det_one \
        and low[k - 1] not in {"a", "an"}


def _struck_in_a_body_part(tok: _Tokens, i: int) -> bool:
    """Whether "shot" at token ``i`` is told with the body part it struck ("was shot in the
    leg", "shot a trader in the back") of people told here for the first time, and no death
    follows in the clause: a wound. (Alone, "was shot" tells neither a wound nor a death; of
    one named or told of before, "shot him in the head" tells how a death told was dealt.)"""
    lex = casualty_lexicon()
    low, raw = tok.low, tok.raw
    placed = None
    for k in range(i + 1, min(len(low), i + 12)):
        t = low[k]
        if t in {".", ";", "!", "?"}:
            break
        trigger = lex.words.get(t)
        if trigger is not None and trigger.kind == "killed" or t in lex.phrases and any(
                trig.kind == "killed" for _, trig, _ in lex.phrases[t]):
            return False  # "shot in the head and killed", "shot in the chest; he died"
        if placed is None and t in lex.body_parts:
            wound = _wound_place_start(low, k)
            placed = wound if wound is not None and i < wound <= i + 6 else None
    if placed is None:
        return False
    if placed > i + 1:  # "shot a trader in the back": the people between
        first = i + 1
    else:  # "a trader was shot in the back": the people before the auxiliaries
        first = i - 1
        while first >= 0 and (low[first] in lex.passive_aux or low[first] in lex.aux
                              or low[first] == ","):
            first -= 1
    return first >= 0 and low[first] not in lex.pron_one and low[first] not in (
        lex.pron_many) and not (raw[first][:1].isupper() and first > 0 and (
            raw[first - 1] not in {".", "!", "?"}))


def _wound_place_start(low: Sequence[str], k: int) -> int | None:
    """The preposition of "in the leg", "in his chest" whose body part is token ``k``."""
    j = k - 1
    while j >= 0 and low[j] in _POSSESSIVES:
        j -= 1
    if j >= 1 and low[j] in {"in", "on", "to", "through"}:
        return j
    return None


def _verb_opens_the_sentence(tok: _Tokens, i: int) -> bool:
    """Whether the participle at token ``i`` follows only an auxiliary that opens the
    sentence ("Was killed ...", "Were arrested ...")."""
    k = i - 1
    while k >= 0 and tok.low[k] in _AUXILIARIES:
        k -= 1
    return k < i - 1 and (k < 0 or tok.low[k] in _QUOTES) and tok.raw[k + 1][:1].isupper()


def _counted_people_at(tok: _Tokens, i: int) -> bool:
    """Whether a number of people starts at token ``i`` ("14 terrorists", "three others")."""
    t = tok.low[i]
    if not (_is_digits(t) or t in number_words().cardinals):
        return False
    np = _np_right(tok, i, allow_bare=False, names=False)
    return np is not None and np.count is not None and np.party is not None and not np.animal


def _figure_after_people(tok: _Tokens, i: int, np: _NP | None = None) -> _NP | None:
    """The people counted at token ``i`` with their figure after their noun, as a
    translation from Russian or French writes them ("were liquidated bandits 3,", "were
    neutralized terrorists 31."): the noun, then digits that close the clause. ``np`` is
    the noun phrase read at ``i``, where already read."""
    n = len(tok.low)
    if np is None:
        if _is_digits(tok.low[i]):
            return None
        np = _np_right(tok, i, names=False)
    if np is None or np.num is not None or np.party is None or np.animal or np.end >= n:
        return None
    at = np.end
    value = _digits_value(tok.low[at]) if _is_digits(tok.low[at]) else None
    if value is None or not _plural(casualty_lexicon(), tok.low[np.party[1] - 1]) or (
            at + 1 < n and tok.low[at + 1] not in {",", ".", ";"}):
        return None
    return replace(np, end=at + 1, count=value, low=value, high=value, qualifier="exact",
                   num=(at, at + 1))


_TELLING_VERBS = frozenset({"said", "says", "told", "added", "stated", "reported",
                            "announced", "confirmed", "wrote", "posted"})


def _subsets_after(tok: _Tokens, p: int, kind: Kind, out: list[_Found]) -> _NP | None:
    """Read ", including 2 children" or "among them 3 soldiers" after a total at token ``p``;
    return the attacker told after the list's closing comma ("..., including two guards,
    and the gunman"), one more of those the verb counts, or None."""
    low = tok.low
    n = len(low)
    j = p
    while j < n and low[j] in {",", "(", "—", "–", "-", ":"}:
        j += 1
    if j >= n:
        return None
    if low[j] in {"including", "incl"}:
        j += 1
    elif low[j] == "among" and j + 1 < n and low[j + 1] in {"them", "whom", "those"}:
        j += 2
        while j < n and low[j] in {"were", "are", "was", "is", ","}:
            j += 1
    elif low[j] == "of" and j + 1 < n and low[j + 1] == "whom":
        j += 2
    else:
        return None
    while j < n:
        np = _np_right(tok, j)
        if np is None or np.count is None and np.low is None:
            return None
        if np.end < n and low[np.end] in _TELLING_VERBS:
            return None  # "injured 12, including a child, regional governor Ivan Fedorov said"
        if out and out[-1].subset and np.perpetrator and np.definite and np.count == 1 \
                and j >= 2 and low[j - 1] == "and" and low[j - 2] == ",":
            # "killed five people, including two guards, and the gunman": the one attacker
            # after the list's closing comma is one more of the dead, not one of the five
            # (a count of them, "including three policemen, and three bombers", is a
            # part listed with a comma before its "and")
            return np
        out.append(_Found(kind, np, (np.start, np.end), subset=True))
        j = np.end
        if j < n and low[j] in {",", "and"}:
            j += 1
            if j < n and low[j] == "and":
                j += 1
            if j < n and low[j] in _CLOSING_QUOTES:
                return None  # "... among them two cell leaders," Lt. Col. X said: the quote ends
            continue
        return None
    return None


#: Words before a noun phrase that make it a place or a time, not people joined to a count.
_PLACE_PREPOSITIONS = frozenset({"at", "on", "in", "into", "inside", "outside", "near", "from",
                                 "to", "towards", "toward", "across", "along", "during"})


def _either_verb(low: Sequence[str], h: _Hit, hits: Sequence[_Hit], idx: int) -> bool:
    """Whether a verb is one of two joined by "or" that share their object ("killed or
    wounded 4"): the count is of both together, so of neither alone."""
    n = len(low)
    if idx + 1 < len(hits) and h.end + 1 < n and low[h.end] == "or" \
            and hits[idx + 1].start == h.end + 1:
        return True
    return idx > 0 and h.start >= 1 and low[h.start - 1] == "or" \
        and hits[idx - 1].end == h.start - 1


def _one_with_two_names(tok: _Tokens, prev: _NP, cur: _NP) -> bool:
    """Whether ``prev`` "and" ``cur`` before a singular verb (any verb but a plural one
    after a parent) tell one person: "a teacher and mother of two was shot", "a guard and
    father of three died", where the second noun has no article of its own."""
    low = tok.low
    return prev.count == 1 and prev.party is not None and prev.num is not None and (
        low[prev.num[0]] in {"a", "an"}) and cur.count == 1 and cur.num is None and (
        not cur.definite) and tok.raw[cur.start][:1].islower() and cur.start >= 1 and (
        low[cur.start - 1] == "and") and (
        cur.end < len(low) and (_NUMBER_OF_VERB.get(low[cur.end], 1) == 1 and (
            _a_parent(tok, cur) or low[cur.end] in _NUMBER_OF_VERB)))


def _one_told_before(tok: _Tokens, close: int) -> _NP | None:
    """The one person before a parent or kin told between commas that ends at the comma
    ``close``: "a teacher" of "a teacher, a mother of two," or None."""
    low = tok.low
    c = next((x for x in range(close - 1, max(-1, close - 12), -1) if low[x] == ","), None)
    if c is None or c < 1 or _parent_told_after(tok, c + 1) != close:
        return None
    before = _np_left(tok, c - 1, names=False)
    return before if before is not None and before.count == 1 else None


#: Words before people told beside a count of another clause: "along with both bombers",
#: "excluding the attacker", "besides the driver".
_BESIDE_THE_COUNTED = frozenset({"with", "excluding", "besides", "plus"})


def _coordinated_left(tok: _Tokens, np: _NP) -> list[_NP]:
    """Noun phrases joined to ``np`` on its left: "2 police and 3 civilians"."""
    lex = casualty_lexicon()
    low = tok.low
    found = [np]
    cur = np
    seen_and = False
    while cur.start >= 2 and low[cur.start - 1] in {"and", ","}:
        if low[cur.start - 1] == ",":
            if not seen_and:
                break
        else:
            seen_and = True
        k = cur.start - 2
        if low[k] == "," and low[cur.start - 1] == "and":
            k -= 1
            named = _name_before_role(tok, k + 1) or _role_before_name(tok, k)
            if named is not None:
                # "Omar Karim, president of the traders' union, and his friend were
                # killed": the role says who the first was; both are counted; so in "a
                # guard, identified as Omar Karim, and a driver were hurt"
                found.insert(0, named)
                break
            before = _one_told_before(tok, k + 1)
            if before is not None:
                # "A teacher, a mother of two, and her driver were killed": the parent is
                # the teacher told again
                found.insert(0, before)
                cur = before
                continue
        prev = _np_left(tok, k, names=False)
        if prev is None and low[cur.start - 1] == "and" and low[cur.start - 2] != "," \
                and (_told_after_a_person(tok, cur) or _a_name(tok, cur)):
            # "Okafor and two of his guards were hurt", "Bello and another driver died":
            # the one the possessive or "another" looks back to is a person named; so is
            # one named beside another ("Karim and Omar died", "Okafor and Bello died")
            prev = _person_named_left(tok, k)
        if prev is None or prev.generic and prev.count is None:
            break
        if prev.party is not None and any(low[x] in _STRIKING_VERBS
                                          for x in range(prev.party[0] + 1, prev.party[1])):
            break  # "a wave of bombing hit the centre of Derry and nine people died": a clause
        if prev.start and low[prev.start - 1] in _PLACE_PREPOSITIONS:
            break  # the object of a preposition: "two died at the scene and a third ..."
        if prev.start and low[prev.start - 1] in {"by", "upon"}:
            # the agent or the target of another clause: "came under attack by gunmen and
            # two of the guards were killed", "fired upon the crowd and a boy was hurt"
            break
        if prev.start and low[prev.start - 1] in _BESIDE_THE_COUNTED \
                and low[cur.start - 1] == "and" and low[cur.start - 2] == ",":
            # the companions of another clause's verb, closed by its comma: "eleven were
            # killed, along with both bombers, and 16 others were injured"; "twelve were
            # killed, excluding the two bombers, and 30 others were hurt"
            break
        if prev.start and (
            low[prev.start - 1] in lex.words or low[prev.start - 1] in lex.zero_words
        ):
            break  # the object of another verb: "killing the chief, and 7 others were hurt"
        if low[cur.start - 1] == "and" and low[cur.start - 2] == "," and _told_as_a_part(
                low, prev.start):
            # "Four were killed, including a nurse, and nine others were hurt": the part of
            # the total before it, closed by its comma, not one more of those hurt; but
            # "Five people, including two guards, and the gunman were killed": the one
            # attacker joined to a total with no verb of its own makes the subject with it,
            # the list of parts aside
            total = _total_before_list(tok, cur.start - 2) if (
                cur.perpetrator and cur.definite and cur.count == 1) else None
            if total is not None:
                found.insert(0, total)
            break
        if low[cur.start - 1] == "," and prev.start and low[prev.start - 1] in lex.np_stop \
                and not _there_were(low, prev.start):
            break  # an opening phrase: "During the raid, two guards and a cook were killed"
        if _one_with_two_names(tok, prev, cur) and len(found) == 1:
            # "A soldier and father of four was killed": the article before the first noun
            # covers the second, and the singular verb says they are one person
            assert prev.party is not None
            return [replace(prev, end=cur.end, party=(prev.party[0], cur.end))]
        found.insert(0, prev)
        cur = prev
    return found


def _told_as_a_part(low: Sequence[str], start: int) -> bool:
    """Whether the phrase at token ``start`` follows "including" or "among them", itself or
    as the last of the parts listed ("including a clerk and a guard"): a part of a total
    told before it."""
    for k in range(start - 1, max(-1, start - 12), -1):
        if low[k] in {"including", "incl"}:
            return True
        if k >= 1 and low[k - 1] == "among" and low[k] in {"them", "those"}:
            return True
        if not _is_word(low[k]) and low[k] != "-":
            return False
    return False


#: Words that tell a person by someone named just before: "his driver", "two of her sons",
#: "another guard".
_LOOKING_BACK = frozenset({"his", "her", "another"})


def _told_after_a_person(tok: _Tokens, np: _NP) -> bool:
    """Whether ``np`` is told by the person before it: "his driver", "another policeman",
    "two of his guards" (a count of the person's own)."""
    low = tok.low
    i = np.start
    if low[i] in _LOOKING_BACK:
        return True
    if np.num is not None and np.num[1] + 1 < np.end and low[np.num[1]] == "of":
        return low[np.num[1] + 1] in _LOOKING_BACK
    return False


def _a_name(tok: _Tokens, np: _NP) -> bool:
    """Whether ``np`` is one person told by a capitalised name alone ("Okafor", "Omar
    Said"): every word of its party capitalised, or the whole phrase one opening with a
    capitalised word."""
    if np.count != 1 or np.num is not None or np.party is None:
        return False
    if all(tok.raw[x][:1].isupper() for x in range(*np.party)):
        return True
    return (np.party == (np.start, np.end) and tok.raw[np.start][:1].isupper()
            and _is_word(tok.raw[np.start]))


def _name_ending_at(tok: _Tokens, e: int) -> _NP | None:
    """One person named by a capitalised name that ends at token ``e``, or None."""
    named = _np_left(tok, e)
    if named is None or named.count != 1 or named.num is not None or named.party is None \
            or named.end != e + 1 or not tok.raw[named.party[0]][:1].isupper():
        return None
    return named


def _person_named_left(tok: _Tokens, e: int) -> _NP | None:
    """One person named by a capitalised name ending at token ``e`` and opening its clause
    (at the start of the sentence, or after a comma or semicolon, not after a place it
    lies in), or None."""
    low, raw = tok.low, tok.raw
    named = _name_ending_at(tok, e)
    if named is None:
        return None
    before = named.start - 1
    if before >= 0 and low[before] not in {".", ",", ";"}:
        return None
    if before >= 1 and low[before] == "," and raw[before - 1][:1].isupper():
        return None  # the last of places told one inside another: "Kirkuk, Iraq"
    return named


def _name_before_role(tok: _Tokens, close: int) -> _NP | None:
    """The person named before a role ("X of Y") told between commas that ends with the
    comma at token ``close`` ("Omar Karim, president of the traders' union,"), or None."""
    lex = casualty_lexicon()
    low, raw = tok.low, tok.raw
    for c in range(close - 1, max(0, close - 16), -1):
        if low[c] == ",":
            role = low[c + 1:close]
            if c < 1 or len(role) < 3 or "of" not in role[1:] or any(
                    w in lex.words or w in {"and", "or", "who", "which"} or _is_digits(w)
                    or not _is_word(w) for w in role):
                return None  # a role is "X of Y" told between the commas
            named = _np_left(tok, c - 1)
            if named is None or named.count != 1 or named.num is not None \
                    or named.party is None or not raw[named.party[0]][:1].isupper():
                return None
            return named
    return None


def _role_before_name(tok: _Tokens, e: int) -> _NP | None:
    """One person told by a role, then named between commas, the name ending at token
    ``e``: "a guard, identified as Omar Karim," or "the driver, Omar Karim,"; None where
    the words there are not so."""
    low = tok.low
    named = _name_ending_at(tok, e)
    if named is None:
        return None
    j = named.start - 1
    if j >= 2 and low[j] == "as" and low[j - 1] == "identified":
        j -= 2
    elif j >= 1 and low[j] == "named":
        j -= 1
    if j < 1 or low[j] != ",":
        return None
    role = _np_left(tok, j - 1, names=False)
    if role is None or role.count != 1 or role.num is None or role.party is None \
            or role.end != j:
        return None
    return replace(role, end=named.end)


#: Verbs of a blow that end a noun phrase read leftwards: "a blast hit the town and ...".
_STRIKING_VERBS = frozenset({"hit", "struck", "rocked", "shook", "targeted", "attacked",
                             "ambushed", "bombed", "shelled", "tore", "ripped"})


def _there_were(low: Sequence[str], start: int) -> bool:
    """Whether the phrase at token ``start`` follows "there were" (or "there was"): "There
    were six women, a boy and two men injured" lists its people from the first."""
    return start >= 2 and low[start - 1] in {"were", "was", "are", "is"} \
        and low[start - 2] == "there"


def _apposition(tok: _Tokens, name: _NP, nxt: _NP) -> bool:
    """Whether ``nxt``, after a comma, describes the person ``name`` names: one person told
    by "the" or "a" ("the group's wali of Anbar", "a senior ISIS official") and closed by a
    comma, after a name that no number counts ("Abu Talha", "Talha") or one told by an
    article ("the militant Abu Talha")."""
    low, raw = tok.low, tok.raw
    return (name.count == 1 and name.party is not None and (
                name.num is None and raw[name.party[0]][:1].isupper()
                or name.num is not None and low[name.num[0]] in {"the", "a", "an"}
                and any(raw[x][:1].isupper() for x in range(name.party[0] + 1,
                                                             name.party[1])))
            and nxt.count == 1 and nxt.num is not None and low[nxt.num[0]] in {"the", "a", "an"}
            and nxt.end < len(low) and low[nxt.end] == ",")


def _describes(tok: _Tokens, name: _NP, nxt: _NP) -> bool:
    """Whether ``nxt`` right after the name ``name`` and its comma tells who he was: one
    person told by "a", "an" or "the" after a capitalised name no number counts."""
    low, raw = tok.low, tok.raw
    return (name.count == 1 and name.num is None and name.party is not None
            and raw[name.party[0]][:1].isupper() and nxt.start == name.end + 1
            and nxt.count == 1 and nxt.num is not None
            and low[nxt.num[0]] in {"the", "a", "an"})


def _second_name(tok: _Tokens, j: int) -> _NP | None:
    """One person named by the capitalised name that starts at token ``j`` and ends its
    list (before a comma, a full stop or a semicolon), or None."""
    low, raw = tok.low, tok.raw
    if j >= len(low) or not raw[j][:1].isupper() or not _is_word(raw[j]):
        return None
    named = _np_right(tok, j)
    if named is None or named.count != 1 or named.num is not None or named.party is None \
            or named.party[0] != j:
        return None
    if named.end < len(low) and low[named.end] not in {",", ".", ";"}:
        return None
    return named


#: "along with", "together with": the word after the first that joins more people.
_ALONG_WITH = {"along": "with", "together": "with"}


def _role_apposition_end(tok: _Tokens, j: int, heads: frozenset[str] | None = None
                         ) -> int | None:
    """The closing comma of a role told after a name from token ``j`` ("leader of the
    so-called 'Ansar' group,", "a commander of the Hurras cell,"), or None. ``heads`` are
    the roles read (ranks where None)."""
    lex = casualty_lexicon()
    low = tok.low
    n = len(low)
    roles = lex.rank_heads if heads is None else heads
    k = j
    if k < n and low[k] in {"the", "a", "an"}:
        k += 1
    while k < n and k - j < 3 and low[k] not in roles and _is_word(low[k]) \
            and low[k] not in lex.np_stop and low[k] not in lex.words:
        k += 1  # "a senior", "the top military"
    if k + 1 >= n or low[k] not in roles or low[k + 1] != "of":
        return None
    for c in range(k + 2, min(n, k + 16)):
        if low[c] == ",":
            return c
        if low[c] in lex.words or low[c] in {"and", "who", "which", "."} \
                or _is_digits(low[c]):
            return None
    return None


def _breakdown_after(tok: _Tokens, nps: list[_NP]) -> list[_NP]:
    """The counted phrases after a count and its comma that add up to it: "killing her six
    relatives, three sons, one daughter and two nieces" tells who the six were, and counts
    nobody more. Empty where the list adds up to no count before it."""
    low = tok.low
    for i, head in enumerate(nps):
        rest = nps[i + 1:]
        if head.count is None or head.count < 2 or head.num is None or len(rest) < 2 \
                or head.end >= len(low) or low[head.end] != ",":
            continue
        if _series_with_the_count(tok, head, rest):
            continue
        if all(r.count is not None and r.num is not None for r in rest) and sum(
                r.count or 0 for r in rest) == head.count:
            return rest
    return []


#: Count words for anyone, whose list after them says who they were: "two people, a farmer
#: and his son", "three relatives, ...".
_ANYONE = frozenset({"men", "women", "children", "civilians", "relatives", "family", "members",
                     "sons", "daughters", "brothers", "sisters", "siblings", "cousins"})


def _series_with_the_count(tok: _Tokens, head: _NP, rest: list[_NP]) -> bool:
    """Whether a count of people by role is the first item of a series closed by ", and":
    "killed two guards, the son of the mayor, and a driver" is four people, where "two
    people, a farmer, his wife, and ..." tells who the people were."""
    low = tok.low
    last = rest[-1]
    if head.generic or head.party is None or last.start < 2 \
            or low[last.start - 1] != "and" or low[last.start - 2] != ",":
        return False
    word = low[head.party[1] - 1]
    return word not in _ANYONE


def _parent_told_after(tok: _Tokens, j: int) -> int | None:
    """The closing comma of one person told as a parent from token ``j`` ("father of
    three,", "a mother of two children,", "a teacher and mother of two,"), or None."""
    low = tok.low
    np = _np_right(tok, j)
    if np is not None and np.count == 1 and np.end + 1 < len(low) and low[np.end] == "and":
        both = _np_right(tok, np.end + 1)  # "a teacher and mother of two": one person
        if both is not None and both.num is None and _one_with_two_names(tok, np, both):
            np = both
    if np is not None and np.count == 1 and np.end + 3 < len(low) and low[np.end] == "with":
        children = parse_number_at(tok, np.end + 1)  # "a widower with three children,"
        if children is not None and children.end + 1 < len(low) and (
                low[children.end] in _OFFSPRING and low[children.end + 1] == ","):
            return children.end + 1
    if np is None or np.end >= len(low) or low[np.end] != "," or not _a_parent(tok, np):
        # "killed a trader, husband of a local councillor, and his guard": one of the
        # family of someone else, told of the trader
        return _role_apposition_end(tok, j, _KIN_OF_ONE)
    return np.end


def _a_parent(tok: _Tokens, np: _NP) -> bool:
    """Whether ``np`` is one person told as a parent: "a father of four"."""
    low = tok.low
    return np.count == 1 and np.party is not None and any(
        low[x] in _PARENTS and low[x + 1] == "of"
        or "-of-" in low[x] and low[x].split("-")[0] in _PARENTS for x in range(*np.party))


#: Words inside a name written in lower case: "Abu Khalid al-Iraqi", "Osama bin Laden".
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "-"})


def _more_after_name(tok: _Tokens, j: int) -> _NP | None:
    """The people joined by "and" after a name told in apposition from token ``j``:
    ", identified as Rafiq, and a village elder" or ", Rafiq, a leader of the cell, and two
    aides" (anyone: the name is closed by its comma), ", Karim Noor and two other officers"
    (a bare name: only people told as others). None where there are none."""
    low, raw = tok.low, tok.raw
    n = len(low)
    k = j
    identified = False
    if k + 1 < n and low[k] == "identified" and low[k + 1] == "as":
        k, identified = k + 2, True
    elif k < n and low[k] == "named":
        k, identified = k + 1, True
    start = k
    # ("identified as Abu Khalid al-Iraqi": a particle inside the name, never first)
    while k < n and k - start < 6 and (raw[k][:1].isupper() and _is_word(raw[k]) or k > start
                                       and (low[k] in _NAME_PARTICLES
                                            or low[k].startswith(("al-", "el-")))):
        k += 1
    if k == start or k + 1 >= n:
        return None
    if identified and low[k] == "," and k + 2 < n:
        k += 1
    elif low[k] == "," and k + 2 < n:
        # ", Omar Taleb, and two associates", ", Omar Taleb, a senior leader of the group,
        # and two associates": the name (and the role after it) closed by its comma says
        # who the one before was; the people after "and" are more
        close = k if low[k + 1] == "and" else _role_apposition_end(tok, k + 1)
        if close is not None and close + 2 < n and low[close + 1] == "and":
            k, identified = close + 1, True
    if low[k] != "and":
        return None
    more = _np_right(tok, k + 1, allow_bare=False)
    if more is None or more.party is None or more.definite and more.party is None:
        return None
    if not identified and not any(low[x] in _ADDITIVE_WORDS or low[x] == "others"
                                  for x in range(more.start, more.end)):
        return None
    return more


#: Words after a role that say whose it is: "the driver and bodyguard of a minister".
_OF_WHOM = frozenset({"of", "for"})
#: One man's staff, told by their roles: "the driver and bodyguard of a minister" are two;
#: "a tribal elder and chief of the council" is one man who is both.
_STAFF = frozenset({"driver", "bodyguard", "guard", "aide", "secretary", "assistant",
                    "escort", "cook", "interpreter", "translator"})


def _staff_of_one(tok: _Tokens, cur: _NP, j: int) -> bool:
    """Whether ``cur`` and the bare noun at ``j`` after "and" are two of one man's staff
    under one definite determiner: "the driver and bodyguard of a minister"."""
    low = tok.low
    return (cur.end - cur.start == 2 and low[cur.start] in _ROLE_DETERMINERS
            and low[cur.start + 1] in _STAFF and low[j] in _STAFF)


#: Words that open the object of a verb: "and left the car", "and set his house on fire".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "several"})


def _verb_with_object(tok: _Tokens, j: int) -> bool:
    """Whether the lower-case word at ``j``, followed by a determiner, is a verb with its
    object ("... and left the car badly damaged"), not a person joined to a list."""
    raw, low = tok.raw, tok.low
    return (j + 1 < len(low) and _is_word(raw[j]) and raw[j].islower()
            and low[j + 1] in _OBJECT_OPENERS)


def _bracketed_name_end(tok: _Tokens, k: int) -> int | None:
    """The token after a name in brackets that opens at token ``k`` ("(Abu Hajar al-Iraqi)"),
    or None."""
    low, raw = tok.low, tok.raw
    if k >= len(low) or low[k] != "(":
        return None
    closing = next((x for x in range(k + 1, min(len(low), k + 8)) if low[x] == ")"), None)
    if closing is None or closing == k + 1 or closing + 1 >= len(low) or not all(
            raw[x][:1].isupper() or low[x] in {"al", "bin", "ibn", "abu", "-"}
            or low[x].startswith("al-") for x in range(k + 1, closing)):
        return None
    return closing + 1


def _coordinated_right(tok: _Tokens, np: _NP, hits_at: dict[int, _Hit]) -> list[_NP]:
    """Noun phrases joined to ``np`` on its right: "a woman and her son", "A, B and C"."""
    lex = casualty_lexicon()
    low, raw = tok.low, tok.raw
    n = len(low)
    found = [np]
    pending: list[_NP] = []  # joined by a comma: kept only when an "and" closes the list
    cur = np
    told_who = False  # a named person's role or kin told after him, between commas
    name_end = _bracketed_name_end(tok, cur.end)
    if name_end is not None and cur.count == 1:
        # "the killing of the terrorist (Abu Hajar) the so-called wali of Kirkuk, and two of
        # his companions": his name in brackets, then perhaps his role; the list goes on
        role_end = _role_apposition_end(tok, name_end + (low[name_end] == ",")) if (
            low[name_end] in _OF_DETERMINERS or low[name_end] == ",") else None
        cur = replace(cur, end=role_end if role_end is not None else name_end)
    while cur.end + 1 < n and low[cur.end] in {"and", ",", "along", "together"}:
        k = cur.end + (low[cur.end] == ",")  # the joining word, past a comma
        if k + 2 < n and _ALONG_WITH.get(low[k]) == low[k + 1]:
            # "killing Abu Yusuf, a senior leader of the group, along with two of his
            # associates": more people joined to the first, not to the phrase in apposition
            nxt = _np_right(tok, k + 2, allow_bare=False)
            # "along with his driver": a possessive names someone beside him, not the
            # people already counted told again ("along with the soldiers")
            if nxt is not None and nxt.party is not None and (
                    not nxt.definite or low[k + 2] in {"his", "her", "their"}):
                found.append(nxt)
            break
        if low[cur.end] in _ALONG_WITH:
            break
        if low[cur.end] == "," and not pending:
            told = _parent_told_after(tok, cur.end + 1)
            if told is not None and cur.count == 1:
                # "killed a farmer, father of three, and his nephew": the parent is the
                # farmer told again; the list goes on after the phrase
                cur = replace(cur, end=told)
                told_who = cur.num is None
                continue
            more = _more_after_name(tok, cur.end + 1)
            if more is not None:
                # "killed a farmer, identified as Rafiq, and a village elder", "killing the
                # police chief, Karim Noor and two other officers": the name says who the
                # one before it was; the people after "and" are more
                found.append(more)
                cur = more
                continue
            close = _role_apposition_end(tok, cur.end + 1)
            if close is not None and close + 2 < n and low[close + 1] == "and":
                # "killing X, leader of the so-called 'Y' group, and 13 other terrorists":
                # the role says who X was; "other" people are joined to him, not to it
                more = _np_right(tok, close + 2, allow_bare=False)
                if more is not None and more.party is not None and more.count is not None \
                        and any(low[x] in _ADDITIVE_WORDS or low[x] == "others"
                                for x in range(more.start, more.end)):
                    found.append(more)
                    cur = more
                    continue
        j = cur.end + 1
        joined_by_and = low[cur.end] == "and"
        if low[cur.end] == "," and j < n and low[j] == "and":
            j += 1
            joined_by_and = True
        if joined_by_and and pending and j < n and (
                j in hits_at or low[j] in lex.words
                or _is_word(low[j]) and low[j].endswith(("ed", "ing"))
                or _verb_with_object(tok, j)):
            # "wounded Ali, two of his guards, and caused damage": the list ends where
            # "and" opens the next verb of the same subject; "killed Noor, a judge, and
            # burned his car" told who Noor was
            found.extend(p for p in pending if not _describes(tok, found[-1], p))
            break
        if j >= n or j in hits_at or low[j] in lex.words:
            break
        nxt = _np_right(tok, j, allow_bare=False)
        if nxt is None and joined_by_and and (told_who and not pending or len(pending) == 1
                                              and _describes(tok, found[-1], pending[0])):
            # "killed Farid Noori, a baker, and Hamid Rahimi, a teacher": after one named
            # person and the words that say who he was, a second name is one more
            nxt = _second_name(tok, j)
        # "his wife, son and two guests": a bare noun in a list, closed by "and" after it
        listed = low[cur.end] == "," and j + 1 < n and low[j + 1] in {"and", ","}
        if nxt is None and (joined_by_and or listed) and cur.count == 1 and _is_word(low[j]) and (
            low[j] not in lex.np_stop and low[j] not in lex.non_person
            and raw[j][:1].islower() and not _plural(lex, low[j])
            and not low[j].endswith(("ed", "ing"))  # "one member and led to ...": a verb
            and (j + 1 >= n or not _is_word(low[j + 1]) or low[j + 1] in lex.np_stop
                 or low[j + 1] in _OF_WHOM and _staff_of_one(tok, cur, j))
        ):
            # "his wife and son": a bare noun sharing the determiner; "killed the driver and
            # bodyguard of a minister": two of one man's staff
            nxt = _NP(j, j + 1, 1, 1, 1, "exact", (j, j + 1), (j, j + 1), definite=cur.definite)
        if nxt is None or nxt.party is None and nxt.bare_number:
            break
        if nxt.definite and nxt.party is None:
            break  # "... and they"
        # "killed 5 soldiers and 3 civilians were injured": the next phrase has its own verb
        after = nxt.end
        if after < n and (low[after] in lex.passive_aux or low[after] in lex.words
                          or low[after] in lex.aux and low[after] not in {"and", "or", "to"}):
            break
        if joined_by_and:
            found.extend(pending)
            pending = []
            found.append(nxt)
        else:
            pending.append(nxt)
        cur = nxt
    last = found[-1]
    if len(found) > 1 and last.party is not None and last.end < n \
            and low[last.end] == "respectively":
        # "killing three and two militants respectively": the counts before the noun are
        # of the people it names
        found = [replace(x, party=last.party, generic=last.generic)
                 if x.party is None and x.count is not None else x for x in found]
    return found


#: Lower-case words a place phrase may hold: "the Qandil mountains", "northern Anbar province".
_PLACE_WORDS = frozenset({
    "the", "of", "province", "provinces", "governorate", "governorates", "district",
    "districts", "area", "areas", "region", "regions", "city", "town", "village", "villages",
    "mountains", "mountain", "desert", "valley", "countryside", "outskirts", "suburbs",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "-"})
#: Prepositions that open the place of a count: "in Nineveh", "near Sinjar".
_COUNT_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "around"})


#: Nouns of one incident among several told by their turn ("in the second blast").
_INCIDENT_NOUNS = frozenset({"blast", "explosion", "attack", "bombing", "ambush", "incident",
                             "strike", "raid", "shooting", "clash", "assault"})


def _place_phrase_end(tok: _Tokens, j: int) -> int | None:
    """The end of a place phrase that starts at token ``j`` with its preposition ("in
    Nineveh Governorate"), or of one incident told by its turn ("in the first blast"), or
    None when the words there name neither."""
    low, raw = tok.low, tok.raw
    n = len(low)
    if j >= n or low[j] not in _COUNT_PLACE_PREPOSITIONS:
        return None
    if j + 2 < n and low[j + 1] == "the" and low[j + 2] in number_words().ordinals:
        # "three were killed in the first blast and two in the second": one of several
        # incidents told by its turn stands as a place does
        return j + 4 if j + 3 < n and low[j + 3] in _INCIDENT_NOUNS else j + 3
    if j + 2 < n and low[j + 1] == "the":
        # "eleven were killed at the police headquarters and twelve at the academy": a
        # site told by its kind stands as a named place does
        sites = site_words()
        for k in range(j + 2, min(n, j + 5)):
            if low[k] in sites.heads and raw[k].islower():
                return k + 1
            if not raw[k].islower() or not _is_word(raw[k]) or low[k] in sites.stop:
                break
    k = j + 1
    named = False
    while k < n and k - j <= 8:
        if raw[k][:1].isupper() and _is_word(raw[k]):
            named = True
        elif low[k] not in _PLACE_WORDS and not low[k].startswith(("al-", "el-")):
            break
        k += 1
    if named and k < n and low[k] in _COUNT_PLACE_PREPOSITIONS:
        # "in the Tal Afar district in Nineveh": a place, then the place it lies in
        holder = _place_phrase_end(tok, k)
        return holder if holder is not None else k
    return k if named else None


#: Words that join more people to those a passive verb was told of, after the verb:
#: "was killed along with his son", "were wounded, as well as two passers-by", "was shot
#: dead, as was his driver".
_COMPANION_MARKERS = (("along", "with"), ("together", "with"), ("as", "well", "as"),
                      ("as", "was"), ("as", "were"))
#: Words that end the clause of a verb: past them, "along with" belongs to another clause.
_CLAUSE_BREAKS = frozenset({".", ";", ":", "when", "while", "after", "before", "as", "who",
                            "which", "that", "because", "but", "and", "where", "since"})


def _companions_after(tok: _Tokens, p: int, hits_at: dict[int, _Hit]) -> list[_NP]:
    """People joined to the subject of a passive verb that ends at token ``p``, after the
    verb and its phrases of agent, place or time: "a judge was shot dead by gunmen along
    with his two guards", "the mayor was wounded in the blast, as well as her driver". They
    are more people suffering the same fate, counted beside the subject."""
    low = tok.low
    n = len(low)
    j = p
    while j < n and j - p <= 8:
        for marker in _COMPANION_MARKERS:
            if tuple(low[j:j + len(marker)]) == marker:
                start = j + len(marker)
                if start >= n or start in hits_at:
                    return []
                first = _np_right(tok, start, allow_bare=False)
                if first is None or first.party is None or first.animal:
                    return []
                return _coordinated_right(tok, first, hits_at)
        if j in hits_at or low[j] in _CLAUSE_BREAKS or (
                low[j] == "," and not (j + 1 < n and low[j + 1] in {"along", "together", "as"})):
            return []
        j += 1
    return []


def _counts_by_place(tok: _Tokens, p: int, hits_at: dict[int, _Hit]) -> list[_NP]:
    """More counts of one action told place by place after its first count, which ends at
    token ``p``: "arrested (5) terrorists in Nineveh and (2) others in Anbar", "killed
    eight militants in Diyala and four in Kirkuk". A count after the place is more people
    only when a place of its own, or "others", follows it; the place itself ends the
    first count's phrase, so a count that breaks a total down ("12 militants, eight in
    Diyala and four in Kirkuk") is never read here."""
    lex = casualty_lexicon()
    low = tok.low
    n = len(low)
    out: list[_NP] = []
    end = _place_phrase_end(tok, p)
    while end is not None and end + 1 < n and low[end] in {"and", ","}:
        j = end + 1
        if low[end] == "," and low[j] == "and":
            j += 1
        if j >= n or j in hits_at:
            break
        np = _np_right(tok, j)
        if np is None or np.count is None or np.definite or np.num is None:
            break
        after = np.end
        if after < n and (low[after] in lex.passive_aux or low[after] in lex.words
                          or low[after] in lex.aux and low[after] not in {"and", "or", "to"}):
            break  # "... and two civilians were wounded": another verb's people
        end = _place_phrase_end(tok, after)
        additive = np.party is not None and any(
            low[x] in _ADDITIVE_WORDS or low[x] == "others" for x in range(*np.party))
        if end is None and not additive:
            break
        out.append(np)
    return out


_WHEN_OPENERS = frozenset({"on", "yesterday", "today", "last", "this", "early", "late",
                           "earlier", "during", "at"})


def _when_set_off(low: Sequence[str], i: int) -> int | None:
    """Where the words go on after a time phrase set off by commas at ``i`` (", on
    Thursday, "), or None when there is none."""
    if i + 2 >= len(low) or low[i] != "," or low[i + 1] not in _WHEN_OPENERS:
        return None
    for j in range(i + 2, min(i + 6, len(low))):
        if low[j] == ",":
            return j + 1 if j + 1 < len(low) else None
    return None


#: Words that open where a deed was done: ", in separate operations in A and B, ".
_WHERE_OPENERS = frozenset({"in", "near", "inside", "within", "across", "around", "along",
                            "outside", "throughout"})


def _place_set_off(low: Sequence[str], i: int) -> int | None:
    """Where the words go on after a phrase of place set off by commas at ``i`` (", in
    separate operations conducted in A and B, "), or None when there is none."""
    if i + 2 >= len(low) or low[i] != "," or low[i + 1] not in _WHERE_OPENERS:
        return None
    for j in range(i + 2, min(i + 16, len(low))):
        if low[j] in {";", ":", "(", ")"}:
            return None
        if low[j] == ",":
            return j + 1 if j + 1 < len(low) else None
    return None


#: Words that open a phrase of when or of where set off by commas.
_WHEN_OR_WHERE_OPENERS = _WHEN_OPENERS | _WHERE_OPENERS


#: "Execute" as a translation writes "carry out" ("ont execute des operations").
_EXECUTE_WORDS = frozenset({"executed", "executes", "executing", "execute"})
#: What is carried out, not killed: "several operations", "12 raids", "an ambush".
_CARRIED_OUT = frozenset({"operation", "operations", "raid", "raids", "mission", "missions",
                          "patrol", "patrols", "ambush", "ambushes", "plan", "plans",
                          "order", "orders", "sweep", "sweeps"})


def _operations_carried_out(tok: _Tokens, i: int) -> bool:
    """Whether the words after "executed" at ``i`` name operations carried out (a translation's
    "executed several operations", "executed, during the period ..., 12 raids"), not people
    put to death: the noun within three words, after phrases set off by commas."""
    low = tok.low
    n = len(low)
    at = i
    if at < n and low[at] == ",":
        for j in range(at + 1, min(at + 30, n)):
            if low[j] in {".", ";"}:
                return False
            if low[j] == ",":
                at = j + 1
                break
        else:
            return False
    # (the noun closes its phrase: "the operation commander" is a man)
    return any(low[j] in _CARRIED_OUT and (j + 1 >= n or low[j + 1] in _PHRASE_CLOSERS)
               for j in range(at, min(at + 3, n)))


#: Words that may follow the noun that closes a phrase.
_PHRASE_CLOSERS = frozenset({",", ".", ";", ":", "in", "on", "at", "against", "across",
                             "during", "which", "that", "and", "throughout", "through",
                             "near", "of", "to", "targeting", "resulting", "with"})


def _after_phrases_set_off(tok: _Tokens, i: int) -> int | None:
    """Where the people counted start after phrases of when and where set off by commas at
    ``i``, one after another (", on 12/04/2025, during a search operation in the locality
    of X, wilaya of Y (1st Military Region), 2 terrorist elements"): the first comma of the
    sentence followed by a number of people, within 40 words and no other deed between."""
    low = tok.low
    n = len(low)
    if i + 2 >= n or low[i] != "," or low[i + 1] not in _WHEN_OR_WHERE_OPENERS:
        return None
    words = casualty_lexicon().words
    for j in range(i + 2, min(i + 40, n - 1)):
        if low[j] in {".", ";", ":"} or low[j] in words:
            return None
        if low[j] == "," and _counted_people_at(tok, j + 1):
            return j + 1
    return None


#: Words of an apposition that tells where a man named before it is from.
_ORIGIN_WORDS = frozenset({"resident", "native", "inhabitant"})


def _aside_opened(tok: _Tokens, k: int) -> int | None:
    """The token opening a bracketed aside of a man's age or home that ends at token ``k``
    ("(age 26 years, resident of District Karak)"), if it is one."""
    low = tok.low
    if k < 2 or low[k] != ")":
        return None
    for o in range(k - 1, max(0, k - 16), -1):
        if low[o] == "(":
            inside = low[o + 1:k]
            if any(w in _ORIGIN_WORDS or w in {"age", "aged"} for w in inside):
                return o
            return None
        if low[o] in {")", ".", ";"}:
            return None
    return None


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon"})


#: How badly, told after the participle as translations put it: "1 wounded light".
_SEVERITY_AFTER = frozenset({"light", "lightly", "slightly", "serious", "seriously", "grave",
                             "gravely", "critically", "severely"})


def _day_told_after_verb(low: Sequence[str], i: int) -> int | None:
    """Where the words go on after a day told right after a verb, with no commas, as
    translations put it before the object: "neutralized on 22/04/2024 a group of
    terrorists", "killed on Monday five militants". None where no day starts at ``i``."""
    n = len(low)
    if i + 2 >= n or low[i] != "on":
        return None
    j = i + 1
    if low[j] in _WEEKDAYS:
        j += 1
        return j + (j < n and low[j] in _DAY_PARTS)
    if not low[j].isdecimal() or len(low[j]) > 2:
        return None
    j += 1
    if j + 1 < n and low[j] == "/" and low[j + 1].isdecimal():
        j += 2  # "14/3"
        if j + 1 < n and low[j] == "/" and low[j + 1].isdecimal():
            j += 2  # "22/04/2024"
        return j
    if j < n and low[j] in _MONTHS:
        j += 1  # "5 March", "5 March 2024"
        return j + (j < n and low[j].isdecimal() and len(low[j]) == 4)
    return None


def _find_in_sentence(tok: _Tokens) -> list[_Found]:
    lex = casualty_lexicon()
    low = tok.low
    n = len(low)
    hits = _triggers(tok)
    hits_at: dict[int, _Hit] = {}
    for h in hits:
        for x in range(h.start, h.end):
            hits_at[x] = h
    found: list[_Found] = []
    prev_zero = False
    for idx, h in enumerate(hits):
        form = h.trigger.form
        kind = h.trigger.kind
        nps: list[_NP] = []
        zero = False
        if (low[h.start] in lex.noun_of_heads and h.end + 1 < n and low[h.end] == "of"
                and h.end - h.start == 1):
            form = "noun"
        if h.end < n and low[h.end] in _WRIT_NOUNS:
            continue  # "after the issuance of arrest warrants against them": a writ
        listed = _the_hurt_included(tok, h, hits_at) if form in {"past", "intrans"} else []
        if listed:
            # "the wounded included a police chief, with the remainder customers of the cafe"
            found.extend(_Found(kind, np, (h.start, h.end), subset=True) for np in listed)
            continue
        some = _some_of_the(tok, h) if form == "past" else None
        if some is not None and _bodies_of_before(low, some.start):
            continue  # "the bodies of two of the abducted were found": deaths, read there
        if some is not None and idx + 1 < len(hits) and _befell_before_another(
                tok, h, hits[idx + 1]):
            continue  # "two of the abducted traders were found dead": deaths, read there
        if some is not None:
            # "11 of the injured were police officers": some of those counted, told again
            found.append(_Found(kind, some, (h.start, h.end), subset=True))
            continue
        if form in {"past", "intrans"} and h.start >= 2 and low[h.start - 1] == "the" and \
                low[h.start - 2] == "among" and h.end + 1 < n and low[h.end] in _COPULAS:
            # "Among the injured were two children and a police officer"
            first = _np_right(tok, h.end + 1)
            if first is not None and first.num is not None and (
                    first.count is not None or first.low is not None):
                # (a name alone, "Among the dead was Abu X, a senior leader", is one of the
                # dead told by name, not a part counted apart)
                found.extend(_Found(kind, np, (h.start - 2, h.end), subset=True)
                             for np in _coordinated_right(tok, first, hits_at))
                continue
        part_of = _among_the_dead(tok, h) if form in {"past", "intrans"} else None
        if part_of is not None:
            # "five civilians, including two children, were among those killed"
            for np in part_of:
                found.append(_Found(kind, np, (h.start, h.end), subset=True))
            continue
        if form == "past" and h.start and low[h.start - 1] in {"the", "these", "those"} and (
                h.end >= n or low[h.end] not in {"by", "in", "at"}):
            continue  # "thinking of these injured": the people hurt, told again, no count
        if form == "ing" and h.start and low[h.start - 1] == "by" and any(
            f.kind == kind and f.trig[0] < h.start for f in found
        ):
            continue  # "killed a guard by slitting the throat of the man": how, not whom
        if low[h.start] in _EXECUTE_WORDS and _operations_carried_out(tok, h.end):
            continue  # "executed, during the week, several operations": carried them out
        if form in {"past", "ing", "present"}:
            k, passive, neg = _chain_left(tok, h.start, hits_at)
            obj: _NP | None = None
            if passive and h.end < n and (_counted_people_at(tok, h.end) or (
                    _figure_after_people(tok, h.end) is not None)):
                # "forces have been arrested 14 terrorists", "were liquidated bandits 3": a
                # translation's passive with an object; the people counted after the verb
                # are whom it was done to
                passive = False
            if passive and h.end < n and _verb_opens_the_sentence(tok, h.start):
                # "Was killed the terrorist (Abu Hajar) by the heroes of ...": a translation's
                # passive that opens the sentence tells whom after the verb
                passive = False
            if not passive and h.end < n:
                obj = _np_right(tok, h.end)
                if obj is not None and obj.num is None:
                    obj = _figure_after_people(tok, h.end, obj) or obj
                if obj is None and low[h.end] == "," and h.end + 1 < n and \
                        tok.raw[h.end + 1][:1].isupper():
                    obj = _np_right(tok, h.end + 1)  # "shot and killed, Omar Said, a clerk"
                if obj is None and (after := _when_set_off(low, h.end)) is not None:
                    # "arrested, on Thursday, two suspects": a translation's time phrase
                    # between the verb and its object
                    obj = _np_right(tok, after)
                if obj is None and (after := _place_set_off(low, h.end)) is not None \
                        and _counted_people_at(tok, after):
                    # "arrested, in separate operations conducted in A and B, 14
                    # individuals": where, set off by commas before the people counted
                    obj = _np_right(tok, after)
                if obj is None and (after := _after_phrases_set_off(tok, h.end)) is not None:
                    # "neutralised, on 12/04/2025, during a search operation in the locality
                    # of X, wilaya of Y (1st Military Region), 2 terrorist elements": a
                    # translation's day and place, one after another, before the people
                    obj = _np_right(tok, after)
                if obj is None and form == "past" and (
                        after := _day_told_after_verb(low, h.end)) is not None:
                    # "have neutralized on 22/04/2024 a group of armed terrorists": the
                    # object told after the day is whom it was done to
                    told = _np_right(tok, after)
                    if told is not None and told.start == after and told.party is not None \
                            and (told.count is not None or told.low is not None):
                        obj = told
                if obj is None and low[h.end] in {"and", "or", ","} and idx + 1 < len(hits):
                    nxt = hits[idx + 1]
                    gap = nxt.start - h.end
                    if nxt.start == h.end + 1 or (gap == 2 and low[h.end + 1] in {"and", "or"}):
                        if nxt.trigger.form in {"past", "ing", "present"} and nxt.end < n:
                            obj = _np_right(tok, nxt.end)
            if obj is not None and obj.num is None and form == "past" and obj.start == h.end:
                told_count = _count_before_participle(tok, h.start)
                if told_count is not None:
                    # "the four injured persons were identified as ...": the participle
                    # describes the people its count counts
                    obj = replace(obj, start=told_count.start - 1, count=told_count.value,
                                  low=told_count.low, high=told_count.high,
                                  qualifier=told_count.qualifier,
                                  num=(told_count.start - 1, told_count.end), definite=True)
            if obj is not None and obj.num is not None and obj.count and _either_verb(
                    low, h, hits, idx):
                # "killing or injuring 3 PKK militants": how many of them died is not told
                obj = replace(obj, count=None, low=0, high=obj.high or obj.count,
                              qualifier="at_most")
            if obj is not None and obj.party is None and obj.bare_number and form == "ing":
                struck = _struck_before(tok, h.start)
                if struck is not None:
                    # "opened fire on worshippers at a church, killing three": three of them
                    obj = replace(obj, party=struck.party, generic=struck.generic,
                                  perpetrator=struck.perpetrator, animal=struck.animal)
            if obj is not None:
                nps = _one_group(tok, _coordinated_right(tok, obj, hits_at))
                attacker_after = _subsets_after(tok, nps[-1].end, kind, found)
                if attacker_after is not None:
                    nps.append(attacker_after)
                nps.extend(_counts_by_place(tok, nps[-1].end, hits_at))
                for named, np in zip(nps, nps[1:], strict=False):
                    if _apposition(tok, named, np):
                        # "killed Abu Talha, the group's wali of Anbar, and three of his
                        # aides": the words between commas after a name say who he was;
                        # they count nobody more
                        found.append(_Found(kind, np, (h.start, h.end), subset=True))
                for np in _breakdown_after(tok, nps):
                    # "her six relatives, three sons, one daughter and two nieces"
                    found.append(_Found(kind, np, (h.start, h.end), subset=True))
                nps = [np for np in nps if not any(
                    f.subset and f.np is np for f in found)]
            elif passive or (form == "past" and (
                    h.end >= n or low[h.end] in lex.np_stop or not _is_word(low[h.end])
                    or low[h.end] in _SEVERITY_AFTER)):
                subj = _subject_left(tok, k)
                if subj is None and passive and 0 <= k < n - 1 and low[k + 1] == "being" \
                        and low[k] in {"before", "after"}:
                    # "An assailant stabbed pedestrians, killing four, before being shot
                    # dead by police": the participle's subject is the sentence's
                    subj = _lone_attacker_opening(tok)
                if subj is not None and passive and h.end in tok.bracketed:
                    subj = _count_told_after_verb(tok, subj, h.end)
                if subj is not None:
                    # ("paid the ultimate price and 5 others were injured": the words of
                    # another fate's phrase are no one joined to the five)
                    # (a noun of people that is itself a trigger heads a phrase of its own:
                    # "Thirty-nine hostages and 29 assailants were killed")
                    nps = [np for np in _coordinated_left(tok, subj) if np is subj or not any(
                        x in hits_at and hits_at[x].trigger.form != "noun"
                        for x in range(np.start, np.end))]
                    zero = neg
                    if subj.end < k:
                        # "At least 12 people, including five civilians, were killed"
                        _subsets_after(tok, subj.end, kind, found)
                    listed_from = _including_after(tok, h.end)
                    if listed_from is not None:
                        # "... were arrested (in Quito on Monday), including A, B and C"
                        _subsets_after(tok, listed_from, kind, found)
                    if passive and not neg:
                        # "eight were killed in Qandil and four others in Wadi al-Shay"
                        nps.extend(_counts_by_place(tok, h.end, hits_at))
                        # "a judge was killed along with two of his guards"
                        nps.extend(_companions_after(tok, h.end, hits_at))
            if form == "ing" and h.end - h.start == 2 and tok.low[h.start] in {"took", "taking"} \
                    and (obj is None or obj.start != h.end):
                # "took hostage five civilians": the people after "hostage" were taken;
                # "took three workers hostage" is read by the phrase between the two words
                nps = []
        elif form == "intrans":
            if low[h.start] in {"dead", "deceased"} and h.start and low[h.start - 1] == "the":
                some = _some_of_the(tok, h, dying=False)
                if some is not None and some.party is not None:
                    # "elders said seven of the dead were farmers": who some of the dead
                    # counted were, not more dead
                    found.append(_Found(kind, some, (h.start, h.end), subset=True))
                continue
            k, _, neg = _chain_left(tok, h.start, hits_at)
            subj = _subject_left(tok, k)
            if subj is not None and _told_as_a_place(tok, subj):
                subj = _one_told_before_the_place(tok, subj)
            hurt_before = hits_at.get(k + 1) if subj is None else None
            if hurt_before is not None and hurt_before.trigger.form == "past":
                # "Two of the injured died later": those some of whom are counted died
                subj = _some_of_the(tok, hurt_before, dying=False)
            reflexive = h.end - h.start == 2 and low[h.end - 1] in _REFLEXIVE
            if reflexive and (subj is None and low[h.start] == "killed"
                              or low[h.start] == "killing"):
                # "He then detonated the vest, killing himself": the attacker, counted from
                # the pronoun (the combining step finds who "themselves" are); the name
                # right before "killing" ("detonated it near Konduga killing himself") is
                # where, not who
                subj = _reflexive_np(tok, h.end - 1)
            if subj is not None and low[h.start] in _BLEW and _worn_by_the_one_before(tok, subj):
                # "a young man wearing an explosive belt blew himself up": the wearer, not
                # the belt
                subj = _subject_left(tok, subj.start - 2)
            if subj is not None and _craft_downed(tok, h, k, subj):
                continue
            if low[h.start] in _DYING and _died_of_natural_causes(tok, h.end):
                continue  # "a resident died of coronavirus": a death no one dealt
            if subj is not None:
                nps = _coordinated_left(tok, subj)
                zero = neg
                if subj.end < k:
                    _subsets_after(tok, subj.end, kind, found)  # "9 people, including ..."
                if low[h.start] in _BLEW or reflexive:
                    nps = [replace(x, perpetrator=True) for x in nps]  # a suicide attacker
            if reflexive and h.end + 1 < n and low[h.end] == "and":
                # "killing themselves and two police officers"
                obj = _np_right(tok, h.end + 1)
                if obj is not None:
                    for np in _coordinated_right(tok, obj, hits_at):
                        found.append(_Found(kind, np, (h.start, h.end)))
        elif form in {"noun", "casualties"}:
            nps, zero = _noun_trigger(tok, h, hits, idx, prev_zero)
            prev_zero = zero
            if form == "casualties":
                for np in nps:
                    if np.qualifier == "zero" or zero:
                        z = replace(np, count=0, low=0, high=0, qualifier="zero")
                        found.append(_Found("killed", z, (h.start, h.end)))
                        found.append(_Found("wounded", z, (h.start, h.end)))
                    else:
                        u = replace(np, count=None, low=None, high=np.count,
                                    qualifier="unknown")
                        found.append(_Found("killed", u, (h.start, h.end)))
                continue
        elif form == "toll":
            j = h.end
            # "the death toll among regime forces ... has risen to 317": whose toll it is
            among = _np_right(tok, j + 1) if j + 1 < n and low[j] == "among" else None
            if j < n and low[j] in {"from", "in", "of", "after", "following", "among"}:
                # "the death toll from the blast rose to seven", "the toll from Sunday's
                # suicide bombing at a mosque in Peshawar has risen to 61"
                verb = None
                for v in range(j + 1, min(n, j + 24)):
                    if low[v] in {".", ";", "said", "says"}:
                        break
                    if low[v] in _TOLL_VERBS - {"of", "at", "to"} or (
                            low[v] == "to" and parse_number_at(tok, v + 1) is not None):
                        # "updated the death toll from Saturday's ambush ... to 17"
                        verb = v
                        break
                if verb is not None:
                    j = verb
            direct = j == h.end
            while j < n and (low[j] in _TOLL_VERBS or direct and low[j] in _TOLL_REVISED):
                j += 1
            num = parse_number_at(tok, j) if j < n else None
            if (num is None or num.value is None) and low[h.start] == "number":
                before = _count_before_number(tok, h.start)
                if before is not None:
                    j, num = before, parse_number_at(tok, before)
            if num is not None and num.value is not None:
                # "the number of Islamic State militants killed ... to seven": their party
                counted = _np_right(tok, h.start + 2) if low[h.start] == "number" else None
                party = counted.party if counted is not None and counted.end <= h.end else None
                if party is None and j > h.end:
                    # "updated the death toll ... to 17 soldiers": the people after the count
                    told = _np_right(tok, j)
                    party = told.party if told is not None and told.count == num.value else None
                if party is None and among is not None:
                    party = among.party
                np = _NP(j, num.end, num.value, num.low, num.high, num.qualifier, party,
                         (num.start, num.end), generic=party is None)
                nps = [np]
        for np in nps:
            if zero:
                np = replace(np, count=0, low=0, high=0, qualifier="zero")
            found.append(_Found(kind, np, (h.start, h.end)))
    _took_hostage(tok, found)
    _taken_away(tok, found)
    _suicide_attackers(tok, found)
    _losses_of_people(tok, hits_at, found)
    return _killed_and_wounded_together(tok, found)


_HURT_EITHER_WAY = frozenset({"killed", "wounded", "injured", "hurt"})


def _killed_and_wounded_together(tok: _Tokens, found: list[_Found]) -> list[_Found]:
    """"up to 45 servicemen killed and wounded", "five soldiers were killed or wounded": one
    count of the people told before two joined verbs is of both together, so of neither
    alone: how many died is not told (at most the count)."""
    low = tok.low
    out = list(found)
    for a, x in enumerate(out):
        if x.kind != "killed" or not x.np.count or x.np.qualifier == "zero" or x.subset \
                or x.zero_override or x.np.end > x.trig[0]:
            continue  # ("no civilians were killed or wounded": none of either)
        for b, y in enumerate(out):
            if not (y.kind == "wounded" and (y.np.start, y.np.end) == (x.np.start, x.np.end)
                    and y.np.count == x.np.count and not y.zero_override
                    and y.trig[0] == x.trig[1] + 1 and low[x.trig[1]] in {"and", "or"}
                    and {low[x.trig[0]], low[y.trig[0]]} <= _HURT_EITHER_WAY):
                continue
            for k, f in ((a, x), (b, y)):
                out[k] = replace(f, np=_of_either(f.np))
    return out


def _of_either(np: _NP) -> _NP:
    """A count of the killed and the wounded together, read as either: at most the count."""
    high = np.high if np.high is not None else np.count
    return replace(np, count=None, low=0, high=high, qualifier="at_most")


#: "losses amounted to", "losses totalled", "losses were", "losses stood at", "losses of".
_LOSSES_TOLD = frozenset({"amounted", "totalled", "totaled", "totalling", "totaling",
                          "reached", "were", "was", "numbered", "stood", "included"})
_LOSSES_LINK = frozenset({"to", "at", "up"})
#: The owner's word before what was lost: what one loses of one's own is no count.
_OWNERS = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _losses_of_people(tok: _Tokens, hits_at: dict[int, _Hit], found: list[_Found]) -> None:
    """"Enemy losses amounted to 35 servicemen, two tanks and four vehicles", "the enemy
    lost up to 60 personnel": a war bulletin's losses of people are its killed and wounded
    together, so a count of both, of neither alone (at most the count); the machines lost
    are no people. A count that a verb of its own reads ("40 servicemen killed") is left
    to it."""
    low = tok.low
    if "losses" not in low and "lost" not in low:
        return  # (exact: the reading starts only at one of the two words)
    n = len(low)
    taken = [(f.np.start, f.np.end) for f in found]
    for i, w in enumerate(low):
        j = i + 1
        if w == "losses":
            if j < n and low[j] == "of" and j + 1 < n and _counted_people_at(tok, j + 1):
                j += 1  # "inflicted losses of up to 70 servicemen"
            else:
                while j < n and low[j] not in _LOSSES_TOLD and low[j] not in _CLAUSE_BREAKS \
                        and low[j] != "," and j - i <= 6:
                    j += 1  # "the losses of the enemy's units amounted to"
                if j >= n or low[j] not in _LOSSES_TOLD:
                    continue
                j += 1
                if j < n and low[j] in _LOSSES_LINK and low[j] != "up":
                    j += 1
        elif w != "lost":
            continue
        elif j < n and low[j] in _OWNERS:
            continue  # "he had lost his job", "they lost their homes": no count of the lost
        np = _np_right(tok, j) if j < n else None
        if np is None or np.party is None or np.animal or np.num is None or (
                np.count is None and np.high is None) or np.qualifier == "zero":
            continue
        if np.end < n and np.end in hits_at:
            continue  # "lost 40 servicemen killed": the verb's own count
        if any(s < np.end and np.start < e for s, e in taken):
            continue
        either = _of_either(np)
        found.append(_Found("killed", either, (i, i + 1)))
        found.append(_Found("wounded", either, (i, i + 1)))


_INCLUDED = frozenset({"included", "include", "includes"})
_REMAINDER = frozenset({"remainder", "rest"})


def _the_hurt_included(tok: _Tokens, h: _Hit, hits_at: dict[int, _Hit]) -> list[_NP]:
    """The people of "the dead included two soldiers and a girl", "the wounded included the
    deputy head of the police, with the remainder waiters and customers of the bar": some
    of those the word stands for, each group as told."""
    low = tok.low
    n = len(low)
    i = h.start
    if i < 1 or low[i - 1] != "the" or h.end + 1 >= n or low[h.end] not in _INCLUDED:
        return []
    first = _np_right(tok, h.end + 1)
    if first is None or first.party is None:
        return []
    nps = _one_group(tok, _coordinated_right(tok, first, hits_at))
    j = nps[-1].end
    if j + 3 < n and low[j] == "," and low[j + 1] == "with" and low[j + 2] == "the" and \
            low[j + 3] in _REMAINDER:
        k = j + 4 + (j + 4 < n and low[j + 4] in {"being", "were", "was"})
        rest = _np_right(tok, k) if k < n else None
        if rest is not None and rest.party is not None:
            nps.extend(_one_group(tok, [rest]))
    return [np for np in nps if np.count is not None or np.low is not None]


def _some_of_the(tok: _Tokens, h: _Hit, *, dying: bool = True) -> _NP | None:
    """The count of "11 of the injured", "two of the dead": the participle a noun for the
    people it befell, some of whom are counted. With ``dying``, none where they are told to
    have died ("Two of the injured died later" tells deaths, read from "died")."""
    low = tok.low
    i = h.start
    if i < 3 or low[i - 1] not in _AMONG_THE or low[i - 2] != "of":
        return None
    if dying:
        after = [t for t in low[h.end:h.end + 4] if not (t.endswith("ly") or t == "later")]
        if after and after[0] in {"died", "succumbed", "perished", "dies", "die"}:
            return None
    for s in range(max(0, i - 6), i - 2):
        num = parse_number_at(tok, s)
        if num is not None and num.end == i - 2 and num.value is not None:
            return _NP(s, h.end, num.value, num.low, num.high, num.qualifier,
                       _who_they_were(tok, h.end), (num.start, num.end))
    return None


def _who_they_were(tok: _Tokens, j: int) -> tuple[int, int] | None:
    """The people some of the counted are told to be, after the copula at token ``j``:
    "seven of the dead were farmers", "two of those hurt were police officers"; None where
    no uncounted people follow ("were taken to hospital")."""
    low = tok.low
    if j + 1 >= len(low) or low[j] not in _COPULAS:
        return None
    np = _np_right(tok, j + 1)
    if np is None or np.num is not None or np.party is None or np.animal:
        return None
    return np.party


#: Words after which the people fire or an attack struck are named: "opened fire on
#: worshippers", "attacked a group of farmers".
_STRUCK_CUES = frozenset({"fire on", "fire at", "fired on", "fired at", "attacked",
                          "targeted", "ambushed", "shot at", "engaged", "confronted",
                          "clashed with", "repelled", "hit", "struck"})


def _struck_before(tok: _Tokens, i: int) -> _NP | None:
    """The people, of no count, that the clause before an ", -ing" verb at token ``i`` says
    were fired on or attacked ("Gunmen opened fire on worshippers at a church, killing
    three"), or None."""
    low = tok.low
    if i < 3 or low[i - 1] != ",":
        return None
    for c in range(i - 2, max(0, i - 14), -1):
        if low[c] in {".", ";", ","} and c != i - 1:
            return None
        cue = " ".join(low[c - 1:c + 1]) if c >= 1 else low[c]
        if cue in _STRUCK_CUES or low[c] in _STRUCK_CUES:
            np = _np_right(tok, c + 1)
            if np is not None and np.party is not None and np.count is None and \
                    np.low is not None and not np.animal:
                return np
            return None
    return None


def _including_after(tok: _Tokens, j: int) -> int | None:
    """The comma before "including" that closes the clause of a verb ending at token ``j``,
    past its place and time ("were arrested in Quito on Monday, including ..."), or None."""
    lex = casualty_lexicon()
    low = tok.low
    for c in range(j, min(len(low) - 1, j + 12)):
        if low[c] == "," and (low[c + 1] == "including" or low[c + 1] == "among"
                              and c + 2 < len(low) and low[c + 2] in {"them", "whom"}):
            return c  # (", among them the bomber": a part, as after "including")
        if not (_is_word(low[c]) or _is_digits(low[c])) or low[c] in lex.words:
            return None
    return None


_AMONG_THE = frozenset({"those", "the"})
_COPULAS = frozenset({"was", "were", "is", "are", "be", "been"})


def _among_the_dead(tok: _Tokens, h: _Hit) -> list[_NP] | None:
    """The people told as "among those killed" / "among the dead": "five civilians were among
    those killed" is five killed, whoever else was. None where the trigger is not so told."""
    low = tok.low
    i = h.start
    if i < 4 or low[i - 1] not in _AMONG_THE or low[i - 2] != "among":
        return None
    lex = casualty_lexicon()
    k = i - 3
    seen_copula = False
    while k >= 0 and (low[k] in _COPULAS or low[k] in lex.aux
                      or (low[k].endswith("ly") and len(low[k]) > 4)):
        seen_copula = seen_copula or low[k] in _COPULAS
        k -= 1
    if not seen_copula:
        return None  # "killed among the dead", "the toll among the dead": no subject told
    subj = _subject_left(tok, k)
    if subj is None:
        return None
    return _coordinated_left(tok, subj)


_WRIT_NOUNS = frozenset({"warrant", "warrants", "order", "orders", "memo", "memos"})


def _told_as_a_place(tok: _Tokens, np: _NP) -> bool:
    """Whether a phrase of no count is a place told after its preposition ("in Lagos"), or
    the province told after such a place ("in Buea, South-West")."""
    low = tok.low
    if np.num is not None or np.start < 1:
        return False
    if low[np.start - 1] in _WHERE_BEFORE_A_PLACE:
        return True
    town = _np_left(tok, np.start - 2) if low[np.start - 1] == "," else None
    return town is not None and town.num is None and town.start >= 1 and \
        low[town.start - 1] in _WHERE_BEFORE_A_PLACE


def _one_told_before_the_place(tok: _Tokens, place: _NP) -> _NP:
    """Who died, where the words before a verb of dying end in a place ("a man was stabbed
    by assailants in Durban, KwaZulu-Natal, and succumbed", "soldiers shot a teenager at a
    checkpoint in Buea, who died"): the nearest people told before it in the sentence, past
    the doers after "by" and the places after a preposition; the place where none is."""
    low = tok.low
    c = place.start - 2
    while c >= 0 and low[c] not in {".", ";", ":", "!", "?"}:
        np = _np_left(tok, c)
        if np is None or np.start > c:
            c -= 1
            continue
        if np.party is not None and not np.animal and np.start >= 1 and \
                low[np.start - 1] not in _AGENT_BEFORE:
            return np
        c = np.start - 1
    return place
#: Prepositions before a place that a relative clause skips to reach the person before it.
_PLACE_BEFORE_WHO = frozenset({"in", "at", "near", "from", "of", "outside", "inside"})
#: Prepositions before the place a verb of dying may follow: "was shot in Lagos, Lagos, and
#: died", "a man shot near Tumaco died".
_WHERE_BEFORE_A_PLACE = frozenset({"in", "at", "near", "outside", "inside", "around"})
#: Words before a phrase that names the one who did it, not the one it befell.
_AGENT_BEFORE = frozenset({"by"}) | _WHERE_BEFORE_A_PLACE
_REFLEXIVE = frozenset({"himself", "herself", "themselves"})
#: The words of a bomber's own blast: "blew himself up", "detonated himself".
_BLEW = frozenset({"blew", "blown", "blowing", "detonated"})
#: Words that tie a bomb to the one who bore it: "a man wearing an explosive belt".
_BEARING = frozenset({"wearing", "carrying", "strapped", "wielding", "donning"})


def _worn_by_the_one_before(tok: _Tokens, subject: _NP) -> bool:
    """Whether the subject found before "blew himself up" is what the bomber bore, told
    after him ("a young man wearing an explosive belt", "a teenager carrying a suicide
    vest"): the one who blew himself up is the bearer before it."""
    return subject.start >= 2 and tok.low[subject.start - 1] in _BEARING


_DYING = frozenset({"died", "dies", "die", "dying"})
_OF_A_CAUSE = frozenset({"of", "from"})


def _died_of_natural_causes(tok: _Tokens, at: int) -> bool:
    """Whether "died" at ``at`` is followed by an illness as its cause ("died of
    coronavirus", "died from a heart attack", "died of natural causes"), within three
    words of "of" or "from": a death no one dealt, no casualty of violence."""
    low = tok.low
    if at >= len(low) or low[at] not in _OF_A_CAUSE:
        return False
    causes = casualty_lexicon().natural_causes
    return any(w in causes for w in low[at + 1:at + 4])


def _craft_downed(tok: _Tokens, h: _Hit, k: int, subj: _NP) -> bool:
    """Whether "was shot down" tells of an aircraft downed, not of people shot dead.

    "The pilot was shot down over the valley" and "the pilot of the jet that was shot down
    ejected" tell the craft brought down; whether its crew died the report says in other
    words ("the pilot was killed"). Gunmen "shot down by the troops" stay dead.
    """
    low = tok.low
    if h.end - h.start != 3 or low[h.end - 2] != "shot" or low[h.end - 1] != "down":
        return False
    aircrew = casualty_lexicon().aircrew
    if any(low[x] in aircrew for x in range(subj.start, min(subj.end, len(low)))):
        return True
    if 0 <= k < len(low) and low[k] in {"that", "which"}:
        # "the jet that was shot down": the word the relative clause hangs on
        j = k - 1 - (k >= 1 and low[k - 1] == ",")
        return j >= 0 and low[j] in casualty_lexicon().non_person
    if subj.start >= 2 and low[subj.start - 1] in _FLOWN_OVER and any(
            low[x] in _CRAFT for x in range(max(0, subj.start - 5), subj.start - 1)):
        # "a helicopter flying over Tarin was shot down": the craft, not the town
        return True
    return False


#: Aircraft, and the words between one and the place it flew over.
_CRAFT = frozenset({"jet", "jets", "helicopter", "helicopters", "plane", "planes", "aircraft",
                    "warplane", "warplanes", "gunship", "gunships", "bomber", "bombers",
                    "drone", "drones", "uav", "uavs"})
_FLOWN_OVER = frozenset({"over", "above", "near"})


def _reflexive_np(tok: _Tokens, i: int) -> _NP:
    """The people a reflexive pronoun at token ``i`` stands for: one, or an unknown few."""
    if tok.low[i] == "themselves":
        return _NP(i, i + 1, None, 2, None, "unknown", None, (i, i + 1), definite=True,
                   perpetrator=True)
    return _NP(i, i + 1, 1, 1, 1, "exact", None, (i, i + 1), definite=True, perpetrator=True)


def _total_before_list(tok: _Tokens, k: int, *, comma: bool = True) -> _NP | None:
    """The counted total before ", including ..." whose list of parts (with commas of its
    own, names or a relative clause) closes at token ``k``: "Seven people, including two
    guards, a driver and a clerk, were injured", "Four civilians, including two women, who
    were in the van, were killed", and without commas where ``comma`` is false ("nine
    others including a governor and a general"). The parts say who the total were."""
    low = tok.low
    words = casualty_lexicon().words
    for c in range(k - 1, max(-1, k - 40), -1):
        if low[c] in {".", ";", ":"} or low[c] in words:
            return None  # another sentence, or another clause's casualties
        if low[c] == "including":
            before = c - 2 if comma else c - 1
            if before >= 0 and (not comma or low[c - 1] == ","):
                total = _np_left(tok, before)
                if total is not None and total.num is not None and total.count is not None:
                    return total
            return None
    return None


def _subject_left(tok: _Tokens, k: int) -> _NP | None:
    """The subject that ends at token ``k``; looks past "who", appositives and "including"."""
    low = tok.low
    if k < 0:
        return None
    if low[k] in {"–", "—"} and k >= 1:
        # "The alleged killer, Omar Haddad – shot dead by police – had ...": the words
        # between dashes tell what befell the one named before them
        named = _np_left(tok, k - 1)
        if named is not None and named.party is not None and not named.animal:
            return named
        return None
    if low[k] == "whom" and k >= 2 and low[k - 1] == "of":
        counted = _np_left(tok, k)  # "..., two of whom were among the dead"
        if counted is not None and counted.count is not None:
            return counted
    if low[k] in {"who", "that", "whom", "which"} and k >= 1:
        k -= 1
        if low[k] == ",":
            k -= 1
        np = _np_left(tok, k)
        if np is not None and np.start >= 2 and low[np.start - 1] in _PLACE_BEFORE_WHO:
            # "the group's leader in eastern Syria, who was eliminated": the person, not the place
            person = _np_left(tok, np.start - 2)
            if person is not None:
                return person
        return np
    if low[k] == "," and k >= 3:
        total = _total_before_list(tok, k)
        if total is not None:
            # "Six people, including two officers, a driver and a clerk, were killed"
            return total
        # "Five people, including two children, were killed"
        # "The two officers, who were brothers, were killed"; "a cadre of X, Imtiaz, was shot"
        for c in range(k - 1, max(-1, k - 14), -1):
            if low[c] == "including":
                if c >= 2 and low[c - 1] == ",":
                    return _np_left(tok, c - 2)
                return None
            if low[c] == ",":
                np = _np_left(tok, c - 1)
                if np is None and (opened := _aside_opened(tok, c - 1)) is not None:
                    # "Sepoy Imran Khattak (age 26 years, resident of District Karak),
                    # having fought gallantly, embraced shahadat": the man named before his
                    # age and home in brackets
                    np = _np_left(tok, opened - 1)
                    if np is None or not tok.raw[opened - 1][:1].isupper():
                        return _appositive_head(tok, k, None)
                elif np is not None and np.start >= 2 and low[np.start - 1] == "," and (
                        low[np.start + (low[np.start] in {"a", "an"})] in _ORIGIN_WORDS):
                    # "Sepoy Arif Khan, 24, resident of Swabi, having fought gallantly,
                    # embraced shahadat": where he was from, told after his name
                    np = _np_left(tok, np.start - 2)
                if np is not None and np.party is None and np.num is not None and (
                        np.start >= 2 and low[np.start - 1] == ","
                        and tok.raw[np.start - 2][:1].isupper()):
                    # "Sepoy Imran Khattak, 26, having fought gallantly, embraced
                    # shahadat": the number between commas after a name is his age
                    np = _np_left(tok, np.start - 2)
                if np is not None and (np.count is not None or np.definite):
                    return _appositive_head(tok, k, np)
                return _appositive_head(tok, k, None)
        return None
    np = _np_left(tok, k)
    if np is not None and np.num is None and np.party is not None:
        some = _some_befallen_left(tok, np)
        if some is not None:
            # "Two of the abducted traders were found dead": two of them, not all
            return some
    roles = _roles_of_one(tok, np, k)
    if roles is not None:
        return roles
    if np is not None and np.start >= 2 and low[np.start] in {"a", "an"} and (
            low[np.start - 1] in {"was", "is"}) and k + 1 < len(low) and low[k + 1] == "and":
        # "the victim was a retired clerk and was shot dead": the subject before the copula
        named = _np_left(tok, np.start - 2)
        if named is not None and named.party is not None and named.definite:
            return named
    head = _relative_clause_head(tok, np.start - 1 if np is not None else k)
    if head is None and np is not None:
        head = _doer_of_relative_clause(tok, np)
    if head is not None:
        # "One man who tried to resist was shot dead": the man, not his clause's object
        return head
    if np is not None and np.num is None and np.start >= 3 and low[np.start - 1] in {"or",
                                                                                   "nor"}:
        # "No U.S. or partner forces were injured": the "no" covers both
        no = next((j for j in range(np.start - 2, max(-1, np.start - 6), -1)
                   if low[j] == "no"), None)
        if no is not None and all(_is_word(t) or t == "." for t in low[no + 1:np.start - 1]):
            return replace(np, start=no, count=0, low=0, high=0, qualifier="zero",
                           party=(no + 1, np.end), num=(no, no + 1))
    if np is not None and np.start >= 2 and low[np.start - 1] == "including":
        # "3 civilians including a commander were killed": the total is the subject
        main = _np_left(tok, np.start - 2)
        if main is not None:
            return main
    if np is not None and np.start >= 2 and low[np.start - 1] == "and":
        # "eight others including a governor and his aide were injured": the total is the
        # subject, the names joined by "and" are its parts
        total = _total_before_list(tok, np.start - 1, comma=False)
        if total is not None:
            return total
    if np is None:
        return _second_of_a_pair(tok, k) or _subject_before_phrases(tok, k)
    described = _described_head(tok, np)
    if described is not None:
        return described
    if np.start >= 2 and low[np.start - 1] == "of" and (
            low[np.start - 2] in PLACE_NOUNS) and (
        not _explicit_count(tok, np)
    ):
        # "Three people from the village of Kajuru were killed": the village is no victim
        return _subject_before_phrases(tok, k)
    on_board = np.start >= 2 and low[np.start - 2:np.start] == ["on", "board"]
    if np.start >= 1 and (low[np.start - 1] in _SUBJECT_PREPOSITIONS or on_board) and not \
            _explicit_count(tok, np):
        # "Four soldiers on the patrol near the border were killed": the place is no victim
        return _subject_before_phrases(tok, k) or np
    return np


#: Determiners that open two roles of one person's staff: "the driver and bodyguard of".
_ROLE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


def _roles_of_one(tok: _Tokens, np: _NP | None, k: int) -> _NP | None:
    """"The driver and bodyguard of a minister were killed", "his secretary and nephew were
    killed": two roles joined by "and" under one determiner are two people with a plural
    verb; with a singular one ("the driver and owner of the shop was killed") they are one
    person who is both. ``np`` is the phrase after "of" (or None) that ends at token ``k``,
    before the verb."""
    lex = casualty_lexicon()
    low, raw = tok.low, tok.raw
    if np is not None and np.start >= 1 and low[np.start - 1] in {"of", "for"}:
        last = np.start - 2
    elif np is None and k >= 3 and low[k - 1] in _OF_DETERMINERS and low[k - 2] in _OF_WHOM:
        # "the driver and passenger of the van were hurt": whose, a thing, reads as no
        # phrase of people
        last = k - 3
    elif np is None or np.start == k:
        last = k
    else:
        return None
    # the second role may be of two words: "the driver and body guard of"
    a = last - 1 if last >= 1 and low[last - 1] == "and" else last - 2
    if a < 2 or low[a] != "and" or low[a - 2] not in _ROLE_DETERMINERS:
        return None
    if k + 1 >= len(low) or low[k + 1] not in _NUMBER_OF_VERB:
        return None
    for r in range(a - 1, last + 1):
        w = raw[r]
        head = r in {a - 1, last}  # (the first of two words may be any: "body guard")
        if r != a and (not w.isalpha() or not w.islower() or w in lex.np_stop
                       or head and (w in lex.words or _plural(lex, w))):
            return None
    n = _NUMBER_OF_VERB[low[k + 1]]
    return _NP(a - 2, k + 1, n, n, n, "exact", (a - 1, k + 1), (a - 2, a - 1), definite=True)


def _second_of_a_pair(tok: _Tokens, k: int) -> _NP | None:
    """"A man and boy were killed", "the guard and cook were hurt": a bare singular noun at
    ``k``, after "and" and a phrase of one person, shares that phrase's determiner; with a
    plural verb after it the two are two people."""
    lex = casualty_lexicon()
    low, raw = tok.low, tok.raw
    if k < 2 or k + 1 >= len(low) or _NUMBER_OF_VERB.get(low[k + 1]) is None:
        return None
    # one word may open the second role of one person: "a shop owner and union activist was"
    j = k - 1 if low[k - 1] == "and" else k - 2
    if j < 1 or low[j] != "and" or j == k - 2 and (
            _NUMBER_OF_VERB[low[k + 1]] != 1 or not raw[k - 1].isalpha()
            or not raw[k - 1].islower() or raw[k - 1] in lex.np_stop):
        return None
    w = raw[k]
    if not w.isalpha() or not w.islower() or w in lex.np_stop or w in lex.non_person or (
            w in lex.words or _plural(lex, w)):
        return None
    first = _np_left(tok, j - 1, names=False)
    if first is None or first.count != 1 or first.party is None or (
            low[first.start] not in lex.det_one and low[first.start] not in lex.det_def):
        return None
    if _NUMBER_OF_VERB[low[k + 1]] == 1:
        # "a local party organiser and activist was shot dead": one person who is both
        return replace(first, end=k + 1, party=(first.party[0], k + 1))
    return _NP(k, k + 1, 1, 1, 1, "exact", (k, k + 1), (k, k + 1), definite=first.definite)


#: The number a verb after a subject says it has.
_NUMBER_OF_VERB = {"were": 2, "have": 2, "are": 2, "was": 1, "has": 1, "is": 1}


_SUBJECT_PREPOSITIONS = frozenset({"in", "at", "on", "inside", "aboard", "near", "outside",
                                   "from"})
#: Words that tell who people were by whom they side with: "leftists known to be
#: sympathetic to the rebels", "men believed to be close to the group".
_DESCRIBED_BY = frozenset({"known", "suspected", "believed", "thought", "alleged", "said",
                           "reported", "linked", "tied", "close", "loyal", "sympathetic",
                           "affiliated", "accused"})


def _described_head(tok: _Tokens, np: _NP) -> _NP | None:
    """The people a phrase that ends in a group describes: "Leftists known to be sympathetic
    to the rebels were arrested" arrests leftists, not the rebels."""
    lex = casualty_lexicon()
    low = tok.low
    if np.start < 3 or low[np.start - 1] not in {"to", "with", "of"}:
        return None
    for c in range(np.start - 1, max(0, np.start - 8), -1):
        t = low[c]
        if not _is_word(t) or t in lex.words:
            return None
        if t in _DESCRIBED_BY and c >= 1:
            head = _np_left(tok, c - 1)
            if head is not None and head.party is not None and not head.animal and (
                    head.count is not None or head.low is not None):
                return head
    return None


def _relative_clause_head(tok: _Tokens, e: int) -> _NP | None:
    """The counted head of "HEAD who VERB ..." whose clause ends at token ``e``."""
    lex = casualty_lexicon()
    low = tok.low
    for c in range(e, max(0, e - 8), -1):
        t = low[c]
        if t in lex.words or not _is_word(t):
            return None
        doing = t.endswith("ing") and len(t) > 5
        if t == "who" or t == "that" and c + 1 <= e and low[c + 1] in _AUXILIARIES or doing:
            # "Four pupils that were eating dinner were injured", "three guards protecting
            # the bridge were wounded": the counted people before the clause
            np = _np_left(tok, c - 1)
            if np is not None and np.num is not None and np.count is not None \
                    and np.party is not None and (not doing or (
                        np.end == c and _explicit_count(tok, np) and _plural(lex, low[c - 1])
                        and low[c - 1] not in lex.non_person)):
                return np
            if not doing:
                return None
    return None


#: Words between "who" and the verb of its clause: "the gunmen who had shot two guards".
_RELATIVE_AUXILIARIES = frozenset({"had", "have", "has", "allegedly", "reportedly",
                                   "earlier", "also", "then"})


def _doer_of_relative_clause(tok: _Tokens, obj: _NP) -> _NP | None:
    """The head of "HEAD who (had) VERBED OBJ" where ``obj`` is the verb's object: in "the
    gunmen who killed two guards were arrested" the gunmen were arrested, not the guards."""
    low = tok.low
    v = obj.start - 1
    if v < 1 or not _is_word(low[v]) or not (low[v].endswith("ed") or low[v] in {
            "shot", "took", "held", "hit", "stabbed", "beat", "struck", "kidnapped"}):
        return None
    c = v - 1
    while c >= 0 and low[c] in _RELATIVE_AUXILIARIES:
        c -= 1
    if c < 1 or low[c] not in {"who", "that"}:
        return None
    head = _np_left(tok, c - 1 if low[c - 1] != "," else c - 2)
    if head is None or head.party is None or head.animal:
        return None
    return head


def _subject_before_phrases(tok: _Tokens, k: int) -> _NP | None:
    """A counted subject before prepositional phrases that end at token ``k``: "Six
    militants in the vehicle at the time were killed"."""
    lex = casualty_lexicon()
    low = tok.low
    c, stop = k, max(0, k - 10)
    if low[k] == ")" and (opened := _places_in_brackets(tok, k)) is not None:
        # "two men in Verulam (eThekwini, KwaZulu-Natal) were killed": the place's
        # divisions in brackets after its name are none of the subject's words
        c, stop = opened, max(0, opened - 10)
    while c - 1 > stop:
        c -= 1
        t = low[c]
        if t in lex.words or t in {",", ";", ":", "(", ")"}:
            return None
        if t in _SUBJECT_PREPOSITIONS:
            if c >= 1 and low[c - 1] == "those" and (c < 2 or not _is_word(low[c - 2])
                                                      or low[c - 2] in lex.np_stop):
                # "Those inside the church were killed": everyone there, how many untold
                return _NP(c - 1, c, None, 2, None, "unknown", None, (c - 1, c), definite=True)
            doing = c >= 2 and low[c - 1].endswith("ing") and len(low[c - 1]) > 4 \
                and low[c - 1] not in lex.words
            # "guests staying in a pension above", "seven passengers travelling on the bus"
            np = _np_left(tok, c - (2 if doing else 1))
            if np is not None and np.party is not None and (
                    t == "in" and np.count == 1 and low[np.start] in {"a", "an"}
                    and np.end == c and low[np.party[1] - 1] in lex.member_heads | lex.rank_heads):
                # "an officer in the Popular Mobilization Forces was martyred": one of the
                # force's men, the force his party's words as "an officer of" would be
                return replace(np, end=k + 1, party=(np.party[0], k + 1))
            if np is not None and np.party is not None and (_explicit_count(tok, np) or (
                    doing and np.low is not None and not np.animal)):
                return np
            if np is not None and np.party is not None and np.count == 1 and np.end == c \
                    and low[np.start] in {"a", "an"} and t in _ONE_AT_A_PLACE \
                    and not np.animal and low[np.party[1] - 1] not in lex.non_person:
                # "A security guard at the school was shot dead": one person, told where
                return np
    return None


def _places_in_brackets(tok: _Tokens, k: int) -> int | None:
    """The token opening the brackets that close at token ``k`` where they hold only the
    names of the divisions a place named just before them lies in ("Kisumu (Kisumu)",
    "Verulam (eThekwini, KwaZulu-Natal)"); None for any other brackets."""
    raw = tok.raw
    for o in range(k - 1, max(0, k - 10), -1):
        if raw[o] == "(":
            inside = raw[o + 1:k]
            return o if o >= 1 and raw[o - 1][:1].isupper() and inside and all(
                w == "," or w[:1].isupper() or w[:1].islower() and any(
                    ch.isupper() for ch in w[1:]) for w in inside) else None
        if raw[o] in {")", ".", ";"}:
            return None
    return None


#: Prepositions that tell where one person told by "a" was: "a guard at the school".
_ONE_AT_A_PLACE = frozenset({"at", "in", "near", "outside", "inside"})


def _explicit_count(tok: _Tokens, np: _NP) -> bool:
    """A count written as a number ("two brothers"), not one implied by "a" or a name."""
    if np.num is None or np.count is None:
        return False
    cardinals = number_words().cardinals
    return any(_is_digits(t) or t in cardinals or t == "both"
               for t in tok.low[np.num[0] : np.num[1]])


def _appositive_head(tok: _Tokens, k: int, found: _NP | None) -> _NP | None:
    """The subject of "HEAD, APPOSITION(, ...), were killed" (``k`` is the last comma).

    "Two brothers, A and B, who ran a shop, were shot": the head with a written count
    stands for all; "two guards, a cook and a driver, were hurt": a list ending in "and"
    is read by the caller; "an activist of the party, Omar, was shot": the name.
    """
    lex = casualty_lexicon()
    low = tok.low
    nearest = _np_left(tok, k - 1)
    heads: list[_NP] = []
    c = k - 1
    while c >= max(0, k - 40):
        t = low[c]
        if t in lex.words or t == "including":
            break
        if t == ",":
            np = _np_left(tok, c - 1)
            if np is not None:
                heads.append(np)
        c -= 1
    counted = [np for np in heads if _explicit_count(tok, np) and np.party is not None
               and (np.start == 0 or low[np.start - 1] in {",", ":", ";"})]
    if nearest is not None and nearest.start >= 2 and low[nearest.start - 1] == "and":
        before = _np_left(tok, nearest.start - 2)
        if before is not None and _explicit_count(tok, before):
            # a list of counts: the caller joins its items, unless they break down a total
            # before them ("Five people, three civilians and two police, were hurt")
            items = _coordinated_left(tok, nearest)
            for head in counted:
                parts = [x.count or 0 for x in items if x.start > head.end]
                if head.generic and len(parts) > 1 and head.count == sum(parts):
                    return head
            return nearest
    if counted and not (nearest is not None and _explicit_count(tok, nearest)):
        return counted[-1]
    if found is not None:
        return found
    if nearest is not None and nearest.count == 1 and nearest.num is None and nearest.start \
            and low[nearest.start - 1] in {",", "as"}:
        return nearest  # a name in apposition: "an activist of the party, Omar, was shot"
    return None


#: How bad an injury was: words between a verb and "injuries" ("sustained minor injuries").
_SEVERITY = frozenset({"minor", "slight", "light", "serious", "severe", "critical", "grave",
                       "moderate", "life-threatening", "non-life-threatening", "gunshot",
                       "bullet", "shrapnel", "burn", "multiple", "various", "fatal",
                       "traumatic", "brain", "head", "mild", "stab", "knife", "machete"})
#: Verbs whose patients were found hurt: "were diagnosed with traumatic brain injuries",
#: "were treated for injuries".
_DIAGNOSED = frozenset({"diagnosed", "treated"})
_DIAGNOSED_AUX = frozenset({"were", "was", "been", "being", "have", "has", "had", "later",
                            "since", "also", "still"})
#: The hurt ones' own injuries: "treated for their injuries".
_HURT_ONES_OWN = frozenset({"their", "his", "her"})
_SUFFERED = frozenset({"sustained", "suffered", "received", "sustaining", "suffering",
                       "sustain", "suffer", "receive"})
_CAUSED = frozenset({"caused", "causing", "inflicted", "inflicting", "cause", "inflict"})


def _injuries_of(tok: _Tokens, h: _Hit) -> _NP | None:
    """Who was hurt in "three U.S. service members sustained minor injuries" (the subject of
    the verb) and "caused slight injuries to two people" (the object of "to")."""
    low = tok.low
    v = h.start - 1
    while v >= 0 and (low[v] in _SEVERITY or (
            low[v].endswith("ly") and len(low[v]) > 4 and low[v] != "only")):
        v -= 1  # "suffered mostly minor injuries"
    if v > 0 and low[v] in {"a", "an"} and low[h.start] in {"injury", "wound", "concussion"}:
        v -= 1  # "sustained a bullet wound": one hurt, the subject
        while v >= 0 and low[v] in _SEVERITY:
            v -= 1
    if v > 0 and low[v] in _HURT_ONES_OWN and low[v - 1] in {"for", "with"}:
        v -= 1  # "were still being treated for their injuries"
    if v < 0 or any(t in {"died", "succumbed", "dying", "dies"} for t in low[h.end:h.end + 5]):
        return None  # "sustained bullet injuries and died": the death counts, not the wound
    subject_end = v
    if low[v] in {"with", "for"} and v and low[v - 1] in _DIAGNOSED:
        subject_end = v - 1
        while subject_end and low[subject_end - 1] in _DIAGNOSED_AUX:
            subject_end -= 1
    if low[v] in _SUFFERED:
        while subject_end and low[subject_end - 1] in _DIAGNOSED_AUX:
            subject_end -= 1  # "13 people had suffered ..."
    if low[v] in _SUFFERED or subject_end != v:
        for s in range(max(0, subject_end - 8), subject_end):
            if low[s] in _TELLING_VERBS:
                continue  # "said 13 people had suffered ...": no determiner
            np = _np_right(tok, s)
            if np is not None and np.end == subject_end and (
                    np.count is not None or np.low is not None):
                return np
        return None
    if low[v] in _CAUSED and h.end + 1 < len(low) and low[h.end] == "to":
        np = _np_right(tok, h.end + 1)
        if np is not None and (np.count is not None or np.low is not None):
            return np
    return None


#: Verbs that tell a body was come upon: "was found", "was recovered", "had been dumped".
_FOUND_BODY = frozenset({"found", "recovered", "discovered", "retrieved", "dumped", "located"})


_BODY_WORDS = frozenset({"body", "bodies", "corpse", "corpses"})


def _counted_of_the_befallen(tok: _Tokens, j: int) -> _NP | None:
    """"two of the abducted victims" after "the bodies of", from token ``j``: the count, of
    the people the participle describes (what befell them before they were found dead)."""
    lex = casualty_lexicon()
    low = tok.low
    num = parse_number_at(tok, j)
    if num is None or num.start != j or num.value is None or num.end + 2 >= len(low) or \
            low[num.end] != "of" or low[num.end + 1] not in {"the", "those"} or \
            low[num.end + 2] not in lex.words:
        return None
    people = _np_right(tok, num.end + 3)
    if people is not None and (people.party is None or people.num is not None):
        return None
    # "the bodies of two of the abducted": the participle alone names them
    return _NP(j, people.end if people is not None else num.end + 3, num.value, num.low,
               num.high, num.qualifier, people.party if people is not None else None,
               (num.start, num.end))


def _some_befallen_left(tok: _Tokens, np: _NP) -> _NP | None:
    """"two of the kidnapped engineers" ending with the people ``np``: the count before "of
    the" and the participle counts some of them, or None."""
    for s in range(max(0, np.start - 8), np.start - 3):
        some = _counted_of_the_befallen(tok, s)
        if some is not None and some.end == np.end and some.party == np.party:
            return some
    return None


def _befell_before_another(tok: _Tokens, h: _Hit, nxt: _Hit) -> bool:
    """Whether the people of "two of the abducted traders" (participle ``h``) are the subject
    of the verb ``nxt`` of another kind that follows ("were found dead", "died"): the
    participle tells what befell them before, the verb what befell them now."""
    lex = casualty_lexicon()
    low = tok.low
    if nxt.trigger.kind == h.trigger.kind or nxt.start < h.end:
        return False
    j = h.end
    people = _np_right(tok, j) if j < nxt.start else None
    if people is not None and people.num is None and people.end <= nxt.start:
        j = people.end
    while j < nxt.start and (low[j] in lex.aux or low[j] in lex.passive_aux
                             or low[j] == "later" or low[j].endswith("ly")):
        j += 1
    return j == nxt.start


def _bodies_of_before(low: Sequence[str], i: int) -> bool:
    """Whether "the bodies of" comes just before token ``i``."""
    return i >= 2 and low[i - 1] == "of" and low[i - 2] in _BODY_WORDS


#: Words that make a death the outcome of what was told before: "resulting in his death",
#: "causing her death".
_LEADING_TO = frozenset({"resulting", "resulted", "leading", "led", "causing", "caused"})


def _body_found(low: Sequence[str], j: int) -> bool:
    """Whether a passive verb of finding follows a body at token ``j``: "was found",
    "was later recovered", "had been discovered"."""
    if j >= len(low) or low[j] not in {"was", "is", "had", "has", "were", "are", "have"}:
        return False
    return any(t in _FOUND_BODY for t in low[j + 1:j + 4])


def _body_owner(low: Sequence[str], b: int) -> _NP | None:
    """The dead told by whose body was found, the body noun at token ``b``: one person
    told of before ("his body", "her mutilated body", "the teacher's body") or those told
    of before ("their bodies", as many as they were); None where no owner is told so."""
    plural = low[b] in {"bodies", "corpses"}
    j = b - 1
    while j >= 0 and b - j <= 2 and _is_word(low[j]) and low[j] not in _BODY_OWNERS \
            and not low[j].endswith(("'s", "\u2019s")):
        j -= 1  # "his mutilated body", "their bullet-riddled bodies"
    if j < 0:
        return None
    if low[j] in {"his", "her"} and not plural:
        return _NP(j, b + 1, 1, 1, 1, "exact", None, (j, j + 1))
    if low[j] == "their" and plural:
        return _NP(j, b + 1, None, 2, None, "unknown", None, (j, j + 1), definite=True)
    if low[j].endswith(("'s", "\u2019s")) and j >= 1 and low[j - 1] == "the" and not plural:
        return _NP(j - 1, b + 1, 1, 1, 1, "exact", None, (j - 1, j))  # "the teacher's body"
    return None


_BODY_OWNERS = frozenset({"his", "her", "their", "the", "a", "an", "its"})


#: Words telling that a number of dead is not known: "unknown fatalities", "Fatalities
#: unknown", "deaths are not known", "casualties remain unclear".
_UNTOLD = frozenset({"unknown", "unclear", "unconfirmed", "undetermined"})


def _untold_after(low: Sequence[str], j: int) -> bool:
    """Whether the words from ``j`` say the count before them is not known."""
    if j < len(low) and low[j] in {"are", "were", "is", "was", "remain", "remained",
                                   "remains"}:
        j += 1
    if j < len(low) and low[j] in _UNTOLD:
        return True
    return j + 1 < len(low) and low[j] == "not" and low[j + 1] in {"known", "reported",
                                                                   "specified"}


#: Verbs that tell a kind of deed grown or grown rarer, and the adverbs that may come before
#: them: "murders of police officers have risen sharply this year".
_TREND_VERBS = frozenset({"risen", "increased", "surged", "grown", "intensified", "escalated",
                          "doubled", "tripled", "multiplied", "declined", "decreased", "fallen",
                          "dropped", "soared", "spiked"})
_TREND_ADVERBS = frozenset({"also", "sharply", "steadily", "almost", "nearly", "dramatically",
                            "significantly", "steeply"})


def _told_as_trend(low: Sequence[str], j: int) -> bool:
    """Whether the words from ``j``, after "murders of police officers", tell the deed grown
    or grown rarer ("in the state have risen sharply this year") in the same clause: how
    often such things happen, no one counted."""
    stop = min(len(low), j + 8)
    while j < stop and low[j] not in {"have", "has"}:
        if low[j] in {".", ";", ":", ",", "and", "but"}:
            return False
        j += 1
    j += 1
    while j < len(low) and low[j] in _TREND_ADVERBS:
        j += 1
    return j < len(low) and low[j] in _TREND_VERBS


def _noun_trigger(
    tok: _Tokens, h: _Hit, hits: list[_Hit], idx: int, prev_zero: bool
) -> tuple[list[_NP], bool]:
    """Read "3 deaths", "no injuries to US personnel", "the death of 2 policemen"."""
    lex = casualty_lexicon()
    low = tok.low
    n = len(low)
    w = low[h.start]
    # "the death of NP", "the capture of NP", "claimed the lives of NP"
    of = h.end if h.end + 1 < n and low[h.end] == "of" else None
    if of is None and w in lex.noun_of_heads and h.end + 2 < n and low[h.end] == "and" and \
            idx + 1 < len(hits) and hits[idx + 1].start == h.end + 1 and \
            low[hits[idx + 1].start] in lex.noun_of_heads and hits[idx + 1].end + 1 < n and \
            low[hits[idx + 1].end] == "of":
        of = hits[idx + 1].end  # "the slaughter and maiming of farmers, women and children"
    if w in lex.noun_of_heads and of is not None:
        np = _np_right(tok, of + 1)
        if np is None and w in _BODY_WORDS:
            np = _counted_of_the_befallen(tok, of + 1)
        if np is not None and np.num is None and w.endswith("s") and \
                _told_as_trend(low, np.end):
            # "Murders of police officers in the state have risen sharply this year": a
            # trend, no toll
            return [], False
        if np is not None and (np.party is not None or np.count is not None):
            if w in {"body", "bodies", "corpse", "corpses"} or np.party is not None or \
                    np.num is not None:
                nps = _one_group(tok, _coordinated_right(tok, np, {}))
                if w in _BODY_WORDS and len(nps) == 1 and nps[0].num is None:
                    # "Seven corpses of suspected militants were found": the count of the
                    # bodies counts the dead
                    found = next((c for x in range(max(0, h.start - 5), h.start)
                                  if (c := parse_number_at(tok, x)) is not None
                                  and c.end == h.start), None)
                    if found is not None:
                        nps = [replace(nps[0], start=found.start, count=found.value,
                                       low=found.low, high=found.high,
                                       qualifier=found.qualifier, num=(found.start, found.end))]
                return nps, False
    if w in {"injuries", "injury", "wounds", "wound", "concussions", "concussion"}:
        hurt = _injuries_of(tok, h)
        if hurt is not None:
            return [hurt], False
    # a number or "no" just before: "22 civilian deaths", "no other casualties", "1 fatality"
    k = h.start - 1
    adj = 0
    while k >= 0 and adj < 3 and _is_word(low[k]) and low[k] not in lex.np_stop \
            and low[k] not in lex.zero_words \
            and low[k] not in lex.words and low[k] not in lex.casualty_nouns \
            and low[k] not in number_words().first_words and low[k] not in lex.det_def:
        k -= 1
        adj += 1
    zero = False
    if k >= 0:
        t = low[k]
        if t in lex.zero_words or (t == "0" and adj == 0):
            zero = True
        elif t in {"of", "on", "about", "regarding"} and k >= 2 and (
            low[k - 1] in lex.report_nouns and low[k - 2] in {"no", "any"}
        ):
            zero = low[k - 2] == "no"  # "no reports of fatalities", "no information on deaths"
        elif t in {"any"} and k >= 1 and low[k - 1] in {"no", "without", "not"}:
            zero = True
        elif t in {"or", "and"} and idx > 0 and hits[idx - 1].end == k:
            zero = prev_zero  # "no fatalities or injuries": the zero of the noun before
    if zero:
        j = h.end
        if j + 2 < len(low) and low[j] in {"were", "was"} and low[j + 1] in _RECORDED:
            j += 2  # "no casualties were recorded among our forces"
        named = _party_after(tok, j)
        if named is None and k >= 2 and low[k - 1] in _SUFFERED_NONE:
            # "the convoy suffered no losses", "our forces sustained no casualties": the
            # subject's
            subject = _np_left(tok, k - 2, names=False)
            who = next((x for x in range(k - 2, max(0, k - 16), -1)
                        if low[x] == "who" or low[x] in {".", ";", ","}), None)
            if who is not None and low[who] == "who":
                # "Ground troops who searched the islands ... sustained no casualties"
                subject = _np_left(tok, who - 1, names=False)
            if subject is not None and subject.party is not None and subject.count is None:
                named = subject
        # "There were no civilian casualties": the word between the zero and the noun says
        # whose they are ("no other", "no American casualties" tell no one's for sure)
        between = (k + 1, h.start) if 0 <= k and h.start == k + 2 \
            and low[k + 1] in _ZERO_OWNERS else None
        np = named or _NP(h.start, h.end, 0, 0, 0, "zero", between, (max(k, 0), max(k, 0) + 1),
                          generic=between is None)
        return [replace(np, count=0, low=0, high=0, qualifier="zero")], True
    more_bodies = k >= 1 and adj == 0 and w in _BODY_WORDS and low[k] in _ADDITIVE_WORDS
    if more_bodies:
        k -= 1  # "Two more bodies were recovered": more dead, of no party told
    if k >= 0:
        # find the number's start (it may be several tokens: "at least 22", "one hundred")
        for s in range(max(0, k - 4), k + 1):
            num = parse_number_at(tok, s)
            if num is not None and num.end == k + 1:
                party = (k + 1, h.start) if h.start > k + 1 and not more_bodies else None
                if party and any(x in lex.non_person for x in low[party[0] : party[1]]):
                    return [], False  # "multiple bullet wounds": how someone was hurt
                np = _NP(s, h.end, num.value, num.low, num.high, num.qualifier, party,
                         (num.start, num.end), generic=party is None)
                after = _party_after(tok, h.end)
                if after is not None and party is None:
                    np = replace(np, party=after.party, generic=after.generic,
                                 perpetrator=after.perpetrator, animal=after.animal)
                return [*_counts_before_the_noun(tok, s), np], False
        t = low[k]
        if t in {"a", "an", "one"} and w in {"death", "fatality", "injury", "arrest"}:
            return [_NP(k, h.end, 1, 1, 1, "exact", None, (k, k + 1), generic=True)], False
        if w in {"body", "corpse"} and _body_found(low, h.end) and (
                t in {"a", "an", "one"} and k == h.start - 1
                or low[h.start - 1].endswith(("'s", "’s"))
                and _body_owner(low, h.start) is None):
            # "A body was found", "an elderly man's body was found": one dead
            return [_NP(k, h.end, 1, 1, 1, "exact", None, (k, k + 1), generic=True)], False
        if t in {"his", "her"} and w == "death" and k == h.start - 1 and k >= 2 and (
                low[k - 1] in {"in", "to"} and low[k - 2] in _LEADING_TO
                or low[k - 1] in _LEADING_TO) and not any(
                    x.trigger.kind == "killed" for x in hits[:idx]):
            # "shot a farmer ..., resulting in his death": the one shot died
            return [_NP(k, h.end, 1, 1, 1, "exact", None, (k, k + 1))], False
    owner = _body_owner(low, h.start) if w in _BODY_WORDS and _body_found(low, h.end) \
        else None
    if owner is not None and not any(x.trigger.kind == "killed" and x.start < owner.start
                                     for x in hits[:idx]):
        # "His body was found near the canal": the one told of before, dead (a death told
        # before it in the sentence is his: "was killed; his body was recovered"; the deed
        # told of the body is no other: "his beheaded body was found")
        return [owner], False
    # a plural noun that reports deaths without a number: "resulting in fatalities"
    if w in {"fatalities", "deaths", "casualties", "injuries", "arrests", "abductions",
             "kidnappings"}:
        prev = low[h.start - 1] if h.start else ""
        if prev in {"the", "his", "her", "their", "its", "of", "any"}:
            return [], False
        if h.end + 1 < len(low) and low[h.end] == ":" and w in {"fatalities", "deaths"}:
            # "Fatalities: 3." (a note's own count, after its label)
            if low[h.end + 1] in {"0", "none", "nil", "no", "zero"}:
                return [_NP(h.start, h.end + 2, 0, 0, 0, "zero", None, (h.end + 1, h.end + 2),
                            generic=True)], True
            num = parse_number_at(tok, h.end + 1)
            if num is not None and num.value is not None:
                return [_NP(h.start, num.end, num.value, num.low, num.high, num.qualifier, None,
                            (num.start, num.end), generic=True)], False
        if prev in _UNTOLD or _untold_after(low, h.end):
            # "Fatalities unknown.", "deaths are not known", "unknown fatalities": deaths
            # whose number the report does not know, which ACLED codes as none
            return [], False
        if w in {"injuries"} and prev not in {"and", "in", "caused", "causing", "with",
                                                "inflicting", "inflicted", "reported"}:
            return [], False
        if w == "casualties":
            return [_NP(h.start, h.end, None, None, None, "unknown", None, None,
                        generic=True)], False
        return [_NP(h.start, h.end, None, 2, None, "unknown", None, None, generic=True)], False
    return [], False


def _counts_before_the_noun(tok: _Tokens, s: int) -> list[_NP]:
    """The counts of other sides joined before the one a casualty noun closes, each with
    its own words: "25 rebel fighters, 2 civilians and 6 military fatalities" tells of the
    rebels and the civilians too. Empty where "and" or a comma before the count joins none."""
    lex = casualty_lexicon()
    low = tok.low
    firsts = number_words().first_words
    found: list[_NP] = []
    left = s - 1
    while left >= 1 and low[left] in {"and", ","}:
        b = left - 1
        words = 0
        while b >= 0 and words < 3 and _is_word(low[b]) and low[b] not in lex.np_stop \
                and low[b] not in lex.words and low[b] not in lex.casualty_nouns \
                and low[b] not in firsts and low[b] not in lex.det_def:
            b -= 1
            words += 1
        if words == 0 or b < 0:
            break
        num = next((n for x in range(max(0, b - 4), b + 1)
                    if (n := parse_number_at(tok, x)) is not None and n.end == b + 1), None)
        if num is None:
            break
        party = (b + 1, left)
        if any(x in lex.non_person for x in low[party[0]:party[1]]):
            break
        found.append(_NP(num.start, left, num.value, num.low, num.high, num.qualifier, party,
                         (num.start, num.end)))
        left = num.start - 1
    return found[::-1]


def _one_group(tok: _Tokens, nps: list[_NP]) -> list[_NP]:
    """Kinds of people listed with no count of any ("men, women and children") as one
    group, of as many as the first: the list says who they were, not that each kind was
    counted apart."""
    first = nps[0]
    if len(nps) > 1 or first.party is None or first.count is not None or \
            first.num is not None or first.low is None:
        return nps
    lex = casualty_lexicon()
    low = tok.low
    n = len(low)
    end = first.end
    generic = first.generic
    while end + 1 < n and low[end] in {",", "and"}:
        j = end + 1 + (low[end] == "," and low[end + 1] == "and")
        nxt = _np_right(tok, j) if j < n else None
        if nxt is None or nxt.party is None or nxt.count is not None or nxt.num is not None \
                or nxt.low is None or nxt.animal:
            break
        after = low[nxt.end] if nxt.end < n else "."
        if after in lex.passive_aux or after in lex.words or (
                _is_word(after) and (after not in lex.np_stop or after in lex.aux)
                and after not in {"and", "or"}):
            break  # "killed militants and civilians fled": the next has a verb of its own
        if low[end] == ",":
            # a comma joins only where an "and" closes the list further on
            close = next((x for x in range(nxt.end, min(n, nxt.end + 8)) if low[x] == "and"),
                         None)
            if close is None or any(not _is_word(t) and t != "," for t in low[nxt.end:close]):
                break
        end = nxt.end
        generic = generic and nxt.generic
    if end == first.end:
        return nps
    return [replace(first, end=end, party=(first.party[0], end), generic=generic)]


#: Verbs of a side that had no losses: "the convoy suffered no losses".
_SUFFERED_NONE = frozenset({"suffered", "sustained", "incurred"})
_RECORDED = frozenset({"recorded", "reported", "registered", "suffered", "sustained",
                       "documented", "inflicted"})


#: The word between a zero and a casualty noun that says whose the none are.
_ZERO_OWNERS = frozenset({"civilian"})


def _party_after(tok: _Tokens, j: int) -> _NP | None:
    """The party after "no injuries to US personnel" / "3 deaths among soldiers"."""
    low = tok.low
    if j + 1 < len(low) and low[j] in {"to", "among", "on", "for", "of"}:
        np = _np_right(tok, j + 1)
        if np is not None and np.party is not None:
            return np
    return None


#: ("drove", "driving": "a suicide bomber drove his car into the gate" dies with it)
_DETONATION = frozenset({"detonated", "detonating", "blew", "blown", "exploded", "rammed",
                         "drove", "driving", "triggered", "set", "targeted", "attacked", "struck",
                         "killing", "killed", "self-detonated", "self-detonating"})
_FOILED = frozenset({"arrested", "captured", "detained", "foiled", "failed", "thwarted",
                     "intercepted", "apprehended", "defused", "surrendered", "prevented",
                     "escaped", "survived", "before"})


#: Devices an attacker dies with: "detonated his suicide vest", "drove a suicide car bomb".
_SUICIDE_DEVICES = frozenset({"vest", "vests", "belt", "belts", "jacket", "device", "devices",
                              "car", "vehicle", "vehicle-borne", "truck", "bomb", "bombs",
                              "improvised", "explosive", "explosives", "motorcycle"})
#: Verbs by which an attacker sets off or drives such a device.
_SUICIDE_VERBS = frozenset({"detonated", "detonating", "drove", "driving", "rammed", "ramming",
                            "blew", "blown", "exploded", "triggered", "set",
                            "self-detonated"})
#: Words that name the attacker who did so ("an unknown assailant detonated his suicide ...").
_ATTACKER_HEADS = frozenset({"assailant", "attacker", "militant", "bomber", "insurgent",
                             "gunman", "fighter", "man", "woman", "youth", "teenager", "boy",
                             "girl", "national", "member", "terrorist", "jihadist"})
_POSSESSIVES = frozenset({"a", "an", "the", "his", "her", "their", "its"})
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it"})


def _foiled(rest: Sequence[str]) -> bool:
    """An attack stopped or survived; "before detonating his vest" is no stop."""
    for k, x in enumerate(rest):
        if x == "before" and (k + 1 >= len(rest) or rest[k + 1] not in _PRONOUN_SUBJECTS):
            continue  # "before detonating his vest", "detected before entering the mall"
        if x in _FOILED:
            return True
    return False


def _lone_attacker_opening(tok: _Tokens) -> _NP | None:
    """The one attacker a sentence opens with ("An assailant ...", "A lone gunman ...",
    after a summary's date and colon), or None."""
    low = tok.low
    start = low.index(":") + 1 if ":" in low[:8] else 0
    if start >= len(low) or low[start] not in {"a", "an", "the", "one"}:
        return None
    for head in range(start + 1, min(start + 3, len(low))):
        if low[head] in _ATTACKER_HEADS:
            return _NP(start, head + 1, 1, 1, 1, "exact", (start + 1, head + 1),
                       (start, start + 1), definite=low[start] == "the", perpetrator=True)
    return None


def _suicide_device_user(tok: _Tokens, i: int) -> _NP | None:
    """The attacker of "<attacker> detonated his suicide vest" (``i`` indexes "suicide")."""
    low = tok.low
    j = i - 1
    while j >= 0 and low[j] in _POSSESSIVES:
        j -= 1
    if j < 1 or low[j] not in _SUICIDE_VERBS:
        return None
    for h in range(j - 1, max(-1, j - 9), -1):
        if low[h] in {".", ";"}:
            break
        if low[h] in _ATTACKER_HEADS:
            np = _np_left(tok, h, names=False)
            if np is not None and np.count != 1:
                return None
            # "a Tehrik-e-Taliban Pakistan (TTP) militant": the head word alone is one person
            return np or _NP(h, h + 1, 1, 1, 1, "exact", (h, h + 1), None)
    return None


def _small_count(word: str) -> int | None:
    """The count a single word writes ("two", "3"), or None."""
    if word.isdigit():
        return int(word)
    return number_words().cardinals.get(word)


def _suicide_attackers(tok: _Tokens, found: list[_Found]) -> None:
    """"A suicide bomber detonated ...": the attacker died, as GTD and ACLED count it."""
    low = tok.low
    if "suicide" not in low:
        return  # (exact: the reading starts only at the word)
    n = len(low)
    for i, w in enumerate(low):
        if w != "suicide" or i + 1 >= n:
            continue
        if low[i + 1] in _SUICIDE_DEVICES:
            user = _suicide_device_user(tok, i)
            if user is None or _foiled(low[i + 2 : i + 12]) or any(
                f.kind == "killed" and f.np.perpetrator for f in found
            ):
                continue
            found.append(_Found("killed", replace(user, perpetrator=True),
                                (user.start, user.end)))
            continue
        if low[i + 1] not in {"bomber", "bombers", "attacker", "attackers"}:
            continue
        rest = low[i + 2 : i + 24]
        if "." in rest:
            rest = rest[: rest.index(".")]
        if not any(x in _DETONATION for x in rest) or _foiled(rest):
            continue
        np = _np_left(tok, i + 1, names=False)
        if np is None and i >= 1 and low[i - 1] in {"a", "an", "one", "the"} \
                and low[i + 1] in {"bomber", "attacker"}:
            # "a suicide bomber opened fire ... then detonated his vest": one attacker
            np = _NP(i - 1, i + 2, 1, 1, 1, "exact", (i, i + 2), (i - 1, i),
                     definite=low[i - 1] == "the")
        elif np is None and i >= 1 and low[i + 1] in {"bombers", "attackers"} and (
                told := _small_count(low[i - 1])) is not None:
            # "two suicide bombers drove a van ...": the count before them, whatever verb
            # (one the phrase reader takes for a noun) follows
            np = _NP(i - 1, i + 2, told, told, told, "exact", (i, i + 2), (i - 1, i))
        elif np is None and i >= 2 and low[i - 2] in {"a", "an", "one", "the"} \
                and tok.raw[i - 1][:1].isupper() and low[i + 1] in {"bomber", "attacker"}:
            # "a Taliban suicide bomber drove ...": one attacker, of the group named
            np = _NP(i - 2, i + 2, 1, 1, 1, "exact", (i - 1, i + 2), (i - 2, i - 1),
                     definite=low[i - 2] == "the")
        if np is None or np.count is None or any(
            f.kind == "killed" and f.np.perpetrator for f in found
        ):
            continue
        found.append(_Found("killed", replace(np, perpetrator=True), (i, i + 2)))


def _took_hostage(tok: _Tokens, found: list[_Found]) -> None:
    """'took three workers hostage': the phrase between the verb and 'hostage'."""
    low = tok.low
    if "hostage" not in low and "captive" not in low:
        return  # (exact: the reading starts only at one of the two words)
    for i, w in enumerate(low):
        if w in {"hostage", "captive"} and i >= 2:
            for s in range(i - 1, max(0, i - 8), -1):
                if low[s] in {"took", "taking", "take", "takes", "held", "holding", "hold",
                              "holds"}:
                    np = _np_right(tok, s + 1)
                    if np is not None and np.end == i and not any(
                        f.kind == "abducted" and f.np.start == np.start for f in found
                    ):
                        found.append(_Found("abducted", np, (s, i + 1)))
                    break


@dataclass(frozen=True, slots=True)
class _TakingVerbs:
    direct: frozenset[str]
    with_particle: frozenset[str]
    particles: frozenset[str]
    people: frozenset[str]
    state: frozenset[str]


@functools.cache
def _taking_verbs() -> _TakingVerbs:
    raw = _load("casualty_lexicon.json")
    t = raw["taking_verbs"]
    people = set(t["people_heads"]) | set(raw["one_person_heads"]) | set(raw["kin_heads"])
    return _TakingVerbs(
        direct=frozenset(t["direct"]),
        with_particle=frozenset(t["with_particle"]),
        particles=frozenset(t["particles"]),
        people=frozenset(people),
        state=frozenset(t["state_subjects"]),
    )


def _taken_away(tok: _Tokens, found: list[_Found]) -> None:
    """People taken with other verbs: "gunmen seized three fishermen", "they also took away
    four women", "led two herders off". Only a party of people counts (not "seized two
    rifles"), and not after a state force as subject, whose seizing is an arrest."""
    tv = _taking_verbs()
    low = tok.low
    if tv.direct.isdisjoint(low) and tv.with_particle.isdisjoint(low):
        return  # (exact: the reading starts only at one of the verbs; looked for in C)
    n = len(low)
    for i, w in enumerate(low):
        direct = w in tv.direct
        if not direct and w not in tv.with_particle:
            continue
        j = i + 1
        particle = j < n and low[j] in tv.particles
        if particle:
            j += 1
        np = _np_right(tok, j, allow_bare=False, names=False)
        if np is None or np.party is None or np.count is None:
            continue
        p0, p1 = np.party
        cut = next((k for k in range(p0 + 1, p1) if low[k] in tv.particles), None)
        if cut is not None:
            # "seized five traders off the coast", "led seven villagers away into the bush"
            np = replace(np, end=cut, party=(p0, cut))
            p1 = cut
        if not direct and not particle and not (np.end < n and low[np.end] in tv.particles):
            continue
        words = low[p0:p1]
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if head not in tv.people:
            continue
        before = low[max(0, i - 6) : i]
        if "." in before:
            before = before[len(before) - before[::-1].index(".") :]
        if any(x in tv.state for x in before):
            continue
        if any(f.kind in ("abducted", "detained") and f.np.start <= np.start < f.np.end
               for f in found):
            continue
        found.append(_Found("abducted", np, (i, j)))


# ---------------------------------------------------------------------------
# Coding conventions written into ACLED-style notes

_NUM = r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_CODED = re.compile(
    r"\b(?:fatalit[a-z]*|deaths|killed)(?:\s+and\s+(?:injuries|injured))?"
    r"(?:\s+(?:were|are|is|was|have\s+been|has\s+been))?\s+coded\s+(?:as|at|to)\s+" + _NUM,
    re.IGNORECASE,
)
# "..., in addition to 2 known fatalities": the counted dead the convention's figure adds to
_ADDED_TO_CODED = re.compile(
    r",?\s+in\s+addition\s+to\s+(?:the\s+)?" + _NUM + r"\s+(?:known|confirmed|reported|"
    r"counted)\s+(?:fatalit[a-z]*|deaths|dead)\b", re.IGNORECASE)
# "fatalities reported as half, rounded down to 3": the convention's own figure
_ROUNDED = re.compile(
    r"\b(?:fatalit[a-z]*|deaths)\b[^.;]{0,50}?\brounded(?:\s+(?:down|up|off))?\s+to\s+"
    + _NUM, re.IGNORECASE)
_SHARED = re.compile(
    r"\b(?:split|spread|divided|distributed|shared)(?:\s+up)?(?:\s+equally|\s+evenly)?\s+"
    r"(?:between|across|among|over)\s+(?:the\s+)?" + _NUM + r"\s+([a-z]+)"
    r"(?:\s*\((\d+)\))?",
    re.IGNORECASE,
)
_CODED_ACROSS = re.compile(
    r"\b(?:fatalit[a-z]*|deaths)\s+(?:are\s+|were\s+)?coded\s+across\s+" + _NUM + r"\s+([a-z]+)",
    re.IGNORECASE,
)


def _word_value(text: str) -> int | None:
    num = parse_number(text)
    return num.value if num is not None else None


def _conventions(
    text: str, lo: int, hi: int, lowered: str | None = None
) -> tuple[list[CasualtyMention], int | None]:
    """Read "Unknown fatalities coded as 10" and "split between 3 events" in [lo, hi).

    ``lowered`` is ``text[lo:hi].lower()`` when the caller has it already.
    """
    found: list[CasualtyMention] = []
    shared: int | None = None
    segment = text[lo:hi]
    if lowered is None:
        lowered = segment.lower()
    if "coded" not in lowered and "split" not in lowered and "spread" not in lowered \
            and "divided" not in lowered and "shared" not in lowered \
            and "distributed" not in lowered and "rounded" not in lowered:
        return found, shared
    for m in _SHARED.finditer(segment):
        if m.group(2).lower() not in casualty_lexicon().shares:
            continue
        ways = _word_value(m.group(1))
        if ways and ways > 1:
            if m.group(3):
                each = int(m.group(3))
                found.append(CasualtyMention(
                    lo + m.start(3), lo + m.end(3), m.group(3), "killed", each, each,
                    each, "exact", coded=True))
            else:
                shared = ways
    for m in _CODED_ACROSS.finditer(segment):
        if m.group(2).lower() in casualty_lexicon().shares:
            ways = _word_value(m.group(1))
            if ways and ways > 1:
                shared = ways
    for m in [*_CODED.finditer(segment), *_ROUNDED.finditer(segment)]:
        value = _word_value(m.group(1))
        if value is None:
            continue
        added = _ADDED_TO_CODED.match(segment, m.end())
        if added is not None and (known := _word_value(added.group(1))) is not None:
            # "Unknown fatalities coded at 10, in addition to 6 known fatalities": sixteen
            value += known
        q: QualifierName = "zero" if value == 0 else "exact"
        found.append(CasualtyMention(
            lo + m.start(), lo + m.end(), m.group(), "killed", value, value, value, q,
            number_start=lo + m.start(1), number_end=lo + m.end(1), coded=True,
            shared_by=shared))
    return found, shared


#: "The deceased were identified as ...": the words of the dead before "identified as".
_IDENTIFIED_DEAD = re.compile(
    r"\b(?:the|those)\s+(?:deceased|dead|killed|slain)(?:\s+(?:victims|persons|people|men|"
    r"women))?\s+(?:were|was|have\s+been|had\s+been)\s+identified\s+as\s+", re.IGNORECASE)
#: One name of a list: capitalised words (an initial, "al-" or "bin" between them), perhaps
#: after a role in lower case ("driver Rashid") and before an age in brackets ("(34)").
_LISTED_NAME = re.compile(
    r"(?:[a-z]+\s+){0,2}[A-Z](?:\.|[\w'’-]*)(?:\s+(?:(?:al|el|bin|ibn|ul|ud|de|da)[\s-])?"
    r"[A-Z](?:\.|[\w'’-]*))*(?:\s*\(\d{1,3}\))?")
#: What may end such a list: the end of the sentence, or the next clause.
_NAMES_END = re.compile(r"\s*(?:[.;]|$|,?\s+(?:while|whereas|and\s+the|but)\b)")


def _dead_by_name(text: str, mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The dead counted by their names: "The deceased were identified as A, B and C" is 3.

    Only where no death was told before the names: after "killed two farmers", "The
    deceased were identified as A and B" names the two again. A list that holds anything
    but names (a count, a role told after a name) counts no one.
    """
    out: list[CasualtyMention] = []
    for m in _IDENTIFIED_DEAD.finditer(text):
        if any(x.kind == "killed" and x.start < m.start() for x in mentions):
            continue
        at, names = m.end(), 0
        while True:
            name = _LISTED_NAME.match(text, at)
            if name is None or any(c.isdigit() for c in name.group().split("(")[0]):
                names = 0
                break
            names += 1
            at = name.end()
            if _NAMES_END.match(text, at):
                break
            joint = re.compile(r",?\s+and\s+|,\s*").match(text, at)
            if joint is None:
                names = 0
                break
            at = joint.end()
        if names:
            out.append(CasualtyMention(
                m.start(), at, text[m.start():at], "killed", names, names, names, "exact",
                party_text=text[m.end():at], party_start=m.end(), party_end=at,
                number_start=m.end(), number_end=at))
    return out


# ---------------------------------------------------------------------------
# The stage

def _sentences(doc: Doc) -> Sequence[tuple[int, int]]:
    return doc.sentences or split_sentences(doc.text)


_DIGIT_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)")


def ordinal_value(word: str) -> int | None:
    """The rank an ordinal word names: "third" 3, "thirteenth" 13, "twentieth" 20,
    "twenty-first" 21, "13th" 13; None for a word that is no ordinal."""
    w = word.lower()
    nw = number_words()
    rank = nw.ordinals.get(w)
    if rank is not None:
        return rank
    digits = _DIGIT_ORDINAL.fullmatch(w)
    if digits is not None:
        return int(digits.group(1))
    if "-" in w:
        tens, _, unit = w.partition("-")
        ten = nw.cardinals.get(tens)
        one = nw.ordinals.get(unit)
        if ten is not None and ten >= 20 and ten % 10 == 0 and one is not None and one < 10:
            return ten + one
        return None
    if w.endswith("ieth"):
        base = w[:-4] + "y"  # "twentieth"
    elif w.endswith("th"):
        base = w[:-2]  # "thirteenth"
    else:
        return None
    value = nw.cardinals.get(base)
    return value if value is not None and value > 12 else None


def _rank(text: str, start: int | None, end: int | None) -> int | None:
    """The rank of the one person a phrase counts: "a thirteenth victim", "the third"."""
    if start is None or end is None:
        return None
    for word in text[start:end].split()[:3]:
        rank = ordinal_value(word.strip(",."))
        if rank is not None:
            return rank
    return None


def _mention(tok: _Tokens, text: str, f: _Found, carried: _NP | None) -> CasualtyMention:
    np = f.np
    s_tok = min(np.start, f.trig[0])
    e_tok = max(np.end, f.trig[1])
    start, end = tok.start[s_tok], tok.end[e_tok - 1]
    party = np.party
    party_np = np
    if party is None and carried is not None and np.bare_number:
        party = carried.party
        party_np = carried
    p_start = tok.start[party[0]] if party else None
    p_end = tok.end[party[1] - 1] if party else None
    n_start = tok.start[np.num[0]] if np.num else None
    n_end = tok.end[np.num[1] - 1] if np.num else None
    rank = None
    if np.count == 1 and party_np is np:
        rank = _rank(text, n_start if n_start is not None else p_start,
                     p_end if p_end is not None else n_end)
    return CasualtyMention(
        start=start,
        end=end,
        text=text[start:end],
        kind=f.kind,
        count=np.count,
        low=np.low,
        high=np.high,
        qualifier=np.qualifier,
        party_text=text[p_start:p_end] if p_start is not None else None,
        party_start=p_start,
        party_end=p_end,
        number_start=n_start,
        number_end=n_end,
        animal=party_np.animal,
        perpetrator=party_np.perpetrator,
        subset=f.subset,
        rank=rank,
    )


@functools.cache
def _prefilter_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The :func:`_prefilters` as patterns: one search finds whether any of them is there."""
    return _any_substring(_prefilters()[0]), _any_substring(_prefilters()[1])


def _any_substring(stems: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of ``stems`` is a substring of it; grouped
    by first character, so a position where none starts costs one test per group."""
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[:1], []).append(stem[1:])
    return re.compile("|".join(
        re.escape(first) + "(?:" + "|".join(
            re.escape(rest) for rest in sorted(set(rests), key=len, reverse=True)
        ) + ")"
        for first, rests in sorted(groups.items())
    ))


@functools.cache
def _prefilters() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Substrings that let sentences without a casualty word or a number skip tokenising."""
    lex = casualty_lexicon()
    nw = number_words()
    phrase_words = {max(seq, key=len) for seqs in lex.phrases.values() for seq, _, _ in seqs}
    tv = _taking_verbs()
    words = set(lex.words) | phrase_words | set(lex.casualty_nouns) | {
        "hostage", "captive", "suicide"
    } | set(tv.direct) | set(tv.particles) | set(lex.struck_where)
    nums = set(nw.cardinals) | set(nw.scales) | {
        w for phrase in (*nw.fixed, *nw.vague) for w in phrase if w not in {"a", "an", "of"}
    }

    def stems(items: set[str]) -> tuple[str, ...]:
        cut = sorted({w[:5] for w in items}, key=len)
        kept: list[str] = []
        for stem in cut:  # drop stems that contain a shorter kept stem
            if not any(k in stem for k in kept):
                kept.append(stem)
        return tuple(kept)

    return stems(words), stems(nums)


_DIGIT = re.compile(r"\d")


def _scan(
    text: str,
    sentences: Iterable[tuple[int, int]] | None,
    *,
    casualties: bool = True,
    quantities: bool = True,
    chunks: Chunks | None = None,
) -> tuple[list[CasualtyMention], list[Quantity]]:
    """Casualty mentions and numbers, sentence by sentence; ``chunks`` are the text's blank-
    separated chunks where the caller has them (``doc_chunks``)."""
    spans = list(sentences) if sentences is not None else split_sentences(text)
    cas_re, num_re = _prefilter_res()
    mentions: list[CasualtyMention] = []
    numbers: list[Quantity] = []
    shared: int | None = None
    for lo, hi in spans:
        lowered = text[lo:hi].lower()
        want_cas = casualties and cas_re.search(lowered) is not None
        want_num = quantities and (
            _DIGIT.search(lowered) is not None or num_re.search(lowered) is not None
        )
        if casualties:
            coded, share = _conventions(text, lo, hi, lowered)
            mentions.extend(coded)
            shared = share or shared
        if not (want_cas or want_num):
            continue
        tok = _tokenize(text, lo, hi, chunks)
        if not len(tok):
            continue
        if want_num:
            numbers.extend(_numbers_in(tok, text))
        if want_cas:
            mentions.extend(_mentions_in(tok, text, coded))
    if casualties and "identified as" in text:
        mentions.extend(_dead_by_name(text, mentions))
    if shared:
        mentions = [replace(m, shared_by=m.shared_by or shared) if m.kind == "killed" else m
                    for m in mentions]
    if casualties:
        mentions = _series_shares(text, spans, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    # In ASCII text a case-blind pattern needs its words in the lower-cased text: a look
    # for them is cheaper than the search (elsewhere some other letters pair with ASCII ones).
    folded = text.lower() if mentions and text.isascii() else None
    if mentions and (folded is None or any(w in folded for w in _FREEING_WORDS)) \
            and _FREEING.search(text):
        mentions = [m for m in mentions if not _set_free(text, m)]
    if mentions and (folded is None or any(w in folded for w in _DEEDS_WORDS)) \
            and _DEEDS.search(text):
        mentions = [m for m in mentions if not _record_of_deeds(text, m)]
    if mentions and "umber of" in text:
        mentions = [m for m in mentions if not _number_of(text, m)]
    if mentions and (folded is None or "-year" in folded or "decade" in folded):
        mentions = [m for m in mentions if not _told_over_years(text, spans, m)]
    if mentions and (folded is None or any(w in folded for w in _EARLIER_WORDS)):
        mentions = [m for m in mentions if _IN_EARLIER_ONES.match(text, m.end) is None]
    if mentions and any(w in text for w in _ATTEMPTED_WORDS):
        mentions = [m for m in mentions if not _attempted_killing(text, m)]
    return _antecedent_counts(text, mentions), numbers


#: A killing that was only attempted, told by the charge: "three charges of murder and two
#: of attempted murder", "two counts of attempted murder" (every match holds "attempted").
_ATTEMPTED = re.compile(r"\bof\s+attempted\s+(?:murder|killing|homicide|assassination)\b",
                        re.IGNORECASE)


#: Words one of which every attempted killing this module sets aside holds.
_ATTEMPTED_WORDS = ("attempted", "failed", "foiled", "thwarted", "botched")
#: "an attempted assassination of the governor", "a failed assassination attempt on":
#: the words before a killing's noun that say it failed.
_ATTEMPTED_BEFORE = re.compile(r"\b(?:attempted|failed|foiled|thwarted|botched)\s+$",
                               re.IGNORECASE)


def _attempted_killing(text: str, m: CasualtyMention) -> bool:
    """Whether a count of dead is of an attempted killing, which killed no one: "two of
    attempted murder" after "three charges of murder", "an attempted assassination of the
    governor"."""
    return m.kind == "killed" and (
        _ATTEMPTED.search(text, m.start, m.end + 24) is not None
        or _ATTEMPTED_BEFORE.search(text, max(0, m.start - 12), m.start) is not None)


#: Verbs that set people free: "rescued 11 kidnapped hostages", "freed the abducted pupils".
_FREEING = re.compile(r"\b(?:rescu|free[ds]?\b|freeing|releas|liberat|reunit|hand|transfer|"
                      r"repatriat|deport|extradit)", re.IGNORECASE)
#: Words one of which every match of _FREEING holds.
_FREEING_WORDS = ("rescu", "free", "releas", "liberat", "reunit", "hand", "transfer",
                  "repatriat", "deport", "extradit")
FREED_BEFORE = re.compile(
    r"\b(?:rescued|rescuing|rescue|freed|freeing|free|released|releasing|release|liberated|"
    r"liberating|reunited)\s+(?:(?:the|all|some|a|an|of|at|least|total|\w*\d\w*|[a-z]+teen|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)\s+){0,4}$",
    re.IGNORECASE)


#: People already held, handed from one keeper to another: "transferred 150 ... detainees to
#: Iraqi authorities", "hands over 150 ... detainees", "the number of detainees handed over".
_HANDED_BEFORE = re.compile(
    r"\b(?:hand(?:s|ed|ing)?(?:\s+over)?|transferr?(?:s|ed|ing)?|repatriat(?:e|es|ed|ing)|"
    r"deport(?:s|ed|ing)?|extradit(?:e|es|ed|ing))\s+(?:(?:the|all|some|a|an|of|at|least|"
    r"total|another|other|\w*\d\w*|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+ty|hundred)\s+){0,4}$", re.IGNORECASE)
_HANDED_AFTER = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|being)\s+)?(?:handed\s+over|transferred|"
    r"repatriated|deported|extradited|released|freed)\b", re.IGNORECASE)


def _set_free(text: str, m: CasualtyMention) -> bool:
    """A taking told as the state of people set free ("rescued 11 kidnapped hostages") is
    no new taking, nor are detainees handed over to another keeper or released ("transferred
    150 Iraqi detainees to Iraqi authorities", "37 detainees were released")."""
    if m.kind not in ("abducted", "detained"):
        return False
    lead = m.start if m.number_start is None else min(m.start, m.number_start)
    if FREED_BEFORE.search(text, max(0, lead - 60), lead):
        return True
    if m.kind != "detained":
        return False
    return bool(_HANDED_BEFORE.search(text, max(0, lead - 60), lead)) or any(
        _HANDED_AFTER.match(text, at) is not None
        for at in {m.end, m.party_end if m.party_end is not None else m.end})


# "The ADF has been blamed for killing thousands of civilians", "terrorists involved in ...
# the killing of innocent civilians": what a group is known for, not what this report tells.
_DEEDS = re.compile(
    r"\b(?:blamed|accused|responsible|notorious|known|involved|wanted|convicted|charged|"
    r"guilty|suspected)\s+(?:for|in|of)\b", re.IGNORECASE)
#: Words one of which every match of _DEEDS holds.
_DEEDS_WORDS = ("blamed", "accused", "responsible", "notorious", "known", "involved", "wanted",
                "convicted", "charged", "guilty", "suspected")
_DEEDS_BEFORE = re.compile(rf"{_DEEDS.pattern}[^.;:!?\n]*$", re.IGNORECASE)


#: A deed one struck or taken is blamed for, its word just after: "lynched an officer accused
#: of killing a driver", "arrested a man suspected of abducting three children" (not "the
#: group, accused of killing 12 farmers last week, denied it": the report's own toll).
_ACCUSED_OF_BEFORE = re.compile(
    r"\b(?:lynch\w*|beat(?:en)?|stoned|hacked|burn(?:ed|t)|killed|attacked|assaulted|"
    r"arrested|detained|caught|apprehended)\b[^.;:]{0,80}?\b(?:accused|suspected|convicted)"
    r"\s+of\s+$", re.IGNORECASE)


#: One incident a deed word points at, told with what it did: "a blast which", "the attack
#: that".
_ONE_INCIDENT_TOLD = re.compile(
    r"\b(?:a|an|the|this|that|friday's|saturday's|sunday's|monday's|tuesday's|wednesday's|"
    r"thursday's)\s+(?:\w+\s+){0,2}?(?:blast|attack|bombing|explosion|shooting|ambush|raid)"
    r"\s*,?\s+(?:which|that)\s+$", re.IGNORECASE)


def _record_of_deeds(text: str, m: CasualtyMention) -> bool:
    """A toll with no figure of its own, told as what someone is blamed for or known for."""
    if m.qualifier == "zero":
        return False
    lead = m.start if m.number_start is None else min(m.start, m.number_start)
    if m.count is not None and _ACCUSED_OF_BEFORE.search(text, max(0, m.start - 120), m.start):
        return True  # "lynched an officer accused of killing a driver": his alleged deed
    if m.count is not None:
        # "one of the two leaders is responsible for the assassination of two council members
        # last spring": a counted deed told of a time gone by is his record, not this toll
        # (the time, right after the count, looked for first: it is rarer)
        return _GONE_BY.match(text, m.end) is not None and _DEEDS_BEFORE.search(
            text, max(0, lead - 120), lead) is not None
    deeds = _DEEDS_BEFORE.search(text, max(0, lead - 120), lead)
    # "responsible for a Sunday bombing that wounded several people": one incident, told
    return deeds is not None and not _ONE_INCIDENT_TOLD.search(text, deeds.start(), lead)


#: A time gone by told just after a deed: "last spring", "earlier this year", "in 2019".
_GONE_BY = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:last\s+(?:spring|summer|autumn|fall|winter|year|month)|"
    r"earlier\s+this\s+year|in\s+(?:19|20)\d\d|\d+\s+(?:years|months)\s+ago)\b",
    re.IGNORECASE)


#: Deaths told of earlier incidents of the kind, right after the count: "drew criticism after
#: the deaths of recruited minors in earlier operations", "killed in previous raids".
_IN_EARLIER_ONES = re.compile(
    r"\s+(?:in|during)\s+(?:earlier|previous|past|prior)\s+(?:[a-z-]+\s+)?(?:operations|"
    r"strikes|air\s?strikes|raids|bombings|attacks|clashes|offensives|incidents)\b",
    re.IGNORECASE)
_EARLIER_WORDS = ("earlier", "previous", "past", "prior")  # one in each match


#: A stretch of years a toll is told over: "In its more than 35-year terror campaign",
#: "during the decade-long insurgency", "over their 20-year war against the state".
_OVER_YEARS = re.compile(
    r"\b(?:in|during|over|throughout)\s+(?:its|their|his|the|a|this|that)\s+"
    r"(?:(?:more\s+than|nearly|almost|over|some)\s+)?(?:[\w]+-year|decades?)(?:-long)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:campaign|insurgency|war|conflict|rebellion|struggle|uprising|"
    r"history|existence)\b", re.IGNORECASE)


def _told_over_years(text: str, spans: Sequence[tuple[int, int]], m: CasualtyMention) -> bool:
    """A toll its sentence tells over a stretch of years ("In its more than 35-year terror
    campaign, the group has been responsible for the deaths of more than 40,000 people"):
    a record of decades, no incident of the report."""
    # (the sentence found by bisection: a pass over all of a long report's sentences for
    # each of its counts grew with the square of its length)
    k = bisect_right(spans, m.start, key=_span_start) - 1
    if k >= 0 and spans[k][0] <= m.start < spans[k][1]:
        return _OVER_YEARS.search(text, spans[k][0], spans[k][1]) is not None
    return False


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


# "The number of civilians killed or wounded rose by 47 percent": a measure, not a toll
# ("a number of fighters" are some fighters).
_NUMBER_OF = re.compile(r"\bthe\s+(?:total\s+|overall\s+)?number\s+of\s+$", re.IGNORECASE)


def _number_of(text: str, m: CasualtyMention) -> bool:
    if m.count is not None or m.qualifier == "zero" or m.party_start is None:
        return False
    return bool(_NUMBER_OF.search(text, max(0, m.party_start - 24), m.party_start))


_FIRST_OF_SERIES = re.compile(
    r"\b(?:reported|captured|attributed|recorded|counted|coded|included|listed)\s+"
    r"(?:in|to|with|under)\s+the\s+first\b",
    re.IGNORECASE,
)


@functools.cache
def _series_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for a report of one incident in a series whose toll covers the series.

    The first finds "one of three related attacks", "the third of 16 linked bombings",
    "one of two that occurred"; the second a toll stated for the series ("in the three
    bombings", "in both blasts", "the attacks wounded", "cumulatively", "in total"); the
    third "This was one of three attacks ..., injuring three" (the toll follows).
    """
    nouns = "|".join(sorted(casualty_lexicon().series_nouns, key=len, reverse=True))
    ordinal = (r"(?:one|the\s+(?:first|second|third|fourth|fifth|last|latest|[a-z]+th"
               r"|\d+(?:st|nd|rd|th)))")
    of_n = (ordinal + r"\s+of\s+(?:the\s+)?" + _NUM +
            r"\s+(?:[a-z\-]+\s+){0,3}?(?:" + nouns + r"|that|which)\b")
    of_re = re.compile(r"\b" + of_n, re.IGNORECASE)
    toll = re.compile(
        r"\b(?:in|during|from|by|across)\s+(?:the|both|all|these|those)\s+(?:[a-z\-]+\s+){0,2}?"
        r"(?:" + nouns + r")\b"
        r"|\b(?:the|both|all|these)\s+(?:[a-z\-]+\s+){0,2}?(?:" + nouns + r")\s+"
        r"(?:together\s+|combined\s+)?(?:killed|wounded|injured|left|claimed)\b"
        r"|\bcumulative(?:ly)?\b|\b(?:in\s+total|combined)\b(?=.*\beach\b)"
        r"|\beach\b.*\b(?:in\s+total|combined)\b",
        re.IGNORECASE,
    )
    this_was = re.compile(
        r"\b(?:this|it|the\s+[a-z]+)\s+(?:was|is)\s+" + of_n, re.IGNORECASE)
    return of_re, toll, this_was


def _series_shares(
    text: str, spans: Sequence[tuple[int, int]], mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Mark the counts a report states for a whole series of N incidents as shared by N.

    Only where the text says this incident is one of N (a number, never "several") and
    the sentence of the count speaks of the series; the incident's own toll stands.
    """
    if not mentions or " of " not in text:
        return mentions
    of_re, toll_re, this_re = _series_res()
    ways: int | None = None
    for hit in of_re.finditer(text):
        value = _word_value(hit.group(1))
        if value is not None and 1 < value <= 100:
            ways = value
            break
    if ways is None or _FIRST_OF_SERIES.search(text) is not None:
        return mentions  # "the casualties were reported in the first bombing": a whole toll
    series: list[tuple[int, int]] = []  # spans holding a series toll
    for lo, hi in spans:
        sentence = text[lo:hi]
        t = toll_re.search(sentence)
        if t is not None:
            series.append((lo, hi))
            continue
        w = this_re.search(sentence)
        if w is not None:
            series.append((lo + w.end(), hi))
    if not series:
        return mentions
    out: list[CasualtyMention] = []
    for m in mentions:
        if (m.shared_by is None and not m.coded and (m.count or m.low)
                and any(lo <= m.start < hi for lo, hi in series)):
            m = replace(m, shared_by=ways)
        out.append(m)
    return out


_PLURAL_PRONOUNS = frozenset({"them", "they", "themselves"})


def _antecedent_counts(text: str, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """Count "them" by the group named just before: "abducted three youths ... killed them".

    The group is the last counted party of a mention (any kind) no more than a few
    sentences back; "themselves" looks for attackers, "them" and "they" for the others.
    """
    last: dict[bool, CasualtyMention] = {}
    taken: CasualtyMention | None = None  # the last count of people abducted
    out: list[CasualtyMention] = []
    for m in mentions:
        word = (text[m.number_start:m.number_end].lower()
                if m.number_start is not None and m.number_end is not None else "")
        if m.count is None and m.kind != "abducted" and taken is not None and ((
                m.party_text or "").lower() in _CAPTIVE_NAMES or _told_as_taken(text, m)
                or _the_victims(text, m)) and (
                m.start - taken.end < 2 * _ANTECEDENT_REACH):
            # "took five farmers hostage ... The hostages were later killed": the five
            m = replace(m, count=taken.count, low=taken.low, high=taken.high,
                        qualifier=taken.qualifier)
        elif m.count is None and m.party_text is None and (
                word in _PLURAL_PRONOUNS or word == "their" and m.kind == "killed"):
            # "killed them", "their bodies were found": the people told of before
            group = last.get(word == "themselves")  # "themselves": the attackers
            if group is not None and m.start - group.end < _ANTECEDENT_REACH:
                m = replace(m, count=group.count, low=group.low, high=group.high,
                            qualifier=group.qualifier)
            elif word == "their":
                continue  # bodies of no people told of before: whose, and how many, untold
        elif m.party_text is not None and m.count is not None and m.count > 1 \
                and m.qualifier == "exact" and not m.animal and not m.coded:
            last[m.perpetrator] = m
            if m.kind == "abducted":
                taken = m
        out.append(m)
    return out


#: The people of an abduction told again by what they became: "the hostages were killed".
_CAPTIVE_NAMES = frozenset({"hostages", "captives", "abductees", "kidnapped people",
                            "abducted people", "kidnapped men", "abducted men"})
#: Nouns of a time told with "the" after the people: "the next day", "the following week".
_TIME_NOUNS = _DAY_PARTS | {"day", "week", "month", "year", "weekend"}
#: Participles that tell people as taken before: "the kidnapped traders", "the abducted".
_TAKEN_PARTICIPLES = frozenset({"kidnapped", "kidnaped", "abducted"})
_TOLD_AS_TAKEN = re.compile(rf"\bthe\s+(?:{'|'.join(sorted(_TAKEN_PARTICIPLES))})\s+$",
                            re.IGNORECASE)


def _the_victims(text: str, m: CasualtyMention) -> bool:
    """Whether ``m`` tells uncounted people as "the victims" ("the bodies of the victims
    were found"): after an abduction, the people taken, whose number was told."""
    return m.party_start is not None and (m.party_text or "").lower() == "victims" and \
        text[max(0, m.party_start - 4):m.party_start].lower() == "the "


def _told_as_taken(text: str, m: CasualtyMention) -> bool:
    """Whether the people of ``m`` are told as the ones taken: "the abducted farmers were
    later killed", "killed the kidnapped traders"."""
    return m.party_start is not None and _TOLD_AS_TAKEN.search(
        text, max(0, m.party_start - 20), m.party_start) is not None


_ANTECEDENT_REACH = 300  # characters: about two sentences of a report

#: A death told in a text: what makes "the victim was shot in the chest" how it was dealt.
_DEATH_WORD = re.compile(r"\b(?:killed|killing|died|dead|murdered|assassinated|executed)\b",
                         re.IGNORECASE)
#: A word of a text, as a party's last word is written ("officer", "passer-by").
_WORD_IN_TEXT = re.compile(r"\w[\w'-]*")
#: Nouns that name one told of before as struck: "the victim was shot in the chest".
_THE_DEAD_TOLD = frozenset({"victim", "victims", "deceased"})
#: The next sentence telling the one struck died: "He died in hospital", "The teacher was
#: killed", "The officer later succumbed to his wounds".
_STRUCK_ONE_DIED = re.compile(
    r"[ \t\n]*(?:he|she|the[ \t]+\w+)[ \t]+(?:\w+[ \t]+){0,4}?"
    r"(?:died|succumbed|was[ \t]+(?:later[ \t]+)?(?:killed|pronounced[ \t]+dead))\b",
    re.IGNORECASE)


def _death_told_of_the_struck(text: str, m: CasualtyMention) -> bool:
    """Whether one told as shot or stabbed in a body part is told dead around it: "the
    victim" (or another "the" noun) after a death told before ("shot and killed a
    shopkeeper ... The victim was shot in the chest"), or the next sentence telling that the
    one struck died ("shot a teacher in the back ... The teacher was killed"). A wound so
    told is how a death was dealt, not one more person hurt."""
    at = m.party_start
    party = (m.party_text or "").lower()
    if at is not None and party and (text[max(0, at - 4):at].lower() == "the " or (
            party.startswith("the "))):
        head = party.split()[-1]
        before = text[max(0, at - _ANTECEDENT_REACH):at]
        if (head in _THE_DEAD_TOLD or head in _WORD_IN_TEXT.findall(before.lower())) and (
                _DEATH_WORD.search(before)):
            return True
    stop = text.find(".", m.end)
    return stop >= 0 and _STRUCK_ONE_DIED.match(text, stop + 1) is not None


#: Words of denial besides the lexicon's negators ("no", "not", "never", ...).
_DENYING = frozenset({"n't", "without", "denied", "denies", "deny"})


def _any_at(tok: _Tokens, np: _NP) -> int | None:
    """Where "any" opens the people of ``np`` ("any civilians"), if it does."""
    assert np.party is not None
    return next((i for i in range(max(0, np.party[0] - 1), np.party[1])
                 if tok.low[i] == "any"), None)


def _denied_before(low: list[str], at: int) -> bool:
    """Whether a denial comes before ``at`` in the sentence ("no indications that any ...",
    "denied that any ..."), and no question does ("not clear whether any ...")."""
    negators = casualty_lexicon().negators
    for w in reversed(low[:at]):
        if w in {"whether", "if"}:
            return False
        if w in negators or w in _DENYING:
            return True
    return False


def _mentions_in(tok: _Tokens, text: str, coded: list[CasualtyMention]) -> list[CasualtyMention]:
    found = _find_in_sentence(tok)
    found.sort(key=lambda f: (f.np.start, f.trig[0]))
    seen: set[tuple[str, int, int]] = set()
    carried: _NP | None = None
    out: list[CasualtyMention] = []
    counted: set[tuple[str, tuple[int, int]]] = set()
    for f in found:
        key = (f.kind, f.np.start, f.np.end)
        if key in seen or f.np.num is not None and (f.kind, f.np.num) in counted:
            continue  # "toll ... to three ISIS members killed": one count read twice
        seen.add(key)
        if f.np.num is not None:
            counted.add((f.kind, f.np.num))
        at = _any_at(tok, f.np) if f.np.count is None and f.np.party is not None else None
        if at is not None:
            # "any civilians" are counted only where denied: "no indications that any
            # civilians were killed" is none; "whether any civilians were killed" no count
            if not _denied_before(tok.low, at):
                continue
            assert f.np.party is not None
            f = _Found(f.kind, replace(f.np, count=0, low=0, high=0, qualifier="zero",
                                       party=(at + 1, f.np.party[1])), f.trig, f.subset)
        mention = _mention(tok, text, f, carried)
        if f.kind == "wounded" and tok.low[f.trig[0]] in casualty_lexicon().struck_where and (
                _death_told_of_the_struck(text, mention)):
            continue  # "The victim was shot in the chest": how a death was dealt
        if f.np.party is not None and not f.np.generic and not f.np.perpetrator:
            # (a suicide bomber counted dead is none of the people a bare count after him
            # is of: "killing seven people and wounding at least 12")
            carried = f.np
        if any(c.start <= mention.start < c.end for c in coded):
            continue
        if mention.qualifier == "zero" and f.np.party is not None:
            out.extend(_zero_of_each(tok, text, f.np.party, mention))
        else:
            out.append(mention)
    return _held_struck(_joined_to_the_count(text, out)) if len(out) > 1 else out


_AND_BETWEEN = re.compile(r"\s+and\s+")
#: The kinds of a count of people struck, whose prisoners told by what they were ("killing
#: 87 detainees") were held before, not in the strike.
_STRUCK_KINDS = frozenset({"killed", "wounded"})


def _held_struck(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """"an airstrike hit a prison, killing 87 detainees": the people killed or hurt are told
    by what they were, held before; their noun counts no detention of its own beside the
    deaths. (Hostages killed keep their count of the taken: the taking is often told by
    them alone, "took diners hostage; nine hostages were killed".)"""
    return [m for m in mentions if not (
        m.kind == "detained" and m.party_text is None and m.count is not None
        and any(c.kind in _STRUCK_KINDS and c.count == m.count and c.party_end == m.end
                and c.start <= m.start < c.end for c in mentions))]


def _joined_to_the_count(text: str, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """"nine officers and soldiers embraced shahadat": the people joined after a count are
    counted by it, one count of both (named by the first), not another group of no number."""
    return [m for m in mentions if not (
        m.count is None and m.qualifier != "zero" and m.party_start is not None
        and any(c.count is not None and c.kind == m.kind and c.end == m.end
                and c.start < m.start and c.party_end is not None
                and _AND_BETWEEN.fullmatch(text, c.party_end, m.party_start) is not None
                for c in mentions))]


_JOINING = frozenset({"and", "or", "nor", ","})


def _zero_of_each(tok: _Tokens, text: str, party: tuple[int, int],
                  mention: CasualtyMention) -> list[CasualtyMention]:
    """"No U.S. or SDF personnel were injured", "no US forces or civilians were hurt": a
    zero for each party the negative joins. A party written as a name alone ("U.S.") shares
    the noun of the last ("SDF personnel"): "U.S. personnel"."""
    low = tok.low
    parts: list[tuple[int, int]] = []
    begin = party[0]
    for k in range(party[0], party[1] + 1):
        if k == party[1] or low[k] in _JOINING:
            if k > begin:
                parts.append((begin, k))
            begin = k + 1
    if len(parts) < 2:
        return [mention]
    last = parts[-1]
    head = tok.raw[last[1] - 1] if last[1] - last[0] >= 2 else None
    out = []
    for a, b in parts:
        p_start, p_end = tok.start[a], tok.end[b - 1]
        words = text[p_start:p_end]
        if (a, b) != last and head is not None and tok.raw[b - 1][:1].isupper():
            words = f"{words} {head}"
        out.append(replace(mention, party_text=words, party_start=p_start, party_end=p_end))
    return out


def _numbers_in(tok: _Tokens, text: str) -> list[Quantity]:
    out: list[Quantity] = []
    first = number_words().first_words
    low = tok.low
    i = 0
    for k in [k for k, w in enumerate(low) if w in first or w[0].isdigit() or "-" in w]:
        if k < i or not _could_start_number(low, k):
            continue
        w = low[k]
        num = parse_number_at(tok, k)
        if num is None or (num.value == 1 and num.end - num.start == 1 and w != "one") or (
            w == "a" and num.end - num.start == 1
        ):
            continue
        s, e = tok.start[num.start], tok.end[num.end - 1]
        out.append(Quantity(s, e, text[s:e], num.value, num.low, num.high, num.qualifier))
        i = num.end
    return out


def find_casualty_mentions(
    text: str, sentences: Iterable[tuple[int, int]] | None = None
) -> list[CasualtyMention]:
    """Find every casualty statement in ``text``; spans are offsets into ``text``."""
    return _scan(text, sentences, quantities=False)[0]


def find_quantities(
    text: str, sentences: Iterable[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Every number expression that counts something (no dates, years, ages or units)."""
    return _scan(text, sentences, casualties=False)[1]


@stage("eventcoder.quantities.v1", requires=("text", "sentences"),
       assigns=("quantities", "casualties"))
def find_casualties(doc: Doc) -> Doc:
    """Find number expressions and casualty mentions (killed, wounded, detained, abducted)."""
    mentions, numbers = _scan(doc.text, _sentences(doc), chunks=doc_chunks(doc))
    return replace_doc(doc, quantities=tuple(numbers), casualties=tuple(mentions))
