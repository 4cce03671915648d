"""Statements: quotes and who said them.

A quote is a span between quotation marks (straight or curly, double or, as British copy
writes them, single: '...' and ‘...’, in a paragraph with no double marks; an apostrophe,
"the group's", "the rebels' camp", "the '90s", opens or closes none) that a speech verb
attributes to someone: '"...," said Gen. Jane Roe, Task Force Commander.' gives the
speaker Jane Roe, the role "Task Force Commander" and, through the actors the
earlier stage found in the role, the organisation. Quotes continued over several
paragraphs, or broken by '"...," the statement said, "..."', become one statement
with one evidence span per piece. Pronouns and short references point back:
"it added" is the last organisation that spoke, "Roe continued" the person named
Roe earlier, "the statement said" the organisation whose release the text
introduced ("an official press release said", "X announced"); "the Service said" the
service named in full before it, and so is the body of a role that names it by its head
word alone ("Press and Public Relations Counsellor of the Ministry"). A role told as
someone's ("UNAMA's human rights chief", "the ministry's adviser") is of that organisation.
A spokesman of a force told by its word alone ("an army spokesman said", "police
spokesman Jane Roe", "the spokesman of the army, Colonel Jane Roe") speaks for that force of
the report's main country (``actors.main_country``); where no country is read, for none.
Translated releases that write a quote
after "said:" with no marks give the rest of the paragraph as the quote.

A quote of some of the words inside the clause a speech verb introduces ('the minister said
the attack was "a clear act of terrorism"') is the speaker's; a quoted name there is not.

Quotes nobody is said to have spoken (scare quotes, a quoted figure) are not
statements; a quote that follows a statement with nothing but its attribution in
between continues that statement.

A person the report describes and does not name ("a resident of Gao told Reuters by phone",
"A woman from Kidal told the newspaper") has no name; the description is the role.

Words reported without quotation marks are statements too, marked ``reported``: "The ministry
said in a statement that ..." (who, a reporting verb, how it was told, "that", then what was
said to the sentence's end) and "Three drivers were killed, a transport union official said."
(what was said, then who said it). Without "that", what was said opens as a clause does, with
a determiner, a pronoun or any count the quantities stage reads ("The ministry said eleven
guards died", "... said scores of ..."), or a force or side told by its plural noun and its
verb ("The army said troops killed ...", "said federal forces had retaken ...", not in a
headline); a "that" after a noun the verb's words open with a determiner ("He said the attack
that killed them was planned", "said on Monday the raid that ...") tells of that noun, and what
was said opens on the determiner (not after whom or where
the words were told, "told the paper that", "in a statement that", nor after words told,
"denied the claims that"). A sentence with a quotation mark in it is read as a quote, not
again as reported words. Who told the words may close the sentence with more words they went
on to tell (", the army said, adding that ..."), and authorities may be told by what they
govern without an article ("..., regional authorities said"). The name and then the role may
follow the words ("..., Musa Bello, a
police spokesman, said."), and whom and where they were told may close the sentence ("...,
police spokesman X told reporters in Kampala."); words told "according to" someone are that
one's ("Five people died, according to the health ministry.", "According to the Red Cross,
...", "according to Jane Roe, the district commissioner, ..." with her role), a side told by
its plural noun after "the" among them ("According to the rebels, ...",
"..., according to the police."; its organisation the one the actors stage reads, where it
reads one). Where the words were posted may be told by a clause of its own ("said on a website
that it runs that its fighters ..."): what was said opens after the second "that".

Words told to an outlet that carried them keep the speaker: "X told Radio Y, which aired the
interview on Sunday, that ..." (the clause tells of the outlet). At a briefing of several
officials, each named with a role in lower case before the name ("provincial governor Jane
Roe said ...") keeps that role where the text calls them by surname, by "she" after a
sentence they open ("Army spokesman Colonel John Doe gave a higher toll. "...," he said.")
or by the role alone ("The governor also said that ..."). People described by where they
are from ("Mozambican officials") are no one's name; a place closing a role ("administrator
of Macomia") says where, not of what body.

Words a quoted speaker goes on to tell without marks in the sentence of the quote
('"...," she said, adding that a third man was being sought.') are the speaker's, reported.

A claim, then the side that denies it in the same sentence ("The rebels said they had taken
the town, a claim the army rejected.") gives two statements of the same words: the claim and
its denial.

An office told with what it is of, then the name ("Minister of Defence Jane Roe", "Deputy
Governor of Kano State Jane Roe") is the role, and the name after it the speaker; a name's
particles ("de la Cruz", "van der Meer", "de los Santos") are part of it.

A role is the same words wherever the report puts it: told after the name and set off by
commas ("Ahmed Ali, the governor of Bauchi State, said") it is kept without its article; a
governor of a province the places stage reads speaks for that province's government, named
as the text writes the division's own name ("the governor of Bauchi State": "Government of
Bauchi State"; "of Kandahar province": "Government of Kandahar"). A side
told by its common noun ("The rebels said", "Rebels said", "the rebel group said") is written
without its article, its organisation the actor the actors stage reads there; where the
story has named one armed group and no other before ("JNIM fighters attacked ... The militants
said"), that group, not the country's generic rebels (a group told as another's parent, "al
Qaeda's affiliate", is not a second group). One described
by a place in a body ("a security source in the Interior Ministry", "the official in the
ministry, who asked not to be named") is of that body. A body told with words about it set
off by commas ("JNIM, al Qaeda's affiliate in the Sahel, said") is the one that spoke. A role
of "government" is of the government of the report's country; one after a body's initials
("UNICEF spokesperson") of that body. Translated releases that put the verb before the one who
spoke ("Explained the official ... that", "And added the statement that", "He said the
spokesman of the cell, X, that") give the one after the verb. A quote left open at its
paragraph's end goes on in the next paragraph that opens on a quotation mark. A lead that
opens on a force's deed and closes on the office that told it ("Defence forces killed 23
insurgents ..., the Ministry of National Defence said in a statement") introduces the
office's statement, so "According to the statement, ..." later is the office's words.

Every statement keeps the verb that tells how the words were given ("said", "told",
"according to"). A denial is a statement: "The army denied that its soldiers fired ..." and
"The group denied involvement in the attack" (what was denied, told with no clause: its
involvement, a role, the claims, the accusations) have the verb "denied" or "rejected". A claim
of responsibility is a statement too: "The group claimed responsibility for the attack in a
statement" has the verb "claimed" and what was claimed, not where ("responsibility for the
attack"); "No group has claimed responsibility" is no one's.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from eventcoder.actors import (
    NAMED_GROUP_KINDS,
    government_name,
    main_country,
    resolve_actor,
    teller_name,
)
from eventcoder.gazetteer import load_gazetteer
from eventcoder.mentions import ActorMention, Doc, replace_doc
from eventcoder.patterns import literal_alternation as _alt
from eventcoder.quantities import number_words
from eventcoder.records import Evidence, Statement
from eventcoder.registry import stage
from eventcoder.windows import span_at, starting_in

EXTRACTOR = "eventcoder.statements.v1"

#: Actor kinds that do not issue statements as organisations: people at large, and gunmen
#: nobody names, though the actors stage gave them the country of the report.
_NON_ISSUERS = frozenset({"civilians", "protesters", "rioters", "unidentified_armed_group"})
#: Actor kinds of a state's own forces.
_STATE_KINDS = frozenset({"state_forces", "police"})

#: Fewest words an attributed quote must have: shorter ones are scare quotes or names.
MIN_QUOTE_WORDS = 3


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    """The statements lexicon (``data/speech_verbs.json``), compiled once per process."""

    verbs: frozenset[str]
    release_nouns: tuple[str, ...]
    titles: tuple[str, ...]
    verb_alt: str
    title_re: re.Pattern[str]
    release_re: re.Pattern[str]
    role_re: re.Pattern[str]
    untitled_role_re: re.Pattern[str]
    capital_role_re: re.Pattern[str]


@cache
def speech_lexicon() -> SpeechLexicon:
    """Load and compile the statements lexicon (once per process)."""
    raw = json.loads(resources.files("eventcoder.data").joinpath("speech_verbs.json").read_text())
    titles = sorted(set(raw["titles"]), key=len, reverse=True)
    # A title is a prefix of tokens: "Lt. Gen." before "Gen.", each ending at a word boundary.
    title_alt = "|".join(re.escape(t) + (r"(?=\s)" if t.endswith(".") else r"\b") for t in titles)
    return SpeechLexicon(
        verbs=frozenset(raw["speech_verbs"]),
        release_nouns=tuple(raw["release_nouns"]),
        titles=tuple(titles),
        verb_alt=_alt(raw["speech_verbs"]),
        title_re=re.compile(rf"^(?:(?:{title_alt})\s+)+"),
        release_re=re.compile(rf"\b(?:{_alt(raw['release_nouns'])})\b", re.IGNORECASE),
        role_re=re.compile(rf"\b(?:{_alt(raw['role_nouns'])})s?\b", re.IGNORECASE),
        # A role noun in lower case, then a name of two to five words ending the phrase:
        # "SDF media office head Farhad Shami".
        untitled_role_re=re.compile(
            rf"(?P<role>[^,;]*?\b(?:{_alt([n for n in raw['role_nouns'] if n.islower()])}))\s+"
            rf"(?P<name>[A-Z][\w'\u2019-]*(?:\s+{_NAME_TOKEN}){{1,4}})$"),
        # A capitalised office ending in a role noun, then a name of two to five words:
        # "District Police Officer Iqbal Khan".
        capital_role_re=re.compile(
            rf"(?P<role>(?:[A-Z][\w'\u2019-]*\s+){{1,4}}"
            rf"(?:{_alt([n.capitalize() for n in raw['role_nouns'] if n.islower()])}))\s+"
            rf"(?P<name>[A-Z][\w'\u2019-]*(?:\s+{_NAME_TOKEN}){{1,4}})$"),
    )


# --- quotation marks -------------------------------------------------------------------------

_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}
_CLOSERS = {"\u201d", "\u00bb", '"'}
_QUOTE_CHARS = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")


def _has_quote_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark (``_QUOTE_CHARS``): in ASCII text
    only the straight one can be there, found without the pattern's look at each character."""
    if text.isascii():
        return text.find('"', start, end) >= 0
    return _QUOTE_CHARS.search(text, start, end) is not None
# Michael "Erik" Kurilla: a nickname in quotation marks inside a name is part of the name.
_NICKNAME = re.compile(
    r"\b[A-Z][a-z]+\s+([\"\u201c])([A-Z][\w.'-]*)([\"\u201d])(?=\s+[A-Z][a-z])"
)
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The text between a pair of quotation marks; ``open_at`` is the opening mark."""

    open_at: int
    start: int
    end: int
    close_at: int | None  # None: the paragraph ended first
    starts_paragraph: bool


def _nickname_marks(text: str) -> set[int]:
    marks: set[int] = set()
    for m in _NICKNAME.finditer(text):
        marks.add(m.start(1))
        marks.add(m.start(3))
    return marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_opening(text: str, i: int, p_start: int) -> bool:
    char = text[i]
    if char in ("\u201c", "\u00ab"):
        return True
    if char in ("\u201d", "\u00bb"):
        return False
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-:,") and not after.isspace()


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quoted spans, paragraph by paragraph; nicknames inside names are not quotes."""
    skip = _nickname_marks(text)
    quotes: list[QuoteSpan] = []
    for p_start, p_end in _paragraphs(text):
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        open_at: int | None = None
        for m in _QUOTE_CHARS.finditer(text, p_start, p_end):
            i = m.start()
            if i in skip:
                continue
            if open_at is None:
                if _is_opening(text, i, p_start) or text[i] == '"':
                    open_at = i
                continue
            if text[i] in _CLOSERS and not (text[i] == '"' and _is_opening(text, i, p_start)
                                            and text[i - 1].isspace()):
                quotes.append(QuoteSpan(open_at, open_at + 1, i, i, open_at == lead))
                open_at = None
            elif text[i] in ("\u201c", "\u00ab") or text[i] == '"':
                # A new opening mark before the last one closed: the last one never closed.
                quotes.append(QuoteSpan(open_at, open_at + 1, i, None, open_at == lead))
                open_at = i
        if open_at is not None:
            end = p_end
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            quotes.append(QuoteSpan(open_at, open_at + 1, end, None, open_at == lead))
    return quotes


#: A single quotation mark that opens a quote, as British copy writes one ('We left,' or
#: ‘We left,’): after a space, a bracket, a dash, a colon or a comma, or opening the line, and
#: before a letter (not "'90s").
_SINGLE_OPEN = re.compile(r"(?:(?<=[\s(\[\u2014:,-])|^)['\u2018](?=[A-Za-z])", re.MULTILINE)
#: A single mark that may close a quote: after a character that is no space, before a space,
#: a stop or the line's end ("the group's" holds an apostrophe, no closing mark).
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'\u2018])['\u2019](?=[\s.,;:?!)\u2014-]|$)", re.MULTILINE)


def _single_quotes(text: str) -> list[QuoteSpan]:
    """Quotes in single quotation marks, in paragraphs that hold no double ones (there a
    single mark is a quote inside a quote). A mark after a plural's "s" and before a word in
    lower case ("the rebels' camp") is the apostrophe of its possessive where another mark
    closes the quote after it; a mark that opens and never closes in its paragraph is no
    quote."""
    # (every opening mark is a curly one, or a straight one after a space or opening a line)
    if "\u2018" not in text and " '" not in text and "\n'" not in text and text[:1] != "'":
        return []
    quotes: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paragraphs):
        if _has_quote_mark(text, p_start, p_end):
            continue
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        at = p_start
        while (opened := _SINGLE_OPEN.search(text, at, p_end)) is not None:
            close_at = possessive = None
            for closing in _SINGLE_CLOSE.finditer(text, opened.end(), p_end):
                i = closing.start()
                rest = text[i + 1:i + 3]
                if text[i - 1] == "s" and rest[:1].isspace() and rest[1:2].islower():
                    # "the rebels' camp": a plural's possessive, unless no other mark closes
                    # the quote ('called them 'bandits' and ...')
                    possessive = i if possessive is None else possessive
                    continue
                close_at = i
                break
            if close_at is None:
                close_at = possessive
            if close_at is None and _goes_on_in(text, paragraphs, n + 1):
                # 'She said: 'The men came at dawn. ¶ 'They burned ...': a quote over
                # several paragraphs, each opening on a mark and only the last closing
                end = p_end
                while end > opened.end() and text[end - 1].isspace():
                    end -= 1
                quotes.append(QuoteSpan(opened.start(), opened.end(), end, None,
                                        opened.start() == lead))
                break
            if close_at is None:
                at = opened.end()
                continue
            quotes.append(QuoteSpan(opened.start(), opened.end(), close_at, close_at,
                                    opened.start() == lead))
            at = close_at + 1
    return quotes


def _goes_on_in(text: str, paragraphs: list[tuple[int, int]], n: int) -> bool:
    """Whether paragraph ``n`` opens on a single mark that opens a quote: the quote of the
    paragraph before, left open there, goes on."""
    if n >= len(paragraphs):
        return False
    start, end = paragraphs[n]
    while start < end and text[start].isspace():
        start += 1
    return _SINGLE_OPEN.match(text, start, end) is not None


#: "Major General Jane Roe said: Our forces ...": words told after a colon, no marks.
_SAID_COLON = re.compile(
    r"\b(?:said|stated|added|declared|explained|confirmed|noted|announced)(?:\s+that)?"
    r"[^\S\n]*:[^\S\n]*(?=[A-Za-z])")


