"""The document stage: clean text without moving a character, find the date line, split sentences.

Scraped articles carry debris: an image caption and a photo credit above the
headline ("ISIS\\nISISReuters"), a header such as " date 2023-03-03 Outlet/",
"Photo: AFP" lines. Debris becomes metadata and is blanked with spaces in
``Doc.text``, so every offset a later stage records is also an offset into the
stored document text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from eventcoder.dates import date_words, find_dateline, parse_date_text, wire_date_span
from eventcoder.mentions import Doc, replace_doc, text_chunks
from eventcoder.patterns import literal_alternation
from eventcoder.records import Document, Evidence, replacer
from eventcoder.registry import stage

# A scraper header carrying the publication date and the outlet: " date 2023-03-03 Outlet/".
_DATE_HEADER = re.compile(
    r"\A\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<source>[^/\n]{2,80}?)\s*/\s*"
)
# Photo agencies whose names end a caption line ("ISISReuters", "Photo: AFP").
_CREDIT = re.compile(
    r"(?:Reuters|AFP|AP Photo|Associated Press|Getty Images|EPA(?:-EFE)?|Anadolu(?: Agency)?|"
    r"Xinhua|Shutterstock|AP|File photo|Handout)\s*$"
)
_CAPTION_LINE = re.compile(
    r"^[ \t]*(?:\(?(?:Photo|Image|Picture|Credit|File photo|Photograph)\b[^\n]{0,200})$",
    re.IGNORECASE | re.MULTILINE,
)
# Words one of which a caption line holds, lower-cased: in ASCII text, where case-blind
# matching is matching the lower case, a text with none of them has no caption line.
_CAPTION_WORDS = ("photo", "image", "picture", "credit")
_LINE = re.compile(r"[^\n]*\n?")
#: How far into the body a publication date line is looked for.
DATELINE_REACH = 240
# What every date line looks like: a short first line ("3 March 2023 | 14:05"), a label
# ("Published:"), a separator ("By Jane Doe | March 3"), or an upper-case place ("BAGHDAD,").
_OPENING = (
    r"\A\s*(?:[^\n]{0,150}\n|[A-Z][A-Z.'\- ]{2,40},"
    # "Mogadishu, 8 March (", "Srinagar, Nov 17 (", "Ouagadougou, June 14, 2024 ("
    r"|[A-Z][A-Za-z.'\- ]{1,40}, (?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})"
    r",? (?:\d{4} )?\("
    # "Basra, 15/4/2023 -", "Basra, April 15, 2023 -": a full date and a dash
    r"|[A-Z][A-Za-z.'\- ]{1,40}, (?:\d{1,2}/\d{1,2}/|\d{1,2} [A-Z][a-z]{2,8}\.?,? "
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, )\d{4} ?[-\u2013\u2014]"
    # "Rawalpindi - June 3, 2025: ": a town, a dash, a full date and a colon
    r"|[A-Z][A-Za-z.'\- ]{1,40} [-\u2013\u2014] (?:\d{1,2} [A-Z][a-z]{2,8}\.?,? "
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, )\d{4} ?:"
    # "Kabul, Afghanistan (May 3, 2019) -": the full date in brackets
    r"|[A-Z][A-Za-z.'\- ]{1,40}(?:, [A-Z][A-Za-z.'\- ]{1,30})? ?\((?:\d{1,2} [A-Z][a-z]{2,8}"
    r"\.?,? |[A-Z][a-z]{2,8}\.? \d{1,2}, )\d{4}\))"
)
_DATELINE_SHAPE = re.compile(
    rf"{_OPENING}|\||\b(?i:published|updated|posted|date|dated|last modified|"
    r"publi[\u00e9e]e?\s+le|mise?\s+[\u00e0a]\s+jour)(?!\w)")
# Its first branch alone, and substrings one of which its labels contain ("updated" and
# "dated" hold "date"): a head with none of them, and no "|", has no date line shape.
_DATELINE_OPENING = re.compile(_OPENING)
_DATELINE_LABELS = ("date", "published", "posted", "last modified", "publie", "mis a jour",
                    "mise a jour")
_WORD = re.compile(r"\w+")

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "gen lt col maj capt cpt sgt adm brig cmdr mr mrs ms dr prof st jr sr rev gov sen rep "
    "no vs etc u.s u.n u.k e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec approx est "
    "mt ft dept govt inc corp co ltd "
    # US states as wire datelines write them: "TAMPA, Fla. -"
    "ala ariz ark calif colo conn del fla ga ill kan ky md mass mich minn miss mont neb nev "
    "okla ore pa tenn va wash wis wyo d.c n.c n.d n.h n.j n.m n.y s.c s.d w.va".split()
)
# "At 5:30 p.m. Syria time", "at 9 a.m. (0600 GMT)": a clock time goes on into its zone.
_CLOCK = frozenset({"a.m", "p.m"})
_CLOCK_ZONE = re.compile(r"\s*(?:\(|(?:[A-Z][\w-]*\s+){0,2}time\b|local\b|GMT\b|UTC\b|"
                         r"[ECMP][SD]?T\b)")
# "[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)|\n\s*\n|\n", with each branch opening on a literal so
# that the regex engine skips to the next stop or line break in C, not character by character.
_SENTENCE_END = re.compile(
    r"\.[.!?]*[\"'\u201d\u2019)\]]*(?=\s+|$)|![.!?]*[\"'\u201d\u2019)\]]*(?=\s+|$)"
    r"|\?[.!?]*[\"'\u201d\u2019)\]]*(?=\s+|$)|\n\s*\n|\n"
)


def _is_header_line(line: str) -> bool:
    """Say whether a line above the article body looks like a caption, credit or tag."""
    stripped = line.strip()
    if not stripped:
        return True
    if len(stripped) > 60 or len(_WORD.findall(stripped)) > 6:
        return False
    # A headline-like line of a few words with no sentence punctuation.
    return not stripped.endswith((".", "!", "?", ":", ";", ",", '"', "\u201d"))


@dataclass(frozen=True, slots=True)
class DebrisLexicon:
    """The page furniture lexicon (``data/debris_lines.json``), compiled once per process."""

    link_re: re.Pattern[str]
    link_heading_re: re.Pattern[str]
    crumb_home: frozenset[str]
    tag_re: re.Pattern[str]
    notice_re: re.Pattern[str]
    share_words: frozenset[str]
    share_strong: frozenset[str]
    byline_re: re.Pattern[str]
    staff_re: re.Pattern[str]
    trailer_re: re.Pattern[str]
    appeal_re: re.Pattern[str]
    appeal_words: re.Pattern[str]
    counter_re: re.Pattern[str]
    image_label_re: re.Pattern[str]
    image_tail_re: re.Pattern[str]
    stamp_words: frozenset[str]
    outlets: dict[str, str]


# A name in a byline: capitalised words, with the particles of Arabic and European names.
_BYLINE_NAME = (r"[A-Z][\w'.\-\u2019]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|du|le)"
                r"[\-\s]+)?[A-Z][\w'.\-\u2019]*){0,3}")


@cache
def debris_lexicon() -> DebrisLexicon:
    """Load and compile the page furniture lexicon (once per process)."""
    raw = json.loads(
        resources.files("eventcoder.data").joinpath("debris_lines.json").read_text())
    share = frozenset(w for entry in raw["share_words"] for w in entry.split())
    outlets = {alias.lower(): name for name, aliases in raw["outlets"].items()
               for alias in (name, *aliases)}
    # (a caption's credit is capitalised: "Photo: File", not "caught on video by a resident")
    capitalised = literal_alternation([w.capitalize() for w in raw["image_words"]])
    return DebrisLexicon(
        # "Read more: Iraqi army kills four ...", "RELATED: ...", "Continue reading >> ..."
        link_re=re.compile(rf"(?i:{literal_alternation(raw['link_labels'])})\s*(?::|\u00bb|>>|\|)\s*\S"),
        # "Related Articles", "Read more:", "More from Middle East" alone on a line: the
        # heading of a list of links to other stories
        link_heading_re=re.compile(
            rf"(?i:{literal_alternation(raw['link_labels'])})\s*(?::|\u00bb|>>|\|)?"
            r"|More (?:from|on) [A-Z][\w'\-]*(?: (?:[A-Z&][\w'\-]*|and|the|of)){0,3}"),
        crumb_home=frozenset(raw["crumb_home"]),
        # "Tagged Iraq, Mosul" in a row of a story's labels: "Posted in News | Tagged ..."
        tag_re=re.compile(rf"(?i:{literal_alternation(raw['tag_labels'])})\s*:?\s+\S"),
        # "Click here to ...", "We use cookies ...", "Leave a comment": notices to the
        # reader, whatever follows them
        notice_re=re.compile(rf"(?i:{literal_alternation(raw['notice_openers'])})\b"),
        share_words=share,
        share_strong=frozenset(raw["share_strong"]),
        # "By Aminu Bello", "Written by: Sharif Amiri", "By Jane Doe and John Roe, Reuters",
        # "By Jane Doe | AFP"
        byline_re=re.compile(
            rf"(?i:{literal_alternation(raw['byline_labels'])})\s*:?\s+{_BYLINE_NAME}"
            rf"(?:\s*(?:,|&|\band\b|\||\u2022)\s*{_BYLINE_NAME})*"),
        # "Rudaw Staff", "The New Arab Staff & Agencies"
        staff_re=re.compile(
            rf"(?:[A-Z][\w.'\-]*\s+){{0,4}}(?i:{literal_alternation(raw['staff_words'])})"),
        # "Reporting by ...", "-- This story has been corrected to show ...", "(Editing by
        # ...)": a label of the credits below the story, after a dash or a bracket or not
        trailer_re=re.compile(
            rf"(?:\u00a9|\(c\)|[_\-=*\u2014]{{3,}}$|[\-\u2013\u2014*(\[]*\s*"
            rf"(?i:{literal_alternation(raw['trailer_labels'])})\b)"),
        appeal_re=re.compile(rf"(?i:{literal_alternation(raw['appeal_openers'])})\b"),
        appeal_words=re.compile(rf"\b(?i:{literal_alternation(raw['appeal_words'])})\b"),
        # "Views: 1,204", "3 min read"
        counter_re=re.compile(
            rf"(?i:(?:{literal_alternation(raw['counter_labels'])})\s*[:|]?\s*[\d.,]+\s*[km]?"
            rf"|[\d.,]+\s*[km]?\s*(?:{literal_alternation(raw['counter_labels'])}))"),
        # "Header image: ...", "File photo: ...", "Getty Images/AFP"
        image_label_re=re.compile(
            rf"(?:[\w\-]+\s+){{0,2}}(?i:{literal_alternation(raw['image_words'])})\s*[:|/]"),
        # "... in Bari region. Photo: File", "... after the attack. \u2014 Photo by author"
        image_tail_re=re.compile(
            rf"(?:\b(?:{capitalised})\s*(?::|\bby\b)\s*[^.\n]{{1,60}}\.?"
            rf"|\((?i:{literal_alternation(raw['image_words'])})\b[^)\n]{{0,60}}\))\s*$"),
        stamp_words=frozenset(raw["stamp_words"]),
        outlets=outlets,
    )


#: Longest line that is page furniture: a related-article link with its headline.
_DEBRIS_LINE_CHARS = 250
_SHARE_SPLIT = re.compile(r"[|\u00b7\u2022/,]")
_SHARE_TOKEN = re.compile(r"[^\s|\u00b7\u2022/,:]+")


def debris_line(line: str) -> str | None:
    """The kind of page furniture a whole line is, if any: ``link`` ("Read more: ..."),
    ``share`` (buttons), ``byline``, ``trailer`` (credits and copyright below the story),
    ``appeal`` ("Support our journalism"), ``counter`` ("Views: 1,204") or ``caption``."""
    stripped = line.strip()
    if not stripped or len(stripped) > _DEBRIS_LINE_CHARS:
        return None
    lex = debris_lexicon()
    if stripped.lower() in lex.outlets:
        return "outlet"
    if lex.link_re.match(stripped) or lex.link_heading_re.fullmatch(stripped):
        return "link"
    if lex.trailer_re.match(stripped):
        return "trailer"
    if lex.counter_re.fullmatch(stripped):
        return "counter"
    if _share_line(stripped, lex):
        return "share"
    if len(stripped) <= 80 and not stripped.endswith((".", "!", "?", ":", ";")) and (
            lex.byline_re.fullmatch(stripped) or lex.staff_re.fullmatch(stripped)):
        return "byline"
    if len(stripped) <= 150 and lex.appeal_re.match(stripped) and (
            lex.appeal_words.search(stripped) or len(stripped.split()) == 1):
        return "appeal"
    if lex.image_label_re.match(stripped) or lex.image_tail_re.search(stripped):
        return "caption"
    if lex.notice_re.match(stripped):
        return "appeal"
    if "|" in stripped and _label_row(stripped, lex):
        return "link"
    if _crumbs(stripped, lex):
        return "crumbs"
    return None


# The separators of a row of navigation crumbs: "Home > World > Middle East".
_CRUMB_SEPARATOR = re.compile(r"[ \t]*(?:>|\u00bb|\u203a|/)[ \t]*")
_CRUMB_SEGMENT = re.compile(r"[^\W_][\w'&.\-]*(?: [\w'&.\-]+){0,3}")


def _crumbs(stripped: str, lex: DebrisLexicon) -> bool:
    """Navigation crumbs: three names at least, of four words at most each, between arrows
    ("World > Middle East > Iraq", "Home \u00bb Africa \u00bb Somalia"), or between slashes
    after the home page's name ("Home / News / Security"; "Baghdad / INA /" is a dateline)."""
    first = _CRUMB_SEPARATOR.search(stripped)
    if first is None:
        return False
    segments = _CRUMB_SEPARATOR.split(stripped)
    if len(segments) < 3 or not all(_CRUMB_SEGMENT.fullmatch(s) for s in segments):
        return False
    return segments[0].lower() in lex.crumb_home or first.group().strip() != "/"


