"""Merge casualty mentions into per-party counts without counting anyone twice.

A report names the same dead several times: a headline ("Attack kills 7"), the
body ("seven people died"), a breakdown ("including 2 soldiers"), a pronoun
("killing him"), an ACLED tail ("1 fatality"). :func:`combine_casualties` keeps
one count per kind and party: restatements and anaphora merge into what was
already said, parts ("including ...") are carved out of their total, and
explicit zeros survive only where nothing contradicts them.
:func:`total_fatalities` gives the ACLED-compatible total of the best killed
counts. The conventions are documented in ``docs/casualties.md``.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files

from eventcoder.mentions import CasualtyMention
from eventcoder.records import Casualty, CasualtyKind, Evidence, Qualifier
from eventcoder.revisions import COUNT_CHANGED

__all__ = ["ADDITIVE", "closing_tally", "combine_casualties", "former_attackers", "party_key",
           "sentence_of", "told_as_former", "total_fatalities"]

#: Party words that add people beyond those already counted ("3 others", "two more").
ADDITIVE = frozenset({"others", "other", "more", "further", "additional", "another"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "said"})
_PRONOUNS = frozenset({"him", "her", "them", "they", "he", "she", "himself", "herself",
                       "themselves"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her",
                          "their", "its", "all", "both", "some", "several"})


#: Words that introduce the figure a revised count replaces ("after earlier saying seven").
_FORMER_FIGURE = re.compile(r"\b(?:earlier|previously|initially|originally|at first)\b",
                            re.IGNORECASE)

#: A count told as what someone said before, in its own sentence: "Police initially said five
#: people had died", "It had previously reported that 12 ...", "Earlier reports had put the
#: toll at seven", "Police had said on Monday that six were killed". Where the text gives
#: another count of the kind, this one is replaced.
_FORMER_REPORT = re.compile(
    r"\b(?:earlier|previously|initially|originally)\s+(?:had\s+)?(?:said|reported|"
    r"announced|stated|put|gave|given|claimed|estimated|told|spoke|saying|reporting|"
    r"announcing|stating|putting|giving|claiming|estimating|telling)\b|"
    r"\b(?:earlier|previous|initial|original|preliminary|first)\s+(?:reports?|figures?|tolls?|"
    r"estimates?|statements?|releases?|announcements?|counts?|accounts?|tall(?:y|ies)|"
    r"versions?)\b|"
    r"\bat\s+first\b|"
    r"\bhad\s+(?:said|reported|announced|put|given)\b", re.IGNORECASE)

#: The words of a count told as changed from one given before: "the toll rose to 9", "the
#: number of wounded was revised down to nine" (the shared lexicon, :mod:`eventcoder.revisions`).
_REVISED = COUNT_CHANGED

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


@functools.cache
def _lexicon_words(key: str) -> frozenset[str]:
    """One word list of ``data/casualty_lexicon.json``, read once per process."""
    raw = json.loads(
        files("eventcoder").joinpath("data", "casualty_lexicon.json").read_text(encoding="utf-8")
    )
    return frozenset(raw[key])


def captive_heads() -> frozenset[str]:
    """The nouns of people held by their takers ("hostage", "captives"): their fate told
    later belongs to the abduction that took them."""
    return _lexicon_words("captive_heads")


@functools.cache
def _generic_words() -> frozenset[str]:
    return _lexicon_words("generic_party")


#: Words for a body of people told by its members: "a group of gunmen", "a band of robbers".
_BODIES_OF = frozenset({"group", "band", "gang", "cell", "squad", "bunch"})


def party_key(party_text: str | None) -> str | None:
    """A comparable form of a party phrase: lower case, no determiner, crude singular.

    ``party_key("the ISIS operatives") == party_key("ISIS operative") == "isis operative"``;
    generic phrases ("people", "others", "victims") have no key.
    """
    if not party_text:
        return None
    # ("Islamic State (ISIS) militants": the name's abbreviation in brackets is one word)
    words = [w.strip("\"'“”‘’.,()[]") for w in party_text.lower().split()]
    words = [w for w in words if w and w not in _DETERMINERS]
    if len(words) > 2 and words[0] in _BODIES_OF and words[1] == "of":
        words = words[2:]  # "a group of armed terrorists": the terrorists
    if not words or all(w in _generic_words() for w in words):
        return None
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("men"):
        last = last[:-3] + "man"
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    words[-1] = last
    return " ".join(words)


@dataclass(slots=True)
class _Entry:
    key: str | None
    party: str | None
    count: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    sentence: int
    evidence: list[CasualtyMention]
    perpetrator: bool = False
    parts: list[CasualtyMention] = field(default_factory=list)
    one_by_one: int = 0  # people of the count told of one by one since ("a 64-year-old man")

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self, key: str | None, party: str | None, count: int | None, low: int | None,
        high: int | None, qualifier: Qualifier, sentence: int, evidence: list[CasualtyMention],
        perpetrator: bool = False, parts: list[CasualtyMention] | None = None,
        one_by_one: int = 0,
    ) -> None:
        self.key = key
        self.party = party
        self.count = count
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.sentence = sentence
        self.evidence = evidence
        self.perpetrator = perpetrator
        self.parts = [] if parts is None else parts
        self.one_by_one = one_by_one


#: Words that tell what the one named is said to have done: "a man suspected of theft".
_ACCUSED = frozenset({"accused", "suspected"})


def party_by_head(party: str) -> str | None:
    """The phrase an actor list knows for a casualty party it does not ("his mother": a
    relative of the victim, "a terrorist": one of the terrorists): "civilians" for a
    relative, a household or a citizen, the plural for an armed group's member told alone,
    the one accused for "a woman accused of ..."; None otherwise."""
    words = _before_a_name(party.split())
    if "of" in words[1:] and words[words.index("of") - 1] in _lexicon_words("household_heads"):
        # "gunmen killed a family of five": the people of a household are civilians
        return "civilians"
    if "of" in words[2:] and words[words.index("of") - 1] in _ACCUSED:
        # "a woman accused of witchcraft": the one accused, whatever of
        return " ".join(words[:words.index("of") - 1])
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return None
    head = words[-1]
    if head in _lexicon_words("kin_heads") or head in _lexicon_words("citizen_heads"):
        # ("two citizens were killed", as translated copy calls civilians)
        return "civilians"
    if _civil_office(words):
        return "civilians"
    if head in _lexicon_words("armed_group_party_keys"):
        return head + "s"
    return None


def _before_a_name(words: list[str]) -> list[str]:
    """The words of a party before the name of the one person it is ("the terrorist Hamid
    Khalaf": the terrorist, named): a noun in lower case then a name in capitals is that
    noun's person."""
    named = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if named is None or named == 0 or not all(w.isalpha() and w.islower()
                                              for w in words[:named]):
        return words
    return words[:named]


def _civil_office(words: list[str]) -> bool:
    """Whether the words name a holder of a civil office, counted among the civilians: "the
    mukhtar of a village", "a tribal elder", "two village chiefs", "a teacher"."""
    if "of" in words:
        words = words[:words.index("of")]  # "the mukhtar of a village": the mukhtar
    if not words:
        return False
    head = words[-1].lower()
    return head in _lexicon_words("civil_office_heads") or (
        len(words) >= 2 and head in _lexicon_words("civil_office_titles")
        and words[-2].lower() in _lexicon_words("civil_office_of"))


def _same_fighters(a: str | None, b: str | None) -> bool:
    """Whether two party keys may name the same armed side: both heads are fighters' words
    ("jihadist", "IS fighter") and they name no two different groups."""
    if a is None or b is None:
        return False
    heads = _lexicon_words("armed_group_party_keys")
    a_words, b_words = a.split(), b.split()
    if a_words[-1] not in heads or b_words[-1] not in heads:
        return False
    a_named, b_named = a_words[:-1], b_words[:-1]
    return not a_named or not b_named or a_named == b_named


#: Heads of a state's forces, counted on the other side from armed groups' fighters.
_FORCE_HEADS = frozenset({"soldier", "policeman", "policemen", "trooper", "serviceman",
                          "gendarme", "troop", "troops", "personnel"})


def _other_side(a: str | None, b: str | None) -> bool:
    """Whether two party keys are of opposed sides: a group's fighters and a state's men
    ("21 militants including 2 commanders and 4 soldiers": the soldiers are none of the
    militants)."""
    if a is None or b is None:
        return False
    fighters = _lexicon_words("armed_group_party_keys")
    x, y = a.split()[-1], b.split()[-1]
    return x in fighters and y in _FORCE_HEADS or x in _FORCE_HEADS and y in fighters


#: A note's closing tally, a sentence of its own: "3 fatalities.", "One fatality".
_CLOSING_TALLY = re.compile(r"(?:\d{1,4}|[A-Za-z]+)\s+fatalit(?:y|ies)", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"(?:^|[.!?])\s*$")
_TALLY_AFTER = re.compile(r"\s*[.!]?\s*$")


def closing_tally(text: str, m: CasualtyMention) -> bool:
    """Whether ``m`` is the count of the dead a note closes with, as a sentence of its own
    ("... killed by gunmen. 1 fatality.")."""
    return (m.kind == "killed" and m.qualifier == "exact"
            and _CLOSING_TALLY.fullmatch(m.text) is not None
            and _TALLY_AFTER.fullmatch(text, m.end) is not None
            and _TALLY_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)


def _another_name_beside(entry: _Entry, m: CasualtyMention, sent: int,
                         text: str | None) -> bool:
    """Whether ``m``, a bare name, is joined by "and" to the one name ``entry`` counts, in
    one sentence: "Karim and Omar died" tells of two people."""
    first = entry.evidence[-1]
    if text is None or entry.sentence != sent or entry.count != 1 or not first.party_text \
            or not first.party_text[:1].isupper() or first.party_end is None \
            or m.party_start is None or first.party_text == m.party_text:
        return False
    return _AND_ONLY.fullmatch(text, first.party_end, m.party_start) is not None


_AND_ONLY = re.compile(r"\s+and\s+")


@functools.cache
def _armed_heads() -> frozenset[str]:
    """The heads of a party that may be one of the attackers: fighters and commanders."""
    return _lexicon_words("armed_group_party_keys") | _lexicon_words("rank_heads")


def _victims_toll(entry: _Entry, m: CasualtyMention, text: str | None) -> bool:
    """Whether ``m``, a count of the attackers, cannot be ``entry`` told again: the entry
    holds a part told as its victims ("killing four, including one soldier"), or counts
    whom the attackers killed, the subject of its sentence ("Militants attacked a post,
    killing three"); the attackers are none of the people they killed ("Four attackers were
    killed in the exchange" is four more dead, of the other side)."""
    if not m.perpetrator or entry.perpetrator:
        return False
    armed = _armed_heads()
    for part in entry.parts:
        part_key = party_key(part.party_text)
        # a fighter or a commander among the dead may be one of the attackers themselves
        if not part.perpetrator and part_key is not None and part_key.split()[-1] not in armed:
            return True
    first = entry.evidence[0]
    if text is None or first.party_text is not None or not _KILLING_COUNT.match(first.text):
        return False
    stop = text.rfind(". ", 0, first.start)
    begin = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, first.start) + 1)
    subject = _ATTACKERS_AS_SUBJECT.match(text, begin, first.start)
    # (no other doer told between the attackers and the count: "... and troops returned
    # fire, killing three" are the troops' dead)
    return subject is not None and _OTHER_DOER.search(text, subject.end(), first.start) is None