def _colon_quotes(text: str) -> list[QuoteSpan]:
    """The words after "said:" to the end of a paragraph with no quotation marks, as
    translated releases write a quote; the colon stands for the opening mark."""
    quotes: list[QuoteSpan] = []
    for p_start, p_end in _paragraphs(text):
        if _has_quote_mark(text, p_start, p_end):
            continue
        m = _SAID_COLON.search(text, p_start, p_end)
        if m is None:
            continue
        end = p_end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        colon = text.index(":", m.start())
        quotes.append(QuoteSpan(colon, m.end(), end, None, False))
    return quotes


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans (start, end) of every quoted passage, attributed or not, in text order.

    A stage that codes incidents can skip these: "take the fight to ISIS" inside
    a commander's quote is rhetoric, not a battle.
    """
    single = _single_quotes(doc.text)
    if not single and not _has_quote_mark(doc.text, 0, len(doc.text)):
        return []
    return sorted([(q.start, q.end) for q in [*find_quotes(doc.text), *single]])


# --- speakers --------------------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    """Who spoke: a person (with role and organisation) or an organisation."""

    name: str | None
    role: str | None = None
    organisation: str | None = None
    person: bool = False


@dataclass(slots=True)
class _Draft:
    quotes: list[QuoteSpan]
    speaker: Speaker | None
    attribution_end: int  # where the attribution after the last piece ends
    evidence: list[tuple[int, int]] = field(default_factory=list)
    anonymous: bool = False
    verb: str | None = None


@dataclass(slots=True)
class _Release:
    at: int
    noun: str
    organisation: str | None


#: A word of a name: capitalised, or a particle ("bin", "ibn", "de", "van"); the particles that
#: are also common words elsewhere ("la", "der", "dos") only before another word of the name:
#: "Maria de la Cruz", "Pieter van der Meer", "Juan de los Santos".
_NAME_TOKEN = (r"(?:[A-Z][\w'\u2019.-]*|al-[A-Z][\w'-]*|bin|ibn|de|van|von|el-[A-Z][\w'-]*"
               r"|(?:del|della|der|den|la|las|los|da|das|do|dos|du|di|le|ter|ten|bint)"
               r"(?=[^\S\n]+(?:[A-Z]|la\b|las\b|los\b|der\b|den\b)))")
_NAME = re.compile(rf"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+{_NAME_TOKEN}){{0,4}})")
# A surname that opens on its particle: "al-Jubouri", "el-Sayed"
_NAME_PARTICLE = re.compile(r"(?:al|el)-[A-Z]")
_PRONOUN = re.compile(r"^(?:it|they|he|she|the\s+group|the\s+organi[sz]ation)$", re.IGNORECASE)
_ORG_NOUNS = (
    r"ministry|command|forces|army|police|office|department|agency|mission|coalition|"
    r"council|government|group|movement|committee|headquarters|military|unit|brigade|"
    r"division|corps|centre|center|organi[sz]ation|nations|authority|authorities|cell|"
    r"observatory|commission|directorate|service|services|network|administration|"
    r"secretariat|bureau|institute|front|alliance|party|operation")
_ORG_WORDS = re.compile(rf"\b(?:{_ORG_NOUNS})\b", re.IGNORECASE)


_ROLE_ORG = re.compile(
    r"\b(?:of|for|at|in)\s+(?:the\s+)?(?P<org>(?:[A-Z]|\d+(?:st|nd|rd|th)\s+[A-Z])[\w&.'-]*"
    # "the Army's 62nd Infantry Battalion": an ordinal inside the name
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:[A-Z]|\d+(?:st|nd|rd|th)\b)[\w&.'-]*)*"
    # "the Kabul security command": a place's body, named in lower case after the place
    # ("director of Tuz general hospital": a place's hospital too; "of the Ukhia police
    # station")
    r"(?:(?:\s+[a-z]+)?\s+(?:command|ministry|department|directorate|office|council|agency|"
    r"authority|administration|police|headquarters|hospital|clinic|(?<=police\s)station)\b)?)"
)




_DEFINITE_ORG = re.compile(r"(?:the|The)\s+(?P<head>[A-Za-z][a-z]+)")
#: An office named in full as the subject of a clause: "the Ministry of National Defence",
#: "the Interior Ministry" (capitalised words, one of them a body's head word).
_OFFICE_NAMED = re.compile(
    r"(?:the|The)\s+(?P<org>(?:[A-Z][\w'-]*\s+){0,3}(?:Ministry|Department|Office|Command|"
    r"Directorate|Headquarters|Council|Agency|Service|Cell|Authority)"
    r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:[A-Z][\w'-]*|and))+)?)")
_ARTICLE = re.compile(r"^(?:the|The)\s+")
#: A body described, its head word a body's: "UN refugee agency", "Kenyan Red Cross".
_BODY_TOLD = re.compile(rf"[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){{0,4}}\s+(?i:agency|{_ORG_NOUNS})")
#: A body told by its capitalised name after "the": "the Mopti Herald".
_DEFINITE_NAME = re.compile(r"the\s+(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){1,4})")
_ROLE_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&'-]*){0,5}")


#: A speech verb right after a body's name: "The Joint Operations Command announced".
_SPOKE_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]+(?:(?:has|had|also)[^\S\n]+)?"
                          r"(?:announced|said|stated|reported|declared|confirmed)\b")


def _organisation_named(text: str, phrase: str, at: int) -> str | None:
    """An organisation the actor list does not know: "The Security Media Cell said", and
    after it "the cell said" (the last name before ``at`` that ends in that word)."""
    definite = _DEFINITE_ORG.fullmatch(phrase)
    if definite is not None:
        head = definite.group("head")
        if not _ORG_WORDS.fullmatch(head.lower()):
            return None
        # Words of one line: a dateline above ("Baghdad / INA") is no part of the name.
        # Looked for in the text just before (a long text is not read again for each one).
        before = text[max(0, at - INTRODUCTION_REACH):at]
        # "the ministry" after "the Iraqi Ministry of Interior": the whole name, its "of" too
        # (and "and" inside it: "the Federal Intelligence and Investigation Agency")
        # ("the Ministry of Interior said": the head may open the name, "of" after it)
        found = list(re.finditer(
            rf"(?:\b[A-Z][\w&'-]*[^\S\n]+(?:(?:[A-Z][\w&'-]*|and)[^\S\n]+){{0,4}}"
            rf"{head.title()}"
            rf"(?:[^\S\n]+(?:of|for)(?:[^\S\n]+the)?(?:[^\S\n]+[A-Z][\w&'-]*)+)?"
            rf"|\b{head.title()}[^\S\n]+(?:of|for)(?:[^\S\n]+the)?"
            rf"(?:[^\S\n]+[A-Z][\w&'-]*)+"
            # "the operation" after "Troops of Operation Safe Haven": a name
            # its head opens
            rf"|(?<!\bthe[^\S\n])(?<!\bThe[^\S\n]){head.title()}"
            rf"(?:[^\S\n]+[A-Z][\w&'-]*)+)\b",
            before))
        # "The Joint Operations Command announced ... forces of the Anbar Operations
        # Command ... The command said": the one that spoke before, not the last named
        spoke = [m for m in found if _SPOKE_AFTER.match(before, m.end())]
        names = [m.group() for m in (spoke or found)]
        if not names and head.islower():
            # "the security media cell announced ...": a name written in lower case
            # ("Somalia's defence ministry said ...": the owner's name before it)
            names = re.findall(rf"(?:\b[Tt]he|\b[A-Z][\w-]*['\u2019]s)\s+"
                               rf"((?:[a-z][\w-]*\s+){{1,3}}{head})\b", before)
        if not names and not head.islower():
            return head  # "The Command said", no fuller name before it
        if not names:
            return None
        # "Iraq's Counter Terrorism Service": the name without the country it is of
        return re.sub(r"^\S+['\u2019]s\s+", "", _ARTICLE.sub("", names[-1]))
    name = _ARTICLE.sub("", phrase)
    if _CAPITALISED_RUN.fullmatch(name) and _ORG_WORDS.search(name):
        return name
    return None


#: A state's government, by its country's name or adjective: "the Somali government",
#: "Kenya's government".
_GOVERNMENT_OF = re.compile(
    r"(?:^|\b[Tt]he\s+)(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['\u2019]s)?\s+"
    r"[Gg]overnment\b(?!\s+(?:forces|troops|soldiers|army|militias?|officials?|sources?))")
#: A ministry told by its field in lower case, with its country or without: "the interior
#: ministry", "Kenya's information ministry", "the foreign affairs ministry".
_FIELD_MINISTRY = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+|(?P<owner>\b[A-Z][\w-]+['\u2019]s)\s+|^)"
    r"(?P<field>(?:[a-z]+\s+(?:and\s+)?)?[a-z]+)\s+ministry\b")
#: Lower-case words before "ministry" that name no field of one.
_NO_FIELD = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "same",
                       "said", "country", "state", "federal", "national", "regional",
                       "provincial", "local", "relevant", "concerned"})


def _office_of_a_state(phrase: str, when: date | None) -> str | None:
    """The state office a phrase names where the actor list knows none: a government
    ("the Somali government" is ACLED's "Government of Somalia (YEAR-)"), or a ministry
    by its field ("the interior ministry" is the "Interior Ministry")."""
    government = _GOVERNMENT_OF.search(phrase)
    if government is not None:
        iso = load_gazetteer().country_by_name(government.group("country"))
        if iso is not None:
            return government_name(iso, when=when)
    ministry = _FIELD_MINISTRY.search(phrase)
    if ministry is not None and not _NO_FIELD.intersection(ministry.group("field").split()):
        name = f"{ministry.group('field').title().replace(' And ', ' and ')} Ministry"
        owner = ministry.group("owner")
        return f"{owner} {name}" if owner else name
    return None


def _actor_in(doc: Doc, start: int, end: int) -> ActorMention | None:
    for a in starting_in(doc.actors, start, end):
        if a.kind not in _NON_ISSUERS and not a.generic:
            return a
    return None


def _resolve_org(doc: Doc, start: int, end: int,
                 country_of: Callable[[], str | None] | None = None) -> str | None:
    """The organisation named in ``text[start:end]``: an actor mention, else the resolver.

    ``country_of`` gives the report's main country (``actors.main_country``) where the
    caller keeps it for the document, read once, not once per phrase: on a long report that
    is a count over all its places for each of hundreds of organisations."""
    mention = _actor_in(doc, start, end)
    if mention is not None:
        return teller_name(mention)
    phrase = doc.text[start:end].strip(" ,.;:")
    if not phrase:
        return None
    # (an acronym one letter from a group's, "MINUSCA" beside "MINUSMA", is no typo of it
    # in a report about a country the group is not active in)
    country = main_country(doc) if country_of is None else country_of()
    for candidate in _org_candidates(phrase):
        found = resolve_actor(candidate, country=country)
        if found is not None and found.name and not found.generic:
            return found.name
    return None


def _org_candidates(phrase: str) -> list[str]:
    """Phrases worth resolving: the whole, then capitalised runs ("CENTCOM" in "CENTCOM chief")."""
    runs = re.findall(r"[A-Z][\w&.'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.'-]*)*", phrase)
    return list(dict.fromkeys([phrase, *runs]))


#: Titles that end the name of an office: "Deputy Information Minister".
_OFFICE_TITLE = re.compile(r"\b(?:Minister|Secretary|Governor|Mayor|Ambassador|Commissioner|"
                           r"Envoy|Spokes(?:man|woman|person))$")


def _strip_title(words: str) -> tuple[str | None, str]:
    m = speech_lexicon().title_re.match(words)
    if not m:
        return None, words
    return m.group().strip(), words[m.end():]


def _lead_before_title(head: str) -> tuple[str | None, str]:
    """Split "CENTCOM commander Gen. Jane Roe" into the words before the first title and
    the titled name; a head that starts with its title, or has none, is left whole."""
    lex = speech_lexicon()
    if lex.title_re.match(head):
        return None, head
    for m in _WORD_START.finditer(head):
        if m.start() == 0:
            continue
        titled = lex.title_re.match(head[m.start():])
        if titled is not None and _NAME.match(head, m.start() + titled.end()):
            return head[: m.start()].strip() or None, head[m.start():]
    return None, head


#: A state told by its adjective or initials: "Ukrainian", "Sudanese", "Israeli", "U.S.".
_NATION_WORD = r"(?:[A-Z][a-z]+(?:ian|an|ese|ish|i|ic|ch)|U\.S\.|US|UK|UN|EU)"
#: The same before an office, alone before its title.
_NATION_LEAD = re.compile(_NATION_WORD)
#: The offices of a state (or of a body of states) a report writes after its adjective.
_STATE_OFFICE_TITLE = re.compile(r"\b(?:President|Minister|Secretary|Secretary[- ]General"
                                 r"|Ambassador|Envoy)$")
_WORD_START = re.compile(r"(?<!\S)\S")


def _clean_name(name: str) -> str:
    name = re.sub(r"[\"\u201c\u201d]", "", name)
    return " ".join(name.split()).rstrip(",.")


#: How far before a quote the full name of a speaker it calls by surname is looked for.
INTRODUCTION_REACH = 6000


class _Attributor:
    """Resolve attribution phrases to speakers, remembering who spoke and what was released."""

    def __init__(self, doc: Doc, releases_of: _Attributor | None = None) -> None:
        self.doc = doc
        self.last: Speaker | None = None
        self.last_org: Speaker | None = None
        self.last_person: Speaker | None = None
        self.people: dict[str, Speaker] = {}
        # (the releases are read the first time a phrase asks for one: most never do; an
        # attributor of the same document given as ``releases_of`` shares its reading)
        self._releases: list[_Release] | None = None
        self._release_ats: list[int] | None = None
        self._releases_of = releases_of
        # (the report's main country, read the first time a phrase asks for it)
        self._country: str | None = None
        self._country_read = False

    def main_country(self) -> str | None:
        """``actors.main_country`` of the document, read once for all its phrases."""
        if not self._country_read:
            self._country = main_country(self.doc)
            self._country_read = True
        return self._country

    def _org(self, start: int, end: int) -> str | None:
        """:func:`_resolve_org` of ``text[start:end]``, with the document's main country
        read once."""
        return _resolve_org(self.doc, start, end, self.main_country)

    @property
    def releases(self) -> list[_Release]:
        if self._releases is None and self._releases_of is not None:
            self._releases = self._releases_of.releases
            self._release_ats = self._releases_of._release_ats
        if self._releases is None:
            self._releases = _releases(self.doc)
            # Releases come in the order of their sentences; when their positions ascend,
            # the last one before a position is found by bisection, not a scan.
            ats = [release.at for release in self._releases]
            self._release_ats = ats if all(
                x <= y for x, y in zip(ats, ats[1:], strict=False)) else None
        return self._releases

    def remember(self, speaker: Speaker) -> None:
        self.last = speaker
        if speaker.person:
            self.last_person = speaker
            if speaker.name:
                self.people[speaker.name.split()[-1]] = speaker
        else:
            self.last_org = speaker

    def release_before(self, at: int) -> _Release | None:
        releases = self.releases
        if self._release_ats is not None:
            k = bisect_left(self._release_ats, at)
            return releases[k - 1] if k else None
        found = None
        for release in self.releases:
            if release.at < at:
                found = release
        return found

    def person_told_before(self, at: int) -> Speaker | None:
        """The person a sentence just before ``at`` has speak without a quote: in
        "..., spokesman Lt. Col. John Doe said in a statement. "...," he said." he is Doe."""
        sentences = self.doc.sentences
        k = bisect_left(sentences, (at + 1,)) - 1
        verbs = _speech_verbs_re()
        index, stop = k - 1, max(k - 3, -1)
        while index > stop:
            s_start, s_end = sentences[index]
            index -= 1
            found = None
            for m in verbs.finditer(self.doc.text, s_start, s_end):
                found = m
            if found is None:
                continue
            if _CLOSES_ON_HE_SAID.search(self.doc.text, s_start, s_end) is not None:
                # "The attack took place in X, he said.": the one named before, told again
                stop = max(stop - 1, -1)
                continue
            if (quoted := _QUOTE_OPENING.match(self.doc.text, s_start, found.start())):
                # '"...," the mayor of X, Jane Roe, told AFP.': who spoke follows the quote
                s_start = quoted.end()
            before = self.doc.text[s_start:found.start()]
            head = before.rstrip(" ,")
            if "," in head and len(head) <= _ROLE_FIRST_HEAD_CHARS and _ROLE_FIRST.match(head):
                # "The Director of Army Public Relations, Brig. Gen. Jane Roe, said in a
                # statement ...": the role first, then the name, set off by commas
                speaker = self.resolve(s_start, s_start + len(head), at)
                if speaker is not None and speaker.person:
                    return speaker
            lead = _SPEAKER_BEFORE_VERB.search(before)
            # (after "told" come those told, "told AFP by telephone", no speaker)
            after = None if _TOLD_VERB.fullmatch(found.group()) else _SPEAKER_AFTER_VERB.match(
                self.doc.text, found.end(), s_end)
            if after is not None and (lead is None or _PRONOUN.match(lead.group("who").strip())
                                      or not lead.group("who")[:1].isupper()):
                # "..., said Col. Abdi Ahmed, a military commander in the region.": the
                # speaker after the verb
                speaker = self.resolve(after.start("who"), after.end("who"), at)
                if speaker is not None and speaker.person:
                    return speaker
                return None
            if lead is not None and lead.group("who").strip().lower() in {"he", "she"}:
                # "He said one soldier died ...": the one named before it, told again
                stop = max(stop - 1, -1)
                continue
            if lead is None or _PRONOUN.match(lead.group("who").strip()):
                return None  # "it said" again: nobody named
            speaker = self.resolve(s_start + lead.start("who"), s_start + lead.end("who"), at)
            if speaker is not None and speaker.person:
                return speaker
            return None
        return None

    def person_subject_before(self, at: int) -> Speaker | None:
        """The person named as the subject of the sentence right before the quote at ``at``,
        in its paragraph, whatever its verb: in "The police chief, Jane Roe, praised the
        team. "...," she said." she is Roe."""
        sentences = self.doc.sentences
        k = bisect_left(sentences, (at + 1,)) - 1
        if k < 1:
            return None
        s_start, s_end = sentences[k - 1]
        text = self.doc.text
        if "\n" in text[s_start:at].rstrip():
            return None
        if (opener := _TIME_OR_PLACE_OPENER.match(text, s_start, s_end)) is not None:
            # "On Sunday, the governor Jane Roe visited ...": the subject follows the
            # opening phrase of time or place, which names nobody
            s_start = opener.end()
        m = _SUBJECT_ROLE_THEN_NAME.match(text, s_start, s_end) or _SUBJECT_NAME.match(
            text, s_start, s_end)
        if m is None and (m := _SUBJECT_ROLE_NAME.match(text, s_start, s_end)) is not None \
                and not speech_lexicon().role_re.search(m.group("role")):
            return None  # (words in lower case before the name, but no role among them)
        if m is None:
            return None
        speaker = self.resolve(m.start("who"), m.end("who"), at)
        if speaker is None or not speaker.person or speaker.name is None \
                or len(speaker.name.split()) < 2:
            return None
        return speaker

    def introduced(self, surname: str, before: int) -> Speaker | None:
        """The person a bare surname ("Pabalan said") names, as the text first gave them
        in full without a quote: "Lt. Col. Ernesto Pabalan, commander of the Army's 62nd
        Infantry Battalion, said soldiers were ..."."""
        if not (surname[:1].isupper() or _NAME_PARTICLE.match(surname)) or len(surname) < 3:
            return None
        # Looked for in the text just before (a long text is not read again for each quote).
        introductions = list(_introductions(surname).finditer(
            self.doc.text, max(0, before - INTRODUCTION_REACH), before))
        if not introductions:
            return None
        return self._introduced_at(surname, introductions[-1])

    def introduced_later(self, surname: str, after: int) -> Speaker | None:
        """The person a titled name with no role ("said Gen. Jane Roe.") names, as the text
        goes on to present them: "The head of the task force, Gen. Jane Roe, told ..."."""
        if len(surname) < 3 or not surname[:1].isupper():
            return None
        lex = speech_lexicon()
        for found in _introductions(surname).finditer(
                self.doc.text, after, after + INTRODUCTION_REACH):
            speaker = self._introduced_at(surname, found)
            if speaker is not None and speaker.role is not None and not lex.title_re.fullmatch(
                    speaker.role + " ") and lex.role_re.search(speaker.role):
                return speaker
        return None

    def _introduced_at(self, surname: str, found: re.Match[str]) -> Speaker | None:
        """The person an introduction of ``surname`` found by :func:`_introductions` tells,
        with the role told before or after their name."""
        speaker = self.resolve(found.start(), found.end(), found.start())
        if speaker is None or not speaker.person or speaker.name is None \
                or speaker.name.split()[-1] != surname:
            return None
        if speaker.role is not None and not speech_lexicon().title_re.fullmatch(
                speaker.role + " ") and speech_lexicon().role_re.search(speaker.role):
            return speaker
        # "KDF spokesperson Colonel Esther Wanjiru said" before: the role told before the rank
        lead = _LEAD_BEFORE_RANK.search(self.doc.text, max(0, found.start() - 60),
                                        found.start())
        # ("provincial governor Lucas Mandlate said ...": a role in lower case, no rank)
        if lead is not None and (speaker.role is None or speech_lexicon().title_re.fullmatch(
                speaker.role + " ")):
            longer = self.resolve(lead.start(), found.end(), lead.start())
            if longer is not None and longer.name == speaker.name and longer.role is not None \
                    and speech_lexicon().role_re.search(longer.role):
                return longer
        # "The Director of Defence Media Operations, Maj.-Gen. Edward Buba, told ...": the
        # role told before the name
        told = self.role_before_name(found.start())
        if told is None:
            return speaker
        role, org = told
        return Speaker(speaker.name, role, org or speaker.organisation, True)

    def role_before_name(self, at: int) -> tuple[str, str | None] | None:
        """The role, and its organisation, told right before a name that starts at ``at``:
        "The spokesman of the Joint Operations Command, Major General ..."."""
        text = self.doc.text
        role_first = _ROLE_BEFORE_NAME.search(text, max(0, at - 120), at)
        if role_first is None:
            owned = _OWNED_ROLE_BEFORE_NAME.search(text, max(0, at - 120), at)
            if owned is None or not speech_lexicon().role_re.search(owned.group("role")):
                return None
            # "..., the service's spokesman, Sabah al-Numan, said": a role told as the
            # organisation's, before the name, inside the sentence
            possessor = _POSSESSOR.match(owned.group("role"))
            role = owned.group("role")[possessor.end():] if possessor else owned.group("role")
            return role, self._possessor(owned.start("role"), owned.group("role"))
        role = role_first.group("role")
        org = self._org(role_first.start("role"), role_first.end("role"))
        named = _ROLE_ORG.search(role) if org is None else None
        if org is None and named is None and (
                word := _OF_THE_BODY.search(role)) is not None:
            # "The head of the service, Lieutenant General ...": the service named before
            org = _canonical_org(_organisation_named(text, word.group("body"),
                                                     role_first.start("role")))
        if org is None and named is not None:
            org = _named_in_full_before(text, named.group("org"), role, role_first.start("role"))
        return role, org or (named.group("org") if named else None)

    def titled_known(self, name: str, at: int) -> Speaker | None:
        """The role and organisation a titled officer ("Major General Jane Roe said:") is
        named under: told right before the name, or where the text introduced them."""
        told = self.role_before_name(at)
        if told is not None:
            return Speaker(name, told[0], told[1], True)
        surname = name.split()[-1]
        known = self.people.get(surname) or self.introduced(surname, at)
        if known is None or known.role is None or known.name is None \
                or not name.endswith(known.name.split()[-1]) \
                or speech_lexicon().title_re.fullmatch(known.role + " "):
            return None
        return Speaker(known.name if len(known.name) > len(name) else name, known.role,
                       known.organisation, True)

    def _person_in_role(self, noun: str) -> Speaker | None:
        """The person last remembered whose role ends in ``noun`` ("governor" of "provincial
        governor"), for "the governor said"."""
        noun = noun.lower()
        for known in reversed([*self.people.values(), *(
                [self.last_person] if self.last_person is not None else [])]):
            if known.name and known.role and known.role.lower().split()[-1].rstrip(
                    ",.") in (noun, f"{noun}s"):
                return known
        return None

    def _group_before(self, at: int) -> str | None:
        """The armed group named last before ``at``, for "a spokesman for the group"."""
        found = None
        for a in self.doc.actors:
            if a.start >= at:
                break
            if a.kind in NAMED_GROUP_KINDS and not a.generic and at - a.start <= \
                    INTRODUCTION_REACH:
                found = a
        return teller_name(found) if found is not None else None

    def _monitor_before(self, at: int) -> str | None:
        """The monitoring body named last before ``at``, for "the monitor", "the watchdog"."""
        found = None
        for a in self.doc.actors:
            if a.start >= at:
                break
            if a.kind == "observer" and not a.generic and at - a.start <= INTRODUCTION_REACH:
                found = a
        return teller_name(found) if found is not None else None

    def _named_before(self, name: str | None, at: int, *, canonical: bool = True
                      ) -> str | None:
        """The actor whose mention before ``at`` ends with ``name``, the words before it
        left out ("Africa Command" of "U.S. Africa Command"), else ``name`` (as the actor
        list has it, with ``canonical``)."""
        if name is None:
            return None
        for a in self.doc.actors:
            if a.start >= at:
                break
            if not a.generic and len(a.text) > len(name) and a.text.endswith(name):
                return teller_name(a)
        return _canonical_org(name) if canonical else name

    def _possessor(self, at: int, role: str) -> str | None:
        """The organisation whose role it is: "UNAMA's human rights chief", "the ministry's
        adviser" (the ministry named before ``at``); ``role`` starts at ``at``."""
        # (", the command's director of operations": the words after the comma)
        at, role = at + len(role) - len(role.lstrip()), role.lstrip()
        m = _POSSESSOR.match(role)
        if m is None:
            return None
        owner = m.group("owner")
        org = self._org(at, at + m.end("owner"))
        if org is None and owner[:1].islower() or owner.startswith("The "):
            if _ORG_WORDS.fullmatch(owner):
                owner = f"the {owner}"  # "service's spokesman", its article dropped
            return self._named_before(_organisation_named(self.doc.text, owner, at), at)
        if org is None and _CAPITALISED_RUN.fullmatch(owner):
            return owner  # "UNAMA's": a body the actor list does not know
        return org

    def _role_then_name(self, offset: int, found: re.Match[str]) -> Speaker:
        """The person of "Defence Ministry spokesperson Jane Doe": the words up to the role
        noun are the role, the organisation among them (an actor, else a capitalised name
        that ends in an organisation's word: "Defence Ministry") is theirs."""
        role = re.sub(r"^(?:an?|the)\s+", "", found.group("role"), flags=re.IGNORECASE)
        org = self._org(offset + found.start("role"), offset + found.end("role"))
        if org is None:
            org = self._possessor(offset + found.start("role"), found.group("role"))
        if org is None:
            # (a run that ends in the role noun is the office, no organisation: "District
            # Police Officer")
            # ("Police commander": a force word alone is the country's force, told below)
            # ("Government spokesman": the government of the report's country, told below)
            runs = [r for r in _CAPITALISED_RUN.findall(role) if _ORG_WORDS.search(r)
                    and not _FORCE_ALONE.fullmatch(r) and r.lower() != "government"
                    and not speech_lexicon().role_re.fullmatch(r.split()[-1])]
            org = runs[0] if runs else None
        if org is None:
            # "police spokesman Jane Roe": the force of the country the report is about
            org = self._force_of_a_role(offset + found.start("role"), found.group("role"))
        return Speaker(_clean_name(found.group("name")), role, org, True)

    def _division_governed(self, start: int, role: str) -> str | None:
        """The government of the division a governor's role names ("the governor of Bauchi
        State", "deputy governor of Kandahar province", ``role`` at ``start``), where the
        places stage read the division there: a province, or a town of its province's
        name (its seat). A governor of a district or a town governs no province."""
        if "overnor" not in role:
            return None
        start, role = start + len(role) - len(role.lstrip()), role.lstrip()
        found = _GOVERNOR_OF.search(role) or _GOVERNOR_AFTER.fullmatch(role)
        if found is None:
            return None
        at = start + found.start("where")
        for p in self.doc.places:
            if p.start == at and p.place is not None and p.place.admin1 and (
                    p.place.feature == "admin1" or p.place.name == p.place.admin1):
                # (the division's own name as the text writes it, "Bauchi State"; a town's
                # province by the gazetteer's name)
                own = _DIVISION_NAME.match(self.doc.text, at, start + len(role)) \
                    if p.place.feature == "admin1" else None
                name = " ".join(own.group().split()) if own is not None else p.place.admin1
                return f"Government of {name}"
        return None

    def _described_at_a_body(self, offset: int, told: re.Match[str]) -> Speaker | None:
        """The person a description tells by their place in a body (``told`` matched
        ``_DESCRIBED_AT_A_BODY`` at ``offset``): no name, the description (its article and
        a clause about them aside) the role, the body their organisation; None where the
        words after the preposition name no body ("a resident of Gao": where from)."""
        body = told.group("body")
        b_start, b_end = offset + told.start("body"), offset + told.end("body")
        org = None
        if _DEFINITE_ORG.fullmatch(body):
            # "the official in the ministry": the ministry the report named before
            org = self._named_before(_organisation_named(self.doc.text, body, b_start),
                                     b_start, canonical=False)
        if org is None:
            for a in starting_in(self.doc.actors, max(0, b_start - 4), b_end):
                if a.end <= b_end and a.kind not in _NON_ISSUERS and (
                        not a.generic or a.country is not None) and a.name:
                    org = teller_name(a)
                    break
        if org is None:
            org = _office_of_a_state(body, self.doc.published)
        if org is None:
            name = _ARTICLE.sub("", body)
            if _CAPITALISED_RUN.fullmatch(name) and _ORG_WORDS.search(name):
                org = _canonical_org(name)
            elif (local := _ROLE_ORG.fullmatch(f"at {name}")) is not None and \
                    local.group("org") != local.group("org").split()[0]:
                # "the Mosul police station", "the Nineveh governorate council": a place's
                # body, its words after the place in lower case
                org = local.group("org")
        if org is None:
            return None
        role = " ".join(told.group("described").split())
        return Speaker(None, role[:1].lower() + role[1:], org, True)

    def _place_at(self, at: int, length: int) -> bool:
        """Whether ``length`` characters at ``at`` are a place name the places stage read,
        and no more: "in Cox's Bazar" after a role says where, not of what body ("Hawija
        general hospital" is a body)."""
        return at >= 0 and any(p.start == at and p.end >= at + length for p in self.doc.places)

    def _group_named(self, start: int, phrase: str) -> bool:
        """Whether ``phrase`` (at ``start``) is a group's name the actors stage read, its
        article or a bracketed short form aside: "The Islamic State West Africa Province
        (ISWAP)" is no person's name."""
        core = re.sub(r"\s*\([^)]*\)\s*$", "", _ARTICLE.sub("", phrase))
        a = _actor_in(self.doc, start, start + len(phrase))
        return a is not None and a.text.endswith(core.split()[-1]) and len(a.text) >= len(core) - 1

    def _force_of_the_country(self, start: int, end: int) -> str | None:
        """The state's force a phrase of a force word alone names, where the actors stage
        gave it the country the report is about."""
        for a in starting_in(self.doc.actors, max(0, start - 4), end):
            if start < a.end <= end and a.kind not in _NON_ISSUERS and a.country is not None \
                    and a.name:
                return teller_name(a)
        return None

    def _force_of_a_role(self, start: int, role: str) -> str | None:
        """The force of "an army spokesman", "police spokesman Jane Roe", "the spokesman of
        the army" (``role`` at ``start``): a force word alone before the role noun, or after
        it and "of" or "for", is the state's force of the country the actors stage read for
        it; no country read, no organisation."""
        found = speech_lexicon().role_re.search(role)
        words = role[: found.start()].rstrip() if found else ""
        if found is not None and not found.group()[:1].isupper() and (
                _ROLE_ARTICLE.sub("", words).lower() == "government") and (
                iso := self.main_country()) is not None:
            # "government spokesman Jane Roe": the government of the country the report is
            # about
            return government_name(iso, when=self.doc.published)
        if found is not None and (initials := _INITIALS_BEFORE_ROLE.fullmatch(words)) \
                is not None and load_gazetteer().country_by_name(initials.group("body")) is None:
            # "UN humanitarian coordinator", "UNICEF spokesperson": a body by its initials
            # (a country's are where the official is from: "US ambassador")
            return initials.group("body")
        words_at = start
        if found is not None and words.lower() in ("", "the", "a", "an") and (
                of := _OF_A_FORCE.fullmatch(role, found.end())) is not None:
            # "the spokesman of the army": the force told after the role noun
            words, words_at = of.group("force"), start + of.start("force")
        if not words or not _FORCE_ALONE.fullmatch(words) or found is None \
                or found.group()[:1].isupper():
            # (a capitalised role is an office's title: "District Police Officer")
            return None
        told = self._force_of_the_country(words_at, words_at + len(words))
        if told is not None:
            return told
        # (the actors stage reads no actor in a role: "army" in "army spokesman")
        iso = self.main_country()
        if iso is None:
            return None
        for phrase in (words, f"the {words.split()[-1]}"):
            force = resolve_actor(phrase, country=iso)
            if force is not None and force.country == iso and force.kind in _STATE_KINDS:
                return force.name
        return None

    def _side_told(self, start: int, length: int, side: str) -> Speaker:
        """The side a common noun names ("rebels", "rebel group"), told at ``start``: an
        organisation, the actor the actors stage reads in the phrase where it reads one (the
        generic "Rebels (Sudan)" too; gunmen nobody names are no one's). Where it reads
        none, a body's word ("the armed group") is the body as written; fighters told by
        their plural are no body."""
        read = None
        for a in starting_in(self.doc.actors, start, start + length):
            if a.end <= start + length and a.kind not in _NON_ISSUERS and a.name:
                read = a
                break
        if read is None or read.generic:
            # "JNIM fighters attacked ... The militants said": fighters told by their common
            # noun where the story has named one armed group and no other speak for it
            named = self._only_group_named(start)
            if named is not None:
                return Speaker(side, None, named)
        if read is not None:
            return Speaker(side, None, teller_name(read))
        body = side.endswith(("group", "movement", "organisation", "organization", "faction",
                              "alliance", "coalition"))
        return Speaker(side, None, side if body else None)

    def _only_group_named(self, before: int) -> str | None:
        """The one armed group the text names by its name before ``before``; None where it
        names none, or more than one."""
        # (a group told as another's parent, "JNIM, al Qaeda's affiliate in the Sahel", is
        # not one the story tells of)
        names = {a.name for a in self.doc.actors if a.end <= before and not a.generic
                 and a.kind in NAMED_GROUP_KINDS and a.name and a.modifier != "anti"
                 and _PARENT_OF.match(self.doc.text, a.end) is None}
        return names.pop() if len(names) == 1 else None

    def body_told(self, start: int, end: int) -> Speaker | None:
        """The body a quote is given "according to" where :meth:`resolve` names none: "the
        army" of the country the text is about (an actor read from context), else the body
        as written ("the ministry of defence"); an organisation, never a person."""
        phrase = self.doc.text[start:end].strip(" ,.;:\n")
        if not _ORG_WORDS.search(phrase) or _names_a_role(phrase):
            return None
        # (the mention may open on the article the phrase was read without)
        for a in starting_in(self.doc.actors, max(0, start - 4), end):
            if start < a.end <= end and a.kind not in _NON_ISSUERS and a.country is not None:
                return Speaker(teller_name(a), None, teller_name(a))
        name = " ".join(_ARTICLE.sub("", phrase).split())
        return Speaker(name, None, name)

    def resolve(self, start: int, end: int, at: int) -> Speaker | None:
        """The speaker named by ``text[start:end]`` (the words around a speech verb)."""
        text = self.doc.text
        line = self.doc.document.metadata.get("dateline_span") if self.doc.document else None
        if line and start < line[1] < end:
            # "BAGHDAD - CTS spokesman ... said": the dateline is not the speaker (nor the
            # agency in brackets after it: "DHAKA, Oct 8 (Reuters) - Police said")
            start = _after_dateline(text, line, line[1], end)
        phrase = text[start:end].strip(" ,.;:\n")
        offset = start + text[start:end].find(phrase) if phrase else start
        if not phrase:
            return None
        if _PRONOUN.match(phrase):
            lowered = phrase.lower()
            if lowered in {"he", "she"}:
                # "Interior Minister Jane Doe told reporters that ... "...," she said.": the
                # person the sentence before has speak, though another was quoted earlier
                return self.person_subject_before(at) or self.person_told_before(at) \
                    or self.last_person or self.last
            if self.last_org or self.last:
                return self.last_org or self.last
            earlier = self.release_before(at)
            if earlier is not None and earlier.organisation:
                return Speaker(earlier.organisation, earlier.noun, earlier.organisation)
            return None
        if (side := _side_told(phrase)) is not None:
            # "The rebels said", "Rebels said", "the rebel group said": one side told by its
            # common noun, written one way however the sentence opens; its organisation the
            # one the actors stage reads there
            return self._side_told(offset, len(phrase), side.group("side"))
        if (told := _THE_ROLE.fullmatch(phrase)) is not None and (
                known := self._person_in_role(told.group("noun"))) is not None:
            # "The governor also said": the person the text named in that role before
            return known
        if phrase.startswith("The ") and (
                title_role := speech_lexicon().role_re.search(phrase)) is not None \
                and (title_role.end() == len(phrase)
                     or phrase.startswith(" of ", title_role.end())):
            # "The governor said", "The mayor of Gusau told reporters", "The Minister of
            # Defence said", a sentence's capital on the article: the role, read as "the
            # governor" is, with its holder unnamed, never a name "The governor"
            phrase = "t" + phrase[1:]
        if (named := _ARTICLE.match(phrase)) is not None and (
                body := _actor_in(self.doc, offset + named.end(), offset + len(phrase))
        ) is not None and body.start == offset + named.end() and (
                body.end == offset + len(phrase)):
            # "The Asayish said in a statement": the body the article names, not a person
            return Speaker(teller_name(body), None, teller_name(body))
        lex = speech_lexicon()
        release = lex.release_re.search(phrase)
        if release and phrase.lower().startswith(("the ", "a ", "an ", "in ", "its ")) or (
            release and release.start() > 0 and release.end() == len(phrase)
        ):
            assert release is not None
            org = self._org(offset, offset + release.start())
            noun = " ".join(release.group().lower().split())
            if org is None:
                earlier = self.release_before(at)
                if earlier is not None:
                    org = earlier.organisation
                    if phrase.lower().startswith("the "):
                        noun = earlier.noun
                else:
                    org = self.last_org.name if self.last_org else None
            if org is None:
                return None
            return Speaker(org, noun, org)
        # A title, then a name, then ", role": "Gen. Jane Roe, Task Force Commander".
        head, _, tail = phrase.partition(",")
        role_text = tail.strip() or None
        if role_text is not None and (_ROLE_FIRST.match(head) or _POSSESSOR.match(
                head.strip()) and lex.role_re.search(head) or _ROLE_OF_OPENS.match(
                head.strip()) and lex.role_re.match(head.strip().lower())) and (
                lex.title_re.match(role_text) or _BARE_NAME.fullmatch(role_text)):
            # "the spokesman of the Armed Forces, Major General Jane Roe": the role first
            # (its article, definite or not, is no part of the role: "An army spokesman")
            head, tail = role_text, _ROLE_ARTICLE.sub("", head.strip())
            role_text = tail
        elif role_text is not None and _ROLE_FIRST.match(head) and (
                second := _LOWER_ROLE_THEN_NAME.fullmatch(role_text)) is not None and (
                lex.role_re.search(second.group("role"))):
            # "The head of the headquarters, interior minister Jane Roe": a second role in
            # small letters before the name; the person is named, in the role nearer her
            head, role_text = second.group("name"), second.group("role")
            tail = role_text
        office_told = False
        if role_text is None and " of " in head and (
                office := _OFFICE_OF_THEN_NAME.fullmatch(head.strip())) is not None:
            # "Minister of Defence Jane Roe", "Deputy Governor of Kano State Jane Roe": the
            # office and what it is of, then the name (the office's body is the ministry or
            # the division's government, not the words after "of")
            head, role_text = office.group("name"), office.group("office")
            tail, office_told = role_text, True
        # "CENTCOM commander Gen. Jane Roe", "U.S. Army Maj. Gen. Jane Roe": the words before
        # the title are the role or the service.
        lead, head = _lead_before_title(head.strip())
        title, rest = _strip_title(head)
        if lead is None and title is None:
            # "CTS spokesman Sabah al-Numan": a role with no title before the name
            untitled = lex.untitled_role_re.match(head) or lex.capital_role_re.match(head)
            if untitled is not None and not _ORG_WORDS.search(untitled.group("name")):
                return self._role_then_name(offset, untitled)
        rest = _clean_name(rest)
        if lead and not role_text and lex.role_re.search(lead):
            role_text, tail = lead, lead
            if title is not None and _OFFICE_TITLE.search(title.strip()):
                # "Deputy Information Minister Abdirahman Omar": the office ends with the
                # title, the deputy's word before it
                role_text = tail = f"{lead} {title.strip()}"
        elif lead and not role_text and title is not None and title.strip() == "Governor" \
                and self._place_at(offset + phrase.find(lead), len(lead.split()[0])):
            # "Bauchi State Governor Ahmed Ali": the division's governor, its name before
            # the title
            role_text = tail = f"{lead} {title.strip()}"
        elif lead and not role_text and title is not None and _NATION_LEAD.fullmatch(lead) \
                and _STATE_OFFICE_TITLE.search(title.strip()):
            # "Ukrainian President Jane Roe", "Russian Defence Minister Jane Roe": the state's
            # office, its adjective part of the role as the report writes it
            role_text = tail = f"{lead} {title.strip()}"
        if rest and (rest.split()[0][:1].isupper() or _NAME_PARTICLE.match(rest)) \
                and not _ORG_WORDS.search(rest) and not _DESCRIBED.match(rest) \
                and not _DESCRIBED_BY_ROLE.fullmatch(rest) \
                and not (title is None and lead is None and role_text is None
                         and self._group_named(offset, phrase)):
            words = rest.split()
            if len(words) == 1 and words[0] in self.people and title is None:
                known = self.people[words[0]]
                return Speaker(known.name, known.role, known.organisation, True)
            courtesy = title is not None and _COURTESY.fullmatch(title.strip()) is not None
            if courtesy and lead is None and not role_text:
                title = None  # "Mr Musa": no role, the person named before in full
                if words[0] in self.people:
                    known = self.people[words[0]]
                    return Speaker(known.name, known.role, known.organisation, True)
            if len(words) == 1 and title is None:
                introduced = self.introduced(words[0], offset)
                if introduced is not None:
                    self.people[words[0]] = introduced
                    return introduced
            if len(words) >= 2 or title is not None or (
                    role_text is not None and lex.role_re.search(role_text)):
                if len(words) == 1 and words[0] in self.people:
                    known = self.people[words[0]]
                    return Speaker(known.name, known.role or title, known.organisation, True)
                if role_text is None and title is not None and lead is None:
                    # "Major General Jane Roe said:": the role the text names her under
                    named_under = self.titled_known(rest, offset + phrase.find(head))
                    if named_under is not None:
                        return named_under
                # ("Ahmed Ali, the governor of X, said": the role told after the name
                # without its article or the comma that closes it)
                role = _ROLE_ARTICLE.sub("", role_text).rstrip(" ,;") if role_text \
                    and role_text is not lead else role_text or title
                org = None
                if role_text:
                    r_start = offset + phrase.find(tail)
                    # "the governor of Bauchi State": the government of the division
                    org = self._division_governed(r_start, tail) \
                        or self._org(r_start, r_start + len(tail))
                    if org is None:
                        # "head of UNAMA": an organisation the actor list does not know.
                        named = None if office_told else _ROLE_ORG.search(role_text)
                        # (a place may say where, not of what body: "an officer in Gao", and
                        # "administrator of Macomia", the place closing the role)
                        where = named is not None and (named.group()[:2] in ("in", "at") or (
                            named.group()[:2] == "of"
                            and named.end() == len(role_text.rstrip(" ,."))))
                        org = named.group("org") if named and _names_an_organisation(
                            named.group("org")) and not (where and self._place_at(
                                r_start + tail.find(role_text) + named.start("org")
                                if role_text in tail else -1, len(named.group("org")))) \
                            else None
                    if org is not None:
                        org = _named_in_full_before(self.doc.text, org, role_text, r_start) \
                            or org
                    if org is None:
                        org = self._possessor(r_start, tail)
                    if org is None and _MONITOR_ROLE.search(role_text):
                        # "head of the Britain-based monitor": the monitor named before
                        org = self._monitor_before(offset)
                    if org is None and _OF_THE_GROUP.search(role_text):
                        # "a spokesman for the group, X": the armed group named before
                        org = self._group_before(offset)
                    if org is None and role_text in tail:
                        # "Jane Roe, a police spokesperson": the country's force
                        org = self._force_of_a_role(r_start + tail.find(role_text), role_text)
                if org is None and lead and role_text is not lead:
                    # the service before the title ("U.S. Army Maj. Gen. ..."), when the role
                    # after the name named no organisation
                    org = self._org(offset, offset + len(lead))
                return Speaker(rest, role, org, True)
        if (told := _DESCRIBED_AT_A_BODY.fullmatch(phrase)) is not None and (
                described := self._described_at_a_body(offset, told)) is not None:
            # "a security source in the interior ministry", "an official at the health
            # ministry, who asked not to be named": a person described, of that body
            return described
        # A spokesman for an organisation, or the organisation itself.
        org = self._org(offset, offset + len(phrase))
        role_match = lex.role_re.search(phrase)
        if org is None:
            # "the Somali government", "the interior ministry", "an information ministry
            # spokesman": a state's government or one of its ministries
            org = _office_of_a_state(phrase, self.doc.published)
        if org is None and role_match and _SPOKES.match(role_match.group()):
            # "an army spokesman said": the force of the country the report is about speaks
            # ("a police official said" stays a person described)
            org = self._force_of_a_role(offset, phrase)
        if org is None and not role_match and _FORCE_ALONE.fullmatch(phrase):
            # "Police said", "The army denied that": the force of the country the report is
            # about (an actor read from context)
            org = self._force_of_the_country(offset, offset + len(phrase))
        if org is None and not role_match:
            unlisted = self._named_before(_organisation_named(text, phrase, offset), offset,
                                          canonical=False)
            if unlisted is not None:
                return Speaker(unlisted, None, unlisted)
        if org is not None:
            role = None
            if role_match:
                role = phrase[: role_match.end()]
                role = re.sub(r"^(?:an?|the)\s+", "", role, flags=re.IGNORECASE)
            return Speaker(org, role, org)
        if not role_match and (named := _DEFINITE_NAME.fullmatch(phrase)) is not None:
            # "the Mopti Herald reported": a body by its name, its article left out
            return Speaker(named.group("name"), None, named.group("name"))
        if role_match or phrase[:1].isupper() or _ONE_DESCRIBED.match(phrase) or (
                _GROUP_TOLD.fullmatch(phrase)) or _AUTHORITIES_TOLD.fullmatch(phrase):
            # ("according to the rebels, ...": a group told by its plural noun speaks)
            cleaned = re.sub(r"^(?:an?|the|one(?!\s+of\b))\s+", "", phrase, flags=re.IGNORECASE)
            if not role_match and _BODY_TOLD.fullmatch(cleaned):
                # "The UN refugee agency said": a body no list knows, by its description
                return Speaker(cleaned, None, cleaned)
            if not role_match and (_DESCRIBED.match(phrase) or _ONE_DESCRIBED.match(phrase)):
                # "A woman from Kidal told the newspaper": a person described, not named
                return Speaker(None, cleaned, person=True)
            # "a local official": a person described, whom a later "he said" tells again
            return Speaker(None if role_match else cleaned, cleaned if role_match else None,
                           person=role_match is not None)
        return None


#: People described by where they are from and their role, not named: "Mozambican
#: officials", "Kenyan police officers".
_DESCRIBED_BY_ROLE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+[a-z][a-z-]+)*\s+(?:officials|officers|commanders|spokesmen|"
    r"ministers|leaders|residents|witnesses|survivors|villagers|relatives|medics|activists|"
    r"elders|sources|official|officer|source|resident|witness)")