def _label_row(stripped: str, lex: DebrisLexicon) -> bool:
    """A row of a story's labels between bars, one of them its tags or its section
    ("Posted in News | Tagged Iraq, Mosul"): short pieces, none a sentence."""
    segments = [s.strip() for s in stripped.split("|")]
    return len(segments) >= 2 and all(
        0 < len(s.split()) <= 8 and not s.endswith((".", "!", "?")) for s in segments
    ) and any(lex.tag_re.match(s) for s in segments)


def _listed_link(stripped: str) -> bool:
    """A line of a list of links below its heading: a story's headline, numbered or not
    ("1. Twelve killed in an attack"), with no sentence's full stop at its end."""
    return 0 < len(stripped) <= 150 and len(stripped.split()) <= 20 and not stripped.endswith(
        (".", "!", "?", ";", ":", ",", '"', "\u201d"))


def _share_line(stripped: str, lex: DebrisLexicon) -> bool:
    """Share buttons: "Share on Facebook", "Kurdistan24 | Share | Comment"."""
    segments = [s.strip() for s in _SHARE_SPLIT.split(stripped) if s.strip()]
    if len(segments) > 1 and len(segments[0].split()) <= 3:
        # an outlet's name may open a row of buttons
        tail = segments[1:]
        if all(_share_words(s, lex) for s in tail) and any(
                w in lex.share_strong for s in tail for w in s.lower().split()):
            return True
    words = [w.lower() for w in _SHARE_TOKEN.findall(stripped)]
    return bool(words) and len(words) <= 8 and all(w in lex.share_words for w in words) \
        and any(w in lex.share_strong for w in words)