#: A count the sentence's subject killed: "killing three", "killed four".
_KILLING_COUNT = re.compile(r"(?:killing|killed)\s", re.IGNORECASE)
#: A sentence whose subject is the attackers: "Militants attacked ...", "On 3 May, gunmen
#: stormed ...", "Suspected jihadists ambushed ..." (after a date or place opening it).
_ATTACKERS_AS_SUBJECT = re.compile(
    r"(?:(?:on|in|at|late|early|last)\b[^,.]{0,40},\s+)?(?:suspected\s+|armed\s+|"
    r"unidentified\s+|unknown\s+|heavily\s+armed\s+)?(?:[A-Z][\w'-]*\s+){0,3}?"
    r"(?:militants|insurgents|jihadists|gunmen|attackers|assailants|raiders|terrorists|"
    r"extremists|bandits)\s+(?:[a-z]+ed|struck|overran|opened\s+fire)\b",
    re.IGNORECASE)
#: Another side told as acting before the count: "troops returned fire", "police
#: responded", "soldiers repelled".
_OTHER_DOER = re.compile(r"\b(?:troops|soldiers|police|army|forces|guards|gendarmes|"
                         r"officers|military|policemen|residents|vigilantes)\s+"
                         r"(?:[a-z]+ed|fought|struck|shot|hit)\b", re.IGNORECASE)


def _restated(entry: _Entry, m: CasualtyMention) -> None:
    """``m`` tells again of the people of ``entry``: its evidence, and its count if the entry
    had none ("killing him" after "a suicide bomber")."""
    if entry.count is None and m.count is not None:
        entry.count, entry.low, entry.high, entry.qualifier = m.count, m.low, m.high, m.qualifier
    entry.evidence.append(m)


def sentence_of(pos: int, sentences: Sequence[tuple[int, int]]) -> int:
    """Index of the sentence holding ``pos`` (sentences sorted, as documents give them)."""
    i = bisect_right(sentences, (pos, sys.maxsize)) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return i
    return -1 - pos if not sentences else len(sentences)


def _anaphoric(m: CasualtyMention, text: str | None) -> bool:
    """'the three soldiers', 'killing him', a victim named again: people already counted."""
    if m.number_start is None or m.number_end is None:
        # a bare name ("Rashid was shot dead") names someone the text has introduced
        # ("It is possible Khosla was killed": the name after a hedge)
        words = (m.party_text or "").split()
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            return True  # "all of them were killed": the people just counted
        while len(words) > 1 and words[0][:1].islower():
            words.pop(0)
        return m.count == 1 and len(words) == 1 and words[0][:1].isupper()
    if text is not None:
        word = text[m.number_start : m.number_end].lower().split()
    else:
        start = m.number_start - m.start
        word = m.text[start : start + (m.number_end - m.number_start)].lower().split()
    if not word:
        return False
    return word[0] in _DEFINITE or (word[0] in _PRONOUNS and m.party_text is None)


def _bomber_inside(entries: list[_Entry], host: _Entry, sent: int, count: int) -> None:
    """"A suicide bomber detonated his vest ... Nine people, including the bomber, were
    killed": the attacker counted on his own in a sentence before is the part of the total,
    one death, not one more; so are "Two suicide bombers" before "including the two
    bombers" or "including both assailants": the part's count is theirs."""
    alone = [e for e in entries if e is not host and e.perpetrator and e.count == count
             and e.sentence != sent and not e.parts]
    if alone:
        entries.remove(alone[-1])
        host.evidence[:0] = alone[-1].evidence


def _additive(m: CasualtyMention) -> bool:
    if not m.party_text:
        return _more_bodies(m)
    words = m.party_text.lower().split()
    return any(w in ADDITIVE for w in words) or _additive_before_number(m)


def _additive_before_number(m: CasualtyMention) -> bool:
    """The word right before the count says more people: "A further 4 soldiers died",
    "Another five civilians were killed", "an additional two"."""
    if m.number_start is None or not m.start <= m.number_start <= m.start + len(m.text):
        return False
    before = m.text[: m.number_start - m.start].lower().split()
    return bool(before) and before[-1] in ADDITIVE


def _more_bodies(m: CasualtyMention) -> bool:
    """"Two more bodies were recovered": more dead, of no party told."""
    if m.number_end is None or not m.start <= m.number_end <= m.start + len(m.text):
        return False
    after = m.text[m.number_end - m.start:].lower().split()
    return len(after) >= 2 and after[0] in ADDITIVE and after[1] in {"bodies", "corpses"}


def _evidence(m: CasualtyMention, doc_id: str) -> Evidence:
    return Evidence(doc_id, m.start, m.end, m.text)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.endswith(b) or b.endswith(a) \
        or _suspects(a) == _suspects(b) or _collective_of(a, b) or _collective_of(b, a)


def _collective_of(collective: str, key: str) -> bool:
    """Whether ``collective`` is a collective noun ("police", "army") that ``key`` is told of
    ("police officer", "army officer"): a headline's "Police killed" and the body's "four
    police officers were killed" are the same people."""
    return " " not in collective and collective in _lexicon_words("plural_words") and (
        collective in key.split()[:-1])


#: Plurals that the crude singular of :func:`party_key` leaves as they are.
_IRREGULAR_SINGULAR = {"children": "child", "people": "person", "youths": "youth"}


def _kind_of_the(host: str | None, part: str | None) -> bool:
    """Whether the people of ``part`` may be some of those of ``host`` though the words
    differ: children, women or farmers among civilians counted dead, commanders or leaders
    among fighters ("killing 12 civilians. Five children were among the dead.")."""
    if host is None or part is None:
        return False
    host_head = host.split()[-1]
    part_head = part.split()[-1]
    part_head = _IRREGULAR_SINGULAR.get(part_head, part_head)
    if host_head in _lexicon_words("civilian_party_keys") or host_head in _lexicon_words(
            "citizen_heads"):
        return (part_head in _lexicon_words("one_person_heads")
                or part_head in _lexicon_words("kin_heads")
                or part_head in _lexicon_words("citizen_heads"))
    if host_head in _lexicon_words("armed_group_party_keys"):
        return (part_head in _lexicon_words("rank_heads")
                or part_head + "s" in _lexicon_words("rank_heads"))
    return False


def _suspects(key: str) -> str:
    """"suspected kidnapper" as "suspect": the headline's "three suspects killed" are the
    body's "Three suspected kidnappers were killed"."""
    return "suspect" if key.split()[0] == "suspected" else key


#: "12 of the militants", "five of them": a part of people counted before.
_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|these)\b", re.IGNORECASE)
#: Some of those just counted, how many untold: "many of them", "most of them".
#: ("several of their dead" are others' dead, not some of those just counted)
_VAGUE_PART = re.compile(r"(?:many|most|some|several|a\s+few|all)\s+of\s+(?:them|those)\b",
                         re.IGNORECASE)
#: Some of those counted, by their number: "seven of the dead", "two of those killed".
_SOME_OF_THE = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:the|those)\s+\w+$", re.IGNORECASE)
#: A part told first: "Among the injured were ...", "Among those killed were ...".
_AMONG_OPENING_FORM = r"among\s+(?:those|the)\s"
_AMONG_THE_DEAD = re.compile(r"\b(?:among|of)\s+(?:those|the)\s+\w+$"
                             r"|^(?:the\s+)?\w+\s+includ|^" + _AMONG_OPENING_FORM + r"\s*\w+",
                             re.IGNORECASE)