#: A governor's role and the division governed: "the governor of Bauchi State", "Deputy
#: Governor of Kandahar province" (not "the district governor", nor the governor of a bank).
_GOVERNOR_OF = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?i:deputy|acting|provincial|state|regional)\s+)?[Gg]overnor"
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<where>[A-Z][\w'\u2019-]*)")
#: A person described by their place in a body, with no name: "a security source in the
#: Interior Ministry", "An official at the health ministry, who asked not to be named", "one
#: of the sources within the police command".
_DESCRIBED_AT_A_BODY = re.compile(
    # ("the official in the ministry": a translated release's article)
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne\s+of\s+the|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+"
    # ("Sources in the police command said": a plural opening the sentence, no article)
    r"|(?=(?:Sources|Officials|Officers|Doctors|Medics|Workers|Employees|Members)\s))"
    r"(?P<described>(?P<role>(?:[a-z][\w-]*\s+){0,3}?(?i:official|officials|officer|officers|"
    r"source|sources|employee|employees|staff\s+member|member|members|doctor|doctors|"
    r"medic|medics|worker|workers))"
    r"\s+(?:in|at|of|from|with|within|inside|close\s+to)\s+"
    r"(?P<body>(?:the\s+)?[^,;\"\u201c\u201d\n]{2,80}?))"
    r"(?:,?\s+(?:who|whom)\b[^;\"\u201c\u201d\n]*?)?,?")
#: The same with the division's name before the title: "Bauchi State Governor".
_GOVERNOR_AFTER = re.compile(
    r"(?P<where>[A-Z][\w'\u2019-]*)(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:Deputy\s+)?Governor")
#: A division's own name as a role writes it, its capitalised words up to the title:
#: "Bauchi State" (of "the governor of Bauchi State" and "Bauchi State Governor").
_DIVISION_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:[^\S\n]+(?!(?:Deputy|Governor)\b)"
                            r"[A-Z][\w'\u2019-]*)*")