def _share_words(segment: str, lex: DebrisLexicon) -> bool:
    words = [w.lower() for w in _SHARE_TOKEN.findall(segment)]
    return bool(words) and all(w in lex.share_words for w in words)


def find_debris(text: str) -> list[tuple[int, int, str]]:
    """Spans of scraper debris as (start, end, kind); kinds: header, caption, credit."""
    spans: list[tuple[int, int, str]] = []
    position = 0
    header = _DATE_HEADER.match(text)
    if header:
        spans.append((header.start(), header.end(), "header"))
        position = header.end()
    else:
        # Leading short lines (caption, tag, photo credit) before the first real paragraph.
        lines: list[tuple[int, int]] = []
        for match in _LINE.finditer(text):
            if match.start() == match.end():
                break
            lines.append((match.start(), match.end()))
        leading: list[tuple[int, int]] = []
        for start, end in lines:
            line = text[start:end]
            if not _is_header_line(line) or _agency_dateline(text, start, end):
                break  # ("Basra-INA" under the headline is where the report was filed)
            leading.append((start, end))
        # Only debris when a real paragraph follows and the block is short.
        if leading and len(leading) < len(lines) and len(leading) <= 6:
            block = text[leading[0][0] : leading[-1][1]]
            # (a headline and the blank line below it are one line: "9 killed in Kirkuk")
            told = sum(1 for start, end in leading if text[start:end].strip())
            if block.strip() and (_CREDIT.search(block.strip()) or told >= 2):
                spans.append((leading[0][0], leading[-1][1], "caption"))
                position = leading[-1][1]
    lowered = text.lower()  # once, not once per caption word
    if not text.isascii() or any(word in lowered for word in _CAPTION_WORDS):
        for match in _CAPTION_LINE.finditer(text, position):
            spans.append((match.start(), match.end(), "caption"))
    if "\n" in text:
        # Page furniture on lines of its own: links to other stories, share buttons,
        # bylines, credits below the story, appeals, captions within it; the headlines
        # listed below a heading of links ("Related Articles", "Read more:").
        lex = debris_lexicon()
        listing = False
        for match in _LINE.finditer(text, position):
            start, end = match.span()
            if start == end:
                break
            line = text[start:end]
            stripped = line.strip()
            if not stripped:
                listing = False  # a blank line closes a list of links
                continue
            kind = debris_line(line)
            if kind is None and listing and _listed_link(stripped):
                kind = "link"  # "Related Articles / Five killed in ... / Three ..."
            listing = kind == "link" and (
                listing or lex.link_heading_re.fullmatch(stripped) is not None)
            if kind is None or any(s <= start < e or start <= s < end for s, e, _k in spans):
                continue
            spans.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip()),
                          kind))
        spans.sort()
    return spans