_AMONG_OPENING = re.compile(_AMONG_OPENING_FORM, re.IGNORECASE)


def _unarmed(key: str | None) -> bool:
    """Whether a party key names people of neither armed side (no fighters, no force)."""
    if key is None:
        return False
    head = key.split()[-1]
    return head not in _armed_heads() and head not in _FORCE_HEADS


#: A count an incident brings a period's total to: "bringing to 25 the number of soldiers
#: killed in the region this month", "bringing the number killed since January to 40".
_BRINGING_TO = re.compile(r"\bbringing\s+(?:to\s+[\w,.]+\s+)?the\s+(?:total\s+)?number\b",
                          re.IGNORECASE)
_OF_A_PERIOD = re.compile(
    r"\b(?:this|last|the\s+past)\s+(?:month|year|week)\b|\bso\s+far\b|\bsince\s+(?:the\s+"
    r"(?:start|beginning)\s+of|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b", re.IGNORECASE)


#: A conflict's own toll, told in the perfect with no day: "The conflict in the two regions
#: has killed more than 3,000 people", "the insurgency has so far claimed the lives of" (the
#: dead of years, no incident's; the verb may be the count's own first word).
_CONFLICTS_TOLL = re.compile(
    r"\b(?:conflict|insurgency|war|crisis|rebellion|uprising)\s+(?:(?:in|across|between|over|"
    r"of)\s+[^.;!?\n]{0,80}?)?(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+)?(?:killed|"
    r"claimed\s+(?:the\s+lives\s+of\s+)?|left)\b", re.IGNORECASE)


def _conflicts_toll(m: CasualtyMention, text: str) -> bool:
    """Whether ``m`` is a conflict's toll of years ("The conflict ... has killed more than
    3,000 people, according to ..."): no count of the incident the report tells. (A vague
    one, "tens of thousands", is kept: the event it alone makes is set aside whole as a
    war's toll.)"""
    if m.count is None:
        return False
    lead = m.start if m.number_start is None else min(m.start, m.number_start)
    told = _CONFLICTS_TOLL.search(text, max(0, lead - 120), m.end)
    return told is not None and lead - 12 <= told.end() <= m.end


def _running_total(m: CasualtyMention, text: str) -> bool:
    """Whether ``m`` is the total of a period an incident is told to bring up ("killed five
    soldiers, bringing to 25 the number of soldiers killed in the region this month"): a
    tally of many incidents, none of the incident's own dead."""
    head = _BRINGING_TO.search(text, max(0, m.start - 60), m.end)
    if head is None or head.start() > m.start or any(
            c in text[head.end():m.start] for c in ".;"):
        return False
    stop = text.find(".", m.end)
    return _OF_A_PERIOD.search(text, head.start(), stop if stop >= 0 else len(text)) is not None


def _best_of(m: CasualtyMention) -> int:
    return m.count if m.count is not None else (m.low or 0)


def _best(entry: _Entry) -> int:
    if entry.count is not None:
        return entry.count
    return entry.low or 0


def combine_casualties(
    mentions: Iterable[CasualtyMention],
    *,
    doc_id: str = "",
    sentences: Sequence[tuple[int, int]] = (),
    text: str | None = None,
) -> list[Casualty]:
    """Merge mentions into one :class:`Casualty` per kind and party, never double counting.

    ``sentences`` (offsets) tells restatements in later sentences from new
    groups in the same one; ``doc_id`` goes into the evidence spans.
    """
    if not sentences and text is not None:
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    by_kind: dict[str, list[CasualtyMention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if text is not None and text.find("bringing", max(0, m.start - 60), m.end) >= 0 \
                and _running_total(m, text):
            continue
        if text is not None and m.kind == "killed" and _conflicts_toll(m, text):
            continue
        by_kind.setdefault(m.kind, []).append(m)
    out: list[Casualty] = []
    kinds: tuple[CasualtyKind, ...] = ("killed", "wounded", "detained", "abducted")
    headline = headline_end(text) if text is not None else 0
    if text is not None and sentences and ("claim" in text or "denie" in text):
        _drop_denied_claims(by_kind, text, sentences)
    for kind in kinds:
        ms = by_kind.get(kind)
        if ms:
            out.extend(_combine_kind(kind, ms, doc_id=doc_id, sentences=sentences, text=text,
                                     headline=headline))
    _disputed_by_denial(out, by_kind, doc_id, sentences)
    if text is not None:
        out = _dead_leave_the_wounded(out, by_kind, text)
    return out


#: "two of the injured died": deaths among people counted as hurt, not among the dead.
_OF_THE_HURT = re.compile(r"\bof\s+the\s+(?:injured|wounded|hurt)\b", re.IGNORECASE)
#: "died from his wounds", "later succumbed to their injuries": the one who died was hurt
#: first.
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|dies|succumbed)\b(?:\s+\w+){0,2}?\s+(?:of|from|to)\s+(?:his|her|their|the)\s+"
    r"(?:\w+\s+)?(?:wounds|injuries)\b|\bsuccumbed\b", re.IGNORECASE)


#: "was wounded and later died", "were injured and died in hospital": the one who died was
#: told hurt in the same clause.
_HURT_THEN_DIED = re.compile(
    r"\b(?:wounded|injured|hurt)\b,?\s+(?:and|but)\s+(?:(?:later|subsequently|then|"
    r"eventually|afterwards|soon|shortly)\s+)?(?:died|dies|perished)\b", re.IGNORECASE)


def died_of_the_wounds(m: CasualtyMention, text: str) -> bool:
    """Whether a death tells of someone counted as hurt before: "two of the injured died",
    "was badly injured and later succumbed", "Okafor died from his wounds", "was wounded
    and later died"."""
    if m.kind != "killed" or m.qualifier == "zero" or m.count is None:
        return False
    return bool(_OF_THE_HURT.search(m.text) or _HURT_THEN_DIED.search(m.text)
                or _DIED_OF_WOUNDS.search(text, m.start, min(len(text), m.end + 40)))


#: "one of whom died", "two of them later died": some of the people just counted.
_SOME_OF_WHOM = re.compile(r"\w+\s+of\s+(?:whom|them)\b", re.IGNORECASE)


def _some_of_the_hurt_just_told(m: CasualtyMention, wounded_ends: set[int],
                                text: str) -> bool:
    """"killing four people and injuring six, one of whom died the next day": the dead
    told as some of the wounded counted right before them (``wounded_ends``: where the
    counts of the hurt end), after a comma."""
    if m.count is None or not _SOME_OF_WHOM.match(m.text):
        return False
    return any(m.start - d in wounded_ends and text[m.start - d:m.start].strip() in {",", ""}
               for d in range(4))


def _dead_leave_the_wounded(out: list[Casualty], by_kind: dict[str, list[CasualtyMention]],
                            text: str) -> list[Casualty]:
    """The hurt who died are counted among the dead only: "Four people were wounded; two of
    the victims died of their injuries" is two dead and two wounded, as is "Ayo and Femi
    were wounded; Femi later died of his wounds" one of each. The wounded count told before
    the deaths, of a party the dead may belong to, loses them; a count smaller than the
    deaths is left whole, and so is one whose dead the toll does not add (a death merged
    into a count told before)."""
    # only a death the toll counts as its own (not one merged into a count told before)
    counted = {(c.evidence[0].start, c.evidence[0].end) for c in out
               if c.kind == "killed" and c.evidence}
    wounded_ends = {w.end for w in by_kind.get("wounded", [])}
    dead = [m for m in by_kind.get("killed", []) if (m.start, m.end) in counted
            and (died_of_the_wounds(m, text)
                 or _some_of_the_hurt_just_told(m, wounded_ends, text))]
    if not dead:
        return out
    for m in dead:
        key = party_key(m.party_text)
        named = (m.party_text or "")[:1].isupper()
        host = None
        host_start = -1
        for c in out:
            if c.kind != "wounded" or c.coded or not c.count:
                continue
            start = min((ev.start for ev in c.evidence), default=m.start + 1)
            if start > m.start or start <= host_start:
                continue
            if not named and not _compatible(party_key(c.party), key):
                continue
            host, host_start = c, start
        assert m.count is not None
        if host is None or host.count is None or host.count < m.count:
            continue
        host.count -= m.count
        if host.low is not None:
            host.low = max(0, host.low - m.count)
        if host.high is not None:
            host.high = max(0, host.high - m.count)
    return [c for c in out if not (c.kind == "wounded" and c.count == 0
                                   and c.qualifier != "zero")]


#: A side telling what its own fighters did: "the group said in a statement that its
#: fighters had killed", "claimed that they had killed" (the count's words follow).
_SIDES_OWN_DEED = re.compile(
    r"\b(?:said|says|saying|claimed|claims|claiming)\b[^.!?\n]{0,80}?\b(?:it|they|its\s+\w+|"
    r"their\s+\w+)(?:\s+(?:had|have|has))?\s*[\"\u201c]?$", re.IGNORECASE)
#: The other side's answer that the claim is untrue: "The army denied the claim", or that
#: anyone of its side was lost ("denied that any soldier had been killed", "denied any
#: losses", "denies suffering any casualties").
_CLAIM_DENIED = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the|this|"
    r"that|these|those|its|their)\s+(?:\w+\s+)?claims?\b|\bdenie[sd]\s+(?:that\s+)?any\s+"
    r"(?:of\s+its\s+|of\s+their\s+)?(?:\w+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|"
    r"was\s+)?(?:killed|died|lost)\b|\bdenie[sd]\s+(?:suffering\s+|having\s+suffered\s+|"
    r"taking\s+)?any\s+(?:\w+\s+)?(?:losses|casualties|deaths|fatalities)\b", re.IGNORECASE)