#: A role told again by its noun alone: "the governor", "The spokesman" (not "the police").
_THE_ROLE = re.compile(r"[Tt]he\s+(?P<noun>governor|mayor|minister|spokes(?:man|woman|person)|"
                       r"commander|commissioner|administrator|ambassador|envoy|president|"
                       r"director|prosecutor|chairman|chairwoman|secretary)")
#: A role that speaks for its body: "spokesman", "spokesperson".
_SPOKES = re.compile(r"spokes", re.IGNORECASE)

#: A group told by its plural noun after "the", as a report names one side that speaks:
#: "the rebels", "the militants", "the police" (one word may come before: "the armed men").
_GROUP_TOLD = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?:rebels|militants|insurgents|jihadists|"
                         r"separatists|fighters|gunmen|protesters|protestors|demonstrators|"
                         r"police|troops|soldiers|forces|authorities|men)")
#: Authorities told by what they govern, with no article, after the words they told: "...,
#: regional authorities said", "..., local authorities said".
_AUTHORITIES_TOLD = re.compile(r"(?:[a-z]+\s+){1,2}authorities")
#: A side of a conflict told by its common noun, the article aside: "the rebels", "Rebels",
#: "the armed rebels", "the rebel group", "an insurgent movement" (the state's forces are
#: read by ``_FORCE_ALONE``).
_SIDE_TOLD = re.compile(
    r"(?:(?:the|an?)\s+)?(?P<side>(?:[a-z]+\s+)?(?:rebels|militants|insurgents|jihadists|"
    r"separatists|fighters|militiamen|guerrillas|mutineers)"
    r"|(?:[a-z]+\s+)?(?:rebel|militant|insurgent|jihadist|separatist|armed|extremist|"
    r"guerrilla)\s+(?:group|movement|organi[sz]ation|faction|alliance|coalition))")
#: The words that may open a side's phrase capitalised, the sentence opening on them
#: ("Rebels said"; "Houthi rebels" is a group's name).
_SIDE_OPENS = re.compile(r"(?:rebels?|militants?|insurgents?|jihadists?|separatists?|fighters|"
                         r"militiamen|guerrillas?|mutineers|armed|extremist)\b")


def _side_told(phrase: str) -> re.Match[str] | None:
    """The side a phrase tells by its common noun (``_SIDE_TOLD``), its first word perhaps
    capitalised where it opens the sentence."""
    found = _SIDE_TOLD.fullmatch(phrase)
    if found is None and phrase[:1].isupper():
        lowered = phrase[:1].lower() + phrase[1:]
        if _SIDE_OPENS.match(lowered) or lowered.startswith(("the ", "a ", "an ")):
            found = _SIDE_TOLD.fullmatch(lowered)
    return found


#: A group told as the parent of another after its name: "al Qaeda's affiliate", "the
#: Islamic State's local branch".
_PARENT_OF = re.compile(r"['\u2019]s[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?(?:affiliate|branch|wing|"
                        r"franchise|offshoot|arm|ally|province|faction)s?\b")


#: A body's initials, then words in lower case, before a role noun: "UN humanitarian ",
#: "the UNICEF ".
_INITIALS_BEFORE_ROLE = re.compile(
    r"(?:(?:the|an?)\s+)?(?P<body>[A-Z]{2,8})(?:\s+[a-z][\w-]*){0,3}")
#: A state's force told by its word alone: "Police", "the army", "security forces".
_FORCE_ALONE = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:police|army|military|troops|"
                          r"(?:security|armed|government)\s+forces|soldiers|gendarmerie)",
                          re.IGNORECASE)
#: A force told by its word alone after a role noun: " of the army", " for the police".
_OF_A_FORCE = re.compile(r"[^\S\n]+(?:of|for)[^\S\n]+(?P<force>the[^\S\n]+(?:[a-z]+[^\S\n]+)?"
                         r"(?:police|army|military|gendarmerie|(?:security|armed)[^\S\n]+forces))"
                         r"[^\S\n]*")
#: The words of a role right before a rank and name, with no comma: "KDF spokesperson ",
#: "army spokesman " (before "Colonel Jane Roe").
_LEAD_BEFORE_RANK = re.compile(
    r"(?<![\w'\u2019.&-])(?:[A-Z][\w.&-]*[^\S\n]+){0,3}[a-z][a-z-]+(?:[^\S\n]+[a-z][a-z-]+)?"
    r"[^\S\n]+$")
#: An office told with what it is of, then a name: "Minister of Defence Jane Roe",
#: "Deputy Governor of Kano State Jane Roe". What the office is of ends on a word that closes
#: a portfolio or a division, so the name after it is not read as part of it.
_OFFICE_OF_THEN_NAME = re.compile(
    rf"(?P<office>(?:{_NATION_WORD}[^\S\n]+)?(?:(?:Deputy|Vice|Acting|Assistant|State"
    r"|Minister[^\S\n]+of[^\S\n]+State)[^\S\n]+)?(?:Minister|Secretary|Governor|Commissioner"
    r"|Director|Inspector[- ]General|Superintendent"
    r"|Chief|Chairman|Head|Commander)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[A-Z][\w'\u2019-]*[^\S\n]+(?:and[^\S\n]+)?){0,3}?"
    r"(?:Defen[cs]e|Interior|Affairs|Information|Justice|Health|Security|Police|Finance|Staff"
    r"|State|Province|Region|County|District|Governorate|Oblast)"
    # "Inspector General of Police (Bastar range) P Sundarraj": the office's area in brackets
    r"(?:[^\S\n]+\([^()\n]{1,40}\))?)"
    rf"[^\S\n]+(?P<name>[A-Z][\w'\u2019.-]*(?:[^\S\n]+{_NAME_TOKEN}){{1,4}})")
#: A role of a body or place opening the phrase without an article, as agency copy writes
#: it: "Deputy governor of Hodeidah, Ali Saleh, said".
_ROLE_OF_OPENS = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+of\s+")
#: A role told as someone's: "UNAMA's human rights chief", "the ministry's adviser".
_POSSESSOR = re.compile(r"(?P<owner>(?:[Tt]he\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,4}?)['\u2019]s\s")
#: Longest opening of a sentence, up to its speech verb, read as a role then a name.
_ROLE_FIRST_HEAD_CHARS = 140
#: A word opening a sentence that links it to the one before: "However, the spokesman ...".
_LINKING_OPENER = re.compile(
    r"(?:However|Meanwhile|But|And|Yet|Separately|Instead|Likewise|Similarly|In\s+contrast|"
    r"For\s+(?:his|her|its|their)\s+part)\b,?\s+")
#: A role told before the name, with an article: "the spokesman of the Armed Forces".
_ROLE_FIRST = re.compile(r"\s*(?:the|a|an)\s+[a-z]", re.IGNORECASE)
#: A sentence that opens on a role, then a name set off by commas, then its verb: "The
#: Inspector General of Police, Jane Roe, praised ...".
_SUBJECT_ROLE_THEN_NAME = re.compile(
    r"(?P<who>[Tt]he\s[^,;\"\u201c\u201d\n]{1,80}?,\s+[A-Z][^,;\"\u201c\u201d\n]{1,60}?),\s+[a-z]")
#: A phrase of time or place opening a sentence, set off by a comma: "On Sunday, ",
#: "Late on Friday, ", "In Kabul, ", "Earlier this week, ".
_TIME_OR_PLACE_OPENER = re.compile(
    r"(?:On|In|At|By|Late|Early|Last|Earlier|Later|After|Before|During|Since|Until|"
    r"Overnight|This|Next)\b[^,;\"\u201c\u201d\n]{0,40},[^\S\n]+")
#: A sentence that opens on a name, perhaps with a title and where they are from, then a
#: word in lower case: "Bishop Jane Roe of Santa Ana called on ...".
_SUBJECT_NAME = re.compile(
    r"(?P<who>[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){1,5})"
    r"(?:[^\S\n]+of[^\S\n]+[A-Z][^,;\"\u201c\u201d\n]{0,60}?)?,?[^\S\n]+[a-z]")