def blank(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace each span with spaces (newlines kept), so offsets do not move."""
    if not spans:
        return text
    chars = list(text)
    for start, end, _kind in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


# What ends the word before a full stop: "(Gen.", "'Lt.".
_WORD_BREAK = re.compile(r"[\s(\"'\u201c]")


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans (start, end) over non-blank text; abbreviations like "Gen." do not split."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        token = match.group()
        if token.startswith("."):
            before = text[max(0, match.start() - 12) : match.start()]
            word = _WORD_BREAK.split(before)[-1].lower()
            if ".-" in word:
                word = word.rsplit("-", 1)[-1]  # "Brig.-Gen. Jane Roe": a title's last part
            following = text[end : end + 2].lstrip()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if word in _CLOCK and _CLOCK_ZONE.match(text, end):
                continue
            if following[:1].islower() or following[:1].isdigit() and word.isdigit():
                continue
        _push(text, start, end, spans)
        start = end
    _push(text, start, len(text), spans)
    return tuple(spans)


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_STAMP_TOKEN = re.compile(r"[^\W\d_][\w.'\-\u2019]*")
#: The minutes of a French clock as the token reads them: "h05" of "18h05".
_FRENCH_CLOCK = re.compile(r"h\d\d")
#: Most capitalised words a publication stamp holds besides its date: an outlet, a byline.
_STAMP_NAMES = 4
#: Longest line that is a publication stamp.
_STAMP_CHARS = 160


def stamp_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line around a publication date ``text[start:end]`` when nothing else is on it
    but labels, a clock, an outlet or a byline ("Dawn.com | Published January 10, 2024
    Updated about 3 hours ago", "Friday, 17 March 2023"): page furniture, not a sentence
    of the story (as "KADUNA, March 12 - Gunmen killed ..." is)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end]
    if len(line.strip()) > _STAMP_CHARS:
        return None
    lex = debris_lexicon()
    calendar = date_words()
    names = 0
    for token in _STAMP_TOKEN.findall(text[line_start:start] + " " + text[end:line_end]):
        lowered = token.lower().rstrip(".,")
        if lowered in lex.stamp_words or lowered in calendar.weekdays \
                or lowered in calendar.months or _FRENCH_CLOCK.fullmatch(lowered):
            continue
        if not token[0].isupper():
            return None
        names += 1
    if names > _STAMP_NAMES:
        return None
    return line_start + len(line) - len(line.lstrip()), line_start + len(line.rstrip())


#: Most lines of stamps that follow one another ("Published ...", "Updated ...").
_STAMPS_BELOW = 2


def _stamps_below(text: str, end: int) -> list[tuple[int, int]]:
    """The lines right below a publication stamp ending at ``end`` that are stamps too, a
    labelled date and nothing else ("Mis \u00e0 jour le 12/03/2024 \u00e0 18h05",
    "Last updated: March 12, 2024 at 6:05 p.m."), up to a line that is none."""
    found: list[tuple[int, int]] = []
    at = end
    for _ in range(_STAMPS_BELOW):
        line_start = text.find("\n", at)
        if line_start < 0:
            break
        while line_start < len(text) and text[line_start] in " \t\n":
            line_start += 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not line.strip() or _DATELINE_SHAPE.search(line) is None:
            break
        dated = find_dateline(line)
        if dated is None or dated[1] > 0:
            break  # (the line opens on its label, or it is no stamp)
        stamp = stamp_line(text, line_start + dated[1], line_start + dated[2])
        if stamp is None:
            break
        found.append(stamp)
        at = stamp[1]
    return found


def _outlet(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """The outlet a debris line above the story names: "TOLOnews", "Dawn.com | Published
    ...", a caption block holding "Premium Times"."""
    outlets = debris_lexicon().outlets
    for start, end, kind in spans:
        if kind not in ("outlet", "caption", "stamp", "byline"):
            continue
        for line in text[start:end].split("\n"):
            if kind == "caption" and _CREDIT.fullmatch(line.strip()):
                continue  # "AFP" under a picture took the photograph
            words = line.split("|")[0].split()
            # "The New Arab Staff & Agencies", "Rudaw Staff": the outlet opens a byline
            whole = kind == "caption" and debris_line(line) != "byline"
            for count in (len(words),) if whole else range(len(words), 0, -1):
                name = outlets.get(" ".join(words[:count]).lower())
                if name is not None:
                    return name
    return None


_AGENCY = re.compile(r"\(([A-Z][\w .&-]{1,25})\)")


def _agency(text: str, line: object) -> str | None:
    """The outlet a dateline names in brackets: "MOGADISHU, Somalia (AP) -"; one the list of
    outlets does not know goes by the name the dateline gives it ("MAPUTO, June 15 (Lusa)
    -"), where the brackets stand right before the dateline's dash."""
    if not isinstance(line, list) or len(line) != 2:
        return None
    found = _AGENCY.search(text, int(line[0]), int(line[1]) + 30)
    if found is None:
        return None
    known = debris_lexicon().outlets.get(found.group(1).lower())
    told = parse_date_text(found.group(1), published=None)
    if known is None and told is not None and told.end - told.start >= len(
            found.group(1).strip()) - 1:
        return None  # "KABUL (May 3) -": the day the report was filed, not its outlet
    ends = int(line[1])
    if known is None and (found.end() <= ends or not text[ends:found.start()].strip()) \
            and _DASH_AFTER.match(text, found.end()):
        return found.group(1).strip()
    return known


_DASH_AFTER = re.compile(r"[ \t]*[-\u2013\u2014:]")


def _dateline(text: str, reference: date | None = None) -> tuple[date, int, int] | None:
    """A publication date line at the start of the body, via the dates module's recogniser."""
    # A date line opens the body: the head is enough, and a prefix keeps the offsets.
    body = len(text) - len(text.lstrip())
    head = text[: body + DATELINE_REACH]
    if not _dateline_shaped(head):
        return None
    found = find_dateline(head, reference=reference)
    if found is not None:
        return found
    return _wire_dateline(text, reference)


def _dateline_shaped(head: str) -> bool:
    """Whether ``_DATELINE_SHAPE`` is found in ``head``; most heads are ASCII, without a
    label word, and ruled out without the case-blind search through them."""
    if head.isascii() and "|" not in head:
        lowered = head.lower()  # ASCII: case-blind matching is matching the lower case
        if not any(label in lowered for label in _DATELINE_LABELS) and not (
            _DATELINE_OPENING.match(head)
        ):
            return False
    return _DATELINE_SHAPE.search(head) is not None


# "KADUNA, March 12 -", "GAZA CITY, 3 May (AFP) -": an upper-case place, a date, a dash.
_WIRE_SHAPE = (
    r"[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'\- ]{2,30})?,\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)"
    # ("KABUL, Oct 16 (Pajhwok): ": a colon after the agency's name; "QUETTA, Nov 6: ":
    # a colon after the date, as a dateline with no agency is closed in some papers)
    r"\s*(?:\([^)\n]{1,30}\)\s*(?:[-\u2013\u2014]{1,2}|:)|[-\u2013\u2014]{1,2}|:)\s"
)
_WIRE = re.compile(r"\A\s*" + _WIRE_SHAPE)
# The same opening a line of its own: "Headline\n\nDHAKA, Oct. 8 - ..." below a headline
# (and a byline), no agency named.
_WIRE_LINE = re.compile(r"[ \t]*" + _WIRE_SHAPE)


def _wire_match(text: str) -> re.Match[str] | None:
    """An upper-case wire dateline ("KADUNA, March 12 -") opening ``text``, or opening a
    line within ``DATELINE_REACH`` of the body's start, below a headline and a byline."""
    match = _WIRE.match(text)
    if match is not None:
        return match
    body = len(text) - len(text.lstrip())
    reach = body + DATELINE_REACH
    at = text.find("\n", body, reach)
    while at != -1:
        match = _WIRE_LINE.match(text, at + 1)
        if match is not None:
            return match
        at = text.find("\n", at + 1, reach)
    return None


# A dateline with no date: "WASHINGTON (AP) -", "Mogadishu (Reuters) -", "STUTTGART, Germany -",
# "PESHAWAR: ",
# after an outlet's name at most ("Kurdistan24 - ERBIL, Kurdistan Region -"), on one of the
# first lines. Its place is upper case or an agency follows it, so that "Iraq - Security
# forces ..." in a sentence is not one.
# A dateline's place: "Baghdad", "Deir ez-Zor", "STUTTGART, Germany". An Arabic article
# joined to a word of the name takes the sound of the letter after it ("Salah al-Din",
# "Deir ez-Zor", "Bab es-Salam", "Wadi ed-Dawasir").
_PLACE_NAME = (
    r"[A-Z][A-Za-z.'\-]+(?: (?:[aeu](?:sh|th|dh|[ldnrstz])-)?[A-Z][A-Za-z.'\-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.'\-]+(?: [A-Za-z][A-Za-z.'\-]+){0,3})?")
# The place before the date of a dated dateline: "Mogadishu, " of "Mogadishu, 22 January
# 2023 (SONNA) -".
# ("KABUL, Afghanistan (" of "KABUL, Afghanistan (May 3, 2019) -": the date in brackets)
# ("Rawalpindi - June 3, 2025:": a spaced dash between the place and the date)
_DATED_PLACE = re.compile(
    rf"[ \t]*(?P<place>{_PLACE_NAME})(?:[ \t]*[,(]|[ \t]+[-\u2013\u2014])[ \t]*")
_PLACELINE = re.compile(
    # (the outlet's dash stands apart: the hyphen of "DEIR EZ-ZOR" joins one name)
    r"^[ \t]*(?P<outlet>[A-Z][\w&'.]*(?: [A-Z][\w&'.]*){0,3}(?: [-\u2013\u2014]|[\u2013\u2014]) ?)?"
    # ("Salah al-Din/ INA": an Arabic article joined to a word of the name)
    rf"(?P<place>{_PLACE_NAME})"
    # ("KABUL (Pajhwok): ": a colon closes it after the agency's name)
    r"(?:[ \t]*(?P<agency>\([A-Z][A-Za-z0-9 ./&]{1,25}\))?[ \t]*"
    r"(?:[-\u2013\u2014]{1,2}|(?<=\)):)[ \t]"
    # "Baghdad / NINA /": an agency between slashes; "Baghdad / INA - ": a slash, the
    # agency, then a dash
    r"|[ \t]*/[ \t]*(?P<slashed>[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,3})"
    r"[ \t]*(?:/|[-\u2013\u2014]{1,2}[ \t])[ \t]*"
    # "RAWALPINDI: Security forces ...": an upper-case place and a colon
    r"|:[ \t]+(?=[A-Z])"
    # "Baghdad-INA", "Baghdad/ INA": a place and an agency's initials, alone on a line
    r"|[ \t]*[-\u2013\u2014/][ \t]*(?P<tagged>[A-Z]{2,8})[ \t]*$"
    # "Diyala / Baghdad Today", "Basra / Shafaq News": a place and an outlet's name of two
    # or three words, alone on a line (kept only where the place is in the gazetteer)
    r"|[ \t]*/[ \t]*(?P<outlet_named>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z0-9]+){1,2})[ \t]*$"
    # "Baghdad/ The Security Media Cell announced ...": a place and a slash opening the
    # paragraph (kept only where the place is in the gazetteer: "Shafaq News/" is an outlet)
    r"|/[ \t]+(?P<slash_open>)(?=[A-Z]))",
    re.MULTILINE,
)
_UPPER_WORD = re.compile(r"[A-Z][A-Z.'\-]{2,}\b")
# (two words at least: "AFP - Baghdad -" is an agency and the place)
_UPPER_LINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,3})[ \t]*[-\u2013\u2014]{1,2}[ \t]")
#: How far into the text a dateline without a date is looked for.
PLACELINE_REACH = 300
_PLACELINE_MARK = re.compile(r"[-\u2013\u2014/:]")