#: The sentences after a claim in which the other side's denial answers it.
_DENIAL_REACH = 2


def _drop_denied_claims(by_kind: dict[str, list[CasualtyMention]], text: str,
                        sentences: Sequence[tuple[int, int]]) -> None:
    """"The RSF said its fighters had killed more than 300 soldiers. The army denied the
    claim.": a side's own figure for the dead it made, which the other side denies in the
    next sentence, is that side's claim, no count of the dead."""
    for kind in ("killed", "wounded"):
        ms = by_kind.get(kind)
        if not ms:
            continue
        none_told = [sentence_of(m.start, sentences) for m in ms
                     if m.qualifier == "zero" and m.party_text is None]
        kept = []
        for m in ms:
            lead = m.start if m.number_start is None else min(m.start, m.number_start)
            k = sentence_of(m.start, sentences)
            if 0 <= k < len(sentences) and m.count is not None \
                    and _SIDES_OWN_DEED.search(text, max(sentences[k][0], lead - 120), lead) \
                    and _CLAIM_DENIED.search(text, m.end, sentences[
                        min(k + _DENIAL_REACH, len(sentences) - 1)][1]):
                # (the denial follows in the same sentence, "; the army denied any
                # losses", or in one of the two after it)
                continue
            if m.count and any(z < k for z in none_told) and 0 <= k < len(sentences) \
                    and _CLAIMED_THAT.search(text, sentences[k][0], lead):
                # "police report there were no casualties. The group claimed responsibility
                # and reported that four officers had died": the attackers' claim against
                # the report of no one hurt; the lower figure stands
                continue
            kept.append(m)
        by_kind[kind] = kept