#: A sentence that opens on a role in lower case, then a name (perhaps with a rank): "Army
#: spokesman Lieutenant Colonel Jane Roe gave a different figure.".
_SUBJECT_ROLE_NAME = re.compile(
    r"(?P<who>(?P<role>(?:[A-Z][\w.&'\u2019-]*[^\S\n]+){0,3}[a-z][a-z-]+(?:[^\S\n]+[a-z][a-z-]+)?)"
    r"[^\S\n]+[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){1,5}),?[^\S\n]+[a-z]")
#: A role in small letters, then a name: "minister of internal affairs of the republic Jane
#: Roe", the second of two roles set side by side before a speech verb.
_LOWER_ROLE_THEN_NAME = re.compile(
    r"(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7})\s+"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'\u2019.-]*){1,3})")
#: A person described, not named: "A local elected official in the area", "An elder" (not
#: "The mayor", one the reader can tell).
_DESCRIBED = re.compile(r"(?:An?|One\s+of\s+the|Another)\s+[a-z]")
#: Two to four capitalised words and nothing else: a person's name.
_BARE_NAME = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'\u2019.-]*){1,3}")
#: A role at a monitoring body the text names elsewhere: "head of the Britain-based monitor".
_MONITOR_ROLE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}(?:monitor|observatory|watchdog)\b",
                           re.IGNORECASE)
#: A role of the armed group told before, by its common noun: "spokesman for the group".
_OF_THE_GROUP = re.compile(r"\b(?:of|for)\s+the\s+(?:group|militia|movement|insurgents|"
                           r"rebels|militants)$", re.IGNORECASE)
#: Words that tell a place or a description from an organisation's name: "the Britain-based".
#: Capitalised words after "of" that name no organisation: "the Britain-based", and the staff
#: a chief heads ("Chief of Army Staff", "Chief of Defence Staff": an office of the forces).
_NOT_AN_ORGANISATION = re.compile(r"^(?:[\w.'-]+-(?:based|led|backed|run|born)|(?:(?:Army|Naval"
                                  r"|Air|Defen[cs]e|General|Joint)\s+)?Staff)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _introductions(surname: str) -> re.Pattern[str]:
    """A person introduced by a surname: the name in full, then perhaps ", role,"."""
    return re.compile(
        rf"(?:[A-Z][\w'\u2019.-]*[^\S\n]+){{1,5}}{re.escape(surname)}\b"
        rf"(?:,(?![^\S\n]*(?:{speech_lexicon().verb_alt})\b)[^\S\n]*"
        rf"[^,;\"\u201c\u201d\n]{{3,100}}?(?=,|\s+said\b|\.\s|\.$))?")


def _names_an_organisation(name: str) -> bool:
    """Whether the capitalised words after "head of the" can name an organisation."""
    return _NOT_AN_ORGANISATION.match(name) is None


# A role told before the name it belongs to: "The Director of Defence Media Operations, ",
# "The head of the service, " (the service named before).
# (after a clause put first too: "Giving a breakdown, the Director of ..., Maj.-Gen. ...")
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n)|(?<=,\s))[Tt]he\s+(?P<role>(?:[A-Z][\w'\u2019-]*|[a-z]+(?=\s+(?:of|for)\s))"
    r"(?:\s+(?:of|for|the|and|[A-Z][\w'\u2019.-]*|(?<=the\s)(?:" + _ORG_NOUNS + r")\b)){1,8}),"
    r"\s*$")
# A role told as an organisation's before the name, inside a sentence: ", the service's
# spokesman, "
_OWNED_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|,\s+|\n)(?P<role>(?:[Tt]he\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,3}?['\u2019]s\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+),\s*$")
# "head of the service": the body a role is of, named in lower case
_OF_THE_BODY = re.compile(r"\b(?:of|for)\s+(?P<body>the\s+[a-z]+)$")


def _named_in_full_before(text: str, org: str, role: str, at: int) -> str | None:
    """The full name of a body a role names by its head word alone ("Counsellor of the
    Ministry"), where the text named it in full before ("The Ministry of National Defence
    held its weekly press briefing"); None where it did not."""
    if not org.isalpha() or not re.search(rf"\bthe\s+{org}[\s,.]*$", role):
        return None
    fuller = _organisation_named(text, f"the {org}", at)
    return _canonical_org(fuller) if fuller is not None and fuller != org else None


def _canonical_org(name: str | None) -> str | None:
    """An organisation's name as the actor list has it, where it knows it."""
    if name is None:
        return None
    found = resolve_actor(name)
    return found.name if found is not None and found.name and not found.generic else name


#: The words before a speech verb that name who spoke: after the sentence's last comma.
_SPEAKER_BEFORE_VERB = re.compile(r"(?:^|,\s+|\n)(?P<who>\w[^,;\"\u201c\u201d]{1,100}?)\s*$")
#: The words after a speech verb that close its sentence and name who spoke: "..., said
#: Col. Abdi Ahmed, a military commander in the region."
_SPEAKER_AFTER_VERB = re.compile(
    r"[^\S\n]+(?P<who>[A-Z][^;\"\u201c\u201d\n]{2,140}?)[^\S\n]*[.!]?[\"\u201d]?[^\S\n]*$")
#: A sentence told as a pronoun's words: "..., he said.", "..., she added."
_CLOSES_ON_HE_SAID = re.compile(r",[^\S\n]+(?:he|she)[^\S\n]+[a-z]+[.!]?[\"\u201d]?[^\S\n]*$")
#: A quote opening its sentence, up to the words after it: '"They came at night," '.
_QUOTE_OPENING = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]+[\"\u201d][^\S\n]*")
#: A verb whose object is the one told, not the speaker: "told AFP", "tells Reuters".
_TOLD_VERB = re.compile(r"told|tells?|telling", re.IGNORECASE)


@cache
def _speech_verbs_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{speech_lexicon().verb_alt})\b")


_PRONOUN_SUBJECT = re.compile(r"(?:It|They|He|She)(?:\s+(?:also|further|later|then))?")
#: "The statement", "The release": a release told before, named again by its noun alone.
_RELEASE_TOLD_AGAIN = re.compile(r"[Tt]he\s+[a-z]+(?:\s+[a-z]+)?")


def _releases(doc: Doc) -> list[_Release]:
    """Releases the text introduces, with their issuer: 'X announced', 'a press release said'."""
    lex = speech_lexicon()
    text = doc.text
    found: list[_Release] = []
    verbs = re.compile(rf"\b(?:{lex.verb_alt})\b", re.IGNORECASE)
    quoted_spans = quote_spans(doc)
    for s, e in doc.sentences:
        opened = span_at(quoted_spans, s)
        if opened is not None:
            # a sentence that opens inside a quote ("During the operations, ISIS fighters
            # engaged ...," it added.): its speaker is told after the quote closes, and the
            # quote's words introduce no release
            s = opened[1] + 1
            if s >= e:
                continue
        sentence = text[s:e]
        release = lex.release_re.search(sentence)
        verb = verbs.search(sentence)
        if not verb:
            continue
        noun = " ".join(release.group().lower().split()) if release else "statement"
        if release:
            # "an official press release": keep the adjectives that make the noun a release.
            prefix = re.search(r"(?:official|press|news)\s+$", sentence[: release.start()])
            if prefix and "release" in noun and not noun.startswith("press"):
                noun = f"{prefix.group().strip()} {noun}"
        # The issuer is named outside what it is quoted saying.
        quoted = _QUOTE_CHARS.search(text, s, e)
        actor = _actor_in(doc, s, quoted.start() if quoted else e)
        subject = text[s:s + verb.start()].strip(" ,")
        # (the clause that holds the verb: "From May 2 to May 3, the statement added, ...")
        told_by = subject.rsplit(",", 1)[-1].strip()
        if actor is not None and actor.start >= s + verb.start() and found and (
                _PRONOUN_SUBJECT.fullmatch(told_by) or _RELEASE_TOLD_AGAIN.fullmatch(told_by)
                and lex.release_re.fullmatch(told_by[4:].strip())):
            # "It added in a statement that ... killing 8 ISIS members", "The statement said
            # that one Coalition member was killed": the issuer told before, not the group
            # the statement speaks of
            found.append(_Release(s, "press release" if "press release" in noun else noun,
                                  found[-1].organisation))
            continue
        org: str | None
        if actor is not None and (clause := _OFFICE_NAMED.fullmatch(told_by)) is not None and (
                actor.start < s + len(subject) - len(told_by)):
            # "Defence forces killed 23 insurgents ..., the Ministry of National Defence said
            # in a statement": the office whose clause holds the verb told it, not the force
            # of the deed told first
            org = " ".join(clause.group("org").split())
        elif actor is None:
            # "The cell said in a statement ...": an organisation the actor list lacks
            org = _organisation_named(text, subject, s) if subject else None
        elif release or verbs.search(text, actor.end, min(e, actor.end + 40)) or (
                (told := _APPOSITIVE_AFTER_NAME.match(text, actor.end, e)) is not None
                and verbs.match(text, told.end())):
            org = teller_name(actor)
        else:
            org = None
        if org is not None:
            found.append(_Release(s, "press release" if "press release" in noun else noun, org))
    return found


# --- attribution around a quote --------------------------------------------------------------


def _sentence_bounds(doc: Doc, at: int) -> tuple[int, int]:
    found = span_at(doc.sentences, at)
    return found if found is not None else (at, at)


#: A speaker told by description alone after the verb: "said a local official", "said
#: one of the residents".
_ONE_DESCRIBED = re.compile(r"(?:an?|one\s+of\s+the|another)\s+[a-z][a-z-]+"
                            r"(?:\s+[a-z][a-z-]+){0,3}?"
                            # "said a teacher in Gao": where the one described is from
                            r"(?:\s+(?:in|of|from|near)\s+[A-Z][\w'\u2019-]*"
                            r"(?:\s+[A-Z][\w'\u2019-]*)?)?\s*(?:,|\s+who\b|$)")


def _role_then_bare_name(who: str) -> bool:
    """Whether words after a speech verb are a role with its article, then a name after a
    comma: "the UN humanitarian coordinator in Mali, Awa Traore"."""
    role, comma, name = who.partition(",")
    return bool(comma) and _ROLE_FIRST.match(role) is not None and _BARE_NAME.fullmatch(
        name.strip(" .,;:")) is not None and speech_lexicon().role_re.search(role) is not None


def _post_attribution(
    doc: Doc, quote: QuoteSpan, limit: int, nicknames: set[int]
) -> tuple[int, int, int] | None:
    """The attribution after a quote: (phrase start, phrase end, where it ends)."""
    if quote.close_at is None:
        return None
    lex = speech_lexicon()
    text = doc.text
    after = quote.close_at + 1
    _, s_end = _sentence_bounds(doc, quote.close_at)
    stop = min(max(s_end, after), limit)
    # The attribution ends at the sentence end or at the next quotation mark.
    segment_end = stop
    for nxt in _QUOTE_CHARS.finditer(text, after, stop):
        if nxt.start() not in nicknames:
            segment_end = nxt.start()
            break
    segment = text[after:segment_end]
    verb_first = re.match(
        rf"^\s*[,.]?\s*(?P<verb>{lex.verb_alt})\s+(?P<who>.+?)\s*[,.;:]?\s*$", segment,
        re.IGNORECASE | re.DOTALL,
    )
    who = re.split(r"\s+(?:in\s+a|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday)|at\s+a|during\s+a|according|by\s+(?:tele)?phone|"
                   r"over\s+the\s+(?:tele)?phone)\b"
                   # "..., speaking to reporters in Bosaso": how, not who
                   r"|,\s+(?:speaking|talking|addressing|briefing|writing)\b"
                   # "..., said X, the mayor, adding that ...": what X went on to tell
                   r"|,\s+(?:adding|saying|noting|insisting|warning|explaining|stressing)\b",
                   verb_first.group("who"))[0] if verb_first else ""
    if verb_first and (who[:1].isupper()
                       or _lead_before_title(verb_first.group("who"))[0] is not None
                       # "..., said a local official, who asked not to be named"
                       or _ONE_DESCRIBED.match(verb_first.group("who"))
                       or _ONE_DESCRIBED.match(who)
                       # "..., said an official in the governorate council, who asked ..."
                       or _DESCRIBED_AT_A_BODY.fullmatch(who.rstrip(" ,.;:")) is not None
                       # "..., said the rebel group."
                       or _side_told(who.rstrip(" ,.;:")) is not None
                       # "..., said the UN coordinator in Mali, Awa Traore.": a role, then
                       # the name set off by a comma
                       or _role_then_bare_name(who)
                       # "..., said state prosecutor Jane Roe at a press conference"
                       or lex.untitled_role_re.match(who.rstrip(" ,.;:")) is not None):
        w_start = after + verb_first.start("who")
        return w_start, w_start + len(who), after + len(segment)
    according = _ACCORDING_AFTER.match(segment) if "ccording" in segment else None
    if according is not None and not text[_sentence_bounds(doc, quote.open_at)[0]:
                                          quote.open_at].strip() and not _TITLE_LIKE.fullmatch(
                                              text, quote.start, quote.end):
        # '"...," according to the army.': the body whose words they are (a quote that
        # opens its sentence: not 'calls itself "Sons of the Valley", according to ...');
        # not when or where it said them ("according to the police in Kano on Tuesday")
        who = _WHEN_OR_WHERE_SAID.split(according.group("who"), maxsplit=1)[0]
        w_start = after + according.start("who")
        return w_start, w_start + len(who), after + len(segment)
    relayed = _QUOTED_AS_SAYING.match(segment) if "quoted" in segment or "cited" in segment \
        else None
    if relayed is None and "quoted" in segment:
        relayed = _WAS_QUOTED_AS_SAYING.match(segment)
    if relayed is not None:
        # '"...," the statement quoted Gen. Marcus Ellery as saying': the one quoted spoke
        return after + relayed.start("who"), after + relayed.end("who"), after + len(segment)
    who_first = re.match(
        rf"^\s*[,.]?\s*(?P<who>[^\"\u201c\u201d]{{1,120}}?)\s+(?:(?:also|then|further|later|"
        rf"had|has|have|would|will)\s+)?(?P<verb>{lex.verb_alt})\b(?P<rest>[^\"\u201c\u201d]*)",
        segment,
        re.IGNORECASE,
    )
    if who_first and len(who_first.group("who").split()) <= 12:
        return after + who_first.start("who"), after + who_first.end("who"), after + len(segment)
    return None


#: What opens a body's words given after the quote.
_ACCORDING_BEFORE = re.compile(r"\b(?i:according)\s+to\s+(?:[^,;.\"\u201c\u201d]{0,50}?\s)?$")


def _names_a_role(phrase: str) -> bool:
    """Whether ``phrase`` names a role ("a spokesman"), a person rather than a body."""
    return speech_lexicon().role_re.search(phrase) is not None


#: '"...," according to the army.', '"...," according to a statement from the ministry': the
#: body named, or the body whose statement it was. Where it goes on past a comma, the rest
#: is how or when ("according to the army, which gave no figures").
_ACCORDING_AFTER = re.compile(
    r"^\s*[,.]?\s*(?i:according)\s+to\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communiqu[e\u00e9]|release|bulletin)(?:\s+(?:issued\s+)?on\s+[A-Z]\w+)?"
    r"\s+(?:from|by|of|issued\s+by)\s+)?"
    # (dots inside: "army spokesman Col. Paul Njuguna"; the sentence's own at its end)
    r"(?P<who>(?:(?:a|an|the|its|their)\s+)?[A-Za-z][^\"\u201c\u201d,;]{1,80}?)"
    r"\s*(?:[,;]|\.?\s*$)")


#: What may follow a body's name after "according to": when or where it spoke.
_WHEN_OR_WHERE_SAID = re.compile(
    r"\s+(?:on|in|at|during|late|early|last|this)\s+(?=[A-Z0-9]|a\s|the\s|its\s)")


#: A statement or outlet that relays someone's words: "the statement quoted Gen. Marcus
#: Ellery, the CENTCOM commander, as saying".
_QUOTED_AS_SAYING = re.compile(
    r"^\s*[,.]?\s*[^\"\u201c\u201d]{1,60}?\s+(?:quoted|cited)\s+"
    r"(?P<who>[A-Z][^\"\u201c\u201d]{1,120}?)\s*,?\s+as\s+(?:saying|telling|stating)\b")


#: The same told of the one quoted: "Gen. Marcus Ellery, the CENTCOM commander, was quoted
#: as saying" (who is quoted is who spoke, not "... was quoted as").
_WAS_QUOTED_AS_SAYING = re.compile(
    r"^\s*[,.]?\s*(?P<who>[^\"\u201c\u201d]{1,120}?)\s*,?\s+(?:was|were|is|has\s+been)\s+"
    r"quoted\s+as\s+(?:saying|telling|stating)\b")


#: Titles of courtesy, which say no role: "Mr Musa".
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss)\.?")
#: Whom words were told: "told Kurdistan24 that", "told The Associated Press", "told reporters".
_TOLD_WHOM = (r"(?:reporters|journalists|(?:the\s+)?(?:press|media)|(?:(?-i:The)\s+)?"
              r"(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,3}"
              # "told the newspaper", "told a local radio station", "told the news agency"
              r"|(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:newspaper|paper|agency|broadcaster|"
              r"radio|station|channel|television|website|outlet)"
              # "told Reuters by phone": how the words came
              r"|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone)")
#: "in a statement received by the agency": how the words reached the reporter.
_CARRIED_BY = (r"(?:\s+(?:received|sent|issued|obtained|seen|posted|published|carried)\s+"
               r"(?:by|to|on)\s+[^,;\"\u201c\u201d]{1,40}?)")


#: Who called a deed by the words quoted next: "X, a spokesman, called the bombing ",
#: "she described it as " (not "called on the government to").
_CALLED_IT = re.compile(
    r"(?:^|[,;]\s+|\bthat\s+)(?P<who>[^,;\"\u201c\u201d]{1,100}?"
    r"(?:,\s+[^,;\"\u201c\u201d]{1,80}?,)?)\s+(?:(?:also|has|had|have)\s+)?"
    r"(?:called|calls|described|describes|termed|terms)\s+(?!(?:on|for|off|up|in|out)\b)"
    r"(?:[\w'\u2019-]+\s+){1,5}?(?:as\s+)?$")