def _dated_place(text: str, start: int, end: int) -> str | None:
    """The place written before a dateline's date (from ``start`` to the date's ``end``);
    None where a weekday is ("Monday, 3 March 2025")."""
    found = _DATED_PLACE.fullmatch(text, start, end)
    if found is None or found.group("place").split(",")[0].lower() in date_words().weekdays:
        return None
    return found.group("place")


# The place a dateline writes after its date, upper case in brackets, then a dash:
# "(KHARTOUM) -" of "October 28, 2024 (KHARTOUM) -". An agency's initials in the same
# brackets ("(AFP) -") are no place.
_PLACE_AFTER_DATE = re.compile(
    r"[ \t]*\((?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}(?:, [A-Z][A-Za-z.'\- ]{2,30})?)\)"
    r"[ \t]*[-\u2013\u2014]{1,2}[ \t]")


def _place_after_date(text: str, line_start: int, start: int,
                      end: int) -> re.Match[str] | None:
    """The place in brackets after a dateline's date opening its line, if any."""
    if text[line_start:start].strip():
        return None
    found = _PLACE_AFTER_DATE.match(text, end)
    if found is None or found.group("place").lower() in debris_lexicon().outlets:
        return None
    return found


def _placeline(text: str) -> re.Match[str] | None:
    """The first dateline without a date near the top of ``text``, if any."""
    # The pattern opens a line and never crosses one: it is tried at each line's start, not
    # at every character as a search would; and only where a dash, a slash or a colon is,
    # one of which each of its matches holds.
    if _PLACELINE_MARK.search(text, 0, PLACELINE_REACH) is None:
        return None
    start = 0
    while start < PLACELINE_REACH:
        match = _PLACELINE.match(text, start, PLACELINE_REACH)
        start = text.find("\n", start, PLACELINE_REACH) + 1 or PLACELINE_REACH
        if match is None:
            continue
        if match.group("outlet") and _UPPER_WORD.match(match.group("outlet")) and not (
                _UPPER_WORD.match(match.group("place"))) and (
                upper := _UPPER_LINE.match(text, match.start(), PLACELINE_REACH)) is not None:
            # "SOUTHWEST ASIA - Combined Joint Task Force - Operation Inherent Resolve ...":
            # the upper-case place is the dateline, the name after it the teller
            return upper
        if match.group("agency") or match.group("slashed") or match.group(
                "tagged") or (match.group("slash_open") is not None or match.group(
                "outlet_named")) and _is_town_or_division(
                match.group("place")) or _UPPER_WORD.match(
                match.group("place")) or _TOWN_AND_COUNTRY.fullmatch(
                match.group("place")) or _EM_DASH_AFTER.fullmatch(
                text, match.end("place"), match.end()) and (
                match.start() > 0 or not _is_country(match.group("place"))) and not (
                _FIGURE_AFTER.match(text, match.end()) and _is_country(match.group("place"))):
            # "Katsina — Gunmen on Tuesday ...", "Baghdad - The Joint Operations Command ...":
            # a place and a dash opening a paragraph below the headline, or the text (where
            # "Iraq - Security forces ..." is a sentence, not a dateline). "Iraq - 12
            # partnered operations; 3 ISIS killed" is a row of a table by country.
            return match
    return None