#: The attackers' own telling in their claim: "claimed responsibility and reported that".
_CLAIMED_THAT = re.compile(
    r"\bclaimed\s+(?:responsibility|credit)\b[^.!?]{0,80}?\b(?:reported|said|stated|saying|"
    r"stating|claiming|adding)\s+that\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


_DENIED_HARM = re.compile(r"\b(?:harmed|killed|hurt)\b", re.IGNORECASE)


def _disputed_by_denial(out: list[Casualty], by_kind: dict[str, list[CasualtyMention]],
                        doc_id: str, sentences: Sequence[tuple[int, int]]) -> None:
    """Sources that disagree: "no civilians were harmed" in one sentence and "five civilians
    were among those killed" in another. The count becomes the range from the denial to the
    claim, and its best figure the lower one (0), as ACLED codes disagreeing sources."""
    denials = [m for ms in by_kind.values() for m in ms if m.qualifier == "zero"
               and m.kind in {"killed", "wounded"} and party_key(m.party_text) is not None
               and _DENIED_HARM.search(m.text)]
    if not denials or not sentences:
        return
    for c in out:
        if c.kind != "killed" or c.coded or not c.count or c.party is None:
            continue
        key = party_key(c.party)
        told = {sentence_of(ev.start, sentences) for ev in c.evidence}
        z = next((d for d in denials if _compatible(party_key(d.party_text), key)
                  and sentence_of(d.start, sentences) not in told), None)
        if z is not None:
            c.high, c.count, c.low, c.qualifier = c.count, 0, 0, "approximately"
            c.evidence.append(_evidence(z, doc_id))


def _headline_one_among_the_body(entries: list[_Entry], headline: int) -> None:
    """"Man killed in night raid" above "Soldiers killed three Palestinians in ...": the one
    person a headline tells of by a bare noun is one of the people the body counts, when the
    body counts one group of them and never tells of him on his own."""
    if not headline:
        return
    one_heads = _lexicon_words("one_person_heads")
    told = [e for e in entries if e.count == 1 and not e.perpetrator and e.key in one_heads
            and all(x.start < headline and x.number_start is None for x in e.evidence)]
    body = [e for e in entries if not e.perpetrator
            and all(x.start >= headline for x in e.evidence)]
    if len(told) != 1 or len(body) != 1 or len(entries) != 2:
        return
    counted = body[0]
    if counted.count is None or counted.count < 2 or counted.key is not None and (
            counted.key in _lexicon_words("armed_group_party_keys")):
        return
    counted.evidence.extend(told[0].evidence)
    entries.remove(told[0])


def _combine_kind(
    kind: CasualtyKind,
    mentions: list[CasualtyMention],
    *,
    doc_id: str,
    sentences: Sequence[tuple[int, int]],
    text: str | None,
    headline: int,
) -> list[Casualty]:
    """The casualties of one kind; offsets before ``headline`` (see :func:`headline_end`)
    lie in the text's headline."""
    entries: list[_Entry] = []
    zeros: list[CasualtyMention] = []
    coded: list[CasualtyMention] = []
    shared: int | None = None
    told_by_place: set[int] = set()
    former = _former_figures(mentions, sentences, text)
    for i, m in enumerate(mentions):
        if i in told_by_place:
            continue
        if i in former:
            continue  # joins the count that replaced it, below
        if m.animal:
            continue  # animals are reported, never counted as people
        if m.shared_by:
            shared = m.shared_by
        if m.coded:
            coded.append(m)
            continue
        if m.qualifier == "zero":
            zeros.append(m)
            continue
        sent = sentence_of(m.start, sentences)
        key = party_key(m.party_text)
        if m.subset and _AMONG_THE_DEAD.search(m.text):
            # "Two children were among the dead": a part of the dead counted before, for
            # any party the part may belong to; a part larger than every such count, or of
            # another side, is a count of its own
            # "elders said seven of the dead were farmers": a count of the dead told before
            # (its number before "of"), whoever they are said to be
            some_of = _SOME_OF_THE.match(m.text) is not None
            # "Among the injured were three emergency workers": who some of the unarmed
            # counted were, whatever their work, when neither side bears arms
            unarmed = _AMONG_OPENING.match(m.text) is not None and _unarmed(key)
            host = next((e for e in reversed(entries) if (e.key is None or some_of or _compatible(
                e.key, key) or _kind_of_the(e.key, key) or unarmed and _unarmed(e.key))
                and _best(e) >= _best_of(m) and not e.perpetrator), None)
            if host is not None:
                host.parts.append(m)
                continue
        elif m.subset:
            # the count told last before the part, whenever it was first told ("14 dead"
            # above "killing 14 people, including four policemen"); the attacker counted
            # on his own holds none of his victims
            told = [e for e in entries if not e.perpetrator or m.perpetrator]
            host = max(told, key=lambda e: e.evidence[-1].end) if told else None
            if host is not None and m.start - host.evidence[-1].end < 120 \
                    and not _other_side(host.key, key):
                if m.count is None and host.count is not None:
                    # "25 passengers, including women and children": the parts say who,
                    # not how many; the total stands whole
                    host.evidence.append(m)
                else:
                    host.parts.append(m)
                    if m.perpetrator and m.count is not None:
                        _bomber_inside(entries, host, sent, m.count)
                continue
        # (a revision told again below a headline's joins the headline's entry, of another
        # sentence: the revision's own sentence is the one that counts)
        revised = next((e for e in entries if (
            e.sentence == sent and any(is_toll(x) for x in e.evidence))
            or (is_toll(e.evidence[-1])
                and sentence_of(e.evidence[-1].start, sentences) == sent)), None)
        if revised is not None and text is not None and _FORMER_FIGURE.search(
                text, revised.evidence[-1].end, m.start):
            # "revised the number killed to 12, after earlier saying that seven had died":
            # the figure the revision replaces
            revised.evidence.append(m)
            continue
        if kind == "killed" and revised is None and _OF_THE_HURT.search(m.text):
            risen = _risen_by(entries, [mentions[j] for j in former], m)
            if risen is not None:
                # "the death toll rose to 12 ... police had said eight people were killed
                # ... Four of the wounded died overnight": the four are what the toll rose
                # by, inside it, not more dead
                risen.evidence.append(m)
                continue
            # "three were killed and six wounded ... Two of the injured died later": people
            # counted among the hurt, not the dead told again
            entries.append(_Entry(key, m.party_text, m.count, m.low, m.high, m.qualifier, sent,
                                  [m], perpetrator=m.perpetrator))
            continue
        if m.count is None and m.number_start is not None and m.number_end is not None \
                and text is not None and entries and entries[-1].sentence == sent \
                and entries[-1].evidence[-1].kind == kind \
                and (part := _VAGUE_PART.match(text, m.number_start)) is not None \
                and part.end() >= m.number_end:
            # "killing dozens of people, many of them foreign workers": who some of the
            # people just counted were, not more dead
            entries[-1].evidence.append(m)
            continue
        if m.count is not None and m.number_end is not None and text is not None \
                and _PARTITIVE.match(text, m.number_end):
            # "AFRICOM said 12 of the militants were killed in the first strike", after "it
            # killed 30 militants": a part of the count, told again, not 12 more
            part_of = next((e for e in reversed(entries) if e.count is not None
                            and e.count > m.count and not e.perpetrator
                            and (key is None or e.key is not None and (
                                _compatible(e.key, key) or _same_fighters(e.key, key)))),
                           None)
            if part_of is not None:
                part_of.evidence.append(m)
                continue
        if entries and not _additive(m):
            run = _parts_restating(entries, mentions, i, key, sent, sentences)
            if run:
                # "arrested 7 terrorists ... arrested 5 terrorists in Nineveh and 2 others in
                # Anbar": the same people again, told place by place
                told_by_place.update(run)
                continue
            run = _breakdown_told_again(entries, mentions, i, sent, sentences, text)
            if run:
                # "two officials were killed ... One customs officer and one police officer
                # were killed in the blast": the two again, told by who they were
                told_by_place.update(run)
                continue
            if _merge(entries, m, key, sent, text, headline):
                continue
        elif revised is not None:
            # "revised the number killed to 15 after the bodies of six more were found":
            # the more are inside the revised count.
            revised.evidence.append(m)
            continue
        entries.append(_Entry(key, m.party_text, m.count, m.low, m.high, m.qualifier, sent,
                              [m], perpetrator=m.perpetrator))
    _headline_one_among_the_body(entries, headline)
    last = mentions[-1]
    if text is not None and kind == "killed" and last.count is not None and not last.coded \
            and closing_tally(text, last) and sum(_best(e) for e in entries) > last.count:
        # "... in which 6 gang members have died. 1 fatality.": the note's own figure for
        # the event, below the counts it tells, stands for them as a stated convention does
        coded.append(last)
    if former and entries:
        first = entries[0]
        for i in sorted(former):
            m = mentions[i]
            if first.party is None and m.party_text is not None:
                # "five people had died ... the toll rose to 14": whom the toll counts
                first.key, first.party = party_key(m.party_text), m.party_text
            first.evidence.append(m)
    casualties: list[Casualty] = []
    for e in entries:
        casualties.extend(_emit(kind, e, doc_id))
    nonzero_keys = {e.key for e in entries}
    seen_zero: set[str | None] = set()
    for z in zeros:
        key = party_key(z.party_text)
        if key in seen_zero:
            continue
        if key is None and entries:
            continue  # "no other casualties": the counts stand
        if key is None and any(party_key(x.party_text) for x in zeros):
            continue  # "no injuries" in the headline, "none of the 21 crew were hurt" below
        if key is not None and any(_compatible(key, k) and k is not None for k in nonzero_keys):
            continue
        seen_zero.add(key)
        casualties.append(
            Casualty(kind, z.party_text, 0, 0, 0, "zero", [_evidence(z, doc_id)])
        )
    for cm in coded:
        casualties.append(Casualty(
            kind, None, cm.count, cm.low, cm.high, cm.qualifier,
            [_evidence(cm, doc_id)], coded=True, shared_by=cm.shared_by,
        ))
    if shared:
        for c in casualties:
            if c.shared_by is None and not c.coded:
                c.shared_by = shared
    return casualties


def _risen_by(entries: list[_Entry], formers: list[CasualtyMention],
              m: CasualtyMention) -> _Entry | None:
    """The toll that rose from a figure told as said before by at least the hurt who died
    since (``m``), which it therefore holds."""
    if m.count is None:
        return None
    for e in entries:
        if e.count is not None and not e.perpetrator and any(is_toll(x) for x in e.evidence) \
                and any(f.count is not None and f.count + m.count <= e.count for f in formers):
            return e
    return None


def told_as_former(m: CasualtyMention, text: str,
                   sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether a count is told, in its own sentence or clause, as what was said before
    ("Police initially said five people had died", "An earlier release had said that
    nine ...")."""
    if m.count is None:
        return False
    s_start = sentences[sentence_of(m.start, sentences)][0] if sentences else 0
    # a semicolon closes the clause of the earlier figure: "officials initially reported
    # three dead; the toll was later revised to five" tells the five as now
    clause_start = text.rfind(";", s_start, m.start) + 1
    return _FORMER_REPORT.search(text, max(s_start, clause_start, m.start - 80),
                                 m.start) is not None


def _former_figures(mentions: list[CasualtyMention], sentences: Sequence[tuple[int, int]],
                     text: str | None) -> set[int]:
    """The mentions told as an earlier report of a count that another mention of the same kind
    gives now ("Police initially said five people had died ... The toll rose to 14"): none
    when no other count stands beside them, since then the earlier figure is all there is."""
    if text is None or len(mentions) < 2:
        return set()
    former = {i for i, m in enumerate(mentions)
              if not (m.subset or m.coded or m.qualifier == "zero")
              and told_as_former(m, text, sentences)}
    if former and not any(
            m.count is not None and not m.coded and m.qualifier != "zero" and i not in former
            for i, m in enumerate(mentions)):
        return set()
    return former


def former_attackers(mentions: Sequence[CasualtyMention], text: str,
                     sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans naming attackers among the dead as an earlier claim had them, where the text
    gives another count now ("A drone strike ... killed two men, police said. Officials had
    earlier said the strike killed an Islamic State suicide bomber"): a former claim about
    who the dead were, whose group is no side of the event."""
    attackers = [m for m in mentions if m.perpetrator and m.party_start is not None
                 and m.party_end is not None]
    if not attackers:
        return []
    former = _former_figures(list(mentions), sentences, text)
    return [(m.party_start, m.party_end) for i, m in enumerate(mentions)
            if i in former and m.perpetrator
            and m.party_start is not None and m.party_end is not None]


def _parts_restating(entries: list[_Entry], mentions: list[CasualtyMention], i: int,
                     key: str | None, sent: int, sentences: Sequence[tuple[int, int]]
                     ) -> list[int]:
    """The mentions from ``mentions[i]`` on, in its sentence, that split a count told in
    another sentence (the first one of its party, the rest "others" or of the same party)
    and add up to it; they are appended to its evidence. Empty when there are none."""
    m = mentions[i]
    if m.count is None or m.subset or m.perpetrator:
        return []
    run = [i]
    total = m.count
    for j in range(i + 1, len(mentions)):
        x = mentions[j]
        if sentence_of(x.start, sentences) != sent:
            break
        if x.animal or x.subset or x.count is None or x.qualifier != "exact" or not (
                _additive(x) or _compatible(party_key(x.party_text), key)):
            break
        run.append(j)
        total += x.count
    if len(run) < 2:
        return []
    for e in entries:
        if e.sentence != sent and e.count == total and _compatible(e.key, key) \
                and not e.perpetrator:
            e.evidence.extend(mentions[j] for j in run)
            return run
    return []


#: Words after a verb that send it back to the incident told before: "in the blast", or
#: the incident told again ("died when gunmen attacked the post").
_SAME_INCIDENT = re.compile(
    r"\s+(?:(?:in|during|by)\s+the\s+(?:blast|explosion|attack|bombing|ambush|assault|"
    r"incident|shooting|firing|raid|strike|clash|clashes|fighting|gunfight|encounter)\b|when\b)",
    re.IGNORECASE)


def _breakdown_told_again(entries: list[_Entry], mentions: list[CasualtyMention], i: int,
                          sent: int, sentences: Sequence[tuple[int, int]], text: str | None
                          ) -> list[int]:
    """The mentions from ``mentions[i]`` on that are one subject of one verb told of the
    incident before ("Two security guards were killed ... One driver and one clerk were
    killed in the blast") and add up to the one count of an earlier sentence: the same
    people, told by who they were. They are appended to its evidence; empty when none."""
    m = mentions[i]
    if text is None or m.count is None or m.subset or m.perpetrator or m.qualifier != "exact":
        return []
    run = [i]
    total = m.count
    additive = False
    for j in range(i + 1, len(mentions)):
        x = mentions[j]
        if x.end != m.end and x.start != m.start:
            break  # one subject of one verb, or the objects of one verb
        if x.animal or x.subset or x.perpetrator or x.count is None or x.qualifier != "exact":
            return []
        additive = additive or _additive(x)
        run.append(j)
        total += x.count
    if len(run) < 2:
        return []
    told = [e for e in entries if not e.perpetrator]
    if len(told) != 1:
        return []
    e = told[0]
    if e.sentence >= sent or e.count != total or e.qualifier != "exact":
        return []
    if not _SAME_INCIDENT.match(text, mentions[run[-1]].end) and (
            additive or not _BARE_PERSONS.intersection((e.party or "").lower().split()[-1:])):
        # "Six people were killed ... The attackers shot dead two farmers and four
        # traders": a count that said nothing of who, told again by who they were
        return []
    e.evidence.extend(mentions[j] for j in run)
    return run


_NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "bin", "ibn",
                   "bint", "bin-", "da", "de", "del", "van", "von")


def _full_name(m: CasualtyMention) -> bool:
    """A person named in full ("killed Abu Hamza al-Shuhayl"), with no number."""
    words = (m.party_text or "").split()
    return (m.count == 1 and m.number_start is None and len(words) >= 2
            and all(w[:1].isupper() or w.lower().startswith(_NAME_PARTICLES) for w in words)
            and words[-1].lower() not in _lexicon_words("rank_heads"))  # "Senior ... Leader"


#: Words that open a rank told without an article: "senior leader", "top commander".
_RANK_ADJECTIVES = frozenset({"senior", "top", "key", "high-ranking", "prominent", "notorious",
                              "veteran", "chief", "deputy"})


def _one_unnamed(entry: _Entry, text: str | None) -> bool:
    """An entry of one person introduced by role alone: "a senior ISIS leader"."""
    first = entry.evidence[0]
    if entry.count == 1 and first.number_start is None and first.party_text:
        # a headline's "kills senior Hurras al-Din leader": one person, by role, no article;
        # in a title-cased headline ("Kill Senior Hurras al-Din Leader") the rank says it
        words = first.party_text.split()
        ranks = _lexicon_words("rank_heads")
        by_role = words[-1].islower() and words[0].islower() or (
            words[0].lower() in _RANK_ADJECTIVES and words[-1].lower() in ranks) or (
            # a headline's "Ringleader of terrorist group killed": one man, by his rank
            len(words) > 2 and words[0].lower() in ranks and words[1] == "of"
            and not words[0].lower().endswith("s"))
        return len(words) >= 2 and by_role and not any(_full_name(x) for x in entry.evidence)
    if entry.count != 1 or first.number_start is None or first.number_end is None:
        return False
    if text is not None:
        word = text[first.number_start:first.number_end].lower()
    else:
        offset = first.number_start - first.start
        word = first.text[offset:offset + first.number_end - first.number_start].lower()
    return word in {"a", "an", "one"} and not any(_full_name(x) for x in entry.evidence)


def _second_of_two_names(entries: list[_Entry], m: CasualtyMention, text: str | None) -> bool:
    """Whether the one person ``m`` names is joined by "and" to a person named just before
    him, both before their verb ("Okafor and Bello died"): a second person, not the first
    named again."""
    if text is None or m.party_start is None:
        return False
    for e in entries:
        for x in e.evidence:
            if x.count == 1 and x.number_start is None and x.party_end is not None \
                    and x.party_end < m.party_start and (x.party_text or "")[:1].isupper() \
                    and text[x.party_end:m.party_start].strip() == "and":
                return True
    return False


def _rest_of_a_toll(entries: list[_Entry], m: CasualtyMention, sent: int) -> _Entry | None:
    """The entry of the people a toll of everyone holds beyond those counted before it (see
    :func:`_merge_summary`), when ``m`` counts as many in the toll's sentence."""
    if m.count is None or m.party_text is None or m.perpetrator:
        return None
    return next((e for e in entries if e.key is None and e.sentence == sent
                 and e.count == m.count and not e.perpetrator and len(e.evidence) == 1
                 and e.evidence[0].party_text is None and _summary(e.evidence[0])
                 and e.evidence[0].count != m.count), None)


#: Who serve someone told of, after "his", "her" or "their": "two of his bodyguards".
RETINUE_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.IGNORECASE)
RETINUE = re.compile(r"(?:body)?guards?|aides?|escorts?|bodyguards?|companions?|assistants?|"
                     r"deputies|deputy|drivers?|men|associates?|comrades?|lieutenants?|"
                     r"followers?|fighters?|accomplices?|henchm[ae]n|"
                     # "arrested three of their logistics suppliers": who serve the group
                     r"(?:logistics\s+)?suppliers?|collaborators?|informants?|couriers?|"
                     # "two ISIS leaders and five facilitators": who move its men and money
                     r"facilitators?|financiers?|recruiters?")


def is_retinue(m: CasualtyMention, text: str) -> bool:
    """"three of his aides", "their two guards": the men of someone told of."""
    # the words as written: the party of an earlier one may be its leader's already
    return (m.party_start is not None and m.party_end is not None
            and RETINUE.fullmatch(text[m.party_start:m.party_end].lower()) is not None
            and RETINUE_BEFORE.search(text, max(0, m.party_start - 12), m.party_start)
            is not None)


def _retinue_beside_its_head(entries: list[_Entry], m: CasualtyMention, text: str) -> bool:
    """"The raid killed the leader and one of his bodyguards": the retinue told under the
    verb that counts its head is more people, though of his side (the head alone may be one
    told before: "killing a senior leader"); unless a retinue was counted before, which
    this one tells again."""
    if not is_retinue(m, text) or m.party_start is None:
        return False
    told = [x for e in entries for x in e.evidence]
    if any(is_retinue(x, text) for x in told):
        return False
    return any(x.start == m.start and x.end <= m.party_start for x in told)


#: What stands between a role and the name set beside it: "the wali of X, the terrorist Y".
_APPOSITION = re.compile(r",\s+")


def _role_named_in_apposition(entries: list[_Entry], m: CasualtyMention,
                              text: str | None) -> _Entry | None:
    """The entry of one person told by role whose name ``m`` sets beside it under the same
    verb ("the killing of the so-called wali of X, the terrorist Y, and two of his
    companions"): one man, not two. Names in a list ("killing Ahmed, Ali and Omar") are
    not a role and a name; nor are roles in a list ("the driver, the guard"), nor counts
    ("a soldier, a woman")."""
    if text is None or m.count != 1 or m.party_start is None or not any(
            w[:1].isupper() for w in (m.party_text or "").split()):
        return None  # (a name is set beside a role: "the driver, the guard" are two men)
    named_at = m.party_start if m.number_start is None else m.number_start
    if m.number_start is not None and text[m.number_start:m.number_end].lower() != "the":
        return None
    for e in entries:
        if e.count != 1:
            continue
        for x in e.evidence:
            if x.start == m.start and x.count == 1 and x.party_end is not None \
                    and (x.party_text or "")[:1].islower() \
                    and _APPOSITION.fullmatch(text, x.party_end, named_at) is not None:
                return e
    return None


def _merge(entries: list[_Entry], m: CasualtyMention, key: str | None, sent: int,
           text: str | None, headline: int) -> bool:
    """Fold ``m`` into an entry it restates; False when it names new people."""
    if m.rank is not None:
        # "killed 13 people ... A thirteenth victim died in hospital": one of those counted,
        # not one more; "a third soldier" after two is one more
        unranked = _unranked_key(m)
        # "Fourth Dawlah Islamiyah member dies" above "a fourth militant died of his
        # wounds": one man of one rank, told twice
        rank_key = _ranked_party_key(m)
        one = None if rank_key is None else next((e for e in entries if e.count == 1 and any(
            x.rank == m.rank and (_ranked_party_key(x) == rank_key
                                  or _same_fighters(_ranked_party_key(x), rank_key))
            for x in e.evidence)), None)
        if one is not None:
            one.evidence.append(m)
            return True
        counted = [e for e in entries if e.count is not None and not e.perpetrator
                   and _compatible(e.key, unranked)]
        ranked = [e for e in counted if e.count is not None and e.count >= m.rank]
        if ranked:
            ranked[-1].evidence.append(m)
            return True
        if counted:
            return False
    if text is not None and _retinue_beside_its_head(entries, m, text):
        return False
    role = _role_named_in_apposition(entries, m, text)
    if role is not None:
        role.evidence.append(m)
        return True
    named_rest = _rest_of_a_toll(entries, m, sent)
    if named_rest is not None:
        # "killing a commander and two others ... A monitor put the toll at four, saying a
        # passer-by was also killed": the one the higher toll holds beyond those counted,
        # named in the toll's own sentence
        named_rest.key, named_rest.party = key, m.party_text
        named_rest.evidence.append(m)
        return True
    if _full_name(m):
        # "killed a senior ISIS leader ... The raid killed Abu Hamza, who ...": the name of
        # the one person told of before by role
        unnamed = [e for e in entries if e.sentence != sent and _one_unnamed(e, text)]
        if len(unnamed) == 1:
            _restated(unnamed[0], m)
            return True
    if _one_of_a_count(m, key, text):
        # "killed two civilians ... A 64-year-old man and a 71-year-old woman were killed
        # when shells hit ...": the people counted, told of one by one
        counted = [e for e in entries if e.sentence != sent and e.count is not None
                   and (e.key is None or e.key in _lexicon_words("civilian_party_keys"))
                   and not e.perpetrator
                   and e.one_by_one < e.count]
        if counted:
            counted[-1].one_by_one += 1
            counted[-1].evidence.append(m)
            return True
    anaphoric = _anaphoric(m, text)
    if m.perpetrator and anaphoric and m.party_text is None:
        # "killing himself": the attacker already counted, or new when none was
        attackers = [e for e in entries if e.perpetrator]
        if not attackers:
            return False
        target = attackers[-1]
        _restated(target, m)
        return True
    if key is not None and _one_unnamed(_Entry(key, m.party_text, m.count, m.low, m.high,
                                               m.qualifier, sent, [m]), text):
        # "captured a senior Islamic State group official ... the detention of an ISIS
        # official": one person of one rank, told by role in two sentences
        head = key.split()[-1]
        same_rank = [e for e in entries if e.sentence != sent and e.key is not None
                     and e.key.split()[-1] == head and head in _lexicon_words("rank_heads")
                     and _one_unnamed(e, text)]
        if len(same_rank) == 1 and len(entries) == 1:
            _restated(same_rank[0], m)
            return True
    same_party = [e for e in entries if _compatible(e.key, key)]
    if m.count is not None and key is not None and text is not None \
            and not m.perpetrator and not m.start < headline and (m.count > 1 or any(
                e.count == 1 and e.key in _lexicon_words("bare_person_heads")
                for e in entries)):
        # "13 police killed in ambush" above "killing 13 officers", "Car bomb kills six
        # security men" above "killing six members of the Security Belt forces", "Gunmen
        # kill 14 villagers" above "At least 14 civilians were killed": the headline's
        # count told again by the body, in other words (civilians as civilians); so is
        # "Man shot dead" above "shot dead a shopkeeper": one person, told bare above
        civilian = _lexicon_words("civilian_party_keys")
        told = [e for e in entries if e.count == m.count and e.sentence != sent
                and not e.perpetrator and e.key is not None
                and (not {e.key, key} & civilian or {e.key, key} <= civilian)
                and all(x.start < headline for x in e.evidence)]
        if len(told) == 1:
            if any(w[:1].isupper() for w in (m.party_text or "").split()[1:]) \
                    or told[0].key == "suspect" != key \
                    or told[0].key in _lexicon_words("bare_person_heads"):
                # the body names the side, or what the suspects were suspected of, or who
                # the man told bare above was
                told[0].key, told[0].party = key, m.party_text
            told[0].evidence.append(m)
            return True
    # the same number again, for a compatible party: a restatement
    if m.count is not None and key is not None:
        for e in same_party:
            if e.count == m.count and e.sentence != sent and not _victims_toll(e, m, text):
                if e.key is None or e.key == "suspect" != key:
                    # "killing 7" in the headline, "killing seven militants" below: whose;
                    # "three suspects" told again as "three suspected kidnappers": what
                    e.key, e.party = key, m.party_text
                e.evidence.append(m)
                return True
    if anaphoric and _second_of_two_names(entries, m, text):
        return False  # "Okafor and Bello died": Bello is one more, not Okafor named again
    if anaphoric and m.perpetrator and m.count is not None and m.party_text is not None \
            and not any(e.perpetrator for e in entries):
        # "Gunmen stormed a hotel ... Five people were killed, and the two gunmen were
        # killed when soldiers stormed it": the attackers told before as the doers, now
        # dead, are none of the victims counted
        return False
    if anaphoric and m.number_start is not None and not m.perpetrator and text is not None \
            and _ALSO.search(text, m.start, m.end):
        # "Twelve people died ... The driver of the vehicle also died": one more, told
        # by the one word that says so
        return False
    if anaphoric and (same_party or m.number_start is None):
        # a victim named again is none of the attackers counted before ("a suicide bomber
        # detonated ... The blast killed Hamidi")
        victims = same_party or [e for e in entries if not e.perpetrator or m.perpetrator]
        if not victims:
            return False
        target = victims[-1]
        if _another_name_beside(target, m, sent, text):
            return False
        _restated(target, m)
        return True
    if anaphoric and m.number_start is not None and not _additive(m):
        # "the four men", "the civilians" in a later sentence: people already counted under
        # another name ("killed four alleged robbers ... the four men")
        earlier = [e for e in entries if e.sentence != sent
                   and (m.count is None or e.count == m.count)]
        if earlier:
            earlier[-1].evidence.append(m)
            return True
    if m.count is None:
        # deaths without a number next to a counted group: already counted
        if same_party and (key is None or any(e.key == key for e in same_party)):
            same_party[-1].evidence.append(m)
            return True
        if key is None:
            entries[-1].evidence.append(m)
            return True
        tolls = [e for e in entries if e.key is None and e.count is not None
                 and any(_summary(x) for x in e.evidence)]
        if tolls:
            # "The death toll ... rose to 21 ... the army said it had 'neutralised
            # terrorists'": deaths without a number, inside the toll of everyone
            tolls[-1].evidence.append(m)
            return True
        fighters = [e for e in entries if e.count is None and e.sentence != sent
                    and _same_fighters(e.key, key) and not e.perpetrator and not m.perpetrator]
        if fighters:
            # "killing several jihadists ... dozens of IS fighters were killed": the same
            # uncounted dead of one armed side, told twice; the larger least number stands
            target = fighters[-1]
            if m.low is not None and (target.low is None or m.low > target.low):
                target.low = m.low
            target.evidence.append(m)
            return True
        return False
    if key is None and text is not None and _another_tellers_figure(entries, m, text):
        return True
    if key is None:
        if text is not None and _told_of_another_blow(text, m, entries):
            # "The first blast killed seven people ... The second blast killed four
            # people": the dead of another blow of the incident, not the seven told again
            return False
        return _merge_summary(entries, m, sent)
    # an attacker's own death ("saying that a suicide bomber blew himself up") is no other
    # figure for the victims counted before under a generic name ("seven people")
    same_party = [e for e in same_party if e.key is not None or e.perpetrator == m.perpetrator]
    # a number for a group first reported without one: "militants were killed ... 3 militants"
    for e in same_party:
        if e.count is None and (e.key is None or _compatible(e.key, key)):
            # ("neutralized a group of armed terrorists ... 11 terrorists neutralized")
            e.count, e.low, e.high, e.qualifier = m.count, m.low, m.high, m.qualifier
            e.key = e.key or key
            e.party = e.party or m.party_text
            e.evidence.append(m)
            return True
    # the same party, another sentence, another number: a rising toll replaces the count;
    # otherwise sources disagree and the lower count stands, as ACLED codes it. A party's
    # own figure ("the Islamic State said in a claim that its fighters had killed 15
    # Christians" after "Insurgents beheaded at least 11 people") is of the people counted
    # already, whatever name they were counted under.
    claimed = text is not None and _claimed_toll(text, m)
    # "The Syrian Observatory ... put the death toll at 11 soldiers": another source's figure,
    # not a toll that rose; the lower count stands
    rising = is_toll(m) and not (text is not None and _PUT_AT.search(
        text, max(0, m.start - 30), m.start))
    for e in same_party:
        if any(x.start == m.start for x in e.evidence):
            # "capturing an ISIS cell leader and two of his associates" below a headline's
            # "detain ISIS cell leader": the phrase that told the leader again tells more
            # people beside him, no other figure for him
            continue
        # "Two Afghan soldiers were killed ... The Taliban said they had killed 12 soldiers"
        if (e.key is not None or claimed) and e.sentence != sent and e.count is not None:
            if rising == (m.count > e.count):
                e.count, e.low, e.high, e.qualifier = m.count, m.low, m.high, m.qualifier
            e.evidence.append(m)
            return True
    return False


_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its)\s+$",
                     re.IGNORECASE)
#: A word inside a count's own words that tells its people as more than those counted.
_ALSO = re.compile(r"\b(?:also|as\s+well|too)\b", re.IGNORECASE)
_MORE_PEOPLE = re.compile(r"\b(?:also|another|more|as\s+well|too|separately)\b", re.IGNORECASE)


def headline_end(text: str) -> int:
    """The end of a first line set apart as a headline (no closing stop, a blank line after
    it), 0 where there is none: an offset lies in the headline when it is before this.
    Found once per text, not for each count: a text with no line break is read whole."""
    line_end = text.find("\n")
    if line_end <= 0:
        return 0
    line = text[:line_end].rstrip()
    if line and line[-1] not in ".!?\"\u201d" and text[line_end:line_end + 2] == "\n\n":
        return line_end
    return 0


def _unranked_key(m: CasualtyMention) -> str | None:
    """The party key of a ranked mention without its ordinal: "thirteenth victim" → None
    (victims of anyone), "third soldier" → "soldier"."""
    words = (m.party_text or "").split()
    return party_key(" ".join(words[1:])) if len(words) > 1 else None


#: The ordinal that opens a ranked party: "fourth", "Thirteenth", "twentieth", "4th" (not
#: a word that only ends as one does: "South Sudanese soldier", "youth").
_ORDINAL = re.compile(r"(?i:\d+(?:st|nd|rd|th)|first|second|third|"
                      r"(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|[a-z]+teen|[a-z]+tie|"
                      r"hundred)th)")


def _ranked_party_key(m: CasualtyMention) -> str | None:
    """The party key of a ranked mention, its ordinal left out where the party holds it:
    "fourth militant" and "Dawlah Islamiyah member" ("Fourth Dawlah Islamiyah member
    dies") alike."""
    words = (m.party_text or "").split()
    if words and _ORDINAL.fullmatch(words[0]):
        words = words[1:]
    return party_key(" ".join(words)) if words else None


def _one_of_a_count(m: CasualtyMention, key: str | None, text: str | None) -> bool:
    """A single person introduced by "a"/"an" and told of as a kind of person."""
    if m.count != 1 or key is None or m.number_start is None or m.number_end is None:
        return False
    if key.split()[-1] not in _lexicon_words("one_person_heads") or text is None:
        return False
    if text[m.number_start:m.number_end].lower() not in {"a", "an"}:
        return False
    return _MORE_PEOPLE.search(text, m.start, min(len(text), m.end + 30)) is None


# "said in a claim that its fighters had killed", "claimed responsibility ..., saying it had
# killed", "the Taliban said they had killed": a party's own figure for what it did.
_CLAIMED_BEFORE = re.compile(
    r"(?:\bclaim(?:ed|s|ing)?\b(?!\s+(?:the\s+)?lives)|\bboast(?:ed|s|ing)?\b|"
    r"\b(?:said|says|saying)\s+(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+had\s*$)"
    r"[^.!?\n]*$", re.IGNORECASE)


def _claimed_toll(text: str, m: CasualtyMention) -> bool:
    lead = m.start if m.number_start is None else min(m.start, m.number_start)
    return bool(_CLAIMED_BEFORE.search(text, max(0, lead - 150), lead))


def _another_tellers_figure(entries: list[_Entry], m: CasualtyMention, text: str) -> bool:
    """"the armed forces said 10 members of the group were killed ..., while community
    leaders said at least 16 people died": a toll of everyone told by another teller, set
    against a side's count, is another figure for the same dead, not those and more; the
    lower figure stands, as ACLED codes sources that disagree (the higher is kept as
    evidence)."""
    if m.count is None:
        return False
    pool = [e for e in entries if e.count is not None and not e.perpetrator]
    if len(pool) != 1 or pool[0].key is None or pool[0].count is None \
            or m.count <= pool[0].count:
        return False
    if any(x.count == m.count for x in pool[0].evidence
           if x.count is not None and x.count > pool[0].count):
        # "... at least 16 bodies had been taken to the town": the other teller's figure,
        # heard already, told again
        pool[0].evidence.append(m)
        return True
    if m.party_text is None:
        return False
    lead = m.start if m.number_start is None else min(m.start, m.number_start)
    told = pool[0].evidence[-1]
    if not told.end <= lead or _ANOTHER_TELLER.search(text, told.end, lead) is None:
        return False
    pool[0].evidence.append(m)
    return True


#: Another teller set against the one before: "..., while community leaders said",
#: "But residents told reporters".
_ANOTHER_TELLER = re.compile(
    r"\b(?:while|whereas|but|however)\b,?\s+(?:[\w'’-]+\s+){1,6}?(?:said|say|says|told|"
    r"put|estimated|counted)\b(?:\s+(?:reporters|journalists))?(?:\s+that)?\s+"
    r"(?:(?:at\s+least|about|some|around|nearly|as\s+many\s+as)\s+)?$", re.IGNORECASE)


#: The words for one blow of an incident of several: "blast", "explosion", "bomber".
_BLOW_NOUNS = (r"(?:explosions?|blasts?|bombs?|bombings?|devices?|bombers?|attacks?|strikes?|"
               r"vehicles?)\b")
#: A sentence that opens on another blow of the incident: "The second explosion, near a
#: restaurant, killed ...", "A third blast", "Another car bomb".
_ANOTHER_BLOW = re.compile(
    r"(?:^|[.;]\s+)(?:the\s+|a\s+)?(?:second|third|fourth|fifth|other|another)\s+"
    rf"(?:[a-z-]+\s+)?{_BLOW_NOUNS}[^.;]*$", re.IGNORECASE)
#: The first blow of an incident told apart: "The first blast, at a market, killed ...".
_FIRST_BLOW = re.compile(rf"\bfirst\s+(?:[a-z-]+\s+)?{_BLOW_NOUNS}", re.IGNORECASE)


def _told_of_another_blow(text: str, m: CasualtyMention, entries: list[_Entry]) -> bool:
    """Whether the sentence of ``m`` opens on another blow of the incident ("The second
    blast killed four people") after a first blow told apart with the counts before it
    ("The first blast killed seven people"), so that its count is of more dead, not all
    the dead told again; a toll of the whole told before the first blow ("Two blasts
    killed 11 people. The first ...") holds the blows' counts."""
    if _ANOTHER_BLOW.search(text, max(0, m.start - 200), m.start) is None:
        return False
    first = None
    for found in _FIRST_BLOW.finditer(text, 0, m.start):
        first = found
    if first is None:
        return False
    opening = max(text.rfind(". ", 0, first.start()), text.rfind("; ", 0, first.start()))
    return all(e.evidence[0].start > opening for e in entries if not e.perpetrator)


def _merge_summary(entries: list[_Entry], m: CasualtyMention, sent: int) -> bool:
    """Fold a count over everyone ("5 people died", "2 fatalities") into the groups."""
    assert m.count is not None
    # "a suicide bomber blew himself up ... eight people were killed": the people are the
    # victims and the attacker is counted on his own; a tally ("9 fatalities") or a bare
    # number ("the blasts killed nine") counts everyone
    victims = m.party_text is not None and not _summary(m)
    if any(e.sentence == sent and not (victims and e.perpetrator) for e in entries) \
            and not _summary(m):
        # "2 soldiers and 3 people were killed": another group ("A suicide bomber drove a
        # truck into the compound, killing 14 people": the bomber is none of the people)
        return False
    pool = [e for e in entries if not e.perpetrator] if victims else entries
    if not pool:
        return False
    known = sum(e.count for e in pool if e.count is not None)
    vague = [e for e in pool if e.count is None]
    if vague and m.count >= known:
        # the summary gives the number the vague mentions lacked
        rest = m.count - known
        for e in vague:
            entries.remove(e)
        if rest > 0:
            party = vague[0].party if len(vague) == 1 else m.party_text
            key = vague[0].key if len(vague) == 1 else None
            evidence = [ev for e in vague for ev in e.evidence] + [m]
            entries.append(_Entry(key, party, rest, rest, rest, "exact", sent, evidence))
            if m.qualifier != "exact":
                entries[-1].qualifier = m.qualifier
        else:
            pool[-1].evidence.append(m)
        return True
    total = sum(_best(e) for e in pool)
    if (m.party_text is None and len(pool) == 1 and pool[0].count is not None
            and pool[0].count != m.count and m.qualifier == "exact" and _REVISED.search(m.text)):
        # "wounding eleven ... the number of wounded was revised down to nine": the count
        # told again as changed is the same people's, and the figure it replaces is no
        # evidence for it
        only = pool[0]
        only.count = only.low = only.high = m.count
        only.qualifier = "exact"
        only.evidence = [x for x in only.evidence if x.count is None] + [m]
        return True
    if m.count <= total:
        pool[-1].evidence.append(m)
        return True
    if (m.party_text is None and is_toll(m) and len(pool) == 1 and pool[0].party
            and pool[0].count is not None and m.qualifier == "exact"
            and any(ADDITIVE.intersection(x.text.lower().split()) for x in pool[0].evidence)):
        # "the bodies of four more al-Shabaab militants ..., raising the toll to 31": a
        # toll of no party, raised by more of one side, is that side's whole count
        only = pool[0]
        only.count = only.low = only.high = m.count
        only.evidence.append(m)
        return True
    rest = m.count - total
    entries.append(_Entry(None, m.party_text, rest, rest, rest, "exact", sent, [m]))
    if m.qualifier != "exact":
        entries[-1].qualifier = m.qualifier
        entries[-1].high = None
    return True


_SUMMARY_WORDS = ("fatalit", "death", "dead", "casualt", "total", "toll", "in all",
                  "number of")


def is_toll(m: CasualtyMention) -> bool:
    """A count that revises one told before: "the death toll rose to 9", "revised the number
    of dead to 9"."""
    lowered = m.text.lower()
    return "toll" in lowered or lowered.startswith("number of")


def _summary(m: CasualtyMention) -> bool:
    """A count over everyone: "(total of 12 fatalities)", "the death toll rose to 9"."""
    lowered = m.text.lower()
    return any(w in lowered for w in _SUMMARY_WORDS)


#: Totals that name no side: the rest of them beside a part told as civilians is of none.
_BARE_PERSONS = frozenset({"people", "persons", "individuals"})


def _emit(kind: CasualtyKind, e: _Entry, doc_id: str) -> list[Casualty]:
    evidence = [_evidence(m, doc_id) for m in e.evidence]
    if not e.parts:
        return [Casualty(kind, e.party, e.count, e.low, e.high, e.qualifier, evidence,
                         perpetrator=e.perpetrator)]
    parts_sum = sum((p.count if p.count is not None else (p.low or 0)) for p in e.parts)
    out = [
        Casualty(kind, p.party_text, p.count, p.low, p.high, p.qualifier,
                 [_evidence(p, doc_id)], perpetrator=p.perpetrator)
        for p in e.parts
    ]
    total = _best(e)
    if parts_sum > total:
        # the parts say more than the total: keep the total, report the parts' evidence
        return [Casualty(kind, e.party, e.count, e.low, e.high, e.qualifier,
                         evidence + [_evidence(p, doc_id) for p in e.parts],
                         perpetrator=e.perpetrator)]
    rest = total - parts_sum
    if rest > 0:
        party = e.party
        if party is None:
            # "rebels kill nine" above "killed nine people, among them four children": the
            # headline's count names no one, the body's telling of it does; the rest are of
            # the people the body counts, one count with the part
            party = next((m.party_text for m in e.evidence if m.party_text), None)
        if party is not None and party.lower() in _BARE_PERSONS and any(
                (p.party_text or "").lower().split()[-1:] == ["civilians"] for p in e.parts):
            # "12 people, including five civilians": the other seven are told apart from
            # the civilians, so of no known side
            party = None
        if e.count is None:
            out.append(Casualty(kind, party, None, rest, None, e.qualifier, evidence))
        else:
            high = e.high - parts_sum if e.high is not None else None
            low = e.low - parts_sum if e.low is not None else None
            out.append(Casualty(kind, party, rest, low, high, e.qualifier, evidence))
    else:
        out[0].evidence.extend(evidence)
    return out


def _round_half_up(value: float) -> int:
    return int(value + 0.5)


def total_fatalities(casualties: Iterable[Casualty]) -> int | None:
    """The ACLED-compatible total of the best killed counts; None when no death was reported.

    An explicit zero gives 0; a count without a number contributes its
    conventional lower bound; a coding convention stated in the text
    ("Unknown fatalities coded as 10") replaces the other counts; a count shared
    between N events contributes its share, rounded half up.
    """
    killed = [c for c in casualties if c.kind == "killed"]
    if not killed:
        return None
    coded = [c for c in killed if c.coded]
    use = coded or killed
    total = 0
    share = 1
    for c in use:
        total += c.count if c.count is not None else (c.low or 0)
        if c.shared_by and c.shared_by > share:
            share = c.shared_by
    if share > 1:
        return _round_half_up(total / share)
    return total