def _pre_attribution(doc: Doc, quote: QuoteSpan, floor: int) -> tuple[int, int] | None:
    """The attribution before a quote ('X said:'): (phrase start, phrase end)."""
    lex = speech_lexicon()
    text = doc.text
    s_start, _ = _sentence_bounds(doc, quote.open_at)
    begin = max(s_start, floor)
    before = text[begin : quote.open_at]
    m = re.search(
        rf"(?:^|[,;]\s+|\bthat\s+|\b(?:In|in)\s+a\s+\w+,\s+)(?P<who>[^,;\"\u201c\u201d]{{1,100}}?)"
        rf"\s+(?P<verb>{lex.verb_alt})(?:\s+(?:in\s+a\s+(?:\w+\s+)?\w+{_CARRIED_BY}?|on\s+\w+|that|"
        rf"to\s+\w+|{_TOLD_WHOM})){{0,3}}\s*[:,]?\s*(?:that\s*)?$",
        before,
        re.IGNORECASE,
    )
    if m:
        return begin + m.start("who"), begin + m.end("who")
    # "the spokesman of the Armed Forces, Major General Jane Roe, said": a role, then the
    # name set off by commas
    m = re.search(
        rf"(?:^|[,;]\s+|\bthat\s+)(?P<who>[^,;\"\u201c\u201d]{{1,100}}?,\s+"
        rf"[^,;\"\u201c\u201d]{{1,60}}?),\s+(?P<verb>{lex.verb_alt})(?:\s+(?:in\s+a\s+(?:\w+\s+)?\w+|"
        rf"on\s+\w+|that|to\s+\w+|{_TOLD_WHOM})){{0,3}}\s*[:,]?\s*(?:that\s*)?$",
        before,
        re.IGNORECASE,
    )
    if m:
        return begin + m.start("who"), begin + m.end("who")
    if _verb_first(before) and (m := _QUOTE_AFTER_VERB_FIRST.match(before)) is not None:
        # 'He said the spokesman of the command, Tahsin Ali, in a statement: "...': a
        # translated release's verb before the one who spoke
        return begin + m.start("who"), begin + m.end("who")
    m = re.search(r"\baccording\s+to\s+(?P<who>[^,;\"\u201c\u201d]{1,100}?)\s*[,:]?\s*$", before,
                  re.IGNORECASE)
    if m:
        return begin + m.start("who"), begin + m.end("who")
    # 'According to the province's police chief, Colonel Jane Roe, "...': a role, then the
    # name set off by commas
    m = re.search(r"\baccording\s+to\s+(?P<who>[^,;\"\u201c\u201d]{1,100}?,\s+"
                  r"[^,;\"\u201c\u201d]{1,60}?)\s*[,:]\s*$", before, re.IGNORECASE)
    if m:
        return begin + m.start("who"), begin + m.end("who")
    # 'the spokesman, Jane Roe, called the attack "an assault on us all"', 'described it as
    # "...": words the speaker gave the deed, quoted
    if ("call" in before or "descri" in before or "term" in before) and (
            m := _CALLED_IT.search(before)) is not None and not _TITLE_LIKE.fullmatch(
                text, quote.start, quote.end):
        return begin + m.start("who"), begin + m.end("who")
    # 'ISWAP claimed the attack in a post on its channel, saying its fighters had targeted
    # "a gathering of militias"': the subject of the sentence, whose words the participle
    # after the comma tells
    if "ing" in before and (m := _SAYING_AFTER_THE_DEED.search(before)) is not None \
            and not _TITLE_LIKE.fullmatch(text, quote.start, quote.end):
        return begin + m.start("who"), begin + m.end("who")
    # 'the minister said the attack was "a clear act of terrorism"': a quote of some of the
    # words, inside the clause the verb introduces
    m = re.search(
        rf"(?:^|[,;]\s+)(?P<who>[^,;\"\u201c\u201d]{{1,100}}?)\s+(?P<verb>{lex.verb_alt})"
        rf"\s+(?:that\s+)?[a-z][^,;:.!?\"\u201c\u201d]{{1,100}}?\s+$",
        before,
    )
    if m and not _TITLE_LIKE.fullmatch(text, quote.start, quote.end):
        return begin + m.start("who"), begin + m.end("who")
    return None


#: A sentence's subject and its deed, then, after a comma, the words it said: "ISWAP
#: claimed responsibility ..., saying its fighters had targeted ".
_SAYING_AFTER_THE_DEED = re.compile(
    r"^(?P<who>[A-Z][^,;\"\u201c\u201d]{1,100}?)\s+(?:has\s+|had\s+)?(?:claimed|said|"
    r"announced|denied|stated|posted|issued|released|published|wrote|added|accused|blamed)\b"
    r"[^\"\u201c\u201d]*?,\s+(?:saying|adding|stating|claiming|insisting|noting|warning)\b"
    r"[^\"\u201c\u201d]*$")
#: Quoted words that are a name ("the Brotherhood of the Sword"), not words spoken: every
#: word of four letters or more capitalised.
_TITLE_LIKE = re.compile(r"\s*(?:(?:[A-Z][\w'-]*|[\w'-]{1,3})(?![\w'-])[\s,.]*)+")


def read_statements(doc: Doc, attributor: _Attributor | None = None) -> list[Statement]:
    """The quotes of a document that someone is said to have spoken, with their speakers
    (resolved by ``attributor``, a new one of the document where none is given)."""
    text = doc.text
    # every match of _SAID_COLON holds a colon: most texts need no search
    colon = _colon_quotes(text) if ":" in text and _SAID_COLON.search(text) else []
    single = _single_quotes(text)
    if not colon and not single and not _has_quote_mark(text, 0, len(text)):
        return []
    quotes = sorted([*find_quotes(text), *colon, *single], key=lambda q: q.open_at)
    nicknames = _nickname_marks(text)
    if attributor is None:
        attributor = _Attributor(doc)
    drafts: list[_Draft] = []
    k = 0
    while k < len(quotes):
        quote = quotes[k]
        pieces = [quote]
        # A quote over several paragraphs: each paragraph opens, only the last one closes
        # (the first may open inside its paragraph: 'X said the men came at dawn. "They
        # burned ...' with no closing mark, then a paragraph that opens on a mark).
        while pieces[-1].close_at is None and k + 1 < len(quotes) \
                and quotes[k + 1].starts_paragraph and (
                    pieces[-1].starts_paragraph
                    or "\n" in text[pieces[-1].end:quotes[k + 1].open_at]
                    and not text[pieces[-1].end:quotes[k + 1].open_at].strip()):
            k += 1
            pieces.append(quotes[k])
        limit = quotes[k + 1].open_at if k + 1 < len(quotes) else len(text)
        floor = quotes[k - len(pieces)].close_at or 0 if k - len(pieces) >= 0 else 0
        post = _post_attribution(doc, pieces[-1], limit, nicknames)
        attribution_end = pieces[-1].close_at + 1 if pieces[-1].close_at is not None else \
            pieces[-1].end
        speaker: Speaker | None = None
        told: tuple[int, int] | None = None  # where the speaker is told
        if post is not None:
            told = post[0], post[1]
            speaker = attributor.resolve(post[0], post[1], pieces[0].open_at)
            if speaker is None and _ACCORDING_BEFORE.search(text, max(0, post[0] - 60), post[0]):
                speaker = attributor.body_told(post[0], post[1])
            attribution_end = post[2]
            # '"...," the statement said, "...": the quote goes on after its attribution.
            if k + 1 < len(quotes) and speaker is not None:
                nxt = quotes[k + 1]
                between = text[post[1] : nxt.open_at]
                if re.fullmatch(r"[^.!?\"\u201c\u201d]*,\s*", between) and \
                        text[nxt.start:nxt.start + 1].islower():
                    k += 1
                    pieces.append(nxt)
                    attribution_end = (nxt.close_at + 1) if nxt.close_at else nxt.end
        if speaker is None:
            pre = _pre_attribution(doc, pieces[0], floor)
            if pre is not None:
                told = pre[0], pre[1]
                speaker = attributor.resolve(pre[0], pre[1], pieces[0].open_at)
        words = sum(len(text[p.start : p.end].split()) for p in pieces)
        if speaker is None:
            # Nothing but the last statement's attribution in between: the same speaker goes on.
            last = drafts[-1] if drafts else None
            gap = text[last.attribution_end : pieces[0].open_at] if last else ""
            if last is not None and not gap.strip() and words >= MIN_QUOTE_WORDS:
                last.quotes.extend(pieces)
                last.attribution_end = attribution_end
            k += 1
            continue
        last = drafts[-1] if drafts else None
        if last is not None and len(pieces) > 1 and pieces[0].close_at is None \
                and not pieces[0].starts_paragraph \
                and last.speaker is not None and speaker.name is not None \
                and speaker.name == last.speaker.name \
                and not text[last.attribution_end:pieces[0].open_at].strip():
            # '"...," said X. "... ¶ "...," he added.': the quote that opens after the
            # attribution and goes on over the paragraph is the same speaker's, going on
            last.quotes.extend(pieces)
            last.attribution_end = attribution_end
            k += 1
            continue
        if words >= MIN_QUOTE_WORDS:
            attributor.remember(speaker)
            drafts.append(_Draft(pieces, speaker, attribution_end,
                                 anonymous=told is not None and _anonymous(text, speaker, *told),
                                 verb=_verb_beside(text, told) if told is not None else None))
        k += 1
    _complete_bare_titles(drafts, attributor)
    return [_statement(doc, d) for d in drafts]


@cache
def _verb_after_re() -> re.Pattern[str]:
    return re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:also|then|further|later|had|has|have|would|"
                      rf"will)[^\S\n]+)?(?P<verb>{speech_lexicon().verb_alt})\b", re.IGNORECASE)


@cache
def _verb_before_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<verb>{speech_lexicon().verb_alt}|according\s+to)[^\S\n]*,?[^\S\n]*$",
                      re.IGNORECASE)


def _verb_beside(text: str, told: tuple[int, int]) -> str | None:
    """The speech verb right after or right before where a speaker is told ("X said", "said
    X", "according to X"), as the report writes it."""
    # ("said X, the mayor, adding that ...": the verb before the speaker, where one is)
    m = _verb_before_re().search(text, max(0, told[0] - 30), told[0])
    if m is None:
        m = _verb_after_re().match(text, told[1])
    return " ".join(m.group("verb").lower().split()) if m is not None else None


def _bare_title(speaker: Speaker) -> bool:
    """Whether a person is told only by a rank or title ("said Gen. Jane Roe.")."""
    return speaker.person and speaker.name is not None and speaker.organisation is None and (
        speaker.role is None or speech_lexicon().title_re.fullmatch(speaker.role + " ")
        is not None)


def _complete_bare_titles(drafts: list[_Draft], attributor: _Attributor) -> None:
    """Give a person quoted by rank and name alone the office the text tells elsewhere: in
    another quote's attribution, or where it goes on to present them."""
    told: dict[str, Speaker] = {}
    for draft in drafts:
        speaker = draft.speaker
        if speaker is not None and speaker.person and speaker.name and not _bare_title(speaker):
            told.setdefault(speaker.name, speaker)
    for draft in drafts:
        speaker = draft.speaker
        if speaker is None or not _bare_title(speaker) or speaker.role is None \
                or speaker.name is None:
            continue
        known = told.get(speaker.name) or attributor.introduced_later(
            speaker.name.split()[-1], draft.attribution_end)
        if known is not None and known.name == speaker.name:
            draft.speaker = Speaker(speaker.name, known.role, known.organisation, True)


#: A speaker not named at their wish: "said on condition of anonymity", "who declined to
#: be named", "speaking anonymously", "who was not authorised to speak to the media".
_ANONYMITY = re.compile(
    r"\b(?:(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+)?(?:anonymity|not\s+being\s+named)"
    r"|(?:declined|refused|asked|asking|requested|wished)\s+(?:not\s+)?(?:to\s+be\s+)?"
    r"(?:named|identified|anonymity)|did\s+not\s+want\s+to\s+be\s+(?:named|identified)"
    r"|(?:declined|refused|asked|asking)\s+(?:not\s+)?to\s+give\s+(?:his|her|their)"
    r"\s+(?:full\s+)?names?"
    r"|(?:speaking|spoke)\s+anonymously|requesting\s+anonymity|anonymous"
    r"|(?:not|un)\s*authori[sz]ed\s+to\s+(?:speak|talk|brief))\b", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whom)\b.*$", re.DOTALL)
#: A speaker described as a source is one the report does not name: "a security source".
#: (a source in a body told: "a security source in the Interior Ministry")
_SOURCE_ROLE = re.compile(
    r"\bsources?(?:\s+(?:in|at|of|from|with|within|inside|close\s+to)\s.*)?$", re.IGNORECASE)


#: A source told again without its description: "the source said", "one of the sources".
_BARE_SOURCE = re.compile(r"^(?:(?:the|a|one|one\s+of\s+the|another)\s+)?sources?$",
                          re.IGNORECASE)
#: A source as a report first describes it: "a security source", "two military sources".
_SOURCE_TOLD = re.compile(r"\b([a-z][a-z-]+)\s+sources?\b")
_NOT_SOURCE_KINDS = frozenset({
    "the", "a", "an", "one", "two", "three", "four", "five", "several", "multiple", "other",
    "these", "those", "of", "said", "to", "same", "his", "her", "their", "its", "our", "and",
    "informed", "anonymous", "some", "many", "both", "main", "news", "open",
})


def _bare_source(speaker: Speaker) -> bool:
    told = speaker.role if speaker.name is None else speaker.name
    return bool(told) and _BARE_SOURCE.match(" ".join((told or "").split())) is not None


def _source_described(text: str, at: int) -> str | None:
    """The description of the last source told before ``at`` ("security source" of "a
    security source said"), for a later "the source said"."""
    kind = None
    for m in _SOURCE_TOLD.finditer(text, 0, at):
        if m.group(1) not in _NOT_SOURCE_KINDS:
            kind = m.group(1)
    return f"{kind} source" if kind else None


def _anonymous(text: str, speaker: Speaker, start: int, end: int) -> bool:
    """Whether the speaker told at ``text[start:end]`` goes unnamed at their wish: no name,
    and a source, or anonymity asked for in the words of the attribution's sentence."""
    if _bare_source(speaker):
        return True
    if speaker.name is not None or not speaker.role:
        return False
    if _SOURCE_ROLE.search(speaker.role) or _ANONYMITY.search(speaker.role):
        # (", who asked not to be named" told with the speaker, a sentence before the quote)
        return True
    stop = len(text)
    for mark in (".", "\n", "\u201c", '"'):
        k = text.find(mark, end)
        if k >= 0:
            stop = min(stop, k)
    return _ANONYMITY.search(text, start, stop) is not None


# "Interior Minister", "Kenya's Defence Minister", "Deputy Foreign Minister": the ministry
# is named by the words before the title ("Prime Minister" heads no ministry of that name)
_MINISTER_OF_FIELD = re.compile(
    r"^(?!.*\bPrime\b)(?:(?:the|a|an)\s+)?(?P<country>[A-Z][\w\u2019'-]*(?:\u2019s|'s)\s+)?"
    r"(?:(?:Deputy|Acting|Assistant|State|Junior)\s+)?"
    r"(?!(?:Prime|First|Chief|Senior|Cabinet|Former|Foreign\s+Secretary)\b)"
    r"(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})\s+Minister$")
# "Minister of Interior", "Minister for Foreign Affairs": the ministry of that field
_MINISTER_FOR = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:Deputy|Acting|Assistant)\s+)?Minister\s+(?P<of>of|for)\s+"
    r"(?!State\b)(?P<field>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})$")


def ministry_of(role: str | None) -> str | None:
    """The ministry a minister's title names ("Interior Minister" -> "Interior Ministry",
    "Minister of Defence" -> "Ministry of Defence"), for a speaker told with no other
    organisation."""
    if not role:
        return None
    role = " ".join(role.split())
    m = _MINISTER_OF_FIELD.match(role)
    if m is not None:
        return f"{m.group('country') or ''}{m.group('field')} Ministry"
    m = _MINISTER_FOR.match(role)
    if m is not None:
        return f"Ministry {m.group('of')} {m.group('field')}"
    return None


def _statement(doc: Doc, draft: _Draft) -> Statement:
    text = doc.text
    pieces = [(q.start, q.end) for q in draft.quotes]
    trimmed = []
    for n, (s, e) in enumerate(pieces):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # The comma before '" she said' belongs to the sentence around the quote.
        if n == len(pieces) - 1 and e > s and text[e - 1] == ",":
            e -= 1
        trimmed.append((s, e))
    chunks = []
    for n, (s, e) in enumerate(trimmed):
        chunk = text[s:e]
        # '"... a human life," she said. "Parties must ...": two sentences of one quote.
        if n + 1 < len(trimmed) and chunk.endswith(",") and text[trimmed[n + 1][0]].isupper():
            chunk = chunk[:-1] + "."
        chunks.append(chunk)
    quote = " ".join(chunks)
    quote = re.sub(r"\s+", " ", quote).strip()
    speaker = draft.speaker or Speaker(None)
    name, role = speaker.name, speaker.role
    if draft.anonymous and _bare_source(speaker):
        # "a security source said ... 'the source said'": the source as first described
        name = role = _source_described(text, draft.quotes[0].open_at) or "source"
    elif draft.anonymous and name is None and role:
        # "a police official said on condition of anonymity": the one told, as told, without
        # the clause that asks not to be named ("a local official, who asked not to be named")
        name = role = _RELATIVE_CLAUSE.sub("", role) or role
    return Statement(
        doc_id=doc.doc_id,
        speaker=name,
        quote=quote,
        role=role,
        organisation=speaker.organisation or ministry_of(speaker.role),
        evidence=[Evidence(doc.doc_id, s, e, text[s:e]) for s, e in trimmed],
        extractor=EXTRACTOR,
        anonymous=draft.anonymous,
        verb=draft.verb,
    )


# --- reported speech -------------------------------------------------------------------------

#: Verbs a translated release puts before the one who spoke: "Explained the official in the
#: ministry that ...", "He said the spokesman of the cell, ..., that ...".
_VERB_FIRST_VERBS = ("said", "added", "stated", "confirmed", "explained", "noted", "indicated",
                     "stressed", "affirmed", "clarified", "announced", "pointed", "told")
#: The verb opening a sentence, perhaps after "And" or a pronoun (one anchored look).
_VERB_FIRST_START = re.compile(
    rf"\s*(?:(?:And|He|She|It|They)[^\S\n]+)?(?i:{'|'.join(_VERB_FIRST_VERBS)})\b")
#: The verb, the one who spoke (a body, a role and the name set off by commas, or one
#: described, ", who asked not to be named," too), perhaps the outlet told ("for Shafaq
#: News") and how, then "that" and what was said: "And added the statement that ...",
#: "Confirmed the source for Shafaq News that ...".
_VERB_FIRST_WHO = (
    r"(?P<who>(?:the|a|an|The|A|An)[^\S\n]+[a-z][^;:\"\u201c\u201d\n]{1,160}?)"
    r"(?:[^\S\n]+(?:for|to)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w&'-]*"
    r"(?:[^\S\n]+[A-Z][\w&'-]*){0,3})?"
    r"(?:[^\S\n]+(?:in|during|at)[^\S\n]+(?:a|an|the)[^\S\n]+(?:[a-z]+[^\S\n]+)?"
    r"(?:statement|release|press[^\S\n]+conference|briefing|interview|communiqu[e\u00e9]))?")