def _agency_dateline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a dateline naming its agency ("Basra-INA",
    "Baghdad / INA /", "MOSUL (Reuters) -")."""
    match = _PLACELINE.match(text, start, end)
    return match is not None and bool(
        match.group("tagged") or match.group("slashed") or match.group("agency")
        or match.group("outlet_named"))


def _is_country(name: str) -> bool:
    from eventcoder.gazetteer import load_gazetteer

    return load_gazetteer().country_by_name(name) is not None


def _is_town_or_division(name: str) -> bool:
    from eventcoder.gazetteer import load_gazetteer

    return any(p.feature in ("populated_place", "admin1", "admin2")
               for p in load_gazetteer().lookup(name))


_TAG_ENDS_LINE = re.compile(r"[ \t]*([A-Z]{2,8})[ \t]*$", re.MULTILINE)
_FIGURE_AFTER = re.compile(r"[ \t]*\(?\d")
_EM_DASH_AFTER = re.compile(r"[ \t]*(?:\u2014|[ \t][-\u2013][ \t])[ \t]*")
# "Kabul, Afghanistan - ", "Goma, DR Congo - ": a town and its country or state
_TOWN_AND_COUNTRY = re.compile(r"[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)?, [A-Z][\w.' \-]+")


# A dateline in title case with a full date and a dash, as translated releases write it:
# "Basra, 15/4/2023 -", "Basra, April 15, 2023 -", opening the text or the paragraph below
# its headline. Without the year or the dash, "Basra, April 15" may open a sentence.
_TITLE_DATELINE = re.compile(
    rf"\A\s*(?:[^\n]{{1,150}}\n\s*)?(?P<place>{_PLACE_NAME}),[ \t]*"
    r"(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})[ \t]*[-\u2013\u2014]{1,2}[ \t]")

# "KABUL, Afghanistan (May 3, 2019) -", "Goma (14 March 2022) -": the full date in brackets
# after the place, then a dash.
_BRACKETED_DATELINE = re.compile(
    rf"\A\s*(?:[^\n]{{1,150}}\n\s*)?(?P<place>{_PLACE_NAME})[ \t]*\([ \t]*"
    r"(?P<date>\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"[ \t]*\)[ \t]*[-\u2013\u2014]{1,2}[ \t]")


_SLASHED_DATELINE_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _wire_dateline(text: str, reference: date | None) -> tuple[date, int, int] | None:
    match = _wire_match(text) or _TITLE_DATELINE.match(text) or _BRACKETED_DATELINE.match(text)
    if match is None:
        return None
    slashed = _SLASHED_DATELINE_DATE.fullmatch(match.group("date"))
    if slashed is not None:
        # "Basra, 3/9/2022 -": releases that date their dateline by slashes write the day
        # first; month first only where the second number cannot be a month.
        day, month, year = (int(n) for n in slashed.groups())
        if month > 12:
            day, month = month, day
        try:
            return date(year, month, day), match.start("date"), match.end("date")
        except ValueError:
            return None
    mention = parse_date_text(match.group("date"), published=reference)
    if mention is None or mention.date_start is None or not mention.year_known:
        return None
    return mention.date_start, match.start("date"), match.end("date")


def _undated_wire(text: str) -> tuple[int, int] | None:
    """The span of the date of a wire dateline opening ``text``, whether or not a year
    settles it: an upper-case place ("KADUNA, March 12 -"), or any place with the agency
    in brackets (the dates module's recogniser)."""
    match = _wire_match(text)
    return (match.start("date"), match.end("date")) if match else wire_date_span(
        text, reach=DATELINE_REACH)


# What closes a wire dateline after its date: the agency's tag in brackets and the dash
# after it ("DHAKA, Oct 8 (Reuters) - ", "KABUL, Oct 16 (Pajhwok): "), as the dateline
# without a date holds them ("DHAKA (Reuters) - "); a tag with no dash after it ("Srinagar,
# Nov 17 (PTI) Two ...") is left out, as it is of the dateline without a date.
_DATELINE_TAIL = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\)[ \t]*(?:[-\u2013\u2014]{1,2}|:)(?:[ \t]+|(?=[A-Z])))?")


def _dateline_end(text: str, end: int) -> int:
    """Where a wire dateline whose date ends at ``end`` ends: after the agency's tag and the
    dash where both follow the date, as "DHAKA (Reuters) - " without a date holds them."""
    return _DATELINE_TAIL.match(text, end).end()  # type: ignore[union-attr]


#: ``dataclasses.replace`` for a Document, at a third of the cost (see ``replacer``).
_replace_document = replacer(Document)


@stage("eventcoder.document.v1", requires=("document",),
       assigns=("text", "sentences", "chunks"))
def clean_document(doc: Doc) -> Doc:
    """Blank debris, take metadata from it, settle the publication date, split sentences."""
    original = doc.document
    text = original.text
    debris = find_debris(text)
    metadata = dict(original.metadata)
    published = original.published
    basis = original.published_basis if published else "unknown"
    source = original.source
    # find_debris took the header as its first span when there is one.
    header = _DATE_HEADER.match(text) if debris and debris[0][2] == "header" else None
    if header:
        metadata["header"] = header.group().strip()
        if source is None:
            source = header.group("source").strip()
        if published is None:
            try:
                published = date.fromisoformat(header.group("date")).isoformat()
                basis = "in_text"
            except ValueError:
                metadata["header_date_invalid"] = header.group("date")
    for start, end, kind in debris:
        if kind == "caption":
            credit = _CREDIT.search(text[start:end].strip())
            if credit:
                metadata.setdefault("photo_credit", credit.group().strip())
    cleaned = blank(text, debris)
    found = _dateline(cleaned, date.fromisoformat(published) if published else None)
    stamp = stamp_line(cleaned, found[1], found[2]) if found is not None else None
    if found is not None and stamp is not None:
        # A publication stamp on a line of its own is page furniture: its date is the
        # publication's, and a dateline below it ("PESHAWAR: ...") is still looked for.
        debris = sorted([*debris, (stamp[0], stamp[1], "stamp")])
        cleaned = blank(cleaned, [(stamp[0], stamp[1], "stamp")])
        metadata["published_stamp"] = text[found[1]:found[2]]
        if published is None:
            published = found[0].isoformat()
            basis = "in_text"
        if source is None:
            source = _stamp_outlet(text[stamp[0]:found[1]])
        for more in _stamps_below(cleaned, stamp[1]):
            # "Mis \u00e0 jour le 12/03/2024 \u00e0 18h05", "Last updated: ..." under the
            # stamp: page furniture too, no day of the story
            debris = sorted([*debris, (more[0], more[1], "stamp")])
            cleaned = blank(cleaned, [(more[0], more[1], "stamp")])
        found = None
    elif found is None and published is None:
        # "Premium Times / By Aminu Bello / August 21, 2023" above the story: debris, but
        # the date on it is the publication's.
        for start, end, kind in debris:
            if start > DATELINE_REACH or kind not in ("caption", "byline", "outlet"):
                continue
            dated = find_dateline(text[start:end])
            if dated is not None:
                metadata["published_stamp"] = text[start + dated[1]:start + dated[2]]
                published = dated[0].isoformat()
                basis = "in_text"
                break
    if source is None:
        source = _outlet(text, debris)
    line: re.Match[str] | None = None
    if found is not None:
        when, start, end = found
        # The whole line up to the date ("KADUNA, March 12 -") is about the report, not
        # the event: later stages skip places and dates inside it.
        line_start = cleaned.rfind("\n", 0, start) + 1
        metadata["dateline"] = text[start:end]
        metadata["dateline_span"] = [line_start, _dateline_end(cleaned, end)]
        if (place := _dated_place(cleaned, line_start, start)) is not None:
            metadata["filed_from"] = place
        elif (after := _place_after_date(cleaned, line_start, start, end)) is not None:
            # "October 28, 2024 (KHARTOUM) -": the place in brackets after the date
            metadata["filed_from"] = after.group("place")
            metadata["dateline_span"] = [line_start, after.end("place")]
        if published is None:
            published = when.isoformat()
            basis = "in_text"
    elif (wire := _undated_wire(cleaned)) is not None:
        # "WASHINGTON, April 4 (Reuters) -", "Mogadishu, 8 March (SONNA) -" with no year to
        # settle the date: still where the report was filed, not where its events happened.
        # ("Headline\nBy Jane Roe\nDAMASCUS, June 12 (AP) -": the line it opens below a
        # headline and a byline)
        line_start = cleaned.rfind("\n", 0, wire[0]) + 1
        metadata["dateline"] = cleaned[wire[0]:wire[1]]
        metadata["dateline_span"] = [line_start, _dateline_end(cleaned, wire[1])]
        if (place := _dated_place(cleaned, line_start, wire[0])) is not None:
            metadata["filed_from"] = place
    elif (line := _placeline(cleaned)) is not None:
        # "WASHINGTON (AP) -": where the report was filed, with no date to read.
        metadata["filed_from"] = line.group("place")
        metadata["dateline_span"] = [line.start("place"), line.end()]
        town, comma, tag = line.group("place").rpartition(", ")
        if comma and source is None and (outlet := debris_lexicon().outlets.get(
                tag.lower())) is not None:
            # "Homs, SANA- Four workers ...": the town, then the agency that filed it
            metadata["filed_from"] = town
            source = outlet
    if source is None:
        source = _agency(text, metadata.get("dateline_span"))
    if source is None and line is not None and "outlet_named" in line.re.groupindex and (
            line.group("outlet_named")):
        # "Diyala / Baghdad Today": the outlet's name after the town, alone on its line
        source = debris_lexicon().outlets.get(line.group("outlet_named").lower(),
                                              line.group("outlet_named"))
    elif source is None and line is not None and "tagged" in line.re.groupindex and (
            line.group("tagged") or line.group("slashed")):
        # "Baghdad-INA", "Baghdad / INA /" (an upper-case "SOUTHWEST ASIA -" line has no tag);
        # initials alone after the town on their line are the agency's, known or not
        # ("Hasakah - ANHA")
        tag = line.group("tagged") or line.group("slashed")
        known = debris_lexicon().outlets.get(tag.lower())
        source = known if known is not None else line.group("tagged")
    elif source is None and line is not None and (
            tag := _TAG_ENDS_LINE.match(cleaned, line.end())) is not None:
        # "Mosul - INA": the dash read as the dateline's, the agency alone after it (known
        # or not: "Hasakah - ANHA")
        source = debris_lexicon().outlets.get(tag.group(1).lower(), tag.group(1))
    document = _replace_document(
        original,
        source=source,
        published=published,
        published_basis=basis,
        debris=[Evidence(original.doc_id, s, e, text[s:e]) for s, e, _k in debris],
        metadata=metadata,
    )
    # The blank-separated chunks, read once here: the stages' tokenisers start from them.
    return replace_doc(doc, document=document, text=cleaned, sentences=split_sentences(cleaned),
                       chunks=text_chunks(cleaned))