_VERB_FIRST_OPENING = (
    r"(?:(?:And|(?P<pronoun>He|She|It|They))[^\S\n]+)?"
    rf"(?P<verb>(?i:{'|'.join(v for v in _VERB_FIRST_VERBS if v != 'pointed')}|pointed"
    r"[^\S\n]+out))[^\S\n]+")
_REPORTED_VERB_FIRST = re.compile(
    rf"{_VERB_FIRST_OPENING}{_VERB_FIRST_WHO},?[^\S\n]+that[^\S\n]+"
    r"(?P<what>[^\n]+?)[^\S\n]*[.!]?$(?P<comma>(?!))?")


#: The same before a quote: 'Added the official in the ministry: "..."'.
_QUOTE_AFTER_VERB_FIRST = re.compile(
    rf"\s*{_VERB_FIRST_OPENING}{_VERB_FIRST_WHO},?[^\S\n]*[:,]?[^\S\n]*(?:that[^\S\n]*)?$")


def _verb_first(sentence: str) -> bool:
    """Whether a sentence opens on a speech verb, perhaps after "And" or a pronoun: the
    order a translated release writes ("Explained the official ..."); the exact test before
    ``_REPORTED_VERB_FIRST`` runs."""
    return _VERB_FIRST_START.match(sentence) is not None


#: Verbs that report words without quoting them; a sentence holds one of these words
#: before any pattern below is tried on it.
_REPORTING_VERBS = ("said", "says", "told", "added", "stated", "announced", "confirmed",
                    "claimed", "denied", "warned", "insisted", "acknowledged", "reported")
_REPORTING_ALT = "|".join(_REPORTING_VERBS)
#: What a sentence that reports words holds, one at least: one of the verbs ("reported" in
#: any use: "reported in a statement that ...", "..., the agency reported late Tuesday.").
_REPORTING_GATE = (*_REPORTING_VERBS, "ccording", "denies", "rejected", "rejects")
#: What a text holds where a sentence of it may open on its verb (``_verb_first``), looked
#: for only where it holds none of ``_REPORTING_GATE``.
_VERB_FIRST_GATE = (*(verb for verb in _VERB_FIRST_VERBS if verb not in _REPORTING_GATE),
                    *(verb.capitalize() for verb in _VERB_FIRST_VERBS))
#: A word every word of ``_REPORTING_GATE`` and ``_VERB_FIRST_GATE`` holds in lower case, one
#: at least: "reject" for "rejected" and "rejects", "said" for "Said".
_REPORT_LOOKS = tuple(dict.fromkeys(
    "reject" if verb.startswith("reject") else "deni" if verb.startswith("deni")
    else verb.lower() for verb in (*_REPORTING_GATE, *_VERB_FIRST_GATE)))


def _may_report(text: str) -> bool:
    """Whether ``text`` holds a word of ``_REPORTING_GATE`` or ``_VERB_FIRST_GATE``. The text
    in lower case is searched first for the fewer words of ``_REPORT_LOOKS`` (a text holding
    none of them holds none of the gates' words), the gates' words only where one is found."""
    lowered = text.lower()
    for look in _REPORT_LOOKS:
        if look in lowered:
            break
    else:
        return False
    return any(verb in text for verb in _REPORTING_GATE) or any(
        verb in text for verb in _VERB_FIRST_GATE)


#: How and where the words were told, between the verb and what was told: "in a
#: statement on Tuesday", "told Reuters by phone", "told the newspaper".
_TOLD_HOW = r"(?:[^\S\n]+(?!that\b)[^\s,;:\"\u201c\u201d]+){0,8}?"
#: Where the words were posted, told of by a clause of its own before what was said: "on a
#: website that it runs that ...", "in a video that the group posted that ..." (the first
#: "that" opens a clause about the website, the second what was said).
_MEDIUM_OF_ITS_OWN = (
    r"(?:(?<=website)|(?<=channel)|(?<=account)|(?<=page)|(?<=site)|(?<=post)|(?<=video)|"
    r"(?<=message)|(?<=newspaper)|(?<=station)|(?<=outlet)|(?<=feed))"
    r"[^\S\n]+that[^\S\n]+(?:it|they|he|she|(?:the|its|their)(?:[^\S\n]+[a-z]+){1,2})"
    r"[^\S\n]+(?:[a-z]+[^\S\n]+)?"
    r"(?:runs|run|uses|use|used|controls|control|operates|operate|maintains|manages|posted|"
    r"issued|published|released|shared|circulated|distributed|sent|carried|belongs[^\S\n]+to|"
    r"is[^\S\n]+linked[^\S\n]+to|is[^\S\n]+affiliated[^\S\n]+with)"
    # (and where or when: "posted online", "shared on Telegram", "runs on Sunday")
    r"(?:[^\S\n]+(?:online|on[^\S\n]+[A-Z][\w-]*))?")
#: Words in the part before the verb that make it no speaker: a clause ("a man who police
#: said was ...", "after the army said ...").
_NO_SPEAKER_WORDS = re.compile(
    r"\b(?:who|whom|which|whose|when|after|before|because|although|while|if|as|since|until|"
    r"was|were|is|are|had|has|have|been|not|no)\b", re.IGNORECASE)
#: "The ministry said (in a statement) that ...", "A resident told Reuters by phone that ...":
#: who, the verb, then "that" and what was said, to the sentence's end. The speaker opens
#: the sentence or follows a comma ("On Tuesday, the army said that ...").
_REPORTED_THAT = re.compile(
    rf"(?:^|,[^\S\n]+)(?P<who>[A-Za-z][^,;:\"\u201c\u201d()\n]{{0,100}}?"
    # ("The Arakan Rohingya Salvation Army (ARSA) said": its short form in brackets)
    rf"(?:[^\S\n]+\([A-Za-z.&'-]{{1,15}}\))?)"
    # (", who asked not to be named because ...,": told of the speaker, no speaker)
    rf"(?:,[^\S\n]+(?:who|whom)\b[^;:\"\u201c\u201d()\n]{{1,160}}?,)?(?P<comma>,)?[^\S\n]+"
    rf"(?:(?:also|further|later|then|earlier)[^\S\n]+)?(?P<verb>{_REPORTING_ALT})\b"
    rf"{_TOLD_HOW}(?:{_MEDIUM_OF_ITS_OWN})?"
    # ("told Radio Kano, which aired the interview on Sunday, that ...": of the outlet)
    rf"(?:,[^\S\n]+(?:which|who)\b[^,;:\"\u201c\u201d\n]{{1,100}}?,)?"
    rf",?[^\S\n]+that[^\S\n]+(?P<what>[^\n]+?)[^\S\n]*[.!]?$")
#: The number words that may open what was said after a bare verb: every cardinal and every
#: fixed or vague count the quantities stage reads ("eleven", "twenty", "a dozen", "scores
#: of", "dozens").
_BARE_NUMBER_WORDS = _alt([*number_words().cardinals, *(
    " ".join(words) for words in (*number_words().fixed, *number_words().vague))])
#: A clause opening on a force or side told by its plural noun with no determiner, then its
#: verb: "troops killed", "federal forces had retaken", "Russian forces shot down" (one word
#: before the noun at most; not any plural noun: "said wardens drowned" is left unread).
_BARE_NOUN_CLAUSE = (
    r"(?:[A-Za-z][\w'-]*[^\S\n]+)?(?:troops|forces|soldiers|police|policemen|militants|"
    r"insurgents|rebels|fighters|gunmen|attackers|assailants|jihadists|terrorists|bandits|"
    r"militiamen|extremists)[^\S\n]+(?:had|have|has|were|are|will|would|could|shot|hit|struck|"
    r"took|fought|fled|overran|lost|held|caught|sent|won|[a-z]{3,}ed)\b")
#: "The army said seven soldiers were killed", "Police told reporters three suspects were
#: held": the words right after the verb (and whom, or the day), without "that", where they
#: open as a clause does (a determiner, a number, a pronoun or a name).
_REPORTED_BARE = re.compile(
    r"(?:^|,[^\S\n]+)(?P<who>[A-Za-z][^,;:\"\u201c\u201d()\n]{0,100}?"
    r"(?:[^\S\n]+\([A-Za-z.&'-]{1,15}\))?)"
    # ("The rebels, who hold the hills, said they ...": told of the speaker, no speaker)
    r"(?:,[^\S\n]+(?:who|whom)\b[^;:\"\u201c\u201d()\n]{1,160}?,)?(?P<comma>,)?[^\S\n]+"
    r"(?:(?:also|further|later|then|earlier)[^\S\n]+)?(?:(?P<verb>said|says|added|confirmed|"
    r"announced|claimed|warned|insisted)|(?P<verb_told>told)[^\S\n]+(?:reporters|journalists|"
    r"[A-Z][\w.&-]*))"
    r"(?:[^\S\n]+on[^\S\n]+[A-Z][a-z]+day)?[^\S\n]+"
    r"(?P<what>(?:(?:the|a|an|its|their|his|her|it|they|he|she|there|some|all|no|none|"
    rf"several|many|at\s+least|more\s+than|about|nearly|only|[0-9]+|{_BARE_NUMBER_WORDS})\b"
    # ("The army said troops killed 30", "said federal forces had retaken the town": a noun
    # of one or two words and its verb; not "is said to have", "said in Kabul")
    rf"|(?P<bare_noun>{_BARE_NOUN_CLAUSE}))[^\n]+?)[^\S\n]*[.!]?$")
#: What a sentence holds where ``_REPORTED_BARE`` may match it: one of its verbs.
_BARE_VERBS = ("said", "says", "added", "confirmed", "announced", "claimed", "warned",
               "insisted", "told")
#: Where the words were told, a town by its name: "told reporters in Kampala".
_SPOKEN_IN = r"(?:[^\S\n]+in[^\S\n]+[A-Z][\w'\u2019-]+(?:[^\S\n]+[A-Z][\w'\u2019-]+)?)"
#: "Three drivers were killed, a transport union official said.": what was said, then who
#: said it and the verb (or the verb and who), closing the sentence.
_REPORTED_AFTER = re.compile(
    rf"^(?P<what>[A-Z][^\n]+?),[^\S\n]+(?:(?P<who>[A-Za-z][^,;:\"\u201c\u201d()\n]{{0,80}}?)"
    rf"[^\S\n]+(?P<verb>{_REPORTING_ALT})"
    # ("..., police spokesman X told reporters in Kampala.": whom, and where he spoke)
    rf"(?:[^\S\n]+(?:reporters|journalists))?{_SPOKEN_IN}?"
    rf"(?:[^\S\n]+(?:on|late|early)[^\S\n]+[A-Z]\w+)?"
    # ("..., U.S. Central Command said in a statement.": how the words were given)
    rf"(?:[^\S\n]+(?:in|through|via)[^\S\n]+(?:a|an|the|its|their)[^\S\n]+"
    rf"(?:[\w-]+[^\S\n]+){{0,2}}?(?:statement|release|communiqu[e\u00e9]|post|briefing|"
    rf"(?:press|news)[^\S\n]+conference)(?:[^\S\n]+on[^\S\n]+[A-Z]\w+)?)?"
    rf"|(?P<verb_first>said|told)[^\S\n]+(?P<who_after>[A-Za-z][^;:\"\u201c\u201d()\n]{{0,100}}?)"
    # "..., Musa Bello, a police spokesman, said.": the name, then the role set off by commas
    rf"|(?P<who_named>[A-Z][\w'\u2019.-]*(?:[^\S\n]+{_NAME_TOKEN}){{1,4}},[^\S\n]+"
    rf"[A-Za-z][^,;:\"\u201c\u201d()\n]{{0,80}}?),[^\S\n]+(?P<verb_named>{_REPORTING_ALT})"
    # (whom, how and when: "told reporters", "said by phone", "said later on Saturday")
    rf"(?:[^\S\n]+(?:reporters|journalists|by[^\S\n]+(?:tele)?phone))?{_SPOKEN_IN}?"
    rf"(?:[^\S\n]+(?:later|earlier))?(?:[^\S\n]+(?:on|late|early)[^\S\n]+[A-Z]\w+)?)"
    # ("..., the army said, adding that ...": more words the speaker went on to tell)
    rf"(?:,[^\S\n]+(?:adding|saying|noting)[^\S\n]+that[^\S\n]+[^\n]+?)?"
    rf"[^\S\n]*[.!]?$")
#: How a report names whose figures or words it gives, after "according to": the body, or
#: the statement or figures it issued ("according to a statement from the ministry").
_ACCORDING_WHO = (
    r"[Aa]ccording[^\S\n]+to[^\S\n]+(?:(?:a|an|the|its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:statement|communiqu[e\u00e9]|release|bulletin|report|figures|data|tally|toll)"
    r"(?:[^\S\n]+(?:issued|released|published|compiled))?[^\S\n]+(?:from|by|of)[^\S\n]+)?"
    r"(?P<who>[A-Za-z][^,;:\"\u201c\u201d()\n]{1,80}?)")
#: The marks that open or close a quotation.
_QUOTATION_MARKS = ('"', "\u201c", "\u201d")
#: "Five people died, according to the health ministry.": what was told, then whose words
#: they are.
_ACCORDING_CLOSING = re.compile(
    rf"^(?P<what>[A-Z][^\n]+?),[^\S\n]+{_ACCORDING_WHO}[^\S\n]*[.!]?$")
#: "According to the health ministry, five people died.": whose words, then the words.
_ACCORDING_OPENING = re.compile(
    rf"^{_ACCORDING_WHO},[^\S\n]+(?P<what>[^\n]+?)[^\S\n]*[.!]?$")
#: "according to Jane Roe, the provincial police chief": a name, then the role set off by
#: commas (the role must hold a role noun, looked for after the match).
_ACCORDING_NAMED = (
    rf"[Aa]ccording[^\S\n]+to[^\S\n]+(?P<who>[A-Z][\w'\u2019.-]*(?:[^\S\n]+{_NAME_TOKEN}){{1,4}},"
    r"[^\S\n]+(?P<role>(?:the|a|an)[^\S\n]+[^,;:\"\u201c\u201d()\n]{1,80}?))")
#: "Eight policemen died, according to Jane Roe, the provincial police chief."
_ACCORDING_NAMED_CLOSING = re.compile(
    rf"^(?P<what>[A-Z][^\n]+?),[^\S\n]+{_ACCORDING_NAMED}[^\S\n]*[.!]?$")
#: "According to Jane Roe, the provincial police chief, eight policemen died."
_ACCORDING_NAMED_OPENING = re.compile(
    rf"^{_ACCORDING_NAMED},[^\S\n]+(?P<what>[^\n]+?)[^\S\n]*[.!]?$")
#: "The army denied involvement in the attack", "X rejected the accusations": a denial told
#: by what was denied, with no clause of its own (a denial "that ..." is read as any "said
#: that ...").
_REPORTED_DENIAL = re.compile(
    r"(?:^|,[^\S\n]+)(?P<who>[A-Za-z][^,;:\"\u201c\u201d()\n]{0,100}?"
    r"(?:[^\S\n]+\([A-Za-z.&'-]{1,15}\))?)(?P<comma>,)?[^\S\n]+"
    r"(?:(?:also|further|later|then|earlier|again|strongly|flatly|swiftly|quickly)[^\S\n]+)?"
    r"(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?(?P<verb>denied|denies|rejected|rejects)"
    r"[^\S\n]+(?P<what>(?:any[^\S\n]+|all[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?"
    # ("denied targeting civilians": what they are said to have done)
    r"(?:involvement|responsibility|role|part|links?|ties|wrongdoing|[a-z]{2,}ing|"
    r"(?:the|these|those|such)[^\S\n]+(?:[a-z'\u2019-]+[^\S\n]+){0,2}?(?:claims?|accusations?|"
    r"allegations?|reports?|charges?|account))\b[^\n]*?)[^\S\n]*[.!]?$")
#: A second deed joined to what was denied: "... and blamed the army", ", saying ...",
#: ", but ...".
_ANOTHER_DEED = re.compile(
    r",?[^\S\n]+(?:and|but)[^\S\n]+(?:instead[^\S\n]+)?(?:blamed|accused|said|called|vowed|"
    r"added|insisted|warned|urged|demanded|claimed|pointed)\b|,[^\S\n]+(?:saying|adding|insisting)\b"
    # ("denied the allegations, but the government has opened an inquiry": another's deed)
    r"|,[^\S\n]+(?:but|while|whereas|although)\b|;")
#: Verbs of a denial: what ``_REPORTED_DENIAL`` needs, one of them at least.
_DENIAL_VERBS = ("denied", "denies", "rejected", "rejects")
#: "Al-Shabaab claimed responsibility for the attack": a claim, told by what was claimed with
#: no clause of its own (a claim "that ..." is read as any "said that ...").
_REPORTED_CLAIM = re.compile(
    r"(?:^|,[^\S\n]+)(?P<who>[A-Za-z][^,;:\"\u201c\u201d()\n]{0,100}?"
    r"(?:[^\S\n]+\([A-Za-z.&'-]{1,15}\))?)(?P<comma>,)?[^\S\n]+"
    r"(?:(?:later|then|quickly|swiftly)[^\S\n]+)?(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?"
    r"(?P<verb>claimed|claims)[^\S\n]+(?P<what>(?:responsibility|credit)\b[^\n]*?)"
    # ("... in a statement on its website": how the claim was made, no part of it)
    r"(?:[^\S\n]+(?:in|on|through|via)[^\S\n]+(?:a|an|its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:statement|post|message|video|communiqu[e\u00e9]|channel|website)\b[^\n]*?)?"
    r"[^\S\n]*[.!]?$")
#: What every match of ``_REPORTED_CLAIM`` holds, looked for before it runs.
_CLAIM_GATES = ("claimed responsibility", "claims responsibility", "claimed credit",
                "claims credit")


#: A dateline opening the words: a town in capitals, perhaps a date, then a dash.
_DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?:[^\S\n]+[A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2})?(?:[^\S\n]+\([^)\n]{1,30}\))?"
    r"[^\S\n]*[-\u2013\u2014][^\S\n]*")
#: A relative clause that tells of a speaker: "who survived the attack".
_WHO_CLAUSE = re.compile(r"[^\S\n]+(?:who|whom)\b")