# A name and a separator opening a publication stamp: "Alsumaria News | Sunday, 12 May 2024".
_STAMP_NAME = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w.'&\-]*(?:[ \t]+[A-Z][\w.'&\-]*){0,3})[ \t]*[|\u2022]")


def _stamp_outlet(before: str) -> str | None:
    """The outlet a publication stamp opens with, before its date, where the list of outlets
    does not know it: "Alsumaria News | Sunday, 12 May 2024 | 14:20" is Alsumaria News's
    page. A byline ("By Jane Doe |") or a label ("Published |") names none."""
    found = _STAMP_NAME.match(before)
    if found is None:
        return None
    calendar = date_words()
    weekdays = {day.lower() for day in calendar.weekdays}
    rest = before[found.end():].replace("|", " ").replace("\u2022", " ").replace(",", " ")
    if any(word.lower() not in weekdays for word in rest.split()):
        return None  # more than a weekday between the name and the date
    name = found.group("name")
    first = name.split()[0]
    lowered = first.lower()
    if lowered == "by" or lowered in debris_lexicon().stamp_words or lowered in weekdays \
            or first in calendar.months or debris_line(name) not in (None, "outlet"):
        return None
    return debris_lexicon().outlets.get(name.lower(), name)


def make_doc(document: Document) -> Doc:
    """The pipeline's starting point: a document not yet cleaned."""
    return Doc(document=document, text=document.text)