def _reporting_sentences(doc: Doc, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences that may report words: a reporting verb in them, no quotation mark,
    and outside every quote."""
    text = doc.text
    # A sentence overlaps a quote where, of the quotes that start before its end, the one
    # that reaches furthest ends after its start: bisection, not a scan of every quote.
    quoted = sorted(quoted)
    starts = [q_start for q_start, _ in quoted]
    reach: list[int] = []
    for _, q_end in quoted:
        reach.append(max(q_end, reach[-1]) if reach else q_end)
    found = []
    for start, end in doc.sentences:
        sentence = text[start:end]
        if not any(verb in sentence for verb in _REPORTING_GATE) and not _verb_first(sentence):
            continue
        k = bisect_left(starts, end)
        if k and reach[k - 1] > start:
            continue
        found.append((start, end))
    return found


#: A name (a title or rank perhaps before it) that opens a sentence, then a comma: "Brigadier
#: General Nabil Abdallah, ".
_NAME_THEN_COMMA = re.compile(rf"[A-Z][\w'\u2019.-]*(?:[^\S\n]+{_NAME_TOKEN}){{1,6}},[^\S\n]+")
#: What closes a dateline after its date or town: the agency in brackets, then the dash.
_DATELINE_CLOSE = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*[-\u2013\u2014:]?\W*")


def _after_dateline(text: str, line: list[int] | None, start: int, end: int) -> int:
    """Where the words of a sentence open that starts in the report's dateline (``line``):
    after the dateline, the agency in brackets and the dash ("KADUNA, March 12 (Reuters) -
    Seven persons died ..."); ``start`` where it does not start there."""
    if not line or not start <= line[1] < end:
        return start
    return _DATELINE_CLOSE.match(text, line[1], end).end()  # type: ignore[union-attr]


def read_reported(doc: Doc, quotes: list[Statement] | None = None,
                  releases_of: _Attributor | None = None) -> list[Statement]:
    """Words a document reports someone said without quoting them: "The ministry said in a
    statement that ...", "..., a resident said.". ``quotes`` are the document's quoted
    statements (:func:`read_statements`, read when not given): a sentence that holds one is
    read as a quote; one that holds only a quoted word or two ('said the post was "completely
    destroyed"') reports the words around them. The releases the text introduces are read
    once, shared with ``releases_of`` where the quotes' attributor is given."""
    text = doc.text
    # each match holds one of the verbs: most texts need no look at their sentences
    if not _may_report(text):
        return []
    if quotes is None:
        quotes = read_statements(doc)
    quoted = [(e.start, e.end) for q in quotes for e in q.evidence]
    line = doc.document.metadata.get("dateline_span") if doc.document else None
    # (a sentence that opens in the dateline is read from where the dateline ends:
    # "DHAKA, Oct 8 (Reuters) - Police said ...", "DHAKA, Bangladesh, Oct." cut off as a
    # sentence of its own before "8 (AP) - Two men ...")
    told_at = []
    for start, end in _reporting_sentences(doc, quoted):
        start = _after_dateline(text, line, start, end)
        if start < end and (told := _reported_in(text, start, end)) is not None:
            told_at.append((start, told))
    if not told_at:
        return []
    attributor = _Attributor(doc, releases_of)
    found: list[Statement] = []
    for start, ((w_start, w_end), (s, e), verb) in told_at:
        lead = _DATELINE_LEAD.match(text, s, e)
        if lead is not None:
            s = lead.end()  # "DHAKA, Oct. 8 — Two men were killed ...", no dateline read
        # (the releases and people told before the sentence, not in it)
        speaker = attributor.resolve(w_start, w_end, min(start, w_start))
        if speaker is None or (speaker.name is None and speaker.role is None):
            continue
        if verb == "according to" and speaker.name is None and not _names_a_role(
                speaker.role or ""):
            continue  # "according to a timetable agreed last year": no one who told it
        attributor.remember(speaker)
        anonymous = _anonymous(text, speaker, w_start, w_end)
        name, role = speaker.name, speaker.role
        if anonymous and _bare_source(speaker):
            name = role = _source_described(text, s) or "source"
        elif anonymous and name is None and role:
            name = role = _RELATIVE_CLAUSE.sub("", role) or role
        countered = _CLAIM_COUNTERED.search(text, s, e) if any(
            word in text[s:e] for word in _CLAIM_WORDS) else None
        if countered is not None:
            e = countered.start()  # (the counter-claim is no part of the claim)
        elif any(word in text[s:e] for word in _COMMENT_WORDS) and (
                comment := _CLAIM_COMMENT.search(text, s, e)) is not None and (
                len(text[s:comment.start()].split()) >= MIN_QUOTE_WORDS):
            e = comment.start()  # (the report's word on the claim is no part of it)
        found.append(Statement(
            doc_id=doc.doc_id, speaker=name, quote=" ".join(text[s:e].split()), role=role,
            organisation=speaker.organisation or ministry_of(speaker.role),
            evidence=[Evidence(doc.doc_id, s, e, text[s:e])], extractor=EXTRACTOR,
            anonymous=anonymous, reported=True, verb=verb))
        if countered is not None and (other := attributor.resolve(
                countered.start("who"), countered.end("who"), countered.start("who"))) \
                is not None and (other.name or other.role):
            # "..., a claim the army rejected.": the other side denies the same words
            found.append(Statement(
                doc_id=doc.doc_id, speaker=other.name, quote=" ".join(text[s:e].split()),
                role=other.role, organisation=other.organisation or ministry_of(other.role),
                evidence=[Evidence(doc.doc_id, s, e, text[s:e])], extractor=EXTRACTOR,
                reported=True, verb=countered.group("verb")))
    return found


#: The nouns a report names a told claim by.
_CLAIM_NOUNS = ("claim", "account", "assertion", "version")
#: A claim told, then the side that denies it, closing the sentence: "..., a claim the army
#: rejected", "..., an account the rebels have disputed".
_CLAIM_COUNTERED = re.compile(
    rf",[^\S\n]+(?:a|an)[^\S\n]+(?:{'|'.join(_CLAIM_NOUNS)})[^\S\n]+(?:that[^\S\n]+)?"
    r"(?P<who>(?:the|its|their)?[^\S\n]*[A-Za-z][^,;:\"\u201c\u201d()\n]{0,80}?)[^\S\n]+"
    r"(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+|later[^\S\n]+|quickly[^\S\n]+)?"
    r"(?P<verb>rejected|denied|disputed|dismissed|contested)[^\S\n]*$")
#: What a sentence holds where ``_CLAIM_COUNTERED`` may match it.
_CLAIM_WORDS = _CLAIM_NOUNS
#: The report's own word on a claim it tells, set off by a comma and closing the sentence:
#: "..., a claim that could not be verified", "..., which could not be independently
#: verified", "..., an allegation the army has not addressed".
_CLAIM_COMMENT = re.compile(
    r",[^\S\n]+(?:(?:a|an)[^\S\n]+(?:(?:unverified|unconfirmed|unsubstantiated)[^\S\n]+)?"
    rf"(?:{'|'.join(_CLAIM_NOUNS)}|allegation)\b"
    r"|(?:which|something[^\S\n]+(?:that|which))[^\S\n]+(?:[a-z'\u2019]+[^\S\n]+){0,4}?"
    r"(?:verified|confirmed|corroborated|substantiated)\b)[^\n]*$")
#: What a sentence holds where ``_CLAIM_COMMENT`` may match it.
_COMMENT_WORDS = (*_CLAIM_NOUNS, "allegation", "verified", "confirmed", "corroborated",
                  "substantiated")


#: A name that opens a sentence, perhaps with its short form in brackets, then a comma: the
#: body told before words set off by commas that tell of it.
_BODY_THEN_COMMA = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]*|[a-z]{1,3}-[A-Z][\w'\u2019-]*|"
    r"of|the|for|and|bin|ibn|de|al)){0,7}(?:[^\S\n]+\([A-Za-z.&'-]{1,15}\))?),[^\S\n]+")
#: What may come between a body's name and its speech verb: its short form in brackets and
#: words set off by commas that tell of it ("JNIM (JNIM), al Qaeda's affiliate, said").
_APPOSITIVE_AFTER_NAME = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,15}\))?,[^\S\n]+[^,;:\"\u201c\u201d\n]{1,80}?,[^\S\n]+"
    r"(?:(?:also|has|had|have)[^\S\n]+)?")

#: "... condemned the attack and" before the reporting verb: a deed of the speaker's own,
#: joined to the verb by "and"
_DEED_THEN_AND = re.compile(
    r"[^\S\n]+[a-z]+ed\b[^,;\n]*?[^\S\n]+and(?:[^\S\n]+(?:also|then|later))?[^\S\n]*$")


#: Words between a verb and "that" that end on where or how the words were told: "in a
#: statement", "on its website" (a preposition before the determiner).
_TOLD_WHERE_WORDS = frozenset({"in", "on", "at", "by", "to", "from", "with", "via", "through",
                               "over", "during", "for", "of", "into", "under", "after"})
#: Nouns of words told, whose "that" opens what was told: "denied the claims that ...".
_TOLD_NOUNS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations",
                         "accusation", "accusations", "news", "rumour", "rumours", "rumor",
                         "rumors", "charge", "charges", "suggestion", "suggestions",
                         "assertion", "assertions", "fact", "belief", "view", "possibility"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "his",
                          "her"})


def _relative_that(between: str, verb: str) -> bool:
    """Whether the "that" closing ``between`` (the words from a reporting verb to what it
    tells) opens a clause of a noun the verb's words open ("He said the attack that killed
    them was planned", "said on Monday the raid that ..."), not what was said: a determiner
    and a noun or two before "that", with no preposition before the determiner (not "in a
    statement that") and no noun of words told ("denied the claims that")."""
    if verb.lower() in ("told", "warned"):
        return False  # "told the newspaper that": whom the words were told
    words = between.replace(",", " ").split()
    if words and words[-1] == "that":
        words.pop()
    for k in range(max(0, len(words) - 3), len(words) - 1):
        if words[k].lower() in _DETERMINERS:
            return (k == 0 or words[k - 1].lower() not in _TOLD_WHERE_WORDS) and (
                words[-1].lower() not in _TOLD_NOUNS)
    return False


def _reported_in(text: str, start: int, end: int
                 ) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """Where a sentence tells who spoke and what they said, and the verb that tells it:
    ((who), (what), verb)."""
    sentence = text[start:end].rstrip()
    # (each pattern runs only where the words every match of it holds are in the sentence)
    m = _REPORTED_VERB_FIRST.match(sentence) if "that" in sentence and _verb_first(
        sentence) else None
    if m is not None and m.group("pronoun") and not (
            speech_lexicon().role_re.search(sentence, *m.span("who"))
            or speech_lexicon().release_re.search(sentence, *m.span("who"))):
        # ("He said the attack that killed five was planned": "he" spoke; after a pronoun
        # the one after the verb is a role or a release)
        m = None
    if m is None and "that" in sentence:
        m = _REPORTED_THAT.search(sentence)
        if m is not None and _relative_that(sentence[m.end("verb"):m.start("what")],
                                            m.group("verb")):
            m = None
    if m is None and any(verb in sentence for verb in _BARE_VERBS):
        m = _REPORTED_BARE.search(sentence)
        if m is not None and m.group("bare_noun") and not sentence.endswith((".", "!")):
            # ("Somalia says troops repelled assault": a headline, its words no clause told)
            m = None
    if m is None and any(verb in sentence for verb in _DENIAL_VERBS):
        m = _REPORTED_DENIAL.search(sentence)
    if m is None and any(gate in sentence for gate in _CLAIM_GATES):
        m = _REPORTED_CLAIM.search(sentence)
    if m is not None:
        who, what = m.span("who"), m.span("what")
        verb = m.group("verb") or m.group("verb_told") if m.re is _REPORTED_BARE \
            else " ".join(m.group("verb").lower().split())
    else:
        m = _REPORTED_AFTER.match(sentence) if "," in sentence else None
        if m is None and "ccording" in sentence and not any(
                mark in sentence for mark in _QUOTATION_MARKS):
            # (words with a quotation mark in them are the quote reader's: 'The group calls
            # itself "Sons of the Valley", according to the police.' tells a name, no words)
            m = _ACCORDING_NAMED_CLOSING.match(sentence) or _ACCORDING_NAMED_OPENING.match(
                sentence)
            if m is not None and not speech_lexicon().role_re.search(sentence, *m.span("role")):
                m = None  # (a name, then a role that speaks: not "according to X, the army")
            if m is None:
                m = _ACCORDING_CLOSING.match(sentence) or _ACCORDING_OPENING.match(sentence)
        if m is None:
            return None
        if m.re is not _REPORTED_AFTER:
            # (not when or where it told them: "according to the ministry on Tuesday")
            told = _WHEN_OR_WHERE_SAID.split(m.group("who"), maxsplit=1)[0]
            who, verb = (m.start("who"), m.start("who") + len(told)), "according to"
        elif m.group("who_named") is not None:
            if not speech_lexicon().role_re.search(sentence, m.start("who_named"),
                                                   m.end("who_named")):
                return None  # (a name, then a role that speaks)
            who, verb = m.span("who_named"), m.group("verb_named")
        elif m.group("who") is not None:
            who, verb = m.span("who"), m.group("verb")
        else:
            who, verb = m.span("who_after"), m.group("verb_first")
        what = m.span("what")
    after = m.re in (_REPORTED_AFTER, _ACCORDING_CLOSING, _ACCORDING_OPENING,
                     _ACCORDING_NAMED_CLOSING, _ACCORDING_NAMED_OPENING)
    # ("However, the spokesperson of the ministry, Jane Roe, said": a word that links the
    # sentence to the one before is no part of the speaker)
    opener = _LINKING_OPENER.match(sentence)
    opens = opener.end() if opener is not None and opener.end() < who[0] else 0
    if not after and m.group("comma") and sentence[:who[0]].endswith(", ") \
            and _ROLE_FIRST.match(sentence, opens) and speech_lexicon().role_re.search(
                sentence, opens, who[0]):
        # "A spokesman for the group, Abdiasis Abu Musab, said ...": the role told first, then
        # the name set off by commas
        who = opens, who[1]
    elif not after and m.group("comma") and _NAME_THEN_COMMA.fullmatch(sentence, 0, who[0]) \
            and speech_lexicon().role_re.search(sentence, *who):
        # "Brigadier General Nabil Abdallah, the army spokesman, told ...": the name opens the
        # sentence, then the role set off by commas
        who = 0, who[1]
    elif not after and m.group("comma") and (
            body := _BODY_THEN_COMMA.fullmatch(sentence, 0, who[0])) is not None \
            and not speech_lexicon().role_re.search(sentence, *who):
        # "JNIM, al Qaeda's affiliate in the Sahel, said ...": the body, then words set off
        # by commas that tell of it (no role: those tell of a person)
        who = body.span("name")
    elif not after and m.group("comma"):
        return None
    if not after and (deed := _DEED_THEN_AND.search(sentence, who[0], who[1])) is not None \
            and sentence[who[0]:deed.start()][:1].isupper():
        # "Chief Minister N. Biren Singh condemned the attack and said ...": the subject of
        # both verbs speaks, not the words of the first deed
        who = who[0], deed.start()
    relative = _WHO_CLAUSE.search(sentence, *who)
    # "A cattle dealer who survived the attack told ...": the clause tells of the one who
    # spoke; the words before it must name them
    head_end = relative.start() if relative is not None and relative.start() > who[0] \
        else who[1]
    if _NO_SPEAKER_WORDS.search(sentence, who[0], head_end) is not None:
        return None
    who, what = (start + who[0], start + who[1]), (start + what[0], start + what[1])
    # (the sentence's own full stop is no part of what was said)
    w_end = what[1]
    while w_end > what[0] and text[w_end - 1] in " .!":
        w_end -= 1
    if m.re in (_REPORTED_DENIAL, _REPORTED_CLAIM) and (
            joined := _ANOTHER_DEED.search(text, what[0], w_end)) is not None:
        # "denied targeting civilians and blamed the army for the deaths": what was denied
        w_end = joined.start()
    # (a denial tells what was denied in a word or two: "denied involvement")
    if len(text[what[0]:w_end].split()) < (
            1 if m.re in (_REPORTED_DENIAL, _REPORTED_CLAIM) else MIN_QUOTE_WORDS):
        return None
    return who, (what[0], w_end), verb


#: Words a speaker quoted goes on to tell without quotation marks, in the sentence of the
#: quote: '"...," she said, adding that a third man was being sought.' (the closing mark,
#: the attribution, then the participle, "that" and the words to the sentence's end).
_ADDING_THAT = re.compile(
    r"[,.!?]?[\"\u201d\u00bb][^\"\u201c\u201d\u00ab\u00bb\n.!?]{0,160}?,[^\S\n]+(?P<verb>adding|saying|"
    r"noting|insisting|warning|explaining|stressing)[^\S\n]+that[^\S\n]+"
    r"(?P<what>[^\"\u201c\u201d\u00ab\u00bb\n]+?)[^\S\n]*(?:[.!?](?=\s|$)|(?=\n)|$)")
#: What every match of ``_ADDING_THAT`` holds, looked for before it runs.
_ADDING_GATE = "ing that"


def read_added_to_quotes(doc: Doc, quotes: list[Statement]) -> list[Statement]:
    """Words a quoted speaker goes on to tell without quotation marks in the sentence of
    their quote ('"...," she said, adding that a third man was being sought.'): the
    speaker's, reported."""
    text = doc.text
    if _ADDING_GATE not in text:
        return []
    found: list[Statement] = []
    for quote in quotes:
        if quote.reported or not quote.evidence:
            continue
        m = _ADDING_THAT.match(text, quote.evidence[-1].end)
        if m is None or len(m.group("what").split()) < MIN_QUOTE_WORDS:
            continue
        s, e = m.span("what")
        found.append(Statement(
            doc_id=doc.doc_id, speaker=quote.speaker, quote=" ".join(text[s:e].split()),
            role=quote.role, organisation=quote.organisation,
            evidence=[Evidence(doc.doc_id, s, e, text[s:e])], extractor=EXTRACTOR,
            anonymous=quote.anonymous, reported=True, verb=m.group("verb")))
    return found


@stage(EXTRACTOR, requires=("text", "sentences", "actors"), assigns=("records",))
def find_statements(doc: Doc) -> Doc:
    """Append the document's quotes, and the words it reports without quoting them, with
    speaker, role and organisation, to ``doc.records``."""
    attributor = _Attributor(doc)
    quotes = read_statements(doc, attributor)
    statements = quotes + read_reported(doc, quotes, attributor) + read_added_to_quotes(
        doc, quotes)
    if not statements:
        return doc
    return replace_doc(doc, records=(*doc.records, *statements))
